"""Ready-made networkx graphs of the Living Together network, for analysts who want no SPARQL.

    >>> from ltgraph.network import load, city_network
    >>> store = load("data/graph/ltgraph.trig")        # or connect("http://host/sparql")
    >>> cities = city_network(store, lang="de", since=date(2019, 1, 1))

Any :class:`ltgraph.store.base.Store` will do (the server passes its own).

Four graphs (:data:`KINDS`): ``cities`` (:func:`city_network`), ``affiliation``
(:func:`affiliation_graph`, bipartite), ``people`` (:func:`people_network`) and
``organisations`` (:func:`organisation_network`); :func:`snapshots` gives one graph per
summit. Their nodes are IRIs with plain attributes (``iri``, ``label``, ``kind``, ``country``,
``member``, ``wikidata``, ``date``, ``ordinal``, ``intervals``; people also ``roles``,
``cities``, ``countries``); the edges of the one-mode graphs carry ``weight`` (= ``summits``,
the shared summits), ``declarations`` (cities: declarations both signed), ``distance``
(1 / weight, the length for shortest paths and betweenness), ``events``, ``event_labels`` and
``intervals``. docs/analysis.md says exactly what each means. Exports are in
:mod:`ltgraph.network.export`, the picture in :mod:`ltgraph.network.svg`.
"""

from __future__ import annotations

from pathlib import Path

from ltgraph.network.graphs import (
    KINDS,
    MEMBERS_DEFAULT,
    SEPARATOR,
    FilterError,
    Filters,
    UnknownFilterError,
    affiliation_graph,
    city_network,
    network,
    organisation_network,
    people_network,
    snapshots,
)
from ltgraph.network.sources import (
    DEFAULT_DATASET,
    NetworkSourceError,
    connect,
    open_dataset,
    open_store,
)
from ltgraph.store.base import Store


def load(path: str | Path | None = None) -> Store:
    """A dataset file (the built graph by default), loaded once for any number of graphs."""
    return open_dataset(path if path is not None else DEFAULT_DATASET)


__all__ = [
    "DEFAULT_DATASET", "KINDS", "MEMBERS_DEFAULT", "SEPARATOR", "FilterError", "Filters",
    "NetworkSourceError", "Store", "UnknownFilterError", "affiliation_graph", "city_network",
    "connect", "load", "network", "open_dataset", "open_store", "organisation_network",
    "people_network", "snapshots",
]
