"""Mandates: a person holds a role for a city or an organisation.

The roles come with the people's mentions (``ltgraph.extract.people``); here each role gets its
agent — the one the sentence names, else the one the reference data knows for that person and
role, else the publisher for a publisher's role, else the city in a photo's file name — and the
two halves are settled into one mandate per person, role and agent. A role whose agent cannot
be told is left out with a warning, never attached to a guess.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ltgraph import language
from ltgraph.extract import events
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.mention import PersonMention
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.places import Hit
from ltgraph.extract.roles import CITY_ROLES, PUBLISHER_ROLES
from ltgraph.extract.terms_of_office import Term, term_of
from ltgraph.extract.text import Region
from ltgraph.model import MandateFact, Span

__all__ = ["Mandate", "RoleClue", "mandate_facts", "mandates", "with_host_mandates"]


@dataclass(frozen=True)
class RoleClue:
    """One role of one mention with the agent found for it; ``group`` is the region kind and
    language it was read in ("body:en"), so the halves can be told apart."""

    person: str
    role: str
    agent: str
    label: str
    language: str
    spans: tuple[tuple[int, int], ...]  # the name, the role's words, the agent's words
    group: str
    mention: PersonMention
    guessed: bool = False  # the agent is the publisher's, the text names none for this role

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.person, self.role, self.agent)


@dataclass(frozen=True)
class Mandate:
    """One mandate of the release; ``spans`` begin with the name and the role's words of its
    first clue (the evidence a participation takes from it)."""

    person: str
    role: str
    agent: str
    label: str
    written_in: str
    spans: tuple[tuple[int, int], ...]
    term: Term | None = None  # the term of office the release ties to this role


def mandates(ctx: ReleaseContext, finder: PeopleFinder, publisher: str | None
             ) -> tuple[Mandate, ...]:
    """The mandates of the release, each agent added to the facts."""
    settled = _settle(ctx, _role_clues(ctx, finder, publisher))
    for mandate in settled:
        spans = mandate.spans
        ctx.add_agent(mandate.agent, *(spans[2:] or spans[:2]))
    return settled


def mandate_facts(settled: tuple[Mandate, ...]) -> tuple[MandateFact, ...]:
    """The mandates as facts, in a stable order."""
    facts = [MandateFact(m.person, m.role, m.agent, m.label, m.written_in,
                         tuple(Span(s, e) for s, e in sorted(set(m.spans))),
                         *_term_fields(m))
             for m in settled]
    return tuple(sorted(facts, key=lambda m: (m.person, m.role, m.agent)))


def _role_clues(ctx: ReleaseContext, finder: PeopleFinder, publisher: str | None
                ) -> list[RoleClue]:
    """A clue per role of a resolved mention whose agent can be told."""
    found = []
    for mention in finder.mentions:
        if not mention.slug:
            continue
        for n, hit in enumerate(mention.roles):
            agent = mention.agents.get(n)
            if agent is None and mention.place and (
                    hit.role not in CITY_ROLES or mention.place.startswith("city/")):
                agent = mention.place
            if agent is None:
                agent = _agent_from_reference(ctx, mention.slug, hit.role)
            described = None
            guessed = False
            if agent is None and hit.role in CITY_ROLES:
                described = _described_city(ctx, mention, hit.end)
                agent = f"city/{described.slug}" if described else None
            clause = _clause_cities(ctx, mention, hit) \
                if agent is None and mention.host_named and hit.role in CITY_ROLES else []
            if len({c.slug for c in clause}) == 1:
                # "in Y, at the invitation of then-mayor X": the host of the clause's city,
                # not the publisher's (on another city's page)
                described, agent = clause[0], f"city/{clause[0].slug}"
            if agent is None and hit.role in PUBLISHER_ROLES and publisher and not clause \
                    and not _school_publisher(ctx):
                agent, guessed = publisher, True
            if agent is None and mention.region.kind == "caption":
                agent = _agent_from_file_name(ctx, mention.region)
            if agent is None and mention.host_named and hit.role in CITY_ROLES:
                continue  # the host's: told once the summit is known (with_host_mandates)
            if agent is None:
                ctx.warnings.append(
                    f"{hit.label!r} of {mention.raw} at character {hit.start}: no city or "
                    "organisation is named for this role; no mandate recorded")
                continue
            spans = ((mention.start, mention.end), (hit.start, hit.end), *mention.agent_spans,
                     *([(described.start, described.end)] if described else []))
            group = f"{mention.region.kind}:{mention.region.language}"
            found.append(RoleClue(mention.slug, hit.role, agent, hit.label, hit.language, spans,
                                  group, mention, guessed))
    return _without_contradicted_guesses(found)


def _school_publisher(ctx: ReleaseContext) -> bool:
    """A publisher named as a school or a university ("X-Gymnasium Y", "École Z") or as a
    diplomatic mission ("Generalkonsulat X", "Embassy of X to Y"): its city is
    only where it stands, and its pages tell of other cities' mayors (a class's project on the
    network, a consulate's report on a summit it watched), so a bare "the mayor" there is no
    sign of the publisher's city."""
    name = ctx.release.publisher_name
    return bool(name and (language.SCHOOL_NAME_RE.search(name)
                          or language.MISSION_NAME_RE.search(name)))


def _without_contradicted_guesses(found: list[RoleClue]) -> list[RoleClue]:
    """'the Mayor of Y, X' then 'Mayor X' on another city's page: the bare title means the
    city the text named for that person's role, not the publisher's."""
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for clue in found:
        if not clue.guessed:
            named[(clue.person, clue.role)].add(clue.agent)
    return [c for c in found
            if not (c.guessed and named[(c.person, c.role)] - {c.agent})]


def with_host_mandates(ctx: ReleaseContext, finder: PeopleFinder, settled: tuple[Mandate, ...],
                       main: events.SummitInfo | None,
                       named: dict[str, events.SummitInfo] | None = None
                       ) -> tuple[Mandate, ...]:
    """'hosted by Mayor X', 'L'hôte, le maire X', 'Gastgeber Oberbürgermeister X': a city role
    the text gives the host without naming its city is held for the host city of the summit
    the entry heads (a chronology's line "- 3rd summit – Y, 7–10 December 2021, hosted by
    Mayor X"), else of the summit the release reports on; without such a summit, no mandate
    (and a warning)."""
    added = []
    known = {(m.person, m.role) for m in settled}
    for mention in finder.mentions:
        if not (mention.slug and mention.host_named):
            continue
        for n, hit in enumerate(mention.roles):
            if n in mention.agents or hit.role not in CITY_ROLES or \
                    (mention.slug, hit.role) in known:
                continue
            hosted = _summit_heading_entry(ctx, hit.start, named or {}) or main
            if hosted is None or not hosted.host:
                ctx.warnings.append(
                    f"{hit.label!r} of {mention.raw} at character {hit.start}: the host's role, "
                    "but no summit with a host city is named; no mandate recorded")
                continue
            agent = f"city/{hosted.host}"
            spans = ((mention.start, mention.end), (hit.start, hit.end), *hosted.evidence[:1])
            ctx.add_agent(agent, *hosted.evidence[:1])
            known.add((mention.slug, hit.role))
            added.append(Mandate(mention.slug, hit.role, agent, hit.label, hit.language, spans))
    return settled + tuple(added)


def _summit_heading_entry(ctx: ReleaseContext, at: int, named: dict[str, events.SummitInfo]
                          ) -> events.SummitInfo | None:
    """The summit a sentence opens with, when the role at ``at`` stands in that sentence:
    an entry of a chronology or a list of summits ("- **3rd summit** – Y, 2021, hosted by
    Mayor X", "The third summit was hosted by ..."), one summit named before the role and
    only list marks, emphasis or an article before it; a sentence naming more summits, or
    one after other words ("After the first summit, ... hosted by Mayor X"), heads none."""
    found = {info.slug: info for info in named.values() for m in info.mentions
             if m.sentence.start <= at < m.sentence.end and m.start < at}
    if len(found) != 1:
        return None
    info = next(iter(found.values()))
    first = min(m.start for m in info.mentions if m.sentence.start <= at < m.sentence.end)
    sentence = next(m.sentence for m in info.mentions if m.start == first)
    # (a line of its own: what ends the line before is no part of the entry)
    line = max(sentence.start, ctx.text.rfind("\n", sentence.start, first) + 1)
    return info if _ENTRY_HEAD.fullmatch(ctx.text[line:first]) else None


# what may stand before a summit that heads an entry: list marks, emphasis, an article, its
# ordinal ("- **3rd ", "The third ", "Der dritte ")
_ENTRY_HEAD = re.compile(
    rf"(?i)[ \t\-*•#>|_\d.)]*(?:(?:{language.DEFINITE_ARTICLES})\s+)?(?:[^\W_]+\s+)?")


# "le maire de la métropole", "the mayor of the city", "der Bürgermeister der Metropole": a
# city role held for a city the words describe instead of naming it
_DESCRIBED_AGENT = re.compile(
    rf"(?i)\s+(?:(?:{language.OF_WORDS}|{language.AGENT_PREPOSITIONS})\s+)?"
    rf"(?=(?:{language.DEFINITE_ARTICLES})\s)")
_DESCRIBED_END = re.compile(
    rf"(?i)\b(?:{language.DEFINITE_ARTICLES})\s+(?:[^\W\d]+\s+){{0,2}}(?:{language.PLACE_NOUNS})$")
# a place named after a preposition: "in X", "à X", "nach X", "de X"
_PLACE_THEN_NAME = re.compile(
    rf"\b(?:{language.PLACE_PREPOSITIONS}|{language.EVENT_PLACE_PREPOSITIONS}|"
    rf"{language.DESTINATION_WORDS}|{language.OF_WORDS})\s+(?=[A-ZÄÖÜÉ])")


def _described_city(ctx: ReleaseContext, mention: PersonMention, role_end: int
                    ) -> Hit | None:
    """The city a role's described agent ("de la métropole") stands for: the last city
    the paragraph named before the role; none where it names none (no guess)."""
    of = _DESCRIBED_AGENT.match(ctx.text, role_end)
    description = of and language.CITY_DESCRIPTION_RE.match(ctx.text[of.end():of.end() + 80])
    if description:
        role_end = of.end() + description.end()
    elif not _DESCRIBED_END.search(ctx.text, max(0, role_end - 40), role_end):
        return None  # neither the role's words ("maire de la ville") nor those after it
    if re.match(r"\s+\S+\s+[A-ZÄÖÜÉ]|\s+[A-ZÄÖÜÉ]", ctx.text[role_end:]):
        return None  # "the mayor of the city of X", "der Stadt X": the city is named
    paragraph = max(ctx.text.rfind("\n\n", 0, role_end), mention.region.start)
    hits = ctx.tools.matchers.cities_anywhere(ctx.text[paragraph:role_end], paragraph)
    for m in _PLACE_THEN_NAME.finditer(ctx.text, paragraph, role_end):
        found = ctx.tools.matchers.city_at(ctx.text, m.end())
        if found and found.end <= role_end:  # a town the reference data does not know
            hits.append(Hit(found.start, found.end, found.entry.slug, ctx.text[found.start:
                                                                               found.end]))
    return max(hits, key=lambda h: h.start) if hits else None


# a place of what a sentence tells: "in Y", "à Y", "im Y" (no "of Y": a role's city)
_PLACE_OF_EVENT = re.compile(
    rf"\b(?:{language.PLACE_PREPOSITIONS}|{language.EVENT_PLACE_PREPOSITIONS})\s+"
    r"(?=[A-ZÄÖÜÉ])")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


def _clause_cities(ctx: ReleaseContext, mention: PersonMention, hit) -> list[Hit]:
    """The cities the sentence of a role names after a place preposition ("in Y", "à Y",
    "nach Y"), before the role first: the place of what the sentence tells."""
    region_start = mention.region.start
    start = max([region_start] + [m.end() for m in _SENTENCE_BREAK.finditer(
        ctx.text, max(region_start, hit.start - 300), hit.start)])
    # before the role only: after the name a relative clause may name another place
    # ("hosted by Mayor X, who first pitched the idea in Y")
    stop = min(hit.start, mention.region.end)
    found = []
    for m in _PLACE_OF_EVENT.finditer(ctx.text, start, stop):
        city = ctx.tools.matchers.city_at(ctx.text, m.end())
        if city and city.end <= stop:
            found.append(Hit(city.start, city.end, city.entry.slug,
                             ctx.text[city.start:city.end]))
    return found


def _agent_from_reference(ctx: ReleaseContext, person: str, role: str) -> str | None:
    """The one agent the reference data knows for this person in this role."""
    agents = {m.agent for m in ctx.gaz.mandates_of(person) if m.role == role}
    return agents.pop() if len(agents) == 1 else None


def _agent_from_file_name(ctx: ReleaseContext, region: Region) -> str | None:
    """A city named in the file name of a caption's photo ("..._Izmir_2021.jpg")."""
    if region.image is None:
        return None
    url = ctx.release.images[region.image].url
    stem = url.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for word in re.split(r"[_\W\d]+", stem):
        if len(word) >= 4 and word[0].isupper():
            entry = ctx.gaz.city(word, reference_only=True) or ctx.gaz.city(word)
            if entry:
                ctx.city_entries.setdefault(entry.slug, entry)
                return f"city/{entry.slug}"
    return None


def _settle(ctx: ReleaseContext, found: list[RoleClue]) -> tuple[Mandate, ...]:
    """One mandate per (person, role, agent); English names win over German minted orgs;
    different roles for one person and agent in the two halves are reported."""
    by_key: dict[tuple[str, str, str], list[RoleClue]] = defaultdict(list)
    for clue in found:
        by_key[clue.key].append(clue)
    _drop_minted_agents(ctx, by_key)
    _read_mayor_as_deputy(by_key)
    _read_mayor_beside_head_as_deputy(by_key)
    _warn_of_different_roles(ctx, by_key)
    settled = []
    for (person, role, agent), clues in by_key.items():
        spans = tuple(s for clue in clues for s in clue.spans)
        first = clues[0]
        # keep the mention span and the role span first (participation evidence)
        settled.append(Mandate(person, role, agent, first.label, first.language, spans,
                               _term_of_clues(ctx, clues)))
    return tuple(settled)


def _term_of_clues(ctx: ReleaseContext, clues: list[RoleClue]) -> Term | None:
    """The term of office the clues of one mandate state; where the halves state different
    ones, a warning and none."""
    stated = [(clue, t) for clue in clues
              if (t := term_of(ctx.release.text, clue.spans[0], clue.spans[1], clue.spans[2:]))]
    if len({(t.start, t.end) for _, t in stated}) > 1:
        ctx.warnings.append(
            f"different terms of office for {clues[0].person} as {clues[0].role}: "
            + " / ".join(sorted({f"{t.start or ''}..{t.end or ''}" for _, t in stated})))
        return None
    if not stated:
        return None
    spans = {s for clue, t in stated for s in (*t.spans, clue.spans[1])}
    start, end = stated[0][1].start, stated[0][1].end
    return Term(start, end, tuple(sorted(spans)))


def _term_fields(m: Mandate) -> tuple:
    """start, end and the evidence of a mandate's term, for MandateFact."""
    if m.term is None:
        return (None, None, ())
    return (m.term.start, m.term.end, tuple(Span(s, e) for s, e in m.term.spans))


def _drop_minted_agents(ctx: ReleaseContext,
                        by_key: dict[tuple[str, str, str], list[RoleClue]]) -> None:
    """A minted organisation from the German half yields to the English half's agent."""
    minted = {k for k, clues in by_key.items()
              if k[2].startswith("org/") and k[2][4:] not in ctx.gaz.orgs
              and not any(c.group.endswith(":en") for c in clues)}
    for key in minted:
        if any(k[0] == key[0] and k[1] == key[1] and k != key and
               any(c.group.endswith(":en") for c in clues) for k, clues in by_key.items()):
            del by_key[key]


def _read_mayor_as_deputy(by_key: dict[tuple[str, str, str], list[RoleClue]]) -> None:
    """"Bürgermeister(in)" is also the title of a deputy in German cities that have an
    Oberbürgermeister: where the other half says deputy mayor, that reading holds."""
    for key in [k for k in by_key if k[1] == "mayor"]:
        deputy = (key[0], "deputy-mayor", key[2])
        if deputy in by_key and all(language.AMBIGUOUS_MAYOR_RE.fullmatch(c.label)
                                    for c in by_key[key]):
            by_key[deputy] += by_key.pop(key)


def _read_mayor_beside_head_as_deputy(by_key: dict[tuple[str, str, str], list[RoleClue]]
                                      ) -> None:
    """"Bürgermeisterin X" beside "Oberbürgermeister Y" of the same city: a city has one head,
    and where the text gives another person the head's own title, the plain title is the
    deputy's (a German city's deputies are called Bürgermeister(in))."""
    heads = {(key[0], key[2]) for key, clues in by_key.items() if key[1] == "mayor"
             and any(language.HEAD_MAYOR_TITLE_RE.fullmatch(c.label) for c in clues)}
    for key in [k for k in by_key if k[1] == "mayor" and k[2].startswith("city/")]:
        if not any(agent == key[2] and person != key[0] for person, agent in heads):
            continue
        if all(language.AMBIGUOUS_MAYOR_RE.fullmatch(c.label) for c in by_key[key]):
            by_key.setdefault((key[0], "deputy-mayor", key[2]), []).extend(by_key.pop(key))


def _warn_of_different_roles(ctx: ReleaseContext,
                             by_key: dict[tuple[str, str, str], list[RoleClue]]) -> None:
    """The two bodies give one person different roles for one agent: told, not settled."""
    roles_by_half: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (person, role, agent), clues in by_key.items():
        for clue in clues:
            if clue.group.startswith("body"):
                roles_by_half[(person, agent)][clue.group].add(role)
    for (person, agent), halves in roles_by_half.items():
        role_sets = [frozenset(v) for v in halves.values()]
        if len(role_sets) == 2 and all(len(r) == 1 for r in role_sets) and \
                role_sets[0] != role_sets[1]:
            ctx.warnings.append(
                f"the halves give {person} different roles for {agent}: "
                + " / ".join(sorted(next(iter(r)) for r in role_sets)))
