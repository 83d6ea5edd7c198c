"""The summits a release speaks of, the one it reports on, their hosts and their dates.

Mentions of summits ("the second summit", "Sommet de X 2019", a run of the summit's days) are
found by ``ltgraph.extract.events``; here they are resolved to summits, the host cities are
added, and each summit's dates are read from the sentences that name it alone (a sentence that
recalls an older summit beside the main one dates the main one only).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ltgraph import language
from ltgraph.extract import events
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.dates import dates_in
from ltgraph.extract.event_dates import DateClues, date_clues, settle_dates
from ltgraph.extract.evidence import words_stating
from ltgraph.extract.text import Sentence
from ltgraph.model import Span

__all__ = ["Summits", "find_summits", "summit_words", "summits_named_in", "took_place"]


@dataclass
class Summits:
    """The summits of a release by slug, the one it reports on (``main``), and the words that
    state each one's dates. ``by_slug`` grows when a declaration names a summit the text did
    not otherwise name."""

    by_slug: dict[str, events.SummitInfo]
    main: str | None
    date_words: dict[str, list[tuple[int, int]]]


def find_summits(ctx: ReleaseContext) -> Summits:
    """The summits named in the release, with their hosts added and their dates read."""
    mentions = []
    for sentence in ctx.all_sentences():
        mentions += events.summit_mentions(sentence, ctx.tools.matchers, ctx.text)
        mentions += events.summits_by_days(sentence, ctx.gaz, ctx.published)
        more = events.ordinal_mentions(sentence, ctx.gaz, ctx.tools.matchers) + \
            events.host_year_mentions(sentence, ctx.gaz, ctx.tools.matchers)
        mentions += [m for m in more if not any(
            o.sentence is sentence and o.start < m.end and m.start < o.end for o in mentions)]
    events.add_relative_years(mentions, ctx.gaz, ctx.published)
    summits, main = events.resolve_summits(mentions, ctx.gaz, ctx.published,
                                           language.ORDINAL_LABELS)
    date_words = {}
    for info in summits.values():
        host = ctx.gaz.cities_by_slug.get(info.host) or (
            ctx.gaz.city(info.host) if info.host else None)
        if host:
            host_spans = [m.host_span for m in info.mentions if m.host_span]
            ctx.add_city(host, *host_spans)
        date_words[info.slug] = _read_dates(ctx, info, mentions, main)
    return Summits(summits, main, date_words)


def _read_dates(ctx: ReleaseContext, info: events.SummitInfo,
                mentions: list[events.SummitMention], main: str | None
                ) -> list[tuple[int, int]]:
    """Sets the summit's start and end from the sentences that date it; the words that say so.
    Two halves or a caption that disagree leave a warning."""
    clues: dict[str, DateClues] = defaultdict(DateClues)
    seen: set[int] = set()
    for mention in info.mentions:
        sentence = mention.sentence
        if id(sentence) in seen:
            continue
        seen.add(id(sentence))
        # the summits the sentence names itself: an unqualified "the meeting" beside "the
        # second summit" is no other summit, though it was given the main one
        others = {m.slug for m in mentions if m.sentence is sentence
                  and (m.ordinal or m.year)} - {info.slug}
        item = (_item_naming(sentence, info, mentions)
                or _clause_naming(sentence, info, mentions)) if others else None
        if item is not None:
            # "- 2e Sommet : X, du 30 août au 1er septembre 2019 ;": a list of summits, each
            # item with its own days
            date_clues(item, ctx.published, clues[f"text:{sentence.language}"], info.year)
            continue
        if others and info.slug != main:
            continue
        if others and any(m.slug == info.slug and (m.ordinal or m.year)
                          for m in mentions if m.sentence is sentence) is False:
            continue
        group = f"{sentence.region.kind if sentence.region.kind == 'caption' else 'text'}" \
                f":{sentence.language}"
        # a day without its year in a sentence that names a summit is of that summit's year
        # ("the second summit, held from 30 August to 1 September", told the year after)
        date_clues(sentence, ctx.published, clues[group], info.year)
        for neighbour in _telling_neighbours(ctx, sentence, mentions):
            if id(neighbour) not in seen:
                seen.add(id(neighbour))
                date_clues(neighbour, ctx.published, clues[group], info.year)
    start, end, spans, warnings = settle_dates(dict(clues))
    if start and info.year and start.year != info.year:
        # dates of another event in the sentence that recalls this summit
        start, end, spans, warnings = None, None, [], []
    ctx.warnings += warnings
    info.start, info.end = start, end
    info.evidence += spans
    return list(spans)


_ITEM_BOUNDARY = re.compile(r"\n|;")


def _item_naming(sentence: Sentence, info: events.SummitInfo,
                 mentions: list[events.SummitMention]) -> Sentence | None:
    """The item (a line, or a part between semicolons) of a sentence that names several
    summits where this summit is named by ordinal or year and no other summit is named; None
    where there is no such item."""
    cuts = [0] + [m.end() for m in _ITEM_BOUNDARY.finditer(sentence.text)] + \
        [len(sentence.text) + 1]
    for a, b in zip(cuts, cuts[1:]):
        lo, hi = sentence.start + a, sentence.start + b
        inside = [m for m in mentions if m.sentence is sentence and lo <= m.start < hi]
        if inside and all(m.slug == info.slug for m in inside) and \
                any(m.ordinal or m.year for m in inside) and (a, b) != (0, cuts[-1]):
            return Sentence(sentence.region, lo, sentence.text[a:b - 1 if b > a else b])
    return None


_CLAUSE_BREAK = re.compile(r"[,;:–—(]")


def _clause_naming(sentence: Sentence, info: events.SummitInfo,
                   mentions: list[events.SummitMention]) -> Sentence | None:
    """The part of a sentence that names several summits by ordinal or year that tells of
    this one alone: from the clause break before its name to the one before the next
    summit's name ("Fondé lors du premier sommet, le réseau a réuni le deuxième à B du 30
    août au 1er septembre 2019"); None where the summit is named in two parts or in none."""
    named = sorted((m for m in mentions if m.sentence is sentence and m.slug
                    and (m.ordinal or m.year)), key=lambda m: m.start)
    cuts = [sentence.start]
    for a, b in zip(named, named[1:]):
        if a.slug != b.slug:
            gap = sentence.text[a.end - sentence.start:b.start - sentence.start]
            breaks = list(_CLAUSE_BREAK.finditer(gap))
            cuts.append(a.end + breaks[-1].end() if breaks else b.start)
    cuts.append(sentence.end)
    parts = [(lo, hi) for lo, hi in zip(cuts, cuts[1:])
             if any(m.slug == info.slug and lo <= m.start < hi for m in named)]
    if len(parts) != 1 or parts[0] == (sentence.start, sentence.end):
        return None
    lo, hi = parts[0]
    return Sentence(sentence.region, lo, sentence.text[lo - sentence.start:hi - sentence.start])


def _telling_neighbours(ctx: ReleaseContext, sentence: Sentence,
                        mentions: list[events.SummitMention]) -> list[Sentence]:
    """The sentences next to one naming a summit that tell its days without naming it: the
    next one when it speaks of the event ("It ended on Sunday") or of delegations meeting
    ("Seit Freitag hatten Delegationen beraten"), the one before when this one speaks of the
    event just told ("They met on June 10 and 11. It was billed as the first summit")."""
    region = ctx.sentences.get(sentence.region, [])
    at = next((k for k, s in enumerate(region) if s is sentence), None)
    if at is None:
        return []
    naming = {id(m.sentence) for m in mentions}

    def same_paragraph(a: Sentence, b: Sentence) -> bool:
        return "\n\n" not in ctx.text[a.end:b.start]

    found = []
    if at + 1 < len(region):
        after = region[at + 1]
        if id(after) not in naming and same_paragraph(sentence, after) and (
                language.EVENT_PRONOUN_RE.match(after.text)
                or language.MEETING_RE.search(after.text)):
            found.append(after)
    if at > 0 and language.EVENT_PRONOUN_RE.match(sentence.text):
        before = region[at - 1]
        if id(before) not in naming and same_paragraph(before, sentence) and \
                language.MEETING_RE.search(before.text):
            found.append(before)
    return found


def took_place(ctx: ReleaseContext, summits: Summits) -> dict[str, bool]:
    """Per summit, whether it had begun by the release's date: only then has it attendees."""
    return {slug: _took_place(ctx, info) for slug, info in summits.by_slug.items()}


def _took_place(ctx: ReleaseContext, info: events.SummitInfo) -> bool:
    written = latest_writing(ctx)
    if written is None:
        return False
    entry = ctx.gaz.summits.get(info.slug)
    start = info.start or (entry.start if entry else None)
    if start:
        return start <= written
    return bool(info.year and info.year < written.year)


# between an update label and its date: punctuation and at most one short word ("du", "vom",
# "on"), so that "UPDATE: postponed to 7 December" is no date of writing
_UPDATE_DATE_GAP = re.compile(r"[\W_]*(?:[^\W\d_]{1,3}\.?\s+)?[\W_]*")


def latest_writing(ctx: ReleaseContext) -> date | None:
    """The last day the page was written on: the release date, or a later one that a line
    opening an addition gives ("MISE À JOUR – 13 décembre 2021"). An advisory updated after
    its event tells what happened there, so the event has taken place for that page."""
    if ctx.published is None:
        return None
    latest = ctx.published
    for line in ctx.text.split("\n"):
        label = language.UPDATE_LABEL_RE.match(line)
        if label:
            found = dates_in(line[label.end():], 0, ctx.published)
            if found and _UPDATE_DATE_GAP.fullmatch(line[label.end():label.end() + found[0].start]):
                latest = max(latest, found[0].first)
    return latest


def summits_named_in(sentence: Sentence, summits: Summits) -> list[str]:
    """The summits a sentence names by ordinal or year."""
    return [info.slug for info in summits.by_slug.values() for m in info.mentions
            if m.sentence is sentence and (m.ordinal or m.year)]


def summit_words(summits: Summits, info: events.SummitInfo, sentences: tuple[Span, ...]
                 ) -> tuple[tuple[str, tuple[Span, ...]], ...]:
    """The words that state a summit's dates, host and ordinal: each value's words and the
    summit's name in the same sentence, not every mention of the event."""
    named = [(m.start, m.end) for m in info.mentions]
    hosts = [m.host_span for m in info.mentions if m.host_span]
    ordinals = [(m.start, m.end) for m in info.mentions if m.ordinal is not None]
    return (("date", words_stating(summits.date_words.get(info.slug, ()), named, sentences)),
            ("host", words_stating(hosts, named, sentences)),
            ("ordinal", words_stating(ordinals, (), sentences)))
