"""Answers computed once per loaded dataset: a response cache in front of the app, and a memo
for what pages compute from the whole dataset (labels, lists).

The data changes only when a dataset is loaded, and the store says when with its
:meth:`~ltgraph.store.base.Store.version`. So a GET's answer depends only on the version and the
request: its path and query, and the headers a page may read (Accept, Accept-Language, Cookie,
Accept-Encoding, Host and the forwarded host, scheme and prefix). :class:`ResponseCache` keeps
every 200 answer under that key, with a strong ETag (a hash of the body), and answers the next
identical request from memory without running the app, or with 304 Not Modified when the client
already holds those bytes. A new version makes every entry unreachable (and they are dropped).

What is never kept: any method but GET and HEAD, requests with a body or with
``Cache-Control: no-cache`` (the client asks for a fresh answer), answers other than 200,
answers that set a cookie or say ``Cache-Control: no-store`` or ``private``, ``Vary: *``, bodies
over an entry limit (the dumps), and SPARQL queries whose answer is not a function of the data
(``NOW()``, ``RAND()``, ``UUID()``, ``STRUUID()``). A store that cannot tell its version (a
remote store others may write to) gets no cache at all.

The cache is bounded by bytes (the setting ``response_cache_mib``) and forgets the least
recently used answers first.
"""

from __future__ import annotations

import email.utils
import hashlib
import logging
import re
import threading
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

# the request fields an answer may depend on besides its version
KEY_FIELDS = ("SCRIPT_NAME", "PATH_INFO", "QUERY_STRING", "wsgi.url_scheme", "HTTP_HOST",
              "SERVER_NAME", "SERVER_PORT", "HTTP_ACCEPT", "HTTP_ACCEPT_LANGUAGE", "HTTP_COOKIE",
              "HTTP_ACCEPT_ENCODING", "HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_PROTO",
              "HTTP_X_FORWARDED_PREFIX", "HTTP_X_FORWARDED_PORT")
# SPARQL functions whose value differs at each evaluation
_VOLATILE = re.compile(r"\b(?:NOW|RAND|UUID|STRUUID)\s*\(", re.IGNORECASE)
_NOT_STORED = ("no-store", "private")
T = TypeVar("T")
LOG = logging.getLogger("ltgraph.web")


@dataclass(frozen=True)
class Entry:
    status: str
    headers: list[tuple[str, str]]
    body: bytes
    etag: str

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + 200


class ResponseCache:
    """WSGI middleware: 200 answers to GET kept per dataset version, with ETag and 304.

    ``version_of`` returns the loaded dataset's version (None: keep nothing); ``budget_bytes``
    bounds the whole cache and ``max_entry_bytes`` one answer.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]], version_of: Callable[[], str | None],
                 *, budget_bytes: int, max_entry_bytes: int) -> None:
        self.app = app
        self.version_of = version_of
        self.budget = budget_bytes
        self.max_entry = min(max_entry_bytes, budget_bytes)
        self._entries: OrderedDict[tuple[str, ...], Entry] = OrderedDict()
        self._size = 0
        self._version: str | None = None
        self._lock = threading.Lock()

    # -- the WSGI call -----------------------------------------------------------------------
    def __call__(self, environ: dict[str, Any],
                 start_response: Callable[..., Any]) -> Iterable[bytes]:
        version = self.version_of() if self.budget > 0 else None
        if version is None or not cacheable_request(environ):
            return self.app(environ, start_response)
        key = (version, *(environ.get(name) or "" for name in KEY_FIELDS))
        entry = self._get(version, key)
        if entry is None:
            return self._fill(environ, start_response, key)
        return self._answer(environ, start_response, entry)

    def _answer(self, environ: dict[str, Any], start_response: Callable[..., Any],
                entry: Entry) -> Iterable[bytes]:
        if not_modified(environ, entry):
            kept = [(k, v) for k, v in entry.headers if k.lower() in _KEPT_ON_304]
            start_response("304 Not Modified", kept)
            return []
        start_response(entry.status, list(entry.headers))
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [entry.body]

    def _fill(self, environ: dict[str, Any], start_response: Callable[..., Any],
              key: tuple[str, ...]) -> Iterable[bytes]:
        """Run the app for a miss; keep its answer when it may be kept. (Concurrent misses on
        one key each run the app: making them wait for the first would take them out of the
        admission control of queries.)"""
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]],
                    exc_info: Any = None) -> Callable[[bytes], None]:
            captured["status"], captured["headers"] = status, headers
            return lambda data: None  # the app writes through its return value only

        asked = environ
        if environ.get("REQUEST_METHOD") == "HEAD":  # a HEAD's body is empty: learn GET's
            asked = {**environ, "REQUEST_METHOD": "GET"}
        result = self.app(asked, capture)
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        entry = Entry(captured["status"], list(captured["headers"]), body, "")
        if keepable(entry, self.max_entry):
            entry = with_etag(entry)
            self._put(key, entry)
        return self._answer(environ, start_response, entry)

    # -- the store of answers -------------------------------------------------------------------
    def _get(self, version: str, key: tuple[str, ...]) -> Entry | None:
        with self._lock:
            if version != self._version:  # a new dataset: nothing kept is true any more
                self._entries.clear()
                self._size = 0
                self._version = version
                return None
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def _put(self, key: tuple[str, ...], entry: Entry) -> None:
        with self._lock:
            if key[0] != self._version:
                return
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= old.size
            self._entries[key] = entry
            self._size += entry.size
            while self._size > self.budget and self._entries:
                _, dropped = self._entries.popitem(last=False)
                self._size -= dropped.size

    def stats(self) -> dict[str, int]:
        """How many answers and bytes are kept (for tests and the curious)."""
        with self._lock:
            return {"entries": len(self._entries), "bytes": self._size}


_KEPT_ON_304 = frozenset({"etag", "last-modified", "vary", "cache-control", "content-location",
                          "expires", "access-control-allow-origin", "x-content-type-options"})


def cacheable_request(environ: dict[str, Any]) -> bool:
    """A GET or HEAD without a body, not asked with ``Cache-Control: no-cache``, and no SPARQL
    query that differs at each evaluation."""
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return False
    if environ.get("CONTENT_LENGTH") not in (None, "", "0") or environ.get(
            "HTTP_TRANSFER_ENCODING"):
        return False
    asked = (environ.get("HTTP_CACHE_CONTROL", "") + environ.get("HTTP_PRAGMA", "")).lower()
    if "no-cache" in asked or "no-store" in asked:  # the client wants it computed afresh
        return False
    query = environ.get("QUERY_STRING", "")
    # a volatile call needs a '(' (sent as such or as %28): decoding costs more than the query
    if ("(" in query or "%28" in query) and "query" in query and \
            _VOLATILE.search(urllib.parse.unquote_plus(query)):
        return False
    return True


def keepable(entry: Entry, max_entry_bytes: int) -> bool:
    """A 200 that sets no cookie, may be stored, and is not too large."""
    if not entry.status.startswith("200") or len(entry.body) > max_entry_bytes:
        return False
    for name, value in entry.headers:
        lowered = name.lower()
        if lowered == "set-cookie":
            return False
        if lowered == "cache-control" and any(w in value.lower() for w in _NOT_STORED):
            return False
        if lowered == "vary" and value.strip() == "*":
            return False
    return True


def with_etag(entry: Entry) -> Entry:
    """The entry with a strong ETag: the app's own, or a hash of the body."""
    for name, value in entry.headers:
        if name.lower() == "etag":
            return Entry(entry.status, entry.headers, entry.body, value)
    etag = '"' + hashlib.blake2b(entry.body, digest_size=16).hexdigest() + '"'
    headers = [*entry.headers, ("ETag", etag)]
    return Entry(entry.status, headers, entry.body, etag)


def not_modified(environ: dict[str, Any], entry: Entry) -> bool:
    """Whether the client's copy is current: its If-None-Match names the entry's ETag, or,
    when it sends no If-None-Match (RFC 9110, 13.1.3), its If-Modified-Since is not older than
    the entry's Last-Modified."""
    if_none_match = environ.get("HTTP_IF_NONE_MATCH", "")
    if if_none_match:
        return bool(entry.etag) and etag_matches(if_none_match, entry.etag)
    since = parsed_http_date(environ.get("HTTP_IF_MODIFIED_SINCE", ""))
    modified = parsed_http_date(next((v for k, v in entry.headers
                                      if k.lower() == "last-modified"), ""))
    return since is not None and modified is not None and modified <= since


def parsed_http_date(value: str) -> datetime | None:
    """An HTTP date, or None for a missing or malformed one (which a server ignores)."""
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Whether an If-None-Match header names ``etag`` (weak comparison, as RFC 9110 asks)."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    plain = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == plain for tag in if_none_match.split(","))


class VersionMemo:
    """Values computed from the whole dataset, kept until the next load (the label index, the
    rows of the lists): ``get(name, compute)`` runs ``compute`` once per version."""

    def __init__(self, version_of: Callable[[], str | None]) -> None:
        self.version_of = version_of
        self._values: dict[str, Any] = {}
        self._version: str | None = None
        self._lock = threading.Lock()
        self._computing: dict[str, threading.Lock] = {}

    def get(self, name: str, compute: Callable[[], T]) -> T:
        version = self.version_of()
        if version is None:
            return compute()
        with self._lock:
            if version != self._version:
                self._values, self._version, self._computing = {}, version, {}
            if name in self._values:
                return self._values[name]
            gate = self._computing.setdefault(name, threading.Lock())
        with gate:  # one computation per name; the others wait for it
            with self._lock:
                if self._version == version and name in self._values:
                    return self._values[name]
            value = compute()
            with self._lock:
                if self._version == version:
                    self._values[name] = value
            return value


def remembered(name: str, compute: Callable[[], T]) -> T:
    """``compute()`` once per loaded dataset, for the app of the current request."""
    from flask import current_app

    return current_app.extensions["ltgraph"]["memo"].get(name, compute)


def install(app: Any, store: Any, settings: dict[str, Any]) -> None:
    """Put the response cache in front of ``app`` (outermost, so it sees the request as the
    client sent it), and give the pages a memo, both following ``store``'s version."""
    app.extensions["ltgraph"]["memo"] = VersionMemo(store.version)
    from ltgraph.web.shelf import PageShelf, shelf_root

    root = shelf_root(settings["page_dir"], settings["store"])
    if root is not None and store.version() is not None:
        app.extensions["ltgraph"][SHELF] = PageShelf(root, store.version)
    budget = int(settings["response_cache_mib"] * (1 << 20))
    app.wsgi_app = ResponseCache(app.wsgi_app, store.version, budget_bytes=budget,
                                 max_entry_bytes=max(budget // 8, 1))


SHELF = "shelf"
WARM_PATHS = "warm_paths"


def warm_on_load(app: Any, paths: Iterable[str]) -> None:
    """Name pages whose work every visitor starts from (the home page, the lists): they are
    computed as soon as the dataset is loaded, so what they need from the whole dataset (the
    label index, the rows of the lists) is ready before the first visitor asks."""
    app.extensions["ltgraph"].setdefault(WARM_PATHS, []).extend(paths)


WARM_VALUES = "warm_values"


def warm_values_on_load(app: Any, computations: Iterable[Callable[[], object]]) -> None:
    """Name values that pages compute once per load (with :func:`remembered`) and that no
    warmed page needs, so that the first visitor of a resource page does not wait for them."""
    app.extensions["ltgraph"].setdefault(WARM_VALUES, []).extend(computations)


WARM_LAST = "warm_last"


def warm_last_on_load(app: Any, computations: Iterable[Callable[[], object]]) -> None:
    """Name work to do once per load after the pages and values every visitor needs first
    (rendering the pages of every summit and release onto the shelf: minutes at a million
    quads), still before the query workers are forked again (:func:`fork_workers_again`)."""
    app.extensions["ltgraph"].setdefault(WARM_LAST, []).extend(computations)


def warm_in_background(app: Any) -> None:
    """Compute the pages named with :func:`warm_on_load` in a thread while the server starts
    answering (a server only: an app in a test answers its own requests at once)."""
    paths = app.extensions["ltgraph"].get(WARM_PATHS, [])
    settings = app.extensions["ltgraph"]["settings"]
    if paths and app.extensions["ltgraph"]["store"].version() is not None:
        base_url = f"http://{settings['host']}:{settings['port']}"
        threading.Thread(target=warm, args=(app, paths, base_url), daemon=True,
                         name="ltgraph-warm").start()


def compute_each(app: Any, kind: str, base_url: str) -> None:
    """Run each piece of work registered under ``kind``, inside a request context as its
    first visitor would; a failure is logged, never raised (warming is an optimisation)."""
    for compute in app.extensions["ltgraph"].get(kind, []):
        try:
            with app.test_request_context(base_url=base_url):
                compute()
        except Exception:  # noqa: BLE001 - warming is an optimisation; serving goes on
            LOG.warning("could not compute %s ahead of its first visitor", compute,
                        exc_info=True)


def warm(app: Any, paths: Iterable[str], base_url: str) -> None:
    """Compute the values named with :func:`warm_values_on_load`, ask ``app`` for each path
    as a browser would, then do the work named with :func:`warm_last_on_load`; a failure is
    logged, never raised."""
    from werkzeug.test import EnvironBuilder

    for name in app.jinja_env.list_templates():  # compiled once per process: do it now
        app.jinja_env.get_template(name)
    compute_each(app, WARM_VALUES, base_url)
    for path in paths:
        try:
            builder = EnvironBuilder(path=path, base_url=base_url,
                                     headers={"Accept": "text/html"})
            result = app.wsgi_app(builder.get_environ(), lambda *args, **kwargs: None)
            for _ in result:
                pass
            close = getattr(result, "close", None)
            if close is not None:
                close()
        except Exception:  # noqa: BLE001 - warming is an optimisation; serving goes on
            LOG.warning("could not compute %s ahead of its first visitor", path, exc_info=True)
    compute_each(app, WARM_LAST, base_url)
    from ltgraph.store.isolation import heap_trimmer

    heap_trimmer()()  # the rows those pages were computed from are garbage now: give it back
    LOG.info("computed %d pages ahead of their first visitors", len(list(paths)))
    fork_workers_again(app)


# logged once the workers are forked again: the start-up work is over (tests wait for it)
WORKERS_FORKED_AGAIN = "query workers forked again after the start-up work"


def fork_workers_again(app: Any) -> None:
    """Replace the query workers by processes forked now, after the start-up work.

    Why: a forked worker shares the server's memory only while neither side writes to it, and
    pyoxigraph writes to the pages of its in-memory store even to read them; so the scans of
    the start-up work, made in the server after the workers were forked, left each worker the
    sole owner of a whole copy of the store (a million triples: 650 MiB per process). Forked
    again now, the workers share the server's pages, and the objects made so far are frozen
    out of the garbage collector, whose passes would write to them as well. (Workers of an
    on-disk store start apart from the server and share none of its heap; replacing them drops
    what the page worker kept of the start-up work's whole-dataset queries.)"""
    import gc

    renew = getattr(app.extensions["ltgraph"]["store"], "renew_workers", None)
    if renew is None:
        return
    gc.collect()
    gc.freeze()
    try:
        renew()
    except Exception:  # noqa: BLE001 - the workers forked at start still serve
        LOG.warning("could not fork the query workers again", exc_info=True)
    else:
        LOG.info("%s", WORKERS_FORKED_AGAIN)
