"""Summits, their dates, declarations, network memberships and reported figures.

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
from ltgraph.extract.dates import DateMention, dates_in, grammar_for
from ltgraph.extract.places import Hit, Matchers
from ltgraph.extract.text import YEAR_RE, Sentence, cardinal_value, ordinal_value
from ltgraph.gazetteer import CityEntry, Gazetteer

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


def _host_in(sentence: Sentence, matchers: Matchers, text: str) -> tuple[str, int, int] | None:
    """A host city: the city after 'in'/'im'/'à' in a sentence that places an event."""
    s = sentence.text
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
    years = [(int(y.group("year")), y.start(), y.end()) for y in YEAR_RE.finditer(s)]
    if len({y for y, _, _ in years}) == 1:
        return years[0][0]
    near = [(min(abs(y_start - end), abs(start - y_end)), y) for y, y_start, y_end in years
            if -1 <= y_start - end <= 30 or -1 <= start - y_end <= 12]
    return min(near)[1] if near else None


# "...hosted the first summit in 2015; the second was held in X": an ordinal standing for the
# event noun named before it, as the subject of a verb that places an event
_ELIDED_EVENT = re.compile(rf"(?i)\b(?:{language.DEFINITE_ARTICLES})\s+(?P<ord>[^\W\d]\w*)\s+"
                           rf"(?=(?:\w+\s+)?(?:{language.EVENT_PLACE_VERBS}))")


def _elided_mentions(sentence: Sentence, matchers: Matchers, text: str
                     ) -> list[SummitMention]:
    s = sentence.text
    first_noun = language.SUMMIT_RE.search(s)
    found = []
    for m in _ELIDED_EVENT.finditer(s, first_noun.end() if first_noun else len(s)):
        ordinal = ordinal_value(m.group("ord"))
        if not ordinal:
            continue
        clause_end = s.find(";", m.end())
        clause = s[:clause_end if clause_end >= 0 else len(s)]
        year = _year_of_mention(clause[m.start():], 0, m.end() - m.start())
        found.append(SummitMention(sentence, sentence.start + m.start("ord"),
                                   sentence.start + m.end("ord"), ordinal, year, None))
    return found


def summit_mentions(sentence: Sentence, matchers: Matchers, text: str) -> list[SummitMention]:
    found = _elided_mentions(sentence, matchers, text)
    host = None
    for m in language.SUMMIT_RE.finditer(sentence.text):
        word = m.group(0)
        if language.NOT_SUMMIT_RE.search(word) or language.PRESS_EVENT_RE.search(
                sentence.text[max(0, m.start() - 6):m.end()]):
            continue
        before = sentence.text[max(0, m.start() - 80):m.start()]
        words = re.findall(r"[\w.'’]+", before)[-6:]
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
        year = _year_of_mention(sentence.text, m.start(), m.end())
        if host is None:
            host = _host_in(sentence, matchers, text) or ()
        found.append(SummitMention(sentence, sentence.start + m.start(),
                                   sentence.start + m.end(), ordinal, year,
                                   host[0] if host else None,
                                   (host[1], host[2]) if host else None))
    return found


def summits_by_days(sentence: Sentence, gaz: Gazetteer, published: date | None
                    ) -> list[SummitMention]:
    """'Vom 30. August bis zum 1. September war die Stadt Treffpunkt für Delegationen': a
    date range that is exactly a known summit's days names that summit, though no event
    noun does."""
    found = []
    for d in dates_of(sentence, published):
        if not d.is_range:
            continue
        for entry in gaz.summits.values():
            if entry.start == d.first and entry.end == d.last:
                found.append(SummitMention(sentence, d.start, d.end, entry.ordinal,
                                           entry.start.year, entry.host))
    return found


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
        elif mention.year and mention.host and (mention.ordinal or mention.year):
            slug = f"{mention.year}-{mention.host}"
            mention.slug = slug
            if mention.ordinal:
                label = (f"{ordinal_names.get(mention.ordinal, '')} Mayors Summit on Living "
                         "Together").strip()
            else:
                label = f"Living Together Summit {mention.year}"
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
        candidates = [info for info in summits.values() if _is_current(info, gaz, published)]
        if not candidates and len(summits) == 1:
            # a look back at a past summit: the headline names it, so it is the topic
            only = next(iter(summits.values()))
            if any(m.sentence.region.kind in ("headline", "subheadline")
                   and _names_summit(m.sentence.text, only, gaz) for m in mentions):
                candidates = [only]
        main = min(candidates, key=rank).slug if candidates else None
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
        if mention.slug is None or mention.slug not in summits:
            mention.slug = main
            if main:
                summits[main].mentions.append(mention)
                summits[main].evidence.append((mention.start, mention.end))
    return summits, main


def _names_summit(text: str, info: SummitInfo, gaz: Gazetteer) -> bool:
    """Whether a text names this summit by its year, host ('Düsseldorfer Gipfel') or ordinal."""
    host = gaz.cities_by_slug.get(info.host) if info.host else None
    if host and re.search(rf"\b{re.escape(host.label)}", text):
        return True
    if info.year and str(info.year) in text:
        return True
    return bool(info.ordinal) and any(
        ordinal_value(w) == info.ordinal and not w.isdigit() for w in re.findall(r"[\w.]+", text))


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


# ------------------------------------------------------------------------- dates


@dataclass
class DateClues:
    start: dict[date, list[tuple[int, int]]] = field(default_factory=dict)
    end: dict[date, list[tuple[int, int]]] = field(default_factory=dict)
    duration: int | None = None
    duration_span: tuple[int, int] | None = None

    def add(self, which: str, when: date, span: tuple[int, int]) -> None:
        getattr(self, which).setdefault(when, []).append(span)


def date_clues(sentence: Sentence, published: date | None, clues: DateClues) -> None:
    """What one sentence about a summit says about its first and last day."""
    s = sentence.text
    base = sentence.start
    dates = dates_of(sentence, published)
    for d in dates:
        if d.is_range:
            clues.add("start", d.first, (d.start, d.end))
            clues.add("end", d.last, (d.start, d.end))
    singles = [d for d in dates if not d.is_range]
    ranges = [d for d in dates if d.is_range]
    if ranges:
        # "am 7. und 8. Dezember online und am 10. Dezember in X": the days of one event
        first, last = min(r.first for r in ranges), max(r.last for r in ranges)
        for d in singles:
            if timedelta(0) < d.first - last <= timedelta(days=14):
                clues.add("end", d.first, (d.start, d.end))
            elif timedelta(0) < first - d.first <= timedelta(days=14):
                clues.add("start", d.first, (d.start, d.end))
        singles = []
    # "Der erste Tag des X ist am 30. August zu Ende gegangen", "On 31 August, the second day
    # of the X": a date of day k of the event is its start plus k - 1 days, never its end
    for pattern in language.DAY_OF_EVENT_PATTERNS:
        for m in re.finditer(pattern, s, re.IGNORECASE):
            k = ordinal_value(m.group("ord"))
            if not k:
                continue
            near = [d for d in singles
                    if -60 <= d.start - base - m.end() <= 140 and not re.search(
                        r"[.;!?]\s", s[m.end():d.start - base] if d.start - base >= m.end()
                        else s[d.end - base:m.start()])]
            if near:
                d = min(near, key=lambda d: abs(d.start - base - m.end()))
                clues.add("start", d.first - timedelta(days=k - 1),
                          (base + m.start(), base + m.end()))
                singles = [x for x in singles if x is not d]
    has_start = any(re.search(p, s, re.IGNORECASE) for p in language.START_CUES)
    for d in singles:
        before = s[max(0, d.start - base - 14):d.start - base]
        if re.search(rf"(?i)\b(?:{language.UNTIL_WORDS})\s*$", before):
            clues.add("end", d.first, (d.start, d.end))
            continue
        if re.search(rf"(?i)\b(?:{language.FROM_DATE_WORDS})\s*$", before) or has_start:
            near = [p for p in language.START_CUES if re.search(p, s, re.IGNORECASE)]
            if near:
                clues.add("start", d.first, (d.start, d.end))
                continue
        if language.END_VERBS.search(s):
            clues.add("end", d.first, (d.start, d.end))
    for pattern in language.DURATION_PATTERNS:
        m = re.search(pattern, s, re.IGNORECASE)
        if m:
            n = cardinal_value(m.group("n"))
            if n and clues.duration is None:
                clues.duration = n
                clues.duration_span = (base + m.start(), base + m.end())
    today = language.TODAY_RE.search(s)
    if published and today and not dates and language.END_VERBS.search(s):
        clues.add("end", published, (base + today.start(), base + today.end()))
    # "at the end of the conference ... on Sunday", in a release of that week
    if published and (any(re.search(p, s, re.IGNORECASE) for p in language.CLOSING_CUES)
                      or language.END_VERBS.search(s)):
        after_dateline = dateline_end(sentence)
        for name, weekday in language.WEEKDAYS.items():
            wm = re.compile(rf"(?i)\b{name}\b").search(s, after_dateline)
            if wm and not dates:
                back = (published.weekday() - weekday) % 7
                clues.add("end", published - timedelta(days=back),
                          (base + wm.start(), base + wm.end()))
                break


def settle_dates(groups: dict[str, DateClues]) -> tuple[date | None, date | None,
                                                         list[tuple[int, int]], list[str]]:
    """Start and end from every group of clues; groups that disagree give a warning."""
    starts: dict[str, date] = {}
    ends: dict[str, date] = {}
    spans: list[tuple[int, int]] = []
    for name, clues in groups.items():
        start = min(clues.start) if len(clues.start) else None
        end = max(clues.end) if len(clues.end) else None
        if clues.duration:
            if start and not end:
                end = start + timedelta(days=clues.duration - 1)
            elif end and not start:
                start = end - timedelta(days=clues.duration - 1)
        if start:
            starts[name] = start
            spans += [s for d in clues.start.values() for s in d]
        if end:
            ends[name] = end
            spans += [s for d in clues.end.values() for s in d]
        if clues.duration_span and (start or end):
            spans.append(clues.duration_span)
    duration = next((c.duration for c in groups.values() if c.duration), None)
    warnings = []
    start = end = None
    if len(set(starts.values())) > 1:
        warnings.append("the halves disagree on the first day of the summit: "
                        + ", ".join(f"{k} {v}" for k, v in sorted(starts.items())))
    elif starts:
        start = next(iter(starts.values()))
    if len(set(ends.values())) > 1:
        warnings.append("the halves disagree on the last day of the summit: "
                        + ", ".join(f"{k} {v}" for k, v in sorted(ends.items())))
    elif ends:
        end = next(iter(ends.values()))
    if duration and start and not end:
        end = start + timedelta(days=duration - 1)
    if duration and end and not start:
        start = end - timedelta(days=duration - 1)
    if start and end and end < start:
        warnings.append(f"the summit would end ({end}) before it starts ({start}); no dates")
        start = end = None
    return start, end, sorted(set(spans)), warnings


# ------------------------------------------------------------------------- declarations

_NAMED_DECLARATION = re.compile(
    rf"(?P<a>[A-ZÄÖÜÉ][\w'’]+?)(?:er)?[\s-]+(?:{language.DECLARATION_NOUNS})\b|"
    rf"\b(?:{language.DECLARATION_NOUNS})\s+(?:{language.OF_WORDS})\s*"
    r"(?P<b>[A-ZÄÖÜÉ][\w'’-]+)")


@dataclass
class DeclarationMention:
    sentence: Sentence
    start: int
    end: int
    slug: str | None
    summit: str | None
    city: str | None


def declaration_mentions(sentence: Sentence, matchers: Matchers, gaz: Gazetteer,
                         summits: dict[str, SummitInfo]) -> list[DeclarationMention]:
    found: list[DeclarationMention] = []
    for hit in matchers.declarations_anywhere(sentence.text, sentence.start):
        entry = gaz.declarations[hit.slug]
        found.append(DeclarationMention(sentence, hit.start, hit.end, entry.slug, entry.summit,
                                        None))
    for m in _NAMED_DECLARATION.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if any(f.start <= start < f.end or start <= f.start < end for f in found):
            continue
        name = m.group("a") or m.group("b")
        city = matchers.city_at(name, 0)
        if not city:
            continue
        slug = city[0].slug
        summit = next((s.slug for s in summits.values() if s.host == slug), None)
        if summit is None:
            candidates = [s for s in gaz.summits.values() if s.host == slug]
            summit = candidates[0].slug if len(candidates) == 1 else None
        if summit is None:
            continue
        declaration = next((d.slug for d in gaz.declarations.values() if d.summit == summit),
                           summit)
        found.append(DeclarationMention(sentence, start, end, declaration, summit, slug))
    return found


# ------------------------------------------------------------------------- memberships


@dataclass
class MembershipClue:
    city: str
    network: str
    since: int
    spans: list[tuple[int, int]]
    entry: CityEntry | None = None


def membership_in(sentence: Sentence, matchers: Matchers, gaz: Gazetteer,
                  release_networks: list[str], published: date | None = None
                  ) -> list[MembershipClue]:
    """'X ist seit 2016 Mitglied im Netzwerk', 'X has been a member ... since 2016'; each
    clause (a semicolon ends one) names its city before the membership word."""
    clues = []
    offset = 0
    for clause in re.split(r"(;\s*)", sentence.text):
        if clause.strip() and not re.fullmatch(r";\s*", clause):
            clue = _membership_clause(clause, sentence.start + offset, sentence, matchers, gaz,
                                      release_networks, published)
            if clue:
                clues.append(clue)
        offset += len(clause)
    return clues


def _membership_clause(s: str, base: int, sentence: Sentence, matchers: Matchers,
                       gaz: Gazetteer, release_networks: list[str],
                       published: date | None = None) -> MembershipClue | None:
    cue = language.MEMBERSHIP_RE.search(s)
    year = language.SINCE_YEAR_RE.search(s)
    if cue and not year and language.JOINED_RE.search(cue.group(0)):
        # "X ist dem Netzwerk 2016 beigetreten": the year of joining, without a preposition
        year = YEAR_RE.search(s)
    relative = grammar_for()
    same = relative.same_year.search(s) if relative.same_year else None
    if cue and not year and same:
        # "seit dessen Gründung im selben Jahr": the year named last before the clause
        earlier = list(YEAR_RE.finditer(sentence.text[:base - sentence.start]))
        year = earlier[-1] if earlier else None
        if year is not None:
            year_value, year_span = int(year.group("year")), (base + same.start(),
                                                               base + same.end())
    else:
        year_value = int(year.group("year")) if year else None
        year_span = (base + year.start(), base + year.end()) if year else None
    ago = next((m for p in relative.years_ago for m in [p.search(s)] if m), None) \
        if cue and not year and published else None
    if ago and cardinal_value(ago.group("n")):
        # "X ist dem Observatorium vor vier Jahren beigetreten": counted from the text's year
        year = ago
        year_value = published.year - cardinal_value(ago.group("n"))
        year_span = (base + ago.start(), base + ago.end())
    if not cue or not year:
        return None
    network = _network_in(s, base, matchers, gaz) or _network_in(
        sentence.text, sentence.start, matchers, gaz)
    if network is None and len(release_networks) == 1:
        network = Hit(base + cue.start(), base + cue.end(), release_networks[0], cue.group(0))
    if network is None:
        return None
    subject = None
    for m in re.finditer(r"[A-ZÄÖÜÉ][\w'’.-]*", s[:cue.start()]):
        verb = re.match(rf"\s+(?:{language.SUBJECT_VERBS})\b",
                        s[m.end():])
        found = matchers.city_at(s, m.start(), geonames=bool(verb))
        if found and found[2] <= cue.start():
            subject = found
    if subject is None and language.CITY_DESCRIPTION_RE.match(s):
        # "...; die kanadische Metropole, die dem Netzwerk ... angehört": the city the
        # sentence named last before the description
        head = sentence.text[:base - sentence.start]
        named = [found for m in re.finditer(r"[A-ZÄÖÜÉ][\w'’.-]*", head)
                 for found in [matchers.city_at(head, m.start(), geonames=False)] if found]
        if named:
            entry, start, end = named[-1]
            subject = (entry, start - (base - sentence.start), end - (base - sentence.start))
    if subject is None:
        return None
    entry, start, end = subject
    return MembershipClue(entry.slug, network.slug, year_value,
                          [(base + start, base + end), (network.start, network.end),
                           year_span], entry)


def _network_in(s: str, base: int, matchers: Matchers, gaz: Gazetteer) -> Hit | None:
    networks = [h for h in matchers.orgs_anywhere(s, base)
                if gaz.orgs.get(h.slug) and gaz.orgs[h.slug].is_network]
    if networks:
        return networks[0]
    # "Mitglied des Netzwerks", "membre du réseau": the one network the reference data
    # knows, named by a common word
    known = [o for o in gaz.orgs.values() if o.is_network]
    word = language.NETWORK_WORD_RE.search(s)
    if len(known) == 1 and word:
        return Hit(base + word.start(), base + word.end(), known[0].slug, word.group(0))
    return None


# ------------------------------------------------------------------------- figures


def figures_in(sentence: Sentence) -> list[tuple[str, int, tuple[int, int]]]:
    s = sentence.text
    if language.FUTURE_RE.search(s):
        return []
    found = []
    for pattern, what in language.FIGURE_PATTERNS:
        for m in re.finditer(pattern, s):
            found.append((what, int(m.group("n")),
                          (sentence.start + m.start(), sentence.start + m.end())))
    return found


_DATELINE_BEFORE = re.compile(r"^\s*[A-ZÄÖÜÉ][\w'’.-]*(?:[\s-]+[A-ZÄÖÜÉ][\w'’.-]*)*,\s*"
                              r"(?:[^\W\d]+\s+){0,2}$")
_DATELINE_AFTER = re.compile(r"^\s*[–—-]\s")


def dates_of(sentence: Sentence, published: date | None) -> list[DateMention]:
    """The dates a sentence states, without its dateline ("X, le 15 juin 2015 – ..."),
    which dates the text, not what it tells."""
    return [d for d in dates_in(sentence.text, sentence.start, published)
            if not _is_dateline(sentence, d)]


_DATELINE = re.compile(r"^\s*[A-ZÄÖÜÉ][\w'’.-]*(?:[\s-]+[A-ZÄÖÜÉ][\w'’.-]*)*,[^–—\n]{0,80}?"
                       r"\d[^–—\n]{0,40}?\s[–—-]\s")


def dateline_end(sentence: Sentence) -> int:
    """Where a dateline ("X, Germany, Sept 1 (Agency) - ", "X, le 3 septembre 2019 – ") that
    opens the sentence ends, or 0."""
    m = _DATELINE.match(sentence.text)
    return m.end() if m else 0


def _is_dateline(sentence: Sentence, d: DateMention) -> bool:
    s, base = sentence.text, sentence.start
    if d.end - base <= dateline_end(sentence):
        return True
    return bool(_DATELINE_BEFORE.match(s[:d.start - base])
                and _DATELINE_AFTER.match(s[d.end - base:]))
