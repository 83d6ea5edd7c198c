"""SPARQL 1.1 query results in JSON, read into rdflib terms: the one parser every HTTP reader uses.

The remote store and the network exports both ask an endpoint for JSON results; both read them
here, so a value has one form whichever way it came. That form is the embedded store's:
an ``xsd:string`` literal is a plain literal (RDF 1.1 makes them the same), so the answers of
the stores compare equal, row for row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from ltgraph.store.base import SelectResult, StoreError

_XSD_STRING = str(XSD.string)


def term_of_json(value: Mapping[str, str] | None) -> Identifier | None:
    """One value of SPARQL JSON results as an rdflib term (None for an unbound variable):
    ``xsd:string`` literals are plain, and Virtuoso's older ``typed-literal`` is a literal."""
    if value is None:
        return None
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if value.get("xml:lang"):
            return Literal(value["value"], lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype and datatype != _XSD_STRING:
            return Literal(value["value"], datatype=URIRef(datatype))
        return Literal(value["value"])
    raise StoreError(f"unexpected value type {kind!r} in SPARQL JSON results")


def rows_of_json(answer: Mapping, variables: Sequence[str] | None = None
                 ) -> list[tuple[Identifier | None, ...]]:
    """The rows of JSON results, values in the order of ``variables`` (by default the
    answer's own ``head.vars``)."""
    if variables is None:
        variables = list(answer.get("head", {}).get("vars", []))
    bindings = answer.get("results", {}).get("bindings", [])
    return [tuple(term_of_json(binding.get(name)) for name in variables)
            for binding in bindings]


def select_result_of(answer: Mapping, max_rows: int | None) -> SelectResult:
    """JSON results as a :class:`SelectResult`, cut after ``max_rows`` rows (and marked so)."""
    variables = list(answer.get("head", {}).get("vars", []))
    bindings = answer.get("results", {}).get("bindings", [])
    truncated = max_rows is not None and len(bindings) > max_rows
    if truncated:
        answer = {"results": {"bindings": bindings[:max_rows]}}
    return SelectResult(variables, rows_of_json(answer, variables), truncated)
