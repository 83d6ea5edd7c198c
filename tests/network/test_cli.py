"""``ltgraph network``: the real command writes what the library dumps, and says what is wrong."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import networkx as nx
import pytest

from ltgraph.network import network
from ltgraph.network.export import FORMATS

from .conftest import TWO_SUMMITS


def ltgraph(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ltgraph.cli", *map(str, args)],
                          check=False, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_command_writes_the_library_export(tmp_path, fmt):
    output = tmp_path / f"cities.{fmt}"
    done = ltgraph("network", "cities", "--format", fmt, "--output", output,
                   "--input", TWO_SUMMITS)
    assert done.returncode == 0, done.stderr
    assert output.read_text(encoding="utf-8") == FORMATS[fmt].dumps(
        network("cities", TWO_SUMMITS))
    assert "5 nodes, 8 edges" in done.stderr


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


def test_unknown_kinds_and_formats_are_usage_errors(tmp_path):
    done = ltgraph("network", "towns", "--format", "json", "--output", tmp_path / "o.json")
    assert done.returncode == 2 and "towns" in done.stderr
    done = ltgraph("network", "cities", "--format", "pdf", "--output", tmp_path / "o.pdf")
    assert done.returncode == 2 and "pdf" in done.stderr
