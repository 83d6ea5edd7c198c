"""``/network/{kind}.{format}`` on the real app: the same bytes as an export of the same data."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from ltgraph.network import network
from ltgraph.network.export import FORMATS
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
    assert response.get_data(as_text=True) == FORMATS[fmt].dumps(network(kind, two_summits))


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
])
def test_bad_requests_get_a_short_plain_answer_naming_the_problem(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith("text/plain")
    body = response.get_data(as_text=True)
    assert words in body and "Traceback" not in body
