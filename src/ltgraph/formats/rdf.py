"""RDF statements written out through pyoxigraph, and terms between rdflib and pyoxigraph.

The code speaks rdflib terms; the embedded store and the writers speak pyoxigraph's, whose
serialisers take milliseconds where rdflib's take seconds over a release document with
thousands of evidence statements. Two writers, each with its fixed order so the same
statements give the same bytes: :func:`write_statements` (a document: Turtle, N-Triples,
RDF/XML, TriG, N-Quads; :class:`Statements` orders a document once for all of them) and
:func:`write_dataset` (a store's dump: every named graph).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property, lru_cache

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


class Statements:
    """A description's statements, put once into the order and the pyoxigraph terms that
    :func:`write_statements` writes in every syntax: the merge (Turtle, N-Triples, RDF/XML,
    and the triples of JSON-LD) and the quads (TriG, N-Quads), each made when first asked for
    and kept. Writing one description in all six formats thus sorts each view once and gives
    each distinct term its sort key (its N3 text, the escaping of literals' text costly) and its
    pyoxigraph term once, where writing each format from scratch did it once per format and
    statement (bench/README.md, "Hub documents on the shelf")."""

    def __init__(self, quads: Iterable[QuadT]) -> None:
        # kept as given: every term stays alive while this object does, so a term's id()
        # names it for the caches below (cheaper than hashing an rdflib term)
        self._quads = quads if isinstance(quads, list | tuple) else list(quads)
        self._keys: dict[int, str] = {id(None): ""}
        self._terms: dict[int, object] = {id(None): ox.DefaultGraph()}

    @cached_property
    def merge(self) -> list[QuadT]:
        """Each triple once (graph None), sorted by subject, predicate and object."""
        return self._ordered({(s, p, o, None) for s, p, o, _ in self._quads})

    @cached_property
    def dataset(self) -> list[QuadT]:
        """Each statement once with its graph, sorted by graph, subject, predicate, object."""
        return self._ordered({(s, p, o, g) for s, p, o, g in self._quads})

    @cached_property
    def triples(self) -> list[ox.Triple]:
        """The merge as the pyoxigraph triples its writers take."""
        terms = self._oxigraph_terms(self.merge)
        return [ox.Triple(terms[id(s)], terms[id(p)], terms[id(o)]) for s, p, o, _ in self.merge]

    @cached_property
    def quads(self) -> list[ox.Quad]:
        """The statements with their graphs as the pyoxigraph quads its writers take."""
        terms = self._oxigraph_terms(self.dataset)
        return [ox.Quad(terms[id(s)], terms[id(p)], terms[id(o)], terms[id(g)])
                for s, p, o, g in self.dataset]

    def write(self, syntax: RdfSyntax) -> bytes:
        """The statements in ``syntax``: the quads for a dataset syntax, the merge otherwise;
        Turtle, TriG and RDF/XML abbreviate with our prefixes."""
        items = self.quads if syntax.dataset else self.triples
        prefixes = PREFIXES if syntax.oxigraph in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG,
                                                   ox.RdfFormat.RDF_XML) else None
        return ox.serialize(items, format=syntax.oxigraph, prefixes=prefixes)

    def _ordered(self, unique: set[QuadT]) -> list[QuadT]:
        keys = self._keys
        for statement in unique:
            for term in statement:
                if id(term) not in keys:
                    keys[id(term)] = term.n3()  # type: ignore[union-attr]
        return sorted(unique, key=lambda q: (keys[id(q[3])], keys[id(q[0])], keys[id(q[1])],
                                             keys[id(q[2])]))

    def _oxigraph_terms(self, statements: list[QuadT]) -> dict[int, object]:
        terms = self._terms
        for statement in statements:
            for term in statement:
                if id(term) not in terms:
                    terms[id(term)] = to_oxigraph(term)  # type: ignore[arg-type]
        return terms


def write_statements(syntax: RdfSyntax, quads: Iterable[QuadT] | Statements) -> bytes:
    """Statements in one syntax, each once, sorted (graph, subject, predicate, object): the
    dataset syntaxes keep each statement's graph, the others give the merge. Turtle, TriG and
    RDF/XML abbreviate with our prefixes. One description in several syntaxes: pass the same
    :class:`Statements`, which orders it once."""
    statements = quads if isinstance(quads, Statements) else Statements(quads)
    return statements.write(syntax)


def write_dataset(quads: Iterable[ox.Quad], syntax: RdfSyntax) -> bytes:
    """A store's named graphs as TriG (with our prefixes) or N-Quads, sorted by graph, subject,
    predicate and object as text, so the same contents give the same bytes from every store."""
    if syntax not in (TRIG, NQUADS):
        raise StoreError(f"a dump is TriG or N-Quads, not {syntax.name}")
    ordered = sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                           str(q.object)))
    return ox.serialize(ordered, format=syntax.oxigraph,
                        prefixes=PREFIXES if syntax is TRIG else None)
