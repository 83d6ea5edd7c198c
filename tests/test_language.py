"""The language tables: role words, dates, ordinals and cues in German, English and French."""

from __future__ import annotations

import functools
import re
from datetime import date
from pathlib import Path

import pytest
from repo_paths import REPO

from ltgraph import language
from ltgraph.extract.dates import dates_in
from ltgraph.extract.roles import RoleMatcher
from ltgraph.extract.text import (
    Region,
    cardinal_value,
    detect_language,
    ordinal_value,
    sentences_of,
)
from ltgraph.gazetteer import load_gazetteer
from ltgraph.reference import load_reference
from ltgraph.validate import load_ontology


@functools.cache
def role_matcher() -> RoleMatcher:
    """The extraction's own matcher, over the committed reference data and ontology."""
    return RoleMatcher(load_gazetteer(load_reference(REPO / "data" / "reference"), load_ontology()))


def role_of(phrase: str) -> str | None:
    """The role the extraction reads in a phrase that starts with a role word."""
    found = role_matcher().at(phrase, 0)
    return found.role if found else None


@pytest.mark.parametrize("phrase, role", [
    ("Oberbürgermeisterin", "mayor"), ("OB", "mayor"), ("Lord Mayor", "mayor"),
    ("maire", "mayor"), ("Mairesse", "mayor"),
    ("Stellvertretende Oberbürgermeister", "deputy-mayor"), ("Vize-OB", "deputy-mayor"),
    ("Deputy Mayor", "deputy-mayor"), ("adjointe au maire", "deputy-mayor"),
    ("première adjointe", "deputy-mayor"), ("maire adjoint", "deputy-mayor"),
    ("Vize-Vorsitzende des Stadtrates", "council-vice-chair"),
    ("Vice-Chairwoman of Montréal City Council", "council-vice-chair"),
    ("vice-présidente du comité exécutif", "executive-committee-vice-chair"),
    ("Stadträtin", "councillor"), ("City Councillor", "councillor"),
    ("conseillère municipale", "councillor"),
    ("Staatsminister", "minister-of-state"), ("Minister of State", "minister-of-state"),
    ("Senatorin", "senator"), ("Präsidentin", "president"), ("président", "president"),
    ("Generalsekretärin", "secretary-general"), ("Secretary General", "secretary-general"),
    ("secrétaire générale", "secretary-general"), ("Koordinatorin", "coordinator"),
    ("coordonnateur", "coordinator"), ("Governor", "governor"),
    ("Botschafterin", "ambassador"), ("ambassadeur", "ambassador"),
    ("Direktorin", "director"), ("Managing Director", "managing-director"),
    ("Geschäftsführerin", "managing-director"), ("Partnerin", "partner"),
    ("Leiter des Departments", "head-of-department"), ("Leiter Hauptstadtbüro", "head-of-office"),
    ("Head of the Cities, Urban Policies and Sustainable Development Division",
     "head-of-division"), ("bourgmestre", "mayor"),
])
def test_role_words_in_three_languages(phrase, role):
    assert role_of(phrase) == role


@pytest.mark.parametrize("word, month", [("August", 8), ("März", 3), ("June", 6),
                                         ("décembre", 12), ("août", 8), ("Dezember", 12)])
def test_month_names(word, month):
    assert language.MONTHS[word.lower()] == month


@pytest.mark.parametrize("word, n", [("zweite", 2), ("Second", 2), ("troisième", 3),
                                     ("3rd", 3), ("erste", 1), ("premier", 1), ("2nd", 2),
                                     ("3ème", 3)])
def test_ordinals(word, n):
    assert ordinal_value(word) == n


def test_cardinals_for_durations():
    assert cardinal_value("drei") == 3 and cardinal_value("three") == 3
    assert cardinal_value("trois") == 3 and cardinal_value("4") == 4


@pytest.mark.parametrize("text, first, last", [
    ("Vom 30. August bis zum 1. September wird", date(2019, 8, 30), date(2019, 9, 1)),
    ("From 30 August to 1 September Düsseldorf", date(2019, 8, 30), date(2019, 9, 1)),
    ("du 7 au 10 décembre 2021", date(2021, 12, 7), date(2021, 12, 10)),
    ("les 10 et 11 juin 2015", date(2015, 6, 10), date(2015, 6, 11)),
    ("June 10 and 11, 2015", date(2015, 6, 10), date(2015, 6, 11)),
    ("7.–10. Dezember 2021", date(2021, 12, 7), date(2021, 12, 10)),
    ("December 7-10, 2021", date(2021, 12, 7), date(2021, 12, 10)),
    ("Aug. 30 – Sept. 1, 2019", date(2019, 8, 30), date(2019, 9, 1)),
    ("vom 30.08. bis 01.09.2019", date(2019, 8, 30), date(2019, 9, 1)),
    ("les 7, 8 et 10 décembre 2021", date(2021, 12, 7), date(2021, 12, 10)),
    ("im Jahr 2019, 30. August bis 1. September", date(2019, 8, 30), date(2019, 9, 1)),
])
def test_date_ranges_in_three_languages(text, first, last):
    found = dates_in(text, 0, date(2019, 8, 20))
    assert [(d.first, d.last) for d in found] == [(first, last)]


def test_a_date_without_year_takes_the_year_nearest_the_release():
    found = dates_in("am Samstag, 31. August, bei Workshops", 0, date(2019, 9, 1))
    assert [(d.first, d.weekday) for d in found] == [(date(2019, 8, 31), 5)]


def test_language_detection():
    assert detect_language("Der Gipfel hat mit einem Empfang im Rathaus begonnen") == "de"
    assert detect_language("The summit opened with a reception at the town hall") == "en"
    assert detect_language("Le sommet s'est ouvert avec une réception à l'hôtel de ville") == "fr"


def test_sentences_split_glued_paragraphs_but_not_dates_or_titles():
    text = ('said Mayor Geisel."Living Together is a discussion," added Dr. Ann Example. '
            'Am 31. August wurde unterzeichnet.')
    sentences = [s.text for s in sentences_of(Region("body", "en", 100, text))]
    assert sentences == ['said Mayor Geisel.', '"Living Together is a discussion," added '
                         'Dr. Ann Example.', 'Am 31. August wurde unterzeichnet.']


def test_announcement_and_signing_cues():
    assert language.ANNOUNCEMENT_RE.search("the declaration is to be signed at the Tonhalle")
    assert language.ANNOUNCEMENT_RE.search("am Abend soll die Erklärung unterzeichnet werden")
    assert language.ANNOUNCEMENT_RE.search("la déclaration doit être signée")
    assert not language.ANNOUNCEMENT_RE.search("the delegates solemnly signed the declaration")
    assert language.SIGN_RE.search("unterzeichneten die Delegierten")


# ------------------------------------------------------------------ the tables themselves
LANGUAGE_MODULES = [language.de, language.en, language.fr]
SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in sorted(
    (Path(language.__file__).parent.parent).rglob("*.py")) if p.parent.name != "language")


@pytest.mark.parametrize("module", LANGUAGE_MODULES, ids=lambda m: m.CODE)
def test_every_language_defines_exactly_the_joined_tables(module):
    defined = {name for name in vars(module) if name.isupper() and name != "CODE"}
    assert defined == set(language.TABLES)


def test_every_joined_table_is_read_by_the_extractor():
    """A table nothing reads is a table whose edits change nothing."""
    joined = {name for name in vars(language) if name.isupper()} - {
        "TABLES", "MODULES", "LANGUAGES"}
    unread = sorted(n for n in joined if not re.search(rf"\blanguage\.{n}\b", SOURCES))
    assert not unread


@pytest.mark.parametrize("module", LANGUAGE_MODULES, ids=lambda m: m.CODE)
def test_every_role_row_reads_its_example_and_wins_for_it(module):
    """Each row reads the example it gives, and no longer row of any language takes that
    example to another role: every row is used, and tagged with its module's language."""
    for pattern, role, example in module.ROLES:
        assert re.fullmatch(pattern, example), (pattern, example)
        assert role_of(example) == role, (example, role_of(example), role)
        assert (pattern, role, module.CODE) in language.ROLE_PATTERNS


@pytest.mark.parametrize("module", LANGUAGE_MODULES, ids=lambda m: m.CODE)
def test_month_and_weekday_names_are_those_of_their_language(module):
    """Checked against the CLDR names (Babel), so a word filed under the wrong language
    fails; spellings without accents or umlauts are folded before the comparison."""
    from babel.dates import get_day_names, get_month_names

    def fold(word: str) -> str:
        return word.lower().replace("ä", "ae").translate(str.maketrans("éèûô", "eeuo"))

    months = {fold(n) for width in ("wide", "abbreviated") for ctx in ("format", "stand-alone")
              for n in get_month_names(width, ctx, module.CODE).values()}
    months |= {fold(n).rstrip(".") for n in months}
    for word in module.MONTHS:
        assert fold(word) in months or word == "jänner", word
    days = {fold(n) for n in get_day_names("wide", "format", module.CODE).values()}
    for word in module.WEEKDAYS:
        assert fold(word) in days or word == "sonnabend", word


@pytest.mark.parametrize("module", LANGUAGE_MODULES, ids=lambda m: m.CODE)
def test_function_words_tell_their_language(module):
    sentence = " ".join(sorted(module.FUNCTION_WORDS))
    assert detect_language(sentence) == module.CODE
