"""Terms of office: when a release says since when, or from when to when, a person holds a role
("X, seit 2014 Oberbürgermeisterin", "mayor of X since 2017", "président de
2015 à 2019").

A term counts only where the clause ties it to the role: the words of the term (the
TERM_SINCE, TERM_FROM and TERM_TO tables with a date) stand right after the role's words (and
the agent named with them), or right before them when the person was named first — so "Since
2015 Mayor X has hosted ..." is no term of office, nor is a date of another fact in the
sentence. Dates are kept as precise as the text gives them: a year, a month or a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ltgraph import language

__all__ = ["Term", "term_of"]

# How far from the role's words an agent named with them may begin ("Mayor" + " of " + the city,
# "maire" + " d'" + the city).
AGENT_GAP = re.compile(r"[^\S\n]*\w*[^\S\n]*\w*['’]?[^\S\n]*")
# An abbreviation that ends a place's name after a comma ("Washington, D.C.").
NAME_ABBREVIATION = re.compile(r",[^\S\n]*(?:[A-Z]\.){1,3}")


@dataclass(frozen=True)
class Term:
    """The start and end of a term of office ("2014", "2014-05" or "2014-05-03"; None where the
    text gives none) and the words that state them (the term's, and the role's with them)."""

    start: str | None
    end: str | None
    spans: tuple[tuple[int, int], ...]


def term_of(text: str, name: tuple[int, int], role: tuple[int, int],
            agents: tuple[tuple[int, int], ...]) -> Term | None:
    """The term of office the clause ties to one role of one person, or None.

    ``name``, ``role`` and ``agents`` are the spans of the person's name, the role's words and
    the agent's words in ``text`` (the release text)."""
    after = _term_after(text, _role_phrase_end(text, role, agents))
    if after is not None:
        return after
    if name[1] <= role[0]:
        return _term_before(text, role[0], name[1])
    return None


# Between a term and the role's words after it: spaces, an article at most.
_TERM_THEN_ROLE = re.compile(
    rf"(?i)[^\S\n]+(?:(?:{language.DEFINITE_ARTICLES}|{language.INDEFINITE_ARTICLES})[^\S\n]+)?")


def _role_phrase_end(text: str, role: tuple[int, int],
                     agents: tuple[tuple[int, int], ...]) -> int:
    """Where the role's words end, with the agent named right after them ("Mayor of X")."""
    end = role[1]
    for start, stop in sorted(agents):
        if start >= end and AGENT_GAP.fullmatch(text, end, start):
            end = stop
            if m := NAME_ABBREVIATION.match(text, end):
                end = m.end()
    return end


def _term_after(text: str, end: int) -> Term | None:
    """A term right after the role phrase ("mayor since 2017")."""
    gap = re.compile(r"[^\S\n]+").match(text, end)
    if gap is None:
        return None
    m = language.TERM_RE.match(text, gap.end())
    return _term(m) if m else None


def _term_before(text: str, role_start: int, not_before: int) -> Term | None:
    """A term right before the role's words ("seit 2014 Oberbürgermeister", "since 2014 the
    mayor"), after the name."""
    window = text[not_before:role_start]
    for m in language.TERM_RE.finditer(window):
        if _TERM_THEN_ROLE.fullmatch(window[m.end():]):
            return _term(m, offset=not_before)
    return None


def _term(m: re.Match, offset: int = 0) -> Term:
    spans = ((offset + m.start(), offset + m.end()),)
    if m.group("sy"):
        return Term(_date_of(m, "s"), None, spans)
    return Term(_date_of(m, "f"), _date_of(m, "e"), spans)


def _date_of(m: re.Match, p: str) -> str:
    """The date as ISO 8601 to the precision written: "2014", "2014-05", "2014-05-03"."""
    year = m.group(f"{p}y")
    month_word = m.group(f"{p}m") or m.group(f"{p}m2")
    day = m.group(f"{p}d") or m.group(f"{p}d2")
    if not month_word:
        return year
    words = re.sub(r"\s+", " ", month_word.lower())
    month = language.MONTHS.get(words) or language.MONTH_ABBREVIATIONS[words]
    if not day:
        return f"{year}-{month:02d}"
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:  # no such day: the month is what the text surely says
        return f"{year}-{month:02d}"
