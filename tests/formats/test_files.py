"""One table of RDF file extensions: given a file of each extension, pyoxigraph and rdflib read
it by the syntax the table names, and read the same triples."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from ltgraph.formats.files import SYNTAX_OF_SUFFIX, UnknownSyntax, syntax_of

GRAPH = URIRef("https://w3id.org/ltgraph/graph/release/r-1")
TRIPLES = [(URIRef("https://w3id.org/ltgraph/id/city/oslo"),
            URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Oslo", lang="no")),
           (URIRef("https://w3id.org/ltgraph/id/city/oslo"),
            URIRef("https://schema.org/population"), Literal(709037))]


@pytest.mark.parametrize("suffix", sorted(SYNTAX_OF_SUFFIX))
def test_both_parsers_read_a_file_by_the_syntax_of_its_extension(suffix: str,
                                                                  tmp_path: Path) -> None:
    syntax = SYNTAX_OF_SUFFIX[suffix]
    data: Graph | Dataset = Dataset() if syntax.dataset else Graph()
    target = data.graph(GRAPH) if isinstance(data, Dataset) else data
    for triple in TRIPLES:
        target.add(triple)
    path = tmp_path / f"data{suffix.upper()}"  # the case of the extension does not matter
    data.serialize(path, format=syntax.rdflib, encoding="utf-8")
    assert syntax_of(path) is syntax
    read_by_oxigraph = {(str(q.subject.value), str(q.object.value))
                        for q in ox.parse(path=str(path), format=syntax.oxigraph)}
    read_by_rdflib = Dataset()
    read_by_rdflib.parse(path, format=syntax.rdflib)
    assert read_by_oxigraph == {(str(s), str(o)) for s, _, o, _ in read_by_rdflib.quads()}
    assert len(read_by_oxigraph) == len(TRIPLES)


def test_an_unknown_extension_is_refused_naming_the_file() -> None:
    with pytest.raises(UnknownSyntax, match=r"graph\.csv: unknown RDF file extension '\.csv'"):
        syntax_of(Path("/tmp/graph.csv"))
