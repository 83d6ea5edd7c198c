"""The gazetteer as a build keeps it (``ltgraph.kept_gazetteer``): its GeoNames cities as rows,
read back, answer every lookup as the gazetteer it was made from."""

from __future__ import annotations

import pickle

import pytest
from repo_paths import REPO

from ltgraph.gazetteer import load_gazetteer
from ltgraph.kept_gazetteer import KeptCities, gazetteer_to_keep
from ltgraph.reference import load_reference
from ltgraph.validate import load_ontology


@pytest.fixture(scope="module")
def made():
    return load_gazetteer(load_reference(REPO / "data" / "reference"), load_ontology())


@pytest.fixture(scope="module")
def read_back(made):
    return pickle.loads(pickle.dumps(gazetteer_to_keep(made), protocol=pickle.HIGHEST_PROTOCOL))


def test_given_a_kept_gazetteer_read_back_its_city_tables_hold_the_same_entries(made, read_back):
    for table in ("geonames_cities", "geonames_by_slug"):
        kept, original = getattr(read_back, table), getattr(made, table)
        assert isinstance(kept, KeptCities)
        assert len(kept) == len(original) and list(kept) == list(original)
        assert dict(kept.items()) == original


def test_given_a_kept_gazetteer_read_back_a_name_gives_the_same_city_every_time(made, read_back):
    assert read_back.city("Palerme") is read_back.city("Palerme")
    for table in (made, read_back):  # one city, whether found by a name or by its slug
        assert table.geonames_cities["palerme"] is table.geonames_by_slug["palermo"]
    assert read_back.geonames_cities.get("no such place") is None


@pytest.mark.parametrize("name", ["Warschau", "Palerme", "Düsseldorf", "Monaco", "Burkina Faso",
                                  "Springfield", "Halle"])
def test_given_a_kept_gazetteer_read_back_its_lookups_answer_as_before(made, read_back, name):
    assert read_back.city(name) == made.city(name)
    assert read_back.is_country(name) == made.is_country(name)
    assert read_back.town_in(name, "US") == made.town_in(name, "US")


def test_keeping_a_gazetteer_leaves_the_gazetteer_as_it_was(made):
    before = made.geonames_cities
    gazetteer_to_keep(made)
    assert made.geonames_cities is before and isinstance(before, dict)
