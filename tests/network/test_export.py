"""Exports: every format read back by networkx and by python-igraph with the same attributes.

GraphML is read by both libraries' GraphML readers; the JSON node-link data by networkx's
``node_link_graph`` and by igraph's ``Graph.DictList``; the CSV tables by the csv module into
networkx and igraph (``Graph.DictList``). igraph has no GEXF reader: the dynamic GEXF is read
by networkx, spells included. Every format is byte-stable.
"""

from __future__ import annotations

import csv
import io
import json
import math
import zipfile

import igraph as ig
import networkx as nx
import pytest

from ltgraph.network import network
from ltgraph.network.export import (
    FORMATS,
    as_bytes,
    dump_csv,
    dump_csv_tables,
    dump_gexf,
    dump_graphml,
    dump_json,
    dumps_csv_edges,
    dumps_csv_nodes,
    dumps_gexf,
    dumps_graphml,
    dumps_json,
    spells_of,
)

from .conftest import TWO_SUMMITS

KINDS = ("cities", "affiliation", "people", "organisations")


def same_graph(read: nx.Graph, built: nx.Graph, reader_edge_keys: set[str] = frozenset()) -> None:
    """Same nodes with the same attributes, same edges with the same attributes (apart from
    keys the reader adds of its own, like GEXF's edge ``id``)."""
    assert sorted(read.nodes) == sorted(built.nodes)
    for node, data in built.nodes(data=True):
        assert dict(read.nodes[node]) == data, node
    assert {frozenset(e) for e in read.edges} == {frozenset(e) for e in built.edges}
    for u, v, data in built.edges(data=True):
        read_data = {k: v for k, v in read.edges[u, v].items() if k not in reader_edge_keys}
        assert read_data == data, (u, v)


def same_igraph(read: ig.Graph, built: nx.Graph, *, as_text: bool = False) -> None:
    """The igraph graph has the built graph's nodes (its ``name`` or ``id``) and edges, and
    every attribute the built graph has; attributes a node or edge lacks are igraph's empty
    value (``""``, NaN, False). ``as_text``: compare with the CSV form of the values."""
    key = "name" if "name" in read.vs.attributes() else "id"
    names = read.vs[key]
    assert sorted(names) == sorted(built.nodes)
    for vertex in read.vs:
        expected = built.nodes[vertex[key]]
        for name, value in vertex.attributes().items():
            if name in (key, "id", "name"):
                continue
            assert same_value(value, expected.get(name), as_text), (vertex[key], name)
    assert read.ecount() == built.number_of_edges()
    for edge in read.es:
        u, v = names[edge.source], names[edge.target]
        expected = built.edges[u, v]
        for name, value in edge.attributes().items():
            if name in ("source", "target", "id", "source_label", "target_label"):
                continue
            assert same_value(value, expected.get(name), as_text), (u, v, name)


def same_value(read: object, built: object, as_text: bool) -> bool:
    if as_text:
        return read == ("" if built is None else csv_form(built))
    if built is None:
        return read in ("", None, False) or (isinstance(read, float) and math.isnan(read))
    if isinstance(built, bool):
        return read is built
    if isinstance(built, (int, float)):
        return isinstance(read, (int, float)) and float(read) == float(built)
    return read == built


def csv_form(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_tables(data: bytes) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return tuple(list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8"))))
                     for name in ("nodes.csv", "edges.csv"))


def networkx_from_tables(nodes: list[dict[str, str]], edges: list[dict[str, str]]) -> nx.Graph:
    """The CSV tables as a networkx graph, every value as written (text), empty cells left out."""
    graph = nx.Graph()
    for row in nodes:
        graph.add_node(row["id"], **{k: v for k, v in row.items() if k != "id" and v != ""})
    for row in edges:
        graph.add_edge(row["source"], row["target"], **{
            k: v for k, v in row.items() if k not in ("source", "target") and v != ""})
    return graph


def as_text(graph: nx.Graph) -> nx.Graph:
    """The graph with every attribute in its CSV form (an empty text is an empty cell, so no
    value), and the edges' end labels added."""
    text = nx.Graph()
    for node, data in graph.nodes(data=True):
        text.add_node(node, **{k: csv_form(v) for k, v in data.items() if csv_form(v)})
    for u, v, data in graph.edges(data=True):
        text.add_edge(u, v, **{k: csv_form(x) for k, x in data.items() if csv_form(x)})
        text.edges[u, v].update(source_label=graph.nodes[u]["label"],
                                target_label=graph.nodes[v]["label"])
    return text


def from_spells(read: nx.Graph) -> nx.Graph:
    """A graph read from GEXF with its ``spells`` turned back into ``intervals`` strings."""
    for _, data in [*read.nodes(data=True), *((None, d) for *_, d in read.edges(data=True))]:
        spells = data.pop("spells", None)
        if spells:
            data["intervals"] = ";".join(f"{start}/{end}" for start, end in spells)
    return read


@pytest.mark.parametrize("kind", KINDS)
def test_graphml_reads_back_in_networkx_and_igraph_with_the_same_attributes(two_summits,
                                                                             tmp_path, kind):
    graph = network(kind, two_summits)
    dump_graphml(graph, tmp_path / "g.graphml")
    read = nx.read_graphml(tmp_path / "g.graphml")
    same_graph(read, graph)
    assert read.graph["name"] == kind
    for _, _, data in read.edges(data=True):
        assert all(type(data[k]) is int for k in ("weight", "summits", "declarations")
                   if k in data)
    same_igraph(ig.Graph.Read_GraphML(str(tmp_path / "g.graphml")), graph)


def test_igraph_reads_the_bipartite_flag_as_a_vertex_type(two_summits, tmp_path):
    graph = network("affiliation", two_summits)
    dump_graphml(graph, tmp_path / "g.graphml")
    read = ig.Graph.Read_GraphML(str(tmp_path / "g.graphml"))
    assert {type(flag) for flag in read.vs["bipartite"]} == {bool}
    assert read.is_bipartite()
    cities_side, events_side = read.bipartite_projection(types="bipartite", multiplicity=True)
    assert sorted(cities_side.vs["id"]) == sorted(n for n, d in graph.nodes(data=True)
                                                 if not d["bipartite"])
    assert sorted(events_side.vs["id"]) == sorted(n for n, d in graph.nodes(data=True)
                                                 if d["bipartite"])


def test_igraph_weighted_betweenness_over_distance_agrees_with_networkx(built, tmp_path):
    graph = network("cities", built)
    dump_graphml(graph, tmp_path / "g.graphml")
    read = ig.Graph.Read_GraphML(str(tmp_path / "g.graphml"))
    theirs = dict(zip(read.vs["id"], read.betweenness(weights="distance"), strict=True))
    ours = nx.betweenness_centrality(graph, weight="distance", normalized=False)
    assert all(math.isclose(theirs[node], ours[node], abs_tol=1e-9) for node in graph)


@pytest.mark.parametrize("kind", KINDS)
def test_the_dynamic_gexf_reads_back_with_the_same_attributes_and_intervals_as_spells(
        two_summits, tmp_path, kind):
    graph = network(kind, two_summits)
    dump_gexf(graph, tmp_path / "g.gexf")
    read = nx.read_gexf(tmp_path / "g.gexf")
    assert read.graph["mode"] == "dynamic"
    same_graph(from_spells(read), graph, reader_edge_keys={"id"})  # the reader numbers edges


def test_the_gexf_timeline_has_the_days_of_the_summits_and_signings(two_summits):
    text = dumps_gexf(network("cities", two_summits))
    assert '<graph defaultedgetype="undirected" mode="dynamic" name="cities" ' \
           'timeformat="date">' in text
    graph = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    rabat, warsaw = (f"https://w3id.org/ltgraph/id/city/{c}" for c in ("rabat", "warsaw"))
    assert graph.edges[rabat, warsaw]["spells"] == [("2015-06-09", "2015-06-11"),
                                                    ("2019-08-30", "2019-09-01")]
    assert graph.nodes[warsaw]["spells"] == [("2015-06-09", "2015-06-11"),
                                             ("2019-08-30", "2019-09-01")]
    assert "spells" not in graph.nodes["https://w3id.org/ltgraph/id/city/namur"]  # no event
    assert spells_of("2015-06-10/2015-06-10") == [("2015-06-10", "2015-06-10")]


@pytest.mark.parametrize("kind", KINDS)
def test_json_reads_back_in_networkx_and_igraph(two_summits, tmp_path, kind):
    graph = network(kind, two_summits)
    dump_json(graph, tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    same_graph(nx.node_link_graph(data, edges="edges"), graph)
    read = ig.Graph.DictList(data["nodes"], data["edges"], vertex_name_attr="id",
                             edge_foreign_keys=("source", "target"))
    same_igraph(read, graph)


@pytest.mark.parametrize("kind", KINDS)
def test_csv_tables_read_back_in_networkx_and_igraph_with_labels_and_attributes(
        two_summits, tmp_path, kind):
    graph = network(kind, two_summits)
    dump_csv(graph, tmp_path / "g.zip")
    nodes, edges = csv_tables((tmp_path / "g.zip").read_bytes())
    assert list(nodes[0])[:3] == ["id", "label", "kind"]
    assert list(edges[0])[:4] == ["source", "target", "source_label", "target_label"]
    same_graph(networkx_from_tables(nodes, edges), as_text(graph))
    same_igraph(ig.Graph.DictList(nodes, edges, vertex_name_attr="id",
                                  edge_foreign_keys=("source", "target")),
                as_text(graph), as_text=True)


def test_the_csv_tables_as_two_files_are_the_tables_of_the_zip(two_summits, tmp_path):
    graph = network("cities", two_summits)
    dump_csv_tables(graph, tmp_path / "nodes.csv", tmp_path / "edges.csv")
    nodes, edges = csv_tables(FORMATS["csv"].dumps(graph))
    assert (tmp_path / "nodes.csv").read_text(encoding="utf-8") == dumps_csv_nodes(graph)
    assert list(csv.DictReader(io.StringIO(dumps_csv_edges(graph)))) == edges
    assert len(nodes) == graph.number_of_nodes()
    chicago = [row for row in nodes if row["label"] == "Chicago"]
    assert chicago and chicago[0]["member"] == "true"


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_export_is_byte_stable_and_dump_writes_what_dumps_returns(tmp_path, name):
    first = FORMATS[name].dumps(network("cities", TWO_SUMMITS))
    second = FORMATS[name].dumps(network("cities", TWO_SUMMITS))  # a fresh load of the file
    assert first == second
    FORMATS[name].dump(network("cities", TWO_SUMMITS), tmp_path / f"g{FORMATS[name].suffix}")
    assert (tmp_path / f"g{FORMATS[name].suffix}").read_bytes() == as_bytes(first)


def test_gexf_carries_no_date_of_writing(two_summits):
    text = dumps_gexf(network("cities", two_summits))
    assert "lastmodifieddate" not in text
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<gexf ')


def test_text_exports_keep_unicode_labels_as_they_are(two_summits):
    graph = network("people", two_summits)
    assert "Michał Olszewski" in dumps_json(graph)
    assert "Düsseldorf summit 2019" in dumps_csv_edges(graph)
    assert "Michał" in nx.parse_graphml(dumps_graphml(graph)).nodes[
        "https://w3id.org/ltgraph/id/person/michal-olszewski"]["label"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_built_datasets_graphs_read_back_from_graphml_and_gexf(built, tmp_path, kind):
    graph = network(kind, built)
    dump_graphml(graph, tmp_path / "g.graphml")
    same_graph(nx.read_graphml(tmp_path / "g.graphml"), graph)
    same_igraph(ig.Graph.Read_GraphML(str(tmp_path / "g.graphml")), graph)
    dump_gexf(graph, tmp_path / "g.gexf")
    same_graph(from_spells(nx.read_gexf(tmp_path / "g.gexf")), graph, reader_edge_keys={"id"})
