"""Hub documents on the shelf: the RDF documents of the hubs (the resources in many
statements) are serialised once per loaded dataset in every RDF format and kept on disk, and a
client is answered from there with the very bytes and headers the server would serialise; a
resource of few statements is serialised at each request, and a new load is never answered
from the old shelf.

Given a small dataset of our own with one hub (a city that more summits take part with than a
hub has statements)."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web import mediatypes as mt
from ltgraph.web.app import create_app
from ltgraph.web.cache import SHELF
from ltgraph.web.linkeddata import DOCUMENT, document_key, prerender_documents
from ltgraph.web.ui.resource import HUB_STATEMENTS

BASE = "https://w3id.org/ltgraph/"
LT = BASE + "ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
HUB = BASE + "id/city/hubtown"
SMALL = BASE + "id/summit/s0001"


def dataset(label: str) -> str:
    """A city that ``HUB_STATEMENTS`` summits take part with, in named graphs of their own."""
    reference = f"<{BASE}graph/reference>"
    lines = [f"<{HUB}> <{RDF_TYPE}> <{LT}City> {reference} .",
             f"<{HUB}> <{LABEL}> \"{label}\"@en {reference} .",
             f"<{HUB}> <{LABEL}> \"Nabenstadt\"@de {reference} ."]
    for i in range(HUB_STATEMENTS):
        summit, graph = f"<{BASE}id/summit/s{i:04d}>", f"<{BASE}graph/release/r{i % 7}>"
        lines += [f"{summit} <{LT}participatingCity> <{HUB}> {graph} .",
                  f"{summit} <{LABEL}> \"Summit {i}\"@en {reference} ."]
    return "\n".join(lines) + "\n"


def served(path: Path, page_dir: str) -> tuple[Flask, EmbeddedStore]:
    store = EmbeddedStore()
    store.load(path)
    return create_app({"data": str(path), "query_network_isolation": False,
                       "response_cache_mib": 0, "page_dir": page_dir}, store=store), store


@pytest.fixture(scope="module")
def apps(tmp_path_factory: pytest.TempPathFactory) -> tuple[Flask, Flask]:
    """The same data served with a shelf whose hub documents are serialised ahead, and
    without a shelf (``page_dir=off``: every document serialised at its request)."""
    folder = tmp_path_factory.mktemp("hub-documents")
    path = folder / "hub.nq"
    path.write_text(dataset("Hubtown"), encoding="utf-8")
    shelved, _ = served(path, str(folder / "pages"))
    with shelved.test_request_context("/"):
        prerender_documents()
    plain, _ = served(path, "off")
    return shelved, plain


def kept_files(app: Flask) -> list[Path]:
    return sorted(app.extensions["ltgraph"][SHELF].root.rglob("*" + DOCUMENT))


def asked(app: Flask, url: str, media: mt.MediaType) -> tuple[int, bytes, dict[str, str]]:
    answer = app.test_client().get(url, headers={"Accept": media.mime})
    headers = {name: answer.headers.get(name, "") for name in ("Content-Type", "Vary", "Link")}
    return answer.status_code, answer.data, headers


def test_the_hubs_documents_are_kept_in_every_rdf_format(apps: tuple[Flask, Flask]) -> None:
    shelved, _ = apps
    assert len(kept_files(shelved)) == len(mt.GRAPH_TYPES)
    shelf = shelved.extensions["ltgraph"][SHELF]
    with shelved.test_request_context("/"):
        assert all(shelf.has(document_key(HUB, media), DOCUMENT) for media in mt.GRAPH_TYPES)
        assert not shelf.has(document_key(SMALL, mt.TURTLE), DOCUMENT)


@pytest.mark.parametrize("media", mt.GRAPH_TYPES, ids=lambda media: media.short)
def test_a_kept_document_is_the_serialised_one_byte_for_byte(
        apps: tuple[Flask, Flask], media: mt.MediaType) -> None:
    shelved, plain = apps
    for url in ("/id/city/hubtown", f"/id/city/hubtown?format={media.short}",
                "/id/summit/s0001"):
        kept, made = asked(shelved, url, media), asked(plain, url, media)
        assert kept[0] == made[0] == 200, url
        assert kept == made, url
    assert b"Hubtown" in asked(shelved, "/id/city/hubtown", media)[1]


def test_a_hub_document_serialised_at_its_first_request_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "hub.nq"
    path.write_text(dataset("Hubtown"), encoding="utf-8")
    app, _ = served(path, str(tmp_path / "pages"))
    first = asked(app, "/id/city/hubtown", mt.NTRIPLES)
    asked(app, "/id/summit/s0001", mt.NTRIPLES)
    assert len(kept_files(app)) == 1  # the hub's, not the summit's of few statements
    assert asked(app, "/id/city/hubtown", mt.NTRIPLES) == first


def test_a_new_load_is_never_answered_from_the_old_shelf(tmp_path: Path) -> None:
    first, second = tmp_path / "first.nq", tmp_path / "second.nq"
    first.write_text(dataset("First town"), encoding="utf-8")
    second.write_text(dataset("Second town"), encoding="utf-8")
    app, store = served(first, str(tmp_path / "pages"))
    with app.test_request_context("/"):
        prerender_documents()
    assert b"First town" in asked(app, "/id/city/hubtown", mt.TURTLE)[1]
    store.load(second)
    again = asked(app, "/id/city/hubtown", mt.TURTLE)[1]
    assert b"Second town" in again and b"First town" not in again
