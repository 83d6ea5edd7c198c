"""The committed graph, served: the competency questions of ``../shared/cq/`` give exactly their
expected rows over HTTP, and the graph's IRIs dereference in every format (a bounded sample:
every kind of resource, a few of each)."""

from __future__ import annotations

import csv
import io
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from harness import REPO, SHARED, Server, running_server
from SPARQLWrapper import JSON, SPARQLWrapper

GRAPH = REPO / "data" / "graph" / "ltgraph.trig"
CQ = SHARED / "cq"
BASE = "https://w3id.org/ltgraph/"
PER_KIND = 2
FORMATS = {  # parsed with pyoxigraph here: a release document holds thousands of statements
    "text/turtle": pyoxigraph.RdfFormat.TURTLE, "application/ld+json": pyoxigraph.RdfFormat.JSON_LD,
    "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
    "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML,
    "application/trig": pyoxigraph.RdfFormat.TRIG,
    "application/n-quads": pyoxigraph.RdfFormat.N_QUADS}

pytestmark = pytest.mark.skipif(
    not GRAPH.is_file(), reason="data/graph/ltgraph.trig is not built yet (run 'ltgraph build')")


@pytest.fixture(scope="module")
def graph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(GRAPH, tmp_path_factory.mktemp("cq")) as server:
        yield server


def questions() -> list[Path]:
    return sorted(CQ.glob("*.rq")) if CQ.is_dir() else []


def expected_rows(answer_file: Path) -> tuple[list[str], set[tuple[str, ...]]]:
    rows = list(csv.reader(io.StringIO(answer_file.read_text(encoding="utf-8"))))
    return rows[0], {tuple(row) for row in rows[1:] if row}


@pytest.mark.parametrize("question", questions(), ids=lambda p: p.stem)
def test_competency_question_gives_exactly_the_expected_rows(graph_server: Server,
                                                             question: Path) -> None:
    header, expected = expected_rows(question.with_suffix(".csv"))
    client = SPARQLWrapper(graph_server.sparql)
    client.setQuery(question.read_text(encoding="utf-8"))
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    assert answer["head"]["vars"] == header
    got = {tuple(b[v]["value"] if v in b else "" for v in header)
           for b in answer["results"]["bindings"]}
    assert got == expected


def document_iris() -> dict[str, set[str]]:
    """Every document IRI under id/ in the graph (fragments belong to their document), by kind."""
    store = pyoxigraph.Store()
    store.bulk_load(path=str(GRAPH), format=pyoxigraph.RdfFormat.TRIG)
    by_kind: dict[str, set[str]] = defaultdict(set)
    for quad in store:
        for term in (quad.subject, quad.object):
            if isinstance(term, pyoxigraph.NamedNode) and term.value.startswith(BASE + "id/"):
                document = term.value.split("#", 1)[0]
                by_kind[document[len(BASE + "id/"):].split("/", 1)[0]].add(document)
    return by_kind


def sample_iris() -> list[str]:
    """A few document IRIs of every kind in the graph, picked deterministically."""
    by_kind = document_iris()
    return [iri for kind in sorted(by_kind) for iri in sorted(by_kind[kind])[:PER_KIND]]


def test_every_iri_in_the_graph_dereferences(graph_server: Server) -> None:
    """All of them, not a sample: each document answers with statements about itself."""
    iris = sorted(iri for kind in document_iris().values() for iri in kind)
    assert len(iris) > 100
    failures = []
    for iri in iris:
        request = urllib.request.Request(graph_server.url + iri[len(BASE):],
                                         headers={"Accept": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            failures.append(f"{iri}: HTTP {error.code}")
            continue
        subjects = {q.subject.value for q in
                    pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_TRIPLES)}
        if not any(s == iri or s.startswith(iri + "#") for s in subjects):
            failures.append(f"{iri}: no statement about it")
    assert not failures, failures[:20]


def test_every_kind_of_iri_dereferences_in_every_format(graph_server: Server) -> None:
    iris = sample_iris()
    assert iris
    for iri in iris:
        url = graph_server.url + iri[len(BASE):]
        for accept, parser in FORMATS.items():
            request = urllib.request.Request(url, headers={"Accept": accept})
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    body, media = response.read(), response.headers.get_content_type()
            except urllib.error.HTTPError as error:
                pytest.fail(f"{iri} as {accept}: HTTP {error.code}")
            assert media == accept
            terms = {t.value for q in pyoxigraph.parse(body, format=parser)
                     for t in (q.subject, q.object) if isinstance(t, pyoxigraph.NamedNode)}
            assert iri in terms or any(t.startswith(iri + "#") for t in terms), (iri, accept)
        request = urllib.request.Request(url, headers={"Accept": "text/html"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.headers.get_content_type() == "text/html"


def test_every_named_graph_and_the_ontology_namespace_dereference(graph_server: Server) -> None:
    store = pyoxigraph.Store()
    store.bulk_load(path=str(GRAPH), format=pyoxigraph.RdfFormat.TRIG)
    graphs = sorted(g.value for g in store.named_graphs())
    assert graphs
    for iri in graphs:
        assert iri.startswith(BASE + "graph/")
        request = urllib.request.Request(graph_server.url + iri[len(BASE):],
                                         headers={"Accept": "application/n-quads"})
        with urllib.request.urlopen(request, timeout=60) as response:
            served = list(pyoxigraph.parse(response.read(), format=pyoxigraph.RdfFormat.N_QUADS))
        stored = list(store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(iri)))
        assert len(served) == len(stored), iri
    request = urllib.request.Request(graph_server.url + "ontology",
                                     headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(request, timeout=60) as response:
        subjects = {q.subject.value for q in pyoxigraph.parse(response.read(),
                                                              format=pyoxigraph.RdfFormat.TURTLE)}
    assert BASE + "ontology#City" in subjects
