"""The server process owns its query workers: when it dies, however it dies, they go too."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from harness import REPO, running_server


def children_of(pid: int) -> set[int]:
    """Process ids whose parent is ``pid`` (read from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = (Path("/proc") / str(pid) / "stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_given_a_server_killed_outright_its_query_workers_exit_within_seconds(tmp_path):
    data = REPO / "data" / "graph" / "ltgraph.trig"
    with running_server(data, tmp_path) as server:
        workers = children_of(server.process.pid)
        assert workers, "the server forked no query workers"
        os.kill(server.process.pid, signal.SIGKILL)
        server.process.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(w) for w in workers):
            time.sleep(0.2)
        assert not [w for w in workers if alive(w)]
