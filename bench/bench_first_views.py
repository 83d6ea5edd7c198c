"""First views of pages that are not kept: many release and summit pages, each asked once, in
one process per tree holding the store (on disk, or in memory), trees alternating, so that the
machine's load touches both alike and a median over dozens of pages stands in for one page's
single view.

    python bench/bench_first_views.py --data big.nq --store /tmp/big-store \\
        --trees /tmp/before . --rounds 2 --pages 30
    python bench/bench_first_views.py --data big.nq --trees /tmp/before . --rounds 2  # in memory

``--trees`` are source trees (a copy of an older revision made with ``git archive``, and this
one); each round runs every tree once, in that order. With ``--store`` the store is filled from
``--data`` once (``EmbeddedStore``) and opened by each process, without it each process loads
``--data`` into memory; each process computes what the server computes
at start-up for resource pages (the releases by graph, the sources, the labels), then asks for
every ``k``-th release page and summit page by its path as a browser would (HTML, English,
``Cache-Control: no-cache``), so that ``--pages`` of each are spread over the dataset. With
``--documents`` it asks instead for the RDF documents of ``--pages`` hubs spread over the hubs
(``resource.hub_query``: the 64 most stated resources in 500 statements or more; ``--pages 64``
for all) once in each RDF format, after the start-up work done last save the pages' shelf. The
length of that start-up work (the hubs' documents onto the shelf, with ``--documents``; the
count that finds the hubs is done before, as the server does it for the hubs' pages, and
printed apart) is printed per process and, at the end, as each tree's median and its ratio to
the first tree's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

WORKER = r"""
import json, sys, time
from pathlib import Path
from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web.app import create_app
from ltgraph.web import cache
from ltgraph.web.ui import resource
from ltgraph.web.ui.common import all_labels, rows
FORMATS = {"Turtle": "text/turtle", "N-Triples": "application/n-triples",
           "JSON-LD": "application/ld+json", "RDF/XML": "application/rdf+xml",
           "TriG": "application/trig", "N-Quads": "application/n-quads"}
store_dir, data, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
documents = sys.argv[4] == "documents"
store = EmbeddedStore(Path(store_dir) if store_dir else None)
if not store_dir:
    store.load(Path(data))
app = create_app({"store": store_dir, "data": data, "response_cache_mib": 0,
                  "query_network_isolation": False}, store=store)
with app.test_request_context("/"):
    for compute in app.extensions["ltgraph"].get(cache.WARM_VALUES, []):
        if compute is not resource.render_hubs:
            compute()
    all_labels()
    started = time.perf_counter()
    resource.hubs()  # counted with the values the server computes first (by its hub pages)
    print(f"hub count: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    for compute in app.extensions["ltgraph"].get("warm_last", []):  # the shelf, where known
        if not (documents and compute.__name__ == "prerender_pages"):  # not asked for
            compute()
    if app.extensions["ltgraph"].get("warm_last"):
        print(f"start-up work done last: {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    base = "https://w3id.org/ltgraph/"
    def sample(kind):
        found = sorted(str(r["x"]) for r in rows(
            f"SELECT DISTINCT ?x WHERE {{ ?x a <{base}ontology#{kind}> }}", capped=False))
        step = max(1, len(found) // pages)
        return ["/" + x[len(base):] for x in found[::step][:pages] if x.startswith(base)]
    chosen = {"release page": sample("PressRelease"), "summit page": sample("Summit")}
    if documents:  # the hubs' documents, in each RDF format
        hubs = ["/" + str(r["hub"])[len(base):] for r in rows(resource.hub_query(
            resource.HUB_STATEMENTS, resource.MOST_HUBS)) if str(r["hub"]).startswith(base)]
        hubs = hubs[::max(1, len(hubs) // pages)][:pages]
        chosen = {f"hub document, {name}": hubs for name in FORMATS}
client = app.test_client()
times = {}
for name, paths in chosen.items():
    for path in paths:
        started = time.perf_counter()
        accept = FORMATS[name.split(", ")[1]] if documents else "text/html"
        answer = client.get(path, headers={"Accept": accept, "Accept-Language": "en",
                                           "Cache-Control": "no-cache"})
        assert answer.status_code == 200, path
        times.setdefault(name, []).append((time.perf_counter() - started) * 1000)
print(json.dumps(times))
"""


START_UP = "start-up work done last"


def run(tree: Path, store: Path | None, data: Path, pages: int,
        documents: bool = False) -> dict[str, list[float]]:
    """The milliseconds of each view asked for by name, and under ``START_UP`` the seconds of
    the start-up work done last (when the tree has any)."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    done = subprocess.run([sys.executable, "-c", WORKER, str(store or ""), str(data), str(pages),
                           "documents" if documents else "pages"],
                          env=env, capture_output=True, text=True, check=True)
    times = json.loads(done.stdout.strip().splitlines()[-1])
    for line in done.stderr.splitlines():
        if line.startswith("hub count"):
            print(f"{tree}: {line}", file=sys.stderr, flush=True)
        if line.startswith(START_UP):
            print(f"{tree}: {line}", file=sys.stderr, flush=True)
            times[START_UP] = [float(line.split(": ")[1].rstrip(" s"))]
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--store", type=Path,
                        help="on-disk store directory (filled from --data if empty); without "
                        "it each process loads --data into a store in memory")
    parser.add_argument("--trees", type=Path, nargs="+", required=True)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--documents", action="store_true",
                        help="instead of pages, the RDF documents of --pages hubs (of the "
                        "resources in 500 statements or more, at most 64), each once in each "
                        "format")
    args = parser.parse_args()
    first = args.trees[-1]
    if args.store is not None:
        subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                       "from ltgraph.store.embedded import EmbeddedStore; "
                       "s = EmbeddedStore(Path(sys.argv[1])); "
                       "s.load(Path(sys.argv[2])) if s.is_empty() else None",
                       str(args.store), str(args.data)],
                       env=dict(os.environ, PYTHONPATH=str(first / "src")), check=True)
    found: dict[str, dict[str, list[float]]] = {}
    start_up: dict[str, list[tuple[float, float]]] = {}  # tree: (seconds, load average)
    for number in range(args.rounds):
        for tree in args.trees:
            load = os.getloadavg()[0]
            times = run(tree, args.store, args.data, args.pages, args.documents)
            if START_UP in times:
                start_up.setdefault(str(tree), []).append((times.pop(START_UP)[0], load))
            for name, values in times.items():
                found.setdefault(str(tree), {}).setdefault(name, []).extend(values)
                print(f"round {number + 1}, {tree}, {name}: median "
                      f"{statistics.median(values):.1f} ms over {len(values)} pages "
                      f"(load average {load:.1f} at the start)", file=sys.stderr, flush=True)
    baseline = str(args.trees[0])
    print("| tree | page | pages | median ms | p90 ms | median × first tree |")
    print("|---|---|---:|---:|---:|---:|")
    for tree, kinds in found.items():
        for name, values in kinds.items():
            ordered = sorted(values)
            ratio = statistics.median(values) / statistics.median(found[baseline][name])
            print(f"| {Path(tree).name or tree} | {name} | {len(values)} | "
                  f"{statistics.median(values):.1f} | {ordered[int(0.9 * (len(ordered) - 1))]:.1f} "
                  f"| {ratio:.3f} |")
    if start_up:
        print_start_up(start_up, str(args.trees[0]))


def print_start_up(start_up: dict[str, list[tuple[float, float]]], baseline: str) -> None:
    """The start-up work done last, per tree: each process's seconds, their median and its
    ratio to the first tree's (the load average at each process's start beside)."""
    print("\n| tree | start-up work done last, s (load average at the start) | median s "
          "| median × first tree |")
    print("|---|---|---:|---:|")
    first = statistics.median(seconds for seconds, _ in start_up.get(baseline, [(1.0, 0)]))
    for tree, runs in start_up.items():
        median = statistics.median(seconds for seconds, _ in runs)
        each = ", ".join(f"{seconds:.1f} ({load:.1f})" for seconds, load in runs)
        print(f"| {Path(tree).name or tree} | {each} | {median:.1f} | {median / first:.3f} |")


if __name__ == "__main__":
    main()
