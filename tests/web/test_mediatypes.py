"""Content negotiation and the result writers, as tables of cases (no server needed)."""

from __future__ import annotations

import csv
import io

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result

from ltgraph.web import mediatypes as mt

RESULTS = mt.RESULT_TYPES
GRAPHS = mt.GRAPH_TYPES


@pytest.mark.parametrize("offers, accept, override, expected", [
    (RESULTS, None, None, mt.SPARQL_JSON),
    (RESULTS, "*/*", None, mt.SPARQL_JSON),
    (RESULTS, "application/*", None, mt.SPARQL_JSON),
    (RESULTS, "application/sparql-results+json;q=0.9, text/csv;q=1", None, mt.CSV),
    (RESULTS, "application/sparql-results+json;q=0, */*;q=0.1", None, mt.SPARQL_XML),
    (RESULTS, "text/tab-separated-values", None, mt.TSV),
    (RESULTS, "application/sparql-results+xml, text/*;q=0.5", None, mt.SPARQL_XML),
    (RESULTS, "image/png", None, None),
    (RESULTS, "text/turtle", None, None),
    (RESULTS, "text/turtle", "csv", mt.CSV),
    (RESULTS, None, "nonsense", None),
    (GRAPHS, None, None, mt.TURTLE),
    (GRAPHS, "application/ld+json", None, mt.JSONLD),
    (GRAPHS, "application/rdf+xml;q=0.8, application/n-triples", None, mt.NTRIPLES),
    (GRAPHS, "text/plain", None, mt.NTRIPLES),
    (GRAPHS, "application/sparql-results+json", None, None),
    (GRAPHS, "*/*", "nq", mt.NQUADS),
    (mt.DOCUMENT_TYPES, "text/html,application/xhtml+xml,*/*;q=0.8", None, mt.HTML),
    (mt.DOCUMENT_TYPES, "text/turtle;q=1, text/html;q=0.5", None, mt.TURTLE),
])
def test_negotiation_picks_what_the_client_wants_most(offers, accept, override, expected):
    assert mt.negotiate(offers, accept, override) is expected


W3C_CORNER_CASES = [  # the literal forms of the W3C csv03/tsv03 tests
    Literal("1", datatype=XSD.string),
    Literal("2.2", datatype=XSD.decimal),
    Literal("-3", datatype=XSD.negativeInteger),
    Literal("4,4"),
    Literal("5,5", datatype=URIRef("http://example.org/myCustomDatatype")),
    Literal("1.0E6", datatype=XSD.double, normalize=False),
    Literal("a7", datatype=XSD.hexBinary, normalize=False),
    Literal('say "hi"\nthen\tgo', lang="en"),
]


@pytest.mark.parametrize("media", [mt.SPARQL_JSON, mt.SPARQL_XML, mt.TSV])
def test_every_result_format_parses_back_to_the_same_terms(media):
    rows = [(URIRef(f"http://example.org/s{i}"), term) for i, term in
            enumerate(W3C_CORNER_CASES)] + [(URIRef("http://example.org/unbound"), None)]
    body = mt.write_select(media, ["s", "o"], rows, truncated=False)
    rdflib_format = {"application/sparql-results+json": "json",
                     "application/sparql-results+xml": "xml",
                     "text/tab-separated-values": "tsv"}[media.mime]
    parsed = Result.parse(io.BytesIO(body), format=rdflib_format)
    back = [(row[0], row[1]) for row in parsed]
    assert len(back) == len(rows)
    for (s, o), (s2, o2) in zip(rows, back):
        assert s == s2
        if o is None:
            assert o2 is None
        else:
            assert (str(o), o.language, o.datatype if o.datatype != XSD.string else None) == \
                (str(o2), o2.language, o2.datatype if o2.datatype != XSD.string else None) or \
                o.eq(o2)


def test_csv_writes_lexical_forms_and_quotes_what_needs_it():
    body = mt.write_select(mt.CSV, ["s", "o"],
                           [(URIRef("http://example.org/s"), t) for t in W3C_CORNER_CASES],
                           truncated=False).decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["s", "o"]
    assert [r[1] for r in rows[1:]] == [str(t) for t in W3C_CORNER_CASES]


def test_tsv_writes_plain_numbers_only_for_valid_lexical_forms():
    body = mt.write_select(mt.TSV, ["o"], [(Literal(4),), (Literal("x", datatype=XSD.integer),)],
                           truncated=False).decode().splitlines()
    assert body == ["?o", "4", '"x"^^<http://www.w3.org/2001/XMLSchema#integer>']


def test_a_cut_json_result_says_so_in_its_head():
    body = mt.write_select(mt.SPARQL_JSON, ["x"], [(Literal(1),)], truncated=True)
    assert b'"truncated": true' in body


@pytest.mark.parametrize("media", GRAPHS)
def test_every_graph_format_parses_back_to_the_same_graph(media):
    triples = [(URIRef("http://example.org/a"), URIRef("http://example.org/p"), t)
               for t in W3C_CORNER_CASES if t.datatype != XSD.double]
    body = mt.write_graph(media, triples)
    if media in (mt.TRIG, mt.NQUADS, mt.JSONLD):
        from rdflib import Dataset
        parsed = Dataset()
        parsed.parse(data=body, format=media.rdflib_format)
        got = {(s, p, o) for s, p, o, _ in parsed.quads()}
    else:
        got = set(Graph().parse(data=body, format=media.rdflib_format))
    assert {(s, p, str(o)) for s, p, o in got} == {(s, p, str(o)) for s, p, o in triples}


def _statements_of_one_description():
    """Statements as a description gives them: some twice, one triple in two graphs, some in
    the default graph, blank nodes, literals with languages, datatypes, escapes and non-ASCII
    text, in no order."""
    from rdflib import BNode
    ex = "http://example.org/"
    g1, g2 = URIRef(ex + "g1"), URIRef(ex + "g2")
    a, p, q = URIRef(ex + "a"), URIRef(ex + "p"), URIRef(ex + "q")
    node = BNode("b1")
    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    quads = [(a, p, term, g1) for term in W3C_CORNER_CASES]
    name = Literal("Düsseldorf", lang="de")
    quads += [(a, q, name, g2), (a, q, name, g1), (node, p, a, None),
              (a, rdf_type, URIRef("https://w3id.org/ltgraph/ontology#City"), g2),
              (a, p, node, g2), (a, q, Literal("Zürich"), None), (a, p, W3C_CORNER_CASES[0], g1)]
    return list(reversed(quads))


def _reference_bytes(media, quads):
    """A format's bytes as each was written on its own before descriptions were ordered once:
    each statement once, sorted by the N3 text of graph, subject, predicate and object."""
    import pyoxigraph as ox

    from ltgraph.formats.rdf import to_oxigraph
    from ltgraph.terms import PREFIXES
    syntax = mt.SYNTAX_OF_MEDIA[media.short]
    unique = {(s, p, o, g if syntax.dataset else None) for s, p, o, g in quads}
    ordered = sorted(unique, key=lambda x: tuple("" if t is None else t.n3()
                                                 for t in (x[3], x[0], x[1], x[2])))
    if syntax.dataset:
        items = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o),
                         ox.DefaultGraph() if g is None else to_oxigraph(g))
                 for s, p, o, g in ordered]
    else:
        items = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
                 for s, p, o, _ in ordered]
    prefixes = PREFIXES if media in (mt.TURTLE, mt.TRIG, mt.RDFXML) else None
    return ox.serialize(items, format=syntax.oxigraph, prefixes=prefixes)


def test_one_description_ordered_once_gives_every_format_the_bytes_of_each_written_alone():
    from ltgraph.formats.rdf import Statements
    quads = _statements_of_one_description()
    statements = Statements(quads)  # shared by all six, as for a hub's documents
    for media in GRAPHS:
        body = mt.write_quads(media, statements)
        assert body == mt.write_quads(media, iter(quads)), media.short
        if media is not mt.JSONLD:
            assert body == _reference_bytes(media, quads), media.short


def test_json_ld_is_laid_out_as_the_standard_library_indents_it():
    import json
    body = mt.write_quads(mt.JSONLD, _statements_of_one_description()).decode("utf-8")
    assert body == json.dumps(json.loads(body), ensure_ascii=False, indent=1)
    assert '"Düsseldorf"' in body and "\\n" in body  # non-ASCII as is, escapes escaped
