"""From a parsed release to the facts it states, each with the spans of text that support it.

``extract_facts(release, gazetteer)`` reads every part of a release (headlines, both language
halves, captions, byline, credits) with the language knowledge of ``ltgraph.language`` and the
names of the gazetteer. Both halves are read on their own and then merged: facts found in one
half are kept, facts found in both carry the evidence of both, and where the halves contradict
each other (a role, a date) the release gets a warning instead of a guess.

One module per kind of fact does each step, reading the ``ReleaseContext``
(``ltgraph.extract.context``): persons, mandates, cities, summits, declarations, partnerships,
figures, attendance, quotes, photos; ``assemble`` turns what they gathered into the facts.
The order below is the order a fact depends on the others.
"""

from __future__ import annotations

from ltgraph.extract import (
    assemble,
    attendance,
    cities,
    declarations,
    figures,
    mandates,
    partnerships,
    persons,
    photos,
    quotes,
    summits,
)
from ltgraph.extract.context import Named, ReleaseContext
from ltgraph.gazetteer import Gazetteer
from ltgraph.model import Release, ReleaseFacts

__all__ = ["extract_facts"]


def extract_facts(release: Release, gazetteer: Gazetteer) -> ReleaseFacts:
    """Everything one release states, with evidence spans into ``release.text``."""
    ctx = ReleaseContext.of(release, gazetteer)
    publisher = cities.publisher(ctx)
    finder = persons.find_people(ctx, publisher)
    people = persons.resolve_people(ctx, finder)
    credits = persons.credited_people(ctx, people)
    for slug in people:
        ctx.facts.add(Named("person", slug), *people[slug].spans)
    settled = mandates.mandates(ctx, finder, publisher)
    cities.names_anywhere(ctx, finder)
    found = summits.find_summits(ctx)
    settled = mandates.with_host_mandates(ctx, finder, settled,
                                          found.by_slug.get(found.main) if found.main else None,
                                          found.by_slug)
    signed = declarations.find_declarations(ctx, found, finder, settled)
    partnership_keys = partnerships.partnerships(ctx, found)
    partnerships.add_memberships(ctx)
    figure_facts = figures.figures(ctx, found.main)
    took_place = summits.took_place(ctx, found)
    hosting_only = attendance.add_attendance_and_participation(
        ctx, finder, found, took_place, credits, settled, signed)
    declarations.add_signers_present(ctx, signed, hosting_only)
    return assemble.release_facts(
        ctx, people=people, credits=credits, publisher=publisher, mandates=settled,
        summits=found, declarations=signed, partnerships=partnership_keys,
        figures=figure_facts, quotes=quotes.quotes(ctx, finder),
        photos=photos.photos(ctx, finder, credits, found.main, took_place))
