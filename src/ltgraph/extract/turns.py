"""Who speaks or writes in a text: the turns of a transcript or debate, the correspondents
of an e-mail.

A parliament's record ("Mrs. X (Riding, Party): Mr. Speaker, ..."), a Landtag's protocol
("Vizepräsident X: Ich rufe ... auf"), a podcast's transcript ("[00:12] X : Bonjour") give each
turn to its speaker by a label: a name (after at most a title or two, or a time code) with its
riding or party in parentheses, then a colon. Whoever speaks there speaks in the debate or the
studio, which says nothing of being at the summit the debate is about. A programme may also
list "X: opening address" once per speaker; a text is read as turns only when a speaker takes
the floor again, so the labels of a programme still place their speakers.

Likewise the sender and recipients an e-mail's header lines name ("From: X <x@...>", "Von:",
"À :") write or receive a message that arranges the trip; the header places nobody, and
neither does their sign-off, in a text shown to be an e-mail by its subject line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ltgraph import language
from ltgraph.extract.mention import PersonMention

__all__ = ["correspondents", "turn_labels"]

# what may stand between the line's start and the name: a time code, a title or honorific
# of at most three words ("[00:12]", "Mr.", "Vizepräsident", "Parliamentary Secretary Hon.")
_BEFORE_NAME = re.compile(r"[ \t*_>]*(?:\[\d{1,2}(?::\d{2}){1,2}\][ \t]*)?"
                          r"(?:[^\W\d_][\w.'’-]*[ \t]+){0,3}")
# what closes a label after the name: an optional riding or party in parentheses, a colon,
# then the words spoken (not a time of day "X: 10:30", not a link "X: https://...")
_AFTER_NAME = re.compile(r"(?:[ \t]*\([^()\n]{1,120}\))?[ \t]*:[ \t]+(?![\d/])\S")


def _opens_turn(text: str, mention: PersonMention) -> bool:
    """Whether the name opens its line as a speaker's label."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return bool(_BEFORE_NAME.fullmatch(text, line_start, mention.start)
                and _AFTER_NAME.match(text, mention.end))


def turn_labels(text: str, mentions: Iterable[PersonMention]) -> set[int]:
    """The starts of the mentions that label a speaker's turn, in a text where some speaker
    takes the floor at least twice (a debate, an interview, a transcript); none otherwise."""
    labels = [m for m in mentions if m.slug and _opens_turn(text, m)]
    turns = Counter(m.slug for m in labels)
    if not turns or max(turns.values()) < 2:
        return set()
    return {m.start for m in labels}


def correspondents(text: str, mentions: Iterable[PersonMention]) -> set[str]:
    """The persons an e-mail's header lines name as its sender or recipients, in a text with
    an e-mail's subject line ("Subject:", "Betreff:", "Objet :"); none otherwise."""
    if not language.MAIL_SUBJECT_RE.search(text):
        return set()
    lines = [(h.start(), h.end()) for h in language.MAIL_HEADER_RE.finditer(text)]
    return {m.slug for m in mentions
            if m.slug and any(a <= m.start < b for a, b in lines)}
