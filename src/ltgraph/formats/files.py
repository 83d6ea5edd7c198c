"""RDF files by their extension: the one table that says which suffix is which syntax.

The embedded store loads a dataset file, the remote store pushes one, the network exports read
one and ``ltgraph validate`` checks one; each finds its syntax here, in pyoxigraph's and rdflib's
names, so a file one of them reads is read alike by the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox


@dataclass(frozen=True)
class RdfSyntax:
    name: str  # as people call it, for messages
    oxigraph: ox.RdfFormat
    rdflib: str  # rdflib's parser name
    dataset: bool  # whether it can hold named graphs (else its triples form one graph)


TRIG = RdfSyntax("TriG", ox.RdfFormat.TRIG, "trig", True)
NQUADS = RdfSyntax("N-Quads", ox.RdfFormat.N_QUADS, "nquads", True)
TURTLE = RdfSyntax("Turtle", ox.RdfFormat.TURTLE, "turtle", False)
NTRIPLES = RdfSyntax("N-Triples", ox.RdfFormat.N_TRIPLES, "nt", False)
RDFXML = RdfSyntax("RDF/XML", ox.RdfFormat.RDF_XML, "xml", False)
JSONLD = RdfSyntax("JSON-LD", ox.RdfFormat.JSON_LD, "json-ld", True)

SYNTAX_OF_SUFFIX: dict[str, RdfSyntax] = {
    ".trig": TRIG, ".nq": NQUADS, ".nquads": NQUADS, ".ttl": TURTLE, ".nt": NTRIPLES,
    ".rdf": RDFXML, ".xml": RDFXML, ".jsonld": JSONLD,
}


class UnknownSyntax(ValueError):
    """A file whose extension names no RDF syntax we read; the message names the file."""


def syntax_of(path: Path) -> RdfSyntax:
    """The syntax of an RDF file, by its extension (case does not matter)."""
    try:
        return SYNTAX_OF_SUFFIX[Path(path).suffix.lower()]
    except KeyError:
        raise UnknownSyntax(f"{Path(path).name}: unknown RDF file extension "
                            f"{Path(path).suffix!r}; expected one of "
                            f"{', '.join(SYNTAX_OF_SUFFIX)}") from None
