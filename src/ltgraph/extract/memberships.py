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
        offset += len(clause)
    return clues


def _membership_clause(s: str, base: int, sentence: Sentence, matchers: Matchers,
                       gaz: Gazetteer, release_networks: list[str],
                       published: date | None = None,
                       around: Surroundings = Surroundings()) -> MembershipClue | None:
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
    if cue and not year and not ago and language.JOINED_RE.search(cue.group(0)):
        # "X tritt bei dieser Gelegenheit dem Observatorium bei" under a dated heading:
        # the act of joining has the year named last before it in its paragraph
        earlier = list(YEAR_RE.finditer(around.before))
        if earlier:
            year = earlier[-1]
            year_value = int(year.group("year"))
            year_span = (around.before_start + year.start(), around.before_start + year.end())
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
    described = _DESCRIPTION.search(s, 0, cue.start()) or _DESCRIPTION.search(
        s, cue.end(), cue.end() + 60)
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

