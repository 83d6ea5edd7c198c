"""Evidence that supports the fact: the sentence that states it, with the words marked.

Given a small release that names a summit in three sentences and dates it in one, the graph's
evidence for the summit's start and end dates points at that one sentence (``lt:sentence``) and,
inside it, at the date's words and the summit's name (``lt:span``), never at the mentions of the
summit in the other sentences. The releases are written here in German, English and French.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from repo_paths import REPO

from ltgraph.extract import extract_facts
from ltgraph.gazetteer import load_gazetteer
from ltgraph.mapping import map_release
from ltgraph.parse import parse_release
from ltgraph.reference import load_reference
from ltgraph.validate import load_ontology

DATED = {
    "de": ("Der Zweite Internationale Bürgermeistergipfel zum Zusammenleben fand vom 29. bis "
           "31. August 2019 in Düsseldorf statt.", "29. bis 31. August 2019",
           "Viele Gäste lobten den Gipfel. Der Gipfel war ein Erfolg für alle Städte."),
    "en": ("The Second International Mayors Summit on Living Together was held in Düsseldorf "
           "from 29 to 31 August 2019.", "29 to 31 August 2019",
           "Many guests praised the summit. The summit was a success for all cities."),
    "fr": ("Le deuxième Sommet international des maires sur le vivre-ensemble s'est tenu à "
           "Düsseldorf du 29 au 31 août 2019.", "29 au 31 août 2019",
           "De nombreux invités ont salué le sommet. Le sommet a été un succès pour toutes "
           "les villes."),
}

EVIDENCE_OF = """
PREFIX lt: <https://w3id.org/ltgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX schema: <https://schema.org/>
SELECT ?kind ?start ?end WHERE {
  ?e rdf:predicate ?p ; ?kind ?span .
  FILTER (?p = %s && ?kind IN (lt:span, lt:sentence))
  ?span lt:charStart ?start ; lt:charEnd ?end .
}"""


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(load_reference(REPO / "data" / "reference"), load_ontology())


def _release(folder: Path, language: str, body: str) -> Path:
    path = folder / f"20190905-dated-{language}.md"
    path.write_text(f'---\nsource: "https://example.org/{language}"\npublisher: "Example News"\n'
                    f"published: 2019-09-05\nlanguage: {language}\ntitle: \"Report\"\n---\n"
                    f"Report\n\n{body}\n", encoding="utf-8")
    return path


def _evidence(graph: Graph, predicate: str, text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"span": [], "sentence": []}
    for row in graph.query(EVIDENCE_OF % predicate):
        kind = str(row.kind).rsplit("#", 1)[-1]
        found[kind].append(text[int(row.start):int(row.end)])
    return {k: sorted(v) for k, v in found.items()}


@pytest.mark.parametrize("language", sorted(DATED))
def test_given_a_release_stating_a_date_the_dates_evidence_is_its_sentence_with_the_date_marked(
        language, gazetteer, tmp_path):
    sentence, date_words, elsewhere = DATED[language]
    release = parse_release(_release(tmp_path, language, f"{sentence} {elsewhere}"))
    facts = extract_facts(release, gazetteer)
    graph = map_release(facts)
    for predicate in ("schema:startDate", "schema:endDate"):
        evidence = _evidence(graph, predicate, release.text)
        assert evidence["sentence"] == [sentence], predicate
        assert date_words in evidence["span"], predicate
        assert all(words in sentence for words in evidence["span"]), predicate
        # the summit's name is marked where it is dated, not where it is only praised
        assert len(evidence["span"]) == 2, evidence


def test_given_a_release_the_sentences_evidence_points_into_are_the_sentences_it_is_cut_into(
        gazetteer, tmp_path):
    sentence, _, elsewhere = DATED["en"]
    release = parse_release(_release(tmp_path, "en", f"{sentence} {elsewhere}"))
    facts = extract_facts(release, gazetteer)
    texts = [release.text[s.start:s.end] for s in facts.sentences]
    assert sentence in texts and "Many guests praised the summit." in texts


def test_given_a_declaration_named_three_times_its_date_and_signatories_cite_the_signing_sentence(
        gazetteer, tmp_path):
    signing = "On 31 August 2019 the mayors of Bamako and Venlo signed the Düsseldorf Declaration."
    body = (f"The Düsseldorf Declaration was discussed for two days. {signing} "
            "Everyone praised the Düsseldorf Declaration.")
    release = parse_release(_release(tmp_path, "en", body))
    graph = map_release(extract_facts(release, gazetteer))
    dated = _evidence(graph, "schema:dateCreated", release.text)
    assert dated == {"sentence": [signing],
                     "span": ["31 August 2019", "Düsseldorf Declaration"]}
    signed = _evidence(graph, "lt:signatory", release.text)
    assert set(signed["sentence"]) == {signing}
    assert sorted(set(signed["span"])) == ["Bamako", "Düsseldorf Declaration", "Venlo"]
    assert signed["span"].count("Düsseldorf Declaration") == 2  # once for each city's evidence


def test_given_a_declaration_its_adoption_cites_the_declarations_names_not_its_date(
        gazetteer, tmp_path):
    signing = "On 31 August 2019 the mayors of Bamako and Venlo signed the Düsseldorf Declaration."
    release = parse_release(_release(tmp_path, "en", f"{signing} Everyone praised it."))
    graph = map_release(extract_facts(release, gazetteer))
    adopted = _evidence(graph, "lt:adoptedAt", release.text)
    assert adopted == {"sentence": [signing], "span": ["Düsseldorf Declaration"]}
