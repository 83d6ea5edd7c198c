"""``/network/{kind}.{format}``: the four graphs as GraphML, GEXF, JSON, CSV or an SVG picture.

Query parameters mirror the command line: ``lang`` (label language, default ``en``), ``since``
and ``until`` (``YYYY-MM-DD``, inclusive), ``release`` (a release slug, repeatable) and, for
``cities`` and ``affiliation``, ``members`` (``true``/``false``, default ``true`` as in the
library: keep the member cities that share no summit). A value that is not well-formed is a
400; a filter the dataset does not know (a release it does not have, a window without any
event) is a 404, never an empty graph. ``.csv`` is a zip of the
node and the edge table; each table alone is ``/network/{kind}/nodes.csv`` and ``edges.csv``.
The graph is read from the server's store with the same queries as from a file, so an export
from the server equals ``ltgraph network`` on the built dataset. Each answer announces its
twins in the other formats with ``Link: rel="alternate"``.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlencode

import networkx as nx
from flask import Blueprint, Response, abort, request

from ltgraph.network.export import FORMATS, dumps_csv_edges, dumps_csv_nodes
from ltgraph.network.graphs import KINDS, UnknownFilterError, network
from ltgraph.network.sources import NetworkSourceError
from ltgraph.network.svg import render_svg
from ltgraph.slugs import slugify

blueprint = Blueprint("network", __name__)

SVG_MEDIA_TYPE = "image/svg+xml; charset=utf-8"
WEB_FORMATS = ("graphml", "gexf", "json", "csv", "svg")
CSV_TABLE_MEDIA_TYPE = "text/csv; charset=utf-8"
MEMBER_KINDS = ("cities", "affiliation")
_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
_TITLES = {"cities": "cities linked by the summits and declarations they share",
           "affiliation": "cities, people and organisations and the events they took part in",
           "people": "people who attended the same events",
           "organisations": "organisations that were partners or co-organisers of the same events"}


@blueprint.get("/network/<kind>.<fmt>")
def network_file(kind: str, fmt: str) -> Response:
    """One graph in one format, built from the store for this request."""
    _check_kind(kind)
    if fmt not in WEB_FORMATS:
        abort(404, description=f"no format {fmt!r}; the formats are {', '.join(WEB_FORMATS)}")
    graph = _graph(kind)
    if fmt == "svg":
        body: str | bytes = render_svg(graph, title=f"Living Together network: {_TITLES[kind]}")
        media_type = SVG_MEDIA_TYPE
    else:
        body = FORMATS[fmt].dumps(graph)
        media_type = FORMATS[fmt].media_type
    response = Response(body, status=200)
    response.headers["Content-Type"] = media_type
    if fmt == "csv":
        response.headers["Content-Disposition"] = f'attachment; filename="ltgraph-{kind}-csv.zip"'
    elif fmt in ("graphml", "gexf"):
        response.headers["Content-Disposition"] = f'inline; filename="ltgraph-{kind}.{fmt}"'
    query = urlencode(list(request.args.items(multi=True)))
    response.headers["Link"] = ", ".join(
        f'</network/{kind}.{other}{"?" + query if query else ""}>; rel="alternate"; '
        f'type="{(SVG_MEDIA_TYPE if other == "svg" else FORMATS[other].media_type).split(";")[0]}"'
        for other in WEB_FORMATS if other != fmt)
    response.add_etag()
    return response.make_conditional(request)


@blueprint.get("/network/<kind>/<table>.csv")
def network_table(kind: str, table: str) -> Response:
    """The node table or the edge table of one graph, as CSV."""
    _check_kind(kind)
    tables = {"nodes": dumps_csv_nodes, "edges": dumps_csv_edges}
    if table not in tables:
        abort(404, description=f"no table {table!r}; the tables are nodes and edges")
    response = Response(tables[table](_graph(kind)), status=200)
    response.headers["Content-Type"] = CSV_TABLE_MEDIA_TYPE
    response.headers["Content-Disposition"] = f'inline; filename="ltgraph-{kind}-{table}.csv"'
    response.add_etag()
    return response.make_conditional(request)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        abort(404, description=f"no network {kind!r}; the networks are {', '.join(KINDS)}")


def _graph(kind: str) -> nx.Graph:
    """The graph of the request's kind and options; a filter the dataset lacks is a 404."""
    from ltgraph.web.app import store_of

    options = _options(kind)
    try:
        return network(kind, store_of(), **options)
    except UnknownFilterError as error:
        abort(404, description=str(error))
    except NetworkSourceError as error:
        abort(503, description=f"the network could not be read from the store: {error}")


def _options(kind: str) -> dict[str, object]:
    """The graph options of the query string; a bad value is a 400 that names it."""
    lang = request.args.get("lang", "en")
    if not _LANGUAGE_TAG.match(lang):
        abort(400, description=f"lang: {lang!r} is not a language tag such as 'en' or 'de'")
    releases = request.args.getlist("release")
    for slug in releases:
        if not slug or slugify(slug) != slug:
            abort(400, description=f"release: {slug!r} is not a release slug such as "
                                   "'duesseldorf-20190901-318'")
    options: dict[str, object] = {"lang": lang, "releases": tuple(releases),
                                  "since": _date("since"), "until": _date("until")}
    since, until = options["since"], options["until"]
    if isinstance(since, date) and isinstance(until, date) and since > until:
        abort(400, description=f"since {since} is after until {until}: the window is empty")
    members = request.args.get("members")
    if members is not None:
        if kind not in MEMBER_KINDS:
            abort(400, description=f"members: applies to the {' and '.join(MEMBER_KINDS)} "
                                   f"networks, not to {kind}")
        if members.lower() not in _TRUE + _FALSE:
            abort(400, description=f"members: expected true or false, got {members!r}")
        options["include_members"] = members.lower() in _TRUE
    unknown = sorted(set(request.args) - {"lang", "release", "since", "until", "members"})
    if unknown:
        abort(400, description=f"{unknown[0]}: not an option of the networks; the options are "
                               "lang, since, until, release, members")
    return options


def _date(name: str) -> date | None:
    value = request.args.get(name)
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        abort(400, description=f"{name}: expected a date YYYY-MM-DD, got {value!r}")
