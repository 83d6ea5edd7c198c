"""The canonical TriG writer: every dataset reads back as itself, and the bytes never vary."""

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from ltgraph.formats.trig import dumps, iri_text
from ltgraph.terms import LT, SCHEMA, resource

G1 = "https://w3id.org/ltgraph/graph/release/duesseldorf-20190901-318"
G2 = "https://w3id.org/ltgraph/graph/reference"


def sample_graphs() -> dict[str, Graph]:
    city = resource("city", "duesseldorf")
    summit = resource("summit", "2019-duesseldorf")
    release = resource("release", "duesseldorf-20190901-318")
    a, b = Graph(), Graph()
    a.add((city, RDF.type, LT.City))
    a.add((city, RDFS.label, Literal("Düsseldorf", lang="de")))
    a.add((summit, LT.ordinal, Literal(2)))
    a.add((summit, SCHEMA.startDate, Literal("2019-08-30", datatype=XSD.date)))
    a.add((release, SCHEMA.headline, Literal('a "quoted"\nline\\ with tab\t', lang="en")))
    a.add((URIRef(f"{release}#char=10,20"), LT.charStart, Literal(10)))
    b.add((city, SCHEMA.name, Literal("plain string")))
    b.add((URIRef("http://example.org/a?b=c&d#e"), RDFS.label, Literal("x")))
    return {G1: a, G2: b}


def test_given_a_dataset_the_trig_text_reads_back_as_the_same_graphs():
    text = dumps(sample_graphs())
    ds = Dataset()
    ds.parse(data=text, format="trig")
    for name, graph in sample_graphs().items():
        assert isomorphic(ds.graph(URIRef(name)), graph), name


def test_given_the_same_triples_in_another_order_the_bytes_are_the_same():
    graphs = sample_graphs()
    shuffled = {}
    for name in reversed(list(graphs)):
        g = Graph()
        for triple in sorted(graphs[name], reverse=True):
            g.add(triple)
        shuffled[name] = g
    assert dumps(graphs) == dumps(shuffled)


def test_an_invalid_iri_is_refused_not_mangled():
    g = Graph()
    g.add((URIRef("http://example.org/odd>iri"), RDFS.label, Literal("x")))
    with pytest.raises(ValueError, match="not a valid IRI"):
        dumps({G2: g})


def test_iris_of_our_resources_are_abbreviated_with_one_prefix_per_kind():
    assert iri_text(str(resource("city", "duesseldorf"))) == "city:duesseldorf"
    assert iri_text(str(resource("partner-role", "main-sponsor"))) == "partnerrole:main-sponsor"
    assert iri_text(G1 + "#char=1,2").startswith("<")


def test_the_w3c_org_prefix_keeps_its_meaning():
    assert iri_text("http://www.w3.org/ns/org#member") == "org:member"
    assert iri_text(str(resource("org", "oecd"))) == "organisation:oecd"
