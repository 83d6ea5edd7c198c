"""Given the shared release fixtures, each release's own graphs equal what its gold file implies.

Worked out by hand from ``../shared/fixtures/gold/{release}.toml``: the seed release
(duesseldorf-20190901-318, in the committed dataset) places seven cities, ten people and ten
partner organisations at the 2019 Düsseldorf summit, names Düsseldorf as host and signatory
of its declaration and Montréal as host of the 2015 summit. Release duesseldorf-20190830-315
(a test fixture, built here) places Düsseldorf and Montréal and two people there.
"""

from __future__ import annotations

import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

from ltgraph.network import load, network
from ltgraph.store.base import Store

from .conftest import iri

SEED = "duesseldorf-20190901-318"
S15, S19 = iri("summit/2015-montreal"), iri("summit/2019-duesseldorf")
D19 = iri("declaration/2019-duesseldorf")
SEED_CITIES = ["duesseldorf", "hamburg", "montreal", "moscow", "ouagadougou", "rabat", "warsaw"]
SEED_PEOPLE = ["armand-beouinde", "dorothee-stapelfeldt", "henriette-vamberg", "magda-popeanu",
               "michal-olszewski", "mohamed-sadiki", "niels-annen", "sergey-cheremin",
               "sven-boell", "thomas-geisel"]
SEED_PARTNERS = ["duesseldorf-airport", "duesseldorf-marketing", "eurocities",
                 "federal-foreign-office", "mayors-for-peace", "messe-duesseldorf",
                 "oecd-champion-mayors-initiative", "strong-cities-network",
                 "unesco-international-coalition-for-inclusive-and-sustainable-cities",
                 "wirtschaftswoche"]


def complete_graph_at(kind: str, slugs: list[str]) -> dict:
    """Everyone linked to everyone by the 2019 summit alone."""
    return {(iri(f"{kind}/{a}"), iri(f"{kind}/{b}")): (1, S19)
            for a, b in combinations(sorted(slugs), 2)}


def edges(graph) -> dict:
    return {(u, v): (d["weight"], d["events"]) for u, v, d in graph.edges(data=True)}


@pytest.mark.parametrize(("kind", "node_kind", "slugs"), [
    ("cities", "city", SEED_CITIES),
    ("people", "person", SEED_PEOPLE),
    ("organisations", "org", SEED_PARTNERS),
])
def test_the_seed_release_alone_links_everyone_it_places_at_the_2019_summit(built, kind,
                                                                            node_kind, slugs):
    graph = network(kind, built, releases=[SEED])
    assert list(graph.nodes) == [iri(f"{node_kind}/{s}") for s in sorted(slugs)]
    assert edges(graph) == complete_graph_at(node_kind, slugs)


def test_the_seed_release_affiliations_say_how_each_city_took_part(built):
    graph = network("affiliation", built, releases=[SEED])
    relations = {(u, v): d["relations"] for u, v, d in graph.edges(data=True)}
    expected = {(iri(f"city/{c}"), S19): "participatingCity" for c in SEED_CITIES}
    expected[(iri("city/duesseldorf"), S19)] = "hostCity;participatingCity;signatory"
    expected[(iri("city/duesseldorf"), D19)] = "signatory"
    expected[(iri("city/montreal"), S15)] = "hostCity"
    expected |= {(iri(f"person/{p}"), S19): "attendee" for p in SEED_PEOPLE}
    expected |= {(iri(f"org/{o}"), S19): "partner" for o in SEED_PARTNERS}
    assert relations == expected
    assert {d["country"] for n, d in graph.nodes(data=True) if d["kind"] == "city"} == {
        "DE", "PL", "BF", "CA", "MA", "RU"}


@pytest.fixture(scope="module")
def fixture_dataset(shared, tmp_path_factory) -> Store:
    output = tmp_path_factory.mktemp("fixtures") / "fixtures.trig"
    done = subprocess.run([sys.executable, "-m", "ltgraph.cli", "build", "--quiet",
                           "--releases", str(Path(shared) / "fixtures" / "releases"),
                           "--output", str(output)],
                          check=False, capture_output=True, text=True, timeout=600)
    assert output.is_file(), done.stdout + done.stderr
    return load(output)


@pytest.mark.slow
def test_a_fixture_release_alone_links_the_two_cities_and_people_it_places_there(
        fixture_dataset):
    release = "duesseldorf-20190830-315"
    cities = network("cities", fixture_dataset, releases=[release])
    assert edges(cities) == complete_graph_at("city", ["duesseldorf", "montreal"])
    people = network("people", fixture_dataset, releases=[release])
    assert edges(people) == complete_graph_at("person", ["magda-popeanu", "thomas-geisel"])
    assert network("organisations", fixture_dataset, releases=[release]).number_of_nodes() == 0
