"""The gazetteer's tables: one entry class per kind of known thing, and :class:`Gazetteer`,
every name the extractor may recognise with its lookups.

Filled by :func:`ltgraph.gazetteer.load_gazetteer` from the curated reference graph
(:mod:`ltgraph.gazetteer.curated`) and the world's places (:mod:`ltgraph.gazetteer.world`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ltgraph.gazetteer.names import name_keys
from ltgraph.slugs import slugify


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
    founded: int | None = None  # the year of schema:foundingDate ("founding members" join then)


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
    city_states: set[str] = field(default_factory=set)  # keys of countries that are a city
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
    # the world's smaller places by name: (name) -> GeoNames records of that name, read only
    # where a text says which country a place is in ("X in Ireland")
    towns_named: Callable[[str], list[dict]] | None = None

    # ---------------------------------------------------------------- lookups
    def is_country(self, name: str) -> bool:
        """Whether a name is a country's and not also its city's ("Singapore", "Hong Kong"
        and "Monaco" are cities: most of the country lives in the city of its name)."""
        keys = name_keys(name)
        return any(key in self.countries for key in keys) and not any(
            key in self.city_states for key in keys)

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

    def town_in(self, name: str, iso: str) -> CityEntry | None:
        """The city or town of that name in that country, however small: a text that names
        the country beside it ("X in Ireland", "X (Barbados)") says it is a
        place there. A town found by another of its names is named as the text writes it."""
        known = self.city(name)
        if known is not None and known.country_iso == iso:
            return known
        if self.towns_named is None or self.is_country(name) or self.org_slug(name):
            return None
        records = [r for r in self.towns_named(name) if r["countrycode"] == iso]
        if not records:
            return None
        record = max(records, key=lambda r: (int(r.get("population") or 0), -r["geonameid"]))
        own = name_keys(record["name"])[0] == name_keys(name)[0]
        label = record["name"] if own else name
        slug = slugify(label)
        other = self.cities_by_slug.get(slug) or self.geonames_by_slug.get(slug)
        if other is not None and other.country_iso != iso:
            return None  # another place has that identifier
        return CityEntry(slug, label, iso, self.country_labels.get(iso, iso), None,
                         str(record["geonameid"]), int(record.get("population") or 0), False)

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
