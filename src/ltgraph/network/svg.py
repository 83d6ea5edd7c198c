"""A picture of a network as a self-contained SVG, drawn on the server.

Accessible and safe to embed: the root has ``role="img"``, an ``aria-label`` and a
``<title>``/``<desc>``; every label is escaped; nodes and links carry their own ``<title>``
(a tooltip naming the city or the shared events). Same graph, same bytes.
"""

from __future__ import annotations

from html import escape

import networkx as nx

from ltgraph.network.graphs import SEPARATOR
from ltgraph.network.layout import circle_layout, group_of

PALETTE = ("#1b6ca8", "#d1495b", "#2e8b57", "#edae49", "#6a4c93", "#00798c", "#8c564b",
           "#c2185b", "#556b2f", "#ff7f0e", "#17becf", "#7f7f7f")
_NOUNS = {"cities": ("city", "cities"), "people": ("person", "people"),
          "organisations": ("organisation", "organisations"),
          "affiliation": ("node", "nodes")}


def render_svg(graph: nx.Graph, title: str | None = None, size: int = 720) -> str:
    """The graph drawn on a circle (see :mod:`ltgraph.network.layout`), as SVG text."""
    title = title or f"Living Together network: {graph.graph.get('name', 'graph')}"
    description = describe(graph)
    margin = size // 4
    half = size / 2
    scale = half - margin
    positions = {node: (round(half + x * scale, 1), round(half + y * scale, 1))
                 for node, (x, y) in circle_layout(graph).items()}
    groups = sorted({group_of(data) for _, data in graph.nodes(data=True)})
    colour = {group: PALETTE[index % len(PALETTE)] for index, group in enumerate(groups)}
    strongest = max((data.get("weight", 1) for _, _, data in graph.edges(data=True)), default=1)

    out = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
         f'width="{size}" height="{size}" role="img" aria-label="{_attr(title)}" '
         f'font-family="sans-serif" font-size="11">'),
        f"<title>{_text(title)}</title>",
        f"<desc>{_text(description)}</desc>",
        f'<rect width="{size}" height="{size}" fill="#ffffff"/>',
    ]
    if graph.number_of_nodes() == 0:
        out.append(f'<text x="{half}" y="{half}" text-anchor="middle">'
                   f"{_text('No data for this network yet.')}</text>")
    out.append('<g class="edges" stroke="#8a8a8a" stroke-opacity="0.6">')
    for left, right, data in graph.edges(data=True):
        (x1, y1), (x2, y2) = positions[left], positions[right]
        weight = data.get("weight", 1)
        width = round(0.8 + 3.2 * weight / strongest, 2)
        tooltip = (f"{_label(graph, left)} – {_label(graph, right)}: "
                   + (data.get("event_labels") or data.get("relations") or "").replace(
                       SEPARATOR, ", "))
        out.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke-width="{width}">'
                   f"<title>{_text(tooltip)}</title></line>")
    out.append("</g>")
    out.append('<g class="nodes" stroke="#ffffff" stroke-width="1">')
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        radius = round(4 + 2 * min(graph.degree(node), 8) ** 0.5, 1)
        label = _label(graph, node)
        group = group_of(data)
        anchor = "start" if x >= half else "end"
        dx = 8 if x >= half else -8
        out.append(
            f'<g class="node" data-iri="{_attr(str(node))}" data-group="{_attr(group)}">'
            f'<circle cx="{x}" cy="{y}" r="{radius}" fill="{colour[group]}">'
            f"<title>{_text(label + (f' ({group})' if group else ''))}</title></circle>"
            f'<text x="{round(x + dx, 1)}" y="{round(y + 4, 1)}" text-anchor="{anchor}" '
            f'stroke="none" fill="#222222">{_text(label)}</text></g>')
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def describe(graph: nx.Graph) -> str:
    """One sentence saying what the picture shows (for ``<desc>`` and screen readers)."""
    singular, plural = _NOUNS.get(str(graph.graph.get("name")), ("node", "nodes"))
    nodes = graph.number_of_nodes()
    links = graph.number_of_edges()
    return (f"{nodes} {singular if nodes == 1 else plural} and {links} "
            f"{'link' if links == 1 else 'links'}, grouped on a circle by country or kind.")


def _label(graph: nx.Graph, node: object) -> str:
    return str(graph.nodes[node].get("label", node))


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)
