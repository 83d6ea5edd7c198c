"""The ontology page (``/ontology``): the ontology's title and description, then its classes,
its properties (object, then datatype) and its concept schemes with their concepts, each term
with its label in the reader's language, its comment or definition, and what it relates to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from flask import render_template
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from ltgraph.terms import ONTOLOGY_IRI
from ltgraph.web.ui.common import Shown, all_labels, curie, pick_label, reader_language, show_term
from ltgraph.web.ui.facts import twins

Quad = tuple[Node, Node, Node, Node]


@dataclass
class Term:
    shown: Shown
    curie: str
    anchor: str
    comment: str
    relations: list[tuple[str, list[Shown]]] = field(default_factory=list)
    also: list[str] = field(default_factory=list)


@dataclass
class Scheme:
    term: Term
    concepts: list[Term]


def render_ontology(quads: Iterable[Quad]) -> str:
    lang = reader_language()
    de = lang == "de"
    labels = {k: list(v) for k, v in all_labels().items()}
    by_subject: dict[Node, dict[Node, list[Node]]] = {}
    for s, p, o, _ in quads:
        by_subject.setdefault(s, {}).setdefault(p, []).append(o)
        if p in (RDFS.label, SKOS.prefLabel) and isinstance(o, Literal):
            labels.setdefault(str(s), []).append(o)

    def typed(*classes: URIRef) -> list[Node]:
        return [s for s, props in by_subject.items() if set(props.get(RDF.type, ())) & set(classes)]

    def term(subject: Node) -> Term:
        props = by_subject.get(subject, {})
        comment = _in_language(props.get(RDFS.comment, []) + props.get(SKOS.definition, []), lang)
        relations = []
        for predicate, en, german in ((RDFS.subClassOf, "subclass of", "Unterklasse von"),
                                      (RDFS.domain, "applies to", "gilt für"),
                                      (RDFS.range, "value", "Wert"),
                                      (RDFS.subPropertyOf, "refines", "verfeinert")):
            values = sorted((show_term(v, labels, lang) for v in props.get(predicate, [])
                             if isinstance(v, URIRef)), key=lambda v: v.key)
            if values:
                relations.append((german if de else en, values))
        also = sorted({str(v) for v in props.get(SKOS.altLabel, [])
                       if isinstance(v, Literal) and (v.language or lang) == lang})
        name = curie(str(subject))
        return Term(show_term(subject, labels, lang), name, "term-" + name.replace(":", "-")
                    .replace("/", "-"), comment, relations, also[:12])

    def sort(terms: list[Node]) -> list[Term]:
        return sorted((term(t) for t in terms), key=lambda t: t.shown.key)

    header = by_subject.get(URIRef(ONTOLOGY_IRI), {})
    title = _in_language(header.get(DCTERMS.title, []), lang) or (
        "Die ltgraph-Ontologie" if de else "The ltgraph ontology")
    schemes = []
    for scheme in typed(SKOS.ConceptScheme):
        concepts = [s for s, props in by_subject.items() if scheme in props.get(SKOS.inScheme, ())]
        schemes.append(Scheme(term(scheme), sort(concepts)))
    schemes.sort(key=lambda s: s.term.shown.key)
    sections = [
        ("classes", "Klassen" if de else "Classes", sort(typed(OWL.Class))),
        ("object-properties", "Beziehungen" if de else "Relations (object properties)",
         sort(typed(OWL.ObjectProperty))),
        ("datatype-properties", "Werte" if de else "Values (datatype properties)",
         sort(typed(OWL.DatatypeProperty))),
    ]
    return render_template(
        "ontology.html", title=title, iri=ONTOLOGY_IRI,
        description=_in_language(header.get(DCTERMS.description, []), lang),
        version=next((str(v) for v in header.get(OWL.versionInfo, [])), ""),
        sections=sections, schemes=schemes, alternates=twins(ONTOLOGY_IRI),
        statements=sum(len(v) for props in by_subject.values() for v in props.values()))


def _in_language(values: list[Node], lang: str) -> str:
    label = pick_label([v for v in values if isinstance(v, Literal)], lang)
    return str(label) if label is not None else ""
