"""Do heavy queries starve cheap requests, and what does a memory-hungry query cost?

One run against the real server (``ltgraph serve`` on a free loopback port, default settings
unless ``--set`` says otherwise), three phases, all bounded:

1. **idle**: ``--cheap-clients`` threads send cheap requests round-robin for ``--seconds``: a
   resource lookup (``/id/...`` as Turtle), a page (``/id/...`` as HTML, the home page, search)
   and a static file.
2. **loaded**: the same cheap load, while ``--heavy-clients`` other clients (each from its own
   loopback address, 127.0.0.N, as separate machines would be) send a query that runs until
   the time limit, again and again. Reported: p50, p99 and failures of the cheap requests, and
   how the heavy queries were answered (200, 503, 429, ...).
3. **memory**: one client sends ``SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT
   1``; the proportional set size (PSS) of the server and its query workers is sampled every
   0.1 s from ``/proc/PID/smaps_rollup`` (RSS too); reported: the peak, and the answer.

    python bench/bench_load.py                       # the committed graph, 12 heavy clients
    python bench/bench_load.py --seconds 10 --set query_workers=2
    python bench/bench_load.py --no-cache    # cheap requests computed anew, not from the cache
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
HUNGRY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"
CHEAP = [
    ("lookup", "/id/city/duesseldorf", "text/turtle"),
    ("lookup", "/id/org/international-observatory-of-mayors-on-living-together", "text/turtle"),
    ("page", "/id/city/duesseldorf", "text/html"),
    ("page", "/", "text/html"),
    ("page", "/search?q=oslo", "text/html"),
    ("static", "/static/style.css", "text/css"),
]


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    failures: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, seconds: float, status: int | str) -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)
            self.statuses[(kind, status)] += 1
            if status != 200:
                self.failures[kind] += 1


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def request(port: int, path: str, accept: str, source: str = "127.0.0.1",
            timeout: float = 60.0, fresh: bool = False) -> int | str:
    """The status of one GET on a fresh connection from ``source`` (or the error's name)."""
    return exchange(port, path, accept, source, timeout, fresh)[0]


def exchange(port: int, path: str, accept: str, source: str = "127.0.0.1",
             timeout: float = 60.0, fresh: bool = False) -> tuple[int | str, str]:
    """The status and body text of one GET on a fresh connection from ``source``; ``fresh``
    asks for an answer computed anew (``Cache-Control: no-cache``), not one from the server's
    response cache."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout,
                                            source_address=(source, 0))
    headers = {"Accept": accept, **({"Cache-Control": "no-cache"} if fresh else {})}
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    except OSError as error:
        return type(error).__name__, ""
    finally:
        connection.close()


def refusal(status: int | str, body: str) -> int | str:
    """A status with the reason of a refusal: refused at once ("line full", "client share"),
    waited for a worker in vain ("waited"), stopped ("time limit", "memory cap")."""
    if status not in (429, 503):
        return status
    for marker, reason in (("line of waiting", "line full"), ("stayed busy", "waited"),
                           ("MiB", "memory cap"), ("limit", "time limit"),
                           ("already has", "client share")):
        if marker in body:
            return f"{status} {reason}"
    return status


def cheap_client(port: int, offset: int, until: float, tally: Tally, fresh: bool) -> None:
    number = offset
    while time.monotonic() < until:
        kind, path, accept = CHEAP[number % len(CHEAP)]
        started = time.perf_counter()
        status = request(port, path, accept, fresh=fresh)
        tally.add(kind, time.perf_counter() - started, status)
        number += 1


def heavy_client(port: int, source: str, until: float, tally: Tally) -> None:
    path = "/sparql?" + urllib.parse.urlencode({"query": HEAVY})
    while time.monotonic() < until:
        started = time.perf_counter()
        status, body = exchange(port, path, "application/sparql-results+json", source)
        tally.add("heavy", time.perf_counter() - started, refusal(status, body))
        if status != 200:
            time.sleep(0.5)  # a client that backs off a little after a refusal


def run_load(port: int, cheap: int, heavy: int, seconds: float, fresh: bool) -> Tally:
    tally = Tally()
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=heavy_client, args=(port, f"127.0.0.{10 + n}", until,
                                                           tally)) for n in range(heavy)]
    for thread in threads:
        thread.start()
    if heavy:
        time.sleep(1.0)  # the heavy queries are running before the first cheap request
    threads += [threading.Thread(target=cheap_client, args=(port, n, until, tally, fresh))
                for n in range(cheap)]
    for thread in threads[heavy:]:
        thread.start()
    for thread in threads:
        thread.join()
    return tally


def process_tree(pid: int) -> list[int]:
    tree, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            tree += children
            frontier += children
    return tree


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; (0, 0) once it is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    values = {line.split(":")[0]: int(line.split()[1]) for line in text.splitlines()[1:]
              if line.split()[-1] == "kB"}
    return values.get("Rss", 0), values.get("Pss", 0)


def memory_phase(port: int, server: int) -> dict[str, object]:
    """Peaks of the server's and its workers' memory while the hungry query runs."""
    peaks = {"server_rss": 0, "worker_rss": 0, "total_pss": 0}
    idle_total = sum(memory_kib(p)[1] for p in process_tree(server))
    outcome: dict[str, object] = {}

    def send() -> None:
        started = time.perf_counter()
        path = "/sparql?" + urllib.parse.urlencode({"query": HUNGRY})
        outcome["status"] = refusal(*exchange(port, path, "application/sparql-results+json",
                                              timeout=120))
        outcome["seconds"] = time.perf_counter() - started

    thread = threading.Thread(target=send)
    thread.start()
    while thread.is_alive():
        tree = process_tree(server)
        sizes = {p: memory_kib(p) for p in tree}
        peaks["server_rss"] = max(peaks["server_rss"], sizes[server][0])
        peaks["worker_rss"] = max([peaks["worker_rss"]] + [s[0] for p, s in sizes.items()
                                                           if p != server])
        peaks["total_pss"] = max(peaks["total_pss"], sum(s[1] for s in sizes.values()))
        time.sleep(0.1)
    thread.join()
    return {**peaks, "idle_total_pss": idle_total, **outcome}


def summary_rows(phase: str, tally: Tally) -> list[str]:
    rows = []
    for kind in ("lookup", "page", "static", "heavy"):
        latencies = tally.latencies.get(kind)
        if not latencies:
            continue
        statuses = ", ".join(f"{status}: {count}" for (k, status), count in
                             sorted(tally.statuses.items(), key=str) if k == kind)
        rows.append(f"| {phase} | {kind} | {len(latencies)} | "
                    f"{statistics.median(latencies) * 1000:.0f} | "
                    f"{percentile(latencies, 0.99) * 1000:.0f} | {tally.failures[kind]} | "
                    f"{statuses} |")
    return rows


def wait_until_up(port: int, timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if request(port, "/-/settings", "application/json", timeout=2) == 200:
            return
        time.sleep(0.3)
    sys.exit("the server did not come up")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(ROOT / "data" / "graph" / "ltgraph.trig"))
    parser.add_argument("--cheap-clients", type=int, default=4)
    parser.add_argument("--heavy-clients", type=int, default=12)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--no-cache", action="store_true",
                        help="cheap requests ask for fresh answers (Cache-Control: no-cache), "
                             "so they measure the work, not the response cache")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a server setting (repeatable)")
    args = parser.parse_args()
    port = free_port()
    command = [sys.executable, "-m", "ltgraph.cli", "serve", "--port", str(port), "--data",
               args.data]
    for item in args.set:
        command += ["--set", item]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(port)
        for _, path, accept in CHEAP:  # warm caches (labels, parsed queries)
            request(port, path, accept)
        idle = run_load(port, args.cheap_clients, 0, args.seconds, args.no_cache)
        loaded = run_load(port, args.cheap_clients, args.heavy_clients, args.seconds,
                          args.no_cache)
        time.sleep(2.0)
        memory = memory_phase(port, server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"{args.cheap_clients} cheap clients; {args.heavy_clients} heavy clients; "
          f"{args.seconds:g} s per phase; settings: {' '.join(args.set) or 'defaults'}"
          f"{'; cheap requests with Cache-Control: no-cache' if args.no_cache else ''}\n")
    print("| phase | request | count | p50 ms | p99 ms | failures | statuses |")
    print("|---|---|---:|---:|---:|---:|---|")
    for line in summary_rows("idle", idle) + summary_rows("12 heavy clients", loaded):
        print(line)
    print()
    print("| memory-hungry query | value |")
    print("|---|---:|")
    print(f"| answer | {memory.get('status')} after {memory.get('seconds', 0):.1f} s |")
    for name in ("idle_total_pss", "total_pss", "server_rss", "worker_rss"):
        print(f"| peak {name.replace('_', ' ')} (MiB) | {int(memory[name]) / 1024:.0f} |"
              if name != "idle_total_pss" else
              f"| before: total pss (MiB) | {int(memory[name]) / 1024:.0f} |")


if __name__ == "__main__":
    main()
