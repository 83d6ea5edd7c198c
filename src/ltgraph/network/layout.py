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
GROUP_GAP = 0.5  # extra room between two groups, in node steps


def group_of(attributes: dict[str, object]) -> str:
    """The group a node is drawn in: its country code, else its kind."""
    return str(attributes.get("country") or attributes.get("kind") or "")


def circle_layout(graph: nx.Graph, decimals: int = 3) -> dict[Hashable, Position]:
    """Positions in the unit square [-1, 1]², a little room between two groups."""
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
    if len(ordered) == 1:
        return {ordered[0]: (0.0, 0.0)}
    groups = [group_of(graph.nodes[node]) for node in ordered]
    # each node takes one step round the circle, each change of group half a step more
    steps = []
    step = 0.0
    for index, group in enumerate(groups):
        if index and group != groups[index - 1]:
            step += GROUP_GAP
        steps.append(step)
        step += 1.0
    if len(set(groups)) > 1:
        step += GROUP_GAP  # between the last group and the first
    positions: dict[Hashable, Position] = {}
    for node, at in zip(ordered, steps, strict=True):
        angle = 2 * math.pi * at / step - math.pi / 2  # start at the top, go clockwise
        positions[node] = (round(radius * math.cos(angle), decimals) + 0.0,
                           round(radius * math.sin(angle), decimals) + 0.0)
    return positions
