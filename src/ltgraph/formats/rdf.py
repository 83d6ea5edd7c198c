"""RDF statements written out through pyoxigraph, and terms between rdflib and pyoxigraph.

The code speaks rdflib terms; the embedded store and the writers speak pyoxigraph's, whose
serialisers take milliseconds where rdflib's take seconds over a release document with
thousands of evidence statements. Two writers, each with its fixed order so the same
statements give the same bytes: :func:`write_statements` (a document: Turtle, N-Triples,
RDF/XML, TriG, N-Quads) and :func:`write_dataset` (a store's dump: every named graph).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

from ltgraph.formats.files import NQUADS, TRIG, RdfSyntax
from ltgraph.store.base import StoreError
from ltgraph.terms import PREFIXES

QuadT = tuple[Node, Node, Node, Node | None]


@lru_cache(maxsize=1 << 16)
def to_rdflib(term: object) -> Identifier | None:
    """A pyoxigraph term as the rdflib term the rest of the code speaks (cached: building
    rdflib terms costs ~50 µs each, and results repeat the same few thousand terms)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value), normalize=False)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise StoreError(f"unsupported term in store: {type(term).__name__}")


def to_oxigraph(term: Node) -> object:
    """An rdflib term as a pyoxigraph term (for patterns and loading)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"unsupported rdflib term: {type(term).__name__}")


def write_statements(syntax: RdfSyntax, quads: Iterable[QuadT]) -> bytes:
    """Statements in one syntax, each once, sorted (graph, subject, predicate, object): the
    dataset syntaxes keep each statement's graph, the others give the merge. Turtle, TriG and
    RDF/XML abbreviate with our prefixes."""
    keep_graphs = syntax.dataset
    unique = {(s, p, o, g if keep_graphs else None) for s, p, o, g in quads}
    ordered = sorted(unique, key=lambda q: tuple("" if t is None else t.n3() for t in
                                                 (q[3], q[0], q[1], q[2])))
    if keep_graphs:
        items: list = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o),
                               to_oxigraph(g) if g is not None else ox.DefaultGraph())
                       for s, p, o, g in ordered]
    else:
        items = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
                 for s, p, o, _ in ordered]
    prefixes = PREFIXES if syntax.oxigraph in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG,
                                               ox.RdfFormat.RDF_XML) else None
    return ox.serialize(items, format=syntax.oxigraph, prefixes=prefixes)


def write_dataset(quads: Iterable[ox.Quad], syntax: RdfSyntax) -> bytes:
    """A store's named graphs as TriG (with our prefixes) or N-Quads, sorted by graph, subject,
    predicate and object as text, so the same contents give the same bytes from every store."""
    if syntax not in (TRIG, NQUADS):
        raise StoreError(f"a dump is TriG or N-Quads, not {syntax.name}")
    ordered = sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                           str(q.object)))
    return ox.serialize(ordered, format=syntax.oxigraph,
                        prefixes=PREFIXES if syntax is TRIG else None)
