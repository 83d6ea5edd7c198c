"""Answers kept per loaded dataset (``ltgraph.web.cache``): the same request gets the same
bytes with an ETag, a client holding them gets 304, a new dataset is never answered from the
old one's answers, and answers that are not a function of the data are never kept."""

from __future__ import annotations

import threading
import urllib.parse
import urllib.request
from pathlib import Path

from harness import SAMPLE_TRIG, Server

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web.app import create_app

CITY = "id/city/duesseldorf"


def fetch(server: Server, path: str, method: str = "GET",
          **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(server.url + path, method=method,
                                     headers={k.replace("_", "-"): v for k, v in headers.items()})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, lowered(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, lowered(error.headers), error.read()


def lowered(headers: object) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}  # type: ignore[attr-defined]


def test_given_a_lookup_the_same_request_gets_the_same_bytes_and_etag(sample_server: Server):
    first = fetch(sample_server, CITY, Accept="text/turtle")
    second = fetch(sample_server, CITY, Accept="text/turtle")
    assert first[0] == second[0] == 200
    assert first[1]["etag"] == second[1]["etag"]
    assert first[2] == second[2]
    assert "Accept" in first[1]["vary"]


def test_given_the_etag_it_holds_a_client_gets_304_without_a_body(sample_server: Server):
    status, headers, _ = fetch(sample_server, CITY, Accept="text/turtle")
    assert status == 200
    status, again, body = fetch(sample_server, CITY, Accept="text/turtle",
                                If_None_Match=headers["etag"])
    assert status == 304
    assert body == b""
    assert again["etag"] == headers["etag"]


def test_given_another_format_the_answer_and_its_etag_differ(sample_server: Server):
    turtle = fetch(sample_server, CITY, Accept="text/turtle")
    jsonld = fetch(sample_server, CITY, Accept="application/ld+json")
    assert turtle[1]["content-type"].startswith("text/turtle")
    assert jsonld[1]["content-type"].startswith("application/ld+json")
    assert turtle[1]["etag"] != jsonld[1]["etag"]
    status, _, _ = fetch(sample_server, CITY, Accept="application/ld+json",
                         If_None_Match=turtle[1]["etag"])
    assert status == 200


def test_given_head_the_headers_of_get_come_without_a_body(sample_server: Server):
    status, headers, body = fetch(sample_server, "", method="HEAD", Accept="text/html")
    assert status == 200 and body == b""
    got = fetch(sample_server, "", Accept="text/html")
    assert headers["etag"] == got[1]["etag"]


def test_given_a_query_that_differs_at_each_evaluation_no_answer_is_kept(sample_server: Server):
    now = "sparql?" + urllib.parse.urlencode({"query": "SELECT (NOW() AS ?t) WHERE {}"})
    status, headers, body = fetch(sample_server, now, Accept="application/sparql-results+json")
    assert status == 200 and "etag" not in headers, body
    label = "sparql?" + urllib.parse.urlencode(
        {"query": "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"})
    status, headers, body = fetch(sample_server, label,
                                  Accept="application/sparql-results+json")
    assert status == 200 and "etag" in headers, body


def test_given_a_missing_resource_the_404_is_not_kept(sample_server: Server):
    status, headers, _ = fetch(sample_server, "id/city/atlantis", Accept="text/turtle")
    assert status == 404 and "etag" not in headers


def test_given_a_new_dataset_loaded_no_answer_of_the_old_one_is_given(tmp_path: Path):
    """The server loads its dataset once; a store loaded again in the same process (the
    embedding case) must invalidate everything kept, so this drives the app directly."""
    old, new = tmp_path / "old.trig", tmp_path / "new.trig"
    old.write_text(SAMPLE_TRIG, encoding="utf-8")
    new.write_text(SAMPLE_TRIG.replace('"Düsseldorf"@en', '"Dusseldorf (renamed)"@en'),
                   encoding="utf-8")
    store = EmbeddedStore()
    store.load(old)
    client = create_app({"query_network_isolation": False}, store=store).test_client()
    headers = {"Accept": "text/turtle"}
    before = client.get("/" + CITY, headers=headers)
    assert before.status_code == 200 and "Düsseldorf" in before.get_data(as_text=True)
    assert client.get("/" + CITY, headers={**headers, "If-None-Match": before.headers["ETag"]}
                      ).status_code == 304
    store.load(new)
    after = client.get("/" + CITY, headers={**headers, "If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    assert "Dusseldorf (renamed)" in after.get_data(as_text=True)
    assert after.headers["ETag"] != before.headers["ETag"]
    home = client.get("/", headers={"Accept": "text/html"})
    assert home.status_code == 200


def test_after_the_start_up_work_the_query_workers_are_forked_anew_and_answer(tmp_path: Path):
    """Given a server that has computed its start pages, its query workers are processes
    forked after that work (so they share what it computed), and they answer queries."""
    from ltgraph.store.isolation import IsolatedStore
    from ltgraph.web.cache import warm

    data = tmp_path / "d.trig"
    data.write_text(SAMPLE_TRIG, encoding="utf-8")
    inner = EmbeddedStore()
    inner.load(data)
    store = IsolatedStore(inner, workers=1, own_workers=1, isolate_network=False)
    try:
        app = create_app({"query_network_isolation": False}, store=store)
        before = store.worker_pids()
        answers: list[bool] = []
        asking = threading.Thread(target=lambda: answers.extend(
            store.client_query("ASK { ?s ?p ?o }").value for _ in range(200)))
        asking.start()  # queries while the workers are replaced are answered all the same
        warm(app, ["/"], "http://127.0.0.1:8000")
        asking.join()
        assert answers == [True] * 200
        after = store.worker_pids()
        assert len(after) == len(before) == 2 and not set(after) & set(before)
        assert store.client_query("ASK { ?s ?p ?o }").value
        assert app.extensions["ltgraph"]["memo"].get("home en", lambda: None) is not None
    finally:
        store.close()
