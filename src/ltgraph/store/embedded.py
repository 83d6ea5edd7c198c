"""The embedded default store: pyoxigraph, in memory or on disk, spoken to in rdflib terms.

Chosen by measurement (``bench/bench_store.py``, figures in ``bench/README.md``): at 100k
triples shaped like our graph, pyoxigraph answers the city co-attendance query about two orders
of magnitude faster than rdflib's memory store and loads several times faster.

``load`` builds a complete new store and then swaps one reference, so readers see the old data
or the new. On disk the same holds: each load fills a fresh generation directory under the
store path and an atomically replaced ``CURRENT`` file names the live one.

**The default graph is a set.** SPARQL's default graph here is the RDF merge of the named
graphs: a triple two graphs state is one triple. pyoxigraph's union default graph is a bag (it
gives such a triple once per graph), so ``load`` materialises the distinct union as the store's
own default graph and queries read that; ``GRAPH ?g`` still sees each named graph apart. What it
costs at 100k and 1M triples: ``bench/bench_store.py --union`` (figures in ``bench/README.md``).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import threading
import uuid
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS
from rdflib.term import Identifier

from ltgraph.formats.files import NQUADS, TRIG, UnknownSyntax, syntax_of
from ltgraph.formats.rdf import to_oxigraph, to_rdflib, write_dataset
from ltgraph.store.base import (
    AskResult,
    Description,
    DumpFormat,
    GraphResult,
    Quad,
    QueryRefused,
    QueryResult,
    QuerySyntaxError,
    SelectResult,
    Store,
    StoreError,
    is_relation_node,
)
from ltgraph.store.guard import CAST_FUNCTIONS, inspect_query, quick_plan, spells_service
from ltgraph.store.pattern import answer_rows, one_pattern_select
from ltgraph.terms import BASE, SCHEMA

LABEL_PROPERTIES = (RDFS.label, SKOS.prefLabel, SCHEMA.name, SCHEMA.headline)
# how pyoxigraph refuses to call a function it does not know
_UNKNOWN_FUNCTION = re.compile(r"custom function <([^>]*)> is not supported")
_LABEL_NODES = tuple(ox.NamedNode(str(p)) for p in LABEL_PROPERTIES)


def rdf_format_of(path: Path) -> ox.RdfFormat:
    """The syntax of a dataset file (:mod:`ltgraph.formats.files`), as pyoxigraph names it."""
    try:
        return syntax_of(path).oxigraph
    except UnknownSyntax as error:
        raise StoreError(str(error)) from None


class EmbeddedStore(Store):
    """pyoxigraph behind the :class:`Store` interface.

    ``path=None`` keeps everything in memory; a path keeps generations of an on-disk store there.
    Relative IRIs in a query without BASE resolve against ``base_iri`` (the dataset's base).
    """

    def __init__(self, path: Path | None = None, *, base_iri: str = BASE) -> None:
        self.path = Path(path) if path is not None else None
        self.base_iri = base_iri
        self._lock = threading.Lock()
        self._dumps: dict[str, bytes] = {}
        self._store = self._open_current() if self.path else ox.Store()
        self._fragments, self._count = self._index_fragments(self._store)
        self._version = uuid.uuid4().hex

    # -- loading --------------------------------------------------------------------------
    def load(self, dataset_path: Path) -> None:
        dataset_path = Path(dataset_path)
        if not dataset_path.is_file():
            raise StoreError(f"{dataset_path}: no such dataset file")
        if self.path is None:
            fresh, generation = ox.Store(), None
            fill(fresh, dataset_path)
        else:
            generation = self._next_generation()
            fill_apart(self.path / generation, dataset_path)
            fresh = ox.Store(str(self.path / generation))
        fragments, count = self._index_fragments(fresh)
        with self._lock:
            self._store, self._fragments, self._dumps = fresh, fragments, {}
            self._count = count
            self._version = uuid.uuid4().hex
        if generation is not None:
            self._make_current(generation)
            self._generation = generation

    def after_fork(self) -> None:
        """In a forked query worker: open the on-disk store read-only instead of sharing the
        parent's handle (an in-memory store is simply shared copy-on-write)."""
        if self.path is not None:
            # the parent's handle is never closed here (its destructor would act on the
            # parent's RocksDB state from the child); it is kept and simply not used
            self._inherited = self._store
            self._store = ox.Store.read_only(str(self.path / self._generation))

    def is_empty(self) -> bool:
        return len(self._store) == 0

    def _open_current(self) -> ox.Store:
        assert self.path is not None
        self.path.mkdir(parents=True, exist_ok=True)
        current = self.path / "CURRENT"
        if current.is_file():
            name = current.read_text().strip()
            if (self.path / name).is_dir():
                self._generation = name
                store = ox.Store(str(self.path / name))
                materialise_union(store)  # a generation written before the union existed
                return store
        self._generation = "gen-0"
        self._make_current("gen-0")
        return ox.Store(str(self.path / "gen-0"))

    def _next_generation(self) -> str:
        assert self.path is not None
        numbers = [int(p.name[4:]) for p in self.path.glob("gen-*") if p.name[4:].isdigit()]
        return f"gen-{max(numbers, default=0) + 1}"

    def _make_current(self, generation: str) -> None:
        assert self.path is not None
        tmp = self.path / "CURRENT.tmp"
        tmp.write_text(generation + "\n")
        os.replace(tmp, self.path / "CURRENT")
        for old in self.path.glob("gen-*"):
            if old.name != generation:
                shutil.rmtree(old, ignore_errors=True)

    @staticmethod
    def _index_fragments(store: ox.Store) -> tuple[dict[str, list[str]], int]:
        """Document IRI -> its fragment IRIs that are subjects, so a document can carry the
        resources it names with ``#...`` (evidence, spans, memberships); and the number of
        quads in the named graphs."""
        index: dict[str, set[str]] = {}
        count = 0
        for quad in store.quads_for_pattern(None, None, None, None):
            if not isinstance(quad.graph_name, ox.NamedNode):
                continue
            count += 1
            subject = quad.subject
            if isinstance(subject, ox.NamedNode) and "#" in subject.value:
                document = subject.value.split("#", 1)[0]
                index.setdefault(document, set()).add(subject.value)
        return {doc: sorted(frags) for doc, frags in index.items()}, count

    # -- reading --------------------------------------------------------------------------
    def query(self, sparql: str, *, default_graph_uris: Iterable[str] = (),
              named_graph_uris: Iterable[str] = (), timeout_s: float | None = None,
              max_rows: int | None = None) -> QueryResult:
        return answer_query(self._store, self.base_iri, sparql, default_graph_uris,
                            named_graph_uris, max_rows)

    def worker_copy(self) -> ReadOnlyQueries | None:
        """On disk: what a query worker started apart from the server needs (the live
        generation's directory and the base IRI), so that the worker shares none of the
        server's memory; in memory: None, the store is reached only by forking this process."""
        if self.path is None:
            return None
        return ReadOnlyQueries(str(self.path / self._generation), self.base_iri)

    def own_query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        """A query the server wrote itself, evaluated here without the guard's parse (which
        costs 10-50 ms a text, more than most page queries). Such texts are fixed, their IRIs
        checked by ``iri_ref``; still, a text that spells SERVICE outside its IRIs is refused
        (:func:`~ltgraph.store.guard.spells_service`)."""
        if spells_service(sparql):
            raise QueryRefused("SERVICE is never evaluated by this server")
        try:
            answer = self._store.query(sparql, base_iri=self.base_iri)
            return _convert(answer, "CONSTRUCT", max_rows)
        except SyntaxError as error:
            raise QuerySyntaxError(" ".join(str(error).split())) from None
        except OSError:
            raise QueryRefused("the query asked the engine for input or output, which this "
                               "service never performs") from None

    def own_select_text(self, sparql: str, *,
                        max_rows: int | None = None) -> list[dict[str, str]]:
        """:meth:`Store.own_select_text` read from the engine's terms directly (their ``value``
        is the text), without making rdflib terms."""
        if spells_service(sparql):
            raise QueryRefused("SERVICE is never evaluated by this server")
        try:
            answer = self._store.query(sparql, base_iri=self.base_iri)
            if not isinstance(answer, ox.QuerySolutions):
                raise TypeError("own_select_text answers SELECT queries only")
            names = [v.value for v in answer.variables]
            found = []
            for solution in answer:
                if max_rows is not None and len(found) >= max_rows:
                    break
                found.append({name: term.value for name, term in zip(names, solution,
                                                                      strict=True)
                              if term is not None})
            return found
        except SyntaxError as error:
            raise QuerySyntaxError(" ".join(str(error).split())) from None
        except OSError:
            raise QueryRefused("the query asked the engine for input or output, which this "
                               "service never performs") from None

    def pattern_select(self, sparql: str, *, max_rows: int | None = None) -> SelectResult | None:
        """One triple pattern, read by :mod:`ltgraph.store.pattern` and answered from the
        default graph's index in this process; None for any other text or a long answer."""
        pattern = one_pattern_select(sparql)
        answered = None if pattern is None else answer_rows(self._store, pattern, max_rows)
        if answered is None:
            return None
        rows, truncated = answered
        return SelectResult(list(pattern.variables),  # type: ignore[union-attr]
                            [tuple(to_rdflib(term) for term in row) for row in rows], truncated)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def describe(self, iri: str, *, with_labels: bool = True) -> Description:
        store, fragments = self._store, self._fragments
        try:
            node = ox.NamedNode(iri)
        except ValueError:  # not an IRI at all: nothing is known about it
            return Description(URIRef(iri))
        subjects = [node, *(ox.NamedNode(f) for f in fragments.get(iri, ()))]
        outgoing = [q for s in subjects for q in _quads(store, s, None, None)]
        incoming = _quads(store, None, None, node)
        relations = [q for s in sorted({q[0] for q in incoming if is_relation_node(q[0])})
                     for q in _quads(store, to_oxigraph(s), None, None)]
        linked = {q[2] for q in (*outgoing, *relations) if isinstance(q[2], URIRef)}
        linked |= {q[0] for q in incoming}
        linked.discard(URIRef(iri))
        if not with_labels:
            linked.clear()
        # one index look-up per label property: a linked hub may state thousands of others
        labels = [(term, URIRef(q.predicate.value), to_rdflib(q.object), to_rdflib(q.graph_name))
                  for term in sorted(linked) for predicate in _LABEL_NODES
                  for q in store.quads_for_pattern(to_oxigraph(term), predicate, None, None)
                  if isinstance(q.graph_name, ox.NamedNode)]
        return Description(URIRef(iri), outgoing, incoming, labels, relations)

    def dump(self, format: DumpFormat = "trig") -> bytes:
        with self._lock:
            cached = self._dumps.get(format)
        if cached is not None:
            return cached
        if format not in ("trig", "nquads"):
            raise StoreError(f"unknown dump format {format!r}; expected trig or nquads")
        data = write_dataset((q for q in self._store.quads_for_pattern(None, None, None, None)
                              if isinstance(q.graph_name, ox.NamedNode)),
                             NQUADS if format == "nquads" else TRIG)
        with self._lock:
            self._dumps[format] = data
        return data

    def version(self) -> str | None:
        """New at each load (and at each opening of the store): nothing else changes it."""
        return self._version

    def triple_count(self) -> int:
        return self._count


def answer_query(store: ox.Store, base_iri: str, sparql: str, default_graph_uris: Iterable[str],
                 named_graph_uris: Iterable[str], max_rows: int | None) -> QueryResult:
    """A client's query evaluated on ``store`` after the guard's checks (the work of
    :meth:`EmbeddedStore.query`, in the server or in a query worker)."""
    defaults, named = list(default_graph_uris), list(named_graph_uris)
    quick = quick_plan(sparql)  # a small query the engine's own parse is enough for
    plan = quick or inspect_query(sparql)
    options: dict[str, object] = {"base_iri": base_iri}
    if defaults or named:
        options["default_graph"] = [ox.NamedNode(u) for u in defaults]
        options["named_graphs"] = [ox.NamedNode(u) for u in named]
    # otherwise the default graph is the materialised distinct union (see ``load``)
    try:
        answer = store.query(plan.text, **options)
        return _convert(answer, plan.form, max_rows, plan.star_variables)
    except SyntaxError as error:
        if quick is not None:
            inspect_query(sparql)  # the guard's own words for updates and syntax errors
        raise QuerySyntaxError(" ".join(str(error).split())) from None
    except RuntimeError as error:
        unknown = _UNKNOWN_FUNCTION.search(str(error))
        if unknown is None or unknown.group(1) in CAST_FUNCTIONS:
            raise
        raise QueryRefused(f"unknown function <{unknown.group(1)}>; this endpoint knows "
                           "the functions of SPARQL 1.1 and the XSD casts, no extensions"
                           ) from None
    except OSError:  # pyoxigraph's I/O errors; their text may quote another server's reply
        raise QueryRefused("the query asked the engine for input or output, which this "
                           "service never performs") from None


class ReadOnlyQueries:
    """The queries of an on-disk store, for a query worker started apart from the server (by
    a small process that never held the server's data): it knows only where the store is and
    opens it read-only itself, in :meth:`after_fork`, once the worker has given up its network
    access. Why: a worker forked from the server shares the server's heap (labels, lists, kept
    pages: hundreds of MiB at a million triples) only until the server writes to it, and then
    each page written is copied."""

    def __init__(self, directory: str, base_iri: str) -> None:
        self.directory, self.base_iri = directory, base_iri
        self._store: ox.Store | None = None

    def after_fork(self) -> None:
        self._store = ox.Store.read_only(self.directory)

    def query(self, sparql: str, *, default_graph_uris: Iterable[str] = (),
              named_graph_uris: Iterable[str] = (), timeout_s: float | None = None,
              max_rows: int | None = None) -> QueryResult:
        if self._store is None:
            raise StoreError("the store was not opened in this worker")
        return answer_query(self._store, self.base_iri, sparql, default_graph_uris,
                            named_graph_uris, max_rows)


def fill(store: ox.Store, dataset_path: Path) -> None:
    """Load a dataset file into an empty store and materialise its default graph."""
    try:
        store.bulk_load(path=str(dataset_path), format=rdf_format_of(dataset_path))
    except (SyntaxError, ValueError) as error:
        raise StoreError(f"{dataset_path.name}: {error}") from None
    materialise_union(store)


def fill_apart(directory: Path, dataset_path: Path) -> None:
    """Fill a new on-disk store in a process of its own, which then exits.

    Why: loading leaves the loading process hundreds of MiB of heap that the C allocator
    keeps for later (parse buffers, RocksDB's write buffers), and the query workers forked
    from the server would share them. Filled apart, that memory ends with its process; the
    server opens the finished store. The process is started afresh, not forked: RocksDB's
    background threads do not survive a fork, and a store written from a forked copy of a
    process that had one open waits for them for ever.
    """
    import subprocess

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run([sys.executable, "-m", "ltgraph.store.embedded", str(directory),
                           str(dataset_path)], env=env, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        shutil.rmtree(directory, ignore_errors=True)
        lines = done.stderr.strip().splitlines()
        raise StoreError(lines[-1] if lines else f"{dataset_path.name}: the loading process "
                         f"stopped with status {done.returncode}")


def _fill_directory(directory: str, dataset_path: str) -> int:
    """The loading process of :func:`fill_apart`: its last line on error says why."""
    try:
        store = ox.Store(directory)
        fill(store, Path(dataset_path))
        store.flush()
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    except (OSError, RuntimeError) as error:
        print(f"{Path(dataset_path).name}: {error}", file=sys.stderr)
        return 1
    return 0


def materialise_union(store: ox.Store) -> None:
    """Make the store's default graph the distinct union (RDF merge) of its named graphs.

    Why: SPARQL's default graph here is the merge of the named graphs, a set; pyoxigraph's own
    union default graph repeats a triple once per graph stating it. A store whose default graph
    already holds triples is left as it is (it was materialised when it was written).
    """
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        return
    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                      for q in store.quads_for_pattern(None, None, None, None)
                      if isinstance(q.graph_name, ox.NamedNode))


def _quads(store: ox.Store, s: object, p: object, o: object) -> list[Quad]:
    return [(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object),
             to_rdflib(q.graph_name))  # type: ignore[misc]
            for q in store.quads_for_pattern(s, p, o, None)
            if isinstance(q.graph_name, ox.NamedNode)]


def _convert(answer: object, form: str, max_rows: int | None,
             order: tuple[str, ...] = ()) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return AskResult(bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        rank = {name: index for index, name in enumerate(order)}
        names = [v.value for v in answer.variables]
        columns = sorted(range(len(names)), key=lambda i: rank.get(names[i], len(rank)))
        rows: list[tuple[Identifier | None, ...]] = []
        truncated = False
        for solution in answer:
            if max_rows is not None and len(rows) >= max_rows:
                truncated = True
                break
            values = tuple(solution)
            rows.append(tuple(to_rdflib(values[i]) for i in columns))
        return SelectResult([names[i] for i in columns], rows, truncated)
    graph = Graph()
    truncated = False
    for count, triple in enumerate(answer):  # type: ignore[call-overload]
        if max_rows is not None and count >= max_rows:
            truncated = True
            break
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate),
                   to_rdflib(triple.object)))
    return GraphResult(graph, "DESCRIBE" if form == "DESCRIBE" else "CONSTRUCT", truncated)


if __name__ == "__main__":
    sys.exit(_fill_directory(*sys.argv[1:3]))
