"""``ltgraph validate FILE``, run as the real command on datasets written for each case.

A release graph that conforms passes (exit 0); one broken rule is reported as a line naming
the focus node, the property and the rule's message (exit 1); a file that cannot be parsed is
named with the position of the error (exit 2). The library calls behind it are checked too:
a problem of one release is not reported for another.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from ltgraph.terms import REFERENCE_GRAPH, release_graph
from ltgraph.validate import load_ontology, validate_dataset, validate_graph

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "shapes" / "valid.ttl"
COUNTRY_DE = URIRef("https://w3id.org/ltgraph/id/country/de")
ISO_CODE = URIRef("https://w3id.org/ltgraph/ontology#isoCode")


def ltgraph(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ltgraph.cli", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def dataset(graphs: dict[URIRef, Graph]) -> Dataset:
    ds = Dataset()
    for name, graph in graphs.items():
        named = ds.graph(name)
        for triple in graph:
            named.add(triple)
    return ds


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(FIXTURE, format="turtle")


def broken_country(valid: Graph) -> Graph:
    """The valid graph with Germany's ISO code written in lower case."""
    broken = Graph()
    for triple in valid:
        broken.add(triple)
    broken.set((COUNTRY_DE, ISO_CODE, broken.value(COUNTRY_DE, ISO_CODE).__class__("de")))
    return broken


def test_a_conforming_dataset_exits_0(tmp_path, valid):
    path = tmp_path / "good.trig"
    dataset({release_graph("test-20190901-1"): valid}).serialize(path, format="trig")
    result = ltgraph("validate", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "conforms" in result.stdout


def test_the_message_says_which_graphs_were_checked_and_which_with_the_reference(
        tmp_path, valid):
    """A source graph the reference states whole is checked with the reference graph, not on
    its own; the message counts it apart instead of as a graph checked."""
    country = Graph()
    for triple in valid.triples((COUNTRY_DE, None, None)):
        country.add(triple)
    source = URIRef("https://w3id.org/ltgraph/graph/source/example-org-0001")
    page = Graph()
    for triple in country:
        page.add(triple)
    page.add((source, URIRef("http://purl.org/dc/terms/isPartOf"), REFERENCE_GRAPH))
    path = tmp_path / "with-sources.trig"
    dataset({release_graph("test-20190901-1"): valid, REFERENCE_GRAPH: country,
             source: page}).serialize(path, format="trig")
    result = ltgraph("validate", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "conforms (2 graphs checked, 1 source graphs checked as part of the reference " \
           "graph that states them whole; 0 warnings)" in result.stdout


def test_a_broken_dataset_exits_1_naming_focus_property_and_message(tmp_path, valid):
    path = tmp_path / "broken.trig"
    broken = dataset({release_graph("test-20190901-1"): broken_country(valid)})
    broken.serialize(path, format="trig")
    result = ltgraph("validate", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    problem_lines = [line for line in result.stdout.splitlines() if line.startswith("focus ")]
    assert f"in graph <{release_graph('test-20190901-1')}>:" in result.stdout
    assert problem_lines == [
        "focus <https://w3id.org/ltgraph/id/country/de> · property lt:isoCode · lt:isoCode must "
        "be an ISO 3166-1 alpha-2 code: two upper-case letters such as \"DE\" or \"CA\". "
        "(value: \"de\")"]
    assert "1 violations" in result.stdout.splitlines()[-1]


def test_problems_are_listed_under_the_graph_that_has_them(tmp_path, valid):
    path = tmp_path / "two.trig"
    broken = broken_country(valid)
    broken.remove((None, None, URIRef("https://example.org/photo/1.jpg")))
    dataset({release_graph("a"): broken_country(valid),
             release_graph("b"): broken}).serialize(path, format="trig")
    lines = ltgraph("validate", str(path)).stdout.splitlines()
    headers = [line for line in lines if line.startswith("in graph ")]
    assert headers == [f"in graph <{release_graph('a')}>:", f"in graph <{release_graph('b')}>:"]
    assert len([line for line in lines if line.startswith("focus ")]) == 3
    assert "schema:contentUrl" in lines[-2]


def test_a_file_with_a_syntax_error_exits_2_naming_file_and_line(tmp_path):
    path = tmp_path / "damaged.trig"
    path.write_text('@prefix lt: <https://w3id.org/ltgraph/ontology#> .\n'
                    '<https://w3id.org/ltgraph/graph/release/x> {\n'
                    '  <https://w3id.org/ltgraph/id/city/x> lt:country <x>\n'
                    '  <https://w3id.org/ltgraph/id/city/y> a lt:City .\n'
                    '}\n', encoding="utf-8")
    result = ltgraph("validate", str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr
    assert "line 4" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_text_exits_2(tmp_path):
    path = tmp_path / "binary.trig"
    path.write_bytes(b"\xff\xfe\x00garbage")
    result = ltgraph("validate", str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_a_problem_is_reported_for_the_release_that_has_it_and_no_other(valid):
    ds = dataset({release_graph("good"): valid, release_graph("bad"): broken_country(valid)})
    report = validate_dataset(ds)
    assert not report.conforms
    assert [(p.graph, p.focus, p.path) for p in report.problems] == [
        (str(release_graph("bad")), str(COUNTRY_DE), str(ISO_CODE))]


def test_a_bad_value_in_the_reference_is_reported_for_the_reference_only(valid):
    """A release that names Germany does not inherit the reference's wrong code for it."""
    reference = broken_country(valid)
    release = Graph()
    for triple in valid:
        if triple[1] != ISO_CODE:
            release.add(triple)
    report = validate_dataset(dataset({release_graph("r"): release, REFERENCE_GRAPH: reference}))
    assert [(p.graph, p.focus, p.path) for p in report.problems] == [
        (str(REFERENCE_GRAPH), str(COUNTRY_DE), str(ISO_CODE))]


def test_the_reference_graph_is_context_for_each_release(valid):
    """A release that names a city may leave its country to the reference graph."""
    city = URIRef("https://w3id.org/ltgraph/id/city/duesseldorf")
    country = URIRef("https://w3id.org/ltgraph/ontology#country")
    release, reference = Graph(), Graph()
    for s, p, o in valid:
        (reference if s == COUNTRY_DE or (s, p) == (city, country) else release).add((s, p, o))
    assert validate_dataset(dataset({release_graph("r"): release,
                                     REFERENCE_GRAPH: reference})).conforms
    alone = validate_graph(release, load_ontology())
    assert [(p.focus, p.path) for p in alone.problems] == [(str(city), str(country))]


def test_a_release_may_give_another_date_than_the_reference_each_kept_in_its_own_graph():
    """Cardinality is a rule about one graph: conflicting figures live in separate graphs."""
    from pathlib import Path

    from rdflib import Graph, Literal
    from rdflib.namespace import RDF, RDFS, XSD

    from ltgraph.reference import load_reference
    from ltgraph.terms import LT, SCHEMA, resource
    from ltgraph.validate import load_ontology, validate_graph

    context = load_reference(Path(__file__).resolve().parents[1] / "data" / "reference")
    context += load_ontology()
    summit = resource("summit", "2021-izmir")
    release_graph = Graph()
    for p, o in ((RDF.type, LT.Summit), (RDFS.label, Literal("Third summit", lang="en")),
                 (LT.ordinal, Literal(3)), (LT.hostCity, resource("city", "izmir")),
                 (SCHEMA.startDate, Literal("2021-12-07", datatype=XSD.date)),
                 (SCHEMA.endDate, Literal("2021-12-08", datatype=XSD.date))):
        release_graph.add((summit, p, o))
    assert validate_graph(release_graph, context).conforms
    release_graph.add((summit, SCHEMA.endDate, Literal("2021-12-09", datatype=XSD.date)))
    report = validate_graph(release_graph, context)
    assert not report.conforms
    assert [p.path for p in report.problems] == [str(SCHEMA.endDate)]


def with_extra(valid: Graph, subject_of: str, predicate: str, extra: object) -> Graph:
    """The valid graph plus one more value of ``predicate`` on the first resource that has
    one (in the valid graph, ``subject_of`` names the property to find that resource by)."""
    graph = Graph()
    for triple in valid:
        graph.add(triple)
    subject = next(valid.subjects(URIRef(subject_of), None))
    graph.add((subject, URIRef(predicate), extra))
    return graph


@pytest.mark.parametrize("predicate, extra", [
    ("https://w3id.org/ltgraph/ontology#country",
     URIRef("https://w3id.org/ltgraph/id/country/zz")),
    ("https://schema.org/startDate", Literal("1. September")),
], ids=["two-countries", "a-second-malformed-start-date"])
def test_a_resource_breaking_a_count_and_a_value_rule_at_once_gets_both_reported(
        tmp_path, valid, predicate, extra):
    """Given a city with two lt:country (one not a country) or a summit with a second start
    date that is no xsd:date, the report names both broken rules, exit 1, no traceback."""
    path = tmp_path / "both.trig"
    dataset({release_graph("test-20190901-1"): with_extra(valid, predicate, predicate, extra)}
            ).serialize(path, format="trig")
    result = ltgraph("validate", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stdout.splitlines() if line.startswith("focus ")]
    short = "lt:country" if "ontology#" in predicate else "schema:startDate"
    about = [line for line in lines if f"property {short} " in line]
    assert len(about) == 2, lines  # the count rule, and the value rule naming the bad value
    assert any(line.endswith(f"(value: {extra.n3()})") or str(extra) in line for line in about)
    assert "2 violations" in result.stdout.splitlines()[-1]


def broken_evidence(valid: Graph) -> Graph:
    """The valid graph with its evidence and text span broken, and a second evidence and span
    that break other rules: a span without its end and pointing at no release, one that ends
    before it starts, an evidence without its object, one whose span is not a text span."""
    lt = "https://w3id.org/ltgraph/ontology#"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    span = URIRef("https://w3id.org/ltgraph/id/release/test-20190901-1#char=10,40")
    evidence = URIRef("https://w3id.org/ltgraph/id/release/test-20190901-1#ev-0123456789ab")
    other_span = URIRef("https://w3id.org/ltgraph/id/release/test-20190901-1#char=50,45")
    other = URIRef("https://w3id.org/ltgraph/id/release/test-20190901-1#ev-ba9876543210")
    broken = Graph()
    for s, p, o in valid:
        if (s, p) not in {(span, URIRef(lt + "charEnd")), (span, URIRef(lt + "spanOf")),
                          (evidence, URIRef(rdf + "object"))}:
            broken.add((s, p, o))
    broken.add((other_span, URIRef(rdf + "type"), URIRef(lt + "TextSpan")))
    broken.add((other_span, URIRef(lt + "spanOf"),
                URIRef("https://w3id.org/ltgraph/id/release/test-20190901-1")))
    broken.add((other_span, URIRef(lt + "charStart"), Literal(50)))
    broken.add((other_span, URIRef(lt + "charEnd"), Literal(45)))
    broken.add((other, URIRef(rdf + "type"), URIRef(lt + "Evidence")))
    for p, o in [(rdf + "subject", evidence), (rdf + "predicate", URIRef(lt + "hostCity")),
                 (rdf + "object", COUNTRY_DE), (lt + "span", COUNTRY_DE),
                 (lt + "sentence", other_span)]:
        broken.add((other, URIRef(p), o))
    return broken


def test_the_problems_are_those_pyshacl_finds_with_the_shapes_as_written(valid):
    """Validation hands pySHACL the shapes prepared (a node shape's property shapes given its
    focus nodes as their own targets, targets resolved per graph, only shapes with a focus
    node run): given a release graph whose evidence and text spans break several rules, it
    reports exactly the results pySHACL gives for the project's shapes as written, over the
    release and its context, about the nodes the release describes."""
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import SH

    from ltgraph.validate import load_shapes

    broken = broken_evidence(valid)
    ontology = load_ontology()
    report = validate_graph(broken, ontology)
    union = Graph()
    for triple in (*broken, *ontology):
        union.add(triple)
    results = shacl_validate(union, shacl_graph=load_shapes(), inference="none",
                             allow_warnings=True)[1]
    described = set(broken.subjects())
    expected = sorted(
        (str(results.value(r, SH.focusNode)), str(results.value(r, SH.resultPath)),
         str(results.value(r, SH.sourceShape)), str(results.value(r, SH.sourceConstraintComponent)))
        for r in results.subjects(None, SH.ValidationResult)
        if results.value(r, SH.focusNode) in described)
    # the span's missing end and release, the other span's order, the evidence's missing
    # object, the other evidence's span that is a country: all found, the report read right
    assert len(expected) == 5, expected
    assert sorted((p.focus, p.path, p.shape, p.constraint) for p in report.problems) == expected
