"""The held-out corpus of other publishers' documents, built and scored as a user would.

``tests/fixtures/publishers/releases`` holds documents in the front-matter form written for
testing (true facts about the network, each publisher's own manner: city communiqués, the
Observatory's site news, newspapers, a news wire, a partner's page, pages with their furniture
left in); ``.../gold`` holds the facts each one states. The corpus is built with the real
``ltgraph build`` and every document is scored with ``../shared/eval/score.py``. None of it is
phrased like the other fixtures, so it measures how the extraction generalises.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = (REPO / ".." / "shared").resolve()
CORPUS = REPO / "tests" / "fixtures" / "publishers"
TARGET_F1, TARGET_PRECISION = 0.9, 0.97


def gold_files() -> list[Path]:
    return sorted((CORPUS / "gold").glob("*.toml"))


def build_corpus(output: Path) -> subprocess.CompletedProcess:
    """``ltgraph build`` over the corpus; a document it cannot read is reported, not fatal."""
    return subprocess.run(
        [sys.executable, "-m", "ltgraph.cli", "build", "--releases", str(CORPUS / "releases"),
         "--output", str(output)], capture_output=True, text=True, check=False, cwd=REPO)


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Score:
    gold: Path
    tp: int
    fp: int
    fn: int
    note: str = ""  # why a document was not scored on its facts (not read)
    report: dict | None = None

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def on_target(self) -> bool:
        return self.f1 >= TARGET_F1 and self.precision >= TARGET_PRECISION


def _gold_size(gold: Path) -> int:
    data = tomllib.loads(gold.read_text(encoding="utf-8"))
    keys = [k for k in data if isinstance(data[k], list)]
    return sum(len(data[k]) for k in keys) + ("published" in data)


def score_document(dataset: Path, gold: Path) -> Score:
    """One document's score; a document the build did not read scores nothing found."""
    try:
        report = _scorer().score(dataset, gold)
    except ValueError as exc:  # no release carries the document's SHA-256: not read
        return Score(gold, 0, 0, _gold_size(gold), note=f"not read ({exc})")
    cats = report["categories"].values()
    return Score(gold, sum(c["tp"] for c in cats), sum(c["fp"] for c in cats),
                 sum(c["fn"] for c in cats), report=report)


def overall(scores: list[Score]) -> Score:
    """Micro-averaged over every fact of every document."""
    return Score(CORPUS, sum(s.tp for s in scores), sum(s.fp for s in scores),
                 sum(s.fn for s in scores))
