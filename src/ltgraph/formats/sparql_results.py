"""SPARQL 1.1 query results: read from JSON, and written as JSON, XML, CSV and TSV.

Reading: the remote store and the network exports both ask an endpoint for JSON results; both
read them here, so a value has one form whichever way it came. That form is the embedded
store's: an ``xsd:string`` literal is a plain literal (RDF 1.1 makes them the same), so the
answers of the stores compare equal, row for row.

Writing: the endpoint's answers to SELECT and ASK, in the four formats of the SPARQL 1.1
results specifications; a result cut at the row cap says so in JSON and XML as well.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from ltgraph.store.base import SelectResult, StoreError

_XSD_STRING = str(XSD.string)
Rows = Iterable[tuple[Identifier | None, ...]]
TRUNCATION_NOTE = ("the result was cut at the server's row cap; X-LTGraph-Truncated: true says "
                   "so too")


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
    """JSON results as a :class:`SelectResult`, cut after ``max_rows`` rows (and marked so);
    an answer the endpoint already cut at its own row cap (``head.truncated``, as ltgraph's
    server says) is marked truncated too."""
    variables = list(answer.get("head", {}).get("vars", []))
    bindings = answer.get("results", {}).get("bindings", [])
    cut_by_endpoint = answer.get("head", {}).get("truncated") is True
    truncated = cut_by_endpoint or (max_rows is not None and len(bindings) > max_rows)
    if max_rows is not None and len(bindings) > max_rows:
        answer = {"results": {"bindings": bindings[:max_rows]}}
    return SelectResult(variables, rows_of_json(answer, variables), truncated)


# -- writing -----------------------------------------------------------------------------------
def write_boolean_json(value: bool) -> bytes:
    return json.dumps({"head": {}, "boolean": value}).encode()


def write_boolean_xml(value: bool) -> bytes:
    return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def write_json(variables: list[str], rows: Rows, truncated: bool) -> bytes:
    head: dict[str, object] = {"vars": variables}
    if truncated:
        head["truncated"] = True
        head["note"] = TRUNCATION_NOTE
    bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None}
                for row in rows]
    return json.dumps({"head": head, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def write_xml(variables: list[str], rows: Rows, truncated: bool) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
           "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    if truncated:
        out.append('<link href="#truncated"/>')
    out.append("</head><results>")
    for row in rows:
        out.append("<result>")
        for variable, term in zip(variables, row):
            if term is not None:
                out.append(f"<binding name={quoteattr(variable)}>{_xml_term(term)}</binding>")
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "".join(out).encode("utf-8")


def _xml_term(term: Identifier) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    assert isinstance(term, Literal)
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(str(term))}</literal>"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"<literal datatype={quoteattr(str(term.datatype))}>{escape(str(term))}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def write_csv(variables: list[str], rows: Rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow(["" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t))
                         for t in row])
    return buffer.getvalue().encode("utf-8")


_PLAIN_NUMBER = {
    XSD.integer: re.compile(r"[+-]?\d+"),
    XSD.decimal: re.compile(r"[+-]?\d*\.\d+"),
    XSD.double: re.compile(r"[+-]?(\d+\.\d*|\.?\d+)[eE][+-]?\d+"),
    XSD.boolean: re.compile(r"true|false"),
}


def _tsv_term(term: Identifier | None) -> str:
    if term is None:
        return ""
    if (isinstance(term, Literal) and term.datatype in _PLAIN_NUMBER
            and _PLAIN_NUMBER[term.datatype].fullmatch(str(term))):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, URIRef):
        return f"<{term}>"
    assert isinstance(term, Literal)
    text = '"' + str(term).translate(_TURTLE_ESCAPES) + '"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{text}^^<{term.datatype}>"
    return text


_TURTLE_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r",
                                 "\t": "\\t"})


def write_tsv(variables: list[str], rows: Rows) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")
