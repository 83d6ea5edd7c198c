"""Kept compiled patterns (``ltgraph.kept_patterns``): a build keeps the compiled code of the
regular expressions it compiled beside the dataset, and the next build makes the very same
patterns from it instead of compiling them again."""

from __future__ import annotations

import re
from pathlib import Path

from ltgraph import paths
from ltgraph.build_cache import ReleaseCache
from ltgraph.kept_patterns import IDLE_BUILDS, forms_are_faithful, kept_forms, patterns_kept_in

PATTERNS = [
    (r"(?P<number>\d+)\s+(?:Delegationen|delegations)(?![\w-])", 0),
    (r"Oberbürgermeister(?:in)?\s+von\s+(?P<city>[A-ZÄÖÜ]\w+)", re.IGNORECASE),
    (r"^(?:[^\W\d_]+\s){2,}$", re.MULTILINE),
    (rb"(?P<head>[\x20-\x7e]+)\x00", 0),
]


def cache_in(folder: Path) -> ReleaseCache:
    return ReleaseCache(folder, paths.reference_dir(), with_text=False)


def compiled_in_a_build(cache: ReleaseCache) -> list[re.Pattern]:
    re.purge()  # so that re asks its compiler, not its own cache of this process
    with patterns_kept_in(cache):
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def test_this_python_makes_the_same_patterns_from_their_kept_form() -> None:
    assert forms_are_faithful()


def test_given_patterns_compiled_during_a_build_the_next_build_makes_equal_patterns_from_them(
        tmp_path: Path) -> None:
    first = compiled_in_a_build(cache_in(tmp_path))
    kept = kept_forms(cache_in(tmp_path).get_pipeline("patterns"))
    assert set(PATTERNS) <= set(kept)

    second = compiled_in_a_build(cache_in(tmp_path))
    re.purge()
    compiled_by_re = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    # a pattern's equality compares its flags and compiled code
    assert first == second == compiled_by_re
    assert [p.groupindex for p in second] == [p.groupindex for p in compiled_by_re]
    assert second[1].match("OBERBÜRGERMEISTERIN von Köln").group("city") == "Köln"
    assert second[3].match(b"abc\x00").group("head") == b"abc"


def test_after_the_build_re_compiles_as_before(tmp_path: Path) -> None:
    compiler = re._compiler.compile
    compiled_in_a_build(cache_in(tmp_path))
    assert re._compiler.compile is compiler


def test_a_kept_table_of_another_python_is_not_used() -> None:
    other = {"format": 1, "python": "2.7.18", "forms": {("a", 0): (0, [], 0, {}, ())}}
    assert kept_forms(other) == {}
    assert kept_forms(None) == {}


def test_a_build_that_compiles_keeps_the_forms_earlier_builds_asked_for_until_long_unused(
        tmp_path: Path) -> None:
    """A build meets only some patterns (its releases' languages; none of the modules'
    patterns in a kept-alive process that imported them before): what it keeps must not drop
    the others, or the next build compiles them again; a form no build asked for in
    ``IDLE_BUILDS`` builds goes."""
    compiled_in_a_build(cache_in(tmp_path))
    kept = set(kept_forms(cache_in(tmp_path).get_pipeline("patterns")))
    for n in range(IDLE_BUILDS):
        with patterns_kept_in(cache_in(tmp_path)):
            re.purge()
            re.compile(rf"only in build {n}")
        now = set(kept_forms(cache_in(tmp_path).get_pipeline("patterns")))
        assert kept | {(rf"only in build {n}", 0)} <= now
    with patterns_kept_in(cache_in(tmp_path)):
        re.purge()
        re.compile("one build more")
    left = set(kept_forms(cache_in(tmp_path).get_pipeline("patterns")))
    assert not kept & left
    assert ("one build more", 0) in left and (f"only in build {IDLE_BUILDS - 1}", 0) in left
