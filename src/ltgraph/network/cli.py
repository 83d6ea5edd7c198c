"""The ``ltgraph network`` command's work: open the source, build the graph, write the file."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from ltgraph.network.export import FORMATS
from ltgraph.network.graphs import network
from ltgraph.network.sources import DEFAULT_DATASET, NetworkSourceError, open_source


def run_network(kind: str, format_name: str, output: Path, *, input_path: Path | None = None,
                endpoint: str | None = None, lang: str = "en",
                since: date | datetime | None = None, until: date | datetime | None = None,
                releases: Sequence[str] = ()) -> int:
    """Write one network to ``output``; the exit status (0, or 1 with a message on stderr)."""
    if input_path is not None and endpoint is not None:
        print("ltgraph network: give --input or --endpoint, not both", file=sys.stderr)
        return 2
    try:
        source = open_source(input_path=None if endpoint else (input_path or DEFAULT_DATASET),
                             endpoint=endpoint)
        graph = network(kind, source, lang=lang, since=_day(since), until=_day(until),
                        releases=tuple(releases))
        FORMATS[format_name].dump(graph, output)
    except (NetworkSourceError, ValueError, OSError) as error:
        print(f"ltgraph network: {error}", file=sys.stderr)
        return 1
    print(f"{output}: {kind} network, {graph.number_of_nodes()} nodes, "
          f"{graph.number_of_edges()} edges ({format_name})", file=sys.stderr)
    return 0


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value
