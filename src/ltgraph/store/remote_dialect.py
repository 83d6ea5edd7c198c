"""What remote stores do differently from the SPARQL 1.1 Protocol, and what ltgraph does about it.

Kept in one place so that the HTTP client and the store read as plain SPARQL 1.1, and a quirk
of one product is looked up here. Most are Virtuoso's, the store the tests run against:

- it reaches its SQL engine through the ``bif:`` and ``sql:`` function namespaces: refused
  before a query is sent (:func:`refuse_store_extensions`);
- it reads a ``timeout`` request parameter in milliseconds (Fuseki and GraphDB read seconds,
  a looser limit that does no harm) and, at the limit, may answer with the rows found so far
  and an ``X-SQL-State`` header (an "anytime" answer): that is a timeout, never rows;
- its error messages stand in the body as ``Virtuoso 37000 Error SP030: ...``, sometimes after
  part of an answer it had begun to stream, followed by the query: :func:`store_message` keeps
  the one line that says what went wrong;
- it echoes every ``default-graph-uri`` and ``named-graph-uri`` of a request as a response
  header, so a query over many graphs gets a large header block (the client reads up to
  100 KiB of headers: about a thousand graphs; :func:`headers_too_large` says what to do);
- it lets ``FROM`` / ``FROM NAMED`` in the query win over the protocol's dataset (SPARQL 1.1
  says the reverse): see ``RemoteStore._dataset_for``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pyparsing import ParseResults
from rdflib import URIRef
from rdflib.plugins.sparql.algebra import translatePrologue
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from ltgraph.store.base import (
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    StoreError,
)

# Function namespaces through which Virtuoso exposes its SQL engine to SPARQL.
REFUSED_FUNCTION_PREFIXES = ("bif:", "sql:")


def refuse_store_extensions(sparql: str) -> None:
    """Refuse IRIs in the namespaces through which a store exposes its internals (Virtuoso's
    ``bif:`` and ``sql:`` functions reach its SQL engine). Prefixed names are resolved first,
    so ``PREFIX f: <bif:>`` does not hide one. A query whose text has neither namespace nor
    an escape sequence cannot name one, and is not parsed a second time."""
    lowered = sparql.lower()
    if not any(marker in lowered for marker in (*REFUSED_FUNCTION_PREFIXES, "\\u")):
        return
    tree = parseQuery(sparql)
    prologue = translatePrologue(tree[0], None)
    stack: list[object] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue) and node.name == "pname":
            node = prologue.resolvePName(node.get("prefix"), node.get("localname"))
        if isinstance(node, URIRef):
            if str(node).lower().startswith(REFUSED_FUNCTION_PREFIXES):
                raise QueryRefused(f"<{node}>: store-specific functions (bif:, sql:) are not "
                                   "available through this endpoint")
        elif isinstance(node, CompValue):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)


def timeout_parameter(timeout_s: float) -> str:
    """The ``timeout`` request parameter that asks the store to stop at the limit (in ms)."""
    return str(max(1, round(timeout_s * 1000)))


def stopped_at_limit(headers: Mapping[str, str]) -> bool:
    """Whether an answer is Virtuoso's partial "anytime" answer after its time limit."""
    return bool(headers.get("X-SQL-State", ""))


def query_error(status: int, body: str) -> StoreError:
    """The error a query endpoint's failure stands for: a syntax error (400), a refusal, a
    timeout, or the store's own message."""
    text = store_message(body)
    if status == 400:
        return QuerySyntaxError(f"the remote store rejected the query: {text}")
    if "estimated execution time" in text.lower():  # Virtuoso's refusal before running it
        return QueryRefused(f"the remote store refused the query as too costly: {text}")
    if status >= 500 and stopped_by_its_limit(text):
        return QueryTimeout("the remote store stopped the query at its time limit")
    return StoreError(f"the remote store failed to answer (HTTP {status}): {text}")


# Virtuoso's words for a query its time limit ended: a timeout (SR171 "timed out"), or (when the limit cancels a
# statement already running, as on a busy machine) SQL state HY008, "operation cancelled".
_STOPPED_BY_LIMIT = ("timeout", "timed out", "hy008", "killed by sqlcancel")


def stopped_by_its_limit(message: str) -> bool:
    """Whether a store's error message says the query was stopped by its time limit, so the
    client hears a timeout (503) and not a failure of the store (500)."""
    lowered = message.lower()
    return any(words in lowered for words in _STOPPED_BY_LIMIT)


def headers_too_large(graphs: int) -> StoreError:
    """The error for an answer whose header block is over the client's limit."""
    return StoreError(f"the remote store's answer has more headers than the client reads "
                      f"(a store such as Virtuoso echoes each of the {graphs} dataset graphs "
                      "as a header); with this many graphs use remote_union=native")


def store_message(text: str) -> str:
    """The store's own message, in one line: Virtuoso's error line wherever it stands (its
    message may follow part of an answer it had begun to send), without the query it appends
    (which the client has anyway)."""
    virtuoso = re.search(r"Virtuoso \w+ Error [^\n]*", text.replace("\\n", "\n"))
    if virtuoso:
        return " ".join(virtuoso.group(0).split())[:300]
    text = text.split("SPARQL query:", 1)[0]
    return " ".join(text.split())[:300]
