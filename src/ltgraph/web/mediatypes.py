"""Every media type the server speaks, content negotiation, and the writers for each.

One table per kind of answer: query results (SELECT, ASK), RDF graphs (CONSTRUCT, DESCRIBE,
linked-data documents) and RDF datasets (quads with their graphs). A ``format=`` short name
overrides the Accept header; otherwise the client's q-values choose, ties going to the first
entry of the table (our preferred type). ``None`` from :func:`negotiate` means 406.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from ltgraph.store.embedded import to_oxigraph
from ltgraph.terms import PREFIXES


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
        return _select_json(variables, rows, truncated)
    if media is SPARQL_XML:
        return _select_xml(variables, rows, truncated)
    if media is CSV:
        return _select_csv(variables, rows)
    if media is TSV:
        return _select_tsv(variables, rows)
    raise ValueError(f"not a result format: {media.mime}")


def write_boolean(media: MediaType, value: bool) -> bytes:
    if media is SPARQL_JSON:
        return json.dumps({"head": {}, "boolean": value}).encode()
    if media is SPARQL_XML:
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()
    raise ValueError(f"not a boolean result format: {media.mime}")


TRUNCATION_NOTE = ("the result was cut at the server's row cap; X-LTGraph-Truncated: true says "
                   "so too")


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _select_json(variables: list[str], rows: Iterable[tuple[Identifier | None, ...]],
                 truncated: bool) -> bytes:
    head: dict[str, object] = {"vars": variables}
    if truncated:
        head["truncated"] = True
        head["note"] = TRUNCATION_NOTE
    bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None}
                for row in rows]
    return json.dumps({"head": head, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def _select_xml(variables: list[str], rows: Iterable[tuple[Identifier | None, ...]],
                truncated: bool) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
           "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    if truncated:
        out.append('<link href="#truncated"/>')
    out.append("</head><results>")
    for row in rows:
        out.append("<result>")
        for variable, term in zip(variables, row):
            if term is not None:
                out.append(f"<binding name={quoteattr(variable)}>{_xml_term(term)}</binding>")
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "".join(out).encode("utf-8")


def _xml_term(term: Identifier) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    assert isinstance(term, Literal)
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(str(term))}</literal>"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"<literal datatype={quoteattr(str(term.datatype))}>{escape(str(term))}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _select_csv(variables: list[str], rows: Iterable[tuple[Identifier | None, ...]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow(["" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t))
                         for t in row])
    return buffer.getvalue().encode("utf-8")


_PLAIN_NUMBER = {
    XSD.integer: re.compile(r"[+-]?\d+"),
    XSD.decimal: re.compile(r"[+-]?\d*\.\d+"),
    XSD.double: re.compile(r"[+-]?(\d+\.\d*|\.?\d+)[eE][+-]?\d+"),
    XSD.boolean: re.compile(r"true|false"),
}


def _tsv_term(term: Identifier | None) -> str:
    if term is None:
        return ""
    if (isinstance(term, Literal) and term.datatype in _PLAIN_NUMBER
            and _PLAIN_NUMBER[term.datatype].fullmatch(str(term))):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, URIRef):
        return f"<{term}>"
    assert isinstance(term, Literal)
    text = '"' + str(term).translate(_TURTLE_ESCAPES) + '"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{text}^^<{term.datatype}>"
    return text


_TURTLE_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r",
                                 "\t": "\\t"})


def _select_tsv(variables: list[str], rows: Iterable[tuple[Identifier | None, ...]]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


# -- graphs and datasets -----------------------------------------------------------------------
def write_graph(media: MediaType, triples: Iterable[tuple[Node, Node, Node]]) -> bytes:
    """Triples in an RDF format; TriG and N-Quads put them in the default graph."""
    return write_quads(media, ((s, p, o, None) for s, p, o in triples))


def write_quads(media: MediaType, quads: Iterable[tuple[Node, Node, Node, Node | None]]) -> bytes:
    """Quads in an RDF format, sorted so the output is stable: the dataset formats (TriG,
    N-Quads) keep each statement's graph; Turtle, N-Triples, RDF/XML and JSON-LD give one graph,
    the merge, so every graph format of a document holds the same triples. JSON-LD is compacted
    with an inline ``@context`` (:func:`write_jsonld`).

    pyoxigraph's serialisers do the writing: a release document holds thousands of evidence
    statements, and rdflib's writers take seconds over what these take milliseconds for.
    """
    if media not in GRAPH_TYPES:
        raise ValueError(f"not an RDF format: {media.mime}")
    keep_graphs = media in (TRIG, NQUADS)
    unique = {(s, p, o, g if keep_graphs else None) for s, p, o, g in quads}
    if media is JSONLD:
        return write_jsonld((s, p, o) for s, p, o, _ in unique)
    ordered = sorted(unique, key=lambda q: tuple("" if t is None else t.n3() for t in
                                                 (q[3], q[0], q[1], q[2])))
    if keep_graphs:
        items = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o),
                         to_oxigraph(g) if g is not None else ox.DefaultGraph())
                 for s, p, o, g in ordered]
    else:
        items = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
                 for s, p, o, _ in ordered]
    prefixes = PREFIXES if media in (TURTLE, TRIG, RDFXML) else None
    return ox.serialize(items, format=_OX_FORMATS[media.short], prefixes=prefixes)


JSONLD_CONTEXT: dict[str, str] = dict(sorted(PREFIXES.items()))
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


def write_jsonld(triples: Iterable[tuple[Node, Node, Node]]) -> bytes:
    """Triples as one JSON-LD graph, compacted: an inline ``@context`` of our prefixes (a reader
    never fetches anything), ``@graph`` with one node object per subject, properties and types
    as prefixed names, values in the form that keeps each literal's exact lexical form,
    language and datatype. Sorted throughout, so the same triples give the same bytes."""
    nodes: dict[Node, dict[str, list]] = {}
    for s, p, o in triples:
        node = nodes.setdefault(s, {})
        if p == _RDF_TYPE and isinstance(o, URIRef):
            node.setdefault("@type", []).append(compact_iri(str(o)))
        else:
            node.setdefault(compact_iri(str(p)), []).append(_jsonld_value(o))
    graph = []
    for subject in sorted(nodes, key=lambda n: n.n3()):
        node: dict[str, object] = {"@id": _jsonld_id(subject)}
        for key in sorted(nodes[subject], key=lambda k: (k != "@type", k)):
            values = sorted(nodes[subject][key], key=lambda v: json.dumps(v, sort_keys=True))
            node[key] = values[0] if len(values) == 1 else values
        graph.append(node)
    document = {"@context": JSONLD_CONTEXT, "@graph": graph}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def compact_iri(iri: str) -> str:
    """``lt:City`` for an IRI under one of our prefixes (with a plain local name); the IRI
    itself otherwise."""
    for prefix, namespace in JSONLD_CONTEXT.items():
        if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(iri[len(namespace):]):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _jsonld_id(term: Node) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _jsonld_value(term: Node) -> object:
    if isinstance(term, (URIRef, BNode)):
        return {"@id": _jsonld_id(term)}
    assert isinstance(term, Literal)
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype is not None and term.datatype != XSD.string:
        return {"@value": str(term), "@type": compact_iri(str(term.datatype))}
    return str(term)


_RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
               "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML,
               "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
