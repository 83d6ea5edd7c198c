"""Print precision, recall and F1 of the publishers' corpus, per document and overall.

usage: PYTHONPATH=src python tests/extract/corpus_report.py [--details]

Builds ``tests/fixtures/publishers/releases`` with the real ``ltgraph build`` into a temporary
file and scores every document with ``../shared/eval/score.py``; ``--details`` adds what each
document misses and states wrongly.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.publisher_corpus import (  # noqa: E402
    build_corpus,
    gold_files,
    overall,
    score_document,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--below-target", action="store_true",
                        help="print the expected failures for test_publisher_corpus.py")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "corpus.trig"
        result = build_corpus(output)
        for line in result.stdout.splitlines() + result.stderr.splitlines():
            if "problem" in line or "error" in line.lower():
                print(f"  build: {line}")
        scores = [score_document(output, gold) for gold in gold_files()]
    print(f"{'document':50s} {'P':>6s} {'R':>6s} {'F1':>6s}  tp  fp  fn")
    for s in scores + [overall(scores)]:
        name = s.gold.stem if s.gold.suffix else "overall (micro)"
        print(f"{name:50s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:3d} {s.fp:3d} "
              f"{s.fn:3d} {s.note[:40]}")
        if args.details and s.report:
            for key, c in s.report["categories"].items():
                for t in c["missing"]:
                    print(f"      missing {key}: {t.replace('https://w3id.org/ltgraph/id/', '')}")
                for t in c["extra"]:
                    print(f"      extra   {key}: {t.replace('https://w3id.org/ltgraph/id/', '')}")
    if args.below_target:
        print("BELOW_TARGET = {")
        for s in scores:
            if not s.on_target:
                print(f'    "{s.gold.stem}":\n        "P {s.precision:.3f} R {s.recall:.3f} '
                      f'F1 {s.f1:.3f}",')
        total = overall(scores)
        print("}\nOVERALL_BELOW_TARGET = " + (
            f'"P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f}"'
            if not total.on_target else '""'))
    return 0


if __name__ == "__main__":
    sys.exit(main())
