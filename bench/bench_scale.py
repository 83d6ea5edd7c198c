"""Benchmark: how the cost of ltgraph grows with the data, per store.

    python bench/bench_scale.py                          # 10k, 100k, 1M triples; writes
                                                         # bench/results/scale.md and .json
    python bench/bench_scale.py --sizes 10000 100000 --runs 3
    python bench/bench_scale.py --no-virtuoso            # without the Virtuoso column

For each size a synthetic dataset shaped like the built graph (``bench/synthetic.py``) is
written as N-Quads, and three stores are measured on it in the same run:

* **rdflib**: an in-memory ``rdflib.Dataset`` with the union as its default graph: the baseline
  every other figure is divided by;
* **embedded**: ltgraph's default store (``EmbeddedStore``, pyoxigraph in memory);
* **Virtuoso**: Virtuoso open-source through ``RemoteStore`` with its native union default
  graph (``union_default="native"``; started from ``deploy/virtuoso/`` on loopback by this
  script; skipped when ``virtuoso-t`` is missing).

What is timed (medians over ``--runs``, one run at 1M triples; ``--budget`` seconds at most per
rdflib measurement other than loading, after which the figure reads "> budget"):

* **load**: parse the file into the store (rdflib, embedded) or ``push`` it graph by graph over
  the Graph Store Protocol (Virtuoso); never cut short;
* **questions**: the 12 competency questions of ``../shared/cq`` one after the other (the
  synthetic release 0 is the seed release, so they have answers); the rows must agree across
  stores or the script stops;
* **network**: the four networkx graphs of ``ltgraph.network`` built through the store;
* **SHACL**: validation per release graph with the reference and ontology graphs as context,
  on a sample of ``--shacl-sample`` release graphs spread over the dataset (read from the store
  for embedded and Virtuoso): the median per release, and that median times the number of
  releases as the cost of validating them all. The per-release figure staying flat while the
  data grows a hundredfold is what makes the total linear in the number of releases.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import secrets
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "deploy" / "virtuoso"))

import synthetic  # noqa: E402 - found through the path set above

CQ_DIR = (REPO / ".." / "shared" / "cq").resolve()
RESULTS = HERE / "results"
REFERENCE = synthetic.GRAPH + "reference"
ONTOLOGY = synthetic.GRAPH + "ontology"
STORES = ("rdflib", "embedded", "virtuoso")


class OverBudget(Exception):
    pass


@contextlib.contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (rdflib's engine is Python, so a signal stops it)."""
    if not seconds:
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timed(action: Callable[[], Any], limit: float | None = None) -> tuple[float | None, Any]:
    """Seconds ``action`` took (None when it ran past ``limit``) and its value."""
    started = time.perf_counter()
    try:
        with budget(limit):
            value = action()
    except OverBudget:
        return None, None
    return time.perf_counter() - started, value


def median_or_none(values: Sequence[float | None]) -> float | None:
    return None if any(v is None for v in values) or not values else statistics.median(values)  # type: ignore[type-var]


# --------------------------------------------------------------------------- the stores
class RdflibStore:
    """The baseline: rdflib's in-memory Dataset, union default graph, rdflib's SPARQL engine."""

    def __init__(self) -> None:
        from rdflib import Dataset

        self.dataset = Dataset(default_union=True)

    def load(self, path: Path) -> None:
        self.dataset.parse(str(path), format="nquads")

    def select(self, sparql: str) -> set[tuple[Any, ...]]:
        return {tuple(row) for row in self.dataset.query(sparql)}

    def graph(self, iri: str) -> Any:
        from rdflib import URIRef

        return self.dataset.graph(URIRef(iri))


class StoreAdapter:
    """An ltgraph store (embedded or remote) with the benchmark's three operations."""

    def __init__(self, store: Any, loader: Callable[[Path], None]) -> None:
        self.store = store
        self._loader = loader

    def load(self, path: Path) -> None:
        self._loader(path)

    def select(self, sparql: str) -> set[tuple[Any, ...]]:
        return set(self.store.query(sparql).rows)

    def graph(self, iri: str) -> Any:
        result = self.store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> "
                                  "{ ?s ?p ?o } }")
        return result.graph


class RdflibSource:
    """The rdflib baseline answering SELECT queries as a store of ``ltgraph.store`` does (what
    ``ltgraph.network`` asks of a store)."""

    def __init__(self, baseline: RdflibStore) -> None:
        self.baseline = baseline

    def query(self, sparql: str, *, max_rows: int | None = None) -> Any:
        from ltgraph.store.base import SelectResult

        result = self.baseline.dataset.query(sparql)
        return SelectResult([str(v) for v in result.vars], [tuple(row) for row in result])


# ------------------------------------------------------------------------ measurements
@dataclass
class Figures:
    """Seconds per measurement for one store at one size (None: over budget or not run)."""

    load: float | None = None
    questions: float | None = None
    network: float | None = None
    shacl_per_release: float | None = None
    shacl_all: float | None = None
    notes: list[str] = field(default_factory=list)


def questions() -> list[Path]:
    return sorted(CQ_DIR.glob("*.rq"))


def measure_questions(store: Any, runs: int, limit: float | None
                      ) -> tuple[float | None, list[set[tuple[Any, ...]]]]:
    texts = [q.read_text(encoding="utf-8") for q in questions()]
    times, answers = [], []
    for _ in range(runs):
        seconds, answers = timed(lambda: [store.select(t) for t in texts], limit)
        times.append(seconds)
        if seconds is None:
            break
    return median_or_none(times), answers or []


def measure_network(source: Any, runs: int, limit: float | None
                    ) -> tuple[float | None, list[str]]:
    from ltgraph.network import KINDS, network
    from ltgraph.network.export import dumps_json

    times, exports = [], []
    for _ in range(runs):
        seconds, graphs = timed(lambda: [network(kind, source) for kind in KINDS], limit)
        times.append(seconds)
        if seconds is None:
            break
        exports = [dumps_json(g) for g in graphs]
    return median_or_none(times), exports


def measure_shacl(store: Any, sample: list[str], releases: int, limit: float | None
                  ) -> tuple[float | None, float | None]:
    from rdflib.graph import ReadOnlyGraphAggregate

    from ltgraph.validate import load_shapes, validate_graph

    shapes = load_shapes()
    context = ReadOnlyGraphAggregate([store.graph(REFERENCE), store.graph(ONTOLOGY)])
    per_release: list[float | None] = []
    for graph in sample:
        seconds, report = timed(lambda g=graph: validate_graph(store.graph(g), context,
                                                               shapes=shapes), limit)
        per_release.append(seconds)
        if seconds is None:
            break
        if not report.conforms:
            raise SystemExit(f"synthetic release graph <{graph}> does not conform: "
                             f"{report.problems[:3]}")
    median = median_or_none(per_release)
    return median, None if median is None else median * releases


def spread(items: list[str], count: int) -> list[str]:
    """``count`` items spread evenly over ``items`` (all when there are fewer)."""
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def run_size(n_triples: int, args: argparse.Namespace, workdir: Path,
             virtuoso: Any) -> dict[str, Any]:
    from ltgraph.store.embedded import EmbeddedStore
    from ltgraph.store.remote import RemoteStore
    from ltgraph.store.remote_client import Credentials

    path = workdir / f"synthetic-{n_triples}.nq"
    quads = synthetic.write_nquads(n_triples, args.seed, path)
    release_graphs = synthetic.release_graphs(path)
    sample = spread(release_graphs, args.shacl_sample)
    runs = 1 if n_triples >= 1_000_000 else args.runs
    print(f"== {quads} quads, {len(release_graphs)} release graphs", flush=True)
    figures: dict[str, Figures] = {}
    answers: dict[str, list[Any]] = {}
    exports: dict[str, list[str]] = {}

    def contenders() -> Iterator[tuple[str, Callable[[], Any], Any]]:
        yield "rdflib", RdflibStore, None
        yield "embedded", lambda: _embedded(EmbeddedStore), None
        if virtuoso is not None:
            yield "virtuoso", lambda: _remote(RemoteStore, Credentials, virtuoso), None

    for name, make, _ in contenders():
        limit = args.budget if name == "rdflib" else None
        result = Figures()
        loads = []
        for _ in range(runs):
            store = make()
            seconds, _ = timed(lambda s=store: s.load(path))  # never cut: it is the baseline
            loads.append(seconds)
            if seconds is None:
                break
        result.load = median_or_none(loads)
        print(f"   {name:9} load {fmt(result.load)}", flush=True)
        if result.load is None:
            result.notes.append("not loaded within the budget")
            figures[name] = result
            continue
        result.questions, answers[name] = measure_questions(store, runs, limit)
        print(f"   {name:9} questions {fmt(result.questions)}", flush=True)
        source = RdflibSource(store) if name == "rdflib" else store.store
        result.network, exports[name] = measure_network(source, runs, limit)
        print(f"   {name:9} network {fmt(result.network)}", flush=True)
        result.shacl_per_release, result.shacl_all = measure_shacl(
            store, sample, len(release_graphs), limit)
        print(f"   {name:9} shacl/release {fmt(result.shacl_per_release)}", flush=True)
        figures[name] = result
        del store
    check_agreement(answers, exports)
    return {"target": n_triples, "quads": quads, "releases": len(release_graphs),
            "shacl_sample": len(sample), "runs": runs,
            "figures": {name: vars(f) for name, f in figures.items()}}


def _embedded(store_class: Any) -> StoreAdapter:
    store = store_class()
    return StoreAdapter(store, store.load)


def _remote(store_class: Any, credentials_class: Any, server: Any) -> StoreAdapter:
    # The bench's Virtuoso holds nothing but this dataset and its own system graphs, which our
    # queries never match (the answers are checked against the other stores), so it is asked
    # with its native union default graph: sending the ~800 graph IRIs of the explicit
    # protocol dataset with every query costs Virtuoso far more than the query itself.
    store = store_class(server.endpoint, graph_store=server.graph_store, timeout_s=900,
                        union_default="native",
                        credentials=credentials_class(server.user, server.password))
    return StoreAdapter(store, lambda path: store.push(path, prune=True))


def check_agreement(answers: dict[str, list[Any]], exports: dict[str, list[str]]) -> None:
    """The stores must give the same answers, or their timings compare nothing."""
    complete = {n: a for n, a in answers.items() if a}
    if "embedded" in complete:
        for name, rows in complete.items():
            if name == "embedded":
                continue
            pairs = zip(rows, complete["embedded"], strict=True)
            for number, (mine, theirs) in enumerate(pairs, 1):
                if lexical(mine) != lexical(theirs):
                    raise SystemExit(f"question {number}: {name} and embedded disagree")
    done = {n: e for n, e in exports.items() if e}
    if len(set(map(tuple, done.values()))) > 1:
        raise SystemExit(f"the network graphs differ between {', '.join(done)}")


def lexical(rows: set[tuple[Any, ...]]) -> set[tuple[str, ...]]:
    return {tuple("" if t is None else str(t) for t in row) for row in rows}


# ------------------------------------------------------------------------------ report
def fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.1f} s"


def ratio(value: float | None, baseline: float | None, limit: float | None) -> str:
    if value is None:
        return ""
    if baseline is None:
        return f" (< {value / limit:.2g}×)" if limit else ""
    return f" ({value / baseline:.2g}×)"


def markdown(results: list[dict[str, Any]], args: argparse.Namespace) -> str:
    stores = [s for s in STORES if any(s in r["figures"] for r in results)]
    header = "| triples | releases | measure | " + " | ".join(
        "rdflib (baseline)" if s == "rdflib" else f"{s} (ratio to rdflib)" for s in stores)
    lines = [
        "# Scale benchmark",
        "",
        (f"Produced by `python bench/bench_scale.py --sizes {' '.join(map(str, args.sizes))}"
         f" --runs {args.runs}` on {platform.machine()} with {os.cpu_count()} cores, Python "
         f"{platform.python_version()}. Medians over {args.runs} runs (one at 1M triples); "
         f"ratios are to rdflib's in-memory store in the same run (below 1 is faster). "
         f"\"> {args.budget:g} s\" means rdflib was stopped at the time budget. Virtuoso "
         f"is asked with its native union default graph (`union_default=\"native\"`), "
         f"see docs/triplestore.md for what the explicit dataset costs."),
        "",
        header + " |",
        "|---:|---:|---|" + "---:|" * len(stores),
    ]
    measures = [("load", "load / push"), ("questions", "12 competency questions"),
                ("network", "4 network graphs"),
                ("shacl_per_release", "SHACL, one release graph"),
                ("shacl_all", "SHACL, all release graphs (est.)")]
    for result in results:
        figures = result["figures"]
        for key, label in measures:
            base = figures.get("rdflib", {}).get(key)
            cells = []
            for store in stores:
                value = figures.get(store, {}).get(key)
                if store == "rdflib":
                    over = value is None and figures.get("rdflib") is not None
                    cells.append(f"> {args.budget:g} s" if over else fmt(value))
                else:
                    limit = args.budget if base is None else None
                    cells.append(fmt(value) + ratio(value, base, limit))
            lines.append(f"| {result['quads']:,} | {result['releases']:,} | {label} | "
                         + " | ".join(cells) + " |")
    lines += ["", "## SHACL validation grows with the number of releases", "",
              ("Each release graph is validated alone with the reference and ontology graphs as "
               "context. Median seconds per release graph, read from each store (the sample "
               "size in brackets), and that median times the number of releases:"), "",
              "| triples | releases | " + " | ".join(f"{s}, one release" for s in stores)
              + " | " + " | ".join(f"{s}, all releases (est.)" for s in stores) + " |",
              "|---:|---:|" + "---:|" * (2 * len(stores))]
    for result in results:
        figures = result["figures"]
        per = [fmt(figures.get(s, {}).get("shacl_per_release")) for s in stores]
        total = [fmt(figures.get(s, {}).get("shacl_all")) for s in stores]
        lines.append(f"| {result['quads']:,} | {result['releases']:,} "
                     f"[{result['shacl_sample']}] | " + " | ".join(per + total) + " |")
    lines += ["", ("A graph read out of the embedded store or Virtuoso into an rdflib graph of its "
                   "own costs the same to validate whatever the size of the dataset, so the time "
                   "to validate every release grows linearly with their number. rdflib's own "
                   "column grows faster: a graph of an rdflib Dataset is a view on one shared "
                   "store, whose lookups slow down as the whole dataset grows."),
              "", "Raw figures: `bench/results/scale.json`.", ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget", type=float, default=120.0,
                        help="seconds at most per rdflib query, network or SHACL measurement "
                             "(loading is never cut short)")
    parser.add_argument("--shacl-sample", type=int, default=8,
                        help="release graphs validated per store and size")
    parser.add_argument("--no-virtuoso", action="store_true")
    parser.add_argument("--output", type=Path, default=RESULTS / "scale.md")
    parser.add_argument("--report-only", action="store_true",
                        help="only rewrite the Markdown table from the JSON of an earlier run")
    args = parser.parse_args(argv)
    if args.report_only:
        results = json.loads(args.output.with_suffix(".json").read_text(encoding="utf-8"))
        args.output.write_text(markdown(results, args), encoding="utf-8")
        return 0
    if not CQ_DIR.is_dir():
        print(f"the competency questions are not at {CQ_DIR}", file=sys.stderr)
        return 2
    results: list[dict[str, Any]] = []
    # stopped with SIGTERM, still stop Virtuoso and remove the temporary files
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    with tempfile.TemporaryDirectory(prefix="ltgraph-bench-") as tmp, \
            virtuoso_server(Path(tmp) / "virtuoso", not args.no_virtuoso) as server:
        for size in args.sizes:
            results.append(run_size(size, args, Path(tmp), server))
            write(results, args)
    print(f"wrote {args.output}")
    return 0


@contextlib.contextmanager
def virtuoso_server(folder: Path, wanted: bool) -> Iterator[Any]:
    if not wanted:
        yield None
        return
    import launch

    if launch.virtuoso_binary() is None:
        print("virtuoso-t is not installed: measuring without Virtuoso", file=sys.stderr)
        yield None
        return
    server = launch.VirtuosoServer(folder, "ltgraph_bench", secrets.token_urlsafe(12)).start()
    try:
        yield server
    finally:
        server.stop()


def write(results: list[dict[str, Any]], args: argparse.Namespace) -> None:
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(markdown(results, args), encoding="utf-8")
    args.output.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n",
                                                encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
