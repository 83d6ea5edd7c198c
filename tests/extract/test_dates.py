"""Dates in three languages: every common form, generated over many days, gives its value and
its span.

The forms are written here from the test's own month and weekday names (not the extractor's
tables) and filled with generated days and ranges across years and months, so each rule of
``ltgraph.extract.dates`` is tested on values it was not written from.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from ltgraph.extract.dates import dates_in, mentions_in

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}
SHORT = {"de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
         "en": "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.",
         "en3": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"}
WEEKDAYS = {"de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
            "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
            "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche"}
FRAME = {"de": "Das Treffen fand {} statt.", "en": "The meeting was held {} in the city.",
         "fr": "La rencontre a eu lieu {} dans la ville."}


def month(language: str, d: date) -> str:
    return MONTHS[language].split()[d.month - 1]


def short(key: str, d: date) -> str:
    return SHORT[key].split()[d.month - 1]


def weekday(language: str, d: date) -> str:
    return WEEKDAYS[language].split()[d.weekday()]


def suffix(n: int) -> str:
    return "th" if n in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fr_day(n: int) -> str:
    return "1er" if n == 1 else str(n)


# (language, name, render(day) -> text)
DAY_FORMS: list[tuple[str, str, Callable[[date], str]]] = [
    ("de", "D. Monat YYYY", lambda d: f"am {d.day}. {month('de', d)} {d.year}"),
    ("de", "D. Mon. YYYY", lambda d: f"am {d.day}. {short('de', d)} {d.year}"),
    ("de", "DD.MM.YYYY", lambda d: f"am {d:%d.%m.%Y}"),
    ("de", "D.M.YY", lambda d: f"am {d.day}.{d.month}.{d:%y}"),
    ("de", "Wochentag, den D. Monat YYYY", lambda d: f"am {weekday('de', d)}, den {d.day}. "
                                                      f"{month('de', d)} {d.year}"),
    ("en", "Month D, YYYY", lambda d: f"on {month('en', d)} {d.day}, {d.year}"),
    ("en", "Month Dth YYYY", lambda d: f"on {month('en', d)} {d.day}{suffix(d.day)} {d.year}"),
    ("en", "Dth Month YYYY", lambda d: f"on {d.day}{suffix(d.day)} {month('en', d)} {d.year}"),
    ("en", "the Dth of Month YYYY", lambda d: f"on the {d.day}{suffix(d.day)} of "
                                              f"{month('en', d)} {d.year}"),
    ("en", "D Mon, YYYY", lambda d: f"on {d.day} {short('en3', d)}, {d.year}"),
    ("en", "Mon. D, YYYY", lambda d: f"on {short('en', d)} {d.day}, {d.year}"),
    ("en", "Weekday, Month D, YYYY", lambda d: f"on {weekday('en', d)}, {month('en', d)} "
                                               f"{d.day}, {d.year}"),
    ("en", "YYYY-MM-DD", lambda d: f"on {d:%Y-%m-%d}"),
    ("fr", "D mois YYYY (1er)", lambda d: f"le {fr_day(d.day)} {month('fr', d)} {d.year}"),
    ("fr", "jour D mois YYYY", lambda d: f"le {weekday('fr', d)} {fr_day(d.day)} "
                                         f"{month('fr', d)} {d.year}"),
    ("fr", "DD/MM/YYYY", lambda d: f"le {d:%d/%m/%Y}"),
]

# (language, name, render(first, last) -> text or None where the form does not apply)
RANGE_FORMS: list[tuple[str, str, Callable[[date, date], str | None]]] = [
    ("de", "vom D. Monat bis zum D. Monat YYYY",
     lambda a, b: f"vom {a.day}. {month('de', a)} bis zum {b.day}. {month('de', b)} {b.year}"),
    ("de", "D. bis D. Monat YYYY", lambda a, b: f"vom {a.day}. bis {b.day}. {month('de', b)} "
                                                f"{b.year}" if a.month == b.month else None),
    ("de", "D.–D. Monat YYYY", lambda a, b: f"vom {a.day}.–{b.day}. {month('de', b)} {b.year}"
     if a.month == b.month else None),
    ("de", "DD.MM. bis DD.MM.YYYY", lambda a, b: f"vom {a:%d.%m.} bis {b:%d.%m.%Y}"),
    ("de", "D.M.YY bis D.M.YY", lambda a, b: f"vom {a.day}.{a.month}.{a:%y} bis "
                                             f"{b.day}.{b.month}.{b:%y}"),
    ("de", "zwischen dem D. Monat und dem D. Monat YYYY",
     lambda a, b: f"zwischen dem {a.day}. {month('de', a)} und dem {b.day}. {month('de', b)} "
                  f"{b.year}"),
    ("de", "von Wochentag, D. Monat, bis Wochentag, D. Monat YYYY",
     lambda a, b: f"von {weekday('de', a)}, {a.day}. {month('de', a)}, bis {weekday('de', b)}, "
                  f"{b.day}. {month('de', b)} {b.year}"),
    ("en", "Month D-D, YYYY", lambda a, b: f"on {month('en', a)} {a.day}-{b.day}, {b.year}"
     if a.month == b.month else None),
    ("en", "Month D to Month D, YYYY", lambda a, b: f"from {month('en', a)} {a.day} to "
                                                    f"{month('en', b)} {b.day}, {b.year}"),
    ("en", "Mon. D – Mon. D, YYYY", lambda a, b: f"{short('en', a)} {a.day} – {short('en', b)} "
                                                 f"{b.day}, {b.year}"),
    ("en", "D–D Mon YYYY", lambda a, b: f"on {a.day}–{b.day} {short('en3', b)} {b.year}"
     if a.month == b.month else None),
    ("en", "between D Month and D Month YYYY", lambda a, b: f"between {a.day} {month('en', a)} "
                                                            f"and {b.day} {month('en', b)} "
                                                            f"{b.year}"),
    ("en", "from the Dth to the Dth of Month YYYY",
     lambda a, b: f"from the {a.day}{suffix(a.day)} to the {b.day}{suffix(b.day)} of "
                  f"{month('en', b)} {b.year}" if a.month == b.month else None),
    ("en", "Month Dth to Month Dth YYYY",
     lambda a, b: f"from {month('en', a)} {a.day}{suffix(a.day)} to {month('en', b)} "
                  f"{b.day}{suffix(b.day)} {b.year}"),
    ("fr", "du D mois au D mois YYYY (1er)",
     lambda a, b: f"du {fr_day(a.day)} {month('fr', a)} au {fr_day(b.day)} {month('fr', b)} "
                  f"{b.year}"),
    ("fr", "du D au D mois YYYY", lambda a, b: f"du {fr_day(a.day)} au {b.day} "
                                               f"{month('fr', b)} {b.year}"
     if a.month == b.month else None),
    ("fr", "les D et D mois YYYY", lambda a, b: f"les {a.day} et {b.day} {month('fr', b)} "
                                                f"{b.year}" if a.month == b.month else None),
    ("fr", "les jour D et jour D mois YYYY",
     lambda a, b: f"les {weekday('fr', a)} {a.day} et {weekday('fr', b)} {b.day} "
                  f"{month('fr', b)} {b.year}" if a.month == b.month else None),
    ("fr", "du DD/MM/YYYY au DD/MM/YYYY", lambda a, b: f"du {a:%d/%m/%Y} au {b:%d/%m/%Y}"),
]


def generated_days() -> list[date]:
    """Days across years, months and day numbers (1st, 2nd, 3rd, 11th-13th, 21st-31st)."""
    days = [date(2015 + k % 8, 1 + (k * 5) % 12, d) for k, d in enumerate(
        (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 28, 30, 31, 9, 10, 15))]
    return [d for d in days if d.day <= 28 or d.month not in (2,)]


def generated_ranges() -> list[tuple[date, date]]:
    """Ranges of two to four days within a month and across a month's end."""
    ranges = []
    for k, start in enumerate(generated_days()):
        ranges.append((start, start + timedelta(days=1 + k % 3)))
    ranges += [(date(2019, 8, 30), date(2019, 9, 1)), (date(2015, 6, 10), date(2015, 6, 11)),
               (date(2021, 12, 7), date(2021, 12, 10)), (date(2020, 2, 28), date(2020, 3, 1))]
    return ranges


def _day_cases():
    for language, name, render in DAY_FORMS:
        for day in generated_days():
            yield pytest.param(language, render(day), day, id=f"{name}-{day}")


def _range_cases():
    for language, name, render in RANGE_FORMS:
        for first, last in generated_ranges():
            text = render(first, last)
            if text is not None:
                yield pytest.param(language, text, first, last, id=f"{name}-{first}-{last}")


def _the_one_date(language: str, phrase: str, reference: date):
    sentence = FRAME[language].format(phrase)
    found = dates_in(sentence, 100, reference)
    assert len(found) == 1, f"{sentence!r}: {found}"
    mention = found[0]
    start = sentence.index(phrase) + 100
    assert start <= mention.start and mention.end == start + len(phrase), (
        f"{sentence!r}: span {sentence[mention.start - 100:mention.end - 100]!r}")
    return mention


@pytest.mark.parametrize("language, phrase, day", list(_day_cases()))
def test_a_day_written_in_any_common_form_gives_that_day(language, phrase, day):
    mention = _the_one_date(language, phrase, day + timedelta(days=200))
    assert (mention.first, mention.last, mention.is_range) == (day, day, False)


@pytest.mark.parametrize("language, phrase, first, last", list(_range_cases()))
def test_a_range_written_in_any_common_form_gives_its_first_and_last_day(
        language, phrase, first, last):
    mention = _the_one_date(language, phrase, last + timedelta(days=200))
    assert (mention.first, mention.last) == (first, last)


@pytest.mark.parametrize("phrase, day", [
    ("am 30. August", date(2019, 8, 30)), ("on August 30th", date(2019, 8, 30)),
    ("on 30th August", date(2019, 8, 30)), ("le 1er septembre", date(2019, 9, 1)),
    ("am 2. Januar", date(2020, 1, 2)),  # the release of late December: next year
])
def test_a_day_without_a_year_is_the_one_nearest_the_release(phrase, day):
    found = dates_in(phrase, 0, date(2019, 12, 28) if day.year == 2020 else date(2019, 9, 4))
    assert [(d.first, d.last) for d in found] == [(day, day)]


def test_a_day_without_a_year_takes_the_year_in_context():
    found = dates_in("am 10. Juni", 0, date(2019, 9, 4), context_year=2015)
    assert [d.first for d in found] == [date(2015, 6, 10)]


@pytest.mark.parametrize("language, phrase, weekday", [
    ("de", "am Samstag", 5), ("de", "am Samstagabend", 5), ("en", "on Saturday", 5),
    ("fr", "le samedi", 5), ("de", "am Freitag", 4), ("en", "on Thursday", 3),
    ("fr", "le mercredi", 2),
])
def test_a_weekday_alone_is_that_day_of_the_week_before_the_release(language, phrase, weekday):
    for published in (date(2019, 9, 1), date(2015, 6, 12), date(2021, 12, 10)):
        found = mentions_in(FRAME[language].format(phrase), 0, published, languages=[language])
        days = [d for d in found if d.relative]
        assert len(days) == 1
        day = days[0].first
        assert day.weekday() == weekday and timedelta(0) <= published - day < timedelta(7)


@pytest.mark.parametrize("language, phrase, year", [
    ("de", "vor vier Jahren", 2015), ("en", "four years ago", 2015),
    ("fr", "il y a quatre ans", 2015), ("de", "vor 3 Jahren", 2016),
    ("en", "last year", 2018), ("de", "im Vorjahr", 2018), ("fr", "l'an dernier", 2018),
])
def test_a_year_counted_from_the_release_is_that_year(language, phrase, year):
    found = mentions_in(FRAME[language].format(phrase), 0, date(2019, 9, 4),
                        languages=[language])
    assert [(d.first.year, d.precision, d.relative) for d in found] == [(year, "year", True)]


@pytest.mark.parametrize("language, text", [
    ("de", "Das Observatorium entstand 2015; im selben Jahr trat die Stadt bei."),
    ("en", "The Observatory was founded in 2015; in the same year the city joined."),
    ("fr", "L'Observatoire est né en 2015; la même année, la ville l'a rejoint."),
])
def test_the_same_year_is_the_year_named_before(language, text):
    found = mentions_in(text, 0, date(2019, 9, 4), languages=[language])
    assert [(d.first.year, d.relative) for d in found] == [(2015, False), (2015, True)]


@pytest.mark.parametrize("phrase, first, last", [
    ("im Mai 2016", date(2016, 5, 1), date(2016, 5, 31)),
    ("in June 2018", date(2018, 6, 1), date(2018, 6, 30)),
    ("en février 2020", date(2020, 2, 1), date(2020, 2, 29)),
])
def test_a_month_and_year_is_the_whole_month(phrase, first, last):
    found = mentions_in(phrase, 0, date(2019, 9, 4))
    assert [(d.first, d.last, d.precision) for d in found] == [(first, last, "month")]


def test_a_year_alone_is_the_whole_year_and_a_number_is_no_year():
    found = mentions_in("Seit 2016 Mitglied, mit 2500 Gästen und 2.019 Euro.", 0,
                        date(2019, 9, 4))
    assert [(d.first, d.last, d.precision) for d in found] == [
        (date(2016, 1, 1), date(2016, 12, 31), "year")]


def test_relative_words_are_read_only_in_their_language():
    """German 'hier' (here) is no French 'hier' (yesterday)."""
    assert not mentions_in("Wir sind hier.", 0, date(2019, 9, 4), languages=["de"])
    found = mentions_in("La ville a signé hier.", 0, date(2019, 9, 4), languages=["fr"])
    assert [(d.first, d.relative) for d in found] == [(date(2019, 9, 3), True)]


@pytest.mark.parametrize("text", [
    "The mayor may 10 times a year visit.", "Ziffer 3.4.1 der Satzung", "um 18.04 Uhr",
    "Tel. 514 555-0199", "the 2nd summit", "le 2e Sommet", "der 3. Gipfel",
])
def test_words_and_numbers_that_are_not_dates_give_none(text):
    assert dates_in(text, 0, date(2019, 9, 4)) == []
