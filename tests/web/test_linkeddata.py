"""Linked data on a real server: every IRI of the sample dataset dereferences in every format
with its statements, the graphs that state them, its incoming links and the labels of what it
links to; named graphs, the ontology, dumps and the VoID description are where they belong."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path

import pytest
from harness import Server
from rdflib import RDF, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

BASE = "https://w3id.org/ltgraph/"
LT = Namespace(BASE + "ontology#")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
RDF_FORMATS = {  # Accept -> rdflib parser
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/trig": "trig",
    "application/n-quads": "nquads",
}
OSLO = URIRef(BASE + "id/city/oslo")
SUMMIT = URIRef(BASE + "id/summit/2020-oslo")
RELEASE = URIRef(BASE + "id/release/example-20200101-1")
RELEASE_GRAPH = URIRef(BASE + "graph/release/example-20200101-1")
REFERENCE_GRAPH = URIRef(BASE + "graph/reference")


def fetch(url: str, accept: str) -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def local(server: Server, iri: str) -> str:
    assert iri.startswith(BASE)
    return server.url + iri[len(BASE):]


def our_iris(data: Path) -> set[str]:
    """Every document IRI under id/ the sample dataset mentions (fragments belong to theirs)."""
    dataset = Dataset()
    dataset.parse(data, format="trig")
    return {str(t).split("#", 1)[0] for q in dataset.quads() for t in q[:3]
            if isinstance(t, URIRef) and str(t).startswith(BASE + "id/")}


def parse_quads(body: bytes, parser: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=body, format=parser)
    return dataset


def test_every_iri_dereferences_in_every_format(sample_server: Server, sample_data: Path) -> None:
    iris = our_iris(sample_data)
    assert len(iris) >= 8
    for iri in sorted(iris):
        for accept, parser in RDF_FORMATS.items():
            status, headers, body = fetch(local(sample_server, iri), accept)
            assert status == 200, (iri, accept, body[:200])
            assert headers.get_content_type() == accept
            assert headers.get("Vary") == "Accept"
            triples = {(s, p, o) for s, p, o, _ in parse_quads(body, parser).quads()}
            assert any(URIRef(iri) in (s, o) for s, _, o in triples), (iri, accept)
        status, headers, body = fetch(local(sample_server, iri), "text/html")
        assert status == 200 and headers.get_content_type() == "text/html"


def test_rdflib_dereferences_a_resource_by_its_url(sample_server: Server) -> None:
    graph = Graph().parse(local(sample_server, OSLO))
    assert (OSLO, RDFS.label, Literal("Oslo", lang="en")) in graph


def test_a_resource_document_states_which_graph_says_what(sample_server: Server) -> None:
    _, _, body = fetch(local(sample_server, SUMMIT), "application/n-quads")
    quads = set(parse_quads(body, "nquads").quads())
    assert (SUMMIT, LT.hostCity, OSLO, RELEASE_GRAPH) in {(s, p, o, g.identifier
                                                           if hasattr(g, "identifier") else g)
                                                          for s, p, o, g in quads}


def quads_of(server: Server, iri: str) -> set[tuple[object, object, object, object]]:
    _, _, body = fetch(local(server, iri), "application/n-quads")
    out = set()
    for s, p, o, g in parse_quads(body, "nquads").quads():
        out.add((s, p, o, getattr(g, "identifier", g)))
    return out


def test_a_resource_document_has_incoming_links_and_labels_of_its_neighbours(
        sample_server: Server) -> None:
    quads = quads_of(sample_server, OSLO)
    assert (SUMMIT, LT.hostCity, OSLO, RELEASE_GRAPH) in quads  # incoming
    country = URIRef(BASE + "id/country/no")
    assert (country, RDFS.label, Literal("Norway", lang="en"), REFERENCE_GRAPH) in quads
    assert (SUMMIT, RDFS.label, Literal("Summit 2020 in Oslo", lang="en"), RELEASE_GRAPH) in quads


def test_fragment_iris_are_served_by_their_document(sample_server: Server) -> None:
    evidence = URIRef(str(RELEASE) + "#ev-0123456789ab")
    span = URIRef(str(RELEASE) + "#char=10,14")
    graph = Graph().parse(data=fetch(local(sample_server, RELEASE), "text/turtle")[2],
                          format="turtle")
    assert (evidence, RDF.type, LT.Evidence) in graph
    assert (span, LT.charStart, Literal(10)) in graph
    network_doc = Graph().parse(
        data=fetch(local(sample_server, BASE + "id/org/example-network"), "text/turtle")[2],
        format="turtle")
    assert (URIRef(BASE + "id/org/example-network#member-oslo"),
            URIRef("http://www.w3.org/ns/org#member"), OSLO) in network_doc


def test_unknown_resources_are_404_and_unsupported_types_406(sample_server: Server) -> None:
    assert fetch(sample_server.url + "id/city/atlantis", "text/turtle")[0] == 404
    assert fetch(sample_server.url + "id/planet/mars", "text/turtle")[0] == 404
    status, headers, _ = fetch(local(sample_server, OSLO), "image/png")
    assert status == 406 and headers.get("Vary") == "Accept"


@pytest.mark.parametrize("graph_iri", [RELEASE_GRAPH, REFERENCE_GRAPH, BASE + "graph/ontology"])
def test_named_graphs_dereference_with_their_statements(sample_server: Server,
                                                        sample_data: Path, graph_iri: str) -> None:
    source = Dataset()
    source.parse(sample_data, format="trig")
    expected = source.graph(URIRef(graph_iri))
    served = Graph().parse(data=fetch(local(sample_server, graph_iri), "text/turtle")[2],
                           format="turtle")
    assert isomorphic(served, expected)
    assert fetch(local(sample_server, graph_iri), "text/html")[0] == 200


def test_the_ontology_is_served_at_its_namespace_iri(sample_server: Server) -> None:
    status, headers, body = fetch(sample_server.url + "ontology", "text/turtle")
    assert status == 200
    graph = Graph().parse(data=body, format="turtle")
    assert (LT.City, RDFS.label, Literal("Stadt", lang="de")) in graph
    status, headers, body = fetch(sample_server.url + "ontology",
                                  "text/html,application/xhtml+xml,*/*;q=0.8")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", "")


@pytest.mark.parametrize("name, parser", [("ltgraph.trig", "trig"), ("ltgraph.nq", "nquads")])
def test_dumps_hold_exactly_the_dataset(sample_server: Server, sample_data: Path, name: str,
                                        parser: str) -> None:
    status, _, body = fetch(sample_server.url + "dumps/" + name, "*/*")
    assert status == 200
    source, served = Dataset(), Dataset()
    source.parse(sample_data, format="trig")
    served.parse(data=body, format=parser)
    assert sorted(source.quads()) == sorted(served.quads())


def test_void_is_linked_from_the_service_description_and_names_endpoint_and_dumps(
        sample_server: Server) -> None:
    description = Graph().parse(sample_server.sparql, format="turtle")
    void_url = next(iter(description.objects(None, RDFS.seeAlso)))
    assert str(void_url) == sample_server.url + ".well-known/void"
    void = Graph().parse(str(void_url), format="turtle")
    (dataset,) = set(void.subjects(VOID.subset, None))  # the whole, not one of its subsets
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef(sample_server.sparql)
    assert set(void.objects(dataset, VOID.dataDump)) == {
        URIRef(sample_server.url + "dumps/ltgraph.trig"),
        URIRef(sample_server.url + "dumps/ltgraph.nq")}
    assert void.value(dataset, VOID.uriSpace) == Literal(BASE + "id/")


def test_browsers_get_html_with_vary_and_nosniff(sample_server: Server) -> None:
    status, headers, body = fetch(local(sample_server, OSLO),
                                  "text/html,application/xhtml+xml,*/*;q=0.8")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert "Accept" in [v.strip() for v in headers.get("Vary", "").split(",")]
    assert headers.get("X-Content-Type-Options") == "nosniff"
    assert "Oslo" in body.decode()


def test_each_format_is_announced_and_reachable_at_its_own_url(sample_server: Server) -> None:
    _, headers, _ = fetch(local(sample_server, OSLO), "text/turtle")
    links = {media: url for url, media in
             re.findall(r'<([^>]+)>; rel="alternate"; type="([^"]+)"', headers.get("Link", ""))}
    assert "text/html" in links
    for accept, parser in RDF_FORMATS.items():
        url = links[accept]
        status, headers, body = fetch(url, "*/*")
        assert status == 200 and headers.get_content_type() == accept
        assert any(OSLO in (s, o) for s, _, o, _ in parse_quads(body, parser).quads())
