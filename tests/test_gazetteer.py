"""The gazetteer: known names from the reference data, GeoNames and ISO 3166, by any spelling."""

from __future__ import annotations

import pytest
import rdflib
from repo_paths import REPO

from ltgraph.gazetteer import load_gazetteer, name_keys
from ltgraph.reference import load_reference
from ltgraph.validate import load_ontology


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(load_reference(REPO / "data" / "reference"), load_ontology())


@pytest.mark.parametrize("spelling", ["Düsseldorf", "Duesseldorf", "dusseldorf", "DÜSSELDORF"])
def test_every_spelling_of_a_city_finds_one_slug(gazetteer, spelling):
    assert gazetteer.city(spelling).slug == "duesseldorf"


@pytest.mark.parametrize("exonym, slug, iso", [
    ("Kalkutta", "kolkata", "IN"), ("Warschau", "warsaw", "PL"), ("Moskau", "moscow", "RU"),
    ("Lausanne", "lausanne", "CH"), ("Palerme", "palermo", "IT"), ("Genève", "geneva", "CH"),
])
def test_german_and_french_exonyms_resolve_through_geonames(gazetteer, exonym, slug, iso):
    city = gazetteer.city(exonym)
    assert (city.slug, city.country_iso) == (slug, iso)


@pytest.mark.parametrize("written, slug, label", [
    ("Köln", "cologne", "Cologne"), ("Koeln", "cologne", "Cologne"),
    ("Cologne", "cologne", "Cologne"),
    ("Hannover", "hanover", "Hanover"), ("Hanovre", "hanover", "Hanover"),
    ("Gent", "ghent", "Ghent"), ("Gand", "ghent", "Ghent"), ("Brugge", "bruges", "Bruges"),
    ("Zürich", "zurich", "Zurich"), ("Sevilla", "seville", "Seville"),
])
def test_a_city_geonames_names_locally_takes_its_english_name_whatever_the_text_writes(
        gazetteer, written, slug, label):
    city = gazetteer.city(written)
    assert (city.slug, city.label) == (slug, label)


@pytest.mark.parametrize("word", ["Chair", "Chairman", "Secretary", "Members"])
def test_a_role_word_that_geonames_lists_as_an_alternate_name_names_no_city(gazetteer, word):
    assert gazetteer.city(word) is None


@pytest.mark.parametrize("country", ["Burkina Faso", "Bangladesh", "Bangladesch", "Kanada"])
def test_a_country_is_not_a_city(gazetteer, country):
    assert gazetteer.city(country) is None
    assert gazetteer.is_country(country)


@pytest.mark.parametrize("name, iso", [("Singapore", "SG"), ("Hong Kong", "HK"),
                                       ("Monaco", "MC")])
def test_a_city_state_is_a_city(gazetteer, name, iso):
    """Most of the country lives in the city of its name: the name names the city."""
    assert gazetteer.city(name).country_iso == iso
    assert not gazetteer.is_country(name)


@pytest.mark.parametrize("country", ["Luxembourg", "Djibouti", "San Marino", "Mexico"])
def test_a_country_with_a_city_of_its_name_that_is_not_most_of_it_stays_a_country(
        gazetteer, country):
    assert gazetteer.is_country(country) and gazetteer.city(country) is None


@pytest.mark.parametrize("name, iso, slug", [
    ("Speightstown", "BB", "speightstown"),  # 3600 people
    ("Clonmel", "IE", "clonmel"),  # GeoNames names it in Irish: the text's name is kept
    ("Torslanda", "SE", "torslanda"),
    ("Lyon", "FR", "lyon"),
])
def test_a_town_however_small_is_found_in_the_country_the_text_names(gazetteer, name, iso, slug):
    town = gazetteer.town_in(name, iso)
    assert (town.slug, town.country_iso) == (slug, iso)


@pytest.mark.parametrize("name, iso", [("Speightstown", "IE"), ("Lyon", "DE"),
                                       ("Ireland", "IE"), ("Eurocities", "BE")])
def test_no_town_is_found_in_another_country_nor_for_a_country_or_an_organisation(
        gazetteer, name, iso):
    assert gazetteer.town_in(name, iso) is None


def test_an_ambiguous_name_gives_the_most_populous_city(gazetteer):
    assert gazetteer.city("Rabat").country_iso == "MA"
    assert gazetteer.city("Dhaka").country_iso == "BD"


def test_reference_cities_keep_the_reference_slug_and_sameas(gazetteer):
    montreal = gazetteer.city("Montréal")
    assert montreal.slug == "montreal" and montreal.in_reference
    assert montreal.geonames == "6077243"


def test_reference_people_are_found_by_their_alternate_names(gazetteer):
    assert gazetteer.person_slug("Michal Olszewski") == "michal-olszewski"
    assert gazetteer.persons["michal-olszewski"].name == "Michał Olszewski"


def test_roles_and_partner_roles_come_from_the_ontology_schemes(gazetteer):
    roles = {(label.text, label.slug) for label in gazetteer.role_labels}
    assert ("Oberbürgermeister", "mayor") in roles
    partner_roles = {label.slug for label in gazetteer.partner_role_labels}
    assert {"main-sponsor", "supporting-partner", "media-partner", "partner"} <= partner_roles


def test_name_keys_fold_german_and_plain_transliterations():
    assert set(name_keys("Düsseldorf")) == {"duesseldorf", "dusseldorf"}
    assert name_keys("Duesseldorf") == ("duesseldorf",)


def test_an_empty_reference_still_knows_geonames_cities():
    gaz = load_gazetteer(rdflib.Graph(), None)
    assert gaz.city("Venlo").slug == "venlo"
    assert gaz.role_labels == ()
