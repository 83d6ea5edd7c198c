"""What one release costs the build, stage by stage, timed in the process: this tree against a
baseline revision, alternating.

The slope of whole ``ltgraph build`` processes (``bench/bench_build.py``) swings by ±50 ms a
release on a shared machine; timed inside one process the stages are steadier. Each run starts
one process per tree (the tree's own byte-compiled code): it builds the releases once, as
``ltgraph build --jobs 1`` does (a cache folder, the kept gazetteer, context and shapes), so
everything loaded on first use is loaded; then forgets the kept release results and validation
reports and builds them all again, timing that second pass with ``time.process_time``. The
trees alternate run by run, so both see the same load; each figure is the median over runs of
milliseconds per release.

    python bench/bench_stages.py --releases 40 --runs 5 --baseline main

Stages are timed by wrapping the functions the build calls (parse, extract, map, validate,
TriG block, keeping results); "a release in all" is the build's own call per release
(``kept_or_built``), so it holds whatever the stages leave out.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import REPO, baseline_tree, byte_compile, run, write_releases  # noqa: E402

# Run in a process with the code under test; prints {stage: ms per release}.
PROBE = r"""
import json, sys, time
from pathlib import Path
import ltgraph.build as build
import ltgraph.build_cache as build_cache
import ltgraph.extract as extract
import ltgraph.mapping as mapping
import ltgraph.parse as parse
import ltgraph.validate as validate
from ltgraph import paths

folder, cache_dir = Path(sys.argv[1]), Path(sys.argv[2])
spent = {}
timing = [False]

def timed(owner, name, stage):
    inner = getattr(owner, name)
    def wrapper(*args, **kwargs):
        if not timing[0]:
            return inner(*args, **kwargs)
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.process_time() - start
    setattr(owner, name, wrapper)

timed(parse, "parse_release", "parse")
timed(extract, "extract_facts", "extract")
timed(mapping, "map_release", "map")
timed(validate, "validate_graph", "validate (pySHACL and reading its results)")
timed(build.BuildInputs, "validate", "validate, with its kept report")
timed(build, "graph_block", "TriG block (the build's own)")
timed(build_cache.ReleaseCache, "put", "keeping the release's result")
timed(build, "kept_or_built", "a release in all")

def one_pass():
    cache = build_cache.ReleaseCache(cache_dir, paths.reference_dir(), with_text=False)
    return build.build_dataset(folder, paths.reference_dir(), cache=cache, jobs=1)

first = one_pass()
for kept in cache_dir.iterdir():  # the release results and reports; the pipeline's stay
    if kept.suffix in (".pickle", ".report"):
        kept.unlink()
timing[0] = True
second = one_pass()
assert first.blocks == second.blocks
count = len(second.outcomes)
print(json.dumps({stage: seconds * 1000 / count for stage, seconds in spent.items()}))
"""

STAGES = ["parse", "extract", "map", "validate (pySHACL and reading its results)",
          "validate, with its kept report", "TriG block (the build's own)",
          "keeping the release's result", "a release in all"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--baseline", default=None,
                        help="a git revision to compare with (e.g. main, HEAD~1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "releases"
        folder.mkdir()
        write_releases(folder, args.releases, args.seed)
        trees = {"this tree": REPO / "src"}
        if args.baseline:
            trees = {f"baseline ({args.baseline})": baseline_tree(args.baseline, tmp / "base"),
                     **trees}
        for src in trees.values():
            byte_compile(src)
        results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for run_index in range(args.runs):
            for number, (name, src) in enumerate(trees.items()):  # alternating: same load
                cache = tmp / f"cache{number}-{run_index}"
                cache.mkdir()
                out = run(src, ["-c", PROBE, str(folder), str(cache)])[2]
                results[name].append(json.loads(out.strip().splitlines()[-1]))
                print(f"run {run_index + 1}, {name}: "
                      f"{results[name][-1].get('a release in all', 0):.1f} ms a release",
                      file=sys.stderr)
    names = list(results)
    header = "| ms CPU per release | " + " | ".join(names)
    if len(names) == 2:
        header += " | × baseline"
    print(header + " |")
    print("|---|" + "---:|" * (len(names) + (1 if len(names) == 2 else 0)))
    for stage in STAGES:
        values = [statistics.median(r.get(stage, 0.0) for r in results[name]) for name in names]
        cells = [f"{v:.1f}" for v in values]
        if len(names) == 2 and values[0]:
            cells.append(f"{values[1] / values[0]:.2f}")
        print(f"| {stage} | " + " | ".join(cells) + " |")
    for name in names:
        totals = ", ".join(f"{r.get('a release in all', 0):.1f}" for r in results[name])
        print(f"\n{name}, a release in all, each run: {totals}")


if __name__ == "__main__":
    main()
