"""A real Virtuoso open-source server for the remote-store tests, one per test session.

It is started from ``deploy/virtuoso/virtuoso.ini`` in a temporary database folder on
127.0.0.1 with free ports (``deploy/virtuoso/launch.py``), with a loading user whose password is
made up for this session, and stopped at the end. Without ``virtuoso-t`` the tests skip and say
why; under CI (``CI=true``) a missing Virtuoso is an error, because CI installs it
(``scripts/test.sh``) and the tests must run there.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
LAUNCHER = REPO / "deploy" / "virtuoso" / "launch.py"
TEST_USER = "ltgraph_test"


def load_launcher() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ltgraph_virtuoso_launch", LAUNCHER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The running server (``endpoint``, ``auth_endpoint``, ``graph_store``, ``user``,
    ``password``)."""
    launcher = load_launcher()
    if launcher.virtuoso_binary() is None or launcher.isql_binary() is None:
        reason = ("virtuoso-t (Debian package virtuoso-opensource) is not installed; "
                  "the remote-store tests need a real Virtuoso")
        if os.environ.get("CI"):
            pytest.fail(reason + " - and CI must run them (scripts/test.sh installs it)")
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("virtuoso-db")
    server = launcher.VirtuosoServer(folder, TEST_USER, secrets.token_urlsafe(12)).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture()
def remote_env(virtuoso: object) -> dict[str, str]:
    """The environment a push runs in: this session's loading user."""
    env = dict(os.environ)
    env["LTGRAPH_REMOTE_USER"] = virtuoso.user  # type: ignore[attr-defined]
    env["LTGRAPH_REMOTE_PASSWORD"] = virtuoso.password  # type: ignore[attr-defined]
    env["LTGRAPH_REMOTE_AUTH"] = "digest"
    return env
