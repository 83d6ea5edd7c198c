"""Benchmark: ``city_network()`` against rdflib's naive networkx conversion, at up to 1M triples.

    python bench/bench_network.py                    # 100k and 1M triples, default runs
    python bench/bench_network.py --sizes 100000 --runs 5

For each size the shared generator (``bench/synthetic.py``) writes a dataset shaped like the
built graph (one named graph per release, evidence nodes for every extracted statement,
curated facts in the reference graph) as N-Quads. Each measurement runs in its own process:
a measuring process starts one worker and reads
``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` after it ends, so the peak memory is that
worker's alone. Every contender starts from the same file:

* ``ltgraph``: ``load(path)`` (an embedded Oxigraph store, in memory) then ``city_network(store)``;
* ``rdflib``: ``ConjunctiveGraph.parse(path)`` (the union of all graphs) then
  ``rdflib.extras.external_graph_libs.rdflib_to_networkx_graph`` (every subject and object,
  literals included, becomes a node; no city network is computed at all);
* ``ltgraph-queries-on-rdflib`` (small sizes only): ``city_network()`` with the project's
  queries answered by rdflib's engine instead of Oxigraph, to show what the store costs.

Times are medians over the runs; ratios are to ``rdflib``, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_nquads  # the project's shared generator, in bench/


# --------------------------------------------------------------------------------- workers
def work_ltgraph(path: str) -> dict[str, float]:
    from ltgraph.network import city_network, load

    start = time.perf_counter()
    source = load(path)
    loaded = time.perf_counter()
    graph = city_network(source)
    built = time.perf_counter()
    return {"load_s": loaded - start, "build_s": built - loaded, "total_s": built - start,
            "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


def work_rdflib(path: str) -> dict[str, float]:
    import warnings

    from rdflib import ConjunctiveGraph
    from rdflib.extras.external_graph_libs import rdflib_to_networkx_graph

    warnings.simplefilter("ignore", DeprecationWarning)
    start = time.perf_counter()
    union = ConjunctiveGraph()  # iterates the triples of every named graph (a Dataset: quads)
    union.parse(path, format="nquads")
    loaded = time.perf_counter()
    graph = rdflib_to_networkx_graph(union)
    built = time.perf_counter()
    return {"load_s": loaded - start, "build_s": built - loaded, "total_s": built - start,
            "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


class RdflibSource:
    """The project's queries answered by rdflib's own engine (to show what the store costs)."""

    def __init__(self, path: str) -> None:
        from rdflib import Dataset

        self.dataset = Dataset(default_union=True)
        self.dataset.parse(path, format="nquads")

    def query(self, sparql: str, *, max_rows: int | None = None) -> Any:
        """A SELECT's rows as ``ltgraph.store`` answers them (what ``ltgraph.network`` asks)."""
        from ltgraph.store.base import SelectResult

        result = self.dataset.query(sparql)
        return SelectResult([str(v) for v in result.vars], [tuple(row) for row in result])


def work_ltgraph_on_rdflib(path: str) -> dict[str, float]:
    from ltgraph.network import city_network

    start = time.perf_counter()
    source = RdflibSource(path)
    loaded = time.perf_counter()
    graph = city_network(source)
    built = time.perf_counter()
    return {"load_s": loaded - start, "build_s": built - loaded, "total_s": built - start,
            "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


WORKERS = {"ltgraph": work_ltgraph, "rdflib": work_rdflib,
           "ltgraph-queries-on-rdflib": work_ltgraph_on_rdflib}
MAIN_CONTENDERS = ("ltgraph", "rdflib")


def measure(contender: str, path: str) -> dict[str, float]:
    """Run one worker process and add its peak resident memory (MiB) to what it reports."""
    done = subprocess.run([sys.executable, __file__, "--work", contender, path],
                          capture_output=True, text=True, check=True)
    figures = json.loads(done.stdout)
    figures["peak_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return figures


def run_measurement(contender: str, path: Path) -> dict[str, float]:
    """A fresh measuring process per run, so RUSAGE_CHILDREN sees one worker only."""
    done = subprocess.run([sys.executable, __file__, "--measure", contender, str(path)],
                          check=False, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{contender} on {path} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5, help="runs per contender and size")
    parser.add_argument("--runs-at-1m", type=int, default=3,
                        help="runs per contender at 1M triples and more (slow)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--rdflib-store-up-to", type=int, default=100_000,
                        help="also run the project's queries on rdflib's engine for sizes up "
                             "to this many triples (slow beyond)")
    parser.add_argument("--work", nargs=2, metavar=("CONTENDER", "FILE"), help=argparse.SUPPRESS)
    parser.add_argument("--measure", nargs=2, metavar=("CONTENDER", "FILE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.work:
        print(json.dumps(WORKERS[args.work[0]](args.work[1])))
        return
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return

    with tempfile.TemporaryDirectory(prefix="ltgraph-bench-") as folder:
        for size in args.sizes:
            path = Path(folder) / f"synthetic-{size}.nq"
            triples = write_nquads(size, args.seed, path)
            runs = args.runs_at_1m if size >= 1_000_000 else args.runs
            names = list(MAIN_CONTENDERS)
            if size <= args.rdflib_store_up_to:
                names.append("ltgraph-queries-on-rdflib")
            results = {name: [run_measurement(name, path) for _ in range(runs)]
                       for name in names}
            report(size, triples, runs, results)


def report(size: int, triples: int, runs: int, results: dict[str, list[dict]]) -> None:
    median = {name: {key: statistics.median(r[key] for r in rows) for key in rows[0]}
              for name, rows in results.items()}
    baseline = median["rdflib"]
    print(f"\n{triples} triples (target {size}), median of {runs} runs per contender")
    print("| contender | load s | build s | total s | peak MiB | nodes | edges "
          "| time / rdflib | memory / rdflib |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, m in median.items():
        print(f"| {name} | {m['load_s']:.2f} | {m['build_s']:.2f} | {m['total_s']:.2f} | "
              f"{m['peak_mib']:.0f} | {m['nodes']:.0f} | {m['edges']:.0f} | "
              f"{m['total_s'] / baseline['total_s']:.3f} | "
              f"{m['peak_mib'] / baseline['peak_mib']:.3f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
