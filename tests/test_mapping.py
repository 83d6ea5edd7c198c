"""The release node in the graph: what every release states, whatever reader read it."""

from __future__ import annotations

from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from ltgraph.mapping import map_release
from ltgraph.model import Half, Part, PartnershipFact, Release, ReleaseFacts, Span
from ltgraph.terms import LT, SCHEMA, resource

TEXT = "Mayors meet in Izmir\n\nThe mayors met."


def release(**changes) -> Release:
    fields = dict(path="izmir.txt", slug="westdeutsche-stadtrundschau-20211209-01234567",
                  sha256="0" * 64, text=TEXT, format="plain-text",
                  halves=(Half("en", Part("Mayors meet in Izmir", Span(0, 20)),
                               Part("The mayors met.", Span(22, 37))),),
                  published=date(2021, 12, 9), publisher_name="Westdeutsche Stadtrundschau",
                  source_url="https://example.org/ltgraph-test/izmir")
    fields.update(changes)
    return Release(**fields)


def node(facts: ReleaseFacts):
    graph = map_release(facts)
    return graph, resource("release", facts.release.slug)


def test_given_a_publisher_that_is_no_known_city_it_is_an_organisation_with_its_name():
    graph, rel = node(ReleaseFacts(release=release(), published=date(2021, 12, 9), author=None,
                                   publisher=None))
    publisher = graph.value(rel, SCHEMA.publisher)
    assert publisher == resource("org", "westdeutsche-stadtrundschau")
    assert (publisher, RDF.type, LT.Organisation) in graph
    assert (publisher, RDFS.label, Literal("Westdeutsche Stadtrundschau")) in graph


def test_given_a_publisher_the_extraction_found_as_a_city_that_city_publishes():
    graph, rel = node(ReleaseFacts(release=release(), published=None, author=None,
                                   publisher="city/izmir"))
    assert graph.value(rel, SCHEMA.publisher) == resource("city", "izmir")


def test_the_source_url_headlines_per_half_and_languages_are_stated():
    two = (Half("en", Part("Mayors meet in Izmir", Span(0, 20)), None),
           Half("fr", Part("The mayors met.", Span(22, 37)), None))
    graph, rel = node(ReleaseFacts(release=release(halves=two), published=None, author=None,
                                   publisher=None))
    assert graph.value(rel, SCHEMA.url) == URIRef("https://example.org/ltgraph-test/izmir")
    assert set(graph.objects(rel, SCHEMA.headline)) == {
        Literal("Mayors meet in Izmir", lang="en"), Literal("The mayors met.", lang="fr")}
    assert {str(o) for o in graph.objects(rel, SCHEMA.inLanguage)} == {"en", "fr"}


def test_given_no_date_and_no_publisher_the_release_node_states_neither():
    graph, rel = node(ReleaseFacts(release=release(publisher_name=None, published=None),
                                   published=None, author=None, publisher=None))
    assert graph.value(rel, SCHEMA.datePublished) is None
    assert graph.value(rel, SCHEMA.publisher) is None
    assert graph.value(rel, SCHEMA.headline) is not None


def test_given_a_source_url_that_is_no_iri_it_is_left_out():
    graph, rel = node(ReleaseFacts(release=release(source_url='https://example.org/a"b c'),
                                   published=None, author=None, publisher=None))
    assert graph.value(rel, SCHEMA.url) is None


def test_a_headline_with_blanked_markup_reads_as_words():
    html = Part("Mayors   meet\n  in Izmir", Span(0, 24))
    graph, rel = node(ReleaseFacts(release=release(halves=(Half("en", html, None),)),
                                   published=None, author=None, publisher=None))
    assert graph.value(rel, SCHEMA.headline) == Literal("Mayors meet in Izmir", lang="en")


def test_a_co_organiser_is_stated_on_the_summit_and_a_sponsor_as_a_partnership():
    """Organising a summit with its host is no support in a partner role: lt:coOrganiser."""
    ties = (PartnershipFact("observatory", "co-organiser", "2021-izmir", (Span(22, 37),)),
            PartnershipFact("bank", "sponsor", "2021-izmir", (Span(22, 37),)))
    graph, _ = node(ReleaseFacts(release=release(), published=None, author=None, publisher=None,
                                 partnerships=ties))
    summit = resource("summit", "2021-izmir")
    assert list(graph.objects(summit, LT.coOrganiser)) == [resource("org", "observatory")]
    partners = {graph.value(p, LT.partner) for p in graph.subjects(RDF.type, LT.Partnership)}
    assert partners == {resource("org", "bank")}
