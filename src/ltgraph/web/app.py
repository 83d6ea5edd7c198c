"""The application factory: settings in, a Flask app with its store and blueprints out.

No module-level state: the store and the settings live in ``app.extensions["ltgraph"]``, and
blueprints reach them through :func:`store_of` and :func:`settings_of`. Every blueprint is
imported and registered by name in :func:`create_app`, so the site's routes can be read in one
place; a part that fails to import stops the server at start, loudly, rather than serving less.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, Response, current_app, request

from ltgraph import settings as settings_registry
from ltgraph.store.base import Store
from ltgraph.web.admission import Admission

LOG = logging.getLogger("ltgraph.web")

EXTENSION = "ltgraph"
# Test-only: when set, the server process (and its query workers) append every network and
# file-open event to this file, so tests can prove a query caused no I/O.
AUDIT_LOG_ENV = "LTGRAPH_TEST_AUDIT_LOG"
AUDITED_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "urllib.Request", "open",
                            "socket.gethostbyname", "subprocess.Popen"})


def create_app(settings: Mapping[str, Any] | None = None, *, store: Store | None = None) -> Flask:
    """A configured app. ``settings`` overrides the registry (defaults and environment);
    ``store`` replaces the store the settings name (tests, embedding)."""
    values = settings_registry.resolve(settings)
    audit_log = os.environ.get(AUDIT_LOG_ENV)
    if audit_log:
        install_audit_log(Path(audit_log))
    app = Flask("ltgraph.web", static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = max(values["max_query_bytes"] * 2, 16384)
    app.config["JSON_SORT_KEYS"] = False
    app.debug = False
    check_capacity(values)
    opened = store if store is not None else open_store(values)
    admission = Admission(workers=values["query_workers"], queue=values["query_queue"],
                          per_client=values["query_per_client"])
    app.extensions[EXTENSION] = {"store": opened, "settings": values,
                                 "admission": admission}
    from ltgraph.web.sparql import OnePatternAnswers

    # inside the proxy headers' fix, so that it sees the request as the app does
    app.wsgi_app = OnePatternAnswers(app.wsgi_app, opened, values)  # type: ignore[method-assign]
    hops = values["trusted_proxies"]
    if hops:
        from werkzeug.middleware.proxy_fix import ProxyFix

        proxied = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_prefix=hops)
        app.wsgi_app = proxied  # type: ignore[method-assign]

    from ltgraph.web import errors

    errors.register(app)
    app.before_request(_refuse_malformed_host)
    app.after_request(_common_headers)
    register_blueprints(app)
    from ltgraph.web import cache

    cache.install(app, opened, values)
    return app


def register_blueprints(app: Flask) -> None:
    """Every route of the site, part by part (the modules' docstrings list their routes)."""
    from ltgraph.network.web import blueprint as network_pages
    from ltgraph.web.introspection import blueprint as introspection
    from ltgraph.web.linkeddata import blueprint as linked_data
    from ltgraph.web.sparql import blueprint as sparql
    from ltgraph.web.ui import blueprint as ui

    app.register_blueprint(sparql)  # /sparql: the SPARQL 1.1 endpoint, its description, editor
    app.register_blueprint(linked_data)  # /id/..., /graph/..., /ontology, /dumps/..., VoID
    app.register_blueprint(introspection)  # /-/...: the server's own pages (its settings)
    app.register_blueprint(ui)  # /, /browse/..., /search, /query, /static/...: pages for people
    app.register_blueprint(network_pages)  # /network/...: the networks, exports and pictures


# host [":" port], the host a DNS name (letters, digits, '-', '_', '.'), IPv4 or an IPv6 literal
_HOST = re.compile(r"(?:[A-Za-z0-9_][A-Za-z0-9_.-]{0,252}|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")


def malformed_host(environ: Mapping[str, Any]) -> bool:
    """Whether the request's Host header (or trusted X-Forwarded-Host) is not a host name."""
    host = environ.get("HTTP_HOST")
    return host is not None and _HOST.fullmatch(host) is None


def _refuse_malformed_host() -> Response | None:
    """A 400 for a request whose Host header (or trusted X-Forwarded-Host) is not a host name:
    links built from it, such as the service description's ``sd:endpoint``, would be wrong
    (``http:///sparql``)."""
    if not malformed_host(request.environ):
        return None
    from ltgraph.web.errors import plain

    return plain(400, "400 Bad Request: malformed Host header")


def _common_headers(response: Response) -> Response:
    """CORS for everyone but without credentials (and never the private-network opt-in), and
    no content sniffing."""
    response.headers["X-Content-Type-Options"] = "nosniff"
    if settings_of()["cors"]:
        response.headers["Access-Control-Allow-Origin"] = "*"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
            response.headers["Access-Control-Max-Age"] = "3600"
    return response


def open_store(values: Mapping[str, Any]) -> Store:
    """The store the settings name, loaded, with queries in killable worker processes."""
    from ltgraph.store.isolation import IsolatedStore

    backend = values["backend"]
    if backend == "embedded":
        inner = _open_embedded(values)
    elif backend == "remote":
        from ltgraph.store.remote import RemoteStore

        inner = RemoteStore(values["remote_endpoint"], timeout_s=values["query_timeout_s"],
                            union_default=values["remote_union"])
    else:
        raise ValueError(f"backend: unknown store backend {backend!r}; "
                         "expected 'embedded' or 'remote'")
    # a remote store is reached over the network, so only embedded workers can lose it
    isolate = backend == "embedded" and values["query_network_isolation"]
    return IsolatedStore(inner, workers=values["query_workers"],
                         timeout_s=values["query_timeout_s"], own_workers=values["page_workers"],
                         memory_mb=values["query_memory_mb"], client_nice=values["query_nice"],
                         isolate_network=isolate)


def check_capacity(values: Mapping[str, Any]) -> None:
    """Refuse settings under which client queries could hold every server thread."""
    held = values["query_workers"] + values["query_queue"]
    if values["server_threads"] <= held:
        raise ValueError(f"server_threads ({values['server_threads']}) must be larger than "
                         f"query_workers + query_queue ({held}), so that lookups, pages and "
                         "static files always find a free thread")


def _open_embedded(values: Mapping[str, Any]) -> Store:
    from ltgraph.store.embedded import EmbeddedStore

    store = EmbeddedStore(Path(values["store"]) if values["store"] else None,
                          base_iri=values["public_base"])
    data = Path(values["data"])
    if store.is_empty():
        if data.is_file():
            store.load(data)
        else:
            LOG.warning("%s does not exist (run 'ltgraph build'); serving an empty store", data)
    from ltgraph.store.isolation import heap_trimmer

    heap_trimmer()()  # parsing leaves freed buffers behind (400 MiB at 1M triples on disk)
    return store


def store_of(app: Flask | None = None) -> Store:
    """The store of ``app`` (default: the current app); the only way blueprints reach it."""
    return (app or current_app).extensions[EXTENSION]["store"]


def admission_of(app: Flask | None = None) -> Admission:
    """The admission control of client queries of ``app`` (default: the current app)."""
    return (app or current_app).extensions[EXTENSION]["admission"]


def settings_of(app: Flask | None = None) -> dict[str, Any]:
    """The resolved settings of ``app`` (default: the current app)."""
    return (app or current_app).extensions[EXTENSION]["settings"]


def install_audit_log(path: Path) -> None:
    """Record audited events (see AUDITED_EVENTS) as lines ``pid event args`` in ``path``."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in AUDITED_EVENTS:
            line = f"{os.getpid()} {event} {args[:2]!r}".replace("\n", " ") + "\n"
            os.write(fd, line.encode("utf-8", "replace"))

    sys.addaudithook(hook)
