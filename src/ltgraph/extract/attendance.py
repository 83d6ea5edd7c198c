"""Attendance and participation: who was at a summit that took place, and which cities.

A person named in a release about a summit is an attendee unless the text says otherwise: the
author or a photographer, a press contact or byline, someone named with an office of another
time ("former mayor X"), someone stood in for ("représentait la mairesse"),
someone only announced while the summit is on, or someone the sentence dates outside the
summit's days ("visited in May 2016", an archive photo). A city takes part through an attendee
holding a mandate for it, as a signatory, as the host, or listed in a group of participants
("Delegationen aus X und Y").
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from ltgraph import language
from ltgraph.extract import cities, events
from ltgraph.extract.context import Attendee, Participant, ReleaseContext
from ltgraph.extract.dates import DateMention, mentions_in
from ltgraph.extract.declarations import Declaration, quoted
from ltgraph.extract.event_dates import dates_of, opens_with_dateline
from ltgraph.extract.items import items_of, on_presence_list, signed_by_lines
from ltgraph.extract.mandates import Mandate
from ltgraph.extract.passages import passage_summit
from ltgraph.extract.mention import PersonMention, credited_after_caption, signs_letter
from ltgraph.extract.people import PeopleFinder, named_as_contact
from ltgraph.extract.persons import Credits
from ltgraph.extract.places import CityAt, named_in_passing
from ltgraph.extract.signing_lists import statement_of_value
from ltgraph.extract.summits import Summits
from ltgraph.extract.taking_part import BETWEEN_ITEMS, cities_taking_part
from ltgraph.extract.turns import correspondents, turn_labels
from ltgraph.extract.text import Region, Sentence
from ltgraph.gazetteer import CityEntry
from ltgraph.model import AttendanceFact, ParticipationFact

__all__ = ["add_attendance_and_participation", "attendance_facts", "participation_facts"]


def add_attendance_and_participation(ctx: ReleaseContext, finder: PeopleFinder,
                                     summits: Summits, took_place: dict[str, bool],
                                     credits: Credits, mandates: tuple[Mandate, ...],
                                     declarations: dict[str, Declaration]
                                     ) -> set[tuple[str, str]]:
    """Adds the attendees of the summits that took place and the cities that took part;
    returns the (summit, city) of a host that takes part only as the host, nobody of its
    own placed there and no signature of its own."""
    main = summits.main
    attendance = _attendance(ctx, finder, summits, took_place, credits)
    for (summit, person), spans in attendance.items():
        ctx.facts.add(Attendee(summit, person), *spans)
        for mandate in mandates:
            if mandate.person == person and mandate.agent.startswith("city/") and \
                    took_place.get(summit):
                ctx.facts.add(Participant(summit, mandate.agent[5:]), *mandate.spans[:2])
        if took_place.get(summit):
            for entry, span in _cities_of_origin(ctx, spans):
                if ctx.add_city(entry, span):  # a district of a city takes no part
                    ctx.facts.add(Participant(summit, entry.slug), span)
    signed_there = [(d.summit, city, spans) for d in declarations.values()
                    for city, spans in d.signatories.items()
                    if d.summit and took_place.get(d.summit) and city not in d.signed_apart
                    and not _signed_elsewhere(ctx, spans, summits.by_slug.get(d.summit))]
    for summit, entry, span in _cities_said_to_take_part(ctx, summits, took_place, finder):
        if ctx.add_city(entry, span):
            ctx.facts.add(Participant(summit, entry.slug), span)
    for slug in summits.by_slug:
        if took_place.get(slug):
            for entry, span in _group_cities(ctx, summits, slug, finder):
                if ctx.add_city(entry, span):
                    ctx.facts.add(Participant(slug, entry.slug), span)
    hosting_only = set()
    for slug, info in summits.by_slug.items():
        if info.host and took_place.get(slug) and (
                _places_anyone_at(ctx, slug, signed_there) or
                (slug == main and not _places_anyone_elsewhere(ctx, slug, signed_there))):
            if Participant(slug, info.host) not in ctx.facts.spans:
                hosting_only.add((slug, info.host))
            ctx.facts.add(Participant(slug, info.host), *info.evidence[:1])
    for summit, city, spans in signed_there:
        ctx.facts.add(Participant(summit, city), *spans)
        hosting_only.discard((summit, city))
    return hosting_only


def _places_anyone_at(ctx: ReleaseContext, summit: str,
                      signed_there: list[tuple[str, str, object]]) -> bool:
    """Whether the release places a person or a city at the summit (an attendee, a city said
    to take part, a signatory there): the host takes part in such a summit."""
    return any(k.summit == summit for k in ctx.facts.of_type(Attendee)) or \
        any(k.summit == summit for k in ctx.facts.of_type(Participant)) or \
        any(s == summit for s, _, _ in signed_there)


def _places_anyone_elsewhere(ctx: ReleaseContext, summit: str,
                             signed_there: list[tuple[str, str, object]]) -> bool:
    """Whether the release places a person or a city at a summit other than ``summit``. A
    release about one summit gives it its host even with nobody else named there; a text
    that tells of several summits (a chronology, a portrait of the network) and places
    people at the others but nobody at this one, the latest, only lists it ("3rd summit:
    X, December 2021"): its host takes no part there either."""
    return any(k.summit != summit for k in ctx.facts.of_type(Attendee)) or \
        any(k.summit != summit for k in ctx.facts.of_type(Participant)) or \
        any(s != summit for s, _, _ in signed_there)


def _cities_said_to_take_part(ctx: ReleaseContext, summits: Summits,
                              took_place: dict[str, bool], finder: PeopleFinder
                              ) -> list[tuple[str, CityEntry, tuple[int, int]]]:
    """(summit, city, span) for each city a clause says took part with no person named
    ("Lyon sent a delegation", "X, Y und Z nahmen teil"), at the summit the clause tells of,
    where it took place and the sentence dates nothing outside its days; a city inside a
    person's or an organisation's name, or named in passing, is none."""
    people = [(m.start, m.end) for m in finder.mentions]
    naming = _naming_sentences(ctx, summits)
    found = []
    for region in ctx.regions:
        if region.kind not in ("body", "headline", "subheadline"):
            continue
        for sentence in ctx.sentences[region]:
            if not language.TAKING_PART_RE.search(sentence.text) and \
                    not language.DELEGATION_RE.search(sentence.text):
                continue
            names = _city_names_in(ctx, sentence, people) + _own_city_in(ctx, sentence)
            for slug, span, verb in cities_taking_part(sentence, names) + \
                    _delegations_of_cities(ctx, sentence, names, finder):
                summit = _summit_at(ctx, naming, summits.main, verb, region,
                                    by_section=summits if _looks_back(ctx, summits) else None)
                info = summits.by_slug.get(summit)
                if info is None or not took_place.get(summit) or \
                        named_in_passing(sentence.text, span[0] - sentence.start):
                    continue
                start, end = _summit_days(ctx, info)
                part = _part_holding(sentence, min(span[0], verb), max(span[1], verb),
                                     lines_only=True)
                if start and end and (_sentence_dated_elsewhere(ctx, part, start, end) or
                                      _other_year(part.text, start, end)):
                    continue
                if events.names_the_next_summit(part.text):
                    continue  # "X has applied to host the next summit"
                entry = ctx.city_entries.get(slug) or ctx.gaz.cities_by_slug.get(slug)
                if entry:
                    found.append((summit, entry, span))
    return found


def _delegations_of_cities(ctx: ReleaseContext, sentence: Sentence,
                           cities: list[tuple[int, int, str]], finder: PeopleFinder
                           ) -> list[tuple[str, tuple[int, int], int]]:
    """(city slug, span, offset of the noun) for each delegation the sentence names by its
    city: the city right before the noun ("the Reading delegation", "die Warschauer
    Delegation"), or before it in the genitive or with a relative ("Y's delegation",
    "Y, whose delegation", "Y, dont la délégation"), right after it and
    "from" or "of" ("die Delegation aus X", "la délégation de X") or its people's adjective
    right after it ("la délégation montréalaise"). A
    sentence that negates, puts in the future, only announces or speaks of an absence names
    none there; a part of the sentence set off by a semicolon, a line break or the colon
    after a clause ("We were not alone: X, whose delegation ...") tells of its own delegations.
    """
    named = _delegations_named(ctx, sentence, cities, finder)
    return [(slug, span, at) for slug, span, at in named
            if not _denied_or_announced(_part_holding(sentence, min(span[0], at),
                                                      max(span[1], at)).text)]


def _denied_or_announced(text: str) -> bool:
    """Whether a stretch of text negates, puts in the future, only announces or speaks of an
    absence ("Delegations from X had also been announced")."""
    return bool(language.NEGATION_RE.search(text) or language.FUTURE_RE.search(text) or
                language.ABSENCE_RE.search(text) or _announces(text))


def _announces(text: str) -> bool:
    """Whether a text says a group was only announced or invited ("Delegations from X had
    been invited"), a participle that only names a group ("the invited mayors") aside."""
    named = [m.span() for m in language.ANNOUNCED_ATTRIBUTIVE_RE.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in named)
               for m in language.ANNOUNCED_RE.finditer(text))


def _part_holding(sentence: Sentence, start: int, end: int, *, lines_only: bool = False
                  ) -> Sentence:
    """The part of a sentence that holds the absolute span ``start``-``end``: from the last
    semicolon, line break or colon after a clause before it to the next semicolon or line
    break (a record's lines run together into one sentence). A colon after a label of a few
    words ("Absent: the delegations of X") does not end the label's part: the label tells of
    the list. With ``lines_only``, only line breaks part it (what dates a clause of prose may
    stand in another clause: "On 5 May, at the forum: A's delegation ...")."""
    s, base = sentence.text, sentence.start
    breaks, ends = (_LINE_BREAK, _LINE_BREAK) if lines_only else (_PART_BREAK, _PART_END)
    begin = 0
    for mark in breaks.finditer(s, 0, max(0, start - base)):
        if mark.group() != ":" or len(s[begin:mark.start()].split()) > _LABEL_WORDS:
            begin = mark.end()
    stop = ends.search(s, max(0, end - base))
    return Sentence(sentence.region, base + begin, s[begin:stop.start() if stop else len(s)])


_PART_BREAK = re.compile(r"[;\n]|:(?=\s)")
_PART_END = re.compile(r"[;\n]")
_LINE_BREAK = re.compile(r"\n")
# how many words a label before a colon may have ("Nicht vertreten:", "Not present at the
# summit:"); a longer part before a colon is a clause of its own
_LABEL_WORDS = 5


def _delegations_named(ctx: ReleaseContext, sentence: Sentence,
                       cities: list[tuple[int, int, str]], finder: PeopleFinder
                       ) -> list[tuple[str, tuple[int, int], int]]:
    """(city slug, span, offset of the noun) for each delegation the sentence names by its
    city, whatever the sentence says of it."""
    s, base = sentence.text, sentence.start
    found = []
    for noun in language.DELEGATION_RE.finditer(s):
        at = base + noun.start()
        before = next(((a, b, slug) for a, b, slug in cities
                       if language.DELEGATION_OWNER_RE.fullmatch(ctx.text, b, at) and
                       not _PLACE_BEFORE.search(
                           ctx.text, max(base, a - 12), a)), None)
        if before:
            found.append((before[2], (before[0], before[1]), at))
            continue
        origin = _DELEGATION_OF.match(s, noun.end())
        after = _cities_listed_from(ctx.text, cities, base + origin.end()) if origin else []
        if after:
            found += [(slug, (a, b), at) for a, b, slug in after]
            continue
        city = _city_adjective_before(ctx, s, noun.start())
        word = _WORD_AFTER.match(s, noun.end())
        slug = city or (finder.city_of_demonym(word.group(1)) if word else None)
        if slug:
            span = (base + word.start(1), base + word.end(1)) if not city else \
                (base + s.rfind(" ", 0, noun.start() - 1) + 1, at - 1)
            found.append((slug, span, at))
    return found


def _cities_listed_from(text: str, cities: list[tuple[int, int, str]], pos: int
                        ) -> list[tuple[int, int, str]]:
    """The cities of the list that begins at ``pos`` ("the delegations of A, B and C"): each
    next city follows the last after a comma or "and" only."""
    items = [c for c in cities if c[0] == pos][:1]
    for city in sorted(cities):
        if items and city[0] > items[-1][0] and \
                BETWEEN_ITEMS.fullmatch(text, items[-1][1], city[0]):
            items.append(city)
    return items


# "In Lyon delegations of schools met": a city after a preposition of place is where, not whose
_PLACE_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:{language.PLACE_PREPOSITIONS}|"
                           rf"{language.EVENT_PLACE_PREPOSITIONS})\s+$")
# "Delegation aus X", "delegation from X", "délégation de X"
_DELEGATION_OF = re.compile(rf"(?i)\s+(?:{language.ORIGIN_WORDS}|{language.OF_WORDS})"
                            rf"(?:\s+|(?<=['’]))")
_WORD_AFTER = re.compile(r"\s+([a-zà-ÿ]{5,})\b")


def _city_adjective_before(ctx: ReleaseContext, s: str, pos: int) -> str | None:
    """'die Warschauer Delegation': the city a capitalised adjective right before ``pos``
    stands for (the CITY_ADJECTIVE_ENDINGS table), a city of the reference data."""
    word = re.search(r"([A-ZÄÖÜ][\w'’-]+)\s+$", s[max(0, pos - 40):pos])
    if not word:
        return None
    for ending, name_ending in language.CITY_ADJECTIVE_ENDINGS:
        text = word.group(1)
        if text.endswith(ending) and len(text) - len(ending) >= 3:
            entry = ctx.gaz.city(text[:-len(ending)] + name_ending)
            if entry and entry.in_reference:
                return entry.slug
    return None


def _names_other_year(ctx: ReleaseContext, mention: PersonMention, info: events.SummitInfo
                      ) -> bool:
    """In a text that reports on no summit, whether the sentence that names one also names
    another year ("Das beim Gipfel von 2015 gegründete Netzwerk kam im Mai 2018 zusammen"):
    what it tells of the person may belong to that other year."""
    sentence = ctx.sentence_at(mention.region, mention.start)
    start, end = _summit_days(ctx, info)
    return bool(sentence and start and end and _other_year(sentence.text, start, end))


def _other_year(text: str, start: date, end: date) -> bool:
    """Whether a sentence names a year outside the summit's ("hatte 2016 an einem Forum
    teilgenommen"): a city said to take part there took part in something else."""
    return any(not start.year <= int(y) <= end.year for y in _YEAR.findall(text))


_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]\d)")


def _city_names_in(ctx: ReleaseContext, sentence: Sentence, people: list[tuple[int, int]]
                   ) -> list[tuple[int, int, str]]:
    """The cities a sentence names, as (start, end, slug): those the text was found to give
    and any city of the reference data, but not one inside a person's or organisation's
    name (a university named after its city)."""
    taken = people + [(h.start, h.end) for h in
                      ctx.tools.matchers.orgs_anywhere(sentence.text, sentence.start)]
    names = {(a, b, key.slug) for key in ctx.facts.named("city")
             for a, b in ctx.facts.spans[key] if sentence.start <= a < sentence.end}
    names |= {(h.start, h.end, h.slug)
              for h in ctx.tools.matchers.cities_anywhere(sentence.text, sentence.start)}
    for word in _CAPITALISED.finditer(sentence.text):
        start = sentence.start + word.start()
        if any(a <= start < b for a, b, _ in names) or \
                word.group(0).lower() in language.FUNCTION_WORDS[sentence.language]:
            continue
        city = ctx.tools.matchers.city_at(sentence.text, word.start())
        if city and (city.entry.in_reference or
                     (city.entry.population or 0) >= _TOWN_POPULATION):
            ctx.city_entries.setdefault(city.entry.slug, city.entry)
            names.add((sentence.start + city.start, sentence.start + city.end, city.entry.slug))
    return sorted({(a, _with_name_tail(ctx.text, b), slug) for a, b, slug in names
                   if not any(p <= a < q for p, q in taken)})


def _with_name_tail(text: str, end: int) -> int:
    """Where a city's name ends, past a word that may close it ("Québec City"), so that the
    next item of a list follows right after it."""
    tail = language.CITY_NAME_TAIL_RE.match(text, end)
    return tail.end() if tail else end


def _own_city_in(ctx: ReleaseContext, sentence: Sentence) -> list[tuple[int, int, str]]:
    """'la Ville a pris la parole', 'the City spoke', 'our city took part', 'unsere Stadt war
    vertreten': in a city's own text, outside a quotation (where "our city" is the
    speaker's), the words by which it names itself stand for the publishing city, as
    (start, end, slug)."""
    publisher = cities.publisher(ctx)
    if publisher is None:
        return []
    return [(sentence.start + m.start(), sentence.start + m.end(), publisher[5:])
            for m in language.OWN_CITY_RE.finditer(sentence.text)
            if not quoted(ctx, sentence.start + m.start())]


# a capitalised word that may begin a city's name; a place the reference data does not know
# is taken for a city only from this size on (smaller places share names with common words)
_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-ZÄÖÜÉÈÀÂÎÔÇİ][\w'’.-]*")
_TOWN_POPULATION = 10_000


# "X aus Y", "X from Y", "X, venue de Y", with a verb of coming between them ("X, who had
# come from Y", "X war aus Y angereist", "X était venue de Y"): the city a person comes from
_ORIGIN_AFTER_NAME = re.compile(rf"(?i)\s*,?\s*(?:(?:{language.ARRIVAL_VERBS})\s+)?"
                                rf"(?:{language.ORIGIN_WORDS})\s+")


def _cities_of_origin(ctx: ReleaseContext, spans: set[tuple[int, int]]
                      ) -> list[tuple[CityEntry, tuple[int, int]]]:
    """The cities an attendee is said to come from right after their name ("X aus Y", "X from
    Y", "X, who had come from Y") or, fronted, before the verb of coming and the name ("Aus
    Y war X gekommen", "From Y came X", "De Y était venue X"): cities of attendees take
    part."""
    found = []
    for start, end in sorted(spans):
        origin = _ORIGIN_AFTER_NAME.match(ctx.text, end)
        city = ctx.tools.matchers.city_at(ctx.text, origin.end()) if origin else None
        city = city or _city_of_name(ctx, end) or _city_fronted_before(ctx, start)
        if city:
            found.append((city.entry, (city.start, city.end)))
    return found


# "X of Y looks on": a city right after a name and a word of belonging, ending its noun
# phrase (a stop, a comma, a word in lower case after it; not "of Y's council", "of Y-based",
# "of Y University")
_OF_CITY_AFTER_NAME = re.compile(rf"(?i)\s+(?:{language.PERSON_OF_CITY_WORDS})\s+")
_NOUN_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)\]]|$)|\s+[a-zà-ÿ]")


def _city_of_name(ctx: ReleaseContext, name_end: int) -> CityAt | None:
    """The city a person is named 'of' right after their name ("X of Y"), where the city's
    name ends the noun phrase: the city the person comes from."""
    of = _OF_CITY_AFTER_NAME.match(ctx.text, name_end)
    city = ctx.tools.matchers.city_at(ctx.text, of.end()) if of else None
    if city and city.start == of.end() and _NOUN_PHRASE_END.match(ctx.text, city.end):
        return city
    return None


def _city_fronted_before(ctx: ReleaseContext, name_start: int) -> CityAt | None:
    """'Aus Y war X gekommen', 'From Y came X': the city that opens the sentence of the name,
    before a verb of coming and at most a few words (a role) before the name."""
    region = next((r for r in ctx.regions if r.start <= name_start < r.end), None)
    sentence = ctx.sentence_at(region, name_start) if region else None
    if sentence is None:
        return None
    opening = language.ARRIVAL_FRONTED_RE.match(ctx.text, sentence.start, name_start)
    city = ctx.tools.matchers.city_at(ctx.text, opening.end()) if opening else None
    if city and language.ARRIVAL_FRONTED_VERB_RE.fullmatch(ctx.text, city.end, name_start):
        return city
    return None


def attendance_facts(ctx: ReleaseContext) -> tuple[AttendanceFact, ...]:
    return tuple(AttendanceFact(k.summit, k.person, ctx.facts.evidence(k))
                 for k in ctx.facts.of_type(Attendee))


def participation_facts(ctx: ReleaseContext) -> tuple[ParticipationFact, ...]:
    return tuple(ParticipationFact(k.summit, k.city, ctx.facts.evidence(k))
                 for k in ctx.facts.of_type(Participant))


def _attendance(ctx: ReleaseContext, finder: PeopleFinder, summits: Summits,
                took_place: dict[str, bool], credits: Credits
                ) -> dict[tuple[str, str], set[tuple[int, int]]]:
    """(summit, person) -> the spans naming the person, for every mention that places them."""
    found: dict[tuple[str, str], set] = defaultdict(set)
    main = summits.main
    # the author or a contact named in a byline or contact block is never an attendee,
    # wherever else the text names them ("Tom Sample writes about cities")
    contacts = {m.slug for m in finder.mentions if named_as_contact(ctx.text, m.start)
                or signs_letter(ctx.text, m.start, m.end)
                or credited_after_caption(ctx.text, m.start, m.end)}
    # so is one named by a tie that places nobody ("reporter X", a credit line in capitals)
    listed = {m.slug for m in finder.mentions if m.listed}
    # and so are the sender and recipients of an e-mail, named in its header lines
    excluded = {credits.author, *credits.photographers.values(), *contacts, *listed,
                *correspondents(ctx.text, finder.mentions),
                *_signers_of_a_statement_from_elsewhere(ctx, finder, summits)}
    elsewhere: set[tuple[str, str]] = set()
    placed: set[tuple[str, str]] = set()
    naming = _naming_sentences(ctx, summits)
    by_section = summits if _looks_back(ctx, summits) else None
    # a speaker's label in a debate or a transcript places the speaker in the debate only
    speaking = turn_labels(ctx.text, finder.mentions)
    # and what the chair or another speaker says of a speaker ("Für die CDU spricht der
    # Abgeordnete Dr. X") gives the floor in the debate too
    speakers = {m.slug for m in finder.mentions if m.start in speaking}
    # a text about an event held beside the summit (a service, a concert) places there only
    # those its sentences tell of with the summit ("mayors taking part in the Summit")
    beside = _about_a_side_event(ctx)
    for mention in finder.mentions:
        if not mention.slug or mention.slug in excluded or mention.unplaced_here or \
                mention.start in speaking or mention.slug in speakers or \
                _represented(ctx, mention) or _absent(ctx, finder, mention) or \
                _named_as_owner(ctx, mention) or _thanked_for_no_part(ctx, mention) or \
                _in_a_retracted_claim(ctx, mention) or \
                on_presence_list(ctx.text, mention.start) or \
                (beside and not _sentence_names_a_summit(ctx, mention)):
            continue
        summit = _summit_of_mention(ctx, naming, main, mention, by_section=by_section)
        if mention.other_time and not _office_of_that_summit(ctx, naming, main, summit,
                                                             mention):
            continue
        if took_place.get(summit):
            info = summits.by_slug[summit]
            # while the summit is on, "X will speak on Sunday" does not yet place X there;
            # any mention in the past or present does
            if _during(ctx, info) and _future_only(ctx, mention):
                continue
            if _planned_act(ctx, mention):
                continue
            if _dated_elsewhere(ctx, mention, info) or (
                    main is None and _names_other_year(ctx, mention, info)):
                elsewhere.add((summit, mention.slug))
                continue
            if mention.region.kind != "caption":
                placed.add((summit, mention.slug))
            found[(summit, mention.slug)].add((mention.start, mention.end))
    # the text puts them at another date: a photo without a date does not place them back
    for key in elsewhere - placed:
        found.pop(key, None)
    return found


def _about_a_side_event(ctx: ReleaseContext) -> bool:
    """Whether the heading lines that open the text tie its event to a summit it is held
    beside ("An Interfaith Gathering ... / held on the occasion of the first Summit", "Konzert
    / am Rande des Gipfels", "Exposition / en marge du Sommet"): the event the text sets out,
    its programme and the people who lead it, is another one than the summit."""
    body = next((r for r in ctx.regions if r.kind == "body"), None)
    if body is None:
        return False
    lines = [line for line in ctx.text[body.start:body.end].splitlines() if line.strip()]
    return any(len(line) <= _HEADING_LINE and language.SIDE_EVENT_LINE_RE.match(line)
               for line in lines[:_HEADING_LINES])


# how far into the body, and how long, the heading lines of a programme or a card may run
_HEADING_LINES = 6
_HEADING_LINE = 120


def _sentence_names_a_summit(ctx: ReleaseContext, mention: PersonMention) -> bool:
    """Whether the sentence of a mention names a summit ("the mayors taking part in the
    Summit, among them X"): in a text on a side event, what ties the person to it."""
    sentence = ctx.sentence_at(mention.region, mention.start)
    return sentence is not None and bool(language.SUMMIT_RE.search(sentence.text))


def _signers_of_a_statement_from_elsewhere(ctx: ReleaseContext, finder: PeopleFinder,
                                           summits: Summits) -> set[str]:
    """The people listed, one a line, under a 'Signed by ...:' label of a statement whose
    dateline names a place other than the host of the summit it tells of (an opposition
    group's statement at home on the mayor's trip): they sign the text, its authors, and are
    placed at no summit by it. A statement dated at the host (a declaration signed there),
    or with no dateline, leaves them to the rest of the text."""
    blocks = signed_by_lines(ctx.text)
    if not blocks or not summits.main:
        return set()
    host = summits.by_slug[summits.main].host
    place = _dateline_place(ctx)
    if host is None or place is None or place == host:
        return set()
    return {m.slug for m in finder.mentions if m.slug and any(
        a <= m.start < b and not ctx.text[ctx.text.rfind("\n", 0, m.start) + 1:m.start].strip(
            " \t*_•-") for a, b in blocks)}


def _dateline_place(ctx: ReleaseContext) -> str | None:
    """The city of the first line that opens on a dateline ("X, le 10 septembre 2019 – "):
    where the text was written."""
    for line in ctx.text.splitlines():
        if opens_with_dateline(line):
            found = ctx.tools.matchers.city_at(line, 0)
            return found.entry.slug if found else None
    return None


def _office_of_that_summit(ctx: ReleaseContext,
                           naming: dict[int, tuple[Sentence, set[str]]], main: str | None,
                           summit: str | None, mention: PersonMention) -> bool:
    """'der damalige Bürgermeister von X, Y, hatte zum ersten Gipfel eingeladen', 'the then
    mayor X convened the first summit', 'X, alors maire de Y, a accueilli le premier Sommet':
    an office of that time, in a sentence that names an earlier summit, places the person at
    that summit (a 'former' office does not)."""
    sentence = ctx.sentence_at(mention.region, mention.start)
    if sentence is None or summit is None or summit == main or \
            summit not in naming.get(sentence.start, (None, set()))[1]:
        return False
    head = ctx.text[max(sentence.start, mention.start - 60):mention.start]
    tail = ctx.text[mention.end:min(sentence.end, mention.end + 30)]
    return bool(language.AT_THAT_TIME_RE.search(head) or
                language.AT_THAT_TIME_APPOSITION_RE.match(tail))


def _naming_sentences(ctx: ReleaseContext, summits: Summits
                      ) -> dict[int, tuple[Sentence, set[str]]]:
    """Sentence start -> (sentence end, the summits it names by ordinal or year, a run of
    days or a host with its year), leaving out a summit that only dates what the sentence
    tells ('three months after the first summit') and an ordinal the summit does not bear."""
    naming: dict[int, tuple[Sentence, set[str]]] = {}
    for info in summits.by_slug.values():
        for m in info.mentions:
            if not (m.ordinal or m.year) or _time_point(ctx, m) or \
                    _place_described(ctx, m) or _year_only_cited(m) or (
                    summits.main and info.slug != summits.main and _recalled(ctx, m)) or (
                    m.ordinal and info.ordinal and m.ordinal != info.ordinal):
                continue
            naming.setdefault(m.sentence.start, (m.sentence, set()))[1].add(info.slug)
    for sentence, slug in _named_by_host(ctx, summits):
        naming.setdefault(sentence.start, (sentence, set()))[1].add(slug)
    if _looks_back(ctx, summits):
        for region in ctx.regions:
            if region.kind not in ("body", "caption"):
                continue
            for sentence in ctx.sentences[region]:
                if language.TIME_RELATION_RE.search(sentence.text):
                    continue  # "two years after the summit in X": dated from it, not at it
                for clause in _clauses(sentence):
                    slugs = _summits_dated_or_placed(ctx, summits, clause)
                    if len(slugs) == 1 and clause.start not in naming:
                        naming[clause.start] = (clause, slugs)
    return naming


def _named_by_host(ctx: ReleaseContext, summits: Summits) -> list[tuple[Sentence, str]]:
    """'Lors du sommet de X', 'at the summit in X', 'the X summit', 'the summit in X':
    (sentence, summit) for each mention named by its host alone, the one summit of the text
    that city hosted (the reader of summits leaves such a mention to the main one)."""
    hosts: dict[str, list[str]] = defaultdict(list)
    for info in summits.by_slug.values():
        if info.host:
            hosts[info.host].append(info.slug)
    found = []
    for info in summits.by_slug.values():
        for m in info.mentions:
            if m.ordinal or m.year or _time_point(ctx, m) or _place_described(ctx, m):
                continue
            after = _HOST_AFTER.match(ctx.text, m.end)
            city = ctx.tools.matchers.city_at(ctx.text, after.end()) if after else None
            before = re.search(r"([A-ZÄÖÜÉİ][\w'’.-]+)\s+$", ctx.text[max(0, m.start - 30):m.start])
            if city is None and before:
                city = ctx.tools.matchers.city_at(ctx.text, m.start - len(before.group(0)))
                city = city if city and city.end == m.start - len(before.group(0)) + len(
                    before.group(1)) else None
            slugs = hosts.get(city.entry.slug, []) if city else []
            if len(slugs) == 1:
                found.append((m.sentence, slugs[0]))
    return found


# "sommet de X", "summit in X", "Gipfel in X": the host right after the summit's noun
_HOST_AFTER = re.compile(rf"(?i)\s+(?:{language.OF_WORDS}|{language.PLACE_PREPOSITIONS}|"
                         rf"{language.EVENT_PLACE_PREPOSITIONS})(?:\s+|(?<=['’]))")


# the words a recalling verb may stand before, or after, the summit it governs
_RECALL_WORDS = 4


def _recalled(ctx: ReleaseContext, summit: events.SummitMention) -> bool:
    """'X recalled the first summit in 2015', 'dass sie an die erste Konferenz 2015 in ihrer
    Stadt erinnert hat', 'X a rappelé le premier Sommet de 2015': an earlier summit that
    someone recalls at the event the text reports on is a memory told there; the people of
    the sentence, and of the passage it opens, are at that event, not at the one recalled."""
    sentence = summit.sentence
    head = ctx.text[max(sentence.start, summit.start - 80):summit.start]
    if _governs(language.RECALL_RE, head):
        return True
    if language.RECALL_TAIL_LEAD_RE is None or language.RECALL_TAIL_RE is None or \
            not _governs(language.RECALL_TAIL_LEAD_RE, head):
        return False
    tail = re.split(r"[,;:.!?()–—]", ctx.text[summit.end:min(sentence.end,
                                                               summit.end + 80)])[0]
    verb = language.RECALL_TAIL_RE.search(tail)
    return bool(verb) and len(tail[:verb.start()].split()) <= _RECALL_WORDS


def _governs(cue: re.Pattern, head: str) -> bool:
    """Whether the last match of ``cue`` in ``head`` stands a few words before its end with
    no clause break between (the cue's phrase runs on to the summit named after it)."""
    last = None
    for last in cue.finditer(head):
        pass
    rest = head[last.end():] if last else ""
    return bool(last) and len(rest.split()) <= _RECALL_WORDS and \
        not re.search(r"[,;:()]", rest)


def _year_only_cited(summit: events.SummitMention) -> bool:
    """'The meeting was held behind closed doors (Marchetti 2019: 112)': a summit named by
    no ordinal or host whose year stands only in brackets (a source cited, an aside) is not
    named by that year."""
    if summit.ordinal or summit.host or not summit.year:
        return False
    text = summit.sentence.text
    outside = re.sub(r"\([^()]*\)", "", text)
    return str(summit.year) in text and str(summit.year) not in outside


def _looks_back(ctx: ReleaseContext, summits: Summits) -> bool:
    """Whether the text looks back, over a month after them, on several summits or on one it
    does not report on (a feature, an exhibition, a study): its 'main' summit, if any, is only
    the latest, and what its sections tell is placed by their own dates and places."""
    if not summits.by_slug or ctx.published is None or (
            summits.main and len(summits.by_slug) < 2):
        return False
    ends = [_summit_days(ctx, info)[1] for info in summits.by_slug.values()]
    return all(end and (ctx.published - end).days > 30 for end in ends)


def _summits_dated_or_placed(ctx: ReleaseContext, summits: Summits, sentence: Sentence
                             ) -> set[str]:
    """The summits a sentence tells of by a day of theirs written in full ('Group photo of
    the mayors, 11 June 2015') or by their host after a preposition of place ('In X, Y took
    part in a workshop')."""
    places = {city.entry.slug for m in _PLACE_PREPOSITION.finditer(sentence.text)
              for city in [ctx.tools.matchers.city_at(sentence.text, m.end())] if city}
    return _summits_dated(ctx, summits, sentence) | {
        info.slug for info in summits.by_slug.values() if info.host in places}


def _summits_dated(ctx: ReleaseContext, summits: Summits, sentence: Sentence) -> set[str]:
    """The summits a sentence dates by a day of theirs written in full, year and all."""
    days = [d for d in dates_of(sentence, ctx.published)
            if d.precision == "day" and not d.relative]
    found = set()
    for info in summits.by_slug.values():
        start, end = _summit_days(ctx, info)
        if start and end and any(start <= d.first and d.last <= end for d in days):
            found.add(info.slug)
    return found


_PLACE_PREPOSITION = re.compile(rf"(?i)(?<![\w-])(?:{language.PLACE_PREPOSITIONS}|"
                                rf"{language.EVENT_PLACE_PREPOSITIONS})\s+")


def _clauses(sentence: Sentence) -> list[Sentence]:
    """The parts of a sentence between semicolons: 'Its host, X, had put his city forward;
    Y had also signed in Z' places X by its own clause, not by the place of the other."""
    found, start = [], 0
    for part in sentence.text.split(";"):
        found.append(Sentence(sentence.region, sentence.start + start, part))
        start += len(part) + 1
    return found


def _summit_of_mention(ctx: ReleaseContext, naming: dict[int, tuple[Sentence, set[str]]],
                       main: str | None, mention: PersonMention, *,
                       by_section: Summits | None = None) -> str | None:
    """The summit a person's mention tells of: the one its sentence names, else the one the
    nearest sentence before it in the same paragraph names ("At the first summit, in 2015,
    ...  X spoke"), else the summit the release reports on. A sentence that names the main
    summit beside others tells of the main one."""
    return _summit_at(ctx, naming, main, mention.start, mention.region, by_section=by_section)


def _summit_at(ctx: ReleaseContext, naming: dict[int, tuple[Sentence, set[str]]],
               main: str | None, pos: int, region: Region, *,
               by_section: Summits | None = None) -> str | None:
    """The summit the words at ``pos`` tell of: the one their sentence and paragraph tell of
    (``_summit_in_paragraph``), within what the passage around them speaks of where the body
    is cut into passages by heading lines (a slide, a digest's item, a section: see
    ``ltgraph.extract.passages``)."""
    found = _summit_in_paragraph(ctx, naming, main, pos, region, by_section=by_section)
    # a passage whose only word of a summit dates a founding speaks of no summit by it
    named = [(sentence.start, sentence.end, slugs) for sentence, slugs in naming.values()
             if sentence.start <= pos < sentence.end or not _dates_a_founding(sentence)]
    known = {slug: (entry.host, entry.year) for slug, entry in ctx.gaz.summits.items()}
    return passage_summit(ctx, region, pos, named, known, main, found)


def _summit_in_paragraph(ctx: ReleaseContext, naming: dict[int, tuple[Sentence, set[str]]],
                         main: str | None, pos: int, region: Region, *,
                         by_section: Summits | None = None) -> str | None:
    """The summit the words at ``pos`` tell of (see ``_summit_of_mention``); in a text that
    reports on no summit, only one their own sentence names (a paragraph that recalls a
    summit may go on to other things: a guest, a later study). A sentence that looks back in
    the pluperfect ("His predecessor had hosted the second summit, in 2019.") tells of that
    summit alone: the story goes on at the summit the release reports on. In a text that
    looks back on several summits (``by_section``), the sentence before may be in an earlier
    paragraph of the same section ("On 10 and 11 June 2015 the city gathered mayors ... [new
    paragraph] The mayors of X and Y signed"); where it reports on none, the sentence right
    before counts when it dates itself by a day of that summit ("Group photo, 11 June 2015.
    Front row: X")."""
    paragraph = ctx.text.rfind("\n\n", 0, pos)
    if by_section and main:
        paragraph = max((i.start for i in items_of(ctx.text, region) if i.start <= pos),
                        default=region.start) - 1
    best = None
    for start, (sentence, slugs) in naming.items():
        if start <= pos < sentence.end:
            if _told_of_a_predecessor(sentence, pos):
                return main  # "X, whose predecessor hosted the second summit, spoke"
            if main and main not in slugs and _names_summits_in_passing(sentence) and \
                    not any(a <= pos < b for a, b in _asides(sentence)):
                return main  # "Like the first summit in 2015, the second opened with X"
            best = (start, slugs)
            break
        if main and main not in slugs and _names_summits_in_passing(sentence):
            continue  # "35 cities signed the text, which carries on the first summit's."
        if _dates_a_founding(sentence):
            continue  # "The network was founded at the first summit. Mayor X welcomed ..."
        if (main or (len(slugs) == 1 and _tells_of_an_event(ctx, pos, region)) or
                (by_section and _right_before(ctx, sentence, pos, region) and
                 _summits_dated(ctx, by_section, sentence) == slugs)) and \
                paragraph < start and sentence.end <= pos and \
                sentence.region is region and region.kind == "body" and \
                (best is None or start > best[0]):
            best = (start, {main} if language.FLASHBACK_RE.search(sentence.text) else slugs)
    if best is None and main is None:
        return _summit_named_again(ctx, naming, pos, region)
    if best is None or main in best[1]:
        return main
    return sorted(best[1])[0]


def _dates_a_founding(sentence: Sentence) -> bool:
    """Whether a sentence names a summit as where or when something was founded ("Das
    Observatorium wurde 2015 in X gegründet, beim ersten Gipfel", "the network, created at
    the first summit"), telling of no event held there: background that dates the body it
    speaks of, so the sentences after it do not go on at that summit."""
    return bool(language.FOUNDING_RE.search(sentence.text)) and not re.search(
        rf"(?i)\b(?:{language.EVENT_PLACE_VERBS})", sentence.text)


def _asides(sentence: Sentence) -> list[tuple[int, int]]:
    """The clauses of a sentence that bring something in by the way (absolute spans): one
    that opens on a comparison or a word of carrying on ("like", "wie schon", "comme lors
    du", "dans la continuité de"), or a relative clause set off by a comma (", qui ...",
    ", which ..."), each up to the end of its clause."""
    s, found = sentence.text, []
    opens = [m.start() for m in language.SUMMIT_ASIDE_RE.finditer(s)] + [
        m.start() for m in re.finditer(r",", s)
        if language.SUMMIT_ASIDE_RELATIVE_RE.match(s, m.end())]
    for start in opens:
        end = _CLAUSE_END.search(s, start + 1)
        found.append((sentence.start + start, sentence.start + (end.start() if end else len(s))))
    return found


_CLAUSE_END = re.compile(r"[,;:.!?()–—]")


def _names_summits_in_passing(sentence: Sentence) -> bool:
    """Whether every word by which a sentence names a summit, its noun and its years, stands
    in an aside ("Trente-cinq villes ont signé le texte, qui s'inscrit dans la continuité de
    la Déclaration adoptée en 2015 au premier Sommet"): the sentence tells of the summit the
    text reports on, and so do the ones after it; the earlier summit is only recalled."""
    asides = _asides(sentence)
    if not asides:
        return False
    words = [m.start() for m in language.SUMMIT_RE.finditer(sentence.text)] + \
        [m.start() for m in _YEAR.finditer(sentence.text)]
    return bool(words) and all(any(a <= sentence.start + w < b for a, b in asides)
                               for w in words)


def _summit_named_again(ctx: ReleaseContext, naming: dict[int, tuple[Sentence, set[str]]],
                        pos: int, region: Region) -> str | None:
    """In a text that reports on no summit, the summit a sentence names again by its bare
    noun and names no year ("Hosted by Lord Mayor X, the summit discussed ...", "Der Gipfel
    begann am Freitag mit einem Empfang durch X"): the one the text named as a summit
    before it, paragraphs back, where it named one summit alone; a bare noun cannot pick one
    of several, nor stand for a summit only dated or placed ("10 h, heure de Y")."""
    sentence = ctx.sentence_at(region, pos)
    if sentence is None or region.kind != "body" or _YEAR.search(sentence.text) or \
            not language.SUMMIT_ANAPHOR_RE.search(sentence.text):
        return None
    before = {slug for named, slugs in naming.values()
              if named.region is region and named.end <= sentence.start
              and language.SUMMIT_RE.search(named.text) for slug in slugs}
    return next(iter(before)) if len(before) == 1 else None


def _told_of_a_predecessor(sentence: Sentence, pos: int) -> bool:
    """Whether the summit the sentence names is told of in a relative clause about the
    predecessor or successor of a person named before it ("X, whose predecessor hosted the
    second summit in 2019, spoke", "X, dessen Vorgänger ...", "X, dont le prédécesseur ..."),
    and the words at ``pos`` stand outside that clause: what they tell is not at that summit."""
    clause = language.SUCCESSION_RELATIVE_RE.search(sentence.text)
    if clause is None or sentence.start + clause.start() <= pos:
        return False
    end = sentence.text.find(",", clause.end())
    end = len(sentence.text) if end < 0 else end
    return bool(language.SUMMIT_RE.search(sentence.text, clause.end(), end)) and \
        not language.SUMMIT_RE.search(sentence.text, 0, clause.start()) and \
        not language.SUMMIT_RE.search(sentence.text, end)


def _right_before(ctx: ReleaseContext, sentence: Sentence, pos: int, region: Region) -> bool:
    """Whether ``sentence`` is the one right before the sentence at ``pos`` ('Group photo of
    the mayors, 11 June 2015. Front row: X, Y')."""
    here = ctx.sentence_at(region, pos)
    return bool(here) and sentence.end <= here.start and \
        not ctx.text[sentence.end:here.start].strip()


def _tells_of_an_event(ctx: ReleaseContext, pos: int, region: Region) -> bool:
    """In a text that reports on no summit, whether the sentence at ``pos`` goes on telling
    of the one the sentence before it names ("It was held in X in 2019. Y led the Reading
    delegation", "Z y accueille une quarantaine de délégations"): it speaks of a delegation,
    of hosting, of coming, or of "there", and names no year of its own."""
    sentence = ctx.sentence_at(region, pos)
    return bool(sentence and language.EVENT_SEQUEL_RE.search(sentence.text)
                and not _YEAR.search(sentence.text))


def _summit_days(ctx: ReleaseContext, info: events.SummitInfo
                 ) -> tuple[date | None, date | None]:
    """The first and last day of a summit, from the release or else the reference data."""
    entry = ctx.gaz.summits.get(info.slug)
    start = info.start or (entry.start if entry else None)
    end = info.end or (entry.end if entry else None) or start
    return start, end


def _group_cities(ctx: ReleaseContext, summits: Summits, slug: str, finder: PeopleFinder
                  ) -> list[tuple[CityEntry, tuple[int, int]]]:
    """Cities listed as members of a group that takes part in the summit ``slug``
    ("Delegationen aus X und Y", "the cities represented ... They include metropolises such
    as X and Y"): a group in a sentence that tells of a summit takes part in that one ("at
    the second summit, beside the representatives of X and Y"; "From 30 August to 1
    September 2019 I saw elected officials of X and Y"), whether or not it is the summit the
    text reports on; a summit other than the main one must be told of by the sentence or its
    passage, never by default."""
    info = summits.by_slug[slug]
    start, end = _summit_days(ctx, info)
    naming = _naming_sentences(ctx, summits)
    by_section = summits if _looks_back(ctx, summits) else None
    people = [(m.start, m.end) for m in finder.mentions]
    found: list[tuple[CityEntry, tuple[int, int]]] = []
    for region in ctx.regions:
        if region.kind not in ("body", "headline", "subheadline"):
            continue
        group_open = False
        for sentence in ctx.sentences[region]:
            s = sentence.text
            here = language.PARTICIPANT_GROUP_RE.search(s)
            colon_list = language.CITY_GROUP_LIST_RE.search(s)
            if colon_list and not here:
                # the list after the colon
                here, origin = colon_list, s.rfind(":", 0, colon_list.end())
            elif here:
                origin = here.start()
            elif group_open and language.ANAPHORIC_LIST_RE.match(s):
                origin = 0
            else:
                group_open = False
                continue
            group_open = bool(here)
            # a group only said to be coming ("sollten auch Delegationen aus X teilnehmen",
            # "devaient participer") or said to be absent is not one that took part
            if language.FUTURE_RE.search(s) or _announces(s) or \
                    language.ABSENCE_RE.search(s) or events.names_the_next_summit(s) or \
                    (start and year_elsewhere(s, start, end)) \
                    or _summit_at(ctx, naming, summits.main, sentence.start, region,
                                  by_section=by_section) != slug:
                continue
            for cue in language.PARTICIPANT_LIST_CUE_RE.finditer(s, origin):
                if _DECLARATION_BEFORE.search(s, 0, cue.start()):
                    continue  # "la Déclaration de X": the declaration's name, no list
                for city in _city_list(ctx, s, cue.end()):
                    span = (sentence.start + city.start, sentence.start + city.end)
                    if not any(p <= span[0] < q for p, q in people) and \
                            not named_in_passing(s, city.start) and \
                            not _DECLARATION_AFTER.match(s, city.end):
                        found.append((city.entry, span))
    return found


# "the Declaration of X", "la Déclaration de X", "die Erklärung von X" (a cue right after the
# word of a declaration) and "the X Declaration" (the word right after the city): a city that
# names a declaration is no member of a group that took part
_DECLARATION_BEFORE = re.compile(rf"(?i)\b(?:{language.DECLARATION_WORDS})\s*$")
_DECLARATION_AFTER = re.compile(rf"(?i)(?:['’]s)?[\s-]+(?:{language.DECLARATION_WORDS})\b")


def _city_list(ctx: ReleaseContext, s: str, pos: int) -> list[CityAt]:
    """The cities of a list that starts at ``pos``: 'X, Y und Z', 'X and Y', and the ends of
    a range, 'from X and Y to Z' ('von X bis Y', 'de X à Y')."""
    items = []
    found = ctx.tools.matchers.city_after(s, pos, max_tokens=2)
    while found:
        items.append(found)
        nxt = re.match(rf"\s*(?:,\s*(?:{language.LIST_JOINERS})?|[•·–—-]|"
                       rf"(?:{language.LIST_JOINERS})|(?:{language.CITY_RANGE_WORDS})(?!\w))"
                       rf"\s*(?:(?:{language.LIST_JOINERS})\s*)?",
                       s[found.end:])
        if not nxt or not nxt.group(0).strip():
            break
        found = ctx.tools.matchers.city_at(s, found.end + nxt.end())
    return items


def _time_point(ctx: ReleaseContext, summit: events.SummitMention) -> bool:
    """'three months after the first summit', 'vier Jahre nach dem ersten Gipfel', 'après
    notre premier sommet': a summit that only dates what the sentence tells is not where the
    people of the sentence were."""
    head = ctx.text[max(summit.sentence.start, summit.start - 40):summit.start]
    relation = None
    for relation in language.TIME_RELATION_RE.finditer(head):
        pass
    return bool(relation) and len(head[relation.end():].split()) <= 3 and not re.search(
        r"[,;:]", head[relation.end():])


# the words a clause about a place or the network may run before the summit it names
_CLAUSE_WORDS = 12


def _place_described(ctx: ReleaseContext, summit: events.SummitMention) -> bool:
    """'mayor of the host city, where the first summit was held', ', wo der erste Gipfel stattfand',
    ', où s'est tenu le premier sommet', 'the city that hosted the second summit', 'das Netzwerk,
    das beim ersten Gipfel ...', 'le réseau fondé lors du premier sommet': a summit named in a
    clause about a place or the network says what the place is known for, not where the people
    of the sentence were; so is a year read
    for 'the summit' earlier in the sentence only from such a clause ('opened the summit ...
    its host city, where the first summit was held back in 2015')."""
    head = ctx.text[max(summit.sentence.start, summit.start - 100):summit.start]
    relative = None
    for relative in language.PLACE_RELATIVE_RE.finditer(head):
        pass
    if relative and len(head[relative.end():].split()) <= 4 and not re.search(
            r"[,;:()]", head[relative.end():]):
        return True
    clause = None
    for clause in language.PLACE_CLAUSE_RE.finditer(head):
        pass
    if clause and len(head[clause.end():].split()) <= _CLAUSE_WORDS and not re.search(
            r"[,;:()]", head[clause.end():]):
        # "the city that hosted the second summit", "le réseau fondé lors du ...", "the
        # network created on the initiative of the City of Y at the first summit"
        return True
    if _city_apposition(ctx, head, summit.start - len(head)):
        return True
    if summit.ordinal or not summit.year:
        return False
    before = ctx.text[summit.sentence.start:summit.end]
    after = ctx.text[summit.end:summit.sentence.end]
    year = str(summit.year)
    return any(relative and year in after[relative.end():] and
               year not in before + after[:relative.start()]
               for relative in (language.PLACE_RELATIVE_RE.search(after),
                                language.PLACE_CLAUSE_RE.search(after)))


def _city_apposition(ctx: ReleaseContext, head: str, offset: int) -> bool:
    """Whether the words before a summit end in a city's apposition as its host ("X,
    Gastgeberin des zweiten Gipfels", "X, host of the second summit", "X,
    hôte du deuxième sommet"): the summit tells what the city is known for. A person's
    apposition ("X, host of the second summit") is no such description: it places X there."""
    apposition = None
    for apposition in language.HOST_APPOSITION_RE.finditer(head):
        pass
    if apposition is None or len(head[apposition.end():].split()) > 3 or re.search(
            r"[,;:()]", head[apposition.end():]):
        return False
    word = re.search(r"([A-ZÄÖÜÉİ][\w'’.-]+)\s*$", head[:apposition.start()])
    if word is None:
        return False
    city = ctx.tools.matchers.city_at(ctx.text, offset + word.start(1))
    return city is not None and city.end == offset + word.end(1)


def _absent(ctx: ReleaseContext, finder: PeopleFinder, mention: PersonMention) -> bool:
    """'X, who could not attend, ...', 'X war verhindert', 'excusée de X': the person a cue of
    absence speaks of (the one after 'from', 'von', 'de' right behind it, else the last named
    before it in the clause) was not there. Speaking by video message is taking part."""
    sentence = ctx.sentence_at(mention.region, mention.start)
    if sentence is None:
        return False
    here = [m for m in finder.mentions if sentence.start <= m.start < sentence.end]
    for cue in language.ABSENCE_RE.finditer(sentence.text):
        start, end = sentence.start + cue.start(), sentence.start + cue.end()
        source = _ABSENCE_SOURCE.match(ctx.text, end)
        if source:
            after = [m for m in here if source.end() <= m.start <= source.end() + 40]
            target = after[0] if after else None
        else:
            before = [m for m in here if m.end <= start
                      and _subject_of(ctx.text[m.end:start])]
            target = before[-1] if before else None
        if target is not None and target.slug == mention.slug:
            return True
    return False


def _subject_of(between: str) -> bool:
    """Whether a cue after ``between`` speaks of the name before it: 'X, Mayor of Y, who
    could not attend', 'X war beim Gipfel verhindert', not 'X spoke for a colleague who could
    not attend' (the relative pronoun follows another word) nor across a ';'."""
    if ";" in between:
        return False
    relative = language.RELATIVE_PRONOUN_END_RE.search(between)
    if relative:
        # past one apposition, whose city may carry its own comma ("Washington, D.C.")
        return bool(re.fullmatch(r"\s*(?:,[^,]*(?:,\s*\S+(?:\s+\S+)?)?)?,\s*",
                                 between[:relative.start()]))
    return len(re.findall(r"[^\W\d_]+", between)) <= 6


_ABSENCE_SOURCE = re.compile(rf"(?i)\s+(?:{language.ORIGIN_WORDS}|{language.OF_WORDS}|"
                             rf"{language.PASSIVE_AGENTS})\s+")


def _represented(ctx: ReleaseContext, mention: PersonMention) -> bool:
    """'Mme X y représentait la mairesse, Mme Y': the person stood in for is not there (the
    agent of the passive, 'représentée par Mme X', is)."""
    head = ctx.text[max(0, mention.start - 80):mention.start]
    verb = None
    for verb in language.REPRESENTING_RE.finditer(head):
        pass
    return bool(verb) and not re.search(r"[.;]", head[verb.end():]) and not \
        language.PASSIVE_AGENT_RE.match(head, verb.end())  # "represented by X": X is there


def _thanked_for_no_part(ctx: ReleaseContext, mention: PersonMention) -> bool:
    """'Un grand merci à X pour son engagement', 'Many thanks to my colleagues X and Y for the
    coffee', 'Dank an X für die Unterstützung': a person a thanks opens on, in a sentence that
    names no summit and whose thanks names no part in an event (a welcome, a speech, a
    presence, a session), is thanked for what the text does not place at the summit: the
    mention places them nowhere. 'We thank Mayor X for her hospitality' and 'Merci à X, qui
    m'a accordé un entretien en marge du Sommet' still do."""
    sentence = ctx.sentence_at(mention.region, mention.start)
    if sentence is None:
        return False
    thanks = None
    for thanks in language.THANKS_RE.finditer(ctx.text, sentence.start, mention.start):
        pass
    if thanks is None or ";" in ctx.text[thanks.end():mention.start]:
        return False
    end = ctx.text.find(";", mention.end, sentence.end)
    end = end if end >= 0 else sentence.end
    clause = ctx.text[thanks.start():end]
    told = sentence.text
    # "pour son soutien à l'organisation du Sommet": the summit the help prepared is no part
    preparing = language.PREPARATION_SUPPORT_RE.search(clause)
    if preparing:
        clause = clause[:preparing.start()]
        told = ctx.text[sentence.start:thanks.start()] + clause + ctx.text[end:sentence.end]
    return not (language.SUMMITS_RE.search(told) or
                language.EVENT_PART_RE.search(clause) or
                language.THANKED_FOR_A_PART_RE.search(clause) or
                language.WELCOME_RE.search(clause) or language.TAKING_PART_RE.search(clause))


def _named_as_owner(ctx: ReleaseContext, mention: PersonMention) -> bool:
    """'sits on Mayor X's executive committee', "X's city launched the network", 'the
    predecessor of Mayor X', 'le comité exécutif de la mairesse X', 'das Team von
    Oberbürgermeister X': a person named only as the owner of a body or a relation is told
    of through it; the mention places the owner at no summit."""
    head = ctx.text[max(mention.region.start, mention.start - 80):mention.start]
    return bool(language.OWNED_AFTER_NAME_RE.match(ctx.text, mention.end) or
                (language.OWNED_BEFORE_NAME_RE.search(head) and "\n" not in
                 head[language.OWNED_BEFORE_NAME_RE.search(head).start():]))


def _during(ctx: ReleaseContext, info: events.SummitInfo) -> bool:
    """Whether the release was published before the summit's last day."""
    entry = ctx.gaz.summits.get(info.slug)
    end = info.end or (entry.end if entry else None)
    return bool(ctx.published and end and ctx.published < end)


def _dated_elsewhere(ctx: ReleaseContext, mention: PersonMention, info: events.SummitInfo
                     ) -> bool:
    """True when the sentence of this mention dates what it tells outside the summit's
    days ('visited the city hall on 12 May 2022'): no place at the summit."""
    start, end = _summit_days(ctx, info)
    if start is None:
        return False
    if mention.region.kind == "caption" and language.ARCHIVE_RE.search(mention.region.text):
        return True  # an archive photo shows another day
    sentence = _with_its_entry(ctx, ctx.sentence_at(mention.region, mention.start))
    if sentence is not None and language.TIME_OFFSET_RE.search(sentence.text):
        return True  # "ten days before the delegations arrived": another day than the summit's
    if sentence is not None and _told_over_years(sentence, mention.start):
        return True
    return _sentence_dated_elsewhere(ctx, sentence, start, end) or (
        sentence is not None and
        _sentence_dated_elsewhere(ctx, _clause_around(sentence, mention.start), start, end))


def _with_its_entry(ctx: ReleaseContext, sentence: Sentence | None) -> Sentence | None:
    """A short label that opens a line of a list or an alphabet book ("Z comme X. X, maire
    de Y, était à Z en juin 2018 ...", "X. Attended the forum in May 2018") is dated by the
    entry it opens: the sentence is widened to the rest of its line."""
    if sentence is None or not _entry_label(sentence.text) or \
            (sentence.start > 0 and ctx.text[sentence.start - 1] != "\n"):
        return sentence
    line_end = ctx.text.find("\n", sentence.end)
    line_end = min(len(ctx.text) if line_end < 0 else line_end, sentence.region.end)
    if line_end <= sentence.end or not ctx.text[sentence.end:line_end].strip():
        return sentence
    return Sentence(sentence.region, sentence.start, ctx.text[sentence.start:line_end])


def _entry_label(text: str) -> bool:
    """Whether a sentence is the label of a list's entry rather than a statement: an alphabet
    book's letter and its word ("Z comme X.", "Z is for X."), or a few words that are all
    capitalised ("Anna Muster.", "Neustadt-Süd:"), with no verb of their own."""
    label = text.strip()
    words = label.split()
    if not label.endswith((".", ":")) or not words or len(words) > _ENTRY_LABEL_WORDS:
        return False
    return bool(language.ALPHABET_ENTRY_RE.match(label)) or \
        all(w[0].isupper() or w[0].isdigit() for w in words)


# how many words a label opening a list's entry has at most ("Z comme Jean-Marc Muster.")
_ENTRY_LABEL_WORDS = 6


def _in_a_retracted_claim(ctx: ReleaseContext, mention: PersonMention) -> bool:
    """Whether the mention follows, in its clause, a claim the text says was removed or
    withdrawn ("removed the claim that X chaired the summit", "a supprimé l'affirmation
    selon laquelle X ...", "entfernte die Behauptung, X habe ..."): reported as untrue."""
    sentence = ctx.sentence_at(mention.region, mention.start)
    if sentence is None:
        return False
    clause = _clause_around(sentence, mention.start)
    return bool(language.RETRACTED_CLAIM_RE.search(clause.text[:mention.start - clause.start]))


def _told_over_years(sentence: Sentence, pos: int) -> bool:
    """'whose first president was X (2015–2019)', 'De 2015 à 2019, l'Observatoire a été
    présidé par X', 'von 2015 bis 2019 leitete X das Netzwerk': a clause that dates what it
    tells of the person by a span of several years tells of a period (a term of office), not
    of a summit's days. A sentence that names a summit dates the summit ("the 2015 summit,
    chaired by X (2015–2019)" still speaks of it; "president 2015–2019, and ... chaired the
    summit" does not)."""
    clause = _clause_around(sentence, pos)
    before = clause.start - sentence.start
    # a summit named only after the span ("president 2015–2019, and ... the Y
    # summit") does not make the span the summit's
    return any(years[0][-2:] != years[-1][-2:] and
               not language.SUMMIT_RE.search(sentence.text[:before + span.end()])
               for span in language.YEAR_SPAN_RE.finditer(clause.text)
               for years in [re.findall(r"\d+", span.group(0))])


def _clause_around(sentence: Sentence, pos: int) -> Sentence:
    """The part of a sentence between semicolons that holds ``pos``: 'Its first conference
    had been held in 2015 in Y; X signed its declaration in September 2015 on a
    visit' dates what it tells of X by its own clause, whatever the other clause names."""
    at = pos - sentence.start
    first = sentence.text.rfind(";", 0, at) + 1
    last = sentence.text.find(";", at)
    last = len(sentence.text) if last < 0 else last
    return Sentence(sentence.region, sentence.start + first, sentence.text[first:last])


def _signed_elsewhere(ctx: ReleaseContext, spans: set[tuple[int, int]],
                      info: events.SummitInfo | None) -> bool:
    """'X travelled to Y and signed the Y Declaration there on 24 September', months after
    the summit: a city whose every signature the text dates outside the summit's days signed
    later (or earlier), and took no part in the summit."""
    if info is None or not spans:
        return False
    start, end = _summit_days(ctx, info)
    if start is None:
        return False
    for pos, _ in spans:
        region = next((r for r in ctx.regions if r.start <= pos < r.end), None)
        sentence = statement_of_value(ctx, pos) or (
            ctx.sentence_at(region, pos) if region else None)
        if sentence is None or not _sentence_dated_elsewhere(
                ctx, _without_relative_clause_after(sentence, pos), start, end):
            return False
    return True


# "the document, which asks cities to mark ... every May 16", "le texte, qui ...", "die
# Erklärung, die ...": a relative clause that tells of the signed text, not of the signing
_RELATIVE_CLAUSE = re.compile(rf"(?i)\b(?:{language.DOCUMENT_WORDS}|{language.DECLARATION_WORDS})"
                              rf"\w*\s*,\s*(?:{language.RELATIVE_PRONOUNS})\s")


def _without_relative_clause_after(sentence: Sentence, pos: int) -> Sentence:
    """The sentence cut where a relative clause on the signed text opens after ``pos``: its
    dates ("the document, which asks cities to mark every May 16") date what the text asks
    for, not the signing the main clause tells at ``pos``."""
    clause = _RELATIVE_CLAUSE.search(sentence.text, max(0, pos - sentence.start))
    if not clause:
        return sentence
    return Sentence(sentence.region, sentence.start, sentence.text[:clause.start()])


def _sentence_dated_elsewhere(ctx: ReleaseContext, sentence: Sentence | None, start: date,
                              end: date) -> bool:
    """Whether a sentence dates what it tells outside the days from ``start`` to ``end``."""
    if sentence is None:
        return False
    # a day without its year ("On 11 June they signed") is read in the summit's year: the
    # sentence tells of that summit, whatever year the text was published in
    found = [d for d in dates_of(sentence, ctx.published, start.year)
             if not _date_of_a_named_day(ctx.text, d.start, d.end)]
    if found:
        return all(d.last < start or d.first > end for d in found)
    # "last year, X spoke on my behalf", "l'an dernier", "letztes Jahr", "vor vier Jahren": a
    # year told from the release's date (a sentence that names a summit dates the summit, not
    # the person; "80 years ago" dates a past the sentence recalls more often than what the
    # person did)
    told = [d for d in mentions_in(sentence.text, sentence.start, ctx.published,
                                   languages=[sentence.language])
            if d.relative and d.precision == "year" and (
                ctx.text[d.start:d.end].lower().replace("’", "'") in _RELATIVE_YEAR_WORDS or
                _recent_years_ago(ctx, d))]
    if told and not language.SUMMIT_RE.search(sentence.text) and \
            all(d.last < start or d.first > end for d in told):
        return True
    return year_elsewhere(sentence.text, start, end)


def _recent_years_ago(ctx: ReleaseContext, told: DateMention) -> bool:
    """'vor vier Jahren', 'il y a quatre ans', 'four years ago': a year a few years before
    the text dates what a person did then; 'eighty years ago' rather a past the sentence
    recalls."""
    return bool(ctx.published) and 1 <= ctx.published.year - told.first.year <= _RECENT_YEARS


_RECENT_YEARS = 12
# the adverbs of a year told from the release's date ("last year", "l'an dernier")
_RELATIVE_YEAR_WORDS = frozenset(w.replace("’", "'") for m in language.MODULES.values()
                                 for w in m.RELATIVE_YEARS)


def _date_of_a_named_day(text: str, start: int, end: int) -> bool:
    """'A message recalled the International Day of Living Together in Peace (16 May)', 'la
    Journée internationale du vivre ensemble (16 mai)': a day and month in brackets right
    after the name of a day give the calendar date of that day, not the day the sentence
    tells of."""
    return not _YEAR.search(text[start:end]) and \
        bool(language.NAMED_DAY_BEFORE_BRACKET_RE.search(text, max(0, start - 80), start))


def year_elsewhere(text: str, start: date, end: date) -> bool:
    """'Bereits im Mai 2016 war X zu Gast': a year, alone or with its month, that lies
    outside the summit's days. A sentence that speaks of a summit ("der zweite Gipfel nach
    X in 2015") dates that summit, not the person."""
    if language.SUMMIT_RE.search(text):
        return False
    years = []
    for m in language.YEAR_ADVERBIAL_RE.finditer(text):
        month = m.group("month")
        if month and month.lower() not in language.MONTHS:
            continue
        year = int(m.group("year"))
        number = language.MONTHS.get((month or "").lower())
        if number:
            outside = (year, number) < (start.year, start.month) or \
                (year, number) > (end.year, end.month)
        else:
            outside = year < start.year or year > end.year
        years.append(outside)
    return bool(years) and all(years)


def _planned_act(ctx: ReleaseContext, mention: PersonMention) -> bool:
    """Whether the mention's sentence opens with the person and an act still to come ("X to
    sign the declaration in Y", a headline's or a calendar note's future): it places the
    person nowhere yet, whenever the text was written."""
    sentence = ctx.sentence_at(mention.region, mention.start)
    if not sentence:
        return False
    opening = language.PLANNED_ACT_RE.match(sentence.text)
    return bool(opening) and sentence.start <= mention.start < sentence.start + opening.end()


def _future_only(ctx: ReleaseContext, mention: PersonMention) -> bool:
    """True when the sentence of this mention speaks of the future."""
    sentence = ctx.sentence_at(mention.region, mention.start)
    return bool(sentence and language.FUTURE_RE.search(sentence.text))
