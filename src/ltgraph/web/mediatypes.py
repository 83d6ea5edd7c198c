"""Every media type the server speaks, content negotiation, and which writer answers in each.

One table per kind of answer: query results (SELECT, ASK), RDF graphs (CONSTRUCT, DESCRIBE,
linked-data documents) and RDF datasets (quads with their graphs). A ``format=`` short name
overrides the Accept header; otherwise the client's q-values choose, ties going to the first
entry of the table (our preferred type). ``None`` from :func:`negotiate` means 406. The
writers themselves are in :mod:`ltgraph.formats`, one module per format.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rdflib.term import Identifier, Node
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from ltgraph.formats import files
from ltgraph.formats import sparql_results as results
from ltgraph.formats.files import RdfSyntax
from ltgraph.formats.jsonld import write_jsonld
from ltgraph.formats.rdf import Statements, write_statements


@dataclass(frozen=True)
class MediaType:
    mime: str
    short: str  # the format= name
    rdflib_format: str = ""  # for RDF writers
    aliases: tuple[str, ...] = ()  # further format= names and media types that choose this one


SPARQL_JSON = MediaType("application/sparql-results+json", "json",
                        aliases=("srj", "application/json"))
SPARQL_XML = MediaType("application/sparql-results+xml", "xml", aliases=("srx",))
CSV = MediaType("text/csv", "csv")
TSV = MediaType("text/tab-separated-values", "tsv")
RESULT_TYPES: tuple[MediaType, ...] = (SPARQL_JSON, SPARQL_XML, CSV, TSV)
BOOLEAN_TYPES: tuple[MediaType, ...] = (SPARQL_JSON, SPARQL_XML)

# (aliases include the format= names SPARQL clients such as SPARQLWrapper send)
TURTLE = MediaType("text/turtle", "turtle", "turtle", ("ttl", "n3", "text/n3"))
NTRIPLES = MediaType("application/n-triples", "nt", "nt", ("ntriples", "text/plain"))
# application/json too: a client that asks for plain JSON gets the JSON-LD document
JSONLD = MediaType("application/ld+json", "jsonld", "json-ld",
                   ("json-ld", "json", "application/json"))
RDFXML = MediaType("application/rdf+xml", "rdfxml", "xml", ("rdf+xml", "xml", "rdf", "owl"))
TRIG = MediaType("application/trig", "trig", "trig")
NQUADS = MediaType("application/n-quads", "nq", "nquads", ("nquads",))
HTML = MediaType("text/html", "html")
GRAPH_TYPES: tuple[MediaType, ...] = (TURTLE, NTRIPLES, JSONLD, RDFXML, TRIG, NQUADS)
DOCUMENT_TYPES: tuple[MediaType, ...] = (HTML, *GRAPH_TYPES)

ALL_TYPES = (*RESULT_TYPES, *GRAPH_TYPES, HTML)


def negotiate(offers: Sequence[MediaType], accept_header: str | None,
              format_override: str | None = None) -> MediaType | None:
    """The offer the client wants most, or None when nothing it accepts is offered.

    ``format_override`` (a ``format=`` value: a short name, an alias or a media type) wins over
    the Accept header; an unknown or unoffered override is also None (406).
    """
    if format_override:
        wanted = format_override.strip().lower()
        for offer in offers:
            if wanted in (offer.short, offer.mime, *offer.aliases):
                return offer
        return None
    if not accept_header or not accept_header.strip():
        return offers[0]
    return _best_offer(tuple(offers), accept_header)


@lru_cache(maxsize=256)
def _best_offer(offers: tuple[MediaType, ...], accept_header: str) -> MediaType | None:
    """The offer an Accept header ranks first (kept: clients send the same few headers again
    and again, and parsing one costs more than a small query's answer)."""
    accept = parse_accept_header(accept_header, MIMEAccept)
    best: MediaType | None = None
    best_quality = 0.0
    listed = {value.lower(): q for value, q in accept}
    for offer in offers:
        quality = accept.quality(offer.mime)
        for alias in offer.aliases:  # an alias counts only when the client names it
            if "/" in alias and alias in listed:
                quality = max(quality, listed[alias])
        if quality > best_quality:
            best, best_quality = offer, quality
    return best


def content_type(media: MediaType) -> str:
    textual = media.mime.startswith("text/") or media.mime in (
        "application/n-triples", "application/n-quads", "application/trig")
    return f"{media.mime}; charset=utf-8" if textual else media.mime


# -- SELECT / ASK ------------------------------------------------------------------------------
def write_select(media: MediaType, variables: list[str],
                 rows: Iterable[tuple[Identifier | None, ...]], *, truncated: bool) -> bytes:
    if media is SPARQL_JSON:
        return results.write_json(variables, rows, truncated)
    if media is SPARQL_XML:
        return results.write_xml(variables, rows, truncated)
    if media is CSV:
        return results.write_csv(variables, rows)
    if media is TSV:
        return results.write_tsv(variables, rows)
    raise ValueError(f"not a result format: {media.mime}")


def write_boolean(media: MediaType, value: bool) -> bytes:
    if media is SPARQL_JSON:
        return results.write_boolean_json(value)
    if media is SPARQL_XML:
        return results.write_boolean_xml(value)
    raise ValueError(f"not a boolean result format: {media.mime}")


# -- graphs and datasets -----------------------------------------------------------------------
def write_graph(media: MediaType, triples: Iterable[tuple[Node, Node, Node]]) -> bytes:
    """Triples in an RDF format; TriG and N-Quads put them in the default graph."""
    return write_quads(media, ((s, p, o, None) for s, p, o in triples))


def write_quads(media: MediaType,
                quads: Iterable[tuple[Node, Node, Node, Node | None]] | Statements) -> bytes:
    """Quads in an RDF format, sorted so the output is stable: the dataset formats (TriG,
    N-Quads) keep each statement's graph; Turtle, N-Triples, RDF/XML and JSON-LD give one graph,
    the merge, so every graph format of a document holds the same triples. JSON-LD is compacted
    with an inline ``@context`` (:mod:`ltgraph.formats.jsonld`); the others are written by
    :func:`ltgraph.formats.rdf.write_statements`. One description in several formats: pass
    the same :class:`~ltgraph.formats.rdf.Statements`, which orders it once for all of them.
    """
    if media not in GRAPH_TYPES:
        raise ValueError(f"not an RDF format: {media.mime}")
    statements = quads if isinstance(quads, Statements) else Statements(quads)
    if media is JSONLD:
        return write_jsonld((s, p, o) for s, p, o, _ in statements.merge)
    return write_statements(SYNTAX_OF_MEDIA[media.short], statements)



SYNTAX_OF_MEDIA: dict[str, RdfSyntax] = {
    TURTLE.short: files.TURTLE, NTRIPLES.short: files.NTRIPLES, RDFXML.short: files.RDFXML,
    TRIG.short: files.TRIG, NQUADS.short: files.NQUADS}
