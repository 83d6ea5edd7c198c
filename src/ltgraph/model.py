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
    """A piece of the release (headline, body, caption, ...) and where it stands in the file.

    ``text`` always has the length of ``span``, so an offset into ``text`` plus ``span.start``
    is an offset into the file. For text formats it is the file's text itself; for HTML it is
    the readable text computed once by the parser: tags blanked to spaces (block tags to a line
    break), an entity reference as its character padded with spaces. Markup never reaches the
    stages after parsing.
    """

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
class Half:
    """The release in one language: its headline, sub-headline and body.

    A bilingual press-service release has two halves (German, then English); a French
    communiqué has one; a page that switches language paragraph by paragraph has one half per
    run of paragraphs in the same language.
    """

    language: str  # "de", "en" or "fr"
    headline: Part | None
    body: Part | None
    subheadline: Part | None = None


@dataclass(frozen=True)
class Release:
    """One release as its publisher published it, cut into its parts.

    ``text`` is the decoded text of the whole file (front matter and markup included); every
    span indexes into it. ``halves`` holds the readable parts per language; the release's
    headline is never missing (the parser falls back to a title, then a first line, and warns).
    """

    path: str  # the file name it was read from (for messages and lt:sourceFileName)
    slug: str  # e.g. duesseldorf-20190901-318
    sha256: str  # lower-case hex of the file's bytes
    text: str  # the decoded text; all spans index into it
    format: str  # the reader that read it, e.g. "press-service-txt", "front-matter"
    halves: tuple[Half, ...]
    published: date | None  # the publication date (byline, front matter, page or file name)
    publisher_name: str | None  # "Landeshauptstadt Düsseldorf", "Ville de Montréal"
    source_url: str | None = None  # where the publisher published it
    masthead: Part | None = None  # "Pressedienst der Landeshauptstadt Düsseldorf"
    byline: Byline | None = None
    images: tuple[Image, ...] = ()
    online_url: Part | None = None  # the source URL where the file itself states it
    title: Part | None = None  # the title the front matter or the HTML page gives
    warnings: tuple[str, ...] = ()

    # The two language slots the extraction read before releases had halves: the first half
    # and the second. Kept until every reader of them uses ``halves``.
    @property
    def headline_de(self) -> Part | None:
        return self.halves[0].headline if self.halves else None

    @property
    def headline_en(self) -> Part | None:
        return self.halves[1].headline if len(self.halves) > 1 else None

    @property
    def subheadline(self) -> Part | None:
        return self.halves[0].subheadline if self.halves else None

    @property
    def body_de(self) -> Part | None:
        return self.halves[0].body if self.halves else None

    @property
    def body_en(self) -> Part | None:
        return self.halves[1].body if len(self.halves) > 1 else None

    @property
    def body_de_language(self) -> str | None:
        return self.halves[0].language if self.halves else None

    @property
    def body_en_language(self) -> str | None:
        return self.halves[1].language if len(self.halves) > 1 else None

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages of the halves, each once, in order."""
        return tuple(dict.fromkeys(h.language for h in self.halves))


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
    # the term of office the release ties to the role, as precise as it words it ("2014",
    # "2014-05", "2014-05-03"), and the words that state it
    start: str | None = None
    end: str | None = None
    term_evidence: tuple[Span, ...] = ()


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
    # the words that state one property ("date", "host", "ordinal"), where narrower than evidence
    words: tuple[tuple[str, tuple[Span, ...]], ...] = ()


@dataclass(frozen=True)
class DeclarationFact:
    slug: str  # {year}-{host city}
    label: str
    summit: str  # summit slug
    date_created: date | None = None
    venue: str | None = None  # venue slug
    signatories: tuple[str, ...] = ()  # city slugs
    evidence: tuple[Span, ...] = ()
    # the words that state one property ("summit", "date", "venue", "signatory <city>"), where
    # narrower than evidence
    words: tuple[tuple[str, tuple[Span, ...]], ...] = ()


@dataclass(frozen=True)
class PartnershipFact:
    organisation: str  # org slug
    role: str  # partner-role slug, or "co-organiser" (mapped to lt:coOrganiser, no partnership)
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
    # how exact the release says it is: "exactly" (no qualifier word), "approximately",
    # "nearly", "more than", "fewer than", "at least", "up to"
    qualifier: str = "exactly"
    announced: bool = False  # given before the event ("30 delegations are expected")


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
    sentences: tuple[Span, ...] = ()  # every sentence, the units evidence points into
    warnings: tuple[str, ...] = field(default=())  # contradictions between halves, doubts
