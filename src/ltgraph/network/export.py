"""Writing the graphs: GraphML, GEXF, JSON node-link and a CSV edge list.

One pair of functions per format: ``dumps_<format>(graph) -> str`` and
``dump_<format>(graph, path)``. The output depends only on the graph, byte for byte: nodes and
edges keep the sorted order the graphs are built in, JSON keys are sorted, and the GEXF header
carries no "last modified" date (networkx writes today's date there).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriter

from ltgraph import __version__

XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'
_CSV_COLUMNS = ("weight", "events", "event_labels", "relations")


def dumps_graphml(graph: nx.Graph) -> str:
    writer = GraphMLWriter(graph=graph, encoding="utf-8", prettyprint=True)
    return XML_DECLARATION + str(writer).rstrip("\n") + "\n"


def dump_graphml(graph: nx.Graph, path: str | Path) -> None:
    _write(path, dumps_graphml(graph))


def dumps_gexf(graph: nx.Graph) -> str:
    writer = GEXFWriter(graph=graph, encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
        creator = meta.find("creator")
        if creator is not None:
            creator.text = f"ltgraph {__version__}"
    return XML_DECLARATION + str(writer).rstrip("\n") + "\n"


def dump_gexf(graph: nx.Graph, path: str | Path) -> None:
    _write(path, dumps_gexf(graph))


def dumps_json(graph: nx.Graph) -> str:
    """networkx's node-link form (``nodes``, ``edges``), readable by ``nx.node_link_graph``."""
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def dump_json(graph: nx.Graph, path: str | Path) -> None:
    _write(path, dumps_json(graph))


def dumps_csv(graph: nx.Graph) -> str:
    """One row per edge: ``source``, ``target``, then the edge attributes (known ones first)."""
    present = {name for _, _, data in graph.edges(data=True) for name in data}
    names = [name for name in _CSV_COLUMNS if name in present]
    names += sorted(present - set(names))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["source", "target", *names])
    for source, target, data in graph.edges(data=True):
        writer.writerow([source, target, *(data.get(name, "") for name in names)])
    return buffer.getvalue()


def dump_csv(graph: nx.Graph, path: str | Path) -> None:
    _write(path, dumps_csv(graph))


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    media_type: str
    dumps: Callable[[nx.Graph], str]
    dump: Callable[[nx.Graph, str | Path], None]


FORMATS: dict[str, Format] = {
    "graphml": Format("graphml", ".graphml", "application/graphml+xml; charset=utf-8",
                      dumps_graphml, dump_graphml),
    "gexf": Format("gexf", ".gexf", "application/gexf+xml; charset=utf-8",
                   dumps_gexf, dump_gexf),
    "json": Format("json", ".json", "application/json; charset=utf-8", dumps_json, dump_json),
    "csv": Format("csv", ".csv", "text/csv; charset=utf-8", dumps_csv, dump_csv),
}


def _write(path: str | Path, text: str) -> None:
    """Write atomically, so a failed export never leaves half a file behind."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
