"""What every profile is made of: entries, groups, maps, photos, and the helpers that turn a
resource's description and a few rows into them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from ltgraph.store.base import Description
from ltgraph.terms import sparql_prefixes
from ltgraph.web.ui.common import Shown, iri_ref, rows, show_term
from ltgraph.web.ui.evidence import Quote, Span, quotes_of, release_name
from ltgraph.web.ui.worldmap import Pin, coordinates, project, view_box

P = sparql_prefixes()
GALLERY = 12
MOST_LABELLED = 12  # more pins than this: names in the hover titles and the list beside
Labels = Mapping[str, list[Literal]]



@dataclass
class Entry:
    """One line of a profile: a thing, what to say next to it, and the things it goes with."""

    shown: Shown
    note: str = ""
    related: list[Shown] = field(default_factory=list)
    when: str = ""


@dataclass
class Group:
    """Entries under a heading (a city, a country, a role)."""

    heading: Shown
    entries: list[Entry]


@dataclass
class MapView:
    """Pins on the world map, seen through ``view_box``; sizes in map units so that a pin and
    its label keep the same size on screen however far the view is zoomed."""

    key: str
    pins: list[Pin]
    view_box: str
    missing: list[Shown]
    small: bool
    radius: float = 0.0
    font: float = 0.0
    labelled: bool = True

    def __post_init__(self) -> None:
        width = float(self.view_box.split()[2])
        per_pixel = width / (340 if self.small else 1100)
        self.radius = round(5 * per_pixel, 2)
        self.font = round(13 * per_pixel, 2)
        self.labelled = len(self.pins) <= MOST_LABELLED


@dataclass
class Photo:
    shown: Shown
    caption: Quote | None
    image: str | None  # the picture's address: a link, never loaded by the page


@dataclass
class Profile:
    kind: str
    facts: list[tuple[str, list[Shown]]] = field(default_factory=list)
    sections: dict[str, Any] = field(default_factory=dict)


# -- helpers ------------------------------------------------------------------------------------
def objects(description: Description, predicate: URIRef) -> list[Node]:
    found = {o for s, p, o, _ in description.outgoing
             if s == description.iri and p == predicate}
    return sorted(found, key=str)


def named(values: Iterable[Node | None], labels: Labels, lang: str) -> list[Shown]:
    unique = {show_term(v, labels, lang) for v in values if v is not None}
    return sorted(unique, key=lambda s: s.key)


def text_of(value: Node | None) -> str:
    return str(value) if value is not None else ""


def period(row: dict[str, Node], lang: str) -> str:
    """A term of office as its source states it: "2014-09-01 – 2020-10-31", or only the date
    a release attests the role on ("as of 2019-09-01")."""
    start, end = text_of(row.get("start")), text_of(row.get("end"))
    if start or end:
        return f"{start or '?'} – {end}".strip()
    attested = text_of(row.get("attested"))
    return say(lang, f"as of {attested}", f"Stand {attested}") if attested else ""


def say(lang: str, en: str, de: str) -> str:
    return de if lang == "de" else en


def country_groups(found: list[dict[str, Node]], labels: Labels, lang: str, *,
                    item: str = "city") -> list[Group]:
    """Cities grouped by their country, the biggest group first."""
    groups: dict[str, tuple[Shown, set[Shown]]] = {}
    unknown = Shown(say(lang, "country not stated", "Land nicht angegeben"))
    for row in found:
        country = row.get("country")
        heading = show_term(country, labels, lang) if country is not None else unknown
        groups.setdefault(str(country), (heading, set()))[1].add(
            show_term(row[item], labels, lang))
    ordered = sorted(groups.values(), key=lambda g: (-len(g[1]), g[0].key))
    return [Group(heading, [Entry(s) for s in sorted(items, key=lambda s: s.key)])
            for heading, items in ordered]


def map_view(found: list[dict[str, Node]], labels: Labels, lang: str, *, item: str = "city",
         least: float = 60.0, small: bool = False) -> MapView:
    """Pins for the places in some rows (``?same`` carries their sameAs links)."""
    same: dict[str, set[str]] = {}
    for row in found:
        links = same.setdefault(str(row[item]), set())
        if row.get("same") is not None:
            links.add(str(row["same"]))
    pins, missing = [], []
    for iri, links in sorted(same.items()):
        shown = show_term(URIRef(iri), labels, lang)
        position = coordinates(links)
        if position is None:
            missing.append(shown)
            continue
        x, y = project(*position)
        pins.append(Pin(x, y, shown.text, shown.href,
                        f"{position[0]:.2f}°, {position[1]:.2f}°"))
    pins.sort(key=lambda p: (p.y, p.x))
    return MapView("small" if small else "wide", pins, view_box(pins, least=least),
                   sorted(missing, key=lambda s: s.key), small)


def quote_of(span_rows: list[dict[str, Node]], lang: str) -> Quote | None:
    spans = []
    for row in span_rows:
        release, start, end = row.get("release"), row.get("start"), row.get("end")
        if not isinstance(release, URIRef) or start is None or end is None:
            continue
        iri = str(release)
        spans.append(Span(show_term(release, {}, lang).href, release_name(iri, lang), "",
                          int(start), int(end), None, iri))
    found = quotes_of(spans)
    return found[0] if found else None


def photos_of(found: list[dict[str, Node]], labels: Labels, lang: str) -> list[Photo]:
    by_photo: dict[str, list[dict[str, Node]]] = {}
    for row in found:
        by_photo.setdefault(str(row["photo"]), []).append(row)
    photos = []
    for iri, photo_rows in by_photo.items():
        image = next((str(r["url"]) for r in photo_rows if r.get("url") is not None), None)
        shown = show_term(URIRef(iri), labels, lang)
        photos.append(Photo(shown, quote_of(photo_rows, lang),
                            show_term(URIRef(image), {}, lang).href if image else None))
    return sorted(photos, key=lambda p: p.shown.key)


PHOTO_DETAILS = """
      OPTIONAL { ?photo schema:contentUrl ?url }
      OPTIONAL { ?photo lt:span ?span . ?span lt:charStart ?start ; lt:charEnd ?end ;
                 lt:spanOf ?release }"""
QUOTE_DETAILS = """
      OPTIONAL { ?quote schema:text ?words } OPTIONAL { ?quote schema:inLanguage ?language }
      OPTIONAL { ?quote lt:span ?span . ?span lt:charStart ?start ; lt:charEnd ?end ;
                 lt:spanOf ?release }"""


def each_with_details(variable: str, selector: str, details: str) -> list[dict[str, Node]]:
    """The things ``selector`` binds to ``?variable``, each with the rows of its ``details``
    (OPTIONAL patterns about ``?variable``), asked of each thing by its IRI. In two steps
    because the engine builds an OPTIONAL's right side in full before joining: asked in one
    query, a summit's photos read every caption span of the dataset (1.6 s at a million
    triples) to find none."""
    found = rows(P + f"SELECT DISTINCT ?{variable} WHERE {{ {selector} }}")
    result = []
    for row in found:
        thing = row[variable]
        bound = details.replace(f"?{variable} ", f"{iri_ref(str(thing))} ")
        result += [{variable: thing, **detail}
                   for detail in rows(P + f"SELECT * WHERE {{ {bound} }}") or [{}]]
    return result
