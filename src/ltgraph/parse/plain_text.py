"""Plain text without a masthead (a communiqué or an article saved as text) -> Release.

Nothing marks the parts, so everything here is a reading that may be wrong, and none of it
can lose the release: the headline is the first short line that is not a site's name bar
(``Izmir Metropolitan Municipality | News``) nor furniture (``furniture.py``, blanked in the
body too), else the first line with a warning; the publisher is the name before `` | `` in
such a bar, if there is one; the date comes from the file name (``YYYYMMDD-…``), else from the
first date written near the top of the text. Spans are offsets into the file's text.
"""

from __future__ import annotations

import re
from datetime import date

from ltgraph.model import Half, Part, Release
from ltgraph.parse.common import (
    covering,
    date_from_file_name,
    first_headline,
    halves_with_headline,
    headline_on_first,
    language_runs,
    paragraphs,
    position_of,
    release_slug,
)
from ltgraph.parse.corrections import without_retracted
from ltgraph.parse.furniture import without_furniture

__all__ = ["PLAIN_TEXT_FORMAT", "date_near_top", "parse_plain_text_release", "written_date"]

PLAIN_TEXT_FORMAT = "plain-text"
_HEAD_PIECES = 6  # headline, name bar and date stand in the first few lines
_DATE_SEARCH_CHARS = 1500

MONTHS: dict[str, int] = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12,
}
_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_DATES = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})(?:er|st|nd|rd|th)?\.?\s+" + _MONTH
               + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
               r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
)
_NAME_BAR = re.compile(r"^(?P<name>[^|\n]{3,80}?)\s+\|\s+\S")


def written_date(text: str, start: int, end: int) -> tuple[date, int] | None:
    """The first date written between two offsets, and where it stands."""
    found = []
    for pattern in _DATES:
        for match in pattern.finditer(text, start, end):
            month = (int(match["mnum"]) if "mnum" in match.groupdict() and match["mnum"]
                     else MONTHS[match["month"].lower()])
            try:
                found.append((match.start(), date(int(match["year"]), month, int(match["day"]))))
            except ValueError:
                continue
            break
    if not found:
        return None
    at, when = min(found)
    return when, at


def parse_plain_text_release(text: str, *, file_name: str, sha256: str,
                             warnings: tuple[str, ...] = ()) -> Release:
    """Cut a plain text into headline and language halves, dated by its name or its text."""
    start = len(text) - len(text.lstrip("\ufeff"))
    pieces = paragraphs(text, start, len(text))
    publisher = _publisher(pieces[:_HEAD_PIECES])
    headline, rest = first_headline(pieces, _HEAD_PIECES)
    published, date_notes = date_near_top(
        file_name, text, start,
        undated="no date in the file name (YYYYMMDD-...) nor near the top of the text")
    halves = headline_on_first(tuple(Half(lang, None,
                                          without_retracted(without_furniture(covering(text, run))))
                                     for lang, run in language_runs(text, rest, None)), headline)
    halves, fallback = halves_with_headline(halves, None, text, start, len(text))
    return Release(
        path=file_name,
        slug=release_slug(publisher, published, sha256),
        sha256=sha256,
        text=text,
        format=PLAIN_TEXT_FORMAT,
        halves=halves,
        published=published,
        publisher_name=publisher,
        warnings=warnings + date_notes + fallback + (
            () if publisher else (f"{position_of(text, start)}: no publisher named (no "
                                  "'Name | Section' line at the top); "
                                  "the release slug starts with 'unknown'",)),
    )


def _publisher(head: list[Part]) -> str | None:
    """The site's name from a name bar such as ``Izmir Metropolitan Municipality | News``."""
    for piece in head:
        match = _NAME_BAR.match(piece.text)
        if match:
            return match["name"].strip()
    return None


def date_near_top(file_name: str, text: str, start: int, *, undated: str,
                  undated_at: int | None = None) -> tuple[date | None, tuple[str, ...]]:
    """The date a file name opens with, else the first date written near ``start``, with a note
    saying so; else None and a warning: ``undated`` says what was searched, at ``undated_at``
    (by default ``start``)."""
    from_name = date_from_file_name(file_name)
    if from_name is not None:
        return from_name, ()
    found = written_date(text, start, min(len(text), start + _DATE_SEARCH_CHARS))
    if found is None:
        where = position_of(text, start if undated_at is None else undated_at)
        return None, (f"{where}: {undated}; the release is undated",)
    when, at = found
    return when, (f"dated {when:%Y-%m-%d} by the date written at {position_of(text, at)}",)
