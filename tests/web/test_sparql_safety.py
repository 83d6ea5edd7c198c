"""Safe by default: given a real server with an audit log of every network and file-open
event in its processes, and a loopback canary that counts the requests it receives, queries that
ask for outside data are refused or answered from the store alone with zero I/O; a runaway query
is killed at its limit; a big result says it was cut; no response ever carries a traceback.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest
from harness import Server, no_traceback

NETWORK_EVENTS = ("socket.connect", "socket.getaddrinfo", "urllib.Request",
                  "socket.gethostbyname")


class Canary:
    """A loopback HTTP server that must never be asked anything."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        canary = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                canary.hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/turtle")
                self.end_headers()
                self.wfile.write(b'<http://canary/s> <http://canary/p> "CANARY" .')

            do_POST = do_GET

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    trap = Canary()
    yield trap
    trap.close()


def call(server: Server, method: str = "GET", path: str = "sparql", *,
         params: dict[str, str] | None = None, body: bytes | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, Message, bytes]:
    url = server.url + path + ("?" + urllib.parse.urlencode(params) if params else "")
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def query(server: Server, sparql: str, **params: str) -> tuple[int, Message, bytes]:
    return call(server, params={"query": sparql, **params},
                headers={"Accept": "application/sparql-results+json"})


def new_events(server: Server, since: int) -> list[str]:
    return [e for e in server.audit_events()[since:]]


def network_events(events: list[str]) -> list[str]:
    return [e for e in events if any(f" {name} " in e for name in NETWORK_EVENTS)]


SERVICE_QUERIES = [
    "SELECT * {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * {{ SERVICE SILENT <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }}",
    "SELECT * {{ {{ SELECT ?s {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * {{ ?s ?p ?o OPTIONAL {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?q ?r }} }} }}",
    "ASK {{ SERVICE <http://169.254.169.254/latest/meta-data/> {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <http://[::1]:{port}/> {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <http://0x7f000001:{port}/> {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <file:///etc/passwd> {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <http://secret-token.attacker.invalid/> {{ ?s ?p ?o }} }}",
    ("PREFIX x: <http://127.0.0.1:{port}/> "
     "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE x:q {{ ?s ?p ?o }} }}"),
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_before_any_io(sample_server: Server, canary: Canary,
                                          template: str) -> None:
    mark = len(sample_server.audit_events())
    status, _, body = query(sample_server, template.format(port=canary.port))
    assert status == 400
    assert b"SERVICE" in body
    assert canary.hits == []
    assert network_events(new_events(sample_server, mark)) == []


def test_from_and_protocol_datasets_name_graphs_but_never_fetch_them(
        sample_server: Server, canary: Canary, tmp_path: Path) -> None:
    secret = tmp_path / "secret.ttl"
    secret.write_text('<http://s> <http://p> "TOP-SECRET" .')
    mark = len(sample_server.audit_events())
    answers = [
        query(sample_server, f"SELECT ?o FROM <http://127.0.0.1:{canary.port}/x.ttl> "
                             "WHERE { ?s ?p ?o }"),
        query(sample_server, f"SELECT ?o FROM NAMED <http://127.0.0.1:{canary.port}/x.ttl> "
                             "WHERE { GRAPH ?g { ?s ?p ?o } }"),
        query(sample_server, f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}"),
        query(sample_server, "SELECT ?o WHERE { ?s ?p ?o }",
              **{"default-graph-uri": f"http://127.0.0.1:{canary.port}/g"}),
        query(sample_server, "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
              **{"named-graph-uri": secret.as_uri()}),
    ]
    for status, _, body in answers:
        assert status == 200
        assert json.loads(body)["results"]["bindings"] == []  # unknown graphs are empty
        assert b"CANARY" not in body and b"TOP-SECRET" not in body
    events = new_events(sample_server, mark)
    assert canary.hits == []
    assert network_events(events) == []
    assert not [e for e in events if "secret.ttl" in e]


def test_updates_and_load_are_refused_with_403_and_zero_io(sample_server: Server,
                                                           canary: Canary) -> None:
    mark = len(sample_server.audit_events())
    load = f"LOAD <http://127.0.0.1:{canary.port}/x.ttl>"
    assert call(sample_server, params={"update": load})[0] == 403
    assert call(sample_server, "POST", body=urllib.parse.urlencode({"update": load}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert call(sample_server, "POST", body=load.encode(),
                headers={"Content-Type": "application/sparql-update"})[0] == 403
    status, _, body = query(sample_server, load)  # an update sent as a query
    assert status == 400 and b"read-only" in body
    assert query(sample_server, "INSERT DATA { <http://a> <http://b> <http://c> }")[0] == 400
    assert canary.hits == []
    assert network_events(new_events(sample_server, mark)) == []
    assert json.loads(query(sample_server, "ASK { <http://a> <http://b> <http://c> }")[2])[
        "boolean"] is False


def worker_pids(server: Server) -> set[int]:
    """The server's child processes (forked by any of its threads)."""
    tasks = Path(f"/proc/{server.process.pid}/task")
    return {int(p) for task in tasks.iterdir() for p in (task / "children").read_text().split()}


def test_a_runaway_query_is_killed_at_the_limit_and_answered_503(sample_server: Server) -> None:
    before = worker_pids(sample_server)
    assert before
    runaway = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
               "?m ?n1 ?o . ?q ?r ?t }")
    started = time.monotonic()
    status, headers, body = query(sample_server, runaway)
    elapsed = time.monotonic() - started
    assert status == 503
    assert b"limit" in body and b"stopped" in body
    assert headers.get("Retry-After")
    assert 1.9 <= elapsed < 4.0  # the limit is 2 s
    time.sleep(0.3)
    after = worker_pids(sample_server)
    killed = before - after
    assert len(killed) == 1  # the worker that ran it is gone ...
    for pid in killed:
        assert not Path(f"/proc/{pid}").exists()
    assert len(after) == len(before)  # ... and replaced
    assert query(sample_server, "ASK { ?s ?p ?o }")[0] == 200


def test_a_cut_result_says_so_in_a_header_and_in_the_json_head(sample_server: Server) -> None:
    status, headers, body = query(sample_server, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    answer = json.loads(body)
    assert status == 200
    assert headers.get("X-LTGraph-Truncated") == "true"
    assert answer["head"]["truncated"] is True
    assert len(answer["results"]["bindings"]) == 3  # the cap of this server
    status, headers, body = call(sample_server, params={
        "query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "application/n-triples"})
    assert headers.get("X-LTGraph-Truncated") == "true"
    assert len(body.decode().strip().splitlines()) == 3
    status, headers, _ = query(sample_server, "SELECT ?s WHERE { ?s a <https://w3id.org/ltgraph/"
                                              "ontology#Country> }")
    assert "X-LTGraph-Truncated" not in headers


def test_too_long_queries_are_refused_with_413(sample_server: Server) -> None:
    long_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 9000
    assert call(sample_server, "POST", body=long_query.encode(),
                headers={"Content-Type": "application/sparql-query"})[0] == 413
    assert call(sample_server, "POST", body=urllib.parse.urlencode({"query": long_query}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 413
    assert status_for_announced_body(sample_server, 600_000) == 413
    assert query(sample_server, long_query)[0] == 413


def status_for_announced_body(server: Server, length: int) -> int:
    """The status answered to a POST that announces a ``length``-byte body, sent without the
    body: a server that checks sizes first answers at once (no reset mid-upload)."""
    url = urllib.parse.urlparse(server.url)
    with socket.create_connection((url.hostname, url.port), timeout=10) as conn:
        conn.sendall(f"POST /sparql HTTP/1.1\r\nHost: {url.netloc}\r\n"
                     "Content-Type: application/sparql-query\r\n"
                     f"Content-Length: {length}\r\n\r\n".encode())
        status_line = conn.makefile("rb").readline().decode()
    return int(status_line.split()[1])


MALFORMED = [
    ("GET", {"query": "SELEC * WHERE { ?s ?p ?o }"}, None, {}),
    ("GET", {"query": "SELECT * WHERE { ?s ?p ?o "}, None, {}),
    ("GET", {"query": "SELECT * WHERE " + "{" * 60 + "?s ?p ?o" + "}" * 60}, None, {}),
    ("GET", {"query": "SELECT (" + "(" * 220 + "1" + ")" * 220 + " AS ?x) {}"}, None, {}),
    ("GET", {"query": "SELECT ?x WHERE { ?x <http://a> \"\\ud800\" }"}, None, {}),
    ("GET", {"query": "\x00\x01\x02"}, None, {}),
    ("GET", {"query": "PREFIX : <http://a> SELECT * { :x :y <http://a b> }"}, None, {}),
    ("GET", {"query": "SELECT * { ?s ?p ?o } LIMIT -1"}, None, {}),
    ("POST", None, b"\xff\xfe\x00garbage", {"Content-Type": "application/sparql-query"}),
    ("POST", None, "ASK {}".encode("utf-16"),
     {"Content-Type": "application/sparql-query; charset=UTF-16"}),
    ("POST", None, b"ASK {}", {"Content-Type": "text/plain"}),
    ("POST", None, b"ASK {}", {}),
    ("POST", None, b"query=ASK%20{}&query=ASK%20{}",
     {"Content-Type": "application/x-www-form-urlencoded"}),
    ("POST", None, b"query=%ZZ%", {"Content-Type": "application/x-www-form-urlencoded"}),
    ("PUT", {"query": "ASK {}"}, b"ASK {}", {"Content-Type": "application/sparql-query"}),
    ("DELETE", None, None, {}),
    ("PATCH", None, b"x", {}),
    ("GET", {"query": "ASK {}", "format": "application/x-nonsense"}, None, {}),
    ("GET", {"query": "ASK {}"}, None, {"Accept": "image/png"}),
]


@pytest.mark.parametrize("method, params, body, headers", MALFORMED)
def test_malformed_requests_get_a_short_4xx_without_internals(sample_server: Server, method,
                                                              params, body, headers) -> None:
    status, _, answer = call(sample_server, method, params=params, body=body, headers=headers)
    assert 400 <= status < 500
    text = answer.decode("utf-8", "replace")
    assert no_traceback(text), text
    assert len(text) < 2000


def test_no_route_answers_with_internals(sample_server: Server) -> None:
    for path in ["nope", "id/nope/x", "id/city/nope", "graph/nope", "dumps/x.zip",
                 "id/city/" + "%00", "graph/release/%2e%2e%2fetc"]:
        status, _, body = call(sample_server, path=path)
        assert status == 404
        assert no_traceback(body.decode("utf-8", "replace"))
    status, headers, _ = call(sample_server, "PUT", path="id/city/duesseldorf")
    assert status == 405 and "GET" in headers.get("Allow", "")


def test_cors_is_open_without_credentials_or_private_network_access(sample_server: Server) -> None:
    _, headers, _ = call(sample_server, params={"query": "ASK {}"},
                         headers={"Origin": "https://x.example"})
    assert headers.get("Access-Control-Allow-Origin") == "*"
    assert "Access-Control-Allow-Credentials" not in headers
    status, headers, _ = call(sample_server, "OPTIONS", headers={
        "Origin": "https://x.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Private-Network": "true"})
    assert status == 200
    assert headers.get("Access-Control-Allow-Origin") == "*"
    assert "Access-Control-Allow-Private-Network" not in headers
    assert headers.get("X-Content-Type-Options") == "nosniff"


def test_a_huge_expression_finishes_or_is_stopped_inside_the_limit(sample_server: Server) -> None:
    expression = "+".join(["1"] * 2000)  # ~4 KB; rdflib's parser is slow on these
    started = time.monotonic()
    status, _, body = query(sample_server, f"SELECT ({expression} AS ?x) WHERE {{}}")
    assert status in (200, 400, 503), body[:200]
    assert time.monotonic() - started < 3.5  # the limit is 2 s
    assert no_traceback(body.decode("utf-8", "replace"))
    assert query(sample_server, "ASK { ?s ?p ?o }")[0] == 200  # the workers still answer


def test_the_canary_would_see_a_service_call_that_slipped_through(canary: Canary) -> None:
    """The negative control: pyoxigraph left to itself does make the SERVICE request (from its
    own HTTP client, invisible to Python's audit hooks), and the canary counts it. So the
    zero-hit assertions above can fail."""
    import pyoxigraph

    before = len(canary.hits)
    with contextlib.suppress(Exception):  # the canary's answer is not SPARQL results
        list(pyoxigraph.Store().query(
            f"SELECT * {{ SERVICE <http://127.0.0.1:{canary.port}/sparql> {{ ?s ?p ?o }} }}"))
    assert len(canary.hits) > before
    del canary.hits[before:]
