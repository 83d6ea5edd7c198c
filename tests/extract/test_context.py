"""The release as every extraction step reads it: its regions and sentences with absolute
offsets, and the facts gathered with their evidence merged.

Given a bilingual release written here (a German and an English half, each a headline and a
body), the context cuts it into regions in reading order with their languages and into
sentences whose offsets point back into the file; a fact stated in both halves is one fact
carrying the words of both.
"""

from __future__ import annotations

from datetime import date

import pytest
from repo_paths import REPO

from ltgraph.extract.context import Attendee, Collector, Named, Participant, ReleaseContext
from ltgraph.gazetteer import load_gazetteer
from ltgraph.model import Half, Part, Release, Span
from ltgraph.reference import load_reference
from ltgraph.validate import load_ontology

GERMAN = ("Bürgermeister treffen sich", "Die Delegationen kamen am Morgen an. Am Abend "
          "unterzeichneten sie eine gemeinsame Erklärung.")
ENGLISH = ("Mayors meet", "The delegations arrived in the morning. In the evening they signed "
           "a joint declaration.")


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(load_reference(REPO / "data" / "reference"), load_ontology())


def _bilingual() -> Release:
    text = f"{GERMAN[0]}\n\n{GERMAN[1]}\n\n{ENGLISH[0]}\n\n{ENGLISH[1]}\n"
    halves = []
    position = 0
    for language, (headline, body) in (("de", GERMAN), ("en", ENGLISH)):
        h = text.index(headline, position)
        b = text.index(body, h)
        position = b + len(body)
        halves.append(Half(language, Part(headline, Span(h, h + len(headline))),
                           Part(body, Span(b, b + len(body)))))
    return Release("20190901-context.txt", "example-20190901-context", "0" * 64, text,
                   "press-service-txt", tuple(halves), date(2019, 9, 1), "Example News")


def test_given_a_bilingual_release_the_context_reads_its_regions_in_order(gazetteer):
    ctx = ReleaseContext.of(_bilingual(), gazetteer)
    assert [(r.kind, r.language) for r in ctx.regions] == [
        ("headline", "de"), ("body", "de"), ("headline", "en"), ("body", "en")]


def test_given_a_bilingual_release_every_sentence_points_back_into_the_file(gazetteer):
    release = _bilingual()
    ctx = ReleaseContext.of(release, gazetteer)
    bodies = ctx.all_sentences(("body",))
    assert [s.text for s in bodies] == [
        "Die Delegationen kamen am Morgen an.",
        "Am Abend unterzeichneten sie eine gemeinsame Erklärung.",
        "The delegations arrived in the morning.",
        "In the evening they signed a joint declaration."]
    assert all(release.text[s.start:s.end] == s.text for s in ctx.all_sentences())
    second = bodies[1]
    assert ctx.sentence_at(second.region, second.start + 3) is second


def test_given_a_fact_stated_in_both_halves_it_is_one_fact_with_the_words_of_both():
    facts = Collector()
    facts.add(Attendee("2019-duesseldorf", "jane-doe"), (10, 18))
    facts.add(Named("city", "lyon"), (30, 34))
    facts.add(Attendee("2019-duesseldorf", "jane-doe"), (120, 128), (10, 18))
    facts.add(Participant("2019-duesseldorf", "lyon"), None, (40, 40))  # no words: no evidence
    assert facts.of_type(Attendee) == [Attendee("2019-duesseldorf", "jane-doe")]
    assert facts.evidence(Attendee("2019-duesseldorf", "jane-doe")) == (Span(10, 18),
                                                                        Span(120, 128))
    assert facts.named("city") == [Named("city", "lyon")]
    assert facts.evidence(Participant("2019-duesseldorf", "lyon")) == ()


def test_given_an_agent_the_context_adds_a_city_it_knows_and_an_organisation(gazetteer):
    ctx = ReleaseContext.of(_bilingual(), gazetteer)
    city = next(iter(gazetteer.cities_by_slug))
    ctx.add_agent(f"city/{city}", (0, 5))
    ctx.add_agent("city/no-such-place", (6, 9))
    ctx.add_agent("org/example-foundation", (10, 12))
    assert ctx.facts.named("city") == [Named("city", city)]
    assert ctx.city_entries[city] is gazetteer.cities_by_slug[city]
    assert ctx.facts.named("org") == [Named("org", "example-foundation")]
