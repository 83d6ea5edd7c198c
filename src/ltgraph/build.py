"""Build the dataset: every release through parse → extract → map → validate, plus the
curated reference data and the ontology, written atomically as canonical TriG.

One broken release never stops the others: each problem becomes one line naming the file and
the build goes on. A release that cannot be read is left out whole; a resource that breaks a
SHACL shape is left out of its release graph (the rest of that release is kept,
``ltgraph.repair``); the exit status says whether all went well. The output file is replaced
in one step (``ltgraph.dataset_file``), so a reader sees the old dataset or the new one, never
half of one.

Each graph is serialised once, as a TriG block, when it is built; the dataset is those blocks
joined in the order of their names. With the kept results of ``ltgraph.build_cache`` a rebuild
reads, extracts, maps, validates and serialises only new or changed releases, and loads the
ontology, reference data, shapes and gazetteer only when one of them needs building.
"""

from __future__ import annotations

import gc
import hashlib
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from rdflib import Graph, URIRef

from ltgraph.build_cache import ReleaseCache, cache_folder, kept_or_built
from ltgraph.dataset_file import clean_stale_temporaries, write_atomically
from ltgraph.formats.trig import dumps_blocks, graph_block, named_block
from ltgraph.kept_patterns import patterns_in_use, patterns_kept_in
from ltgraph.model import ReleaseFacts
from ltgraph.repair import (
    conforming_part,
    invalid_iris,
    quiet_iri_warnings,
    where_in,
    without_resource,
)
from ltgraph.terms import ONTOLOGY_GRAPH, REFERENCE_GRAPH, release_graph, resource


@dataclass
class ReleaseOutcome:
    """What became of one release file: its graph (as the TriG block the dataset is written
    from), or the problems that kept it out."""

    file: str
    slug: str | None = None
    block: str | None = None
    triple_count: int = 0
    facts: ReleaseFacts | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    note: str | None = None  # e.g. "same bytes as X: ingested once"


@dataclass
class BuildResult:
    blocks: dict[str, str]  # every graph of the dataset as its TriG block, by graph name
    outcomes: list[ReleaseOutcome]
    problems: list[str]
    warnings: list[str] = field(default_factory=list)  # about the folder, not one release
    triple_count: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def release_files(folder: Path) -> list[Path]:
    """The release files of a folder, in a stable order (by name): any file is a release,
    whatever its extension (the parse stage recognises the format by content); hidden files
    (a leading dot: editor backups, temporary files) are not. See ``folder_entries`` for what
    is left out and why."""
    return folder_entries(folder)[0]


def folder_entries(folder: Path) -> tuple[list[Path], list[str], list[str]]:
    """The release files of a folder, the warnings about what was skipped (a sub-folder, even
    one named ``x.txt``) and the problems (a link that leads out of the folder, which is
    refused: a release folder must not make the build read ``/etc/passwd``)."""
    files, warnings, problems = [], [], []
    root = folder.resolve()
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root):
                problems.append(f"{path.name}: a symbolic link out of the release folder "
                                f"(to {target}); refused")
                continue
        if path.is_dir():
            warnings.append(f"{path.name}: a folder, not a release file; skipped (releases in "
                            "sub-folders are not read)")
        elif path.is_file():
            files.append(path)
        else:
            warnings.append(f"{path.name}: not a regular file; skipped")
    return files, warnings, problems


def text_identity(text: str) -> str:
    """The SHA-256 of a release's text without what a re-save changes: a byte-order mark,
    CR-LF or CR line ends, blanks at the end."""
    plain = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").rstrip()
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()


def load_ontology_graph() -> Graph:
    from ltgraph.validate import load_ontology

    return load_ontology()


def load_reference_graph(folder: Path) -> Graph:
    from ltgraph.reference import load_reference

    return load_reference(folder)


def load_source_graphs(folder: Path) -> dict[URIRef, Graph]:
    """The reference statements grouped by the page they cite, one graph per page."""
    from ltgraph.reference import source_graphs

    return source_graphs(folder)


class BuildInputs:
    """What releases are built against: the ontology, the reference data, the shapes and the
    gazetteer. Each is read on first use, so a rebuild from kept results reads none of them;
    the gazetteer (a second to read) is kept with the release results."""

    def __init__(self, reference_dir: Path, cache: ReleaseCache | None = None) -> None:
        self.reference_dir = reference_dir
        self.cache = cache
        self._graphs: dict[str, Graph] = {}
        self._loaded: dict[str, object] = {}

    def graphs(self) -> dict[str, Graph]:
        """The ontology and reference graphs, by graph name: kept too, since reading them
        back costs a tenth of parsing their Turtle."""
        if not self._graphs:
            kept = self.cache.get_pipeline("graphs") if self.cache is not None else None
            if isinstance(kept, dict) and all(isinstance(g, Graph) for g in kept.values()):
                self._graphs = kept
            else:
                self._graphs = {str(ONTOLOGY_GRAPH): load_ontology_graph(),
                                str(REFERENCE_GRAPH): load_reference_graph(self.reference_dir)}
                if self.cache is not None:
                    self.cache.put_pipeline("graphs", self._graphs)
        return self._graphs

    def ontology(self) -> Graph:
        return self.graphs()[str(ONTOLOGY_GRAPH)]

    def reference(self) -> Graph:
        return self.graphs()[str(REFERENCE_GRAPH)]

    def context(self) -> Graph:
        """Reference and ontology in one graph: what a release is validated with. Kept as one
        graph too: a rebuild that adds a release then reads neither of the two and does not
        join them again (joining took twice as long as reading the joined graph)."""
        from ltgraph.validate import joined_context

        if "context" not in self._loaded:
            kept = self.cache.get_pipeline("context") if self.cache is not None else None
            if not isinstance(kept, Graph):
                kept = joined_context(self.reference(), self.ontology())
                if self.cache is not None:
                    self.cache.put_pipeline("context", kept)
            self._loaded["context"] = kept
        return self._loaded["context"]

    def shapes(self):  # noqa: ANN201 - validate.PreparedShapes, imported late
        """Read and prepared once: parsing the shapes cost more than validating a release.
        Their graph is kept too, since reading it back costs a tenth of parsing its Turtle."""
        from ltgraph.validate import load_shapes, prepare_shapes

        if "shapes" not in self._loaded:
            kept = self.cache.get_pipeline("shapes") if self.cache is not None else None
            if not isinstance(kept, Graph):
                kept = load_shapes()
                if self.cache is not None:
                    self.cache.put_pipeline("shapes", kept)
            self._loaded["shapes"] = prepare_shapes(kept)
        return self._loaded["shapes"]

    def gazetteer(self):  # noqa: ANN201 - a Gazetteer, imported late
        from ltgraph.gazetteer import Gazetteer, load_gazetteer
        from ltgraph.kept_gazetteer import gazetteer_to_keep

        if "gazetteer" not in self._loaded:
            kept = self.cache.get_pipeline("gazetteer") if self.cache is not None else None
            if not isinstance(kept, Gazetteer):
                kept = load_gazetteer(self.reference(), self.ontology())
                if self.cache is not None:  # its cities as rows: read in half the time
                    self.cache.put_pipeline("gazetteer", gazetteer_to_keep(kept))
            self._loaded["gazetteer"] = kept
            # It lives as long as the build (hundreds of thousands of objects): kept out of the
            # collector's reach, which otherwise walks it again and again (half its time).
            gc.freeze()
        return self._loaded["gazetteer"]

    def validate(self, graph: Graph, context: Graph):  # noqa: ANN201 - a validate.Report
        """The graph's validation report, kept by its canonical text: a rebuild after a change
        of extraction validates only the graphs it changed (validating was over half of
        building a release), and one with every report kept never loads the shapes or pySHACL.
        """
        from ltgraph.validate import Report, validate_graph

        name = ("releases" if context is self._loaded.get("context")
                else "reference" if context is self._graphs.get(str(ONTOLOGY_GRAPH)) else None)
        try:
            text = canonical_text(graph) if self.cache is not None and name else None
        except ValueError:  # a term no dataset can hold: validated, not kept
            text = None
        if text is None:
            return validate_graph(graph, context, shapes=self.shapes())
        kept = self.cache.get_report(name, text)
        if isinstance(kept, Report):
            return kept
        report = validate_graph(graph, context, shapes=self.shapes())
        self.cache.put_report(name, text, report)
        return report


@dataclass(frozen=True)
class FixedGraphs:
    """The graphs no release decides (ontology, reference data, the reference statements of
    each cited page) as blocks, with what the reference's validation found."""

    blocks: dict[str, str]
    triple_count: int
    problems: list  # validate.Problem, of the reference graph


def fixed_graphs(inputs: BuildInputs) -> FixedGraphs:
    """The ontology, reference and source graphs serialised and the reference validated: kept
    under the pipeline's version (which hashes what they are read from), so done once per
    version."""
    cache = inputs.cache
    kept = cache.get_pipeline("fixed graphs") if cache is not None else None
    if isinstance(kept, FixedGraphs):
        return kept
    graphs = dict(inputs.graphs())
    report = inputs.validate(inputs.reference(), inputs.ontology())
    for name, graph in load_source_graphs(inputs.reference_dir).items():
        graphs[str(name)] = graph
    fixed = FixedGraphs(blocks={name: graph_block(name, graph) for name, graph in graphs.items()},
                        triple_count=sum(len(graph) for graph in graphs.values()),
                        problems=list(report.problems))
    if cache is not None:
        cache.put_pipeline("fixed graphs", fixed)
    return fixed


def build_dataset(releases_dir: Path | None, reference_dir: Path, *, with_text: bool = False,
                  progress: Callable[[str], None] = lambda line: None,
                  cache: ReleaseCache | None = None, jobs: int = 1,
                  inputs: BuildInputs | None = None) -> BuildResult:
    """Every good release's graph plus reference and ontology graphs; problems as lines.
    With a ``cache``, a release whose result is kept there is not read again, and regular
    expressions compile from the code kept there (``ltgraph.kept_patterns``). With ``jobs``
    above 1, releases to read are read by that many worker processes (:func:`built_apart`);
    the result is the same. ``inputs`` are those of an earlier build with the same pipeline
    version (a kept-alive build, ``ltgraph.watch``), already loaded; by default, new ones."""
    with patterns_kept_in(cache), fewer_collections():
        return releases_built(releases_dir, reference_dir, with_text=with_text,
                              progress=progress, cache=cache, jobs=jobs, inputs=inputs)


@contextmanager
def fewer_collections(young: int = 10_000) -> Iterator[None]:
    """While the block runs, the garbage collector looks at new objects once ``young`` of
    them were made, not 700: validating and mapping a release make tens of thousands, and
    the collector's passes over them were 8% of a build (1.3 s of 15 for 100 releases; half
    that with this)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(young, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def releases_built(releases_dir: Path | None, reference_dir: Path, *, with_text: bool,
                   progress: Callable[[str], None], cache: ReleaseCache | None,
                   jobs: int = 1, inputs: BuildInputs | None = None) -> BuildResult:
    """What :func:`build_dataset` returns."""
    inputs = inputs or BuildInputs(reference_dir, cache)
    fixed = fixed_graphs(inputs)
    problems = [f"{reference_dir}: {p.focus} · {p.path} · {p.message}" for p in fixed.problems]
    blocks = dict(fixed.blocks)
    triple_count = fixed.triple_count

    files, skipped, refused = (folder_entries(releases_dir) if releases_dir is not None
                               else ([], [], []))
    problems.extend(refused)
    outcomes: list[ReleaseOutcome] = []
    seen: dict[str, str] = {}

    def read_alone(path: Path, seen: dict[str, str]) -> ReleaseOutcome:
        from ltgraph.extract import extract_facts

        return build_release(path, inputs.gazetteer(), inputs.context(), seen,
                             with_text=with_text, extract=extract_facts,
                             validate=inputs.validate)

    with built_apart(to_read(files, cache) if jobs > 1 else [], read_alone, cache,
                     jobs) as apart:
        for n, path in enumerate(files, start=1):
            def built(path: Path = path) -> ReleaseOutcome:
                done = apart.pop(path, lambda: None)()  # waits for its worker
                return read_alone(path, seen) if done is None else in_order(done, path, seen)

            outcome = built() if cache is None else kept_or_built(path, cache, seen, built)
            outcomes.append(outcome)
            if outcome.block is not None and outcome.slug is not None:
                name = str(release_graph(outcome.slug))
                if name in blocks:
                    outcome.problems.append(
                        f"{path.name}: release {outcome.slug} is already built from another "
                        "file; kept the first (rename or remove one of them)")
                    outcome.block = None
                else:
                    blocks[name] = outcome.block
                    triple_count += outcome.triple_count
            problems.extend(outcome.problems)
            progress(summary_line(n, len(files), outcome))
    return BuildResult(blocks=blocks, outcomes=outcomes, problems=problems, warnings=skipped,
                       triple_count=triple_count)


def to_read(files: list[Path], cache: ReleaseCache | None) -> list[Path]:
    """The files whose result is not kept (all of them without a cache)."""
    if cache is None:
        return list(files)
    pending = []
    for path in files:
        try:
            key = cache.key(path, path.read_bytes())
        except OSError:
            continue  # the build says what is wrong with the file, in order
        if not cache.has(key):
            pending.append(path)
    return pending


@dataclass
class BuiltApart:
    """A release built on its own, as if first in the build: its outcome, the hashes of its
    bytes and text (none when it could not be read), the validation reports it used and the
    compiled forms of the patterns it asked for first (``ltgraph.kept_patterns``)."""

    outcome: ReleaseOutcome
    hashes: list[str]
    reports: set[str]
    forms: dict = field(default_factory=dict)


@contextmanager
def built_apart(paths: list[Path], read: Callable[[Path, dict[str, str]], ReleaseOutcome],
                cache: ReleaseCache | None,
                jobs: int) -> Iterator[dict[Path, Callable[[], BuiltApart | None]]]:
    """The releases of ``paths`` built each on its own, the first in this process and the
    rest by ``jobs`` worker processes forked from it, while the block runs: for each, a
    function that waits for it (None if it could not be had), so the build takes each in its
    place (:func:`in_order`) and says so as soon as it is there. Nothing when fewer than three
    are to be read.

    Reading a release does not depend on any other (only whether its bytes or text came
    earlier, which :func:`in_order` decides), so the work divides across the cores; forked
    after the first release, the workers start with everything it loaded (extractor, its
    compiled patterns and matchers, gazetteer, context, shapes, pySHACL) and read nothing
    twice. A release a worker could not give back (a worker that died) is left out here and
    built by this process in its turn, as is every release of a platform without fork.
    """
    import multiprocessing

    if len(paths) < 3 or "fork" not in multiprocessing.get_all_start_methods():
        yield {}
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    first = built_alone(paths[0], read, cache)

    def taken(future: Future) -> BuiltApart | None:
        try:
            apart = future.result()
        except Exception:  # noqa: BLE001 - built again here, where any error shows
            return None
        if cache is not None:
            cache.used.update(apart.reports)
        patterns = patterns_in_use()
        if patterns is not None:  # what the worker compiled is kept for the next build too
            patterns.take(apart.forms)
        return apart

    pool = ProcessPoolExecutor(max_workers=min(jobs, len(paths) - 1),
                               mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_reads_with, initargs=(read, cache))
    try:
        futures = {path: pool.submit(_read_in_worker, path) for path in paths[1:]}
        yield {paths[0]: lambda: first,
               **{path: partial(taken, future) for path, future in futures.items()}}
    finally:
        pool.shutdown(cancel_futures=True)


def built_alone(path: Path, read: Callable[[Path, dict[str, str]], ReleaseOutcome],
                cache: ReleaseCache | None) -> BuiltApart:
    """One release read as if it were the build's first."""
    seen: dict[str, str] = {}
    before = set(cache.used) if cache is not None else set()
    patterns = patterns_in_use()
    asked = set(patterns.asked) if patterns is not None else set()
    outcome = read(path, seen)
    reports = (cache.used - before) if cache is not None else set()
    forms = patterns.asked_since(asked) if patterns is not None else {}
    return BuiltApart(outcome, list(seen), reports, forms)


_WORKER: dict = {}  # in a worker process only: how it reads a release (set when forked)


def _worker_reads_with(read: Callable, cache: ReleaseCache | None) -> None:
    _WORKER.update(read=read, cache=cache)


def _read_in_worker(path: Path) -> BuiltApart:
    return built_alone(path, _WORKER["read"], _WORKER["cache"])


def in_order(apart: BuiltApart, path: Path, seen: dict[str, str]) -> ReleaseOutcome:
    """A release built apart, taken into the build at its place: the same outcome as if built
    there, a second copy of bytes or text read before included (``seen`` says)."""
    if apart.hashes:
        duplicate = ReleaseOutcome(file=path.name)
        if is_duplicate(duplicate, path, apart.hashes[0], apart.hashes[-1], seen):
            return duplicate
    return apart.outcome


def build_release(path: Path, gazetteer, context: Graph, seen: dict[str, str], *,
                  with_text: bool, extract, validate) -> ReleaseOutcome:
    """One release, start to end; any failure becomes a problem line naming the file.

    ``seen`` maps the hash of every release's bytes, and of its text without BOM, line-end and
    trailing-blank differences, to the file first read with it: a second copy is one release.
    """
    from ltgraph.mapping import map_release
    from ltgraph.parse import ReleaseError, parse_release

    outcome = ReleaseOutcome(file=path.name)
    try:
        release = parse_release(path)
    except ReleaseError as err:
        outcome.problems.append(str(err))
        return outcome
    except OSError as err:
        outcome.problems.append(f"{path.name}: cannot be read: {err.strerror or err}")
        return outcome
    identity = text_identity(release.text)
    if is_duplicate(outcome, path, release.sha256, identity, seen):
        return outcome
    outcome.slug = release.slug
    try:
        facts = extract(release, gazetteer)
        with quiet_iri_warnings():  # a bad IRI gets its own line below, naming the file
            graph = map_release(facts, with_text=with_text)
    except Exception as err:  # noqa: BLE001 - a bug must not stop the other releases
        outcome.problems.append(f"{path.name}: could not be mapped: "
                                f"{type(err).__name__}: {err}")
        return outcome
    outcome.facts = facts
    outcome.warnings = [f"{path.name}: {w}" for w in (*release.warnings, *facts.warnings)]
    rel = resource("release", release.slug)
    for iri in invalid_iris(graph):
        outcome.problems.append(f"{path.name}: {where_in(release.text, str(iri))}: left out "
                                f"the statements about <{iri}>: not a valid IRI")
        without_resource(graph, iri, rel)
    graph, dropped, noted = conforming_part(graph, context, validate, rel)
    outcome.problems.extend(f"{path.name}: left out {p.focus} · {p.path} · {p.message}"
                            for p in dropped)
    outcome.warnings.extend(f"{path.name}: {p.focus} · {p.path} · {p.message}" for p in noted)
    if graph is not None:
        outcome.block = named_block(str(release_graph(release.slug)), canonical_text(graph))
        outcome.triple_count = len(graph)
    return outcome


def canonical_text(graph: Graph) -> str:
    """The graph as a TriG block without a name (``graph_block(None, graph)``); for a release
    graph, made once for each state it is in: the build makes it to find the graph's kept
    validation report and then writes the graph as it was validated (making it twice was the
    largest cost of a release besides extraction and validation)."""
    from ltgraph.release_graph import ReleaseGraph

    if isinstance(graph, ReleaseGraph):
        return graph.derived("trig", partial(graph_block, None))
    return graph_block(None, graph)


def is_duplicate(outcome: ReleaseOutcome, path: Path, sha256: str, identity: str,
                 seen: dict[str, str]) -> bool:
    """Whether another file of this build had the same bytes or text (then ``outcome`` says
    so); otherwise this file is recorded as the first with them."""
    if sha256 in seen:
        outcome.note = f"same bytes as {seen[sha256]}: ingested once"
        return True
    if identity in seen:
        outcome.note = f"same text as {seen[identity]}: ingested once"
        outcome.warnings = [f"{path.name}: the same text as {seen[identity]}, differing only by "
                            "a byte-order mark, line ends or trailing blanks; read once"]
        return True
    seen[sha256] = seen[identity] = path.name
    return False


def summary_line(n: int, total: int, outcome: ReleaseOutcome) -> str:
    """One line a person reads while a long build runs."""
    prefix = f"[{n}/{total}] {outcome.file}"
    if outcome.note:
        return f"{prefix}: {outcome.note}"
    if outcome.block is None:
        return f"{prefix}: FAILED ({len(outcome.problems)} problem(s))"
    f = outcome.facts
    assert f is not None
    counts = (f"{len(f.persons)} people, {len(f.cities)} cities, {len(f.mandates)} mandates, "
              f"{len(f.summits)} summits, {len(f.declarations)} declarations, "
              f"{len(f.partnerships)} partners, {len(f.quotes)} quotes, {len(f.photos)} photos")
    warn = f", {len(outcome.warnings)} warning(s)" if outcome.warnings else ""
    left_out = (f", {len(outcome.problems)} fact(s) left out for breaking a shape"
                if outcome.problems else "")
    return f"{prefix} -> {outcome.slug}: {counts}{warn}{left_out}"


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def progress_printer(quiet: bool) -> Callable[[str], None]:
    """What a build prints its lines with: nothing when ``quiet``."""
    def show(line: str) -> None:
        if not quiet:
            print(line, flush=True)
    return show


def has_release_folder(releases_dir: Path) -> bool:
    """Whether the folder of releases is there; if not, says so on stderr (status 2 follows)."""
    if releases_dir.is_dir():
        return True
    print(f"{releases_dir}: no such folder of releases", file=sys.stderr)
    return False


def run_build(releases_dir: Path, output: Path, reference_dir: Path, *, with_text: bool = False,
              quiet: bool = False, jobs: int | None = None) -> int:
    """The ``ltgraph build`` command: 0 when every release was built and conforms, else 1."""
    show = progress_printer(quiet)
    if not has_release_folder(releases_dir):
        return 2
    cache = ReleaseCache(cache_folder(output), reference_dir, with_text=with_text)
    return built_and_written(releases_dir, output, reference_dir, cache, with_text=with_text,
                             show=show, jobs=jobs)


def built_and_written(releases_dir: Path, output: Path, reference_dir: Path,
                      cache: ReleaseCache, *, with_text: bool, show: Callable[[str], None],
                      jobs: int | None, inputs: BuildInputs | None = None) -> int:
    """One build with ``cache`` (and ``inputs``, when kept from an earlier build), its
    dataset written atomically to ``output`` and its lines printed: :func:`run_build`'s
    status."""
    result = build_dataset(releases_dir, reference_dir, with_text=with_text, progress=show,
                           cache=cache, jobs=jobs or available_cores(), inputs=inputs)
    cache.prune()
    if output.parent.is_dir():
        for name in clean_stale_temporaries(output):
            show(f"removed {name}, a temporary file left by an interrupted build")
    write_atomically(output, dumps_blocks(result.blocks))
    for warning in result.warnings:
        show(f"warning: {warning}")
    for outcome in result.outcomes:
        for warning in outcome.warnings:
            show(f"warning: {warning}")
    for problem in result.problems:
        print(f"error: {problem}", file=sys.stderr)
    built = sum(1 for o in result.outcomes if o.block is not None)
    print(f"built {built} of {len(result.outcomes)} release file(s), {result.triple_count} "
          f"triples in {len(result.blocks)} graphs -> {output}; {len(result.problems)} problem(s)",
          file=sys.stderr if result.problems else sys.stdout, flush=True)
    return 0 if result.ok else 1
