"""Sections of a text that tells of several things, and the lists of those present in minutes.

A feature, an exhibition's wall texts or a digest puts sections one after another, each under
its own heading (a bold or '#' line, a month, "TOP 2:", "3. Bilan du ..."); a text that looks
back on several summits places a paragraph by the section it is in. Minutes open with the list
of those present at the meeting: people at the meeting, not at a summit an agenda item names.
A text with fewer than two such headings is one section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ltgraph import language
from ltgraph.extract.text import Region

__all__ = ["Item", "is_heading_line", "items_of", "on_presence_list"]


@dataclass(frozen=True)
class Item:
    """The part of a body from one heading to the next (absolute offsets)."""

    start: int
    end: int


def items_of(text: str, region: Region) -> list[Item]:
    """The items of a body, each from its heading line to the next heading; one item for the
    whole body where it has fewer than two headings (a release with one subheading is still
    one story). ``text`` is the release's text as published, its heading marks kept."""
    starts = [m.start() for m in _LINE.finditer(text, region.start, region.end)
              if _is_heading(m.group(0))]
    if len(starts) < 2:
        return [Item(region.start, region.end)]
    bounds = sorted({region.start, *starts, region.end})
    return [Item(a, b) for a, b in zip(bounds, bounds[1:])]


def on_presence_list(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a line that opens with the label of a meeting's list of those
    present or excused ("Present:", "Anwesend:", "Présences :"): people at the meeting the
    minutes record, not at an event an agenda item names."""
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(language.PRESENCE_LABEL_RE.match(text, line_start, pos))


def signed_by_lines(text: str) -> list[tuple[int, int]]:
    """The lines under a label that opens the list of a statement's signers ("Signed by the
    councillors of the opposition:", "Unterzeichnet von:", "Signé par :"), to the first blank
    line: each names one who signs the text."""
    spans = []
    for m in language.SIGNED_BY_LABEL_RE.finditer(text):
        end = text.find("\n\n", m.end())
        spans.append((m.end(), len(text) if end < 0 else end))
    return spans


_LINE = re.compile(r"(?m)^[^\n]*\S[^\n]*$")  # a line with some text
# "# March", "**Budget talks resume**", "TOP 2: ...", "3. Bilan du ...", "Item 1 -", "März 2019"
_MARKED = re.compile(r"\s*(?:#{1,6}\s+\S.*|\*\*[^*\n]+\*\*:?|__[^_\n]+__)\s*")
_MONTH_WORDS = language.alternation(language.MONTHS, words=True)
_NUMBERED = re.compile(rf"(?i)\s*(?:(?:{language.AGENDA_LABELS})\s*\d{{1,2}}\s*[.):–-]?|"
                       rf"\d{{1,2}}[.)])\s+(?!\d|(?:{_MONTH_WORDS})\b)\S.*")
_MONTH_LINE = re.compile(rf"(?i)\s*(?:{_MONTH_WORDS})"
                         r"(?:\s+(?:19|20)\d\d)?\s*:?\s*")


def is_heading_line(line: str) -> bool:
    """Whether a line opens an item (see ``_is_heading``): what other readers of a body's
    parts take for a marked or numbered heading."""
    return _is_heading(line)


def _is_heading(line: str) -> bool:
    """A line that opens an item: marked as a heading, a numbered agenda item ending in no
    sentence stop, or a month alone; not a question."""
    if re.search(r"\?[*_\s]*$", line):
        return False  # an interview's or a FAQ's question: its answer goes on with the story
    if _MARKED.fullmatch(line) or _MONTH_LINE.fullmatch(line):
        return True
    return bool(_NUMBERED.fullmatch(line)) and len(line.split()) <= 14 and \
        not re.search(r"[.!?;,]\s*$", line)
