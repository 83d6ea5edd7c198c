"""Hostile clients, protocol level: given the real server, requests that are malformed on
purpose are client errors (4xx with a short message), never a 500, never a lossy guess at what
was meant, and never a link built from a broken Host header.
"""

from __future__ import annotations

import http.client
import json
import urllib.parse

import pytest
from harness import Server, no_traceback
from rdflib import Graph, URIRef
from test_sparql_safety import call, query

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
SD_ENDPOINT = URIRef("http://www.w3.org/ns/sparql-service-description#endpoint")


def raw(server: Server, method: str, target: str, headers: dict[str, str],
        body: bytes = b"") -> tuple[int, dict[str, str], bytes]:
    """One request exactly as written (Host header included), read to the end."""
    url = urllib.parse.urlparse(server.url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        for name, value in headers.items():
            conn.putheader(name, value)
        if body:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body or None)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_an_unknown_function_iri_is_a_400_that_names_it(sample_server: Server) -> None:
    status, _, body = query(sample_server,
                            "SELECT ?x WHERE { BIND(<http://example.org/fn>(1) AS ?x) }")
    assert status == 400, body
    assert b"http://example.org/fn" in body
    assert no_traceback(body.decode())


def test_the_xsd_casts_of_sparql_are_still_functions(sample_server: Server) -> None:
    status, _, body = query(sample_server, "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                                           'SELECT ?x WHERE { BIND(xsd:integer("42") AS ?x) }')
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"][0]["x"]["value"] == "42"


@pytest.mark.parametrize("name", ["default-graph-uri", "named-graph-uri"])
@pytest.mark.parametrize("iri", ["not an iri <>", "http://a/%zz", "relative/path", ""])
def test_a_protocol_dataset_that_is_not_an_iri_is_a_400(sample_server: Server, name: str,
                                                        iri: str) -> None:
    status, _, body = query(sample_server, "SELECT * WHERE { ?s ?p ?o }", **{name: iri})
    assert status == 400, body
    assert name.encode() in body
    status, _, _ = call(sample_server, "POST", body=urllib.parse.urlencode(
        {"query": "ASK {}", name: iri}).encode(), headers=FORM)
    assert status == 400


def test_head_on_a_query_answers_like_get_without_a_body(sample_server: Server) -> None:
    target = "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    host = urllib.parse.urlparse(sample_server.url).netloc
    accept = {"Host": host, "Accept": "application/sparql-results+json"}
    status, headers, body = raw(sample_server, "HEAD", target, accept)
    got, got_headers, got_body = raw(sample_server, "GET", target, accept)
    assert (status, got) == (200, 200)
    assert body == b"" and json.loads(got_body)["boolean"] is True
    assert headers["Content-Type"] == got_headers["Content-Type"]


@pytest.mark.parametrize("body", [
    b"query=ASK%20%7B%7D%ZZ",          # '%' without two hex digits
    b"query=ASK%20%7B%7D%",             # '%' at the end
    b"query=ASK%20%7B%20%22%FF%22%7D",  # percent-encodes a byte that is not UTF-8
    b"query=ASK%20%7B%20%22\xff%22%7D",  # a raw byte that is not UTF-8
    b"query=ASK+{}&named-graph-uri=%C3%28",
])
def test_a_form_body_is_decoded_strictly_or_refused(sample_server: Server, body: bytes) -> None:
    status, _, answer = call(sample_server, "POST", body=body, headers=FORM)
    assert status == 400, answer
    assert b"percent-encoding" in answer or b"UTF-8" in answer


def test_the_url_is_decoded_as_strictly_as_a_form(sample_server: Server) -> None:
    host = urllib.parse.urlparse(sample_server.url).netloc
    status, _, body = raw(sample_server, "GET", "/sparql?query=ASK%20%7B%22%FF%22%7D",
                          {"Host": host})
    assert status == 400 and b"UTF-8" in body


def test_a_strictly_decoded_form_keeps_every_character_it_was_sent(sample_server: Server) -> None:
    sparql = 'SELECT ?x WHERE { BIND("%41 + \u00fc\u0142 100%" AS ?x) }'
    status, _, body = call(sample_server, "POST", body=urllib.parse.urlencode(
        {"query": sparql}).encode(), headers={**FORM, "Accept": "application/sparql-results+json"})
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"][0]["x"]["value"] == "%41 + \u00fc\u0142 100%"


@pytest.mark.parametrize("text", ["", "   \n\t", "# only a comment\n", "\n# one\n# two"])
def test_an_empty_query_is_called_empty(sample_server: Server, text: str) -> None:
    answers = [
        query(sample_server, text),
        call(sample_server, "POST", body=text.encode(),
             headers={"Content-Type": "application/sparql-query"}),
        call(sample_server, "POST", body=urllib.parse.urlencode({"query": text}).encode(),
             headers=FORM),
    ]
    for status, _, body in answers:
        assert status == 400
        assert b"empty query" in body
        assert b"Update" not in body


@pytest.mark.parametrize("host", ["", "a b", "x/y", "[::1", "evil.example:port", "@", "a\tb"])
def test_a_malformed_host_header_never_becomes_an_endpoint_iri(sample_server: Server,
                                                               host: str) -> None:
    status, _, body = raw(sample_server, "GET", "/sparql", {"Host": host,
                                                            "Accept": "text/turtle"})
    if status == 200:  # answered: then with a real endpoint IRI, never http:///sparql
        graph = Graph().parse(data=body, format="turtle")
        endpoints = {str(o) for o in graph.objects(None, SD_ENDPOINT)}
        assert all(urllib.parse.urlparse(e).hostname for e in endpoints), endpoints
    else:
        assert status == 400, body
        assert no_traceback(body.decode("utf-8", "replace"))


def test_a_well_formed_host_header_names_the_endpoint(sample_server: Server) -> None:
    status, _, body = raw(sample_server, "GET", "/sparql", {"Host": "example.org:8080",
                                                            "Accept": "text/turtle"})
    assert status == 200
    graph = Graph().parse(data=body, format="turtle")
    assert {str(o) for o in graph.objects(None, SD_ENDPOINT)} == {
        "http://example.org:8080/sparql"}


@pytest.mark.parametrize("call_text", [
    "<bif:file_to_string>('/etc/hostname')",
    "<sql:select>(1)",
    "<java:java.lang.Runtime.exec>('id')",
    "<http://jena.apache.org/ARQ/function#js>('1')",
    "<http://www.w3.org/2005/xpath-functions#doc>('file:///etc/passwd')",
    "<http://www.w3.org/2001/XMLSchema#anyURI>('x')",  # an XSD type the engine cannot cast to
])
def test_only_the_sparql_functions_and_the_xsd_casts_can_be_called(sample_server: Server,
                                                                   call_text: str) -> None:
    for sparql in (f"SELECT ?x WHERE {{ BIND({call_text} AS ?x) }}",
                   f"ASK {{ FILTER({call_text}) }}",
                   f"SELECT ({call_text} AS ?x) WHERE {{}} ORDER BY {call_text}"):
        status, _, body = query(sample_server, sparql)
        assert status == 400, (sparql, body)
        assert b"unknown function" in body
