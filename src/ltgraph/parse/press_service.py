"""What a press service's two forms of a release share: the plain-text export and the HTML page.

Both open with the service's masthead, end with a byline that dates the release, carry images
with credits, may hold a second-language body after a separator, and are named by the
service's file names. The readers of the two forms (``ltgraph.parse.press_text``,
``ltgraph.parse.press_html``) find these pieces where their form puts them; how a piece is
read once found (a byline and its date, an image's caption and credit, the slug, the warnings
about the file name and about letters the export replaced) is written once, here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ltgraph.model import Byline, Part
from ltgraph.parse.common import bare_word, position_of
from ltgraph.parse.decode import ReleaseError
from ltgraph.slugs import slugify

# Where a piece found in a release stands: (start, end) in the reader's coordinates -> the Part
# of the source (a plain-text reader cuts the text itself, the HTML reader maps a readable view
# back to the page's source).
PartAt = Callable[[int, int], "Part | None"]


# ------------------------------------------------------------------ language tables
@dataclass(frozen=True)
class Masthead:
    """A press service's fixed opening line: a service name, then the publisher's name."""

    service: str  # regex, e.g. "Pressedienst der "
    publisher: str  # regex with the group ``city``, e.g. "Landeshauptstadt (?P<city>...)"
    language: str

    @property
    def pattern(self) -> str:
        return f"{self.service}(?P<publisher>{self.publisher})"


# One line per press service. The city is one capitalised word, possibly hyphenated.
_CITY = r"(?P<city>[A-ZÄÖÜÉÈ][\w'’-]*)"
MASTHEADS: tuple[Masthead, ...] = (
    Masthead("Pressedienst der ", f"Landeshauptstadt {_CITY}", "de"),
    Masthead("Pressedienst der ", f"Stadt {_CITY}", "de"),
    Masthead("Press Office of the ", f"City of {_CITY}", "en"),
    Masthead("Service de presse de la ", f"Ville de {_CITY}", "fr"),
)

# Capitalised function words (articles, pronouns, interrogatives, prepositions) that open a
# sentence. The body starts at the first of them that follows a token without sentence
# punctuation: headline and sub-headline clauses never end with punctuation.
BODY_OPENERS: dict[str, frozenset[str]] = {
    "de": frozenset("""Der Die Das Den Dem Des Ein Eine Einer Einen Einem Welche Welcher Welches
        Wie Was Wer Wo Wann Warum Wieso Mit Vom Von Am Im Zum Zur Bei Beim Nach Auf Aus Für Seit
        Ab An In Unter Über Vor Während Trotz Es Er Sie Wir Ich Dort Hier Diese Dieser Dieses
        Gestern Heute Bereits""".split()),
    "en": frozenset("""The A An This These Those It He She They We How What Which Who When Where
        Why With From On At In By For After During Since""".split()),
    "fr": frozenset("""Le La Les L Un Une Des Du Au Aux Ce Cette Ces Il Elle Ils Elles Nous Comment
        Quel Quelle Quels Quelles Qui Quand Où Pourquoi Avec Depuis Dans En Sur Pour Par Lors
        Après Pendant""".split()),
}

BYLINE_KINDS = ("Text", "Redaktion", "Texte", "Rédaction", "Editor")
# The fixed markers of the tail; blanks in them may be line breaks in a re-saved file.
DOWNLOAD_NOTICE = re.compile(r"Zu\s+Ihrer\s+redaktionellen\s+Verwendung\s+stellen\s+wir\s+"
                             r"Ihnen\s+folgendes\s+Material\s+zum\s+Download\s+zur\s+Verfügung")
LANGUAGE_SEPARATOR = re.compile(r"_{10,}")
HEADLINE_SEPARATOR = " / "

_NAME_WORD = r"[^\W\d_][^\s,:]*"
BYLINE_PATTERN = re.compile(
    r"(?<!\w)(?P<kind>" + "|".join(BYLINE_KINDS) + r"):\s*"
    r"(?P<author>(?P<surname>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){0,3}), "
    r"(?P<given>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){0,3})"
    r"|(?P<natural>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){0,3})(?=\s+\d{1,2}\.\d{1,2}\.\d{4}))"
    r"(?:\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4}))?")
_FILE_NAME = re.compile(r"^(?P<date>\d{8})-(?P<number>\d+)_\d+\.\w+$")
_WORD = re.compile(r"\S+")
_QUESTION_TOKEN = re.compile(r"(?<!\S)[^\s?]*\?\S*")
_REPLACED = re.compile(r"(?<![^\W\d_])([^\W\d_]*)\?([^\W\d_]*)")


# ------------------------------------------------------------------ the byline
def release_date(written: str, *, file_name: str, text: str, offset: int) -> date:
    """The date ``DD.MM.YYYY`` that dates the release; one that is no day of the calendar is
    an error at ``offset`` of ``text``."""
    day, month, year = (int(x) for x in written.split("."))
    try:
        return date(year, month, day)
    except ValueError:
        raise ReleaseError(file_name, position_of(text, offset),
                           f"the release date '{written}' is not a real date") from None


def byline_of(match: re.Match[str], when: date, part_at: PartAt) -> Byline:
    """A Byline from a match of ``BYLINE_PATTERN``: "Surname, Given" reads as "Given Surname".
    ``part_at`` turns the match's offsets into parts of the source."""
    natural = match.group("natural") or f"{match.group('given')} {match.group('surname')}"
    author = part_at(match.start("author"), match.end("author"))
    whole = part_at(match.start(), match.end())
    assert author is not None and whole is not None  # a match holds the author's name
    return Byline(kind=match.group("kind"), author=author, author_name=natural, date=when,
                  span=whole.span)


# ------------------------------------------------------------------ images
def caption_and_credit(text: str, start: int, end: int, mark: re.Match[str] | None,
                       part_at: PartAt) -> tuple[Part | None, Part | None, Part | None]:
    """An image's caption, credit and photographer in ``text[start:end]``: the caption ends at
    the credit ``mark`` (``,(c)``, ``©``; the last one, as captions may hold commas), the credit
    follows it, and the photographer is the credit after its last ``/`` (``Stadt / Name``)."""
    if mark is None:
        return part_at(start, end), None, None
    credit = part_at(mark.end(), end)
    photographer = None
    if credit is not None:
        slash = text.rfind("/", mark.end(), end)
        photographer = part_at(max(slash + 1, mark.end()), end)
    return part_at(start, mark.start()), credit, photographer


# ------------------------------------------------------------------ identity and warnings
def press_service_slug(file_name: str, city: str, published: date, sha256: str) -> str:
    """``{city}-{YYYYMMDD}-{NNN}`` from the press-service file name, else from the byline date
    and the first 8 hex digits of the content hash (so the same bytes keep one identity)."""
    match = _FILE_NAME.match(file_name)
    if match:
        return f"{slugify(city)}-{match.group('date')}-{match.group('number')}"
    return f"{slugify(city)}-{published:%Y%m%d}-{sha256[:8]}"


def file_name_warnings(file_name: str, published: date) -> tuple[str, ...]:
    """Warn when the date in a press-service file name is not the byline's date."""
    match = _FILE_NAME.match(file_name)
    if match is None or match.group("date") == f"{published:%Y%m%d}":
        return ()
    return (f"the file name says {match.group('date')} but the byline dates the release "
            f"{published:%d.%m.%Y}; the slug follows the file name",)


def replaced_character_warnings(text: str, regions: list[tuple[int, int]] | None = None
                                ) -> tuple[str, ...]:
    """Warn about letters the export replaced by '?' (``Micha?`` for *Michał*).

    A '?' before a lower-case letter (``Ko?ciuszko``, ``?ukasz``) is always such a replacement;
    a '?' ending a capitalised word is one when the same word appears elsewhere in the text
    with one letter in its place (``Michal``), or when a capitalised word that opens no
    sentence follows it (``Micha? Olszewski``, not ``Düsseldorf? Wie``). A '?' before a capital
    is a question glued to the next paragraph. The text itself is left as it is: the extractor
    reconciles the names.
    ``regions`` limits the search to parts of the text (the readable blocks of an HTML page).
    """
    found: dict[str, list[int]] = {}
    openers = frozenset().union(*BODY_OPENERS.values())
    tokens = [token for start, end in (regions or [(0, len(text))])
              for token in _QUESTION_TOKEN.finditer(text, start, end)]
    for token in tokens:
        if "://" in token.group(0) or token.group(0).startswith("www."):
            continue
        after_token = _WORD.search(text, token.end())
        following = bare_word(after_token.group(0)) if after_token else ""
        for match in _REPLACED.finditer(token.group(0)):
            before, after = match.group(1), match.group(2)
            name_like = (not after and before[:1].isupper() and following[:1].isupper()
                         and following not in openers)
            if after[:1].islower() or name_like or (
                    not after and before[:1].isupper()
                    and re.search(rf"\b{re.escape(before)}[^\W\d_]\b", text)):
                found.setdefault(match.group(0), []).append(token.start() + match.start())
    return tuple(
        f"'{word}' at character {', '.join(str(p) for p in positions)}: a letter was replaced "
        "by '?' in the export; kept as written"
        for word, positions in found.items())
