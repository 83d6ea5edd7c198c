"""``ltgraph network``: the real command writes what the library dumps, and says what is wrong."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import zipfile
from datetime import date

import networkx as nx
import pytest

from ltgraph.network import network
from ltgraph.network.export import FORMATS, as_bytes

from .conftest import TWO_SUMMITS


def ltgraph(*args: str, umask: int | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ltgraph.cli", *map(str, args)],
                          check=False, capture_output=True, text=True, timeout=120,
                          preexec_fn=None if umask is None else (lambda: os.umask(umask)))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_command_writes_the_library_export(tmp_path, fmt):
    output = tmp_path / f"cities{FORMATS[fmt].suffix}"
    done = ltgraph("network", "cities", "--format", fmt, "--output", output,
                   "--input", TWO_SUMMITS)
    assert done.returncode == 0, done.stderr
    assert output.read_bytes() == as_bytes(FORMATS[fmt].dumps(network("cities", TWO_SUMMITS)))
    assert "7 nodes (2 without links), 8 edges" in done.stderr


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_exported_files_get_the_permissions_the_umask_gives_a_new_file(tmp_path, umask, mode):
    output = tmp_path / "cities.graphml"
    done = ltgraph("network", "cities", "--format", "graphml", "--output", output,
                   "--input", TWO_SUMMITS, umask=umask)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(output.stat().st_mode) == mode
    assert [p.name for p in tmp_path.iterdir()] == ["cities.graphml"]  # no temporary left


def test_csv_is_a_zip_of_a_node_table_and_an_edge_table(tmp_path):
    output = tmp_path / "cities.zip"
    done = ltgraph("network", "cities", "--format", "csv", "--output", output,
                   "--input", TWO_SUMMITS)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(output) as archive:
        assert archive.namelist() == ["nodes.csv", "edges.csv"]
        nodes = archive.read("nodes.csv").decode("utf-8").splitlines()
        edges = archive.read("edges.csv").decode("utf-8").splitlines()
    assert nodes[0].startswith("id,label,kind,country,member,")
    assert edges[0].startswith("source,target,source_label,target_label,weight,summits,"
                               "declarations,distance,")
    assert (len(nodes), len(edges)) == (1 + 7, 1 + 8)


def test_members_can_be_left_out_and_only_where_there_are_members(tmp_path):
    output = tmp_path / "cities.json"
    done = ltgraph("network", "cities", "--format", "json", "--output", output,
                   "--input", TWO_SUMMITS, "--no-members")
    assert done.returncode == 0, done.stderr
    assert "5 nodes (0 without links), 8 edges" in done.stderr
    done = ltgraph("network", "people", "--format", "json", "--output", output,
                   "--input", TWO_SUMMITS, "--members")
    assert done.returncode == 2
    assert "--members/--no-members apply to the cities and affiliation networks" in done.stderr


def test_filters_are_passed_on(tmp_path):
    output = tmp_path / "people.graphml"
    done = ltgraph("network", "people", "--format", "graphml", "--output", output,
                   "--input", TWO_SUMMITS, "--lang", "de", "--since", "2019-01-01",
                   "--until", "2019-12-31", "--release", "test-20190901-1")
    assert done.returncode == 0, done.stderr
    read = nx.read_graphml(output)
    expected = network("people", TWO_SUMMITS, lang="de", since=date(2019, 1, 1),
                       until=date(2019, 12, 31), releases=["test-20190901-1"])
    assert sorted(read.nodes) == sorted(expected.nodes) and read.number_of_nodes() == 3


def test_a_missing_dataset_is_named_and_nothing_is_written(tmp_path):
    output = tmp_path / "out.json"
    done = ltgraph("network", "cities", "--format", "json", "--output", output,
                   "--input", tmp_path / "missing.trig")
    assert done.returncode == 1
    assert "missing.trig: no such dataset file" in done.stderr
    assert not output.exists() and list(tmp_path.iterdir()) == []


def test_a_broken_dataset_is_named_with_its_line(tmp_path):
    broken = tmp_path / "broken.trig"
    broken.write_text("<http://a> { <http://s> <http://p> \"unterminated . }\n", encoding="utf-8")
    done = ltgraph("network", "cities", "--format", "json", "--output", tmp_path / "o.json",
                   "--input", broken)
    assert done.returncode == 1
    assert "broken.trig: cannot read the dataset" in done.stderr and "line 1" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(("options", "words"), [
    (["--release", "no-such-release"], "no release 'no-such-release' in the dataset"),
    (["--since", "2030-01-01"], "no summit or declaration between 2030-01-01 and today"),
    (["--since", "2020-01-01", "--until", "2019-01-01"], "the time window is empty"),
    (["--release", "../etc/passwd"], "'../etc/passwd' is not a release slug"),
])
def test_a_filter_the_dataset_does_not_know_exits_2_and_writes_nothing(tmp_path, options, words):
    output = tmp_path / "cities.json"
    done = ltgraph("network", "cities", "--format", "json", "--output", output,
                   "--input", TWO_SUMMITS, *options)
    assert done.returncode == 2, done.stderr
    assert f"ltgraph network: {words}" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_unknown_kinds_and_formats_are_usage_errors(tmp_path):
    done = ltgraph("network", "towns", "--format", "json", "--output", tmp_path / "o.json")
    assert done.returncode == 2 and "towns" in done.stderr
    done = ltgraph("network", "cities", "--format", "pdf", "--output", tmp_path / "o.pdf")
    assert done.returncode == 2 and "pdf" in done.stderr
