"""The committed graph, served: the endpoint's default graph is the RDF merge of the named
graphs, a set. A fact that a release and the reference data both state is one row, as
SPARQLWrapper and rdflib's SPARQL client see it; COUNT(*) and the VoID description count
distinct triples, and VoID gives each named graph its own statistics."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph
import pytest
from harness import REPO, Server, running_server
from harness import select_rows as select
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.stores.sparqlstore import SPARQLStore

GRAPH = REPO / "data" / "graph" / "ltgraph.trig"
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
LT = "https://w3id.org/ltgraph/ontology#"

pytestmark = pytest.mark.skipif(
    not GRAPH.is_file(), reason="data/graph/ltgraph.trig is not built yet (run 'ltgraph build')")


@pytest.fixture(scope="module")
def graph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(GRAPH, tmp_path_factory.mktemp("set")) as server:
        yield server


def committed_quads() -> list[pyoxigraph.Quad]:
    return list(pyoxigraph.parse(path=str(GRAPH), format=pyoxigraph.RdfFormat.TRIG))


def test_summits_stated_by_a_release_and_the_reference_are_one_row_each(
        graph_server: Server) -> None:
    quads = committed_quads()
    typed = [q for q in quads if q.predicate.value.endswith("#type")
             and q.object.value == LT + "Summit"]
    summits = {q.subject.value for q in typed}
    assert len(typed) > len(summits)  # the data does state some summits in several graphs
    rows = select(graph_server, f"SELECT ?s WHERE {{ ?s a <{LT}Summit> }}")
    assert sorted(r["s"] for r in rows) == sorted(summits)  # once each


def test_a_join_over_shared_facts_has_no_repeated_rows(graph_server: Server) -> None:
    rows = select(graph_server, f"""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?summit ?label ?host WHERE {{
          ?summit a <{LT}Summit> ; rdfs:label ?label ; <{LT}hostCity> ?host }}""")
    keys = [(r["summit"], r["label"], r["host"]) for r in rows]
    assert len(keys) == len(set(keys)) > 0


def test_count_star_counts_distinct_triples_through_rdflibs_client(graph_server: Server) -> None:
    distinct = {(q.subject, q.predicate, q.object) for q in committed_quads()}
    store = SPARQLStore(graph_server.sparql, returnFormat="json")
    (row,) = list(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    assert int(row[0]) == len(distinct)


def test_graph_keeps_each_named_graph_apart(graph_server: Server) -> None:
    quads = committed_quads()
    rows = select(graph_server, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                                "GROUP BY ?g")
    per_graph: dict[str, int] = {}
    for quad in quads:
        per_graph[quad.graph_name.value] = per_graph.get(quad.graph_name.value, 0) + 1
    assert {r["g"]: int(r["n"]) for r in rows} == per_graph


def test_void_counts_distinct_triples_and_describes_each_graph(graph_server: Server) -> None:
    quads = committed_quads()
    void = Graph().parse(graph_server.url + ".well-known/void", format="turtle")
    (dataset,) = set(void.subjects(VOID.subset, None))
    distinct = {(q.subject, q.predicate, q.object) for q in quads}
    assert void.value(dataset, VOID.triples) == Literal(len(distinct), datatype=XSD.integer)
    assert int(void.value(dataset, VOID.distinctSubjects)) == len({t[0] for t in distinct})
    subsets = {str(void.value(s, SD.name)): s for s in void.objects(dataset, VOID.subset)}
    assert set(subsets) == {q.graph_name.value for q in quads}
    for name, subset in subsets.items():
        in_graph = [q for q in quads if q.graph_name.value == name]
        assert int(void.value(subset, VOID.triples)) == len(in_graph), name
        assert int(void.value(subset, VOID.distinctSubjects)) == len(
            {q.subject for q in in_graph}), name
    assert URIRef(GRAPH.as_uri()) not in subsets  # nothing but the dataset's own graphs
