"""Start a disposable Virtuoso open-source server from this folder's configuration.

The tests (``tests/store/conftest.py``) and the scale benchmark (``bench/bench_scale.py``) use
it; by hand it runs one until Ctrl-C::

    LTGRAPH_REMOTE_USER=ltgraph LTGRAPH_REMOTE_PASSWORD=... \\
        python deploy/virtuoso/launch.py --dir /tmp/ltgraph-virtuoso

It copies ``virtuoso.ini`` into a database folder with two free loopback ports, starts
``virtuoso-t`` in the foreground as a child process, waits until the SPARQL endpoint answers,
runs ``init.sql`` (the loading user, from the given credentials) and gives the fresh database a
random dba password, so nothing else on the machine can log in as dba with the default one.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "virtuoso.ini"
INIT_SQL = HERE / "init.sql"
SERVER = "virtuoso-t"
ISQL = ("isql-vt", "isql-v")


def virtuoso_binary() -> str | None:
    """The path of ``virtuoso-t``, or None when Virtuoso is not installed."""
    return shutil.which(SERVER)


def isql_binary() -> str | None:
    return next((path for path in map(shutil.which, ISQL) if path), None)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def render_config(template: str, sql_port: int, http_port: int) -> str:
    """``virtuoso.ini`` with the SQL and HTTP ports replaced (both stay on 127.0.0.1)."""
    sections = re.split(r"(?m)^(?=\[)", template)
    rendered = []
    for section in sections:
        port = {"[Parameters]": sql_port, "[HTTPServer]": http_port}.get(
            section.split("\n", 1)[0].strip())
        if port is not None:
            section, count = re.subn(r"(?m)^ServerPort\s*=.*$",
                                     f"ServerPort               = 127.0.0.1:{port}", section)
            if count != 1:
                raise ValueError(f"{CONFIG}: expected one ServerPort line in {section[:20]!r}")
        rendered.append(section)
    return "".join(rendered)


def _end_with_parent() -> None:
    """In the child, before exec: ask Linux to end it when the process that started it dies,
    so a killed test run or benchmark never leaves a database server behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: stop() is then the only way


def sql_string(text: str) -> str:
    """``text`` for use inside a single-quoted SQL string."""
    return text.replace("'", "''")


@dataclass
class VirtuosoServer:
    """A running disposable Virtuoso; ``stop()`` ends it (the folder is the caller's)."""

    folder: Path
    user: str
    password: str
    sql_port: int = 0
    http_port: int = 0
    process: subprocess.Popen | None = None
    dba_password: str = field(default="dba", repr=False)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def auth_endpoint(self) -> str:
        """The SPARQL endpoint that takes updates (digest authentication)."""
        return f"http://127.0.0.1:{self.http_port}/sparql-auth"

    @property
    def graph_store(self) -> str:
        """The Graph Store Protocol endpoint (digest authentication)."""
        return f"http://127.0.0.1:{self.http_port}/sparql-graph-crud-auth"

    def start(self, timeout_s: float = 90.0) -> VirtuosoServer:
        binary = virtuoso_binary()
        if binary is None:
            raise RuntimeError(f"{SERVER} is not installed (Debian: virtuoso-opensource)")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.sql_port, self.http_port = free_port(), free_port()
        while self.http_port == self.sql_port:
            self.http_port = free_port()
        config = self.folder / "virtuoso.ini"
        config.write_text(render_config(CONFIG.read_text(), self.sql_port, self.http_port))
        log = open(self.folder / "virtuoso.stdout", "ab")  # noqa: SIM115 - the child keeps it
        self.process = subprocess.Popen([binary, "+configfile", str(config), "+foreground"],
                                        cwd=self.folder, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL,
                                        preexec_fn=_end_with_parent)  # noqa: PLW1509
        log.close()
        try:
            self._wait_until_answering(timeout_s)
            self._initialise()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_answering(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        probe = self.endpoint + "?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}; see "
                                   f"{self.folder / 'virtuoso.log'}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.3)
        raise RuntimeError(f"Virtuoso did not answer at {self.endpoint} within {timeout_s:g} s")

    def sql(self, statements: str, password: str | None = None) -> str:
        """Run SQL statements as dba through isql; their output (errors raise)."""
        isql = isql_binary()
        if isql is None:
            raise RuntimeError("isql-vt (Virtuoso's SQL client) is not installed")
        done = subprocess.run([isql, f"127.0.0.1:{self.sql_port}", "dba",
                               password or self.dba_password], input=statements, text=True,
                              check=False, capture_output=True, timeout=60)
        if done.returncode != 0 or "*** Error" in done.stdout or "Error" in done.stderr:
            output = (done.stdout + done.stderr).replace(self.password, "***")
            raise RuntimeError(f"isql failed: {output[-600:]}")
        return done.stdout

    def _initialise(self) -> None:
        script = INIT_SQL.read_text().replace("{user}", sql_string(self.user))
        script = script.replace("{password}", sql_string(self.password))
        new_dba = secrets.token_hex(16)
        self.sql(script + f"\nUSER_SET_PASSWORD ('dba', '{new_dba}');\n")
        self.dba_password = new_dba

    def stop(self, timeout_s: float = 30.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, required=True, help="database folder (created)")
    args = parser.parse_args()
    user = os.environ.get("LTGRAPH_REMOTE_USER", "")
    password = os.environ.get("LTGRAPH_REMOTE_PASSWORD", "")
    if not user or not password:
        print("set LTGRAPH_REMOTE_USER and LTGRAPH_REMOTE_PASSWORD first", file=sys.stderr)
        return 2
    server = VirtuosoServer(args.dir, user, password).start()
    print(f"SPARQL endpoint   {server.endpoint}")
    print(f"update endpoint   {server.auth_endpoint}")
    print(f"graph store       {server.graph_store}")
    try:
        server.process.wait()  # type: ignore[union-attr]
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
