"""Figures: how many cities, delegates or countries took part in the summit a release reports
on ("mayors from 40 cities"). The halves must agree; where they do not, a warning says so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from ltgraph import language
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.text import Sentence
from ltgraph.model import FigureFact, Span

__all__ = ["FigureClue", "figures", "figures_in"]


def figures(ctx: ReleaseContext, main: str | None) -> list[FigureFact]:
    """The figures of the main summit, each with every span that states it."""
    if not main:
        return []
    values: dict[tuple[str, int], set] = defaultdict(set)
    by_group: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for sentence in ctx.all_sentences(("body", "caption", "subheadline")):
        for what, value, span in figures_in(sentence):
            values[(what, value)].add(span)
            by_group[f"{sentence.region.kind}:{sentence.language}"][what].add(value)
    bodies = [g for g in by_group if g.startswith("body")]
    if len(bodies) == 2:
        for what in set(by_group[bodies[0]]) & set(by_group[bodies[1]]):
            if by_group[bodies[0]][what] != by_group[bodies[1]][what]:
                ctx.warnings.append(
                    f"the halves report different figures for {what}: "
                    f"{sorted(by_group[bodies[0]][what])} / "
                    f"{sorted(by_group[bodies[1]][what])}")
    return [FigureFact(main, what, value, tuple(Span(s, e) for s, e in sorted(spans)))
            for (what, value), spans in sorted(values.items())]


class FigureClue(NamedTuple):
    """A figure a sentence states: what is counted, the number, the words that say so."""

    what: str
    value: int
    span: tuple[int, int]


def figures_in(sentence: Sentence) -> list[FigureClue]:
    """The figures a sentence states, unless it speaks of the future."""
    s = sentence.text
    if language.FUTURE_RE.search(s):
        return []
    found = []
    for pattern, what in language.FIGURE_PATTERNS:
        for m in re.finditer(pattern, s):
            found.append(FigureClue(what, int(m.group("n")),
                                    (sentence.start + m.start(), sentence.start + m.end())))
    return found

