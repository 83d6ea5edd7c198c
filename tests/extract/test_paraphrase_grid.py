"""The paraphrase grid: every form of ``grid.FORMS``, filled from the reference data, is read.

Given a small release whose only text is one form filled with facts of the reference data (a
person with a mandate at a summit, signatory cities, partners, summit dates ...), the
extractor states every fact the form states and none the form rules out. A form the extractor
does not read yet is an expected failure (strict): when a rule starts reading it, the test
flips and the row's ``pending`` reason is removed.
"""

from __future__ import annotations

import pytest
from repo_paths import REPO

from extract.grid import FORMS, cases_of, load_reference_facts, run_case
from ltgraph.gazetteer import load_gazetteer
from ltgraph.reference import load_reference
from ltgraph.validate import load_ontology


@pytest.fixture(scope="module")
def reference_graph():
    return load_reference(REPO / "data" / "reference")


@pytest.fixture(scope="module")
def reference_facts(reference_graph):
    return load_reference_facts(reference_graph)


@pytest.fixture(scope="module")
def gazetteer(reference_graph):
    return load_gazetteer(reference_graph, load_ontology())


def _param(number: int, form):
    marks = [pytest.mark.xfail(strict=True, reason=f"not read yet: {form.pending}")] \
        if form.pending else []
    return pytest.param(number, form, id=form.id, marks=marks)


@pytest.mark.parametrize("number, form", [_param(n, f) for n, f in enumerate(FORMS)])
def test_given_a_form_filled_from_the_reference_data_the_extractor_states_its_facts(
        number, form, reference_facts, gazetteer, tmp_path):
    cases = cases_of(form, reference_facts, number)
    assert cases, f"the reference data fills no case of the form {form.id}"
    problems = []
    for k, case in enumerate(cases):
        outcome = run_case(case, tmp_path, k, gazetteer)
        if not outcome.passed:
            problems.append(f"{case.text!r}: missing {outcome.missing} "
                            f"wrongly stated {outcome.wrongly_stated}")
    assert not problems, "\n".join(problems)

