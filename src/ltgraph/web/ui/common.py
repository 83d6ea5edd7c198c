"""What every page of the browsing UI needs: the reader's language, labels, safe links, queries.

Pages only read the store through fixed SPARQL queries written here and in the page modules;
nothing a reader types is spliced into query text (search matches in Python, the query page
sends the reader's own query as it is). Every value shown is plain data for autoescaping
templates, and an IRI becomes a link only when it is one of ours or an http(s) address:
``javascript:`` and ``data:`` IRIs are shown as text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from flask import request
from rdflib import Literal, URIRef
from rdflib.term import Identifier, Node

from ltgraph.store.base import SelectResult
from ltgraph.terms import PREFIXES, sparql_prefixes
from ltgraph.web.app import settings_of, store_of
from ltgraph.web.cache import remembered

LANGUAGES = ("en", "de")
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
LANGUAGE_COOKIE = "lang"
# Label properties in order of preference for naming a resource.
LABEL_QUERY = sparql_prefixes() + """
SELECT DISTINCT ?thing ?label WHERE {
  { ?thing rdfs:label ?label } UNION { ?thing skos:prefLabel ?label }
  UNION { ?thing schema:name ?label } UNION { ?thing schema:headline ?label }
}"""
_SAFE_EXTERNAL = re.compile(r"https?://[^\s\x00-\x1f\x7f\"<>\\^`{|}]+\Z", re.IGNORECASE)
_IRIREF_FORBIDDEN = re.compile(r"[\s\x00-\x20<>\"{}|^`\\]")
_LOCAL_ROOTS = ("id/", "graph/", "ontology")
_DIGITS = re.compile(r"\d+")
_LOCAL_NAME = re.compile(r"[A-Za-z_][\w.-]*")


# -- language -------------------------------------------------------------------------------
def reader_language() -> str:
    """The language the reader asked for: ``?lang=``, then the cookie the switch sets, then
    ``Accept-Language``; English when none of them names one we speak."""
    asked = request.args.get("lang", "").strip().lower()
    if asked in LANGUAGES:
        return asked
    remembered = request.cookies.get(LANGUAGE_COOKIE, "")
    if remembered in LANGUAGES:
        return remembered
    return accepted_language(request.accept_languages)


def accepted_language(accept: Iterable[tuple[str, float]]) -> str:
    """The first language we speak in the reader's order of preference, by primary subtag
    (``de-AT`` is German even when ``en`` follows with a lower weight)."""
    ranked = sorted(((quality, -index, value) for index, (value, quality) in enumerate(accept)),
                    reverse=True)
    for quality, _, value in ranked:
        primary = value.split("-")[0].lower()
        if quality > 0 and primary in LANGUAGES:
            return primary
    return "en"


@lru_cache(maxsize=16)
def language_preference(lang: str) -> tuple[str, ...]:
    """Label languages to try, best first: the reader's, then English, German, French."""
    return tuple(dict.fromkeys((lang, "en", "de", "fr")))


def pick_label(labels: Iterable[Literal], lang: str) -> Literal | None:
    """The label to show a reader of ``lang``: theirs, else English, German, French, an
    untagged one, else any (the smallest, so the choice is stable)."""
    candidates = sorted({label for label in labels if isinstance(label, Literal)},
                        key=lambda label: (label.language or "", str(label)))
    if len(candidates) < 2:  # one label is the one to show whatever its language
        return candidates[0] if candidates else None
    for wanted in language_preference(lang):
        for label in candidates:
            if (label.language or "").lower().split("-")[0] == wanted:
                return label
    untagged = [label for label in candidates if not label.language]
    return untagged[0] if untagged else candidates[0]


# -- links ----------------------------------------------------------------------------------
def local_path(iri: str) -> str | None:
    """The path on this server of one of our IRIs (``/id/city/x``), or None."""
    base = settings_of()["public_base"]
    if not iri.startswith(base):
        return None
    rest = iri[len(base):]
    if not rest.startswith(_LOCAL_ROOTS) or _IRIREF_FORBIDDEN.search(rest):
        return None
    return "/" + rest


def safe_href(iri: str) -> str | None:
    """Where a link to ``iri`` may point: our own path, or an http(s) address. Anything else
    (``javascript:``, ``data:``, ``file:``, odd spacing) is never a link."""
    path = local_path(iri)
    if path is not None:
        return path
    if _SAFE_EXTERNAL.match(iri):
        return iri
    return None


def curie(iri: str) -> str:
    """``schema:name`` for a term of a known vocabulary; the IRI itself otherwise."""
    return _curie(iri, settings_of()["public_base"])


@lru_cache(maxsize=1 << 14)
def _curie(iri: str, base: str) -> str:
    """:func:`curie` against the site's base, kept: a page names hundreds of terms, most of
    them many times."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(best):
            best, chosen = namespace, prefix
    if best and _LOCAL_NAME.fullmatch(iri[len(best):]):
        return f"{chosen}:{iri[len(best):]}"
    if iri.startswith(base + "id/"):
        return iri[len(base) + 3:]
    if iri.startswith(base + "graph/"):
        return iri[len(base):]
    return iri


def iri_ref(iri: str) -> str:
    """``<iri>`` for a query of our own; refuses anything that is not a plain IRI (so a term
    can never end the IRI and start SPARQL text)."""
    if not iri or _IRIREF_FORBIDDEN.search(iri):
        raise ValueError(f"not an IRI that may be written into a query: {iri!r}")
    return f"<{iri}>"


@dataclass(frozen=True)
class Shown:
    """One value as a page shows it: its text, language, link (if safe), and what it is."""

    text: str
    href: str | None = None
    lang: str | None = None
    iri: str | None = None
    note: str = ""  # a language tag or a datatype, shown small
    sort_key: str = ""

    @property
    def key(self) -> str:
        """Sorts case- and accent-blind, and numbers by value ("photo 2" before "photo 10")."""
        return self.sort_key or _DIGITS.sub(lambda m: m.group().zfill(12), fold(self.text))


def show_term(term: Node | None, labels: Mapping[str, list[Literal]], lang: str) -> Shown:
    """A term for display: an IRI by its label (or its short form), a literal as it is."""
    if term is None:
        return Shown("")
    if isinstance(term, URIRef):
        iri = str(term)
        label = pick_label(labels.get(iri, ()), lang)
        text = str(label) if label is not None else curie(iri)
        return Shown(text, safe_href(iri), label.language if label is not None else None, iri)
    if isinstance(term, Literal):
        note = f"@{term.language}" if term.language else ""
        if term.datatype is not None:
            note = curie(str(term.datatype))
        sort_key = str(term) if term.datatype is None else _sortable_value(term)
        return Shown(str(term), None, term.language, None, note, sort_key)
    return Shown(str(term))


def _sortable_value(term: Literal) -> str:
    value = term.toPython()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:020.6f}" if value >= 0 else f"-{1e15 + value:020.6f}"
    return str(term)


# -- text matching ----------------------------------------------------------------------------
_GERMAN_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                               "ß": "ss"})


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Text for matching and sorting regardless of case and accents (Michał -> michal,
    Düsseldorf -> dusseldorf); kept, since pages sort and search the same names again."""
    composed = unicodedata.normalize("NFKC", text)
    return " ".join(anyascii(composed).casefold().split())


@lru_cache(maxsize=1 << 17)
def fold_variants(text: str) -> frozenset[str]:
    """The folded forms a name is found under: plain, and with German umlauts written out
    (Düsseldorf is found by "dusseldorf" and by "duesseldorf")."""
    composed = unicodedata.normalize("NFKC", text)
    return frozenset({fold(composed), fold(composed.translate(_GERMAN_FOLDS))})


# -- queries ----------------------------------------------------------------------------------
def select(sparql: str, *, capped: bool = True) -> SelectResult:
    """A fixed SELECT of ours on the store (``Store.own_query``: the embedded store answers it
    in the server's process), under the row cap unless it must see everything, as the labels
    do."""
    settings = settings_of()
    result = store_of().own_query(sparql, max_rows=settings["max_rows"] if capped else None)
    if not isinstance(result, SelectResult):
        raise TypeError("the UI's own queries are SELECT queries")
    return result


def rows(sparql: str, *, capped: bool = True) -> list[dict[str, Identifier]]:
    return select(sparql, capped=capped).bindings()


def text_rows(sparql: str) -> list[dict[str, str]]:
    """A fixed SELECT of ours with each value as its text (``Store.own_select_text``), under
    the row cap: for rows a page reads only as text."""
    return store_of().own_select_text(sparql, max_rows=settings_of()["max_rows"])


COMPOSED_QUERY = sparql_prefixes() + """
SELECT DISTINCT ?node ?a ?b ?c WHERE {
  { ?node a lt:Mandate ; org:member ?a ; org:role ?b . OPTIONAL { ?node org:organization ?c } }
  UNION
  { ?node a lt:Partnership ; lt:partner ?a ; lt:partnerRole ?b . OPTIONAL { ?node lt:event ?c } }
  UNION
  { ?node a org:Membership ; org:member ?a ; org:organization ?c .
    FILTER NOT EXISTS { ?node a lt:Mandate } }
}"""


def all_labels() -> dict[str, list[Literal]]:
    """Every resource's labels (names, headlines), once per loaded dataset (callers must not
    change it); the reused vocabulary terms named from a table; mandates, partnerships and
    memberships, which have no label of their own, named after their parts ("Thomas Geisel –
    mayor – Düsseldorf")."""
    return remembered("labels", _labels_of_dataset)


def _labels_of_dataset() -> dict[str, list[Literal]]:
    from ltgraph.web.ui.vocabulary import TERM_NAMES

    cached: dict[str, list[Literal]] = {}
    for row in rows(LABEL_QUERY, capped=False):
        label = row.get("label")
        if isinstance(label, Literal):
            cached.setdefault(str(row["thing"]), []).append(label)
    for iri, (en, de) in TERM_NAMES.items():
        cached.setdefault(iri, [Literal(en, lang="en"), Literal(de, lang="de")])
    composed: dict[str, set[Literal]] = {}
    for row in rows(COMPOSED_QUERY, capped=False):
        node = str(row["node"])
        if node in cached:
            continue
        for lang in LANGUAGES:
            parts = [_label_in(cached, str(row[v]), lang) for v in ("a", "b", "c")
                     if row.get(v) is not None]
            composed.setdefault(node, set()).add(Literal(" – ".join(parts), lang=lang))
    for node, labels in composed.items():
        cached[node] = sorted(labels)
    for node, labels in media_names(cached).items():
        cached.setdefault(node, labels)
    return cached


MEDIA_QUERY = sparql_prefixes() + """
SELECT DISTINCT ?node ?kind ?who WHERE {
  { ?node a lt:Photograph . BIND("photo" AS ?kind) OPTIONAL { ?node foaf:depicts ?who } }
  UNION
  { ?node a lt:Quotation . BIND("quote" AS ?kind) OPTIONAL { ?node lt:quotedPerson ?who } }
}"""
MEDIA_WORDS = {"photo": ("Photo", "Foto"), "quote": ("Quotation", "Zitat")}
MOST_NAMED = 3


def media_names(labels: Mapping[str, list[Literal]]) -> dict[str, list[Literal]]:
    """Photos and quotations, which have no label, named by what and whom: "Photo 12 – Thomas
    Geisel, Michał Olszewski +4", "Quotation 3 – Thomas Geisel" (the number is the one in the
    IRI, so two photos of the same people stay apart)."""
    found: dict[str, tuple[str, set[str]]] = {}
    for row in rows(MEDIA_QUERY, capped=False):
        kind, who = str(row["kind"]), row.get("who")
        entry = found.setdefault(str(row["node"]), (kind, set()))
        if who is not None:
            entry[1].add(str(who))
    names = {}
    for node, (kind, people) in found.items():
        number = node.rsplit("-", 1)[-1] if node.rsplit("-", 1)[-1].isdigit() else ""
        names[node] = []
        for lang in LANGUAGES:
            word = MEDIA_WORDS.get(kind, (kind, kind))[lang == "de"]
            shown = sorted((_label_in(labels, who, lang) for who in people), key=fold)
            who_text = ", ".join(shown[:MOST_NAMED])
            if len(shown) > MOST_NAMED:
                who_text += f" +{len(shown) - MOST_NAMED}"
            text = " ".join(filter(None, (word, number)))
            names[node].append(Literal(f"{text} – {who_text}" if who_text else text, lang=lang))
    return names


def _label_in(labels: Mapping[str, list[Literal]], iri: str, lang: str) -> str:
    label = pick_label(labels.get(iri, ()), lang)
    return str(label) if label is not None else curie(iri)


def label_text(iri: str, lang: str) -> str:
    label = pick_label(all_labels().get(iri, ()), lang)
    return str(label) if label is not None else curie(iri)


def first(values: Sequence[Node | None]) -> Node | None:
    """The smallest of several values (a fact stated differently in two releases), so pages
    are stable."""
    present = sorted({v for v in values if v is not None}, key=str)
    return present[0] if present else None


# -- page context -----------------------------------------------------------------------------
NAVIGATION = (("/", "Home", "Start"), ("/browse/cities", "Cities", "Städte"),
              ("/browse/people", "People", "Personen"), ("/browse/summits", "Summits", "Gipfel"),
              ("/browse/declarations", "Declarations", "Erklärungen"),
              ("/browse/organisations", "Organisations", "Organisationen"),
              ("/browse/releases", "Releases", "Pressemitteilungen"),
              ("/network", "Network", "Netz"), ("/query", "Query", "Abfrage"))


def url_with(**changes: str | None) -> str:
    """This page's path with some query parameters changed (None removes one)."""
    from urllib.parse import urlencode

    params = [(k, v) for k, v in request.args.items(multi=True) if k not in changes]
    params += [(k, v) for k, v in changes.items() if v is not None]
    return request.path + ("?" + urlencode(params) if params else "")


def page_context() -> dict[str, object]:
    """What the base template needs on every page."""
    lang = reader_language()
    return {
        "lang": lang,
        "navigation": [(path, en if lang == "en" else de, path == request.path)
                       for path, en, de in NAVIGATION],
        "languages": [(code, LANGUAGE_NAMES[code], url_with(lang=code), code == lang)
                      for code in LANGUAGES],
        "search_term": request.args.get("q", "") if request.path == "/search" else "",
    }
