"""Lists of the main classes, sorted and filtered on the server so they work without script.

Each list is one fixed SELECT and a function that turns its rows into table rows; ``?q=``
filters (case- and accent-insensitive, on every column), ``?sort=`` and ``?order=`` sort.
``/browse/{name}.json`` is the same table as data (announced with ``Link: rel="alternate"``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace

from flask import Response, abort, render_template, request
from rdflib import URIRef

from ltgraph.terms import LT, sparql_prefixes
from ltgraph.web.cache import remembered
from ltgraph.web.ui.common import (
    Shown,
    all_labels,
    fold,
    reader_language,
    rows,
    show_term,
    url_with,
)

P = sparql_prefixes()


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    de: str
    numeric: bool = False


@dataclass(frozen=True)
class ListSpec:
    title_en: str
    title_de: str
    columns: tuple[Column, ...]
    build: Callable[[str], list[dict[str, list[Shown]]]]
    default_sort: str


def _group(found: list[dict], key: str) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for row in found:
        grouped.setdefault(str(row[key]), []).append(row)
    return grouped


def _values(found: list[dict], var: str, lang: str) -> list[Shown]:
    """The distinct values of ``var`` in some rows, shown and sorted (a column says what its
    values are, so no datatype notes)."""
    labels = all_labels()
    shown = {replace(show_term(r[var], labels, lang), note="") for r in found
             if r.get(var) is not None}
    return sorted(shown, key=lambda s: s.key)


def _count(n: int) -> list[Shown]:
    return [Shown(str(n), sort_key=f"{n:09d}")]


def cities(lang: str) -> list[dict[str, list[Shown]]]:
    found = rows(P + """SELECT ?city ?country ?since ?event WHERE {
      ?city a lt:City .
      OPTIONAL { ?city lt:country ?country }
      OPTIONAL { ?membership org:member ?city ; lt:memberSince ?since }
      OPTIONAL { { ?event lt:participatingCity ?city } UNION { ?event lt:hostCity ?city }
                 UNION { ?event lt:signatory ?city } }
    }""")
    return [{"city": _values(rs, "city", lang), "country": _values(rs, "country", lang),
             "since": _values(rs, "since", lang),
             "events": _count(len({str(r["event"]) for r in rs if "event" in r}))}
            for rs in _group(found, "city").values()]


def people(lang: str) -> list[dict[str, list[Shown]]]:
    found = rows(P + """SELECT ?person ?role ?organisation ?event WHERE {
      ?person a lt:Person .
      OPTIONAL { ?mandate org:member ?person ; org:role ?role .
                 OPTIONAL { ?mandate org:organization ?organisation } }
      OPTIONAL { ?event schema:attendee ?person }
    }""")
    result = []
    labels = all_labels()
    for rs in _group(found, "person").values():
        roles = {(show_term(r["role"], labels, lang), show_term(r.get("organisation"), labels,
                                                                  lang))
                 for r in rs if "role" in r}
        result.append({
            "person": _values(rs, "person", lang),
            "roles": sorted((Shown(f"{role.text}{' – ' + org.text if org.text else ''}",
                                   role.href, role.lang, role.iri) for role, org in roles),
                            key=lambda s: s.key),
            "events": _count(len({str(r["event"]) for r in rs if "event" in r}))})
    return result


def summits(lang: str) -> list[dict[str, list[Shown]]]:
    found = rows(P + """SELECT ?summit ?ordinal ?host ?start ?end ?attendee WHERE {
      ?summit a lt:Summit .
      OPTIONAL { ?summit lt:ordinal ?ordinal } OPTIONAL { ?summit lt:hostCity ?host }
      OPTIONAL { ?summit schema:startDate ?start } OPTIONAL { ?summit schema:endDate ?end }
      OPTIONAL { ?summit schema:attendee ?attendee }
    }""")
    return [{"ordinal": _values(rs, "ordinal", lang), "summit": _values(rs, "summit", lang),
             "host": _values(rs, "host", lang), "start": _values(rs, "start", lang),
             "end": _values(rs, "end", lang),
             "attendees": _count(len({str(r["attendee"]) for r in rs if "attendee" in r}))}
            for rs in _group(found, "summit").values()]


def declarations(lang: str) -> list[dict[str, list[Shown]]]:
    found = rows(P + """SELECT ?declaration ?summit ?date ?signatory WHERE {
      ?declaration a lt:Declaration .
      OPTIONAL { ?declaration lt:adoptedAt ?summit }
      OPTIONAL { ?declaration schema:dateCreated ?date }
      OPTIONAL { ?declaration lt:signatory ?signatory }
    }""")
    return [{"declaration": _values(rs, "declaration", lang),
             "summit": _values(rs, "summit", lang), "date": _values(rs, "date", lang),
             "signatories": _count(len({str(r["signatory"]) for r in rs if "signatory" in r}))}
            for rs in _group(found, "declaration").values()]


def organisations(lang: str) -> list[dict[str, list[Shown]]]:
    found = rows(P + """SELECT ?organisation ?type ?event ?partnerRole WHERE {
      { ?organisation a lt:Organisation } UNION { ?organisation a lt:Network }
      OPTIONAL { ?organisation a ?type . FILTER(?type IN (lt:Network, lt:Organisation)) }
      OPTIONAL { ?partnership lt:partner ?organisation ; lt:event ?event .
                 OPTIONAL { ?partnership lt:partnerRole ?partnerRole } }
    }""")
    return [{"organisation": _values(rs, "organisation", lang),
             "kind": _values([r for r in rs if r.get("type") == _most_specific(rs)], "type",
                             lang),
             "partner_of": _values(rs, "event", lang),
             "partner_roles": _values(rs, "partnerRole", lang)}
            for rs in _group(found, "organisation").values()]


def _most_specific(found: list[dict]) -> URIRef | None:
    """lt:Network when an organisation is one, else lt:Organisation."""
    kinds = {r.get("type") for r in found}
    return LT.Network if LT.Network in kinds else (LT.Organisation if kinds else None)


def releases(lang: str) -> list[dict[str, list[Shown]]]:
    found = rows(P + """SELECT ?release ?date ?publisher ?language ?mentioned WHERE {
      ?release a lt:PressRelease .
      OPTIONAL { ?release schema:datePublished ?date }
      OPTIONAL { ?release schema:publisher ?publisher }
      OPTIONAL { ?release schema:inLanguage ?language }
      OPTIONAL { ?release schema:mentions ?mentioned }
    }""")
    return [{"date": _values(rs, "date", lang), "release": _values(rs, "release", lang),
             "publisher": _values(rs, "publisher", lang),
             "languages": _values(rs, "language", lang),
             "mentions": _count(len({str(r["mentioned"]) for r in rs if "mentioned" in r}))}
            for rs in _group(found, "release").values()]


LISTS: dict[str, ListSpec] = {
    "cities": ListSpec("Cities", "Städte", (
        Column("city", "City", "Stadt"), Column("country", "Country", "Land"),
        Column("since", "Network member since", "Im Netzwerk seit"),
        Column("events", "Summits and declarations", "Gipfel und Erklärungen", True)),
        cities, "city"),
    "people": ListSpec("People", "Personen", (
        Column("person", "Name", "Name"), Column("roles", "Roles", "Ämter"),
        Column("events", "Summits attended", "Besuchte Gipfel", True)), people, "person"),
    "summits": ListSpec("Summits", "Gipfel", (
        Column("ordinal", "No.", "Nr.", True), Column("summit", "Summit", "Gipfel"),
        Column("host", "Host city", "Gastgeberstadt"), Column("start", "From", "Von"),
        Column("end", "To", "Bis"), Column("attendees", "Attendees named", "Genannte Gäste",
                                           True)), summits, "start"),
    "declarations": ListSpec("Declarations", "Erklärungen", (
        Column("declaration", "Declaration", "Erklärung"),
        Column("summit", "Adopted at", "Beschlossen auf"), Column("date", "Date", "Datum"),
        Column("signatories", "Signatory cities", "Unterzeichnende Städte", True)),
        declarations, "date"),
    "organisations": ListSpec("Organisations", "Organisationen", (
        Column("organisation", "Organisation", "Organisation"), Column("kind", "Kind", "Art"),
        Column("partner_of", "Partner of", "Partner von"),
        Column("partner_roles", "As", "Als")), organisations, "organisation"),
    "releases": ListSpec("Press releases", "Pressemitteilungen", (
        Column("date", "Published", "Veröffentlicht"), Column("release", "Headline", "Titel"),
        Column("publisher", "Publisher", "Herausgeber"),
        Column("languages", "Languages", "Sprachen"),
        Column("mentions", "Resources named", "Genannte Ressourcen", True)),
        releases, "date"),
}


PAGE_SIZE = 100  # rows per page: a list of a million-triple dataset stays a page, not megabytes


def page(name: str) -> Response | str:
    as_json = name.endswith(".json")
    name = name.removesuffix(".json")
    spec = LISTS.get(name)
    if spec is None:
        abort(404, description=f"no list {name!r}; the lists are {', '.join(LISTS)}")
    lang = reader_language()
    sort = request.args.get("sort", spec.default_sort)
    if sort not in {c.key for c in spec.columns}:
        sort = spec.default_sort
    descending = request.args.get("order") == "desc"
    term = request.args.get("q", "").strip()
    everything = remembered(f"list {name} {lang}", lambda: spec.build(lang))
    # the whole list in each order is kept per load (references only): a page is a slice
    ordered = remembered(f"list {name} {lang} {sort} {descending}",
                         lambda: sorted_rows(spec, everything, sort, descending))
    table = filtered(ordered, term)
    if as_json:
        return twin(spec, table)
    number = page_number(request.args.get("page"), len(table))
    title = spec.title_en if lang == "en" else spec.title_de
    headers = [{"key": c.key, "text": c.en if lang == "en" else c.de, "numeric": c.numeric,
                "sorted": ("descending" if descending else "ascending") if c.key == sort else None,
                "href": url_with(sort=c.key, order="asc" if c.key != sort or descending
                                 else "desc", page=None)} for c in spec.columns]
    json_href = url_with(page=None).replace(f"/browse/{name}", f"/browse/{name}.json", 1)

    def rendered() -> str:
        first = (number - 1) * PAGE_SIZE
        return render_template(
            "list.html", title=title, name=name, headers=headers,
            table=table[first:first + PAGE_SIZE], matched=len(table), first=first + 1,
            pager=pager(number, len(table)), term=term, sort=sort,
            order="desc" if descending else "asc", total=len(everything),
            alternates=[{"type": "application/json", "href": json_href, "title": "JSON"}])

    # the list as first shown depends on the data and the language only: once per load
    response = Response(rendered() if request.args
                        else remembered(f"list page {name} {lang}", rendered))
    response.headers["Link"] = f'<{json_href}>; rel="alternate"; type="application/json"'
    return response


def sorted_rows(spec: ListSpec, table: list[dict[str, list[Shown]]], sort: str,
                descending: bool) -> list[dict[str, list[Shown]]]:
    """The rows in the order asked, rows without a value in the sorted column last either way
    (ties broken by every column, so the order is stable from load to load)."""
    ordered = sorted(table, key=lambda row: (not row[sort], [v.key for v in row[sort]],
                                             [v.key for c in spec.columns for v in row[c.key]]),
                     reverse=descending)
    if descending:
        ordered.sort(key=lambda row: not row[sort])
    return ordered


def page_number(asked: str | None, rows: int) -> int:
    """The page asked for (``?page=``, from 1), within the pages there are."""
    last = max(1, -(-rows // PAGE_SIZE))
    try:
        return min(max(1, int(asked or 1)), last)
    except ValueError:
        return 1


def pager(number: int, rows: int) -> dict[str, object] | None:
    """Links to the first, previous, next and last page and to the pages near this one (plain
    links, so a browser without script and a crawler reach every row); None for one page."""
    last = max(1, -(-rows // PAGE_SIZE))
    if last == 1:
        return None

    def href(n: int) -> str:
        return url_with(page=str(n) if n > 1 else None)

    near = sorted({1, last, *range(max(1, number - 2), min(last, number + 2) + 1)})
    return {"number": number, "last": last,
            "previous": href(number - 1) if number > 1 else None,
            "next": href(number + 1) if number < last else None,
            "pages": [{"number": n, "href": href(n), "current": n == number,
                       "gap": i > 0 and n - near[i - 1] > 1} for i, n in enumerate(near)]}


def filtered(table: list[dict[str, list[Shown]]], term: str) -> list[dict[str, list[Shown]]]:
    """The rows where some cell contains ``term``, ignoring case and accents."""
    wanted = fold(term)
    if not wanted:
        return table
    return [row for row in table
            if any(wanted in fold(v.text) for cells in row.values() for v in cells)]


def twin(spec: ListSpec, table: list[dict[str, list[Shown]]]) -> Response:
    data = [{c.key: [{"text": v.text, **({"iri": v.iri} if v.iri else {}),
                      **({"lang": v.lang} if v.lang else {})} for v in row[c.key]]
             for c in spec.columns} for row in table]
    return Response(json.dumps({"columns": [c.key for c in spec.columns], "rows": data},
                               ensure_ascii=False, indent=1),
                    content_type="application/json; charset=utf-8")

