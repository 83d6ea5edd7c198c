"""The store interface: what the server, the UI and the network analysis may ask of a store.

Every store (the embedded pyoxigraph default, an on-disk pyoxigraph store, a remote SPARQL store
such as Virtuoso) implements :class:`Store`, so the web layer never knows which one it has. The
interface speaks rdflib: terms in results are ``rdflib.term`` objects and graph results are
``rdflib.Graph`` objects; an implementation converts its own terms at this boundary.

Contract every implementation keeps (the tests of each store check it):

- The store is **read-only** to its callers: ``load`` is the only way data changes, and it
  replaces everything atomically (a reader sees the old data or the new, never a mix).
- ``query`` performs **no I/O on a query's behalf**: ``SERVICE`` raises :class:`QueryRefused`
  before anything is evaluated (:func:`ltgraph.store.guard.inspect_query` does that check for
  any implementation), and dataset IRIs (``FROM``/``FROM NAMED``,
  ``default_graph_uris``/``named_graph_uris``) only ever name graphs of the store: one the store
  does not hold is an empty graph, never fetched. Updates are refused.
- Without a dataset, the default graph is **the RDF merge of the named graphs**: their union
  as a set, so a triple several graphs state is one triple (one row, counted once).
- Malformed queries raise :class:`QuerySyntaxError` with the parser's message; nothing else
  about the implementation (paths, versions, tracebacks) goes into an error message.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from rdflib import Graph
from rdflib.term import Identifier, Node, URIRef

QueryForm = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]
DumpFormat = Literal["trig", "nquads"]


class StoreError(Exception):
    """Base of every error a store raises on purpose; its message is safe to show a client."""


class QuerySyntaxError(StoreError):
    """The query does not parse; the message is the parser's."""


class QueryRefused(StoreError):
    """The query is well formed but asks for something this service never does (SERVICE,
    external graphs, updates)."""


class QueryTimeout(StoreError):
    """The query ran past its time limit and its work was stopped."""


class QueryStopped(StoreError):
    """The query's worker process ended before it answered: the query needed more memory than
    a worker may have, or the engine crashed. The worker is replaced; the client may retry."""


@dataclass(frozen=True)
class SelectResult:
    """Solutions of a SELECT: the projected variable names (without ``?``) and one tuple per
    row, ``None`` where a variable is unbound. ``truncated`` is True when a row cap cut it."""

    variables: list[str]
    rows: list[tuple[Identifier | None, ...]]
    truncated: bool = False
    form: QueryForm = "SELECT"

    def bindings(self) -> list[dict[str, Identifier]]:
        """The rows as dictionaries of the bound variables only (handy in tests)."""
        return [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


@dataclass(frozen=True)
class AskResult:
    value: bool
    truncated: bool = False
    form: QueryForm = "ASK"


@dataclass(frozen=True)
class GraphResult:
    """Triples of a CONSTRUCT or DESCRIBE (``form`` says which)."""

    graph: Graph
    form: QueryForm = "CONSTRUCT"
    truncated: bool = False


QueryResult = SelectResult | AskResult | GraphResult

Quad = tuple[Node, Node, Node, URIRef]


# Kinds of resource that are n-ary relations (a person's term of office in a role at an
# organisation; a partner's role at an event): a document linked from one carries its statements.
RELATION_KINDS = ("mandate", "partnership")


def is_relation_node(term: object) -> bool:
    """Whether ``term`` is an IRI of an n-ary relation node (``.../id/mandate/...``)."""
    return isinstance(term, URIRef) and any(f"/id/{kind}/" in str(term)
                                            for kind in RELATION_KINDS)


@dataclass(frozen=True)
class Description:
    """What the store says about one resource, each statement with the named graph stating it.

    ``outgoing``: quads with the resource as subject; ``incoming``: quads with it as object;
    ``relations``: the statements of the n-ary relation nodes that link to it (a person's
    mandates with their role, organisation and dates), so the document says what each link
    means; ``labels``: (term, label) pairs for the resources either side links to, so a page or
    a linked-data document can name them without another round trip.
    """

    iri: URIRef
    outgoing: list[Quad] = field(default_factory=list)
    incoming: list[Quad] = field(default_factory=list)
    labels: list[Quad] = field(default_factory=list)
    relations: list[Quad] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.outgoing or self.incoming)

    def quads(self) -> list[Quad]:
        return [*self.outgoing, *self.incoming, *self.relations, *self.labels]


class Store(ABC):
    """A read-only quad store behind the server. See the module docstring for the contract."""

    @abstractmethod
    def load(self, dataset_path: Path) -> None:
        """Replace the whole contents with the dataset in ``dataset_path`` (TriG or N-Quads),
        atomically: concurrent readers see the old data or the new, never half."""

    @abstractmethod
    def query(self, sparql: str, *, default_graph_uris: Iterable[str] = (),
              named_graph_uris: Iterable[str] = (), timeout_s: float | None = None,
              max_rows: int | None = None) -> QueryResult:
        """Answer a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE).

        ``default_graph_uris``/``named_graph_uris`` are the protocol's dataset; when given they
        override FROM/FROM NAMED in the query. ``max_rows`` caps SELECT rows (and the triples of a
        graph result) and marks the result ``truncated``. ``timeout_s`` is a limit the
        implementation enforces as well as it can; the hard limit (a killed worker) is
        :class:`ltgraph.store.isolation.IsolatedStore`'s job.
        """

    def own_query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        """Answer a query the server wrote itself (a page's fixed text, with IRIs written by
        :func:`ltgraph.web.ui.common.iri_ref`), never a client's. A store may answer it more
        cheaply than :meth:`query` (the embedded one: in the server's process, without the
        guard's parse); by default it is :meth:`query`."""
        return self.query(sparql, max_rows=max_rows)

    def own_select_text(self, sparql: str, *,
                        max_rows: int | None = None) -> list[dict[str, str]]:
        """Answer a SELECT of the server's own (as :meth:`own_query`) with each bound value as
        its text: an IRI's, a literal's lexical form, a blank node's label. For rows a page
        reads only as text (offsets, keys of facts), where making rdflib terms costs more than
        the query (a typed literal some 50 µs: a page's evidence spans are thousands)."""
        result = self.own_query(sparql, max_rows=max_rows)
        if not isinstance(result, SelectResult):
            raise TypeError("own_select_text answers SELECT queries only")
        return [{name: str(value) for name, value in row.items()} for row in result.bindings()]

    def pattern_select(self, sparql: str, *, max_rows: int | None = None) -> SelectResult | None:
        """Answer a client's SELECT of one triple pattern over the default graph in this
        process, by an index look-up with terms the store reads itself
        (:mod:`ltgraph.store.pattern`), or None: the text is anything else, the answer would be
        long, or the store cannot (the default); then the query goes to :meth:`query` as usual.
        Bounded like a lookup, so it needs no worker."""
        return None

    @abstractmethod
    def graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""

    @abstractmethod
    def describe(self, iri: str, *, with_labels: bool = True) -> Description:
        """The statements about ``iri`` (outgoing and incoming) with the graphs that state them,
        plus the labels of the resources they link to (unless ``with_labels`` is false: a page
        that has every label of the dataset at hand need not look up a hub's thousands)."""

    @abstractmethod
    def dump(self, format: DumpFormat = "trig") -> bytes:
        """The whole dataset serialised as TriG or N-Quads (UTF-8), deterministic for the same
        contents."""

    @abstractmethod
    def triple_count(self) -> int:
        """The number of quads in the named graphs."""

    def distinct_triple_count(self) -> int:
        """The number of triples of the default graph: the RDF merge of the named graphs, where
        a triple several graphs state counts once (what VoID and the service description
        state)."""
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        rows = getattr(result, "rows", None)
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    def worker_copy(self) -> Any:
        """What a query worker started apart from the server (not forked from it) needs to
        answer :meth:`query` by itself, picklable; None (the default) when workers reach the
        data only by being forked from the server's process (a store in memory)."""
        return None

    def version(self) -> str | None:
        """A token that changes whenever the contents may have changed (each ``load``), so that
        answers computed from the store can be kept until then; None when the store cannot
        tell (a remote store others may write to), and then nothing may be kept."""
        return None

    def close(self) -> None:
        """Release files, connections or worker processes; the default has none."""
