"""Figures: how many cities, delegates or countries took part in the summit a release reports
on ("mayors from 40 cities"), with how exact the release says it is: a qualifier word right
before the number ("rund 35", "more than 30", "environ 40"; the FIGURE_QUALIFIERS tables) makes
the figure approximate, and none makes it exact; a figure in a sentence about the future
("30 delegations are expected") is announced. The halves must agree on the values they report;
where they do not, a warning says so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from ltgraph import language
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.text import Sentence
from ltgraph.model import FigureFact, Span

__all__ = ["FigureClue", "figures", "figures_in", "number_of"]


def figures(ctx: ReleaseContext, main: str | None) -> list[FigureFact]:
    """The figures of the main summit, each with every span that states it."""
    if not main:
        return []
    values: dict[tuple[str, int, str, bool], set] = defaultdict(set)
    by_group: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for sentence in ctx.all_sentences(("body", "caption", "subheadline")):
        for what, value, span, qualifier, announced in figures_in(sentence):
            values[(what, value, qualifier, announced)].add(span)
            if not announced:
                by_group[f"{sentence.region.kind}:{sentence.language}"][what].add(value)
    bodies = [g for g in by_group if g.startswith("body")]
    if len(bodies) == 2:
        for what in set(by_group[bodies[0]]) & set(by_group[bodies[1]]):
            if by_group[bodies[0]][what] != by_group[bodies[1]][what]:
                ctx.warnings.append(
                    f"the halves report different figures for {what}: "
                    f"{sorted(by_group[bodies[0]][what])} / "
                    f"{sorted(by_group[bodies[1]][what])}")
    return [FigureFact(main, what, value, tuple(Span(s, e) for s, e in sorted(spans)), qualifier,
                       announced)
            for (what, value, qualifier, announced), spans in sorted(values.items())]


class FigureClue(NamedTuple):
    """A figure a sentence states: what is counted, the number, the words that say so (with
    the qualifier word, if any), how exact the sentence says the number is, and whether it
    is announced (a sentence about what will happen: "30 delegations are expected")."""

    what: str
    value: int
    span: tuple[int, int]
    qualifier: str = "exactly"
    announced: bool = False


def _group_end(pattern: str) -> int:
    """Where the group that opens ``pattern`` ends (after its closing bracket); 0 where the
    pattern does not open with a group."""
    depth, escaped, in_class = 0, False, False
    for at, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[at + 1:at + 2] == "]" or pattern[at + 1:at + 3] == "^]":
                return 0  # a class that opens with its bracket: not read here
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at + 1
        elif depth == 0:
            return 0
    return 0


def _after_number(pattern: str) -> re.Pattern | None:
    """What a figure's pattern asks for after its number (the word of what is counted), or
    None where the pattern does not open with the number. A figure can only be where this
    is: looking for it first spares trying every number word at every place of a sentence
    that counts nothing."""
    end = _group_end(pattern) if pattern.startswith("(?P<n>") else 0
    return re.compile(pattern[end:]) if end else None


_FIGURES = [(re.compile(pattern), _after_number(pattern), what)
            for pattern, what in language.FIGURE_PATTERNS]


def figures_in(sentence: Sentence) -> list[FigureClue]:
    """The figures a sentence states; in a sentence about the future, as announced."""
    s = sentence.text
    announced = bool(language.FUTURE_RE.search(s))
    found = []
    for pattern, counted, what in _FIGURES:
        if counted is not None and not counted.search(s):
            continue
        for m in pattern.finditer(s):
            value, rounded = number_of(m.group("n"))
            if value is None:
                continue
            start, qualifier = qualifier_before(s, m.start())
            if rounded and qualifier == "exactly":
                qualifier = "approximately"  # "une trentaine", "a dozen"
            found.append(FigureClue(what, value,
                                    (sentence.start + start, sentence.start + m.end()),
                                    qualifier, announced))
    return found


def number_of(words: str) -> tuple[int | None, bool]:
    """The number a figure writes ("35", "thirty-five", "fünfunddreißig", "vingt et un",
    "une trentaine de", "zwei Dutzend"), and whether it is a round number (approximate)."""
    words = words.strip()
    if words.isdigit():
        return int(words), False
    rounded = language.FIGURE_ROUND_RE.search(words)
    if rounded:
        count = language.FIGURE_NUMBER_WORDS.get((rounded.group("count") or "").lower(), 1)
        return count * language.FIGURE_ROUND_NUMBERS[rounded.group("round").lower()], True
    parts = re.split(rf"(?i){language.FIGURE_NUMBER_JOINERS}", words)
    values = [language.FIGURE_NUMBER_WORDS.get(p.lower()) or language.CARDINAL_WORDS.get(
        p.lower()) for p in parts if p]
    if not values or None in values:
        return None, False
    return sum(values), False


def qualifier_before(text: str, at: int) -> tuple[int, str]:
    """Where the words that qualify the number at ``at`` begin, and the qualifier they state
    ("rund 35" -> approximately); ``(at, "exactly")`` when no qualifier word precedes it. The
    longest match wins ("bis zu" over a shorter entry ending the same way)."""
    before = text[:at]
    best = (at, "exactly")
    for pattern, qualifier in language.FIGURE_QUALIFIERS:
        m = pattern.search(before)
        if m and m.start() < best[0]:
            best = (m.start(), qualifier)
    return best

