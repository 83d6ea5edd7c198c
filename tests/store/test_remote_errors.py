"""Given a remote store's error answer, the client names what happened: a query the store
stopped at its time limit is a timeout (the endpoint answers 503), in whichever words the store
says it; other failures stay failures of the store."""

from __future__ import annotations

import pytest

from ltgraph.store.base import QueryRefused, QuerySyntaxError, QueryTimeout, StoreError
from ltgraph.store.remote_dialect import query_error

STOPPED = [
    "Virtuoso S1T00 Error SR171: Transaction timed out",
    "Virtuoso 42000 Error The estimated execution time 100 (sec) exceeds the limit; "
    "anytime timeout reached",
    "Virtuoso HY008 Error SR203: Async statement killed by SQLCancel.",
]


@pytest.mark.parametrize("message", STOPPED)
def test_a_query_stopped_by_the_time_limit_is_a_timeout(message: str) -> None:
    error = query_error(500, message)
    assert isinstance(error, (QueryTimeout, QueryRefused))
    if "estimated" not in message:
        assert isinstance(error, QueryTimeout)


def test_a_store_that_fails_otherwise_is_a_failure_of_the_store() -> None:
    error = query_error(500, "Virtuoso 08C01 Error CL: Cluster: No connection to the host")
    assert type(error) is StoreError
    assert "HTTP 500" in str(error)


def test_a_rejected_query_is_a_syntax_error() -> None:
    assert isinstance(query_error(400, "Virtuoso 37000 Error SP030: syntax error"),
                      QuerySyntaxError)
