"""Where the slow tail of the hubs' documents from the shelf goes: for each request, its wall
time, the CPU time of the thread that answered it, the garbage collector's pauses within it,
and whether the thread was preempted (an involuntary context switch) or gave up the processor
(a voluntary one: waiting for a read or a lock).

    python bench/bench_document_tail.py --data big.nq --rounds 5 --modes as-is freeze

One process holds ``--data`` in memory, does the start-up work for the documents (the hubs'
documents onto a fresh shelf), then asks each hub's document in each RDF format ``--rounds``
times (``Cache-Control: no-cache``, as ``bench_first_views.py --documents``). ``freeze`` first
moves every object the start-up work left into the garbage collector's permanent generation
(``gc.freeze``), to see whether collections over them make the tail.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource as rusage
import statistics
import sys
import tempfile
import time
from pathlib import Path

FORMATS = ["text/turtle", "application/n-triples", "application/ld+json",
           "application/rdf+xml", "application/trig", "application/n-quads"]


def switches() -> tuple[int, int]:
    """This thread's involuntary and voluntary context switches so far."""
    used = rusage.getrusage(rusage.RUSAGE_THREAD)
    return used.ru_nivcsw, used.ru_nvcsw


def quantile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--modes", nargs="+", default=["as-is"], choices=["as-is", "freeze"])
    args = parser.parse_args()
    from ltgraph.store.embedded import EmbeddedStore
    from ltgraph.web import cache
    from ltgraph.web.app import create_app
    from ltgraph.web.ui import resource
    from ltgraph.web.ui.common import all_labels

    store = EmbeddedStore(None)
    store.load(args.data)
    app = create_app({"store": "", "data": str(args.data), "response_cache_mib": 0,
                      "page_dir": tempfile.mkdtemp(prefix="document-tail-"),
                      "query_network_isolation": False}, store=store)
    with app.test_request_context("/"):
        for compute in app.extensions["ltgraph"].get(cache.WARM_VALUES, []):
            if compute is not resource.render_hubs:
                compute()
        all_labels()
        for compute in app.extensions["ltgraph"].get(cache.WARM_LAST, []):
            if compute.__name__ == "prerender_documents":
                compute()
        paths = [path for _, path in resource.hubs()]
    paused = [0.0, 0.0]  # the collector's pauses in this request, when the last one started

    def on_collection(phase: str, info: dict) -> None:
        if phase == "start":
            paused[1] = time.perf_counter()
        else:
            paused[0] += time.perf_counter() - paused[1]

    gc.callbacks.append(on_collection)
    client = app.test_client()
    print("| mode | requests | load average | wall p50 / p90 / p99 ms | CPU p50 / p90 / p99 ms "
          "| with a collection | ≥ 10 ms | of those: CPU median ms, collection median ms, "
          "preempted, gave up the processor |")
    print("|---|---:|---:|---|---|---:|---:|---|")
    for mode in args.modes:
        if mode == "freeze":
            gc.collect()
            gc.freeze()
        found = []  # (wall ms, CPU ms, collection ms, involuntary switches, voluntary ones)
        for _ in range(args.rounds):
            for path in paths:
                for accept in FORMATS:
                    paused[0] = 0.0
                    before = switches()
                    wall, cpu = time.perf_counter(), time.thread_time()
                    answer = client.get(path, headers={"Accept": accept,
                                                       "Cache-Control": "no-cache"})
                    wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
                    after = switches()
                    assert answer.status_code == 200, path
                    found.append((wall * 1000, cpu * 1000, paused[0] * 1000,
                                  after[0] - before[0], after[1] - before[1]))
        walls, cpus = [f[0] for f in found], [f[1] for f in found]
        slow = [f for f in found if f[0] >= 10]
        print(f"| {mode} | {len(found)} | {os.getloadavg()[0]:.1f} | "
              f"{quantile(walls, .5):.2f} / {quantile(walls, .9):.2f} / {quantile(walls, .99):.2f} "
              f"| {quantile(cpus, .5):.2f} / {quantile(cpus, .9):.2f} / {quantile(cpus, .99):.2f} "
              f"| {sum(1 for f in found if f[2] > 0)} | {len(slow)} | "
              + (f"{statistics.median(f[1] for f in slow):.2f}, "
                 f"{statistics.median(f[2] for f in slow):.2f}, "
                 f"{sum(1 for f in slow if f[3])}, {sum(1 for f in slow if f[4])} |"
                 if slow else "– |"), flush=True)


if __name__ == "__main__":
    sys.exit(main())
