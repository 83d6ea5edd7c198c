"""The browsing UI on the committed graph (``data/graph/ltgraph.trig``) and the seed release.

Every list, the search examples of the issue ("dusseldorf" finds Düsseldorf, "michal" finds
Michał), and the release page quoting its evidence from the seed release file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web.app import create_app

REPO = Path(__file__).resolve().parents[2]
GRAPH = REPO / "data" / "graph" / "ltgraph.trig"
RELEASES = (REPO / ".." / "shared" / "releases").resolve()
SEED = "20190901-318_07.txt"
SEED_RELEASE = "/id/release/duesseldorf-20190901-318"

pytestmark = pytest.mark.skipif(not GRAPH.is_file(), reason=f"{GRAPH} is not built yet")


@pytest.fixture(scope="module")
def client() -> Iterator[FlaskClient]:
    store = EmbeddedStore(None)
    store.load(GRAPH)
    app = create_app({"data": str(GRAPH), "releases": str(RELEASES)}, store=store)
    yield app.test_client()
    store.close()


def html(client: FlaskClient, url: str) -> str:
    response = client.get(url, headers={"Accept": "text/html", "Accept-Language": "en"})
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


@pytest.mark.parametrize("name", ["cities", "people", "summits", "declarations",
                                  "organisations", "releases"])
def test_every_list_shows_the_committed_graph(client: FlaskClient, name: str) -> None:
    text = html(client, f"/browse/{name}")
    shown, total = map(int, re.search(r"(\d+) of (\d+) entries", text).groups())
    assert shown == total > 0


@pytest.mark.parametrize(("term", "expected"), [("dusseldorf", "/id/city/duesseldorf"),
                                                ("michal", "/id/person/michal-olszewski")])
def test_the_issues_search_examples(client: FlaskClient, term: str, expected: str) -> None:
    text = html(client, f"/search?q={term}")
    results = re.findall(r'<li><a href="(/id/[^"]+)">', text)
    assert results and results[0] == expected


def test_the_seed_release_page_quotes_its_evidence_from_the_release_file(
        client: FlaskClient) -> None:
    seed = RELEASES / SEED
    if not seed.is_file():
        pytest.skip(f"the seed release is not at {seed}")
    data = seed.read_bytes()
    text = html(client, SEED_RELEASE)
    assert hashlib.sha256(data).hexdigest() in text
    sentences = re.findall(r'<q class="sentence" data-start="(\d+)" data-end="(\d+)">(.*?)</q>',
                           text, re.S)
    assert len(sentences) > 20
    release_text = data.decode("utf-8")
    for start, end, quoted in sentences:
        assert release_text[int(start):int(end)] == unescape(re.sub(r"</?mark>", "", quoted))
        assert "<mark>" in quoted  # the supporting words are marked
