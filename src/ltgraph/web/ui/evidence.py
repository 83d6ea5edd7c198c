"""Where a fact comes from: the named graph that states it, and the span of release text
that supports it, shown as the sentence that contains it with the span's words marked.

The graph carries only character offsets (``lt:span`` -> ``lt:charStart``/``lt:charEnd``); the
text itself is read here from the release file in the server's ``releases`` folder, and only
when that file is the one the graph was built from (same name, same SHA-256), decoded exactly
as the build decoded it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from flask import g
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.term import Node

from ltgraph.parse.decode import MAX_RELEASE_BYTES, ReleaseError, decode_text
from ltgraph.terms import GRAPH, LT, SOURCE_GRAPHS, sparql_prefixes
from ltgraph.web.app import settings_of, store_of
from ltgraph.web.cache import remembered
from ltgraph.web.ui.common import LANGUAGES, iri_ref, label_text, local_path, rows, text_rows

FactKey = tuple[str, str, str]
LT_SPAN, LT_CHAR_START, LT_CHAR_END, LT_SPAN_OF = LT.span, LT.charStart, LT.charEnd, LT.spanOf
# what an evidence node and its text spans state (looked up once: rdflib namespaces are slow)
_SPAN_PARTS = frozenset({RDF.subject, RDF.predicate, RDF.object, LT_SPAN, LT_CHAR_START,
                         LT_CHAR_END, LT_SPAN_OF})


@dataclass(frozen=True)
class Source:
    """A named graph that states a fact, as a link."""

    kind: str  # release, source, reference, ontology, graph
    text: str
    href: str | None
    title: str


@dataclass(frozen=True)
class Span:
    release_href: str | None
    release_text: str  # short: "release 2019-09-01"
    release_title: str  # the release's headline
    start: int
    end: int
    text: str | None  # None when the release file is not at hand
    release_iri: str | None = None


def releases_by_graph() -> dict[str, tuple[str, str]]:
    """Release graph IRI -> (release IRI, publication date), once per loaded dataset."""
    return remembered("releases by graph", _releases_by_graph)


def _releases_by_graph() -> dict[str, tuple[str, str]]:
    found = {}
    for row in rows(sparql_prefixes() + """SELECT ?graph ?release ?date WHERE {
        ?graph prov:wasDerivedFrom ?release . ?release a lt:PressRelease .
        OPTIONAL { ?release schema:datePublished ?date } }"""):
        found[str(row["graph"])] = (str(row["release"]), str(row.get("date", "")))
    return found


def source_pages() -> dict[str, str]:
    """Source graph IRI -> the page it is derived from, once per loaded dataset."""
    return remembered("source pages", _source_pages)


def _source_pages() -> dict[str, str]:
    return {str(row["graph"]): str(row["page"]) for row in rows(
        f"SELECT ?graph ?page WHERE {{ GRAPH ?graph {{ ?graph <{PROV.wasDerivedFrom}> ?page }}"
        f" FILTER(STRSTARTS(STR(?graph), \"{SOURCE_GRAPHS}\")) }}")}


def source_page(graph_iri: str) -> str | None:
    """The page a source graph is derived from (its URL)."""
    return source_pages().get(graph_iri)


PAGE_NAME_CHARS = 28


def page_name(url: str) -> str:
    """A short name for a cited page that tells two pages of one site apart: its host and
    the last part of its path ("duesseldorf.de › 20190901-318_07.txt")."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    tail = next((p for p in reversed(parts.path.split("/")) if p), "")
    if len(tail) > PAGE_NAME_CHARS:
        tail = tail[:PAGE_NAME_CHARS - 1] + "…"
    return f"{host} › {tail}" if tail else host


def release_dates() -> dict[str, str]:
    """Release IRI -> its publication date, once per loaded dataset."""
    return remembered("release dates",
                      lambda: {iri: date for iri, date in releases_by_graph().values()})


def release_name(release_iri: str, lang: str) -> str:
    """A short name for a release: "release 2019-09-01"."""
    word = "Mitteilung" if lang == "de" else "release"
    date = release_dates().get(release_iri, "")
    return f"{word} {date}" if date else word


def source_of(graph: Node | None, lang: str) -> Source:
    """How a page names the graph that states a fact (kept per load: a hub's page names
    hundreds of graphs, each once per fact)."""
    name = str(graph) if graph is not None else ""
    known: dict[tuple[str, str], Source] = remembered("sources by graph", dict)
    found = known.get((name, lang))
    if found is None:
        found = known[(name, lang)] = _source_named(name, lang)
    return found


def sources_of_every_graph() -> None:
    """Name every graph in every language ahead of the first visitor: a hub's page names
    hundreds of graphs, and naming each the first time reads its release's label and date."""
    for graph in store_of().graphs():
        for lang in LANGUAGES:
            source_of(URIRef(graph), lang)


def _source_named(name: str, lang: str) -> Source:
    release = releases_by_graph().get(name)
    word = "Mitteilung" if lang == "de" else "release"
    if release is not None:
        iri, date = release
        return Source("release", f"{word} {date}" if date else word, local_path(iri),
                      label_text(iri, lang))
    if name == GRAPH + "reference":
        return Source("reference", "Referenz" if lang == "de" else "reference",
                      local_path(name), "curated reference data (with dcterms:source)")
    if name.startswith(SOURCE_GRAPHS):
        page = source_page(name)
        word = "Quelle" if lang == "de" else "source"
        return Source("source", f"{word} {page_name(page)}".strip() if page else word,
                      local_path(name), page or name)
    if name == GRAPH + "ontology":
        return Source("ontology", "Ontologie" if lang == "de" else "ontology", "/ontology",
                      "the ltgraph ontology")
    return Source("graph", name.rsplit("/", 1)[-1] or "default graph", local_path(name), name)


SPAN_PATTERNS = """?span lt:charStart ?start ; lt:charEnd ?end .
      FILTER(isLiteral(?start) && isLiteral(?end))
      OPTIONAL { ?span lt:spanOf ?of } BIND(IF(isIRI(?of), ?of, ?none) AS ?release)"""


def spans_about(iri: str, lang: str,
                wanted: set[FactKey] | None = None) -> dict[FactKey, list[Span]]:
    """The evidence spans of every fact with ``iri`` as subject or object (of those in
    ``wanted`` when given: the facts a page shows). The rows are read as text: a summit's
    are hundreds, and making rdflib terms of their offsets took longer than the query. A
    span names its release only when that is an IRI (``?of`` otherwise leaves ``?release``
    unbound: ``?none`` is never bound)."""
    try:
        ref = iri_ref(iri)
    except ValueError:
        return {}
    about = f"{{ ?evidence rdf:subject {ref} }} UNION {{ ?evidence rdf:object {ref} }}"
    if wanted is not None:
        found = _spans_of_facts(about, wanted)
        if found is not None:
            return spans_from_rows(found, lang)
    found = text_rows(sparql_prefixes() + f"""SELECT DISTINCT ?s ?p ?o ?start ?end ?release
      WHERE {{ {about}
      ?evidence rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; lt:span ?span .
      {SPAN_PATTERNS} }}""")
    return spans_from_rows(found, lang)


def _spans_of_facts(about: str, wanted: set[FactKey]) -> list[dict[str, str]] | None:
    """The rows of :func:`spans_about`'s query for the facts in ``wanted`` only: which fact
    each evidence supports first, then the spans of those evidence nodes alone (each span is
    three more look-ups, the dearest part at a million quads on disk). None when an
    evidence node cannot be named in a query (a blank node)."""
    supported = text_rows(sparql_prefixes() + f"""SELECT DISTINCT ?evidence ?named ?s ?p ?o
      WHERE {{ {about} ?evidence rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
      BIND(isIRI(?evidence) AS ?named) }}""")
    facts: dict[str, list[tuple[str, str, str]]] = {}
    for row in supported:
        if row["named"] != "true":
            return None
        if (row["s"], row["p"], row["o"]) in wanted:
            facts.setdefault(row["evidence"], []).append((row["s"], row["p"], row["o"]))
    try:
        named = " ".join(iri_ref(evidence) for evidence in sorted(facts))
    except ValueError:
        return None
    if not facts:
        return []
    spans = text_rows(sparql_prefixes() + f"""SELECT DISTINCT ?evidence ?start ?end ?release
      WHERE {{ VALUES ?evidence {{ {named} }} ?evidence lt:span ?span .
      {SPAN_PATTERNS} }}""")
    return [{"s": s, "p": p, "o": o, **{k: v for k, v in row.items() if k != "evidence"}}
            for row in spans for s, p, o in facts[row["evidence"]]]


def spans_in_graph(triples: Iterable[tuple[Node, Node, Node]],
                   lang: str) -> dict[FactKey, list[Span]]:
    """The evidence spans of every fact one graph states, read from its statements, which the
    page has at hand: what :func:`spans_about`'s query gives, without its first line, over
    that graph alone, without asking the store for them again (at a million quads that query
    took a fifth of a release page)."""
    values: dict[Node, dict[Node, list[Node]]] = {}
    for s, p, o in triples:
        if p in _SPAN_PARTS:
            values.setdefault(s, {}).setdefault(p, []).append(o)
    found: list[dict[str, str]] = []
    for parts in values.values():
        for span in parts.get(LT_SPAN, ()):
            of = values.get(span, {})
            releases = [{"release": str(r)} if isinstance(r, URIRef) else {}
                        for r in of.get(LT_SPAN_OF, [None])]
            found += [{"s": str(s), "p": str(p), "o": str(o), "start": str(start),
                       "end": str(end), **release}
                      for s in parts.get(RDF.subject, ()) for p in parts.get(RDF.predicate, ())
                      for o in parts.get(RDF.object, ()) for start in of.get(LT_CHAR_START, ())
                      for end in of.get(LT_CHAR_END, ()) for release in releases
                      if isinstance(start, Literal) and isinstance(end, Literal)]
    return spans_from_rows(found, lang)


def spans_from_rows(found: list[dict[str, str]], lang: str) -> dict[FactKey, list[Span]]:
    """Spans by the fact they support, from rows of text (``s``, ``p``, ``o``, the offsets
    ``start`` and ``end``, literals, and ``release``, an IRI, when the span names one)."""
    spans: dict[FactKey, set[Span]] = {}
    # a page cites few releases, each for many spans
    releases: dict[str, tuple[str | None, str, str, str | None]] = {}
    for row in found:
        start, end = _offset(row.get("start")), _offset(row.get("end"))
        if start is None or end is None:
            continue
        iri = row.get("release")
        text, href, name, title = None, None, "", ""
        if iri is not None:
            if iri not in releases:
                releases[iri] = (local_path(iri), release_name(iri, lang), label_text(iri, lang),
                                 release_text(iri))
            href, name, title, whole = releases[iri]
            text = whole[start:end] if whole is not None and start < end <= len(whole) else None
        key = (row["s"], row["p"], row["o"])
        spans.setdefault(key, set()).add(Span(href, name, title, start, end, text, iri))
    return {key: sorted(found, key=lambda s: (s.release_text, s.start, s.end))
            for key, found in spans.items()}


def _offset(text: str | None) -> int | None:
    """A character offset (an xsd:integer's lexical form)."""
    if text is None:
        return None
    try:
        value = int(text.strip())
    except ValueError:
        return None
    return value if value >= 0 else None


def release_text(release_iri: str) -> str | None:
    """The decoded text of a release's file, when the file in the releases folder is the one
    the graph was built from; None otherwise. Read once per request."""
    found = _release_file(release_iri)
    return found[0] if found is not None else None


def _release_file(release_iri: str) -> tuple[str, Path] | None:
    cache: dict[str, tuple[str, Path] | None] = g.setdefault("ltgraph_release_texts", {})
    if release_iri not in cache:
        cache[release_iri] = _read_release(release_iri)
    return cache[release_iri]


def _read_release(release_iri: str) -> tuple[str, Path] | None:
    folder = settings_of().get("releases")
    if not folder:
        return None
    try:
        ref = iri_ref(release_iri)
    except ValueError:
        return None
    found = rows(sparql_prefixes() + f"""SELECT ?file ?sha WHERE {{
        {ref} lt:sourceFileName ?file ; lt:sha256 ?sha }}""")
    for row in found:
        name, sha = str(row["file"]), str(row["sha"]).lower()
        if not name or name != Path(name).name or name.startswith("."):
            continue
        path = Path(folder) / name
        try:
            if not path.is_file() or path.stat().st_size > MAX_RELEASE_BYTES:
                continue
            data = path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            continue
        try:
            return decode_text(name, data)[0], path
        except ReleaseError:
            return None
    return None


# -- sentences --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Quote:
    """The sentence of one release that states a fact, with the supporting words marked: one
    per sentence, however many spans point into it. ``parts`` is None when the release text
    is not at hand (then only the spans' offsets are known)."""

    release_href: str | None
    release_text: str
    release_title: str
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    parts: tuple[tuple[str, bool], ...] | None

    @property
    def marked(self) -> tuple[tuple[int, int, str], ...]:
        """The marked words with their offsets in the release text."""
        found, at = [], self.start
        for text, mark in self.parts or ():
            if mark:
                found.append((at, at + len(text), text))
            at += len(text)
        return tuple(found)


def sentence_bounds(release_iri: str) -> list[tuple[int, int]]:
    """The sentences of a release as (start, end) offsets, cut as extraction cuts them (the
    release's regions, then the sentence rule); the whole text cut by the rule alone when the
    file does not parse. Once per request."""
    cache: dict[str, list[tuple[int, int]]] = g.setdefault("ltgraph_sentences", {})
    if release_iri not in cache:
        cache[release_iri] = _sentences(release_iri)
    return cache[release_iri]


def _sentences(release_iri: str) -> list[tuple[int, int]]:
    found = _release_file(release_iri)
    if found is None:
        return []
    text, path = found
    try:
        from ltgraph.extract.text import Region, regions_of, sentences_of
        from ltgraph.parse import parse_release
    except ImportError:  # the extraction layer is not installed: cut by the plain rule
        return _plain_sentences(text)
    try:
        regions = regions_of(parse_release(path))
    except Exception:  # noqa: BLE001 - any file the parser refuses is still quoted
        regions = []
    if not regions:
        regions = [Region("body", "", 0, text)]
    bounds = {(s.start, s.end) for region in regions for s in sentences_of(region)}
    return sorted(bounds)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»]?\s+(?=[\"“„«A-ZÄÖÜ0-9])|\n\s*")


def _plain_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences cut at a full stop, question or exclamation mark before a capital, and at
    line breaks."""
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            bounds.append((start, match.start()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def quotes_of(spans: list[Span]) -> list[Quote]:
    """Spans as sentences: each span's enclosing sentence(s) in its release, spans in the same
    sentence merged into one quote with all their words marked."""
    by_release: dict[tuple[str | None, str, str, str | None], list[Span]] = {}
    for span in spans:
        key = (span.release_href, span.release_text, span.release_title, span.release_iri)
        by_release.setdefault(key, []).append(span)
    quotes: list[Quote] = []
    for (href, name, title, iri), found in by_release.items():
        text = release_text(iri) if iri else None
        ranges = sorted({(s.start, s.end) for s in found})
        if text is None or any(end > len(text) or start >= end for start, end in ranges):
            quotes.append(Quote(href, name, title, ranges[0][0], ranges[-1][1], tuple(ranges),
                                None))
            continue
        bounds = sentence_bounds(iri)
        merged: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for start, end in ranges:
            merged.setdefault(_enclosing(bounds, start, end), []).append((start, end))
        for (s_start, s_end), inside in merged.items():
            inside = words_within(inside, s_start, s_end)
            quotes.append(Quote(href, name, title, s_start, s_end, tuple(sorted(inside)),
                                _marked_parts(text, s_start, s_end, inside)))
    return sorted(quotes, key=lambda q: (q.release_text, q.start))


def words_within(spans: list[tuple[int, int]], start: int,
                 end: int) -> list[tuple[int, int]]:
    """The spans to mark in a sentence: a span that names the whole sentence only says which
    sentence it is, so when narrower spans point into it, those are the words marked."""
    narrower = [(s, e) for s, e in spans if (e - s) < 0.9 * (end - start)]
    return narrower or spans


def _enclosing(bounds: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The smallest run of sentences covering [start, end); the span itself if none does."""
    first = next((s for s, e in bounds if s <= start < e), None)
    last = next((e for s, e in bounds if s < end <= e), None)
    return (first if first is not None else start, last if last is not None else end)


def _marked_parts(text: str, start: int, end: int,
                  spans: list[tuple[int, int]]) -> tuple[tuple[str, bool], ...]:
    marks = [False] * (end - start)
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            marks[i - start] = True
    parts: list[tuple[str, bool]] = []
    at = start
    while at < end:
        mark = marks[at - start]
        stop = at
        while stop < end and marks[stop - start] == mark:
            stop += 1
        parts.append((text[at:stop], mark))
        at = stop
    return tuple(parts)
