"""The guard's quick path: which texts the engine's own parse may judge alone, and which take
rdflib's full parse (anything that may hold SERVICE, DESCRIBE, SELECT *, or is long or deep)."""

from __future__ import annotations

import pytest

from ltgraph.store.guard import QUICK_MAX_CHARS, QUICK_MAX_DEPTH, quick_plan

SMALL = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label WHERE { "
         "<https://w3id.org/ltgraph/id/city/duesseldorf> rdfs:label ?label } LIMIT 3")


def test_a_small_select_needs_no_parse_and_keeps_its_text() -> None:
    plan = quick_plan(SMALL)
    assert plan is not None and plan.text == SMALL


def test_escapes_are_expanded_before_the_engine_sees_the_text() -> None:
    plan = quick_plan('SELECT ?x WHERE { BIND("\\u0041" AS ?x) }')
    assert plan is not None and plan.text == 'SELECT ?x WHERE { BIND("A" AS ?x) }'


@pytest.mark.parametrize("text", [
    "SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT ?s WHERE { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT ?s WHERE { \\U00000073ervice <http://127.0.0.1:9/> { ?s ?p ?o } }",
    'SELECT ?s WHERE { ?s ?p "a service in a string" }',
    "SELECT ?s WHERE { ?s <http://www.w3.org/ns/sparql-service-description#x> ?o }",
    "DESCRIBE <http://example.org/x>",
    "SELECT * WHERE { ?s ?p ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { " + "{ " * (QUICK_MAX_DEPTH + 1) + "?s ?p ?o" + " }" * (QUICK_MAX_DEPTH + 1)
    + " }",
    "SELECT ?s WHERE { ?s ?p ?o } # " + "x" * QUICK_MAX_CHARS,
])
def test_what_might_need_the_full_parse_gets_it(text: str) -> None:
    assert quick_plan(text) is None
