"""What every step of the extraction reads: one release, cut into regions and sentences, the
compiled tools of the gazetteer, and the facts and warnings gathered so far.

The steps (one module per kind of fact) take a ``ReleaseContext`` and typed inputs and return
typed results; the context is the one place they share, so the order of the steps in
``ltgraph.extract.extract_facts`` is the whole flow of a release through the extraction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ltgraph import language
from ltgraph.extract.partners import PartnerMatcher
from ltgraph.extract.places import Matchers
from ltgraph.extract.roles import RoleMatcher
from ltgraph.extract.text import Region, Sentence, regions_of, sentences_of
from ltgraph.gazetteer import CityEntry, Gazetteer
from ltgraph.model import Release, Span

__all__ = ["Attendee", "Collector", "FactKey", "Membership", "Named", "Participant",
           "Partnership", "ReleaseContext", "Tools", "tools_for"]

ALL_KINDS = ("headline", "subheadline", "body", "caption")


@dataclass(frozen=True)
class Tools:
    """The patterns compiled from a gazetteer's names: costly, so built once per gazetteer."""

    matchers: Matchers
    roles: RoleMatcher
    partners: PartnerMatcher


def tools_for(gaz: Gazetteer) -> Tools:
    """Compiled patterns for a gazetteer, built on first use and kept with it."""
    tools = getattr(gaz, "_extract_tools", None)
    if tools is None:
        tools = Tools(Matchers(gaz), RoleMatcher(gaz), PartnerMatcher(gaz))
        gaz._extract_tools = tools  # type: ignore[attr-defined]
    return tools


@dataclass(frozen=True)
class Named:
    """A resource the release names; ``kind`` is "person", "city", "org", "venue" or
    "summit"."""

    kind: str
    slug: str


@dataclass(frozen=True)
class Attendee:
    summit: str
    person: str


@dataclass(frozen=True)
class Participant:
    summit: str
    city: str


@dataclass(frozen=True)
class Membership:
    city: str
    network: str
    since: int | None


@dataclass(frozen=True)
class Partnership:
    organisation: str
    role: str
    summit: str


FactKey = Named | Attendee | Participant | Membership | Partnership


@dataclass
class Collector:
    """Facts keyed by identity, with their evidence spans merged: a fact found in both halves
    (or twice in one) is one fact with the evidence of every place that states it."""

    spans: dict[FactKey, set[tuple[int, int]]] = field(
        default_factory=lambda: defaultdict(set))
    order: list[FactKey] = field(default_factory=list)

    def add(self, key: FactKey, *spans: tuple[int, int] | None) -> None:
        if key not in self.spans:
            self.order.append(key)
        bucket = self.spans[key]
        for span in spans:
            if span and span[1] > span[0]:
                bucket.add(span)

    def evidence(self, key: FactKey) -> tuple[Span, ...]:
        return tuple(Span(s, e) for s, e in sorted(self.spans.get(key, ())))

    def named(self, kind: str) -> list[Named]:
        """The resources of one kind, in the order they were first found."""
        return [k for k in self.order if isinstance(k, Named) and k.kind == kind]

    def of_type(self, kind: type[FactKey]) -> list:
        """The facts of one type, in the order they were first found."""
        return [k for k in self.order if type(k) is kind]


@dataclass
class ReleaseContext:
    """One release as the steps read it, and what they gather while reading it.

    ``facts`` collects every fact with its spans, ``city_entries`` the cities behind the city
    facts (reference or GeoNames), ``org_labels`` the names of organisations the reference data
    does not know, ``warnings`` what the release contradicts or leaves open.
    """

    release: Release
    gaz: Gazetteer
    tools: Tools
    regions: list[Region]
    sentences: dict[Region, list[Sentence]]
    facts: Collector = field(default_factory=Collector)
    warnings: list[str] = field(default_factory=list)
    city_entries: dict[str, CityEntry] = field(default_factory=dict)
    org_labels: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, release: Release, gaz: Gazetteer) -> ReleaseContext:
        """The context of a release: its regions and their sentences, computed once."""
        regions = regions_of(release)
        return cls(release, gaz, tools_for(gaz), regions,
                   {r: sentences_of(r) for r in regions})

    @property
    def text(self) -> str:
        return self.release.text

    @property
    def published(self) -> date | None:
        return self.release.published

    def all_sentences(self, kinds: tuple[str, ...] = ALL_KINDS) -> list[Sentence]:
        """The sentences of the regions of these kinds, in reading order."""
        return [s for r in self.regions if r.kind in kinds for s in self.sentences[r]]

    def sentence_at(self, region: Region, pos: int) -> Sentence | None:
        """The sentence of ``region`` that holds the offset ``pos``."""
        for sentence in self.sentences.get(region, ()):
            if sentence.start <= pos < sentence.end:
                return sentence
        return None

    def add_city(self, entry: CityEntry, *spans: tuple[int, int] | None) -> bool:
        """A city the text names at these spans; a part of a city (a borough, a district)
        is none, and whether it was added says so to a caller that would make it take part."""
        if self.part_of_a_city(entry, spans):
            return False
        self.city_entries.setdefault(entry.slug, entry)
        self.facts.add(Named("city", entry.slug), *spans)
        return True

    def part_of_a_city(self, entry: CityEntry, spans: tuple[tuple[int, int] | None, ...]
                       ) -> bool:
        """Whether a place of the world's gazetteer (never one of the reference data) is a
        part of a city rather than a city: named after a noun of a borough or district ("l'
        arrondissement de X", "the borough of X", "im Stadtteil X") or heading its
        apposition ("X, a district of Y") wherever it is named, or by a larger city's name and a word of a compass point ("X-Nord",
        "X-Süd")."""
        if entry.in_reference:
            return False
        whole = language.COMPASS_PART_RE.fullmatch(entry.label)
        larger = self.gaz.city(whole.group(1)) if whole else None
        if larger and larger.country_iso == entry.country_iso and (
                larger.in_reference or (larger.population or 0) > (entry.population or 0)):
            return True
        told = [span for span in spans if span]
        return bool(told) and all(self._named_as_district(start, end) for start, end in told)

    def _named_as_district(self, start: int, end: int) -> bool:
        """Whether the words around a place's name say it is a part of a city: a noun of a
        borough or district before it ("im Stadtteil X", "le quartier X") or after it ("in
        X district", "X, a district of Y", "X, ein Stadtteil von Y", "X, un quartier de Y")."""
        return bool(language.DISTRICT_HEAD_END_RE.search(self.text, max(0, start - 40), start)
                    or language.DISTRICT_TAIL_RE.match(self.text, end))

    def add_agent(self, agent: str, *spans: tuple[int, int] | None) -> None:
        """A city or an organisation (``city/x``, ``org/y``) the text names at these spans."""
        kind, slug = agent.split("/", 1)
        if kind == "city":
            entry = (self.gaz.cities_by_slug.get(slug) or self.city_entries.get(slug)
                     or self.gaz.geonames_by_slug.get(slug))
            if entry:
                self.add_city(entry, *spans)
        else:
            self.facts.add(Named("org", slug), *spans)
