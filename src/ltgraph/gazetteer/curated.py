"""Names from the curated reference graph (``data/reference/``): its countries, cities,
organisations, people and their mandates, summits, declarations, venues and memberships; and
the role labels of the ontology's SKOS schemes. Values are read in a fixed order, so the same
graph always gives the same tables.
"""

from __future__ import annotations

from datetime import date

import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

from ltgraph.gazetteer.names import name_keys
from ltgraph.gazetteer.tables import (
    CityEntry,
    DeclarationEntry,
    Gazetteer,
    Label,
    MandateEntry,
    OrgEntry,
    PersonEntry,
    SummitEntry,
    VenueEntry,
)
from ltgraph.terms import ID, LT, ORG, SCHEMA

__all__ = ["add_cities", "add_countries", "add_events", "add_orgs", "add_people",
           "scheme_labels"]


def _slug_of(iri: rdflib.term.Node, kind: str) -> str | None:
    prefix = f"{ID}{kind}/"
    text = str(iri)
    return text[len(prefix):] if text.startswith(prefix) else None


def _agent_of(iri: rdflib.term.Node) -> str | None:
    for kind in ("city", "org"):
        slug = _slug_of(iri, kind)
        if slug:
            return f"{kind}/{slug}"
    return None


def _literals(graph: rdflib.Graph, subject: rdflib.term.Node, *predicates) -> list[str]:
    """Literal values in a fixed order (predicates as given, then by text): a graph's own
    order may change from one run to the next, and the build must not."""
    found: list[str] = []
    for predicate in predicates:
        for value in sorted(str(v) for v in graph.objects(subject, predicate)
                            if isinstance(v, rdflib.Literal)):
            if value not in found:
                found.append(value)
    return found


def _english_label(graph: rdflib.Graph, subject: rdflib.term.Node, *predicates) -> str | None:
    """The English label (the shortest, then the first by text, if there are several)."""
    values = [v for p in predicates for v in graph.objects(subject, p)
              if isinstance(v, rdflib.Literal)]
    for wanted in ("en", None):
        labels = sorted((str(v) for v in values if v.language == wanted), key=lambda t: (len(t), t))
        if labels:
            return labels[0]
    labels = sorted(str(v) for v in values)
    return labels[0] if labels else None


def _as_date(value: rdflib.term.Node | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def add_countries(graph: rdflib.Graph, gaz: Gazetteer) -> dict[str, tuple[str, str]]:
    """Country IRI -> (ISO code, English label) as the reference data states them."""
    found: dict[str, tuple[str, str]] = {}
    for country in graph.subjects(RDF.type, LT.Country):
        iso = next((str(v) for v in graph.objects(country, LT.isoCode)), None)
        if not iso:
            continue
        label = _english_label(graph, country, RDFS.label) or gaz.country_labels.get(iso, iso)
        found[str(country)] = (iso.upper(), label)
        for name in _literals(graph, country, RDFS.label, SKOS.altLabel):
            for key in name_keys(name):
                gaz.countries.setdefault(key, iso.upper())
    return found


def add_cities(graph: rdflib.Graph, gaz: Gazetteer,
                      countries: dict[str, tuple[str, str]]) -> None:
    for city in sorted(set(graph.subjects(RDF.type, LT.City))):
        slug = _slug_of(city, "city")
        if not slug:
            continue
        country = next(iter(graph.objects(city, LT.country)), None)
        iso, country_label = countries.get(str(country), (None, None))
        if iso is None and country is not None:
            iso = str(country).rsplit("/", 1)[-1].upper()
            country_label = gaz.country_labels.get(iso, iso)
        wikidata = geonames = None
        for same in graph.objects(city, SCHEMA.sameAs):
            text = str(same).rstrip("/")
            if "wikidata.org/entity/" in text:
                wikidata = text.rsplit("/", 1)[-1]
            elif "geonames.org/" in text:
                geonames = text.rsplit("/", 1)[-1]
        names = _literals(graph, city, RDFS.label, SKOS.prefLabel, SKOS.altLabel)
        label = _english_label(graph, city, RDFS.label) or (names[0] if names else slug)
        entry = CityEntry(slug, label, iso or "", country_label or "", wikidata, geonames,
                          0, True)
        gaz.cities_by_slug[slug] = entry
        for name in names:
            gaz.reference_city_names[name] = slug
            for key in name_keys(name):
                gaz.reference_cities.setdefault(key, entry)


def add_orgs(graph: rdflib.Graph, gaz: Gazetteer) -> None:
    subjects = set(graph.subjects(RDF.type, LT.Organisation)) | set(
        graph.subjects(RDF.type, LT.Network))
    for org in sorted(subjects):
        slug = _slug_of(org, "org")
        if not slug:
            continue
        names = _literals(graph, org, RDFS.label, SKOS.prefLabel, SKOS.altLabel,
                          SCHEMA.name, SCHEMA.alternateName)
        label = _english_label(graph, org, RDFS.label) or (names[0] if names else slug)
        is_network = (org, RDF.type, LT.Network) in graph
        founding = graph.value(org, SCHEMA.foundingDate)
        founded = int(str(founding)[:4]) if founding is not None and str(founding)[:4].isdigit() \
            else None
        gaz.orgs[slug] = OrgEntry(slug, label, tuple(names), is_network, founded)
        for name in names:
            gaz.org_names.setdefault(name, slug)
    gaz.index_orgs()


def add_people(graph: rdflib.Graph, gaz: Gazetteer) -> None:
    for person in sorted(set(graph.subjects(RDF.type, LT.Person))):
        slug = _slug_of(person, "person")
        if not slug:
            continue
        name = next((str(v) for v in graph.objects(person, SCHEMA.name)), None)
        if not name:
            continue
        honorific = next((str(v) for v in graph.objects(person, SCHEMA.honorificPrefix)), None)
        names = tuple(_literals(graph, person, SCHEMA.name, SCHEMA.alternateName))
        gaz.persons[slug] = PersonEntry(slug, name, honorific, names)
        for variant in names:
            for key in name_keys(variant):
                gaz.person_names.setdefault(key, slug)
    mandates = []
    for mandate in graph.subjects(RDF.type, LT.Mandate):
        member = next(iter(graph.objects(mandate, ORG.member)), None)
        role = next(iter(graph.objects(mandate, ORG.role)), None)
        agent = next(iter(graph.objects(mandate, ORG.organization)), None)
        person = _slug_of(member, "person") if member is not None else None
        role_slug = _slug_of(role, "role") if role is not None else None
        agent_slug = _agent_of(agent) if agent is not None else None
        if person and role_slug and agent_slug:
            mandates.append(MandateEntry(person, role_slug, agent_slug))
    gaz.mandates = tuple(sorted(set(mandates), key=lambda m: (m.person, m.role, m.agent)))


def add_events(graph: rdflib.Graph, gaz: Gazetteer) -> None:
    for summit in sorted(set(graph.subjects(RDF.type, LT.Summit))):
        slug = _slug_of(summit, "summit")
        if not slug:
            continue
        ordinal = next((int(v) for v in graph.objects(summit, LT.ordinal)), None)
        host = next((_slug_of(v, "city") for v in graph.objects(summit, LT.hostCity)), None)
        start = _as_date(next(iter(graph.objects(summit, SCHEMA.startDate)), None))
        end = _as_date(next(iter(graph.objects(summit, SCHEMA.endDate)), None))
        names = tuple(_literals(graph, summit, RDFS.label, SKOS.altLabel, SCHEMA.name))
        label = _english_label(graph, summit, RDFS.label) or (names[0] if names else slug)
        gaz.summits[slug] = SummitEntry(slug, ordinal, host, start, end, names, label)
    for declaration in sorted(set(graph.subjects(RDF.type, LT.Declaration))):
        slug = _slug_of(declaration, "declaration")
        if not slug:
            continue
        summit = next((_slug_of(v, "summit") for v in graph.objects(declaration, LT.adoptedAt)),
                      None)
        names = tuple(_literals(graph, declaration, RDFS.label, SKOS.altLabel, SCHEMA.name))
        label = _english_label(graph, declaration, RDFS.label) or (names[0] if names else slug)
        gaz.declarations[slug] = DeclarationEntry(slug, summit, names, label)
    for venue in sorted(set(graph.subjects(RDF.type, LT.Venue))):
        slug = _slug_of(venue, "venue")
        if not slug:
            continue
        names = tuple(_literals(graph, venue, RDFS.label, SKOS.altLabel))
        city = next((_slug_of(v, "city") for v in graph.objects(venue, SCHEMA.containedInPlace)),
                    None)
        label = _english_label(graph, venue, RDFS.label) or (names[0] if names else slug)
        gaz.venues[slug] = VenueEntry(slug, label, city, names)
        for name in names:
            gaz.venue_names.setdefault(name, slug)
    memberships = []
    for membership in graph.subjects(ORG.member, None):
        if (membership, RDF.type, LT.Mandate) in graph:
            continue
        city = next((_slug_of(v, "city") for v in graph.objects(membership, ORG.member)), None)
        network = next((_slug_of(v, "org") for v in graph.objects(membership, ORG.organization)),
                       None)
        since = next((int(str(v)[:4]) for v in graph.objects(membership, LT.memberSince)), None)
        if city and network:
            memberships.append((city, network, since))
    gaz.memberships = tuple(sorted(set(memberships), key=str))


def scheme_labels(graph: rdflib.Graph, cls: rdflib.URIRef, kind: str) -> tuple[Label, ...]:
    labels: set[Label] = set()
    for concept in graph.subjects(RDF.type, cls):
        slug = _slug_of(concept, kind)
        if not slug:
            continue
        for predicate in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for value in graph.objects(concept, predicate):
                if isinstance(value, rdflib.Literal) and str(value).strip():
                    labels.add(Label(str(value).strip(), slug, value.language or "en"))
    return tuple(sorted(labels, key=lambda lab: (-len(lab.text), lab.text, lab.slug,
                                                 lab.language)))
