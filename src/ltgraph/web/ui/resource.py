"""The HTML page of one resource (``/id/{kind}/{slug}``), which the linked-data route
delegates to: its label in the reader's language, its types, every property with the label of
what it links to, the incoming links, and for each fact the graphs that state it and the
release text that supports it. Press releases get their own page (:mod:`.release`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from flask import current_app, render_template, request
from rdflib import Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from ltgraph.store.base import Description, Quad
from ltgraph.terms import LT, ORG, sparql_prefixes
from ltgraph.web.app import settings_of, store_of
from ltgraph.web.cache import SHELF, remembered
from ltgraph.web.shelf import PageShelf
from ltgraph.web.ui import release
from ltgraph.web.ui.common import (
    LANGUAGES,
    Shown,
    curie,
    local_path,
    pick_label,
    reader_language,
    rows,
    show_term,
)
from ltgraph.web.ui.evidence import FactKey, Source, Span, source_of, spans_about
from ltgraph.web.ui.facts import (
    Property,
    chosen_values,
    merged_labels,
    properties,
    properties_of,
    shown_facts,
    twins,
)
from ltgraph.web.ui.profiles import profile_of

# Statements that only carry provenance: shown next to the facts they support instead.
EVIDENCE_LINKS = (RDF.subject, RDF.object, LT.spanOf)
MOST_SHOWN = 100  # incoming links shown per property; the rest through a query
# values per property under "All statements" beside a profile, which already answers with
# them (a summit's attendees, a city's summits); the rest through a query
MOST_BESIDE_PROFILE = 24
HUB_STATEMENTS = 500  # a resource in this many statements is a hub: its page is kept
MOST_HUBS = 64  # hubs whose pages are rendered ahead of their first visitor
MOST_KEPT = 256  # hub pages kept at most (all languages), about 40 MB at a million quads
HUB_PAGES = "hub pages"
HUBS = "hubs"
# the kinds whose pages are rendered onto the shelf after start-up, the heaviest first
PRERENDERED = ("lt:Summit", "lt:PressRelease")
LOG = logging.getLogger("ltgraph.web")


@dataclass
class Section:
    subject: Shown
    properties: list[Property]


def page(description: Description, iri: URIRef) -> str:
    """The page of a resource; a hub's page is kept until the next load (it names hundreds
    of statements: at a million quads rendering it costs 0.3-1 s, ten times a typical page)."""
    html = render(description, iri)
    key = page_key()
    kept = remembered(HUB_PAGES, dict)
    if (len(description.outgoing) + len(description.incoming) >= HUB_STATEMENTS
            and len(kept) < MOST_KEPT and plain_request()):
        kept[key] = html
    return html


def kept_page() -> str | None:
    """This request's page when it is already rendered: a hub's page kept in memory, or a
    page on the shelf (:mod:`ltgraph.web.shelf`). Only for a request whose query names
    nothing but the language: the language switch's links repeat the other parameters."""
    if not plain_request():
        return None
    key = page_key()
    kept = remembered(HUB_PAGES, dict).get(key)
    if kept is not None:
        return kept
    shelf = shelf_of()
    return shelf.get(key) if shelf is not None else None


def plain_request() -> bool:
    """Whether the request's query string names at most the reader's language."""
    return all(name == "lang" for name in request.args)


def shelf_of() -> PageShelf | None:
    """The app's shelf of pre-rendered pages (None: pages are rendered at their first view)."""
    return current_app.extensions["ltgraph"].get(SHELF)


def page_key() -> tuple[str, str, str]:
    """What a resource page depends on besides the data: its path, the prefix the site is
    served under (links to our files) and the reader's language (the other parameters of the
    request change nothing on it)."""
    return (request.script_root, request.path, reader_language())


def hub_query(least: int, most: int) -> str:
    """Our resources stated in ``least`` statements or more (as subject or object), the most
    stated first, at most ``most``."""
    return sparql_prefixes() + f"""SELECT ?hub (COUNT(*) AS ?n) WHERE {{
      {{ GRAPH ?g {{ ?hub ?p ?o }} }} UNION {{ GRAPH ?g {{ ?s ?p ?hub }} }}
      FILTER(isIRI(?hub) && STRSTARTS(STR(?hub), "{settings_of()['public_base']}id/"))
    }} GROUP BY ?hub HAVING (COUNT(*) >= {least}) ORDER BY DESC(?n) ?hub LIMIT {most}"""


def hubs() -> list[tuple[str, str]]:
    """The IRIs and local paths of the dataset's hubs, the most stated first (kept per load:
    the count takes seconds at a million quads, and hub pages and hub documents both use it)."""
    def found() -> list[tuple[str, str]]:
        iris = (str(row["hub"]) for row in rows(hub_query(HUB_STATEMENTS, MOST_HUBS)))
        return [(iri, path) for iri in iris if (path := local_path(iri)) is not None]
    return remembered(HUBS, found)


def render_hubs() -> None:
    """Render the pages of the dataset's hubs in every language, so that their first visitor
    finds them kept (computed with the start-up work, in the background)."""
    for iri, path in hubs():
        for lang in LANGUAGES:
            with current_app.test_request_context(path, base_url=request.host_url,
                                                  headers={"Accept-Language": lang}):
                description = store_of().describe(iri, with_labels=False)
                if description:
                    page(description, URIRef(iri))


def described(iri: URIRef, kind: str) -> Description:
    """What the page of ``iri`` (at ``/id/{kind}/…``) is rendered from: a press release's own
    statements (its page reads its graph), anything else's description without the labels of
    what it links to (the page takes them from the dataset's label index)."""
    return ((release.release_description(iri) if kind == "release" else None)
            or store_of().describe(str(iri), with_labels=False))


def prerender_pages() -> None:
    """Render the page of every summit and press release in every language onto the shelf,
    the heaviest kinds first, so that each one's first view is a file read: at a million
    quads each costs 0.05-0.3 s to render on disk (its evidence, profile and template), and
    thousands kept in memory would take hundreds of MiB. A page already kept (a hub's) or on
    the shelf is skipped; a new load stops the work (its pages would be of the old data)."""
    shelf = shelf_of()
    version = store_of().version()
    if shelf is None or version is None:
        return
    pages = written = 0
    for kind in PRERENDERED:
        found = rows(sparql_prefixes() + f"SELECT ?x WHERE {{ ?x a {kind} }} ORDER BY ?x",
                     capped=False)
        for path in filter(None, (local_path(str(row["x"])) for row in found)):
            for lang in LANGUAGES:
                if store_of().version() != version:
                    return
                size = prerender(shelf, path, lang, version)
                pages, written = pages + (size > 0), written + size
    LOG.info("rendered %d summit and release pages ahead of their first visitors "
             "(%.1f MiB on disk)", pages, written / (1 << 20))


def prerender(shelf: PageShelf, path: str, lang: str, version: str) -> int:
    """Render one page (``path`` in ``lang``) onto the shelf, as its visitor would be
    answered; the bytes written, 0 when it is kept already or names nothing."""
    with current_app.test_request_context(path, base_url=request.host_url,
                                          headers={"Accept": "text/html",
                                                   "Accept-Language": lang}):
        key = page_key()
        if key in remembered(HUB_PAGES, dict) or shelf.has(key):
            return 0
        iri = URIRef(settings_of()["public_base"] + path.lstrip("/"))
        description = described(iri, path.split("/")[2])
        if not description:
            return 0
        return shelf.put(key, render(description, iri), version)


def render(description: Description, iri: URIRef) -> str:
    lang = reader_language()
    types = {o for s, p, o, _ in description.outgoing if s == iri and p == RDF.type}
    if LT.PressRelease in types:
        return release.render_release(description, iri, lang)
    labels = merged_labels(description)
    main = [q for q in description.outgoing if q[0] == iri and q[1] != RDF.type]
    memberships = {q[0] for q in description.outgoing
                   if q[0] != iri and q[1] == RDF.type and q[2] == ORG.Membership}
    fragments = [q for q in description.outgoing if q[0] != iri and q[0] not in memberships]
    incoming = [q for q in description.incoming if q[1] not in EVIDENCE_LINKS]
    title = pick_label(labels.get(str(iri), ()), lang)
    profile = profile_of(description, labels, lang)
    most = MOST_BESIDE_PROFILE if profile is not None else None
    chosen = chosen_values(main, labels, lang, outgoing=True, most=most)
    chosen_incoming = chosen_values(incoming, labels, lang, outgoing=False,
                                    most=most or MOST_SHOWN)
    # the evidence of the facts shown (a summit's page shows a fifth of its attendees)
    spans = spans_about(str(iri), lang, shown_facts([*chosen, *chosen_incoming])
                        | {(str(s), str(p), str(o)) for s, p, o, _ in fragments})
    return render_template(
        "resource.html", title=str(title) if title is not None else curie(str(iri)),
        title_lang=title.language if title is not None else None, iri=str(iri),
        types=sorted((show_term(t, labels, lang) for t in types), key=lambda s: s.key),
        properties=properties_of(chosen, labels, lang, spans, outgoing=True),
        fragments=fragment_sections(fragments, labels, lang, spans),
        members=member_rows([q for q in description.outgoing if q[0] in memberships], labels,
                            lang),
        incoming=properties_of(chosen_incoming, labels, lang, spans, outgoing=False),
        alternates=twins(str(iri)), profile=profile)


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
