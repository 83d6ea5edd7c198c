"""What a network is read from: the affiliations (who took part in what) inside the filters,
and the facts about the nodes they name, asked of a store by the queries of
:mod:`ltgraph.network.queries` and turned into plain records.

A filter naming what the dataset does not have (a release, a time window without any dated
event) is refused with :class:`UnknownFilterError` rather than answered with an empty graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from rdflib.term import Node

from ltgraph.network.attributes import (
    Facts,
    choose_label,
    event_date,
    integer_of,
    kind_of,
    local_name,
    node_attributes,
)
from ltgraph.network.queries import (
    ATTRIBUTE_VARIABLES,
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
from ltgraph.terms import release_graph

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
        return choose_label(self.facts.get(iri, {}).get("label", ()), lang) or local_name(iri)


def read(store: StoreLike, member_kinds: Sequence[str], filters: Filters) -> Reading:
    """The affiliations inside the filters, and the attributes of every node they mention.

    A filter that names what the dataset does not have raises :class:`UnknownFilterError`.
    """
    store = as_store(store)
    facts = node_facts(store)
    _check_filters(store, facts, filters)
    affiliations = [item for item in affiliations_of(store, member_kinds, filters.releases)
                    if in_window(event_date(item.event, facts), filters)]
    members = (member_cities(store, filters.releases)
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


def _check_filters(store: Store, facts: Facts, filters: Filters) -> None:
    """Refuse a release or a time window the dataset knows nothing of."""
    if filters.releases:
        found = {str(row[0]) for row in select_rows(store, release_query(filters.releases),
                                                      RELEASE_VARIABLES)}
        missing = [slug for slug in filters.releases if str(release_graph(slug)) not in found]
        if missing:
            raise UnknownFilterError(
                f"no release {', '.join(repr(s) for s in missing)} in the dataset "
                "(a release is named by its slug, such as 'duesseldorf-20190901-318')")
    if filters.since is not None or filters.until is not None:
        days = sorted(day for iri, known in facts.items()
                      if kind_of(known.get("type", ()), "") in ("summit", "declaration")
                      and (day := event_date(iri, facts)) is not None)
        if not any(in_window(day, filters) for day in days):
            known_range = (f"the events run from {days[0]} to {days[-1]}" if days
                           else "no event has a date")
            raise UnknownFilterError(
                f"no summit or declaration between {filters.since or 'the beginning'} and "
                f"{filters.until or 'today'}; {known_range}")


def affiliations_of(store: Store, member_kinds: Sequence[str],
                    releases: Sequence[str] = ()) -> list[Affiliation]:
    """Who took part in what, as plain records sorted by member, event and relation."""
    records = set()
    for kind in member_kinds:
        query = membership_query([kind], releases)
        for member, event, relation in select_rows(store, query, MEMBERSHIP_VARIABLES):
            records.add(Affiliation(str(member), kind, str(event), local_name(str(relation))))
    return sorted(records, key=lambda a: (a.member, a.event, a.relation))


def member_cities(store: Store, releases: Sequence[str] = ()) -> dict[str, int | None]:
    """The member cities of the network, each with the year it joined (``None``: not known)."""
    years: dict[str, int | None] = {}
    for member, since in select_rows(store, member_query(releases), MEMBER_VARIABLES):
        year = integer_of(since) if since is not None else None  # an xsd:gYear: "2015"
        city = str(member)
        known = years.get(city)
        years[city] = year if known is None else min(known, year) if year else known
    return dict(sorted(years.items()))


def node_facts(store: Store) -> dict[str, dict[str, list[Node]]]:
    """What the dataset says about the typed nodes: ``{iri: {key: [values]}}``."""
    facts: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for node, key, value in select_rows(store, attribute_query(), ATTRIBUTE_VARIABLES):
        facts[str(node)][str(key)].append(value)
    return facts


def in_window(day: date | None, filters: Filters) -> bool:
    if filters.since is None and filters.until is None:
        return True
    if day is None:
        return False
    return ((filters.since is None or day >= filters.since)
            and (filters.until is None or day <= filters.until))
