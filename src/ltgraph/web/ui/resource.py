"""The HTML page of one resource (``/id/{kind}/{slug}``), which the linked-data route
delegates to: its label in the reader's language, its types, every property with the label of
what it links to, the incoming links, and for each fact the graphs that state it and the
release text that supports it. Press releases get their own page (:mod:`.release`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from flask import render_template
from rdflib import Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from ltgraph.store.base import Description, Quad
from ltgraph.terms import LT
from ltgraph.web.ui import release
from ltgraph.web.ui.common import (
    Shown,
    all_labels,
    curie,
    local_path,
    pick_label,
    reader_language,
    show_term,
)
from ltgraph.web.ui.evidence import FactKey, Source, Span, source_of, spans_about

# Statements that only carry provenance: shown next to the facts they support instead.
EVIDENCE_LINKS = (RDF.subject, RDF.object, LT.spanOf)


@dataclass
class Value:
    shown: Shown
    sources: list[Source] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass
class Property:
    shown: Shown  # the property, by its label
    curie: str
    values: list[Value]


@dataclass
class Section:
    subject: Shown
    properties: list[Property]


def render(description: Description, iri: URIRef) -> str:
    lang = reader_language()
    types = {o for s, p, o, _ in description.outgoing if s == iri and p == RDF.type}
    if LT.PressRelease in types:
        return release.render_release(description, iri, lang)
    labels = merged_labels(description)
    spans = spans_about(str(iri), lang)
    main = [q for q in description.outgoing if q[0] == iri and q[1] != RDF.type]
    fragments = [q for q in description.outgoing if q[0] != iri]
    incoming = [q for q in description.incoming if q[1] not in EVIDENCE_LINKS]
    title = pick_label(labels.get(str(iri), ()), lang)
    return render_template(
        "resource.html", title=str(title) if title is not None else curie(str(iri)),
        title_lang=title.language if title is not None else None, iri=str(iri),
        types=sorted((show_term(t, labels, lang) for t in types), key=lambda s: s.key),
        properties=properties(main, labels, lang, spans, outgoing=True),
        fragments=fragment_sections(fragments, labels, lang, spans),
        incoming=properties(incoming, labels, lang, spans, outgoing=False),
        alternates=twins(str(iri)))


def merged_labels(description: Description) -> dict[str, list[Literal]]:
    """Labels of everything: the dataset's (one query) and the description's own."""
    labels = {k: list(v) for k, v in all_labels().items()}
    for s, _, o, _ in description.labels:
        if isinstance(o, Literal) and o not in labels.setdefault(str(s), []):
            labels[str(s)].append(o)
    return labels


def twins(iri: str) -> list[dict[str, str]]:
    path = local_path(iri) or ""
    return [{"type": "text/turtle", "href": f"{path}?format=turtle", "title": "Turtle"},
            {"type": "application/ld+json", "href": f"{path}?format=jsonld",
             "title": "JSON-LD"}]


def properties(quads: Iterable[tuple[Node, Node, Node, Node | None]],
               labels: dict[str, list[Literal]], lang: str, spans: dict[FactKey, list[Span]],
               *, outgoing: bool, with_sources: bool = True) -> list[Property]:
    """Statements grouped by property; each value with the graphs stating it and its spans.
    For incoming links the value is the subject that links here."""
    grouped: dict[str, dict[Node, set[Node | None]]] = {}
    facts: dict[tuple[str, Node], FactKey] = {}
    for s, p, o, graph in quads:
        value = o if outgoing else s
        grouped.setdefault(str(p), {}).setdefault(value, set()).add(graph)
        facts[(str(p), value)] = (str(s), str(p), str(o))
    result = []
    for predicate, values in grouped.items():
        shown_values = []
        for value, graphs in values.items():
            sources = sorted({source_of(g, lang) for g in graphs},
                             key=lambda src: (src.kind != "release", src.text)
                             ) if with_sources else []
            shown_values.append(Value(show_term(value, labels, lang), sources,
                                      spans.get(facts[(predicate, value)], [])))
        shown_values.sort(key=lambda v: v.shown.key)
        result.append(Property(show_term(URIRef(predicate), labels, lang), curie(predicate),
                               shown_values))
    return sorted(result, key=lambda prop: (prop.curie != "rdf:type", prop.shown.key))


def fragment_sections(quads: list[Quad], labels: dict[str, list[Literal]], lang: str,
                      spans: dict[FactKey, list[Span]]) -> list[Section]:
    """The resources this document carries under ``#...`` (memberships, evidence), each with
    its own statements."""
    by_subject: dict[Node, list[Quad]] = {}
    for quad in quads:
        by_subject.setdefault(quad[0], []).append(quad)
    return [Section(show_term(subject, labels, lang),
                    properties(found, labels, lang, spans, outgoing=True))
            for subject, found in sorted(by_subject.items(), key=lambda item: str(item[0]))]
