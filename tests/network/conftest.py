"""The small hand-written dataset the network tests share, and the built dataset if present."""

from __future__ import annotations

from pathlib import Path

import pytest

from ltgraph.network import load
from ltgraph.store.base import Store

DATA = Path(__file__).resolve().parent / "data"
TWO_SUMMITS = DATA / "two-summits.trig"
REPO = Path(__file__).resolve().parents[2]
BUILT = REPO / "data" / "graph" / "ltgraph.trig"

ID = "https://w3id.org/ltgraph/id/"


def iri(kind_slug: str) -> str:
    """``city/rabat`` -> the full IRI, to keep expectations short."""
    return ID + kind_slug


@pytest.fixture(scope="session")
def two_summits() -> Store:
    return load(TWO_SUMMITS)


@pytest.fixture(scope="session")
def built() -> Store:
    if not BUILT.is_file():
        pytest.skip(f"the dataset has not been built yet ({BUILT}); run 'ltgraph build'")
    return load(BUILT)
