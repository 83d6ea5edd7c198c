"""The plain attributes of a network's nodes, and the dates of its events, from the facts a
store answered (``{iri: {key: [values]}}``, :func:`ltgraph.network.reading.node_facts`).

Every value here is a plain ``str``, ``int`` or ``float``, never an rdflib term, so that a
graph can be written as GraphML or GEXF as it is. Labels fall back from the language asked
for to English, then to any (:func:`choose_label`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from rdflib import Literal
from rdflib.term import Node

from ltgraph.network.queries import CLASS_KINDS
from ltgraph.terms import WD

SEPARATOR = ";"
Facts = Mapping[str, Mapping[str, list[Node]]]


def node_attributes(iri: str, facts: Facts, lang: str,
                    fallback_kind: str) -> dict[str, object]:
    """The plain attributes of one node: iri, label, kind and what else is known."""
    known = facts.get(iri, {})
    attributes: dict[str, object] = {
        "iri": iri,
        "label": choose_label(known.get("label", ()), lang) or local_name(iri),
        "kind": kind_of(known.get("type", ()), fallback_kind),
    }
    countries = sorted(str(code) for code in known.get("country", ()))
    if countries:
        attributes["country"] = countries[0]
    wikidata = sorted(str(link)[len(str(WD)):] for link in known.get("sameAs", ())
                      if str(link).startswith(str(WD)))
    if wikidata:
        attributes["wikidata"] = wikidata[0]
    day = earliest(known.get("startDate", ())) or earliest(known.get("dateCreated", ()))
    if day is not None:
        attributes["date"] = day.isoformat()
    ordinals = sorted(integer_of(value) for value in known.get("ordinal", ())
                      if integer_of(value) is not None)
    if ordinals:
        attributes["ordinal"] = ordinals[0]
    if attributes["kind"] == "city":
        attributes["member"] = bool(known.get("memberOf"))
    if attributes["kind"] == "person":
        attributes.update(person_attributes(known, facts, lang))
    return attributes


def person_attributes(known: Mapping[str, list[Node]], facts: Facts,
                      lang: str) -> dict[str, str]:
    """A person's ``roles`` (labels of the roles of their mandates), ``cities`` (labels of the
    cities they held them in), ``countries`` (ISO codes of those cities) and ``organisations``
    (labels of the organisations they held them in), each sorted and joined by ``;``; empty
    when no mandate is known. Every mandate ever attested counts."""
    def label(iri: str, key: str) -> str:
        return choose_label(facts.get(iri, {}).get(key, ()), lang) or local_name(iri)

    roles = sorted({label(str(role), "prefLabel") for role in known.get("role", ())})
    cities = sorted({str(city) for city in known.get("mandateCity", ())})
    countries = sorted({str(code) for city in cities
                        for code in facts.get(city, {}).get("country", ())})
    organisations = sorted({label(str(o), "label") for o in known.get("mandateOrganisation", ())})
    return {"roles": SEPARATOR.join(roles),
            "cities": SEPARATOR.join(sorted(label(city, "label") for city in cities)),
            "countries": SEPARATOR.join(countries),
            "organisations": SEPARATOR.join(organisations)}


def choose_label(labels: Iterable[Node], lang: str) -> str | None:
    """The label in ``lang``, else in English, else without language, else any (sorted)."""
    def rank(label: Node) -> tuple[int, str, str]:
        tag = (label.language or "").lower() if isinstance(label, Literal) else ""
        if tag and (tag == lang.lower() or tag.startswith(lang.lower() + "-")):
            order = 0
        elif tag == "en" or tag.startswith("en-"):
            order = 1
        elif not tag:
            order = 2
        else:
            order = 3
        return order, tag, str(label)

    ranked = sorted((label for label in labels if isinstance(label, Literal)), key=rank)
    return str(ranked[0]) if ranked else None


def event_date(iri: str, facts: Facts) -> date | None:
    """The date a time window applies to: a summit's start date; for a declaration, the start
    date of the summit it was adopted at, else its own creation date."""
    known = facts.get(iri, {})
    own = earliest(known.get("startDate", ()))
    if own is not None:
        return own
    for summit in sorted(str(s) for s in known.get("adoptedAt", ())):
        summit_date = earliest(facts.get(summit, {}).get("startDate", ()))
        if summit_date is not None:
            return summit_date
    return earliest(known.get("dateCreated", ()))


def occasion_of(iri: str, facts: Facts) -> str:
    """The summit an event belongs to: a declaration's summit, else the event itself."""
    summits = sorted(str(s) for s in facts.get(iri, {}).get("adoptedAt", ()))
    return summits[0] if summits else iri


def event_interval(iri: str, facts: Facts) -> tuple[date, date] | None:
    """The days an event took: a summit from its start to its end date; a declaration the
    day it was signed (created), else the days of its summit; ``None`` when undated."""
    known = facts.get(iri, {})
    start = earliest(known.get("startDate", ()))
    if start is not None:
        end = latest(known.get("endDate", ()))
        return start, end if end is not None and end >= start else start
    created = earliest(known.get("dateCreated", ()))
    if created is not None:
        return created, created
    for summit in sorted(str(s) for s in known.get("adoptedAt", ())):
        if summit != iri and (span := event_interval(summit, facts)) is not None:
            return span
    return None


def merged_intervals(spans: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """The intervals sorted, those that overlap or touch merged into one (a declaration
    signed during its summit adds no interval of its own)."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def days_of(values: Iterable[Node]) -> list[date]:
    """The days the values name (``xsd:date`` or ``xsd:dateTime``); other values are skipped."""
    days = []
    for value in values:
        try:
            days.append(date.fromisoformat(str(value)[:10]))
        except ValueError:
            continue
    return days


def earliest(values: Iterable[Node]) -> date | None:
    return min(days_of(values), default=None)


def latest(values: Iterable[Node]) -> date | None:
    return max(days_of(values), default=None)


def integer_of(value: Node) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def kind_of(types: Iterable[Node], fallback: str) -> str:
    kinds = sorted({CLASS_KINDS[str(t)] for t in types if str(t) in CLASS_KINDS})
    return kinds[0] if kinds else fallback


def local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
