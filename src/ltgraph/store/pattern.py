"""A SELECT of one triple pattern, answered by one index look-up in the server's process.

Why: a client query runs in a sandboxed worker process (:mod:`ltgraph.store.isolation`), and the
hop there costs more than the query itself. For ``SELECT ?label WHERE { <x> rdfs:label ?label }``
the engine takes 0.05 ms, while handing it to a worker at a lower CPU priority on two busy cores
takes milliseconds, and a worker held that way holds an admission slot too. The commonest small
query, one triple pattern, is answered like a lookup instead: the server reads the pattern's
terms itself and asks the store's index for the matching triples of the default graph.

Why this cannot be abused:

* **No engine reads the client's text in the server's process.** The text is read here, by a
  strict grammar of a few tokens (below); anything else (a second pattern, FILTER, OPTIONAL,
  ORDER BY, DISTINCT, functions, comments, escapes, relative IRIs, ``*``) is not recognised and
  goes to a worker as before. What runs is ``quads_for_pattern`` with terms built here, which
  cannot fetch, open or evaluate anything, whatever the text said.
* **Bounded work.** Every combination of bound terms is a prefix of one of the default graph's
  indexes, so each row is one step of an index scan and nothing is scanned without being
  returned. At most :data:`IN_PROCESS_ROWS` rows are read, within :data:`IN_PROCESS_BUDGET_S`
  seconds; an answer that would be longer (or slower) is abandoned and the query goes to a
  worker, with its time limit and admission, as any other.
* **Same answer as the engine.** The grammar is a strict subset of SPARQL's, chosen so that
  every text it accepts means one pattern over the default graph for the engine too: keywords
  in any case but ``a`` only in lower case, ASCII names, no whitespace but SPARQL's own, strings
  without escapes, absolute IRIs only (the engine leaves those as written), declared prefixes
  only, each variable once in the pattern, projected variables from the pattern. A text the
  engine would refuse is not recognised either, so its error comes from the engine as before.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import pyoxigraph as ox

# a larger answer is a worker's job: 100 rows cost the server about 3 ms, a tenth of a
# millisecond of it index steps and the rest the rows' terms and their serialisation
IN_PROCESS_ROWS = 100
IN_PROCESS_BUDGET_S = 0.02  # never reached by 100 index steps; a bound all the same
_MAX_LIMIT_DIGITS = 18  # a longer LIMIT overflows the engine's integer: its error, not ours

# every stretch of a text is one of these (or "bad": then the text is not read here)
_TOKEN = re.compile(r"""[ \t\r\n]*(?:
      (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][A-Za-z_][A-Za-z0-9_]*)(?![^ \t\r\n{}.<"'?$])
    | (?P<string>(?:"[^"\\\r\n]*"|'[^'\\\r\n]*')(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*)?)
    | (?P<pname>(?:[A-Za-z][A-Za-z0-9_-]*)?:(?:[A-Za-z0-9_][A-Za-z0-9_-]*)?)
    | (?P<word>[A-Za-z][A-Za-z0-9_-]*)
    | (?P<number>[0-9]+)
    | (?P<punct>[{}.])
    | (?P<bad>.)
    )""", re.VERBOSE | re.DOTALL)

Term = ox.NamedNode | ox.Literal


@dataclass(frozen=True)
class PatternSelect:
    """``SELECT variables WHERE { subject predicate object } LIMIT limit``: each position of
    the pattern a term, or a variable's name (a ``str``)."""

    variables: tuple[str, ...]
    subject: ox.NamedNode | str
    predicate: ox.NamedNode | str
    object: Term | str
    limit: int | None


def one_pattern_select(sparql: str) -> PatternSelect | None:
    """The query as one triple pattern, or None when the text is anything else (then it is
    evaluated by the engine in a worker)."""
    tokens = _tokens(sparql)
    if tokens is None:
        return None
    shape = _SHAPE.fullmatch("".join(_letter(kind, text) for kind, text in tokens))
    if shape is None:
        return None
    try:
        return _pattern(tokens, shape)
    except _NotOnePattern:
        return None


def answer_rows(store: ox.Store, pattern: PatternSelect,
                max_rows: int | None) -> tuple[list[tuple[Term, ...]], bool] | None:
    """The rows of ``pattern`` over the default graph of ``store`` in the projected order, and
    whether ``max_rows`` cut them; None when the answer would take more than
    :data:`IN_PROCESS_ROWS` rows or :data:`IN_PROCESS_BUDGET_S` (the query then goes to a
    worker)."""
    wanted = pattern.limit
    take = wanted if max_rows is None else max_rows if wanted is None else min(wanted, max_rows)
    positions = {name: index for index, name in enumerate(
        (pattern.subject, pattern.predicate, pattern.object)) if isinstance(name, str)}
    columns = [positions[name] for name in pattern.variables]
    bound = [None if isinstance(t, str) else t
             for t in (pattern.subject, pattern.predicate, pattern.object)]
    rows: list[tuple[Term, ...]] = []
    deadline = time.monotonic() + IN_PROCESS_BUDGET_S
    for quad in store.quads_for_pattern(*bound, ox.DefaultGraph()):
        if take is not None and len(rows) >= take:
            return rows, wanted is None or take < wanted  # max_rows cut it
        if len(rows) >= IN_PROCESS_ROWS or time.monotonic() > deadline:
            return None
        triple = (quad.subject, quad.predicate, quad.object)
        rows.append(tuple(triple[column] for column in columns))
    return rows, False


class _NotOnePattern(Exception):
    """The text is not in the grammar this module reads."""


def _tokens(sparql: str) -> list[tuple[str, str]] | None:
    """(kind, text) of each token, or None when some stretch is no token. (Once trailing
    whitespace is cut, every character is matched: one no token starts with is "bad".)"""
    found = [(match.lastgroup or "bad", match.group(match.lastgroup or 0))
             for match in _TOKEN.finditer(sparql.rstrip(" \t\r\n"))]
    return None if any(kind == "bad" for kind, _ in found) else found


# each token as one letter, so that the grammar is a regular expression over the letters
_KEYWORDS = {"prefix": "R", "select": "E", "where": "H", "limit": "L"}
_LETTERS = {"iri": "I", "var": "V", "string": "S", "pname": "P", "number": "N"}
# PREFIX p: <iri> ... SELECT ?v ... WHERE? { subject predicate object .? } (LIMIT n)?
_SHAPE = re.compile(r"(?P<prologue>(?:RPI)*)E(?P<variables>V+)H?\{"
                    r"(?P<s>[VIP])(?P<p>[VIPA])(?P<o>[VIPS])\.?\}(?:L(?P<limit>N))?")


def _letter(kind: str, text: str) -> str:
    if kind == "word":
        return "A" if text == "a" else _KEYWORDS.get(text.lower(), "W")
    if kind == "punct":
        return text
    return _LETTERS[kind]


def _pattern(tokens: list[tuple[str, str]], shape: re.Match[str]) -> PatternSelect:
    """The pattern the tokens spell, in the shape :data:`_SHAPE` found (one letter a token)."""
    prefixes: dict[str, str] = {}
    for at in range(0, shape.end("prologue"), 3):
        name, iri = tokens[at + 1][1], tokens[at + 2][1][1:-1]
        if not name.endswith(":") or name[:-1] in prefixes:
            raise _NotOnePattern  # PREFIX p:local, or a prefix declared twice
        prefixes[name[:-1]] = iri
    variables = tuple(text[1:] for _, text in tokens[shape.start("variables"):
                                                      shape.end("variables")])
    subject, predicate, obj = (_term(tokens[shape.start(g)], prefixes) for g in "spo")
    in_pattern = [t for t in (subject, predicate, obj) if isinstance(t, str)]
    if (len(set(variables)) != len(variables) or len(set(in_pattern)) != len(in_pattern)
            or not set(variables) <= set(in_pattern)):
        raise _NotOnePattern
    limit = None
    if shape.group("limit"):
        digits = tokens[shape.start("limit")][1]
        if len(digits) > _MAX_LIMIT_DIGITS:
            raise _NotOnePattern
        limit = int(digits)
    return PatternSelect(variables, subject, predicate, obj, limit)  # type: ignore[arg-type]


def _term(token: tuple[str, str], prefixes: dict[str, str]) -> Term | str:
    """A variable's name, or the term a token spells."""
    kind, text = token
    if kind == "var":
        return text[1:]
    if kind == "word":  # "a", the only word a pattern may hold
        return _RDF_TYPE
    if kind == "iri":
        return _named_node(text[1:-1])
    if kind == "pname":
        prefix, _, local = text.partition(":")
        if prefix not in prefixes:
            raise _NotOnePattern  # undeclared: the engine's error
        return _named_node(prefixes[prefix] + local)
    end = text.rindex(text[0])  # a string: its closing quote, then perhaps a language tag
    try:
        if end + 1 < len(text):
            return ox.Literal(text[1:end], language=text[end + 2:])
        return ox.Literal(text[1:end])
    except ValueError:
        raise _NotOnePattern from None


_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _named_node(iri: str) -> ox.NamedNode:
    """An absolute IRI (the engine resolves a relative one against its base: not read here)."""
    try:
        return ox.NamedNode(iri)
    except ValueError:
        raise _NotOnePattern from None
