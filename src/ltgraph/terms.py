"""Namespaces, IRIs of our own resources and graphs: the only place they are spelt.

Every ``lt:`` term the code uses is an attribute of ``LT`` below; a test checks that each one
is declared in ``ontology/ltgraph.ttl``, so a misspelt term fails in the test suite, not in a
query result.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, ClosedNamespace

from ltgraph.slugs import slugify

BASE = "https://w3id.org/ltgraph/"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
ONTOLOGY_IRI = BASE + "ontology"

LT = ClosedNamespace(
    uri=URIRef(BASE + "ontology#"),
    terms=[
        # classes
        "City", "Country", "Person", "Organisation", "Network", "Summit", "Declaration",
        "Mandate", "Role", "Partnership", "PartnerRole", "Venue", "PressRelease",
        "Quotation", "Photograph", "Evidence", "TextSpan", "ReportedFigure",
        # object properties
        "country", "hostCity", "adoptedAt", "partner", "partnerRole", "event",
        "participatingCity", "coOrganiser", "signatory", "span", "sentence", "quotedPerson", "figure",
        "spanOf",
        # datatype properties
        "isoCode", "ordinal", "roleLabel", "attestedOn", "memberSince", "sha256",
        "charStart", "charEnd", "sourceFileName", "reportedFigure", "qualifier",
        "representativeCount", "countryCount", "delegationCount",
    ],
)
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "lt": str(LT),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "foaf": str(FOAF),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "dcat": str(DCAT),
    "void": str(VOID),
    "sd": str(SD),
    "wd": str(WD),
}

KINDS = (
    "city", "country", "person", "org", "summit", "declaration", "venue", "event", "release",
    "photo", "mandate", "partnership", "quote", "role", "partner-role",
)


def sparql_prefixes() -> str:
    """The PREFIX lines for every namespace above, for queries written in the code."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def resource(kind: str, slug: str) -> URIRef:
    """The IRI of one of our resources; refuses unknown kinds and non-slug slugs."""
    if kind not in KINDS:
        raise ValueError(f"unknown resource kind {kind!r}; expected one of {', '.join(KINDS)}")
    if not slug or slugify(slug) != slug:
        raise ValueError(f"{slug!r} is not a slug (lower-case ASCII words joined by hyphens)")
    return URIRef(f"{ID}{kind}/{slug}")


def release_graph(release_slug: str) -> URIRef:
    return URIRef(f"{GRAPH}release/{release_slug}")


def source_graph(source_slug: str) -> URIRef:
    """The graph of the reference statements one source page backs (``reference.source_slug``)."""
    return URIRef(f"{GRAPH}source/{source_slug}")


SOURCE_GRAPHS = GRAPH + "source/"
REFERENCE_GRAPH = URIRef(GRAPH + "reference")
ONTOLOGY_GRAPH = URIRef(GRAPH + "ontology")
