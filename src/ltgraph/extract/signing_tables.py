"""Signatories written as the rows of a table: an open-data page's or a register's table of
signatures, one row per city and signing, as Markdown writes it:

    | declaration | date_signed | city | country |
    |---|---|---|---|
    | DECL-2019 | 2019-08-31 | X | CA |

Apart from ``signing_lists`` because it reads the cells of a table, not the lines of a list.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ltgraph import language
from ltgraph.extract import dates
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.signing_dates import summit_days
from ltgraph.extract.summits import Summits
from ltgraph.extract.text import Region

if TYPE_CHECKING:
    from ltgraph.extract.declarations import Declaration

__all__ = ["read_signing_tables", "table_rows"]


# a row of a table: a bar at each end, cells between bars
_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$")
# a row of a table written without the outer bars ("A | B | C"): cells between bars
_BARE_ROW = re.compile(r"^[ \t]*(?P<cells>[^|\n]*(?:\|[^|\n]*){2,}?)[ \t]*$")
# the row under the heading: dashes and colons only, with or without the outer bars
_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
# a heading's label: a few words, no figure (a row of data or a menu of links is no heading)
_LABEL = re.compile(r"[^\W\d_][^\d|]{0,38}")
MIN_BARE_ROWS = 2  # a table without a rule under its heading has at least two rows


def _cells(line: str, offset: int, bare: bool = False) -> list[tuple[str, int]] | None:
    """The cells of a table's row with the offset where each one's text begins; None when
    the line is no row. ``bare`` reads a row written without the outer bars."""
    row = (_BARE_ROW if bare else _ROW).match(line)
    if row is None or (bare and _RULE.match(line)):
        return None
    cells, at = [], row.start("cells")
    for cell in row.group("cells").split("|"):
        lead = len(cell) - len(cell.lstrip())
        cells.append((cell.strip(), offset + at + lead))
        at += len(cell) + 1
    return cells


def _labels(cells: list[tuple[str, int]]) -> bool:
    """Whether a row is a heading of labels: every cell a few words without figures."""
    return all(_LABEL.fullmatch(text) and len(text.split()) <= 4 for text, _ in cells)


def _table_at(lines: list[tuple[int, str]], k: int
              ) -> tuple[list[str], list[list[tuple[str, int]]], int] | None:
    """The table whose heading is line ``k``, its rows, and the line after it; None when no
    table begins there. A Markdown table has bars at both ends and a rule of dashes under its
    heading; a table written as plain text ("Ville | Pays | Nom") has a heading of labels, a
    rule or none, and rows of as many cells."""
    for bare in (False, True):
        heading = _cells(lines[k][1], lines[k][0], bare)
        if heading is None:
            continue
        ruled = k + 1 < len(lines) and _RULE.match(lines[k + 1][1]) is not None
        if not ruled and (not bare or not _labels(heading)):
            continue
        rows, n = [], k + 2 if ruled else k + 1
        while n < len(lines) and (cells := _cells(lines[n][1], lines[n][0], bare)) is not None:
            if len(cells) == len(heading):
                rows.append(cells)
            n += 1
        if bare and not ruled and len(rows) < MIN_BARE_ROWS:
            continue
        return [text for text, _ in heading], rows, n
    return None


def table_rows(ctx: ReleaseContext
               ) -> list[tuple[Region, list[str], list[list[tuple[str, int]]]]]:
    """Every table of the release: its region, its heading's cells and its rows' cells. The
    parse blanks
    a table's lines out of the readable text as page furniture, so the rows are read as the
    file writes them (offsets are the same)."""
    found = []
    for region in ctx.regions:
        lines, offset = [], region.start
        for line in ctx.release.text[region.start:region.end].split("\n"):
            lines.append((offset, line))
            offset += len(line) + 1
        k = 0
        while k < len(lines):
            table = _table_at(lines, k)
            if table is None:
                k += 1
                continue
            heading, rows, k = table
            found.append((region, heading, rows))
    return found


def _signing_heading(heading: list[str]) -> bool:
    """Whether a table's heading speaks of signing ("date_signature", "signed on",
    "Unterzeichnung"); an announced signing ("to be signed") is none."""
    words = " ".join(heading).replace("_", " ")
    cue = language.SIGN_RE.search(words) or language.SIGNATORY_RE.search(words)
    return cue is not None and not language.ANNOUNCEMENT_RE.search(words)


def _city_column(heading: list[str]) -> int | None:
    """The column of cities: the only one whose heading is a city noun ("ville", "city",
    "Stadt", "ville_signataire")."""
    columns = [n for n, text in enumerate(heading)
               if language.CITY_COLUMN_RE.search(text.replace("_", " "))]
    return columns[0] if len(columns) == 1 else None


def _day_of_row(ctx: ReleaseContext, cells: list[tuple[str, int]], city: int) -> date | None:
    """The day of the row's signing: the only cell that is a day and nothing else."""
    days = []
    for n, (text, at) in enumerate(cells):
        if n == city or not text:
            continue
        found = dates.mentions_in(text, at, ctx.published)
        if len(found) == 1 and found[0].precision == "day" and found[0].first == found[0].last \
                and found[0].end - at == len(text):
            days.append(found[0].first)
    return days[0] if len(days) == 1 else None


def read_signing_tables(ctx: ReleaseContext, declarations: dict[str, Declaration],
                        summits: Summits) -> None:
    """The rows of a table of signatures: a table whose heading speaks of signing and has
    one column of cities. Each row whose city cell is a city's name alone and whose one day
    falls within a summit's days signs that summit's declaration on that day. A row dated
    outside every summit (a later signing elsewhere) is left out: its declaration is not
    told by the day, and the city took part in no summit by it. A table of something else
    (no signing in its heading, no column of cities) signs nothing."""
    dated = [(d, summit_days(ctx, summits.by_slug.get(d.summit)))
             for d in declarations.values() if d.summit and not d.announced]
    for _, heading, rows in table_rows(ctx):
        city_column = _city_column(heading)
        if city_column is None or not _signing_heading(heading):
            continue
        for cells in rows:
            text, at = cells[city_column]
            city = ctx.tools.matchers.city_at(text, 0, geonames=True) if text else None
            if city is None or city.start != 0 or city.end != len(text):
                continue
            day = _day_of_row(ctx, cells, city_column)
            signed = [d for d, (first, last) in dated
                      if day and first and last and first <= day <= last]
            if len(signed) != 1:
                continue
            d, span = signed[0], (at, at + len(text))
            ctx.add_city(city.entry, span)
            d.signatories.setdefault(city.entry.slug, set()).add(span)
            d.dates.setdefault(day, set()).add(span)
