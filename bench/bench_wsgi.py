"""Which WSGI server should ``ltgraph serve`` run under? The same apps under each candidate,
measured in one run: requests per second and p99 of eight keep-alive clients on loopback.

    python bench/bench_wsgi.py                     # every candidate installed, 4 s per row
    python bench/bench_wsgi.py --seconds 2 --servers waitress granian

Two apps per server: a bare Flask app answering a tiny Turtle body (what the server itself
costs), and the ltgraph app over the built dataset answering a resource lookup as Turtle and
the home page (both from the response cache once seen, so the server's share of the work is
what differs). Each server runs as its own process with 16 request threads (the setting
``server_threads``) and one worker process; the rows of one server alternate with the bare app
under waitress (the baseline), in slices, so the machine's drift falls on both alike. Servers
that are not installed are skipped with a note.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bench_throughput as bt  # noqa: E402 - found through the path set above

THREADS = 16
CANDIDATES = ("waitress", "gunicorn", "granian", "cheroot")
WORK = (("bare Flask, tiny Turtle body", "bare", "/ttl", "text/turtle"),
        ("ltgraph, `/id/city/duesseldorf` as Turtle", "ltgraph", bt.CITY, "text/turtle"),
        ("ltgraph, `/` (home page)", "ltgraph", "/", bt.HTML))

BARE_MODULE = '''
from flask import Flask, Response
app = Flask("bare")
BODY = %r
@app.route("/ttl")
def turtle():
    return Response(BODY, content_type="text/turtle; charset=utf-8")
'''


def installed(server: str) -> bool:
    if server == "waitress":
        return True
    if server in ("gunicorn", "granian"):
        return shutil.which(server, path=str(Path(sys.executable).parent)) is not None
    try:
        __import__(server)
    except ImportError:
        return False
    return True


def command(server: str, module: str, port: int) -> list[str]:
    """The command that serves ``module:app`` on ``port`` with ``server``."""
    binary = Path(sys.executable).parent
    if server == "waitress":
        return [sys.executable, "-c", "import sys, waitress, importlib; "
                f"waitress.serve(importlib.import_module({module!r}).app, host='127.0.0.1', "
                f"port={port}, threads={THREADS}, ident='bench')"]
    if server == "gunicorn":
        return [str(binary / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "1",
                "--worker-class", "gthread", "--threads", str(THREADS), "--keep-alive", "30",
                "--log-level", "warning", f"{module}:app"]
    if server == "granian":
        return [str(binary / "granian"), "--interface", "wsgi", "--host", "127.0.0.1",
                "--port", str(port), "--workers", "1", "--blocking-threads", str(THREADS),
                "--log-level", "warning", f"{module}:app"]
    if server == "cheroot":
        return [sys.executable, "-c", "import importlib; from cheroot import wsgi; "
                f"s = wsgi.Server(('127.0.0.1', {port}), importlib.import_module({module!r}).app,"
                f" numthreads={THREADS}); s.start()"]
    raise ValueError(server)


def start(server: str, module: str, folder: Path, env: dict[str, str], probe: str
          ) -> tuple[subprocess.Popen, int]:
    port = bt.free_port()
    process = subprocess.Popen(command(server, module, port), cwd=folder, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"{server} serving {module} stopped with status {process.returncode}")
        try:
            connection = bt.Connection(port)
            connection.exchange(bt.request_bytes(probe, "*/*", port))
            connection.close()
            return process, port
        except OSError:
            time.sleep(0.3)
    process.kill()
    sys.exit(f"{server} did not come up")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="per row, in all")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--servers", nargs="+", default=list(CANDIDATES))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ltgraph-wsgi-") as tmp:
        folder = Path(tmp)
        (folder / "bare_app.py").write_text(BARE_MODULE % bt.TINY_TURTLE, encoding="utf-8")
        (folder / "ltgraph_app.py").write_text(
            "from ltgraph.web.app import create_app\napp = create_app()\n", encoding="utf-8")
        env = bt.environment()
        env["PYTHONPATH"] = os.pathsep.join([str(folder), env["PYTHONPATH"]])
        env["LTGRAPH_DATA"] = str(ROOT / "data" / "graph" / "ltgraph.trig")
        baseline, base_port = start("waitress", "bare_app", folder, env, "/ttl")
        lines = [f"{args.clients} clients, {args.seconds:g} s per row; load average "
                 f"{os.getloadavg()[0]:.1f} at the start", "",
                 "| server | work | req/s | × waitress bare | p50 ms | p99 ms | errors |",
                 "|---|---|---:|---:|---:|---:|---:|"]
        try:
            for server in args.servers:
                if not installed(server):
                    lines.append(f"| {server} | (not installed) | | | | | |")
                    continue
                for name, module, path, accept in WORK:
                    app = "bare_app" if module == "bare" else "ltgraph_app"
                    process, port = start(server, app, folder, env, path)
                    try:
                        mine, base = measure(port, base_port, path, accept, args)
                    finally:
                        bt.stop(process)
                    errors = sum(mine.errors.values())
                    lines.append(f"| {server} | {name} | {mine.rate:,.0f} | "
                                 f"{mine.rate / base.rate:.2f} | {mine.p(0.5):.1f} | "
                                 f"{mine.p(0.99):.1f} | {errors} |")
                    print(lines[-1], file=sys.stderr, flush=True)
        finally:
            bt.stop(baseline)
    print("\n".join(lines))


def measure(port: int, base_port: int, path: str, accept: str, args: argparse.Namespace,
            rounds: int = 2) -> tuple[bt.Measured, bt.Measured]:
    """The work on ``port`` and the baseline, alternating in ``rounds`` slices each."""
    work = bt.Work("", ((path, accept),))
    bare = bt.Work("", (("/ttl", "text/turtle"),))
    mine = base = None
    for _ in range(rounds):
        slice_base = bt.load(base_port, bare, args.clients, args.seconds / rounds)
        slice_mine = bt.load(port, work, args.clients, args.seconds / rounds)
        base = slice_base if base is None else base + slice_base
        mine = slice_mine if mine is None else mine + slice_mine
    assert mine is not None and base is not None
    return mine, base


if __name__ == "__main__":
    main()
