"""JSON-LD: a set of triples as one compacted JSON-LD graph.

Written here rather than by a JSON-LD library: the document carries an inline ``@context`` of
our prefixes (a reader never fetches anything), uses prefixed names for properties and types,
and keeps each literal's exact lexical form, language and datatype; sorted throughout, so the
same triples give the same bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ltgraph.terms import PREFIXES

JSONLD_CONTEXT: dict[str, str] = dict(sorted(PREFIXES.items()))
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


def write_jsonld(triples: Iterable[tuple[Node, Node, Node]]) -> bytes:
    """Triples as one JSON-LD graph, compacted: an inline ``@context`` of our prefixes (a reader
    never fetches anything), ``@graph`` with one node object per subject, properties and types
    as prefixed names, values in the form that keeps each literal's exact lexical form,
    language and datatype. Sorted throughout, so the same triples give the same bytes."""
    nodes: dict[Node, dict[str, list]] = {}
    subject: Node | None = None
    node: dict[str, list] = {}
    for s, p, o in triples:
        if s is not subject:  # (a subject's triples mostly come together)
            subject, node = s, nodes.setdefault(s, {})
        if p == _RDF_TYPE and isinstance(o, URIRef):
            node.setdefault("@type", []).append(compact_iri(str(o)))
        else:
            node.setdefault(compact_iri(str(p)), []).append(_jsonld_value(o))
    graph = []
    for subject in sorted(nodes, key=lambda n: n.n3()):
        properties = nodes[subject]
        written: dict[str, object] = {"@id": _jsonld_id(subject)}
        for key in sorted(properties, key=lambda k: (k != "@type", k)):
            values = properties[key]
            if len(values) > 1:
                values = sorted(values, key=lambda v: json.dumps(v, sort_keys=True))
            written[key] = values[0] if len(values) == 1 else values
        graph.append(written)
    out: list[str] = []
    _write_indented({"@context": JSONLD_CONTEXT, "@graph": graph}, out, "")
    return "".join(out).encode("utf-8")


def _write_indented(value: object, out: list[str], indent: str) -> None:
    """Append ``json.dumps(value, ensure_ascii=False, indent=1)`` to ``out``, for the strings,
    lists and string-keyed dicts a document is made of: the same text, written without the
    standard library's pure-Python indenting encoder, which took a third of the time of a
    large document (bench/README.md, "Hub documents on the shelf")."""
    if isinstance(value, str):
        out.append(encode_basestring(value))
        return
    if isinstance(value, dict):
        items: Iterable = value.items()
        opening, closing = "{", "}"
    elif isinstance(value, list):
        items = ((None, item) for item in value)
        opening, closing = "[", "]"
    else:
        raise TypeError(f"not a JSON-LD document's value: {type(value).__name__}")
    if not value:
        out.append(opening + closing)
        return
    inner = indent + " "
    separator = "\n" + inner
    out.append(opening)
    for key, item in items:
        out.append(separator if key is None else f"{separator}{encode_basestring(key)}: ")
        if isinstance(item, str):  # most values: written here rather than by a call
            out.append(encode_basestring(item))
        else:
            _write_indented(item, out, inner)
        separator = ",\n" + inner
    out.append("\n" + indent + closing)


@lru_cache(maxsize=1 << 14)
def compact_iri(iri: str) -> str:
    """``lt:City`` for an IRI under one of our prefixes (with a plain local name); the IRI
    itself otherwise (kept: a document names the same few properties and types thousands of
    times)."""
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
    if term.datatype is not None and term.datatype != _XSD_STRING:
        return {"@value": str(term), "@type": compact_iri(str(term.datatype))}
    return str(term)


_RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD_STRING = XSD.string  # (an attribute of a namespace costs 50 µs to look up)
