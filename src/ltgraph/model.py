"""The plain data that passes between the stages: parse -> Release, extract -> ReleaseFacts.

No RDF here and no text analysis: these are the contracts between ``parse``, ``extract`` and
``mapping``. Offsets are character offsets into the decoded text of the source file (Python
``str`` indices), which is identified by the SHA-256 of its bytes. Every fact carries the spans
of the text that support it, so the graph can say where each statement comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Part:
    """A piece of the release (headline, body, caption, ...) and where it stands in the file."""

    text: str
    span: Span


@dataclass(frozen=True)
class Image:
    url: str
    caption: Part
    credit: Part | None  # "Landeshauptstadt Düsseldorf/David Young"
    photographer: Part | None  # "David Young"
    span: Span  # the whole "Bild: ..." entry


@dataclass(frozen=True)
class Byline:
    kind: str  # "Text" or "Redaktion"
    author: Part  # as written, e.g. "Herden, Ingrid"
    author_name: str  # natural order, e.g. "Ingrid Herden"
    date: date
    span: Span


@dataclass(frozen=True)
class Release:
    """One press release as the press service published it, cut into its parts."""

    path: str  # the file name it was read from (for messages and lt:sourceFileName)
    slug: str  # e.g. duesseldorf-20190901-318
    sha256: str  # lower-case hex of the file's bytes
    text: str  # the decoded text; all spans index into it
    format: str  # "press-service-txt" or "press-service-html"
    masthead: Part | None  # "Pressedienst der Landeshauptstadt Düsseldorf"
    publisher_name: str | None  # "Landeshauptstadt Düsseldorf"
    headline_de: Part | None
    headline_en: Part | None
    subheadline: Part | None
    body_de: Part | None
    body_en: Part | None  # None for releases with one language
    byline: Byline | None
    images: tuple[Image, ...] = ()
    online_url: Part | None = None
    warnings: tuple[str, ...] = ()
    # The languages the two halves are really written in: "de" and "en" for Düsseldorf, but a
    # French press service's first half is "fr", and a second half may be French.
    body_de_language: str | None = "de"
    body_en_language: str | None = "en"


# ---------------------------------------------------------------- facts (extract -> mapping)
# Identifiers are slugs under https://w3id.org/ltgraph/id/{kind}/ (see terms.resource);
# an "agent" of a mandate or a partnership is written "city/<slug>" or "org/<slug>".


@dataclass(frozen=True)
class PersonFact:
    slug: str
    name: str  # correctly spelled, without honorifics
    honorific: str | None = None  # "Dr.", "Prof. Dr."
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class CityFact:
    slug: str
    label: str  # the name as the reference data or gazetteer spells it in English
    country_iso: str  # ISO 3166-1 alpha-2
    country_label: str  # English short name of the country
    wikidata: str | None = None  # Q-id
    geonames: str | None = None  # numeric id
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class OrganisationFact:
    slug: str
    label: str
    is_network: bool = False
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class VenueFact:
    slug: str
    label: str
    city: str  # city slug
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class MandateFact:
    person: str  # person slug
    role: str  # role slug (mayor, deputy-mayor, ...)
    agent: str  # "city/<slug>" or "org/<slug>"
    role_label: str  # the role as written
    language: str  # language of role_label ("de", "en", "fr")
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class SummitFact:
    slug: str  # {year}-{host city}
    label: str  # English label, e.g. "Second International Mayors Summit on Living Together"
    ordinal: int | None
    host_city: str | None  # city slug
    start: date | None = None
    end: date | None = None
    venues: tuple[str, ...] = ()  # venue slugs
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class DeclarationFact:
    slug: str  # {year}-{host city}
    label: str
    summit: str  # summit slug
    date_created: date | None = None
    venue: str | None = None  # venue slug
    signatories: tuple[str, ...] = ()  # city slugs
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class PartnershipFact:
    organisation: str  # org slug
    role: str  # partner-role slug
    event: str  # summit slug
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class AttendanceFact:
    summit: str
    person: str
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ParticipationFact:
    summit: str
    city: str
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class MembershipFact:
    city: str
    network: str  # org slug of the network
    since: int | None  # year
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class QuoteFact:
    person: str
    language: str
    span: Span  # the quoted words only


@dataclass(frozen=True)
class PhotoFact:
    url: str
    photographer: str | None  # person slug
    depicts: tuple[str, ...]  # person slugs
    caption: Span
    event: str | None = None  # summit slug, when the photo shows the summit


@dataclass(frozen=True)
class FigureFact:
    """A number the release reports about an event (delegations, countries, representatives)."""

    event: str  # summit slug
    what: str  # "representativeCount", "countryCount" or "delegationCount"
    value: int
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ReleaseFacts:
    """Everything one release states, ready to be mapped into its named graph."""

    release: Release
    published: date | None
    author: str | None  # person slug
    publisher: str | None  # "city/<slug>" or "org/<slug>"
    persons: tuple[PersonFact, ...] = ()
    cities: tuple[CityFact, ...] = ()
    organisations: tuple[OrganisationFact, ...] = ()
    venues: tuple[VenueFact, ...] = ()
    mandates: tuple[MandateFact, ...] = ()
    summits: tuple[SummitFact, ...] = ()
    declarations: tuple[DeclarationFact, ...] = ()
    partnerships: tuple[PartnershipFact, ...] = ()
    attendance: tuple[AttendanceFact, ...] = ()
    participation: tuple[ParticipationFact, ...] = ()
    memberships: tuple[MembershipFact, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    photos: tuple[PhotoFact, ...] = ()
    figures: tuple[FigureFact, ...] = ()
    mentions: tuple[str, ...] = ()  # "kind/slug" of everything named
    warnings: tuple[str, ...] = field(default=())  # contradictions between halves, doubts
