"""Quotation boundaries: a quotation ends at its closing mark or its attribution, never across
another speaker's attribution; the two halves of a release state the same number of quotations,
or the release says they do not.

The releases are generated here in German, English and French from people of the reference data
and words written for the test: one speaker introduced with a colon, whose closing mark (and the
next speaker's opening mark) the export lost, then a second speaker attributed after the close.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from repo_paths import REPO

from ltgraph.extract import extract_facts
from ltgraph.gazetteer import load_gazetteer
from ltgraph.model import Half, Part, Release, Span
from ltgraph.parse import parse_release
from ltgraph.reference import load_reference
from ltgraph.validate import load_ontology

# (language, first speaker's introduction, first words, second words, attribution after)
MERGED = {
    "de": ("Bürgermeisterin Anne Hidalgo betonte: ",
           "Wir bauen Plätze für alle Menschen in jeder Nachbarschaft der Stadt.",
           "Die Begegnung mit anderen Städten war für uns sehr lehrreich",
           "sagte Bürgermeister Adama Sangaré."),
    "en": ("Mayor Anne Hidalgo emphasised: ",
           "We build squares for all people in every neighbourhood of the city.",
           "Meeting the other cities was very instructive for us",
           "said Mayor Adama Sangaré."),
    "fr": ("La maire Anne Hidalgo a souligné : ",
           "Nous construisons des places pour tous les habitants de chaque quartier.",
           "La rencontre avec les autres villes a été très instructive pour nous",
           "a déclaré le maire Adama Sangaré."),
}


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(load_reference(REPO / "data" / "reference"), load_ontology())


def _release(folder: Path, name: str, language: str, body: str) -> Path:
    path = folder / f"20190905-{name}.md"
    path.write_text(f'---\nsource: "https://example.org/{name}"\npublisher: "Example News"\n'
                    f"published: 2019-09-05\nlanguage: {language}\ntitle: \"Report\"\n---\n"
                    f"Report\n\n{body}\n", encoding="utf-8")
    return path


def _merged_body(language: str, glued: bool) -> str:
    intro, first, second, after = MERGED[language]
    joint = "" if glued else " "
    return f'{intro}"{first}{joint}{second}," {after}'


@pytest.mark.parametrize("glued", [True, False], ids=["glued", "spaced"])
@pytest.mark.parametrize("language", sorted(MERGED))
def test_given_two_speakers_between_one_pair_of_marks_each_gets_their_own_quotation(
        language, glued, gazetteer, tmp_path):
    release = parse_release(_release(tmp_path, f"merged-{language}", language,
                                     _merged_body(language, glued)))
    facts = extract_facts(release, gazetteer)
    _, first, second, _ = MERGED[language]
    said = {release.text[q.span.start:q.span.end]: q.person for q in facts.quotes}
    assert said == {first: "anne-hidalgo", f"{second},": "adama-sangare"}


@pytest.mark.parametrize("language", sorted(MERGED))
def test_given_one_speaker_attributed_before_and_after_the_quotation_stays_whole(
        language, gazetteer, tmp_path):
    intro, first, second, _ = MERGED[language]
    again = {"de": "fügte Anne Hidalgo hinzu.", "en": "added Anne Hidalgo.",
             "fr": "a ajouté Anne Hidalgo."}[language]
    body = f'{intro}"{first} {second}," {again}'
    release = parse_release(_release(tmp_path, f"whole-{language}", language, body))
    facts = extract_facts(release, gazetteer)
    assert [(release.text[q.span.start:q.span.end], q.person) for q in facts.quotes] == [
        (f"{first} {second},", "anne-hidalgo")]


def _two_halves(german: str, english: str) -> Release:
    """A release whose German half is ``german`` and English half ``english`` (one paragraph
    each, under a headline), as the press-service reader cuts a bilingual release."""
    text = f"Bericht\n\n{german}\n\nReport\n\n{english}\n"
    halves = []
    for language, headline, body in (("de", "Bericht", german), ("en", "Report", english)):
        h = text.index(headline)
        b = text.index(body, h)
        halves.append(Half(language, Part(headline, Span(h, h + len(headline))),
                           Part(body, Span(b, b + len(body)))))
    return Release("20190905-halves.txt", "example-20190905-halves", "0" * 64, text,
                   "press-service-txt", tuple(halves), date(2019, 9, 5), "Example News")


def test_given_halves_stating_different_numbers_of_quotations_the_release_says_so(gazetteer):
    german = " ".join(f'{MERGED["de"][0]}"{MERGED["de"][n]}."' for n in (1, 2))
    english = f'{MERGED["en"][0]}"{MERGED["en"][1]}"'
    release = _two_halves(german, english)
    facts = extract_facts(release, gazetteer)
    assert len(facts.quotes) == 3
    # like every warning, it says where: the character at which each half's body starts
    where_de, where_en = release.text.index(german), release.text.index(english)
    assert any("different numbers of quotations" in w
               and f"de 2 (the body at character {where_de})" in w
               and f"en 1 (the body at character {where_en})" in w
               for w in facts.warnings), facts.warnings


def test_given_halves_stating_the_same_quotations_the_release_raises_no_doubt(gazetteer):
    german = f'{MERGED["de"][0]}"{MERGED["de"][1]}"'
    english = f'{MERGED["en"][0]}"{MERGED["en"][1]}"'
    facts = extract_facts(_two_halves(german, english), gazetteer)
    assert len(facts.quotes) == 2
    assert not any("quotations" in w for w in facts.warnings), facts.warnings
