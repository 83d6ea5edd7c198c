"""Writing the graphs: GraphML, GEXF (dynamic), JSON node-link, and CSV node and edge tables.

One pair of functions per format: ``dumps_<format>(graph)`` (text; bytes for the CSV zip)
and ``dump_<format>(graph, path)``. The output depends only on the graph, byte for byte: nodes
and edges keep the sorted order the graphs are built in, JSON keys are sorted, the GEXF header
carries no "last modified" date (networkx writes today's date there) and the zip entries carry
a fixed date.

Files are written atomically and created as any new file of the user is: readable according
to the process's umask, not private to the writer.

The GEXF is dynamic: the ``intervals`` attribute of a node or an edge (the days of the events
it comes from, ``2019-08-30/2019-09-01;...``) becomes its ``<spells>``, so that Gephi's
timeline plays the network's history. A node or an edge without a dated event has no spells
and is there at all times.
"""

from __future__ import annotations

import csv
import io
import json
import os
import secrets
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriter

from ltgraph import __version__
from ltgraph.network.graphs import INTERVAL, SEPARATOR

XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'
NODE_COLUMNS = ("id", "label", "kind", "country", "member", "bipartite", "wikidata", "date",
                "ordinal", "roles", "cities", "countries", "organisations", "intervals")
EDGE_COLUMNS = ("source", "target", "source_label", "target_label", "weight", "summits",
                "declarations", "distance", "events", "event_labels", "relations",
                "intervals")
CSV_TABLES = ("nodes.csv", "edges.csv")
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can carry: no real date


# --------------------------------------------------------------------------------- GraphML
def dumps_graphml(graph: nx.Graph) -> str:
    writer = GraphMLWriter(graph=graph, encoding="utf-8", prettyprint=True)
    return XML_DECLARATION + str(writer).rstrip("\n") + "\n"


def dump_graphml(graph: nx.Graph, path: str | Path) -> None:
    _write(path, dumps_graphml(graph).encode("utf-8"))


# ------------------------------------------------------------------------------------ GEXF
def dumps_gexf(graph: nx.Graph) -> str:
    """GEXF 1.2, dynamic where the graph has ``intervals``: they become ``<spells>``."""
    writer = GEXFWriter(graph=with_spells(graph), encoding="utf-8", prettyprint=True,
                        version="1.2draft")
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
        creator = meta.find("creator")
        if creator is not None:
            creator.text = f"ltgraph {__version__}"
    return XML_DECLARATION + str(writer).rstrip("\n") + "\n"


def dump_gexf(graph: nx.Graph, path: str | Path) -> None:
    _write(path, dumps_gexf(graph).encode("utf-8"))


def with_spells(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose ``intervals`` strings are networkx's GEXF ``spells``: a list
    of ``(start, end)`` dates, as the GEXF writer and reader know them."""
    copy = graph.copy()
    for _, data in copy.nodes(data=True):
        _intervals_to_spells(data)
    for _, _, data in copy.edges(data=True):
        _intervals_to_spells(data)
    return copy


def spells_of(intervals: str) -> list[tuple[str, str]]:
    """``"2015-06-09/2015-06-11;2019-08-30/2019-09-01"`` -> ``[(start, end), ...]``."""
    return [tuple(part.split(INTERVAL, 1)) for part in intervals.split(SEPARATOR) if part]


def _intervals_to_spells(data: dict[str, object]) -> None:
    intervals = data.pop("intervals", None)
    if intervals:
        data["spells"] = spells_of(str(intervals))


# ------------------------------------------------------------------------------------ JSON
def dumps_json(graph: nx.Graph) -> str:
    """networkx's node-link form (``nodes``, ``edges``), readable by ``nx.node_link_graph``."""
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def dump_json(graph: nx.Graph, path: str | Path) -> None:
    _write(path, dumps_json(graph).encode("utf-8"))


# ------------------------------------------------------------------------------------- CSV
def dumps_csv_nodes(graph: nx.Graph) -> str:
    """One row per node: ``id``, ``label``, ``kind``, then its other attributes."""
    names = _columns((data for _, data in graph.nodes(data=True)), NODE_COLUMNS, ("id",))
    rows = ([node, *(data.get(name) for name in names[1:])]
            for node, data in graph.nodes(data=True))
    return _csv(names, rows)


def dumps_csv_edges(graph: nx.Graph) -> str:
    """One row per edge: ``source``, ``target``, their labels, then the edge's attributes."""
    names = _columns((data for _, _, data in graph.edges(data=True)), EDGE_COLUMNS,
                     ("source", "target", "source_label", "target_label"))
    rows = ([source, target, _label(graph, source), _label(graph, target),
             *(data.get(name) for name in names[4:])]
            for source, target, data in graph.edges(data=True))
    return _csv(names, rows)


def dumps_csv(graph: nx.Graph) -> bytes:
    """Both tables in one zip archive: ``nodes.csv`` and ``edges.csv``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in zip(CSV_TABLES, (dumps_csv_nodes(graph), dumps_csv_edges(graph)),
                              strict=True):
            entry = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, text.encode("utf-8"))
    return buffer.getvalue()


def dump_csv(graph: nx.Graph, path: str | Path) -> None:
    _write(path, dumps_csv(graph))


def dump_csv_tables(graph: nx.Graph, nodes_path: str | Path, edges_path: str | Path) -> None:
    """The node table and the edge table as two files."""
    _write(nodes_path, dumps_csv_nodes(graph).encode("utf-8"))
    _write(edges_path, dumps_csv_edges(graph).encode("utf-8"))


def _columns(records: Iterable[dict[str, object]], known: tuple[str, ...],
             fixed: tuple[str, ...]) -> list[str]:
    """The fixed columns, then the attributes present in the known order, then the rest."""
    present = {name for data in records for name in data}
    return [*fixed, *(n for n in known if n in present and n not in fixed),
            *sorted(present - set(known))]


def _csv(names: list[str], rows: Iterable[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def _cell(value: object) -> object:
    """Booleans as ``true``/``false`` (as GraphML writes them), nothing as an empty cell."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def _label(graph: nx.Graph, node: object) -> str:
    return str(graph.nodes[node].get("label", node))


# ---------------------------------------------------------------------------------- table
@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    media_type: str
    dumps: Callable[[nx.Graph], str | bytes]
    dump: Callable[[nx.Graph, str | Path], None]


FORMATS: dict[str, Format] = {
    "graphml": Format("graphml", ".graphml", "application/graphml+xml; charset=utf-8",
                      dumps_graphml, dump_graphml),
    "gexf": Format("gexf", ".gexf", "application/gexf+xml; charset=utf-8",
                   dumps_gexf, dump_gexf),
    "json": Format("json", ".json", "application/json; charset=utf-8", dumps_json, dump_json),
    "csv": Format("csv", ".zip", "application/zip", dumps_csv, dump_csv),
}


def as_bytes(text: str | bytes) -> bytes:
    """What a ``dumps`` function returned, as the bytes a file or a response holds."""
    return text if isinstance(text, bytes) else text.encode("utf-8")


def _write(path: str | Path, data: bytes) -> None:
    """Write atomically, so a failed export never leaves half a file behind; the file is
    created with mode 0666 less the umask, as any new file (a temporary file would be 0600)."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}")
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
