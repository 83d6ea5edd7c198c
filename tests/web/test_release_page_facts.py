"""A release's page reads less of the store than its whole description (its own statements,
then its graph once) and shows the same facts: every statement of its graph with the evidence
spans the graph gives it, as the page built from the whole description shows them. A
resource's page asks for the evidence of the facts it shows only, and gets what the query of
every span about the resource gives for them.

Given the committed graph and the seed release, and a small release whose evidence takes every
shape the query allows (two spans, two objects, a span of no release, a span without offsets).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from rdflib import Literal, URIRef

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.terms import sparql_prefixes
from ltgraph.web.app import create_app, store_of
from ltgraph.web.ui.common import rows
from ltgraph.web.ui.evidence import spans_about, spans_from_rows, spans_in_graph
from ltgraph.web.ui.release import graph_triples
from ltgraph.web.ui.resource import page

REPO = Path(__file__).resolve().parents[2]
GRAPH = REPO / "data" / "graph" / "ltgraph.trig"
RELEASES = (REPO / ".." / "shared" / "releases").resolve()
BASE = "https://w3id.org/ltgraph/"
LT = BASE + "ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
SMALL_RELEASE, SMALL_GRAPH = BASE + "id/release/r1", BASE + "graph/release/r1"


def small_dataset() -> str:
    """One release graph: a summit's host city and date, the evidence of the city with two
    spans (one of which names no release, one a literal besides its release) and a span whose
    start is no literal, of the date with two objects stated, and a span without offsets; a
    second release graph stating a span of the same fact."""
    doc, g, summit = SMALL_RELEASE, f"<{SMALL_GRAPH}>", f"<{BASE}id/summit/s1>"
    lines = [f"{g} <{PROV}wasDerivedFrom> <{doc}> {g} .",
             f"<{doc}> <{RDF}type> <{LT}PressRelease> {g} .",
             f"<{doc}> <{SCHEMA}headline> \"Release one\"@en {g} .",
             f"{summit} <{RDF}type> <{LT}Summit> {g} .",
             f"{summit} <{LT}hostCity> <{BASE}id/city/c1> {g} .",
             f"{summit} <{SCHEMA}startDate> \"2019-09-01\" {g} .",
             f"{summit} <{SCHEMA}startDate> \"2019-09-02\" {g} ."]
    evidence = {"e1": (f"<{LT}hostCity>", [f"<{BASE}id/city/c1>"], ["a", "b"]),
                "e2": (f"<{SCHEMA}startDate>", ['"2019-09-01"', '"2019-09-02"'], ["c"]),
                "e3": (f"<{SCHEMA}startDate>", ['"2019-09-01"'], ["d"])}
    for name, (predicate, objects, spans) in evidence.items():
        node = f"<{doc}#{name}>"
        lines += [f"{node} <{RDF}type> <{LT}Evidence> {g} .",
                  f"{node} <{RDF}subject> {summit} {g} .",
                  f"{node} <{RDF}predicate> {predicate} {g} ."]
        lines += [f"{node} <{RDF}object> {o} {g} ." for o in objects]
        lines += [f"{node} <{LT}span> <{doc}#{span}> {g} ." for span in spans]
    offsets = {"a": (0, 5), "b": (10, 12), "c": (3, 9)}  # "d" has none
    for span, (start, end) in offsets.items():
        node = f"<{doc}#{span}>"
        lines += [f"{node} <{LT}charStart> \"{start}\"^^<{INTEGER}> {g} .",
                  f"{node} <{LT}charEnd> \"{end}\"^^<{INTEGER}> {g} ."]
        if span != "b":
            lines.append(f"{node} <{LT}spanOf> <{doc}> {g} .")
    lines += [f"<{doc}#a> <{LT}spanOf> \"r1\" {g} .",  # no IRI: names no release
              f"<{doc}#e1> <{LT}span> <{doc}#e> {g} .",
              f"<{doc}#e> <{LT}charStart> <{doc}#start> {g} .",  # no literal: no offset
              f"<{doc}#e> <{LT}charEnd> \"4\" {g} ."]
    other = f"<{BASE}graph/release/r2>"
    lines += [f"{other} <{PROV}wasDerivedFrom> <{BASE}id/release/r2> {other} .",
              f"<{BASE}id/release/r2#e> <{RDF}subject> {summit} {other} .",
              f"<{BASE}id/release/r2#e> <{RDF}predicate> <{LT}hostCity> {other} .",
              f"<{BASE}id/release/r2#e> <{RDF}object> <{BASE}id/city/c1> {other} .",
              f"<{BASE}id/release/r2#e> <{LT}span> <{BASE}id/release/r2#s> {other} .",
              f"<{BASE}id/release/r2#s> <{LT}charStart> \"1\" {other} .",
              f"<{BASE}id/release/r2#s> <{LT}charEnd> \"2\" {other} ."]
    return "\n".join(lines) + "\n"


def app_of(data: Path, releases: str = "") -> Iterator[Flask]:
    store = EmbeddedStore(None)
    store.load(data)
    yield create_app({"data": str(data), "releases": releases, "response_cache_mib": 0,
                      "query_network_isolation": False}, store=store)
    store.close()


@pytest.fixture(scope="module")
def committed() -> Iterator[Flask]:
    if not GRAPH.is_file():
        pytest.skip(f"{GRAPH} is not built yet")
    yield from app_of(GRAPH, str(RELEASES))


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    path = tmp_path_factory.mktemp("release-facts") / "small.nq"
    path.write_text(small_dataset(), encoding="utf-8")
    yield from app_of(path)


SPANS = """?evidence rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; lt:span ?span .
           ?span lt:charStart ?start ; lt:charEnd ?end .
           OPTIONAL { ?span lt:spanOf ?release }"""


def spans_by_the_query(where: str, lang: str) -> dict:
    """The specification: the evidence spans of facts as SPARQL finds them (``where`` holds
    the patterns of :data:`SPANS`), each span with offsets that are literals, naming its
    release when that is an IRI."""
    found = rows(f"{sparql_prefixes()} SELECT DISTINCT ?s ?p ?o ?start ?end ?release "
                 f"WHERE {{ {where} }}")
    return spans_from_rows([{"s": str(row["s"]), "p": str(row["p"]), "o": str(row["o"]),
                             "start": str(row["start"]), "end": str(row["end"]),
                             **({"release": str(row["release"])}
                                if isinstance(row.get("release"), URIRef) else {})}
                            for row in found if isinstance(row["start"], Literal)
                            and isinstance(row["end"], Literal)], lang)


def in_graph(graph: str) -> str:
    return f"GRAPH <{graph}> {{ {SPANS} }}"


def about(iri: str) -> str:
    return f"{{ ?evidence rdf:subject <{iri}> }} UNION {{ ?evidence rdf:object <{iri}> }} {SPANS}"


def release_graphs(app: Flask) -> list[str]:
    with app.app_context():
        return [g for g in store_of(app).graphs() if g.startswith(BASE + "graph/release/")]


def release_paths(app: Flask) -> list[str]:
    with app.test_request_context("/"):
        found = rows(f"SELECT ?r WHERE {{ ?r a <{LT}PressRelease> }}")
    return sorted("/" + str(row["r"])[len(BASE):] for row in found)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_spans_read_from_a_graphs_statements_are_those_the_query_gives(
        small: Flask, committed: Flask, lang: str) -> None:
    for app in (small, committed):
        for graph in release_graphs(app):
            with app.test_request_context("/"):
                assert spans_in_graph(graph_triples(graph), lang) == \
                    spans_by_the_query(in_graph(graph), lang), graph


def test_the_small_release_has_spans_of_every_shape(small: Flask) -> None:
    with small.test_request_context("/"):
        spans = spans_in_graph(graph_triples(SMALL_GRAPH), "en")
    summit = BASE + "id/summit/s1"
    city = spans[(summit, LT + "hostCity", BASE + "id/city/c1")]
    assert {(s.start, s.end, s.release_iri) for s in city} == {
        (0, 5, SMALL_RELEASE), (0, 5, None), (10, 12, None)}
    assert len(spans[(summit, SCHEMA + "startDate", "2019-09-02")]) == 1
    assert len(spans[(summit, SCHEMA + "startDate", "2019-09-01")]) == 1  # "d" has no offsets


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_spans_about_a_resource_are_those_the_query_gives(
        small: Flask, committed: Flask, lang: str) -> None:
    for app in (small, committed):
        with app.test_request_context("/"):
            found = rows(f"{sparql_prefixes()} SELECT DISTINCT ?r WHERE {{ "
                         f"{{ ?e rdf:subject ?r }} UNION {{ ?e rdf:object ?r }} "
                         f"?e <{LT}span> ?span FILTER(isIRI(?r)) }}")
            resources = sorted(str(row["r"]) for row in found)
            assert len(resources) >= 2
            for iri in resources:
                assert spans_about(iri, lang) == spans_by_the_query(about(iri), lang), iri


def test_the_spans_of_the_facts_a_page_shows_are_those_the_query_gives_for_them(
        small: Flask, committed: Flask) -> None:
    """Given the facts a page shows (every other fact, every third, none, and one no evidence
    supports), the spans are the query's spans of those facts."""
    for app in (small, committed):
        with app.test_request_context("/"):
            found = rows(f"{sparql_prefixes()} SELECT DISTINCT ?r WHERE {{ "
                         f"{{ ?e rdf:subject ?r }} UNION {{ ?e rdf:object ?r }} "
                         f"?e <{LT}span> ?span FILTER(isIRI(?r)) }}")
            for iri in sorted(str(row["r"]) for row in found):
                every = spans_by_the_query(about(iri), "en")
                keys = sorted(every)
                for wanted in (set(keys[::2]), set(keys[::3]), set(),
                               {(iri, LT + "nothing", iri)}):
                    assert spans_about(iri, "en", wanted) == {
                        key: spans for key, spans in every.items() if key in wanted}, iri


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_release_page_shows_what_the_page_of_its_whole_description_shows(
        small: Flask, committed: Flask, lang: str) -> None:
    for app in (small, committed):
        paths = release_paths(app)
        assert paths
        client = app.test_client()
        for path in paths:
            served = client.get(path, headers={"Accept": "text/html", "Accept-Language": lang})
            assert served.status_code == 200
            iri = URIRef(BASE + path[1:])
            with app.test_request_context(path, headers={"Accept-Language": lang}):
                whole = page(store_of(app).describe(str(iri), with_labels=False), iri)
            assert served.get_data(as_text=True) == whole, path
