"""The home page: what the dataset is, where it comes from, how much it holds, the summits on
a timeline, the city network as a picture, and the ways in."""

from __future__ import annotations

import logging

from flask import Response, current_app, redirect, render_template, request, url_for

from ltgraph.terms import sparql_prefixes
from ltgraph.web.app import store_of
from ltgraph.web.cache import remembered
from ltgraph.web.ui.common import first, label_text, reader_language, rows, safe_href

COUNTED = (("City", "cities", "Cities", "Städte"), ("Person", "people", "People", "Personen"),
           ("Summit", "summits", "Summits", "Gipfel"),
           ("Declaration", "declarations", "Declarations", "Erklärungen"),
           ("Organisation", "organisations", "Organisations", "Organisationen"),
           ("PressRelease", "releases", "Press releases", "Pressemitteilungen"))
COUNT_QUERY = sparql_prefixes() + """
SELECT ?class (COUNT(DISTINCT ?thing) AS ?n) WHERE {
  VALUES (?type ?class) { (lt:City lt:City) (lt:Person lt:Person) (lt:Summit lt:Summit)
    (lt:Declaration lt:Declaration) (lt:Organisation lt:Organisation)
    (lt:Network lt:Organisation) (lt:PressRelease lt:PressRelease) }
  ?thing a ?type .
} GROUP BY ?class"""
SUMMIT_QUERY = sparql_prefixes() + """
SELECT ?summit ?ordinal ?start ?end ?host WHERE {
  ?summit a lt:Summit .
  OPTIONAL { ?summit lt:ordinal ?ordinal }
  OPTIONAL { ?summit schema:startDate ?start }
  OPTIONAL { ?summit schema:endDate ?end }
  OPTIONAL { ?summit lt:hostCity ?host }
}"""
DECLARATION_QUERY = sparql_prefixes() + """
SELECT DISTINCT ?summit ?declaration WHERE {
  ?declaration a lt:Declaration ; lt:adoptedAt ?summit }"""
RELEASE_QUERY = sparql_prefixes() + """
SELECT ?release ?date ?publisher WHERE {
  ?release a lt:PressRelease .
  OPTIONAL { ?release schema:datePublished ?date }
  OPTIONAL { ?release schema:publisher ?publisher }
}"""


VOID = "/.well-known/void"
LOG = logging.getLogger("ltgraph.web")


def page() -> Response:
    """The home page; its machine twin is the VoID description of the dataset."""
    lang = reader_language()

    def rendered() -> str:
        return render_template(
            "home.html", title="ltgraph", counts=counts(lang), summits=summit_timeline(lang),
            releases=release_overview(lang), graphs=len(store_of().graphs()),
            quads=store_of().triple_count(), network=network_picture(lang),
            alternates=[{"type": "text/turtle", "href": VOID, "title": "VoID (Turtle)"}])

    # the page depends on the data and the language only: once per load for each language
    response = Response(rendered() if request.args else remembered(f"home {lang}", rendered))
    response.headers["Link"] = f'<{VOID}>; rel="alternate"; type="text/turtle"'
    return response


def network_picture(lang: str) -> object | None:
    """The city network picture when the network part is installed (None otherwise, or when
    it cannot be read: the home page must not fail for it)."""
    if "network" not in current_app.blueprints:
        return None
    from ltgraph.web.ui.network_page import picture

    def drawn() -> object | None:
        try:
            return picture(lang)
        except Exception:  # noqa: BLE001 - an optional part must not break the home page
            LOG.exception("the network picture could not be drawn (not tried again for this "
                          "dataset)")
            return None

    return remembered(f"network picture {lang}", drawn)  # the whole network: once per load


def favicon() -> Response:
    return redirect(url_for("ui.static", filename="favicon.svg"), code=301)


def counts(lang: str) -> list[dict[str, object]]:
    """How many resources of each main class, with the list page that shows them."""
    found = {str(row["class"]).rsplit("#", 1)[-1]: int(row["n"]) for row in rows(COUNT_QUERY)}
    return [{"n": found.get(name, 0), "href": f"/browse/{slug}",
             "text": en if lang == "en" else de} for name, slug, en, de in COUNTED]


def summit_timeline(lang: str) -> list[dict[str, object]]:
    """The summits in order of their dates (then ordinals), each with its host city and the
    declarations adopted there."""
    by_summit: dict[str, list[dict]] = {}
    for row in rows(SUMMIT_QUERY):
        by_summit.setdefault(str(row["summit"]), []).append(row)
    declarations: dict[str, list[dict[str, object]]] = {}
    for row in rows(DECLARATION_QUERY):
        iri = str(row["declaration"])
        declarations.setdefault(str(row["summit"]), []).append(
            {"href": safe_href(iri), "label": label_text(iri, lang)})
    summits = []
    for iri, found in by_summit.items():
        start = first([r.get("start") for r in found])
        end = first([r.get("end") for r in found])
        ordinal = first([r.get("ordinal") for r in found])
        host = first([r.get("host") for r in found])
        summits.append({
            "href": safe_href(iri), "label": label_text(iri, lang),
            "start": str(start) if start is not None else "",
            "end": str(end) if end is not None else "",
            "year": str(start)[:4] if start is not None else "",
            "ordinal": int(ordinal.toPython()) if ordinal is not None else None,
            "host": label_text(str(host), lang) if host is not None else "",
            "host_href": safe_href(str(host)) if host is not None else None,
            "declarations": sorted(declarations.get(iri, []), key=lambda d: str(d["label"])),
        })
    return sorted(summits, key=lambda s: (s["start"] or "9999", s["ordinal"] or 0, s["label"]))


def release_overview(lang: str) -> dict[str, object]:
    """How many releases, from when to when, from which publishers."""
    found = rows(RELEASE_QUERY)
    dates = sorted({str(r["date"]) for r in found if "date" in r})
    publishers = sorted({label_text(str(r["publisher"]), lang) for r in found
                         if "publisher" in r})
    return {"count": len({str(r["release"]) for r in found}),
            "first": dates[0] if dates else "", "last": dates[-1] if dates else "",
            "publishers": publishers}
