"""Network memberships: "X ist seit 2016 Mitglied im Netzwerk", "X has been a member of Y since
2016", "X ist dem Observatorium vor vier Jahren beigetreten"; each clause names its city before
the membership word, and the network is named in it or is the only network of the release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ltgraph import language
from ltgraph.extract.date_grammar import grammar_for
from ltgraph.extract.places import Hit, Matchers
from ltgraph.extract.text import YEAR_RE, Sentence, cardinal_value
from ltgraph.gazetteer import CityEntry, Gazetteer


@dataclass
class MembershipClue:
    city: str
    network: str
    since: int
    spans: list[tuple[int, int]]
    entry: CityEntry | None = None


# "die Landeshauptstadt", "the city", "la ville": a city named by what it is
_DESCRIPTION = re.compile(rf"(?i)(?<![\w'’])(?:{language.DEFINITE_ARTICLES})\s+"
                          rf"(?:[^\W\d]+\s+){{0,2}}?(?:{language.PLACE_NOUNS})\b"
                          rf"(?!\s+(?-i:{language.UPPER}))")


@dataclass(frozen=True)
class Surroundings:
    """What a membership sentence may lean on outside itself: the text of its paragraph before
    it (a chronicle entry's dated heading included), and the city the text speaks of when it
    says only "die Stadt", "the city", "la ville": the city opening the sentence before, else
    the publisher's city."""

    before: str = ""
    before_start: int = 0
    described: CityEntry | None = None


def surroundings(text: str, sentence: Sentence, previous: Sentence | None,
                 matchers: Matchers, publisher: CityEntry | None) -> Surroundings:
    """The surroundings of ``sentence`` in the release ``text``."""
    start = text.rfind("\n\n", 0, sentence.start) + 1
    described = publisher
    if previous is not None and previous.start >= start:
        # (its last line: a dated heading may stand before it)
        line = previous.text[previous.text.rfind("\n") + 1:]
        opening = matchers.city_at(line, 0, geonames=False)
        if opening:
            described = opening[0]
    return Surroundings(text[start:sentence.start], start, described)


def membership_in(sentence: Sentence, matchers: Matchers, gaz: Gazetteer,
                  release_networks: list[str], published: date | None = None,
                  around: Surroundings | None = None) -> list[MembershipClue]:
    """'X ist seit 2016 Mitglied im Netzwerk', 'X has been a member ... since 2016'; each
    clause (a semicolon ends one) names its city before the membership word."""
    clues = []
    offset = 0
    for clause in re.split(r"(;\s*)", sentence.text):
        if clause.strip() and not re.fullmatch(r";\s*", clause):
            clue = _membership_clause(clause, sentence.start + offset, sentence, matchers, gaz,
                                      release_networks, published, around or Surroundings())
            if clue:
                clues.append(clue)
            clues += _joined_with_own_years(clause, sentence.start + offset, sentence, matchers,
                                            gaz, release_networks, published, clue)
        offset += len(clause)
    return clues


def _membership_clause(s: str, base: int, sentence: Sentence, matchers: Matchers,
                       gaz: Gazetteer, release_networks: list[str],
                       published: date | None = None,
                       around: Surroundings = Surroundings()) -> MembershipClue | None:
    cue = language.MEMBERSHIP_RE.search(s)
    year = language.SINCE_YEAR_RE.search(s)
    if cue and not year and language.JOINED_RE.search(cue.group(0)):
        # "X ist dem Netzwerk 2016 beigetreten": the year of joining, without a preposition;
        # in a chronology's lines, that of the cue's own line ("2014 Wahl ...\n2016 Beitritt
        # zum Netzwerk"): the first after the cue, else the last before it
        line_end = s.find("\n", cue.end())
        line_end = len(s) if line_end < 0 else line_end
        after = YEAR_RE.search(s, cue.end(), line_end)
        before = list(YEAR_RE.finditer(s, 0, cue.end()))  # (a dated heading above it)
        year = after or (before[-1] if before else None) or YEAR_RE.search(s)
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
    if cue and not year and not ago and language.JOINED_RE.search(cue.group(0)):
        # "X tritt bei dieser Gelegenheit dem Observatorium bei" under a dated heading:
        # the act of joining has the year named last before it in its paragraph
        earlier = list(YEAR_RE.finditer(around.before))
        if earlier:
            year = earlier[-1]
            year_value = int(year.group("year"))
            year_span = (around.before_start + year.start(), around.before_start + year.end())
    if cue and language.MEMBERSHIP_INTENT_RE.search(s, 0, cue.end()):
        return None  # "X envisage son adhésion", "X will join": not a member yet
    founding = language.FOUNDING_MEMBER_RE.search(s) if cue and not year else None
    if not cue or not (year or founding):
        return None
    network = _network_in(s, base, matchers, gaz) or _network_in(
        sentence.text, sentence.start, matchers, gaz)
    if network is None and _bare_member_word(s, cue):
        # "X ist dort seit 2016 aktives Mitglied.", "seit 2016 ist unsere Stadt
        # Mitglied.": a member word without a complement speaks of the network the
        # paragraph named before it (the noun ends its clause or its line)
        network = _network_before(around, matchers, gaz)
    if network is None and len(release_networks) == 1:
        network = Hit(base + cue.start(), base + cue.end(), release_networks[0], cue.group(0))
    if network is None:
        return None
    if year and published and year_value > published.year:
        return None  # "wants to become a member in 2021", written before: no membership yet
    if not year:
        # "X ist Gründungsmitglied des Netzwerks", "membre fondateur": a member since the
        # year the network was founded
        founded = gaz.orgs[network.slug].founded if network.slug in gaz.orgs else None
        if founded is None:
            return None
        year_value, year_span = founded, (base + founding.start(), base + founding.end())
    subject = None
    line_start = s.rfind("\n", 0, cue.start()) + 1  # (a chronology's line: its own city)
    for limit in (cue.start(), cue.end()):
        # the city before the membership word, else inside a cue that holds its subject
        # ("im selben Jahr trat X dem Observatorium bei": the verb before the subject)
        for m in re.finditer(rf"{language.UPPER}[\w'’.-]*", s[line_start:limit]):
            m = re.compile(rf"{language.UPPER}[\w'’.-]*").match(s, line_start + m.start())
            verb = re.match(rf"\s+(?:{language.SUBJECT_VERBS})\b",
                            s[m.end():])
            found = matchers.city_at(s, m.start(), geonames=bool(verb))
            if found and found[2] <= limit and (subject is None or limit == cue.start()):
                subject = found
        if subject is not None:
            break
    of = re.match(rf"(?i)\s+(?:{language.OF_WORDS})\s*(?<=[\s'’])", s[cue.end():])
    if subject is None and of and language.JOINED_RE.search(cue.group(0)):
        # "Beitritt von X zum Observatorium", "adhésion de X à l'Observatoire": the joining
        # noun's city after it
        found = matchers.city_at(s, cue.end() + of.end(), geonames=False)
        subject = found or None
    if subject is None and language.CITY_DESCRIPTION_RE.match(s):
        # "...; die kanadische Metropole, die dem Netzwerk ... angehört": the city the
        # sentence named last before the description
        head = sentence.text[:base - sentence.start]
        named = [found for m in re.finditer(rf"{language.UPPER}[\w'’.-]*", head)
                 for found in [matchers.city_at(head, m.start(), geonames=False)] if found]
        if named:
            entry, start, end = named[-1]
            subject = (entry, start - (base - sentence.start), end - (base - sentence.start))
    described = _DESCRIPTION.search(s, 0, cue.start()) or _DESCRIPTION.search(
        s, cue.end(), cue.end() + 60)
    if subject is None and not described and around.described is not None and (
            member_city := language.MEMBER_CITY_RE.search(s)) and not _names_city(s, matchers):
        # "Netzwerk – Mitgliedsstadt seit 2016" in a city's list of its memberships: the
        # city the text speaks of, when the sentence names none
        described = member_city
    line_end = s.find("\n", cue.end())
    if subject is None and not described and around.described is not None and (
            member_city := _listed_membership(s, base, cue, matchers, gaz)) and \
            not _names_city(s[line_start:line_end if line_end >= 0 else len(s)], matchers):
        # "Netzwerk X – Mitglied seit 2016", a line of a city's list of its memberships:
        # the city the text speaks of, when the line names none
        described = member_city
    if subject is None and not described and around.described is not None and \
            language.JOINED_RE.search(cue.group(0)) and \
            not re.search(r"[^\W\d_]", s[line_start:cue.start()]):
        # "2016 – Beitritt zum Observatorium", "2017 : adhésion à l'Observatoire": a line of
        # the chronology of the city the text speaks of
        described = cue
    if subject is None and described and around.described is not None:
        # "Die Landeshauptstadt ist seit 2016 Mitglied", "Formal Mitglied ... ist die Stadt
        # seit 2016": the city the text speaks of
        return MembershipClue(around.described.slug, network.slug, year_value,
                              [(base + described.start(), base + described.end()),
                               (network.start, network.end), year_span], around.described)
    if subject is None:
        return None
    entry, start, end = subject
    return MembershipClue(entry.slug, network.slug, year_value,
                          [(base + start, base + end), (network.start, network.end),
                           year_span], entry)


# the words after a joining verb that open its list: up to three words, then a colon or a comma
# ("joined later:", "ont rejoint l'Observatoire ensuite :", "beigetreten, etwa")
_LIST_OPENING = re.compile(r"\s*(?:[\w'’]+\s*){0,3}[:,]\s*(?:[^\W\d_A-ZÄÖÜÉÈ][\w'’]*\s+)?")
# between two items: a comma, "and", or both
_NEXT_ITEM = re.compile(rf"(?i)\s*,?\s*(?:(?:{language.LIST_JOINERS})\s+)?")
# between a listed city and its year, at most the abbreviation of its state ("Washington, D.C.")
# and an aside in commas ("X, for example, in 2016")
_ASIDE = re.compile(r"(?:,\s*(?:[A-Z]\.)+)?(?:\s*,[^,.;:\n]{1,25},)?\s*")


def _joined_with_own_years(s: str, base: int, sentence: Sentence, matchers: Matchers,
                           gaz: Gazetteer, release_networks: list[str], published: date | None,
                           clue: MembershipClue | None) -> list[MembershipClue]:
    """"Other cities joined later: X in 2016 and Y in 2019", "X joined the network in 2016 and
    Y in 2019": after a joining verb, a list of cities each with its own year; the list
    follows the verb's first words and a colon or comma, or the year of the clause's own
    city, and each next item follows the year before it (not "joined colleagues from X in
    2019")."""
    cue = language.MEMBERSHIP_RE.search(s)
    if not cue or not language.JOINED_RE.search(cue.group(0)) or \
            language.MEMBERSHIP_INTENT_RE.search(s, 0, cue.end()):
        return []
    if clue is not None:
        at = clue.spans[2][1] - base
        if not 0 <= at <= len(s):
            return []  # (the year of a heading above the clause)
        network = Hit(*clue.spans[1], clue.network, "")
    else:
        opening = _LIST_OPENING.match(s, cue.end())
        network = _network_in(s, base, matchers, gaz) or _network_in(
            sentence.text, sentence.start, matchers, gaz)
        if network is None and len(release_networks) == 1:
            network = Hit(base + cue.start(), base + cue.end(), release_networks[0],
                          cue.group(0))
        if opening is None or network is None:
            return []
        at = opening.end()
    clues, taken = [], {clue.city} if clue else set()
    while True:
        at = _NEXT_ITEM.match(s, at).end() if clues or clue else at
        found = matchers.city_at(s, at, geonames=False)
        if not found or found[1] != at:
            return clues
        entry, start, end = found
        year = language.SINCE_YEAR_RE.match(s, _ASIDE.match(s, end).end())
        if year is None or (published and int(year.group("year")) > published.year):
            return clues
        if entry.slug not in taken:
            taken.add(entry.slug)
            clues.append(MembershipClue(entry.slug, network.slug, int(year.group("year")),
                                        [(base + start, base + end),
                                         (network.start, network.end),
                                         (base + year.start(), base + year.end())], entry))
        at = year.end()


def _bare_member_word(s: str, cue: re.Match) -> bool:
    """Whether the clause's membership cue is the member noun alone, with nothing after it
    but its year and the clause's end ("... seit 2016 aktives Mitglied.", "... a member since
    2016."): not "Mitglied des Stadtrats", "member of the board", whose complement names
    what the city is a member of."""
    return bool(language.MEMBER_WORD_RE.fullmatch(cue.group(0))) and bool(re.match(
        rf"(?i)[^\S\n]*(?:(?:{language.SINCE_WORDS})\s+(?:19|20)\d\d)?[^\S\n]*[.!]?"
        rf"[^\S\n\"“”»«„]*[\"“”»«„]?\s*(?:\n|$)", s[cue.end():]))


def _names_city(s: str, matchers: Matchers) -> bool:
    """Whether ``s`` names a city of the reference data."""
    return any(matchers.city_at(s, m.start(), geonames=False)
               for m in re.finditer(rf"{language.UPPER}[\w'’.-]*", s))


def _listed_membership(s: str, base: int, cue: re.Match, matchers: Matchers,
                       gaz: Gazetteer) -> re.Match | None:
    """The member word of a list's line that names its network and then says "Mitglied seit
    2016", "member since 2016" with nothing after it: a line of a city's list of its
    memberships (not a person's "Mitglied seit 2016", whose line names no network)."""
    if _bare_member_word(s, cue) and language.SINCE_YEAR_RE.match(s, cue.end() + len(
            s[cue.end():]) - len(s[cue.end():].lstrip())) and _network_in(
                s[:cue.start()], base, matchers, gaz):
        return cue
    return None


def _network_before(around: Surroundings, matchers: Matchers, gaz: Gazetteer) -> Hit | None:
    """The one network the paragraph before a sentence names (none when it names two)."""
    if not around.before.strip():
        return None
    networks = {h.slug: h for h in matchers.orgs_anywhere(around.before, around.before_start)
                if gaz.orgs.get(h.slug) and gaz.orgs[h.slug].is_network}
    if len(networks) > 1:
        return None
    return next(iter(networks.values()), None) or _network_in(
        around.before, around.before_start, matchers, gaz)


def _network_in(s: str, base: int, matchers: Matchers, gaz: Gazetteer) -> Hit | None:
    networks = [h for h in matchers.orgs_anywhere(s, base)
                if gaz.orgs.get(h.slug) and gaz.orgs[h.slug].is_network]
    if networks:
        return networks[0]
    # "Mitglied des Netzwerks", "membre du réseau": the one network the reference data
    # knows, named by a common word
    known = [o for o in gaz.orgs.values() if o.is_network]
    word = language.NETWORK_WORD_RE.search(s)
    if len(known) == 1 and word and not re.match(rf"\s+{language.UPPER}", s[word.end():]):
        # (not "réseau X", "Netzwerk Y": another network, named)
        return Hit(base + word.start(), base + word.end(), known[0].slug, word.group(0))
    return None

