"""The embedded store keeps the store contract: rdflib terms out, the union of the named graphs
as default graph, atomic loads (in memory and on disk), descriptions with their graphs, stable
dumps, SERVICE refused before evaluation, and queries that can be killed at their limit."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from ltgraph.store.base import (
    AskResult,
    GraphResult,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    SelectResult,
)
from ltgraph.store.embedded import EmbeddedStore
from ltgraph.store.isolation import IsolatedStore

BASE = "https://w3id.org/ltgraph/"
G1 = BASE + "graph/release/a-20200101-1"
G2 = BASE + "graph/reference"
CITY = URIRef(BASE + "id/city/oslo")
SUMMIT = URIRef(BASE + "id/summit/2020-oslo")
LT = BASE + "ontology#"


def write(path: Path, cities: int = 1) -> Path:
    lines = [f"<{G2}> {{",
             f'  <{CITY}> a <{LT}City> ; <{RDFS.label}> "Oslo"@en, "Oslo"@de .']
    lines += [f'  <{BASE}id/city/c{i}> a <{LT}City> ; <{RDFS.label}> "City {i}"@en .'
              for i in range(1, cities)]
    lines += ["}", f"<{G1}> {{",
              f'  <{SUMMIT}> <{LT}hostCity> <{CITY}> ; <{LT}ordinal> 4 ;',
              f'      <{RDFS.label}> "Summit in Oslo"@en .',
              (f'  <{BASE}id/release/a-20200101-1#ev-000000000001> <{LT}span>'
               f' <{BASE}id/release/a-20200101-1#char=1,2> .'),
              f'  <{BASE}id/release/a-20200101-1> <{LT}sha256> "00ff" .',
              "}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def store(tmp_path: Path) -> EmbeddedStore:
    loaded = EmbeddedStore()
    loaded.load(write(tmp_path / "d.trig"))
    return loaded


def test_the_default_graph_is_the_union_of_the_named_graphs(store: EmbeddedStore) -> None:
    result = store.query(f"SELECT ?label WHERE {{ <{SUMMIT}> <{LT}hostCity> ?c . "
                         f"?c <{RDFS.label}> ?label }}")
    assert isinstance(result, SelectResult)
    assert sorted(result.rows) == [(Literal("Oslo", lang="de"),), (Literal("Oslo", lang="en"),)]


def write_twice_stated(path: Path) -> Path:
    """Two graphs that both state the city's type and label, as a release and the reference
    data do."""
    city = (f'  <{CITY}> a <{LT}City> ; <{RDFS.label}> "Oslo"@en .')
    path.write_text(f"<{G2}> {{\n{city}\n}}\n<{G1}> {{\n{city}\n"
                    f"  <{SUMMIT}> a <{LT}Summit> ; <{LT}hostCity> <{CITY}> .\n}}\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("on_disk", [False, True])
def test_a_triple_two_graphs_state_is_one_triple_of_the_default_graph(
        tmp_path: Path, on_disk: bool) -> None:
    """SPARQL's default graph is the RDF merge of the named graphs: a set, not a bag."""
    store = EmbeddedStore(tmp_path / "store" if on_disk else None)
    store.load(write_twice_stated(tmp_path / "d.trig"))
    if on_disk:  # and still after a restart
        del store
        store = EmbeddedStore(tmp_path / "store")
    cities = store.query(f"SELECT ?c WHERE {{ ?c a <{LT}City> }}")
    assert cities.rows == [(CITY,)]
    count = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert count.rows == [(Literal("4", datatype=XSD.integer),)]  # 2 shared + 2 summit triples
    per_graph = store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?c a <{LT}City> }} }}")
    assert sorted(per_graph.rows) == [(URIRef(G2),), (URIRef(G1),)]  # each graph still says it
    assert store.triple_count() == 6  # statements in the named graphs, as dumped
    assert store.dump("nquads").decode().count("\n") == 6
    assert set(store.graphs()) == {G1, G2}


def test_terms_come_back_as_rdflib_terms_with_their_datatypes(store: EmbeddedStore) -> None:
    result = store.query(f"SELECT ?n ?h WHERE {{ ?s <{LT}ordinal> ?n . "
                         f"?r <{LT}sha256> ?h }}")
    assert result.rows == [(Literal("4", datatype=XSD.integer), Literal("00ff"))]


def test_the_protocol_dataset_restricts_the_graphs(store: EmbeddedStore) -> None:
    query = f"ASK {{ ?s <{RDFS.label}> ?o }}"
    assert store.query(query, default_graph_uris=[G1]).value is True
    assert store.query(f"ASK {{ <{CITY}> ?p ?o }}", default_graph_uris=[G1]).value is False
    assert store.query(query, named_graph_uris=[G2]).value is False  # default graph empty
    assert store.query("ASK { ?s ?p ?o }", default_graph_uris=["http://unknown/"]).value is False


def test_construct_and_describe_give_graphs_and_asks_booleans(store: EmbeddedStore) -> None:
    built = store.query(f"CONSTRUCT {{ ?s <{LT}hostCity> ?o }} WHERE {{ ?s <{LT}hostCity> ?o }}")
    assert isinstance(built, GraphResult) and built.form == "CONSTRUCT"
    assert set(built.graph) == {(SUMMIT, URIRef(LT + "hostCity"), CITY)}
    described = store.query(f"DESCRIBE <{CITY}>")
    assert isinstance(described, GraphResult) and described.form == "DESCRIBE"
    assert isinstance(store.query("ASK {}"), AskResult)


def test_a_row_cap_cuts_and_says_so(store: EmbeddedStore) -> None:
    result = store.query("SELECT * WHERE { ?s ?p ?o }", max_rows=2)
    assert len(result.rows) == 2 and result.truncated
    assert not store.query("SELECT * WHERE { ?s ?p ?o }", max_rows=100).truncated


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE SILENT <http://127.0.0.1:9/> { ?s ?p ?o } } }",
])
def test_service_is_refused_before_evaluation(store: EmbeddedStore, query: str) -> None:
    with pytest.raises(QueryRefused, match="SERVICE"):
        store.query(query)


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "select * { ?s ?p ?o .service silent ?x { ?s ?p ?o } }",
    "SELECT * { FILTER(?a<?b) SeRvIcE <http://127.0.0.1:9/> { ?s ?p ?o } }",
])
def test_the_servers_own_queries_never_reach_service_either(store: EmbeddedStore,
                                                           query: str) -> None:
    with pytest.raises(QueryRefused, match="SERVICE"):
        store.own_query(query)


def test_the_servers_own_queries_answer_as_queries_do(store: EmbeddedStore) -> None:
    """Given a page's own query (its prefixes name sparql-service-description), the rows are
    those of the guarded path, without its parse."""
    text = ("PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> "
            f"SELECT ?city WHERE {{ ?city a <{LT}City> }}")
    own = store.own_query(text)
    assert own.rows == store.query(text).rows and len(own.rows) == 1
    assert store.own_query(f"SELECT ?c WHERE {{ ?c a <{LT}City> }}", max_rows=0).truncated


def test_the_servers_own_rows_as_text_are_the_text_of_the_terms(store: EmbeddedStore) -> None:
    """Given a SELECT of IRIs, typed and tagged literals, a blank node and an unbound
    variable, the text rows hold each bound value's text (what ``str`` of the rdflib term
    says), as the store's generic answer does, and leave the unbound one out."""
    text = (f"SELECT ?s ?p ?o ?b ?none WHERE {{ ?s ?p ?o . BIND(BNODE(\"x\") AS ?b) "
            f"OPTIONAL {{ ?s <{LT}nothing> ?none }} }} ORDER BY ?s ?p ?o")
    own = store.own_select_text(text)
    expected = [{name: str(value) for name, value in row.items() if name != "b"}
                for row in store.own_query(text).bindings()]
    assert [{k: v for k, v in row.items() if k != "b"} for row in own] == expected
    assert {"4", "Summit in Oslo", "00ff", str(CITY)} <= {row["o"] for row in own}
    assert all(row["b"] and "none" not in row for row in own)
    assert len(store.own_select_text(text, max_rows=2)) == 2
    with pytest.raises(QueryRefused, match="SERVICE"):
        store.own_select_text("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")


@pytest.mark.parametrize("query, error", [
    ("SELEC * {}", QuerySyntaxError),
    ("SELECT * {" * 80, QuerySyntaxError),
    ("CLEAR ALL", QueryRefused),
])
def test_bad_queries_raise_the_contract_errors(store: EmbeddedStore, query: str, error) -> None:
    with pytest.raises(error):
        store.query(query)


def test_describe_gives_statements_with_graphs_fragments_incoming_links_and_labels(
        store: EmbeddedStore) -> None:
    city = store.describe(str(CITY))
    assert (SUMMIT, URIRef(LT + "hostCity"), CITY, URIRef(G1)) in city.incoming
    assert (CITY, RDFS.label, Literal("Oslo", lang="en"), URIRef(G2)) in city.outgoing
    assert (SUMMIT, RDFS.label, Literal("Summit in Oslo", lang="en"), URIRef(G1)) in city.labels
    release = store.describe(BASE + "id/release/a-20200101-1")
    subjects = {str(q[0]) for q in release.outgoing}
    assert BASE + "id/release/a-20200101-1#ev-000000000001" in subjects
    assert not store.describe(BASE + "id/city/atlantis")
    assert not store.describe("not an iri")


def test_dumps_are_complete_and_stable(store: EmbeddedStore, tmp_path: Path) -> None:
    nquads = store.dump("nquads")
    assert nquads == store.dump("nquads")
    source, dumped = Dataset(), Dataset()
    source.parse(tmp_path / "d.trig", format="trig")
    dumped.parse(data=store.dump("trig"), format="trig")
    assert sorted(source.quads()) == sorted(dumped.quads())
    assert store.triple_count() == len(nquads.splitlines()) == 8
    assert store.graphs() == sorted([G1, G2])


def test_a_load_replaces_everything_and_readers_never_see_half(tmp_path: Path) -> None:
    small, big = write(tmp_path / "small.trig", 1), write(tmp_path / "big.trig", 3000)
    store = EmbeddedStore()
    store.load(small)
    counts: set[int] = set()
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            counts.add(len(store.query(f"SELECT ?c WHERE {{ ?c a <{LT}City> }}").rows))

    reader = threading.Thread(target=read)
    reader.start()
    for _ in range(3):
        store.load(big)
        store.load(small)
    stop.set()
    reader.join()
    assert counts <= {1, 3000}


def test_an_on_disk_store_survives_a_restart_and_reloads_atomically(tmp_path: Path) -> None:
    path = tmp_path / "store"
    first = EmbeddedStore(path)
    assert first.is_empty()
    first.load(write(tmp_path / "d.trig", 5))
    assert first.triple_count() == 16
    del first
    reopened = EmbeddedStore(path)
    assert reopened.triple_count() == 16
    reopened.load(write(tmp_path / "e.trig", 1))
    assert reopened.triple_count() == 8
    assert len(list(path.glob("gen-*"))) == 1  # the old generation is gone


def test_a_bad_dataset_names_the_file_and_leaves_the_store_as_it_was(store: EmbeddedStore,
                                                                     tmp_path: Path) -> None:
    bad = tmp_path / "bad.trig"
    bad.write_text("<http://a> <http://b> .", encoding="utf-8")
    with pytest.raises(Exception, match="bad.trig"):
        store.load(bad)
    assert store.triple_count() == 8


def test_isolated_queries_are_killed_at_the_limit_and_the_pool_recovers(
        store: EmbeddedStore) -> None:
    isolated = IsolatedStore(store, workers=1, timeout_s=1.0)
    try:
        pids = isolated.worker_pids()
        started = time.monotonic()
        with pytest.raises(QueryTimeout, match="stopped"):
            isolated.query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
                           "?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?t ?u ?v . ?w ?x ?y }")
        assert time.monotonic() - started < 2.0
        killed = set(pids) - set(isolated.worker_pids())
        assert len(killed) == 1  # the worker that ran it, replaced
        assert not Path(f"/proc/{killed.pop()}").exists()
        assert len(isolated.worker_pids()) == len(pids)
        assert isolated.query("ASK { ?s ?p ?o }").value is True
        with pytest.raises(QueryRefused):
            isolated.query("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    finally:
        isolated.close()


def test_on_disk_the_query_workers_start_apart_from_the_server_and_follow_each_load(
        tmp_path: Path) -> None:
    """Given an on-disk store, its query workers are not forks of the process that holds it
    (they open the store themselves, so they share none of that process's heap); they answer,
    a runaway query is still killed and its worker replaced, and after a load the new workers
    read the new generation."""
    import os

    inner = EmbeddedStore(tmp_path / "store")
    inner.load(write(tmp_path / "d.trig", 5))
    isolated = IsolatedStore(inner, workers=1, own_workers=1, timeout_s=30.0)
    try:
        pids = isolated.worker_pids()
        parents = {int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
                   for pid in pids}
        assert len(pids) == 2 and os.getpid() not in parents
        count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
        assert int(isolated.client_query(count).rows[0][0]) == 16
        with pytest.raises(QueryTimeout, match="stopped"):
            isolated.client_query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
                                  "?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?t ?u ?v . ?w ?x ?y }",
                                  timeout_s=1.0)
        assert len(set(pids) - set(isolated.worker_pids())) == 1
        assert len(isolated.worker_pids()) == 2
        isolated.load(write(tmp_path / "e.trig", 1))
        assert int(isolated.query(count).rows[0][0]) == 8
        assert int(isolated.client_query(count).rows[0][0]) == 8
    finally:
        isolated.close()
