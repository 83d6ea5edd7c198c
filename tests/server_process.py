"""A real ``ltgraph serve`` process on a free loopback port, for every test folder.

One place for starting, waiting for and stopping the server, so each suite that talks HTTP to
it (the endpoint, the UI, the network exports, the remote store) runs it the same way and never
leaves a process behind.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class ServerProcess:
    url: str  # http://127.0.0.1:port/ (with the trailing slash)
    process: subprocess.Popen
    log: Path


@contextlib.contextmanager
def ltgraph_server(workdir: Path, *args: str, env: dict[str, str] | None = None,
                   ready: str = "-/settings", name: str = "server",
                   timeout_s: float = 60.0,
                   program: tuple[str, ...] = (sys.executable, "-m", "ltgraph.cli"),
                   ) -> Iterator[ServerProcess]:
    """``ltgraph serve --host 127.0.0.1 --port <free> ARGS``; stopped with all it forked.

    The environment is the test's own without ``LTGRAPH_*`` settings (so a developer's
    settings never leak in), plus ``env``; ``program`` is the ``ltgraph`` command to run
    (this interpreter's package by default, an installed script for the wheel test).
    """
    port = free_port()
    log = workdir / f"{name}-{port}.log"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LTGRAPH_")}
    environment.update(env or {})
    command = [*program, "serve", "--host", "127.0.0.1",
               "--port", str(port), *args]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=workdir,
                                   env=environment, start_new_session=True)
    server = ServerProcess(f"http://127.0.0.1:{port}/", process, log)
    try:
        _wait_until_up(server, ready, timeout_s)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        with contextlib.suppress(ProcessLookupError):  # its query workers, by the group it leads
            os.killpg(process.pid, signal.SIGKILL)


def _wait_until_up(server: ServerProcess, ready: str, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited: {server.log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(server.url + ready, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answered
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"the server did not come up within {timeout_s} s")
