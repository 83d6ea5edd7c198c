"""Where a quotation ends: at its closing mark or its attribution, never across another speaker's.

An export that loses the marks between two quotations ("… for all.We learned …," said Y)
leaves one pair of marks around the words of two people: the first introduced by an attribution
before it (``X said: "``), the second closed by one after it (``," praised Y``). Such a pair holds
two quotations, cut at the sentence boundary where the marks were lost: a boundary with no space
after it when there is one (the marks stood there), else the last boundary before the close.
"""

from __future__ import annotations

import re

from ltgraph import language

__all__ = ["quotation_parts"]

_INTRODUCED = re.compile(r":\s*[\"“„«]?\s*$")
_ATTRIBUTED_AFTER = re.compile(rf"^[\"“”»]?\s*,?\s*(?:{language.QUOTE_VERBS})\b")
_GLUED = re.compile(r"[.!?…](?=[A-ZÀ-ÖØ-Þ])")
_SPACED = re.compile(r"[.!?…]\s+(?=[\"“„«]?[A-ZÀ-ÖØ-Þ])")


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
