"""One settings registry: the command line, docs/server.md and /-/settings all follow it."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from harness import REPO, Server

from ltgraph.settings import SETTINGS, resolve

DOCS = REPO / "docs" / "server.md"


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented_with_its_environment_variable(setting) -> None:
    docs = DOCS.read_text(encoding="utf-8")
    assert f"| `{setting.name}` | `{setting.env}` |" in docs


def test_the_environment_and_the_command_line_override_the_defaults_in_that_order() -> None:
    values = resolve({"port": "9001", "host": None},
                     environ={"LTGRAPH_PORT": "9000", "LTGRAPH_MAX_ROWS": "7",
                              "LTGRAPH_CORS": "off"})
    assert values["port"] == 9001
    assert values["max_rows"] == 7
    assert values["cors"] is False
    assert values["host"] == "127.0.0.1"


def test_a_bad_value_names_the_variable() -> None:
    with pytest.raises(ValueError, match="LTGRAPH_MAX_ROWS"):
        resolve(environ={"LTGRAPH_MAX_ROWS": "many"})
    with pytest.raises(KeyError, match="unknown setting"):
        resolve({"nonsense": "1"})


def test_serve_help_lists_the_options_and_points_at_the_registry() -> None:
    out = subprocess.run([sys.executable, "-m", "ltgraph.cli", "serve", "--help"],
                         capture_output=True, text=True, check=True).stdout
    for option in ("--host", "--port", "--store", "--data", "--set"):
        assert option in out
    flat = " ".join(out.split())
    for setting in SETTINGS:  # every setting is reachable from the command line
        assert setting.name in flat


def test_the_settings_page_lists_every_setting_without_disk_paths(sample_server: Server) -> None:
    with urllib.request.urlopen(sample_server.url + "-/settings", timeout=10) as response:
        page = json.load(response)
    rows = {row["name"]: row for row in page["settings"]}
    assert set(rows) == {s.name for s in SETTINGS}
    assert rows["max_rows"]["value"] == 3  # as this server was started
    assert rows["data"]["value"] == "sample.trig"
    assert not any(str(row["value"]).startswith("/") for row in rows.values())


def test_python_server_py_serves_the_app_with_settings_from_the_environment(
        sample_data: Path, tmp_path: Path) -> None:
    import os
    import time
    import urllib.error

    from harness import free_port

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LTGRAPH_")}
    env.update(LTGRAPH_PORT=str(port), LTGRAPH_DATA=str(sample_data), LTGRAPH_MAX_ROWS="2")
    process = subprocess.Popen([sys.executable, str(REPO / "server.py")], env=env, cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/settings",
                                            timeout=2) as response:
                    rows = {r["name"]: r["value"] for r in json.load(response)["settings"]}
                break
            except (urllib.error.URLError, ConnectionError):
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        assert rows["max_rows"] == 2 and rows["port"] == port
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_an_on_disk_store_is_filled_once_and_served_after_a_restart(
        sample_data: Path, tmp_path: Path) -> None:
    from harness import running_server

    store = tmp_path / "store"
    data = tmp_path / "data.trig"
    data.write_bytes(sample_data.read_bytes())
    query = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"})

    def count(server: Server) -> int:
        request = urllib.request.Request(f"{server.sparql}?{query}",
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return int(json.load(response)["results"]["bindings"][0]["n"]["value"])

    with running_server(data, tmp_path, settings={"store": str(store)}) as server:
        first = count(server)
    assert first > 30 and (store / "CURRENT").is_file()
    data.unlink()  # the restart must not need the dataset any more
    with running_server(data, tmp_path, settings={"store": str(store)}) as server:
        assert count(server) == first


def test_behind_a_trusted_proxy_links_use_the_public_host_and_path(sample_data: Path,
                                                                   tmp_path: Path) -> None:
    from harness import running_server
    from rdflib import Graph, URIRef

    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "w3id.org",
                 "X-Forwarded-Prefix": "/ltgraph", "Accept": "text/turtle"}
    sd = URIRef("http://www.w3.org/ns/sparql-service-description#endpoint")

    def endpoint(server: Server) -> str:
        request = urllib.request.Request(server.sparql, headers=forwarded)
        with urllib.request.urlopen(request, timeout=30) as response:
            graph = Graph().parse(data=response.read(), format="turtle")
        return str(next(iter(graph.objects(None, sd))))

    with running_server(sample_data, tmp_path, settings={"trusted_proxies": "1"}) as server:
        assert endpoint(server) == "https://w3id.org/ltgraph/sparql"
        request = urllib.request.Request(server.url + "id/city/oslo", headers=forwarded)
        with urllib.request.urlopen(request, timeout=30) as response:
            assert b"https://w3id.org/ltgraph/id/city/oslo" in response.read()
    with running_server(sample_data, tmp_path) as server:  # not trusted: headers ignored
        assert endpoint(server) == server.sparql
