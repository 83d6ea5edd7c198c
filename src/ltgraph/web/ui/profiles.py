"""Profiles: what a summit, city, person or declaration page shows first, as answers rather
than a table of statements (which follows, complete, as "All statements").

Each profile is built from the resource's description (already at hand) and a few fixed
queries about that one resource (its IRI checked by :func:`iri_ref`, never a reader's text);
the values are plain data for the templates ``profile_{kind}.html``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, RDF
from rdflib.term import Node

from ltgraph.store.base import Description
from ltgraph.terms import LT, SCHEMA, sparql_prefixes
from ltgraph.web.ui.common import Shown, iri_ref, rows, show_term
from ltgraph.web.ui.evidence import Quote, Span, quotes_of, release_name, source_of
from ltgraph.web.ui.evidence import release_text as text_of_release
from ltgraph.web.ui.facts import property_name
from ltgraph.web.ui.worldmap import Pin, coordinates, project, view_box

P = sparql_prefixes()
GALLERY = 12
MOST_LABELLED = 12  # more pins than this: names in the hover titles and the list beside
FIGURES = (LT.delegationCount, LT.countryCount, LT.representativeCount, LT.reportedFigure)
Labels = dict[str, list[Literal]]


@dataclass
class Entry:
    """One line of a profile: a thing, what to say next to it, and the things it goes with."""

    shown: Shown
    note: str = ""
    related: list[Shown] = field(default_factory=list)
    when: str = ""


@dataclass
class Group:
    """Entries under a heading (a city, a country, a role)."""

    heading: Shown
    entries: list[Entry]


@dataclass
class MapView:
    """Pins on the world map, seen through ``view_box``; sizes in map units so that a pin and
    its label keep the same size on screen however far the view is zoomed."""

    key: str
    pins: list[Pin]
    view_box: str
    missing: list[Shown]
    small: bool
    radius: float = 0.0
    font: float = 0.0
    labelled: bool = True

    def __post_init__(self) -> None:
        width = float(self.view_box.split()[2])
        per_pixel = width / (340 if self.small else 1100)
        self.radius = round(5 * per_pixel, 2)
        self.font = round(13 * per_pixel, 2)
        self.labelled = len(self.pins) <= MOST_LABELLED


@dataclass
class Photo:
    shown: Shown
    caption: Quote | None
    image: str | None  # the picture's address: a link, never loaded by the page


@dataclass
class Profile:
    kind: str
    facts: list[tuple[str, list[Shown]]] = field(default_factory=list)
    sections: dict[str, Any] = field(default_factory=dict)


# -- helpers ------------------------------------------------------------------------------------
def _objects(description: Description, predicate: URIRef) -> list[Node]:
    found = {o for s, p, o, _ in description.outgoing
             if s == description.iri and p == predicate}
    return sorted(found, key=str)


def _shown(values: Iterable[Node | None], labels: Labels, lang: str) -> list[Shown]:
    unique = {show_term(v, labels, lang) for v in values if v is not None}
    return sorted(unique, key=lambda s: s.key)


def _text(value: Node | None) -> str:
    return str(value) if value is not None else ""


def _period(row: dict[str, Node], lang: str) -> str:
    """A term of office as its source states it: "2014-09-01 – 2020-10-31", or only the date
    a release attests the role on ("as of 2019-09-01")."""
    start, end = _text(row.get("start")), _text(row.get("end"))
    if start or end:
        return f"{start or '?'} – {end}".strip()
    attested = _text(row.get("attested"))
    return _words(lang, f"as of {attested}", f"Stand {attested}") if attested else ""


def _words(lang: str, en: str, de: str) -> str:
    return de if lang == "de" else en


def _country_groups(found: list[dict[str, Node]], labels: Labels, lang: str, *,
                    item: str = "city") -> list[Group]:
    """Cities grouped by their country, the biggest group first."""
    groups: dict[str, tuple[Shown, set[Shown]]] = {}
    unknown = Shown(_words(lang, "country not stated", "Land nicht angegeben"))
    for row in found:
        country = row.get("country")
        heading = show_term(country, labels, lang) if country is not None else unknown
        groups.setdefault(str(country), (heading, set()))[1].add(
            show_term(row[item], labels, lang))
    ordered = sorted(groups.values(), key=lambda g: (-len(g[1]), g[0].key))
    return [Group(heading, [Entry(s) for s in sorted(items, key=lambda s: s.key)])
            for heading, items in ordered]


def _map(found: list[dict[str, Node]], labels: Labels, lang: str, *, item: str = "city",
         least: float = 60.0, small: bool = False) -> MapView:
    """Pins for the places in some rows (``?same`` carries their sameAs links)."""
    same: dict[str, set[str]] = {}
    for row in found:
        links = same.setdefault(str(row[item]), set())
        if row.get("same") is not None:
            links.add(str(row["same"]))
    pins, missing = [], []
    for iri, links in sorted(same.items()):
        shown = show_term(URIRef(iri), labels, lang)
        position = coordinates(links)
        if position is None:
            missing.append(shown)
            continue
        x, y = project(*position)
        pins.append(Pin(x, y, shown.text, shown.href,
                        f"{position[0]:.2f}°, {position[1]:.2f}°"))
    pins.sort(key=lambda p: (p.y, p.x))
    return MapView("small" if small else "wide", pins, view_box(pins, least=least),
                   sorted(missing, key=lambda s: s.key), small)


def _quote(span_rows: list[dict[str, Node]], lang: str) -> Quote | None:
    spans = []
    for row in span_rows:
        release, start, end = row.get("release"), row.get("start"), row.get("end")
        if not isinstance(release, URIRef) or start is None or end is None:
            continue
        iri = str(release)
        spans.append(Span(show_term(release, {}, lang).href, release_name(iri, lang), "",
                          int(start), int(end), None, iri))
    found = quotes_of(spans)
    return found[0] if found else None


def _photos(found: list[dict[str, Node]], labels: Labels, lang: str) -> list[Photo]:
    by_photo: dict[str, list[dict[str, Node]]] = {}
    for row in found:
        by_photo.setdefault(str(row["photo"]), []).append(row)
    photos = []
    for iri, photo_rows in by_photo.items():
        image = next((str(r["url"]) for r in photo_rows if r.get("url") is not None), None)
        shown = show_term(URIRef(iri), labels, lang)
        photos.append(Photo(shown, _quote(photo_rows, lang),
                            show_term(URIRef(image), {}, lang).href if image else None))
    return sorted(photos, key=lambda p: p.shown.key)


PHOTO_COLUMNS = "?photo ?url ?release ?start ?end"
PHOTO_DETAILS = """
      OPTIONAL { ?photo schema:contentUrl ?url }
      OPTIONAL { ?photo lt:span ?span . ?span lt:charStart ?start ; lt:charEnd ?end ;
                 lt:spanOf ?release }"""


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
    photos = rows(P + f"""SELECT DISTINCT {PHOTO_COLUMNS} WHERE {{
      ?photo a lt:Photograph ; schema:about {ref} . {PHOTO_DETAILS} }}""")
    declarations = rows(P + f"""SELECT DISTINCT ?declaration WHERE {{
      ?declaration lt:adoptedAt {ref} }}""")
    profile = Profile("summit")
    starts = _objects(description, SCHEMA.startDate)
    ends = _objects(description, SCHEMA.endDate)
    profile.facts = [
        (_words(lang, "Dates", "Daten"),
         [Shown(" – ".join(dict.fromkeys(filter(None, (_text(s), _text(e))))))
          for s, e in zip(starts or [None], ends or [None], strict=False) if s or e]),
        (_words(lang, "Host city", "Gastgeberstadt"),
         _shown(_objects(description, LT.hostCity), labels, lang)),
        (_words(lang, "Venues", "Veranstaltungsorte"),
         _shown(_objects(description, SCHEMA.location), labels, lang)),
        (_words(lang, "Organisers", "Veranstalter"),
         _shown(_objects(description, SCHEMA.organizer), labels, lang)),
        (_words(lang, "Declarations adopted", "Beschlossene Erklärungen"),
         _shown((r["declaration"] for r in declarations), labels, lang)),
        (_words(lang, "Number", "Nummer"),
         [Shown(f"{_text(o)}.") for o in _objects(description, LT.ordinal)]),
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
        "photos": _photos(photos, labels, lang),
        "gallery": GALLERY,
    }
    return profile


def city_groups(found: list[dict[str, Node]], labels: Labels, lang: str) -> list[Group]:
    """The cities of a summit by country, each marked as host or signatory."""
    notes: dict[str, set[str]] = {}
    for row in found:
        how = str(row["how"])
        word = {"hosts": _words(lang, "host", "Gastgeber"),
                "signs": _words(lang, "signed", "unterzeichnet")}.get(how)
        notes.setdefault(str(row["city"]), set()).update([word] if word else [])
    groups = _country_groups(found, labels, lang)
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
                                 _text(row.get("organisation"))))
        where = row.get("city") if row.get("city") is not None else row.get("organisation")
        if where is not None:
            person["where"].add(where)
    groups: dict[str, tuple[Shown, list[Entry]]] = {}
    elsewhere = Shown(_words(lang, "Role not stated", "Funktion nicht angegeben"))
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
    other = Shown(_words(lang, "Partner", "Partner"))
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
        (_words(lang, "Country", "Land"), _shown(_objects(description, LT.country), labels, lang)),
        (_words(lang, "Member of", "Mitglied von"),
         [Shown(f"{show_term(r['network'], labels, lang).text}"
                + (_words(lang, f" since {r['since']}", f" seit {r['since']}")
                   if r.get("since") is not None else ""),
                show_term(r["network"], labels, lang).href) for r in memberships]),
    ) if values]
    hosted = {str(r["event"]) for r in events if str(r["how"]) == "hosted"}
    by_event: dict[str, Entry] = {}
    for row in sorted(events, key=lambda r: _text(r.get("date"))):
        iri = str(row["event"])
        note = _words(lang, "host", "Gastgeber") if iri in hosted else ""
        by_event.setdefault(iri, Entry(show_term(row["event"], labels, lang), note,
                                       when=_text(row.get("date"))[:10]))
    same = [{"city": description.iri, "same": o} for o in _objects(description, SCHEMA.sameAs)]
    profile.sections = {
        "officials": officials,
        "events": sorted(by_event.values(), key=lambda e: (e.when, e.shown.key)),
        "signed": [Entry(show_term(r["declaration"], labels, lang), when=_text(r.get("date")))
                   for r in sorted(signed, key=lambda r: _text(r.get("date")))],
        "map": _map(same or [{"city": description.iri}], labels, lang, least=160.0,
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
                                                        _text(r.get("label")))))),
                  when=_period(r, lang))
            for r in sorted(found, key=lambda r: (_text(r.get("start")), str(r["person"])))]


# -- organisation ------------------------------------------------------------------------------
def organisation(description: Description, labels: Labels, lang: str) -> Profile:
    ref = iri_ref(str(description.iri))
    partnered = rows(P + f"""SELECT DISTINCT ?event ?role ?date WHERE {{
      {{ ?partnership lt:partner {ref} ; lt:event ?event .
         OPTIONAL {{ ?partnership lt:partnerRole ?role }} }}
      UNION {{ ?event schema:organizer {ref} BIND(schema:organizer AS ?role) }}
      OPTIONAL {{ ?event schema:startDate ?date }}
    }}""")
    members = rows(P + f"""SELECT (COUNT(DISTINCT ?city) AS ?n) WHERE {{
      ?membership org:organization {ref} ; org:member ?city .
      FILTER NOT EXISTS {{ ?membership a lt:Mandate }} }}""")
    profile = Profile("organisation")
    count = int(members[0]["n"]) if members and members[0].get("n") is not None else 0
    profile.facts = [
        (_words(lang, "Founded", "Gegründet"),
         [Shown(_text(o)) for o in _objects(description, SCHEMA.foundingDate)]),
        (_words(lang, "Based in", "Sitz"),
         _shown(_objects(description, SCHEMA.location), labels, lang)),
        (_words(lang, "Part of", "Teil von"),
         _shown(_objects(description, SCHEMA.parentOrganization), labels, lang)),
        (_words(lang, "Member cities", "Mitgliedsstädte"), [Shown(str(count))] if count else []),
    ]
    by_event: dict[str, Entry] = {}
    for row in sorted(partnered, key=lambda r: _text(r.get("date"))):
        role = row.get("role")
        note = (_words(lang, "organiser", "Veranstalter") if role == SCHEMA.organizer
                else show_term(role, labels, lang).text if role is not None else "")
        entry = by_event.setdefault(str(row["event"]), Entry(
            show_term(row["event"], labels, lang), "", when=_text(row.get("date"))[:10]))
        entry.note = ", ".join(sorted(filter(None, {*entry.note.split(", "), note})))
    profile.sections = {"events": list(by_event.values()),
                        "people": official_entries(ref, labels, lang)}
    return profile


# -- person ------------------------------------------------------------------------------------
def person(description: Description, labels: Labels, lang: str) -> Profile:
    ref = iri_ref(str(description.iri))
    roles = rows(P + f"""SELECT DISTINCT ?role ?organisation ?label ?start ?end ?attested WHERE {{
      ?mandate org:member {ref} ; org:role ?role .
      OPTIONAL {{ ?mandate org:organization ?organisation }}
      OPTIONAL {{ ?mandate lt:roleLabel ?label }}
      OPTIONAL {{ ?mandate schema:startDate ?start }} OPTIONAL {{ ?mandate schema:endDate ?end }}
      OPTIONAL {{ ?mandate lt:attestedOn ?attested }}
    }}""")
    events = rows(P + f"""SELECT DISTINCT ?event ?date WHERE {{
      ?event schema:attendee {ref} . OPTIONAL {{ ?event schema:startDate ?date }} }}""")
    quotations = rows(P + f"""SELECT DISTINCT ?quote ?words ?language ?release ?start ?end
    WHERE {{
      ?quote lt:quotedPerson {ref} .
      OPTIONAL {{ ?quote schema:text ?words }} OPTIONAL {{ ?quote schema:inLanguage ?language }}
      OPTIONAL {{ ?quote lt:span ?span . ?span lt:charStart ?start ; lt:charEnd ?end ;
                 lt:spanOf ?release }}
    }}""")
    photos = rows(P + f"""SELECT DISTINCT {PHOTO_COLUMNS} WHERE {{
      {{ ?photo foaf:depicts {ref} }} UNION {{ ?photo schema:creator {ref} }} {PHOTO_DETAILS}
    }}""")
    profile = Profile("person")
    grouped_roles: dict[tuple[str, str], Entry] = {}
    for row in roles:
        key = (str(row["role"]), _text(row.get("organisation")))
        entry = grouped_roles.setdefault(key, Entry(
            show_term(row["role"], labels, lang), "",
            _shown([row.get("organisation")], labels, lang), _period(row, lang)))
        if row.get("label") is not None and _text(row["label"]) not in entry.note \
                and _text(row["label"]) != entry.shown.text:
            entry.note = ", ".join(filter(None, (entry.note, _text(row["label"]))))
    profile.sections = {
        "roles": sorted(grouped_roles.values(), key=lambda e: (e.when, e.shown.key)),
        "events": [Entry(show_term(r["event"], labels, lang), when=_text(r.get("date"))[:10])
                   for r in sorted(events, key=lambda r: _text(r.get("date")))],
        "quotations": quotation_entries(quotations, labels, lang),
        "photos": _photos(photos, labels, lang),
        "gallery": GALLERY,
    }
    return profile


@dataclass
class Quotation:
    shown: Shown
    words: str  # the words where the store has them, or the release text at the span
    language: str
    quote: Quote | None  # where it stands in the release


def quotation_entries(found: list[dict[str, Node]], labels: Labels,
                      lang: str) -> list[Quotation]:
    by_quote: dict[str, list[dict[str, Node]]] = {}
    for row in found:
        by_quote.setdefault(str(row["quote"]), []).append(row)
    result = []
    for iri, quote_rows in sorted(by_quote.items()):
        words = next((_text(r["words"]) for r in quote_rows if r.get("words") is not None), "")
        where = _quote(quote_rows, lang)
        if not words and where is not None and where.parts is not None:
            text = text_of_release(next(str(r["release"]) for r in quote_rows
                                        if r.get("release") is not None)) or ""
            spans = where.spans
            words = " … ".join(text[s:e] for s, e in spans)
        language = next((_text(r["language"]) for r in quote_rows
                         if r.get("language") is not None), "")
        result.append(Quotation(show_term(URIRef(iri), labels, lang), words, language, where))
    return sorted(result, key=lambda q: q.shown.key)


# -- declaration -------------------------------------------------------------------------------
def declaration(description: Description, labels: Labels, lang: str) -> Profile:
    ref = iri_ref(str(description.iri))
    signatories = rows(P + f"""SELECT DISTINCT ?city ?country ?same WHERE {{
      {ref} lt:signatory ?city .
      OPTIONAL {{ ?city lt:country ?country }} OPTIONAL {{ ?city schema:sameAs ?same }}
    }}""")
    profile = Profile("declaration")
    profile.facts = [(name, values) for name, values in (
        (_words(lang, "Date", "Datum"),
         [Shown(_text(o)) for o in _objects(description, SCHEMA.dateCreated)]),
        (_words(lang, "Adopted at", "Beschlossen auf"),
         _shown(_objects(description, LT.adoptedAt), labels, lang)),
        (_words(lang, "Signatory cities", "Unterzeichnende Städte"),
         [Shown(str(len({str(r["city"]) for r in signatories})))]),
    ) if values]
    profile.sections = {
        "signing": _country_groups(signatories, labels, lang),
        "map": _map(signatories, labels, lang, least=360.0) if signatories else None,
    }
    return profile


# -- photo and quotation -----------------------------------------------------------------------
def _span_rows(description: Description) -> list[dict[str, Node]]:
    """The release spans of a photo's caption or a quotation, from its own document."""
    ref = iri_ref(str(description.iri))
    return rows(P + f"""SELECT DISTINCT ?release ?start ?end WHERE {{
      {ref} lt:span ?span . ?span lt:charStart ?start ; lt:charEnd ?end ; lt:spanOf ?release }}""")


def photo(description: Description, labels: Labels, lang: str) -> Profile:
    profile = Profile("photo")
    image = next((str(o) for o in _objects(description, SCHEMA.contentUrl)), None)
    profile.facts = [
        (_words(lang, "Shows", "Zeigt"), _shown(_objects(description, FOAF.depicts), labels,
                                                 lang)),
        (_words(lang, "Photographer", "Fotografiert von"),
         _shown(_objects(description, SCHEMA.creator), labels, lang)),
        (_words(lang, "Event", "Ereignis"),
         _shown(_objects(description, SCHEMA.about), labels, lang)),
    ]
    profile.sections = {"caption": _quote(_span_rows(description), lang),
                        "image": show_term(URIRef(image), {}, lang).href if image else None}
    return profile


def quotation(description: Description, labels: Labels, lang: str) -> Profile:
    profile = Profile("quotation")
    spans = _span_rows(description)
    found = quotation_entries([{**row, "quote": description.iri,
                                "words": next(iter(_objects(description, SCHEMA.text)), None),
                                "language": next(iter(_objects(description, SCHEMA.inLanguage)),
                                                 None)}
                               for row in spans or [{}]], labels, lang)
    profile.facts = [
        (_words(lang, "Who", "Wer"), _shown(_objects(description, LT.quotedPerson), labels,
                                            lang)),
    ]
    profile.sections = {"quotation": found[0] if found else None}
    return profile


BUILDERS: dict[URIRef, Callable[[Description, Labels, str], Profile]] = {
    LT.Summit: summit, LT.City: city, LT.Person: person, LT.Declaration: declaration,
    LT.Photograph: photo, LT.Quotation: quotation, LT.Network: organisation,
    LT.Organisation: organisation,
}


def profile_of(description: Description, labels: Labels, lang: str) -> Profile | None:
    """The profile of a resource of a kind that has one (with the releases that speak of it
    as its sources); None otherwise."""
    types = {o for s, p, o, _ in description.outgoing if s == description.iri and p == RDF.type}
    for kind, build in BUILDERS.items():
        if kind in types:
            profile = build(description, labels, lang)
            profile.facts.append((_words(lang, "Press releases", "Pressemitteilungen"),
                                  release_sources(description, lang)))
            profile.facts = [(name, values) for name, values in profile.facts if values]
            return profile
    return None


def release_sources(description: Description, lang: str) -> list[Shown]:
    """The releases whose graphs state something about the resource, by their headlines."""
    graphs = {g for *_, g in (*description.outgoing, *description.incoming)}
    found = {source_of(g, lang) for g in graphs}
    return sorted((Shown(src.title, src.href) for src in found if src.kind == "release"),
                  key=lambda s: s.key)

