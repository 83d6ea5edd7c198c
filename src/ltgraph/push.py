"""``ltgraph push``: load the built dataset into a remote SPARQL 1.1 store, graph by graph.

Each named graph of the dataset replaces the store's graph of the same name as a unit (a Graph
Store Protocol ``PUT``, or ``DROP SILENT GRAPH`` + ``INSERT DATA`` in one SPARQL Update), so
pushing the same dataset twice leaves the store exactly as the first push did, and a reader
never sees half a release. Graphs of ours the dataset no longer has stay unless ``--prune``;
graphs outside ltgraph's graph prefix are never touched. After loading, the triples per graph
are counted in the store and compared with the dataset, so a store that silently dropped or
rewrote statements is caught here rather than by a researcher.

Credentials come from ``LTGRAPH_REMOTE_USER`` / ``LTGRAPH_REMOTE_PASSWORD`` (and
``LTGRAPH_REMOTE_AUTH``: digest or basic), never from the command line, and are never printed.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ltgraph.store.base import StoreError
from ltgraph.store.remote import RemoteStore
from ltgraph.store.remote_client import credentials_from_environment
from ltgraph.store.remote_load import GraphPush, read_dataset_graphs


@dataclass(frozen=True)
class PushSummary:
    replaced: int
    dropped: int
    triples: int
    mismatches: list[str]


def push_dataset(store: RemoteStore, dataset: Path, *, prune: bool = False) -> PushSummary:
    """Push ``dataset`` into ``store`` and check the store now holds what the dataset says."""
    expected = {graph: text.count("\n") for graph, text in read_dataset_graphs(dataset).items()}
    report: list[GraphPush] = store.push(dataset, prune=prune)
    counts = store.graph_counts()
    mismatches = [f"<{graph}>: {counts.get(graph, 0)} triples in the store, {n} in "
                  f"{dataset.name}" for graph, n in sorted(expected.items())
                  if counts.get(graph, 0) != n]
    return PushSummary(replaced=sum(1 for r in report if r.action == "replaced"),
                       dropped=sum(1 for r in report if r.action == "dropped"),
                       triples=sum(expected.values()), mismatches=mismatches)


def run_push(dataset: Path, endpoint: str, *, update_endpoint: str | None = None,
             graph_store: str | None = None, prune: bool = False,
             environ: Mapping[str, str] | None = None, out: TextIO = sys.stdout,
             err: TextIO = sys.stderr) -> int:
    """The ``push`` command: 0 when every graph is in the store as in the dataset, 1 when
    the store disagrees, 2 when the push could not be made."""
    if not (update_endpoint or graph_store):
        print("ltgraph push: give --graph-store URL (Graph Store Protocol) or "
              "--update-endpoint URL (SPARQL Update) to load through", file=err)
        return 2
    try:
        store = RemoteStore(endpoint, update_endpoint=update_endpoint, graph_store=graph_store,
                            credentials=credentials_from_environment(environ))
        summary = push_dataset(store, dataset, prune=prune)
    except StoreError as error:
        print(f"ltgraph push: {error}", file=err)
        return 2
    for line in summary.mismatches:
        print(f"ltgraph push: {line}", file=err)
    via = "Graph Store Protocol" if graph_store else "SPARQL Update"
    print(f"pushed {summary.triples} triples in {summary.replaced} graphs from {dataset} to "
          f"{endpoint} ({via}); {summary.dropped} graphs pruned", file=out)
    return 1 if summary.mismatches else 0
