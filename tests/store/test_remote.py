"""The remote store against a real Virtuoso open-source server (see ``conftest.py``).

Given a dataset pushed with ``ltgraph push``, Virtuoso must answer exactly as the embedded store
does: the competency questions, the named graphs with every literal's datatype and language,
the descriptions behind the pages, and the network graphs. Pushing is idempotent and replaces
each graph as a unit; the server started with ``--backend URL`` answers over HTTP with the same
safety checks as over the embedded store.
"""

from __future__ import annotations

import csv
import hashlib
import http.client
import io
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from server_process import ltgraph_server

from ltgraph.formats.sparql_results import term_of_json
from ltgraph.push import run_push
from ltgraph.store.base import (
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    SelectResult,
    StoreError,
)
from ltgraph.store.embedded import EmbeddedStore
from ltgraph.store.remote import GRAPH_CACHE_SECONDS, RemoteStore
from ltgraph.store.remote_client import Credentials, check_endpoint_url
from ltgraph.store.remote_load import read_dataset_graphs

pytestmark = pytest.mark.virtuoso

REPO = Path(__file__).resolve().parents[2]
SHARED = (REPO / ".." / "shared").resolve()
CQ_DIR = SHARED / "cq"
SEED_FACTS = Path(__file__).resolve().parent / "data" / "seed-facts.trig"
BUILT_GRAPH = REPO / "data" / "graph" / "ltgraph.trig"
RELEASE_GRAPH = "https://w3id.org/ltgraph/graph/release/duesseldorf-20190901-318"
REFERENCE_GRAPH = "https://w3id.org/ltgraph/graph/reference"
QUESTIONS = sorted(CQ_DIR.glob("*.rq")) if CQ_DIR.is_dir() else []


# ------------------------------------------------------------------------------ helpers
def push(virtuoso: object, env: dict[str, str], dataset: Path, *options: str,
         via: str = "graph-store") -> subprocess.CompletedProcess[str]:
    """``ltgraph push`` as a user runs it (a process of its own), loading through the Graph
    Store Protocol (``via="graph-store"``) or SPARQL Update (``via="update"``)."""
    target = (["--graph-store", virtuoso.graph_store] if via == "graph-store"  # type: ignore[attr-defined]
              else ["--update-endpoint", virtuoso.auth_endpoint])  # type: ignore[attr-defined]
    command = [sys.executable, "-m", "ltgraph.cli", "push",
               "--endpoint", virtuoso.endpoint, *target,  # type: ignore[attr-defined]
               "--input", str(dataset), *options]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300,
                          check=False)


def push_here(virtuoso: object, env: dict[str, str], dataset: Path, *, prune: bool = False,
              via: str = "graph-store") -> tuple[int, str, str]:
    """The same push in this process (what the command runs, without a Python start-up):
    exit status, output, errors."""
    out, err = io.StringIO(), io.StringIO()
    status = run_push(dataset, virtuoso.endpoint, environ=env, prune=prune,  # type: ignore[attr-defined]
                      graph_store=virtuoso.graph_store if via == "graph-store" else None,  # type: ignore[attr-defined]
                      update_endpoint=virtuoso.auth_endpoint if via == "update" else None,  # type: ignore[attr-defined]
                      out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def reader(virtuoso: object) -> RemoteStore:
    """An anonymous reader of the store, as the server is."""
    return RemoteStore(virtuoso.endpoint, credentials=None)  # type: ignore[attr-defined]


def embedded(dataset: Path) -> EmbeddedStore:
    store = EmbeddedStore()
    store.load(dataset)
    return store


def rows_of(result: object) -> set[tuple[object, ...]]:
    assert isinstance(result, SelectResult)
    return set(result.rows)


def expected_rows(question: Path) -> tuple[list[str], set[tuple[str, ...]]]:
    with question.with_suffix(".csv").open(newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    return header, {tuple(row) for row in rows}


def lexical(rows: set[tuple[object, ...]]) -> set[tuple[str, ...]]:
    return {tuple("" if term is None else str(term) for term in row) for row in rows}


def snapshot(store: RemoteStore) -> dict[str, str]:
    """Graph IRI -> SHA-256 of its sorted N-Quads, as the store holds it now."""
    store.forget_graphs()  # a fresh look, not the few-seconds cache
    lines: dict[str, list[str]] = {}
    for line in store.dump("nquads").decode("utf-8").splitlines():
        graph = line.rsplit(" ", 2)[-2]
        lines.setdefault(graph, []).append(line)
    return {g: hashlib.sha256("\n".join(ls).encode()).hexdigest() for g, ls in lines.items()}


COUNT_STATEMENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def statements_in_default_graph(store: EmbeddedStore | RemoteStore) -> int:
    """How many statements a query's default graph holds: on the remote store, the union graph
    a push keeps beside the named graphs, which a test's own push may have left smaller."""
    answer = store.query(COUNT_STATEMENTS)
    assert isinstance(answer, SelectResult)
    return int(answer.rows[0][0])  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def seed_store() -> EmbeddedStore:
    return embedded(SEED_FACTS)


@pytest.fixture()
def seeded(virtuoso: object, remote_env: dict[str, str], seed_store: EmbeddedStore
           ) -> RemoteStore:
    """Virtuoso holding exactly the seed facts (pushed with --prune unless it already does)."""
    store = reader(virtuoso)
    wanted = {g: len(store_graph_lines(seed_store, g)) for g in seed_store.graphs()}
    if (store.graph_counts() != wanted
            or statements_in_default_graph(store) != statements_in_default_graph(seed_store)):
        status, _, errors = push_here(virtuoso, remote_env, SEED_FACTS, prune=True)
        assert status == 0, errors
        store.forget_graphs()
    return store


def store_graph_lines(store: EmbeddedStore, graph: str) -> list[str]:
    return [line for line in store.dump("nquads").decode("utf-8").splitlines()
            if line.endswith(f"<{graph}> .")]


# ------------------------------------------------------------------ competency questions
@pytest.mark.parametrize("question", QUESTIONS, ids=[q.stem for q in QUESTIONS])
def test_after_a_push_each_competency_question_answers_as_embedded_and_as_expected(
        question: Path, seeded: RemoteStore, seed_store: EmbeddedStore) -> None:
    sparql = question.read_text(encoding="utf-8")
    from_virtuoso = seeded.query(sparql)
    from_embedded = seed_store.query(sparql)
    header, expected = expected_rows(question)
    assert isinstance(from_virtuoso, SelectResult)
    assert from_virtuoso.variables == header
    assert rows_of(from_virtuoso) == rows_of(from_embedded)  # same terms, datatypes included
    assert lexical(rows_of(from_virtuoso)) == expected


def test_with_virtuosos_native_union_the_competency_questions_answer_alike(
        virtuoso: object, seeded: RemoteStore, seed_store: EmbeddedStore) -> None:
    """remote_union=native: only the union graph is sent, no named graphs; on a store holding
    only our graphs and its own system graphs our questions still answer exactly as the
    embedded store does."""
    native = RemoteStore(virtuoso.endpoint, union_default="native", credentials=None)  # type: ignore[attr-defined]
    for question in QUESTIONS:
        sparql = question.read_text(encoding="utf-8")
        assert rows_of(native.query(sparql)) == rows_of(seed_store.query(sparql)), question.name


def test_the_built_dataset_answers_alike_on_virtuoso_and_embedded(
        virtuoso: object, remote_env: dict[str, str]) -> None:
    """The committed build, when there is one: every question gives the same rows on both
    stores, the dumps are byte-identical and so are the network graphs. (Whether the rows
    equal the .csv is the build's acceptance test.)"""
    if not BUILT_GRAPH.is_file():
        pytest.skip(f"{BUILT_GRAPH.relative_to(REPO)} is not built yet")
    if not QUESTIONS:
        pytest.skip("the competency questions are not beside the repository")
    status, _, errors = push_here(virtuoso, remote_env, BUILT_GRAPH, prune=True)
    assert status == 0, errors
    remote, local = reader(virtuoso), embedded(BUILT_GRAPH)
    for question in QUESTIONS:
        sparql = question.read_text(encoding="utf-8")
        assert rows_of(remote.query(sparql)) == rows_of(local.query(sparql)), question.name
    assert remote.dump("nquads") == local.dump("nquads")
    from ltgraph.network import KINDS, network
    from ltgraph.network.export import dumps_json

    for kind in KINDS:
        assert dumps_json(network(kind, remote)) == \
            dumps_json(network(kind, local)), kind


# ---------------------------------------------------------------------------- pushing
@pytest.mark.parametrize("via", ["graph-store", "update"])
def test_a_push_preserves_every_named_graph_and_literal_and_twice_changes_nothing(
        via: str, virtuoso: object, remote_env: dict[str, str],
        seed_store: EmbeddedStore) -> None:
    status, _, errors = push_here(virtuoso, remote_env, SEED_FACTS, prune=True, via=via)
    assert status == 0, errors
    store = reader(virtuoso)
    after_first = snapshot(store)
    counts = store.graph_counts()
    assert store.dump("nquads") == seed_store.dump("nquads")  # byte for byte

    second = push(virtuoso, remote_env, SEED_FACTS, via=via)  # the command, this time
    assert second.returncode == 0, second.stderr
    assert "pushed 266 triples in 2 graphs" in second.stdout
    assert snapshot(store) == after_first
    assert store.graph_counts() == counts
    assert sorted(counts) == [REFERENCE_GRAPH, RELEASE_GRAPH]


def test_a_push_replaces_a_release_graph_as_a_unit_and_prunes_only_when_asked(
        virtuoso: object, remote_env: dict[str, str], tmp_path: Path) -> None:
    old = tmp_path / "old.trig"
    old.write_text("""
        <https://w3id.org/ltgraph/graph/release/a-1> { <urn:s> <urn:p> "kept?" , "old" . }
        <https://w3id.org/ltgraph/graph/release/b-2> { <urn:s> <urn:p> "b" . }
    """, encoding="utf-8")
    new = tmp_path / "new.trig"
    new.write_text("""
        <https://w3id.org/ltgraph/graph/release/a-1> { <urn:s> <urn:p> "kept?" , "new"@en . }
    """, encoding="utf-8")
    assert push_here(virtuoso, remote_env, old, prune=True)[0] == 0
    store = reader(virtuoso)

    assert push_here(virtuoso, remote_env, new)[0] == 0
    store.forget_graphs()
    answer = store.query("SELECT ?o WHERE { GRAPH <https://w3id.org/ltgraph/graph/release/a-1> "
                         "{ ?s ?p ?o } }")
    assert {row[0] for row in rows_of(answer)} == {Literal("kept?"), Literal("new", lang="en")}
    assert "https://w3id.org/ltgraph/graph/release/b-2" in store.graphs()  # left alone

    status, output, errors = push_here(virtuoso, remote_env, new, prune=True)
    assert status == 0, errors
    assert "1 graphs pruned" in output
    store.forget_graphs()
    assert store.graphs() == ["https://w3id.org/ltgraph/graph/release/a-1"]


def test_prune_never_touches_graphs_outside_the_ltgraph_prefix(
        virtuoso: object, remote_env: dict[str, str], tmp_path: Path) -> None:
    loader = RemoteStore(virtuoso.endpoint, graph_store=virtuoso.graph_store,  # type: ignore[attr-defined]
                         graph_prefix="urn:someone-else:",
                         credentials=Credentials(virtuoso.user, virtuoso.password))  # type: ignore[attr-defined]
    loader.replace_graph("urn:someone-else:graph", "<urn:x> <urn:y> <urn:z> .\n")
    dataset = tmp_path / "one.trig"
    dataset.write_text('<https://w3id.org/ltgraph/graph/release/c-3> { <urn:s> <urn:p> "c" . }',
                       encoding="utf-8")
    assert push_here(virtuoso, remote_env, dataset, prune=True)[0] == 0
    assert loader.graphs() == ["urn:someone-else:graph"]
    assert reader(virtuoso).graphs() == ["https://w3id.org/ltgraph/graph/release/c-3"]
    loader.drop_graph("urn:someone-else:graph")


def test_a_push_without_credentials_fails_with_a_clear_message(
        virtuoso: object, remote_env: dict[str, str]) -> None:
    env = {k: v for k, v in remote_env.items() if not k.startswith("LTGRAPH_REMOTE_")}
    done = push(virtuoso, env, SEED_FACTS)
    assert done.returncode == 2
    assert "401" in done.stderr and "LTGRAPH_REMOTE_USER" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_push_never_shows_the_password(virtuoso: object, remote_env: dict[str, str]) -> None:
    wrong = dict(remote_env, LTGRAPH_REMOTE_PASSWORD="not-the-password-" + "x" * 8)
    done = push(virtuoso, wrong, SEED_FACTS)
    assert done.returncode == 2
    assert "not-the-password" not in done.stdout + done.stderr
    ok = push(virtuoso, remote_env, SEED_FACTS)
    assert ok.returncode == 0
    assert virtuoso.password not in ok.stdout + ok.stderr  # type: ignore[attr-defined]


def test_credentials_in_a_url_are_refused() -> None:
    with pytest.raises(StoreError, match="LTGRAPH_REMOTE_USER"):
        check_endpoint_url("http://user:secret@127.0.0.1:1/sparql")


# ---------------------------------------------------------- union default, safety, pages
def test_the_default_graph_is_the_union_of_our_graphs_and_nothing_else(
        seeded: RemoteStore, seed_store: EmbeddedStore) -> None:
    everything = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert rows_of(seeded.query(everything)) == rows_of(seed_store.query(everything))
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert {row[0] for row in rows_of(seeded.query(graphs))} == {
        URIRef(RELEASE_GRAPH), URIRef(REFERENCE_GRAPH)}
    assert seeded.triple_count() == seed_store.triple_count()


def test_a_dataset_of_many_release_graphs_is_queried_as_their_union(
        virtuoso: object, remote_env: dict[str, str], tmp_path: Path) -> None:
    """Virtuoso echoes each dataset graph as a response header; 150 graphs must still work."""
    dataset = tmp_path / "many.trig"
    dataset.write_text("".join(
        f'<https://w3id.org/ltgraph/graph/release/r-{n}> {{ <urn:release:{n}> '
        f'<https://schema.org/position> {n} . }}\n' for n in range(150)), encoding="utf-8")
    status, _, errors = push_here(virtuoso, remote_env, dataset, prune=True)
    assert status == 0, errors
    everything = "SELECT (COUNT(*) AS ?n) (SUM(?p) AS ?sum) WHERE { ?s ?p0 ?p }"
    assert rows_of(reader(virtuoso).query(everything)) == rows_of(
        embedded(dataset).query(everything))
    per_graph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    assert len(rows_of(reader(virtuoso).query(per_graph))) == 150  # a header per graph echoed
    assert http.client._MAXHEADERS == 100  # type: ignore[attr-defined]  # nothing process-wide


TWICE_STATED = """\
<https://w3id.org/ltgraph/graph/reference> {
  <https://w3id.org/ltgraph/id/summit/2019-x> a <https://w3id.org/ltgraph/ontology#Summit> .
  <https://w3id.org/ltgraph/id/summit/2015-y> a <https://w3id.org/ltgraph/ontology#Summit> .
}
<https://w3id.org/ltgraph/graph/release/x-20190901-1> {
  <https://w3id.org/ltgraph/id/summit/2019-x> a <https://w3id.org/ltgraph/ontology#Summit> .
}
<https://w3id.org/ltgraph/graph/release/x-20190902-2> {
  <https://w3id.org/ltgraph/id/summit/2019-x> a <https://w3id.org/ltgraph/ontology#Summit> .
  <https://w3id.org/ltgraph/id/summit/2021-z> a <https://w3id.org/ltgraph/ontology#Summit> .
}
"""


@pytest.mark.parametrize("union", ["dataset", "native"])
def test_a_fact_several_graphs_state_is_one_row_of_the_default_graph(
        virtuoso: object, remote_env: dict[str, str], tmp_path: Path, union: str) -> None:
    """The default graph is the RDF merge of our graphs, a set: three summits stated five
    times over three graphs are three rows, on Virtuoso as on the embedded store; GRAPH ?g
    still tells the graphs apart, and the union graph behind it is never one of ours."""
    dataset = tmp_path / "twice.trig"
    dataset.write_text(TWICE_STATED, encoding="utf-8")
    status, _, errors = push_here(virtuoso, remote_env, dataset, prune=True)
    assert status == 0, errors
    store = RemoteStore(virtuoso.endpoint, union_default=union, credentials=None)  # type: ignore[attr-defined]
    summits = store.query("SELECT ?s WHERE { ?s a <https://w3id.org/ltgraph/ontology#Summit> }")
    assert isinstance(summits, SelectResult) and len(summits.rows) == 3
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert store.query(count).rows == embedded(dataset).query(count).rows == [
        (Literal("3", datatype=XSD.integer),)]
    stated = store.query("SELECT ?g WHERE { GRAPH ?g { "
                         "<https://w3id.org/ltgraph/id/summit/2019-x> ?p ?o } }")
    assert sorted(str(g) for g, in stated.rows if "/ltgraph/" in str(g)) == [
        REFERENCE_GRAPH, "https://w3id.org/ltgraph/graph/release/x-20190901-1",
        "https://w3id.org/ltgraph/graph/release/x-20190902-2"]
    assert store.triple_count() == 5
    assert "https://w3id.org/ltgraph/graph/union" not in store.graphs()


def test_a_push_without_prune_keeps_the_other_graphs_in_the_union(
        virtuoso: object, remote_env: dict[str, str], tmp_path: Path) -> None:
    first, second = tmp_path / "first.trig", tmp_path / "second.trig"
    first.write_text(TWICE_STATED, encoding="utf-8")
    second.write_text("<https://w3id.org/ltgraph/graph/release/x-20211201-3> { "
                      "<https://w3id.org/ltgraph/id/summit/2023-w> a "
                      "<https://w3id.org/ltgraph/ontology#Summit> . }\n", encoding="utf-8")
    assert push_here(virtuoso, remote_env, first, prune=True)[0] == 0
    assert push_here(virtuoso, remote_env, second)[0] == 0
    summits = reader(virtuoso).query(
        "SELECT ?s WHERE { ?s a <https://w3id.org/ltgraph/ontology#Summit> }")
    assert len(summits.rows) == 4  # x, y, z from the first push, w from the second


def test_a_typed_year_keeps_its_datatype(seeded: RemoteStore) -> None:
    answer = seeded.query("PREFIX lt: <https://w3id.org/ltgraph/ontology#> "
                          "SELECT ?since WHERE { ?m lt:memberSince ?since }")
    assert rows_of(answer) == {(Literal("2016", datatype=XSD.gYear),)}


@pytest.mark.parametrize("query, error", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", QueryRefused),
    ("SELECT * FROM <http://www.openlinksw.com/schemas/virtrdf#> WHERE { ?s ?p ?o }",
     QueryRefused),
    ("PREFIX f: <bif:> SELECT (f:file_to_string('/etc/hostname') AS ?x) WHERE {}",
     QueryRefused),
    ("SELECT (<\\u0062if:file_to_string>('/etc/hostname') AS ?x) WHERE {}", QueryRefused),
    ("DROP GRAPH <https://w3id.org/ltgraph/graph/reference>", QueryRefused),
    ("SELECT * WHERE { ?s ?p }", QuerySyntaxError),
], ids=["service", "system-graph", "sql-function", "escaped-sql-function", "update", "syntax"])
def test_queries_the_service_never_runs_are_refused_before_reaching_the_store(
        query: str, error: type, seeded: RemoteStore) -> None:
    with pytest.raises(error):
        seeded.query(query)
    assert seeded.graph_counts()[REFERENCE_GRAPH] > 0


# ~1.4 million regular-expression matches over the seed facts: far more than a minute
# Heavy enough to outlast a 1 s limit; on an idle machine it may end within 3 s (it counts 120)
HEAVY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . "
         "VALUES ?x { 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 } "
         "FILTER(REGEX(CONCAT(STR(?c), STR(?f), STR(?x)), \"a.*b.*c.*d.*e.*z\")) }")
# A third pattern: thousands of times the work, for the server's 3 s limit on any machine
HEAVIER = HEAVY.replace("?d ?e ?f . ", "?d ?e ?f . ?g ?h ?i . ")


def test_the_store_itself_stops_a_query_at_the_time_limit(virtuoso: object,
                                                          seeded: RemoteStore) -> None:
    """Virtuoso is told the limit and stops there; its partial ("anytime") answer is a
    timeout, never rows."""
    store = RemoteStore(virtuoso.endpoint, timeout_s=1, credentials=None)  # type: ignore[attr-defined]
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="stopped the query"):
        store.query(HEAVY)
    assert time.monotonic() - started < 15
    assert seeded.query("ASK { ?s ?p ?o }").value  # and it answers the next query at once


def test_rows_beyond_the_cap_are_cut_and_marked(seeded: RemoteStore) -> None:
    answer = seeded.query("SELECT * WHERE { ?s ?p ?o }", max_rows=5)
    assert isinstance(answer, SelectResult)
    assert len(answer.rows) == 5 and answer.truncated


@pytest.mark.parametrize("iri", [
    "https://w3id.org/ltgraph/id/summit/2019-duesseldorf",
    "https://w3id.org/ltgraph/id/org/international-observatory-of-mayors-on-living-together",
    "https://w3id.org/ltgraph/id/city/hamburg",
    "https://w3id.org/ltgraph/id/person/thomas-geisel",
])
def test_a_description_is_the_same_from_virtuoso_and_embedded(
        iri: str, seeded: RemoteStore, seed_store: EmbeddedStore) -> None:
    remote, local = seeded.describe(iri), seed_store.describe(iri)
    assert remote
    assert set(remote.outgoing) == set(local.outgoing)
    assert set(remote.incoming) == set(local.incoming)
    assert set(remote.labels) == set(local.labels)
    assert set(remote.relations) == set(local.relations)


@pytest.mark.parametrize("iri", [
    "https://w3id.org/ltgraph/id/city/x> ?p ?o } } SELECT * WHERE { ?s ?p ?o } #",
    "https://w3id.org/ltgraph/id/city/\\u003e",
    "https://w3id.org/ltgraph/id/city/a b",
])
def test_an_iri_that_would_break_out_of_the_query_describes_nothing(
        iri: str, seeded: RemoteStore) -> None:
    assert not seeded.describe(iri)


def test_the_network_graphs_are_identical_from_virtuoso_and_embedded(
        seeded: RemoteStore, seed_store: EmbeddedStore) -> None:
    from ltgraph.network import KINDS, network
    from ltgraph.network.export import dumps_json

    for kind in KINDS:
        remote = network(kind, seeded)
        local = network(kind, seed_store)
        assert remote.number_of_nodes() > 0, kind
        assert dumps_json(remote) == dumps_json(local), kind


# ------------------------------------------------------------------------ the server
@pytest.fixture(scope="module")
def server(virtuoso: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``ltgraph serve --backend URL`` on a free port (anonymous: no credentials given),
    started on the seed facts (the server caches the list of graphs for a few seconds)."""
    tmp_path = tmp_path_factory.mktemp("server")
    env = dict(os.environ, LTGRAPH_REMOTE_USER=virtuoso.user,  # type: ignore[attr-defined]
               LTGRAPH_REMOTE_PASSWORD=virtuoso.password)  # type: ignore[attr-defined]
    status, _, errors = push_here(virtuoso, env, SEED_FACTS, prune=True)
    assert status == 0, errors
    with ltgraph_server(tmp_path, "--backend", virtuoso.endpoint,  # type: ignore[attr-defined]
                        "--set", "query_workers=1", "--set", "max_rows=3",
                        "--set", "query_timeout_s=3", ready="sparql") as running:
        yield running.url


def statements_the_server_sees(url: str) -> int:
    """How many statements the server's default graph holds, as a client would ask."""
    request = urllib.request.Request(
        url + "sparql", data=COUNT_STATEMENTS.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query",
                 "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        rows = json.loads(answer.read())["results"]["bindings"]
    return int(rows[0]["n"]["value"])


@pytest.fixture()
def served(server: str, seeded: RemoteStore) -> str:
    """The server's URL, once the server sees the seed facts: it keeps its list of graphs
    for a few seconds, so just after another test pushed other facts it may still query the
    graphs it listed then (a few small ones), where the heavy query ends at once."""
    seeded.forget_graphs()
    wanted = statements_in_default_graph(seeded)
    deadline = time.monotonic() + GRAPH_CACHE_SECONDS + 10
    while statements_the_server_sees(server) != wanted:
        assert time.monotonic() < deadline, "the server never saw the seed's graphs"
        time.sleep(0.5)
    return server


def test_the_server_with_a_virtuoso_backend_answers_a_competency_question_over_http(
        served: str) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    question = CQ_DIR / "04-declaration-date.rq"
    if not question.is_file():
        pytest.skip("the competency questions are not beside the repository")
    client = SPARQLWrapper(served + "sparql")
    client.setQuery(question.read_text(encoding="utf-8"))
    client.setReturnFormat(JSON)
    bindings = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
    header, expected = expected_rows(question)
    assert {tuple(b[v]["value"] for v in header) for b in bindings} == expected


def test_the_server_with_a_virtuoso_backend_keeps_its_limits_and_safety(served: str) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    client = SPARQLWrapper(served + "sparql")
    client.setReturnFormat(JSON)
    client.setQuery("SELECT * WHERE { ?s ?p ?o }")
    result = client.query()
    assert result.response.headers.get("X-LTGraph-Truncated") is not None
    assert len(result.convert()["results"]["bindings"]) == 3  # type: ignore[index]
    client.setQuery("SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
    with pytest.raises(QueryBadFormed):
        client.query()
    request = urllib.request.Request(
        served + "sparql", data=HEAVIER.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query",
                 "Accept": "application/sparql-results+json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            status, body = answer.status, answer.read()[:300]
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()[:300]
    assert status == 503, (status, body)  # the 3 s limit, not the store's own
    assert time.monotonic() - started < 10


def test_the_server_with_a_virtuoso_backend_serves_pages_and_network_exports(
        served: str, seed_store: EmbeddedStore) -> None:
    from ltgraph.network import network
    from ltgraph.network.export import dumps_json

    request = urllib.request.Request(served + "id/city/duesseldorf",
                                     headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read().decode("utf-8")
    assert "<https://w3id.org/ltgraph/id/country/de>" in body
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(served + "id/city/x%3E%20%7D%20%7D%20%23", timeout=30)
    assert missing.value.code == 404
    with urllib.request.urlopen(served + "network/cities.json", timeout=30) as response:
        exported = response.read().decode("utf-8")
    assert exported == dumps_json(network("cities", seed_store))


# ------------------------------------------------------------- without a server at all
def test_a_dataset_with_a_triple_outside_any_named_graph_cannot_be_pushed(tmp_path: Path) -> None:
    dataset = tmp_path / "default.trig"
    dataset.write_text('<urn:s> <urn:p> "in the default graph" .\n', encoding="utf-8")
    with pytest.raises(StoreError, match="default.trig: a triple in the default graph"):
        read_dataset_graphs(dataset)


def test_a_dataset_with_a_blank_node_cannot_be_pushed(tmp_path: Path) -> None:
    dataset = tmp_path / "blank.trig"
    dataset.write_text('<https://w3id.org/ltgraph/graph/release/a-1> { _:b <urn:p> "x" . }\n',
                       encoding="utf-8")
    with pytest.raises(StoreError, match="blank.trig: blank node"):
        read_dataset_graphs(dataset)


def test_push_needs_a_way_to_load(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "ltgraph.cli", "push", "--endpoint",
                           "http://127.0.0.1:9/sparql", "--input", str(SEED_FACTS)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "--graph-store" in done.stderr and "--update-endpoint" in done.stderr


@pytest.mark.parametrize("value, term", [
    ({"type": "typed-literal", "datatype": str(XSD.gYear), "value": "2016"},
     Literal("2016", datatype=XSD.gYear)),
    ({"type": "literal", "datatype": str(XSD.string), "value": "DE"}, Literal("DE")),
    ({"type": "literal", "xml:lang": "de", "value": "Gipfel"}, Literal("Gipfel", lang="de")),
    ({"type": "uri", "value": "https://w3id.org/ltgraph/id/city/warsaw"},
     URIRef("https://w3id.org/ltgraph/id/city/warsaw")),
], ids=["virtuoso-typed-literal", "explicit-xsd-string", "language", "iri"])
def test_json_result_values_become_the_terms_the_embedded_store_gives(value: dict[str, str],
                                                                       term: object) -> None:
    converted = term_of_json(value)
    assert converted == term and type(converted) is type(term)
    if isinstance(term, Literal):
        assert (converted.datatype, converted.language) == (term.datatype, term.language)  # type: ignore[union-attr]
