"""A build kept alive: ``ltgraph build --watch`` builds, then watches the release folder and
builds again whenever a release file in it is added, changed or removed.

A build in a new process pays a start-up before its first release whatever it reads: Python
with rdflib (0.15 s of CPU on its own), the extractor's modules and pySHACL (0.2 s), the kept
gazetteer, context and shapes (0.1 s). With the kept results of ``ltgraph.build_cache`` that is
most of what adding one release to a built folder costs (0.5 s against some 0.05 s for the
release), and no lazier import can bring a new process near one release: rdflib alone is three.
This process pays it once; each later build reads only what changed, with the modules, compiled
patterns, gazetteer, context and shapes already loaded and the kept results it has read held in
memory (:class:`ResidentCache`).

Each build is the one ``ltgraph build`` makes (:func:`ltgraph.build.built_and_written`): the
same kept results on disk, the same bytes, written atomically, the same lines and status. When
the pipeline's version changes (its code, shapes, ontology, reference data or libraries were
changed on disk), the loaded code may no longer be the code on disk, so the process starts
itself again rather than build with one and key the results by the other.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ltgraph.build import BuildInputs, built_and_written, has_release_folder, progress_printer
from ltgraph.build_cache import ReleaseCache, cache_folder, pipeline_files
from ltgraph.kept_patterns import patterns_kept_in

FolderState = tuple[tuple[str, int, int], ...]


class ResidentCache(ReleaseCache):
    """Kept results read from disk once, then held in memory for the builds that follow
    (reading the pickles of forty kept releases and the pipeline's entries was a fifth of a
    rebuild that adds one). Entries are still written to disk as they are made, so a build in a
    new process finds them."""

    def __init__(self, folder: Path, reference_dir: Path, *, with_text: bool) -> None:
        super().__init__(folder, reference_dir, with_text=with_text)
        self._memory: dict[str, Any] = {}

    def _load(self, file_name: str) -> Any:
        if file_name not in self._memory:
            found = super()._load(file_name)
            if found is None:
                return None
            self._memory[file_name] = found
        return self._memory[file_name]

    def _store(self, file_name: str, value: Any) -> None:
        super()._store(file_name, value)
        self._memory[file_name] = value

    def prune(self) -> None:
        """Forget what the build did not use, on disk and in memory."""
        super().prune()
        self._memory = {name: value for name, value in self._memory.items()
                        if (self.folder / name).is_file()}

    def next_build(self) -> None:
        """Start counting what the next build uses (what the last one used is pruned)."""
        self.used = set()


def folder_state(folder: Path) -> FolderState | None:
    """What says whether the release folder changed: each release file's name, modification
    time and size (hidden files are no releases, ``ltgraph.build.folder_entries``); None when
    there is no such folder."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return None
    state = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            stat = entry.stat()
        except OSError:
            continue
        state.append((entry.name, stat.st_mtime_ns, stat.st_size))
    return tuple(sorted(state))


def ready_to_read(inputs: BuildInputs, cache: ReleaseCache) -> None:
    """Load, while the folder does not change, what reading a new release needs and a build
    with nothing new does not load: the extractor's modules (their patterns from the kept
    compiled forms, ``ltgraph.kept_patterns``), the gazetteer, the context, the shapes and
    pySHACL. Otherwise the first release added after starting pays them (0.3 s of CPU)."""
    with patterns_kept_in(cache):
        import ltgraph.extract  # noqa: F401
        import ltgraph.mapping  # noqa: F401
        import ltgraph.parse  # noqa: F401

        inputs.gazetteer()
        inputs.context()
        inputs.shapes()


def restart_process() -> None:
    """Replace this process by a new one with the same command: the code on disk changed."""
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])


def watch_build(releases_dir: Path, output: Path, reference_dir: Path, *,
                with_text: bool = False, quiet: bool = False, jobs: int | None = None,
                interval: float = 1.0, rounds: int | None = None,
                wait: Callable[[float], None] = time.sleep,
                restart: Callable[[], None] = restart_process) -> int:
    """Build now, then look at the folder every ``interval`` seconds and build again when it
    changed; until interrupted (or after ``rounds`` looks). The status of the last build. A
    change of the pipeline on disk is seen at the next build (:func:`restart_process`)."""
    show = progress_printer(quiet)
    if not has_release_folder(releases_dir):
        return 2
    cache: ResidentCache | None = None
    inputs: BuildInputs | None = None
    seen: FolderState | None | bool = False  # False: not looked at yet
    status, looked, ready = 0, 0, False
    try:
        while True:
            state = folder_state(releases_dir)
            if state != seen and state is None:
                seen, status = state, 2
                print(f"{releases_dir}: no such folder of releases; waiting for it",
                      file=sys.stderr, flush=True)
            elif state != seen:
                seen = state
                pipeline_files.cache_clear()  # a file added to the reference data counts
                fresh = ResidentCache(cache_folder(output), reference_dir, with_text=with_text)
                if cache is not None and fresh.version != cache.version:
                    print("the pipeline changed on disk; starting again", flush=True)
                    restart()
                    cache = inputs = None
                if cache is None:
                    cache, ready = fresh, False
                    inputs = BuildInputs(reference_dir, cache)
                cache.next_build()
                status = built_and_written(releases_dir, output, reference_dir, cache,
                                           with_text=with_text, show=show, jobs=jobs,
                                           inputs=inputs)
                if not ready:
                    ready_to_read(inputs, cache)
                    ready = True
            looked += 1
            if rounds is not None and looked >= rounds:
                return status
            wait(interval)
    except KeyboardInterrupt:
        return status
