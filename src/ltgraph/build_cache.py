"""What the build made of each release, kept beside the dataset, so a rebuild that adds one
release costs about one release.

A release's result (its graph, facts, warnings and problems) depends only on its file's bytes
and name, on ``--with-text``, and on the pipeline that reads it: the code of parsing,
extraction, mapping and validation, the shapes, the ontology and the reference data. The key of
a kept result is the SHA-256 of all of these together (:func:`pipeline_version` hashes the code
and data, so any change to them invalidates every kept result by itself), and a result is
stored with an atomic rename: an interrupted build leaves whole entries or none. The dataset
written from kept results is byte for byte the one a full build writes (the graphs are kept as
their exact rdflib terms).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Graph

import ltgraph

# the parts of the package that decide what a release becomes (not the server, store or
# network analysis)
PIPELINE_PARTS = ("parse", "extract", "language", "formats", "_data/shapes", "_data/ontology")
PIPELINE_MODULES = ("build.py", "build_cache.py", "mapping.py", "model.py", "terms.py",
                    "slugs.py", "gazetteer.py", "reference.py", "validate.py", "paths.py")
FORMAT = 1  # of the kept entries themselves


@dataclass(frozen=True)
class KeptRelease:
    """A release's result as the build made it."""

    slug: str | None
    sha256: str
    identity: str
    triples: list[tuple[Any, Any, Any]] | None
    facts: Any
    warnings: list[str]
    problems: list[str]

    def graph(self) -> Graph | None:
        if self.triples is None:
            return None
        graph = Graph()
        for triple in self.triples:
            graph.add(triple)
        return graph


@lru_cache(maxsize=8)
def pipeline_version(reference_dir: Path, with_text: bool) -> str:
    """A hash of everything besides the file that decides a release's result."""
    digest = hashlib.sha256(f"format {FORMAT}; with_text {with_text}\n".encode())
    package = Path(ltgraph.__file__).resolve().parent
    files = [package / name for name in PIPELINE_MODULES]
    for part in PIPELINE_PARTS:
        files += sorted((package / part).rglob("*"))
    if reference_dir.is_dir():
        files += sorted(reference_dir.rglob("*"))
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(path.anchor)).encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


class ReleaseCache:
    """Kept release results in ``folder`` (created when first written)."""

    def __init__(self, folder: Path, reference_dir: Path, *, with_text: bool) -> None:
        self.folder = folder
        self.version = pipeline_version(reference_dir.resolve(), with_text)
        self.used: set[str] = set()

    def key(self, path: Path, data: bytes) -> str:
        return hashlib.sha256(f"{self.version}\0{path.name}\0".encode()
                              + hashlib.sha256(data).digest()).hexdigest()

    def get(self, key: str) -> KeptRelease | None:
        try:
            with (self.folder / f"{key}.pickle").open("rb") as kept:
                found = pickle.load(kept)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return found if isinstance(found, KeptRelease) else None

    def put(self, key: str, entry: KeptRelease) -> None:
        """Store an entry atomically; a cache that cannot be written is only slower."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry.", dir=self.folder)
            with os.fdopen(fd, "wb") as out:
                pickle.dump(entry, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.folder / f"{key}.pickle")
        except OSError:
            return

    def prune(self) -> None:
        """Forget the entries this build did not use (removed or changed releases)."""
        if not self.folder.is_dir():
            return
        for entry in self.folder.glob("*.pickle"):
            if entry.stem not in self.used:
                entry.unlink(missing_ok=True)


def cache_folder(output: Path) -> Path:
    """Where a dataset's kept results live: beside it, hidden."""
    return output.parent / f".{output.name}.releases"


def kept_or_built(path: Path, cache: ReleaseCache, seen: dict[str, str],
                  build: Callable[[], Any]) -> Any:
    """The release's outcome from the cache when its result is kept there, else ``build()``'s
    (then kept). ``seen`` is the build's record of bytes and texts already read."""
    from ltgraph.build import ReleaseOutcome, is_duplicate

    try:
        data = path.read_bytes()
    except OSError:
        return build()  # the build says what is wrong with the file
    key = cache.key(path, data)
    cache.used.add(key)
    kept = cache.get(key)
    if kept is None:
        before = set(seen)
        outcome = build()
        added = [k for k in seen if k not in before]  # the release's bytes, then its text
        if added and outcome.note is None:
            cache.put(key, KeptRelease(
                outcome.slug, added[0], added[-1],
                list(outcome.graph) if outcome.graph is not None else None, outcome.facts,
                list(outcome.warnings), list(outcome.problems)))
        return outcome
    outcome = ReleaseOutcome(file=path.name)
    if is_duplicate(outcome, path, kept.sha256, kept.identity, seen):
        return outcome
    outcome.slug, outcome.facts = kept.slug, kept.facts
    outcome.warnings, outcome.problems = list(kept.warnings), list(kept.problems)
    outcome.graph = kept.graph()
    return outcome
