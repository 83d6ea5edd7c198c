"""Queries in worker processes that are killed at their deadline.

A thread cannot be stopped in Python, and pyoxigraph does not time out on its own, so a query
that runs away would keep a core busy long after its client gave up. Here each query runs in one
of a few pre-forked worker processes that hold the store (forked, so they share its memory
copy-on-write). The caller waits up to the deadline; past it the worker is killed (SIGKILL), a
fresh one is forked, and the caller gets :class:`QueryTimeout` - never a partial answer.
Each worker's memory is capped (``RLIMIT_DATA``, set after the fork: the store it shares plus
``memory_mb``); pyoxigraph allocates through the C allocator, and Rust aborts the process when an
allocation fails, so a query past the cap ends its worker, which is replaced, and the caller gets
:class:`QueryStopped`. (``RLIMIT_DATA`` rather than ``RLIMIT_AS``: since Linux 4.7 it counts
the heap and private anonymous mappings, where large allocations go, but not the address space
that thread stacks and allocator arenas reserve without using, which would make an address-space
cap either useless or hit at random.)

Two pools: one for queries clients wrote (``client_query``), one for the server's own queries
(``query``: pages, search, network exports), so a client's heavy queries never hold up a page.
The client pool can run at a lower CPU priority (``client_nice``), so that the server itself
(lookups, pages, static files) gets the processor first while workers grind.
Everything else (describe, dump, graphs) is bounded work done by the wrapped store directly.

Workers of a store that a worker can open by itself (on disk: :meth:`Store.worker_copy`) are not
forked from the server but from multiprocessing's fork server, a small process started afresh
that never holds the server's data: a worker forked from the server shares the server's heap
(hundreds of MiB at a million triples) only until the server writes to it, and every page the
server then writes is copied (``bench/README.md``, "Server memory on disk").

Workers over a store that needs no network (the embedded one) give up their network access
before they read a query (:mod:`ltgraph.store.sandbox`): whatever a query makes the engine try,
no connection can be opened. A worker that cannot be isolated says so and the pool refuses to
start, rather than run queries unprotected.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import resource
import signal
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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
    SelectResult,
    Store,
    StoreError,
)
from ltgraph.store.sandbox import IsolationError, isolate_from_network

_CONTEXT = multiprocessing.get_context("fork")
# workers of a store they can open themselves start from a small process that holds none of
# the server's memory (multiprocessing's fork server), with these modules loaded once
_APART = multiprocessing.get_context("forkserver")
_APART_PRELOAD = ["ltgraph.store.fork_server"]
_START_TIMEOUT_S = 30.0


class WorkerIsolationError(StoreError):
    """A query worker could not take its network access away, so no query may run in it."""


class _Worker:
    def __init__(self, store: Store, limits: _Limits) -> None:
        context, served = _CONTEXT, store
        copy = store.worker_copy()
        if copy is not None:  # the worker opens the store itself: start it apart
            context, served = _APART, copy
            context.set_forkserver_preload(_APART_PRELOAD)
        self.conn, child_conn = context.Pipe()
        self.process = context.Process(target=_start, args=(served, child_conn, limits),
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

    def stopped_by(self) -> str:
        """Why the process ended (after it did): memory, or something else."""
        self.process.join(timeout=2)
        if self.process.exitcode == -signal.SIGABRT:  # Rust aborts when an allocation fails
            return "memory"
        return "crash"

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


@dataclass(frozen=True)
class _Limits:
    """What a worker may use: memory beyond what it shares at the fork (MiB, 0 = no cap) and
    its niceness (added to the server's)."""

    memory_mb: int = 0
    nice: int = 0
    isolate_network: bool = True


def _start(store: Store, conn: Connection, limits: _Limits) -> None:
    """Apply the worker's limits, then serve queries."""
    if limits.nice:
        os.nice(limits.nice)
    if limits.memory_mb > 0:
        cap = _data_segment_bytes() + limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
    _work(store, conn, limits.isolate_network)


def _data_segment_bytes() -> int:
    """This process's data segment (VmData: heap and private mappings, the loaded store
    included), the size RLIMIT_DATA is compared with."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmData:"):
            return int(line.split()[1]) * 1024
    return 0


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
    give_back = heap_trimmer()
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        reply = _answer(store, request)
        conn.send(reply)
        if _size_of(reply) >= _TRIM_AFTER_ROWS:  # trimming costs 0.5 ms at 1M triples
            give_back()


_TRIM_AFTER_ROWS = 1000


def _size_of(reply: tuple[str, Any]) -> int:
    """Rows or triples in a worker's reply (0 for errors and booleans)."""
    kind, payload = reply
    if kind == "graph":
        return len(payload[0])
    return len(getattr(payload, "rows", ()))


def heap_trimmer() -> Callable[[], object]:
    """A function that hands the memory a finished query freed back to the system (glibc's
    ``malloc_trim``): without it a worker keeps the heap of the largest result it ever built
    (workers call it after a large result only),
    and every worker of a server at a million triples ends up holding hundreds of MiB that
    nothing uses. A no-op where the C library has no such call."""
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return lambda: None
    return lambda: trim(0)


def _answer(store: Store, request: dict[str, Any]) -> tuple[str, Any]:
    try:
        result = store.query(request["sparql"], default_graph_uris=request["defaults"],
                             named_graph_uris=request["named"], max_rows=request["max_rows"])
    except StoreError as error:
        return "error", (type(error).__name__, str(error))
    except RecursionError:
        return "error", ("QuerySyntaxError", "the query nests too deeply to be evaluated")
    except MemoryError:
        return "error", ("QueryStopped", "the query needed more memory than a query may have "
                                         "and was stopped")
    except Exception as error:  # noqa: BLE001 - a worker must survive any evaluation error
        return "error", ("StoreError",
                         f"the query could not be evaluated ({type(error).__name__})")
    if isinstance(result, GraphResult):  # send triples, not a Graph (smaller, always picklable)
        return "graph", (list(result.graph), result.form, result.truncated)
    return "ok", result


class _Pool:
    """Worker processes of one kind, each answering one query at a time."""

    def __init__(self, store: Store, size: int, limits: _Limits) -> None:
        self.store, self.size, self.limits = store, max(1, size), limits
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        for _ in range(self.size):
            self._add_worker()

    def _add_worker(self) -> None:
        worker = _Worker(self.store, self.limits)
        with self._lock:
            self._all.add(worker)
        self._idle.put(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    def run(self, request: dict[str, Any], limit: float) -> tuple[str, Any]:
        """The reply of a worker to ``request`` within ``limit`` seconds (waiting for a free
        worker included); a worker that overran or died is replaced."""
        deadline = time.monotonic() + limit
        try:
            worker = self._idle.get(timeout=limit)
        except queue.Empty:
            raise QueryTimeout(f"all query workers stayed busy for {limit:g} s; "
                               "try again later") from None
        try:
            worker.conn.send(request)
            ready = worker.conn.poll(max(0.0, deadline - time.monotonic()))
            reply = worker.conn.recv() if ready else None
        except (EOFError, OSError):
            reply, ready = _stopped_reply(worker, self.limits), False
        if reply is None or not ready:
            self._retire(worker)
            self._add_worker()
            if reply is None:
                raise QueryTimeout(f"the query ran longer than the limit of {limit:g} s and "
                                   "was stopped")
        else:
            self._idle.put(worker)
        return reply

    def restart(self) -> None:
        for _ in range(self.size):
            self._retire(self._idle.get())
        for _ in range(self.size):
            self._add_worker()

    def renew(self) -> None:
        """Fork a fresh set of workers, then retire the old ones as each comes back idle, so
        queries are answered throughout (if a fresh worker cannot start, the old ones stay)."""
        with self._lock:
            old = set(self._all)
        for _ in range(self.size):
            self._add_worker()
        while True:
            with self._lock:
                if not old & self._all:  # retired here, or replaced after a timeout
                    return
            try:
                worker = self._idle.get(timeout=0.1)
            except queue.Empty:
                continue
            if worker in old:
                self._retire(worker)
            else:
                self._idle.put(worker)  # a fresh one: back in line, let the old ones come
                time.sleep(0.01)

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.process.pid for w in self._all if w.process.pid is not None)

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()


def _stopped_reply(worker: _Worker, limits: _Limits) -> tuple[str, Any]:
    if worker.stopped_by() == "memory":
        return "error", ("QueryStopped", f"the query needed more than the {limits.memory_mb} MiB "
                                         "a query may use and was stopped")
    return "error", ("QueryStopped", "the query worker stopped unexpectedly; the query was not "
                                     "answered")


class IsolatedStore(Store):
    """Wraps a store so that queries run in killable, memory-capped worker processes:
    ``client_query`` for queries clients wrote, ``query`` for the server's own."""

    def __init__(self, inner: Store, *, workers: int = 2, timeout_s: float = 10.0,
                 own_workers: int = 1, memory_mb: int = 0, client_nice: int = 10,
                 isolate_network: bool = True) -> None:
        self.inner = inner
        self.timeout_s = timeout_s
        self._clients = _Pool(inner, workers, _Limits(memory_mb, client_nice, isolate_network))
        self._own = _Pool(inner, own_workers, _Limits(memory_mb, 0, isolate_network))

    def _request(self, sparql: str, default_graph_uris: Iterable[str],
                 named_graph_uris: Iterable[str], max_rows: int | None) -> dict[str, Any]:
        return {"sparql": sparql, "defaults": list(default_graph_uris),
                "named": list(named_graph_uris), "max_rows": max_rows}

    def _limit(self, timeout_s: float | None) -> float:
        return self.timeout_s if timeout_s is None else min(timeout_s, self.timeout_s)

    def query(self, sparql: str, *, default_graph_uris: Iterable[str] = (),
              named_graph_uris: Iterable[str] = (), timeout_s: float | None = None,
              max_rows: int | None = None) -> QueryResult:
        """One of the server's own queries (pages, search, exports), in the own pool."""
        request = self._request(sparql, default_graph_uris, named_graph_uris, max_rows)
        return _result_of(self._own.run(request, self._limit(timeout_s)))

    def own_query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        """A page's own fixed query: answered by the wrapped store in this process (no worker
        hop, no pickling of the rows), since it is bounded by construction (one resource's
        neighbourhood, or an index computed once per load); see :meth:`Store.own_query`."""
        return self.inner.own_query(sparql, max_rows=max_rows)

    def own_select_text(self, sparql: str, *,
                        max_rows: int | None = None) -> list[dict[str, str]]:
        """A page's own fixed SELECT as text, answered by the wrapped store in this process (as
        :meth:`own_query`)."""
        return self.inner.own_select_text(sparql, max_rows=max_rows)

    def pattern_select(self, sparql: str, *, max_rows: int | None = None) -> SelectResult | None:
        """A client's SELECT of one triple pattern, answered by the wrapped store in this
        process (an index look-up of bounded length, no engine: see
        :mod:`ltgraph.store.pattern`), or None; every other query goes to a worker."""
        return self.inner.pattern_select(sparql, max_rows=max_rows)

    def client_query(self, sparql: str, *, default_graph_uris: Iterable[str] = (),
                     named_graph_uris: Iterable[str] = (), timeout_s: float | None = None,
                     max_rows: int | None = None) -> QueryResult:
        """A query a client wrote, in the client pool (never the one pages use)."""
        request = self._request(sparql, default_graph_uris, named_graph_uris, max_rows)
        return _result_of(self._clients.run(request, self._limit(timeout_s)))

    def restart_workers(self) -> None:
        """Replace every worker (after a load, so they hold the new data)."""
        self._clients.restart()
        self._own.restart()

    def renew_workers(self) -> None:
        """Replace every worker by one forked now, without a moment with no worker (after the
        server's start-up work, so that they share what it computed)."""
        self._clients.renew()
        self._own.renew()

    def load(self, dataset_path: Path) -> None:
        self.inner.load(dataset_path)
        self.restart_workers()

    def graphs(self) -> list[str]:
        return self.inner.graphs()

    def describe(self, iri: str, *, with_labels: bool = True) -> Description:
        return self.inner.describe(iri, with_labels=with_labels)

    def dump(self, format: DumpFormat = "trig") -> bytes:
        return self.inner.dump(format)

    def triple_count(self) -> int:
        return self.inner.triple_count()

    def version(self) -> str | None:
        return self.inner.version()

    def worker_pids(self) -> list[int]:
        return sorted(self._clients.pids() + self._own.pids())

    def close(self) -> None:
        self._clients.close()
        self._own.close()
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
