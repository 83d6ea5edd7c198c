"""docs/analysis.md: every code block runs, and prints exactly the output the page shows.

The Python blocks run in order in one namespace against the built dataset; the ``text`` block
after a Python block is its expected output. Run this file as a script to rewrite the
output blocks after a rebuild (and review the diff).
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from pathlib import Path

import pytest

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "analysis.md"
BUILT = Path(__file__).resolve().parents[2] / "data" / "graph" / "ltgraph.trig"
BLOCK = re.compile(r"```python\n(.*?)```\n\n```text\n(.*?)```", re.DOTALL)


def examples(text: str) -> list[re.Match]:
    return list(BLOCK.finditer(text))


def run_examples(text: str) -> list[str]:
    """The printed output of each Python block, run in order in one namespace."""
    namespace: dict[str, object] = {"__name__": "guide"}
    outputs = []
    for match in examples(text):
        line = text.count("\n", 0, match.start()) + 2  # the first line of the code
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            code = compile("\n" * (line - 1) + match.group(1), str(GUIDE), "exec")
            exec(code, namespace)  # noqa: S102
        outputs.append(printed.getvalue())
    return outputs


def test_the_guide_has_worked_examples_with_outputs():
    text = GUIDE.read_text(encoding="utf-8")
    assert len(examples(text)) >= 7
    assert text.count("```python") == len(examples(text))  # no block without its output
    for heading in ("most central cities", "Communities", "ego network", "over time"):
        assert heading in text


def test_the_guide_measures_paths_over_distances_and_shows_every_new_part():
    text = GUIDE.read_text(encoding="utf-8")
    code = "".join(match.group(1) for match in examples(text))
    assert 'nx.betweenness_centrality(cities, weight="distance")' in code
    assert 'betweenness(weights="distance")' in code  # the igraph twin
    assert not re.search(r"betweenness\w*\([^)]*weight=\"weight\"", code)
    for part in ("snapshots(store)", "cumulative=True", "include_members=False",
                 "nx.isolates(cities)", 'd["roles"]', "Read_GraphML"):
        assert part in code, part


def test_every_printed_number_in_the_guide_is_what_the_code_prints():
    if not BUILT.is_file():
        pytest.skip(f"the dataset has not been built yet ({BUILT})")
    text = GUIDE.read_text(encoding="utf-8")
    for match, output in zip(examples(text), run_examples(text), strict=True):
        assert output == match.group(2), (
            f"the block\n{match.group(1)}\nnow prints\n{output}\nIf the dataset was rebuilt on "
            "purpose, refresh the guide with 'python tests/network/test_docs.py' and review it.")


def update() -> None:
    """Rewrite the output blocks from a fresh run."""
    text = GUIDE.read_text(encoding="utf-8")
    outputs = iter(run_examples(text))
    GUIDE.write_text(BLOCK.sub(lambda m: f"```python\n{m.group(1)}```\n\n```text\n"
                               f"{next(outputs)}```", text), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(update())
