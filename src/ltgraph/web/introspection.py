"""The server's own pages, under ``/-/`` (as Datasette keeps its introspection pages):
what the server is, not what the dataset says.

- ``/-/settings``: the settings this server runs with, from the one registry
  (:mod:`ltgraph.settings`), as JSON, or an HTML table for browsers.
"""

from __future__ import annotations

import json
import os

from flask import Blueprint, Response, request

from ltgraph import settings as settings_registry
from ltgraph.web.app import settings_of
from ltgraph.web.errors import wants_html
from ltgraph.web.ui.site import render_settings

blueprint = Blueprint("introspection", __name__)


@blueprint.route("/-/settings")
def settings_page() -> Response:
    """The settings this server runs with, with their help text: JSON (the registry's twin),
    or an HTML table for browsers (``?format=json`` forces JSON)."""
    values = settings_of()
    rows = [{"name": s.name, "value": _shown(values[s.name]), "default": _shown(s.default),
             "env": s.env, "help": s.help} for s in settings_registry.SETTINGS]
    if request.args.get("format") != "json" and wants_html():
        response = Response(render_settings(rows), content_type="text/html; charset=utf-8")
    else:
        body = json.dumps({"settings": rows}, indent=2, ensure_ascii=False)
        response = Response(body, content_type="application/json")
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = '</-/settings?format=json>; rel="alternate"; type="application/json"'
    return response


def _shown(value: object) -> object:
    """Absolute paths by their last part only: the page must not map the server's disk."""
    if isinstance(value, str) and os.path.isabs(value):
        return os.path.basename(value.rstrip("/")) or "/"
    return value
