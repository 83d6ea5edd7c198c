"""Given the hand-written two-summits dataset, the graphs state exactly what was computed by hand.

The dataset (tests/network/data/two-summits.trig): the 2015 Montreal summit (host Montreal;
declaration signed by Montreal and Rabat in the reference graph; Warsaw taking part according
to release test-20150612-2) and the 2019 Düsseldorf summit (host Düsseldorf; Düsseldorf,
Warsaw, Rabat and Hamburg taking part and the first three signing its declaration according
to release test-20190901-1). The network has five member cities: Montreal and Rabat (2015),
Düsseldorf (2016), Chicago (2018) and Namur (year unknown); the last two took part in nothing.
Thomas Geisel was mayor of Düsseldorf; Dorothee Stapelfeldt senator in Hamburg and partner of
Eurocities.
"""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from ltgraph.network import (
    FilterError,
    UnknownFilterError,
    affiliation_graph,
    city_network,
    load,
    network,
    organisation_network,
    people_network,
    snapshots,
)

from .conftest import TWO_SUMMITS, iri

S15, D15 = iri("summit/2015-montreal"), iri("declaration/2015-montreal")
S19, D19 = iri("summit/2019-duesseldorf"), iri("declaration/2019-duesseldorf")


MEMBERS_ONLY = [iri("city/chicago"), iri("city/namur")]  # members that took part in nothing


def edges_of(graph: nx.Graph) -> dict[tuple[str, str], tuple[int, list[str]]]:
    return {(u.rsplit("/", 1)[-1], v.rsplit("/", 1)[-1]):
            (data["weight"], data["events"].split(";")) for u, v, data in graph.edges(data=True)}


def ties_of(graph: nx.Graph) -> dict[tuple[str, str], tuple[int, int, int, float]]:
    """``(weight, summits, declarations, distance)`` of every edge, by city slugs."""
    return {(u.rsplit("/", 1)[-1], v.rsplit("/", 1)[-1]):
            (d["weight"], d["summits"], d["declarations"], d["distance"])
            for u, v, d in graph.edges(data=True)}


def test_a_city_tie_counts_each_shared_summit_once_and_the_shared_declarations_apart(
        two_summits):
    graph = city_network(two_summits)
    assert list(graph.nodes) == [iri(f"city/{c}") for c in (
        "chicago", "duesseldorf", "hamburg", "montreal", "namur", "rabat", "warsaw")]
    # Rabat and Warsaw met at both summits and both signed the 2019 declaration: weight 2,
    # not 3; Montreal and Rabat met once in 2015 and both signed its declaration: weight 1
    assert ties_of(graph) == {
        ("duesseldorf", "hamburg"): (1, 1, 0, 1.0),
        ("duesseldorf", "rabat"): (1, 1, 1, 1.0),
        ("duesseldorf", "warsaw"): (1, 1, 1, 1.0),
        ("hamburg", "rabat"): (1, 1, 0, 1.0),
        ("hamburg", "warsaw"): (1, 1, 0, 1.0),
        ("montreal", "rabat"): (1, 1, 1, 1.0),
        ("montreal", "warsaw"): (1, 1, 0, 1.0),
        ("rabat", "warsaw"): (2, 2, 1, 0.5),
    }
    assert edges_of(graph)[("rabat", "warsaw")] == (2, [D19, S15, S19])


def test_weighted_betweenness_reads_distance_as_the_length_of_a_tie():
    """A strong tie (many shared summits) is a short way: with ``weight="distance"`` the
    shortest path runs over it; read as a length, ``weight`` would make it the longest."""
    graph = nx.Graph()
    for left, right, summits in (("a", "b", 3), ("b", "c", 3), ("a", "d", 1), ("d", "c", 1)):
        graph.add_edge(left, right, weight=summits, distance=1 / summits)
    assert nx.shortest_path(graph, "a", "c", weight="distance") == ["a", "b", "c"]
    assert nx.shortest_path(graph, "a", "c", weight="weight") == ["a", "d", "c"]
    between = nx.betweenness_centrality(graph, weight="distance")
    assert between["b"] > between["d"] == 0


def test_edges_name_their_events_in_the_same_order_as_the_iris(two_summits):
    data = city_network(two_summits).edges[iri("city/rabat"), iri("city/warsaw")]
    assert data["event_labels"] == (
        "Düsseldorf declaration;Montreal summit 2015;Düsseldorf summit 2019")
    assert data["event_labels"].count(";") == data["events"].count(";") == (
        data["summits"] + data["declarations"] - 1)
    assert data["intervals"] == "2015-06-09/2015-06-11;2019-08-30/2019-09-01"


def test_city_nodes_carry_plain_iri_label_kind_country_member_and_wikidata(two_summits):
    graph = city_network(two_summits)
    assert graph.nodes[iri("city/montreal")] == {
        "iri": iri("city/montreal"), "label": "Montreal", "kind": "city", "country": "CA",
        "wikidata": "Q340", "member": True, "intervals": "2015-06-09/2015-06-11"}
    assert "wikidata" not in graph.nodes[iri("city/hamburg")]  # no Wikidata link is known
    assert graph.nodes[iri("city/hamburg")]["member"] is False
    for _, data in graph.nodes(data=True):
        assert all(type(value) in (str, int, float, bool) for value in data.values())
    for _, _, data in graph.edges(data=True):
        assert all(type(value) in (str, int, float) for value in data.values())


def test_member_cities_that_shared_no_summit_are_kept_as_isolates_by_default(two_summits):
    graph = city_network(two_summits)
    assert [n for n in graph if graph.degree(n) == 0] == MEMBERS_ONLY
    assert graph.nodes[iri("city/chicago")] == {
        "iri": iri("city/chicago"), "label": "Chicago", "kind": "city", "country": "US",
        "member": True}
    assert "intervals" not in graph.nodes[iri("city/namur")]  # no dated event: always there
    without = city_network(two_summits, include_members=False)
    assert sorted(without) == sorted(set(graph) - set(MEMBERS_ONLY))
    assert list(without.edges(data=True)) == list(graph.edges(data=True))
    # a window keeps the members that had joined by its end; a year not known is left out
    assert iri("city/chicago") not in city_network(two_summits, until=date(2017, 12, 31))
    late = city_network(two_summits, until=date(2019, 12, 31))
    assert iri("city/chicago") in late and iri("city/namur") not in late
    # with a release filter, a membership counts only when that release states it
    assert not set(MEMBERS_ONLY) & set(city_network(two_summits, releases=["test-20190901-1"]))


def test_the_affiliation_graph_keeps_the_member_isolates_too(two_summits):
    graph = affiliation_graph(two_summits)
    assert all(graph.nodes[c]["bipartite"] is False and graph.degree(c) == 0
               for c in MEMBERS_ONLY)
    assert not set(MEMBERS_ONLY) & set(affiliation_graph(two_summits, include_members=False))


def test_people_carry_their_roles_cities_and_countries(two_summits):
    graph = people_network(two_summits, lang="de")
    assert {k: graph.nodes[iri("person/thomas-geisel")][k]
            for k in ("roles", "cities", "countries")} == {
        "roles": "Oberbürgermeister", "cities": "Düsseldorf", "countries": "DE"}
    # every mandate counts; an organisation is neither a city nor a country
    assert {k: graph.nodes[iri("person/dorothee-stapelfeldt")][k]
            for k in ("roles", "cities", "countries", "organisations")} == {
        "roles": "Partner;Senatorin", "cities": "Hamburg", "countries": "DE",
        "organisations": "Eurocities"}
    assert graph.nodes[iri("person/denis-coderre")]["roles"] == ""  # no mandate known
    english = affiliation_graph(two_summits).nodes[iri("person/dorothee-stapelfeldt")]
    assert english["roles"] == "Partner;Senator"


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
        ("montreal", "rabat"): (1, [D15, S15]),
        ("montreal", "warsaw"): (1, [S15]),
        ("rabat", "warsaw"): (1, [S15]),
    }
    late = city_network(two_summits, since=date(2019, 8, 30), until=date(2019, 8, 30),
                        include_members=False)
    assert set(late.nodes) == {iri(f"city/{c}") for c in ("duesseldorf", "hamburg", "rabat",
                                                           "warsaw")}
    assert late.edges[iri("city/rabat"), iri("city/warsaw")]["weight"] == 1
    assert late.edges[iri("city/rabat"), iri("city/warsaw")]["declarations"] == 1


def test_an_empty_time_window_is_refused(two_summits):
    with pytest.raises(FilterError, match="empty"):
        city_network(two_summits, since=date(2020, 1, 1), until=date(2019, 1, 1))


@pytest.mark.parametrize(("options", "words"), [
    ({"releases": ["no-such-release"]}, "no release 'no-such-release' in the dataset"),
    ({"releases": ["test-20190901-1", "test-20190901-9"]}, "no release 'test-20190901-9'"),
    ({"since": date(2019, 8, 31)}, "no summit or declaration between 2019-08-31 and today; "
                                   "the events run from 2015-06-09 to 2019-08-30"),
    ({"until": date(2014, 12, 31)}, "between the beginning and 2014-12-31"),
])
def test_a_filter_the_dataset_does_not_know_is_refused_not_answered_empty(two_summits, options,
                                                                           words):
    for kind in ("cities", "affiliation", "people", "organisations"):
        with pytest.raises(UnknownFilterError) as refused:
            network(kind, two_summits, **options)
        assert words in str(refused.value)


def test_the_label_language_is_a_preference_not_a_filter(two_summits):
    italian = city_network(two_summits, lang="it")  # no Italian label: English, else any
    assert italian.nodes[iri("city/namur")]["label"] == "Namur"
    assert italian.nodes[iri("city/warsaw")]["label"] == "Warsaw"


def test_a_release_name_that_is_not_a_slug_is_refused_before_any_query(two_summits):
    with pytest.raises(FilterError, match="not a release slug"):
        city_network(two_summits, releases=["x> } ?s ?p ?o . { <y"])


def test_a_release_filter_keeps_only_the_facts_that_release_states(two_summits):
    graph = city_network(two_summits, releases=["test-20190901-1"])
    assert edges_of(graph) == {
        ("duesseldorf", "hamburg"): (1, [S19]),
        ("duesseldorf", "rabat"): (1, [D19, S19]),
        ("duesseldorf", "warsaw"): (1, [D19, S19]),
        ("hamburg", "rabat"): (1, [S19]),
        ("hamburg", "warsaw"): (1, [S19]),
        ("rabat", "warsaw"): (1, [D19, S19]),
    }
    older = city_network(two_summits, releases=["test-20150612-2"])
    assert list(older.nodes) == [iri("city/warsaw")] and older.number_of_edges() == 0
    both = city_network(two_summits, releases=["test-20150612-2", "test-20190901-1"])
    # Rabat's part in 2015 is stated in the reference graph only
    assert both.edges[iri("city/rabat"), iri("city/warsaw")]["weight"] == 1


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


def test_a_co_organiser_is_linked_to_the_partners_of_the_summit_it_co_organised(tmp_path):
    co_organised = tmp_path / "co-organised.trig"
    co_organised.write_text(TWO_SUMMITS.read_text(encoding="utf-8") + """
<https://w3id.org/ltgraph/graph/release/test-20190902-3> {
  summit:2019-duesseldorf lt:coOrganiser orgs:observatory .
}
""", encoding="utf-8")
    store = load(co_organised)
    graph = organisation_network(store)
    assert edges_of(graph) == {("eurocities", "messe-duesseldorf"): (1, [S19]),
                               ("eurocities", "observatory"): (1, [S19]),
                               ("messe-duesseldorf", "observatory"): (1, [S19])}
    affiliation = affiliation_graph(store)
    assert affiliation.edges[iri("org/observatory"), S19]["relations"] == "coOrganiser"


def test_the_affiliation_graph_is_bipartite_members_against_events(two_summits):
    graph = affiliation_graph(two_summits)
    members = {n for n, d in graph.nodes(data=True) if d["bipartite"] is False}
    events = {n for n, d in graph.nodes(data=True) if d["bipartite"] is True}
    assert events == {S15, D15, S19, D19}
    assert len(members) == 7 + 4 + 2  # cities (two of them isolated members), people, orgs
    assert nx.bipartite.is_bipartite_node_set(graph, members)
    assert graph.number_of_edges() == 20
    assert graph.edges[iri("city/duesseldorf"), S19]["relations"] == (
        "hostCity;participatingCity;signatory")
    assert graph.edges[iri("city/rabat"), S15]["relations"] == "signatory"
    assert graph.edges[iri("org/eurocities"), S15]["relations"] == "partner"
    assert dict(graph.nodes[S19]) == {"iri": S19, "label": "Düsseldorf summit 2019",
                                     "kind": "summit", "date": "2019-08-30", "ordinal": 2,
                                     "intervals": "2019-08-30/2019-09-01", "bipartite": True}
    assert graph.nodes[D15]["date"] == "2015-06-10"
    assert graph.nodes[D15]["intervals"] == "2015-06-10/2015-06-10"  # the day it was signed
    assert graph.edges[iri("city/rabat"), D15]["intervals"] == "2015-06-10/2015-06-10"


def test_the_city_weights_are_the_projection_onto_the_cities_of_their_summits(two_summits):
    affiliation = affiliation_graph(two_summits)
    cities = [n for n, d in affiliation.nodes(data=True) if d["kind"] == "city"]
    summits = [n for n, d in affiliation.nodes(data=True) if d["kind"] == "summit"]
    projected = nx.bipartite.weighted_projected_graph(affiliation.subgraph(cities + summits),
                                                      cities)
    graph = city_network(two_summits)
    assert {frozenset((u, v)): d["weight"] for u, v, d in projected.edges(data=True)} == {
        frozenset((u, v)): d["weight"] for u, v, d in graph.edges(data=True)}


def test_snapshots_give_one_graph_per_summit_in_date_order(two_summits):
    graphs = snapshots(two_summits)
    assert list(graphs) == [S15, S19]
    first, second = graphs.values()
    assert (first.graph["summit"], first.graph["summit_label"], first.graph["date"]) == (
        S15, "Montreal summit 2015", "2015-06-09")
    # 2015: the three cities that met there, and no member that joined later
    assert ties_of(first) == {("montreal", "rabat"): (1, 1, 1, 1.0),
                              ("montreal", "warsaw"): (1, 1, 0, 1.0),
                              ("rabat", "warsaw"): (1, 1, 0, 1.0)}
    assert sorted(first) == [iri("city/montreal"), iri("city/rabat"), iri("city/warsaw")]
    # 2019: the four cities there, and Montreal (member since 2015) and Chicago (since 2018)
    # as members without a tie that year
    assert [n for n in second if second.degree(n) == 0] == [iri("city/chicago"),
                                                             iri("city/montreal")]
    assert second.edges[iri("city/rabat"), iri("city/warsaw")]["weight"] == 1
    grown = snapshots(two_summits, cumulative=True)[S19]
    assert list(grown.edges(data=True)) == list(city_network(
        two_summits, until=date(2019, 8, 30)).edges(data=True))
    people = snapshots(two_summits, "people")
    assert [g.number_of_nodes() for g in people.values()] == [2, 3]


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
    with pytest.raises(ValueError, match="unknown network kind 'towns'"):
        snapshots(TWO_SUMMITS, "towns")
