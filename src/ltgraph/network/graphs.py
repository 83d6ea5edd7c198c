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
from datetime import date
from itertools import combinations

import networkx as nx
from rdflib import Literal
from rdflib.term import Node

from ltgraph.network.queries import (
    ATTRIBUTE_VARIABLES,
    CLASS_KINDS,
    MEMBERSHIP_VARIABLES,
    attribute_query,
    membership_query,
)
from ltgraph.network.sources import Source, SourceLike, as_source
from ltgraph.terms import WD

KINDS = ("cities", "affiliation", "people", "organisations")
_MEMBER_KIND = {"cities": "city", "people": "person", "organisations": "organisation"}
SEPARATOR = ";"


@dataclass(frozen=True)
class Filters:
    """Which facts a graph is built from.

    ``since``/``until`` bound the date of each event (inclusive): a summit's start date; a
    declaration's date is that of the summit it was adopted at, else its own creation date.
    With a window, events of unknown date are left out. ``releases`` are release slugs: only
    participation facts stated in those releases' named graphs count.
    """

    lang: str = "en"
    since: date | None = None
    until: date | None = None
    releases: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"the time window is empty: since {self.since} is after "
                             f"until {self.until}")


@dataclass(frozen=True)
class Affiliation:
    member: str
    member_kind: str
    event: str
    relation: str  # local name of the linking property, e.g. "participatingCity"


# ------------------------------------------------------------------------- public graphs
def city_network(source: SourceLike = None, *, lang: str = "en",
                 since: date | None = None, until: date | None = None,
                 releases: Iterable[str] = ()) -> nx.Graph:
    """Cities linked by the summits they took part in and the declarations they signed."""
    return _one_mode(source, "cities", _filters(lang, since, until, releases))


def people_network(source: SourceLike = None, *, lang: str = "en",
                   since: date | None = None, until: date | None = None,
                   releases: Iterable[str] = ()) -> nx.Graph:
    """People linked by the events they attended together."""
    return _one_mode(source, "people", _filters(lang, since, until, releases))


def organisation_network(source: SourceLike = None, *, lang: str = "en",
                         since: date | None = None, until: date | None = None,
                         releases: Iterable[str] = ()) -> nx.Graph:
    """Organisations linked by the events they were partners of together."""
    return _one_mode(source, "organisations", _filters(lang, since, until, releases))


def affiliation_graph(source: SourceLike = None, *, lang: str = "en",
                      since: date | None = None, until: date | None = None,
                      releases: Iterable[str] = ()) -> nx.Graph:
    """Cities, people and organisations (``bipartite=0``) linked to their events (``=1``).

    Each edge carries ``relations``: the linking properties, e.g. ``hostCity;participatingCity``.
    """
    filters = _filters(lang, since, until, releases)
    affiliations, nodes = _read(source, ("city", "person", "organisation"), filters)
    graph = nx.Graph(name="affiliation", lang=filters.lang)
    members = {a.member for a in affiliations}
    events = {a.event for a in affiliations}
    for iri in sorted(members | events):
        graph.add_node(iri, **nodes[iri], bipartite=0 if iri in members else 1)
    relations: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in affiliations:
        relations[(item.member, item.event)].add(item.relation)
    for (member, event), names in sorted(relations.items()):
        graph.add_edge(member, event, relations=SEPARATOR.join(sorted(names)))
    return graph


def network(kind: str, source: SourceLike = None, **options: object) -> nx.Graph:
    """The graph of one kind by name: ``cities``, ``affiliation``, ``people``, ``organisations``."""
    builders = {"cities": city_network, "affiliation": affiliation_graph,
                "people": people_network, "organisations": organisation_network}
    if kind not in builders:
        raise ValueError(f"unknown network kind {kind!r}; expected one of {', '.join(KINDS)}")
    return builders[kind](source, **options)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ building
def _filters(lang: str, since: date | None, until: date | None,
             releases: Iterable[str]) -> Filters:
    if isinstance(releases, str):
        releases = (releases,)
    return Filters(lang=lang, since=since, until=until, releases=tuple(sorted(set(releases))))


def _one_mode(source: SourceLike, kind: str, filters: Filters) -> nx.Graph:
    affiliations, nodes = _read(source, (_MEMBER_KIND[kind],), filters)
    events_of: dict[str, set[str]] = defaultdict(set)
    for item in affiliations:
        events_of[item.member].add(item.event)
    graph = nx.Graph(name=kind, lang=filters.lang)
    for iri in sorted(events_of):
        graph.add_node(iri, **nodes[iri])
    for (left, right), shared in sorted(_shared_events(events_of).items()):
        ordered = sorted(shared)
        graph.add_edge(left, right, weight=len(ordered), events=SEPARATOR.join(ordered),
                       event_labels=SEPARATOR.join(nodes[e]["label"] for e in ordered))
    return graph


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


def _read(source: SourceLike, member_kinds: Sequence[str],
          filters: Filters) -> tuple[list[Affiliation], dict[str, dict[str, object]]]:
    """The affiliations inside the filters, and the attributes of every node they mention."""
    source = as_source(source)
    facts = node_facts(source)
    affiliations = [item for item in affiliations_of(source, member_kinds, filters.releases)
                    if _in_window(event_date(item.event, facts), filters)]
    nodes: dict[str, dict[str, object]] = {}
    for item in affiliations:
        if item.member not in nodes:
            nodes[item.member] = node_attributes(item.member, facts, filters.lang,
                                                 item.member_kind)
        if item.event not in nodes:
            nodes[item.event] = node_attributes(item.event, facts, filters.lang, "event")
    return affiliations, nodes


def affiliations_of(source: Source, member_kinds: Sequence[str],
                    releases: Sequence[str] = ()) -> list[Affiliation]:
    """Who took part in what, as plain records sorted by member, event and relation."""
    records = set()
    for kind in member_kinds:
        query = membership_query([kind], releases)
        for member, event, relation in source.select(query, MEMBERSHIP_VARIABLES):
            records.add(Affiliation(str(member), kind, str(event), _local_name(str(relation))))
    return sorted(records, key=lambda a: (a.member, a.event, a.relation))


def node_facts(source: Source) -> dict[str, dict[str, list[Node]]]:
    """What the dataset says about the typed nodes: ``{iri: {key: [values]}}``."""
    facts: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for node, key, value in source.select(attribute_query(), ATTRIBUTE_VARIABLES):
        facts[str(node)][str(key)].append(value)
    return facts


# ------------------------------------------------------------------------ node attributes
def node_attributes(iri: str, facts: Mapping[str, Mapping[str, list[Node]]], lang: str,
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
    return attributes


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


def event_date(iri: str, facts: Mapping[str, Mapping[str, list[Node]]]) -> date | None:
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
