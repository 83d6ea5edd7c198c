"""A picture of a network as a self-contained SVG, drawn on the server.

Accessible and safe to embed: the root has ``role="img"``, an ``aria-label`` and a
``<title>``/``<desc>``; every label is escaped; nodes and links carry their own ``<title>``
(a tooltip naming the city or the shared events). Member cities that share no summit with
anyone are drawn on the circle without links and listed by name under the picture (and in
its description), so that no city of the network is left out without a word.
Same graph, same bytes.
"""

from __future__ import annotations

import math
from html import escape

import networkx as nx

from ltgraph.network.graphs import SEPARATOR
from ltgraph.network.layout import circle_layout, group_of

PALETTE = ("#1b6ca8", "#d1495b", "#2e8b57", "#edae49", "#6a4c93", "#00798c", "#8c564b",
           "#c2185b", "#556b2f", "#ff7f0e", "#17becf", "#7f7f7f")
MAX_LABEL = 24
LIST_LINE = 16  # height of a line of the list of isolated members
LIST_CHARACTERS = 100  # characters on such a line
_NOUNS = {"cities": ("city", "cities"), "people": ("person", "people"),
          "organisations": ("organisation", "organisations"),
          "affiliation": ("node", "nodes")}


def render_svg(graph: nx.Graph, title: str | None = None, size: int = 720) -> str:
    """The graph drawn on a circle (see :mod:`ltgraph.network.layout`), as SVG text."""
    title = title or f"Living Together network: {graph.graph.get('name', 'graph')}"
    description = describe(graph)
    margin = 150  # room for the labels round the circle
    half = size / 2
    scale = half - margin
    unit = circle_layout(graph)
    positions = {node: (round(half + x * scale, 1), round(half + y * scale, 1))
                 for node, (x, y) in unit.items()}
    groups = sorted({group_of(data) for _, data in graph.nodes(data=True)})
    colour = {group: PALETTE[index % len(PALETTE)] for index, group in enumerate(groups)}
    strongest = max((data.get("weight", 1) for _, _, data in graph.edges(data=True)), default=1)
    busiest = max((degree for _, degree in graph.degree()), default=1) or 1

    listed = _list_lines(isolated_members(graph))
    height = size + (len(listed) * LIST_LINE + 12 if listed else 0)
    out = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {height}" '
         f'width="{size}" height="{height}" role="img" aria-label="{_attr(title)}" '
         f'font-family="sans-serif" font-size="11">'),
        f"<title>{_text(title)}</title>",
        f"<desc>{_text(description)}</desc>",
        f'<rect width="{size}" height="{height}" fill="#ffffff"/>',
    ]
    if graph.number_of_nodes() == 0:
        out.append(f'<text x="{half}" y="{half}" text-anchor="middle">'
                   f"{_text('No data for this network yet.')}</text>")
    opacity = 0.6 if graph.number_of_edges() <= 100 else 0.25
    out.append(f'<g class="edges" stroke="#6f6f6f" stroke-opacity="{opacity}">')
    for left, right, data in graph.edges(data=True):
        (x1, y1), (x2, y2) = positions[left], positions[right]
        weight = data.get("weight", 1)
        width = round(0.5 + 2.5 * weight / strongest, 2)
        tooltip = (f"{_label(graph, left)} – {_label(graph, right)}: "
                   + (data.get("event_labels") or data.get("relations") or "").replace(
                       SEPARATOR, ", "))
        out.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke-width="{width}">'
                   f"<title>{_text(tooltip)}</title></line>")
    out.append("</g>")
    out.append('<g class="nodes" stroke="#ffffff" stroke-width="1">')
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        radius = round(3 + 4 * graph.degree(node) / busiest, 1)
        label = _label(graph, node)
        group = group_of(data)
        out.append(
            f'<g class="node" data-iri="{_attr(str(node))}" data-group="{_attr(group)}">'
            f'<circle cx="{x}" cy="{y}" r="{radius}" fill="{colour[group]}">'
            f"<title>{_text(label + (f' ({group})' if group else ''))}</title></circle>"
            + _label_text(_short(label), unit[node], (x, y), radius,
                          inner=data.get("bipartite") == 1) + "</g>")
    out.append("</g>")
    if listed:
        out.append('<g class="isolated-members" fill="#222222" font-size="12">')
        for index, line in enumerate(listed):
            out.append(f'<text x="12" y="{size + 12 + index * LIST_LINE}">{_text(line)}</text>')
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def isolated_members(graph: nx.Graph) -> list[str]:
    """The labels of the member cities drawn without any link, sorted."""
    return sorted(_label(graph, node) for node, data in graph.nodes(data=True)
                  if data.get("member") is True and graph.degree(node) == 0)


def _list_lines(labels: list[str]) -> list[str]:
    """"Members without a shared summit (n): a, b, ..." cut into lines of the picture's width."""
    if not labels:
        return []
    words = f"Members without a shared summit ({len(labels)}): {', '.join(labels)}".split(" ")
    lines = [words[0]]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) > LIST_CHARACTERS:
            lines.append(word)
        else:
            lines[-1] += " " + word
    return lines


def _short(label: str, most: int = MAX_LABEL) -> str:
    """A drawn label cut to ``most`` characters (the tooltip keeps the whole name)."""
    return label if len(label) <= most else label[:most - 1].rstrip() + "…"


def _label_text(label: str, unit: tuple[float, float], at: tuple[float, float],
                radius: float, inner: bool = False) -> str:
    """The label written outwards along the radius, so that labels round a circle never
    overlap; on the left half it is turned over to stay readable. Labels of the inner ring
    (events of a bipartite graph) are written level, under their node."""
    x, y = at
    ux, uy = unit
    if inner or (ux == 0 and uy == 0):
        return (f'<text x="{x}" y="{round(y + radius + 12, 1)}" text-anchor="middle" '
                f'stroke="none" fill="#222222" font-weight="bold">{_text(label)}</text>')
    angle = math.degrees(math.atan2(uy, ux))
    length = math.hypot(ux, uy)
    lx = round(x + ux / length * (radius + 4), 1)
    ly = round(y + uy / length * (radius + 4), 1)
    if ux >= 0:
        rotation, anchor = round(angle, 2), "start"
    else:
        rotation, anchor = round(angle + 180, 2), "end"
    return (f'<text x="{lx}" y="{ly}" dy="0.35em" text-anchor="{anchor}" '
            f'transform="rotate({rotation} {lx} {ly})" stroke="none" fill="#222222">'
            f"{_text(label)}</text>")


def describe(graph: nx.Graph) -> str:
    """One sentence saying what the picture shows (for ``<desc>`` and screen readers)."""
    singular, plural = _NOUNS.get(str(graph.graph.get("name")), ("node", "nodes"))
    nodes = graph.number_of_nodes()
    links = graph.number_of_edges()
    sentence = (f"{nodes} {singular if nodes == 1 else plural} and {links} "
                f"{'link' if links == 1 else 'links'}, grouped on a circle by country or kind.")
    isolated = isolated_members(graph)
    if isolated:
        sentence += (f" {len(isolated)} of them are member cities without a shared summit: "
                     f"{', '.join(isolated)}.")
    return sentence


def _label(graph: nx.Graph, node: object) -> str:
    return str(graph.nodes[node].get("label", node))


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)
