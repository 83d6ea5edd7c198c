"""Exports: GraphML and GEXF read back through networkx's readers; every format byte-stable."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest

from ltgraph.network import network
from ltgraph.network.export import (
    FORMATS,
    dump_csv,
    dump_gexf,
    dump_graphml,
    dump_json,
    dumps_csv,
    dumps_gexf,
    dumps_graphml,
    dumps_json,
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


@pytest.mark.parametrize("kind", KINDS)
def test_graphml_reads_back_with_the_same_nodes_edges_and_attributes(two_summits, tmp_path,
                                                                      kind):
    graph = network(kind, two_summits)
    dump_graphml(graph, tmp_path / "g.graphml")
    read = nx.read_graphml(tmp_path / "g.graphml")
    same_graph(read, graph)
    assert read.graph["name"] == kind
    assert all(type(d["weight"]) is int for _, _, d in read.edges(data=True) if "weight" in d)


@pytest.mark.parametrize("kind", KINDS)
def test_gexf_reads_back_with_the_same_nodes_edges_and_attributes(two_summits, tmp_path, kind):
    graph = network(kind, two_summits)
    dump_gexf(graph, tmp_path / "g.gexf")
    read = nx.read_gexf(tmp_path / "g.gexf")
    same_graph(read, graph, reader_edge_keys={"id"})  # the reader numbers the edges


@pytest.mark.parametrize("kind", KINDS)
def test_json_is_networkx_node_link_data(two_summits, tmp_path, kind):
    graph = network(kind, two_summits)
    dump_json(graph, tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    same_graph(nx.node_link_graph(data, edges="edges"), graph)


def test_csv_has_one_row_per_edge_with_its_weight_and_events(two_summits, tmp_path):
    graph = network("cities", two_summits)
    dump_csv(graph, tmp_path / "g.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "g.csv").read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["source", "target", "weight", "events", "event_labels"]
    assert len(rows) == graph.number_of_edges()
    for row in rows:
        data = graph.edges[row["source"], row["target"]]
        assert (int(row["weight"]), row["events"], row["event_labels"]) == (
            data["weight"], data["events"], data["event_labels"])
    affiliation = dumps_csv(network("affiliation", two_summits)).splitlines()
    assert affiliation[0] == "source,target,relations"


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_export_is_byte_stable_and_dump_writes_what_dumps_returns(tmp_path, name):
    first = FORMATS[name].dumps(network("cities", TWO_SUMMITS))
    second = FORMATS[name].dumps(network("cities", TWO_SUMMITS))  # a fresh load of the file
    assert first == second
    FORMATS[name].dump(network("cities", TWO_SUMMITS), tmp_path / f"g{FORMATS[name].suffix}")
    assert (tmp_path / f"g{FORMATS[name].suffix}").read_bytes() == first.encode("utf-8")


def test_gexf_carries_no_date_of_writing(two_summits):
    text = dumps_gexf(network("cities", two_summits))
    assert "lastmodifieddate" not in text
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<gexf ')


def test_text_exports_keep_unicode_labels_as_they_are(two_summits):
    graph = network("people", two_summits)
    assert "Michał Olszewski" in dumps_json(graph)
    assert "Düsseldorf summit 2019" in dumps_csv(graph)
    assert "Michał" in nx.parse_graphml(dumps_graphml(graph)).nodes[
        "https://w3id.org/ltgraph/id/person/michal-olszewski"]["label"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_built_datasets_graphs_read_back_from_graphml_and_gexf(built, tmp_path, kind):
    graph = network(kind, built)
    dump_graphml(graph, tmp_path / "g.graphml")
    same_graph(nx.read_graphml(tmp_path / "g.graphml"), graph)
    dump_gexf(graph, tmp_path / "g.gexf")
    same_graph(nx.read_gexf(tmp_path / "g.gexf"), graph, reader_edge_keys={"id"})
