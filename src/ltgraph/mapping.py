"""Map the facts of one release to RDF: the content of that release's named graph.

Mapping knows nothing of text: it reads ``ReleaseFacts`` (plain data) and writes triples in the
vocabulary of ``ontology/ltgraph.ttl``. Every extracted statement is traced to the character
spans that support it through an ``lt:Evidence`` node (RDF reification: rdf:subject,
rdf:predicate, rdf:object) pointing at ``lt:TextSpan`` nodes named with RFC 5147 fragments
(``…/id/release/{slug}#char=10,42``). All IRIs are derived from the facts, so the same input
always gives the same graph, and no blank node is ever minted.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, XSD

from ltgraph.extract.evidence import sentences_holding
from ltgraph.model import DeclarationFact, FigureFact, Part, ReleaseFacts, Span, SummitFact
from ltgraph.release_graph import ReleaseGraph
from ltgraph.slugs import slugify
from ltgraph.terms import LT, ORG, SCHEMA, release_graph, resource

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def agent_iri(agent: str) -> URIRef:
    """``city/duesseldorf`` or ``org/oecd`` as an IRI."""
    kind, _, slug = agent.partition("/")
    return resource(kind, slug)


def date_literal(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def term_literal(value: str) -> Literal:
    """A date of a term of office as precise as the text gives it: a year (xsd:gYear), a month
    (xsd:gYearMonth) or a day (xsd:date)."""
    kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=kind)


def span_iri(release_iri: URIRef, span: Span) -> URIRef:
    return URIRef(f"{release_iri}#char={span.start},{span.end}")


def evidence_iri(release_iri: URIRef, triple: Triple) -> URIRef:
    digest = hashlib.sha1(" ".join(t.n3() for t in triple).encode("utf-8")).hexdigest()
    return URIRef(f"{release_iri}#ev-{digest[:12]}")


def words_of(fact: SummitFact | DeclarationFact, what: str) -> tuple[Span, ...]:
    """The words that state one property of a fact; all its evidence when extraction did not
    single them out (a fact built by hand, or a property stated nowhere narrower)."""
    return dict(fact.words).get(what) or fact.evidence


# The terms every statement's evidence is written with, looked up once (a namespace's attribute
# makes a new IRI each time it is read: some four hundred per release).
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
_EVIDENCE, _TEXT_SPAN, _SPAN, _SENTENCE = LT.Evidence, LT.TextSpan, LT.span, LT.sentence
_SPAN_OF, _CHAR_START, _CHAR_END = LT.spanOf, LT.charStart, LT.charEnd


class _GraphWriter:
    """Collects the triples of one release graph, with evidence for the extracted ones."""

    def __init__(self, release_iri: URIRef, sentences: tuple[Span, ...] = ()) -> None:
        self.statements: list[Triple] = []  # in the order stated, made a graph at the end
        self.release_iri = release_iri
        self.sentences = sentences
        self.spans: dict[Span, URIRef] = {}  # the text spans already described

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.statements.append((s, p, o))

    def graph(self) -> ReleaseGraph:
        """The statements as a graph (the same graph as adding each to it in turn)."""
        return ReleaseGraph.of(self.statements)

    def state(self, s: URIRef, p: URIRef, o: URIRef | Literal, spans: Iterable[Span]) -> None:
        """Add a statement taken from the text, and the evidence that supports it."""
        add = self.statements.append
        add((s, p, o))
        spans = sorted(set(spans))
        if not spans:
            return
        ev = evidence_iri(self.release_iri, (s, p, o))
        add((ev, _TYPE, _EVIDENCE))
        add((ev, _SUBJECT, s))
        add((ev, _PREDICATE, p))
        add((ev, _OBJECT, o))
        for span in spans:
            add((ev, _SPAN, self.span(span)))
        for sentence in sentences_holding(spans, self.sentences):
            add((ev, _SENTENCE, self.span(sentence)))

    def span(self, span: Span) -> URIRef:
        """The node of a text span, described once however many statements it supports (a
        sentence supports many)."""
        if span in self.spans:
            return self.spans[span]
        node = self.spans[span] = span_iri(self.release_iri, span)
        add = self.statements.append
        add((node, _TYPE, _TEXT_SPAN))
        add((node, _SPAN_OF, self.release_iri))
        add((node, _CHAR_START, Literal(span.start)))
        add((node, _CHAR_END, Literal(span.end)))
        return node


def map_release(facts: ReleaseFacts, *, with_text: bool = False) -> ReleaseGraph:
    """The named graph of one release: what it states, with provenance down to text spans.

    ``with_text`` adds the words of quotations; it is for stores built locally from the release
    files, never for the committed dataset (DESIGN.md, "Text from releases").
    """
    release = facts.release
    rel = resource("release", release.slug)
    w = _GraphWriter(rel, facts.sentences)
    w.add(release_graph(release.slug), PROV.wasDerivedFrom, rel)
    _map_release_itself(w, facts)
    _map_named_things(w, facts)
    _map_mandates(w, facts)
    _map_events(w, facts)
    _map_quotes_and_photos(w, facts, with_text)
    return w.graph()


def part_value(part: Part) -> str:
    """The words of a headline as a reader sees them: blanks (and blanked markup) collapsed."""
    return " ".join(part.text.split())


def source_iri(url: str | None) -> URIRef | None:
    """The source URL as an IRI, or None when it cannot be one (blanks, quotes, no scheme)."""
    if not url or not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", url):
        return None
    return URIRef(url)


def _map_release_itself(w: _GraphWriter, facts: ReleaseFacts) -> None:
    """The release node. Only what parsing always provides is required of it (a headline, the
    file's hash and name); the date and publisher are stated when known, so a release whose
    reading needed a heuristic is never lost to a shape."""
    release, rel = facts.release, w.release_iri
    w.add(rel, RDF.type, LT.PressRelease)
    w.add(rel, LT.sha256, Literal(release.sha256))
    w.add(rel, LT.sourceFileName, Literal(release.path))
    for half in release.halves:
        if half.headline is not None and part_value(half.headline):
            w.state(rel, SCHEMA.headline, Literal(part_value(half.headline), lang=half.language),
                    [half.headline.span])
    sub = release.subheadline
    if sub is not None and part_value(sub):
        w.state(rel, SCHEMA.alternativeHeadline,
                Literal(part_value(sub), lang=release.halves[0].language), [sub.span])
    for lang in release.languages:
        w.add(rel, SCHEMA.inLanguage, Literal(lang))
    byline = [release.byline.span] if release.byline is not None else []
    if facts.published is not None:
        w.state(rel, SCHEMA.datePublished, date_literal(facts.published), byline)
    if facts.author is not None:
        w.state(rel, SCHEMA.author, resource("person", facts.author), byline)
    spans = [release.masthead.span] if release.masthead is not None else []
    if facts.publisher is not None:
        w.state(rel, SCHEMA.publisher, agent_iri(facts.publisher), spans)
    elif release.publisher_name and slugify(release.publisher_name):
        publisher = resource("org", slugify(release.publisher_name))
        w.add(publisher, RDF.type, LT.Organisation)
        w.add(publisher, RDFS.label, Literal(release.publisher_name))
        w.state(rel, SCHEMA.publisher, publisher, spans)
    url = source_iri(release.source_url)
    if url is not None:
        spans = [release.online_url.span] if release.online_url is not None else []
        w.state(rel, SCHEMA.url, url, spans)


def _map_named_things(w: _GraphWriter, facts: ReleaseFacts) -> None:
    rel = w.release_iri
    for person in facts.persons:
        iri = resource("person", person.slug)
        w.add(iri, RDF.type, LT.Person)
        w.state(iri, SCHEMA.name, Literal(person.name), person.evidence)
        if person.honorific:
            w.add(iri, SCHEMA.honorificPrefix, Literal(person.honorific))
        w.add(rel, SCHEMA.mentions, iri)
    for city in facts.cities:
        iri = resource("city", city.slug)
        country = resource("country", city.country_iso.lower())
        w.state(iri, RDF.type, LT.City, city.evidence)
        w.add(iri, RDFS.label, Literal(city.label, lang="en"))
        w.add(iri, LT.country, country)
        w.add(country, RDF.type, LT.Country)
        w.add(country, RDFS.label, Literal(city.country_label, lang="en"))
        w.add(country, LT.isoCode, Literal(city.country_iso.upper()))
        if city.wikidata:
            w.add(iri, SCHEMA.sameAs, URIRef(f"http://www.wikidata.org/entity/{city.wikidata}"))
        if city.geonames:
            w.add(iri, SCHEMA.sameAs, URIRef(f"https://sws.geonames.org/{city.geonames}/"))
        w.add(rel, SCHEMA.mentions, iri)
    for org in facts.organisations:
        iri = resource("org", org.slug)
        w.state(iri, RDF.type, LT.Organisation, org.evidence)
        if org.is_network:
            w.add(iri, RDF.type, LT.Network)
        w.add(iri, RDFS.label, Literal(org.label, lang="en"))
        w.add(rel, SCHEMA.mentions, iri)
    for venue in facts.venues:
        iri = resource("venue", venue.slug)
        w.state(iri, RDF.type, LT.Venue, venue.evidence)
        w.add(iri, RDFS.label, Literal(venue.label, lang="en"))
        w.add(iri, SCHEMA.containedInPlace, resource("city", venue.city))
        w.add(rel, SCHEMA.mentions, iri)


def mandate_slug(person: str, role: str, agent: str) -> str:
    return f"{person}-{role}-{agent.partition('/')[2]}"


def _map_mandates(w: _GraphWriter, facts: ReleaseFacts) -> None:
    for m in facts.mandates:
        iri = resource("mandate", mandate_slug(m.person, m.role, m.agent))
        w.add(iri, RDF.type, LT.Mandate)
        w.state(iri, ORG.member, resource("person", m.person), m.evidence)
        w.state(iri, ORG.role, resource("role", m.role), m.evidence)
        w.state(iri, ORG.organization, agent_iri(m.agent), m.evidence)
        w.add(iri, LT.roleLabel, Literal(m.role_label, lang=m.language))
        if m.start is not None:
            w.state(iri, SCHEMA.startDate, term_literal(m.start), m.term_evidence)
        if m.end is not None:
            w.state(iri, SCHEMA.endDate, term_literal(m.end), m.term_evidence)
        if facts.published is not None:
            w.add(iri, LT.attestedOn, date_literal(facts.published))


def _map_events(w: _GraphWriter, facts: ReleaseFacts) -> None:
    rel = w.release_iri
    for s in facts.summits:
        iri = resource("summit", s.slug)
        w.add(iri, RDF.type, LT.Summit)
        w.add(iri, RDFS.label, Literal(s.label, lang="en"))
        if s.ordinal is not None:
            w.state(iri, LT.ordinal, Literal(s.ordinal), words_of(s, "ordinal"))
        if s.host_city is not None:
            w.state(iri, LT.hostCity, resource("city", s.host_city), words_of(s, "host"))
        if s.start is not None:
            w.state(iri, SCHEMA.startDate, date_literal(s.start), words_of(s, "date"))
        if s.end is not None:
            w.state(iri, SCHEMA.endDate, date_literal(s.end), words_of(s, "date"))
        for venue in s.venues:
            w.state(iri, SCHEMA.location, resource("venue", venue), s.evidence)
        w.add(rel, SCHEMA.mentions, iri)
    for d in facts.declarations:
        iri = resource("declaration", d.slug)
        w.add(iri, RDF.type, LT.Declaration)
        w.add(iri, RDFS.label, Literal(d.label, lang="en"))
        w.state(iri, LT.adoptedAt, resource("summit", d.summit), words_of(d, "summit"))
        if d.date_created is not None:
            w.state(iri, SCHEMA.dateCreated, date_literal(d.date_created), words_of(d, "date"))
        if d.venue is not None:
            w.state(iri, SCHEMA.locationCreated, resource("venue", d.venue),
                    words_of(d, "venue"))
        for city in d.signatories:
            w.state(iri, LT.signatory, resource("city", city), words_of(d, f"signatory {city}"))
        w.add(rel, SCHEMA.mentions, iri)
    for p in facts.partnerships:
        org, summit = resource("org", p.organisation), resource("summit", p.event)
        if p.role == CO_ORGANISER:
            # organising a summit with its host is no support in a partner role
            w.state(summit, LT.coOrganiser, org, p.evidence)
            continue
        iri = resource("partnership", f"{p.event}-{p.organisation}-{p.role}")
        w.add(iri, RDF.type, LT.Partnership)
        w.state(iri, LT.partner, org, p.evidence)
        w.state(iri, LT.partnerRole, resource("partner-role", p.role), p.evidence)
        w.state(iri, LT.event, summit, p.evidence)
        if p.role == "main-sponsor":
            w.state(summit, SCHEMA.sponsor, org, p.evidence)
    for a in facts.attendance:
        w.state(resource("summit", a.summit), SCHEMA.attendee, resource("person", a.person),
                a.evidence)
    for c in facts.participation:
        w.state(resource("summit", c.summit), LT.participatingCity, resource("city", c.city),
                c.evidence)
    for m in facts.memberships:
        network = resource("org", m.network)
        iri = URIRef(f"{network}#member-{m.city}")
        w.add(iri, RDF.type, ORG.Membership)
        w.state(iri, ORG.member, resource("city", m.city), m.evidence)
        w.state(iri, ORG.organization, network, m.evidence)
        if m.since is not None:
            w.state(iri, LT.memberSince, Literal(str(m.since), datatype=XSD.gYear), m.evidence)
    for f in facts.figures:
        _map_figure(w, f, facts.release.slug)


# The role the extractor gives an organisation that organises a summit with its host: stated as
# lt:coOrganiser on the summit, never as an lt:Partnership.
CO_ORGANISER = "co-organiser"

# What each kind of figure counts, as schema:unitText (the reference data words it the same way).
FIGURE_UNITS = {"delegationCount": "delegations", "representativeCount": "representatives",
                "countryCount": "countries"}


def figure_iri(figure: FigureFact, release_slug: str) -> URIRef:
    """The release's own lt:ReportedFigure: one per value, qualifier and release, so figures
    that differ (or come from another source) stay apart."""
    unit = slugify(FIGURE_UNITS[figure.what])
    announced = "-announced" if figure.announced else ""
    return URIRef(f"{resource('summit', figure.event)}#figure-{unit}-{figure.value}-"
                  f"{slugify(figure.qualifier)}{announced}-{release_slug}")


def _map_figure(w: _GraphWriter, f: FigureFact, release_slug: str) -> None:
    """A figure as the release words it: an lt:ReportedFigure (value, what it counts, qualifier,
    the release as its source; "announced" added for one given before the event); an exact one
    of the event also as the summit's count (lt:delegationCount ...), which states an exact
    number and so is never given an approximate or announced one."""
    summit = resource("summit", f.event)
    if f.qualifier == "exactly" and not f.announced:
        w.state(summit, LT[f.what], Literal(f.value), f.evidence)
    iri = figure_iri(f, release_slug)
    w.state(summit, LT.figure, iri, f.evidence)
    w.add(iri, RDF.type, LT.ReportedFigure)
    w.state(iri, SCHEMA.value, Literal(f.value), f.evidence)
    w.add(iri, SCHEMA.unitText, Literal(FIGURE_UNITS[f.what], lang="en"))
    w.state(iri, LT.qualifier, Literal(f.qualifier), f.evidence)
    if f.announced:
        w.state(iri, LT.qualifier, Literal("announced"), f.evidence)
    w.add(iri, DCTERMS.source, w.release_iri)


def _map_quotes_and_photos(w: _GraphWriter, facts: ReleaseFacts, with_text: bool) -> None:
    release, rel = facts.release, w.release_iri
    for n, q in enumerate(sorted(facts.quotes, key=lambda q: q.span), start=1):
        iri = resource("quote", f"{release.slug}-{n}")
        w.add(iri, RDF.type, LT.Quotation)
        w.add(iri, SCHEMA.isPartOf, rel)
        w.state(iri, LT.quotedPerson, resource("person", q.person), [q.span])
        w.add(iri, SCHEMA.inLanguage, Literal(q.language))
        w.add(iri, LT.span, w.span(q.span))
        if with_text:
            w.add(iri, SCHEMA.text, Literal(release.text[q.span.start:q.span.end], lang=q.language))
    for n, photo in enumerate(facts.photos, start=1):
        iri = resource("photo", f"{release.slug}-{n}")
        w.add(iri, RDF.type, LT.Photograph)
        w.add(iri, SCHEMA.isPartOf, rel)
        w.add(iri, SCHEMA.contentUrl, URIRef(photo.url))
        w.add(iri, LT.span, w.span(photo.caption))
        w.add(rel, SCHEMA.associatedMedia, iri)
        if photo.photographer is not None:
            w.state(iri, SCHEMA.creator, resource("person", photo.photographer), [photo.caption])
        for person in photo.depicts:
            w.state(iri, FOAF.depicts, resource("person", person), [photo.caption])
        if photo.event is not None:
            w.state(iri, SCHEMA.about, resource("summit", photo.event), [photo.caption])
