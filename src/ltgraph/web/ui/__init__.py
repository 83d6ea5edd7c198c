"""The browsing UI: HTML pages for people who want to look before they query.

One module per page kind (``home``, ``lists``, ``search``, ``resource``, ``release``,
``query``); this module assembles them into one blueprint (the linked-data routes,
``/id/...``, ``/graph/...`` and the editor at ``/sparql``, call the page modules for their
HTML), and puts the same security headers on every HTML page: a Content-Security-Policy that
allows only our own files (no inline script or style), and the ``Link: rel="alternate"`` twins
of the linked-data pages.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from flask import Blueprint, Response, request
from flask.blueprints import BlueprintSetupState

from ltgraph.web.cache import warm_last_on_load, warm_on_load, warm_values_on_load
from ltgraph.web.ui import home, lists, model, network_page, query, resource, search, site
from ltgraph.web.ui.common import LANGUAGE_COOKIE, LANGUAGES, page_context
from ltgraph.web.ui.evidence import release_dates, releases_by_graph, sources_of_every_graph

WEB = Path(__file__).resolve().parents[1]
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
RDF_TWINS = (("turtle", "text/turtle"), ("jsonld", "application/ld+json"))

blueprint = Blueprint("ui", __name__, template_folder=str(WEB / "templates"),
                      static_folder=str(WEB / "static"), static_url_path="/static")

blueprint.add_url_rule("/", "home", home.page)
blueprint.add_url_rule("/browse/<name>", "list", lists.page)
blueprint.add_url_rule("/search", "search", search.page)
blueprint.add_url_rule("/search.json", "search_json", search.twin)
blueprint.add_url_rule("/query", "query", query.page)
blueprint.add_url_rule("/favicon.ico", "favicon", home.favicon)
blueprint.add_url_rule("/map/world.svg", "world_map", site.world_map)
blueprint.add_url_rule("/network", "network", network_page.page)
blueprint.add_url_rule("/model", "model", model.page)


@blueprint.record_once
def _pages_to_warm(state: BlueprintSetupState) -> None:
    """The pages every visitor starts from, computed as soon as the dataset is loaded."""
    pages = ["/", *(f"/browse/{name}" for name in lists.LISTS), "/search?q=a",
             "/map/world.svg"]
    warm_on_load(state.app, [*pages, *(f"{page}{'&' if '?' in page else '?'}lang=de"
                                       for page in pages)])
    # what every resource page reads of the whole dataset besides the labels
    warm_values_on_load(state.app, [releases_by_graph, release_dates, sources_of_every_graph,
                                    resource.render_hubs])
    # then the pages of every summit and release, onto the shelf (minutes at a million quads)
    warm_last_on_load(state.app, [resource.prerender_pages])


@blueprint.app_context_processor
def _page_context() -> dict[str, object]:
    return page_context() if request else {}


@blueprint.after_app_request
def _html_headers(response: Response) -> Response:
    """Every HTML answer: our CSP, ``Vary`` on the reader's language, the RDF twins of
    linked-data pages, and the language the reader chose remembered for the next page."""
    if response.mimetype != "text/html":
        return response
    response.headers["Content-Security-Policy"] = CSP
    response.headers["Referrer-Policy"] = "same-origin"
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    path = request.path
    if response.status_code == 200 and path.startswith(("/id/", "/graph/", "/ontology")):
        links = [f'<{quote(path)}?format={short}>; rel="alternate"; type="{mime}"'
                 for short, mime in RDF_TWINS]
        existing = response.headers.get("Link")
        if not existing or 'rel="alternate"' not in existing:  # linked data may have said it
            response.headers["Link"] = ", ".join(([existing] if existing else []) + links)
    asked = request.args.get("lang", "")
    if asked in LANGUAGES and request.cookies.get(LANGUAGE_COOKIE) != asked:
        response.set_cookie(LANGUAGE_COOKIE, asked, max_age=365 * 24 * 3600, samesite="Lax",
                            httponly=True)
    return response
