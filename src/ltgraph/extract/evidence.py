"""Which words of a release support one fact: the sentence that states it and, inside that
sentence, the words for its subject, predicate and object.

A thing named many times (a summit called "Gipfel", "Konferenz", "Summit" in every paragraph) is
not evidence for each of its properties: a date is stated by the date's words, a venue by the
venue's name, and the subject's words that count are those in the same sentence. Keeping the
evidence to those words lets a reader see the sentence with exactly the supporting words marked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ltgraph.extract.text import Region, Sentence
from ltgraph.model import Span

__all__ = ["sentence_spans", "sentences_holding", "words_stating"]

Offsets = tuple[int, int]


def sentence_spans(sentences: Mapping[Region, Sequence[Sentence]]) -> tuple[Span, ...]:
    """Every sentence of a release as a span, in text order: the units evidence points into."""
    found = {(s.start, s.end) for group in sentences.values() for s in group if s.end > s.start}
    return tuple(Span(a, b) for a, b in sorted(found))


def sentences_holding(spans: Iterable[Span], sentences: Sequence[Span]) -> tuple[Span, ...]:
    """The sentences that contain at least one of ``spans`` (a span is in the sentence its
    first character is in)."""
    held = {s for span in spans for s in sentences if s.start <= span.start < s.end}
    return tuple(sorted(held))


def words_stating(value: Iterable[Offsets], subject: Iterable[Offsets],
                  sentences: Sequence[Span]) -> tuple[Span, ...]:
    """The words that state one property: those of the value (a date, a venue) and those of the
    subject written in a sentence that also holds the value. Mentions of the subject elsewhere
    in the release do not state this property and are left out."""
    value_spans = {Span(a, b) for a, b in value if b > a}
    if not value_spans:
        return ()
    holding = sentences_holding(value_spans, sentences)
    subject_spans = {Span(a, b) for a, b in subject if b > a
                     and any(s.start <= a < s.end for s in holding)}
    return tuple(sorted(value_spans | subject_spans))
