"""Which store the network queries read: a dataset file, a SPARQL endpoint, or a store at hand.

Every graph in :mod:`ltgraph.network.graphs` is built from the answers to a few SELECT
queries, asked of a :class:`ltgraph.store.base.Store` like every other query of ltgraph: a
dataset file is loaded into an in-memory :class:`ltgraph.store.embedded.EmbeddedStore`, and an
endpoint is a :class:`ltgraph.store.remote.RemoteStore` that sends no dataset of its own
(``union_default="endpoint"``: the endpoint's default graph, such as that of ``ltgraph serve``,
is read as it is). So there is one HTTP client, one reader of SPARQL results and one error type
for the network exports and the server alike, and a graph read from a file, from a running
endpoint or from a store is the same graph.

A file goes into Oxigraph rather than an rdflib graph: the co-attendance joins are the
expensive part of a network, and rdflib's pure-Python engine is orders of magnitude slower on
them at a million triples.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rdflib.term import Node

from ltgraph import paths
from ltgraph.store.base import SelectResult, Store, StoreError

Row = tuple[Node | None, ...]

DEFAULT_DATASET = paths.dataset_file()


class NetworkSourceError(StoreError):
    """The dataset could not be read, or not whole; the message names the file or endpoint."""


def open_dataset(path: str | Path) -> Store:
    """A dataset file (TriG, Turtle, N-Quads, ...) loaded once into an in-memory store."""
    from ltgraph.store.embedded import EmbeddedStore

    path = Path(path)
    if not path.is_file():
        raise NetworkSourceError(f"{path}: no such dataset file")
    store = EmbeddedStore()
    try:
        store.load(path)
    except StoreError as error:
        message = str(error)
        raise NetworkSourceError(message if str(path) in message
                                 else f"{path}: cannot read the dataset: {message}") from None
    return store


def connect(url: str, timeout: float = 60.0) -> Store:
    """A running SPARQL 1.1 endpoint, such as the one ``ltgraph serve`` starts, read through
    its own default graph (credentials, if any, from the environment as for a remote store)."""
    from ltgraph.store.remote import RemoteStore

    try:
        return RemoteStore(url, union_default="endpoint", timeout_s=timeout)
    except StoreError as error:
        raise NetworkSourceError(str(error)) from None


def select_rows(store: Store, query: str, variables: Sequence[str]) -> list[Row]:
    """The rows of a SELECT ``query``, one tuple per solution, values in the order of
    ``variables`` (``None`` where unbound). A store that cut the answer at a row cap (an
    endpoint's ``max_rows``) is an error: a network needs every row. The store's own errors
    pass through: their messages are safe to show, and the web layer maps them to statuses."""
    result = store.query(query, max_rows=None)
    if not isinstance(result, SelectResult):
        raise NetworkSourceError(f"{store!r}: a SELECT query was not answered with rows")
    if result.truncated:
        raise NetworkSourceError(f"{_name(store)}: the store cut the answer at its row cap; "
                                 "a network needs every row (raise the server's max_rows "
                                 "setting)")
    position = {name: index for index, name in enumerate(result.variables)}
    return [tuple(row[position[name]] if name in position else None for name in variables)
            for row in result.rows]


StoreLike = Store | str | Path | None


def as_store(given: StoreLike) -> Store:
    """A store from a store, a dataset path, or nothing (the built dataset)."""
    if given is None:
        return open_dataset(DEFAULT_DATASET)
    if isinstance(given, (str, Path)):
        return open_dataset(given)
    return given


def open_store(input_path: str | Path | None = None, endpoint: str | None = None) -> Store:
    """The one store the caller named: a dataset file or an endpoint URL."""
    if (input_path is None) == (endpoint is None):
        raise NetworkSourceError("name exactly one of a dataset file or an endpoint URL")
    return connect(endpoint) if endpoint is not None else open_dataset(input_path)


def _name(store: Store) -> str:
    return str(getattr(store, "endpoint", None) or repr(store))
