"""The HTML page of one resource (``/id/{kind}/{slug}``), which the linked-data route
delegates to: its label in the reader's language, its types, every property with the label of
what it links to, the incoming links, and for each fact the graphs that state it and the
release text that supports it. Press releases get their own page (:mod:`.release`).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import render_template
from rdflib import Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from ltgraph.store.base import Description, Quad
from ltgraph.terms import LT, ORG
from ltgraph.web.ui import release
from ltgraph.web.ui.common import (
    Shown,
    curie,
    pick_label,
    reader_language,
    show_term,
)
from ltgraph.web.ui.evidence import FactKey, Source, Span, source_of, spans_about
from ltgraph.web.ui.facts import Property, merged_labels, properties, twins
from ltgraph.web.ui.profiles import profile_of

# Statements that only carry provenance: shown next to the facts they support instead.
EVIDENCE_LINKS = (RDF.subject, RDF.object, LT.spanOf)
MOST_SHOWN = 100  # incoming links shown per property; the rest through a query


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
    memberships = {q[0] for q in description.outgoing
                   if q[0] != iri and q[1] == RDF.type and q[2] == ORG.Membership}
    fragments = [q for q in description.outgoing if q[0] != iri and q[0] not in memberships]
    incoming = [q for q in description.incoming if q[1] not in EVIDENCE_LINKS]
    title = pick_label(labels.get(str(iri), ()), lang)
    return render_template(
        "resource.html", title=str(title) if title is not None else curie(str(iri)),
        title_lang=title.language if title is not None else None, iri=str(iri),
        types=sorted((show_term(t, labels, lang) for t in types), key=lambda s: s.key),
        properties=properties(main, labels, lang, spans, outgoing=True),
        fragments=fragment_sections(fragments, labels, lang, spans),
        members=member_rows([q for q in description.outgoing if q[0] in memberships], labels,
                            lang),
        incoming=properties(incoming, labels, lang, spans, outgoing=False, most=MOST_SHOWN),
        alternates=twins(str(iri)), profile=profile_of(description, labels, lang))


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


@dataclass
class MemberRow:
    """A member of an organisation (a network's city), from the membership node the
    organisation's document carries (``{org}#member-{city}``)."""

    member: Shown
    since: Shown
    sources: list[Source]


def member_rows(quads: list[Quad], labels: dict[str, list[Literal]],
                lang: str) -> list[MemberRow]:
    by_membership: dict[Node, list[Quad]] = {}
    for quad in quads:
        by_membership.setdefault(quad[0], []).append(quad)
    found = []
    for statements in by_membership.values():
        members = sorted(str(o) for _, p, o, _ in statements if p == ORG.member)
        since = sorted((o for _, p, o, _ in statements if p == LT.memberSince), key=str)
        graphs = {g for *_, g in statements}
        found.append(MemberRow(
            show_term(URIRef(members[0]), labels, lang) if members else Shown(""),
            Shown(str(since[0])) if since else Shown(""),
            sorted({source_of(g, lang) for g in graphs}, key=lambda src: src.text)))
    return sorted(found, key=lambda row: row.member.key)
