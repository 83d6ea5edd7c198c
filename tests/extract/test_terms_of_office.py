"""Terms of office: a term the clause ties to a role ("mayor since 2017", "seit 2014
Oberbürgermeister", "président de 2015 à 2019") becomes the mandate's start and end, as
precise as the text; a date of another fact in the sentence does not.

The sentences are built from the test's own words, with the spans of name, role and agent as
the people finder gives them; the paraphrase grid (tests/extract/grid.py, family "term of
office") checks whole documents filled from the reference data.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from repo_paths import REPO

from ltgraph.extract import extract_facts
from ltgraph.extract.terms_of_office import term_of
from ltgraph.gazetteer import load_gazetteer
from ltgraph.mapping import map_release
from ltgraph.parse import parse_release
from ltgraph.reference import load_reference
from ltgraph.terms import SCHEMA
from ltgraph.validate import load_ontology

NAME, ROLE, CITY = "Lena Test", {"de": "Bürgermeisterin", "en": "Mayor", "fr": "maire"}, "Lyon"
OF = {"de": "von", "en": "of", "fr": "de"}
SPOKE = {"de": "sprach", "en": "spoke", "fr": "a pris la parole"}
# (words, start, end) per language: the term as each language may say it
TERMS = {
    "de": [("seit 2014", "2014", None), ("seit Mai 2014", "2014-05", None),
           ("seit dem 3. Mai 2014", "2014-05-03", None), ("von 2015 bis 2019", "2015", "2019"),
           ("vom Juni 2015 bis zum März 2019", "2015-06", "2019-03")],
    "en": [("since 2014", "2014", None), ("since May 2014", "2014-05", None),
           ("since May 3, 2014", "2014-05-03", None), ("from 2015 to 2019", "2015", "2019"),
           ("between 2015 and 2019", "2015", "2019"),
           ("from June 2015 until March 2019", "2015-06", "2019-03")],
    "fr": [("depuis 2014", "2014", None), ("depuis mai 2014", "2014-05", None),
           ("depuis le 3 mai 2014", "2014-05-03", None), ("de 2015 à 2019", "2015", "2019"),
           ("de juin 2015 à mars 2019", "2015-06", "2019-03")],
}


def spans(text: str, agent: bool = True) -> tuple:
    """The spans of name, role and agent in ``text``, as the people finder gives them."""
    def at(words: str) -> tuple[int, int]:
        start = text.index(words)
        return (start, start + len(words))
    role = next(r for r in ROLE.values() if r in text)
    return at(NAME), at(role), ((at(CITY),) if agent else ())


def variants() -> list[tuple[str, str, str | None]]:
    """The term after the role phrase, and before the role after the name, in each language."""
    rows = []
    for lang, terms in TERMS.items():
        phrase, verb = f"{ROLE[lang]} {OF[lang]} {CITY}", SPOKE[lang]
        for words, start, end in terms:
            rows.append((f"{NAME}, {phrase} {words}, {verb}.", start, end))
            rows.append((f"{NAME}, {words} {phrase}, {verb}.", start, end))
    return rows


@pytest.mark.parametrize("text,start,end", variants())
def test_a_term_next_to_the_role_gives_its_start_and_end(text, start, end):
    term = term_of(text, *spans(text))
    assert term is not None and (term.start, term.end) == (start, end)
    s, e = term.spans[0]
    assert text[s:e].split()[-1] == (end or start)[:4]


@pytest.mark.parametrize("text", [
    # the term belongs to another verb or noun of the sentence
    f"{NAME}, Mayor of {CITY}, has attended every summit since 2014.",
    f"{NAME}, Bürgermeisterin von {CITY}, besucht seit 2014 jeden Gipfel.",
    f"{NAME}, maire de {CITY}, participe depuis 2014 à chaque sommet.",
    f"{NAME}, Mayor of {CITY}, a member since 2014, spoke.",
    # a date of an event, next to the role but without "since"/"from … to"
    f"{NAME}, Mayor of {CITY} in 2019, spoke.",
    f"{NAME}, Mayor of {CITY}, spoke from 30 August 2019 to 1 September 2019.",
])
def test_a_date_of_another_fact_is_no_term(text):
    assert term_of(text, *spans(text)) is None


def test_a_term_before_a_role_that_opens_the_sentence_is_no_term():
    """'Since 2015 Mayor X has led ...' says since when X led, not since when X is mayor."""
    text = f"Since 2015 Mayor {NAME} of {CITY} has led the delegation."
    assert term_of(text, *spans(text)) is None


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(load_reference(REPO / "data" / "reference"), load_ontology())


def test_given_a_term_the_release_graph_states_the_mandates_dates_as_precise_as_the_text(
        tmp_path: Path, gazetteer):
    text = " ".join([
        "Pressedienst der Landeshauptstadt Düsseldorf Gipfel / Summit", "Die Stadt berichtet.",
        f"Beim zweiten Gipfel sprach {NAME}, Oberbürgermeisterin von {CITY} seit Mai 2014.",
        "__________________________________", "The city reports.",
        f"At the second summit {NAME}, Mayor of {CITY} since May 2014, spoke.",
        "Text: Muster, Erika 01.09.2019",
        "Bild: https://www.example.org/bild.jpg Blick in den Saal,(c)Landeshauptstadt "
        "Düsseldorf/Max Muster", "Zur Online-Version: https://www.example.org/x"])
    path = tmp_path / "20190901-997_01.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_facts(parse_release(path), gazetteer)
    graph = map_release(facts)
    mandate = URIRef("https://w3id.org/ltgraph/id/mandate/lena-test-mayor-lyon")
    assert set(graph.objects(mandate, SCHEMA.startDate)) == {
        Literal("2014-05", datatype=XSD.gYearMonth)}
    assert set(graph.objects(mandate, SCHEMA.endDate)) == set()
    m = next(m for m in facts.mandates if m.person == "lena-test")
    words = {facts.release.text[s.start:s.end] for s in m.term_evidence}
    assert {"seit Mai 2014", "since May 2014"} <= words
    assert not any("terms of office" in w for w in facts.warnings)


def test_given_halves_with_different_terms_the_release_warns_and_states_none(tmp_path: Path,
                                                                              gazetteer):
    text = " ".join([
        "Pressedienst der Landeshauptstadt Düsseldorf Gipfel / Summit", "Die Stadt berichtet.",
        f"Beim zweiten Gipfel sprach {NAME}, Oberbürgermeisterin von {CITY} seit 2014.",
        "__________________________________", "The city reports.",
        f"At the second summit {NAME}, Mayor of {CITY} since 2016, spoke.",
        "Text: Muster, Erika 01.09.2019", "Zur Online-Version: https://www.example.org/x"])
    path = tmp_path / "20190901-996_01.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_facts(parse_release(path), gazetteer)
    m = next(m for m in facts.mandates if m.person == "lena-test")
    assert (m.start, m.end) == (None, None)
    assert any("terms of office" in w for w in facts.warnings)
