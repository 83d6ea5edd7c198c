"""Hostile clients against what the server serves: given the real server, methods it does not
offer, parameters it does not honour, paths that try to leave the site or its folders, markup
in queries and search terms, and connections that never finish their headers change nothing:
each gets a short 4xx (or an escaped page), no file outside the site is opened, no link leaves
the origin and a normal request is still answered.
"""

from __future__ import annotations

import concurrent.futures
import html.parser
import json
import os
import signal
import socket
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
from harness import Server, no_traceback, running_server
from test_hostile_protocol import raw
from test_sparql_safety import call, query

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.mark.parametrize("path", ["sparql", "id/city/oslo", "graph/reference",
                                  "dumps/ltgraph.trig", ".well-known/void", "-/settings"])
@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_writing_methods_are_405_with_allow(sample_server: Server, path: str,
                                            method: str) -> None:
    status, headers, body = call(sample_server, method, path=path, body=b"x",
                                 headers={"Content-Type": "text/turtle"})
    assert status == 405, (path, body)
    assert "GET" in headers.get("Allow", "")
    assert no_traceback(body.decode("utf-8", "replace"))


def test_a_query_in_the_url_and_in_the_form_body_is_two_queries(sample_server: Server) -> None:
    body = urllib.parse.urlencode({"query": "ASK {}"}).encode()
    status, _, answer = call(sample_server, "POST", params={"query": "ASK { ?s ?p ?o }"},
                             body=body, headers=FORM)
    assert status == 400 and b"exactly one" in answer


def test_a_huge_url_is_refused_and_the_server_goes_on(sample_server: Server) -> None:
    status, _, _ = call(sample_server, params={"query": "ASK {} #" + "x" * 100_000})
    assert status in (400, 413, 414, 431)
    assert query(sample_server, "ASK { ?s ?p ?o }")[0] == 200


@pytest.mark.parametrize("params, headers", [
    ({"timeout": "600"}, {}),
    ({"timeout": "600000", "maxExecutionTime": "600"}, {"X-Timeout": "600", "Timeout": "600"}),
])
def test_a_client_cannot_extend_the_time_limit(sample_server: Server, params: dict[str, str],
                                               headers: dict[str, str]) -> None:
    runaway = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
               "?m ?n1 ?o . ?q ?r ?t }")
    started = time.monotonic()
    status, _, body = call(sample_server, params={"query": runaway, **params},
                           headers={"Accept": "application/sparql-results+json", **headers})
    assert status == 503 and b"limit of 2 s" in body  # the server's limit, not the client's
    assert time.monotonic() - started < 10.0  # stopped at 2 s, not at the 600 s asked for


@pytest.mark.parametrize("path", [
    "id//evil.example/x", "id/%2F%2Fevil.example", "id/%5Cevil.example", "id/\\evil.example",
    "id/http://evil.example", "id/https:%2F%2Fevil.example/x", "//evil.example/", "sparql/",
    "graph//evil.example", "static//evil.example/x.css",
])
def test_no_answer_sends_the_client_to_another_origin(sample_server: Server, path: str) -> None:
    host = urllib.parse.urlparse(sample_server.url).netloc
    status, headers, body = raw(sample_server, "GET", "/" + path, {"Host": host})
    location = headers.get("Location")
    if location is not None:
        target = urllib.parse.urlparse(urllib.parse.urljoin(sample_server.url + path, location))
        assert target.netloc == host, location
    assert status < 500


TRAVERSALS = ["static/../../../../etc/passwd", "static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
              "static/..%2f..%2f..%2f..%2fetc%2fpasswd", "static/..%5c..%5c..%5cetc%5cpasswd",
              "static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "static/style.css%00.png",
              "dumps/..%2f..%2f..%2fetc%2fpasswd", "dumps/%2e%2e%2fltgraph.trig",
              "graph/release/..%2f..%2fetc%2fpasswd", "id/city/..%2f..%2f..%2fetc%2fpasswd"]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_paths_never_leave_the_site_folders(sample_server: Server, path: str) -> None:
    mark = len(sample_server.audit_events())
    host = urllib.parse.urlparse(sample_server.url).netloc
    status, _, body = raw(sample_server, "GET", "/" + path, {"Host": host})
    assert status in (400, 404), (status, body[:200])
    assert b"root:" not in body
    opened = [e for e in sample_server.audit_events()[mark:] if " open " in e]
    assert not [e for e in opened if "passwd" in e], opened


def test_a_crlf_in_a_path_never_becomes_a_header(sample_server: Server) -> None:
    host = urllib.parse.urlparse(sample_server.url).netloc
    for path in ["/id/city/x%0d%0aSet-Cookie:%20a=b", "/id/city/x%0aLocation:%20http://evil/",
                 "/graph/release/x%0d%0aX-Injected:%201"]:
        status, headers, _ = raw(sample_server, "GET", path, {"Host": host})
        assert status == 404
        assert "Set-Cookie" not in headers and "X-Injected" not in headers
        assert "evil" not in headers.get("Location", "")


class Elements(html.parser.HTMLParser):
    """The start tags of a page, with their attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def elements(page: bytes) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(page.decode("utf-8"))
    return parser.tags


MARKUP = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'


@pytest.mark.parametrize("path, params", [
    ("query", {"query": f"SELECT ?x WHERE {{ BIND('{MARKUP}' AS ?x) }}"}),
    ("query", {"query": "SELECT ?x WHERE { BIND(<javascript:alert(1)> AS ?x) }"}),
    ("query", {"query": f"SELECT * WHERE {{ {MARKUP} }}"}),  # a syntax error echoing markup
    ("search", {"q": MARKUP}),
    ("search", {"q": '"} FILTER(true)} # (a+)+$ \\'}),
    ("sparql", {"query": f"ASK {{ FILTER('{MARKUP}') }}"}),
])
def test_markup_a_client_sends_comes_back_as_text(sample_server: Server, path: str,
                                                  params: dict[str, str]) -> None:
    status, headers, body = call(sample_server, path=path, params=params,
                                 headers={"Accept": "text/html"})
    assert status < 500, body[:300]
    if not headers.get("Content-Type", "").startswith("text/html"):
        return  # not HTML: nothing a browser would run (and nosniff says so)
    assert headers.get("X-Content-Type-Options") == "nosniff"
    assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", "")
    tags = elements(body)
    assert not [t for t, attrs in tags if t == "img" and attrs.get("src") == "x"]
    assert not [attrs for _, attrs in tags if "onerror" in attrs]
    links = [v for _, attrs in tags for k, v in attrs.items() if k in ("href", "src") and v]
    assert not [v for v in links if v.strip().lower().startswith(("javascript:", "data:"))]


def test_connections_that_never_finish_their_headers_hold_no_thread(sample_server: Server) -> None:
    url = urllib.parse.urlparse(sample_server.url)
    slow = []
    try:
        for _ in range(40):  # more than the server has threads
            conn = socket.create_connection((url.hostname, url.port), timeout=5)
            conn.sendall(b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            slow.append(conn)
        time.sleep(0.5)
        for conn in slow[::4]:  # a few trickle on, one byte each
            conn.sendall(b"a")
        status, _, body = query(sample_server, "ASK { ?s ?p ?o }")
        assert status == 200, body
        assert call(sample_server, path="id/city/oslo",
                    headers={"Accept": "text/turtle"})[0] == 200
    finally:
        for conn in slow:
            conn.close()


def test_sixteen_clients_at_once_all_get_their_lookups(sample_server: Server) -> None:
    paths = ["id/city/oslo", "id/city/duesseldorf", "id/country/de", "graph/reference",
             "-/settings", "static/style.css"]

    def client(number: int) -> list[int]:
        return [call(sample_server, path=paths[(number + i) % len(paths)],
                     headers={"Accept": "text/turtle"})[0] for i in range(10)]

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        statuses = [s for answer in pool.map(client, range(16)) for s in answer]
    assert len(statuses) == 160
    assert set(statuses) == {200}


def test_a_server_killed_mid_query_restarts_on_its_store_with_the_same_data(
        sample_data: Path, tmp_path: Path) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    runaway = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
               "?m ?n1 ?o . ?q ?r ?t }")
    settings = {"store": str(tmp_path / "store")}
    with running_server(sample_data, tmp_path, settings=settings) as server:
        before = json.loads(query(server, count)[2])["results"]["bindings"][0]["n"]["value"]
        pending = threading.Thread(target=query, args=(server, runaway))
        pending.start()
        time.sleep(1.0)
        os.killpg(server.process.pid, signal.SIGKILL)  # the server and its workers
        server.process.wait()
        pending.join(timeout=30)
    with running_server(sample_data, tmp_path, settings=settings) as server:
        status, _, body = query(server, count)
        assert status == 200
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == before
