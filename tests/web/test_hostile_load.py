"""Hostile clients, resource level: given a real server with one query worker, a line of one
and one query per client, heavy queries get their share and no more. A full line is refused at
once (503, Retry-After), a client over its share is told so (429, Retry-After), lookups, pages
and static files are answered while every worker is busy, a query past the memory cap is
stopped with 503 and its worker replaced, and a worker that dies mid-query costs one 503.

Clients are told apart by address: each simulated client connects from its own loopback
address (127.0.0.N), as separate machines would. Loops are bounded; the figures under load
are in bench/bench_load.py.
"""

from __future__ import annotations

import http.client
import os
import signal
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import Server, no_traceback, running_server, select_rows

TIME_LIMIT_S = 8.0  # long enough for the cheap requests below on a busy machine
# runs until the time limit on the sample data, with little memory
HEAVY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
         "?m ?n1 ?o . ?q ?r ?t }")
# sorts millions of rows: needs far more memory than the cap of this server
HUNGRY = ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } "
          "ORDER BY ?c ?f ?i ?l LIMIT 1")


@pytest.fixture(scope="module")
def tight_server(sample_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(sample_data, tmp_path_factory.mktemp("tight"), settings={
            "query_timeout_s": str(TIME_LIMIT_S), "query_workers": "1", "query_queue": "1",
            "query_per_client": "1", "server_threads": "4", "query_memory_mb": "64"}) as server:
        server.await_start_up_work()
        yield server


def get(server: Server, path: str, *, source: str = "127.0.0.1",
        accept: str = "application/sparql-results+json") -> tuple[int, dict[str, str], bytes]:
    url = urllib.parse.urlparse(server.url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60,
                                      source_address=(source, 0))
    try:
        conn.request("GET", path, headers={"Accept": accept})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def sparql(sparql_text: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": sparql_text})


class Background:
    """A request running in a thread; ``result`` once it has been answered."""

    def __init__(self, server: Server, path: str, source: str) -> None:
        self.result: tuple[int, dict[str, str], bytes] | None = None
        self.thread = threading.Thread(target=self._run, args=(server, path, source))
        self.thread.start()

    def _run(self, server: Server, path: str, source: str) -> None:
        self.result = get(server, path, source=source)

    def busy(self) -> bool:
        return self.thread.is_alive()

    def wait(self) -> tuple[int, dict[str, str], bytes]:
        self.thread.join(timeout=60)
        assert self.result is not None
        return self.result


def wait_until_inside(server: Server, heavy: list[Background], seconds: float = 1.0) -> None:
    """Give the heavy queries time to reach the server (and its worker)."""
    time.sleep(seconds)
    assert all(h.busy() for h in heavy)


def test_a_full_line_is_refused_at_once_and_cheap_requests_never_wait(
        tight_server: Server) -> None:
    heavy = [Background(tight_server, sparql(HEAVY), "127.0.0.21"),   # runs
             Background(tight_server, sparql(HEAVY), "127.0.0.22")]   # waits in the line
    wait_until_inside(tight_server, heavy)
    started = time.monotonic()
    # a query never asked before: a kept answer would come without any worker
    status, headers, body = get(tight_server, sparql("ASK { ?s ?p 'line full' }"),
                                source="127.0.0.23")
    assert status == 503, body
    assert headers.get("Retry-After", "").isdigit()
    assert b"busy" in body and no_traceback(body.decode())
    assert time.monotonic() - started < TIME_LIMIT_S / 2  # refused, not made to wait
    for path, accept in [("id/city/oslo", "text/turtle"), ("static/style.css", "text/css"),
                         ("id/city/oslo", "text/html"), ("search?q=oslo", "text/html"),
                         ("-/settings", "application/json"), ("sparql", "text/turtle")]:
        status, _, body = get(tight_server, "/" + path, accept=accept)
        assert status == 200, (path, body[:200])
    assert all(h.busy() for h in heavy)  # every cheap answer came while both were inside
    answers = [h.wait() for h in heavy]
    assert [a[0] for a in answers] == [503, 503]  # both stopped at the time limit
    assert all(b"limit" in a[2] or b"busy" in a[2] for a in answers)
    assert get(tight_server, sparql("ASK { ?s ?p ?o }"))[0] == 200  # all back to normal


def test_one_client_cannot_hold_the_worker_and_the_line(tight_server: Server) -> None:
    first = Background(tight_server, sparql(HEAVY), "127.0.0.31")
    wait_until_inside(tight_server, [first])
    status, headers, body = get(tight_server, sparql("ASK { ?s ?p 'one client' }"),
                                source="127.0.0.31")
    assert status == 429, body
    assert headers.get("Retry-After", "").isdigit()
    assert no_traceback(body.decode())
    status, _, body = get(tight_server, sparql("ASK { ?s ?p ?o }"), source="127.0.0.32")
    assert status == 200, body  # another client waits in the line and is answered
    assert first.wait()[0] == 503


def test_the_query_page_is_under_the_same_admission(tight_server: Server) -> None:
    first = Background(tight_server, sparql(HEAVY), "127.0.0.41")
    wait_until_inside(tight_server, [first])
    path = "/query?" + urllib.parse.urlencode({"query": "ASK { ?s ?p 'query page' }"})
    status, _, body = get(tight_server, path, source="127.0.0.41", accept="text/html")
    assert status == 429
    assert first.wait()[0] == 503


def test_a_select_of_one_pattern_needs_no_worker_and_no_place_in_the_line(
        tight_server: Server) -> None:
    heavy = [Background(tight_server, sparql(HEAVY), "127.0.0.61"),   # runs
             Background(tight_server, sparql(HEAVY), "127.0.0.62")]   # waits in the line
    wait_until_inside(tight_server, heavy)
    one_pattern = ("SELECT ?label WHERE { <https://w3id.org/ltgraph/id/city/oslo> "
                   "<http://www.w3.org/2000/01/rdf-schema#label> ?label }")
    assert select_rows(tight_server, one_pattern) == [{"label": "Oslo"}]  # SPARQLWrapper
    status, _, body = get(tight_server, sparql(one_pattern + " LIMIT 1"), source="127.0.0.61")
    assert status == 200, body  # the client whose heavy query runs: no 429 either
    two_patterns = ("SELECT ?label WHERE { ?city a <https://w3id.org/ltgraph/ontology#City> . "
                    "?city <http://www.w3.org/2000/01/rdf-schema#label> ?label }")
    status, _, body = get(tight_server, sparql(two_patterns), source="127.0.0.63")
    assert status == 503, body  # a worker's query: the line is full
    assert all(h.busy() for h in heavy)
    assert [h.wait()[0] for h in heavy] == [503, 503]


def client_worker_pids(server: Server) -> set[int]:
    tasks = Path(f"/proc/{server.process.pid}/task")
    return {int(p) for task in tasks.iterdir() for p in (task / "children").read_text().split()}


def stat_fields(pid: int) -> list[str]:
    """Fields of /proc/PID/stat after the command name (state first)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return []


def cpu_ticks(pid: int) -> int:
    fields = stat_fields(pid)
    return int(fields[11]) + int(fields[12]) if fields else -1


def niced(pid: int) -> bool:
    """Whether a worker runs at a lower priority: the client workers do (query_nice)."""
    fields = stat_fields(pid)
    return bool(fields) and int(fields[16]) > 0


def test_a_query_past_the_memory_cap_is_a_503_and_the_worker_is_replaced(
        tight_server: Server) -> None:
    before = client_worker_pids(tight_server)
    status, headers, body = get(tight_server, sparql(HUNGRY))
    assert status == 503, body
    assert b"MiB" in body and b"stopped" in body
    assert headers.get("Retry-After", "").isdigit()
    assert no_traceback(body.decode())
    time.sleep(0.3)
    after = client_worker_pids(tight_server)
    assert len(before - after) == 1 and len(after) == len(before)
    assert get(tight_server, sparql("ASK { ?s ?p ?o }"))[0] == 200
    assert tight_server.process.poll() is None


def test_a_worker_killed_mid_query_costs_that_query_a_503_and_nothing_else(
        tight_server: Server) -> None:
    before = client_worker_pids(tight_server)
    heavy = Background(tight_server, sparql(HEAVY), "127.0.0.51")
    wait_until_inside(tight_server, [heavy], 1.5)
    clients = [pid for pid in before if niced(pid)]  # not the page worker
    busiest = max(clients, key=cpu_ticks)  # the client worker that runs the heavy query
    os.kill(busiest, signal.SIGKILL)
    status, headers, body = heavy.wait()
    assert status == 503, body
    assert b"stopped unexpectedly" in body and headers.get("Retry-After")
    time.sleep(0.3)
    assert len(client_worker_pids(tight_server)) == len(before)
    assert busiest not in client_worker_pids(tight_server)
    assert get(tight_server, sparql("ASK { ?s ?p ?o }"))[0] == 200


def test_settings_that_let_queries_hold_every_thread_are_refused(sample_data: Path,
                                                                 tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="server_threads"), running_server(
            sample_data, tmp_path, settings={"server_threads": "4", "query_workers": "2",
                                             "query_queue": "2"}):
        pass
