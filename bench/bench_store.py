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

``--union`` measures instead what set semantics costs (the default graph as the RDF merge of
the named graphs, not pyoxigraph's bag union), on the embedded store and on Virtuoso:

    python bench/bench_store.py --union --sizes 100000 1000000 --runs 3

- ``embedded-bag``: pyoxigraph with ``use_default_graph_as_union`` (a triple once per graph
  stating it), the way the server queried before;
- ``embedded-set``: ``EmbeddedStore`` as the server runs it (the distinct union materialised as
  the default graph when loading);
- ``virtuoso-bag``: Virtuoso asked with one ``default-graph-uri`` per graph (as before);
- ``virtuoso-set``: Virtuoso asked with the union graph ``push`` writes.

Each embedded contender loads and queries in a process of its own, so its peak resident memory
(``ru_maxrss``) is its own; Virtuoso's cost is the time to write the union graph and the growth
of its database file. Timed: loading (for Virtuoso the push of the named graphs, and the union
graph on its own), the 12 competency questions, the co-attendance query and the query behind
the network graphs' node attributes; medians of ``--runs`` (one run at 1M triples).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


# ------------------------------------------------------------------ set semantics (--union)
REPO = Path(__file__).resolve().parents[1]
CQ_DIR = (REPO / ".." / "shared" / "cq").resolve()
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def union_queries(attributes: bool = True) -> dict[str, list[str]]:
    """The timed queries: the competency questions (as one figure), co-attendance, node
    attributes (unless ``attributes`` is false: at 1M triples it takes minutes)."""
    sys.path.insert(0, str(REPO / "src"))
    from ltgraph.network.queries import attribute_query

    return {"questions": [p.read_text(encoding="utf-8") for p in sorted(CQ_DIR.glob("*.rq"))],
            "co-attendance": [CO_ATTENDANCE],
            "attributes": [attribute_query()] if attributes else []}


def timed_queries(ask: Callable[[str], int], attributes: bool = True) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for name, texts in union_queries(attributes).items():
        started = time.perf_counter()
        rows = sum(ask(text) for text in texts)
        figures[name] = time.perf_counter() - started
        figures[name + " rows"] = rows
    figures["count"] = ask(COUNT_ALL)
    return figures


def union_worker(name: str, data: Path, attributes: bool = True) -> dict[str, Any]:
    """One embedded contender in this process: load, then the queries; with peak memory."""
    sys.path.insert(0, str(REPO / "src"))
    from ltgraph.store.embedded import EmbeddedStore

    started = time.perf_counter()
    if name == "embedded-bag":
        store = ox.Store()
        store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)

        def ask(text: str) -> int:
            answer = store.query(text, use_default_graph_as_union=True)
            if text == COUNT_ALL:
                return int(next(iter(answer))[0].value)
            return sum(1 for _ in answer)
    else:
        embedded = EmbeddedStore()
        embedded.load(data)

        def ask(text: str) -> int:  # pyoxigraph itself, as for the bag: no guard, no conversion
            answer = embedded._store.query(text)
            if text == COUNT_ALL:
                return int(next(iter(answer))[0].value)
            return sum(1 for _ in answer)
    figures: dict[str, Any] = {"load": time.perf_counter() - started}
    figures.update(timed_queries(ask, attributes))
    figures["peak MiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def measure_embedded(name: str, data: Path, runs: int, attributes: bool) -> dict[str, Any]:
    """Median figures of ``runs`` fresh processes of one embedded contender."""
    results = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, __file__, "--union-worker", name, str(data),
                               "attributes" if attributes else "-"],
                              capture_output=True, text=True, check=True)
        results.append(json.loads(done.stdout))
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


@contextlib.contextmanager
def virtuoso(workdir: Path) -> Iterator[Any]:
    sys.path.insert(0, str(REPO / "deploy" / "virtuoso"))
    import launch

    if launch.virtuoso_binary() is None:
        print("virtuoso-t is not installed: measuring without Virtuoso", file=sys.stderr)
        yield None
        return
    server = launch.VirtuosoServer(workdir / "virtuoso", "ltgraph_bench",
                                   secrets.token_urlsafe(12)).start()
    try:
        yield server
    finally:
        server.stop()


def measure_virtuoso(server: Any, data: Path, runs: int,
                     attributes: bool) -> dict[str, dict[str, Any]]:
    """Push once (the named graphs, then the union graph on its own), then each way of asking
    ``runs`` times; the database file's growth through the union graph."""
    from ltgraph.store.remote import Credentials, RemoteStore
    from ltgraph.store.remote_load import read_dataset_graphs, write_union

    store = RemoteStore(server.endpoint, graph_store=server.graph_store, timeout_s=900,
                        credentials=Credentials(server.user, server.password))
    database = Path(server.folder) / "virtuoso.db"
    started = time.perf_counter()
    store.push(data, prune=True)
    push_s = time.perf_counter() - started
    store.drop_graph(store.union_graph)
    store.forget_graphs()
    checkpoint(server)
    before = database.stat().st_size
    graphs = read_dataset_graphs(data)
    started = time.perf_counter()
    write_union(store, store._writer, graphs, ())
    union_s = time.perf_counter() - started
    store.forget_graphs()
    checkpoint(server)
    growth = (database.stat().st_size - before) / 2**20
    named = store.graphs()

    def bag(text: str) -> int:
        rows = store.query(text, default_graph_uris=named, named_graph_uris=named).rows
        return int(rows[0][0]) if text == COUNT_ALL else len(rows)

    def union(text: str) -> int:
        rows = store.query(text).rows
        return int(rows[0][0]) if text == COUNT_ALL else len(rows)

    from ltgraph.store.base import StoreError

    results = {}
    for name, ask in (("virtuoso-bag", bag), ("virtuoso-set", union)):
        try:
            runs_figures = [timed_queries(ask, attributes) for _ in range(runs)]
        except StoreError as error:  # e.g. too many dataset graphs echoed as headers
            print(f"{name}: {error}", file=sys.stderr)
            runs_figures = [{}]
        figures = {key: statistics.median(r[key] for r in runs_figures)
                   for key in runs_figures[0]}
        figures["load"] = push_s - union_s if name == "virtuoso-bag" else push_s
        figures["union s"] = union_s if name == "virtuoso-set" else 0.0
        figures["db MiB"] = growth if name == "virtuoso-set" else 0.0
        results[name] = figures
    return results


def checkpoint(server: Any) -> None:
    """Make Virtuoso write its pages, so the database file's size says what it holds."""
    with contextlib.suppress(Exception):
        server.sql("checkpoint;")


def union_main(args: argparse.Namespace) -> None:
    print("| triples | contender | load s | union s | peak MiB | db MiB | 12 questions s | "
          "co-attendance s | attributes s | COUNT(*) | × bag: load | × bag: memory | "
          "× bag: questions | × bag: co-attendance | × bag: attributes |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="ltgraph-bench-") as tmp:
        workdir = Path(tmp)
        with virtuoso(workdir) if not args.no_virtuoso else contextlib.nullcontext() as server:
            for size in args.sizes:
                data = workdir / f"synthetic-{size}.nq"
                quads = write_nquads(size, args.seed, data)
                runs = 1 if size >= 1_000_000 else args.runs
                attributes = not (args.skip_attributes_at and size >= args.skip_attributes_at)
                results = {}
                for name in ("embedded-bag", "embedded-set"):
                    results[name] = measure_embedded(name, data, runs, attributes)
                    print(union_row(quads, name, results[name], results["embedded-bag"]),
                          flush=True)
                if server is not None:
                    remote = measure_virtuoso(server, data, runs, attributes)
                    for name, figures in remote.items():
                        print(union_row(quads, name, figures, remote["virtuoso-bag"]),
                              flush=True)


def union_row(quads: int, name: str, f: dict[str, Any], bag: dict[str, Any]) -> str:
    """One table row; "-" where a figure was not measured (a query the client refused)."""
    def ratio(key: str) -> str:
        skipped = key == "attributes" and not f.get("attributes rows")
        return (f"{f[key] / bag[key]:.2f}" if bag.get(key) and f.get(key) is not None
                and not skipped else "-")

    def seconds(key: str, digits: int = 3) -> str:
        return f"{f[key]:.{digits}f}" if f.get(key) is not None else "-"

    count = f"{f['count']:,}" if "count" in f else "-"
    return (f"| {quads:,} | {name} | {seconds('load', 2)} | {f.get('union s', 0):.2f} | "
            f"{f.get('peak MiB', 0):.0f} | {f.get('db MiB', 0):.0f} | {seconds('questions')} | "
            f"{seconds('co-attendance')} | {_seconds(f, 'attributes')} | {count} | "
            f"{ratio('load')} | {ratio('peak MiB')} | {ratio('questions')} | "
            f"{ratio('co-attendance')} | {ratio('attributes')} |")


def _seconds(figures: dict[str, Any], key: str) -> str:
    return f"{figures[key]:.3f}" if figures.get(key + " rows") and key in figures else "-"


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--union-worker":
        print(json.dumps(union_worker(sys.argv[2], Path(sys.argv[3]),
                                      sys.argv[4] == "attributes")))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip", nargs="*", default=[], choices=list(CONTENDERS))
    parser.add_argument("--union", action="store_true",
                        help="measure set semantics against the bag union instead")
    parser.add_argument("--no-virtuoso", action="store_true", help="with --union: embedded only")
    parser.add_argument("--skip-attributes-at", type=int, default=None, metavar="TRIPLES",
                        help="with --union: leave out the node-attribute query from this size "
                             "on (it takes minutes at 1M triples on both stores)")
    args = parser.parse_args()
    if args.union:
        union_main(args)
        return
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
