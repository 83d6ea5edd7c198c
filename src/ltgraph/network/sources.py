"""Where the rows of the network queries come from: a dataset file, a SPARQL endpoint, a store.

Every graph in :mod:`ltgraph.network.graphs` is built from the answers to a few SELECT
queries. A source only has to run such a query and hand back its rows as tuples of rdflib
terms (``None`` for an unbound variable), in the order of the query's variables. Because all
three sources answer the very same query text, a graph read from a file, from a running
endpoint or from a store is the same graph.

A file is loaded into an in-memory Oxigraph store rather than an rdflib graph: the
co-attendance joins are the expensive part of a network, and rdflib's pure-Python engine is
orders of magnitude slower on them at a million triples.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ltgraph import paths
from ltgraph.formats.files import UnknownSyntax, syntax_of
from ltgraph.formats.sparql_results import rows_of_json
from ltgraph.store.base import StoreError

Row = tuple[Node | None, ...]

DEFAULT_DATASET = paths.dataset_file()



class NetworkSourceError(Exception):
    """The dataset could not be read or queried; the message names the file or endpoint."""


class Source(Protocol):
    """Anything that answers a SPARQL SELECT query over the union of all graphs."""

    def select(self, query: str, variables: Sequence[str]) -> list[Row]:
        """The rows of ``query``, one tuple per solution, values in the order of ``variables``."""
        ...


# ------------------------------------------------------------------------------- a file
class FileSource:
    """A dataset file (TriG, Turtle, N-Quads, ...) loaded once into an in-memory Oxigraph store."""

    def __init__(self, path: str | Path) -> None:
        import pyoxigraph

        from ltgraph.store.embedded import materialise_union

        self.path = Path(path)
        if not self.path.is_file():
            raise NetworkSourceError(f"{self.path}: no such dataset file")
        try:
            syntax = syntax_of(self.path)
        except UnknownSyntax as error:
            raise NetworkSourceError(str(error)) from None
        self._store = pyoxigraph.Store()
        try:
            self._store.load(path=str(self.path), format=syntax.oxigraph)
        except (SyntaxError, ValueError, OSError) as error:
            raise NetworkSourceError(f"{self.path}: cannot read the dataset: {error}") from error
        # the default graph the queries read: the distinct union of the named graphs
        materialise_union(self._store)

    def select(self, query: str, variables: Sequence[str]) -> list[Row]:
        try:
            solutions = self._store.query(query)
        except (SyntaxError, OSError) as error:
            raise NetworkSourceError(f"{self.path}: query failed: {error}") from error
        return [tuple(_from_oxigraph(solution[name]) for name in variables)
                for solution in solutions]

    def __repr__(self) -> str:
        return f"FileSource({str(self.path)!r})"


def _from_oxigraph(term: Any) -> Node | None:
    import pyoxigraph

    if term is None:
        return None
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unexpected term in a query answer: {term!r}")


# --------------------------------------------------------------------------- an endpoint
class EndpointSource:
    """A SPARQL 1.1 endpoint, asked over HTTP through SPARQLWrapper (JSON results)."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.url = url
        self.timeout = timeout

    def select(self, query: str, variables: Sequence[str]) -> list[Row]:
        from SPARQLWrapper import JSON, POST, SPARQLWrapper

        client = SPARQLWrapper(self.url)
        client.setQuery(query)
        client.setMethod(POST)
        client.setReturnFormat(JSON)
        client.setTimeout(int(self.timeout))
        try:
            result = client.query()
            answer = result.convert()
        except Exception as error:  # SPARQLWrapper raises urllib and its own errors alike
            raise NetworkSourceError(f"{self.url}: query failed: {error}") from error
        if not isinstance(answer, dict) or "results" not in answer:
            raise NetworkSourceError(f"{self.url}: the answer is not SPARQL JSON results")
        # ltgraph's own server says when its row cap cut an answer; a network needs every row
        if (result.info().get("x-ltgraph-truncated", "").lower() == "true"
                or answer.get("head", {}).get("truncated")):
            raise NetworkSourceError(f"{self.url}: the endpoint cut the answer at its row cap; "
                                     "raise the server's max_rows setting")
        try:
            return rows_of_json(answer, variables)
        except StoreError as error:
            raise NetworkSourceError(f"{self.url}: {error}") from error

    def __repr__(self) -> str:
        return f"EndpointSource({self.url!r})"


# ------------------------------------------------------------------------------- a store
class StoreSource:
    """A store of :mod:`ltgraph.store` (its ``query`` answers a SELECT with a ``SelectResult``)."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def select(self, query: str, variables: Sequence[str]) -> list[Row]:
        # The store's own errors (syntax, timeout) pass through: their messages are safe to
        # show and the web layer maps them to statuses.
        result = self.store.query(query, max_rows=None)
        if getattr(result, "truncated", False):
            raise NetworkSourceError("the store cut the answer short; a network needs every row")
        position = {name: index for index, name in enumerate(result.variables)}
        return [tuple(row[position[name]] if name in position else None for name in variables)
                for row in result.rows]

    def __repr__(self) -> str:
        return f"StoreSource({self.store!r})"


# --------------------------------------------------------------------------------------
SourceLike = Source | str | Path | None


def as_source(source: SourceLike) -> Source:
    """A source from a source, a dataset path, or nothing (the built dataset)."""
    if source is None:
        return FileSource(DEFAULT_DATASET)
    if isinstance(source, (str, Path)):
        return FileSource(source)
    return source


def open_source(input_path: str | Path | None = None, endpoint: str | None = None,
                store: Any = None) -> Source:
    """The one source the caller named (exactly one of a file, an endpoint URL, a store)."""
    given = [value for value in (input_path, endpoint, store) if value is not None]
    if len(given) != 1:
        raise NetworkSourceError("name exactly one of a dataset file, an endpoint URL or a store")
    if endpoint is not None:
        return EndpointSource(endpoint)
    if store is not None:
        return StoreSource(store)
    return FileSource(input_path)
