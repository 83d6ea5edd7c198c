"""Which cities, organisations and venues a release names, apart from the roles of people.

The publisher's city comes from the masthead or the front matter; known names are found
anywhere in the text; GeoNames cities only where the syntax announces a city ("aus X",
"delegations from X", "X, the capital"), so that an ordinary capitalised word is never one.
"""

from __future__ import annotations

import re

from ltgraph import language
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.people import PeopleFinder

__all__ = ["publisher", "names_anywhere"]


def publisher(ctx: ReleaseContext) -> str | None:
    """The publisher, when the masthead or the front matter names it by its city."""
    name = ctx.release.publisher_name or (ctx.release.masthead.text
                                           if ctx.release.masthead else "")
    span = ctx.release.masthead.span if ctx.release.masthead else None
    for m in re.finditer(r"[A-ZÄÖÜ][\w'’.-]*", name):
        found = ctx.tools.matchers.city_at(name, m.start(), geonames=False)
        if found:
            entry = found[0]
            where = None
            if span and ctx.release.masthead:
                offset = ctx.release.masthead.text.find(name[found[1]:found[2]])
                if offset >= 0:
                    where = (span.start + offset, span.start + offset + found[2] - found[1])
            ctx.add_city(entry, where)
            return f"city/{entry.slug}"
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
            ctx.facts.add(("org", hit.slug), (hit.start, hit.end))
        for hit in matchers.venues_anywhere(region.text, region.start):
            ctx.facts.add(("venue", hit.slug), (hit.start, hit.end))
    _context_cities(ctx, [(m.start, m.end) for m in finder.mentions])


def _context_cities(ctx: ReleaseContext, people_spans: list[tuple[int, int]]) -> None:
    """GeoNames cities where the syntax announces a city (never inside a person's name)."""
    matchers = ctx.tools.matchers

    def in_person(start: int) -> bool:
        return any(a <= start < b for a, b in people_spans)
    cue = re.compile(r"(?i)\b(?:unter anderem aus|darunter|aus|from|de|des villes de|"
                     r"representatives of|delegations from|Delegationen aus|including|"
                     r"among them|Stadt|city of|ville de|Nachbarstadt|Partnerstadt|"
                     r"twin city|sister city|villes? de|wie|such as|comme|notamment|nach|"
                     r"vers|unter anderem)\s+")
    for sentence in ctx.all_sentences(("body", "headline", "subheadline", "caption")):
        s = sentence.text
        for m in cue.finditer(s):
            found = matchers.city_after(s, m.end(), max_tokens=3)
            while found:
                entry, start, end = found
                if in_person(sentence.start + start):
                    break
                ctx.add_city(entry, (sentence.start + start, sentence.start + end))
                nxt = re.match(r"\s*(?:,\s*(?:und|and|et)?|und|and|et|sowie)\s*", s[end:])
                if not nxt or not nxt.group(0).strip():
                    break
                found = matchers.city_at(s, end + nxt.end())
        for m in language.COMPARISON_RE.finditer(s):
            found = matchers.city_at(s, m.end())
            if found and not in_person(sentence.start + found[1]):
                ctx.add_city(found[0], (sentence.start + found[1],
                                         sentence.start + found[2]))
        for m in re.finditer(r"([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?),\s+(?:the\s+|"
                             r"der\s+|la\s+)?(?:capital|Hauptstadt|capitale)\b", s):
            found = matchers.city_at(s, m.start(1))
            if found:
                ctx.add_city(found[0], (sentence.start + found[1],
                                         sentence.start + found[2]))
        # "fand in X statt", "was held in X", "s'est tenu à X": a place of an event
        if re.search(rf"(?i)\b(?:{language.EVENT_PLACE_VERBS})", s):
            for m in re.finditer(r"\b(?:in|im|à|In|À)\s+", s):
                found = matchers.city_after(s, m.end(), max_tokens=3)
                if found and not in_person(sentence.start + found[1]):
                    ctx.add_city(found[0], (sentence.start + found[1],
                                             sentence.start + found[2]))
        if sentence.region.kind == "caption":
            for m in re.finditer(r"\(([^()]{2,40})\)", s):
                if language.PHOTO_POSITION_RE.match(m.group(1).strip()):
                    continue
                found = matchers.city_at(s, m.start(1))
                if found and found[2] == m.end(1):
                    ctx.add_city(found[0], (sentence.start + found[1],
                                             sentence.start + found[2]))
