"""The package as a user installs it: a wheel in a fresh virtual environment, used from a folder
that is not the source checkout.

Given the wheel built from this tree and installed with its dependencies from the package index,
``ltgraph build`` (from the seed release and the packaged reference data) rebuilds the committed
dataset byte for byte, and ``ltgraph serve`` serves the packaged dataset over HTTP; the defaults
that only a checkout has (the release files, the committed output) are refused with a clear
message instead of pointing into the installation.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from repo_paths import COMMITTED_GRAPH, REPO
from server_process import ltgraph_server
from SPARQLWrapper import JSON, SPARQLWrapper

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh venv (no system site packages) holding the built wheel."""
    root = tmp_path_factory.mktemp("install")
    source = _source_tree(root / "source")
    wheels = root / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                    "--wheel-dir", str(wheels), str(source)], check=True, env=_clean_env())
    (wheel,) = wheels.glob("ltgraph-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                   check=True, env=_clean_env())
    return venv / "bin"


def _source_tree(target: Path) -> Path:
    """What a source distribution holds, copied from the checkout (the links under
    ``src/ltgraph/_data`` stay links), so no earlier build's leftovers reach the wheel."""
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    target.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, target / name)
    for name in ("src", "ontology", "shapes", "data"):
        shutil.copytree(REPO / name, target / name, symlinks=True, ignore=skip)
    return target


def _clean_env() -> dict[str, str]:
    """This environment without anything that would put the source tree on the import path."""
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    return {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("LTGRAPH_")}


def _run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bin_dir / "ltgraph"), *args], cwd=cwd, env=_clean_env(),
                          capture_output=True, text=True, check=False)


def test_the_installed_package_is_imported_from_the_venv_not_the_checkout(
        installed: Path, tmp_path: Path) -> None:
    found = subprocess.run([str(installed / "python"), "-c",
                            "import ltgraph.paths as p; print(p.packaged()); print(p.checkout())"],
                           cwd=tmp_path, env=_clean_env(), capture_output=True, text=True,
                           check=True).stdout.split("\n")
    assert found[0].startswith(str(installed.parent)) and "site-packages" in found[0]
    assert found[1] == "None"


def test_build_from_another_folder_rebuilds_the_committed_dataset(
        installed: Path, tmp_path: Path, shared: Path) -> None:
    done = _run(installed, tmp_path, "build", "--releases", str(shared / "releases"),
                "--output", "g.trig", "--quiet")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "g.trig").read_bytes() == COMMITTED_GRAPH.read_bytes()


def test_build_without_releases_says_an_installed_package_has_no_default(
        installed: Path, tmp_path: Path) -> None:
    done = _run(installed, tmp_path, "build", "--output", "g.trig")
    assert done.returncode == 2
    assert "--releases is required" in done.stderr
    assert "source checkout" in done.stderr
    assert not (tmp_path / "g.trig").exists()


def test_serve_from_another_folder_serves_the_packaged_dataset(
        installed: Path, tmp_path: Path) -> None:
    with ltgraph_server(tmp_path, program=(str(installed / "ltgraph"),),
                        env={"PYTHONPATH": ""}) as server:  # the installed package only
        client = SPARQLWrapper(server.url + "sparql")
        client.setQuery("PREFIX lt: <https://w3id.org/ltgraph/ontology#> "
                        "SELECT (COUNT(*) AS ?n) WHERE { ?summit a lt:Summit }")
        client.setReturnFormat(JSON)
        rows = client.queryAndConvert()["results"]["bindings"]
        assert int(rows[0]["n"]["value"]) > 0
        request = urllib.request.Request(server.url + "id/city/duesseldorf",
                                         headers={"Accept": "text/html"})
        with urllib.request.urlopen(request, timeout=30) as response:
            page = response.read().decode("utf-8")
        assert response.status == 200 and "Düsseldorf" in page
    assert "does not exist" not in server.log.read_text()
