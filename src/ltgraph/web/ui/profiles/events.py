"""The profile of a summit: who came, from which cities and countries, with which partners,
the figures each source gives, the photos."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from ltgraph.store.base import Description
from ltgraph.terms import LT, SCHEMA
from ltgraph.web.ui.common import Shown, iri_ref, rows, show_term
from ltgraph.web.ui.evidence import source_of
from ltgraph.web.ui.facts import property_name
from ltgraph.web.ui.profiles.parts import (
    GALLERY,
    PHOTO_DETAILS,
    Entry,
    Group,
    Labels,
    P,
    Profile,
    country_groups,
    each_with_details,
    named,
    objects,
    photos_of,
    say,
    text_of,
)

FIGURES = (LT.delegationCount, LT.countryCount, LT.representativeCount, LT.reportedFigure)


# -- summit ------------------------------------------------------------------------------------
def summit(description: Description, labels: Labels, lang: str) -> Profile:
    ref = iri_ref(str(description.iri))
    attendees = rows(P + f"""SELECT DISTINCT ?person ?role ?organisation ?city WHERE {{
      {ref} schema:attendee ?person .
      OPTIONAL {{ ?mandate org:member ?person ; org:role ?role .
                 OPTIONAL {{ ?mandate org:organization ?organisation }}
                 OPTIONAL {{ ?mandate org:organization ?city . ?city a lt:City }} }}
    }}""")
    cities = rows(P + f"""SELECT DISTINCT ?city ?country ?how WHERE {{
      {{ {ref} lt:participatingCity ?city BIND("takes part" AS ?how) }}
      UNION {{ ?declaration lt:adoptedAt {ref} ; lt:signatory ?city BIND("signs" AS ?how) }}
      UNION {{ {ref} lt:hostCity ?city BIND("hosts" AS ?how) }}
      OPTIONAL {{ ?city lt:country ?country }}
    }}""")
    partners = rows(P + f"""SELECT DISTINCT ?partner ?role WHERE {{
      ?partnership lt:event {ref} ; lt:partner ?partner .
      OPTIONAL {{ ?partnership lt:partnerRole ?role }}
    }}""")
    photos = each_with_details("photo", f"?photo schema:about {ref} . ?photo a lt:Photograph",
                               PHOTO_DETAILS)
    declarations = rows(P + f"""SELECT DISTINCT ?declaration WHERE {{
      ?declaration lt:adoptedAt {ref} }}""")
    profile = Profile("summit")
    starts = objects(description, SCHEMA.startDate)
    ends = objects(description, SCHEMA.endDate)
    profile.facts = [
        (say(lang, "Dates", "Daten"),
         [Shown(" – ".join(dict.fromkeys(filter(None, (text_of(s), text_of(e))))))
          for s, e in zip(starts or [None], ends or [None], strict=False) if s or e]),
        (say(lang, "Host city", "Gastgeberstadt"),
         named(objects(description, LT.hostCity), labels, lang)),
        (say(lang, "Venues", "Veranstaltungsorte"),
         named(objects(description, SCHEMA.location), labels, lang)),
        (say(lang, "Organisers", "Veranstalter"),
         named(objects(description, SCHEMA.organizer), labels, lang)),
        (say(lang, "Co-organisers", "Mitveranstalter"),
         named(objects(description, LT.coOrganiser), labels, lang)),
        (say(lang, "Declarations adopted", "Beschlossene Erklärungen"),
         named((r["declaration"] for r in declarations), labels, lang)),
        (say(lang, "Number", "Nummer"),
         [Shown(f"{text_of(o)}.") for o in objects(description, LT.ordinal)]),
    ]
    profile.facts = [(name, values) for name, values in profile.facts if values]
    profile.sections = {
        "attendees": attendee_groups(attendees, labels, lang),
        "attendee_count": len({str(r["person"]) for r in attendees}),
        "cities": city_groups(cities, labels, lang),
        "city_count": len({str(r["city"]) for r in cities}),
        "signing_count": len({str(r["city"]) for r in cities if str(r["how"]) == "signs"}),
        "partners": partner_groups(partners, labels, lang),
        "figures": figures(description, labels, lang),
        "photos": photos_of(photos, labels, lang),
        "gallery": GALLERY,
    }
    return profile


def city_groups(found: list[dict[str, Node]], labels: Labels, lang: str) -> list[Group]:
    """The cities of a summit by country, each marked as host or signatory."""
    notes: dict[str, set[str]] = {}
    for row in found:
        how = str(row["how"])
        word = {"hosts": say(lang, "host", "Gastgeber"),
                "signs": say(lang, "signed", "unterzeichnet")}.get(how)
        notes.setdefault(str(row["city"]), set()).update([word] if word else [])
    groups = country_groups(found, labels, lang)
    for group in groups:
        for entry in group.entries:
            entry.note = ", ".join(sorted(notes.get(entry.shown.iri or "", ())))
    return groups


def attendee_groups(found: list[dict[str, Node]], labels: Labels, lang: str) -> list[Group]:
    """Attendees by the city (else the organisation) of their role, with their roles."""
    by_person: dict[str, dict[str, Any]] = {}
    for row in found:
        person = by_person.setdefault(str(row["person"]), {"roles": set(), "where": set()})
        if row.get("role") is not None:
            person["roles"].add((show_term(row["role"], labels, lang).text,
                                 text_of(row.get("organisation"))))
        where = row.get("city") if row.get("city") is not None else row.get("organisation")
        if where is not None:
            person["where"].add(where)
    groups: dict[str, tuple[Shown, list[Entry]]] = {}
    elsewhere = Shown(say(lang, "Role not stated", "Funktion nicht angegeben"))
    for iri, person in by_person.items():
        places = sorted(person["where"], key=str)
        heading = show_term(places[0], labels, lang) if places else elsewhere
        roles = sorted(role if not organisation or organisation == str(places[0]) else
                       f"{role}, {show_term(URIRef(organisation), labels, lang).text}"
                       for role, organisation in person["roles"])
        entry = Entry(show_term(URIRef(iri), labels, lang), "; ".join(roles))
        groups.setdefault(str(places[0]) if places else "", (heading, []))[1].append(entry)
    ordered = sorted(groups.items(), key=lambda item: (item[0] == "", item[1][0].key))
    return [Group(heading, sorted(entries, key=lambda e: e.shown.key))
            for _, (heading, entries) in ordered]


def partner_groups(found: list[dict[str, Node]], labels: Labels, lang: str) -> list[Group]:
    groups: dict[str, tuple[Shown, set[Shown]]] = {}
    other = Shown(say(lang, "Partner", "Partner"))
    for row in found:
        role = row.get("role")
        heading = show_term(role, labels, lang) if role is not None else other
        groups.setdefault(str(role), (heading, set()))[1].add(
            show_term(row["partner"], labels, lang))
    return [Group(heading, [Entry(s) for s in sorted(items, key=lambda s: s.key)])
            for heading, items in sorted(groups.values(), key=lambda g: g[0].key)]


@dataclass
class Figures:
    """Figures side by side: one row per kind of figure, one column per source."""

    sources: list[Any]
    rows: list[tuple[Shown, list[str]]]


def figures(description: Description, labels: Labels, lang: str) -> Figures:
    found: dict[tuple[str, str], set[str]] = {}
    graphs: dict[str, Node | None] = {}
    for s, p, o, g in description.outgoing:
        if s != description.iri or p not in FIGURES:
            continue
        graphs[str(g)] = g
        value = str(o) if isinstance(o, Literal) else show_term(o, labels, lang).text
        found.setdefault((str(p), str(g)), set()).add(value)
    columns = sorted(((key, source_of(g, lang)) for key, g in graphs.items()),
                     key=lambda column: (column[1].kind != "release", column[1].text))
    order = [str(f) for f in FIGURES]
    table = [(property_name(predicate, labels, lang),
              [", ".join(sorted(found.get((predicate, key), ()))) for key, _ in columns])
             for predicate in sorted({p for p, _ in found}, key=order.index)]
    sources = [source for _, source in columns]
    return Figures(sources, table)
