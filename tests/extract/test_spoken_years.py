"""Spoken years, as a television script, a podcast transcript or a speech writes them: the year
is read wherever a year in figures is, and a number that only looks like one is none.

The spoken forms are written here from the test's own number words, not the extractor's tables.
"""

from __future__ import annotations

import pytest

from ltgraph.extract.text import years_in

EN_UNITS = "one two three four five six seven eight nine".split()
EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
DE_UNITS = "eins zwei drei vier fünf sechs sieben acht neun".split()
DE_TEENS = "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()
FR_NUMBERS = ("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
              "seize dix-sept dix-huit dix-neuf vingt").split()


def _english(year: int) -> list[str]:
    n = year - 2000
    word = (EN_UNITS + EN_TEENS)[n - 1] if n < 20 else \
        "twenty" + (f"-{EN_UNITS[n - 21]}" if n > 20 else "")
    forms = [f"two thousand {word}", f"two thousand and {word}"]
    return forms + ([f"twenty {word}"] if n >= 10 else [])


def _german(year: int) -> list[str]:
    n = year - 2000
    word = (DE_UNITS + DE_TEENS)[n - 1] if n < 20 else \
        (f"{'ein' if n == 21 else DE_UNITS[n - 21]}und" if n > 20 else "") + "zwanzig"
    return [f"zweitausend{word}", f"zweitausendund{word}"]


def _french(year: int) -> list[str]:
    n = year - 2000
    word = FR_NUMBERS[n - 1] if n <= 20 else ("vingt et un" if n == 21 else
                                               f"vingt-{FR_NUMBERS[n - 21]}")
    return [f"deux mille {word}"]


CASES = [(lang, year, form) for year in range(2011, 2026)
         for lang, forms in (("en", _english(year)), ("de", _german(year)),
                             ("fr", _french(year)))
         for form in forms]
FRAMES = {"en": "The mayors met in the city in {} for the summit.",
          "de": "Die Bürgermeister trafen sich {} zum Gipfel.",
          "fr": "Les maires se sont réunis en {} pour le Sommet."}


@pytest.mark.parametrize(("lang", "year", "form"), CASES,
                         ids=[f"{lang}-{form}" for lang, _, form in CASES])
def test_given_a_spoken_year_the_text_states_that_year(lang, year, form):
    text = FRAMES[lang].format(form)
    assert [(y, text[a:b]) for y, a, b in years_in(text)] == [(year, form)]


@pytest.mark.parametrize("text", [
    "Twenty five mayors came, and twenty-one cities signed.",
    "Zwanzig Städte und einundzwanzig Delegationen waren da.",
    "Vingt et un maires et deux mille personnes étaient présents.",
    "Some two thousand guests attended; twenty fifteen-year-olds sang.",
])
def test_given_numbers_that_are_no_years_no_year_is_stated(text):
    assert years_in(text) == []
