"""A SELECT of one triple pattern sent by GET is answered in front of the app, from the store's
index: given such a query, the real server's answer is the endpoint's own (the same body and
headers as the same query posted as a form, which the endpoint answers), in every result format,
cut at the row cap as the endpoint cuts; its rows are those a worker's engine gives for the same
pattern written so that only the engine can read it; and whatever the request asks besides, it
goes to the endpoint as before."""

from __future__ import annotations

import http.client
import json
import urllib.parse

import pytest
from harness import Server, select_rows

OSLO = "https://w3id.org/ltgraph/id/city/oslo"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ONE_PATTERN = "SELECT ?p ?o WHERE { ?s ?p ?o }"  # more rows than the cap of 3
# varying per request: never two the same, so no kept answer is measured
_SERIAL = iter(range(1, 1_000_000))


def call(server: Server, method: str, path: str, *, body: bytes | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    url = urllib.parse.urlparse(server.url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def comparable(headers: dict[str, str]) -> dict[str, str]:
    """The headers that say something about the answer (not the date, the server, the cache's
    validator, or the length of a body compared apart)."""
    return {k.lower(): v for k, v in headers.items()
            if k.lower() not in ("date", "server", "etag", "content-length")}


@pytest.mark.parametrize("format_name", ["json", "xml", "csv", "tsv"])
def test_the_answer_is_the_endpoints_own_in_every_result_format(
        sample_server: Server, format_name: str) -> None:
    query = f"{ONE_PATTERN} LIMIT {next(_SERIAL) + 10}"  # the limit past the cap: cut at 3
    got = call(sample_server, "GET",
               "/sparql?" + urllib.parse.urlencode({"query": query, "format": format_name}))
    posted = call(sample_server, "POST", "/sparql",
                  body=urllib.parse.urlencode({"query": query, "format": format_name}).encode(),
                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert got[0] == posted[0] == 200
    assert got[2] == posted[2]
    assert comparable(got[1]) == comparable(posted[1])
    assert comparable(got[1])["x-ltgraph-truncated"] == "true"


def test_the_rows_are_those_the_engine_gives(sample_server: Server) -> None:
    one_pattern = f"SELECT ?label WHERE {{ <{OSLO}> <{LABEL}> ?label }} LIMIT {next(_SERIAL)}"
    engine_only = (f"SELECT ?label WHERE {{ <{OSLO}> <{LABEL}> ?label FILTER(true) }} "
                   f"LIMIT {next(_SERIAL)}")
    assert select_rows(sample_server, one_pattern) == select_rows(sample_server, engine_only)
    assert select_rows(sample_server, one_pattern) == [{"label": "Oslo"}]


def test_a_head_has_the_headers_and_no_body(sample_server: Server) -> None:
    path = "/sparql?" + urllib.parse.urlencode({"query": f"{ONE_PATTERN} LIMIT {next(_SERIAL)}"})
    head = call(sample_server, "HEAD", path)
    get = call(sample_server, "GET", path)
    assert head[0] == get[0] == 200 and head[2] == b""
    assert {k.lower(): v for k, v in head[1].items()}["content-length"] == str(len(get[2]))
    assert json.loads(get[2])["head"]["vars"] == ["p", "o"]


@pytest.mark.parametrize("extra, status", [
    ({"default-graph-uri": "https://w3id.org/ltgraph/graph/reference"}, 200),  # the endpoint's
    ({"update": "CLEAR ALL"}, 403),
    ({"format": "turtle"}, 406),
    ({"query": "SELECT ?x WHERE { ?x ?y ?z }"}, 400),  # a second query
])
def test_whatever_else_a_request_asks_goes_to_the_endpoint(
        sample_server: Server, extra: dict[str, str], status: int) -> None:
    pairs = [("query", f"{ONE_PATTERN} LIMIT {next(_SERIAL)}"), *extra.items()]
    answer = call(sample_server, "GET", "/sparql?" + urllib.parse.urlencode(pairs))
    assert answer[0] == status, answer[2]


def test_a_malformed_host_is_refused_as_for_any_request(sample_server: Server) -> None:
    path = "/sparql?" + urllib.parse.urlencode({"query": f"{ONE_PATTERN} LIMIT {next(_SERIAL)}"})
    status, _, body = call(sample_server, "GET", path, headers={"Host": "a b"})
    assert status == 400 and b"Host" in body

