"""The query page: an editor, ready examples, results as a table with links, downloads.

The query lives in the URL (a GET form), so a result can be shared. It runs on the store
under the endpoint's limits; errors (syntax, refused, timeout) are shown as the store words
them. Downloads are the same query at ``/sparql`` with ``format=`` for every format of its
result form. Examples are the competency questions of the shared folder (read at request time,
when present) and the queries under ``web/examples/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from flask import Response, render_template, request
from rdflib import Literal, URIRef
from rdflib.term import Node

from ltgraph import paths
from ltgraph.store.base import AskResult, GraphResult, SelectResult, StoreError
from ltgraph.web import mediatypes as mt
from ltgraph.web.admission import client_query
from ltgraph.web.app import settings_of
from ltgraph.web.errors import status_of
from ltgraph.web.ui.common import Shown, all_labels, curie, reader_language, show_term

OWN_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SHARED_QUESTIONS = paths.checkout_questions()  # None when installed: the own examples only
DEFAULT_QUERY = """PREFIX lt: <https://w3id.org/ltgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>

# The summits with their host cities, in order
SELECT ?summit ?label ?host ?start WHERE {
  ?summit a lt:Summit ; rdfs:label ?label ; lt:hostCity ?host .
  OPTIONAL { ?summit schema:startDate ?start }
  FILTER(LANG(?label) = "en")
}
ORDER BY ?start
"""


@dataclass(frozen=True)
class Example:
    key: str
    title: str
    text: str
    origin: str  # "competency question" or "example"

    @property
    def href(self) -> str:
        return "/query?" + urlencode({"query": self.text})


@dataclass(frozen=True)
class Cell:
    shown: Shown
    value: str  # the IRI or lexical form, for tests and sorting
    short: str  # the compact IRI under a label


def examples() -> list[Example]:
    """The shared competency questions (if the folder is there), then our own examples."""
    found = []
    for origin, folder, prefix in (("competency question", SHARED_QUESTIONS, "cq"),
                                   ("example", OWN_EXAMPLES, "ex")):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.rq")):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            found.append(Example(f"{prefix}-{path.stem}", title_of(text, path.stem), text,
                                 origin))
    return found


def title_of(text: str, fallback: str) -> str:
    """The first comment line of a query, which says what it asks."""
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip() or fallback
        if line.strip():
            break
    return fallback


def page() -> Response:
    return run_page(request.args.get("query"))


def render_editor() -> str:
    """The editor alone, for a browser that opens ``/sparql``."""
    return run_page(None).get_data(as_text=True)


def run_page(query: str | None) -> Response:
    lang = reader_language()
    settings = settings_of()
    context: dict[str, object] = {"query": query if query is not None else DEFAULT_QUERY,
                                  "ran": bool(query and query.strip()), "error": None,
                                  "status": 200}
    if context["ran"]:
        assert query is not None
        if len(query.encode("utf-8")) > settings["max_query_bytes"]:
            context.update(error=f"The query is longer than {settings['max_query_bytes']} "
                                 "bytes.", status=413)
        else:
            try:
                result = client_query(query)
                context.update(result_context(result, lang, query))
            except StoreError as error:
                context.update(error=str(error) or type(error).__name__,
                               status=status_of(error))
    downloads = context.get("downloads") or []
    body = render_template("query.html", title="SPARQL", examples=examples(),
                           limits=settings, alternates=[
                               {"type": d["type"], "href": d["href"], "title": d["name"]}
                               for d in downloads[:1]], **context)
    response = Response(body, status=int(context["status"]),  # type: ignore[arg-type]
                        content_type="text/html; charset=utf-8")
    if downloads and len(downloads[0]["href"]) < 4000:  # the twin: the query at the endpoint
        response.headers["Link"] = ", ".join(f'<{d["href"]}>; rel="alternate"; type="{d["type"]}"'
                                             for d in downloads)
    return response


def result_context(result: SelectResult | AskResult | GraphResult, lang: str,
                   query: str) -> dict[str, object]:
    labels = all_labels()
    if isinstance(result, SelectResult):
        offers = mt.RESULT_TYPES
        table = {"columns": result.variables,
                 "rows": [[cell(t, labels, lang) for t in row] for row in result.rows]}
    elif isinstance(result, AskResult):
        offers = mt.BOOLEAN_TYPES
        table = None
    else:
        offers = mt.GRAPH_TYPES
        triples = sorted(result.graph, key=lambda t: tuple(map(str, t)))
        table = {"columns": ["subject", "predicate", "object"],
                 "rows": [[cell(t, labels, lang) for t in triple] for triple in triples]}
    downloads = [{"name": media.short.upper(), "type": media.mime,
                  "href": "/sparql?" + urlencode({"query": query, "format": media.short})}
                 for media in offers]
    return {"form": "ASK" if isinstance(result, AskResult) else
            ("SELECT" if isinstance(result, SelectResult) else result.form),
            "table": table, "boolean": result.value if isinstance(result, AskResult) else None,
            "truncated": result.truncated, "downloads": downloads}


def cell(term: Node | None, labels: dict[str, list[Literal]], lang: str) -> Cell | None:
    if term is None:
        return None
    shown = show_term(term, labels, lang)
    short = curie(str(term)) if isinstance(term, URIRef) else ""
    return Cell(shown, str(term), short if short != shown.text else "")
