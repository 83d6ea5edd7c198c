"""Paths every test may need: the repository, and the shared inputs beside it.

A plain module (not conftest) so that tests import it by a name no other folder shares.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
SEED_RELEASES = SHARED / "releases"
SHARED_FIXTURES = SHARED / "fixtures"
OWN_FIXTURES = REPO / "tests" / "fixtures"
COMMITTED_GRAPH = REPO / "data" / "graph" / "ltgraph.trig"


def ltgraph_command(*args: str) -> list[str]:
    """The real ``ltgraph`` command line, run with this interpreter."""
    return [sys.executable, "-m", "ltgraph.cli", *map(str, args)]
