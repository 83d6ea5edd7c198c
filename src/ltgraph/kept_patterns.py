"""Regular expressions a build compiles, kept beside the dataset as compiled code, so that a
rebuild that reads one new release does not compile the extractor's tables again.

The extractor's language tables become some 1,300 regular expressions (role words, figures,
dates, place names), compiled when its modules are imported and when it reads its first
release. Compiling them is a third of a second to half a second each time the build starts,
a third of what adding one release to a built folder cost, while their compiled form only
depends on the pattern, its flags and the Python that compiles it.

While a build runs, :func:`patterns_kept_in` has ``re`` compile through :class:`KeptPatterns`:
a pattern whose compiled code is kept is made from that code (``_sre.compile``, what ``re``
itself ends with), any other is compiled as ``re`` does and its code kept for the next build.
This relies on how CPython's ``re`` compiles (``re._compiler``), so it checks first, on a few
patterns, that code made here gives the very pattern ``re`` makes, and otherwise stays out of
the way: then the build is only slower, never different.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: patterns are compiled as usual
    _sre = _compiler = _parser = None

FORMAT = 1  # of the kept table
# a kept form no build asked for in this many builds that compiled patterns is let go (forms
# made from one release's words would otherwise pile up)
IDLE_BUILDS = 20
# patterns that exercise what a compiled pattern holds: groups, names, flags, bytes, charsets
_PROBES: tuple[tuple[str | bytes, int], ...] = (
    (r"(?P<n>\d+)\s+(?:de\s)?(\w+)?", 0),
    (r"(?i)stra(?:ss|ß)e|[A-ZÄÖÜ][a-zäöüß-]+(?![\w-])", 0),
    (r"^\s*(?P<word>[^\W\d_]+)$", re.MULTILINE | re.IGNORECASE),
    (rb"[\x00-\x1f]+(?P<rest>.*)", re.DOTALL),
)

# (flags, code, groups, groupindex, indexgroup): what ``_sre.compile`` takes past the pattern
CompiledForm = tuple[int, Any, int, dict, tuple]


def compiled_form(pattern: str | bytes, flags: int) -> CompiledForm:
    """The arguments ``_sre.compile`` takes to make ``pattern``, found as ``re`` finds them
    (``re._compiler.compile`` of CPython 3.11-3.13); the code as a compact array."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    typecode = "I" if array("I").itemsize == _sre.CODESIZE else "L"
    return (flags | parsed.state.flags, array(typecode, code), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def from_compiled_form(pattern: str | bytes, form: CompiledForm) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = form
    return _sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)


def forms_are_faithful() -> bool:
    """Whether patterns made from their kept form equal those ``re`` compiles (a pattern's
    equality compares its flags and code) on this Python."""
    if _sre is None or not hasattr(_compiler, "_code") or not hasattr(_sre, "CODESIZE"):
        return False
    try:
        return all(from_compiled_form(p, compiled_form(p, f)) == _compiler.compile(p, f)
                   for p, f in _PROBES)
    except Exception:  # noqa: BLE001 - any difference in re's internals: do not use them
        return False


def python_identity() -> str:
    """What the compiled code depends on besides the pattern: the Python and its ``_sre``."""
    return f"{sys.version}; sre {getattr(_sre, 'MAGIC', None)} {getattr(_sre, 'CODESIZE', None)}"


class KeptPatterns:
    """``re``'s compile step, answering from kept compiled forms; records what was asked."""

    def __init__(self, kept: dict[tuple[str | bytes, int], CompiledForm],
                 idle: dict[tuple[str | bytes, int], int] | None = None) -> None:
        self.kept = kept
        self.idle = idle or {}  # of kept forms: builds since one asked for it
        self.asked: dict[tuple[str | bytes, int], CompiledForm] = {}
        self.compiled = 0  # patterns compiled here because their form was not kept

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern:
        if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return _compiler.compile(pattern, flags)
        key = (pattern, flags)
        form = self.kept.get(key)
        if form is None:
            form = compiled_form(pattern, flags)
            self.compiled += 1
        self.asked[key] = form
        return from_compiled_form(pattern, form)

    def asked_since(self, before: set[tuple[str | bytes, int]],
                    ) -> dict[tuple[str | bytes, int], CompiledForm]:
        """The forms asked for that were not among ``before`` (keys of :attr:`asked`)."""
        return {key: form for key, form in self.asked.items() if key not in before}

    def take(self, forms: dict[tuple[str | bytes, int], CompiledForm]) -> None:
        """Count as asked here forms another process asked for: a worker forked from this one
        (``ltgraph.build.built_apart``), so that what workers compiled is kept too."""
        for key, form in forms.items():
            if key not in self.kept and key not in self.asked:
                self.compiled += 1
            self.asked.setdefault(key, form)

    def table(self) -> dict[str, Any]:
        """What to keep for the next build: the forms this build asked for and the kept ones
        another build asked for within :data:`IDLE_BUILDS` builds. Not only this build's: a
        build compiles only what it meets (the date patterns of the languages its new releases
        are in; none of the modules' patterns when they were imported by an earlier build of
        a kept-alive process, ``ltgraph.watch``; none of what worker processes compiled), and
        the next build would compile the rest again. Not every form ever kept either, so
        patterns made from one release's words do not pile up."""
        forms, idle = dict(self.asked), {}
        for key, form in self.kept.items():
            builds = self.idle.get(key, 0) + 1
            if key not in forms and builds <= IDLE_BUILDS:
                forms[key], idle[key] = form, builds
        return {"format": FORMAT, "python": python_identity(), "forms": forms, "idle": idle}


def kept_idle(table: Any) -> dict[tuple[str | bytes, int], int]:
    """How many builds ago each kept form was last asked for (none: by the last)."""
    idle = table.get("idle") if isinstance(table, dict) else None
    return idle if isinstance(idle, dict) else {}


def kept_forms(table: Any) -> dict[tuple[str | bytes, int], CompiledForm]:
    """The compiled forms of a kept table, when it was made by this Python; else none."""
    if (isinstance(table, dict) and table.get("format") == FORMAT
            and table.get("python") == python_identity()
            and isinstance(table.get("forms"), dict)):
        return table["forms"]
    return {}


_IN_USE: list[KeptPatterns] = []  # the compile step installed by patterns_kept_in, if any


def patterns_in_use() -> KeptPatterns | None:
    """The :class:`KeptPatterns` ``re`` compiles through now (in a worker forked during a
    build too), or None."""
    return _IN_USE[-1] if _IN_USE else None


@contextmanager
def patterns_kept_in(cache: Any) -> Iterator[None]:
    """While the block runs, compile regular expressions from the forms ``cache`` (a
    ``ReleaseCache``, or None for none) keeps as its ``patterns`` pipeline entry; afterwards
    keep the forms asked for, when some had to be compiled."""
    if cache is None or not forms_are_faithful():
        yield
        return
    table = cache.get_pipeline("patterns")
    patterns = KeptPatterns(kept_forms(table), kept_idle(table))
    original = _compiler.compile
    _compiler.compile = patterns.compile
    _IN_USE.append(patterns)
    try:
        yield
    finally:
        _compiler.compile = original
        _IN_USE.remove(patterns)
    if patterns.compiled:
        cache.put_pipeline("patterns", patterns.table())
