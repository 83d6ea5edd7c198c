"""A build kept alive (``ltgraph build --watch``, ``ltgraph.watch``): after each change of the
release folder it writes the bytes a build in a new process writes, and when the pipeline
changes on disk it starts again rather than build with the old code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from repo_paths import REPO

from ltgraph import paths
from ltgraph.watch import ResidentCache, folder_state, watch_build

SEED = "20190901-318_07.txt"


def fresh_build(releases: Path, output: Path, reference: Path) -> bytes:
    """The dataset ``ltgraph build`` writes in a new process, with nothing kept."""
    done = subprocess.run([sys.executable, "-m", "ltgraph.cli", "build", "--releases",
                           str(releases), "--output", str(output), "--reference",
                           str(reference), "--quiet"], check=False, capture_output=True,
                          text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return output.read_bytes()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


@pytest.fixture()
def releases(tmp_path: Path, shared: Path) -> tuple[Path, list[Path]]:
    """A folder with the seed release, and two fixture releases to add to it later."""
    folder = tmp_path / "releases"
    folder.mkdir()
    shutil.copy(shared / "releases" / SEED, folder / SEED)
    return folder, sorted((shared / "fixtures" / "releases").glob("*.txt"))[:2]


def steps_between_looks(steps: list[Callable[[], None]], output: Path, folder: Path,
                        written: list[tuple[dict[str, bytes], bytes]]) -> Callable[[float], None]:
    """What the watcher does between two looks at the folder: record the folder and the
    dataset written for it, then make the next change."""
    def wait(_seconds: float) -> None:
        written.append((snapshot(folder), output.read_bytes()))
        if steps:
            steps.pop(0)()
    return wait


def test_after_each_change_of_the_folder_the_kept_alive_build_writes_what_a_new_build_writes(
        releases: tuple[Path, list[Path]], tmp_path: Path) -> None:
    folder, extra = releases
    output = tmp_path / "out" / "ltgraph.trig"
    steps = [
        lambda: shutil.copy(extra[0], folder / extra[0].name),  # a release added
        lambda: None,  # nothing changed: no build
        lambda: shutil.copy(extra[1], folder / extra[1].name),  # another added
        lambda: (folder / extra[0].name).write_bytes(  # one changed
            extra[0].read_bytes().replace(b"\n", b"\n\n", 1)),
        lambda: (folder / SEED).unlink(),  # one removed
    ]
    written: list[tuple[dict[str, bytes], bytes]] = []
    restarted: list[bool] = []
    status = watch_build(folder, output, paths.reference_dir(), quiet=True, interval=0,
                         rounds=7, wait=steps_between_looks(steps, output, folder, written),
                         restart=lambda: restarted.append(True))
    assert status == 0 and not restarted and len(written) == 6
    assert [sorted(files) for files, _ in written][-1] == sorted([extra[0].name, extra[1].name])
    for n, (files, dataset) in enumerate(written):
        again = tmp_path / f"again{n}"
        again.mkdir()
        for name, data in files.items():
            (again / name).write_bytes(data)
        assert dataset == fresh_build(again, tmp_path / f"fresh{n}" / "ltgraph.trig",
                                      paths.reference_dir()), f"after step {n}"


def test_given_the_pipeline_changed_on_disk_the_kept_alive_build_starts_again(
        releases: tuple[Path, list[Path]], tmp_path: Path) -> None:
    folder, extra = releases
    reference = tmp_path / "reference"
    shutil.copytree(paths.reference_dir(), reference)
    output = tmp_path / "out" / "ltgraph.trig"
    first = next(p for p in sorted(reference.rglob("*.ttl")) if p.is_file())

    def change_reference_and_add() -> None:
        first.write_bytes(first.read_bytes() + b"\n# changed\n")
        shutil.copy(extra[0], folder / extra[0].name)

    written: list[tuple[dict[str, bytes], bytes]] = []
    restarted: list[bool] = []
    watch_build(folder, output, reference, quiet=True, interval=0, rounds=2,
                wait=steps_between_looks([change_reference_and_add], output, folder, written),
                restart=lambda: restarted.append(True))
    assert restarted == [True]
    assert output.read_bytes() == fresh_build(folder, tmp_path / "fresh" / "ltgraph.trig",
                                              reference)


def test_the_resident_cache_holds_what_it_read_and_forgets_what_the_build_pruned(
        tmp_path: Path) -> None:
    cache = ResidentCache(tmp_path / "kept", paths.reference_dir(), with_text=False)
    cache.put_pipeline("something", {"a": 1})
    (tmp_path / "kept" / cache.pipeline_file("something")).unlink()
    assert cache.get_pipeline("something") == {"a": 1}  # from memory, not read again
    cache.prune()
    assert cache.get_pipeline("something") is None


def test_the_folder_state_sees_added_changed_and_removed_files_but_not_hidden_ones(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    before = folder_state(tmp_path)
    (tmp_path / ".hidden").write_text("x")
    assert folder_state(tmp_path) == before
    (tmp_path / "a.txt").write_text("one more")
    changed = folder_state(tmp_path)
    assert changed != before
    (tmp_path / "a.txt").unlink()
    assert folder_state(tmp_path) == ()


def test_given_the_release_folder_gone_the_kept_alive_build_says_so_and_waits(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    output = tmp_path / "out" / "ltgraph.trig"
    status = watch_build(folder, output, paths.reference_dir(), quiet=True, interval=0,
                         rounds=2, wait=lambda _seconds: folder.rmdir())
    assert status == 2 and output.is_file()
    assert "no such folder of releases; waiting" in capsys.readouterr().err
