"""Ready-made networkx graphs of the network: who took part in what, and who met whom.

Every graph is built in two steps from plain rows: the *affiliations* (member, event,
relation) of :func:`ltgraph.network.queries.membership_query`, then the node attributes of
:func:`ltgraph.network.queries.attribute_query`. The one-mode networks (cities, people,
organisations) are the weighted projections of the affiliations: two members are linked by
the events they share, and the weight of the link is the number of those events.

Node and edge attributes are plain ``str``, ``int`` and ``float`` values, never rdflib terms,
so that every graph can be written as GraphML or GEXF as it is; nodes and edges are inserted
in sorted order so that every export is byte-stable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations

import networkx as nx
from rdflib import Literal
from rdflib.term import Node

from ltgraph.network.queries import (
    ATTRIBUTE_VARIABLES,
    CLASS_KINDS,
    MEMBER_VARIABLES,
    MEMBERSHIP_VARIABLES,
    RELEASE_VARIABLES,
    attribute_query,
    member_query,
    membership_query,
    release_query,
)
from ltgraph.network.sources import StoreLike, as_store, select_rows
from ltgraph.slugs import slugify
from ltgraph.store.base import Store
from ltgraph.terms import WD, release_graph

KINDS = ("cities", "affiliation", "people", "organisations")
_MEMBER_KIND = {"cities": "city", "people": "person", "organisations": "organisation"}
SEPARATOR = ";"
INTERVAL = "/"  # between the first and the last day of an interval, as in ISO 8601
MEMBERS_DEFAULT = True


class FilterError(ValueError):
    """A filter that cannot be answered: an empty time window, a release name that is not a
    slug. The message says which filter and why."""


class UnknownFilterError(FilterError):
    """A filter names something the dataset does not have: a release that is not there, a time
    window without any dated event. Refused rather than answered with an empty graph. (The
    label language is a preference, not a filter: labels fall back to English, then any.)"""


@dataclass(frozen=True)
class Filters:
    """Which facts a graph is built from.

    ``since``/``until`` bound the date of each event (inclusive): a summit's start date; a
    declaration's date is that of the summit it was adopted at, else its own creation date.
    With a window, events of unknown date are left out. ``releases`` are release slugs: only
    participation facts stated in those releases' named graphs count. ``include_members``
    keeps the member cities of the network that share no event (isolated nodes); with
    ``until``, only those that had joined by then (``lt:memberSince`` at most its year).
    """

    lang: str = "en"
    since: date | None = None
    until: date | None = None
    releases: tuple[str, ...] = field(default_factory=tuple)
    include_members: bool = MEMBERS_DEFAULT

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise FilterError(f"the time window is empty: since {self.since} is after "
                              f"until {self.until}")
        for slug in self.releases:
            if not slug or slugify(slug) != slug:
                raise FilterError(f"{slug!r} is not a release slug such as "
                                  "'duesseldorf-20190901-318'")


@dataclass(frozen=True)
class Affiliation:
    member: str
    member_kind: str
    event: str
    relation: str  # local name of the linking property, e.g. "participatingCity"


Facts = Mapping[str, Mapping[str, list[Node]]]


# ------------------------------------------------------------------------- public graphs
def city_network(source: StoreLike = None, *, lang: str = "en",
                 since: date | None = None, until: date | None = None,
                 releases: Iterable[str] = (),
                 include_members: bool = MEMBERS_DEFAULT) -> nx.Graph:
    """Cities linked by the summits they took part in (as host, participant or signatory of
    the summit's declaration). ``weight`` = ``summits``, the number of shared summits;
    ``declarations`` counts the declarations both signed; ``distance`` = 1 / ``weight``.

    With ``include_members`` (the default) the member cities of the network that share no
    summit with anyone are nodes too, without edges.
    """
    return _one_mode(source, "cities", _filters(lang, since, until, releases, include_members))


def people_network(source: StoreLike = None, *, lang: str = "en",
                   since: date | None = None, until: date | None = None,
                   releases: Iterable[str] = ()) -> nx.Graph:
    """People linked by the summits they attended together (``weight`` = shared summits)."""
    return _one_mode(source, "people", _filters(lang, since, until, releases, False))


def organisation_network(source: StoreLike = None, *, lang: str = "en",
                         since: date | None = None, until: date | None = None,
                         releases: Iterable[str] = ()) -> nx.Graph:
    """Organisations linked by the summits they were partners of together."""
    return _one_mode(source, "organisations", _filters(lang, since, until, releases, False))


def affiliation_graph(source: StoreLike = None, *, lang: str = "en",
                      since: date | None = None, until: date | None = None,
                      releases: Iterable[str] = (),
                      include_members: bool = MEMBERS_DEFAULT) -> nx.Graph:
    """Cities, people and organisations (``bipartite=False``) linked to their events (``True``).

    ``bipartite`` is a boolean so that igraph reads it as a vertex type. Each edge carries
    ``relations``: the linking properties, e.g. ``hostCity;participatingCity``.
    """
    filters = _filters(lang, since, until, releases, include_members)
    reading = _read(source, ("city", "person", "organisation"), filters)
    return _affiliation_of(reading, filters)


def network(kind: str, source: StoreLike = None, **options: object) -> nx.Graph:
    """The graph of one kind by name: ``cities``, ``affiliation``, ``people``, ``organisations``."""
    builders = {"cities": city_network, "affiliation": affiliation_graph,
                "people": people_network, "organisations": organisation_network}
    if kind not in builders:
        raise ValueError(f"unknown network kind {kind!r}; expected one of {', '.join(KINDS)}")
    return builders[kind](source, **options)  # type: ignore[arg-type]


def snapshots(source: StoreLike = None, kind: str = "cities", *, lang: str = "en",
              releases: Iterable[str] = (), include_members: bool = MEMBERS_DEFAULT,
              cumulative: bool = False) -> dict[str, nx.Graph]:
    """One graph per summit, in the order of the summits' dates: ``{summit IRI: graph}``.

    Each graph is the network of that summit alone (the summit and the declarations adopted
    at it); with ``cumulative``, of every summit up to and including it. The graph's
    attributes name the summit (``summit``, ``summit_label``, ``date``). Member cities are
    kept (``include_members``) when they had joined by the summit's year. Only summits
    someone is known to have taken part in count (under a release filter: as that release
    says); summits of unknown date have no place in the sequence and are left out.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown network kind {kind!r}; expected one of {', '.join(KINDS)}")
    with_members = include_members and kind in ("cities", "affiliation")
    filters = _filters(lang, None, None, releases, with_members)
    member_kinds = (("city", "person", "organisation") if kind == "affiliation"
                    else (_MEMBER_KIND[kind],))
    reading = _read(source, member_kinds, filters)
    facts = reading.facts
    occasions = {occasion_of(item.event, facts) for item in reading.affiliations}
    summits = sorted((day, iri) for iri in occasions
                     if _kind(facts.get(iri, {}).get("type", ()), "") == "summit"
                     and (day := event_date(iri, facts)) is not None)
    graphs: dict[str, nx.Graph] = {}
    for day, summit in summits:
        if cumulative:
            chosen = [item for item in reading.affiliations
                      if (when := event_date(item.event, facts)) is not None and when <= day]
        else:
            chosen = [item for item in reading.affiliations
                      if occasion_of(item.event, facts) == summit]
        window = Filters(lang=lang, until=day, releases=filters.releases,
                         include_members=with_members)
        part = Reading(chosen, reading.nodes, facts, reading.members)
        graph = (_affiliation_of(part, window) if kind == "affiliation"
                 else _one_mode_of(kind, part, window))
        graph.graph.update(summit=summit, summit_label=reading.label(summit, lang),
                           date=day.isoformat())
        graphs[summit] = graph
    return graphs


# ------------------------------------------------------------------------------ building
def _filters(lang: str, since: date | None, until: date | None,
             releases: Iterable[str], include_members: bool) -> Filters:
    if isinstance(releases, str):
        releases = (releases,)
    return Filters(lang=lang, since=since, until=until, releases=tuple(sorted(set(releases))),
                   include_members=bool(include_members))


@dataclass
class Reading:
    """What one graph is built from: the affiliations inside the filters, the attributes of
    the nodes they name, the facts those came from, and the member cities (with the year they
    joined, when known)."""

    affiliations: list[Affiliation]
    nodes: dict[str, dict[str, object]]
    facts: Facts
    members: dict[str, int | None]

    def label(self, iri: str, lang: str) -> str:
        return choose_label(self.facts.get(iri, {}).get("label", ()), lang) or _local_name(iri)


def _one_mode(source: StoreLike, kind: str, filters: Filters) -> nx.Graph:
    return _one_mode_of(kind, _read(source, (_MEMBER_KIND[kind],), filters), filters)


def _one_mode_of(kind: str, reading: Reading, filters: Filters) -> nx.Graph:
    """The weighted projection of the affiliations onto the members: two members are linked
    by the summits they share; declarations are counted on the side, never in the weight."""
    events_of: dict[str, set[str]] = defaultdict(set)
    for item in reading.affiliations:
        events_of[item.member].add(item.event)
    nodes = reading.nodes
    graph = nx.Graph(name=kind, lang=filters.lang)
    isolated = _members_kept(reading, filters) if kind == "cities" else set()
    for iri in sorted(set(events_of) | isolated):
        graph.add_node(iri, **_with_intervals(nodes[iri], events_of.get(iri, ()), reading.facts))
    for (left, right), shared in sorted(_shared_events(events_of).items()):
        ordered = sorted(shared)
        summits = [e for e in ordered if nodes[e]["kind"] != "declaration"]
        if not summits:  # a declaration is always adopted at a summit (SHACL): cannot happen
            continue
        attributes: dict[str, object] = {"weight": len(summits), "summits": len(summits)}
        if kind == "cities":
            attributes["declarations"] = len(ordered) - len(summits)
        attributes["distance"] = 1 / len(summits)
        attributes["events"] = SEPARATOR.join(ordered)
        attributes["event_labels"] = SEPARATOR.join(str(nodes[e]["label"]) for e in ordered)
        graph.add_edge(left, right, **_with_intervals(attributes, ordered, reading.facts))
    return graph


def _affiliation_of(reading: Reading, filters: Filters) -> nx.Graph:
    graph = nx.Graph(name="affiliation", lang=filters.lang)
    members = {a.member for a in reading.affiliations} | _members_kept(reading, filters)
    events = {a.event for a in reading.affiliations}
    events_of: dict[str, set[str]] = defaultdict(set)
    for item in reading.affiliations:
        events_of[item.member].add(item.event)
    for iri in sorted(members | events):
        own = events_of.get(iri, ()) if iri in members else (iri,)
        graph.add_node(iri, **_with_intervals(reading.nodes[iri], own, reading.facts),
                       bipartite=iri not in members)
    relations: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in reading.affiliations:
        relations[(item.member, item.event)].add(item.relation)
    for (member, event), names in sorted(relations.items()):
        graph.add_edge(member, event, **_with_intervals(
            {"relations": SEPARATOR.join(sorted(names))}, (event,), reading.facts))
    return graph


def _members_kept(reading: Reading, filters: Filters) -> set[str]:
    """The member cities a graph keeps as nodes: all of them, or with ``until`` those that
    joined by its year (a member of unknown year is left out of a window, as an event of
    unknown date)."""
    if not filters.include_members:
        return set()
    if filters.until is None:
        return set(reading.members)
    return {city for city, year in reading.members.items()
            if year is not None and year <= filters.until.year}


def _with_intervals(attributes: Mapping[str, object], events: Iterable[str],
                    facts: Facts) -> dict[str, object]:
    """``attributes`` and, when any of the events is dated, ``intervals``: the days of those
    events as ISO 8601 intervals (``2019-08-30/2019-09-01``), sorted, joined by ``;``."""
    spans = merged_intervals(span for event in events if (span := event_interval(event, facts)))
    result = dict(attributes)
    if spans:
        result["intervals"] = SEPARATOR.join(f"{a.isoformat()}{INTERVAL}{b.isoformat()}"
                                             for a, b in spans)
    return result


def merged_intervals(spans: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """The intervals sorted, those that overlap or touch merged into one (a declaration
    signed during its summit adds no interval of its own)."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _shared_events(events_of: Mapping[str, set[str]]) -> dict[tuple[str, str], set[str]]:
    """For each pair of members (sorted) that share an event, the events they share."""
    members_of: dict[str, set[str]] = defaultdict(set)
    for member, events in events_of.items():
        for event in events:
            members_of[event].add(member)
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for event, members in members_of.items():
        for pair in combinations(sorted(members), 2):
            shared[pair].add(event)
    return shared


def _read(source: StoreLike, member_kinds: Sequence[str], filters: Filters) -> Reading:
    """The affiliations inside the filters, and the attributes of every node they mention.

    A filter that names what the dataset does not have raises :class:`UnknownFilterError`.
    """
    source = as_store(source)
    facts = node_facts(source)
    _check_filters(source, facts, filters)
    affiliations = [item for item in affiliations_of(source, member_kinds, filters.releases)
                    if _in_window(event_date(item.event, facts), filters)]
    members = (member_cities(source, filters.releases)
               if filters.include_members and "city" in member_kinds else {})
    nodes: dict[str, dict[str, object]] = {}
    for item in affiliations:
        if item.member not in nodes:
            nodes[item.member] = node_attributes(item.member, facts, filters.lang,
                                                 item.member_kind)
        if item.event not in nodes:
            nodes[item.event] = node_attributes(item.event, facts, filters.lang, "event")
    for city in members:
        if city not in nodes:
            nodes[city] = node_attributes(city, facts, filters.lang, "city")
    return Reading(affiliations, nodes, facts, members)


def _check_filters(source: Store, facts: Facts, filters: Filters) -> None:
    """Refuse a release or a time window the dataset knows nothing of."""
    if filters.releases:
        found = {str(row[0]) for row in select_rows(source, release_query(filters.releases),
                                                      RELEASE_VARIABLES)}
        missing = [slug for slug in filters.releases if str(release_graph(slug)) not in found]
        if missing:
            raise UnknownFilterError(
                f"no release {', '.join(repr(s) for s in missing)} in the dataset "
                "(a release is named by its slug, such as 'duesseldorf-20190901-318')")
    if filters.since is not None or filters.until is not None:
        days = sorted(day for iri, known in facts.items()
                      if _kind(known.get("type", ()), "") in ("summit", "declaration")
                      and (day := event_date(iri, facts)) is not None)
        if not any(_in_window(day, filters) for day in days):
            known_range = (f"the events run from {days[0]} to {days[-1]}" if days
                           else "no event has a date")
            raise UnknownFilterError(
                f"no summit or declaration between {filters.since or 'the beginning'} and "
                f"{filters.until or 'today'}; {known_range}")


def affiliations_of(source: Store, member_kinds: Sequence[str],
                    releases: Sequence[str] = ()) -> list[Affiliation]:
    """Who took part in what, as plain records sorted by member, event and relation."""
    records = set()
    for kind in member_kinds:
        query = membership_query([kind], releases)
        for member, event, relation in select_rows(source, query, MEMBERSHIP_VARIABLES):
            records.add(Affiliation(str(member), kind, str(event), _local_name(str(relation))))
    return sorted(records, key=lambda a: (a.member, a.event, a.relation))


def member_cities(source: Store, releases: Sequence[str] = ()) -> dict[str, int | None]:
    """The member cities of the network, each with the year it joined (``None``: not known)."""
    years: dict[str, int | None] = {}
    for member, since in select_rows(source, member_query(releases), MEMBER_VARIABLES):
        year = _integer(since) if since is not None else None  # an xsd:gYear: "2015"
        city = str(member)
        known = years.get(city)
        years[city] = year if known is None else min(known, year) if year else known
    return dict(sorted(years.items()))


def node_facts(source: Store) -> dict[str, dict[str, list[Node]]]:
    """What the dataset says about the typed nodes: ``{iri: {key: [values]}}``."""
    facts: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for node, key, value in select_rows(source, attribute_query(), ATTRIBUTE_VARIABLES):
        facts[str(node)][str(key)].append(value)
    return facts


# ------------------------------------------------------------------------ node attributes
def node_attributes(iri: str, facts: Facts, lang: str,
                    fallback_kind: str) -> dict[str, object]:
    """The plain attributes of one node: iri, label, kind and what else is known."""
    known = facts.get(iri, {})
    attributes: dict[str, object] = {
        "iri": iri,
        "label": choose_label(known.get("label", ()), lang) or _local_name(iri),
        "kind": _kind(known.get("type", ()), fallback_kind),
    }
    countries = sorted(str(code) for code in known.get("country", ()))
    if countries:
        attributes["country"] = countries[0]
    wikidata = sorted(str(link)[len(str(WD)):] for link in known.get("sameAs", ())
                      if str(link).startswith(str(WD)))
    if wikidata:
        attributes["wikidata"] = wikidata[0]
    day = _earliest(known.get("startDate", ())) or _earliest(known.get("dateCreated", ()))
    if day is not None:
        attributes["date"] = day.isoformat()
    ordinals = sorted(_integer(value) for value in known.get("ordinal", ())
                      if _integer(value) is not None)
    if ordinals:
        attributes["ordinal"] = ordinals[0]
    if attributes["kind"] == "city":
        attributes["member"] = bool(known.get("memberOf"))
    if attributes["kind"] == "person":
        attributes.update(person_attributes(known, facts, lang))
    return attributes


def person_attributes(known: Mapping[str, list[Node]], facts: Facts,
                      lang: str) -> dict[str, str]:
    """A person's ``roles`` (labels of the roles of their mandates), ``cities`` (labels of the
    cities they held them in), ``countries`` (ISO codes of those cities) and ``organisations``
    (labels of the organisations they held them in), each sorted and joined by ``;``; empty
    when no mandate is known. Every mandate ever attested counts."""
    def label(iri: str, key: str) -> str:
        return choose_label(facts.get(iri, {}).get(key, ()), lang) or _local_name(iri)

    roles = sorted({label(str(role), "prefLabel") for role in known.get("role", ())})
    cities = sorted({str(city) for city in known.get("mandateCity", ())})
    countries = sorted({str(code) for city in cities
                        for code in facts.get(city, {}).get("country", ())})
    organisations = sorted({label(str(o), "label") for o in known.get("mandateOrganisation", ())})
    return {"roles": SEPARATOR.join(roles),
            "cities": SEPARATOR.join(sorted(label(city, "label") for city in cities)),
            "countries": SEPARATOR.join(countries),
            "organisations": SEPARATOR.join(organisations)}


def choose_label(labels: Iterable[Node], lang: str) -> str | None:
    """The label in ``lang``, else in English, else without language, else any (sorted)."""
    def rank(label: Node) -> tuple[int, str, str]:
        tag = (label.language or "").lower() if isinstance(label, Literal) else ""
        if tag and (tag == lang.lower() or tag.startswith(lang.lower() + "-")):
            order = 0
        elif tag == "en" or tag.startswith("en-"):
            order = 1
        elif not tag:
            order = 2
        else:
            order = 3
        return order, tag, str(label)

    ranked = sorted((label for label in labels if isinstance(label, Literal)), key=rank)
    return str(ranked[0]) if ranked else None


def event_date(iri: str, facts: Facts) -> date | None:
    """The date a time window applies to: a summit's start date; for a declaration, the start
    date of the summit it was adopted at, else its own creation date."""
    known = facts.get(iri, {})
    own = _earliest(known.get("startDate", ()))
    if own is not None:
        return own
    for summit in sorted(str(s) for s in known.get("adoptedAt", ())):
        summit_date = _earliest(facts.get(summit, {}).get("startDate", ()))
        if summit_date is not None:
            return summit_date
    return _earliest(known.get("dateCreated", ()))


def occasion_of(iri: str, facts: Facts) -> str:
    """The summit an event belongs to: a declaration's summit, else the event itself."""
    summits = sorted(str(s) for s in facts.get(iri, {}).get("adoptedAt", ()))
    return summits[0] if summits else iri


def event_interval(iri: str, facts: Facts) -> tuple[date, date] | None:
    """The days an event took: a summit from its start to its end date; a declaration the
    day it was signed (created), else the days of its summit; ``None`` when undated."""
    known = facts.get(iri, {})
    start = _earliest(known.get("startDate", ()))
    if start is not None:
        end = _latest(known.get("endDate", ()))
        return start, end if end is not None and end >= start else start
    created = _earliest(known.get("dateCreated", ()))
    if created is not None:
        return created, created
    for summit in sorted(str(s) for s in known.get("adoptedAt", ())):
        if summit != iri and (span := event_interval(summit, facts)) is not None:
            return span
    return None


def _in_window(day: date | None, filters: Filters) -> bool:
    if filters.since is None and filters.until is None:
        return True
    if day is None:
        return False
    return ((filters.since is None or day >= filters.since)
            and (filters.until is None or day <= filters.until))


def _earliest(values: Iterable[Node]) -> date | None:
    days = []
    for value in values:
        try:
            days.append(date.fromisoformat(str(value)[:10]))
        except ValueError:
            continue
    return min(days) if days else None


def _latest(values: Iterable[Node]) -> date | None:
    days = []
    for value in values:
        try:
            days.append(date.fromisoformat(str(value)[:10]))
        except ValueError:
            continue
    return max(days) if days else None


def _integer(value: Node) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def _kind(types: Iterable[Node], fallback: str) -> str:
    kinds = sorted({CLASS_KINDS[str(t)] for t in types if str(t) in CLASS_KINDS})
    return kinds[0] if kinds else fallback


def _local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
