"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest
from repo_paths import (  # noqa: F401  (re-exported for tests that import from conftest)
    COMMITTED_GRAPH,
    OWN_FIXTURES,
    REPO,
    SEED_RELEASES,
    SHARED,
    SHARED_FIXTURES,
    ltgraph_command,
)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"the shared inputs are not beside the repository ({SHARED})")
    return SHARED
