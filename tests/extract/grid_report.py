"""Print the paraphrase grid's size and its recall per language and per family of forms.

usage: PYTHONPATH=src python tests/extract/grid_report.py [--cases]

Recall is over facts: of the facts the filled forms state, the share the extractor states. A
precision form (a fact it must not state) counts as held or broken. ``--cases`` lists every
case that misses a fact or states a ruled-out one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.grid import FORMS, cases_of, load_reference_facts, run_case  # noqa: E402
from ltgraph.gazetteer import load_gazetteer  # noqa: E402
from ltgraph.reference import load_reference  # noqa: E402
from ltgraph.validate import load_ontology  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", action="store_true", help="list the cases not read")
    args = parser.parse_args()
    graph = load_reference(REPO / "data" / "reference")
    reference, gazetteer = load_reference_facts(graph), load_gazetteer(graph, load_ontology())
    wanted: Counter = Counter()
    found: Counter = Counter()
    held: Counter = Counter()
    checked: Counter = Counter()
    forms_read: Counter = Counter()
    forms: Counter = Counter()
    n_cases = 0
    with tempfile.TemporaryDirectory() as folder:
        for number, form in enumerate(FORMS):
            keys = [("language", form.language), ("family", form.family), ("all", "")]
            forms.update(keys)
            passed = True
            for k, case in enumerate(cases_of(form, reference, number)):
                n_cases += 1
                outcome = run_case(case, Path(folder), k, gazetteer)
                n_wanted = sum(len(v) for v in case.expected.values())
                n_missing = sum(len(v) for v in outcome.missing.values())
                for key in keys:
                    wanted[key] += n_wanted
                    found[key] += n_wanted - n_missing
                    if case.ruled_out:
                        checked[key] += 1
                        held[key] += not any(outcome.wrongly_stated.values())
                passed &= outcome.passed
                if args.cases and not outcome.passed:
                    print(f"  not read [{form.id}] {case.text!r}\n    missing "
                          f"{ {k: sorted(v) for k, v in outcome.missing.items() if v} } "
                          f"wrongly stated "
                          f"{ {k: sorted(v) for k, v in outcome.wrongly_stated.items() if v} }")
            if passed:
                forms_read.update(keys)
    total = ("all", "")
    print(f"paraphrase grid: {forms[total]} forms, {n_cases} cases, {wanted[total]} expected "
          f"facts, {checked[total]} precision cases")
    print(f"{'':40s} {'forms read':>12s} {'facts found':>14s} {'recall':>7s} "
          f"{'precision held':>15s}")
    for kind in ("all", "language", "family"):
        for key in sorted(k for k in forms if k[0] == kind):
            name = "overall" if kind == "all" else f"{kind}: {key[1]}"
            recall = f"{found[key] / wanted[key]:7.3f}" if wanted[key] else f"{'-':>7s}"
            precision = f"{held[key]}/{checked[key]}" if checked[key] else "-"
            print(f"{name:40s} {forms_read[key]:5d}/{forms[key]:<6d} "
                  f"{found[key]:6d}/{wanted[key]:<7d} {recall} {precision:>15s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
