"""``/network/{kind}.{format}`` on the real app: the same bytes as an export of the same data."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from ltgraph.network import network
from ltgraph.network.export import FORMATS, as_bytes, dumps_csv_edges, dumps_csv_nodes
from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web.app import create_app

from .conftest import TWO_SUMMITS

KINDS = ("cities", "affiliation", "people", "organisations")


@pytest.fixture(scope="module")
def client():
    store = EmbeddedStore()
    store.load(TWO_SUMMITS)
    app = create_app({"data": str(TWO_SUMMITS)}, store=store)
    return app.test_client()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_export_equals_the_export_of_the_file(client, two_summits, kind, fmt):
    response = client.get(f"/network/{kind}.{fmt}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == FORMATS[fmt].media_type
    assert response.get_data() == as_bytes(FORMATS[fmt].dumps(network(kind, two_summits)))


@pytest.mark.parametrize(("table", "dumps"), [("nodes", dumps_csv_nodes),
                                              ("edges", dumps_csv_edges)])
def test_each_csv_table_is_served_alone_too(client, two_summits, table, dumps):
    response = client.get(f"/network/cities/{table}.csv?members=false")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.get_data(as_text=True) == dumps(
        network("cities", two_summits, include_members=False))
    assert client.get("/network/cities/ties.csv").status_code == 404


def test_member_cities_are_kept_unless_asked_not_to(client, two_summits):
    kept = client.get("/network/cities.json").get_json()
    left_out = client.get("/network/cities.json?members=false").get_json()
    chicago = "https://w3id.org/ltgraph/id/city/chicago"
    assert chicago in {n["id"] for n in kept["nodes"]}
    assert chicago not in {n["id"] for n in left_out["nodes"]}
    assert client.get("/network/cities.json?members=1").get_json() == kept


def test_the_picture_lists_the_members_without_a_shared_summit(client):
    root = ET.fromstring(client.get("/network/cities.svg").get_data(as_text=True))
    listed = root.find(".//{http://www.w3.org/2000/svg}g[@class='isolated-members']")
    assert [t.text for t in listed] == ["Members without a shared summit (2): Chicago, Namur"]
    assert "2 of them are member cities without a shared summit: Chicago, Namur." in root.find(
        "{http://www.w3.org/2000/svg}desc").text
    drawn = {g.get("data-iri") for g in root.iter("{http://www.w3.org/2000/svg}g")
             if g.get("class") == "node"}
    assert "https://w3id.org/ltgraph/id/city/namur" in drawn


def test_filters_in_the_query_string_are_the_library_options(client, two_summits):
    from datetime import date

    response = client.get("/network/cities.json?lang=de&since=2019-01-01"
                          "&release=test-20190901-1")
    expected = network("cities", two_summits, lang="de", since=date(2019, 1, 1),
                       releases=["test-20190901-1"])
    assert response.get_data(as_text=True) == FORMATS["json"].dumps(expected)
    assert "Warschau" in response.get_data(as_text=True)


def test_the_picture_is_an_svg_image_with_its_twins_announced(client):
    response = client.get("/network/cities.svg")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/svg+xml; charset=utf-8"
    root = ET.fromstring(response.get_data(as_text=True))
    assert root.get("role") == "img" and root.get("aria-label")
    assert '</network/cities.graphml>; rel="alternate"' in response.headers["Link"]
    again = client.get("/network/cities.svg", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/network/towns.svg", 404, "no network 'towns'"),
    ("/network/cities.pdf", 404, "no format 'pdf'"),
    ("/network/cities.json?since=2019-02-30", 400, "since: expected a date"),
    ("/network/cities.json?since=2020-01-01&until=2019-01-01", 400, "window is empty"),
    ("/network/cities.json?release=..%2Fetc", 400, "not a release slug"),
    ("/network/cities.json?lang=%3Cb%3E", 400, "not a language tag"),
    ("/network/cities.json?members=maybe", 400, "members: expected true or false"),
    ("/network/people.json?members=true", 400, "members: applies to the cities and"),
    ("/network/cities.json?relase=x", 400, "relase: not an option of the networks"),
    ("/network/cities.json?release=no-such-release", 404,
     "no release 'no-such-release' in the dataset"),
    ("/network/cities.svg?since=2030-01-01", 404, "no summit or declaration between 2030-01-01"),
    ("/network/people.csv?until=2001-01-01", 404, "no summit or declaration between"),
    ("/network/cities/nodes.csv?release=no-such-release", 404, "no release"),
])
def test_bad_requests_get_a_short_plain_answer_naming_the_problem(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith("text/plain")
    body = response.get_data(as_text=True)
    assert words in body and "Traceback" not in body
