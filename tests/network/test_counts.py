"""Every edge's counts equal independent SPARQL COUNTs, asked of rdflib's own engine.

The graphs are built from Oxigraph with the project's queries; here the shared summits of
every pair (and, for cities, the shared declarations) are counted again with differently
written queries (property paths instead of unions, one GROUP BY) on an rdflib Dataset whose
default graph is the union of all graphs. The sets of pairs must be equal, so a missing or an
extra edge fails as well as a wrong weight; ``weight`` must be the summit count and
``distance`` its inverse.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from rdflib import Dataset

from ltgraph.network import city_network, organisation_network, people_network
from ltgraph.terms import sparql_prefixes

from .conftest import BUILT, TWO_SUMMITS

TOOK_PART = "(lt:participatingCity|lt:hostCity|^lt:adoptedAt/lt:signatory)"
# How a member ?m takes part in a summit ?e, per graph: written independently of the project's
# queries (property paths, no UNION, no BIND). Taking part includes signing the declaration
# adopted at the summit.
PAIRS = {
    "cities": (city_network, f"?e a lt:Summit ; {TOOK_PART} ?m ."),
    "people": (people_network, "?e a lt:Summit ; schema:attendee ?m ."),
    "organisations": (organisation_network,
                      "?e a lt:Summit ; (^lt:event/lt:partner|lt:coOrganiser) ?m ."),
}
SIGNED = "?e a lt:Declaration ; lt:signatory ?m ."


@functools.cache
def rdflib_dataset(path: Path) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="trig")
    return dataset


def counted_pairs(path: Path, took_part: str) -> dict[tuple[str, str], int]:
    """``{(a, b): number of distinct shared events}`` by rdflib over the union of all graphs."""
    side = "{{ SELECT DISTINCT ?e ?{0} WHERE {{ {1} }} }}"
    query = (sparql_prefixes() + "SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?n) WHERE { "
             + side.format("a", took_part.replace("?m", "?a")) + " "
             + side.format("b", took_part.replace("?m", "?b"))
             + " FILTER(isIRI(?a) && isIRI(?b) && STR(?a) < STR(?b)) } GROUP BY ?a ?b")
    return {(str(a), str(b)): int(n) for a, b, n in rdflib_dataset(path).query(query)}


def assert_weights_are_counts(path: Path, source, kind: str) -> int:
    build, pattern = PAIRS[kind]
    graph = build(source)
    edges = {(min(u, v), max(u, v)): data for u, v, data in graph.edges(data=True)}
    summits = counted_pairs(path, pattern)
    assert {pair: data["summits"] for pair, data in edges.items()} == summits
    assert all(data["weight"] == data["summits"] and data["distance"] == 1 / data["summits"]
               for data in edges.values())
    if kind == "cities":
        signed = counted_pairs(path, SIGNED)
        assert {pair: data["declarations"] for pair, data in edges.items()
                if data["declarations"]} == signed
        assert set(signed) <= set(summits)  # who signed together also met at its summit
    return len(edges)


@pytest.mark.parametrize("kind", sorted(PAIRS))
def test_edge_weights_of_the_small_dataset_equal_sparql_counts(two_summits, kind):
    assert assert_weights_are_counts(TWO_SUMMITS, two_summits, kind) > 0


@pytest.mark.parametrize("kind", sorted(PAIRS))
def test_edge_weights_of_the_built_dataset_equal_sparql_counts(built, kind):
    assert_weights_are_counts(BUILT, built, kind)
