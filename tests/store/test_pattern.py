"""A SELECT of one triple pattern is answered in the server's process by an index look-up: given
such a query written in any of the ways SPARQL allows it here, the store's answer is the engine's
(same columns, same rows, same truncation); given anything else (more patterns, filters,
modifiers, functions, comments, escapes, SERVICE, relative IRIs) or a long answer, the store
does not answer it and the query goes to a worker."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDFS

from ltgraph.store.base import SelectResult
from ltgraph.store.embedded import EmbeddedStore
from ltgraph.store.pattern import IN_PROCESS_ROWS, one_pattern_select

BASE = "https://w3id.org/ltgraph/"
LT = BASE + "ontology#"
CITY = f"{BASE}id/city/oslo"
REFERENCE = BASE + "graph/reference"
RELEASE = BASE + "graph/release/a-20200101-1"
CITIES = IN_PROCESS_ROWS + 200  # more cities than the server answers in its own process


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    lines = [f"<{REFERENCE}> {{",
             f'  <{CITY}> a <{LT}City> ; <{RDFS.label}> "Oslo"@en, "Oslo"@de .']
    lines += [f'  <{BASE}id/city/c{i}> a <{LT}City> ; <{RDFS.label}> "City {i}"@en .'
              for i in range(CITIES)]
    lines += ["}", f"<{RELEASE}> {{",  # stated twice: one triple of the default graph
              f'  <{CITY}> a <{LT}City> ; <{RDFS.label}> "Oslo"@en ; <{LT}note> "N\u00e9e" .',
              f"  <{BASE}id/summit/2020-oslo> <{LT}hostCity> <{CITY}> .", "}"]
    path = tmp_path_factory.mktemp("pattern") / "d.trig"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = EmbeddedStore()
    loaded.load(path)
    return loaded


RDFS_PREFIX = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
ONE_PATTERN = [
    f"SELECT ?label WHERE {{ <{CITY}> <{RDFS.label}> ?label }}",
    f"{RDFS_PREFIX}SELECT ?label WHERE {{ <{CITY}> rdfs:label ?label }} LIMIT 1",
    f"{RDFS_PREFIX}select $label where {{ <{CITY}> rdfs:label ?label . }}",
    f"{RDFS_PREFIX}SeLeCt ?label{{<{CITY}> rdfs:label ?label}}LIMIT 5",
    f"PREFIX : <{BASE}id/city/>\nPREFIX rdfs: <{RDFS}>\nSELECT ?p ?o WHERE {{ :oslo ?p ?o }}",
    f"SELECT ?city WHERE {{ ?city a <{LT}City> }} LIMIT 7",
    f"SELECT ?city WHERE {{ ?city a <{LT}City> }} LIMIT 0",
    f"SELECT ?s ?p WHERE {{ ?s ?p <{CITY}> }}",
    f"{RDFS_PREFIX}SELECT ?city WHERE {{ ?city rdfs:label \"Oslo\"@EN }}",
    f"{RDFS_PREFIX}SELECT ?city WHERE {{ ?city rdfs:label 'City 7'@en }}",
    f"SELECT ?x WHERE {{ ?x <{LT}note> \"N\u00e9e\" }}",
    f"SELECT ?o WHERE {{ ?s <{LT}nothing> ?o }}",
    f"\n\t SELECT ?o ?s\r\nWHERE {{ ?s <{LT}hostCity> ?o }}\n",
]


@pytest.mark.parametrize("text", ONE_PATTERN)
def test_a_one_pattern_select_is_answered_in_process_as_the_engine_answers_it(
        store: EmbeddedStore, text: str) -> None:
    mine = store.pattern_select(text, max_rows=10_000)
    engine = store.query(text, max_rows=10_000)
    assert isinstance(mine, SelectResult) and isinstance(engine, SelectResult)
    assert mine.variables == engine.variables
    assert sorted(mine.rows) == sorted(engine.rows)
    assert mine.truncated == engine.truncated is False


@pytest.mark.parametrize("max_rows", [0, 1, 2, 3])
def test_the_row_cap_cuts_and_says_so_as_for_the_engine(store: EmbeddedStore,
                                                         max_rows: int) -> None:
    text = f"SELECT ?p ?o WHERE {{ <{CITY}> ?p ?o }}"  # four triples in the default graph
    mine = store.pattern_select(text, max_rows=max_rows)
    engine = store.query(text, max_rows=max_rows)
    assert isinstance(mine, SelectResult) and isinstance(engine, SelectResult)
    assert len(mine.rows) == len(engine.rows) == max_rows
    assert mine.truncated is engine.truncated is True


def test_a_limit_under_the_row_cap_is_no_truncation(store: EmbeddedStore) -> None:
    answer = store.pattern_select(f"SELECT ?p WHERE {{ <{CITY}> ?p ?o }} LIMIT 2", max_rows=2)
    assert answer is not None and len(answer.rows) == 2 and answer.truncated is False


def test_a_long_answer_goes_to_a_worker(store: EmbeddedStore) -> None:
    every_city = f"SELECT ?city WHERE {{ ?city a <{LT}City> }}"
    assert one_pattern_select(every_city) is not None
    assert store.pattern_select(every_city, max_rows=10_000) is None
    limited = store.pattern_select(every_city + f" LIMIT {IN_PROCESS_ROWS}", max_rows=10_000)
    assert limited is not None and len(limited.rows) == IN_PROCESS_ROWS
    capped = store.pattern_select(every_city, max_rows=10)
    assert capped is not None and len(capped.rows) == 10 and capped.truncated


NOT_ONE_PATTERN = [
    f"SELECT ?s WHERE {{ ?s a <{LT}City> . ?s ?p ?o }}",
    f"SELECT ?s WHERE {{ ?s a <{LT}City> FILTER(?s != <{CITY}>) }}",
    f"SELECT ?s WHERE {{ ?s a <{LT}City> OPTIONAL {{ ?s ?p ?o }} }}",
    f"SELECT DISTINCT ?s WHERE {{ ?s a <{LT}City> }}",
    f"SELECT ?s WHERE {{ ?s a <{LT}City> }} ORDER BY ?s",
    f"SELECT ?s WHERE {{ ?s a <{LT}City> }} LIMIT 5 OFFSET 3",
    f"SELECT ?s WHERE {{ ?s a <{LT}City> }} LIMIT5",
    f"SELECT ?s WHERE {{ ?s a <{LT}City> }} LIMIT 123456789012345678901",
    f"SELECT * WHERE {{ ?s a <{LT}City> }}",
    f"SELECT (STR(?s) AS ?t) WHERE {{ ?s a <{LT}City> }}",
    f"SELECT ?s WHERE {{ ?s a <{LT}City> }} # a comment",
    f"SELECT ?s WHERE {{ ?s a <{LT}City> SERVICE <http://127.0.0.1:9/> {{ ?s ?p ?o }} }}",
    f"SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:9/> {{ ?s a <{LT}City> }} }}",
    f"SELECT ?s FROM <http://127.0.0.1:9/g> WHERE {{ ?s a <{LT}City> }}",
    f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s a <{LT}City> }} }}",
    f"SELECT ?s WHERE {{ ?s a <{LT}\\u0043ity> }}",
    "SELECT ?s WHERE { ?s a \"\\u0022\" }",
    "SELECT ?s WHERE { ?s a <City> }",
    "BASE <https://w3id.org/ltgraph/ontology#> SELECT ?s WHERE { ?s a <City> }",
    "SELECT ?s WHERE { ?s a lt:City }",  # an undeclared prefix: the engine's error
    f"PREFIX lt: <{LT}> PREFIX lt: <{BASE}> SELECT ?s WHERE {{ ?s a lt:City }}",
    f"PREFIX o: <{LT}> SELECT ?s WHERE {{ ?s a o:Ci.ty }}",  # a dot inside a local name
    f"SELECT ?s WHERE {{ ?s <{LT}ordinal> 4 }}",
    f"SELECT ?s WHERE {{ ?s <{LT}note> \"x\"^^<http://www.w3.org/2001/XMLSchema#string> }}",
    f"SELECT ?s WHERE {{ ?s <{LT}note> \"\"\"N\u00e9e\"\"\" }}",
    "SELECT ?s WHERE { ?s ?p ?s }",
    f"SELECT ?o WHERE {{ ?s <{LT}note> ?x }}",
    f"SELECT ?s ?s WHERE {{ ?s a <{LT}City> }}",
    f"SELECT WHERE {{ ?s a <{LT}City> }}",
    f"SELECT ?s WHERE {{ ?s A <{LT}City> }}",
    f"SELECT ?s WHERE {{ a ?p <{LT}City> }}",
    "SELECT ?s WHERE { _:b ?p ?s }",
    f"SELECT ?s\u00a0WHERE {{ ?s a <{LT}City> }}",
    f"SELECT ?s WHERE {{ ?s\u00e9 a <{LT}City> }}",
    f"ASK {{ ?s a <{LT}City> }}",
    f"CONSTRUCT WHERE {{ ?s a <{LT}City> }}",
    f"DESCRIBE <{CITY}>",
    f"INSERT DATA {{ <{CITY}> a <{LT}City> }}",
    "",
]


@pytest.mark.parametrize("text", NOT_ONE_PATTERN)
def test_anything_but_one_pattern_is_left_to_a_worker(store: EmbeddedStore, text: str) -> None:
    assert one_pattern_select(text) is None
    assert store.pattern_select(text, max_rows=10_000) is None

