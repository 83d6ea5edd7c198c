"""Statements as the pages show them: grouped by property, each value named by its label,
with the graphs that state it and the release text that supports it. Shared by resource,
release and graph pages."""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from rdflib import Literal, URIRef
from rdflib.term import Node

from ltgraph.store.base import Description
from ltgraph.web.ui.common import Shown, all_labels, curie, local_path, show_term
from ltgraph.web.ui.evidence import FactKey, Quote, Source, Span, quotes_of, source_of
from ltgraph.web.ui.vocabulary import readable_name

# Properties read in this order before the rest (alphabetical): names, then when, where, who.
READING_ORDER = ("rdfs:label", "schema:name", "skos:prefLabel", "lt:ordinal",
                 "schema:startDate", "schema:endDate", "schema:dateCreated", "lt:hostCity",
                 "schema:location", "lt:adoptedAt", "lt:country", "schema:organizer")


@dataclass
class Value:
    shown: Shown
    sources: list[Source] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.spans and not self.quotes:
            self.quotes = quotes_of(self.spans)


@dataclass
class Property:
    shown: Shown  # the property, by its label
    curie: str
    values: list[Value]
    more: int = 0  # values not shown (a hub's incoming links), with a query that lists them
    more_href: str = ""


def merged_labels(description: Description) -> Mapping[str, list[Literal]]:
    """Labels of everything: the dataset's (kept per load) with the description's own laid
    over them (a view: copying the dataset's labels would cost more than the page at 1M)."""
    every = all_labels()
    own: dict[str, list[Literal]] = {}
    for s, _, o, _ in description.labels:
        if not isinstance(o, Literal):
            continue
        found = own.setdefault(str(s), list(every.get(str(s), ())))
        if o not in found:
            found.append(o)
    return ChainMap(own, every)


def twins(iri: str) -> list[dict[str, str]]:
    path = local_path(iri) or ""
    return [{"type": "text/turtle", "href": f"{path}?format=turtle", "title": "Turtle"},
            {"type": "application/ld+json", "href": f"{path}?format=jsonld",
             "title": "JSON-LD"}]


def property_name(predicate: str, labels: dict[str, list[Literal]], lang: str) -> Shown:
    """A property by its label; one nobody labelled by its local name in words."""
    shown = show_term(URIRef(predicate), labels, lang)
    if labels.get(predicate):
        return shown
    return replace(shown, text=readable_name(predicate))


@dataclass
class Chosen:
    """One property's values as a page shows them: the first ``most`` by their label, with
    the graphs stating each, the fact each value stands for, and how many there are."""

    predicate: str
    kept: list[tuple[Shown, Node]]
    graphs: dict[Node, set[Node | None]]
    facts: dict[Node, FactKey]
    total: int


def chosen_values(quads: Iterable[tuple[Node, Node, Node, Node | None]],
                  labels: Mapping[str, list[Literal]], lang: str, *, outgoing: bool,
                  most: int | None = None) -> list[Chosen]:
    """Statements grouped by property, each property's values in the order shown and cut at
    ``most`` (see :func:`properties`); what a page shows before it asks for their evidence."""
    grouped: dict[str, dict[Node, set[Node | None]]] = {}
    facts: dict[str, dict[Node, FactKey]] = {}
    for s, p, o, graph in quads:
        value = o if outgoing else s
        grouped.setdefault(str(p), {}).setdefault(value, set()).add(graph)
        facts.setdefault(str(p), {})[value] = (str(s), str(p), str(o))
    found = []
    for predicate, values in grouped.items():
        ordered = sorted(((show_term(value, labels, lang), value) for value in values),
                         key=lambda pair: pair[0].key)
        kept = ordered[:most] if most is not None else ordered
        found.append(Chosen(predicate, kept, values, facts[predicate], len(ordered)))
    return found


def shown_facts(chosen: Iterable[Chosen]) -> set[FactKey]:
    """The facts whose values a page shows (their evidence is what it needs)."""
    return {prop.facts[value] for prop in chosen for _, value in prop.kept}


def properties(quads: Iterable[tuple[Node, Node, Node, Node | None]],
               labels: dict[str, list[Literal]], lang: str, spans: dict[FactKey, list[Span]],
               *, outgoing: bool, with_sources: bool = True,
               most: int | None = None) -> list[Property]:
    """Statements grouped by property; each value with the graphs stating it and its spans.
    For incoming links the value is the subject that links here. With ``most``, a property
    shows its first ``most`` values and says how many more there are (a hub of a large
    dataset has thousands of incoming links: all of them would make a page of megabytes)."""
    return properties_of(chosen_values(quads, labels, lang, outgoing=outgoing, most=most),
                         labels, lang, spans, outgoing=outgoing, with_sources=with_sources)


def properties_of(chosen: list[Chosen], labels: Mapping[str, list[Literal]], lang: str,
                  spans: Mapping[FactKey, list[Span]], *, outgoing: bool,
                  with_sources: bool = True) -> list[Property]:
    """:func:`properties` of values already chosen (:func:`chosen_values`)."""
    result = []
    for found in chosen:
        predicate, kept, values, facts = found.predicate, found.kept, found.graphs, found.facts
        shown_values = []
        for shown, value in kept:
            sources = sorted({source_of(g, lang) for g in values[value]},
                             key=lambda src: (src.kind != "release", src.text, src.href or "")
                             ) if with_sources else []
            shown_values.append(Value(shown, sources, spans.get(facts[value], [])))
        prop = Property(property_name(predicate, labels, lang), curie(predicate), shown_values)
        if len(kept) < found.total:
            prop.more = found.total - len(kept)
            prop.more_href = more_query(predicate, facts[kept[0][1]], outgoing)
        result.append(prop)
    return sorted(result, key=lambda prop: (prop.curie != "rdf:type",
                                            READING_ORDER.index(prop.curie)
                                            if prop.curie in READING_ORDER else len(READING_ORDER),
                                            prop.shown.key))


def more_query(predicate: str, fact: FactKey, outgoing: bool) -> str:
    """The query page with a query that lists every value of one property of a resource."""
    from urllib.parse import urlencode

    subject, _, obj = fact
    pattern = (f"<{subject}> <{predicate}> ?value" if outgoing
               else f"?value <{predicate}> <{obj}>")
    text = f"SELECT DISTINCT ?value WHERE {{ {pattern} }} ORDER BY ?value"
    return "/query?" + urlencode({"query": text})
