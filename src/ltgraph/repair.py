"""What of a release graph can be published: IRIs no serialisation can write and resources
that break a shape are left out, each told, so one wrong fact costs that fact and not the
release (the build, :mod:`ltgraph.build`, reports them with the file and position)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from ltgraph.terms import LT

__all__ = ["MAX_REPAIR_ROUNDS", "conforming_part", "invalid_iris", "quiet_iri_warnings",
           "where_in", "without_resource"]

# Characters RDF forbids in an IRI (RFC 3987 and the N-Triples grammar).
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')


@contextmanager
def quiet_iri_warnings() -> Iterator[None]:
    """Silence rdflib's unnamed "does not look like a valid URI" message while mapping: the
    build reports each such IRI itself, with the file and position it comes from."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def invalid_iris(graph: Graph) -> list[URIRef]:
    """The IRIs of a graph that no serialisation can write (blanks, quotes, angle brackets:
    a '"' inside an image URL), in a stable order."""
    iris = {term for triple in graph for term in triple if isinstance(term, URIRef)}
    return sorted(iri for iri in iris if _BAD_IRI.search(str(iri)))  # each IRI once


def without_resource(graph: Graph, iri: URIRef, keep: URIRef) -> None:
    """Remove ``iri`` and the facts it is part of: every resource that points at it (a photo
    whose URL it is) but ``keep`` (the release node, which only loses that one statement),
    and the evidence nodes left about nothing; so one bad value costs one fact, told once."""
    evidence = set(graph.subjects(RDF.type, LT.Evidence))
    doomed = {iri} | {s for s in graph.subjects(None, iri) if s != keep and s not in evidence}
    for node in doomed:
        graph.remove((node, None, None))
        graph.remove((None, None, node))
        graph.remove((None, node, None))
    graph.remove((keep, None, iri))
    for node in evidence:
        if (node, RDF.subject, None) not in graph or (node, RDF.object, None) not in graph:
            graph.remove((node, None, None))


def _evidence_about(graph: Graph, resource: URIRef) -> set:
    """The evidence of statements about a resource (its rdf:subject or rdf:object): left out
    with it, since an evidence of a statement that is gone supports nothing."""
    return set(graph.subjects(RDF.subject, resource)) | set(graph.subjects(RDF.object, resource))


def where_in(text: str, value: str) -> str:
    """Where a value stands in a release's text, as people look for it."""
    from ltgraph.parse.common import position_of

    at = text.find(value)
    return position_of(text, at) if at >= 0 else "in the facts read from it"


MAX_REPAIR_ROUNDS = 5


def conforming_part(graph: Graph, context: Graph, validate,
                    release: URIRef) -> tuple[Graph | None, list, list]:
    """The release graph without the resources that break a shape, the violations they had,
    and the warnings about what is kept.

    One wrong fact should not cost the release all its other facts: each resource a shape
    rejects is left out (every triple it is subject or object of), loudly, and the rest is
    validated again, since a removal can leave a link dangling. ``None`` when nothing conforms.
    A warning (a release kept without a date) removes nothing: it is only told.
    """
    dropped: list = []
    for _ in range(MAX_REPAIR_ROUNDS):
        report = validate(graph, context)
        violations = [p for p in report.problems if p.severity == "Violation"]
        if not violations:
            return graph, dropped, [p for p in report.problems if p.severity != "Violation"]
        dropped.extend(violations)
        if any(URIRef(p.focus) == release for p in violations):
            return None, dropped, []  # without its release node a graph has no provenance
        for focus in {URIRef(p.focus) for p in violations}:
            for evidence in _evidence_about(graph, focus):
                graph.remove((evidence, None, None))
                graph.remove((None, None, evidence))
            graph.remove((focus, None, None))
            graph.remove((None, None, focus))
    return None, dropped, []
