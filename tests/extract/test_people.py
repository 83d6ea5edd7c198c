"""People and their mandates, read from sentences about people the reference data does not know
(so nothing but the sentence can give the role its city), in the three languages.

Given a small release about the second summit whose one sentence names a person with a role,
the facts state the person, the mandate the sentence gives (or none where the sentence names
no city for the role, or an office of another time) and whether the person attended. The
paraphrase grid (tests/extract/grid.py) checks the same forms filled from the reference data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from repo_paths import REPO

from ltgraph.extract import extract_facts
from ltgraph.gazetteer import load_gazetteer
from ltgraph.parse import parse_release
from ltgraph.reference import load_reference
from ltgraph.validate import load_ontology

AT = {"de": "Beim zweiten Gipfel in Düsseldorf", "en": "At the second summit in Düsseldorf",
      "fr": "Au deuxième Sommet à Düsseldorf"}
SUMMIT = "2019-duesseldorf"
PERSON = "lena-testova"

# (language, sentence, the mandates stated, attended): "{at}" is the summit phrase
CASES = [
    # the role in parentheses right after the name; an office of another time there: none
    ("en", "{at}, a panel heard Lena Testova (Deputy Mayor of Lyon).",
     {("deputy-mayor", "city/lyon")}, True),
    ("de", "{at} sprach Lena Testova (Bürgermeisterin von Lyon).", {("mayor", "city/lyon")},
     True),
    ("fr", "{at}, Lena Testova (maire de Lyon) a pris la parole.", {("mayor", "city/lyon")},
     True),
    ("en", "{at}, a panel heard Lena Testova (former Mayor of Lyon).", set(), False),
    # a large city's name after the name is no third word of it (a caption's, a list's city)
    ("de", "{at} sprach Bürgermeisterin Lena Testova Leipzig.", set(), True),
    ("en", "{at}, Mayor Lena Testova Lyon City Council spoke.", set(), True),
    # a word of the grammar opening a sentence is no small town of that name ("Auch" in
    # France), though after an elision it is one ("maire d'Auch")
    ("de", "Auch Bürgermeisterin Lena Testova sprach beim zweiten Gipfel in Düsseldorf.", set(),
     True),
    ("en", "Of the mayors at the second summit in Düsseldorf, Mayor Lena Testova spoke first.",
     set(), True),
    ("fr", "{at}, le maire d'Auch, Lena Testova, a pris la parole.", {("mayor", "city/auch")},
     True),
    # an office of then in a role phrase before the comma: the mandate stands
    ("fr", "{at}, la maire de Lyon de l'époque, Lena Testova, a pris la parole.",
     {("mayor", "city/lyon")}, True),
    ("en", "{at}, the mayor of Lyon at the time, Lena Testova, spoke.",
     {("mayor", "city/lyon")}, True),
    # a German city adjective before the role: the city it stands for
    ("de", "{at} sprach die Lyoner Bürgermeisterin Lena Testova.", {("mayor", "city/lyon")},
     True),
    ("de", "{at} sprach Lena Testova, die Lyoner Oberbürgermeisterin.", {("mayor", "city/lyon")},
     True),
    ("de", "{at} sprach der Dresdner Oberbürgermeister Lena Testova.",
     {("mayor", "city/dresden")}, True),
    # a capitalised adjective that names no city (or only a small place): no city for the role
    ("de", "Neuer Bürgermeister Lena Testova sprach beim zweiten Gipfel in Düsseldorf.", set(),
     True),
    ("de", "{at} sprach Langer Bürgermeister Lena Testova.", set(), True),
    # a former office written as one word: no mandate held now, no attendee
    ("de", "{at} sprach Altoberbürgermeister Lena Testova aus Lyon.", set(), False),
    ("de", "{at} sprach Lyons Altbürgermeisterin Lena Testova.", set(), False),
    ("de", "Beim zweiten Gipfel in der Altstadt sprach Bürgermeister Lena Testova aus Lyon.",
     {("mayor", "city/lyon")}, True),
    # the term of office before the role in the apposition
    ("de", "{at} sprach Lena Testova, seit 2014 Oberbürgermeisterin von Lyon.",
     {("mayor", "city/lyon")}, True),
    ("en", "{at}, Lena Testova, since 2014 the mayor of Lyon, spoke.", {("mayor", "city/lyon")},
     True),
    ("fr", "{at}, Lena Testova, depuis 2014 maire de Lyon, a pris la parole.",
     {("mayor", "city/lyon")}, True),
    # a relative pronoun and a copula before the role
    ("en", "{at}, Lena Testova, who is the mayor of Lyon, spoke.", {("mayor", "city/lyon")},
     True),
    ("fr", "{at}, Lena Testova, qui est maire de Lyon, a pris la parole.",
     {("mayor", "city/lyon")}, True),
    # a pronoun for the role of the person before, for the city it names
    ("fr", "{at}, le maire de Dakar, Paul Exemple, et celui de Lyon, Lena Testova, ont pris la "
     "parole.", {("mayor", "city/lyon")}, True),
    ("en", "{at}, the mayor of Dakar, Paul Example, and that of Lyon, Lena Testova, spoke.",
     {("mayor", "city/lyon")}, True),
    # the deputy of the mayor before, for the mayor's city; of no mayor with a city, no role
    ("en", "{at}, the mayor of Lyon, Paul Example, and his deputy Lena Testova spoke.",
     {("deputy-mayor", "city/lyon")}, True),
    ("de", "{at} sprachen die Oberbürgermeisterin von Lyon, Paula Beispiel, und ihre "
     "Stellvertreterin Lena Testova.", {("deputy-mayor", "city/lyon")}, True),
    ("fr", "{at}, Paul Exemple et son adjoint Lena Testova ont pris la parole.", set(), True),
    ("en", "{at}, the minister Paul Example and his deputy Lena Testova spoke.", set(), True),
    # an abbreviated given name between the role and the name
    ("en", "{at}, Mayor Md. Lena Testova of Lyon spoke.", {("mayor", "city/lyon")}, True),
    # a verb of heading and the unit headed stand for the role
    ("en", "{at}, Lena Testova, who heads Lyon's city council, spoke.",
     {("council-chair", "city/lyon")}, True),
    ("en", "{at}, Lena Testova, who heads the Berlin office of the Daily Example, spoke.",
     {("head-of-office", "org/daily-example")}, True),
    ("fr", "{at}, Lena Testova, qui préside le conseil municipal de Lyon, a pris la parole.",
     {("council-chair", "city/lyon")}, True),
    ("en", "{at}, Lena Testova, who leads a council of elders, spoke.", set(), True),
    # a profession at the head of the apposition: a person, without a role
    ("en", "{at}, Lena Testova, a consultant on gender and cities, spoke.", set(), True),
    ("de", "{at} sprach Lena Testova, eine Soziologin aus Lyon.", set(), True),
    # German nouns before the name are no part of it
    ("de", "{at} sprach der Kölner Stadtplaner Lena Testova, Expertin für Wohnen.", set(), True),
    ("de", "{at} sprach der Berliner Psychiater Lena Testova, Chefarzt einer Klinik.", set(),
     True),
    # a retired holder of an office, a year told by a part of it: of another time
    ("en", "{at}, guests recalled Lena Testova, a retired mayor of Lyon.", set(), False),
    ("fr", "{at}, les invités ont salué Lena Testova, maire retraitée de Lyon.", set(), False),
    ("en", "The second summit met in Düsseldorf. Lena Testova, mayor of Lyon, had visited the "
     "city at the end of 2016.", {("mayor", "city/lyon")}, False),
    ("de", "Der zweite Gipfel tagte in Düsseldorf. Lena Testova, Bürgermeisterin von Lyon, hatte "
     "die Stadt Anfang 2016 besucht.", {("mayor", "city/lyon")}, False),
    ("fr", "Le deuxième Sommet s'est tenu à Düsseldorf. Lena Testova, maire de Lyon, avait "
     "visité la ville début 2016.", {("mayor", "city/lyon")}, False),
]


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(load_reference(REPO / "data" / "reference"), load_ontology())


def facts_of(folder: Path, lang: str, text: str, gazetteer):
    path = folder / "20190905-people.md"
    path.write_text(f"---\nsource: \"https://example.org/people\"\npublisher: \"Example News\"\n"
                    f"published: {date(2019, 9, 5).isoformat()}\nlanguage: {lang}\n"
                    f"title: \"Report\"\n---\nReport\n\n{text}\n", encoding="utf-8")
    return extract_facts(parse_release(path), gazetteer)


@pytest.mark.parametrize(("lang", "sentence", "mandates", "attended"), CASES,
                         ids=[c[1][:50] for c in CASES])
def test_a_sentence_gives_the_person_the_mandates_it_states(tmp_path, gazetteer, lang,
                                                            sentence, mandates, attended):
    facts = facts_of(tmp_path, lang, sentence.format(at=AT[lang]), gazetteer)
    assert PERSON in {p.slug for p in facts.persons}
    assert {(m.role, m.agent) for m in facts.mandates if m.person == PERSON} == mandates
    assert ((SUMMIT, PERSON) in {(a.summit, a.person) for a in facts.attendance}) == attended


# (language, text): the role is first told with its city, then as a bare title on a city's page
NAMED_THEN_BARE = [
    ("en", "{at}, the mayor of Dakar, Lena Testova, spoke. The next day Mayor Testova met "
     "students."),
    ("fr", "{at}, la maire de Dakar, Lena Testova, a pris la parole. Le lendemain, la maire "
     "Testova a rencontré des étudiants."),
    ("de", "{at} sprach die Bürgermeisterin von Dakar, Lena Testova. Am nächsten Tag traf "
     "Bürgermeisterin Testova Studierende."),
]
# (language, text): a bare title alone on a city's page: the publisher's city
BARE_ONLY = [
    ("en", "{at}, Mayor Lena Testova spoke."),
    ("fr", "{at}, la maire Lena Testova a pris la parole."),
    ("de", "{at} sprach Bürgermeisterin Lena Testova."),
]
CITY_PUBLISHER = {"en": "City of Halifax", "fr": "Ville d’Halifax", "de": "Stadt Halifax"}


def facts_of_city_page(folder: Path, lang: str, text: str, gazetteer):
    path = folder / "20190905-city-page.md"
    path.write_text(f"---\nsource: \"https://example.org/city\"\n"
                    f"publisher: \"{CITY_PUBLISHER[lang]}\"\n"
                    f"published: {date(2019, 9, 5).isoformat()}\nlanguage: {lang}\n"
                    f"title: \"Report\"\n---\nReport\n\n{text}\n", encoding="utf-8")
    return extract_facts(parse_release(path), gazetteer)


@pytest.mark.parametrize(("lang", "text"), NAMED_THEN_BARE, ids=[c[0] for c in NAMED_THEN_BARE])
def test_a_bare_title_after_the_named_city_is_not_the_publishers(tmp_path, gazetteer, lang,
                                                                  text):
    facts = facts_of_city_page(tmp_path, lang, text.format(at=AT[lang]), gazetteer)
    assert {(m.role, m.agent) for m in facts.mandates if m.person == PERSON} == \
        {("mayor", "city/dakar")}


@pytest.mark.parametrize(("lang", "text"), BARE_ONLY, ids=[c[0] for c in BARE_ONLY])
def test_a_bare_title_alone_on_a_city_page_is_the_publishers(tmp_path, gazetteer, lang, text):
    facts = facts_of_city_page(tmp_path, lang, text.format(at=AT[lang]), gazetteer)
    assert facts.publisher == "city/halifax"
    assert {(m.role, m.agent) for m in facts.mandates if m.person == PERSON} == \
        {("mayor", "city/halifax")}


# (language, text, the mandates stated): a bare title on a city's page in a sentence that tells
# of another city: that city's where an invitation or a host word names the host
OTHER_CITY_CLAUSE = [
    ("en", "The first summit met in Dakar, at the invitation of then-mayor Lena Testova.",
     {("mayor", "city/dakar")}),
    ("de", "Der erste Gipfel tagte in Dakar, auf Einladung der damaligen Bürgermeisterin Lena "
     "Testova.", {("mayor", "city/dakar")}),
    ("fr", "Le premier sommet s'est tenu à Dakar, à l'invitation de la maire Lena Testova.",
     {("mayor", "city/dakar")}),
    # a place named after the name, in a relative clause on the host, is not the clause's
    ("en", "The first summit, hosted by Mayor Lena Testova, who had pitched the idea to "
     "counterparts in Dakar, ended on Thursday.", {("mayor", "city/halifax")}),
    # no word of an invitation or of a host: the publisher's, as on any page of the city
    ("en", "The first summit met in Dakar; Mayor Lena Testova spoke there.",
     {("mayor", "city/halifax")}),
    ("de", "Der erste Gipfel tagte in Dakar, wo Bürgermeisterin Lena Testova sprach.",
     {("mayor", "city/halifax")}),
]


@pytest.mark.parametrize(("lang", "text", "mandates"), OTHER_CITY_CLAUSE,
                         ids=[c[1][:40] for c in OTHER_CITY_CLAUSE])
def test_a_bare_title_in_a_clause_of_another_city_is_not_the_publishers(tmp_path, gazetteer,
                                                                        lang, text, mandates):
    facts = facts_of_city_page(tmp_path, lang, text, gazetteer)
    assert {(m.role, m.agent) for m in facts.mandates if m.person == PERSON} == mandates


# (language, credit line, the people it credits): a plural or compound credit label before
# the names; a label before places or a thing names no person
CREDIT_LINES = [
    ("en", "Presenters: Lena Testova and Paul Example", {"lena-testova", "paul-example"}),
    ("en", "Guest editors: Lena Testova and Paul Example", {"lena-testova", "paul-example"}),
    ("en", "Briefing prepared by: Lena Testova, Policy Advisor", {"lena-testova"}),
    ("fr", "Animatrices : Lena Testova et Paula Exemple", {"lena-testova", "paula-exemple"}),
    ("fr", "Note rédigée par : Lena Testova, conseillère", {"lena-testova"}),
    ("de", "Moderatorinnen: Lena Testova und Paula Beispiel", {"lena-testova", "paula-beispiel"}),
    ("de", "Verfasst von: Lena Testova, Referentin", {"lena-testova"}),
    # a contact line: the name opening its line, a telephone number or an e-mail after it
    ("en", "Media enquiries: City Hall, Main Street 2\nLena Testova, +1 555 010 0000",
     {"lena-testova"}),
    ("de", "Lena Testova, Tel. 0211 89-12345, lena@example.org", {"lena-testova"}),
    ("fr", "Lena Testova, 514 872-0000", {"lena-testova"}),
    # the photographer after an institution and its slash, ending a photo's line
    ("en", "Photos for editorial use: City of Dakar/Lena Testova", {"lena-testova"}),
    ("de", "*[Porträt] Foto: Stadt Dakar/Lena Testova*", {"lena-testova"}),
    # who answers for a page, reports on a grant, curates a show, signs a copy
    ("de", "Herausgegeben von der Stadt. Verantwortlich: Lena Testova.", {"lena-testova"}),
    ("de", "Berichterstattung: Dr. Lena Testova, Programmbereich Stadt", {"lena-testova"}),
    ("de", "In Vertretung\ngez. Lena Testova\nStadtdirektorin", {"lena-testova"}),
    ("fr", "Commissaire : Lena Testova", {"lena-testova"}),
    ("en", "Curator: Lena Testova", {"lena-testova"}),
    # the author and the supervisor of a thesis
    ("en", "Master's thesis by Lena Testova. Supervised by Prof. Paul Example.",
     {"lena-testova", "paul-example"}),
    ("fr", "Mémoire de maîtrise de Lena Testova, sous la direction de Paul Exemple.",
     {"lena-testova", "paul-exemple"}),
    ("de", "Masterarbeit von Lena Testova, betreut von Prof. Dr. Paul Beispiel.",
     {"lena-testova", "paul-beispiel"}),
    ("en", "Thesis submitted by Lena Testova in partial fulfilment of the degree\n"
     "Supervisor: Prof. Paul Example", {"lena-testova", "paul-example"}),
    ("fr", "Mémoire déposé par Lena Testova\nDirection : Pr Paul Exemple",
     {"lena-testova", "paul-exemple"}),
    ("de", "Masterarbeit vorgelegt von Lena Testova\nBetreuerin: Prof. Dr. Paula Beispiel",
     {"lena-testova", "paula-beispiel"}),
    # the recipients of a note
    ("fr", "Destinataires : Lena Testova, Paula Exemple", {"lena-testova", "paula-exemple"}),
    ("en", "Recipients: Lena Testova and Paul Example", {"lena-testova", "paul-example"}),
    # numbers after a name that are no telephone number: no contact line
    ("en", "Lena Testova, 2014-2020, served the city.", set()),
    ("en", "Hosts: Montréal and Dakar", set()),
    ("en", "The hosts: Living Together network and friends", set()),
    ("fr", "Animateurs : Réseau Vivre Ensemble", set()),
]


@pytest.mark.parametrize(("lang", "line", "people"), CREDIT_LINES,
                         ids=[c[1][:40] for c in CREDIT_LINES])
def test_a_credit_line_names_people_who_are_no_attendees(tmp_path, gazetteer, lang, line,
                                                         people):
    text = f"{AT[lang]}.\n\n{line}\n"
    facts = facts_of(tmp_path, lang, text, gazetteer)
    assert {p.slug for p in facts.persons} == people
    assert not {a.person for a in facts.attendance} & people


# ---- labels of a page: a label in the plural lists names joined by commas; after a label in
# the singular, the comma leads to the title of the one named


def test_given_a_plural_label_the_name_after_the_comma_is_credited_too():
    from ltgraph.extract.mention import credited_list

    assert credited_list("Hosts: Priya Example, ")
    assert credited_list("Moderatoren: Alex Beispiel, ")


def test_given_a_singular_label_the_words_after_the_comma_are_not_credited_as_a_name():
    from ltgraph.extract.mention import credited_list

    assert not credited_list("Contact: Jane Example, ")
    assert not credited_list("Many mayors spoke: Jane Example, ")


# (language, a speaker's card: a name with a style before it alone on its line, the role on the
# next line): the card is read like one without the style, and the release is not lost
STYLED_CARDS = [
    ("en", "Dr. Lena Testova\nMayor of Lyon"),
    ("en", "Sheikh Lena Testova\nMayor of Lyon"),
    ("fr", "Mme Lena Testova\nMaire de Lyon"),
    ("fr", "Cheikh Lena Testova\nMaire de Lyon"),
    ("de", "Prof. Dr. Lena Testova\nOberbürgermeisterin von Lyon"),
]


@pytest.mark.parametrize(("lang", "card"), STYLED_CARDS, ids=[c[1][:30] for c in STYLED_CARDS])
def test_a_speakers_card_with_a_style_before_the_name_gives_the_role_on_the_next_line(
        tmp_path, gazetteer, lang, card):
    facts = facts_of(tmp_path, lang, f"{AT[lang]}.\n\n{card}\n", gazetteer)
    assert PERSON in {p.slug for p in facts.persons}
    assert {(m.role, m.agent) for m in facts.mandates if m.person == PERSON} == \
        {("mayor", "city/lyon")}


def test_given_a_sentence_the_name_reader_cannot_read_the_release_keeps_its_other_facts(
        tmp_path, gazetteer, monkeypatch):
    from ltgraph.extract.people import PeopleFinder

    read = PeopleFinder.find_in_sentence

    def fails_on_one_sentence(self, sentence, text):
        if "Paul Example" in sentence.text:
            raise TypeError("a rule read past its span")
        return read(self, sentence, text)

    monkeypatch.setattr(PeopleFinder, "find_in_sentence", fails_on_one_sentence)
    text = (f"{AT['en']}, the mayor of Lyon, Lena Testova, spoke.\n\n"
            "Paul Example, the mayor of Dakar, spoke too.\n")
    facts = facts_of(tmp_path, "en", text, gazetteer)
    assert PERSON in {p.slug for p in facts.persons}
    assert "paul-example" not in {p.slug for p in facts.persons}
    warning = next(w for w in facts.warnings if "could not be read for people" in w)
    assert "TypeError" in warning and "at character" in warning
