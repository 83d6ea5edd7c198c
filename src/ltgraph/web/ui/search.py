"""Search over every name and label, in every language, regardless of case and accents.

The names come from fixed queries (labels, preferred and alternative labels, person names and
their variants, headlines), and events get names of their own from where and when they
happened ("Montreal 2015", "Montréal 2015"), so a place or a year finds them; roles and
mandates are found by their names too ("mayor" finds the role and who held it). The reader's
term is matched in Python on folded text, so it never becomes part of a query: "dusseldorf"
and "duesseldorf" find Düsseldorf, "michal" finds Michał. Results come grouped by kind, the
group with the best match first. ``/search.json?q=`` is the same answer as data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from flask import Response, render_template, request
from rdflib import Literal, URIRef

from ltgraph.terms import LT, sparql_prefixes
from ltgraph.web.cache import remembered
from ltgraph.web.ui.common import (
    all_labels,
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
EVENT_QUERY = sparql_prefixes() + """
SELECT DISTINCT ?event ?place ?date WHERE {
  { ?event a lt:Summit } UNION { ?event a lt:Declaration }
  OPTIONAL {
    { ?event lt:hostCity ?city } UNION { ?event lt:adoptedAt ?summit . ?summit lt:hostCity ?city }
    { ?city rdfs:label ?place } UNION { ?city skos:altLabel ?place } }
  OPTIONAL { { ?event schema:startDate ?date } UNION { ?event schema:dateCreated ?date } }
}"""
PARTS_QUERY = sparql_prefixes() + """
SELECT DISTINCT ?thing ?type WHERE { VALUES ?type { lt:Mandate lt:Partnership } ?thing a ?type }"""
MAX_TERM = 200
MAX_RESULTS = 200
# Kinds with the headings of their groups, in the order shown when they match equally well.
KIND_NAMES = {
    LT.Summit: ("Summits", "Gipfel"), LT.Declaration: ("Declarations", "Erklärungen"),
    LT.City: ("Cities", "Städte"), LT.Person: ("People", "Personen"),
    LT.Organisation: ("Organisations", "Organisationen"), LT.Network: ("Networks", "Netzwerke"),
    LT.Role: ("Roles", "Funktionen"), LT.PartnerRole: ("Partner roles", "Partnerrollen"),
    LT.Mandate: ("Who held a role", "Wer eine Funktion innehatte"),
    LT.Partnership: ("Partnerships", "Partnerschaften"), LT.Country: ("Countries", "Länder"),
    LT.Venue: ("Venues", "Veranstaltungsorte"),
    LT.PressRelease: ("Press releases", "Pressemitteilungen"),
    LT.Quotation: ("Quotations", "Zitate"), LT.Photograph: ("Photos", "Fotos"),
}
KIND_ORDER = tuple(KIND_NAMES)


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
    names, types = remembered("search names", searchable_names)
    folded = remembered("search names folded", lambda: folded_names(names))
    hits = []
    for iri, (every, found) in folded.items():
        if wanted not in every:  # one substring test rules out most resources
            continue
        matched = [(rank, name) for name, variants in found
                   if (rank := rank_in(wanted, variants)) is not None]
        if not matched:
            continue
        label = label_text(iri, lang)  # only for the hits: labels cost more than matching
        ranked = [(rank, name != label, name.isascii(), name) for rank, name in matched]
        rank, _, _, name = min(ranked)  # on a tie: the name shown, else one as written
        hits.append(Hit(iri, label, safe_href(iri), name if name != label else "",
                        tuple(sorted((t, label_text(t, lang)) for t in types.get(iri, ()))), rank))
    hits.sort(key=lambda h: (h.rank, fold(h.label), h.iri))
    return hits[:MAX_RESULTS]


def searchable_names() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Every resource's names (its labels, and for events their place and year; for mandates
    and partnerships the names of their parts) and its types."""
    names: dict[str, set[str]] = {}
    types: dict[str, set[str]] = {}
    for row in rows(NAME_QUERY, capped=False):
        thing, name = row["thing"], row.get("name")
        if not isinstance(thing, URIRef):
            continue
        if isinstance(row.get("type"), URIRef):
            types.setdefault(str(thing), set()).add(str(row["type"]))
        if isinstance(name, Literal):
            names.setdefault(str(thing), set()).add(str(name))
    for row in rows(EVENT_QUERY, capped=False):
        event = str(row["event"])
        year = str(row["date"])[:4] if row.get("date") is not None else ""
        place = str(row["place"]) if row.get("place") is not None else ""
        if place or year:
            names.setdefault(event, set()).add(" ".join(filter(None, (place, year))))
    labels = all_labels()
    for row in rows(PARTS_QUERY, capped=False):
        iri = str(row["thing"])
        types.setdefault(iri, set()).add(str(row["type"]))
        names.setdefault(iri, set()).update(str(label) for label in labels.get(iri, ()))
    return names, types


FoldedNames = tuple[str, tuple[tuple[str, frozenset[str]], ...]]


def folded_names(names: dict[str, set[str]]) -> dict[str, FoldedNames]:
    """Each resource's names with their folded forms, folded once per load (folding is most
    of a search's work, and a million-triple dataset has more names than the folding cache),
    and all its folded forms in one string, which holds the term whenever a name does."""
    found_names = {}
    for iri, found in names.items():
        pairs = tuple((name, fold_variants(name)) for name in sorted(found))
        found_names[iri] = ("\n".join(v for _, variants in pairs for v in variants), pairs)
    return found_names


def kind_of(hit: Hit) -> str:
    """The kind a hit is grouped under: the first of its types in :data:`KIND_ORDER`."""
    iris = {iri for iri, _ in hit.kinds}
    return next((str(k) for k in KIND_ORDER if str(k) in iris), "")


@dataclass
class Group:
    kind: str
    heading: str
    hits: list[Hit]


def grouped(hits: list[Hit], lang: str) -> list[Group]:
    """Hits by kind; the group of the best match first, then in :data:`KIND_ORDER`."""
    order = [str(k) for k in KIND_ORDER] + [""]
    by_kind: dict[str, list[Hit]] = {}
    for hit in hits:
        by_kind.setdefault(kind_of(hit), []).append(hit)
    names = {str(k): v for k, v in KIND_NAMES.items()}
    groups = [Group(kind, names.get(kind, ("Other", "Weitere"))[lang == "de"], found)
              for kind, found in by_kind.items()]
    return sorted(groups, key=lambda g: (min(h.rank for h in g.hits), order.index(g.kind)))


def rank_of(wanted: str, name: str) -> int | None:
    """How well ``name`` matches the folded term (smaller is better); None: not at all."""
    return rank_in(wanted, fold_variants(name))


def rank_in(wanted: str, variants: frozenset[str]) -> int | None:
    """How well a name whose folded forms are ``variants`` matches the folded term."""
    ranks = []
    for variant in variants:
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
        + (f": {term}" if term else ""), term=term, hits=hits, groups=grouped(hits, lang),
        too_long=len(term) > MAX_TERM,
        limit=MAX_RESULTS,
        alternates=[{"type": "application/json", "href": twin_href, "title": "JSON"}]))
    response.headers["Link"] = f'<{twin_href}>; rel="alternate"; type="application/json"'
    return response


def twin() -> Response:
    lang = reader_language()
    term = request.args.get("q", "")
    hits = find(term, lang) if term.strip() else []
    body = {"q": term, "results": [{"iri": h.iri, "label": h.label, "matched": h.matched or None,
                                    "types": [curie(t) for t, _ in h.kinds],
                                    "group": curie(kind_of(h)) if kind_of(h) else None}
                                   for g in grouped(hits, lang) for h in g.hits]}
    return Response(json.dumps(body, ensure_ascii=False, indent=1),
                    content_type="application/json; charset=utf-8")

