"""Linked data: our IRIs dereference on this server.

A request path maps onto the public base (``https://w3id.org/ltgraph/`` by default), so
``GET /id/city/duesseldorf`` here describes ``https://w3id.org/ltgraph/id/city/duesseldorf``;
behind a proxy that forwards the public IRIs, the same holds. Documents are served directly
(200 with ``Vary: Accept``), not by 303 redirect: see ``docs/server.md`` for why.

- ``/id/{kind}/{slug}``: the resource's statements (and those of the fragment IRIs
  ``{iri}#...`` its document carries), its incoming links and the labels of what it links to.
  TriG, N-Quads and JSON-LD keep the named graph that states each triple; Turtle, N-Triples and
  RDF/XML give the merged view. HTML for browsers, rendered by the UI's page modules.
- ``/graph/release/{slug}``, ``/graph/source/{slug}``, ``/graph/reference``,
  ``/graph/ontology``: a named graph.
- ``/ontology``: the ontology (its namespace IRI) in HTML and RDF.
- ``/dumps/ltgraph.trig``, ``/dumps/ltgraph.nq``: the whole dataset.
- ``/.well-known/void``: a VoID / DCAT description of the dataset.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from flask import Blueprint, Response, current_app, request
from flask.blueprints import BlueprintSetupState
from rdflib import Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, RDF, XSD
from rdflib.term import Node

from ltgraph.formats.rdf import Statements
from ltgraph.store.base import Description, GraphResult
from ltgraph.terms import KINDS, SD, SOURCE_GRAPHS, VOID
from ltgraph.web import mediatypes as mt
from ltgraph.web.app import settings_of, store_of
from ltgraph.web.cache import warm_last_on_load
from ltgraph.web.errors import page as error_page
from ltgraph.web.ui import ontology as ontology_page
from ltgraph.web.ui import release as release_page
from ltgraph.web.ui import resource as resource_page

blueprint = Blueprint("linkeddata", __name__)

QuadT = tuple[Node, Node, Node, Node | None]
DUMPS = {"ltgraph.trig": ("trig", mt.TRIG), "ltgraph.nq": ("nquads", mt.NQUADS)}
DOCUMENT = ".rdf.z"  # a hub's document on the shelf (pages are ``.html.z``)
LOG = logging.getLogger("ltgraph.web")
CSP = ("default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")


def public_iri(path: str) -> URIRef:
    """The public IRI a local path stands for (``/id/city/x`` -> ``{public_base}id/city/x``)."""
    return URIRef(settings_of()["public_base"] + path.lstrip("/"))


def local_url(iri: str) -> str:
    """Where a public IRI is served on this host (the inverse of :func:`public_iri`); other
    IRIs are returned unchanged."""
    base = settings_of()["public_base"]
    if iri.startswith(base):
        return request.url_root + iri[len(base):]
    return iri


@blueprint.route("/id/<kind>/<slug>")
def resource(kind: str, slug: str) -> Response:
    if kind not in KINDS:
        return error_page(404, f"404 Not Found: no resources of kind {kind!r}")
    iri = public_iri(f"id/{kind}/{slug}")
    media = mt.negotiate(mt.DOCUMENT_TYPES, request.headers.get("Accept"),
                         request.args.get("format"))
    if media is mt.HTML and (kept := resource_page.kept_page()) is not None:
        return _html(kept)
    if media in mt.GRAPH_TYPES and (body := kept_document(iri, media)) is not None:
        return _rdf_body(media, body)
    version = store_of().version()
    # a page names things from the dataset's labels it keeps; a document carries them
    description = (resource_page.described(iri, kind) if media is mt.HTML
                   else store_of().describe(str(iri)))
    if not description:
        return error_page(404, f"404 Not Found: nothing is known about <{iri}>")
    if media is None:
        return _not_acceptable(mt.DOCUMENT_TYPES)
    if media is mt.HTML:
        return _html(resource_page.page(description, iri))
    return _rdf_body(media, document(description, iri, media, version))


# -- hub documents, serialised once per loaded dataset -------------------------------------------
def document(description: Description, iri: URIRef, media: mt.MediaType,
             version: str | None) -> bytes:
    """A resource's document in one format; a hub's (a resource in
    ``resource.HUB_STATEMENTS`` statements or more) is kept on the shelf until the next load:
    at a million quads describing and serialising it costs 0.15-0.4 s in memory, 0.5-0.7 s on
    disk, for 200-600 kB."""
    body = mt.write_quads(media, description.quads())
    shelf = resource_page.shelf_of()
    if (shelf is not None and version is not None
            and len(description.outgoing) + len(description.incoming)
            >= resource_page.HUB_STATEMENTS):
        shelf.put_bytes(document_key(iri, media), body, version, DOCUMENT)
    return body


def kept_document(iri: URIRef, media: mt.MediaType) -> bytes | None:
    """The document of ``iri`` in ``media`` as it was serialised for the loaded dataset, when
    the shelf keeps it (a hub's), else None."""
    shelf = resource_page.shelf_of()
    return shelf.get_bytes(document_key(iri, media), DOCUMENT) if shelf is not None else None


def document_key(iri: URIRef | str, media: mt.MediaType) -> tuple[str, str, str]:
    """What a resource's document depends on besides the data: its IRI and format (its links
    are public IRIs; nothing of the request is in it)."""
    return ("document", str(iri), media.short)


def prerender_documents() -> None:
    """Serialise the documents of the dataset's hubs (``resource.hubs``) in every RDF format
    onto the shelf, so that each one's first view is a file read: their descriptions are
    hundreds of statements with evidence and labels, read from the store as rdflib terms and
    sorted and serialised in Python (bench/README.md, "Hub documents on the shelf"). Each hub
    is described and its statements sorted once for all its formats; a new load stops the
    work."""
    shelf = resource_page.shelf_of()
    version = store_of().version()
    if shelf is None or version is None:
        return
    documents = written = 0
    for iri, _ in resource_page.hubs():
        if store_of().version() != version:
            return
        if all(shelf.has(document_key(iri, media), DOCUMENT) for media in mt.GRAPH_TYPES):
            continue
        quads = store_of().describe(iri).quads()
        statements = Statements(quads)  # sorted once for all the formats
        for media in mt.GRAPH_TYPES if quads else ():
            size = shelf.put_bytes(document_key(iri, media), mt.write_quads(media, statements),
                                   version, DOCUMENT)
            documents, written = documents + (size > 0), written + size
    LOG.info("serialised %d documents of hubs ahead of their first visitors (%.1f MiB on "
             "disk)", documents, written / (1 << 20))


@blueprint.record_once
def _documents_to_keep(state: BlueprintSetupState) -> None:
    """The hubs' documents are serialised after the start-up work (before the pages of every
    summit and release: they are fewer, and each costs more)."""
    warm_last_on_load(state.app, [prerender_documents])


@blueprint.route("/graph/release/<slug>")
def release_graph(slug: str) -> Response:
    return _named_graph(public_iri(f"graph/release/{slug}"))


@blueprint.route("/graph/source/<slug>")
def source_graph(slug: str) -> Response:
    return _named_graph(public_iri(f"graph/source/{slug}"))


@blueprint.route("/graph/<name>")
def other_graph(name: str) -> Response:
    return _named_graph(public_iri(f"graph/{name}"))


@blueprint.route("/ontology")
def ontology() -> Response:
    return _named_graph(public_iri("graph/ontology"), kind="ontology")


def _named_graph(graph_iri: URIRef, kind: str = "graph") -> Response:
    if str(graph_iri) not in store_of().graphs():
        return error_page(404, f"404 Not Found: no graph <{graph_iri}> in this dataset")
    media = mt.negotiate(mt.DOCUMENT_TYPES, request.headers.get("Accept"),
                         request.args.get("format"))
    if media is None:
        return _not_acceptable(mt.DOCUMENT_TYPES)
    quads = graph_quads(graph_iri)
    if media is mt.HTML:
        if kind == "ontology":
            return _html(ontology_page.render_ontology(quads))
        return _html(release_page.render_graph(graph_iri, quads))
    return _rdf(media, quads)


def graph_quads(graph_iri: URIRef) -> list[QuadT]:
    """Every statement of one named graph (a bounded, trusted query of our own)."""
    result = store_of().query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> "
                              "{ ?s ?p ?o } }")
    assert isinstance(result, GraphResult)
    return sorted((s, p, o, graph_iri) for s, p, o in result.graph)


@blueprint.route("/dumps/<name>")
def dump(name: str) -> Response:
    """The whole dataset, with an ETag and Last-Modified, answering a conditional GET with 304,
    gzip-compressed for clients that accept it (the compressed bytes are a representation of
    their own, with their own ETag)."""
    if name not in DUMPS:
        return error_page(404, f"404 Not Found: dumps are {', '.join(DUMPS)}")
    format_name, media = DUMPS[name]
    entry = dump_entry(format_name)
    compressed = request.accept_encodings.quality("gzip") > 0
    response = Response(entry.gzipped if compressed else entry.body,
                        content_type=mt.content_type(media))
    if compressed:
        response.headers["Content-Encoding"] = "gzip"
    response.set_etag(entry.etag + ("-gzip" if compressed else ""))
    response.last_modified = entry.modified
    response.headers["Cache-Control"] = "public, max-age=300"
    response.headers["Vary"] = "Accept-Encoding"
    return response.make_conditional(request)


@dataclass(frozen=True)
class DumpEntry:
    body: bytes
    gzipped: bytes
    etag: str
    modified: datetime


def dump_entry(format_name: str) -> DumpEntry:
    """The dump in one format with its validators, computed once per content: the store keeps
    its dump bytes until the data changes, and the same bytes keep their entry, so the ETag
    (the SHA-256 of the bytes) and Last-Modified (when this server first served these bytes,
    to the second) stay put between requests."""
    body = store_of().dump(format_name)
    cache: dict[str, DumpEntry] = current_app.extensions["ltgraph"].setdefault("dumps", {})
    entry = cache.get(format_name)
    if entry is not None and (entry.body is body or entry.body == body):
        return entry
    etag = hashlib.sha256(body).hexdigest()
    entry = DumpEntry(body, gzip.compress(body, compresslevel=6, mtime=0), etag,
                      datetime.now(UTC).replace(microsecond=0))
    cache[format_name] = entry
    return entry


@blueprint.route("/.well-known/void")
def void() -> Response:
    media = mt.negotiate(mt.GRAPH_TYPES, request.headers.get("Accept"),
                         request.args.get("format")) or mt.TURTLE
    return _rdf(media, ((s, p, o, None) for s, p, o in void_triples()))


def void_triples() -> list[tuple[Node, Node, Node]]:
    host = request.url_root
    store = store_of()
    distinct_triples, distinct_subjects = _counts_of_default_graph()
    dataset = URIRef(host + ".well-known/void#ltgraph")
    public_base = settings_of()["public_base"]
    triples: list[tuple[Node, Node, Node]] = [
        (dataset, RDF.type, VOID.Dataset),
        (dataset, RDF.type, DCAT.Dataset),
        (dataset, DCTERMS.title, Literal("ltgraph: the Living Together mayors network",
                                         lang="en")),
        (dataset, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")),
        (dataset, VOID.sparqlEndpoint, URIRef(host + "sparql")),
        (dataset, VOID.uriSpace, Literal(public_base + "id/")),
        (dataset, VOID.triples, Literal(distinct_triples, datatype=XSD.integer)),
        (dataset, VOID.distinctSubjects, Literal(distinct_subjects, datatype=XSD.integer)),
        (dataset, VOID.vocabulary, URIRef(public_base + "ontology#")),
        (dataset, FOAF.homepage, URIRef(host)),
    ]
    for name, (_, media) in DUMPS.items():
        url = URIRef(host + "dumps/" + name)
        distribution = URIRef(f"{host}.well-known/void#dump-{name.rsplit('.', 1)[1]}")
        triples += [(dataset, VOID.dataDump, url), (dataset, DCAT.distribution, distribution),
                    (distribution, RDF.type, DCAT.Distribution),
                    (distribution, DCAT.downloadURL, url),
                    (distribution, DCAT.mediaType, Literal(media.mime))]
    service = URIRef(host + "sparql#service")
    triples += [(dataset, DCAT.accessService, service), (service, RDF.type, DCAT.DataService),
                (service, DCAT.endpointURL, URIRef(host + "sparql"))]
    statistics = _counts_per_graph()
    descriptions = _graph_descriptions()
    for index, name in enumerate(store.graphs()):
        subset = URIRef(f"{host}.well-known/void#graph-{index}")
        graph_triples, graph_subjects = statistics.get(name, (0, 0))
        triples += [(dataset, VOID.subset, subset), (subset, RDF.type, VOID.Dataset),
                    (subset, SD.name, URIRef(name)),
                    (subset, VOID.triples, Literal(graph_triples, datatype=XSD.integer)),
                    (subset, VOID.distinctSubjects,
                     Literal(graph_subjects, datatype=XSD.integer))]
        triples += [(subset, p, o) for p, o in descriptions.get(name, ())]
    return triples


def _graph_descriptions() -> dict[str, list[tuple[Node, Node]]]:
    """What each named graph says of itself that a reader of the VoID needs: the release or
    page it comes from (``prov:wasDerivedFrom``; a cited page also as ``dcterms:source``, the
    source URL) and its title."""
    result = store_of().query(
        f"SELECT ?g ?p ?o WHERE {{ GRAPH ?g {{ ?g ?p ?o }} "
        f"FILTER(?p IN (<{PROV.wasDerivedFrom}>, <{DCTERMS.title}>)) }}")
    found: dict[str, list[tuple[Node, Node]]] = {}
    for g, p, o in sorted(getattr(result, "rows", [])):
        found.setdefault(str(g), []).append((p, o))
        if p == PROV.wasDerivedFrom and str(g).startswith(SOURCE_GRAPHS):
            found[str(g)].append((DCTERMS.source, o))
    return found


def _counts_of_default_graph() -> tuple[int, int]:
    """Distinct triples and subjects of the default graph, the RDF merge of the named graphs
    (a triple two graphs state counts once, as a query sees it, as
    :meth:`Store.distinct_triple_count` says)."""
    result = store_of().query("SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) "
                              "WHERE { ?s ?p ?o }")
    row = result.rows[0] if getattr(result, "rows", None) else (0, 0)
    return int(row[0] or 0), int(row[1] or 0)


def _counts_per_graph() -> dict[str, tuple[int, int]]:
    """Triples and distinct subjects of each named graph."""
    result = store_of().query("SELECT ?g (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) "
                              "WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {str(g): (int(n), int(s)) for g, n, s in getattr(result, "rows", [])}


# -- writers ------------------------------------------------------------------------------------
def _rdf(media: mt.MediaType, quads: Iterable[QuadT]) -> Response:
    return _rdf_body(media, mt.write_quads(media, quads))


def _rdf_body(media: mt.MediaType, body: bytes) -> Response:
    response = Response(body, content_type=mt.content_type(media))
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = alternates()
    return response


def _html(page: str) -> Response:
    response = Response(page, content_type="text/html; charset=utf-8")
    response.headers["Vary"] = "Accept"
    response.headers["Content-Security-Policy"] = CSP
    response.headers["Link"] = alternates()
    return response


def alternates() -> str:
    """``Link`` header naming every format of this document at its own URL (``?format=``),
    so a client that cannot set Accept, or a cache, can still address each one."""
    here = request.base_url
    return ", ".join(f'<{here}?format={m.short}>; rel="alternate"; type="{m.mime}"'
                     for m in mt.DOCUMENT_TYPES)


def _not_acceptable(offers: Iterable[mt.MediaType]) -> Response:
    response = error_page(406, "406 Not Acceptable: available as "
                     + ", ".join(o.mime for o in offers))
    response.headers["Vary"] = "Accept"
    return response
