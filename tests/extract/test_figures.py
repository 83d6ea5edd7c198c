"""Figures with their qualifier: a release's "rund 35", "more than 30" or "environ 40" is a
structured value (lt:ReportedFigure) that keeps how exact the release says the number is.

The sentences are generated from the test's own words (qualifiers, counted nouns, numbers and
sentence frames below), not from the extractor's tables or from any release.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF
from repo_paths import REPO

from ltgraph.extract import extract_facts
from ltgraph.extract.figures import figures_in
from ltgraph.extract.text import Region, Sentence
from ltgraph.gazetteer import load_gazetteer
from ltgraph.mapping import map_release
from ltgraph.parse import parse_release
from ltgraph.reference import load_reference
from ltgraph.terms import LT, SCHEMA
from ltgraph.validate import load_ontology

# The test's words: how each language says "about", "more than" ... before a number.
QUALIFIERS = {
    "de": [("rund", "approximately"), ("etwa", "approximately"), ("ungefähr", "approximately"),
           ("knapp", "nearly"), ("fast", "nearly"), ("mehr als", "more than"),
           ("über", "more than"), ("mindestens", "at least"), ("bis zu", "up to"),
           ("", "exactly")],
    "en": [("approximately", "approximately"), ("about", "approximately"),
           ("around", "approximately"), ("some", "approximately"), ("nearly", "nearly"),
           ("almost", "nearly"), ("more than", "more than"), ("over", "more than"),
           ("at least", "at least"), ("up to", "up to"), ("", "exactly")],
    "fr": [("environ", "approximately"), ("quelque", "approximately"), ("près de", "nearly"),
           ("presque", "nearly"), ("plus de", "more than"), ("au moins", "at least"),
           ("jusqu'à", "up to"), ("", "exactly")],
}
# What is counted, in the test's words.
NOUNS = {
    "de": [("Delegationen", "delegationCount"), ("Delegationsleiter", "delegationCount"),
           ("Länder", "countryCount"), ("Delegierte", "representativeCount")],
    "en": [("delegations", "delegationCount"), ("heads of delegation", "delegationCount"),
           ("countries", "countryCount"), ("delegates", "representativeCount")],
    "fr": [("délégations", "delegationCount"), ("chefs de délégation", "delegationCount"),
           ("pays", "countryCount"), ("délégués", "representativeCount")],
}
# Sentence frames: the figure opens the sentence, or stands after a verb.
FRAMES = {
    "de": ["{Q} waren beim Gipfel vertreten.", "Beim Gipfel waren {q} anwesend."],
    "en": ["{Q} took part in the summit.", "The summit welcomed {q} this week."],
    "fr": ["{Q} ont participé au sommet.", "Le sommet a réuni {q} cette semaine."],
}
NUMBERS = (12, 140)


def sentence_of(text: str, lang: str) -> Sentence:
    return Sentence(Region("body", lang, 0, text), 0, text)


def generated() -> list[tuple[str, str, str, str, int, str]]:
    """(language, sentence, the figure's words, what, number, qualifier) for every combination
    of the test's words."""
    rows = []
    for lang in QUALIFIERS:
        for (words, qualifier), (noun, what), frame, n in itertools.product(
                QUALIFIERS[lang], NOUNS[lang], FRAMES[lang], NUMBERS):
            phrase = f"{words} {n} {noun}".strip()
            text = frame.format(q=phrase, Q=phrase[:1].upper() + phrase[1:])
            rows.append((lang, text, phrase, what, n, qualifier))
    return rows


@pytest.mark.parametrize("lang,text,phrase,what,number,qualifier", generated())
def test_a_qualifier_word_before_a_figure_says_how_exact_it_is(lang, text, phrase, what, number,
                                                               qualifier):
    clues = figures_in(sentence_of(text, lang))
    assert [(c.what, c.value, c.qualifier) for c in clues] == [(what, number, qualifier)]
    start, end = clues[0].span  # the evidence holds the qualifier, the number and the noun
    assert text[start:end].lower() == phrase.lower()


@pytest.mark.parametrize("lang,text", [
    # the qualifier word is not next to the number
    ("en", "More than ever, 35 delegations took part in the summit."),
    ("de", "Mehr als je zuvor: 35 Delegationen waren beim Gipfel vertreten."),
    ("fr", "Plus que jamais, 35 délégations ont participé au sommet."),
    # a word that only ends like a qualifier
    ("de", "Beim Stadtrundgang waren 35 Delegationen anwesend."),
    ("en", "The hereabout 35 delegations took part in the summit."),
])
def test_words_that_are_not_a_qualifier_of_the_number_leave_it_exact(lang, text):
    assert [(c.value, c.qualifier) for c in figures_in(sentence_of(text, lang))] == [
        (35, "exactly")]


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(load_reference(REPO / "data" / "reference"), load_ontology())


def release_file(tmp_path: Path, de: str, en: str) -> Path:
    text = " ".join([
        "Pressedienst der Landeshauptstadt Düsseldorf Gipfel / Summit", "Die Stadt berichtet.",
        de, "__________________________________", "The city reports.", en,
        "Text: Muster, Erika 01.09.2019",
        "Bild: https://www.example.org/bild.jpg Blick in den Saal,(c)Landeshauptstadt "
        "Düsseldorf/Max Muster", "Zur Online-Version: https://www.example.org/x"])
    path = tmp_path / "20190901-998_01.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_given_an_approximate_figure_the_release_graph_states_it_with_qualifier_and_source(
        tmp_path, gazetteer):
    path = release_file(
        tmp_path, "Beim zweiten Gipfel trafen sich rund 40 Delegationen aus 25 Ländern.",
        "At the second summit about 40 delegations from 25 countries met.")
    facts = extract_facts(parse_release(path), gazetteer)
    graph = map_release(facts)
    summit = URIRef("https://w3id.org/ltgraph/id/summit/2019-duesseldorf")
    release = URIRef(f"https://w3id.org/ltgraph/id/release/{facts.release.slug}")
    stated = {(int(graph.value(f, SCHEMA.value)), str(graph.value(f, SCHEMA.unitText)),
               str(graph.value(f, LT.qualifier)), graph.value(f, DCTERMS.source))
              for f in graph.objects(summit, LT.figure)}
    assert stated == {(40, "delegations", "approximately", release),
                      (25, "countries", "exactly", release)}
    assert all((f, RDF.type, LT.ReportedFigure) in graph
               for f in graph.objects(summit, LT.figure))
    # the exact count states only the exact figure; "rund 40" is no count of 40
    assert set(graph.objects(summit, LT.delegationCount)) == set()
    assert set(graph.objects(summit, LT.countryCount)) == {Literal(25)}
    # the qualifier's evidence points at the words "rund 40 Delegationen" / "about 40 ..."
    text = facts.release.text
    words = {text[s.start:s.end] for f in facts.figures if f.value == 40 for s in f.evidence}
    assert words == {"rund 40 Delegationen", "about 40 delegations"}


def test_given_an_exact_figure_the_summit_also_states_the_count(tmp_path, gazetteer):
    path = release_file(
        tmp_path, "Beim zweiten Gipfel unterzeichneten 33 Delegationen die Erklärung.",
        "At the second summit 33 delegations signed the declaration.")
    graph = map_release(extract_facts(parse_release(path), gazetteer))
    summit = URIRef("https://w3id.org/ltgraph/id/summit/2019-duesseldorf")
    assert set(graph.objects(summit, LT.delegationCount)) == {Literal(33)}
    assert {str(graph.value(f, LT.qualifier)) for f in graph.objects(summit, LT.figure)} == {
        "exactly"}


@pytest.mark.parametrize("lang,text,number,qualifier", [
    ("de", "Erwartet werden mehr als 30 Delegationen zum Gipfel.", 30, "more than"),
    ("de", "Zum Gipfel werden 40 Delegationen erwartet.", 40, "exactly"),
    ("en", "More than 30 delegations are expected at the summit.", 30, "more than"),
    ("en", "Some 40 delegations will take part in the summit.", 40, "approximately"),
    ("fr", "Plus de 30 délégations sont attendues au sommet.", 30, "more than"),
    ("fr", "Environ 40 délégations seront présentes au sommet.", 40, "approximately"),
])
def test_a_figure_in_a_sentence_about_the_future_is_announced(lang, text, number, qualifier):
    assert [(c.value, c.qualifier, c.announced) for c in figures_in(sentence_of(text, lang))] \
        == [(number, qualifier, True)]


def test_given_an_announced_figure_the_graph_says_announced_and_states_no_count(tmp_path,
                                                                               gazetteer):
    path = release_file(
        tmp_path, "Zum zweiten Gipfel werden mehr als 30 Delegationen aus 23 Ländern erwartet.",
        "More than 30 delegations from 23 countries are expected at the second summit.")
    graph = map_release(extract_facts(parse_release(path), gazetteer))
    summit = URIRef("https://w3id.org/ltgraph/id/summit/2019-duesseldorf")
    stated = {(int(graph.value(f, SCHEMA.value)),
               frozenset(str(q) for q in graph.objects(f, LT.qualifier)))
              for f in graph.objects(summit, LT.figure)}
    assert stated == {(30, frozenset({"more than", "announced"})),
                      (23, frozenset({"exactly", "announced"}))}
    assert not set(graph.objects(summit, LT.delegationCount)) | set(
        graph.objects(summit, LT.countryCount))


# Numbers written out, in the test's own words: plain, compound, and round ones (approximate).
WRITTEN = [
    ("fr", "Une trentaine de délégations ont participé au sommet.", "delegationCount", 30,
     "approximately"),
    ("fr", "Le sommet a réuni quarante-deux délégations.", "delegationCount", 42, "exactly"),
    ("fr", "Vingt et un pays étaient représentés.", "countryCount", 21, "exactly"),
    ("en", "A dozen delegations took part.", "delegationCount", 12, "approximately"),
    ("en", "Delegates came from forty countries.", "countryCount", 40, "exactly"),
    ("en", "Some thirty-five delegates came.", "representativeCount", 35, "approximately"),
    ("de", "Rund zwei Dutzend Delegationen waren vertreten.", "delegationCount", 24,
     "approximately"),
    ("de", "Über vierzig Delegationen waren vertreten.", "delegationCount", 40, "more than"),
    ("de", "Gäste aus einundzwanzig Ländern kamen.", "countryCount", 21, "exactly"),
]


@pytest.mark.parametrize(("lang", "text", "what", "value", "qualifier"), WRITTEN,
                         ids=[w[1][:40] for w in WRITTEN])
def test_a_number_written_out_is_read_with_how_exact_it_is(lang, text, what, value,
                                                           qualifier):
    found = [(c.what, c.value, c.qualifier) for c in figures_in(sentence_of(text, lang))]
    assert found == [(what, value, qualifier)]


@pytest.mark.parametrize(("lang", "text"), [("de", "Ein Land und eine Delegation kamen."),
                                            ("fr", "Un pays a signé."),
                                            ("en", "One delegation came.")])
def test_a_single_one_is_no_figure(lang, text):
    assert figures_in(sentence_of(text, lang)) == []
