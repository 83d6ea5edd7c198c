"""The SHACL shapes, one rule at a time.

Given a minimal release graph that conforms (``fixtures/shapes/valid.ttl``, validated with the
ontology as context), breaking exactly one thing yields exactly one violation, with the
expected focus node, property, rule and the rule's own message. A last pair of tests makes
sure no rule goes without a message or without a case here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from ltgraph.validate import load_ontology, load_shapes, validate_graph

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "shapes" / "valid.ttl"
ID = "https://w3id.org/ltgraph/id/"
LTSH = "https://w3id.org/ltgraph/shapes#"
PREFIXES = """
PREFIX lt: <https://w3id.org/ltgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def i(path: str) -> str:
    """An IRI of our own resources, written for SPARQL (``i("city/duesseldorf")``)."""
    return f"<{ID}{path}>"


CITY, COUNTRY, GEISEL, HERDEN = (i("city/duesseldorf"), i("country/de"),
                                 i("person/thomas-geisel"), i("person/ingrid-herden"))
MESSE, NETWORK = i("org/messe-duesseldorf"), i(
    "org/international-observatory-of-mayors-on-living-together")
MEMBERSHIP = i("org/international-observatory-of-mayors-on-living-together#member-duesseldorf")
MEMBERSHIP_MTL = i("org/international-observatory-of-mayors-on-living-together#member-montreal")
FIGURE = i("summit/2019-duesseldorf#figure-delegations")
SUMMIT, DECLARATION, VENUE = (i("summit/2019-duesseldorf"), i("declaration/2019-duesseldorf"),
                              i("venue/tonhalle-duesseldorf"))
MANDATE = i("mandate/thomas-geisel-mayor-duesseldorf")
PARTNERSHIP = i("partnership/2019-duesseldorf-messe-duesseldorf-main-sponsor")
RELEASE = i("release/test-20190901-1")
SPAN = i("release/test-20190901-1#char=10,40")
EVIDENCE = i("release/test-20190901-1#ev-0123456789ab")
QUOTE, PHOTO = i("quote/test-20190901-1-1"), i("photo/test-20190901-1-1")
SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

# Complete resources that some mutations add, so that only the intended rule breaks.
SUMMIT_2015 = f"""{i("summit/2015-montreal")} a lt:Summit ;
    rdfs:label "Mayors Summit on Living Together"@en ;
    lt:ordinal 1 ; lt:hostCity {i("city/montreal")} ."""
OTHER_ORG = f"""{i("org/eurocities")} a lt:Organisation ; rdfs:label "EUROCITIES"@en ."""
OTHER_SPAN = f"""{i("release/test-20190901-1#char=0,5")} a lt:TextSpan ; lt:spanOf {RELEASE} ;
    lt:charStart 0 ; lt:charEnd 5 ."""
OTHER_RELEASE = f"""{i("release/test-20190902-2")} a lt:PressRelease ; schema:headline "Zweite"@de ;
    schema:datePublished "2019-09-02"^^xsd:date ; schema:publisher {CITY} ; lt:sha256 "{SHA}" .
    <https://w3id.org/ltgraph/graph/release/test-20190902-2>
        prov:wasDerivedFrom {i("release/test-20190902-2")} ."""


def drop(s: str, p: str) -> str:
    return f"DELETE WHERE {{ {s} {p} ?o }} ;"


def add(s: str, p: str, o: str) -> str:
    return f"INSERT DATA {{ {s} {p} {o} }} ;"


def put(s: str, p: str, o: str) -> str:
    return drop(s, p) + add(s, p, o)


def insert(turtle: str) -> str:
    return f"INSERT DATA {{ {turtle} }} ;"


def role(scheme: str, labels: str) -> str:
    """A new lt:Role ``role/test`` in ``scheme`` with the given SKOS label statements."""
    return insert(f'{i("role/test")} a lt:Role ; skos:inScheme {i(scheme)} ; {labels} .')


def partner_role(scheme: str, labels: str) -> str:
    """A new lt:PartnerRole ``partner-role/test`` in ``scheme`` with the given labels."""
    return insert(f'{i("partner-role/test")} a lt:PartnerRole ; skos:inScheme {i(scheme)} ; '
                  f'{labels} .')


# (case, mutation, focus, property, shape, constraint component)
CASES: list[tuple[str, str, str, str | None, str, str]] = [
    # lt:City
    ("city without label", drop(CITY, "rdfs:label"),
     CITY, "rdfs:label", "City-label", "QualifiedMinCount"),
    ("city label without language tag", put(CITY, "rdfs:label", '"Düsseldorf"'),
     CITY, "rdfs:label", "City-label", "QualifiedMinCount"),
    ("city without country", drop(CITY, "lt:country"),
     CITY, "lt:country", "City-country", "MinCount"),
    ("city in two countries", add(CITY, "lt:country", i("country/ca")),
     CITY, "lt:country", "City-country", "MaxCount"),
    ("city country not a country", put(CITY, "lt:country", i("country/xx")),
     CITY, "lt:country", "City-country", "Class"),
    # lt:Country
    ("country without label", drop(COUNTRY, "rdfs:label"),
     COUNTRY, "rdfs:label", "Country-label", "MinCount"),
    ("country label without language tag", add(COUNTRY, "rdfs:label", '"Germany"'),
     COUNTRY, "rdfs:label", "Country-label", "Datatype"),
    ("country without ISO code", drop(COUNTRY, "lt:isoCode"),
     COUNTRY, "lt:isoCode", "Country-isoCode", "MinCount"),
    ("country with two ISO codes", add(COUNTRY, "lt:isoCode", '"AT"'),
     COUNTRY, "lt:isoCode", "Country-isoCode", "MaxCount"),
    ("ISO code language-tagged", put(COUNTRY, "lt:isoCode", '"DE"@en'),
     COUNTRY, "lt:isoCode", "Country-isoCode", "Datatype"),
    ("ISO code in lower case", put(COUNTRY, "lt:isoCode", '"de"'),
     COUNTRY, "lt:isoCode", "Country-isoCode-pattern", "Pattern"),
    ("ISO code alpha-3", put(COUNTRY, "lt:isoCode", '"DEU"'),
     COUNTRY, "lt:isoCode", "Country-isoCode-pattern", "Pattern"),
    # lt:Person
    ("person without name", drop(HERDEN, "schema:name"),
     HERDEN, "schema:name", "Person-name", "MinCount"),
    ("person with two names", add(GEISEL, "schema:name", '"T. Geisel"'),
     GEISEL, "schema:name", "Person-name", "MaxCount"),
    ("person name language-tagged", put(GEISEL, "schema:name", '"Thomas Geisel"@de'),
     GEISEL, "schema:name", "Person-name", "Datatype"),
    ("person name with ? for a lost letter", put(GEISEL, "schema:name", '"Thomas Geis?l"'),
     GEISEL, "schema:name", "Person-name-encoding", "Pattern"),
    ("person name with U+FFFD", put(GEISEL, "schema:name", '"Thomas Geis\\uFFFDl"'),
     GEISEL, "schema:name", "Person-name-encoding", "Pattern"),
    ("person name with Dr.", put(GEISEL, "schema:name", '"Dr. Thomas Geisel"'),
     GEISEL, "schema:name", "Person-name-honorific", "Pattern"),
    ("person name with Prof.", put(GEISEL, "schema:name", '"Prof. Thomas Geisel"'),
     GEISEL, "schema:name", "Person-name-honorific", "Pattern"),
    # lt:Organisation, lt:Network and memberships
    ("organisation without label", drop(MESSE, "rdfs:label"),
     MESSE, "rdfs:label", "Organisation-label", "MinCount"),
    ("network without label", drop(NETWORK, "rdfs:label"),
     NETWORK, "rdfs:label", "Organisation-label", "MinCount"),
    ("network without dated memberships",
     drop(MEMBERSHIP, "lt:memberSince") + drop(MEMBERSHIP_MTL, "lt:memberSince"),
     NETWORK, "^org:organization", "Network-members", "QualifiedMinCount"),
    ("membership year as string", put(MEMBERSHIP, "lt:memberSince", '"2016"'),
     MEMBERSHIP, "lt:memberSince", "NetworkMembership-memberSince", "Datatype"),
    ("membership with two years", add(MEMBERSHIP, "lt:memberSince", '"2017"^^xsd:gYear'),
     MEMBERSHIP, "lt:memberSince", "NetworkMembership-memberSince", "MaxCount"),
    ("membership without member", drop(MEMBERSHIP, "org:member"),
     MEMBERSHIP, "org:member", "NetworkMembership-member", "MinCount"),
    ("membership with two members", add(MEMBERSHIP, "org:member", i("city/montreal")),
     MEMBERSHIP, "org:member", "NetworkMembership-member", "MaxCount"),
    ("membership of a person", put(MEMBERSHIP, "org:member", GEISEL),
     MEMBERSHIP, "org:member", "NetworkMembership-member", "Class"),
    ("membership without network", drop(MEMBERSHIP, "org:organization"),
     MEMBERSHIP, "org:organization", "NetworkMembership-organization", "MinCount"),
    ("membership in two networks",
     add(MEMBERSHIP, "org:organization", i("org/eurocities"))
     + insert(f'{i("org/eurocities")} a lt:Network ; rdfs:label "EUROCITIES"@en .'),
     MEMBERSHIP, "org:organization", "NetworkMembership-organization", "MaxCount"),
    ("membership in a company", put(MEMBERSHIP, "org:organization", MESSE),
     MEMBERSHIP, "org:organization", "NetworkMembership-organization", "Class"),
    # lt:Summit
    # lt:ReportedFigure
    ("figure without value", drop(FIGURE, "schema:value"),
     FIGURE, "schema:value", "ReportedFigure-value", "MinCount"),
    ("figure with two values", add(FIGURE, "schema:value", "30"),
     FIGURE, "schema:value", "ReportedFigure-value", "MaxCount"),
    ("figure value as text", put(FIGURE, "schema:value", '"rund 35"'),
     FIGURE, "schema:value", "ReportedFigure-value", "Datatype"),
    ("figure counting nothing", drop(FIGURE, "schema:unitText"),
     FIGURE, "schema:unitText", "ReportedFigure-unitText", "MinCount"),
    ("figure unit without language", put(FIGURE, "schema:unitText", '"delegations"'),
     FIGURE, "schema:unitText", "ReportedFigure-unitText", "Datatype"),
    ("figure without qualifier", drop(FIGURE, "lt:qualifier"),
     FIGURE, "lt:qualifier", "ReportedFigure-qualifier", "MinCount"),
    ("figure with three qualifiers", add(FIGURE, "lt:qualifier", '"exactly"'),
     FIGURE, "lt:qualifier", "ReportedFigure-qualifier", "MaxCount"),
    ("figure qualifier off the list", put(FIGURE, "lt:qualifier", '"rund"'),
     FIGURE, "lt:qualifier", "ReportedFigure-qualifier", "In"),
    ("figure without source", drop(FIGURE, "dcterms:source"),
     FIGURE, "dcterms:source", "ReportedFigure-source", "MinCount"),
    ("figure with two sources", add(FIGURE, "dcterms:source", "<https://example.org/other>"),
     FIGURE, "dcterms:source", "ReportedFigure-source", "MaxCount"),
    ("figure source as text", put(FIGURE, "dcterms:source", '"the press"'),
     FIGURE, "dcterms:source", "ReportedFigure-source", "NodeKind"),
    ("summit without label", drop(SUMMIT, "rdfs:label"),
     SUMMIT, "rdfs:label", "Summit-label", "QualifiedMinCount"),
    ("summit label only in German", put(SUMMIT, "rdfs:label", '"Zweiter Gipfel"@de'),
     SUMMIT, "rdfs:label", "Summit-label", "QualifiedMinCount"),
    ("summit without ordinal", drop(SUMMIT, "lt:ordinal"),
     SUMMIT, "lt:ordinal", "Summit-ordinal", "MinCount"),
    ("summit with two ordinals", add(SUMMIT, "lt:ordinal", "3"),
     SUMMIT, "lt:ordinal", "Summit-ordinal", "MaxCount"),
    ("summit ordinal as string", put(SUMMIT, "lt:ordinal", '"2"'),
     SUMMIT, "lt:ordinal", "Summit-ordinal", "Datatype"),
    ("summit without host city", drop(SUMMIT, "lt:hostCity"),
     SUMMIT, "lt:hostCity", "Summit-hostCity", "MinCount"),
    ("summit hosted by a company", put(SUMMIT, "lt:hostCity", MESSE),
     SUMMIT, "lt:hostCity", "Summit-hostCity", "Class"),
    ("summit with two start dates", add(SUMMIT, "schema:startDate", '"2019-08-31"^^xsd:date'),
     SUMMIT, "schema:startDate", "Summit-startDate", "MaxCount"),
    ("summit start date as string", put(SUMMIT, "schema:startDate", '"2019-08-30"'),
     SUMMIT, "schema:startDate", "Summit-startDate", "Datatype"),
    ("summit with two end dates", add(SUMMIT, "schema:endDate", '"2019-09-02"^^xsd:date'),
     SUMMIT, "schema:endDate", "Summit-endDate", "MaxCount"),
    ("summit end date as dateTime",
     put(SUMMIT, "schema:endDate", '"2019-09-01T00:00:00"^^xsd:dateTime'),
     SUMMIT, "schema:endDate", "Summit-endDate", "Datatype"),
    ("summit located at a person", put(SUMMIT, "schema:location", GEISEL),
     SUMMIT, "schema:location", "Summit-location", "Or"),
    ("summit attended by a company", put(SUMMIT, "schema:attendee", MESSE),
     SUMMIT, "schema:attendee", "Summit-attendee", "Class"),
    ("participating city is a company", put(SUMMIT, "lt:participatingCity", MESSE),
     SUMMIT, "lt:participatingCity", "Summit-participatingCity", "Class"),
    ("sponsor is a city", put(SUMMIT, "schema:sponsor", CITY),
     SUMMIT, "schema:sponsor", "Summit-sponsor", "Class"),
    ("co-organiser is a city", put(SUMMIT, "lt:coOrganiser", CITY),
     SUMMIT, "lt:coOrganiser", "Summit-coOrganiser", "Class"),
    ("representative count as string", put(SUMMIT, "lt:representativeCount", '"38"'),
     SUMMIT, "lt:representativeCount", "Summit-representativeCount", "Datatype"),
    ("country count as decimal", put(SUMMIT, "lt:countryCount", "28.0"),
     SUMMIT, "lt:countryCount", "Summit-countryCount", "Datatype"),
    ("delegation count as string", put(SUMMIT, "lt:delegationCount", '"rund 35"'),
     SUMMIT, "lt:delegationCount", "Summit-delegationCount", "Datatype"),
    # lt:Declaration
    ("declaration without label", drop(DECLARATION, "rdfs:label"),
     DECLARATION, "rdfs:label", "Declaration-label", "MinCount"),
    ("declaration without summit", drop(DECLARATION, "lt:adoptedAt"),
     DECLARATION, "lt:adoptedAt", "Declaration-adoptedAt", "MinCount"),
    ("declaration adopted at two summits",
     add(DECLARATION, "lt:adoptedAt", i("summit/2015-montreal")) + insert(SUMMIT_2015),
     DECLARATION, "lt:adoptedAt", "Declaration-adoptedAt", "MaxCount"),
    ("declaration adopted at a city", put(DECLARATION, "lt:adoptedAt", CITY),
     DECLARATION, "lt:adoptedAt", "Declaration-adoptedAt", "Class"),
    ("declaration with two dates", add(DECLARATION, "schema:dateCreated", '"2019-09-01"^^xsd:date'),
     DECLARATION, "schema:dateCreated", "Declaration-dateCreated", "MaxCount"),
    ("declaration date as string", put(DECLARATION, "schema:dateCreated", '"31.08.2019"'),
     DECLARATION, "schema:dateCreated", "Declaration-dateCreated", "Datatype"),
    ("declaration created at a city", put(DECLARATION, "schema:locationCreated", CITY),
     DECLARATION, "schema:locationCreated", "Declaration-locationCreated", "Class"),
    ("signatory is a person", put(DECLARATION, "lt:signatory", GEISEL),
     DECLARATION, "lt:signatory", "Declaration-signatory", "Class"),
    # lt:Mandate
    ("mandate without person", drop(MANDATE, "org:member"),
     MANDATE, "org:member", "Mandate-member", "MinCount"),
    ("mandate of two persons", add(MANDATE, "org:member", HERDEN),
     MANDATE, "org:member", "Mandate-member", "MaxCount"),
    ("mandate held by a city", put(MANDATE, "org:member", CITY),
     MANDATE, "org:member", "Mandate-member", "Class"),
    ("mandate without organisation", drop(MANDATE, "org:organization"),
     MANDATE, "org:organization", "Mandate-organization", "MinCount"),
    ("mandate in two organisations", add(MANDATE, "org:organization", MESSE),
     MANDATE, "org:organization", "Mandate-organization", "MaxCount"),
    ("mandate in a person", put(MANDATE, "org:organization", HERDEN),
     MANDATE, "org:organization", "Mandate-organization", "Or"),
    ("mandate without role", drop(MANDATE, "org:role"),
     MANDATE, "org:role", "Mandate-role", "MinCount"),
    ("mandate with two roles", add(MANDATE, "org:role", i("role/deputy-mayor")),
     MANDATE, "org:role", "Mandate-role", "MaxCount"),
    ("mandate role is a partner role", put(MANDATE, "org:role", i("partner-role/main-sponsor")),
     MANDATE, "org:role", "Mandate-role", "Class"),
    ("mandate without role as written", drop(MANDATE, "lt:roleLabel"),
     MANDATE, "lt:roleLabel", "Mandate-roleLabel", "MinCount"),
    ("role as written without language", put(MANDATE, "lt:roleLabel", '"Oberbürgermeister"'),
     MANDATE, "lt:roleLabel", "Mandate-roleLabel", "Datatype"),
    ("mandate attested on a string", put(MANDATE, "lt:attestedOn", '"2019-09-01"'),
     MANDATE, "lt:attestedOn", "Mandate-attestedOn", "Datatype"),
    ("term starting on a string", add(MANDATE, "schema:startDate", '"since 2014"'),
     MANDATE, "schema:startDate", "Mandate-startDate", "Or"),
    ("term ending on a date-time", add(MANDATE, "schema:endDate",
                                       '"2019-09-01T00:00:00"^^xsd:dateTime'),
     MANDATE, "schema:endDate", "Mandate-endDate", "Or"),
    # lt:Role and lt:PartnerRole (new concepts described in the release graph)
    ("role without English label",
     role("role/scheme", 'skos:altLabel "Probe"@de ; skos:prefLabel "Test"@de'),
     i("role/test"), "skos:prefLabel", "Role-prefLabel-en", "QualifiedMinCount"),
    ("role without German label",
     role("role/scheme", 'skos:altLabel "Probe"@de ; skos:prefLabel "Test"@en'),
     i("role/test"), "skos:prefLabel", "Role-prefLabel-de", "QualifiedMinCount"),
    ("role with two English labels",
     role("role/scheme",
          'skos:altLabel "Probe"@de ; skos:prefLabel "Test"@en , "Trial"@en , "Test"@de'),
     i("role/test"), "skos:prefLabel", "Role-prefLabel-unique", "UniqueLang"),
    ("role outside the role scheme",
     role("partner-role/scheme", 'skos:altLabel "Probe"@de ; skos:prefLabel "Test"@en , "Test"@de'),
     i("role/test"), "skos:inScheme", "Role-scheme", "HasValue"),
    ("role without variants",
     role("role/scheme", 'skos:prefLabel "Test"@en , "Test"@de'),
     i("role/test"), "skos:altLabel", "Role-altLabel", "MinCount"),
    ("role variant without language",
     role("role/scheme", 'skos:prefLabel "Test"@en , "Test"@de ; skos:altLabel "Probe"'),
     i("role/test"), "skos:altLabel", "Role-altLabel", "Datatype"),
    ("partner role without English label",
     partner_role("partner-role/scheme", 'skos:prefLabel "Test"@de'),
     i("partner-role/test"), "skos:prefLabel", "PartnerRole-prefLabel-en", "QualifiedMinCount"),
    ("partner role without German label",
     partner_role("partner-role/scheme", 'skos:prefLabel "Test"@en'),
     i("partner-role/test"), "skos:prefLabel", "PartnerRole-prefLabel-de", "QualifiedMinCount"),
    ("partner role with two German labels",
     partner_role("partner-role/scheme", 'skos:prefLabel "Test"@en , "Probe"@de , "Test"@de'),
     i("partner-role/test"), "skos:prefLabel", "PartnerRole-prefLabel-unique", "UniqueLang"),
    ("partner role outside its scheme",
     partner_role("role/scheme", 'skos:prefLabel "Test"@en , "Test"@de'),
     i("partner-role/test"), "skos:inScheme", "PartnerRole-scheme", "HasValue"),
    # lt:Partnership
    ("partnership without partner", drop(PARTNERSHIP, "lt:partner"),
     PARTNERSHIP, "lt:partner", "Partnership-partner", "MinCount"),
    ("partnership with two partners",
     add(PARTNERSHIP, "lt:partner", i("org/eurocities")) + insert(OTHER_ORG),
     PARTNERSHIP, "lt:partner", "Partnership-partner", "MaxCount"),
    ("partner is a city", put(PARTNERSHIP, "lt:partner", CITY),
     PARTNERSHIP, "lt:partner", "Partnership-partner", "Class"),
    ("partnership without partner role", drop(PARTNERSHIP, "lt:partnerRole"),
     PARTNERSHIP, "lt:partnerRole", "Partnership-partnerRole", "MinCount"),
    ("partnership with two partner roles",
     add(PARTNERSHIP, "lt:partnerRole", i("partner-role/media-partner")),
     PARTNERSHIP, "lt:partnerRole", "Partnership-partnerRole", "MaxCount"),
    ("partner role is an official's role", put(PARTNERSHIP, "lt:partnerRole", i("role/mayor")),
     PARTNERSHIP, "lt:partnerRole", "Partnership-partnerRole", "Class"),
    ("partnership without summit", drop(PARTNERSHIP, "lt:event"),
     PARTNERSHIP, "lt:event", "Partnership-event", "MinCount"),
    ("partnership for two summits",
     add(PARTNERSHIP, "lt:event", i("summit/2015-montreal")) + insert(SUMMIT_2015),
     PARTNERSHIP, "lt:event", "Partnership-event", "MaxCount"),
    ("partnership event is a city", put(PARTNERSHIP, "lt:event", CITY),
     PARTNERSHIP, "lt:event", "Partnership-event", "Class"),
    # lt:Venue
    ("venue without label", drop(VENUE, "rdfs:label"),
     VENUE, "rdfs:label", "Venue-label", "MinCount"),
    ("venue without city", drop(VENUE, "schema:containedInPlace"),
     VENUE, "schema:containedInPlace", "Venue-containedInPlace", "MinCount"),
    ("venue in a country", put(VENUE, "schema:containedInPlace", COUNTRY),
     VENUE, "schema:containedInPlace", "Venue-containedInPlace", "Class"),
    # lt:PressRelease
    ("release without headline", drop(RELEASE, "schema:headline"),
     RELEASE, "schema:headline", "PressRelease-headline", "MinCount"),
    ("release headline in Italian", add(RELEASE, "schema:headline", '"Le città"@it'),
     RELEASE, "schema:headline", "PressRelease-headline", "LanguageIn"),
    ("release with two dates", add(RELEASE, "schema:datePublished", '"2019-09-02"^^xsd:date'),
     RELEASE, "schema:datePublished", "PressRelease-datePublished", "MaxCount"),
    ("release date as string", put(RELEASE, "schema:datePublished", '"01.09.2019"'),
     RELEASE, "schema:datePublished", "PressRelease-datePublished", "Datatype"),
    ("release published by a person", put(RELEASE, "schema:publisher", HERDEN),
     RELEASE, "schema:publisher", "PressRelease-publisher", "Or"),
    ("release without SHA-256", drop(RELEASE, "lt:sha256"),
     RELEASE, "lt:sha256", "PressRelease-sha256", "MinCount"),
    ("release with two SHA-256", add(RELEASE, "lt:sha256", '"' + "0" * 64 + '"'),
     RELEASE, "lt:sha256", "PressRelease-sha256", "MaxCount"),
    ("SHA-256 language-tagged", put(RELEASE, "lt:sha256", f'"{SHA}"@en'),
     RELEASE, "lt:sha256", "PressRelease-sha256", "Datatype"),
    ("SHA-256 in upper case", put(RELEASE, "lt:sha256", f'"{SHA.upper()}"'),
     RELEASE, "lt:sha256", "PressRelease-sha256-pattern", "Pattern"),
    ("SHA-256 too short", put(RELEASE, "lt:sha256", f'"{SHA[:40]}"'),
     RELEASE, "lt:sha256", "PressRelease-sha256-pattern", "Pattern"),
    ("release author is a city", put(RELEASE, "schema:author", CITY),
     RELEASE, "schema:author", "PressRelease-author", "Class"),
    ("release url as string", put(RELEASE, "schema:url", '"https://example.org/release/1"'),
     RELEASE, "schema:url", "PressRelease-url", "NodeKind"),
    ("release media is a person", put(RELEASE, "schema:associatedMedia", GEISEL),
     RELEASE, "schema:associatedMedia", "PressRelease-associatedMedia", "Class"),
    ("release with two file names", add(RELEASE, "lt:sourceFileName", '"other.txt"'),
     RELEASE, "lt:sourceFileName", "PressRelease-sourceFileName", "MaxCount"),
    ("file name language-tagged", put(RELEASE, "lt:sourceFileName", '"20190901-1_01.txt"@de'),
     RELEASE, "lt:sourceFileName", "PressRelease-sourceFileName", "Datatype"),
    ("release without its graph",
     drop("<https://w3id.org/ltgraph/graph/release/test-20190901-1>", "prov:wasDerivedFrom"),
     RELEASE, "^prov:wasDerivedFrom", "PressRelease-graph", "MinCount"),
    ("release in Spanish", add(RELEASE, "schema:inLanguage", '"es"'),
     RELEASE, "schema:inLanguage", "PressRelease-inLanguage", "In"),
    # lt:Quotation
    ("quotation without speaker", drop(QUOTE, "lt:quotedPerson"),
     QUOTE, "lt:quotedPerson", "Quotation-quotedPerson", "MinCount"),
    ("quotation with two speakers", add(QUOTE, "lt:quotedPerson", HERDEN),
     QUOTE, "lt:quotedPerson", "Quotation-quotedPerson", "MaxCount"),
    ("quotation by a city", put(QUOTE, "lt:quotedPerson", CITY),
     QUOTE, "lt:quotedPerson", "Quotation-quotedPerson", "Class"),
    ("quotation without span", drop(QUOTE, "lt:span"),
     QUOTE, "lt:span", "Quotation-span", "MinCount"),
    ("quotation with two spans",
     add(QUOTE, "lt:span", i("release/test-20190901-1#char=0,5")) + insert(OTHER_SPAN),
     QUOTE, "lt:span", "Quotation-span", "MaxCount"),
    ("quotation span is the release", put(QUOTE, "lt:span", RELEASE),
     QUOTE, "lt:span", "Quotation-span", "Class"),
    ("quotation without release", drop(QUOTE, "schema:isPartOf"),
     QUOTE, "schema:isPartOf", "Quotation-isPartOf", "MinCount"),
    ("quotation part of a city", put(QUOTE, "schema:isPartOf", CITY),
     QUOTE, "schema:isPartOf", "Quotation-isPartOf", "Class"),
    ("quotation in Spanish", put(QUOTE, "schema:inLanguage", '"es"'),
     QUOTE, "schema:inLanguage", "Quotation-inLanguage", "In"),
    # lt:Photograph
    ("photo without file", drop(PHOTO, "schema:contentUrl"),
     PHOTO, "schema:contentUrl", "Photograph-contentUrl", "MinCount"),
    ("photo with two files", add(PHOTO, "schema:contentUrl", "<https://example.org/photo/2.jpg>"),
     PHOTO, "schema:contentUrl", "Photograph-contentUrl", "MaxCount"),
    ("photo file as string", put(PHOTO, "schema:contentUrl", '"https://example.org/photo/1.jpg"'),
     PHOTO, "schema:contentUrl", "Photograph-contentUrl", "NodeKind"),
    ("photographer is a city", put(PHOTO, "schema:creator", CITY),
     PHOTO, "schema:creator", "Photograph-creator", "Class"),
    ("photo depicts a company", put(PHOTO, "foaf:depicts", MESSE),
     PHOTO, "foaf:depicts", "Photograph-depicts", "Class"),
    ("photo about a city", put(PHOTO, "schema:about", CITY),
     PHOTO, "schema:about", "Photograph-about", "Class"),
    ("photo with two caption spans",
     add(PHOTO, "lt:span", i("release/test-20190901-1#char=0,5")) + insert(OTHER_SPAN),
     PHOTO, "lt:span", "Photograph-span", "MaxCount"),
    ("photo caption span is the release", put(PHOTO, "lt:span", RELEASE),
     PHOTO, "lt:span", "Photograph-span", "Class"),
    ("photo without release", drop(PHOTO, "schema:isPartOf"),
     PHOTO, "schema:isPartOf", "Photograph-isPartOf", "MinCount"),
    ("photo part of a person", put(PHOTO, "schema:isPartOf", GEISEL),
     PHOTO, "schema:isPartOf", "Photograph-isPartOf", "Class"),
    # lt:Evidence
    ("evidence without subject", drop(EVIDENCE, "rdf:subject"),
     EVIDENCE, "rdf:subject", "Evidence-subject", "MinCount"),
    ("evidence with two subjects", add(EVIDENCE, "rdf:subject", CITY),
     EVIDENCE, "rdf:subject", "Evidence-subject", "MaxCount"),
    ("evidence without predicate", drop(EVIDENCE, "rdf:predicate"),
     EVIDENCE, "rdf:predicate", "Evidence-predicate", "MinCount"),
    ("evidence with two predicates", add(EVIDENCE, "rdf:predicate", "lt:participatingCity"),
     EVIDENCE, "rdf:predicate", "Evidence-predicate", "MaxCount"),
    ("evidence predicate as string", put(EVIDENCE, "rdf:predicate", '"hostCity"'),
     EVIDENCE, "rdf:predicate", "Evidence-predicate", "NodeKind"),
    ("evidence without object", drop(EVIDENCE, "rdf:object"),
     EVIDENCE, "rdf:object", "Evidence-object", "MinCount"),
    ("evidence with two objects", add(EVIDENCE, "rdf:object", i("city/montreal")),
     EVIDENCE, "rdf:object", "Evidence-object", "MaxCount"),
    ("evidence without span", drop(EVIDENCE, "lt:span"),
     EVIDENCE, "lt:span", "Evidence-span", "MinCount"),
    ("evidence span is the release", put(EVIDENCE, "lt:span", RELEASE),
     EVIDENCE, "lt:span", "Evidence-span", "Class"),
    ("evidence sentence is the release", put(EVIDENCE, "lt:sentence", RELEASE),
     EVIDENCE, "lt:sentence", "Evidence-sentence", "Class"),
    # lt:TextSpan
    ("span of no release", drop(SPAN, "lt:spanOf"),
     SPAN, "lt:spanOf", "TextSpan-spanOf", "MinCount"),
    ("span of two releases",
     add(SPAN, "lt:spanOf", i("release/test-20190902-2")) + insert(OTHER_RELEASE),
     SPAN, "lt:spanOf", "TextSpan-spanOf", "MaxCount"),
    ("span of a city", put(SPAN, "lt:spanOf", CITY), SPAN, "lt:spanOf", "TextSpan-spanOf", "Class"),
    ("span without start", drop(SPAN, "lt:charStart"),
     SPAN, "lt:charStart", "TextSpan-charStart", "MinCount"),
    ("span with two starts", add(SPAN, "lt:charStart", "11"),
     SPAN, "lt:charStart", "TextSpan-charStart", "MaxCount"),
    ("span start as decimal", put(SPAN, "lt:charStart", "10.0"),
     SPAN, "lt:charStart", "TextSpan-charStart", "Datatype"),
    ("span start negative", put(SPAN, "lt:charStart", "-1"),
     SPAN, "lt:charStart", "TextSpan-charStart", "MinInclusive"),
    ("span without end", drop(SPAN, "lt:charEnd"),
     SPAN, "lt:charEnd", "TextSpan-charEnd", "MinCount"),
    ("span with two ends", add(SPAN, "lt:charEnd", "41"),
     SPAN, "lt:charEnd", "TextSpan-charEnd", "MaxCount"),
    ("span end as decimal", put(SPAN, "lt:charEnd", "40.0"),
     SPAN, "lt:charEnd", "TextSpan-charEnd", "Datatype"),
    ("span ending before it starts", put(SPAN, "lt:charStart", "50"),
     SPAN, "lt:charStart", "TextSpan-order", "LessThan"),
    # links to Wikidata and GeoNames
    ("Wikidata page instead of entity",
     put(CITY, "schema:sameAs", "<https://www.wikidata.org/wiki/Q1718>"),
     CITY, "schema:sameAs", "SameAs-identifier", "Pattern"),
    ("GeoNames IRI without its slash",
     put(CITY, "schema:sameAs", "<https://sws.geonames.org/2934246>"),
     CITY, "schema:sameAs", "SameAs-identifier", "Pattern"),
    ("Wikidata entity as a string",
     put(CITY, "schema:sameAs", '"http://www.wikidata.org/entity/Q1718"'),
     CITY, "schema:sameAs", "SameAs-identifier", "NodeKind"),
    # no blank nodes
    ("person as blank node", insert('_:someone a lt:Person ; schema:name "Ingrid Herden" .'),
     "_:", None, "NoBlankNodesShape", "NodeKind"),
    ("country as blank node",
     put(CITY, "lt:country", "_:de")
     + insert('_:de a lt:Country ; rdfs:label "Germany"@en ; lt:isoCode "DE" .'),
     "_:", None, "NoBlankNodesShape", "NodeKind"),
]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(FIXTURE, format="turtle")


def expand(name: str) -> str:
    """A prefixed property name of the table as a full IRI (``^`` kept for inverse paths)."""
    inverse = name.startswith("^")
    prefix, local = name.lstrip("^").split(":", 1)
    namespaces = dict(line.split(" ", 2)[1:] for line in PREFIXES.strip().splitlines())
    return ("^" if inverse else "") + namespaces[prefix + ":"].strip("<>") + local


def test_the_minimal_graph_conforms(valid, ontology, shapes):
    report = validate_graph(valid, ontology, shapes=shapes)
    assert report.problems == []
    assert report.conforms


@pytest.mark.parametrize(("mutation", "focus", "path", "shape", "constraint"),
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_breaking_one_rule_reports_exactly_that_violation(valid, ontology, shapes, mutation,
                                                          focus, path, shape, constraint):
    broken = Graph()
    for triple in valid:
        broken.add(triple)
    broken.update(PREFIXES + mutation.rstrip(" ;"))
    report = validate_graph(broken, ontology, shapes=shapes)

    assert not report.conforms
    assert len(report.problems) == 1, "\n".join(map(str, report.problems))
    problem = report.problems[0]
    if focus == "_:":
        assert problem.focus.startswith("_:")
    else:
        assert problem.focus == focus.strip("<>")
    assert problem.path == (None if path is None else expand(path))
    assert problem.shape == LTSH + shape
    assert problem.constraint == f"{SH}{constraint}ConstraintComponent"
    assert problem.severity == "Violation"
    assert problem.message == str(shapes.value(URIRef(LTSH + shape), SH.message))


# rules that warn instead of rejecting, each with the property whose absence fires it
WARNING_RULES = {"schema:datePublished": ("PressRelease-datePublished-expected", "MinCount"),
                 "schema:publisher": ("PressRelease-publisher-expected", "MinCount")}


@pytest.mark.parametrize("missing", sorted(WARNING_RULES))
def test_a_release_without_date_or_publisher_conforms_with_a_warning(valid, ontology, shapes,
                                                                    missing):
    """Both may come from a heuristic (a file name, a name bar): a release is never lost to
    one, so DESIGN's requirement of both is a warning on the release node, not a violation."""
    graph = Graph()
    for triple in valid:
        graph.add(triple)
    graph.update(PREFIXES + drop(RELEASE, missing).rstrip(" ;"))
    report = validate_graph(graph, ontology, shapes=shapes)
    assert report.conforms
    [problem] = report.problems
    shape, constraint = WARNING_RULES[missing]
    assert (problem.severity, problem.path, problem.shape, problem.constraint) == (
        "Warning", expand(missing), LTSH + shape, f"{SH}{constraint}ConstraintComponent")


def _rules(shapes: Graph) -> set[tuple[str, str]]:
    """Every (shape, constraint component) that can fire: the rules the table must cover."""
    components = {
        SH.minCount: "MinCount", SH.maxCount: "MaxCount", SH["class"]: "Class",
        SH.datatype: "Datatype", SH.pattern: "Pattern", SH.languageIn: "LanguageIn",
        SH.qualifiedMinCount: "QualifiedMinCount", SH["or"]: "Or", SH["in"]: "In",
        SH.hasValue: "HasValue", SH.uniqueLang: "UniqueLang", SH.nodeKind: "NodeKind",
        SH.minInclusive: "MinInclusive", SH.lessThan: "LessThan",
    }
    rules = set()
    for shape in _firing_shapes(shapes):
        for parameter, component in components.items():
            if (shape, parameter, None) in shapes:
                rules.add((str(shape).removeprefix(LTSH), component))
    return rules


def _firing_shapes(shapes: Graph) -> set:
    """Node shapes with a target and their property shapes: the shapes that report results."""
    targets = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
    node_shapes = {s for t in targets for s in shapes.subjects(t, None)}
    property_shapes = {p for s in node_shapes for p in shapes.objects(s, SH.property)}
    return {s for s in node_shapes | property_shapes
            if any(shapes.predicates(s)) and (s, SH.path, None) in shapes
            or s in node_shapes and (s, SH.nodeKind, None) in shapes}


def test_every_rule_has_a_plain_english_message(shapes):
    missing = sorted(str(s) for s in _firing_shapes(shapes) if shapes.value(s, SH.message) is None)
    assert missing == [], f"shapes without sh:message: {missing}"
    for shape in _firing_shapes(shapes):
        message = str(shapes.value(shape, SH.message))
        assert len(message.split()) >= 6 and message.endswith("."), f"{shape}: {message}"


def test_every_rule_has_a_case_that_breaks_it(shapes):
    covered = {(case[4], case[5]) for case in CASES} | set(WARNING_RULES.values())
    assert _rules(shapes) - covered == set()
    assert covered - _rules(shapes) == set(), "cases name rules the shapes do not have"
