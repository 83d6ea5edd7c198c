"""Summits: which summits a release names, and which one it reports on.

A summit is recognised by a summit word with an ordinal ("Second Summit", "der erste Gipfel",
"troisième Sommet"), a year or a host city ("2015 im kanadischen X"), and resolved
against the reference summits; an unqualified "the conference" is the release's main summit.
Dates come from ranges, from start and end cues spread over sentences, or are inferred from a
duration and an anchor ("three-day conference" + "press conference on Sunday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ltgraph import language
from ltgraph.extract.event_dates import dates_of
from ltgraph.extract.places import Matchers
from ltgraph.extract.text import YEAR_RE, Sentence, cardinal_value, ordinal_value, years_in
from ltgraph.gazetteer import Gazetteer

# A city after these is not the host: what came before, since when, where from.
_NOT_HOST_BEFORE = re.compile(rf"(?i)\b(?:{language.AFTER_WORDS}|{language.FROM_DATE_WORDS}|"
                              rf"{language.ORIGIN_WORDS})\s+$")
# The place of an event: "in X", "à X", and "nach X" where someone was invited to X.
_EVENT_PLACE = re.compile(rf"(?i)\b(?:(?P<to>{language.DESTINATION_WORDS})|"
                          rf"{language.EVENT_PLACE_PREPOSITIONS})\s+")


@dataclass
class SummitMention:
    sentence: Sentence
    start: int  # absolute
    end: int
    ordinal: int | None
    year: int | None
    host: str | None  # city slug
    host_span: tuple[int, int] | None = None
    slug: str | None = None  # resolved
    relative_year: bool = False  # the year told relative to the text's date ("next year")
    upcoming: bool = False  # "the next summit": one still to come, not the main one


@dataclass
class SummitInfo:
    slug: str
    ordinal: int | None
    host: str | None
    label: str
    mentions: list[SummitMention] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        head = self.slug.split("-", 1)[0]
        return int(head) if head.isdigit() else None


def _host_in(sentence: Sentence, matchers: Matchers, text: str, s: str | None = None
             ) -> tuple[str, int, int] | None:
    """A host city: the city after 'in'/'im'/'à' in a sentence that places an event (``s``:
    the sentence's text with the clauses blanked that cannot name the host)."""
    s = sentence.text if s is None else s
    if not re.search(rf"(?i)\b(?:{language.EVENT_PLACE_VERBS})", s):
        return None
    for m in _EVENT_PLACE.finditer(s):
        if m.group("to") and not language.INVITED_RE.search(s):
            continue
        found = matchers.city_after(s, m.end())
        if found:
            entry, start, end = found
            return entry.slug, sentence.start + start, sentence.start + end
    for m in re.finditer(rf"(?i)\b(?P<city>[A-ZÄÖÜ][\w'’-]+)\s+(?:{language.HOST_VERBS})", s):
        found = matchers.city_at(s, m.start("city"))
        if found:
            return found[0].slug, sentence.start + found[1], sentence.start + found[2]
    return None


def _year_of_mention(s: str, start: int, end: int) -> int | None:
    """The sentence's only year; of several, the one written next to the summit word
    ('le Sommet de 2015', 'the 2019 summit', 'des Gipfels von 2019')."""
    years = years_in(s)
    if len({y for y, _, _ in years}) == 1:
        return years[0][0]
    near = [(min(abs(y_start - end), abs(start - y_end)), y) for y, y_start, y_end in years
            if -1 <= y_start - end <= 30 or -1 <= start - y_end <= 12]
    return min(near)[1] if near else None


# "...hosted the first summit in 2015; the second was held in X": an ordinal standing for the
# event noun named before it, as the subject of a verb that places an event
_ELIDED_EVENT = re.compile(rf"(?i)\b(?:{language.DEFINITE_ARTICLES})\s+(?P<ord>[^\W\d]\w*),?\s+"
                           rf"(?=(?:\w+\s+)?(?:{language.EVENT_PLACE_VERBS}))")


def _elided_mentions(sentence: Sentence, matchers: Matchers, text: str
                     ) -> list[SummitMention]:
    s = sentence.text
    first_noun = language.SUMMITS_RE.search(s)
    found = []
    for m in _ELIDED_EVENT.finditer(s, first_noun.end() if first_noun else len(s)):
        ordinal = ordinal_value(m.group("ord"))
        if not ordinal:
            continue
        clause_end = s.find(";", m.end())
        clause = s[:clause_end if clause_end >= 0 else len(s)]
        year = _year_of_mention(clause[m.start():], 0, m.end() - m.start())
        host = _city_in(clause, m.end(), matchers)
        found.append(_ordinal_mention(sentence, m, ordinal, year, host))
    return found


def _ordinal_mention(sentence: Sentence, m: re.Match, ordinal: int, year: int | None,
                     host: tuple[str, int, int] | None) -> SummitMention:
    """A summit named by the ordinal of ``m``, with the host (slug and offsets in the
    sentence) its clause names, if any."""
    return SummitMention(sentence, sentence.start + m.start("ord"), sentence.start + m.end("ord"),
                         ordinal, year, host[0] if host else None,
                         (sentence.start + host[1], sentence.start + host[2]) if host else None)


def _city_in(clause: str, at: int, matchers: Matchers) -> tuple[str, int, int] | None:
    """The city after the first 'in'/'à' from ``at`` on: where the event of the clause was
    held ("the third will be held in C next year")."""
    for m in _EVENT_PLACE.finditer(clause, at):
        if m.group("to"):
            continue
        found = matchers.city_after(clause, m.end())
        if found:
            return found[0].slug, found[1], found[2]
    return None


def ordinal_mentions(sentence: Sentence, gaz: Gazetteer, matchers: Matchers
                     ) -> list[SummitMention]:
    """Summits named by an ordinal that stands alone, where no summit word follows it: "The
    first one, A, 2015", "Le premier avait eu lieu à A en 2015", "a third, held in C in
    December 2021". A bare ordinal may count anything,
    so it is read only where its clause names both the host and the year of the reference
    summit with that number; "the first of these summits" names the event itself, and "the
    third edition" a numbered instance of a series, read where its clause names that
    summit's host or year."""
    s = sentence.text
    found = []
    for m in language.ELIDED_ORDINAL_RE.finditer(s):
        ordinal = ordinal_value(m.group("ord"))
        entry = gaz.summit_by_ordinal(ordinal) if ordinal else None
        if entry is None:
            continue
        clause = _clause_after(s, m.end())
        year = entry.year if re.search(rf"\b{entry.year}\b", clause) else None
        host = next(((h.slug, h.start, h.end) for h in matchers.cities_anywhere(clause, 0)
                     if h.slug == entry.host), None)
        if m.group("of"):
            named = True
        elif m.group("edition"):
            named = bool(year or host)
        else:
            named = bool(year and host)
        if not named:
            continue
        found.append(_ordinal_mention(sentence, m, ordinal, year, host))
    return found


def _clause_after(s: str, at: int) -> str:
    """The text from ``at`` to the end of its clause: a semicolon, the next ordinal that
    stands alone, or the sentence's end; earlier text is blanked so offsets stay those of the
    sentence."""
    end = len(s)
    stop = s.find(";", at)
    if stop >= 0:
        end = stop
    following = language.ELIDED_ORDINAL_RE.search(s, at)
    if following and ordinal_value(following.group("ord")):
        end = min(end, following.start())
    return " " * at + s[at:end]


def _series_mentions(sentence: Sentence, matchers: Matchers) -> list[SummitMention]:
    """"The first two editions were held in A (2015) and B (2019)", "la série a débuté à A":
    the k-th host the clause names after the words hosted the k-th summit, with the year
    written right after it."""
    s = sentence.text
    found: list[SummitMention] = []
    for m in language.SERIES_RE.finditer(s):
        count = next((cardinal_value(g) or {"beiden": 2}.get(g.lower()) for g in m.groups()
                      if g), 1)
        clause_end = min((k for k in (s.find(";", m.end()), s.find(". ", m.end())) if k >= 0),
                         default=len(s))
        hosts: list[tuple[str, int, int]] = []
        for word in re.finditer(rf"{language.UPPER}[\w'’-]*", s[:clause_end], ):
            if word.start() < m.end() or (hosts and word.start() < hosts[-1][2]):
                continue
            city = matchers.city_at(s, word.start(), geonames=False)
            if city and all(h[0] != city.entry.slug for h in hosts):
                hosts.append((city.entry.slug, city.start, city.end))
            if len(hosts) == count:
                break
        for k, (slug, start, end) in enumerate(hosts, 1):
            year = YEAR_RE.search(s[end:end + 14])
            found.append(SummitMention(sentence, sentence.start + start, sentence.start + end, k,
                                       int(year.group("year")) if year else None, slug,
                                       (sentence.start + start, sentence.start + end)))
    return found


# The bounds of a clause: a comma, a semicolon, a colon or a dash between spaces.
_CLAUSE_BOUND = re.compile(r"[,;:]|\s[–—-]\s")


def without_foundings(s: str) -> str:
    """``s`` with every clause that tells a founding blanked out ("the network, founded in
    X in 2015"; "das 2015 in X gegründet wurde"; "fondé à X en 2015"):
    its place and year are where and when something began, not a summit's host and year. A
    clause that names a summit itself ("founded at the first summit in 2015") stays."""
    for m in language.FOUNDING_RE.finditer(s):
        starts = [b.end() for b in _CLAUSE_BOUND.finditer(s, 0, m.start())]
        start = starts[-1] if starts else 0
        bound = _CLAUSE_BOUND.search(s, m.end())
        end = bound.start() if bound else len(s)
        if not language.SUMMIT_RE.search(s, start, end):
            s = s[:start] + " " * (end - start) + s[end:]
    return s


def _press_event(s: str, start: int, end: int) -> bool:
    """Whether the summit word at ``start:end`` is a press event's ("press conference",
    "Pressekonferenz", "conférence de presse": the words may stand before or after it)."""
    return bool(language.PRESS_EVENT_RE.search(s[max(0, start - 6):end + 10]))


def summit_mentions(sentence: Sentence, matchers: Matchers, text: str) -> list[SummitMention]:
    found = _elided_mentions(sentence, matchers, text) + _series_mentions(sentence, matchers)
    host = None
    told = without_foundings(sentence.text)
    for m in language.SUMMIT_RE.finditer(sentence.text):
        word = m.group(0)
        if language.NOT_SUMMIT_RE.search(word) or _press_event(sentence.text, m.start(), m.end()):
            continue
        before = sentence.text[max(0, m.start() - 80):m.start()]
        # a hyphen keeps a number inside its word: "COVID-19. A summit" has no 19th summit
        words = re.findall(r"[\w.'’-]+", before)[-6:]
        ordinal = None
        for distance, w in enumerate(reversed(words)):
            value = ordinal_value(w)
            if not value or w.isdigit():
                continue
            # "2. Gipfel", "3rd Summit" right before the word; "am 30. August ..." is a date
            if w[0].isdigit() and (distance > 1 or value > 20):
                continue
            ordinal = value
            break
        year = _year_of_mention(told, m.start(), m.end())
        upcoming = _NEXT_BEFORE.search(sentence.text[max(0, m.start() - 40):m.start()])
        if host is None:
            host = _host_in(sentence, matchers, text, told) or ()
        found.append(SummitMention(sentence, sentence.start + m.start(),
                                   sentence.start + m.end(), ordinal, year,
                                   host[0] if host else None,
                                   (host[1], host[2]) if host else None,
                                   upcoming=bool(upcoming)))
    return found


# "the next summit", "le prochain Sommet", "beim nächsten Gipfel": the word right before the
# summit word, an article before it at most
_NEXT_BEFORE = re.compile(rf"(?i)\b(?:{language.NEXT_EVENT_WORDS})\s+$")


def names_the_next_summit(text: str) -> bool:
    """Whether a text speaks of the summit still to come ("the next summit", "le prochain
    Sommet", "den nächsten Gipfel"): a city said to take part in it, to apply for it or to
    host it takes part in no summit the text reports on."""
    return any(_NEXT_BEFORE.search(text[max(0, m.start() - 40):m.start()])
               and not language.NOT_SUMMIT_RE.search(m.group(0))
               for m in language.SUMMIT_RE.finditer(text))


def host_year_mentions(sentence: Sentence, gaz: Gazetteer, matchers: Matchers
                       ) -> list[SummitMention]:
    """"Après A en 2015 et B en 2019, c'est C qui accueille cette troisième édition",
    "the summits of A (2015) and B (2019)": in a sentence
    that speaks of summits, a city written with a year right after it names the reference
    summit that city hosted that year."""
    s = sentence.text
    if not (language.SUMMITS_RE.search(s) or language.ELIDED_ORDINAL_RE.search(s)):
        return []
    hosts = {(entry.host, entry.year): entry for entry in gaz.summits.values()}
    found = []
    for hit in matchers.cities_anywhere(s, 0):
        year = _YEAR_AFTER_CITY.match(s, hit.end)
        entry = hosts.get((hit.slug, int(year.group("year")))) if year else None
        if entry is None:
            continue
        found.append(SummitMention(sentence, sentence.start + hit.start,
                                   sentence.start + year.end(), None, entry.year, entry.host,
                                   (sentence.start + hit.start, sentence.start + hit.end)))
    # one city with a year may be anything of that city's that year ("the mayor of A in
    # 2015"); the hosts of a series are listed ("A in 2015 and B in 2019") or come after
    # "after" ("Après A en 2015, ...")
    if len(found) == 1 and not _AFTER_END.search(s[:found[0].start - sentence.start]):
        return []
    return found


_AFTER_END = re.compile(rf"(?i)\b(?:{language.AFTER_WORDS})\s+$")


# "A en 2015", "B (2019)", "C, 2021", "A 2015": a year right after
# a city, at most one short word between
_YEAR_AFTER_CITY = re.compile(r"[\s,(]*(?:[^\W\d]{1,3}\s+)?(?P<year>(?:19|20)\d\d)\b")


def add_relative_years(mentions: list[SummitMention], gaz: Gazetteer, published: date | None
                       ) -> None:
    """"Im kommenden Jahr richtet B den dritten Gipfel aus", "the third will be held
    next year": a reference summit named by its ordinal in a sentence with one year told
    relative to the text's date takes that year, so a summit still to come counts as named
    (an ordinal the reference does not know gets no year: a plan makes no summit)."""
    if published is None:
        return
    for mention in mentions:
        if mention.ordinal and mention.year is None and gaz.summit_by_ordinal(mention.ordinal):
            found = {language.RELATIVE_YEARS[" ".join(m.group(0).lower().split())]
                     for m in language.RELATIVE_YEAR_RE.finditer(mention.sentence.text)}
            if len(found) == 1:
                mention.year = published.year + found.pop()
                mention.relative_year = True


def summits_by_days(sentence: Sentence, gaz: Gazetteer, published: date | None
                    ) -> list[SummitMention]:
    """'Vom 30. August bis zum 1. September war die Stadt Treffpunkt für Delegationen': a
    date range that is exactly a known summit's days names that summit, though no event
    noun does."""
    found = []
    for d in dates_of(sentence, published):
        if not d.is_range and not _opens_entry(sentence, d):
            continue
        for entry in gaz.summits.values():
            if (entry.start == d.first and entry.end == d.last) or (
                    not d.is_range and entry.start and entry.end
                    and entry.start <= d.first <= entry.end):
                found.append(SummitMention(sentence, d.start, d.end, entry.ordinal,
                                           entry.start.year, entry.host))
    return found


def _opens_entry(sentence: Sentence, d) -> bool:
    """Whether a day heads an entry of a chronicle: it opens its line, and the line ends
    after it or goes on with a dash ("11.06.2015", "24.09.2015 – X")."""
    s, at, end = sentence.text, d.start - sentence.start, d.end - sentence.start
    line_start = s.rfind("\n", 0, at) + 1
    return not s[line_start:at].strip(" *#\t") and bool(
        re.match(r"[ *\t]*(?:\n|$|[–—-]\s[^\n]{0,60}(?:\n|$))", s[end:]))


def resolve_summits(mentions: list[SummitMention], gaz: Gazetteer, published: date | None,
                    ordinal_names: dict[int, str]) -> tuple[dict[str, SummitInfo], str | None]:
    """Identify each qualified mention; the main summit takes the unqualified ones."""
    summits: dict[str, SummitInfo] = {}
    for mention in mentions:
        entry = None
        if mention.ordinal:
            entry = gaz.summit_by_ordinal(mention.ordinal)
        if entry is None and (mention.year or mention.host) and (mention.ordinal or
                                                                 mention.year):
            entry = gaz.summit_by_year_host(mention.year, mention.host)
        if entry is not None:
            mention.slug = entry.slug
            info = summits.setdefault(entry.slug, SummitInfo(
                entry.slug, entry.ordinal, entry.host, entry.label or entry.slug))
        elif mention.ordinal and any(s.ordinal == mention.ordinal for s in summits.values()):
            info = next(s for s in summits.values() if s.ordinal == mention.ordinal)
            mention.slug = info.slug
        elif _numbered_in_the_series(mention):
            slug = f"{mention.year}-{mention.host}"
            mention.slug = slug
            label = (f"{ordinal_names.get(mention.ordinal, '')} Mayors Summit on Living "
                     "Together").strip()
            info = summits.setdefault(slug, SummitInfo(slug, mention.ordinal, mention.host,
                                                       label))
        else:
            continue
        if info.slug not in summits:
            continue
        info.mentions.append(mention)
        info.evidence.append((mention.start, mention.end))
    # a later summit spoken of as a plan ("cities interested in hosting the third summit")
    # is dropped unless the release names its year or host ("X will host the 3rd
    # summit in 2021")
    for slug in list(summits):
        entry = gaz.summits.get(slug)
        if entry and entry.start and published and entry.start > published + timedelta(days=60):
            named = any(m.year == entry.start.year or (m.host and m.host == entry.host)
                        for m in summits[slug].mentions)
            if not named:
                del summits[slug]
    main = None
    if summits:
        def rank(info: SummitInfo):
            distance = abs(info.year - published.year) if info.year and published else 99
            return distance, -len(info.mentions), info.slug
        candidates = [info for info in summits.values() if _is_current(info, gaz, published)
                      and not _only_announced(info, gaz, published)
                      and not _only_looked_back_on(info, gaz, published)]
        if not candidates and len(summits) == 1:
            # a look back at a past summit: the headline names it, so it is the topic
            only = next(iter(summits.values()))
            if any(m.sentence.region.kind in ("headline", "subheadline")
                   and _names_summit(m.sentence.text, only, gaz) for m in mentions):
                candidates = [only]
        main = min(candidates, key=rank).slug if candidates else None
        main = _told_in_lead(mentions, summits, main, gaz, published) or main
    if main is None and mentions and published:
        # "The summit ... ended Thursday": no mention names it, but a release written during
        # a known summit or in the two weeks after it reports on that one
        current = [e for e in gaz.summits.values() if e.start and e.end
                   and e.start <= published <= e.end + timedelta(days=14)]
        if len(current) == 1:
            entry = current[0]
            summits[entry.slug] = SummitInfo(entry.slug, entry.ordinal, entry.host,
                                             entry.label or entry.slug)
            main = entry.slug
    for mention in mentions:
        if mention.upcoming and (mention.slug is None or mention.slug not in summits):
            # "the next summit" the reference does not tell: the one after, never the main
            mention.slug = None
            continue
        if mention.slug is None or mention.slug not in summits:
            mention.slug = main
            if main:
                summits[main].mentions.append(mention)
                summits[main].evidence.append((mention.start, mention.end))
    return summits, main


def _numbered_in_the_series(mention: SummitMention) -> bool:
    """Whether a summit the reference does not know may be added: only where the text gives
    its number in the series beside its host and year ("the fourth summit, in C in 2023").
    A city and a year beside an event word name many other meetings ("the next summit will
    be held in C in 2017", a day of celebration in the city in 2020, a conference there):
    those are no summit of the network, and a summit without its number is no summit the
    graph can hold."""
    return bool(mention.ordinal and mention.year and mention.host)


def _in_lead(sentence: Sentence) -> bool:
    """Whether a sentence is in the lead: a headline, a subheadline or the first paragraph of
    the body."""
    region = sentence.region
    if region.kind in ("headline", "subheadline"):
        return True
    return region.kind == "body" and "\n\n" not in region.text[
        :sentence.start - region.start].strip()


# "two years after the summit in X": the lead tells of what came after the summit it names
_AFTER_BEFORE = re.compile(rf"(?i)\b(?:{language.AFTER_WORDS})\s+(?:\w+\s+){{0,2}}$")


def _told_in_lead(mentions: list[SummitMention], summits: dict[str, SummitInfo],
                  main: str | None, gaz: Gazetteer, published: date | None) -> str | None:
    """The summit a look back is about: one the lead names by year, host or ordinal, where
    the most recent summit (chosen by date alone) is not named there and was over a month
    before the text ("Beim Gipfel in X 2019 haben Städte ..." in a feature of 2022, which
    names the 2021 summit further down). None where the lead names no other summit or more
    than one."""
    if main is None or published is None:
        return None
    named = {m.slug for m in mentions if m.slug in summits and _in_lead(m.sentence)
             and (m.ordinal or m.year or m.host)
             and not _AFTER_BEFORE.search(m.sentence.text[:max(0, m.start - m.sentence.start)])}
    if len(named) != 1 or main in named:
        return None
    lead = next(iter(named))
    entry, main_entry = gaz.summits.get(lead), gaz.summits.get(main)
    main_end = main_entry and (main_entry.end or main_entry.start)
    if not (entry and entry.start and entry.start < published and main_end
            and main_end < published - timedelta(days=30)):
        return None
    return lead


def _names_summit(text: str, info: SummitInfo, gaz: Gazetteer) -> bool:
    """Whether a text names this summit by its year, host ('Düsseldorfer Gipfel') or ordinal."""
    host = gaz.cities_by_slug.get(info.host) if info.host else None
    if host and re.search(rf"\b{re.escape(host.label)}", text):
        return True
    if info.year and str(info.year) in text:
        return True
    return bool(info.ordinal) and any(
        ordinal_value(w) == info.ordinal and not w.isdigit() for w in re.findall(r"[\w.]+", text))


def _only_announced(info: SummitInfo, gaz: Gazetteer, published: date | None) -> bool:
    """Whether a summit still to come is named only by ordinal with a year told relative to
    the text ("the city will host the third summit next year"): an outlook at the end of a
    text about other things, not what the text reports on. A summit named with its host
    ("will be held in B next year") is named as before."""
    entry = gaz.summits.get(info.slug)
    if published is None or entry is None or entry.start is None or entry.start <= published:
        return False
    return all(m.relative_year and not m.host for m in info.mentions if m.year)


def _only_looked_back_on(info: SummitInfo, gaz: Gazetteer, published: date | None) -> bool:
    """Whether every sentence that names a summit over a month past looks back on it in the
    pluperfect ("Die Erklärung war im Juni beim ersten Gipfel verabschiedet worden", "had been
    adopted at the first summit"): the text tells of a later time (a schedule, a visit), and
    the summit is recalled, not reported on."""
    entry = gaz.summits.get(info.slug)
    end = entry and (entry.end or entry.start)
    if published is None or end is None or end >= published - timedelta(days=30):
        return False
    return bool(info.mentions) and all(language.FLASHBACK_RE.search(_clause_of(m))
                                       for m in info.mentions)


def _clause_of(mention: SummitMention) -> str:
    """The part of the mention's sentence between semicolons that holds it ("Die erste
    Konferenz hatte 2015 stattgefunden; die dritte folgte 2021": the second clause is no
    look-back)."""
    text, at = mention.sentence.text, mention.start - mention.sentence.start
    start = text.rfind(";", 0, max(0, at)) + 1
    end = text.find(";", max(0, at))
    return text[start:end if end >= 0 else len(text)]


def _is_current(info: SummitInfo, gaz: Gazetteer, published: date | None) -> bool:
    """Whether a summit can be what the release reports on: one that ended more than half a
    year before the release ('créé lors du Sommet de 2015' in 2018) is only recalled."""
    if published is None:
        return True
    entry = gaz.summits.get(info.slug)
    end = entry.end or entry.start if entry else None
    if end is not None:
        return end >= published - timedelta(days=183)
    return info.year is None or info.year >= published.year - 1
