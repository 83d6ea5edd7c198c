r"""Look at a query before any store evaluates it: its form, and whether it asks for outside data.

pyoxigraph answers ``SERVICE <http://...>`` by making the HTTP request, and rdflib answers
``FROM <file:...>`` by reading the file; neither may happen on a public endpoint. So every store
runs :func:`inspect_query` first: it parses the query with rdflib's SPARQL parser (the form comes
from the parse tree, never from matching strings), refuses SERVICE anywhere in it (inside
OPTIONAL, FILTER EXISTS, sub-queries, with SILENT) and reads the dataset IRIs the query names.
Nothing is fetched, resolved or opened.

**One text for the guard and the engine.** A check is only as good as its agreement with the
engine that runs the query. SPARQL 1.1 (section 19.2) processes the codepoint escapes ``\uXXXX``
and ``\UXXXXXXXX`` over the whole query text before parsing; rdflib does that, while pyoxigraph
applies them only inside strings and IRIs. A query can exploit the difference: an escaped quote
outside a string closes a string for one parser and not for the other, so a SERVICE clause is
text inside a literal for the guard and a live pattern for the engine. Therefore the escapes are
expanded here, once, and the expanded text (``QueryPlan.text``) is what the guard parses and
what every store must hand to its engine. A text that still holds a codepoint escape after that
(``\u005Cu0022`` is one) would be expanded a second time by either parser, so it is refused.
The query workers run without network access as well (``ltgraph.store.sandbox``), so a future
disagreement between the parsers still cannot make the service fetch anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.algebra import translatePrologue
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Variable

from ltgraph.store.base import QueryForm, QueryRefused, QuerySyntaxError

_FORMS: dict[str, QueryForm] = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


_XSD = "http://www.w3.org/2001/XMLSchema#"
# The functions a query may call by IRI: the XSD casts (SPARQL 1.1 section 17.5, and the date
# and duration types the embedded store also casts to). Every other IRI would be an extension
# function: refused before evaluation as a client error, and no extension can ever run code.
CAST_FUNCTIONS = frozenset(_XSD + name for name in (
    "boolean", "double", "float", "decimal", "integer", "string", "dateTime", "date", "time",
    "duration", "yearMonthDuration", "dayTimeDuration", "gYear", "gMonth", "gDay", "gYearMonth",
    "gMonthDay"))


@dataclass(frozen=True)
class QueryPlan:
    """What the guard learnt: the form and the dataset the query names itself (FROM ...).

    ``text`` is the query with its codepoint escapes expanded: the exact text the guard checked,
    and so the only text a store may evaluate.
    """

    text: str
    form: QueryForm
    from_graphs: tuple[str, ...]
    from_named_graphs: tuple[str, ...]
    # SELECT *: the variables in the order they first appear (the order clients expect)
    star_variables: tuple[str, ...] = ()


@lru_cache(maxsize=512)
def inspect_query(sparql: str) -> QueryPlan:
    """Parse ``sparql`` and refuse what this service never does; return its form and dataset.

    Dataset IRIs (FROM, FROM NAMED) are only read here: no store behind this interface fetches
    them; a graph that is not in the store is an empty graph (which the W3C protocol tests rely
    on: they name graphs the server does not have and expect an answer).

    Raises :class:`QuerySyntaxError` (with the parser's message) or :class:`QueryRefused`.
    rdflib's parser takes ~0.1 s for a typical query, so answers are cached by query text
    (applications and the UI send the same queries again and again).
    """
    text = expand_codepoint_escapes(sparql)
    tree = _parse(text)
    prologue, body = tree[0], tree[1]
    form = _FORMS.get(getattr(body, "name", ""))
    if form is None:
        raise QuerySyntaxError("not a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    if _contains(body, "ServiceGraphPattern"):
        raise QueryRefused("SERVICE (federated query) is not supported by this endpoint; "
                           "it never queries other services on a client's behalf")
    unknown = sorted(set(_function_iris(prologue, body)) - CAST_FUNCTIONS)
    if unknown:
        raise QueryRefused(f"unknown function <{unknown[0]}>; this endpoint knows the "
                           "functions of SPARQL 1.1 and the XSD casts, no extensions")
    from_graphs, from_named = _dataset_clause(prologue, body)
    star = _variables_in_order(body.get("where")) if form == "SELECT" and \
        "projection" not in body else ()
    return QueryPlan(text, form, tuple(from_graphs), tuple(from_named), star)


QUICK_MAX_CHARS = 2000  # longer texts take the full parse, which costs little next to them
QUICK_MAX_DEPTH = 24  # brackets nested deeper take the full parse (which refuses runaway nesting)
_BRACKETS = re.compile(r"[^(){}\[\]]+")


def quick_plan(sparql: str) -> QueryPlan | None:
    """The plan of a small query that needs no parse to be judged, or None (then
    :func:`inspect_query`). rdflib's parser costs 10-50 ms even for a one-line SELECT, a hundred
    times what the engine takes to answer it, so for a text that cannot hold what the parse
    looks for, the engine's own parse is the only one:

    * no ``service`` anywhere (in any case, even inside strings, IRIs and comments; escapes
      expanded first, as for the full check): a text without those letters has no SERVICE;
    * no ``describe`` either, so a graph result is a CONSTRUCT's;
    * no ``*`` (``SELECT *`` takes its column order from the parse);
    * short and shallow, so no engine's recursive parser meets a text built to exhaust it.

    Extension functions need no parse: the embedded engine refuses to call a function it does
    not know (:class:`~ltgraph.store.embedded.EmbeddedStore` answers that as the guard does),
    and updates, empty and malformed texts fail the engine's parse and are then judged by
    :func:`inspect_query`, so their errors read as before.
    """
    if len(sparql) > QUICK_MAX_CHARS or "*" in sparql:
        return None
    text = expand_codepoint_escapes(sparql)
    lowered = text.lower()
    if "service" in lowered or "describe" in lowered or _depth(text) > QUICK_MAX_DEPTH:
        return None
    return QueryPlan(text, "SELECT", (), ())  # the form is the engine's answer's own


def _depth(text: str) -> int:
    """How deeply brackets nest in ``text`` (counting every bracket, even in strings)."""
    depth = deepest = 0
    for bracket in _BRACKETS.sub("", text):
        depth = depth + 1 if bracket in "({[" else depth - 1
        deepest = max(deepest, depth)
    return deepest


_IRI_REF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_SERVICE_WORD = re.compile(r"(?<![\w:-])service(?![\w:-])", re.IGNORECASE)


def spells_service(sparql: str) -> bool:
    """Whether the keyword SERVICE may stand in a query text, outside its IRIs (a quick check
    for queries the server writes itself, whose IRIs such as ``sparql-service-description``
    may hold the word). Sound for pyoxigraph, which expands escapes only inside strings and
    IRIs: the keyword is spelled out, and a stretch taken for an IRI here holds neither spaces
    nor braces, so no SERVICE clause the engine accepts can hide in one."""
    return _SERVICE_WORD.search(_IRI_REF.sub(" ", sparql)) is not None


_CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def expand_codepoint_escapes(sparql: str) -> str:
    """The query text with every ``\\uXXXX`` and ``\\UXXXXXXXX`` replaced by its character, as
    SPARQL 1.1 section 19.2 prescribes (before parsing, over the whole text).

    Raises :class:`QuerySyntaxError` for an escape that names no character, and for a text
    that holds an escape again once expanded: a second expansion is what a parser would do
    with it, and two parsers need not agree on where.
    """

    def character(match: re.Match[str]) -> str:
        digits = match.group(1) or match.group(2)
        code = int(digits, 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise QuerySyntaxError(f"the codepoint escape at character {match.start()} names "
                                   f"no Unicode character (U+{digits.upper()})")
        return chr(code)

    expanded = _CODEPOINT_ESCAPE.sub(character, sparql)
    again = _CODEPOINT_ESCAPE.search(expanded)
    if again is not None:
        raise QuerySyntaxError("a codepoint escape (\\u or \\U) spells another codepoint "
                               f"escape ('{again.group(0)}' once expanded); write the "
                               "character itself")
    return expanded


def _parse(sparql: str) -> ParseResults:
    try:
        return parseQuery(sparql)
    except ParseException as error:
        update = _as_update(sparql)
        if update is not None and "request" not in update:  # only a prologue or comments
            raise QuerySyntaxError("empty query: no SELECT, ASK, CONSTRUCT or DESCRIBE") from None
        if update is not None:
            raise QueryRefused("this is a SPARQL Update; the endpoint is read-only and accepts "
                               "queries only") from None
        raise QuerySyntaxError(f"syntax error at line {error.lineno}, column {error.col}: "
                               f"{error.msg}") from None
    except RecursionError:
        raise QuerySyntaxError("the query nests too deeply to be parsed") from None
    except Exception as error:  # noqa: BLE001 - the parser raises odd types on odd input
        raise QuerySyntaxError(f"the query does not parse: {_one_line(error)}") from None


def _as_update(sparql: str) -> CompValue | None:
    """The text parsed as an update, or None. (An empty text parses as an update of no
    operations: that is an empty query, not an update.)"""
    try:
        return parseUpdate(sparql)
    except Exception:  # noqa: BLE001 - any failure means "not an update"
        return None


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:300]


def _contains(root: object, name: str) -> bool:
    """Whether any node of the parse tree is a ``CompValue`` called ``name`` (iterative, so a
    deeply nested query cannot exhaust the stack here)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == name:
                return True
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
    return False


def _function_iris(prologue: ParseResults, root: object) -> list[str]:
    """The IRIs of the functions the query calls by IRI (``<iri>(...)`` or ``prefix:name(...)``)."""
    found: list[str] = []
    resolved = None
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "Function":
                resolved = resolved or translatePrologue(prologue, None)
                found.append(str(resolved.absolutize(node["iri"])))
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
    return found


def _variables_in_order(root: object) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, Variable):
            seen.setdefault(str(node), None)
        elif isinstance(node, CompValue):
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(reversed(list(node)))
    return tuple(seen)


def _dataset_clause(prologue: ParseResults, body: CompValue) -> tuple[list[str], list[str]]:
    # (CompValue.get answers a missing key with the key's name, not the default)
    clauses = body["datasetClause"] if "datasetClause" in body else []  # noqa: SIM401
    if not clauses:
        return [], []
    resolved = translatePrologue(prologue, None)
    default: list[str] = []
    named: list[str] = []
    for clause in clauses:
        if "default" in clause:
            default.append(str(resolved.absolutize(clause["default"])))
        else:
            named.append(str(resolved.absolutize(clause["named"])))
    return default, named
