"""Fixtures of the web tests: the sample dataset and one real server for the whole session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import SAMPLE_TRIG, Server, running_server


@pytest.fixture(scope="session")
def sample_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("data") / "sample.trig"
    path.write_text(SAMPLE_TRIG, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def sample_server(sample_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The sample dataset served with an audit log, a 2 s time limit and a 3-row cap (one
    server for the whole session: starting it is the slow part)."""
    with running_server(sample_data, tmp_path_factory.mktemp("server"), audit=True,
                        settings={"query_timeout_s": "2", "max_rows": "3",
                                  "max_query_bytes": "8192", "query_workers": "2",
                                  # the tests share the machine with other programs, against
                                  # which niced workers would miss the 2 s limit
                                  "query_nice": "0"}) as server:
        server.await_start_up_work()
        yield server
