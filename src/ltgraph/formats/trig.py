"""A canonical TriG writer: same dataset, same bytes.

rdflib's serialisers are correct but do not promise a stable order (nor stable prefixes), and the
committed ``data/graph/ltgraph.trig`` must be rebuilt byte for byte. This writer sorts graphs,
subjects, predicates (rdf:type first) and objects, and abbreviates IRIs only with the fixed
prefixes below. It writes what any TriG parser reads; a test checks the round trip.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.term import Node

from ltgraph.terms import ID, KINDS, PREFIXES

# fixed prefixes: the standard vocabularies, then one per kind of our resources (city:, person: …)
# (the kind "org" is written "organisation:", since "org:" is the W3C Organization Ontology)
_KIND_NAMES = {"org": "organisation", "partner-role": "partnerrole"}
_KIND_PREFIXES = {_KIND_NAMES.get(kind, kind): f"{ID}{kind}/" for kind in KINDS}
assert not set(_KIND_PREFIXES) & set(PREFIXES), "a kind prefix hides a vocabulary prefix"
TRIG_PREFIXES: dict[str, str] = {**PREFIXES, **_KIND_PREFIXES,
                                 "graph": "https://w3id.org/ltgraph/graph/"}
_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


# Every namespace ends with "/" or "#", and a local name holds neither, so the one namespace
# that can abbreviate an IRI is the IRI up to its last "/" or "#": found by one look-up rather
# than by trying each namespace in turn (the serialiser's main cost).
assert all(ns.endswith(("/", "#")) for ns in TRIG_PREFIXES.values())
assert len(set(TRIG_PREFIXES.values())) == len(TRIG_PREFIXES), "one prefix per namespace"
_PREFIX_OF = {namespace: prefix for prefix, namespace in TRIG_PREFIXES.items()}


def iri_text(iri: str) -> str:
    """A prefixed name when one of our prefixes fits, else ``<iri>``."""
    cut = max(iri.rfind("/"), iri.rfind("#")) + 1
    prefix = _PREFIX_OF.get(iri[:cut])
    if prefix is not None and _LOCAL.match(iri[cut:]):
        return f"{prefix}:{iri[cut:]}"
    if _NOT_IRI.search(iri):
        raise ValueError(f"not a valid IRI, refused rather than mangled: {iri!r}")
    return f"<{iri}>"


def literal_text(lit: Literal) -> str:
    lexical = "".join(_ESCAPES.get(ch, ch) for ch in str(lit))
    if lit.language:
        return f'"{lexical}"@{lit.language}'
    if lit.datatype is None or str(lit.datatype) == _XSD + "string":
        return f'"{lexical}"'
    return f'"{lexical}"^^{iri_text(str(lit.datatype))}'


def term_text(term: Node) -> str:
    if isinstance(term, URIRef):
        return iri_text(str(term))
    if isinstance(term, Literal):
        return literal_text(term)
    raise ValueError(f"blank nodes are not published: {term!r}")


def _predicate_key(predicate: str) -> tuple[int, str]:
    return (0, "") if predicate == _RDF_TYPE else (1, predicate)


def graph_block(name: str | None, triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """One graph of the dataset as a TriG block, every level sorted."""
    by_subject: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    texts: dict[Node, str] = {}  # a term recurs in many triples: written once per block
    for s, p, o in triples:
        subject = texts.get(s) or texts.setdefault(s, term_text(s))
        value = texts.get(o) or texts.setdefault(o, term_text(o))
        by_subject[subject][str(p)].add(value)
    lines = [f"{iri_text(name)} {{" if name else "{"]
    for subject in sorted(by_subject):
        predicates = by_subject[subject]
        parts = []
        for predicate in sorted(predicates, key=_predicate_key):
            verb = "a" if predicate == _RDF_TYPE else iri_text(predicate)
            parts.append(f"{verb} " + " , ".join(sorted(predicates[predicate])))
        lines.append(f"    {subject} " + " ;\n        ".join(parts) + " .")
    lines.append("}")
    return "\n".join(lines) + "\n"


def named_block(name: str, unnamed: str) -> str:
    """``graph_block(name, graph)`` from ``graph_block(None, graph)``: the two differ by the
    name before the opening brace alone, so a graph's text made once serves both (the build
    finds a graph's kept validation report by its unnamed text and writes it named)."""
    assert unnamed.startswith("{"), "the block of an unnamed graph"
    return f"{iri_text(name)} {unnamed}"


def dumps(graphs: dict[str, Iterable[tuple[Node, Node, Node]]]) -> str:
    """The whole dataset: prefixes, then each named graph in IRI order."""
    return dumps_blocks({name: graph_block(name, graph) for name, graph in graphs.items()})


def dumps_blocks(blocks: dict[str, str]) -> str:
    """The whole dataset from its graphs' blocks (:func:`graph_block`, by graph name): a block
    depends on its graph alone, so one made earlier (and kept) is joined as it is."""
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(TRIG_PREFIXES.items()))
    return head + "\n" + "\n".join(blocks[name] for name in sorted(blocks))
