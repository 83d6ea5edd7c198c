"""Run the app under waitress (the production WSGI server ``ltgraph serve`` uses)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from ltgraph import settings as settings_registry


def run(overrides: Mapping[str, Any] | None = None) -> None:
    """Build the app from the settings and serve it until interrupted."""
    import waitress

    from ltgraph.web.app import create_app, store_of

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    values = settings_registry.resolve(overrides)
    app = create_app(values)
    log = logging.getLogger("ltgraph.web")
    log.info("serving %d quads in %d named graphs at http://%s:%s/sparql",
             store_of(app).triple_count(), len(store_of(app).graphs()), values["host"],
             values["port"])
    try:
        waitress.serve(app, host=values["host"], port=values["port"], threads=8,
                       ident="ltgraph", max_request_body_size=4 * values["max_query_bytes"],
                       url_scheme="http")
    finally:
        store_of(app).close()
