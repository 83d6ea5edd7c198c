"""Stores behind one interface (:mod:`ltgraph.store.base`): the embedded pyoxigraph default,
and the wrapper that runs queries in killable worker processes."""

from ltgraph.store.base import (
    AskResult,
    Description,
    GraphResult,
    QueryRefused,
    QueryResult,
    QuerySyntaxError,
    QueryTimeout,
    SelectResult,
    Store,
    StoreError,
)

__all__ = ["AskResult", "Description", "GraphResult", "QueryRefused", "QueryResult",
           "QuerySyntaxError", "QueryTimeout", "SelectResult", "Store", "StoreError"]
