"""A remote SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB, ...) behind the :class:`Store` interface.

When the graph or its audience outgrows one machine, the data lives in an institutional
triplestore and ltgraph only talks to it: queries go to the query endpoint (SPARQL 1.1
Protocol), and data goes in through the SPARQL 1.1 Graph Store HTTP Protocol (a ``PUT`` per
named graph replaces it as a unit) or, without a graph store, through SPARQL Update (``DROP
SILENT GRAPH`` and ``INSERT DATA`` for that graph in one request). This module is the store
and its queries; the HTTP side (one client, credentials) is :mod:`ltgraph.store.remote_client`,
loading is :mod:`ltgraph.store.remote_load`, what stores do differently from the protocol is
:mod:`ltgraph.store.remote_dialect`, and JSON results are read by
:mod:`ltgraph.formats.sparql_results`.

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
now means the same: one default graph is as cheap for Virtuoso as its native one.) An endpoint
whose own default graph already is that merge, such as another ``ltgraph serve``, is read with
``union_default="endpoint"``: a query then carries no dataset unless it names one (the network
exports read an endpoint so, :func:`ltgraph.network.sources.connect`).

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
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from ltgraph.formats.files import NQUADS, TRIG
from ltgraph.formats.rdf import to_oxigraph, write_dataset
from ltgraph.formats.sparql_results import select_result_of
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
    is_relation_node,
)
from ltgraph.store.embedded import LABEL_PROPERTIES
from ltgraph.store.guard import inspect_query
from ltgraph.store.remote_client import (
    JSON_RESULTS,
    TURTLE,
    Credentials,
    RemoteClient,
    check_endpoint_url,
    credentials_from_environment,
)
from ltgraph.store.remote_dialect import refuse_store_extensions
from ltgraph.store.remote_load import GraphPush, GraphWriter, push_graphs
from ltgraph.terms import GRAPH as GRAPH_PREFIX

# A graph IRI no store holds: the protocol dataset when a client names only graphs not ours.
EMPTY_GRAPH = "urn:x-ltgraph:empty-graph"
GRAPH_CACHE_SECONDS = 5.0
# "dataset" and "native": the union graph push writes; "endpoint": the endpoint's own default
UNION_DEFAULTS = ("dataset", "native", "endpoint")


def union_graph_of(graph_prefix: str) -> str:
    """The graph holding the distinct union of the named graphs under ``graph_prefix``: what
    queries read as their default graph."""
    return graph_prefix + "union"


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
        if union_default not in UNION_DEFAULTS:
            raise StoreError(f"union_default: expected one of {', '.join(UNION_DEFAULTS)}, "
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
        self._writer = GraphWriter(self._http, graph_store=self.graph_store,
                                   update_endpoint=self.update_endpoint)
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
        return [g for g in self.stored_graphs() if g != self.union_graph]

    def stored_graphs(self, *, fresh: bool = False) -> list[str]:
        """Every graph under our prefix, the union graph included (cached for a few seconds,
        unless ``fresh``)."""
        cached = self._graph_cache
        if (not fresh and cached is not None
                and time.monotonic() - cached[0] < GRAPH_CACHE_SECONDS):
            return list(cached[1])
        found = self._list_graphs()
        self._graph_cache = (time.monotonic(), found)
        return list(found)

    def forget_graphs(self) -> None:
        """Drop the cached list of graphs, so the next query sees graphs another process
        pushed a moment ago (otherwise they appear within GRAPH_CACHE_SECONDS)."""
        self._graph_cache = None

    def describe(self, iri: str, *, with_labels: bool = True) -> Description:
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
        relation_nodes = sorted({str(q[0]) for q in incoming if is_relation_node(q[0])})
        relations: list[Quad] = []
        for start in range(0, len(relation_nodes), 200):
            values = " ".join(f"<{t}>" for t in relation_nodes[start:start + 200]
                              if is_safe_iri(t))
            relations += self._quads(
                f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        linked = {q[2] for q in (*outgoing, *relations) if isinstance(q[2], URIRef)}
        linked |= {q[0] for q in incoming}
        linked.discard(node)
        labels: list[Quad] = []
        terms = sorted(t for t in linked if isinstance(t, URIRef)) if with_labels else []
        for start in range(0, len(terms), 200):
            values = " ".join(f"<{t}>" for t in terms[start:start + 200])
            properties = " ".join(f"<{p}>" for p in LABEL_PROPERTIES)
            labels += self._quads(
                f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {values} }} "
                f"VALUES ?p {{ {properties} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        return Description(node, sorted(outgoing, key=_quad_key),
                           sorted(incoming, key=_quad_key), sorted(labels, key=_quad_key),
                           sorted(relations, key=_quad_key))

    def dump(self, format: DumpFormat = "trig") -> bytes:
        """Our graphs as N-Quads or TriG, read graph by graph and ordered as the embedded
        store orders its dump (graph, subject, predicate, object), so the same contents give
        the same bytes from either store."""
        if format not in ("trig", "nquads"):
            raise StoreError(f"unknown dump format {format!r}; expected trig or nquads")
        quads = (ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.NamedNode(g))
                 for s, p, o, g in self.quads_of_graphs(self.graphs()))
        return write_dataset(quads, NQUADS if format == "nquads" else TRIG)

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
        ours the dataset lacks are dropped only with ``prune`` (see
        :func:`ltgraph.store.remote_load.push_graphs`)."""
        try:
            return push_graphs(self, self._writer, Path(dataset_path), prune=prune)
        finally:
            self._graph_cache = None

    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Replace one named graph by the N-Triples text, as a unit."""
        self._writer.replace(graph, ntriples)
        self._graph_cache = None

    def drop_graph(self, graph: str) -> None:
        if not graph.startswith(self.graph_prefix):
            raise StoreError(f"<{graph}> is not one of this store's graphs; not dropped")
        self._writer.drop(graph)
        self._graph_cache = None

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
        if self.union_default == "endpoint":
            return [], []
        stored = self.stored_graphs()
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


_UNSAFE_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def is_safe_iri(iri: str) -> bool:
    """Whether ``iri`` can stand between ``<`` and ``>`` in a query (SPARQL's IRIREF): none of
    the characters that would end it or change what follows."""
    return bool(iri) and _UNSAFE_IN_IRI.search(iri) is None


_GRAPH_KEYWORD = re.compile(r"\bgraph\b", re.IGNORECASE)


def _may_name_graphs(sparql: str) -> bool:
    """Whether a query may use named graphs (``GRAPH``); a mere mention of the word in an IRI
    or a string also counts, which costs time, never correctness."""
    return _GRAPH_KEYWORD.search(sparql) is not None


def _sparql_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quad_key(quad: Quad) -> tuple[str, ...]:
    return tuple(term.n3() if isinstance(term, Node) else "" for term in quad)
