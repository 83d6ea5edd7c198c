"""The last step: the facts gathered in a ``ReleaseContext`` as one ``ReleaseFacts``.

Every fact takes the evidence its key gathered over the whole reading, so it runs after all the
other steps; the declarations are settled here (their dates may still turn a signing into an
announcement).
"""

from __future__ import annotations

from ltgraph.extract.attendance import attendance_facts, participation_facts
from ltgraph.extract.context import Named, Partnership, ReleaseContext
from ltgraph.extract.declarations import Declaration, declaration_facts
from ltgraph.extract.evidence import sentence_spans
from ltgraph.extract.mandates import Mandate, mandate_facts
from ltgraph.extract.partnerships import membership_facts, partnership_facts
from ltgraph.extract.persons import Credits, NamedPerson
from ltgraph.extract.summits import Summits, summit_words
from ltgraph.model import (
    CityFact,
    FigureFact,
    OrganisationFact,
    PersonFact,
    PhotoFact,
    QuoteFact,
    ReleaseFacts,
    SummitFact,
    VenueFact,
)

__all__ = ["release_facts"]


def release_facts(ctx: ReleaseContext, *, people: dict[str, NamedPerson], credits: Credits,
                  publisher: str | None, mandates: tuple[Mandate, ...], summits: Summits,
                  declarations: dict[str, Declaration], partnerships: list[Partnership],
                  figures: list[FigureFact], quotes: list[QuoteFact], photos: list[PhotoFact]
                  ) -> ReleaseFacts:
    """Everything the release states, each fact with its evidence spans."""
    f = ctx.facts
    persons = tuple(PersonFact(slug, people[slug].name, people[slug].honorific,
                               f.evidence(Named("person", slug)))
                    for slug in sorted(people))
    for info in summits.by_slug.values():
        f.add(Named("summit", info.slug), *info.evidence)
    orgs = _organisation_facts(ctx)
    venues = _venue_facts(ctx)
    sentences = sentence_spans(ctx.sentences)
    summit_facts = tuple(SummitFact(info.slug, info.label, info.ordinal, info.host,
                                    info.start, info.end, (),
                                    f.evidence(Named("summit", info.slug)),
                                    summit_words(summits, info, sentences))
                         for info in summits.by_slug.values())
    cities = _city_facts(ctx)
    declaration_facts_ = declaration_facts(ctx, declarations, sentences)
    if len(ctx.facts.named("city")) != len(cities):
        # signatories added cities: list them all again (the evidence a signing adds to a
        # city already listed stays with the declaration)
        cities = _city_facts(ctx)
    mentions = sorted({f"person/{p.slug}" for p in persons}
                      | {f"city/{c.slug}" for c in cities}
                      | {f"org/{o.slug}" for o in orgs}
                      | {f"summit/{s.slug}" for s in summit_facts}
                      | {f"declaration/{d.slug}" for d in declaration_facts_}
                      | {f"venue/{v.slug}" for v in venues})
    return ReleaseFacts(
        release=ctx.release, published=ctx.published, author=credits.author,
        publisher=publisher, persons=persons, cities=cities,
        organisations=orgs, venues=venues, mandates=mandate_facts(mandates),
        summits=summit_facts, declarations=declaration_facts_,
        partnerships=partnership_facts(ctx, partnerships), attendance=attendance_facts(ctx),
        participation=participation_facts(ctx), memberships=membership_facts(ctx),
        quotes=tuple(quotes), photos=tuple(photos), figures=tuple(figures),
        mentions=tuple(mentions), sentences=sentences,
        warnings=tuple(dict.fromkeys(ctx.warnings)))


def _city_facts(ctx: ReleaseContext) -> tuple[CityFact, ...]:
    facts = []
    for key in ctx.facts.named("city"):
        entry = ctx.city_entries[key.slug]
        facts.append(CityFact(entry.slug, entry.label, entry.country_iso, entry.country_label,
                              entry.wikidata, entry.geonames, ctx.facts.evidence(key)))
    return tuple(facts)


def _organisation_facts(ctx: ReleaseContext) -> tuple[OrganisationFact, ...]:
    """Organisations with their reference label, else the name the release gives them."""
    facts = []
    for key in ctx.facts.named("org"):
        slug = key.slug
        entry = ctx.gaz.orgs.get(slug)
        label = entry.label if entry else ctx.org_labels.get(slug, slug)
        facts.append(OrganisationFact(slug, label, bool(entry and entry.is_network),
                                      ctx.facts.evidence(key)))
    return tuple(facts)


def _venue_facts(ctx: ReleaseContext) -> tuple[VenueFact, ...]:
    """Venues the reference data places in a city."""
    facts = []
    for key in ctx.facts.named("venue"):
        entry = ctx.gaz.venues[key.slug]
        if entry.city:
            facts.append(VenueFact(entry.slug, entry.label, entry.city, ctx.facts.evidence(key)))
    return tuple(facts)
