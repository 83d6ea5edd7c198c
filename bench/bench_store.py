"""Which store should the server embed? Load time and the city co-attendance query (pairs of
cities at the same summit) on synthetic data shaped like our graph, for four contenders:

- ``rdflib``: rdflib's in-memory ``Dataset`` and its SPARQL engine (the baseline);
- ``pyoxigraph``: pyoxigraph's in-memory ``Store``;
- ``oxrdflib``: an rdflib ``Dataset`` over pyoxigraph (queries handed to pyoxigraph, results
  converted to rdflib terms);
- ``pyoxigraph-disk``: pyoxigraph's on-disk (RocksDB) ``Store``.

Each figure is the median of ``--runs`` runs; ratios are to rdflib in the same run (to the
first contender measured when rdflib is skipped). Every contender must give the same answer,
or the script stops.

    python bench/bench_store.py                     # 10k and 100k triples, 3 runs
    python bench/bench_store.py --sizes 1000000 --runs 1 --skip rdflib
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_nquads

CO_ATTENDANCE = """
PREFIX lt: <https://w3id.org/ltgraph/ontology#>
SELECT ?a ?b (COUNT(DISTINCT ?summit) AS ?summits) WHERE {
  ?summit lt:participatingCity ?a , ?b .
  FILTER (STR(?a) < STR(?b))
}
GROUP BY ?a ?b
"""

Loaded = object
Contender = tuple[Callable[[Path, Path], Loaded], Callable[[Loaded], set[tuple[str, ...]]]]


def load_rdflib(data: Path, _: Path) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(data, format="nquads")
    return dataset


def query_rdflib(dataset: Dataset) -> set[tuple[str, ...]]:
    return {tuple(str(t) for t in row) for row in dataset.query(CO_ATTENDANCE)}


def load_oxrdflib(data: Path, _: Path) -> Dataset:
    dataset = Dataset(store="Oxigraph", default_union=True)
    dataset.parse(data, format="ox-nquads")
    return dataset


def load_pyoxigraph(data: Path, _: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    return store


def load_pyoxigraph_disk(data: Path, workdir: Path) -> ox.Store:
    store = ox.Store(tempfile.mkdtemp(dir=workdir))
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    return store


def query_pyoxigraph(store: ox.Store) -> set[tuple[str, ...]]:
    return {tuple(row[v].value for v in ("a", "b", "summits"))
            for row in store.query(CO_ATTENDANCE, use_default_graph_as_union=True)}


CONTENDERS: dict[str, Contender] = {
    "rdflib": (load_rdflib, query_rdflib),
    "pyoxigraph": (load_pyoxigraph, query_pyoxigraph),
    "oxrdflib": (load_oxrdflib, query_rdflib),
    "pyoxigraph-disk": (load_pyoxigraph_disk, query_pyoxigraph),
}


def measure(name: str, data: Path, workdir: Path, runs: int) -> tuple[float, float, set]:
    """Median load and query seconds of one contender, and its answer."""
    load, query = CONTENDERS[name]
    loads, queries, answer = [], [], set()
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        loaded = load(data, workdir)
        loads.append(time.perf_counter() - started)
        started = time.perf_counter()
        answer = query(loaded)
        queries.append(time.perf_counter() - started)
        del loaded
    return statistics.median(loads), statistics.median(queries), answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip", nargs="*", default=[], choices=list(CONTENDERS))
    args = parser.parse_args()
    print("| triples | store | load s | × base | co-attendance s | × base | pairs |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="ltgraph-bench-") as tmp:
        workdir = Path(tmp)
        for size in args.sizes:
            data = workdir / f"synthetic-{size}.nq"
            quads = write_nquads(size, args.seed, data)
            results: dict[str, tuple[float, float, set]] = {}
            for name in CONTENDERS:
                if name not in args.skip:
                    results[name] = measure(name, data, workdir, args.runs)
            answers = {frozenset(r[2]) for r in results.values()}
            if len(answers) != 1:
                sys.exit(f"the stores disagree at {size} triples: {len(answers)} answers")
            base = results.get("rdflib") or next(iter(results.values()))
            for name, (load_s, query_s, answer) in results.items():
                base_mark = " (base)" if (load_s, query_s) == base[:2] else ""
                print(f"| {quads:,} | {name}{base_mark} | {load_s:.3f} | "
                      f"{load_s / base[0]:.2f} | {query_s:.3f} | {query_s / base[1]:.3f} | "
                      f"{len(answer):,} |", flush=True)


if __name__ == "__main__":
    main()
