"""Lists in pages: a list longer than a page is cut into pages that plain links join, so a
browser without script and a crawler reach every row, and no page grows with the dataset; the
same for the incoming links of a hub resource, whose rest a query lists."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from flask.testing import FlaskClient

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web.app import create_app
from ltgraph.web.ui.lists import PAGE_SIZE
from ltgraph.web.ui.resource import MOST_SHOWN

BASE = "https://w3id.org/ltgraph/"
LT = BASE + "ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
CITIES = PAGE_SIZE * 2 + 37
COUNTRY = BASE + "id/country/zz"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    path = tmp_path_factory.mktemp("lists") / "cities.nq"
    graph = f"<{BASE}graph/reference>"
    path.write_text("".join(
        f"<{BASE}id/city/c{i:04d}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        f"<{LT}City> {graph} .\n<{BASE}id/city/c{i:04d}> <{LABEL}> \"Town {i:04d}\"@en "
        f"{graph} .\n<{BASE}id/city/c{i:04d}> <{LT}country> <{COUNTRY}> {graph} .\n"
        for i in range(CITIES)), encoding="utf-8")
    store = EmbeddedStore()
    store.load(path)
    return create_app({"data": str(path), "query_network_isolation": False},
                      store=store).test_client()


def html(client: FlaskClient, url: str) -> str:
    response = client.get(url, headers={"Accept": "text/html", "Accept-Language": "en"})
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def cities_on(text: str) -> list[str]:
    return re.findall(r'<td><a href="(/id/city/c\d+)"', text)


def test_following_next_from_the_first_page_reaches_every_row_once(client: FlaskClient
                                                                    ) -> None:
    seen: list[str] = []
    url: str | None = "/browse/cities"
    pages = 0
    while url:
        text = html(client, url)
        rows = cities_on(text)
        assert 0 < len(rows) <= PAGE_SIZE
        assert f"{CITIES} of {CITIES} entries" in text
        seen += rows
        pages += 1
        found = re.search(r'<link rel="next" href="([^"]+)">', text)
        url = found.group(1).replace("&amp;", "&") if found else None
    assert pages == -(-CITIES // PAGE_SIZE)
    assert seen == sorted(seen) and len(set(seen)) == CITIES


def test_a_page_links_the_first_and_last_pages_and_sorting_starts_again_at_one(
        client: FlaskClient) -> None:
    text = html(client, "/browse/cities?page=2&order=desc")
    last = -(-CITIES // PAGE_SIZE)
    assert 'rel="prev"' in text and f'page={last}"' in text and 'aria-current="page">2<' in text
    assert cities_on(text)[0] == f"/id/city/c{CITIES - 1 - PAGE_SIZE:04d}"
    heads = re.findall(r'<th scope="col"[^>]*><a href="([^"]+)"', text)
    assert heads and not any("page=" in head for head in heads)


@pytest.mark.parametrize("asked", ["0", "-3", "many", "999"])
def test_a_page_out_of_range_shows_the_nearest_page(client: FlaskClient, asked: str) -> None:
    rows = cities_on(html(client, f"/browse/cities?page={asked}"))
    assert rows and (rows[0] == "/id/city/c0000") == (asked != "999")


def test_the_json_twin_still_holds_the_whole_list(client: FlaskClient) -> None:
    assert len(client.get("/browse/cities.json").get_json()["rows"]) == CITIES


def test_a_hub_shows_its_first_incoming_links_and_a_query_for_all(client: FlaskClient) -> None:
    text = html(client, "/id/country/zz")
    incoming = text[text.index('id="incoming"'):]
    assert len(cities_on_links(incoming)) == MOST_SHOWN
    assert f"and {CITIES - MOST_SHOWN} more" in incoming
    query = re.search(r'<a href="(/query\?query=[^"]+)">all of them as a query', incoming)
    assert query is not None
    listed = client.get("/sparql", query_string={"query": parse_qs(
        urlsplit(unescape(query.group(1))).query)["query"][0]},
        headers={"Accept": "application/sparql-results+json"}).get_json()
    assert len(listed["results"]["bindings"]) == CITIES


def cities_on_links(text: str) -> list[str]:
    return re.findall(r'<li><a href="(/id/city/c\d+)"', text)
