"""No query reaches the network, however it is spelt.

Given a real server and a loopback canary that counts every request it receives: queries that
hide SERVICE, FROM or LOAD behind SPARQL's codepoint escapes (``\\u`` and ``\\U``, around single
and double quotes, in IRIs and keywords) are refused or answered from the store alone, through
every route that runs a query, and the canary is never asked. Given a server whose guard has
been switched off, the query workers still cannot reach the canary: the second line of defence
holds on its own.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import Server, no_traceback, running_server
from test_sparql_safety import Canary, call

GUARD_OFF = Path(__file__).resolve().parent / "guard_off"


def variants(port: int) -> dict[str, str]:
    """Queries that read differently to a parser that expands escapes everywhere and one that
    expands them only in strings and IRIs, or that spell a forbidden keyword with escapes."""
    url = f"http://127.0.0.1:{port}/sparql"
    service = f"SERVICE <{url}> {{ ?a ?b ?c }}"
    return {
        "u-double-quote": ('SELECT ?a ?b ?c WHERE { BIND("x\\u0022 AS ?u) BIND(" AS ?u) '
                           f'{service} BIND(" AS ?v) BIND(\\u0022y" AS ?w) }}'),
        "U-double-quote": ('SELECT ?a ?b ?c WHERE { BIND("x\\U00000022 AS ?u) BIND(" AS ?u) '
                           f'{service} BIND(" AS ?v) BIND(\\U00000022y" AS ?w) }}'),
        "u-single-quote": ("SELECT ?a ?b ?c WHERE { BIND('x\\u0027 AS ?u) BIND(' AS ?u) "
                           f"{service} BIND(' AS ?v) BIND(\\u0027y' AS ?w) }}"),
        "u-long-string": ('SELECT ?a ?b ?c WHERE { BIND("""x\\u0022\\u0022\\u0022 AS ?u) '
                          f'{service} BIND("""y""" AS ?w) }}'),
        "escaped-keyword": f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?a ?b ?c }} }}",
        "escaped-iri": ("SELECT * WHERE { SERVICE <http\\u003A//127.0.0.1:"
                        f"{port}/sparql> {{ ?a ?b ?c }} }}"),
        "service-by-variable": (f"SELECT * WHERE {{ BIND(<{url}> AS ?endpoint) "
                                "SERVICE ?endpoint { ?a ?b ?c } }"),
        "service-silent-in-optional": (f"SELECT * WHERE {{ OPTIONAL {{ SERVICE SILENT <{url}> "
                                       "{ ?a ?b ?c } } }"),
        "from-behind-a-quote": ('SELECT ?a WHERE { BIND("\\u0022 AS ?u) } '
                                f'FROM <http://127.0.0.1:{port}/x.ttl> #" '),
        "escape-of-an-escape": ('SELECT * WHERE { BIND("x\\u005Cu0022 AS ?u) '
                                f'{service} BIND(\\u005Cu0022y" AS ?w) }}'),
    }


ROUTES = ("GET /sparql", "POST form /sparql", "POST direct /sparql", "GET /query")


def send(server: Server, route: str, sparql: str) -> tuple[int, bytes]:
    accept = {"Accept": "application/sparql-results+json"}
    if route == "GET /sparql":
        status, _, body = call(server, params={"query": sparql}, headers=accept)
    elif route == "POST form /sparql":
        status, _, body = call(server, "POST", body=urllib.parse.urlencode(
            {"query": sparql}).encode(), headers={
                **accept, "Content-Type": "application/x-www-form-urlencoded"})
    elif route == "POST direct /sparql":
        status, _, body = call(server, "POST", body=sparql.encode(), headers={
            **accept, "Content-Type": "application/sparql-query"})
    else:
        status, _, body = call(server, path="query", params={"query": sparql},
                               headers={"Accept": "text/html"})
    return status, body


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    trap = Canary()
    yield trap
    trap.close()


@pytest.fixture(scope="module")
def unguarded_server(sample_data: Path, tmp_path_factory: pytest.TempPathFactory
                     ) -> Iterator[Server]:
    """The real server with the guard's SERVICE check switched off (see guard_off/)."""
    path = os.pathsep.join(p for p in (str(GUARD_OFF), os.environ.get("PYTHONPATH")) if p)
    with running_server(sample_data, tmp_path_factory.mktemp("unguarded"),
                        settings={"query_timeout_s": "5"}, env={"PYTHONPATH": path}) as server:
        yield server


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("name", sorted(variants(0)))
def test_a_query_spelt_with_escapes_never_reaches_the_network(sample_server: Server,
                                                              canary: Canary, name: str,
                                                              route: str) -> None:
    before = len(canary.hits)
    status, body = send(sample_server, route, variants(canary.port)[name])
    assert canary.hits[before:] == []
    assert b"CANARY" not in body and b"canary/" not in body
    assert status in (200, 400, 403), body[:300]
    assert no_traceback(body.decode("utf-8", "replace"))


def test_an_escape_that_spells_another_escape_is_refused_as_a_syntax_error(
        sample_server: Server, canary: Canary) -> None:
    status, body = send(sample_server, "GET /sparql", variants(canary.port)["escape-of-an-escape"])
    assert status == 400
    assert b"codepoint escape" in body


def test_the_engine_evaluates_the_text_the_guard_read(sample_server: Server) -> None:
    """Expanded once, ``"x\u0022 AS ?v) BIND(\u0022y"`` is two strings, "x" and "y", for the
    guard and the engine alike (an engine expanding only inside strings would bind one long
    string to nothing, or fail)."""
    status, body = send(sample_server, "GET /sparql",
                        'SELECT ?v ?w WHERE { BIND("x\\u0022 AS ?v) BIND(\\u0022y" AS ?w) }')
    assert status == 200, body[:300]
    rows = json.loads(body)["results"]["bindings"]
    assert [(r["v"]["value"], r["w"]["value"]) for r in rows] == [("x", "y")]


def test_the_negative_control_the_unguarded_server_does_try_the_service(
        unguarded_server: Server) -> None:
    """The guard really is off in that server: a plain SERVICE query is not refused by it, so
    the next test's silence is the workers' own doing."""
    status, body = send(unguarded_server, "GET /sparql",
                        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?a ?b ?c } }")
    assert b"SERVICE (federated query) is not supported" not in body
    assert status in (400, 403, 500, 503)


@pytest.mark.parametrize("route", ROUTES)
def test_with_the_guard_off_the_query_workers_still_cannot_reach_the_canary(
        unguarded_server: Server, canary: Canary, route: str) -> None:
    before = len(canary.hits)
    sparql = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{canary.port}/sparql> {{ ?a ?b ?c }} }}"
    status, body = send(unguarded_server, route, sparql)
    assert canary.hits[before:] == []
    assert b"CANARY" not in body
    assert status >= 400
    assert no_traceback(body.decode("utf-8", "replace"))
    assert send(unguarded_server, route, "ASK { ?s ?p ?o }")[0] == 200  # the pool still answers
