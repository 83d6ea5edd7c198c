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
