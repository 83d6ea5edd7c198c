"""The graph of one release as the build makes and reads it: statements listed once per state.

A build reads each release graph whole half a dozen times: its IRIs are checked
(``ltgraph.repair``), the nodes it describes and the shapes' targets are found
(``ltgraph.validate``), its TriG text is made to find its kept validation report and again to
write it, and its statements are counted. rdflib's memory store makes every statement anew
for each of these reads, with a generator of its contexts for each, and counts a graph by
walking it. A :class:`ReleaseGraph` lists its statements once and reads them from that list,
and makes what is derived from the whole graph (its TriG text) once, until the graph changes
(a resource left out for breaking a shape): the same statements in the same order, so every
result is the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

__all__ = ["ReleaseGraph"]

T = TypeVar("T")
_TERMS = (URIRef, BNode, Literal)


class ReleaseGraph(Graph):
    """A graph in a store without contexts (a release graph is one graph, and recording each
    statement's contexts was half of mapping one), whose statements and whatever is
    :meth:`derived` from them are made once for each state it is in."""

    def __init__(self) -> None:
        super().__init__(store="SimpleMemory")
        self._derived: dict[str, object] = {}

    @classmethod
    def of(cls, statements: Iterable[tuple[Node, Node, Node]]) -> ReleaseGraph:
        """A graph of ``statements``, put straight into its store: ``Graph.add`` checks that
        each term is an rdflib ``Node``, an abstract class whose check was a fifth of filling
        the graph; the three kinds of term a statement holds are checked here instead."""
        graph = cls()
        add = graph.store.add
        for s, p, o in statements:
            if not (isinstance(s, _TERMS) and isinstance(p, _TERMS) and isinstance(o, _TERMS)):
                raise TypeError(f"not a statement of rdflib terms: {(s, p, o)!r}")
            add((s, p, o), graph, quoted=False)
        return graph

    def derived(self, name: str, make: Callable[[ReleaseGraph], T]) -> T:
        """``make(self)``, made once while the graph does not change (``name`` says what it
        is: one name, one kind of value)."""
        try:
            return self._derived[name]  # type: ignore[return-value]
        except KeyError:
            value = self._derived[name] = make(self)
            return value

    def statements(self) -> tuple[tuple[Node, Node, Node], ...]:
        """Every statement, in the store's order."""
        return self.derived("statements", _listed)

    def triples(self, triple):  # noqa: ANN001, ANN201 - rdflib's signature
        s, p, o = triple
        if s is None and p is None and o is None:
            return iter(self.statements())
        return super().triples(triple)

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return iter(self.statements())

    def __len__(self) -> int:
        return len(self.statements())

    def add(self, triple):  # noqa: ANN001, ANN201 - rdflib's signature
        if self._derived:
            self._derived.clear()
        return Graph.add(self, triple)

    def addN(self, quads):  # noqa: ANN001, ANN201, N802 - rdflib's name
        if self._derived:
            self._derived.clear()
        return Graph.addN(self, quads)

    def remove(self, triple):  # noqa: ANN001, ANN201 - rdflib's signature
        if self._derived:
            self._derived.clear()
        return Graph.remove(self, triple)


def _listed(graph: ReleaseGraph) -> tuple[tuple[Node, Node, Node], ...]:
    return tuple(Graph.triples(graph, (None, None, None)))
