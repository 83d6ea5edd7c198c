"""Every edge weight equals an independent SPARQL COUNT, asked of rdflib's own engine.

The graphs are built from Oxigraph with the project's queries; here the shared events of every
pair are counted again with a differently written query (property paths instead of unions,
one GROUP BY) on an rdflib Dataset whose default graph is the union of all graphs. The two
sets of pairs must be equal, so a missing or an extra edge fails as well as a wrong weight.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from rdflib import Dataset

from ltgraph.network import city_network, organisation_network, people_network
from ltgraph.terms import sparql_prefixes

from .conftest import BUILT, TWO_SUMMITS

TOOK_PART = "(lt:participatingCity|lt:hostCity|lt:signatory|^lt:adoptedAt/lt:signatory)"
# How a member ?m takes part in an event ?e, per graph: written independently of the project's
# queries (property paths, no UNION, no BIND).
PAIRS = {
    "cities": (city_network, f"?e {TOOK_PART} ?m ."),
    "people": (people_network, "?e schema:attendee ?m ."),
    "organisations": (organisation_network, "?p lt:partner ?m ; lt:event ?e ."),
}


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
    weights = {(min(u, v), max(u, v)): data["weight"] for u, v, data in graph.edges(data=True)}
    assert weights == counted_pairs(path, pattern)
    return len(weights)


@pytest.mark.parametrize("kind", sorted(PAIRS))
def test_edge_weights_of_the_small_dataset_equal_sparql_counts(two_summits, kind):
    assert assert_weights_are_counts(TWO_SUMMITS, two_summits, kind) > 0


@pytest.mark.parametrize("kind", sorted(PAIRS))
def test_edge_weights_of_the_built_dataset_equal_sparql_counts(built, kind):
    assert_weights_are_counts(BUILT, built, kind)
