"""Hub pages: a resource that many releases and statements speak of names its first releases
and says how many more (with a query that lists them all), and its page, once rendered, is
kept until the next load, in each reader's language; the hubs' pages are rendered ahead of
their first visitor."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web.app import create_app
from ltgraph.web.cache import remembered
from ltgraph.web.ui.profiles import MOST_RELEASES
from ltgraph.web.ui.resource import (
    HUB_PAGES,
    HUB_STATEMENTS,
    MOST_BESIDE_PROFILE,
    render_hubs,
)

BASE = "https://w3id.org/ltgraph/"
LT = BASE + "ontology#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
HUB = BASE + "id/city/hubtown"
RELEASES = MOST_RELEASES + 8
SUMMITS = HUB_STATEMENTS  # each takes part with the hub: the hub is in that many statements


def dataset() -> str:
    """A city every release speaks of, and more summits taking part with it than a hub has
    statements."""
    reference = f"<{BASE}graph/reference>"
    lines = [f"<{HUB}> <{RDF_TYPE}> <{LT}City> {reference} .",
             f"<{HUB}> <{LABEL}> \"Hubtown\"@en {reference} .",
             f"<{HUB}> <{LABEL}> \"Nabenstadt\"@de {reference} ."]
    for i in range(RELEASES):
        graph, release = f"<{BASE}graph/release/r{i:02d}>", f"<{BASE}id/release/r{i:02d}>"
        lines += [f"{graph} <{PROV}wasDerivedFrom> {release} {graph} .",
                  f"{release} <{RDF_TYPE}> <{LT}PressRelease> {graph} .",
                  f"{release} <{SCHEMA}headline> \"Release {i:02d}\" {graph} .",
                  f"<{BASE}id/summit/s{i:04d}> <{LT}hostCity> <{HUB}> {graph} ."]
    for i in range(SUMMITS):
        lines.append(f"<{BASE}id/summit/s{i:04d}> <{LT}participatingCity> <{HUB}> {reference} .")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    path = tmp_path_factory.mktemp("hubs") / "hub.nq"
    path.write_text(dataset(), encoding="utf-8")
    store = EmbeddedStore()
    store.load(path)
    return create_app({"data": str(path), "query_network_isolation": False,
                       "response_cache_mib": 0}, store=store)


def page(app: Flask, url: str, lang: str = "en") -> str:
    response = app.test_client().get(url, headers={"Accept": "text/html",
                                                   "Accept-Language": lang})
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def test_a_hub_names_its_first_releases_and_a_query_for_all(app: Flask) -> None:
    text = page(app, "/id/city/hubtown")
    facts = text[text.index('class="key-facts"'):]
    facts = facts[:facts.index("</dl>")]
    assert len(re.findall(r'href="/id/release/r\d\d"', facts)) == MOST_RELEASES
    query = re.search(r'<a href="(/query\?query=[^"]+)"[^>]*>… and (\d+) more<', facts)
    assert query is not None and int(query.group(2)) == RELEASES - MOST_RELEASES
    listed = app.test_client().get("/sparql", query_string={"query": parse_qs(
        urlsplit(unescape(query.group(1))).query)["query"][0]},
        headers={"Accept": "application/sparql-results+json"}).get_json()
    assert len(listed["results"]["bindings"]) == RELEASES


def test_beside_a_profile_each_property_shows_its_first_values_and_a_query_for_all(
        app: Flask) -> None:
    text = page(app, "/id/city/hubtown")
    incoming = text[text.index('id="incoming"'):]
    taking_part = incoming[incoming.index("lt:participatingCity"):]
    taking_part = taking_part[:taking_part.index("</dd>")]
    assert len(re.findall(r'<li><a href="/id/summit/s\d+"', taking_part)) == MOST_BESIDE_PROFILE
    assert f"and {SUMMITS - MOST_BESIDE_PROFILE} more" in taking_part
    query = re.search(r'<a href="(/query\?query=[^"]+)">all of them as a query', taking_part)
    assert query is not None
    listed = app.test_client().get("/sparql", query_string={"query": parse_qs(
        urlsplit(unescape(query.group(1))).query)["query"][0]},
        headers={"Accept": "application/sparql-results+json"}).get_json()
    assert len(listed["results"]["bindings"]) == SUMMITS


def test_a_hub_page_is_kept_in_each_language_and_says_the_same_again(app: Flask) -> None:
    english, german = page(app, "/id/city/hubtown"), page(app, "/id/city/hubtown", "de")
    assert "<h1 lang=\"en\">Hubtown</h1>" in english
    assert "<h1 lang=\"de\">Nabenstadt</h1>" in german
    with app.test_request_context("/"):
        kept = remembered(HUB_PAGES, dict)
        assert {key[1:] for key in kept} >= {("/id/city/hubtown", "en"),
                                              ("/id/city/hubtown", "de")}
    assert page(app, "/id/city/hubtown") == english
    assert page(app, "/id/city/hubtown?lang=de", "en") == german


def test_a_page_of_few_statements_is_not_kept(app: Flask) -> None:
    page(app, "/id/summit/s0001")
    with app.test_request_context("/"):
        assert not any(key[1] == "/id/summit/s0001" for key in remembered(HUB_PAGES, dict))


def test_the_hubs_pages_are_rendered_ahead_of_their_first_visitor(
        tmp_path_factory: pytest.TempPathFactory, app: Flask) -> None:
    path = tmp_path_factory.mktemp("hubs-ahead") / "hub.nq"
    path.write_text(dataset(), encoding="utf-8")
    store = EmbeddedStore()
    store.load(path)
    fresh = create_app({"data": str(path), "query_network_isolation": False,
                        "response_cache_mib": 0}, store=store)
    with fresh.test_request_context("/"):
        render_hubs()
        kept = dict(remembered(HUB_PAGES, dict))
    assert {key[1:] for key in kept} == {("/id/city/hubtown", "en"), ("/id/city/hubtown", "de")}
    # as a visitor of another server of the same data sees it
    assert kept[("", "/id/city/hubtown", "en")] == page(app, "/id/city/hubtown")
