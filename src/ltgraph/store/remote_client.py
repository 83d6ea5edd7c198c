"""HTTP for the remote store: one client for queries and writes, and the credentials it sends.

The client is httpx, for three reasons: it does Basic and Digest authentication itself (Digest
with the server's challenge reused for later requests, so a large upload goes out authorised
instead of being cut off by a 401 before its body is read); it keeps connections open between
the many small requests a page makes; and its HTTP/1.1 parser has no limit on the number of
response headers (only on their total size, 100 KiB), where Python's ``http.client``, and so
urllib, urllib3 and requests, refuse more than 100: Virtuoso echoes every dataset graph as a
header, and with ~45 release graphs every query failed. Nothing process-wide is changed.

Credentials come only from the environment (:data:`USER_ENV`, :data:`PASSWORD_ENV`,
:data:`AUTH_ENV`) and never appear in a message or a ``repr``.
"""

from __future__ import annotations

import os
import time
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import httpx

from ltgraph.store.base import QueryTimeout, StoreError
from ltgraph.store.remote_dialect import (
    headers_too_large,
    query_error,
    stopped_at_limit,
    store_message,
    timeout_parameter,
)

USER_ENV = "LTGRAPH_REMOTE_USER"
PASSWORD_ENV = "LTGRAPH_REMOTE_PASSWORD"
AUTH_ENV = "LTGRAPH_REMOTE_AUTH"
JSON_RESULTS = "application/sparql-results+json"
TURTLE = "text/turtle"


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str
    scheme: str = "digest"  # "basic" or "digest"

    def __repr__(self) -> str:  # never print the password, not even in a traceback
        return f"Credentials(user={self.user!r}, scheme={self.scheme!r})"


def credentials_from_environment(environ: Mapping[str, str] | None = None) -> Credentials | None:
    """The credentials in ``LTGRAPH_REMOTE_USER``/``LTGRAPH_REMOTE_PASSWORD`` (and the scheme in
    ``LTGRAPH_REMOTE_AUTH``: digest, Virtuoso's, by default; basic for Fuseki and GraphDB), or
    None when no user is set. They are read from the environment only, so they never show in a
    process list or a shell history."""
    environ = os.environ if environ is None else environ
    user = environ.get(USER_ENV, "")
    if not user:
        return None
    scheme = environ.get(AUTH_ENV, "digest").strip().lower() or "digest"
    if scheme not in ("basic", "digest"):
        raise StoreError(f"{AUTH_ENV}: expected basic or digest, got {scheme!r}")
    return Credentials(user, environ.get(PASSWORD_ENV, ""), scheme)


def check_endpoint_url(url: str, what: str = "endpoint") -> str:
    """``url`` if it is a plain http(s) URL; credentials inside it are refused (they would end
    up in logs and process lists)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"{what} {url!r}: expected an http:// or https:// URL")
    if parts.username or parts.password:
        raise StoreError(f"{what}: credentials in the URL are not accepted; set {USER_ENV} and "
                         f"{PASSWORD_ENV} in the environment instead")
    return url


class RemoteHTTPError(StoreError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Answer:
    """A successful answer: its body and headers."""

    body: bytes
    headers: Mapping[str, str]

    @property
    def media_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0].strip()


class RemoteClient:
    """The HTTP side of one remote store: SPARQL queries (POST, form-encoded, with the protocol
    dataset and a time limit) and writes (Graph Store Protocol or SPARQL Update)."""

    def __init__(self, credentials: Credentials | None, timeout_s: float) -> None:
        self._credentials = credentials
        self.timeout_s = timeout_s
        self._http: httpx.Client | None = None
        self._primed = False  # whether the Digest challenge is known (writes go authorised)

    def _client(self) -> httpx.Client:
        if self._http is None:
            self._http = httpx.Client(auth=self._auth(), headers={"User-Agent": "ltgraph"},
                                      follow_redirects=True)
        return self._http

    def _auth(self) -> httpx.Auth | None:
        if self._credentials is None:
            return None
        user, password = self._credentials.user, self._credentials.password
        if self._credentials.scheme == "basic":
            return httpx.BasicAuth(user, password)
        return httpx.DigestAuth(user, password)

    def after_fork(self) -> None:
        """In a forked query worker: a client of its own (the parent's open connections are
        the parent's), left unclosed here so the parent's sockets stay as they are."""
        self._http = None
        self._primed = False

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    # -- queries ---------------------------------------------------------------------------
    def query(self, endpoint: str, sparql: str, *, defaults: Sequence[str],
              named: Sequence[str], timeout_s: float, accept: str) -> Answer:
        """Send one query; the store is asked to stop at ``timeout_s`` and the client waits a
        little longer, so the store's own stop is what normally ends a query."""
        form = {"query": sparql, "timeout": timeout_parameter(timeout_s),
                "default-graph-uri": list(defaults), "named-graph-uri": list(named)}
        started = time.monotonic()
        try:
            response = self._client().post(endpoint, data=form, headers={"Accept": accept},
                                           timeout=timeout_s * 1.5 + 2)
        except httpx.TimeoutException:
            raise QueryTimeout(f"the remote store did not answer within {timeout_s:g} s") \
                from None
        except httpx.RemoteProtocolError as error:
            if "too long" in str(error).lower():
                raise headers_too_large(len(defaults) + len(named)) from None
            raise self._unreachable(endpoint, error) from None
        except httpx.TransportError as error:
            if time.monotonic() - started >= timeout_s * 0.9:
                raise QueryTimeout(f"the remote store did not answer within {timeout_s:g} s") \
                    from None
            raise self._unreachable(endpoint, error) from None
        if response.status_code in (401, 403, 404):
            raise http_error(response.status_code, response.content)
        if response.status_code >= 300:
            raise query_error(response.status_code, response.text)
        if stopped_at_limit(response.headers):
            raise QueryTimeout(f"the remote store stopped the query at the limit of "
                               f"{timeout_s:g} s (it would have returned partial results)")
        return Answer(response.content, response.headers)

    # -- writes ----------------------------------------------------------------------------
    def send(self, method: str, url: str, body: bytes | None, media: str | None) -> None:
        """One write request, authorised up front.

        A server that answers an unauthorised request with 401 may close the connection
        before reading a large body (Virtuoso does), which surfaces as a broken connection
        instead of a challenge. So with Digest the challenge is fetched first with a bodiless
        request; later writes reuse it, and a stale one (a 401 the client answers itself, or a
        dropped connection) is fetched anew once.
        """
        headers = {"Content-Type": media} if media else {}
        for attempt in (1, 2):
            self._prime(url, again=attempt > 1)
            try:
                response = self._client().request(method, url, content=body, headers=headers,
                                                   timeout=self.timeout_s)
            except httpx.TransportError as error:
                if attempt == 1 and self._credentials is not None:
                    continue
                raise self._unreachable(url, error) from None
            if response.status_code >= 300:
                raise http_error(response.status_code, response.content, url)
            return

    def _prime(self, url: str, *, again: bool) -> None:
        """Learn the Digest challenge with a bodiless request (an OPTIONS, which costs the
        server nothing), so the write that follows carries its body authorised."""
        if self._credentials is None or self._credentials.scheme != "digest":
            return
        if self._primed and not again:
            return
        try:
            self._client().options(url, timeout=self.timeout_s)
        except httpx.TransportError as error:
            raise self._unreachable(url, error) from None
        self._primed = True

    @staticmethod
    def _unreachable(url: str, error: Exception) -> StoreError:
        return StoreError(f"{without_query(url)} cannot be reached ({type(error).__name__})")


def http_error(status: int, body: bytes, url: str | None = None) -> RemoteHTTPError:
    """The error of a refused request, naming what to do about credentials and permissions."""
    where = f"{without_query(url)}: " if url else ""
    if status == 401:
        return RemoteHTTPError(status, f"{where}the remote store refused the credentials "
                                       f"(HTTP 401; set {USER_ENV} and {PASSWORD_ENV})")
    if status == 403:
        return RemoteHTTPError(status, f"{where}the remote store forbids this (HTTP 403); the "
                                       "user needs write permission")
    if status == 404 and not url:
        return RemoteHTTPError(status, "the remote store's endpoint was not found (HTTP 404)")
    text = store_message(body.decode("utf-8", "replace"))
    return RemoteHTTPError(status, f"{where}the remote store answered HTTP {status}: {text}")


def with_query(url: str, params: Mapping[str, str]) -> str:
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    return url + separator + urllib.parse.urlencode(params)


def without_query(url: str) -> str:
    return urllib.parse.urlsplit(url)._replace(query="").geturl()
