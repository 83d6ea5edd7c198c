"""Specifications of where a network is read from (ltgraph.network.sources): a dataset file, an
endpoint or any store, each a Store of ltgraph.store, and the same graph from each.
(Reading from a live ``ltgraph serve`` is test_endpoint.py, from Virtuoso tests/store.)"""

from __future__ import annotations

import pytest

from ltgraph.network import KINDS, NetworkSourceError, connect, load, network, open_store
from ltgraph.network.export import dumps_json
from ltgraph.store.base import Store
from ltgraph.store.embedded import EmbeddedStore
from ltgraph.store.remote import RemoteStore

from .conftest import TWO_SUMMITS


@pytest.mark.parametrize("kind", KINDS)
def test_given_a_path_a_loaded_file_or_a_store_the_graph_is_the_same(kind):
    store = EmbeddedStore()
    store.load(TWO_SUMMITS)
    graphs = [network(kind, TWO_SUMMITS), network(kind, load(TWO_SUMMITS)), network(kind, store)]
    assert dumps_json(graphs[0]) == dumps_json(graphs[1]) == dumps_json(graphs[2])


def test_given_a_file_the_store_is_an_embedded_store_and_an_endpoint_a_remote_one():
    assert isinstance(open_store(input_path=TWO_SUMMITS), EmbeddedStore)
    endpoint = open_store(endpoint="http://127.0.0.1:9/sparql")  # nothing is asked yet
    assert isinstance(endpoint, RemoteStore) and isinstance(endpoint, Store)
    assert endpoint.union_default == "endpoint"  # the endpoint's own default graph


@pytest.mark.parametrize("given", [{}, {"input_path": TWO_SUMMITS,
                                        "endpoint": "http://127.0.0.1:9/sparql"}])
def test_given_not_exactly_one_place_to_read_from_the_error_says_so(given):
    with pytest.raises(NetworkSourceError, match="exactly one"):
        open_store(**given)


def test_given_an_endpoint_url_with_credentials_it_is_refused_without_showing_them():
    with pytest.raises(NetworkSourceError, match="credentials in the URL") as refused:
        connect("http://reader:secret@127.0.0.1:9/sparql")
    assert "secret" not in str(refused.value)


def test_given_a_missing_file_the_error_names_it(tmp_path):
    missing = tmp_path / "nothing.trig"
    with pytest.raises(NetworkSourceError, match=str(missing)):
        load(missing)
