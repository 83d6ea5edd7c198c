"""Given the hand-written two-summits dataset, the graphs state exactly what was computed by hand.

The dataset (tests/network/data/two-summits.trig): the 2015 Montreal summit (host Montreal;
declaration signed by Montreal and Rabat in the reference graph; Warsaw taking part according
to release test-20150612-2) and the 2019 Düsseldorf summit (host Düsseldorf; Düsseldorf,
Warsaw, Rabat and Hamburg taking part and the first three signing its declaration according
to release test-20190901-1).
"""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from ltgraph.network import (
    affiliation_graph,
    city_network,
    network,
    organisation_network,
    people_network,
)

from .conftest import TWO_SUMMITS, iri

S15, D15 = iri("summit/2015-montreal"), iri("declaration/2015-montreal")
S19, D19 = iri("summit/2019-duesseldorf"), iri("declaration/2019-duesseldorf")


def edges_of(graph: nx.Graph) -> dict[tuple[str, str], tuple[int, list[str]]]:
    return {(u.rsplit("/", 1)[-1], v.rsplit("/", 1)[-1]):
            (data["weight"], data["events"].split(";")) for u, v, data in graph.edges(data=True)}


def test_cities_are_linked_by_every_summit_and_declaration_they_share(two_summits):
    graph = city_network(two_summits)
    assert list(graph.nodes) == [iri(f"city/{c}") for c in
                                 ("duesseldorf", "hamburg", "montreal", "rabat", "warsaw")]
    assert edges_of(graph) == {
        ("duesseldorf", "hamburg"): (1, [S19]),
        ("duesseldorf", "rabat"): (2, [D19, S19]),
        ("duesseldorf", "warsaw"): (2, [D19, S19]),
        ("hamburg", "rabat"): (1, [S19]),
        ("hamburg", "warsaw"): (1, [S19]),
        ("montreal", "rabat"): (2, [D15, S15]),
        ("montreal", "warsaw"): (1, [S15]),
        ("rabat", "warsaw"): (3, [D19, S15, S19]),
    }


def test_edges_name_their_events_in_the_same_order_as_the_iris(two_summits):
    data = city_network(two_summits).edges[iri("city/rabat"), iri("city/warsaw")]
    assert data["event_labels"] == (
        "Düsseldorf declaration;Montreal summit 2015;Düsseldorf summit 2019")
    assert data["event_labels"].count(";") == data["events"].count(";") == data["weight"] - 1


def test_city_nodes_carry_plain_iri_label_kind_country_and_wikidata(two_summits):
    graph = city_network(two_summits)
    assert graph.nodes[iri("city/montreal")] == {
        "iri": iri("city/montreal"), "label": "Montreal", "kind": "city", "country": "CA",
        "wikidata": "Q340"}
    assert "wikidata" not in graph.nodes[iri("city/hamburg")]  # no Wikidata link is known
    for _, data in graph.nodes(data=True):
        assert all(type(value) in (str, int, float) for value in data.values())
    for _, _, data in graph.edges(data=True):
        assert all(type(value) in (str, int, float) for value in data.values())


@pytest.mark.parametrize(("lang", "montreal", "warsaw", "messe"), [
    ("en", "Montreal", "Warsaw", "Messe Düsseldorf"),  # no English label: the only one there is
    ("de", "Montreal", "Warschau", "Messe Düsseldorf"),  # no German label: English
    ("fr", "Montréal", "Warsaw", "Messe Düsseldorf"),
])
def test_labels_are_in_the_chosen_language_else_english_else_any(two_summits, lang, montreal,
                                                                  warsaw, messe):
    cities = city_network(two_summits, lang=lang)
    assert cities.nodes[iri("city/montreal")]["label"] == montreal
    assert cities.nodes[iri("city/warsaw")]["label"] == warsaw
    organisations = organisation_network(two_summits, lang=lang)
    assert organisations.nodes[iri("org/messe-duesseldorf")]["label"] == messe


def test_a_time_window_keeps_only_events_starting_inside_it(two_summits):
    early = city_network(two_summits, until=date(2016, 12, 31))
    assert edges_of(early) == {
        ("montreal", "rabat"): (2, [D15, S15]),
        ("montreal", "warsaw"): (1, [S15]),
        ("rabat", "warsaw"): (1, [S15]),
    }
    late = city_network(two_summits, since=date(2019, 8, 30), until=date(2019, 8, 30))
    assert set(late.nodes) == {iri(f"city/{c}") for c in ("duesseldorf", "hamburg", "rabat",
                                                           "warsaw")}
    assert late.edges[iri("city/rabat"), iri("city/warsaw")]["weight"] == 2
    assert city_network(two_summits, since=date(2019, 8, 31)).number_of_nodes() == 0


def test_an_empty_time_window_is_refused(two_summits):
    with pytest.raises(ValueError, match="empty"):
        city_network(two_summits, since=date(2020, 1, 1), until=date(2019, 1, 1))


def test_a_release_filter_keeps_only_the_facts_that_release_states(two_summits):
    graph = city_network(two_summits, releases=["test-20190901-1"])
    assert edges_of(graph) == {
        ("duesseldorf", "hamburg"): (1, [S19]),
        ("duesseldorf", "rabat"): (2, [D19, S19]),
        ("duesseldorf", "warsaw"): (2, [D19, S19]),
        ("hamburg", "rabat"): (1, [S19]),
        ("hamburg", "warsaw"): (1, [S19]),
        ("rabat", "warsaw"): (2, [D19, S19]),
    }
    older = city_network(two_summits, releases=["test-20150612-2"])
    assert list(older.nodes) == [iri("city/warsaw")] and older.number_of_edges() == 0
    both = city_network(two_summits, releases=["test-20150612-2", "test-20190901-1"])
    # Rabat's part in 2015 is stated in the reference graph only
    assert both.edges[iri("city/rabat"), iri("city/warsaw")]["weight"] == 2
    assert city_network(two_summits, releases=["no-such-release"]).number_of_nodes() == 0


def test_people_are_linked_by_the_events_they_attended_together(two_summits):
    graph = people_network(two_summits)
    assert edges_of(graph) == {
        ("denis-coderre", "thomas-geisel"): (1, [S15]),
        ("dorothee-stapelfeldt", "michal-olszewski"): (1, [S19]),
        ("dorothee-stapelfeldt", "thomas-geisel"): (1, [S19]),
        ("michal-olszewski", "thomas-geisel"): (1, [S19]),
    }
    assert graph.nodes[iri("person/michal-olszewski")]["label"] == "Michał Olszewski"
    assert {data["kind"] for _, data in graph.nodes(data=True)} == {"person"}


def test_organisations_are_linked_by_the_events_they_were_partners_of(two_summits):
    graph = organisation_network(two_summits)
    assert edges_of(graph) == {("eurocities", "messe-duesseldorf"): (1, [S19])}
    assert people_network(two_summits, releases=["test-20190901-1"]).number_of_nodes() == 3


def test_the_affiliation_graph_is_bipartite_members_against_events(two_summits):
    graph = affiliation_graph(two_summits)
    members = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 0}
    events = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 1}
    assert events == {S15, D15, S19, D19}
    assert len(members) == 5 + 4 + 2  # cities, people, organisations
    assert nx.bipartite.is_bipartite_node_set(graph, members)
    assert graph.number_of_edges() == 20
    assert graph.edges[iri("city/duesseldorf"), S19]["relations"] == (
        "hostCity;participatingCity;signatory")
    assert graph.edges[iri("city/rabat"), S15]["relations"] == "signatory"
    assert graph.edges[iri("org/eurocities"), S15]["relations"] == "partner"
    assert dict(graph.nodes[S19]) == {"iri": S19, "label": "Düsseldorf summit 2019",
                                     "kind": "summit", "date": "2019-08-30", "ordinal": 2,
                                     "bipartite": 1}
    assert graph.nodes[D15]["date"] == "2015-06-10"


def test_the_city_network_is_the_weighted_projection_of_the_affiliation_graph(two_summits):
    affiliation = affiliation_graph(two_summits)
    cities = [n for n, d in affiliation.nodes(data=True) if d["kind"] == "city"]
    projected = nx.bipartite.weighted_projected_graph(affiliation.subgraph(
        cities + [n for n, d in affiliation.nodes(data=True) if d["bipartite"] == 1]), cities)
    graph = city_network(two_summits)
    assert {frozenset((u, v)): d["weight"] for u, v, d in projected.edges(data=True)} == {
        frozenset((u, v)): d["weight"] for u, v, d in graph.edges(data=True)}


def test_graphs_come_in_sorted_order_so_exports_are_stable(two_summits):
    for kind in ("cities", "affiliation", "people", "organisations"):
        graph = network(kind, two_summits)
        assert list(graph.nodes) == sorted(graph.nodes)
        assert list(graph.edges) == sorted(graph.edges)
        assert all(u < v for u, v in graph.edges) or kind == "affiliation"


def test_a_path_is_a_source_too_and_an_unknown_kind_is_refused():
    assert network("cities", TWO_SUMMITS).number_of_edges() == 8
    with pytest.raises(ValueError, match="unknown network kind 'towns'"):
        network("towns", TWO_SUMMITS)
