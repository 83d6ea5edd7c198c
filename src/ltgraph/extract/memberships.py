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
    for limit in (cue.start(), cue.end()):
        # the city before the membership word, else inside a cue that holds its subject
        # ("im selben Jahr trat X dem Observatorium bei": the verb before the subject)
        for m in re.finditer(rf"{language.UPPER}[\w'’.-]*", s[:limit]):
            verb = re.match(rf"\s+(?:{language.SUBJECT_VERBS})\b",
                            s[m.end():])
            found = matchers.city_at(s, m.start(), geonames=bool(verb))
            if found and found[2] <= limit and (subject is None or limit == cue.start()):
                subject = found
        if subject is not None:
            break
    if subject is None and language.CITY_DESCRIPTION_RE.match(s):
        # "...; die kanadische Metropole, die dem Netzwerk ... angehört": the city the
        # sentence named last before the description
        head = sentence.text[:base - sentence.start]
        named = [found for m in re.finditer(rf"{language.UPPER}[\w'’.-]*", head)
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

