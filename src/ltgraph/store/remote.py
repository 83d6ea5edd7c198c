"""A remote SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB, ...) behind the :class:`Store` interface.

When the graph or its audience outgrows one machine, the data lives in an institutional
triplestore and ltgraph only talks to it: queries go to the query endpoint (SPARQL 1.1
Protocol), and data goes in through the SPARQL 1.1 Graph Store HTTP Protocol (a ``PUT`` per
named graph replaces it as a unit) or, without a graph store, through SPARQL Update (``DROP
SILENT GRAPH`` and ``INSERT DATA`` for that graph in one request). The HTTP side (one client,
credentials) is :mod:`ltgraph.store.remote_client`; what stores do differently from the
protocol is :mod:`ltgraph.store.remote_dialect`; JSON results are read by
:mod:`ltgraph.store.results`.

**Which graphs are ours.** A shared store holds other people's graphs and its own system graphs
(Virtuoso keeps its configuration in ``http://www.openlinksw.com/schemas/virtrdf#``). The store
therefore treats only the named graphs whose IRI starts with ``graph_prefix`` (by default
``https://w3id.org/ltgraph/graph/``) as its dataset: ``graphs()``, ``triple_count()``, ``dump()``
and ``load(prune)`` see nothing else, and nothing else is ever dropped.

**Union default graph.** Our queries expect the default graph to be the RDF merge of the named
graphs: a set, where a triple two graphs state counts once. Stores disagree (Virtuoso: the union
of *every* graph, system graphs included, and a triple once per graph stating it; Fuseki: an
empty default graph unless configured otherwise). So ``push`` also writes the distinct union of
the dataset's graphs as one more graph, ``{graph_prefix}union`` (:func:`union_graph_of`), and
every query names it as its default graph (``default-graph-uri``); a query that may use
``GRAPH`` also carries one ``named-graph-uri`` per graph of ours. That is plain SPARQL 1.1, gives
the same answers on every store and keeps other graphs out of reach. The union graph is never
listed among our graphs, dumped or counted. (``union_default="native"``, which once sent no
dataset and trusted the store's own default graph, a bag on Virtuoso, is still accepted and
now means the same: one default graph is as cheap for Virtuoso as its native one.)

**Safety.** Every query passes :func:`ltgraph.store.guard.inspect_query` first (no SERVICE, no
updates), dataset IRIs a client names are restricted to our graphs, and Virtuoso's built-in SQL
function namespaces (``bif:``, ``sql:``) are refused before anything is sent. Credentials come
only from the environment (``LTGRAPH_REMOTE_USER``, ``LTGRAPH_REMOTE_PASSWORD``) and never
appear in a message.
"""

from __future__ import annotations

import json
import re
import time
import typing
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from ltgraph.store.base import (
    AskResult,
    Description,
    DumpFormat,
    GraphResult,
    Quad,
    QueryRefused,
    QueryResult,
    Store,
    StoreError,
)
from ltgraph.store.embedded import LABEL_PROPERTIES, rdf_format_of, to_oxigraph
from ltgraph.store.guard import inspect_query
from ltgraph.store.remote_client import (  # noqa: F401 (the store's public names, re-exported)
    AUTH_ENV,
    JSON_RESULTS,
    PASSWORD_ENV,
    TURTLE,
    USER_ENV,
    Credentials,
    RemoteClient,
    RemoteHTTPError,
    check_endpoint_url,
    credentials_from_environment,
    with_query,
)
from ltgraph.store.remote_dialect import refuse_store_extensions
from ltgraph.store.results import select_result_of, term_of_json  # noqa: F401
from ltgraph.terms import GRAPH as GRAPH_PREFIX
from ltgraph.terms import PREFIXES

# A graph IRI no store holds: the protocol dataset when a client names only graphs not ours.
EMPTY_GRAPH = "urn:x-ltgraph:empty-graph"
GRAPH_CACHE_SECONDS = 5.0
# Triples per request when the union graph is written (a few MB of N-Triples each).
UNION_CHUNK_LINES = 50_000


def union_graph_of(graph_prefix: str) -> str:
    """The graph holding the distinct union of the named graphs under ``graph_prefix``: what
    queries read as their default graph."""
    return graph_prefix + "union"


@dataclass(frozen=True)
class GraphPush:
    """What happened to one named graph in a push."""

    graph: str
    triples: int
    action: str  # "replaced", "dropped" or "union" (the union graph, rewritten)


class RemoteStore(Store):
    """A SPARQL 1.1 store reached over HTTP. See the module docstring for the semantics.

    ``update_endpoint`` (SPARQL Update) or ``graph_store`` (Graph Store Protocol) is needed only
    to load; a store with neither is read-only. Credentials are read from the environment
    unless given (``None``: anonymous).
    """

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None,
                 graph_store: str | None = None, graph_prefix: str = GRAPH_PREFIX,
                 union_default: str = "dataset", timeout_s: float = 60.0,
                 credentials: Credentials | None | typing.Literal["environment"] = "environment"
                 ) -> None:
        if not endpoint:
            raise StoreError("remote store: no SPARQL endpoint URL given")
        if union_default not in ("dataset", "native"):
            raise StoreError(f"union_default: expected 'dataset' or 'native', "
                             f"got {union_default!r}")
        self.endpoint = check_endpoint_url(endpoint)
        self.update_endpoint = (check_endpoint_url(update_endpoint, "update endpoint")
                                if update_endpoint else None)
        self.graph_store = check_endpoint_url(graph_store, "graph store") if graph_store else None
        self.graph_prefix = graph_prefix
        self.union_graph = union_graph_of(graph_prefix)
        self.union_default = union_default
        self.timeout_s = timeout_s
        self._http = RemoteClient(credentials_from_environment() if credentials == "environment"
                                  else credentials, timeout_s)
        self._graph_cache: tuple[float, list[str]] | None = None

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    def after_fork(self) -> None:
        """In a forked query worker: HTTP connections of its own."""
        self._http.after_fork()

    def close(self) -> None:
        self._http.close()

    # -- reading --------------------------------------------------------------------------
    def query(self, sparql: str, *, default_graph_uris: Iterable[str] = (),
              named_graph_uris: Iterable[str] = (), timeout_s: float | None = None,
              max_rows: int | None = None) -> QueryResult:
        plan = inspect_query(sparql)
        sparql = plan.text  # the text the guard checked is the only one sent
        refuse_store_extensions(sparql)
        defaults, named = self._dataset_for(list(default_graph_uris), list(named_graph_uris),
                                            plan.from_graphs, plan.from_named_graphs,
                                            _may_name_graphs(sparql))
        limit = self.timeout_s if timeout_s is None else min(timeout_s, self.timeout_s)
        if plan.form in ("SELECT", "ASK"):
            answer = self._request_json(sparql, defaults, named, limit)
            if plan.form == "ASK":
                return AskResult(bool(answer.get("boolean")))
            return select_result_of(answer, max_rows)
        graph = self._request_graph(sparql, defaults, named, limit)
        truncated = max_rows is not None and len(graph) > max_rows
        if truncated:
            kept = Graph()
            for count, triple in enumerate(sorted(graph)):
                if count >= max_rows:  # type: ignore[operator]
                    break
                kept.add(triple)
            graph = kept
        return GraphResult(graph, "DESCRIBE" if plan.form == "DESCRIBE" else "CONSTRUCT",
                           truncated)

    def graphs(self) -> list[str]:
        return [g for g in self._stored_graphs() if g != self.union_graph]

    def _stored_graphs(self) -> list[str]:
        """Every graph under our prefix, the union graph included (cached for a few seconds)."""
        cached = self._graph_cache
        if cached is not None and time.monotonic() - cached[0] < GRAPH_CACHE_SECONDS:
            return list(cached[1])
        found = self._list_graphs()
        self._graph_cache = (time.monotonic(), found)
        return list(found)

    def forget_graphs(self) -> None:
        """Drop the cached list of graphs, so the next query sees graphs another process
        pushed a moment ago (otherwise they appear within GRAPH_CACHE_SECONDS)."""
        self._graph_cache = None

    def describe(self, iri: str) -> Description:
        node = URIRef(iri)
        if not is_safe_iri(iri):  # it is written into the query text: no way out of <...>
            return Description(node)
        fragment_start = _sparql_string(iri + "#")
        outgoing = self._quads(
            f"SELECT ?s ?p ?o ?g WHERE {{ {{ GRAPH ?g {{ <{iri}> ?p ?o }} BIND(<{iri}> AS ?s) }}"
            f" UNION {{ GRAPH ?g {{ ?s ?p ?o "
            f"FILTER(isIRI(?s) && STRSTARTS(STR(?s), {fragment_start})) }} }} }}")
        incoming = self._quads(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p <{iri}> }} BIND(<{iri}> AS ?o) }}")
        linked = {q[2] for q in outgoing if isinstance(q[2], URIRef)} | {q[0] for q in incoming}
        linked.discard(node)
        labels: list[Quad] = []
        terms = sorted(t for t in linked if isinstance(t, URIRef))
        for start in range(0, len(terms), 200):
            values = " ".join(f"<{t}>" for t in terms[start:start + 200])
            properties = " ".join(f"<{p}>" for p in LABEL_PROPERTIES)
            labels += self._quads(
                f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {values} }} "
                f"VALUES ?p {{ {properties} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        return Description(node, sorted(outgoing, key=_quad_key),
                           sorted(incoming, key=_quad_key), sorted(labels, key=_quad_key))

    def dump(self, format: DumpFormat = "trig") -> bytes:
        """Our graphs as N-Quads or TriG, read graph by graph and ordered as the embedded
        store orders its dump (graph, subject, predicate, object), so the same contents give
        the same bytes from either store."""
        if format not in ("trig", "nquads"):
            raise StoreError(f"unknown dump format {format!r}; expected trig or nquads")
        quads = sorted((ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.NamedNode(g))
                        for s, p, o, g in self.quads_of_graphs(self.graphs())),
                       key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                      str(q.object)))
        if format == "nquads":
            return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)

    def triple_count(self) -> int:
        graphs = self.graphs()
        if not graphs:
            return 0
        answer = self._request_json("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                                    [EMPTY_GRAPH], graphs, self.timeout_s)
        rows = select_result_of(answer, None).rows
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    def graph_counts(self) -> dict[str, int]:
        """Triples per graph of ours (what a push is checked against)."""
        graphs = self.graphs()
        if not graphs:
            return {}
        answer = self._request_json(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            [EMPTY_GRAPH], graphs, self.timeout_s)
        return {str(g): int(n) for g, n in select_result_of(answer, None).rows}

    def quads_of_graphs(self, graphs: Iterable[str]) -> Iterator[Quad]:
        """Every quad of the given graphs, one request per graph (so no result is larger than
        one graph, whatever row cap the store has)."""
        for graph in graphs:
            if not is_safe_iri(graph):
                raise StoreError(f"{graph!r} is not an IRI")
            answer = self._request_json(
                f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                [EMPTY_GRAPH], [graph], self.timeout_s)
            for s, p, o in select_result_of(answer, None).rows:
                yield (s, p, o, URIRef(graph))  # type: ignore[misc]

    # -- loading --------------------------------------------------------------------------
    def load(self, dataset_path: Path) -> None:
        """Replace our graphs with the dataset's (each graph as a unit), dropping graphs of
        ours the dataset no longer has. Readers may see some graphs new and others old while
        it runs: a remote store offers atomicity per graph, not per dataset."""
        self.push(dataset_path, prune=True)

    def push(self, dataset_path: Path, *, prune: bool = False) -> list[GraphPush]:
        """Put every named graph of the dataset into the store, replacing each as a unit.
        Pushing the same dataset twice leaves the store as the first push left it. Graphs of
        ours the dataset lacks are dropped only with ``prune``."""
        graphs = read_dataset_graphs(Path(dataset_path))
        foreign = [g for g in graphs if not g.startswith(self.graph_prefix)]
        if foreign:
            raise StoreError(f"{Path(dataset_path).name}: graph <{foreign[0]}> is outside the "
                             f"store's graph prefix <{self.graph_prefix}>")
        if self.union_graph in graphs:
            raise StoreError(f"{Path(dataset_path).name}: graph <{self.union_graph}> is the "
                             "store's own union of the others; a dataset cannot hold it")
        existing = set(self._list_graphs()) - {self.union_graph}
        report = []
        for graph, ntriples in sorted(graphs.items()):
            self.replace_graph(graph, ntriples)
            report.append(GraphPush(graph, ntriples.count("\n"), "replaced"))
        for graph in sorted(existing - set(graphs)) if prune else ():
            self.drop_graph(graph)
            report.append(GraphPush(graph, 0, "dropped"))
        others = set() if prune else existing - set(graphs)
        report.append(GraphPush(self.union_graph, self._write_union(graphs, others), "union"))
        self._graph_cache = None
        return report

    def _write_union(self, pushed: Mapping[str, str], others: Iterable[str]) -> int:
        """Replace the union graph by the distinct triples of every graph of ours: the pushed
        ones from their text, the others (kept without ``prune``) read back from the store.
        Written in chunks (one replace, then additions), so a reader may briefly see part of
        it while a push runs. Returns its number of triples."""
        lines = {line for text in pushed.values() for line in text.splitlines(keepends=True)}
        for graph in sorted(others):
            lines.update(_ntriples_line(s, p, o) for s, p, o, _ in self.quads_of_graphs([graph]))
        ordered = sorted(lines)
        self.replace_graph(self.union_graph, "".join(ordered[:UNION_CHUNK_LINES]))
        for start in range(UNION_CHUNK_LINES, len(ordered), UNION_CHUNK_LINES):
            self.add_to_graph(self.union_graph, "".join(ordered[start:start + UNION_CHUNK_LINES]))
        return len(ordered)

    def add_to_graph(self, graph: str, ntriples: str) -> None:
        """Add the N-Triples text to one named graph (Graph Store POST or INSERT DATA)."""
        if self.graph_store:
            url = with_query(self.graph_store, {"graph": graph})
            self._send("POST", url, ntriples.encode("utf-8"), "text/turtle; charset=utf-8")
        elif self.update_endpoint:
            self._send_update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}}} }}")
        else:
            raise StoreError("this remote store is read-only: give an update endpoint or a "
                             "graph store URL to load it")

    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Replace one named graph by the N-Triples text, as a unit."""
        if self.graph_store:
            url = with_query(self.graph_store, {"graph": graph})
            self._send("PUT", url, ntriples.encode("utf-8"), "text/turtle; charset=utf-8")
        elif self.update_endpoint:
            update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n" \
                     f"{ntriples}}} }}"
            self._send_update(update)
        else:
            raise StoreError("this remote store is read-only: give an update endpoint or a "
                             "graph store URL to load it")

    def drop_graph(self, graph: str) -> None:
        if not graph.startswith(self.graph_prefix):
            raise StoreError(f"<{graph}> is not one of this store's graphs; not dropped")
        if self.graph_store:
            url = with_query(self.graph_store, {"graph": graph})
            try:
                self._send("DELETE", url, None, None)
            except RemoteHTTPError as error:
                if error.status != 404:
                    raise
            self._graph_cache = None
        elif self.update_endpoint:
            self._send_update(f"DROP SILENT GRAPH <{graph}>")
            self._graph_cache = None
            return
        else:
            raise StoreError("this remote store is read-only: give an update endpoint or a "
                             "graph store URL to change it")

    # -- HTTP -----------------------------------------------------------------------------
    def _dataset_for(self, defaults: list[str], named: list[str], from_graphs: tuple[str, ...],
                     from_named: tuple[str, ...], uses_graph: bool = True
                     ) -> tuple[list[str], list[str]]:
        """The protocol dataset to send with a query.

        Nothing named: the union graph is the default graph, and our graphs are the named
        graphs when the query may use them (``uses_graph``: its text has the word GRAPH; a
        query without it cannot reach a named graph, and leaving out hundreds of graph IRIs
        saves Virtuoso most of its work). A protocol dataset from the client: kept to our
        graphs (others are empty graphs, as in the embedded store). FROM / FROM NAMED in the
        query: Virtuoso lets them win over the protocol's parameters (SPARQL 1.1 says the
        reverse), so such a query may name only our graphs, may not be combined with a
        protocol dataset, and the half of the dataset it leaves out is sent as an empty graph
        (else Virtuoso fills it with every graph it has).
        """
        if from_graphs or from_named:
            if defaults or named:
                raise QueryRefused("give the dataset either in the query (FROM, FROM NAMED) "
                                   "or as default-graph-uri/named-graph-uri, not both")
            ours = set(self.graphs())
            for graph in (*from_graphs, *from_named):
                if graph not in ours:
                    raise QueryRefused(f"<{graph}> is not a graph of this dataset")
            return ([] if from_graphs else [EMPTY_GRAPH]), ([] if from_named else [EMPTY_GRAPH])
        if defaults or named:
            ours = set(self.graphs())
            return ([g for g in defaults if g in ours] or [EMPTY_GRAPH],
                    [g for g in named if g in ours] or [EMPTY_GRAPH])
        stored = self._stored_graphs()
        graphs = [g for g in stored if g != self.union_graph]
        if graphs and self.union_graph not in stored:
            raise StoreError(f"the remote store has our graphs but not their union "
                             f"<{self.union_graph}>; push the dataset again with ltgraph push")
        union = [self.union_graph] if graphs else [EMPTY_GRAPH]
        if not uses_graph:
            return union, []
        return union, graphs or [EMPTY_GRAPH]

    def _request_json(self, sparql: str, defaults: list[str], named: list[str],
                      timeout_s: float) -> dict:
        answer = self._http.query(self.endpoint, sparql, defaults=defaults, named=named,
                                  timeout_s=timeout_s, accept=JSON_RESULTS)
        try:
            return json.loads(answer.body.decode("utf-8"))
        except ValueError:
            raise StoreError("the remote store's answer is not SPARQL JSON results") from None

    def _request_graph(self, sparql: str, defaults: list[str], named: list[str],
                       timeout_s: float) -> Graph:
        answer = self._http.query(self.endpoint, sparql, defaults=defaults, named=named,
                                  timeout_s=timeout_s, accept=TURTLE)
        media = answer.media_type or TURTLE
        graph = Graph()
        try:
            graph.parse(data=answer.body.decode("utf-8"),
                        format="nt" if media == "application/n-triples" else "turtle")
        except Exception:  # noqa: BLE001 - rdflib's parsers raise many types
            raise StoreError(f"the remote store's graph answer ({media}) does not parse") \
                from None
        return graph

    def _quads(self, sparql: str) -> list[Quad]:
        graphs = self.graphs()
        if not graphs:
            return []
        answer = self._request_json(sparql, [EMPTY_GRAPH], graphs, self.timeout_s)
        rows = select_result_of(answer, None).rows
        return [(s, p, o, g) for s, p, o, g in rows]  # type: ignore[misc]

    def _list_graphs(self) -> list[str]:
        answer = self._request_json(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {_sparql_string(self.graph_prefix)})) }}",
            [], [], self.timeout_s)
        return sorted(str(row[0]) for row in select_result_of(answer, None).rows)

    def _send_update(self, update: str) -> None:
        assert self.update_endpoint is not None
        self._http.send("POST", self.update_endpoint,
                        urllib.parse.urlencode({"update": update}).encode("utf-8"),
                        "application/x-www-form-urlencoded")

    def _send(self, method: str, url: str, body: bytes | None, media: str | None) -> None:
        self._http.send(method, url, body, media)


_UNSAFE_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def is_safe_iri(iri: str) -> bool:
    """Whether ``iri`` can stand between ``<`` and ``>`` in a query (SPARQL's IRIREF): none of
    the characters that would end it or change what follows."""
    return bool(iri) and _UNSAFE_IN_IRI.search(iri) is None


def read_dataset_graphs(path: Path) -> dict[str, str]:
    """The named graphs of a TriG or N-Quads file, each as N-Triples text (sorted lines, so
    the same graph always gives the same text). Triples in the default graph are an error:
    a push replaces graphs, and a default graph has no name to replace."""
    if not path.is_file():
        raise StoreError(f"{path}: no such dataset file")
    graphs: dict[str, list[str]] = {}
    try:
        for quad in ox.parse(path=str(path), format=rdf_format_of(path)):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                raise StoreError(f"{path.name}: a triple in the default graph ({quad.subject}); "
                                 "every triple must be in a named graph")
            if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
                raise StoreError(f"{path.name}: blank node in graph {quad.graph_name}; the "
                                 "dataset must have none (they cannot be replaced idempotently)")
            graphs.setdefault(quad.graph_name.value, []).append(
                f"{quad.subject} {quad.predicate} {quad.object} .\n")
    except SyntaxError as error:
        raise StoreError(f"{path.name}: {error}") from None
    return {g: "".join(sorted(set(lines))) for g, lines in graphs.items()}


_GRAPH_KEYWORD = re.compile(r"\bgraph\b", re.IGNORECASE)


def _may_name_graphs(sparql: str) -> bool:
    """Whether a query may use named graphs (``GRAPH``); a mere mention of the word in an IRI
    or a string also counts, which costs time, never correctness."""
    return _GRAPH_KEYWORD.search(sparql) is not None


def _ntriples_line(s: Node, p: Node, o: Node) -> str:
    return f"{to_oxigraph(s)} {to_oxigraph(p)} {to_oxigraph(o)} .\n"


def _sparql_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quad_key(quad: Quad) -> tuple[str, ...]:
    return tuple(term.n3() if isinstance(term, Node) else "" for term in quad)
