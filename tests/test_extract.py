"""Extraction at the facts level: each release with a gold file states exactly its gold facts.

The gold files (``../shared/fixtures/gold/`` and ``tests/fixtures/gold/``) list, per key, the
facts a release states; a key left out is not scored, a key with ``[]`` means none may be
found. These tests read the ``ReleaseFacts`` directly (no RDF), so a failure names the missing
and the extra tuples.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

import pytest
from repo_paths import OWN_FIXTURES, REPO, SHARED

from ltgraph.extract import extract_facts
from ltgraph.gazetteer import load_gazetteer
from ltgraph.mapping import CO_ORGANISER
from ltgraph.model import ReleaseFacts
from ltgraph.parse import parse_release
from ltgraph.reference import load_reference
from ltgraph.validate import load_ontology

SCORED = ("persons", "cities", "mandates", "summits", "summit_dates", "declarations",
          "declaration_dates", "signatories", "partnerships", "attendees",
          "participating_cities", "memberships")


def gold_files() -> list[Path]:
    shared = sorted((SHARED / "fixtures" / "gold").glob("*.toml")) if SHARED.is_dir() else []
    return shared + sorted((OWN_FIXTURES / "gold").glob("*.toml"))


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(load_reference(REPO / "data" / "reference"), load_ontology())


def fact_tuples(facts: ReleaseFacts) -> dict[str, set[tuple]]:
    """The facts in the shape of the gold files' tuples."""
    return {
        "persons": {p.slug for p in facts.persons},
        "cities": {(c.slug, c.country_iso) for c in facts.cities},
        "mandates": {(m.person, m.role, m.agent) for m in facts.mandates},
        "summits": {(s.slug, s.ordinal, s.host_city) for s in facts.summits},
        "summit_dates": {(s.slug, s.start.isoformat(), s.end.isoformat())
                         for s in facts.summits if s.start and s.end},
        "declarations": {(d.slug, d.summit) for d in facts.declarations},
        "declaration_dates": {(d.slug, d.date_created.isoformat())
                              for d in facts.declarations if d.date_created},
        "signatories": {(d.slug, city) for d in facts.declarations for city in d.signatories},
        # a co-organiser is stated as lt:coOrganiser on the summit, no partnership
        "partnerships": {(p.organisation, p.role, p.event) for p in facts.partnerships
                         if p.role != CO_ORGANISER},
        "attendees": {(a.summit, a.person) for a in facts.attendance},
        "participating_cities": {(p.summit, p.city) for p in facts.participation},
        "memberships": {(m.city, m.network, str(m.since)) for m in facts.memberships},
    }


def gold_tuples(gold: dict) -> dict[str, set]:
    expected = {}
    for key in SCORED:
        if key in gold:
            expected[key] = {tuple(v) if isinstance(v, list) else v for v in gold[key]}
    if "summits" in expected:
        expected["summits"] = {(s, int(o), h) for s, o, h in expected["summits"]}
    return expected


@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.stem)
def test_given_a_release_with_gold_facts_extraction_states_exactly_those_facts(
        gold_path: Path, gazetteer) -> None:
    gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    release = parse_release((gold_path.parent / gold["source"]).resolve())
    facts = extract_facts(release, gazetteer)
    assert release.slug == gold.get("release", release.slug)  # others: the slug is ours
    assert facts.published == date.fromisoformat(gold["published"])
    found = fact_tuples(facts)
    problems = []
    for key, expected in gold_tuples(gold).items():
        missing, extra = expected - found[key], found[key] - expected
        if missing or extra:
            problems.append(f"{key}: missing {sorted(missing)} extra {sorted(extra)}")
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def seed_facts(gazetteer, shared) -> ReleaseFacts:
    return extract_facts(parse_release(shared / "releases" / "20190901-318_07.txt"), gazetteer)


def test_given_the_seed_every_fact_carries_evidence_inside_the_release_text(seed_facts):
    text = seed_facts.release.text
    groups = [seed_facts.persons, seed_facts.cities, seed_facts.mandates, seed_facts.summits,
              seed_facts.declarations, seed_facts.partnerships, seed_facts.attendance,
              seed_facts.memberships, seed_facts.figures]
    for group in groups:
        for fact in group:
            assert fact.evidence, f"{fact} has no evidence"
            for span in fact.evidence:
                assert 0 <= span.start < span.end <= len(text)


def test_given_the_seed_the_damaged_name_is_reconciled_with_the_reference_spelling(seed_facts):
    names = {p.slug: p.name for p in seed_facts.persons}
    assert names["michal-olszewski"] == "Michał Olszewski"
    assert not any("?" in name for name in names.values())
    evidence = next(p.evidence for p in seed_facts.persons if p.slug == "michal-olszewski")
    assert any("?" in seed_facts.release.text[s.start:s.end] for s in evidence)


def test_given_the_seed_honorifics_are_kept_apart_from_names(seed_facts):
    stapelfeldt = next(p for p in seed_facts.persons if p.slug == "dorothee-stapelfeldt")
    assert (stapelfeldt.name, stapelfeldt.honorific) == ("Dorothee Stapelfeldt", "Dr.")


def test_given_the_seed_mandates_keep_the_role_as_written_with_its_language(seed_facts):
    labels = {(m.person, m.role, m.role_label, m.language) for m in seed_facts.mandates}
    assert ("michal-olszewski", "deputy-mayor", "Stellvertretende Oberbürgermeister",
            "de") in labels or any(
        m[:2] == ("michal-olszewski", "deputy-mayor") for m in labels)
    for mandate in seed_facts.mandates:
        assert mandate.role_label and mandate.language in ("de", "en", "fr")


def test_given_the_seed_the_author_publisher_and_figures_are_stated(seed_facts):
    assert seed_facts.author == "ingrid-herden"
    assert seed_facts.publisher == "city/duesseldorf"
    figures = {(f.what, f.value) for f in seed_facts.figures}
    assert {("representativeCount", 38), ("countryCount", 28),
            ("delegationCount", 35)} <= figures


def test_given_the_seed_quotes_name_their_speakers_and_languages(seed_facts):
    speakers = {(q.person, q.language) for q in seed_facts.quotes}
    assert ("thomas-geisel", "de") in speakers and ("thomas-geisel", "en") in speakers
    assert ("magda-popeanu", "de") in speakers
    for quote in seed_facts.quotes:
        assert quote.span.end - quote.span.start > 20


def test_given_the_seed_photos_have_photographers_people_and_the_summit(seed_facts):
    photos = seed_facts.photos
    assert len(photos) == len(seed_facts.release.images)
    group = photos[0]
    assert group.photographer == "david-young"
    assert {"thomas-geisel", "mohamed-sadiki", "sven-boell"} <= set(group.depicts)
    assert "ingrid-herden" not in {p for photo in photos for p in photo.depicts}
    assert any(photo.event == "2019-duesseldorf" for photo in photos)


def test_given_an_announced_signing_no_date_venue_or_signatory_is_recorded(gazetteer, shared):
    facts = extract_facts(parse_release(shared / "fixtures" / "releases" /
                                        "20190830-315_02.txt"), gazetteer)
    for declaration in facts.declarations:
        assert declaration.date_created is None
        assert declaration.venue is None
        assert declaration.signatories == ()


def test_the_extractor_code_holds_no_literal_about_a_fixture():
    """Knowledge of particular cities, people and organisations comes from the reference data;
    the extractor and the language tables hold language knowledge only."""
    words = set()
    for gold_path in gold_files():
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
        for slug in gold.get("persons", []):
            words |= {w for w in slug.split("-") if len(w) > 4}
        for city, _ in gold.get("cities", []):
            words.add(city)
        for org, _, _ in gold.get("partnerships", []):
            words |= {w for w in org.split("-") if len(w) > 5}
    words |= {"tonhalle", "duesseldorf", "düsseldorf", "geisel", "lindner", "montréal"}
    common = {"international", "network", "marketing", "coalition", "inclusive",
              "sustainable", "cities", "initiative", "champion", "mayors", "office",
              "federal", "foreign", "airport", "peace", "together", "living",
              "reading"}  # an English word as much as a city
    words -= common
    sources = [*sorted((REPO / "src" / "ltgraph" / "language").glob("*.py")),
               *sorted((REPO / "src" / "ltgraph" / "extract").glob("*.py"))]
    for source in sources:
        code = source.read_text(encoding="utf-8").lower()
        found = sorted(w for w in words if re.search(rf"\b{re.escape(w)}\b", code))
        assert not found, f"{source.name} names fixtures: {found}"


# ------------------------------------------------------------------ generated releases
# Small releases written inside the tests (in tmp_path) to pin down single rules: one sentence
# pattern each, in the press-service format.

DOWNLOAD = ("Zu Ihrer redaktionellen Verwendung stellen wir Ihnen folgendes Material zum "
            "Download zur Verfügung")


def release_file(tmp_path: Path, de: str, en: str | None = None, *, date_: str = "01.09.2019",
                 caption: str = "Blick in den Saal", name: str = "20190901-999_01.txt",
                 credit: str = "Landeshauptstadt Düsseldorf/Max Muster",
                 headline: str = "Gipfel / Summit") -> Path:
    parts = [f"Pressedienst der Landeshauptstadt Düsseldorf {headline}",
             "Die Stadt berichtet.", de]
    if en is not None:
        parts += ["__________________________________", "The city reports.", en]
    parts += [f"Text: Muster, Erika {date_}", DOWNLOAD,
              f"Bild: https://www.example.org/bild.jpg {caption},(c){credit}",
              "Zur Online-Version: https://www.example.org/x"]
    path = tmp_path / name
    path.write_text(" ".join(parts), encoding="utf-8")
    return path


def test_given_halves_that_disagree_on_a_date_the_release_warns_and_states_no_date(
        tmp_path, gazetteer):
    path = release_file(
        tmp_path,
        "Der zweite Gipfel tagte vom 30. August bis 1. September in Düsseldorf.",
        "The second summit met in Düsseldorf from 29 August to 1 September.")
    facts = extract_facts(parse_release(path), gazetteer)
    summit = next(s for s in facts.summits if s.slug == "2019-duesseldorf")
    assert summit.start is None and summit.end == date(2019, 9, 1)
    assert any("first day" in w for w in facts.warnings)


def test_given_halves_that_give_one_person_two_roles_the_release_warns(tmp_path, gazetteer):
    path = release_file(
        tmp_path, "Antoin Scholten, Oberbürgermeister von Venlo, sprach beim zweiten Gipfel.",
        "Antoin Scholten, Deputy Mayor of Venlo, spoke at the second summit.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert any("different roles" in w and "antoin-scholten" in w for w in facts.warnings)


@pytest.mark.parametrize("sentence, mandate", [
    ("Oberbürgermeister Dr. Stephan Keller begrüßte die Gäste beim zweiten Gipfel.",
     ("stephan-keller", "mayor", "city/duesseldorf")),
    ("Beim zweiten Gipfel sprach der Bürgermeister von Venlo, Antoin Scholten.",
     ("antoin-scholten", "mayor", "city/venlo")),
    ("Beim zweiten Gipfel sprach Venlos Bürgermeister Antoin Scholten.",
     ("antoin-scholten", "mayor", "city/venlo")),
    ("Antoin Scholten, der Bürgermeister der niederländischen Nachbarstadt Venlo, sprach.",
     ("antoin-scholten", "mayor", "city/venlo")),
    ("Anna Lisa Boni, Generalsekretärin von EUROCITIES, leitete einen Workshop.",
     ("anna-lisa-boni", "secretary-general", "org/eurocities")),
])
def test_role_sentences_in_german_give_person_role_and_agent(tmp_path, gazetteer, sentence,
                                                             mandate):
    facts = extract_facts(parse_release(release_file(tmp_path, sentence)), gazetteer)
    assert mandate in {(m.person, m.role, m.agent) for m in facts.mandates}


@pytest.mark.parametrize("sentence, mandate", [
    ("At the second summit, Mayor of Venlo Antoin Scholten presented his city.",
     ("antoin-scholten", "mayor", "city/venlo")),
    ("At the second summit, Venlo Mayor Antoin Scholten presented his city.",
     ("antoin-scholten", "mayor", "city/venlo")),
    ("Sadiq Khan, Mayor of London, spoke at the second summit.",
     ("sadiq-khan", "mayor", "city/london")),
])
def test_role_sentences_in_english_give_person_role_and_agent(tmp_path, gazetteer, sentence,
                                                              mandate):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert mandate in {(m.person, m.role, m.agent) for m in facts.mandates}
    assert ("london", "GB") in {(c.slug, c.country_iso) for c in facts.cities} or \
        mandate[2] != "city/london"


def test_a_person_is_never_named_after_a_noun_before_the_name(tmp_path, gazetteer):
    path = release_file(tmp_path, "Beim zweiten Gipfel sprach zum Beispiel Architekt Christoph "
                                  "Ingenhoven, sagte Moderatorin Jana Hansjürgen.")
    slugs = {p.slug for p in extract_facts(parse_release(path), gazetteer).persons}
    assert {"christoph-ingenhoven", "jana-hansjuergen"} <= slugs
    assert not any(s.startswith(("beispiel", "architekt", "moderatorin")) for s in slugs)


def test_common_words_and_codes_never_name_a_city(tmp_path, gazetteer):
    path = release_file(tmp_path, "Am zweiten Tag unterzeichneten die Delegierten die Erklärung.",
                        "On the second day of the Summit the delegates signed the declaration, "
                        "accompanied by Mme Example.")
    cities = {c.slug for c in extract_facts(parse_release(path), gazetteer).cities}
    assert cities == {"duesseldorf"}


def test_a_german_buergermeisterin_is_the_deputy_the_other_half_names(tmp_path, gazetteer):
    """'Bürgermeisterin' is a deputy's title in cities with an Oberbürgermeister."""
    path = release_file(tmp_path, "Beim zweiten Gipfel sprach Bürgermeisterin Clara Gerlach.",
                        "At the second summit, Deputy Mayor Clara Gerlach spoke.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {(m.person, m.role, m.agent) for m in facts.mandates} == {
        ("clara-gerlach", "deputy-mayor", "city/duesseldorf")}
    assert not facts.warnings


def test_a_surname_after_a_title_names_the_reference_person(tmp_path, gazetteer):
    path = release_file(tmp_path, "Beim zweiten Gipfel begrüßte OB Geisel die Gäste.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert "thomas-geisel" in {p.slug for p in facts.persons}
    assert ("thomas-geisel", "mayor", "city/duesseldorf") in {
        (m.person, m.role, m.agent) for m in facts.mandates}


def test_a_city_in_the_genitive_before_the_role_is_its_agent(tmp_path, gazetteer):
    path = release_file(tmp_path, "Beim zweiten Gipfel sprach Antoin Scholten, Venlos "
                                  "Bürgermeister, über das Grüne Rathaus.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert ("antoin-scholten", "mayor", "city/venlo") in {
        (m.person, m.role, m.agent) for m in facts.mandates}


def test_a_summit_held_on_separate_days_runs_from_the_first_to_the_last(tmp_path, gazetteer):
    path = release_file(tmp_path, "Der dritte Gipfel fand am 7. und 8. Dezember online und am "
                                  "10. Dezember in Izmir statt.", date_="13.12.2021",
                        name="20211213-999_01.txt")
    facts = extract_facts(parse_release(path), gazetteer)
    summit = next(s for s in facts.summits if s.slug == "2021-izmir")
    assert (summit.start, summit.end) == (date(2021, 12, 7), date(2021, 12, 10))


def test_extraction_does_not_depend_on_hash_order(seed_facts, shared):
    """The committed graph is rebuilt byte for byte, so facts may not follow set order."""
    script = ("import sys; from pathlib import Path; from ltgraph.extract import extract_facts;"
              "from ltgraph.gazetteer import load_gazetteer; from ltgraph.parse import "
              "parse_release; from ltgraph.reference import load_reference; from "
              "ltgraph.validate import load_ontology; g = load_gazetteer(load_reference("
              "Path(sys.argv[1])), load_ontology()); print(repr(extract_facts(parse_release("
              "Path(sys.argv[2])), g)))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", script, str(REPO / "data" / "reference"),
                          str(shared / "releases" / "20190901-318_07.txt")],
                         capture_output=True, text=True, env=env, timeout=300, check=True)
    assert out.stdout.strip() == repr(seed_facts)


def test_a_credit_that_names_an_institution_names_no_photographer(tmp_path, gazetteer):
    path = release_file(tmp_path, "Der zweite Gipfel.",
                        credit="Max Muster/Landeshauptstadt Düsseldorf")
    facts = extract_facts(parse_release(path), gazetteer)
    assert "landeshauptstadt-duesseldorf" not in {p.slug for p in facts.persons}
    assert facts.photos[0].photographer is None


def test_a_damaged_name_the_reference_does_not_know_never_keeps_its_question_mark(
        tmp_path, gazetteer):
    path = release_file(tmp_path, "Beim zweiten Gipfel sprach der Bürgermeister von Venlo, "
                                  "Jo?e Beispiel.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert facts.persons and not any("?" in p.name for p in facts.persons)


def test_an_unnamed_declaration_signed_at_the_summit_is_the_summits_declaration(
        tmp_path, gazetteer):
    path = release_file(tmp_path, "Der zweite Gipfel tagte vom 30. August bis 1. September in "
                                  "Düsseldorf. Am zweiten Tag unterzeichneten die Delegierten "
                                  "eine gemeinsame Erklärung.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {(d.slug, d.summit, d.date_created) for d in facts.declarations} == {
        ("2019-duesseldorf", "2019-duesseldorf", date(2019, 8, 31))}


def test_while_the_summit_is_on_a_person_announced_for_later_is_no_attendee(tmp_path,
                                                                           gazetteer):
    path = release_file(tmp_path, "Mit einem Empfang hat am Freitag, 30. August, der zweite "
                                  "Gipfel begonnen. Oberbürgermeister Thomas Geisel begrüßte die "
                                  "Gäste. Am Sonntag wird Niels Annen, Staatsminister im "
                                  "Auswärtigen Amt, sprechen.", date_="30.08.2019",
                        name="20190830-999_01.txt")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {(a.summit, a.person) for a in facts.attendance} == {
        ("2019-duesseldorf", "thomas-geisel")}


@pytest.mark.parametrize("sentence, mandate", [
    ("Antoin Scholten, maire de Venlo, a pris la parole au deuxième Sommet.",
     ("antoin-scholten", "mayor", "city/venlo")),
    ("Au deuxième Sommet, Kazumi Matsui, maire d'Hiroshima, a pris la parole.",
     ("kazumi-matsui", "mayor", "city/hiroshima")),
    ("Au deuxième Sommet, le maire d'Avignon, Jean Exemple, a pris la parole.",
     ("jean-exemple", "mayor", "city/avignon")),
    ("Au deuxième Sommet, Adham Darawsha, adjoint au maire de Palerme, a pris la parole.",
     ("adham-darawsha", "deputy-mayor", "city/palermo")),
])
def test_role_sentences_in_french_give_person_role_and_agent(tmp_path, gazetteer, sentence,
                                                             mandate):
    facts = extract_facts(parse_release(release_file(tmp_path, sentence)), gazetteer)
    assert mandate in {(m.person, m.role, m.agent) for m in facts.mandates}


def test_a_position_in_a_photo_is_no_place(tmp_path, gazetteer):
    path = release_file(tmp_path, "Der zweite Gipfel.",
                        caption="Oberbürgermeister Thomas Geisel (Mitte) mit Gästen")
    facts = extract_facts(parse_release(path), gazetteer)
    assert "mitte" not in {c.slug for c in facts.cities}
    assert ("thomas-geisel", "mayor", "city/duesseldorf") in {
        (m.person, m.role, m.agent) for m in facts.mandates}


def test_a_caption_place_may_name_its_country(tmp_path, gazetteer):
    path = release_file(tmp_path, "Der zweite Gipfel.",
                        caption="V.l.: OB Mohamed Sadiki (Rabat, Marokko) und Vize-OB Jana "
                                "Beispiel (Lyon, Frankreich)")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {("mohamed-sadiki", "mayor", "city/rabat"),
            ("jana-beispiel", "deputy-mayor", "city/lyon")} <= {
        (m.person, m.role, m.agent) for m in facts.mandates}


@pytest.mark.parametrize("sentence", [
    'Am Samstag, 31. August, wird in der Tonhalle die "Düsseldorf Declaration" unterzeichnet.',
    'Die Delegierten unterzeichnen am 31. August in der Tonhalle die "Düsseldorf Declaration".',
])
def test_a_signing_dated_after_the_release_is_an_announcement(tmp_path, gazetteer, sentence):
    path = release_file(tmp_path, "Der zweite Gipfel beginnt am 30. August. " + sentence,
                        date_="29.08.2019", name="20190829-999_01.txt")
    facts = extract_facts(parse_release(path), gazetteer)
    declaration = next(d for d in facts.declarations if d.slug == "2019-duesseldorf")
    assert (declaration.date_created, declaration.venue, declaration.signatories) == (
        None, None, ())


@pytest.mark.parametrize("style", ["Son Excellence", "His Excellency", "Seine Exzellenz", "Me"])
def test_a_style_of_address_is_an_honorific_not_part_of_the_name(tmp_path, gazetteer, style):
    path = release_file(tmp_path, f"Beim zweiten Gipfel sprach {style} Jana Beispiel, "
                                  "Präsidentin von EUROCITIES.")
    facts = extract_facts(parse_release(path), gazetteer)
    person = next(p for p in facts.persons if p.slug == "jana-beispiel")
    assert person.honorific == style
    assert {p.slug for p in facts.persons} == {"jana-beispiel", "erika-muster", "max-muster"}


def test_numeric_date_ranges_give_the_summit_dates(tmp_path, gazetteer):
    path = release_file(tmp_path, "Der zweite Gipfel tagte vom 30.08. bis 01.09.2019 in "
                                  "Düsseldorf.", date_="06.09.2019", name="20190906-999_01.txt")
    facts = extract_facts(parse_release(path), gazetteer)
    summit = next(s for s in facts.summits if s.slug == "2019-duesseldorf")
    assert (summit.start, summit.end) == (date(2019, 8, 30), date(2019, 9, 1))


def test_a_summit_only_recalled_years_later_has_no_attendees(tmp_path, gazetteer):
    path = release_file(tmp_path, "Das beim Gipfel von 2015 gegründete Observatory kam im "
                                  "Mai 2018 zusammen; Antoin Scholten, Bürgermeister von Venlo, "
                                  "sprach dort.",
                        date_="01.06.2018", name="20180601-999_01.txt")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {s.slug for s in facts.summits} == {"2015-montreal"}
    assert not facts.attendance and not facts.participation


def test_a_list_after_a_name_is_no_appositive_and_an_organisation_word_is_no_city(
        tmp_path, gazetteer):
    path = release_file(tmp_path, "Beim zweiten Gipfel sprachen Sven Probe und Lena Test.",
                        "At the second summit, the Governor of the Bank of Testland, Sven Probe, "
                        "and Mayor Lena Test of Lyon spoke.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {(m.person, m.role, m.agent) for m in facts.mandates} == {
        ("sven-probe", "governor", "org/bank-of-testland"), ("lena-test", "mayor", "city/lyon")}


def test_a_partner_phrase_counts_only_where_the_event_is_its_subject(tmp_path, gazetteer):
    path = release_file(tmp_path, "Die Ausstellung, die in Zusammenarbeit mit dem NRW-Forum "
                                  "entstand, zeigt Skizzen vom zweiten Gipfel. Der zweite Gipfel "
                                  "wird mit Unterstützung von EUROCITIES ausgerichtet.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {(p.organisation, p.role) for p in facts.partnerships} == {
        ("eurocities", "supporting-partner")}


def test_a_german_passive_with_the_verb_last_names_the_sponsors(tmp_path, gazetteer):
    path = release_file(tmp_path, "Der zweite Gipfel wird vom Flughafen Düsseldorf und der Messe "
                                  "Düsseldorf gesponsert.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {(p.organisation, p.role) for p in facts.partnerships} == {
        ("duesseldorf-airport", "sponsor"), ("messe-duesseldorf", "sponsor")}


REPORT_PARTNERS = """---
source: "https://example.org/report"
publisher: "Example City"
published: 2020-04-30
language: en
title: "Annual report 2019"
---
Annual report 2019

{before}In the year under review the city hosted the network's second summit. After the first
conference in Montréal in 2015, Düsseldorf was the second host city.

Sponsors and partners
Main sponsors: Düsseldorf Airport, Messe Düsseldorf
Media partner: WirtschaftsWoche
"""


def test_a_report_on_no_one_summit_ties_its_sponsor_lines_to_the_latest_summit_it_named(
        tmp_path, gazetteer):
    path = tmp_path / "20200430-example-city-annual-report.md"
    path.write_text(REPORT_PARTNERS.format(before=""), encoding="utf-8")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {(p.organisation, p.role, p.event) for p in facts.partnerships} == {
        ("duesseldorf-airport", "main-sponsor", "2019-duesseldorf"),
        ("messe-duesseldorf", "main-sponsor", "2019-duesseldorf"),
        ("wirtschaftswoche", "media-partner", "2019-duesseldorf")}


def test_a_sponsor_line_before_a_report_names_any_summit_is_no_partnership(tmp_path, gazetteer):
    path = tmp_path / "20200430-example-city-annual-report.md"
    path.write_text(REPORT_PARTNERS.format(
        before="Supporting partner: Eurocities\n\n"), encoding="utf-8")
    facts = extract_facts(parse_release(path), gazetteer)
    told = {p.organisation for p in facts.partnerships}
    assert "eurocities" not in told and "wirtschaftswoche" in told


@pytest.mark.parametrize("language, text", [
    ("de", "Der zweite Gipfel. Ideelle Partner waren Eurocities und Mayors for Peace, "
           "Medienpartner die WirtschaftsWoche."),
    ("en", "The second summit. Supporting partners were Eurocities and Mayors for Peace, media "
           "partners WirtschaftsWoche."),
    ("fr", "Le deuxième Sommet. Les partenaires de soutien étaient Eurocities et Mayors for "
           "Peace, les partenaires médias WirtschaftsWoche."),
])
def test_a_second_role_with_its_verb_left_out_names_the_names_after_it(
        tmp_path, gazetteer, language, text):
    path = tmp_path / "20190905-example-news-report.md"
    path.write_text(f"---\nsource: \"https://example.org/r\"\npublisher: \"Example News\"\n"
                    f"published: 2019-09-05\nlanguage: {language}\ntitle: \"Report\"\n---\n"
                    f"Report\n\n{text}\n", encoding="utf-8")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {(p.organisation, p.role) for p in facts.partnerships} == {
        ("eurocities", "supporting-partner"), ("mayors-for-peace", "supporting-partner"),
        ("wirtschaftswoche", "media-partner")}


# ------------------------------------------------------------------ lists, days, groups
ADOPTED = {"de": "Beim zweiten Gipfel wurde die Düsseldorfer Erklärung verabschiedet.",
           "en": "At the second summit the Düsseldorf Declaration was adopted.",
           "fr": "Au deuxième Sommet, la Déclaration de Düsseldorf a été adoptée."}


@pytest.mark.parametrize("language, sentence", [
    ("de", "Unterschrieben haben, in alphabetischer Reihenfolge, unter anderem: Rabat, Tunis "
           "und Venlo."),
    ("de", "Unterzeichnet haben sie Rabat, Tunis sowie Venlo."),
    ("en", "Signing on the second day were, in alphabetical order: Rabat, Tunis and Venlo."),
    ("en", "It was signed by Rabat, Tunis and Venlo."),
    ("fr", "Ont signé, par ordre alphabétique : Rabat, Tunis et Venlo."),
])
def test_a_signing_verb_followed_by_a_list_of_cities_names_the_signatories(
        tmp_path, gazetteer, language, sentence):
    text = f"{ADOPTED[language]} {sentence}"
    path = release_file(tmp_path, text) if language == "de" else release_file(
        tmp_path, "Der zweite Gipfel.", text)
    facts = extract_facts(parse_release(path), gazetteer)
    signed = {(d.slug, c) for d in facts.declarations for c in d.signatories}
    assert {("2019-duesseldorf", c) for c in ("rabat", "tunis", "venlo")} <= signed


@pytest.mark.parametrize("sentence", [
    "Der erste Tag des zweiten Gipfels ist am Freitag, 30. August, zu Ende gegangen.",
    "Am Samstag, 31. August, dem zweiten Tag des zweiten Gipfels, tagten die Delegationen.",
    "The first day of the second summit ended on Friday, 30 August.",
    "On Saturday, 31 August, the second day of the second summit, the delegations met.",
    "La première journée du deuxième Sommet s'est terminée le vendredi 30 août.",
])
def test_a_date_of_day_k_of_the_summit_gives_its_start_never_its_end(tmp_path, gazetteer,
                                                                     sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, sentence)), gazetteer)
    summit = next(s for s in facts.summits if s.slug == "2019-duesseldorf")
    assert summit.start == date(2019, 8, 30)
    assert summit.end != date(2019, 8, 30)


@pytest.mark.parametrize("sentences, cities", [
    ("Beim zweiten Gipfel waren Delegationen aus Rabat, Tunis und Venlo dabei.",
     {"rabat", "tunis", "venlo"}),
    ("Unter den Delegationen des zweiten Gipfels ist auch jene aus Venlo.", {"venlo"}),
    ("Die beim zweiten Gipfel vertretenen Städte stehen für viele Menschen. Unter ihnen sind "
     "Metropolen wie Rabat und Tunis, die größer sind als Venlo.", {"rabat", "tunis"}),
    ("The cities represented at the second summit are home to many. They include "
     "metropolises such as Rabat and Tunis, each larger than Venlo.", {"rabat", "tunis"}),
    ("Des délégations de Rabat, de Tunis et de Venlo ont participé au deuxième Sommet.",
     {"rabat", "tunis", "venlo"}),
])
def test_cities_listed_in_a_group_that_takes_part_are_participants(tmp_path, gazetteer,
                                                                   sentences, cities):
    facts = extract_facts(parse_release(release_file(tmp_path, sentences)), gazetteer)
    taking_part = {p.city for p in facts.participation if p.summit == "2019-duesseldorf"}
    assert cities <= taking_part
    assert "venlo" in {c.slug for c in facts.cities}
    assert not ({"rabat", "tunis", "venlo"} - cities) & taking_part


@pytest.mark.parametrize("sentence", [
    "Delegationen aus Rabat und Tunis waren zum zweiten Gipfel angekündigt.",
    "Delegations from Rabat and Tunis had been announced for the second summit.",
    "Des délégations de Rabat et de Tunis avaient été annoncées au deuxième Sommet.",
])
def test_an_announced_group_takes_no_part(tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert not {"rabat", "tunis"} & {p.city for p in facts.participation}


@pytest.mark.parametrize("sentence", [
    "Der zweite Gipfel tagt. Bereits im Mai 2016 war Antoin Scholten, Bürgermeister von Venlo, "
    "zu Gast.",
    "The second summit is meeting. Back in 2016, Antoin Scholten, Mayor of Venlo, was a guest.",
    "Le deuxième Sommet se réunit. En mai 2016, Antoin Scholten, maire de Venlo, était invité.",
])
def test_a_person_dated_in_another_year_is_no_attendee(tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert "antoin-scholten" in {p.slug for p in facts.persons}
    assert "antoin-scholten" not in {a.person for a in facts.attendance}


@pytest.mark.parametrize("caption", [
    "Archivbild: Oberbürgermeister Thomas Geisel und Bürgermeister Antoin Scholten (Venlo)",
    "File photo: Lord Mayor Thomas Geisel with Mayor Antoin Scholten (Venlo)",
])
def test_an_archive_photo_places_nobody_at_the_summit(tmp_path, gazetteer, caption):
    path = release_file(tmp_path, "Der zweite Gipfel.", caption=caption)
    facts = extract_facts(parse_release(path), gazetteer)
    assert "antoin-scholten" not in {a.person for a in facts.attendance}


@pytest.mark.parametrize("caption", [
    "Architektin Jana Beispiel bei ihrer Keynote", "The architect Jana Beispiel speaking",
    "La sociologue Jana Beispiel au Sommet"])
def test_a_profession_word_is_never_part_of_a_name(tmp_path, gazetteer, caption):
    path = release_file(tmp_path, "Der zweite Gipfel.", caption=caption)
    facts = extract_facts(parse_release(path), gazetteer)
    assert {p.slug for p in facts.persons} & {"jana-beispiel"}
    assert not any(p.slug.endswith("-jana-beispiel") for p in facts.persons)


@pytest.mark.parametrize("sentence", [
    "Den Workshop A gestaltete das Strong Cities Network, den Workshop B EUROCITIES; beide "
    "Netzwerke waren als ideelle Partner am zweiten Gipfel beteiligt.",
    "Workshop A was designed by the Strong Cities Network, workshop B by EUROCITIES; both "
    "networks took part in the second summit as ideal partners.",
    "L'atelier A a été conçu par le Strong Cities Network, l'atelier B par EUROCITIES ; les "
    "deux réseaux ont pris part au deuxième Sommet comme partenaires de soutien.",
])
def test_a_reference_to_the_organisations_just_named_gives_them_the_partner_role(
        tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert {(p.organisation, p.role) for p in facts.partnerships} == {
        ("strong-cities-network", "supporting-partner"), ("eurocities", "supporting-partner")}


# ------------------------------------------------------------------ roles by reference
@pytest.mark.parametrize("sentence", [
    "Beim zweiten Gipfel sprachen der Bürgermeister von Tunis, Jana Beispiel, und sein "
    "Amtskollege aus Rabat, Omar Muster.",
    "At the second summit the Mayor of Tunis, Jana Beispiel, and her counterpart from Rabat, "
    "Omar Muster, spoke.",
    "Au deuxième Sommet, le maire de Tunis, Jana Beispiel, et son homologue de Rabat, Omar "
    "Muster, ont parlé.",
])
def test_a_counterpart_takes_the_antecedents_role_for_the_city_named_with_it(
        tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert {("jana-beispiel", "mayor", "city/tunis"), ("omar-muster", "mayor", "city/rabat")} <= {
        (m.person, m.role, m.agent) for m in facts.mandates}


@pytest.mark.parametrize("sentence", [
    "Beim zweiten Gipfel sprachen der Bürgermeister von Tunis, Jana Beispiel, und sein "
    "Amtskollege Omar Muster.",
    "At the second summit the Mayor of Tunis, Jana Beispiel, and her counterpart Omar Muster "
    "spoke.",
])
def test_a_counterpart_without_a_city_gets_no_mandate(tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert not [m for m in facts.mandates if m.person == "omar-muster"]


@pytest.mark.parametrize("sentence", [
    "Beim zweiten Gipfel sprach Jana Beispiel; die Koordinatorin des Strong Cities Network "
    "zeigte Beispiele.",
    "At the second summit the talk was given by Jana Beispiel; the coordinator of the Strong "
    "Cities Network showed examples.",
    "Au deuxième Sommet, la parole était à Jana Beispiel ; la coordonnatrice du Strong Cities "
    "Network a montré des exemples.",
])
def test_a_role_in_the_next_clause_belongs_to_the_person_just_named(tmp_path, gazetteer,
                                                                    sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert ("jana-beispiel", "coordinator", "org/strong-cities-network") in {
        (m.person, m.role, m.agent) for m in facts.mandates}


@pytest.mark.parametrize("sentence", [
    "Beim zweiten Gipfel sprach Rabats Bürgermeister, Omar Muster.",
    "Beim zweiten Gipfel wurden Projekte des Bürgermeisters Rabats, Omar Muster, vorgestellt.",
    "At the second summit Rabat's Mayor, Omar Muster, spoke.",
    "At the second summit the talk by Rabat's Deputy Mayor, Omar Muster, was heard.",
])
def test_a_city_in_the_genitive_next_to_the_role_is_its_agent(tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    found = {(m.person, m.agent) for m in facts.mandates}
    assert ("omar-muster", "city/rabat") in found
    assert ("omar-muster", "city/duesseldorf") not in found


@pytest.mark.parametrize("sentence", [
    "Beim zweiten Gipfel sprach Omar Muster, Minister der Stadtregierung von Rabat und Leiter "
    "ihres Departments für Kultur.",
    "At the second summit Omar Muster, Minister of the Rabat City Government and head of its "
    "Department for Culture, spoke.",
])
def test_a_role_with_a_possessive_is_held_for_the_agent_before_it(tmp_path, gazetteer,
                                                                  sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert ("omar-muster", "head-of-department", "city/rabat") in {
        (m.person, m.role, m.agent) for m in facts.mandates}


@pytest.mark.parametrize("sentence", [
    "Ein Treffen fand 2016 in Rabat statt; die marokkanische Hauptstadt, die dem Netzwerk seit "
    "dessen Gründung im selben Jahr angehört, lud ein.",
    "A meeting took place in Rabat in 2016; the Moroccan capital, a member of the network "
    "since the same year, sent a delegation.",
    "Une rencontre a eu lieu à Rabat en 2016 ; la capitale marocaine, membre du réseau depuis "
    "la même année, a envoyé une délégation.",
])
def test_a_city_described_after_its_name_joins_in_the_year_named_before(tmp_path, gazetteer,
                                                                         sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert {(m.city, m.since) for m in facts.memberships} == {("rabat", 2016)}


@pytest.mark.parametrize("sentence", [
    "Au deuxième Sommet, parmi les signataires figurent la mairesse de Rabat, Mme Jana "
    "Beispiel, le maire de Tunis, M. Omar Muster, et le maire du district de Venlo, M. Paul "
    "Exemple.",
    "At the second summit the speakers were the Mayor of Rabat, Ms. Jana Beispiel, the Mayor "
    "of Tunis, Mr. Omar Muster, and the Mayor of Venlo, Mr. Paul Exemple.",
    "At the second summit the speakers were Jana Beispiel, Mayor of Rabat, Omar Muster, Mayor "
    "of Tunis, and Paul Exemple, Mayor of Venlo.",
])
def test_in_a_list_of_roles_and_names_each_name_takes_its_own_role(tmp_path, gazetteer,
                                                                   sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert {(m.person, m.agent) for m in facts.mandates if m.role == "mayor"} >= {
        ("jana-beispiel", "city/rabat"), ("omar-muster", "city/tunis"),
        ("paul-exemple", "city/venlo")}
    assert not {("jana-beispiel", "city/tunis"), ("omar-muster", "city/venlo"),
                ("omar-muster", "city/rabat")} & {(m.person, m.agent) for m in facts.mandates}


@pytest.mark.parametrize("sentence", [
    "Düsseldorf, 2. September 2019 – Der zweite Gipfel ist zu Ende gegangen.",
    "Düsseldorf, 2 September 2019 – The second summit has ended.",
    "Düsseldorf, le lundi 2 septembre 2019 – Le deuxième Sommet s'est terminé.",
])
def test_a_dateline_dates_the_text_not_the_summit(tmp_path, gazetteer, sentence):
    path = release_file(tmp_path, "Der zweite Gipfel.", sentence, date_="02.09.2019",
                        name="20190902-999_01.txt")
    summit = next(s for s in extract_facts(parse_release(path), gazetteer).summits)
    assert summit.end != date(2019, 9, 2)


@pytest.mark.parametrize("sentence", [
    "Der zweite Gipfel tagte. Pressekontakt: Thomas Geisel",
    "The second summit met. Media contact: Thomas Geisel",
    "Le deuxième Sommet s'est réuni. Renseignements : Thomas Geisel",
])
def test_a_person_in_a_contact_block_is_no_attendee(tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert "thomas-geisel" not in {a.person for a in facts.attendance}


@pytest.mark.parametrize("sentence", [
    "Montréal war 2015 Gastgeber des ersten Gipfels; der zweite fand 2019 in Düsseldorf statt.",
    "Montréal was host to the first summit in 2015, and in 2019 the second was held in "
    "Düsseldorf.",
    "Montréal a reçu le premier Sommet en 2015 ; le deuxième s'est tenu à Düsseldorf en 2019.",
])
def test_an_ordinal_standing_for_the_event_noun_names_that_summit(tmp_path, gazetteer,
                                                                  sentence):
    path = release_file(tmp_path, "Der dritte Gipfel tagt in Izmir.", sentence,
                        date_="09.12.2021", name="20211209-999_01.txt")
    facts = extract_facts(parse_release(path), gazetteer)
    assert {(s.slug, s.ordinal) for s in facts.summits} >= {
        ("2015-montreal", 1), ("2019-duesseldorf", 2)}


@pytest.mark.parametrize("sentence", [
    "Beim zweiten Gipfel gab es einen Dialog. Städte im Dialog: Rabat, Tunis und Venlo.",
    "At the second summit there was a dialogue. Cities that took the floor: Rabat, Tunis and "
    "Venlo.",
    "Au deuxième Sommet, il y a eu un dialogue. Villes ayant pris la parole : Rabat, Tunis et "
    "Venlo.",
])
def test_a_colon_list_after_a_plural_city_noun_names_participants(tmp_path, gazetteer,
                                                                  sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert {"rabat", "tunis", "venlo"} <= {p.city for p in facts.participation}


@pytest.mark.parametrize("sentence", [
    "Vom 30. August bis zum 1. September 2019 war die Stadt Treffpunkt für Delegationen aus "
    "vielen Ländern.",
    "From 30 August to 1 September 2019 the city welcomed delegations from many countries.",
    "Du 30 août au 1er septembre 2019, la ville a accueilli des délégations de nombreux pays.",
])
def test_a_date_range_that_is_a_known_summits_days_names_that_summit(tmp_path, gazetteer,
                                                                     sentence):
    path = release_file(tmp_path, sentence, headline="Bilanz / Review", date_="02.09.2019",
                        name="20190902-999_01.txt")
    facts = extract_facts(parse_release(path), gazetteer)
    assert "2019-duesseldorf" in {s.slug for s in facts.summits}


@pytest.mark.parametrize("sentences", [
    "Die Düsseldorfer Erklärung knüpft an die Montréal-Erklärung an, die 2015 verabschiedet "
    "wurde. Unterzeichnet haben: Rabat, Tunis und Venlo.",
    "The Düsseldorf Declaration builds on the Montréal Declaration adopted in 2015. The "
    "signatory cities are Rabat, Tunis and Venlo.",
])
def test_a_list_after_a_recalled_declaration_signs_the_one_reported_on(tmp_path, gazetteer,
                                                                       sentences):
    path = release_file(tmp_path, "Der zweite Gipfel tagte vom 30. August bis 1. September.",
                        sentences)
    facts = extract_facts(parse_release(path), gazetteer)
    signed = {(d.slug, c) for d in facts.declarations for c in d.signatories}
    assert {("2019-duesseldorf", c) for c in ("rabat", "tunis", "venlo")} <= signed
    assert not {c for d, c in signed if d == "2015-montreal"}


@pytest.mark.parametrize("sentence", [
    # someone stands in for the person
    "Beim zweiten Gipfel vertrat Omar Muster die Bürgermeisterin von Rabat, Jana Beispiel.",
    "At the second summit Omar Muster represented the Mayor of Rabat, Jana Beispiel.",
    "Au deuxième Sommet, Omar Muster représentait la mairesse de Rabat, Mme Jana Beispiel.",
    # the person is named in a contact block
    "Der zweite Gipfel tagte. Pressekontakt: Jana Beispiel",
    "The second summit met. Media contact: Jana Beispiel",
    "Le deuxième Sommet s'est réuni. Renseignements : Jana Beispiel",
])
def test_a_person_stood_in_for_or_named_as_contact_is_a_person_but_no_attendee(
        tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert "jana-beispiel" in {p.slug for p in facts.persons}
    assert "jana-beispiel" not in {a.person for a in facts.attendance}


@pytest.mark.parametrize("sentence", [
    "Der zweite Gipfel tagte. Foto: Muster Bilder",
    "The second summit met. Photo: Example Images",
    "Le deuxième Sommet s'est réuni. Photo : Exemple Photographie",
])
def test_a_photo_credit_to_an_agency_names_no_person(tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert not {p.slug for p in facts.persons} & {"muster-bilder", "example-images",
                                                   "exemple-photographie"}


@pytest.mark.parametrize("sentence", [
    "Beim Gipfel von Tunis unterzeichneten Rabat und Venlo die Erklärung.",
    "At the Summit of Tunis, Rabat and Venlo signed the declaration.",
    "Au Sommet de Tunis, Rabat et Venlo ont signé la déclaration.",
])
def test_a_city_in_an_events_name_does_not_sign(tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    signed = {c for d in facts.declarations for c in d.signatories}
    assert "tunis" not in signed


def test_a_city_adjective_after_a_role_is_no_name(tmp_path, gazetteer):
    path = release_file(tmp_path, "Beim zweiten Gipfel stellte die Senatorin Rabater Ansätze "
                                  "für Begegnungsorte vor.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert not [p for p in facts.persons if p.slug.startswith("rabater")]


@pytest.mark.parametrize("sentence", [
    "Die Delegationen beendeten den zweiten Gipfel am Sonntag, einen Tag nach der Unterzeichnung "
    "der Erklärung.",
    "The delegations ended the second summit on Sunday, a day after signing the declaration.",
])
def test_a_weekday_related_to_the_signing_by_after_or_before_is_not_its_date(tmp_path,
                                                                            gazetteer,
                                                                            sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert date(2019, 9, 1) not in {d.date_created for d in facts.declarations}


@pytest.mark.parametrize("sentence", [
    "Die Konferenz endete heute mit der Unterzeichnung der Erklärung durch Rabat und Tunis.",
    "The conference closed this afternoon with the signing of the declaration by Rabat and "
    "Tunis.",
    "La conférence s'est terminée aujourd'hui par la signature de la déclaration.",
])
def test_a_release_written_during_a_known_summit_reports_on_it_and_today_is_its_date(
        tmp_path, gazetteer, sentence):
    path = release_file(tmp_path, sentence, headline="Bilanz / Review")
    facts = extract_facts(parse_release(path), gazetteer)
    summit = next(s for s in facts.summits if s.slug == "2019-duesseldorf")
    assert summit.end == date(2019, 9, 1)


@pytest.mark.parametrize("sentence", [
    "RABAT, Morocco, Sept 1 (Wire) - Delegations from Tunis and Venlo signed the declaration.",
    "Rabat, le 1er septembre 2019 – Les délégations de Tunis et de Venlo ont signé la "
    "déclaration.",
])
def test_a_city_in_a_dateline_does_not_sign(tmp_path, gazetteer, sentence):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    signed = {c for d in facts.declarations for c in d.signatories}
    assert "rabat" not in signed and {"tunis", "venlo"} <= signed


def test_a_quotation_whose_closing_mark_was_lost_ends_before_the_attribution(tmp_path,
                                                                          gazetteer):
    path = release_file(tmp_path, "Beim zweiten Gipfel sprach Oberbürgermeister Thomas Geisel. "
                                  "\u201eWir haben viel voneinander gelernt in diesen Tagen, sagte "
                                  "Geisel. \u201eDie Städte rücken zusammen und teilen ihre "
                                  "Lösungen\u201c, ergänzte Antoin Scholten, Bürgermeister von "
                                  "Venlo.")
    facts = extract_facts(parse_release(path), gazetteer)
    quoted = {facts.release.text[q.span.start:q.span.end]: q.person for q in facts.quotes}
    assert quoted.get("Wir haben viel voneinander gelernt in diesen Tagen") == "thomas-geisel"
    assert quoted.get("Die Städte rücken zusammen und teilen ihre Lösungen") == "antoin-scholten"


def test_halves_with_different_numbers_of_quotations_give_a_warning(tmp_path, gazetteer):
    path = release_file(
        tmp_path,
        "Beim zweiten Gipfel sagte Oberbürgermeister Thomas Geisel: \u201eWir haben viel "
        "voneinander gelernt in diesen Tagen.\u201c",
        "At the second summit Lord Mayor Thomas Geisel spoke about what the cities learned.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert any("different numbers of quotations" in w for w in facts.warnings)


def test_a_name_after_a_long_run_of_capitalised_nouns_is_still_found(tmp_path, gazetteer):
    path = release_file(tmp_path, "Der zweite Gipfel fand auf Einladung des Venloer "
                                  "Bürgermeisters Antoin Scholten statt.")
    facts = extract_facts(parse_release(path), gazetteer)
    assert ("antoin-scholten", "mayor", "city/venlo") in {
        (m.person, m.role, m.agent) for m in facts.mandates}


@pytest.mark.parametrize("sentence", [
    "Né de la Déclaration de Montréal adoptée au premier Sommet en 2015, l'Observatoire réunit "
    "aujourd'hui des villes de quatre continents.",
    "Founded by the Montréal Declaration adopted at the first summit in 2015, the Observatory "
    "today brings together cities of four continents.",
])
def test_today_in_a_sentence_about_a_past_signing_is_not_its_date(tmp_path, gazetteer,
                                                                  sentence):
    path = release_file(tmp_path, "Die Stadt berichtet.", sentence, date_="28.06.2018",
                        name="20180628-999_01.txt", headline="Bericht / Report")
    facts = extract_facts(parse_release(path), gazetteer)
    assert date(2018, 6, 28) not in {d.date_created for d in facts.declarations}


@pytest.mark.parametrize("sentence, person", [
    ("Beim zweiten Gipfel sprach Antoin Scholtan, Bürgermeister von Venlo.", "antoin-scholten"),
    ("At the second summit Antoin Scholtan, Mayor of Venlo, spoke.", "antoin-scholten"),
    ("Au deuxième Sommet, Antoin Muster, maire de Venlo, a pris la parole.", "antoin-muster"),
])
def test_a_misspelt_reference_name_is_that_person_and_another_name_is_not(
        tmp_path, gazetteer, sentence, person):
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", sentence)),
                          gazetteer)
    assert (person, "mayor", "city/venlo") in {(m.person, m.role, m.agent)
                                               for m in facts.mandates}


@pytest.mark.parametrize("de, en, mandate", [
    ("Die Gäste reisten nach Graz. Der Bürgermeister der Stadt, Siegfried Nagl, empfing sie.",
     None, ("siegfried-nagl", "mayor", "city/graz")),
    ("Der zweite Gipfel.", "The delegations spent a day in Rotterdam. Ahmed Aboutaleb, the "
     "mayor of the city, received them.", ("ahmed-aboutaleb", "mayor", "city/rotterdam")),
])
def test_a_city_role_for_a_city_described_is_held_for_the_city_named_before(
        tmp_path, gazetteer, de, en, mandate):
    """'the mayor of the city', 'der Bürgermeister der Stadt': the city the paragraph named
    last, not the publisher's."""
    facts = extract_facts(parse_release(release_file(tmp_path, de, en)), gazetteer)
    held = {(m.person, m.role, m.agent) for m in facts.mandates}
    assert mandate in held
    assert (mandate[0], "mayor", "city/duesseldorf") not in held


@pytest.mark.parametrize("en, held, not_held", [
    ("At the second summit, Dr. Ana Ruiz, the mayor of Leeds, Tom Hill, and Deputy Mayor Ken "
     "Ito spoke.", ("tom-hill", "mayor", "city/leeds"), ("ana-ruiz", "mayor", "city/leeds")),
    ("At the second summit, Ana Ruiz, Mayor of Leeds, Tom Hill, and Ken Ito spoke.",
     ("ana-ruiz", "mayor", "city/leeds"), ("ken-ito", "mayor", "city/leeds")),
    ("Au deuxième Sommet, M. Ruiz, le maire de Leeds, Tom Hill, et l'adjointe au maire de "
     "Varsovie, Ana Nowak, ont parlé.", ("tom-hill", "mayor", "city/leeds"),
     ("ana-nowak", "mayor", "city/warsaw")),
    ("Au deuxième Sommet a parlé l'adjointe au maire de Varsovie, Ana Nowak.",
     ("ana-nowak", "deputy-mayor", "city/warsaw"), ("ana-nowak", "mayor", "city/warsaw")),
])
def test_a_role_phrase_between_two_names_is_the_one_the_list_gives_it(tmp_path, gazetteer, en,
                                                                       held, not_held):
    """'X, the mayor of Y, Z W, and ...': the role with its article goes to the name after it
    when that name has no role of its own; without the article it is X's apposition. An
    elided article ('l'adjointe au maire de Y, Z W') opens the role before the name."""
    facts = extract_facts(parse_release(release_file(tmp_path, "Der zweite Gipfel.", en)),
                          gazetteer)
    mandates = {(m.person, m.role, m.agent) for m in facts.mandates}
    assert held in mandates
    assert not_held not in mandates


@pytest.mark.parametrize("sentence", [
    "At the second summit, 32 other cities from Africa, the Americas, Asia and Europe signed "
    "the declaration.",
    "At the second summit, delegates came from Oceania, Latin America and the Arctic.",
    "Au deuxième Sommet, des villes d'Afrique, d'Amérique latine et d'Europe ont signé.",
])
def test_a_continent_is_never_a_city(tmp_path, gazetteer, sentence):
    """GeoNames keeps 'Africa' as an old name of a Tunisian town: a continent is no city."""
    path = release_file(tmp_path, "Der zweite Gipfel in Düsseldorf.", sentence)
    cities = {c.slug for c in extract_facts(parse_release(path), gazetteer).cities}
    assert cities == {"duesseldorf"}


@pytest.mark.parametrize("de, en", [
    ("Der erste Gipfel tagte im Juni 2015 in Montreal.", "The first summit met in Montreal in "
     "June 2015. On 24 September 2015, Lord Mayor Thomas Geisel signed the Montreal "
     "Declaration in Montreal."),
])
def test_a_city_that_signed_months_after_the_summit_took_no_part_in_it(tmp_path, gazetteer,
                                                                        de, en):
    """A signature the text dates outside the summit's days makes a signatory, not a
    participant; nor does it make the host a participant of that summit."""
    facts = extract_facts(parse_release(release_file(tmp_path, de, en)), gazetteer)
    assert "duesseldorf" in {c for d in facts.declarations if d.slug == "2015-montreal"
                             for c in d.signatories}
    assert not {(p.summit, p.city) for p in facts.participation} & {
        ("2015-montreal", "duesseldorf"), ("2015-montreal", "montreal")}


def test_the_abbreviated_title_of_a_mayor_is_read_as_the_role(tmp_path, gazetteer):
    """'Bgm.', 'Bgmin.', 'Vize-Bgm.' (Austrian usage) are the mayor's and deputy's titles, and
    their full stop ends no sentence."""
    path = release_file(tmp_path, "Beim zweiten Gipfel sprachen Bgmin. Eva Huber aus Linz und "
                                  "Vize-Bgm. Karl Gruber aus Wels. Bgm. Anna Weber aus Graz "
                                  "dankte ihnen.")
    mandates = {(m.person, m.role, m.agent)
                for m in extract_facts(parse_release(path), gazetteer).mandates}
    assert {("eva-huber", "mayor", "city/linz"), ("karl-gruber", "deputy-mayor", "city/wels"),
            ("anna-weber", "mayor", "city/graz")} <= mandates
