"""Which cities, organisations and venues a release names, apart from the roles of people.

The publisher's city comes from the masthead or the front matter; known names are found
anywhere in the text; GeoNames cities only where the syntax announces a city ("aus X",
"delegations from X", "X, the capital"), so that an ordinary capitalised word is never one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ltgraph import language
from ltgraph.extract.context import Named, ReleaseContext
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.places import CityAt
from ltgraph.extract.text import Sentence

__all__ = ["publisher", "names_anywhere"]

# The next item of a list of cities: ", ", ", and ", " sowie "
_NEXT_ITEM = re.compile(rf"\s*(?:,\s*(?:{language.CONJUNCTIONS})?|{language.CONJUNCTIONS})\s*")


def publisher(ctx: ReleaseContext) -> str | None:
    """The publisher, when the masthead or the front matter names it by its city."""
    name = ctx.release.publisher_name or (ctx.release.masthead.text
                                           if ctx.release.masthead else "")
    span = ctx.release.masthead.span if ctx.release.masthead else None
    for m in re.finditer(r"[A-ZÄÖÜ][\w'’.-]*", name):
        found = ctx.tools.matchers.city_at(name, m.start(), geonames=False)
        if found:
            where = None
            if span and ctx.release.masthead:
                offset = ctx.release.masthead.text.find(name[found.start:found.end])
                if offset >= 0:
                    where = (span.start + offset, span.start + offset + found.end - found.start)
            ctx.add_city(found.entry, where)
            return f"city/{found.entry.slug}"
    return None


def names_anywhere(ctx: ReleaseContext, finder: PeopleFinder) -> None:
    """Adds the agents of the people's mentions, the known cities, organisations and venues
    named anywhere, and the GeoNames cities the syntax announces."""
    for mention in finder.mentions:
        if mention.place:
            ctx.add_agent(mention.place, *mention.agent_spans)
        for slug, name in mention.minted_orgs.items():
            ctx.org_labels.setdefault(slug, name)
    matchers = ctx.tools.matchers
    for region in ctx.regions:
        for hit in matchers.cities_anywhere(region.text, region.start):
            ctx.add_city(ctx.gaz.cities_by_slug[hit.slug], (hit.start, hit.end))
        for hit in matchers.orgs_anywhere(region.text, region.start):
            ctx.facts.add(Named("org", hit.slug), (hit.start, hit.end))
        for hit in matchers.venues_anywhere(region.text, region.start):
            ctx.facts.add(Named("venue", hit.slug), (hit.start, hit.end))
    _context_cities(ctx, [(m.start, m.end) for m in finder.mentions])


def _context_cities(ctx: ReleaseContext, people_spans: list[tuple[int, int]]) -> None:
    """GeoNames cities where the syntax announces a city (never inside a person's name)."""
    def in_person(start: int) -> bool:
        return any(a <= start < b for a, b in people_spans)

    for sentence in ctx.all_sentences():
        for entry, start, end in _cities_announced(ctx, sentence, in_person):
            ctx.add_city(entry, (sentence.start + start, sentence.start + end))


def _cities_announced(ctx: ReleaseContext, sentence: Sentence,
                      in_person: Callable[[int], bool]) -> Iterator[CityAt]:
    """The cities a sentence announces, with offsets into the sentence, in this order: after a
    cue and in the list it opens ("aus X, Y und Z"), after a comparison ("größer als X"),
    before an apposition ("X, the capital"), after a preposition in a sentence telling where
    an event took place, and in parentheses of a caption ("(X)")."""
    s, base, matchers = sentence.text, sentence.start, ctx.tools.matchers
    for m in language.CITY_CUE_RE.finditer(s):
        found = matchers.city_after(s, m.end(), max_tokens=3)
        while found:
            if in_person(base + found.start):
                break
            yield found
            nxt = _NEXT_ITEM.match(s, found.end)
            if not nxt or not nxt.group(0).strip():
                break
            found = matchers.city_at(s, nxt.end())
    for m in language.COMPARISON_RE.finditer(s):
        found = matchers.city_at(s, m.end())
        if found and not in_person(base + found.start):
            yield found
    for m in language.CAPITAL_APPOSITION_RE.finditer(s):
        found = matchers.city_at(s, m.start(1))
        if found:
            yield found
    if re.search(rf"(?i)\b(?:{language.EVENT_PLACE_VERBS})", s):
        for m in language.EVENT_PLACE_PREPOSITION_RE.finditer(s):
            found = matchers.city_after(s, m.end(), max_tokens=3)
            if found and not in_person(base + found.start):
                yield found
    if sentence.region.kind == "caption":
        for m in re.finditer(r"\(([^()]{2,40})\)", s):
            if language.PHOTO_POSITION_RE.match(m.group(1).strip()):
                continue
            found = matchers.city_at(s, m.start(1))
            if found and found.end == m.end(1):
                yield found

