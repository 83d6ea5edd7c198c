"""A SPARQL client (SPARQLWrapper) gets the same answer in every result format the server
offers, through GET and POST alike."""

from __future__ import annotations

import io

import pytest
from harness import Server
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

LT = "https://w3id.org/ltgraph/ontology#"
SELECT_COUNTRIES = f"""
PREFIX lt: <{LT}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?country ?label WHERE {{ ?country a lt:Country ; rdfs:label ?label . }}
"""
EXPECTED_ROWS = {
    ("https://w3id.org/ltgraph/id/country/de", "Germany"),
    ("https://w3id.org/ltgraph/id/country/de", "Deutschland"),
    ("https://w3id.org/ltgraph/id/country/no", "Norway"),
}
CONSTRUCT_HOSTS = f"""
PREFIX lt: <{LT}>
CONSTRUCT {{ ?summit lt:hostCity ?city }} WHERE {{ ?summit lt:hostCity ?city }}
"""


def client(server: Server, method: str) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(server.sparql)
    if method == "POST":
        wrapper.setMethod(POST)
    return wrapper


def rows_of(answer: object, fmt: str) -> set[tuple[str, str]]:
    if fmt == JSON:
        return {(b["country"]["value"], b["label"]["value"])
                for b in answer["results"]["bindings"]}  # type: ignore[index]
    if fmt == XML:
        out = set()
        for result in answer.getElementsByTagName("result"):  # type: ignore[attr-defined]
            values = {b.getAttribute("name"): b.firstChild.firstChild.data
                      for b in result.getElementsByTagName("binding")}
            out.add((values["country"], values["label"]))
        return out
    text = answer.decode("utf-8") if isinstance(answer, bytes) else str(answer)
    if fmt == CSV:
        import csv
        lines = list(csv.reader(io.StringIO(text)))
        assert lines[0] == ["country", "label"]
        return {(c, label) for c, label in lines[1:]}
    from rdflib.query import Result
    parsed = Result.parse(io.BytesIO(text.encode()), format="tsv")
    return {(str(c), str(label)) for c, label in parsed}


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_select_answers_the_same_in_every_result_format(sample_server: Server, fmt: str,
                                                        method: str) -> None:
    wrapper = client(sample_server, method)
    wrapper.setQuery(SELECT_COUNTRIES)
    wrapper.setReturnFormat(fmt)
    assert rows_of(wrapper.query().convert(), fmt) == EXPECTED_ROWS


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_ask_answers_true_and_false(sample_server: Server, fmt: str) -> None:
    for query, expected in [(f"ASK {{ ?s a <{LT}Summit> }}", True),
                            (f"ASK {{ ?s a <{LT}Declaration> }}", False)]:
        wrapper = client(sample_server, "GET")
        wrapper.setQuery(query)
        wrapper.setReturnFormat(fmt)
        answer = wrapper.query().convert()
        value = answer["boolean"] if fmt == JSON else (
            answer.getElementsByTagName("boolean")[0].firstChild.data == "true")
        assert value is expected


@pytest.mark.parametrize("fmt", [TURTLE, RDFXML, N3, "json-ld"])
def test_construct_answers_the_same_graph_in_every_rdf_format(sample_server: Server,
                                                              fmt: str) -> None:
    wrapper = client(sample_server, "GET")
    wrapper.setQuery(CONSTRUCT_HOSTS)
    wrapper.setReturnFormat(fmt)
    answer = wrapper.query().convert()
    graph = answer if isinstance(answer, Graph) else Graph().parse(
        data=answer, format={TURTLE: "turtle", N3: "turtle", "json-ld": "json-ld"}.get(fmt, fmt))
    expected = Graph()
    expected.add((URIRef("https://w3id.org/ltgraph/id/summit/2020-oslo"), URIRef(LT + "hostCity"),
                  URIRef("https://w3id.org/ltgraph/id/city/oslo")))
    assert isomorphic(graph, expected)


def test_describe_answers_a_graph_about_the_resource(sample_server: Server) -> None:
    wrapper = client(sample_server, "GET")
    wrapper.setQuery("DESCRIBE <https://w3id.org/ltgraph/id/city/oslo>")
    wrapper.setReturnFormat(TURTLE)
    graph = Graph().parse(data=wrapper.query().convert(), format="turtle")
    assert (URIRef("https://w3id.org/ltgraph/id/city/oslo"),
            URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Oslo", lang="en")) \
        in graph
