"""Release pages: a press release's metadata and every fact its named graph states, grouped
(people and roles, cities, events, partners), each with its evidence spans. The same grouping
renders the HTML of a named graph (``/graph/...``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from flask import render_template
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.term import Node

from ltgraph.store.base import Description
from ltgraph.terms import LT, ORG, SCHEMA
from ltgraph.web.ui.common import (
    Shown,
    all_labels,
    curie,
    iri_ref,
    local_path,
    pick_label,
    reader_language,
    rows,
    show_term,
)
from ltgraph.web.ui.evidence import (
    FactKey,
    Quote,
    Span,
    quotes_of,
    release_text,
    releases_by_graph,
    source_page,
    spans_in_graph,
)
from ltgraph.web.ui.facts import Property, merged_labels, properties, twins

Triple = tuple[Node, Node, Node]
# (group key, English heading, German heading, the classes whose instances belong to it)
GROUPS: tuple[tuple[str, str, str, tuple[URIRef, ...]], ...] = (
    ("people", "People and roles", "Personen und Ämter", (LT.Person, LT.Mandate, LT.Role)),
    ("cities", "Cities", "Städte", (LT.City, LT.Country, ORG.Membership)),
    ("events", "Events", "Ereignisse", (LT.Summit, LT.Declaration, LT.Venue)),
    ("partners", "Partners", "Partner", (LT.Partnership, LT.Organisation, LT.Network,
                                         LT.PartnerRole)),
    ("media", "Quotations and photos", "Zitate und Fotos", (LT.Quotation, LT.Photograph)),
)
PROVENANCE_TYPES = (LT.Evidence, LT.TextSpan)
# The release's own statements in reading order; the long lists (mentions, photos) last.
METADATA_ORDER = [str(term) for term in (
    SCHEMA.headline, SCHEMA.alternativeHeadline, SCHEMA.datePublished, SCHEMA.publisher,
    SCHEMA.author, SCHEMA.inLanguage, SCHEMA.url, LT.sourceFileName, LT.sha256)]
LAST = [str(SCHEMA.mentions), str(SCHEMA.associatedMedia)]


@dataclass
class Thing:
    subject: Shown
    kinds: list[Shown]
    properties: list[Property]


@dataclass
class MandateRow:
    """One mandate as a row: who, which role (and as written), for whom, when, evidence."""

    person: Shown
    role: Shown
    as_written: Shown
    organisation: Shown
    attested: Shown
    spans: list[Span]

    @property
    def quotes(self) -> list[Quote]:
        return quotes_of(self.spans)


@dataclass
class Group:
    key: str
    heading: str
    things: list[Thing]
    mandates: list[MandateRow] = field(default_factory=list)


def release_description(iri: URIRef) -> Description | None:
    """What a press release's page needs of its description: its own statements (the page shows
    them as metadata and reads the facts from the release's graph), or None when ``iri`` is no
    press release. Its whole description also carries every evidence and text-span node of its
    document and every span pointing at it, a thousand quads at a million, which the page
    never shows: reading them was a third of the page's first view."""
    try:
        ref = iri_ref(str(iri))
    except ValueError:
        return None
    found = rows(f"SELECT ?p ?o ?g WHERE {{ GRAPH ?g {{ {ref} ?p ?o }} }}")
    outgoing = [(iri, row["p"], row["o"], row["g"]) for row in found]
    if not any(p == RDF.type and o == LT.PressRelease for _, p, o, _ in outgoing):
        return None
    return Description(iri, outgoing)


def render_release(description: Description, iri: URIRef, lang: str) -> str:
    labels = merged_labels(description)
    graph = graph_of_release(str(iri))
    triples = graph_triples(graph) if graph else []
    spans = spans_in_graph(triples, lang)
    metadata = [q for q in description.outgoing if q[0] == iri and q[1] != RDF.type]
    title = pick_label(labels.get(str(iri), ()), lang)
    return render_template(
        "release.html", title=str(title) if title is not None else curie(str(iri)),
        title_lang=title.language if title is not None else None, iri=str(iri),
        metadata=in_reading_order(properties(metadata, labels, lang, {}, outgoing=True,
                                             with_sources=False)),
        groups=group_facts(triples, labels, lang, spans, skip={str(iri)}),
        graph=graph, graph_href=local_path(graph) if graph else None,
        evidence_count=sum(len(v) for v in spans.values()),
        text_at_hand=release_text(str(iri)) is not None, alternates=twins(str(iri)),
        same_release=True)


def render_graph(graph_iri: URIRef, quads: Iterable[tuple[Node, Node, Node, Node]]) -> str:
    lang = reader_language()
    labels = all_labels()
    triples = [(s, p, o) for s, p, o, _ in quads]
    release = releases_by_graph().get(str(graph_iri))
    spans = spans_in_graph(triples, lang) if release else {}
    skip = {release[0]} if release else set()
    page = source_page(str(graph_iri))
    return render_template(
        "graph.html", title=curie(str(graph_iri)), iri=str(graph_iri),
        source_page=page if page and page.startswith(("http://", "https://")) else None,
        release_href=local_path(release[0]) if release else None,
        release_label=show_term(URIRef(release[0]), labels, lang).text if release else "",
        groups=group_facts(triples, labels, lang, spans, skip=skip),
        statements=len(triples), alternates=twins(str(graph_iri)),
        same_release=release is not None)


def in_reading_order(found: list[Property]) -> list[Property]:
    def position(prop: Property) -> tuple[int, int, str]:
        iri = prop.shown.iri or ""
        if iri in METADATA_ORDER:
            return (0, METADATA_ORDER.index(iri), "")
        return (2 if iri in LAST else 1, LAST.index(iri) if iri in LAST else 0, prop.shown.key)
    return sorted(found, key=position)


def graph_of_release(release_iri: str) -> str | None:
    for graph, (release, _) in sorted(releases_by_graph().items()):
        if release == release_iri:
            return graph
    return None


def graph_triples(graph: str) -> list[Triple]:
    """Every statement of one named graph (a fixed query on an IRI from the store)."""
    found = rows(f"SELECT ?s ?p ?o WHERE {{ GRAPH {iri_ref(graph)} {{ ?s ?p ?o }} }}")
    return [(r["s"], r["p"], r["o"]) for r in found]


def group_facts(triples: list[Triple], labels: dict[str, list[Literal]], lang: str,
                spans: dict[FactKey, list[Span]], skip: set[str]) -> list[Group]:
    """The statements of a graph by subject, the subjects grouped by what they are. Evidence
    and span nodes are left out (their spans are shown next to the facts), and so are the
    subjects in ``skip`` (the release, shown as metadata) and the graph's own provenance."""
    types: dict[Node, set[Node]] = {}
    for s, p, o in triples:
        if p == RDF.type:
            types.setdefault(s, set()).add(o)
    by_subject: dict[Node, list[Triple]] = {}
    for s, p, o in triples:
        if str(s) in skip or p == PROV.wasDerivedFrom:
            continue
        if types.get(s, set()) & set(PROVENANCE_TYPES):
            continue
        by_subject.setdefault(s, []).append((s, p, o))
    groups: dict[str, list[Thing]] = {}
    mandates: list[MandateRow] = []
    for subject, found in by_subject.items():
        kinds = types.get(subject, set())
        key = next((g for g, _, _, classes in GROUPS if kinds & set(classes)), "other")
        if LT.Mandate in kinds:
            mandates.append(mandate_row(found, labels, lang, spans))
            continue
        groups.setdefault(key, []).append(Thing(
            show_term(subject, labels, lang),
            sorted((show_term(k, labels, lang) for k in kinds), key=lambda k: k.key),
            properties([(s, p, o, None) for s, p, o in found if p != RDF.type], labels, lang,
                       spans, outgoing=True, with_sources=False)))
    if mandates:
        groups.setdefault("people", [])
    headings = {g: (en if lang == "en" else de) for g, en, de, _ in GROUPS}
    headings["other"] = "Other statements" if lang == "en" else "Weitere Aussagen"
    order = [g for g, _, _, _ in GROUPS] + ["other"]
    mandates.sort(key=lambda m: (m.person.key, m.role.key, m.organisation.key))
    return [Group(key, headings[key], sorted(groups[key], key=lambda t: t.subject.key),
                  mandates if key == "people" else [])
            for key in order if key in groups]


def mandate_row(found: list[Triple], labels: dict[str, list[Literal]], lang: str,
                spans: dict[FactKey, list[Span]]) -> MandateRow:
    def part(predicate: URIRef) -> Shown:
        values = sorted((o for _, p, o in found if p == predicate), key=str)
        return show_term(values[0], labels, lang) if values else Shown("")

    evidence = sorted({span for s, p, o in found for span in spans.get((str(s), str(p), str(o)),
                                                                        [])},
                      key=lambda span: (span.start, span.end))
    return MandateRow(part(ORG.member), part(ORG.role), part(LT.roleLabel),
                      part(ORG.organization), part(LT.attestedOn), evidence)

