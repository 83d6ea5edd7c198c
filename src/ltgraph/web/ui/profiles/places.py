"""The profiles of places and bodies: a city (its officials, summits, declarations, map), an
organisation (its events and people) and a declaration (its signatories by country, mapped)."""

from __future__ import annotations

from ltgraph.store.base import Description
from ltgraph.terms import LT, SCHEMA
from ltgraph.web.ui.common import Shown, iri_ref, rows, show_term
from ltgraph.web.ui.profiles.parts import (
    Entry,
    Labels,
    P,
    Profile,
    country_groups,
    map_view,
    named,
    objects,
    period,
    say,
    text_of,
)


# -- city --------------------------------------------------------------------------------------
def city(description: Description, labels: Labels, lang: str) -> Profile:
    ref = iri_ref(str(description.iri))
    officials = official_entries(ref, labels, lang)
    events = rows(P + f"""SELECT DISTINCT ?event ?how ?date WHERE {{
      {{ ?event lt:hostCity {ref} BIND("hosted" AS ?how) }}
      UNION {{ ?event lt:participatingCity {ref} BIND("took part" AS ?how) }}
      OPTIONAL {{ ?event schema:startDate ?date }}
    }}""")
    signed = rows(P + f"""SELECT DISTINCT ?declaration ?date WHERE {{
      ?declaration lt:signatory {ref} . OPTIONAL {{ ?declaration schema:dateCreated ?date }}
    }}""")
    memberships = rows(P + f"""SELECT DISTINCT ?network ?since WHERE {{
      ?membership org:member {ref} ; org:organization ?network .
      FILTER NOT EXISTS {{ ?membership a lt:Mandate }}
      OPTIONAL {{ ?membership lt:memberSince ?since }}
    }}""")
    profile = Profile("city")
    profile.facts = [(name, values) for name, values in (
        (say(lang, "Country", "Land"), named(objects(description, LT.country), labels, lang)),
        (say(lang, "Member of", "Mitglied von"),
         [Shown(f"{show_term(r['network'], labels, lang).text}"
                + (say(lang, f" since {r['since']}", f" seit {r['since']}")
                   if r.get("since") is not None else ""),
                show_term(r["network"], labels, lang).href) for r in memberships]),
    ) if values]
    hosted = {str(r["event"]) for r in events if str(r["how"]) == "hosted"}
    by_event: dict[str, Entry] = {}
    for row in sorted(events, key=lambda r: text_of(r.get("date"))):
        iri = str(row["event"])
        note = say(lang, "host", "Gastgeber") if iri in hosted else ""
        by_event.setdefault(iri, Entry(show_term(row["event"], labels, lang), note,
                                       when=text_of(row.get("date"))[:10]))
    same = [{"city": description.iri, "same": o} for o in objects(description, SCHEMA.sameAs)]
    profile.sections = {
        "officials": officials,
        "events": sorted(by_event.values(), key=lambda e: (e.when, e.shown.key)),
        "signed": [Entry(show_term(r["declaration"], labels, lang), when=text_of(r.get("date")))
                   for r in sorted(signed, key=lambda r: text_of(r.get("date")))],
        "map": map_view(same or [{"city": description.iri}], labels, lang, least=160.0,
                    small=True),
    }
    return profile


def official_entries(ref: str, labels: Labels, lang: str) -> list[Entry]:
    """The people who held a role in a city or organisation, with the role and its term."""
    found = rows(P + f"""SELECT DISTINCT ?person ?role ?label ?start ?end ?attested WHERE {{
      ?mandate org:organization {ref} ; org:member ?person ; org:role ?role .
      OPTIONAL {{ ?mandate lt:roleLabel ?label }}
      OPTIONAL {{ ?mandate schema:startDate ?start }} OPTIONAL {{ ?mandate schema:endDate ?end }}
      OPTIONAL {{ ?mandate lt:attestedOn ?attested }}
    }}""")
    return [Entry(show_term(r["person"], labels, lang),
                  ", ".join(dict.fromkeys(filter(None, (show_term(r["role"], labels, lang).text,
                                                        text_of(r.get("label")))))),
                  when=period(r, lang))
            for r in sorted(found, key=lambda r: (text_of(r.get("start")), str(r["person"])))]


# -- organisation ------------------------------------------------------------------------------
def organisation(description: Description, labels: Labels, lang: str) -> Profile:
    ref = iri_ref(str(description.iri))
    partnered = rows(P + f"""SELECT DISTINCT ?event ?role ?date WHERE {{
      {{ ?partnership lt:partner {ref} ; lt:event ?event .
         OPTIONAL {{ ?partnership lt:partnerRole ?role }} }}
      UNION {{ ?event schema:organizer {ref} BIND(schema:organizer AS ?role) }}
      UNION {{ ?event lt:coOrganiser {ref} BIND(lt:coOrganiser AS ?role) }}
      OPTIONAL {{ ?event schema:startDate ?date }}
    }}""")
    members = rows(P + f"""SELECT (COUNT(DISTINCT ?city) AS ?n) WHERE {{
      ?membership org:organization {ref} ; org:member ?city .
      FILTER NOT EXISTS {{ ?membership a lt:Mandate }} }}""")
    profile = Profile("organisation")
    count = int(members[0]["n"]) if members and members[0].get("n") is not None else 0
    profile.facts = [
        (say(lang, "Founded", "Gegründet"),
         [Shown(text_of(o)) for o in objects(description, SCHEMA.foundingDate)]),
        (say(lang, "Based in", "Sitz"),
         named(objects(description, SCHEMA.location), labels, lang)),
        (say(lang, "Part of", "Teil von"),
         named(objects(description, SCHEMA.parentOrganization), labels, lang)),
        (say(lang, "Member cities", "Mitgliedsstädte"), [Shown(str(count))] if count else []),
    ]
    by_event: dict[str, Entry] = {}
    for row in sorted(partnered, key=lambda r: text_of(r.get("date"))):
        role = row.get("role")
        note = (say(lang, "organiser", "Veranstalter") if role == SCHEMA.organizer
                else say(lang, "co-organiser", "Mitveranstalter") if role == LT.coOrganiser
                else show_term(role, labels, lang).text if role is not None else "")
        entry = by_event.setdefault(str(row["event"]), Entry(
            show_term(row["event"], labels, lang), "", when=text_of(row.get("date"))[:10]))
        entry.note = ", ".join(sorted(filter(None, {*entry.note.split(", "), note})))
    profile.sections = {"events": list(by_event.values()),
                        "people": official_entries(ref, labels, lang)}
    return profile



# -- declaration -------------------------------------------------------------------------------
def declaration(description: Description, labels: Labels, lang: str) -> Profile:
    ref = iri_ref(str(description.iri))
    signatories = rows(P + f"""SELECT DISTINCT ?city ?country ?same WHERE {{
      {ref} lt:signatory ?city .
      OPTIONAL {{ ?city lt:country ?country }} OPTIONAL {{ ?city schema:sameAs ?same }}
    }}""")
    profile = Profile("declaration")
    profile.facts = [(name, values) for name, values in (
        (say(lang, "Date", "Datum"),
         [Shown(text_of(o)) for o in objects(description, SCHEMA.dateCreated)]),
        (say(lang, "Adopted at", "Beschlossen auf"),
         named(objects(description, LT.adoptedAt), labels, lang)),
        (say(lang, "Signatory cities", "Unterzeichnende Städte"),
         [Shown(str(len({str(r["city"]) for r in signatories})))]),
    ) if values]
    profile.sections = {
        "signing": country_groups(signatories, labels, lang),
        "map": map_view(signatories, labels, lang, least=360.0) if signatories else None,
    }
    return profile
