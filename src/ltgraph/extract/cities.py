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

_OPENERS = frozenset(w for vocab in language.FUNCTION_WORDS.values() for w in vocab)
# The next item of a list of cities: ", ", ", and ", " sowie ", " or "
_JOINERS = f"{language.CONJUNCTIONS}|{language.DISJUNCTIONS}"
_NEXT_ITEM = re.compile(rf"\s*(?:,\s*(?:(?:{_JOINERS})\b)?|(?:{_JOINERS})\b)\s*")


def publisher(ctx: ReleaseContext) -> str | None:
    """The publisher, when the masthead or the front matter names it by its city."""
    name = ctx.release.publisher_name or (ctx.release.masthead.text
                                           if ctx.release.masthead else "")
    span = ctx.release.masthead.span if ctx.release.masthead else None
    for m in re.finditer(r"[A-ZÄÖÜ][\w'’.-]*", name):
        found = ctx.tools.matchers.city_at(name, m.start(), geonames=False)
        if found and _after_region_article(name, m.start()):
            continue  # "Assemblée nationale du Québec": the province's, no city's
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
            if not _in_institution_name(region.text, hit.start - region.start) and \
                    not _after_region_article(region.text, hit.start - region.start) and \
                    not _owns_cities(region.text, hit.end - region.start) and \
                    not _region_of_city_before(ctx, region.text, hit.start - region.start,
                                               hit.end - region.start):
                ctx.add_city(ctx.gaz.cities_by_slug[hit.slug], (hit.start, hit.end))
        for hit in matchers.orgs_anywhere(region.text, region.start):
            ctx.facts.add(Named("org", hit.slug), (hit.start, hit.end))
        for hit in matchers.venues_anywhere(region.text, region.start):
            ctx.facts.add(Named("venue", hit.slug), (hit.start, hit.end))
    _context_cities(ctx, [(m.start, m.end) for m in finder.mentions])


def _context_cities(ctx: ReleaseContext, people_spans: list[tuple[int, int]]) -> None:
    """GeoNames cities where the syntax announces a city (never inside a person's name, nor
    a town of the world's gazetteer inside a quoted title: "... in the Time of a Pandemic")."""
    def in_person(start: int) -> bool:
        return any(a <= start < b for a, b in people_spans)

    for sentence in ctx.all_sentences():
        for entry, start, end in _cities_announced(ctx, sentence, in_person):
            if _in_institution_name(sentence.text, start) or \
                    _after_region_article(sentence.text, start) or \
                    _owns_cities(sentence.text, end) or \
                    _region_of_city_before(ctx, sentence.text, start, end) or \
                    (not entry.in_reference and (_quoted(sentence.text, start)
                                                 or _capitals_only(sentence.text[start:end])
                                                 or _after_article(sentence.text, start, end)
                                                 or _names_facility(sentence.text, start, end))):
                continue
            ctx.add_city(entry, (sentence.start + start, sentence.start + end))


_QUOTES = re.compile(r"[\"“”„«»]")


def _capitals_only(name: str) -> bool:
    """Whether a name is written in capitals only ("RAPPORT DE MISSION", "REPORT FROM X"):
    a heading in capitals has lost the case that tells a town of the world's gazetteer from a
    common word, so only a city of the reference data is read there."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _after_article(s: str, start: int, end: int) -> bool:
    """'a guest from the Summit and ...', 'aus dem Gipfel.': a lower-case article right before
    a name that ends its noun phrase. A city's name takes no article of its own in running
    text (where it does, 'The Hague', the article is a capitalised part of the name), so a
    town of the world's gazetteer read there is a common noun that shares its name; before
    another noun ('the X–Y agreement', 'the Tokyo office') it is a city's name
    modifying that noun."""
    return bool(language.ARTICLE_BEFORE_END_RE.search(s[max(0, start - 6):start])
                and language.NOUN_PHRASE_END_RE.match(s, end))


def _names_facility(s: str, start: int, end: int) -> bool:
    """'X pier', 'der Y-Anleger', "l'embarcadère de Z": a landing stage, a harbour or a
    beach named by a place; a town of the world's gazetteer so named is a quarter of the
    city the facility lies in, not a city the text speaks of."""
    return bool(language.FACILITY_AFTER_RE.match(s, end)
                or language.FACILITY_BEFORE_END_RE.search(s[max(0, start - 30):start]))


def _quoted(s: str, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks: an odd number of them before it."""
    return len(_QUOTES.findall(s, 0, pos)) % 2 == 1


def _owns_cities(s: str, end: int) -> bool:
    """'Québec's cities', 'Québecs Städte': a name that owns cities names the province or
    country that shares it, not a city."""
    return bool(language.CITY_GROUP_OWNED_RE.match(s, end))


def _after_region_article(s: str, pos: int) -> bool:
    """'villes du Québec', 'au Québec', 'the province of Quebec', 'Premier of Quebec',
    'cities in Quebec': a name after an article a city's name does not take, after a noun of a
    region or its government, or after a noun of cities and "in", names the province or
    country that shares it."""
    return bool(language.REGION_ARTICLE_END_RE.search(s[max(0, pos - 8):pos])
                or _district_of_member(s, pos)
                or language.REGION_HEAD_END_RE.search(s[max(0, pos - 40):pos])
                or language.CITY_GROUP_BEFORE_RE.search(s[max(0, pos - 30):pos])
                or language.FUNDER_END_RE.search(s[max(0, pos - 50):pos]))


def _district_of_member(s: str, pos: int) -> bool:
    """'la députée de X', 'the MP for X', 'Abgeordnete für den Wahlkreis X': a member of a
    parliament is named by an electoral district, which may share a town's name but is
    never a city of the text."""
    return bool(language.MEMBER_DISTRICT_END_RE.search(s[max(0, pos - 60):pos]))


# "X (Québec)": the parenthesis opening right before a name and closing right after it
_OPENING_PAREN = re.compile(r"\(\s*$")
_CLOSING_PAREN = re.compile(r"\s*\)")
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-ÝÄÖÜ][\w'’.-]*(?:\s+[A-ZÀ-ÝÄÖÜ][\w'’.-]*)*$")


def _region_of_city_before(ctx: ReleaseContext, s: str, start: int, end: int) -> bool:
    """'X (Québec)', 'Springfield (Illinois)': a name alone in parentheses right after
    a city's name is the region or country the city lies in (an address's or a dateline's
    form), never a second city. The city's name must open its run of capitalised words, so
    that a person's place ('Jane Roe (Québec)') still names a city."""
    opening = _OPENING_PAREN.search(s, max(0, start - 4), start)
    if opening is None or not _CLOSING_PAREN.match(s, end):
        return False
    before = s[:opening.start()].rstrip()
    window = max(0, len(before) - 60)
    starts = [hit.start for hit in ctx.tools.matchers.cities_anywhere(before[window:], window)
              if hit.end == len(before)]
    run = _CAPITALISED_RUN.search(before, window)
    if run is not None:
        found = ctx.tools.matchers.city_at(before, run.start())
        if found and found.end == len(before):
            starts.append(run.start())
    return any(_opens_name(before, c) for c in starts)


def _opens_name(s: str, pos: int) -> bool:
    """Whether a name starting at ``pos`` is not the end of a longer one: nothing, a
    punctuation mark, or a word in lower case or a number stands before it."""
    prev = s[:pos].rstrip()
    if not prev or not (prev[-1].isalnum() or prev[-1] in "'’-."):
        return True
    word = re.search(r"[\w'’.-]+$", prev)
    return word is not None and not word.group(0)[0].isupper()


# A city of GeoNames this large is named as a city wherever its whole name follows "in"
# ("the office in X") or stands beside another such city ("X ou Y", "X and Y"): a smaller one
# only where a cue announces a city.
_WELL_KNOWN = 100_000
_PAIR = re.compile(rf"\s+(?:{_JOINERS})\s+|,\s+(?:(?:{_JOINERS})\s+)?")
# the dash of a route between two names, with no space ("X–Y", "X—Y")
_ROUTE_DASH = re.compile(r"(?<=\w)[–—](?=\w)")
# the start of each of the (at most three) words that end right before a position
_WORD_STARTS = re.compile(r"(?:(?<=[\s(\[/])|^)[^\W\d_][\w'’.]*(?:\s[^\W\d_][\w'’.]*){0,2}$")


def _well_known_cities(ctx: ReleaseContext, s: str, in_person: Callable[[int], bool]
                       ) -> Iterator[CityAt]:
    """Large cities named after a place preposition or two of them side by side, each by its
    whole name (not the start of a longer one, 'in X Mitte')."""
    matchers = ctx.tools.matchers

    def well_known(found: CityAt | None) -> bool:
        return bool(found and (found.entry.in_reference or found.entry.population >= _WELL_KNOWN)
                    and not in_person(found.start) and not _in_institution_name(s, found.start)
                    and not re.match(r"-|\s*[A-ZÄÖÜ0-9]|['’]s\s+[A-Z]", s[found.end:]))

    for m in language.EVENT_PLACE_PREPOSITION_RE.finditer(s):
        if m.group(0).strip().lower() in language.NOUN_ARTICLES:
            continue  # "im Namen": a contraction with an article opens a noun, not a name
        found = matchers.city_at(s, m.end())
        if well_known(found):
            yield found
    for m in language.ROUTE_CUE_RE.finditer(s):
        found = matchers.city_at(s, m.end())
        while well_known(found):
            yield found  # "via X", "Umsteigeverbindungen über X, Y oder Z": each stop
            nxt = _NEXT_ITEM.match(s, found.end)
            found = matchers.city_at(s, nxt.end()) if nxt and nxt.group(0).strip() else None
    for m in _ROUTE_DASH.finditer(s):
        left = _city_ending_at(ctx, s, m.start())
        right = matchers.city_at(s, m.end())
        if left and well_known(left) and well_known(right):
            yield left  # "Airfare (X–Y, economy)": both ends of a route
            yield right
    for m in _PAIR.finditer(s):
        words = _name_words_before(s, m.start())
        left = matchers.city_at(s, words[0][0]) if words else None
        right = matchers.city_at(s, m.end())
        if left and left.end == m.start() and well_known(left) and well_known(right) and \
                not _after_region_article(s, left.start):
            # "cities in Quebec and Ontario": the pair of a region is a pair of regions
            yield left
            yield right


def _city_ending_at(ctx: ReleaseContext, s: str, end: int) -> CityAt | None:
    """The city whose whole name ends at ``end`` (one to three words before it), if any."""
    run = _WORD_STARTS.search(s[:end])
    if not run:
        return None
    starts = [run.start()] + [run.start() + k + 1 for k, c in enumerate(s[run.start():end])
                              if c.isspace()]
    for start in starts:
        found = ctx.tools.matchers.city_at(s, start)
        if found and found.end == end:
            return found
    return None


# A paragraph that opens on a dateline of its own ("X. Wegen ...", "X – ...")
_DATELINE = re.compile(r"\s*([A-ZÄÖÜ][\w'’-]+(?:\s[A-ZÄÖÜ][\w'’-]+)?)\s*(?:\.|–|—)\s")


def _separate_item(ctx: ReleaseContext, sentence: Sentence) -> bool:
    """Whether the sentence is in another news item of the page: a later paragraph that opens
    on a dateline of its own and says nothing of an event (a traffic notice after the report
    in a news bulletin). Its cities are not the document's."""
    region = sentence.region
    offset = sentence.start - region.start
    opening = region.text.rfind("\n\n", 0, offset)
    if opening < 0 or not region.text[:opening].strip():
        return False
    closing = region.text.find("\n\n", offset)
    paragraph = region.text[opening:closing if closing >= 0 else len(region.text)]
    dateline = _DATELINE.match(paragraph.lstrip("\n"))
    return bool(dateline and ctx.gaz.city(dateline.group(1))
                and not language.SUMMIT_RE.search(paragraph))


_NAME_WORD = re.compile(r"[A-ZÄÖÜÉÈÀÂÎÔ][\w'’.-]*$")
# A line that opens on a place and a date ("X, 18–19 March 2020", "X, 5. Mai"): where it was
# written or held.
_MONTH_NAMES = "|".join(sorted(language.MONTHS, key=len, reverse=True))
_DATED_PLACE = re.compile(rf"([A-ZÄÖÜÉÈ][\w'’.-]+(?:[ -][A-ZÄÖÜÉÈ][\w'’.-]+)?),\s+"
                          rf"(?:\d{{1,2}}\.?(?:\s*[–-]\s*\d{{1,2}}\.?)?\s+(?i:{_MONTH_NAMES})\b|"
                          rf"(?i:{_MONTH_NAMES})\s+\d{{1,2}}\b)")
_PLACE_NOUN = re.compile(rf"(?i)^(?:{language.PLACE_NOUNS})$")


def _places_in_countries(ctx: ReleaseContext, s: str, in_person: Callable[[int], bool]
                         ) -> Iterator[CityAt]:
    """Places the sentence puts in a country ("X in Ireland", "X (Barbados)", "X au
    Nicaragua", "X, Irland"): the name before the country is a city
    or town there if the world's gazetteer knows one of that name in that country, however
    small."""
    gaz = ctx.gaz
    for m in language.COUNTRY_QUALIFIER_RE.finditer(s):
        iso = _country_at(gaz, s, m.end(), bracketed="(" in m.group(0))
        if iso is None:
            continue
        words = _name_words_before(s, m.start())
        if not words:
            continue
        start, end = words[0][0], words[-1][1]
        if in_person(start) or _in_institution_name(s, start):
            continue
        entry = gaz.town_in(s[start:end], iso)
        if entry is not None:
            yield CityAt(entry, start, end)


def _country_at(gaz, s: str, pos: int, *, bracketed: bool) -> str | None:
    """The country named at ``pos`` (up to four words, the longest name first); in brackets
    only when the bracket closes after it."""
    words = [m for m in re.finditer(r"[\w'’.-]+", s[pos:pos + 60])]
    for n in range(min(4, len(words)), 0, -1):
        end = pos + words[n - 1].end()
        name = s[pos + words[0].start():end]
        if not name[:1].isupper() or re.search(r"[^\w\s'’.-]", name):
            continue
        if bracketed and not re.match(r"\s*\)", s[end:]):
            continue
        iso = gaz.country_iso(name)
        if iso:
            return iso
    return None


def _name_words_before(s: str, end: int) -> list[tuple[int, int]]:
    """The capitalised words (at most four) that end at ``end``, all of them: a name, after
    a sentence's first function word or a place noun ('Partnerstadt X'), not the noun of a
    German article ('die Menschen in Irland') nor a name after a title ('Mayor X')."""
    words: list[tuple[int, int]] = []
    pos = end
    while len(words) < 4:
        m = re.search(r"(?:^|(?<=\s))([\w'’.-]+)\s*$", s[:pos])
        if not m or not _NAME_WORD.match(m.group(1)):
            break
        words.insert(0, (m.start(1), m.end(1)))
        pos = m.start(1)
    before = re.search(r"(\w+)\s*$", s[:words[0][0]]) if words else None
    if before and before.group(1).lower() in language.NOUN_ARTICLES:
        return []
    while words and (s[words[0][0]:words[0][1]].lower() in _OPENERS
                     or _PLACE_NOUN.match(s[words[0][0]:words[0][1]])):
        words.pop(0)
    return words


def _in_institution_name(text: str, start: int) -> bool:
    """'Université de X', 'University of X': a city's name that completes an
    institution's is no mention of the city."""
    if language.INSTITUTION_HEAD_RE.search(text[max(0, start - 40):start]):
        return True
    # "Université Cheikh Anta Diop de X": the rest of the name between, no role among it;
    # a conjunction before the "of" joins another place ("the University of Y and of X")
    longer = language.INSTITUTION_NAME_END_RE.search(text[max(0, start - 100):start])
    if not longer:
        return False
    words = longer.group("words").split()
    return not any(word in language.NOT_NAME_WORDS for word in words) and not re.fullmatch(
        rf"(?i:{language.CONJUNCTIONS})", words[-1])


def _city_list(s: str, found: CityAt | None, matchers, in_person: Callable[[int], bool]
               ) -> Iterator[CityAt]:
    """The city found and those listed after it ("X, Y und Z", "X or Y")."""
    while found:
        if in_person(found.start) or _after_region_article(s, found.start):
            break  # "from cities in Quebec and Ontario": a list of regions
        yield found
        nxt = _NEXT_ITEM.match(s, found.end)
        if not nxt or not nxt.group(0).strip():
            break
        found = matchers.city_at(s, nxt.end())


def _publication_place(ctx: ReleaseContext, s: str) -> Iterator[CityAt]:
    """The city a record's field of its place of publication holds as its whole value
    ("CY  - London"): a well-known city only, since the field of a
    small press may name a village."""
    for field in language.PUBLICATION_PLACE_RE.finditer(s):
        found = ctx.tools.matchers.city_at(s, field.end())
        line_end = s.find("\n", field.end())
        rest = s[found.end:line_end if line_end >= 0 else len(s)] if found else ""
        if found and not rest.strip(" \t.;,") and (
                found.entry.in_reference or found.entry.population >= _WELL_KNOWN):
            yield found


def _cities_announced(ctx: ReleaseContext, sentence: Sentence,
                      in_person: Callable[[int], bool]) -> Iterator[CityAt]:
    """The cities a sentence announces, with offsets into the sentence, in this order: after a
    cue and in the list it opens ("aus X, Y und Z"), after a comparison ("größer als X"),
    before an apposition ("X, the capital"), after a preposition in a sentence telling where
    an event took place, and in parentheses of a caption ("(X)")."""
    s, base, matchers = sentence.text, sentence.start, ctx.tools.matchers
    for m in language.CITY_CUE_RE.finditer(s):
        yield from _city_list(s, matchers.city_after(s, m.end(), max_tokens=3), matchers,
                              lambda start: in_person(base + start))
    for m in language.COMPARISON_RE.finditer(s):
        yield from _city_list(s, matchers.city_at(s, m.end()), matchers,
                              lambda start: in_person(base + start))
    for m in language.CAPITAL_APPOSITION_RE.finditer(s):
        found = matchers.city_at(s, m.start(1))
        if found:
            yield found
    if re.search(rf"(?i)\b(?:{language.EVENT_PLACE_VERBS})", s):
        for m in language.EVENT_PLACE_PREPOSITION_RE.finditer(s):
            found = matchers.city_after(s, m.end(), max_tokens=3)
            if found and not in_person(base + found.start):
                yield found
    yield from _places_in_countries(ctx, s, lambda start: in_person(base + start))
    if not _separate_item(ctx, sentence):
        yield from _well_known_cities(ctx, s, lambda start: in_person(base + start))
    yield from _publication_place(ctx, s)
    dateline = _DATED_PLACE.match(s)
    if dateline:
        found = matchers.city_at(s, 0)
        if found and found.end == dateline.end(1) and (
                found.entry.in_reference or found.entry.population >= _WELL_KNOWN):
            yield found
    if sentence.region.kind == "caption":
        for m in re.finditer(r"\(([^()]{2,40})\)", s):
            if language.PHOTO_POSITION_RE.match(m.group(1).strip()):
                continue
            found = matchers.city_at(s, m.start(1))
            if found and found.end == m.end(1):
                yield found

