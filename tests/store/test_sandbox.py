"""Query workers without a network: given a freshly forked process that took its network away,
no TCP connection leaves it, not from Python and not from the query engine's native code,
while the local pipes a worker talks to its server through keep working."""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator

import pyoxigraph
import pytest

from ltgraph.store import sandbox


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A loopback TCP listener that counts who connects to it."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(0.5)
        yield server


def connections(listener: socket.socket) -> int:
    count = 0
    with contextlib.suppress(TimeoutError, socket.timeout):
        while True:
            conn, _ = listener.accept()
            conn.close()
            count += 1
    return count


def in_child(isolate, port: int, *, engine: bool = True) -> dict[str, str]:
    """Run ``isolate`` in a forked child, then try the network three ways; the findings.
    (The engine's HTTP client has no timeout: it is only tried where it cannot connect.)"""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report through the pipe, never return into pytest
        findings = {}
        try:
            findings["isolation"] = repr(isolate())
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                findings["python"] = "connected"
            except OSError as error:
                findings["python"] = f"refused: {error.strerror}"
            try:
                if not engine:
                    raise RuntimeError("not tried")
                service = f"SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }}"
                list(pyoxigraph.Store().query(f"SELECT * WHERE {{ {service} }}"))
                findings["engine"] = "answered"
            except Exception as error:  # noqa: BLE001 - any failure is the finding
                findings["engine"] = f"refused: {type(error).__name__}"
            left, right = socket.socketpair()
            left.send(b"x")
            findings["local"] = right.recv(1).decode()
        finally:
            os.write(write_end, repr(findings).encode())
            os._exit(0)
    os.close(write_end)
    os.waitpid(pid, 0)
    with os.fdopen(read_end) as pipe:
        return eval(pipe.read())  # noqa: S307 - our own child's repr of a dict of strings


def test_without_isolation_the_child_reaches_the_listener(listener) -> None:
    """The negative control: the same child without isolation does connect."""
    found = in_child(lambda: None, listener.getsockname()[1], engine=False)
    assert found["python"] == "connected"
    assert connections(listener) >= 1


@pytest.mark.parametrize("isolate", [sandbox._enter_network_namespace,
                                     sandbox._install_socket_filter,
                                     sandbox.isolate_from_network],
                         ids=["network namespace", "seccomp filter", "both"])
def test_an_isolated_child_opens_no_connection_from_python_or_the_engine(listener,
                                                                         isolate) -> None:
    found = in_child(isolate, listener.getsockname()[1])
    if found["isolation"] in ("False", "()"):
        pytest.skip(f"this kernel does not allow {isolate.__name__}")
    assert found["python"].startswith("refused")
    assert found["engine"].startswith("refused")
    assert found["local"] == "x"
    assert connections(listener) == 0


def test_the_socket_filter_is_known_for_the_machines_it_names_and_none_elsewhere() -> None:
    for machine in ("x86_64", "aarch64"):
        program = sandbox.socket_filter_program(machine)
        assert program is not None and len(program) % 8 == 0
    assert sandbox.socket_filter_program("sparc64") is None
