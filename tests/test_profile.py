"""The data profile (``ltgraph profile``, ``docs/model.md``): measured from the data and the
shapes, complete for the built graph, and never stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from ltgraph.profile import described_predicates, profile_file, render_markdown, short
from ltgraph.validate import load_ontology, load_shapes

REPO = Path(__file__).resolve().parents[1]
BUILT = REPO / "data" / "graph" / "ltgraph.trig"
MODEL = REPO / "docs" / "model.md"
LT = "https://w3id.org/ltgraph/ontology#"

built = pytest.mark.skipif(not BUILT.is_file(), reason="data/graph/ltgraph.trig is not built")


def predicates_of(path: Path) -> set[str]:
    return {short(q.predicate.value)
            for q in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TRIG)}


@built
def test_docs_model_md_is_the_profile_of_the_built_graph() -> None:
    """Regenerate with ``ltgraph profile`` when this fails."""
    result = subprocess.run([sys.executable, "-m", "ltgraph.cli", "profile", "--check"],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@built
def test_every_predicate_of_the_built_graph_is_described() -> None:
    described = described_predicates(MODEL.read_text(encoding="utf-8")) | {"rdf:type"}
    missing = predicates_of(BUILT) - described
    assert not missing, f"docs/model.md does not describe {sorted(missing)}"


def test_given_a_new_predicate_the_profile_describes_its_range_cardinality_and_example(
        tmp_path: Path) -> None:
    """A predicate the project never used before, on two of three cities: it is measured, not
    listed from a table."""
    data = tmp_path / "d.trig"
    data.write_text(f"""
        <https://w3id.org/ltgraph/graph/reference> {{
          <https://w3id.org/ltgraph/id/city/a> a <{LT}City> ;
              <https://example.org/twinnedWith> <https://w3id.org/ltgraph/id/city/b> ,
                                                <https://w3id.org/ltgraph/id/city/c> .
          <https://w3id.org/ltgraph/id/city/b> a <{LT}City> ;
              <https://example.org/twinnedWith> <https://w3id.org/ltgraph/id/city/a> ;
              <https://example.org/population> 12 .
          <https://w3id.org/ltgraph/id/city/c> a <{LT}City> .
        }}""", encoding="utf-8")
    profile = profile_file(data, load_shapes(), load_ontology())
    (city,) = [c for c in profile.classes if c.cls == LT + "City"]
    assert city.resources == 3
    uses = {u.predicate: u for u in city.properties}
    twinned = uses["https://example.org/twinnedWith"]
    assert (twinned.min_count, twinned.max_count, twinned.subjects) == (0, 2, 2)
    assert twinned.ranges == ("lt:City",)
    assert twinned.example_subject == "https://w3id.org/ltgraph/id/city/a"
    assert twinned.example_value == "<https://w3id.org/ltgraph/id/city/b>"
    assert uses["https://example.org/population"].ranges == ("xsd:integer",)
    markdown = render_markdown(profile, "d.trig")
    assert "<https://example.org/twinnedWith>" in described_predicates(markdown)
    assert ("SELECT ?resource ?value WHERE { ?resource a lt:City ; "
            "<https://example.org/twinnedWith> ?value }") in markdown
    assert "at least 1, at most 1, an instance of lt:Country" not in markdown.split(
        "## Rules without data")[0]  # lt:country is a rule without data here
    assert "`lt:City lt:country`" in markdown


@built
def test_each_query_of_the_profile_runs_and_finds_its_class(tmp_path: Path) -> None:
    from ltgraph.profile import query_for
    from ltgraph.store.embedded import EmbeddedStore

    store = EmbeddedStore()
    store.load(BUILT)
    profile = profile_file(BUILT, load_shapes(), load_ontology())
    for cls in profile.classes:
        for use in cls.properties:
            rows = store.query(query_for(cls, use)).rows
            assert len(rows) >= use.subjects, (short(cls.cls), short(use.predicate))


def test_every_property_the_ontology_declares_is_used_or_generalises_one_that_is() -> None:
    ontology = Graph().parse(REPO / "ontology" / "ltgraph.ttl")
    declared = {str(s) for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
                for s in ontology.subjects(RDF.type, kind)}
    used = {q.predicate.value for q in pyoxigraph.parse(
        path=str(BUILT), format=pyoxigraph.RdfFormat.TRIG)} if BUILT.is_file() else declared
    general = {str(o) for s, o in ontology.subject_objects(RDFS.subPropertyOf)
               if str(s) in used}
    # Facts a release can state that the seed does not: its only delegation figure is "Rund 35",
    # an approximate lt:ReportedFigure (tests/extract/test_figures.py maps an exact one), and it
    # names no co-organiser of a summit (tests/test_mapping.py maps one).
    not_in_seed = {"https://w3id.org/ltgraph/ontology#delegationCount",
                   "https://w3id.org/ltgraph/ontology#coOrganiser"}
    assert not declared - used - general - not_in_seed, "declared but never used: " + ", ".join(
        sorted(short(p) for p in declared - used - general - not_in_seed))
