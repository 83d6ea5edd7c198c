"""Ready-made networkx graphs of the network: who took part in what, and who met whom.

Every graph is built in two steps from plain rows: the *affiliations* (member, event,
relation) of :func:`ltgraph.network.queries.membership_query`, then the node attributes of
:func:`ltgraph.network.queries.attribute_query` (both read by :mod:`ltgraph.network.reading`,
the attributes made plain by :mod:`ltgraph.network.attributes`). The one-mode networks
(cities, people, organisations) are the weighted projections of the affiliations: two members
are linked by the events they share, and the weight of the link is the number of those events.

Node and edge attributes are plain ``str``, ``int`` and ``float`` values, never rdflib terms,
so that every graph can be written as GraphML or GEXF as it is; nodes and edges are inserted
in sorted order so that every export is byte-stable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from itertools import combinations

import networkx as nx

from ltgraph.network.attributes import (
    SEPARATOR,
    Facts,
    event_date,
    event_interval,
    kind_of,
    merged_intervals,
    occasion_of,
)
from ltgraph.network.reading import (
    MEMBERS_DEFAULT,
    FilterError,
    Filters,
    Reading,
    UnknownFilterError,
    read,
)
from ltgraph.network.sources import StoreLike

__all__ = ["INTERVAL", "KINDS", "MEMBERS_DEFAULT", "SEPARATOR", "FilterError", "Filters",
           "UnknownFilterError", "affiliation_graph", "city_network", "network",
           "organisation_network", "people_network", "snapshots"]

KINDS = ("cities", "affiliation", "people", "organisations")
_MEMBER_KIND = {"cities": "city", "people": "person", "organisations": "organisation"}
INTERVAL = "/"  # between the first and the last day of an interval, as in ISO 8601


# ------------------------------------------------------------------------- public graphs
def city_network(store: StoreLike = None, *, lang: str = "en",
                 since: date | None = None, until: date | None = None,
                 releases: Iterable[str] = (),
                 include_members: bool = MEMBERS_DEFAULT) -> nx.Graph:
    """Cities linked by the summits they took part in (as host, participant or signatory of
    the summit's declaration). ``weight`` = ``summits``, the number of shared summits;
    ``declarations`` counts the declarations both signed; ``distance`` = 1 / ``weight``.

    With ``include_members`` (the default) the member cities of the network that share no
    summit with anyone are nodes too, without edges.
    """
    return _one_mode(store, "cities", _filters(lang, since, until, releases, include_members))


def people_network(store: StoreLike = None, *, lang: str = "en",
                   since: date | None = None, until: date | None = None,
                   releases: Iterable[str] = ()) -> nx.Graph:
    """People linked by the summits they attended together (``weight`` = shared summits)."""
    return _one_mode(store, "people", _filters(lang, since, until, releases, False))


def organisation_network(store: StoreLike = None, *, lang: str = "en",
                         since: date | None = None, until: date | None = None,
                         releases: Iterable[str] = ()) -> nx.Graph:
    """Organisations linked by the summits they were partners or co-organisers of together."""
    return _one_mode(store, "organisations", _filters(lang, since, until, releases, False))


def affiliation_graph(store: StoreLike = None, *, lang: str = "en",
                      since: date | None = None, until: date | None = None,
                      releases: Iterable[str] = (),
                      include_members: bool = MEMBERS_DEFAULT) -> nx.Graph:
    """Cities, people and organisations (``bipartite=False``) linked to their events (``True``).

    ``bipartite`` is a boolean so that igraph reads it as a vertex type. Each edge carries
    ``relations``: the linking properties, e.g. ``hostCity;participatingCity``.
    """
    filters = _filters(lang, since, until, releases, include_members)
    reading = read(store, ("city", "person", "organisation"), filters)
    return _affiliation_of(reading, filters)


def network(kind: str, store: StoreLike = None, **options: object) -> nx.Graph:
    """The graph of one kind by name: ``cities``, ``affiliation``, ``people``, ``organisations``."""
    builders = {"cities": city_network, "affiliation": affiliation_graph,
                "people": people_network, "organisations": organisation_network}
    if kind not in builders:
        raise ValueError(f"unknown network kind {kind!r}; expected one of {', '.join(KINDS)}")
    return builders[kind](store, **options)  # type: ignore[arg-type]


def snapshots(store: StoreLike = None, kind: str = "cities", *, lang: str = "en",
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
    reading = read(store, member_kinds, filters)
    facts = reading.facts
    occasions = {occasion_of(item.event, facts) for item in reading.affiliations}
    summits = sorted((day, iri) for iri in occasions
                     if kind_of(facts.get(iri, {}).get("type", ()), "") == "summit"
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


def _one_mode(store: StoreLike, kind: str, filters: Filters) -> nx.Graph:
    return _one_mode_of(kind, read(store, (_MEMBER_KIND[kind],), filters), filters)


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
