"""Where a quotation ends: at its closing mark or its attribution, never across another speaker's.

An export that loses the marks between two quotations ("… for all.We learned …," said Y)
leaves one pair of marks around the words of two people: the first introduced by an attribution
before it (``X said: "``), the second closed by one after it (``," praised Y``). Such a pair holds
two quotations, cut at the sentence boundary where the marks were lost: a boundary with no space
after it when there is one (the marks stood there), else the last boundary before the close.

Each quotation is given to its speaker: the person introducing it ("X said: "), the person
named in the attribution after it (", said X"), else the person named last before it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ltgraph import language
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.text import Region
from ltgraph.model import QuoteFact, Span

__all__ = ["quotation_parts", "quotes"]

_INTRODUCED = re.compile(r":\s*[\"“„«]?\s*$")
_ATTRIBUTED_AFTER = re.compile(rf"^[\"“”»]?\s*,?\s*(?:{language.QUOTE_VERBS})\b")
_GLUED = re.compile(r"[.!?…](?=[A-ZÀ-ÖØ-Þ])")
_SPACED = re.compile(r"[.!?…]\s+(?=[\"“„«]?[A-ZÀ-ÖØ-Þ])")
_MARK = re.compile(r"[\"“”„«»]")
# An attribution inside a span taken for a quotation (", sagte X", ", said X"): the
# quotation ended before it
_ATTRIBUTION = re.compile(rf"[,.]\s*(?:{language.QUOTE_VERBS})\s+(?:\w+\s+){{0,2}}?[A-ZÄÖÜÉ]")


def quotation_parts(text: str, start: int, end: int, region_start: int
                    ) -> list[tuple[int, int]]:
    """The quotations between one pair of marks at ``text[start:end]``: the pair itself, or two
    parts when it is introduced by one attribution and closed by another."""
    before = text[max(region_start, start - 160):start]
    after = text[end:end + 160]
    if not (_INTRODUCED.search(before) and _ATTRIBUTED_AFTER.match(after)):
        return [(start, end)]
    inner = text[start:end]
    cuts = list(_GLUED.finditer(inner)) or list(_SPACED.finditer(inner))
    if not cuts:
        return [(start, end)]
    cut = cuts[-1]
    first, second = (start, start + cut.start() + 1), (start + cut.end(), end)
    if not all(len(text[a:b].split()) >= 3 for a, b in (first, second)):
        return [(start, end)]
    return [first, second]


def quotes(ctx: ReleaseContext, finder: PeopleFinder) -> list[QuoteFact]:
    """The quotations of the bodies with their speakers; bodies in two languages that hold
    different numbers of them are told in a warning naming where each body starts."""
    found = []
    for region in ctx.regions:
        if region.kind == "body":
            found += _quotations_in(ctx, finder, region)
    counts: dict[str, int] = defaultdict(int)
    starts: dict[str, int] = {}
    for region in ctx.regions:
        if region.kind == "body":
            counts[region.language] += 0
            starts.setdefault(region.language, region.start)
    for quote in found:
        counts[quote.language] += 1
    if len(counts) == 2 and len(set(counts.values())) == 2:
        ctx.warnings.append("the halves state different numbers of quotations: " + ", ".join(
            f"{code} {count} (the body at character {starts[code]})"
            for code, count in sorted(counts.items())))
    return found


def _quotations_in(ctx: ReleaseContext, finder: PeopleFinder, region: Region
                   ) -> list[QuoteFact]:
    """The quotations between pairs of marks in a body, pairing again where the export lost
    a mark."""
    text = region.text
    marks = [m.start() for m in _MARK.finditer(text)]
    found = []
    n = 0
    while n + 1 < len(marks):
        a, b = marks[n], marks[n + 1]
        inner = text[a + 1:b]
        if (text[a + 1:a + 2].isspace() and text[a] != "«") or text[a] in "”»":
            n += 1  # a closing mark: the export lost an opening one; pair again
            continue
        n += 2
        said = _ATTRIBUTION.search(inner)
        if said:
            # '"X, sagte Y. "Z ...': the closing mark was lost; the quotation ends
            # before the attribution, and the next mark opens the next speaker's
            b = a + 1 + said.start()
            inner = text[a + 1:b]
            n -= 1
        if len(inner.split()) < 6:
            continue  # a quoted name or title, not a quotation
        start = region.start + a + 1 + (len(inner) - len(inner.lstrip()))
        end = region.start + b - (len(inner) - len(inner.rstrip()))  # « X »: no spaces
        found += _quotations_between(ctx, finder, region, start, end)
    return found


def _quotations_between(ctx: ReleaseContext, finder: PeopleFinder, region: Region, start: int,
                        end: int) -> list[QuoteFact]:
    """The quotation between one pair of marks, or two when the pair holds the words of
    two speakers (one attributed before it, another after it)."""
    parts = quotation_parts(ctx.text, start, end, region.start)
    speakers = [_speaker(ctx, finder, region, a, b) for a, b in parts]
    if len(parts) > 1 and (None in speakers or len(set(speakers)) == 1):
        parts, speakers = [(start, end)], [_speaker(ctx, finder, region, start, end)]
    return [QuoteFact(person, region.language, Span(a, b))
            for (a, b), person in zip(parts, speakers, strict=True) if person]


def _speaker(ctx: ReleaseContext, finder: PeopleFinder, region: Region, start: int, end: int
             ) -> str | None:
    """Who says the words at text[start:end]: introduced before, attributed after, or the
    person named last before them in the body."""
    before = ctx.text[max(region.start, start - 160):start]
    if re.search(r":\s*[\"“„]?$", before):
        candidates = [m for m in finder.mentions if m.slug and start - 160 <= m.end <= start]
        if candidates:
            return candidates[-1].slug
    after = ctx.text[end:end + 160]
    verb = re.match(rf"^[\"“”]?\s*,?\s*(?:{language.QUOTE_VERBS})\b", after)
    if verb:
        candidates = [m for m in finder.mentions if m.slug and end < m.start <= end + 160]
        if candidates:
            return candidates[0].slug
    candidates = [m for m in finder.mentions
                  if m.slug and region.start <= m.end <= start and start - m.end < 400]
    return candidates[-1].slug if candidates else None
