"""Ready-made networkx graphs of the Living Together network, for analysts who want no SPARQL.

    >>> from ltgraph.network import load, city_network
    >>> source = load("data/graph/ltgraph.trig")        # or connect("http://host/sparql")
    >>> cities = city_network(source, lang="de", since=date(2019, 1, 1))

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
from typing import Any

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
    EndpointSource,
    FileSource,
    NetworkSourceError,
    Source,
    StoreSource,
    open_source,
)


def load(path: str | Path | None = None) -> FileSource:
    """A dataset file (the built graph by default), loaded once for any number of graphs."""
    return FileSource(path if path is not None else DEFAULT_DATASET)


def connect(url: str) -> EndpointSource:
    """A running SPARQL endpoint, such as the one ``ltgraph serve`` starts."""
    return EndpointSource(url)


def from_store(store: Any) -> StoreSource:
    """A store object of :mod:`ltgraph.store` (anything with ``query(sparql)``)."""
    return StoreSource(store)


__all__ = [
    "DEFAULT_DATASET", "KINDS", "MEMBERS_DEFAULT", "SEPARATOR", "EndpointSource", "FileSource",
    "FilterError", "Filters", "NetworkSourceError", "Source", "StoreSource",
    "UnknownFilterError", "affiliation_graph", "city_network", "connect", "from_store", "load",
    "network", "open_source", "organisation_network", "people_network", "snapshots",
]
