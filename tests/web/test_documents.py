"""The committed graph, served: documents a linked-data client can read as they are.

- A resource document is one graph in every format: its JSON-LD (compacted, with an inline
  ``@context``) holds exactly the triples of its Turtle, read by rdflib as a plain graph and by
  a JSON-LD processor; ``Accept: application/json`` gets the same. Which graph states what stays
  in its TriG and N-Quads.
- A person's document states the role and the organisation of each of their mandates.
- The dumps carry an ETag and Last-Modified, answer a conditional GET with 304, and come
  gzip-compressed to a client that accepts it.
"""

from __future__ import annotations

import gzip
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message

import pytest
from harness import REPO, Server, running_server
from pyld import jsonld
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

GRAPH = REPO / "data" / "graph" / "ltgraph.trig"
BASE = "https://w3id.org/ltgraph/"
LT = "https://w3id.org/ltgraph/ontology#"
ORG = "http://www.w3.org/ns/org#"
DOCUMENTS = ["id/summit/2019-duesseldorf", "id/person/thomas-geisel", "id/city/duesseldorf",
             "id/release/duesseldorf-20190901-318", "id/org/international-observatory-of-mayors-"
             "on-living-together"]

pytestmark = pytest.mark.skipif(
    not GRAPH.is_file(), reason="data/graph/ltgraph.trig is not built yet (run 'ltgraph build')")


@pytest.fixture(scope="module")
def graph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(GRAPH, tmp_path_factory.mktemp("documents")) as server:
        yield server


def fetch(url: str, headers: dict[str, str]) -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def triples_of(body: bytes, rdflib_format: str) -> set[tuple[object, object, object]]:
    return set(Graph().parse(data=body, format=rdflib_format))


@pytest.mark.parametrize("path", DOCUMENTS)
def test_the_json_ld_of_a_resource_is_the_graph_of_its_turtle(graph_server: Server,
                                                              path: str) -> None:
    turtle = triples_of(fetch(graph_server.url + path, {"Accept": "text/turtle"})[2], "turtle")
    status, headers, body = fetch(graph_server.url + path, {"Accept": "application/ld+json"})
    assert status == 200 and headers.get_content_type() == "application/ld+json"
    document = json.loads(body)
    assert isinstance(document["@context"], dict)  # inline: nothing to fetch
    assert document["@context"]["lt"] == LT
    assert "@graph" in document and all("@graph" not in node for node in document["@graph"])
    assert len(turtle) > 10
    assert triples_of(body, "json-ld") == turtle


@pytest.mark.parametrize("path", DOCUMENTS[:3])
def test_a_json_ld_processor_reads_the_same_triples(graph_server: Server, path: str) -> None:
    turtle = triples_of(fetch(graph_server.url + path, {"Accept": "text/turtle"})[2], "turtle")
    body = fetch(graph_server.url + path, {"Accept": "application/ld+json"})[2]

    def no_fetching(url: str, options: object = None) -> None:
        raise AssertionError(f"the document made the processor fetch {url}")

    nquads = jsonld.to_rdf(json.loads(body), {"format": "application/n-quads",
                                              "documentLoader": no_fetching})
    assert triples_of(nquads.encode(), "nt") == turtle
    compacted = jsonld.compact(json.loads(body), json.loads(body)["@context"],
                               {"documentLoader": no_fetching})
    assert compacted["@context"]["schema"] == "https://schema.org/"


def test_accept_application_json_gets_the_json_ld(graph_server: Server) -> None:
    url = graph_server.url + DOCUMENTS[0]
    status, headers, body = fetch(url, {"Accept": "application/json"})
    assert status == 200 and headers.get_content_type() == "application/ld+json"
    assert body == fetch(url, {"Accept": "application/ld+json"})[2]


def test_trig_and_n_quads_still_say_which_graph_states_what(graph_server: Server) -> None:
    url = graph_server.url + "id/summit/2019-duesseldorf"
    for accept, parser in (("application/trig", "trig"), ("application/n-quads", "nquads")):
        dataset = Dataset()
        dataset.parse(data=fetch(url, {"Accept": accept})[2], format=parser)
        graphs = {str(g) for _, _, _, g in dataset.quads() if g is not None}
        assert BASE + "graph/reference" in graphs
        assert BASE + "graph/release/duesseldorf-20190901-318" in graphs


def test_a_persons_document_states_role_and_organisation_of_each_mandate(
        graph_server: Server) -> None:
    person = URIRef(BASE + "id/person/thomas-geisel")
    body = fetch(graph_server.url + "id/person/thomas-geisel", {"Accept": "text/turtle"})[2]
    graph = Graph().parse(data=body, format="turtle")
    mandates = set(graph.subjects(URIRef(ORG + "member"), person))
    assert mandates
    for mandate in mandates:
        assert (mandate, RDF.type, URIRef(LT + "Mandate")) in graph
        role = graph.value(mandate, URIRef(ORG + "role"))
        organisation = graph.value(mandate, URIRef(ORG + "organization"))
        assert role is not None and organisation is not None, mandate
        assert graph.value(role, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))
        assert organisation == URIRef(BASE + "id/city/duesseldorf")
        assert graph.value(organisation, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))


@pytest.mark.parametrize("name, parser", [("ltgraph.trig", "trig"), ("ltgraph.nq", "nquads")])
def test_dumps_have_validators_answer_conditional_gets_and_come_gzipped(
        graph_server: Server, name: str, parser: str) -> None:
    url = graph_server.url + "dumps/" + name
    status, headers, body = fetch(url, {"Accept-Encoding": "identity"})
    assert status == 200 and headers.get("Content-Encoding") is None
    etag, modified = headers.get("ETag"), headers.get("Last-Modified")
    assert etag and modified and "Accept-Encoding" in headers.get("Vary", "")
    assert fetch(url, {"If-None-Match": etag, "Accept-Encoding": "identity"})[0] == 304
    assert fetch(url, {"If-Modified-Since": modified, "Accept-Encoding": "identity"})[0] == 304
    assert fetch(url, {"If-None-Match": '"something-else"',
                       "Accept-Encoding": "identity"})[0] == 200
    status, zipped_headers, zipped = fetch(url, {"Accept-Encoding": "gzip"})
    assert status == 200 and zipped_headers.get("Content-Encoding") == "gzip"
    assert zipped_headers.get("ETag") != etag  # another representation, another tag
    assert gzip.decompress(zipped) == body and len(zipped) < len(body) / 3
    assert fetch(url, {"If-None-Match": zipped_headers["ETag"],
                       "Accept-Encoding": "gzip"})[0] == 304
    served = Dataset()
    served.parse(data=body, format=parser)
    source = Dataset()
    source.parse(GRAPH, format="trig")
    assert len(list(served.quads())) == len(list(source.quads()))  # the whole dataset
