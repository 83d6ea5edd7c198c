"""Queries in worker processes that are killed at their deadline.

A thread cannot be stopped in Python, and pyoxigraph does not time out on its own, so a query
that runs away would keep a core busy long after its client gave up. Here each query runs in one
of a few pre-forked worker processes that hold the store (forked, so they share its memory
copy-on-write). The caller waits up to the deadline; past it the worker is killed (SIGKILL), a
fresh one is forked, and the caller gets :class:`QueryTimeout` - never a partial answer.
Everything else (describe, dump, graphs) is bounded work done by the wrapped store directly.

Workers over a store that needs no network (the embedded one) give up their network access
before they read a query (:mod:`ltgraph.store.sandbox`): whatever a query makes the engine try,
no connection can be opened. A worker that cannot be isolated says so and the pool refuses to
start, rather than run queries unprotected.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Iterable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from rdflib import Graph

from ltgraph.store import base
from ltgraph.store.base import (
    Description,
    DumpFormat,
    GraphResult,
    QueryResult,
    QueryTimeout,
    Store,
    StoreError,
)
from ltgraph.store.sandbox import IsolationError, isolate_from_network

_CONTEXT = multiprocessing.get_context("fork")
_START_TIMEOUT_S = 30.0


class WorkerIsolationError(StoreError):
    """A query worker could not take its network access away, so no query may run in it."""


class _Worker:
    def __init__(self, store: Store, isolate_network: bool) -> None:
        self.conn, child_conn = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_work, args=(store, child_conn, isolate_network),
                                        daemon=True)
        self.process.start()
        child_conn.close()
        self._await_ready()

    def _await_ready(self) -> None:
        """Wait for the worker's first word: ready, or why it cannot serve."""
        if not self.conn.poll(_START_TIMEOUT_S):
            self.kill()
            raise StoreError("a query worker did not start")
        kind, detail = self.conn.recv()
        if kind != "ready":
            self.kill()
            raise WorkerIsolationError(detail)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


def _exit_when_orphaned(parent: int) -> None:
    """End this worker once the server that forked it is gone, however it ended.

    The pipe alone does not tell: workers forked later hold copies of its other end, so a
    server killed with SIGKILL would leave every worker waiting for ever.
    """
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _work(store: Store, conn: Connection, isolate_network: bool) -> None:
    """The worker loop: answer one query at a time until the pipe closes."""
    # first, while this process has a single thread (a user namespace requires it)
    if isolate_network:
        try:
            isolate_from_network()
        except IsolationError as error:
            conn.send(("refused", str(error)))
            return
    conn.send(("ready", None))
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    reopen = getattr(store, "after_fork", None)
    if reopen is not None:
        reopen()
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_answer(store, request))


def _answer(store: Store, request: dict[str, Any]) -> tuple[str, Any]:
    try:
        result = store.query(request["sparql"], default_graph_uris=request["defaults"],
                             named_graph_uris=request["named"], max_rows=request["max_rows"])
    except StoreError as error:
        return "error", (type(error).__name__, str(error))
    except RecursionError:
        return "error", ("QuerySyntaxError", "the query nests too deeply to be evaluated")
    except MemoryError:
        return "error", ("QueryRefused", "the query needs more memory than this service gives")
    except Exception as error:  # noqa: BLE001 - a worker must survive any evaluation error
        return "error", ("StoreError",
                         f"the query could not be evaluated ({type(error).__name__})")
    if isinstance(result, GraphResult):  # send triples, not a Graph (smaller, always picklable)
        return "graph", (list(result.graph), result.form, result.truncated)
    return "ok", result


class IsolatedStore(Store):
    """Wraps a store so that ``query`` runs in killable worker processes."""

    def __init__(self, inner: Store, *, workers: int = 2, timeout_s: float = 10.0,
                 isolate_network: bool = True) -> None:
        self.inner = inner
        self.isolate_network = isolate_network
        self.timeout_s = timeout_s
        self._size = max(1, workers)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        for _ in range(self._size):
            self._add_worker()

    def _add_worker(self) -> None:
        worker = _Worker(self.inner, self.isolate_network)
        with self._lock:
            self._all.add(worker)
        self._idle.put(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    def query(self, sparql: str, *, default_graph_uris: Iterable[str] = (),
              named_graph_uris: Iterable[str] = (), timeout_s: float | None = None,
              max_rows: int | None = None) -> QueryResult:
        limit = self.timeout_s if timeout_s is None else min(timeout_s, self.timeout_s)
        deadline = time.monotonic() + limit
        try:
            worker = self._idle.get(timeout=limit)
        except queue.Empty:
            raise QueryTimeout(f"all query workers stayed busy for {limit:g} s; "
                               "try again later") from None
        request = {"sparql": sparql, "defaults": list(default_graph_uris),
                   "named": list(named_graph_uris), "max_rows": max_rows}
        try:
            worker.conn.send(request)
            ready = worker.conn.poll(max(0.0, deadline - time.monotonic()))
            reply = worker.conn.recv() if ready else None
        except (EOFError, OSError):
            reply = ("error", ("StoreError", "the query worker stopped unexpectedly"))
            ready = False
        if reply is None or not ready:
            self._retire(worker)
            self._add_worker()
            if reply is None:
                raise QueryTimeout(f"the query ran longer than the limit of {limit:g} s and "
                                   "was stopped")
        else:
            self._idle.put(worker)
        return _result_of(reply)

    def restart_workers(self) -> None:
        """Replace every worker (after a load, so they hold the new data)."""
        for _ in range(self._size):
            self._retire(self._idle.get())
        for _ in range(self._size):
            self._add_worker()

    def load(self, dataset_path: Path) -> None:
        self.inner.load(dataset_path)
        self.restart_workers()

    def graphs(self) -> list[str]:
        return self.inner.graphs()

    def describe(self, iri: str) -> Description:
        return self.inner.describe(iri)

    def dump(self, format: DumpFormat = "trig") -> bytes:
        return self.inner.dump(format)

    def triple_count(self) -> int:
        return self.inner.triple_count()

    def worker_pids(self) -> list[int]:
        with self._lock:
            return sorted(w.process.pid for w in self._all if w.process.pid is not None)

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()
        self.inner.close()


def _result_of(reply: tuple[str, Any]) -> QueryResult:
    kind, payload = reply
    if kind == "ok":
        return payload
    if kind == "graph":
        triples, form, truncated = payload
        graph = Graph()
        for triple in triples:
            graph.add(triple)
        return GraphResult(graph, form, truncated)
    name, message = payload
    error_type = getattr(base, name, StoreError)
    if not (isinstance(error_type, type) and issubclass(error_type, StoreError)):
        error_type = StoreError
    raise error_type(message)
