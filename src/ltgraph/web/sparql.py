"""The SPARQL 1.1 Protocol at ``/sparql`` (https://www.w3.org/TR/sparql11-protocol/).

Section 2.1 (query operation): GET with ``query``, POST of an HTML form
(``application/x-www-form-urlencoded``) and direct POST (``application/sparql-query``, UTF-8),
each with the protocol dataset ``default-graph-uri`` / ``named-graph-uri``. Exactly one query per
request. Section 2.2 (update operation) is refused with 403: this service is read-only.
A GET without ``query`` answers with the service description
(https://www.w3.org/TR/sparql11-service-description/).

The query form comes from the parsed query (the store's result type), and the answer's media
type from content negotiation (:mod:`ltgraph.web.mediatypes`), so every answer carries
``Vary: Accept``.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pyoxigraph
from flask import Blueprint, Response, request
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from ltgraph.store.base import AskResult, GraphResult, SelectResult, Store
from ltgraph.terms import SD, VOID
from ltgraph.web import mediatypes as mt
from ltgraph.web.admission import client_query
from ltgraph.web.app import malformed_host, settings_of, store_of
from ltgraph.web.errors import plain

blueprint = Blueprint("sparql", __name__)

FORMATS = URIRef("http://www.w3.org/ns/formats/")
RESULT_FORMAT_IRIS = {
    mt.SPARQL_JSON: FORMATS + "SPARQL_Results_JSON", mt.SPARQL_XML: FORMATS + "SPARQL_Results_XML",
    mt.CSV: FORMATS + "SPARQL_Results_CSV", mt.TSV: FORMATS + "SPARQL_Results_TSV",
    mt.TURTLE: FORMATS + "Turtle", mt.NTRIPLES: FORMATS + "N-Triples",
    mt.JSONLD: FORMATS + "JSON-LD", mt.RDFXML: FORMATS + "RDF_XML", mt.TRIG: FORMATS + "TriG",
    mt.NQUADS: FORMATS + "N-Quads",
}
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
READ_ONLY = "403 Forbidden: this endpoint is read-only; SPARQL Update is not accepted"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@blueprint.route("/sparql", methods=["GET", "POST"])
@blueprint.route("/sparql/", methods=["GET", "POST"])
def endpoint() -> Response:
    try:
        params = parameters_of_request()
        query = query_of_request(params)
        defaults = dataset_iris(params, "default-graph-uri")
        named = dataset_iris(params, "named-graph-uri")
    except ProtocolError as error:
        return plain(error.status, str(error))
    if query is None:
        return service_description()
    formats = params.get("format")
    return answer(client_query(query, default_graph_uris=defaults, named_graph_uris=named),
                  formats[0] if formats else None)


Parameters = dict[str, list[str]]
# a '%' not followed by two hex digits: invalid percent-encoding
_BAD_PERCENT = re.compile(rb"%(?![0-9A-Fa-f]{2})")


def parameters_of_request() -> Parameters:
    """The URL's parameters and, for a form POST, the body's, decoded strictly: invalid
    percent-encoding or bytes that are not UTF-8 are a 400, never replaced by U+FFFD (a lossy
    decoding would run a different query than the one sent)."""
    params = decode_parameters(request.query_string, "the URL")
    if request.method == "POST" and request.mimetype == FORM:
        _check_body_size(settings_of()["max_query_bytes"])
        for name, values in decode_parameters(request.get_data(cache=True),
                                              "the form body").items():
            params.setdefault(name, []).extend(values)
    return params


def decode_parameters(raw: bytes, where: str) -> Parameters:
    """``application/x-www-form-urlencoded`` bytes as name -> values, or ProtocolError."""
    params: Parameters = {}
    for field in raw.split(b"&"):
        if not field:
            continue
        bad = _BAD_PERCENT.search(field)
        if bad is not None:
            raise ProtocolError(400, f"400 Bad Request: invalid percent-encoding in {where} "
                                     f"({field[bad.start():bad.start() + 3]!r})")
        name, _, value = field.partition(b"=")
        try:
            decoded = [urllib.parse.unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
                       for part in (name, value)]
        except UnicodeDecodeError:
            raise ProtocolError(400, f"400 Bad Request: {where} is not UTF-8 once "
                                     "percent-decoded") from None
        params.setdefault(decoded[0], []).append(decoded[1])
    return params


def dataset_iris(params: Parameters, name: str) -> list[str]:
    """The protocol dataset's IRIs; anything that is not an absolute IRI is a 400."""
    iris = params.get(name, [])
    for iri in iris:
        try:
            pyoxigraph.NamedNode(iri)
        except ValueError as error:
            raise ProtocolError(400, f"400 Bad Request: {name} is not an absolute IRI "
                                     f"({error})") from None
    return iris


def query_of_request(params: Parameters) -> str | None:
    """The one query of this request, or None for a bare GET; raises ProtocolError (4xx)."""
    limit = settings_of()["max_query_bytes"]
    if "update" in params:
        raise ProtocolError(403, READ_ONLY)
    if request.method in ("GET", "HEAD"):
        queries = params.get("query", [])
        if not queries:
            return None
    else:
        queries = _posted_queries(params, limit)
    if len(queries) != 1:
        raise ProtocolError(400, "400 Bad Request: send exactly one 'query' "
                                 f"(this request has {len(queries)})")
    if len(queries[0].encode("utf-8")) > limit:
        raise ProtocolError(413, f"413 Payload Too Large: the query is longer than {limit} bytes")
    if not _without_comments(queries[0]).strip():
        raise ProtocolError(400, "400 Bad Request: empty query")
    return queries[0]


def _without_comments(sparql: str) -> str:
    """The text without ``#`` comments (a rough cut: enough to tell an empty query)."""
    return "\n".join(line.split("#", 1)[0] for line in sparql.splitlines())


def _check_body_size(limit: int) -> None:
    if request.content_length is not None and request.content_length > 2 * limit:
        raise ProtocolError(413, f"413 Payload Too Large: the request body is longer than "
                                 f"{2 * limit} bytes")


def _posted_queries(params: Parameters, limit: int) -> list[str]:
    mimetype = request.mimetype
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if mimetype == UPDATE:
        raise ProtocolError(403, READ_ONLY)
    if not mimetype:
        raise ProtocolError(400, "400 Bad Request: a POST needs a Content-Type "
                                 f"({FORM} or {DIRECT})")
    if mimetype not in (FORM, DIRECT):
        raise ProtocolError(415, f"415 Unsupported Media Type: {mimetype}; "
                                 f"send {FORM} or {DIRECT}")
    if charset not in ("utf-8", "utf8"):
        raise ProtocolError(415, "415 Unsupported Media Type: queries must be UTF-8 encoded")
    _check_body_size(limit)
    if mimetype == FORM:
        return params.get("query", [])
    if "query" in params:
        raise ProtocolError(400, "400 Bad Request: a direct POST carries the query in its body, "
                                 "not also in the URL")
    body = request.get_data(cache=False)
    if len(body) > limit:
        raise ProtocolError(413, f"413 Payload Too Large: the query is longer than {limit} bytes")
    try:
        return [body.decode("utf-8")]
    except UnicodeDecodeError as error:
        raise ProtocolError(400, f"400 Bad Request: the body is not UTF-8 "
                                 f"(byte {error.start})") from None


def answer(result: SelectResult | AskResult | GraphResult,
           format_override: str | None = None) -> Response:
    """The result in the negotiated media type (406 when none fits); ``format_override`` is
    the request's ``format=`` parameter, if any."""
    offers: tuple[mt.MediaType, ...]
    if isinstance(result, SelectResult):
        offers = mt.RESULT_TYPES
    elif isinstance(result, AskResult):
        offers = mt.BOOLEAN_TYPES
    else:
        offers = mt.GRAPH_TYPES
    media = mt.negotiate(offers, request.headers.get("Accept"), format_override)
    if media is None:
        return not_acceptable(offers)
    if isinstance(result, SelectResult):
        body = mt.write_select(media, result.variables, result.rows, truncated=result.truncated)
    elif isinstance(result, AskResult):
        body = mt.write_boolean(media, result.value)
    else:
        body = mt.write_graph(media, result.graph)
    response = Response(body, status=200, content_type=mt.content_type(media))
    response.headers["Vary"] = "Accept"
    if result.truncated:
        response.headers["X-LTGraph-Truncated"] = "true"
    return response


class OnePatternAnswers:
    """WSGI middleware in front of the app: a GET of ``/sparql`` whose query is a SELECT of one
    triple pattern (and that asks nothing else: no protocol dataset) is answered here, from the
    store's index (:meth:`~ltgraph.store.base.Store.pattern_select`), with the same body and
    headers the endpoint gives. Why: such an answer costs the store a few hundredths of a
    millisecond, and the web framework's request machinery costs several times that; the
    commonest small query should cost about what a kept page costs. Anything else, and any
    request this class is unsure of, goes to the app unchanged."""

    PATHS = ("/sparql", "/sparql/")
    ASKS = frozenset({"query", "format"})

    def __init__(self, app: Callable[..., Iterable[bytes]], store: Store,
                 settings: Mapping[str, Any]) -> None:
        self.app, self.store, self.settings = app, store, settings

    def __call__(self, environ: dict[str, Any],
                 start_response: Callable[..., Any]) -> Iterable[bytes]:
        try:
            answered = self.answer(environ)
        except Exception:  # noqa: BLE001 - the app answers (and logs) whatever went wrong
            answered = None
        if answered is None:
            return self.app(environ, start_response)
        headers, body = answered
        start_response("200 OK", headers)
        return [] if environ["REQUEST_METHOD"] == "HEAD" else [body]

    def answer(self, environ: dict[str, Any]) -> tuple[list[tuple[str, str]], bytes] | None:
        """The headers and body of a one-pattern answer, or None (then the app answers)."""
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD") or \
                environ.get("PATH_INFO") not in self.PATHS or malformed_host(environ):
            return None
        try:
            params = decode_parameters(environ.get("QUERY_STRING", "").encode("latin-1"), "")
        except (ProtocolError, UnicodeEncodeError):
            return None
        if not params.keys() <= self.ASKS or any(len(v) != 1 for v in params.values()) or \
                "query" not in params:
            return None
        query = params["query"][0]
        if len(query.encode("utf-8")) > self.settings["max_query_bytes"]:
            return None
        media = mt.negotiate(mt.RESULT_TYPES, environ.get("HTTP_ACCEPT"),
                             params.get("format", [None])[0])
        result = None if media is None else self.store.pattern_select(
            query, max_rows=self.settings["max_rows"])
        if media is None or result is None:
            return None
        body = mt.write_select(media, result.variables, result.rows, truncated=result.truncated)
        headers = [("Content-Type", mt.content_type(media)), ("Content-Length", str(len(body))),
                   ("Vary", "Accept"), ("X-Content-Type-Options", "nosniff")]
        if result.truncated:
            headers.append(("X-LTGraph-Truncated", "true"))
        if self.settings["cors"]:
            headers.append(("Access-Control-Allow-Origin", "*"))
        return headers, body


def not_acceptable(offers: tuple[mt.MediaType, ...]) -> Response:
    response = plain(406, "406 Not Acceptable: this answer is available as "
                     + ", ".join(o.mime for o in offers))
    response.headers["Vary"] = "Accept"
    return response


def service_description() -> Response:
    """The service description; its ``sd:endpoint`` is the URL the client asked."""
    endpoint_iri = URIRef(request.base_url)
    offers = mt.GRAPH_TYPES
    accept = request.headers.get("Accept")
    if mt.negotiate((mt.HTML, *offers), accept) is mt.HTML:
        from ltgraph.web.ui.query import render_editor

        response = Response(render_editor(), content_type="text/html; charset=utf-8")
        response.headers["Vary"] = "Accept"
        return response
    media = mt.negotiate(offers, accept, request.args.get("format")) or mt.TURTLE
    graph = describe_service(endpoint_iri, request.url_root)
    response = Response(mt.write_graph(media, graph), content_type=mt.content_type(media))
    response.headers["Vary"] = "Accept"
    return response


def describe_service(endpoint_iri: URIRef, host_url: str) -> Graph:
    settings = settings_of()
    store = store_of()
    graph = Graph()
    service = URIRef(endpoint_iri + "#service")
    dataset = URIRef(endpoint_iri + "#dataset")
    default_graph = URIRef(endpoint_iri + "#default-graph")
    void = URIRef(host_url + ".well-known/void")
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, endpoint_iri))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for iri in RESULT_FORMAT_IRIS.values():
        graph.add((service, SD.resultFormat, iri))
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((service, RDFS.seeAlso, void))
    graph.add((service, RDFS.comment, Literal(
        "Read-only. The default graph is the union of the named graphs. SERVICE is refused and "
        "graphs named by FROM, FROM NAMED or the protocol dataset are never fetched: a graph "
        f"this store does not hold is empty. Each query stops after "
        f"{settings['query_timeout_s']:g} s (503); results are cut at {settings['max_rows']} "
        "rows or triples, which the header X-LTGraph-Truncated: true and, in SPARQL JSON, "
        "head.truncated announce.", lang="en")))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, RDFS.seeAlso, void))
    graph.add((dataset, SD.defaultGraph, default_graph))
    graph.add((default_graph, RDF.type, SD.Graph))
    graph.add((default_graph, DCTERMS.description,
               Literal("The union of all named graphs of this dataset.", lang="en")))
    graph.add((default_graph, VOID.triples,
               Literal(store.distinct_triple_count(), datatype=XSD.integer)))
    for index, name in enumerate(store.graphs()):
        named = URIRef(f"{endpoint_iri}#named-graph-{index}")
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, URIRef(name)))
    return graph
