"""The ``ltgraph network`` command's work: open the source, build the graph, write the file."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from ltgraph.network.export import FORMATS
from ltgraph.network.graphs import FilterError, network
from ltgraph.network.sources import DEFAULT_DATASET, open_store
from ltgraph.store.base import StoreError

MEMBER_KINDS = ("cities", "affiliation")  # the graphs that can keep member cities as isolates


def run_network(kind: str, format_name: str, output: Path, *, input_path: Path | None = None,
                endpoint: str | None = None, lang: str = "en",
                since: date | datetime | None = None, until: date | datetime | None = None,
                releases: Sequence[str] = (), members: bool | None = None) -> int:
    """Write one network to ``output``; the exit status: 0; 2 for a filter the dataset does
    not know (a release, a time window) or options that do not go together; 1 when
    the dataset cannot be read or the file cannot be written. Messages go to stderr."""
    if input_path is not None and endpoint is not None:
        return _usage("give --input or --endpoint, not both")
    options: dict[str, object] = {"lang": lang, "since": _day(since), "until": _day(until),
                                  "releases": tuple(releases)}
    if members is not None:
        if kind not in MEMBER_KINDS:
            return _usage(f"--members/--no-members apply to the {' and '.join(MEMBER_KINDS)} "
                          f"networks, not to {kind}")
        options["include_members"] = members
    try:
        store = open_store(input_path=None if endpoint else (input_path or DEFAULT_DATASET),
                           endpoint=endpoint)
        graph = network(kind, store, **options)
    except FilterError as error:
        return _usage(str(error))
    except StoreError as error:  # the file or the endpoint, named in the message
        print(f"ltgraph network: {error}", file=sys.stderr)
        return 1
    try:
        FORMATS[format_name].dump(graph, output)
    except OSError as error:
        print(f"ltgraph network: {output}: cannot write: {error.strerror or error}",
              file=sys.stderr)
        return 1
    isolated = sum(1 for node in graph if graph.degree(node) == 0)
    print(f"{output}: {kind} network, {graph.number_of_nodes()} nodes "
          f"({isolated} without links), {graph.number_of_edges()} edges ({format_name})",
          file=sys.stderr)
    return 0


def _usage(message: str) -> int:
    print(f"ltgraph network: {message}", file=sys.stderr)
    return 2


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value

