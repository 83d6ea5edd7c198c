"""Run the app under waitress (the production WSGI server ``ltgraph serve`` uses)."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Mapping
from typing import Any

from flask import Flask

from ltgraph import settings as settings_registry


def run(overrides: Mapping[str, Any] | None = None) -> None:
    """Build the app from the settings and serve it until interrupted."""
    from ltgraph.web.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    serve_app(create_app(settings_registry.resolve(overrides)))


def serve_app(app: Flask) -> None:
    """Serve an app made by ``create_app`` on the host and port of its settings."""
    from ltgraph.web.app import settings_of, store_of

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    values, store = settings_of(app), store_of(app)
    logging.getLogger("ltgraph.web").info(
        "serving %d quads in %d named graphs at http://%s:%s/sparql", store.triple_count(),
        len(store.graphs()), values["host"], values["port"])
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
    from ltgraph.web.cache import warm_in_background

    warm_in_background(app)
    try:
        serve_wsgi(app, values["host"], values["port"], threads=values["server_threads"],
                   max_request_body_size=4 * values["max_query_bytes"],
                   # the app's ProxyFix decides which forwarded headers to believe
                   # (setting trusted_proxies); the server must pass them through
                   pass_forwarded_headers=bool(values["trusted_proxies"]))
    finally:
        store.close()


def serve_wsgi(app: Any, host: str, port: int, *, threads: int = 8,
               max_request_body_size: int = 1 << 20, pass_forwarded_headers: bool = False) -> None:
    """Serve any WSGI app the way ``ltgraph serve`` does (the benchmarks' baseline app too,
    so that both run under the same server)."""
    import waitress

    waitress.serve(app, host=host, port=port, threads=threads, ident="ltgraph",
                   max_request_body_size=max_request_body_size, url_scheme="http",
                   clear_untrusted_proxy_headers=not pass_forwarded_headers)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM ends the server as Ctrl+C does, so ``finally`` stops the query workers (left
    alone they would outlive the server, blocked on pipes their siblings keep open)."""
    raise SystemExit(0)
