"""How close to the web server's own speed do our answers come? Requests per second and p50/p99
latency of eight keep-alive clients on loopback, for each kind of answer, next to a bare Flask
app serving a tiny Turtle body under the same WSGI server (the baseline, measured in the same
run): resource lookups in every RDF format, the home page, the lists, a resource page, a release
page and a small SPARQL SELECT (once the same query again and again, once a new query every
time, which no cache can answer: one triple pattern, which the server looks up itself, and two
patterns, which a sandboxed query worker evaluates).

    python bench/bench_throughput.py                        # the built dataset, 8 s per row
    python bench/bench_throughput.py --seconds 4 --only lookup
    python bench/bench_throughput.py --size 1000000 --scale-only   # first views and memory at 1M

With ``--size N`` the server holds synthetic data of N triples (``bench/synthetic.py``); the
script then also reports, on the idle server, each page's first view (the first request for
that address after the server came up), a lookup's latency once seen, and the whole server's
proportional memory (PSS of the server and its query workers, from /proc).

The clients speak raw HTTP/1.1 over sockets (a request is a prepared byte string, a response is
read by its Content-Length), so that the client costs as little as possible of the two cores it
shares with the server.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

BASE = "https://w3id.org/ltgraph/"
CITY = "/id/city/duesseldorf"
SUMMIT = "/id/summit/2019-duesseldorf"
RELEASE = "/id/release/duesseldorf-20190901-318"
HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"
RDF_FORMATS = (("Turtle", "text/turtle"), ("N-Triples", "application/n-triples"),
               ("JSON-LD", "application/ld+json"), ("RDF/XML", "application/rdf+xml"),
               ("TriG", "application/trig"), ("N-Quads", "application/n-quads"))
LISTS = ("cities", "people", "summits", "declarations", "organisations", "releases")
SMALL_SELECT = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label WHERE { "
                f"<{BASE}id/city/duesseldorf> rdfs:label ?label }}")
# the same answer, but two patterns: no index look-up in the server, a worker's engine
TWO_PATTERNS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label WHERE { "
                f"<{BASE}id/city/duesseldorf> rdfs:label ?label ; a ?type }}")
SPARQL_JSON = "application/sparql-results+json"
TINY_TURTLE = (f"<{BASE}id/city/duesseldorf> <http://www.w3.org/2000/01/rdf-schema#label> "
               '"Düsseldorf"@de .\n').encode()


@dataclass(frozen=True)
class Work:
    """One row of the table: requests (path, Accept) sent round-robin."""

    name: str
    requests: tuple[tuple[str, str], ...]
    bare: bool = False


def works(only: str | None) -> list[Work]:
    new_queries = tuple((_sparql_path(f"{SMALL_SELECT} LIMIT {n}"), SPARQL_JSON)
                        for n in range(1, 200_001))
    two_patterns = tuple((_sparql_path(f"{TWO_PATTERNS} LIMIT {n}"), SPARQL_JSON)
                         for n in range(1, 200_001))
    found = [Work("bare Flask, tiny Turtle body", (("/ttl", "text/turtle"),), bare=True)]
    found += [Work(f"`{CITY}` as {name}", ((CITY, accept),)) for name, accept in RDF_FORMATS]
    found += [
        Work("`/` (home page)", (("/", HTML),)),
        Work("`/browse/…` (the six lists)", tuple((f"/browse/{n}", HTML) for n in LISTS)),
        Work(f"`{CITY}` as HTML", ((CITY, HTML),)),
        Work(f"`{SUMMIT}` as HTML", ((SUMMIT, HTML),)),
        Work(f"`{RELEASE}` (release page)", ((RELEASE, HTML),)),
        Work("small SPARQL SELECT (one label)", ((_sparql_path(SMALL_SELECT), SPARQL_JSON),)),
        Work("small SPARQL SELECT, a new query each time", new_queries),
        Work("SELECT of two patterns (a worker's), a new query each time", two_patterns),
    ]
    return [w for w in found if w.bare or only is None or only in w.name.lower()
            or (only == "lookup" and w.requests[0][1] in dict(RDF_FORMATS).values())]


def _sparql_path(query: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": query})


# -- the load ----------------------------------------------------------------------------------
def request_bytes(path: str, accept: str, port: int) -> bytes:
    return (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: {accept}\r\n"
            "Accept-Encoding: identity\r\nUser-Agent: bench-throughput\r\n\r\n").encode()


class Connection:
    """One keep-alive HTTP/1.1 connection that reads responses by Content-Length (or chunks)."""

    def __init__(self, port: int, source: str = "127.0.0.1") -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=60,
                                             source_address=(source, 0))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def exchange(self, raw: bytes) -> tuple[int, bytes]:
        self.sock.sendall(raw)
        head = self._until(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in
                   (line.partition(b":") for line in lines[1:])}
        if b"content-length" in headers:
            return status, self._exactly(int(headers[b"content-length"]))
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            body = b""
            while True:
                size = int(self._until(b"\r\n").split(b";")[0], 16)
                body += self._exactly(size)
                self._exactly(2)
                if size == 0:
                    return status, body
        return status, b""  # 204/304: no body

    def _fill(self) -> None:
        chunk = self.sock.recv(262_144)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        self.buffer += chunk

    def _until(self, marker: bytes) -> bytes:
        while (end := self.buffer.find(marker)) < 0:
            self._fill()
        found, self.buffer = self.buffer[:end], self.buffer[end + len(marker):]
        return found

    def _exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            self._fill()
        found, self.buffer = self.buffer[:size], self.buffer[size:]
        return found

    def close(self) -> None:
        self.sock.close()


@dataclass
class Measured:
    latencies: list[float]
    elapsed: float
    errors: dict[str, int]

    @property
    def rate(self) -> float:
        """Answers (200) per second; refused or failed requests are counted apart."""
        return (len(self.latencies) - sum(self.errors.values())) / self.elapsed

    def __add__(self, other: Measured) -> Measured:
        errors = dict(self.errors)
        for status, count in other.errors.items():
            errors[status] = errors.get(status, 0) + count
        return Measured(self.latencies + other.latencies, self.elapsed + other.elapsed, errors)

    def p(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def load(port: int, work: Work, clients: int, seconds: float) -> Measured:
    """``clients`` threads, each on its own keep-alive connection, for ``seconds``."""
    prepared = [request_bytes(path, accept, port) for path, accept in work.requests]
    warm = Connection(port)
    for raw in prepared[:min(len(prepared), 8)]:
        warm.exchange(raw)
    warm.close()
    latencies: list[float] = []
    errors: dict[str, int] = {}
    lock = threading.Lock()
    start_line = threading.Barrier(clients + 1)

    def client(offset: int) -> None:
        mine: list[float] = []
        failed: dict[str, int] = {}
        source = f"127.0.0.{10 + offset % clients}"  # each client its own address, as on a network
        connection = Connection(port, source)
        number = offset
        start_line.wait()
        while time.perf_counter() < deadline:
            raw = prepared[number % len(prepared)]
            started = time.perf_counter()
            try:
                status, _ = connection.exchange(raw)
            except (OSError, ValueError):
                failed["broken"] = failed.get("broken", 0) + 1
                connection.close()
                connection = Connection(port, source)
                continue
            mine.append(time.perf_counter() - started)
            if status != 200:
                failed[str(status)] = failed.get(str(status), 0) + 1
            number += clients
        connection.close()
        with lock:
            latencies.extend(mine)
            for status, count in failed.items():
                errors[status] = errors.get(status, 0) + count

    first = random.randrange(len(prepared)) // clients * clients  # a new part of the list
    threads = [threading.Thread(target=client, args=(first + i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    deadline = time.perf_counter() + seconds + 3600  # set properly once all are connected
    start_line.wait()
    started = time.perf_counter()
    deadline = started + seconds
    for thread in threads:
        thread.join()
    return Measured(latencies, time.perf_counter() - started, errors)


# -- the servers -------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                      env.get("PYTHONPATH")]))
    return env


def start_server(args: list[str], port: int, probe: str) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, *args], env=environment(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"the server ({' '.join(args)}) stopped with status {process.returncode}")
        try:
            connection = Connection(port)
            connection.exchange(request_bytes(probe, "*/*", port))
            connection.close()
            return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    sys.exit("the server did not come up")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def bare_app():  # noqa: ANN201 - a Flask app, imported late
    """The baseline: Flask answering one tiny Turtle document, nothing else."""
    from flask import Flask, Response

    app = Flask("bare")

    @app.route("/ttl")
    def turtle() -> Response:
        return Response(TINY_TURTLE, content_type="text/turtle; charset=utf-8")

    return app


def serve_bare(port: int) -> None:
    """Serve the bare app exactly as ``ltgraph serve`` serves ours (same WSGI server)."""
    from ltgraph import settings
    from ltgraph.web.serve import serve_wsgi

    serve_wsgi(bare_app(), "127.0.0.1", port, threads=settings.resolve()["server_threads"])


def proportional_memory_mib(pid: int) -> float:
    """PSS of a process and all its descendants, in MiB (shared pages counted by share)."""
    return sum(memory_by_process(pid))


def memory_by_process(pid: int, field: str = "Pss") -> list[float]:
    """A field of ``smaps_rollup`` in MiB (default PSS) of the process, then of each of its
    descendants (the query workers)."""
    found = []
    for member in [pid, *descendants(pid)]:
        try:
            with open(f"/proc/{member}/smaps_rollup") as rollup:
                found.append(sum(int(line.split()[1]) for line in rollup
                                 if line.startswith(f"{field}:")) / 1024)
        except OSError:
            continue
    return found


def memory_line(pid: int, when: str) -> str:
    """The whole server's PSS, each process's, and what each holds alone (private: pages no
    other process maps, such as the copies a write to a shared page makes)."""
    parts = memory_by_process(pid)
    private = [a + b for a, b in zip(memory_by_process(pid, "Private_Dirty"),
                                     memory_by_process(pid, "Private_Clean"), strict=False)]
    roles = [role_of(member, pid) for member in descendants(pid)]
    shown = [f"{p:,.0f} ({q:,.0f} private)" for p, q in zip(parts, private, strict=False)]
    others = "; ".join(f"{role} {memory}" for role, memory in zip(roles, shown[1:], strict=False))
    return (f"{when}, proportional memory (PSS) of the whole server: {sum(parts):,.0f} MiB "
            f"(server {shown[0]} MiB; {others} MiB)")


def role_of(pid: int, server: int) -> str:
    """What a process under the server is: the fork server that the workers of an on-disk
    store start from (a child of the server; its workers are its children and share its
    command line), multiprocessing's resource tracker beside it, or a query worker."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return "gone"
    if b"resource_tracker" in command:
        return "resource tracker"
    if b"forkserver" in command and parent == server:
        return "fork server"
    return "worker"


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and its descendants so far."""
    total = 0.0
    for member in [pid, *descendants(pid)]:
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def wait_until_idle(pid: int, quiet_s: float = 2.0, timeout_s: float = 1200.0) -> None:
    """Until the server (with its workers) has used under 5 % of a core in two windows of
    ``quiet_s`` in a row (on a busy machine one quiet window can be a pause of the start-up)."""
    deadline = time.monotonic() + timeout_s
    quiet = 0
    while time.monotonic() < deadline and quiet < 2:
        before = cpu_seconds(pid)
        time.sleep(quiet_s)
        quiet = quiet + 1 if cpu_seconds(pid) - before < 0.05 * quiet_s else 0


def descendants(pid: int) -> list[int]:
    found: list[int] = []
    children: list[str] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):  # a child belongs to the thread that forked it
        try:
            children += (task / "children").read_text().split()
        except OSError:
            continue
    for child in map(int, children):
        found += [child, *descendants(child)]
    return found


# -- the report ----------------------------------------------------------------------------------
def table(port: int, bare_port: int, clients: int, seconds: float, only: str | None,
          rounds: int = 4) -> list[str]:
    """The load table. The machine is shared, so its speed drifts during a run: each row
    alternates slices of its work with slices of the baseline (``rounds`` of each, ``seconds``
    in all for either), and its ratios are to the baseline of those same slices."""
    bare, *chosen = works(only)
    lines = ["| work | req/s | baseline req/s | × baseline | p50 ms | p99 ms | "
             "baseline p99 ms | p99 × baseline | errors |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for work in chosen:
        measured = baseline = None
        for _ in range(rounds):
            base = load(bare_port, bare, clients, seconds / rounds)
            mine = load(port, work, clients, seconds / rounds)
            baseline = base if baseline is None else baseline + base
            measured = mine if measured is None else measured + mine
        assert measured is not None and baseline is not None
        errors = sum(measured.errors.values()) + sum(baseline.errors.values())
        shown = f"{errors}" + (f" ({', '.join(f'{n}× {s}' for s, n in measured.errors.items())})"
                               if errors else "")
        lines.append(f"| {work.name} | {measured.rate:,.0f} | {baseline.rate:,.0f} | "
                     f"{measured.rate / baseline.rate:.2f} | {measured.p(0.5):.1f} | "
                     f"{measured.p(0.99):.1f} | {baseline.p(0.99):.1f} | "
                     f"{measured.p(0.99) / baseline.p(0.99):.2f} | {shown} |")
        print(lines[-1], file=sys.stderr, flush=True)
    return lines


def typical_resources(data: Path) -> dict[str, str]:
    """For each of city, person and summit, the resource a median number of the dataset's
    lines name (the hubs, such as Düsseldorf, are measured apart)."""
    import collections
    import re

    counts: dict[str, collections.Counter[str]] = {k: collections.Counter()
                                                   for k in ("city", "person", "summit")}
    pattern = re.compile(r"<" + re.escape(BASE) + r"id/(city|person|summit)/([^>#]+)>")
    with data.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            for kind, slug in pattern.findall(line):
                counts[kind][slug] += 1
    typical = {}
    for kind, counted in counts.items():
        ranked = sorted(counted, key=lambda slug: (counted[slug], slug))
        if ranked:
            typical[kind] = f"/id/{kind}/{ranked[len(ranked) // 2]}"
    return typical


def first_views(port: int, repeats: int, typical: dict[str, str] | None = None) -> list[str]:
    """On the idle server: each address's first view, then its median over ``repeats``."""
    typical = typical or {}
    pages = [("`/` (home page)", "/", HTML),
             ("`/browse/people?page=50`", "/browse/people?page=50", HTML),
             *((f"`{path}` (a typical {kind})", path, HTML) for kind, path in typical.items()),
             *((f"`{path}` as Turtle", path, "text/turtle") for path in typical.values()),
             *((f"`/browse/{n}`", f"/browse/{n}", HTML) for n in LISTS),
             (f"`{CITY}` (city page)", CITY, HTML), (f"`{SUMMIT}` (summit page)", SUMMIT, HTML),
             (f"`{RELEASE}` (release page)", RELEASE, HTML),
             ("`/search?q=dusseldorf`", "/search?q=dusseldorf", HTML),
             *((f"`{CITY}` as {name}", CITY, accept) for name, accept in RDF_FORMATS),
             ("small SPARQL SELECT", _sparql_path(SMALL_SELECT), SPARQL_JSON)]
    lines = ["| request | first view ms | again, median ms | status | bytes |",
             "|---|---:|---:|---:|---:|"]
    connection = Connection(port)
    for name, path, accept in pages:
        raw = request_bytes(path, accept, port)
        started = time.perf_counter()
        status, body = connection.exchange(raw)
        first = (time.perf_counter() - started) * 1000
        again = []
        for _ in range(repeats):
            started = time.perf_counter()
            connection.exchange(raw)
            again.append((time.perf_counter() - started) * 1000)
        lines.append(f"| {name} | {first:.1f} | {statistics.median(again):.2f} | {status} | "
                     f"{len(body):,} |")
        print(lines[-1], file=sys.stderr, flush=True)
    connection.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "graph" / "ltgraph.trig",
                        help="dataset to serve (default: the built one)")
    parser.add_argument("--size", type=int, default=0,
                        help="serve synthetic data of this many triples instead")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--only", help="only the rows whose name contains this ('lookup': "
                        "the RDF lookups); the baseline always runs")
    parser.add_argument("--first-views", action="store_true",
                        help="also each page's first view and the server's memory (implied "
                        "by --size)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a server setting (as for ltgraph serve), e.g. query_nice=0")
    parser.add_argument("--on-disk", action="store_true",
                        help="serve from an on-disk store (--store) filled from the data")
    parser.add_argument("--scale-only", action="store_true",
                        help="first views and memory only, no load table")
    parser.add_argument("--serve-bare", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_bare:
        serve_bare(args.serve_bare)
        return
    with tempfile.TemporaryDirectory(prefix="ltgraph-bench-") as tmp:
        data = args.data
        if args.size:
            from synthetic import write_nquads

            data = Path(tmp) / "synthetic.nq"
            quads = write_nquads(args.size, args.seed, data)
            print(f"synthetic data: {quads:,} quads", file=sys.stderr)
        port, bare_port = free_port(), free_port()
        started = time.perf_counter()
        disk = ["--store", str(Path(tmp) / "store")] if args.on_disk else []
        settings = [word for pair in args.set for word in ("--set", pair)]
        server = start_server(["-m", "ltgraph.cli", "serve", "--port", str(port), "--data",
                               str(data), *disk, *settings], port, "/-/settings")
        up_s = time.perf_counter() - started
        try:
            output = [f"Dataset: {data.name if not args.size else f'synthetic, {args.size:,}'}"
                      f"{' in an on-disk store' if args.on_disk else ''}"
                      f"{'; settings ' + ', '.join(args.set) if args.set else ''}"
                      f"; server up in {up_s:.1f} s; {args.clients} clients, "
                      f"{args.seconds:g} s per row; load average "
                      f"{os.getloadavg()[0]:.1f} at the start", ""]
            if args.size or args.first_views or args.scale_only:
                wait_until_idle(server.pid)  # the server computes its start pages first
                idle = memory_line(server.pid, "Idle after start-up")
                output += first_views(port, repeats=9,
                                      typical=typical_resources(data))
                output += ["", idle, "", memory_line(server.pid, "After these views"), ""]
            if not args.scale_only:
                bare = start_server([__file__, "--serve-bare", str(bare_port)], bare_port,
                                    "/ttl")
                try:
                    output += table(port, bare_port, args.clients, args.seconds, args.only)
                finally:
                    stop(bare)
                if args.size or args.first_views:
                    output += ["", memory_line(server.pid, "After the load")]
        finally:
            stop(server)
    print("\n".join(output))


if __name__ == "__main__":
    main()
