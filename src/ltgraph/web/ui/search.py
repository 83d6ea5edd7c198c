"""Search over every name and label, in every language, regardless of case and accents.

The names come from one fixed query (labels, preferred and alternative labels, person names and
their variants, headlines) and the reader's term is matched in Python on folded text, so the
term never becomes part of a query: "dusseldorf" and "duesseldorf" find Düsseldorf, "michal"
finds Michał. ``/search.json?q=`` is the same answer as data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from flask import Response, render_template, request
from rdflib import Literal, URIRef

from ltgraph.terms import sparql_prefixes
from ltgraph.web.ui.common import (
    curie,
    fold,
    fold_variants,
    label_text,
    reader_language,
    rows,
    safe_href,
)

NAME_QUERY = sparql_prefixes() + """
SELECT DISTINCT ?thing ?name ?type WHERE {
  { ?thing rdfs:label ?name } UNION { ?thing skos:prefLabel ?name }
  UNION { ?thing skos:altLabel ?name } UNION { ?thing schema:name ?name }
  UNION { ?thing schema:alternateName ?name } UNION { ?thing schema:headline ?name }
  OPTIONAL { ?thing a ?type }
}"""
MAX_TERM = 200
MAX_RESULTS = 200


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str
    href: str | None
    matched: str  # the name that matched, when it is not the label shown
    kinds: tuple[tuple[str, str], ...]  # (type IRI, its label)
    rank: int


def find(term: str, lang: str) -> list[Hit]:
    """Resources with a name containing ``term`` (folded), best matches first: a whole name,
    then a name starting with it, then a word starting with it, then anywhere."""
    wanted = fold(term[:MAX_TERM])
    if not wanted:
        return []
    names: dict[str, set[str]] = {}
    types: dict[str, set[str]] = {}
    for row in rows(NAME_QUERY):
        thing, name = row["thing"], row.get("name")
        if not isinstance(thing, URIRef) or not isinstance(name, Literal):
            continue
        names.setdefault(str(thing), set()).add(str(name))
        if isinstance(row.get("type"), URIRef):
            types.setdefault(str(thing), set()).add(str(row["type"]))
    hits = []
    for iri, found in names.items():
        label = label_text(iri, lang)
        ranked = [(rank, name != label, name) for name in found
                  if (rank := rank_of(wanted, name)) is not None]
        if not ranked:
            continue
        rank, _, name = min(ranked)  # on a tie, the name shown
        hits.append(Hit(iri, label, safe_href(iri), name if name != label else "",
                        tuple(sorted((t, label_text(t, lang)) for t in types.get(iri, ()))), rank))
    hits.sort(key=lambda h: (h.rank, fold(h.label), h.iri))
    return hits[:MAX_RESULTS]


def rank_of(wanted: str, name: str) -> int | None:
    """How well ``name`` matches the folded term (smaller is better); None: not at all."""
    ranks = []
    for variant in fold_variants(name):
        if variant == wanted:
            ranks.append(0)
        elif variant.startswith(wanted):
            ranks.append(1)
        elif f" {wanted}" in f" {variant}" or f"-{wanted}" in variant:
            ranks.append(2)
        elif wanted in variant:
            ranks.append(3)
    return min(ranks) if ranks else None


def page() -> Response:
    lang = reader_language()
    term = request.args.get("q", "")
    hits = find(term, lang) if term.strip() else []
    twin_href = "/search.json" + ("?" + request.query_string.decode("ascii", "replace")
                                  if request.query_string else "")
    response = Response(render_template(
        "search.html", title=("Suche" if lang == "de" else "Search")
        + (f": {term}" if term else ""), term=term, hits=hits, too_long=len(term) > MAX_TERM,
        limit=MAX_RESULTS,
        alternates=[{"type": "application/json", "href": twin_href, "title": "JSON"}]))
    response.headers["Link"] = f'<{twin_href}>; rel="alternate"; type="application/json"'
    return response


def twin() -> Response:
    lang = reader_language()
    term = request.args.get("q", "")
    hits = find(term, lang) if term.strip() else []
    body = {"q": term, "results": [{"iri": h.iri, "label": h.label, "matched": h.matched or None,
                                    "types": [curie(t) for t, _ in h.kinds]} for h in hits]}
    return Response(json.dumps(body, ensure_ascii=False, indent=1),
                    content_type="application/json; charset=utf-8")

