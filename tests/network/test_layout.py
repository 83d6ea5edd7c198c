"""The layout: nodes of a country side by side on a circle, events inside, no randomness."""

from __future__ import annotations

import math

from ltgraph.network import network
from ltgraph.network.layout import circle_layout

from .conftest import iri


def test_nodes_sit_on_the_unit_circle_grouped_by_country(two_summits):
    graph = network("cities", two_summits)
    positions = circle_layout(graph)
    assert set(positions) == set(graph.nodes)
    for x, y in positions.values():
        assert math.isclose(math.hypot(x, y), 1.0, abs_tol=0.002)
    # clockwise from the top, by country code: BE, CA, DE (Düsseldorf, Hamburg), MA, PL, US
    order = sorted(positions, key=lambda n: (math.atan2(positions[n][1], positions[n][0])
                                             + math.pi / 2) % (2 * math.pi))
    assert order == [iri(f"city/{c}") for c in ("namur", "montreal", "duesseldorf", "hamburg",
                                                 "rabat", "warsaw", "chicago")]


def test_events_of_a_bipartite_graph_sit_on_an_inner_circle(two_summits):
    graph = network("affiliation", two_summits)
    positions = circle_layout(graph)
    for node, data in graph.nodes(data=True):
        radius = math.hypot(*positions[node])
        assert math.isclose(radius, 0.45 if data["bipartite"] == 1 else 1.0, abs_tol=0.002)


def test_positions_are_rounded_and_repeatable(two_summits):
    graph = network("people", two_summits)
    assert circle_layout(graph) == circle_layout(graph)
    assert all(round(v, 3) == v for xy in circle_layout(graph).values() for v in xy)
