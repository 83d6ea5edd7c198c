"""Errors to HTTP answers, in one place: short plain-text bodies, never a traceback.

A browser (a client that prefers ``text/html`` to plain text) gets the same message as an HTML
page in the site's layout (see :func:`page`); every other client keeps the plain answer.

Store errors map to statuses here (syntax -> 400, refused -> 400, timeout, memory and a full
line of queries -> 503, a client over its share -> 429, both with Retry-After); anything
unexpected is logged with its traceback on the server and answered with a bare 500.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from ltgraph.store.base import (
    QueryRefused,
    QueryStopped,
    QuerySyntaxError,
    QueryTimeout,
    StoreError,
)
from ltgraph.web.admission import RETRY_AFTER_S, ClientBusy, ServerBusy

LOG = logging.getLogger("ltgraph.web")

STATUS_OF: tuple[tuple[type[StoreError], int], ...] = (
    (QuerySyntaxError, 400),
    (QueryRefused, 400),
    (QueryTimeout, 503),
    (QueryStopped, 503),
    (ServerBusy, 503),
    (ClientBusy, 429),
    (StoreError, 500),
)


def plain(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """A short text/plain error answer."""
    response = Response(message.rstrip() + "\n", status=status,
                        mimetype="text/plain", headers=headers or {})
    response.headers["Content-Type"] = "text/plain; charset=utf-8"
    return response


def wants_html() -> bool:
    """Whether the client is a browser: it prefers HTML to plain text (``*/*`` alone is not
    enough, so command-line clients and RDF/JSON clients keep plain answers)."""
    if not request:
        return False
    return request.accept_mimetypes.best_match(["text/plain", "text/html"]) == "text/html"


def page(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """An error answer: an HTML page for browsers (when the UI renders them), plain text
    otherwise. The page must never turn one error into another: if it fails, plain text."""
    if not wants_html():
        return plain(status, message, headers)
    from ltgraph.web.ui.site import render_error  # the UI imports this module: import on use

    try:
        body = render_error(status, message)
    except Exception:  # noqa: BLE001 - an error page must not fail the answer
        LOG.exception("the HTML error page could not be rendered; answering in plain text")
        return plain(status, message, headers)
    response = Response(body, status=status, headers=headers or {})
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    response.vary.add("Accept")
    return response


def status_of(error: StoreError) -> int:
    for kind, status in STATUS_OF:
        if isinstance(error, kind):
            return status
    return 500


def store_error(error: StoreError) -> Response:
    status = status_of(error)
    headers = {"Retry-After": str(RETRY_AFTER_S)} if status in (429, 503) else {}
    prefix = {400: "Bad query", 429: "Too many requests",
              503: "Service unavailable"}.get(status, "Error")
    return page(status, f"{prefix}: {error}", headers)


def register(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        response = page(error.code or 500, f"{error.code} {error.name}: {error.description}")
        for name, value in error.get_headers():
            if name.lower() == "allow":
                response.headers["Allow"] = value
        return response

    @app.errorhandler(StoreError)
    def handle_store_error(error: StoreError) -> Response:
        return store_error(error)

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Response:
        LOG.exception("unexpected error while answering a request")
        return plain(500, "500 Internal Server Error: the server could not answer this request")
