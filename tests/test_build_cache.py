"""Incremental builds (``ltgraph.build_cache``): what the build made of each release is kept
beside the dataset, keyed by the file and the pipeline; a rebuild from kept results writes the
same bytes as a full build, and a changed pipeline (here: changed reference data) reads every
release again."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from repo_paths import REPO

from ltgraph import paths
from ltgraph.build_cache import ReleaseCache, cache_folder, pipeline_files

REFERENCE_DIR = paths.reference_dir()

SEED = "20190901-318_07.txt"


def run_build(releases: Path, output: Path, reference: Path = REFERENCE_DIR,
              ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ltgraph.cli", "build", "--releases",
                           str(releases), "--output", str(output), "--reference",
                           str(reference)], check=False, capture_output=True, text=True, cwd=REPO)


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    """The seed release and one fixture release, in a folder of their own."""
    folder = tmp_path_factory.mktemp("releases")
    shutil.copy(shared / "releases" / SEED, folder / SEED)
    fixture = sorted((shared / "fixtures" / "releases").iterdir())[0]
    shutil.copy(fixture, folder / fixture.name)
    return folder


def test_given_one_release_added_to_a_built_folder_the_rebuild_is_byte_identical_to_a_full_build(
        two_releases: Path, tmp_path: Path) -> None:
    full = tmp_path / "full" / "ltgraph.trig"
    assert run_build(two_releases, full).returncode == 0
    assert not cache_folder(full).exists() or any(cache_folder(full).iterdir())

    growing = tmp_path / "growing"
    growing.mkdir()
    shutil.copy(two_releases / SEED, growing / SEED)
    output = tmp_path / "incremental" / "ltgraph.trig"
    assert run_build(growing, output).returncode == 0
    kept_after_one = sorted(p.name for p in cache_folder(output).glob("*.pickle"))
    assert len(kept_after_one) == 1
    for file in two_releases.iterdir():
        shutil.copy(file, growing / file.name)
    assert run_build(growing, output).returncode == 0
    kept_after_two = sorted(p.name for p in cache_folder(output).glob("*.pickle"))
    assert len(kept_after_two) == 2 and set(kept_after_one) < set(kept_after_two)
    assert output.read_bytes() == full.read_bytes()


def test_given_nothing_changed_a_rebuild_from_kept_results_writes_the_same_bytes(
        two_releases: Path, tmp_path: Path) -> None:
    output = tmp_path / "ltgraph.trig"
    assert run_build(two_releases, output).returncode == 0
    first = output.read_bytes()
    output.unlink()
    assert run_build(two_releases, output).returncode == 0
    assert output.read_bytes() == first


def test_given_a_changed_pipeline_no_kept_result_is_used(tmp_path: Path) -> None:
    """The reference data is part of what a release's result depends on: another reference
    folder is another pipeline version, so a result kept under one is unknown to the other."""
    other_reference = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, other_reference)
    release = tmp_path / SEED
    release.write_bytes(b"any bytes")
    kept_with = ReleaseCache(tmp_path / "cache", REFERENCE_DIR, with_text=False)
    same = ReleaseCache(tmp_path / "cache", REFERENCE_DIR, with_text=False)
    assert kept_with.key(release, b"any bytes") == same.key(release, b"any bytes")
    with_text = ReleaseCache(tmp_path / "cache", REFERENCE_DIR, with_text=True)
    assert with_text.key(release, b"any bytes") != kept_with.key(release, b"any bytes")
    first = next(p for p in sorted(other_reference.rglob("*")) if p.is_file())
    first.write_bytes(first.read_bytes() + b"\n# changed\n")
    changed = ReleaseCache(tmp_path / "cache", other_reference, with_text=False)
    unchanged = ReleaseCache(tmp_path / "cache2", tmp_path / "missing", with_text=False)
    assert changed.version != kept_with.version
    assert changed.key(release, b"any bytes") != kept_with.key(release, b"any bytes")
    assert unchanged.version != kept_with.version


# Modules a build imports that decide nothing of a release's result.
NOT_DECIDING = ("__init__.py", "dataset_file.py")  # the version string; writing the file


def test_given_a_build_every_module_it_reads_a_release_with_is_part_of_the_pipeline_version(
        tmp_path: Path, shared: Path) -> None:
    """A kept result holds only while the code that made it is the same: every ltgraph module a
    build of a release imports is among the files the pipeline version hashes, so moving code
    into a new module cannot leave it out of the key unnoticed."""
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(shared / "releases" / SEED, folder / SEED)
    code = ("import sys; from pathlib import Path; from ltgraph import paths; "
            "from ltgraph.build import build_dataset; "
            "build_dataset(Path(sys.argv[1]), paths.reference_dir()); "
            "print(*sorted(m.__file__ for n, m in list(sys.modules.items()) "
            "if n.split('.')[0] == 'ltgraph' and getattr(m, '__file__', None)), sep='\\n')")
    done = subprocess.run([sys.executable, "-c", code, str(folder)], check=False,
                          capture_output=True, text=True, cwd=REPO, timeout=600)
    assert done.returncode == 0, done.stderr
    imported = {Path(line).resolve() for line in done.stdout.splitlines() if line}
    hashed = {path.resolve() for path in pipeline_files(REFERENCE_DIR)}
    package = Path(paths.__file__).resolve().parent
    missing = sorted(str(path.relative_to(package)) for path in imported - hashed
                     if str(path.relative_to(package)) not in NOT_DECIDING)
    assert len(imported) > 40 and not missing, missing


def test_given_a_changed_release_its_old_result_is_forgotten(two_releases: Path,
                                                              tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    shutil.copytree(two_releases, folder)
    output = tmp_path / "ltgraph.trig"
    assert run_build(folder, output).returncode == 0
    before = {p.name for p in cache_folder(output).glob("*.pickle")}
    seed = folder / SEED
    seed.write_bytes(seed.read_bytes() + b"\n")
    run_build(folder, output)
    after = {p.name for p in cache_folder(output).glob("*.pickle")}
    assert len(after) == len(before) and after != before


def test_given_a_release_added_the_kept_gazetteer_graphs_and_shapes_are_read_not_made_again(
        two_releases: Path, tmp_path: Path) -> None:
    """What no release decides (the gazetteer, the ontology's and reference data's blocks, the
    two joined as a release's context, the shapes) is kept under the pipeline's version: a
    rebuild reads it and leaves the entry as it was. (The compiled patterns are kept there too,
    and written again when a new release needed patterns of its own.)"""
    folder = tmp_path / "releases"
    folder.mkdir()
    shutil.copy(two_releases / SEED, folder / SEED)
    output = tmp_path / "ltgraph.trig"
    assert run_build(folder, output).returncode == 0

    def kept_inputs() -> dict[str, int]:
        return {p.name: p.stat().st_mtime_ns for p in cache_folder(output).glob("*.pipeline")
                if ".patterns." not in p.name}

    kept = kept_inputs()
    assert {name.split(".")[1] for name in kept} == {"gazetteer", "fixed-graphs", "graphs",
                                                     "context", "shapes"}
    assert list(cache_folder(output).glob("*.patterns.pipeline"))
    for file in two_releases.iterdir():
        shutil.copy(file, folder / file.name)
    assert run_build(folder, output).returncode == 0
    assert kept_inputs() == kept


def test_given_unreadable_kept_entries_the_build_makes_them_again_and_writes_the_same_bytes(
        two_releases: Path, tmp_path: Path) -> None:
    output = tmp_path / "ltgraph.trig"
    assert run_build(two_releases, output).returncode == 0
    first = output.read_bytes()
    for entry in cache_folder(output).iterdir():
        entry.write_bytes(b"not a kept result")
    output.unlink()
    assert run_build(two_releases, output).returncode == 0
    assert output.read_bytes() == first
    assert all(entry.read_bytes() != b"not a kept result"
               for entry in cache_folder(output).iterdir())


REBUILD = """
import hashlib, sys
from pathlib import Path
from ltgraph import paths
from ltgraph.build import build_dataset
from ltgraph.build_cache import ReleaseCache
from ltgraph.formats.trig import dumps_blocks

cache = ReleaseCache(Path(sys.argv[2]), paths.reference_dir(), with_text=False)
cache.version = sys.argv[3]  # as if the code of extraction had changed
result = build_dataset(Path(sys.argv[1]), paths.reference_dir(), cache=cache)
cache.prune()
print("pyshacl" in sys.modules, hashlib.sha256(dumps_blocks(result.blocks).encode()).hexdigest())
"""


def test_given_a_changed_extractor_that_changes_no_graph_the_rebuild_validates_none_again(
        two_releases: Path, tmp_path: Path) -> None:
    """A graph's validation report is kept by the graph's text and by what validating depends
    on (shapes, ontology, reference data, the validating code), not by the extractor's code:
    after a change of extraction that leaves every graph as it was, no graph is validated
    again, so pySHACL is not even loaded, and the dataset is the same."""
    def rebuild(version: str) -> list[str]:
        done = subprocess.run([sys.executable, "-c", REBUILD, str(two_releases),
                               str(tmp_path / "kept"), version], check=True,
                              capture_output=True, text=True, cwd=REPO, timeout=600)
        return done.stdout.split()

    loaded, first = rebuild("before")
    reports = sorted(p.name for p in (tmp_path / "kept").glob("*.report"))
    assert loaded == "True" and len(reports) >= 3  # the reference and each release
    assert rebuild("after") == ["False", first]
    assert sorted(p.name for p in (tmp_path / "kept").glob("*.report")) == reports
