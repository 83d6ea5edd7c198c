"""The graphs read from a running ``ltgraph serve`` equal the graphs read from its file.

A real server process on a loopback port, asked over HTTP through the remote store's client
(``ltgraph.network.connect``): the same queries, another store and another transport, and the
same nodes, edges and attributes.
"""

from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from server_process import free_port, ltgraph_server

from ltgraph.network import NetworkSourceError, connect, network
from ltgraph.network.export import FORMATS
from ltgraph.store.base import StoreError

from .conftest import TWO_SUMMITS

KINDS = ("cities", "affiliation", "people", "organisations")


def serve(data: Path, workdir: Path, *settings: str) -> Iterator[str]:
    """``ltgraph serve`` on a free port; yields its SPARQL URL; stops the process it started."""
    args = ["--data", str(data)]
    for setting in settings:
        args += ["--set", setting]
    with ltgraph_server(workdir, *args, ready="sparql?query=ASK%7B%7D") as running:
        yield running.url + "sparql"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory) -> Iterator[str]:
    yield from serve(TWO_SUMMITS, tmp_path_factory.mktemp("server"))


@pytest.mark.parametrize("kind", KINDS)
def test_each_graph_from_the_endpoint_equals_the_graph_from_the_file(endpoint, two_summits,
                                                                      kind):
    remote = network(kind, connect(endpoint))
    local = network(kind, two_summits)
    assert list(remote.nodes(data=True)) == list(local.nodes(data=True))
    assert list(remote.edges(data=True)) == list(local.edges(data=True))
    assert remote.number_of_edges() > 0
    assert FORMATS["graphml"].dumps(remote) == FORMATS["graphml"].dumps(local)


def test_filters_give_the_same_graph_from_the_endpoint(endpoint, two_summits):
    options = {"lang": "de", "since": date(2019, 1, 1), "releases": ["test-20190901-1"]}
    remote = network("cities", connect(endpoint), **options)
    local = network("cities", two_summits, **options)
    assert list(remote.edges(data=True)) == list(local.edges(data=True))
    assert remote.nodes[next(iter(remote))]["label"] == local.nodes[next(iter(local))]["label"]


def test_the_command_exports_from_the_endpoint_what_it_exports_from_the_file(endpoint,
                                                                               tmp_path):
    outputs = {}
    for name, where in (("remote", ["--endpoint", endpoint]),
                        ("local", ["--input", str(TWO_SUMMITS)])):
        outputs[name] = tmp_path / f"{name}.gexf"
        done = subprocess.run([sys.executable, "-m", "ltgraph.cli", "network", "people",
                               "--format", "gexf", "--output", str(outputs[name]), *where],
                              check=False, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert outputs["remote"].read_bytes() == outputs["local"].read_bytes()


def test_an_answer_cut_by_the_servers_row_cap_is_refused(tmp_path):
    for url in serve(TWO_SUMMITS, tmp_path, "max_rows=3"):
        with pytest.raises(NetworkSourceError, match="row cap"):
            network("cities", connect(url))


def test_an_endpoint_that_is_not_there_is_named(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/sparql"
    with pytest.raises(StoreError, match=url):
        network("cities", connect(url, timeout=5))


@pytest.mark.parametrize("fmt", ["svg", "graphml"])
def test_the_live_server_serves_the_picture_and_exports_of_the_file_graph(endpoint, two_summits,
                                                                          fmt):
    import xml.etree.ElementTree as ET

    url = endpoint.removesuffix("sparql") + f"network/cities.{fmt}?lang=de"
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read().decode("utf-8")
        media_type = response.headers["Content-Type"]
    local = network("cities", two_summits, lang="de")
    if fmt == "graphml":
        assert body == FORMATS["graphml"].dumps(local)
        return
    assert media_type == "image/svg+xml; charset=utf-8"
    drawn = [g.get("data-iri") for g in ET.fromstring(body).iter("{http://www.w3.org/2000/svg}g")
             if g.get("class") == "node"]
    assert drawn == list(local.nodes)
    assert "Warschau" in body
