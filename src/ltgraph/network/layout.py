"""A deterministic layout: nodes on a circle, grouped by country (or kind), sorted by label.

The picture on the home page must not move between two requests or two machines, so the
layout uses no randomness and no iterative solver: positions follow from the sorted node list
alone, rounded to a fixed number of decimals. In a bipartite graph the events sit on an inner
circle and their members on the outer one.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx

Position = tuple[float, float]


def group_of(attributes: dict[str, object]) -> str:
    """The group a node is drawn in: its country code, else its kind."""
    return str(attributes.get("country") or attributes.get("kind") or "")


def circle_layout(graph: nx.Graph, decimals: int = 3) -> dict[Hashable, Position]:
    """Positions in the unit square [-1, 1]², one empty slot between two groups."""
    rings: dict[int, list[Hashable]] = {0: [], 1: []}
    for node, attributes in graph.nodes(data=True):
        rings[1 if attributes.get("bipartite") == 1 else 0].append(node)
    if not rings[1]:
        return _ring(graph, rings[0], 1.0, decimals)
    positions = _ring(graph, rings[0], 1.0, decimals)
    positions.update(_ring(graph, rings[1], 0.45, decimals))
    return positions


def _ring(graph: nx.Graph, nodes: list[Hashable], radius: float,
          decimals: int) -> dict[Hashable, Position]:
    ordered = sorted(nodes, key=lambda n: (group_of(graph.nodes[n]),
                                           str(graph.nodes[n].get("label", "")), str(n)))
    slots: list[Hashable | None] = []
    for index, node in enumerate(ordered):
        if index and group_of(graph.nodes[node]) != group_of(graph.nodes[ordered[index - 1]]):
            slots.append(None)  # a gap between groups
        slots.append(node)
    if len(ordered) > 1 and slots and group_of(graph.nodes[ordered[0]]) != group_of(
            graph.nodes[ordered[-1]]):
        slots.append(None)  # and between the last group and the first
    positions: dict[Hashable, Position] = {}
    count = len(slots)
    for index, node in enumerate(slots):
        if node is None:
            continue
        if count == 1:
            positions[node] = (0.0, 0.0)
            continue
        angle = 2 * math.pi * index / count - math.pi / 2  # start at the top, go clockwise
        positions[node] = (round(radius * math.cos(angle), decimals) + 0.0,
                           round(radius * math.sin(angle), decimals) + 0.0)
    return positions
