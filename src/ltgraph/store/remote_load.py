"""Loading a remote store: the named graphs of a dataset file, each replacing the store's graph
of the same name as a unit, and the union graph queries read as their default graph.

A graph goes in through the SPARQL 1.1 Graph Store HTTP Protocol (one ``PUT``) or, without a
graph store, through SPARQL Update (``DROP SILENT GRAPH`` and ``INSERT DATA`` in one request),
so a reader never sees half a release. Pushing the same dataset twice leaves the store as the
first push left it; graphs outside the store's prefix are never written or dropped.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib.term import Node

from ltgraph.formats.rdf import to_oxigraph
from ltgraph.store.base import StoreError
from ltgraph.store.embedded import rdf_format_of
from ltgraph.store.remote_client import RemoteClient, RemoteHTTPError, with_query

if TYPE_CHECKING:
    from ltgraph.store.remote import RemoteStore

# Triples per request when the union graph is written (a few MB of N-Triples each).
UNION_CHUNK_LINES = 50_000
READ_ONLY = ("this remote store is read-only: give an update endpoint or a graph store URL to "
             "load it")


@dataclass(frozen=True)
class GraphPush:
    """What happened to one named graph in a push."""

    graph: str
    triples: int
    action: str  # "replaced", "dropped" or "union" (the union graph, rewritten)


class GraphWriter:
    """Writes whole named graphs, through the Graph Store Protocol when there is one, else
    through SPARQL Update; with neither, every write is refused as read-only."""

    def __init__(self, client: RemoteClient, *, graph_store: str | None,
                 update_endpoint: str | None) -> None:
        self._client = client
        self.graph_store = graph_store
        self.update_endpoint = update_endpoint

    def replace(self, graph: str, ntriples: str) -> None:
        """Replace one named graph by the N-Triples text, as a unit."""
        if self.graph_store:
            self._client.send("PUT", self._graph_url(graph), ntriples.encode("utf-8"),
                              "text/turtle; charset=utf-8")
        else:
            self._update(f"DROP SILENT GRAPH <{graph}> ;\n"
                         f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}}} }}")

    def add(self, graph: str, ntriples: str) -> None:
        """Add the N-Triples text to one named graph (Graph Store POST or INSERT DATA)."""
        if self.graph_store:
            self._client.send("POST", self._graph_url(graph), ntriples.encode("utf-8"),
                              "text/turtle; charset=utf-8")
        else:
            self._update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}}} }}")

    def drop(self, graph: str) -> None:
        """Drop one named graph; a graph that is not there is no error."""
        if self.graph_store:
            try:
                self._client.send("DELETE", self._graph_url(graph), None, None)
            except RemoteHTTPError as error:
                if error.status != 404:
                    raise
        else:
            self._update(f"DROP SILENT GRAPH <{graph}>")

    def _graph_url(self, graph: str) -> str:
        assert self.graph_store is not None
        return with_query(self.graph_store, {"graph": graph})

    def _update(self, update: str) -> None:
        if not self.update_endpoint:
            raise StoreError(READ_ONLY)
        self._client.send("POST", self.update_endpoint,
                          urllib.parse.urlencode({"update": update}).encode("utf-8"),
                          "application/x-www-form-urlencoded")


def push_graphs(store: RemoteStore, writer: GraphWriter, dataset_path: Path, *,
                prune: bool) -> list[GraphPush]:
    """Put every named graph of the dataset into the store, replacing each as a unit, drop
    graphs of ours the dataset lacks (only with ``prune``), and rewrite the union graph."""
    graphs = read_dataset_graphs(dataset_path)
    foreign = [g for g in graphs if not g.startswith(store.graph_prefix)]
    if foreign:
        raise StoreError(f"{dataset_path.name}: graph <{foreign[0]}> is outside the "
                         f"store's graph prefix <{store.graph_prefix}>")
    if store.union_graph in graphs:
        raise StoreError(f"{dataset_path.name}: graph <{store.union_graph}> is the "
                         "store's own union of the others; a dataset cannot hold it")
    if not (writer.graph_store or writer.update_endpoint):
        raise StoreError(READ_ONLY)
    existing = set(store.stored_graphs(fresh=True)) - {store.union_graph}
    report = []
    for graph, ntriples in sorted(graphs.items()):
        writer.replace(graph, ntriples)
        report.append(GraphPush(graph, ntriples.count("\n"), "replaced"))
    for graph in sorted(existing - set(graphs)) if prune else ():
        store.drop_graph(graph)
        report.append(GraphPush(graph, 0, "dropped"))
    others = set() if prune else existing - set(graphs)
    union = write_union(store, writer, graphs, others)
    report.append(GraphPush(store.union_graph, union, "union"))
    return report


def write_union(store: RemoteStore, writer: GraphWriter, pushed: Mapping[str, str],
                others: Iterable[str]) -> int:
    """Replace the union graph by the distinct triples of every graph of ours: the pushed
    ones from their text, the others (kept without ``prune``) read back from the store.
    Written in chunks (one replace, then additions), so a reader may briefly see part of
    it while a push runs. Returns its number of triples."""
    lines = {line for text in pushed.values() for line in text.splitlines(keepends=True)}
    for graph in sorted(others):
        lines.update(_ntriples_line(s, p, o) for s, p, o, _ in store.quads_of_graphs([graph]))
    ordered = sorted(lines)
    writer.replace(store.union_graph, "".join(ordered[:UNION_CHUNK_LINES]))
    for start in range(UNION_CHUNK_LINES, len(ordered), UNION_CHUNK_LINES):
        writer.add(store.union_graph, "".join(ordered[start:start + UNION_CHUNK_LINES]))
    return len(ordered)


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


def _ntriples_line(s: Node, p: Node, o: Node) -> str:
    return f"{to_oxigraph(s)} {to_oxigraph(p)} {to_oxigraph(o)} .\n"
