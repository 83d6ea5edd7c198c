"""A small dataset for the browsing-UI tests, and a real ``ltgraph serve`` process serving it.

The dataset follows the graph shapes of the project (a reference graph, one named graph per
release with its evidence spans, the ontology graph). Its release is a short text written for
these tests (true facts in our own words), saved beside the dataset so the pages can quote the
spans. One release graph is hostile on purpose: a ``<script>`` label, a ``javascript:`` and a
``data:`` IRI as ``schema:url``, markup in a name.
"""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from server_process import ltgraph_server

RELEASE_FILE = "20190901-999_01.txt"
RELEASE_TEXT = (
    "Living Together summit in Düsseldorf. From 30 August to 1 September 2019 the city of "
    "Düsseldorf hosted the second international summit of mayors on living together. Lord Mayor "
    "Thomas Geisel welcomed Michał Olszewski, deputy mayor of Warsaw, and delegations from "
    "Montreal and Rabat. Messe Düsseldorf was the main sponsor. \"Cities learn fastest from "
    "each other,\" said Thomas Geisel. Photo: Thomas Geisel and Michał Olszewski on the first "
    "day of the summit.")
QUOTE_WORDS = "Cities learn fastest from each other,"
CAPTION = "Photo: Thomas Geisel and Michał Olszewski on the first day of the summit."
HOSTILE_LABEL = "<script>alert(1)</script>"
HOSTILE_IRI = "javascript:alert(1)"
DATA_IRI = "data:text/html,<b>x</b>"
MARKUP_NAME = '"><img src=x onerror=alert(2)>'
_MARKUP_TURTLE = MARKUP_NAME.replace('"', '\\"')
_DATA_TURTLE = DATA_IRI.replace("<", "%3C").replace(">", "%3E")

PREFIXES = """\
@prefix lt: <https://w3id.org/ltgraph/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rel: <https://w3id.org/ltgraph/id/release/> .
@prefix mandate: <https://w3id.org/ltgraph/id/mandate/> .
@prefix partnership: <https://w3id.org/ltgraph/id/partnership/> .
@prefix city: <https://w3id.org/ltgraph/id/city/> .
@prefix country: <https://w3id.org/ltgraph/id/country/> .
@prefix person: <https://w3id.org/ltgraph/id/person/> .
@prefix summit: <https://w3id.org/ltgraph/id/summit/> .
@prefix declaration: <https://w3id.org/ltgraph/id/declaration/> .
@prefix orgs: <https://w3id.org/ltgraph/id/org/> .
@prefix role: <https://w3id.org/ltgraph/id/role/> .
@prefix prole: <https://w3id.org/ltgraph/id/partner-role/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix venue: <https://w3id.org/ltgraph/id/venue/> .
@prefix photo: <https://w3id.org/ltgraph/id/photo/> .
@prefix quote: <https://w3id.org/ltgraph/id/quote/> .
@prefix geonames: <https://sws.geonames.org/> .
"""

ONTOLOGY_AND_REFERENCE = """
<https://w3id.org/ltgraph/graph/ontology> {
  lt:City a owl:Class ; rdfs:label "city"@en, "Stadt"@de .
  lt:Summit a owl:Class ; rdfs:label "summit"@en, "Gipfel"@de .
  lt:Person a owl:Class ; rdfs:label "person"@en, "Person"@de .
  lt:Country a owl:Class ; rdfs:label "country"@en, "Land"@de .
  lt:Network a owl:Class ; rdfs:label "network"@en, "Netzwerk"@de .
  lt:Organisation a owl:Class ; rdfs:label "organisation"@en, "Organisation"@de .
  lt:hostCity a owl:ObjectProperty ; rdfs:label "host city"@en, "Gastgeberstadt"@de .
  lt:country a owl:ObjectProperty ; rdfs:label "country"@en, "Land"@de .
  lt:participatingCity a owl:ObjectProperty ; rdfs:label "participating city"@en,
      "teilnehmende Stadt"@de .
  role:mayor a lt:Role ; skos:prefLabel "mayor"@en, "Bürgermeister"@de .
  role:deputy-mayor a lt:Role ; skos:prefLabel "deputy mayor"@en,
      "stellvertretender Bürgermeister"@de .
  prole:main-sponsor a lt:PartnerRole ; skos:prefLabel "main sponsor"@en, "Hauptsponsor"@de .
}

<https://w3id.org/ltgraph/graph/reference> {
  country:de a lt:Country ; rdfs:label "Germany"@en, "Deutschland"@de, "Allemagne"@fr ;
      lt:isoCode "DE" .
  country:pl a lt:Country ; rdfs:label "Poland"@en, "Polen"@de ; lt:isoCode "PL" .
  country:ca a lt:Country ; rdfs:label "Canada"@en, "Kanada"@de ; lt:isoCode "CA" .
  country:ma a lt:Country ; rdfs:label "Morocco"@en, "Marokko"@de ; lt:isoCode "MA" .
  city:duesseldorf a lt:City ; rdfs:label "Düsseldorf"@en ; skos:altLabel "Duesseldorf" ;
      lt:country country:de ; schema:sameAs wd:Q1718, geonames:2934246 .
  city:warsaw a lt:City ; rdfs:label "Warsaw"@en, "Warschau"@de, "Warszawa"@pl ;
      lt:country country:pl ; schema:sameAs geonames:756135 .
  city:montreal a lt:City ; rdfs:label "Montreal"@en, "Montréal"@fr ; lt:country country:ca ;
      schema:sameAs wd:Q340, <https://sws.geonames.org/6077243/> .
  city:rabat a lt:City ; rdfs:label "Rabat"@en ; lt:country country:ma ;
      schema:sameAs geonames:2538475 .
  summit:2015-montreal a lt:Summit ; rdfs:label "Montreal summit 2015"@en,
      "Gipfel Montreal 2015"@de ; lt:ordinal 1 ; lt:hostCity city:montreal ;
      schema:startDate "2015-06-09"^^xsd:date ; schema:endDate "2015-06-11"^^xsd:date .
  summit:2019-duesseldorf a lt:Summit ; rdfs:label "Düsseldorf summit 2019"@en,
      "Gipfel Düsseldorf 2019"@de ; lt:ordinal 2 ; lt:hostCity city:duesseldorf ;
      schema:startDate "2019-08-30"^^xsd:date ; schema:endDate "2019-09-01"^^xsd:date ;
      schema:location venue:tonhalle ; schema:organizer city:duesseldorf ;
      lt:coOrganiser orgs:observatory ;
      skos:altLabel "Second summit on living together"@en ;
      skos:editorialNote "Dates as the host city announced them."@en .
  venue:tonhalle a lt:Venue ; rdfs:label "Tonhalle Düsseldorf"@de ;
      schema:containedInPlace city:duesseldorf .
  declaration:2019-duesseldorf a lt:Declaration ; rdfs:label "Düsseldorf declaration"@en,
      "Düsseldorfer Erklärung"@de ; lt:adoptedAt summit:2019-duesseldorf ;
      schema:dateCreated "2019-08-31"^^xsd:date ;
      lt:signatory city:duesseldorf, city:warsaw, city:montreal .
  mandate:thomas-geisel-mayor-duesseldorf a lt:Mandate ; org:member person:thomas-geisel ;
      org:role role:mayor ; org:organization city:duesseldorf ;
      schema:startDate "2014-09-01"^^xsd:date ; schema:endDate "2020-10-31"^^xsd:date .
  orgs:observatory a lt:Network ;
      rdfs:label "International Observatory of Mayors on Living Together"@en .
  orgs:observatory\\#member-montreal a org:Membership ; org:member city:montreal ;
      org:organization orgs:observatory ; lt:memberSince "2016"^^xsd:gYear .
  orgs:messe-duesseldorf a lt:Organisation ; rdfs:label "Messe Düsseldorf"@de .
}
"""

RELEASE_GRAPH = """
<https://w3id.org/ltgraph/graph/release/duesseldorf-20190901-999> {
  <https://w3id.org/ltgraph/graph/release/duesseldorf-20190901-999> prov:wasDerivedFrom
      rel:duesseldorf-20190901-999 .
  rel:duesseldorf-20190901-999 a lt:PressRelease ;
      schema:headline "Gipfeltreffen in Düsseldorf"@de, "Summit in Düsseldorf"@en ;
      schema:datePublished "2019-09-01"^^xsd:date ; schema:publisher city:duesseldorf ;
      schema:inLanguage "en" ; lt:sourceFileName "{file}" ; lt:sha256 "{sha}" ;
      schema:mentions summit:2019-duesseldorf, person:thomas-geisel, person:michal-olszewski .
  summit:2019-duesseldorf a lt:Summit ; rdfs:label "Düsseldorf summit 2019"@en ;
      lt:hostCity city:duesseldorf ;
      lt:participatingCity city:duesseldorf, city:warsaw, city:montreal, city:rabat ;
      schema:attendee person:thomas-geisel, person:michal-olszewski .
  city:duesseldorf a lt:City ; rdfs:label "Düsseldorf"@en .
  city:warsaw a lt:City ; rdfs:label "Warsaw"@en .
  person:thomas-geisel a lt:Person ; schema:name "Thomas Geisel" .
  person:michal-olszewski a lt:Person ; schema:name "Michał Olszewski" .
  mandate:thomas-geisel-mayor-duesseldorf a lt:Mandate ; org:member person:thomas-geisel ;
      org:role role:mayor ; org:organization city:duesseldorf ;
      lt:roleLabel "Lord Mayor"@en ; lt:attestedOn "2019-09-01"^^xsd:date .
  mandate:michal-olszewski-deputy-mayor-warsaw a lt:Mandate ;
      org:member person:michal-olszewski ; org:role role:deputy-mayor ;
      org:organization city:warsaw ; lt:roleLabel "deputy mayor"@en ;
      lt:attestedOn "2019-09-01"^^xsd:date .
  partnership:2019-duesseldorf-messe-duesseldorf-main-sponsor a lt:Partnership ;
      lt:partner orgs:messe-duesseldorf ; lt:partnerRole prole:main-sponsor ;
      lt:event summit:2019-duesseldorf .
  summit:2019-duesseldorf lt:delegationCount 3 ; lt:countryCount 4 .
  quote:duesseldorf-20190901-999-1 a lt:Quotation ; lt:quotedPerson person:thomas-geisel ;
      schema:isPartOf rel:duesseldorf-20190901-999 ; schema:inLanguage "en" ;
      schema:text "Cities learn fastest from each other." .
  photo:duesseldorf-20190901-999-1 a lt:Photograph ;
      foaf:depicts person:thomas-geisel, person:michal-olszewski ;
      schema:about summit:2019-duesseldorf ; schema:isPartOf rel:duesseldorf-20190901-999 ;
      schema:contentUrl <https://www.example.org/photos/summit-1.jpg> .
{evidence}
}
"""

HOSTILE_GRAPH = f"""
<https://w3id.org/ltgraph/graph/release/hostile-20200101-1> {{
  <https://w3id.org/ltgraph/graph/release/hostile-20200101-1> prov:wasDerivedFrom
      rel:hostile-20200101-1 .
  rel:hostile-20200101-1 a lt:PressRelease ; schema:headline "{HOSTILE_LABEL}"@en ;
      schema:datePublished "2020-01-01"^^xsd:date ; schema:url <{HOSTILE_IRI}> .
  orgs:hostile a lt:Organisation ; rdfs:label "{HOSTILE_LABEL}"@en ;
      schema:url <{HOSTILE_IRI}>, <{_DATA_TURTLE}> ;
      schema:sameAs <{HOSTILE_IRI}> .
  person:mallory a lt:Person ; schema:name "{_MARKUP_TURTLE}" ;
      schema:url <{HOSTILE_IRI}> .
}}
"""

# (statement, the words of RELEASE_TEXT that support it)
EVIDENCE = (
    ("summit:2019-duesseldorf", "lt:hostCity", "city:duesseldorf",
     "the city of Düsseldorf hosted"),
    ("summit:2019-duesseldorf", "lt:participatingCity", "city:warsaw",
     "Michał Olszewski, deputy mayor of Warsaw"),
    ("summit:2019-duesseldorf", "schema:attendee", "person:michal-olszewski",
     "welcomed Michał Olszewski"),
    ("quote:duesseldorf-20190901-999-1", "lt:quotedPerson", "person:thomas-geisel",
     QUOTE_WORDS),
    ("photo:duesseldorf-20190901-999-1", "foaf:depicts", "person:thomas-geisel", CAPTION),
)
RELEASE_SLUG = "duesseldorf-20190901-999"


def evidence_turtle() -> str:
    lines = []
    for index, (s, p, o, words) in enumerate(EVIDENCE):
        start = RELEASE_TEXT.index(words)
        end = start + len(words)
        base = f"rel:{RELEASE_SLUG}"
        span = f"<https://w3id.org/ltgraph/id/release/{RELEASE_SLUG}#char={start},{end}>"
        lines.append(
            f"  {base}\\#ev-{index:012x} a lt:Evidence ; rdf:subject {s} ; rdf:predicate {p} ;\n"
            f"      rdf:object {o} ; lt:span {span} .\n"
            f"  {span} a lt:TextSpan ; lt:spanOf {base} ; lt:charStart {start} ;"
            f" lt:charEnd {end} .")
        if s.startswith(("photo:", "quote:")):  # a caption's or a quotation's own span
            lines.append(f"  {s} lt:span {span} .")
    return "\n".join(lines)


def span_of(words: str) -> tuple[int, int]:
    start = RELEASE_TEXT.index(words)
    return start, start + len(words)


def write_dataset(folder: Path, *, hostile: bool = True) -> Path:
    """The dataset as TriG in ``folder``, with its release file in ``folder/releases``."""
    releases = folder / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    data = RELEASE_TEXT.encode("utf-8")
    (releases / RELEASE_FILE).write_bytes(data)
    release = (RELEASE_GRAPH.replace("{file}", RELEASE_FILE)
               .replace("{sha}", hashlib.sha256(data).hexdigest())
               .replace("{evidence}", evidence_turtle()))
    path = folder / "ui-sample.trig"
    path.write_text(PREFIXES + ONTOLOGY_AND_REFERENCE + release
                    + (HOSTILE_GRAPH if hostile else ""), encoding="utf-8")
    return path


@dataclass
class Server:
    url: str  # with the trailing slash
    process: subprocess.Popen
    log: Path


@contextmanager
def serving(data: Path, workdir: Path, releases: Path | None = None) -> Iterator[Server]:
    """``ltgraph serve`` on a free loopback port; stopped with its workers on exit."""
    with ltgraph_server(workdir, "--data", str(data), "--set", "query_workers=1",
                        "--set", "query_timeout_s=5",
                        "--set", f"releases={releases if releases is not None else ''}",
                        name="ui-server") as running:
        yield Server(running.url, running.process, running.log)
