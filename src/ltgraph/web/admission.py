"""Admission control for queries clients write: a bounded line, a fast refusal, a share each.

Queries run in a few worker processes (:mod:`ltgraph.store.isolation`); every query that waits
for one holds a thread of the WSGI server. Without a bound, a handful of clients sending heavy
queries would hold every thread and lookups, pages and static files would wait behind them.
So a client query is admitted only while fewer than ``query_workers + query_queue`` are in the
server (else 503 with Retry-After, at once), and while its client has fewer than
``query_per_client`` in the server (else 429 with Retry-After): one client cannot hold every
worker. The client is the request's remote address (the forwarded one behind a trusted proxy).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator

from ltgraph.store.base import QueryResult, StoreError

RETRY_AFTER_S = 5


class ServerBusy(StoreError):
    """Every query worker is busy and the line is full (503)."""


class ClientBusy(StoreError):
    """This client already has as many queries in the server as it may (429)."""


class Admission:
    """Counts the client queries in the server, in all and per client (thread-safe)."""

    def __init__(self, *, workers: int, queue: int, per_client: int) -> None:
        self.capacity = max(1, workers) + max(0, queue)
        self.per_client = max(1, per_client)
        self._inside = 0
        self._by_client: dict[str, int] = {}
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def slot(self, client: str) -> Iterator[None]:
        """Hold a place for one query of ``client``; raises ServerBusy or ClientBusy."""
        with self._lock:
            if self._by_client.get(client, 0) >= self.per_client:
                raise ClientBusy(f"this client already has {self.per_client} "
                                 f"{'query' if self.per_client == 1 else 'queries'} running or "
                                 "waiting; send the next when one has been answered")
            if self._inside >= self.capacity:
                raise ServerBusy("every query worker is busy and the line of waiting queries "
                                 "is full; try again shortly")
            self._inside += 1
            self._by_client[client] = self._by_client.get(client, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                self._inside -= 1
                left = self._by_client[client] - 1
                if left:
                    self._by_client[client] = left
                else:
                    del self._by_client[client]

    def inside(self) -> int:
        with self._lock:
            return self._inside


def client_query(sparql: str, *, default_graph_uris: Iterable[str] = (),
                 named_graph_uris: Iterable[str] = ()) -> QueryResult:
    """Run a query the client of the current request wrote: admitted (or ServerBusy /
    ClientBusy), under the server's time limit and row cap, in the client workers (a store
    without separate pools runs it with its ``query``).

    A SELECT of one triple pattern over the default graph is answered first, without a worker
    and so without a place in the line, when the store can do it as a bounded index look-up
    (:meth:`~ltgraph.store.base.Store.pattern_select`): like a lookup of a resource, it holds
    no worker and reads at most a hundred rows."""
    from flask import request

    from ltgraph.web.app import admission_of, settings_of, store_of

    settings, store = settings_of(), store_of()
    default_graph_uris, named_graph_uris = list(default_graph_uris), list(named_graph_uris)
    if not default_graph_uris and not named_graph_uris:
        answered = store.pattern_select(sparql, max_rows=settings["max_rows"])
        if answered is not None:
            return answered
    run = getattr(store, "client_query", store.query)
    with admission_of().slot(request.remote_addr or "unknown"):
        return run(sparql, default_graph_uris=default_graph_uris,
                   named_graph_uris=named_graph_uris, timeout_s=settings["query_timeout_s"],
                   max_rows=settings["max_rows"])
