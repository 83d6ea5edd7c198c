"""What does the server cost on top of the store? Requests per second and p50/p99 latency for a
resource lookup (``GET /id/city/...`` as Turtle) and the city co-attendance query (``GET
/sparql``, SPARQL JSON) under a bounded loopback load, next to the same work done in-process on
the store (``describe`` + Turtle; ``query`` + SPARQL JSON) in the same run.

The server is the real one (``ltgraph serve`` under waitress, queries in killable worker
processes) on synthetic data shaped like our graph. Load: ``--clients`` threads with keep-alive
connections, ``--seconds`` per scenario (two scenarios, so at most 2 × that; default 2 × 10 s).

    python bench/bench_server.py                    # 100k triples, 2 clients, 10 s each
    python bench/bench_server.py --size 10000 --seconds 5
"""

from __future__ import annotations

import argparse
import http.client
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import CO_ATTENDANCE
from synthetic import write_nquads

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web import mediatypes as mt

BASE = "https://w3id.org/ltgraph/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def in_process(work: Callable[[int], None], seconds: float) -> list[float]:
    """Latencies of ``work`` run back to back for ``seconds`` (after one warm-up call)."""
    work(0)
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    number = 0
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        work(number)
        latencies.append(time.perf_counter() - started)
        number += 1
    return latencies


def over_http(port: int, paths: list[tuple[str, str]], clients: int,
              seconds: float) -> tuple[list[float], float, int]:
    """Latencies, elapsed seconds and non-200 count of ``clients`` threads sending the
    (path, Accept) requests round-robin for ``seconds``."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()

    def client(offset: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        number = offset
        while time.perf_counter() < deadline:
            path, accept = paths[number % len(paths)]
            started = time.perf_counter()
            connection.request("GET", path, headers={"Accept": accept})
            response = connection.getresponse()
            response.read()
            mine.append(time.perf_counter() - started)
            if response.status != 200:
                with lock:
                    failures[0] += 1
            number += clients
        connection.close()
        with lock:
            latencies.extend(mine)

    warm_up = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for path, accept in paths[:clients]:
        warm_up.request("GET", path, headers={"Accept": accept})
        warm_up.getresponse().read()
    warm_up.close()
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started, failures[0]


def row(name: str, where: str, latencies: list[float], elapsed: float) -> str:
    return (f"| {name} | {where} | {len(latencies) / elapsed:,.1f} | "
            f"{statistics.median(latencies) * 1000:.1f} | "
            f"{percentile(latencies, 0.99) * 1000:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ltgraph-bench-") as tmp:
        data = Path(tmp) / "synthetic.nq"
        quads = write_nquads(args.size, args.seed, data)
        store = EmbeddedStore()
        store.load(data)
        cities = sorted(str(s) for (s,) in store.query(
            "SELECT DISTINCT ?c WHERE { ?c a <https://w3id.org/ltgraph/ontology#City> }").rows)
        cities = cities[:50]

        def lookup(number: int) -> None:
            description = store.describe(cities[number % len(cities)])
            mt.write_quads(mt.TURTLE, description.quads())

        def co_attendance(_: int) -> None:
            result = store.query(CO_ATTENDANCE)
            mt.write_select(mt.SPARQL_JSON, result.variables, result.rows, truncated=False)

        local = {"lookup": in_process(lookup, min(args.seconds, 5.0)),
                 "co-attendance": in_process(co_attendance, min(args.seconds, 5.0))}
        pairs = len(store.query(CO_ATTENDANCE).rows)

        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "ltgraph.cli", "serve", "--port", str(port), "--data",
             str(data), "--set", f"max_rows={max(10_000, pairs + 1)}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_until_up(port)
            lookups = [("/" + c[len(BASE):], "text/turtle") for c in cities]
            query = "/sparql?" + urllib.parse.urlencode({"query": CO_ATTENDANCE})
            remote = {
                "lookup": over_http(port, lookups, args.clients, args.seconds),
                "co-attendance": over_http(port, [(query, "application/sparql-results+json")],
                                           args.clients, args.seconds),
            }
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"{quads:,} triples, {pairs:,} city pairs; {args.clients} HTTP clients, "
          f"{args.seconds:g} s per scenario\n")
    print("| request | where | requests/s | p50 ms | p99 ms |")
    print("|---|---|---:|---:|---:|")
    for name in ("lookup", "co-attendance"):
        latencies = local[name]
        print(row(name, "in-process (store)", latencies, sum(latencies)))
        latencies, elapsed, failures = remote[name]
        print(row(name, f"HTTP ({failures} non-200)", latencies, elapsed))
        overhead = statistics.median(latencies) / statistics.median(local[name])
        print(f"| {name} | p50 HTTP / in-process | {overhead:.1f}× | | |")


def wait_until_up(port: int, timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/-/settings")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    sys.exit("the server did not come up")


if __name__ == "__main__":
    main()
