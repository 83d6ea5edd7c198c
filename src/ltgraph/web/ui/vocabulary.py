"""Names for the terms of the reused vocabularies, in English and German.

The ontology graph names our own ``lt:`` terms; the standard terms we reuse (schema.org, ORG,
PROV, SKOS …) carry no labels in the dataset, so the pages name them from this table.
"""

from __future__ import annotations

import re

from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS

from ltgraph.terms import ORG, SCHEMA

TERM_NAMES: dict[str, tuple[str, str]] = {
    str(RDF.type): ("type", "Typ"),
    str(RDF.subject): ("subject", "Subjekt"),
    str(RDF.predicate): ("predicate", "Prädikat"),
    str(RDF.object): ("object", "Objekt"),
    str(RDFS.label): ("label", "Bezeichnung"),
    str(RDFS.comment): ("comment", "Kommentar"),
    str(RDFS.seeAlso): ("see also", "siehe auch"),
    str(SKOS.prefLabel): ("preferred label", "Vorzugsbezeichnung"),
    str(SKOS.altLabel): ("also known as", "auch genannt"),
    str(SKOS.inScheme): ("in scheme", "im Schema"),
    str(SCHEMA.name): ("name", "Name"),
    str(SCHEMA.alternateName): ("also written", "auch geschrieben"),
    str(SCHEMA.honorificPrefix): ("title", "Anrede"),
    str(SCHEMA.sameAs): ("same as", "identisch mit"),
    str(SCHEMA.headline): ("headline", "Titel"),
    str(SCHEMA.alternativeHeadline): ("sub-headline", "Unterzeile"),
    str(SCHEMA.datePublished): ("published", "veröffentlicht"),
    str(SCHEMA.publisher): ("publisher", "Herausgeber"),
    str(SCHEMA.author): ("author", "Autor"),
    str(SCHEMA.url): ("web address", "Webadresse"),
    str(SCHEMA.inLanguage): ("language", "Sprache"),
    str(SCHEMA.mentions): ("mentions", "nennt"),
    str(SCHEMA.associatedMedia): ("photos", "Fotos"),
    str(SCHEMA.startDate): ("starts", "Beginn"),
    str(SCHEMA.endDate): ("ends", "Ende"),
    str(SCHEMA.location): ("location", "Ort"),
    str(SCHEMA.attendee): ("attendee", "Teilnehmer"),
    str(SCHEMA.sponsor): ("sponsor", "Sponsor"),
    str(SCHEMA.dateCreated): ("date", "Datum"),
    str(SCHEMA.locationCreated): ("place", "Ort"),
    str(SCHEMA.containedInPlace): ("in", "liegt in"),
    str(SCHEMA.contentUrl): ("image address", "Bildadresse"),
    str(SCHEMA.creator): ("creator", "Urheber"),
    str(SCHEMA.about): ("about", "handelt von"),
    str(SCHEMA.isPartOf): ("part of", "Teil von"),
    str(SCHEMA.text): ("text", "Text"),
    str(ORG.member): ("member", "Mitglied"),
    str(ORG.organization): ("organisation", "Organisation"),
    str(ORG.role): ("role", "Funktion"),
    str(ORG.Membership): ("membership", "Mitgliedschaft"),
    str(FOAF.depicts): ("depicts", "zeigt"),
    str(PROV.wasDerivedFrom): ("derived from", "abgeleitet aus"),
    str(DCTERMS.source): ("source", "Quelle"),
    str(DCTERMS.creator): ("creator", "Urheber"),
    str(DCTERMS.description): ("description", "Beschreibung"),
    str(DCTERMS.license): ("licence", "Lizenz"),
    str(DCTERMS.modified): ("modified", "geändert"),
    str(DCTERMS.title): ("title", "Titel"),
    str(RDFS.domain): ("applies to", "gilt für"),
    str(RDFS.range): ("value", "Wert"),
    str(RDFS.isDefinedBy): ("defined by", "definiert in"),
    str(RDFS.subClassOf): ("subclass of", "Unterklasse von"),
    str(RDFS.subPropertyOf): ("refines", "verfeinert"),
    str(OWL.Class): ("class", "Klasse"),
    str(OWL.ObjectProperty): ("relation", "Beziehung"),
    str(OWL.DatatypeProperty): ("value property", "Werteigenschaft"),
    str(OWL.FunctionalProperty): ("single-valued property", "einwertige Eigenschaft"),
    str(OWL.Ontology): ("ontology", "Ontologie"),
    str(OWL.versionInfo): ("version", "Version"),
    str(SKOS.ConceptScheme): ("concept scheme", "Begriffsschema"),
    str(SKOS.definition): ("definition", "Definition"),
    str(SKOS.editorialNote): ("editorial note", "redaktionelle Anmerkung"),
    str(SKOS.hasTopConcept): ("top concept", "Oberbegriff"),
    str(SKOS.topConceptOf): ("top concept of", "Oberbegriff von"),
    "http://purl.org/vocab/vann/preferredNamespacePrefix": ("namespace prefix",
                                                           "Namensraum-Präfix"),
    "http://purl.org/vocab/vann/preferredNamespaceUri": ("namespace", "Namensraum"),
    str(SCHEMA.address): ("address", "Adresse"),
    str(SCHEMA.domainIncludes): ("applies to", "gilt für"),
    str(SCHEMA.foundingDate): ("founded", "gegründet"),
    str(SCHEMA.foundingLocation): ("founded in", "gegründet in"),
    str(SCHEMA.organizer): ("organiser", "Veranstalter"),
    str(SCHEMA.parentOrganization): ("parent organisation", "übergeordnete Organisation"),
    str(SCHEMA.description): ("description", "Beschreibung"),
    str(SCHEMA.image): ("image", "Bild"),
    str(SCHEMA.caption): ("caption", "Bildunterschrift"),
}


def readable_name(iri: str) -> str:
    """A name for a term no table or label names: its local part in words
    (``skos:editorialNote`` -> "editorial note"), so no row is headed by a bare IRI."""
    local = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).replace("_", " ").replace("-", " ")
    return words.lower().strip() or iri
