"""Which source backs which reference statement: given reference files written as statement
groups (paragraphs) that cite their pages, the build states each group's statements in one
named graph per cited page, described by the page it is derived from; a mandate's term as one
page states it stays in that page's graph; validation checks such a graph as part of the
reference graph, unless it holds more than the reference does."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from ltgraph.reference import (
    ReferenceError,
    load_reference,
    reference_files,
    source_graphs,
    source_slug,
    statement_groups,
)
from ltgraph.terms import ID, ORG, REFERENCE_GRAPH, SCHEMA, source_graph
from ltgraph.validate import validate_dataset

PROJECT = Path(__file__).resolve().parents[1]
REFERENCE_DIR = PROJECT / "data" / "reference"
PAGE_A = "https://example.org/a/about"
PAGE_B = "https://news.example.com/2015/06/named"
GROUPS = f"""# a comment above the prefixes
@prefix lt: <https://w3id.org/ltgraph/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix mandate: <{ID}mandate/> .
@prefix person: <{ID}person/> .

person:ada-example a lt:Person ;
    schema:name "Ada Example" ;
    dcterms:source <{PAGE_A}>, <{PAGE_B}> .

# ---- what each page says of her mandate
mandate:ada-example-president-example a lt:Mandate ;
    org:member person:ada-example ;
    schema:startDate "2015"^^xsd:gYear ;
    schema:endDate "2019"^^xsd:gYear ;
    skos:editorialNote "The term as page A states it."@en ;
    dcterms:source <{PAGE_A}> .

mandate:ada-example-president-example a lt:Mandate ;
    org:member person:ada-example ;
    lt:attestedOn "2015-06-11"^^xsd:date ;
    dcterms:source <{PAGE_B}> .
"""
MANDATE = URIRef(f"{ID}mandate/ada-example-president-example")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "people.ttl").write_text(GROUPS, encoding="utf-8")
    return tmp_path


def graph_of(graphs: dict[URIRef, Graph], page: str) -> Graph:
    return graphs[source_graph(source_slug(page))]


def test_a_paragraph_is_a_statement_group_with_the_pages_it_cites(folder: Path) -> None:
    groups = statement_groups(folder / "people.ttl")
    assert [(g.line, [str(s) for s in g.sources]) for g in groups] == [
        (11, sorted([PAGE_A, PAGE_B])), (16, [PAGE_A]), (23, [PAGE_B])]
    whole = Graph().parse(folder / "people.ttl", format="turtle")
    assert set(whole) == {t for g in groups for t in g.graph}


def test_each_page_has_a_graph_of_what_it_is_cited_for(folder: Path) -> None:
    graphs = source_graphs(folder)
    a, b = graph_of(graphs, PAGE_A), graph_of(graphs, PAGE_B)
    assert (MANDATE, SCHEMA.startDate, Literal("2015", datatype=XSD.gYear)) in a
    assert (MANDATE, SCHEMA.endDate, Literal("2019", datatype=XSD.gYear)) in a
    assert not list(a.objects(MANDATE, URIRef("https://w3id.org/ltgraph/ontology#attestedOn")))
    assert not list(b.objects(MANDATE, SCHEMA.startDate))
    person = URIRef(f"{ID}person/ada-example")
    assert (person, SCHEMA.name, Literal("Ada Example")) in a and \
        (person, SCHEMA.name, Literal("Ada Example")) in b  # a group citing both: in both
    assert (MANDATE, ORG.member, person) in a and (MANDATE, ORG.member, person) in b


def test_a_source_graph_holds_what_the_page_says_not_the_curation(folder: Path) -> None:
    a = graph_of(source_graphs(folder), PAGE_A)
    assert not list(a.triples((None, DCTERMS.source, None)))
    assert not list(a.triples((None, SKOS.editorialNote, None)))


def test_a_source_graph_describes_itself(folder: Path) -> None:
    name = source_graph(source_slug(PAGE_B))
    graph = source_graphs(folder)[name]
    assert graph.identifier == name
    assert (name, PROV.wasDerivedFrom, URIRef(PAGE_B)) in graph
    assert (name, DCTERMS.isPartOf, REFERENCE_GRAPH) in graph
    assert {t.language for t in graph.objects(name, DCTERMS.title)} == {"en", "de"}


def test_a_source_slug_is_the_host_and_a_digest_of_the_url() -> None:
    assert source_slug(PAGE_B) == source_slug(PAGE_B)
    assert source_slug(PAGE_B).startswith("news-example-com-")
    assert source_slug("https://www.example.org/x").startswith("example-org-")
    assert source_slug("https://www.example.org/x") != source_slug("https://www.example.org/y")


def test_a_statement_cut_by_a_blank_line_is_named_with_its_file_and_line(tmp_path: Path) -> None:
    broken = GROUPS.replace('    schema:endDate "2019"^^xsd:gYear ;\n',
                            '    schema:endDate "2019"^^xsd:gYear ;\n\n')
    (tmp_path / "people.ttl").write_text(broken, encoding="utf-8")
    with pytest.raises(ReferenceError, match=r"people\.ttl:16: a statement group"):
        source_graphs(tmp_path)


def test_every_reference_file_reads_as_its_statement_groups() -> None:
    for path in reference_files(REFERENCE_DIR):
        whole = Graph().parse(path, format="turtle")
        groups = statement_groups(path)
        assert set(whole) == {t for g in groups for t in g.graph}, path.name
        assert all(g.sources for g in groups), path.name


def test_the_reference_terms_of_office_are_each_in_the_graph_of_their_page() -> None:
    graphs = source_graphs(REFERENCE_DIR)
    chretien = URIRef(f"{ID}mandate/raymond-chretien-president-international-observatory-"
                      "of-mayors-on-living-together")
    about_us = graph_of(graphs, "https://observatoirevivreensemble.org/en/about-us")
    assert {str(o) for o in about_us.objects(chretien, SCHEMA.startDate)} == {"2015"}
    assert {str(o) for o in about_us.objects(chretien, SCHEMA.endDate)} == {"2019"}
    le_devoir = graph_of(graphs, "http://www.ledevoir.com/politique/montreal/442484/"
                                 "sommet-23-maires-discutent-du-vivre-ensemble")
    assert not list(le_devoir.objects(chretien, SCHEMA.startDate))


def dataset_with_sources(folder: Path) -> Dataset:
    ds = Dataset()
    reference = ds.graph(REFERENCE_GRAPH)
    for triple in load_reference(folder):
        reference.add(triple)
    for name, graph in source_graphs(folder).items():
        target = ds.graph(name)
        for triple in graph:
            target.add(triple)
    return ds


def test_validation_checks_a_source_graph_as_part_of_the_reference() -> None:
    report = validate_dataset(dataset_with_sources(REFERENCE_DIR))
    assert report.conforms, report.problems[:3]


def test_a_source_graph_that_says_more_than_the_reference_is_validated_itself() -> None:
    ds = dataset_with_sources(REFERENCE_DIR)
    name = source_graph(source_slug("https://nordicedge.org/events/what-is-a-city-without-its-"
                                    "people/"))
    mandate = URIRef(f"{ID}mandate/anna-lisa-boni-secretary-general-eurocities")
    ds.graph(name).add((mandate, SCHEMA.endDate, Literal("sometime")))
    report = validate_dataset(ds)
    assert not report.conforms
    assert any(p.focus == str(mandate) and p.graph == str(name) for p in report.problems)


def test_what_a_page_says_of_a_mandate_is_a_group_citing_that_page_alone() -> None:
    """So each page's graph holds exactly its term, date and wording of the mandate."""
    mandate_class = URIRef("https://w3id.org/ltgraph/ontology#Mandate")
    for path in reference_files(REFERENCE_DIR):
        for group in statement_groups(path):
            if any(group.graph.subjects(None, mandate_class)):
                assert len(group.sources) == 1, f"{group.file}:{group.line}"
