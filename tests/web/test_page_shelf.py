"""The shelf of pre-rendered pages: once the server's start-up work is done, the page of every
summit and press release is kept on disk in each language, and a visitor's first view of it
is the page the server would render, byte for byte; a request whose query names more than the
language, a new load, or the setting ``page_dir=off`` is answered by rendering, as before.

Given the committed graph (its summits and releases) and a small dataset of our own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web.app import create_app
from ltgraph.web.cache import SHELF
from ltgraph.web.shelf import OWNER, PageShelf, remove_orphans, shelf_root
from ltgraph.web.ui.common import rows
from ltgraph.web.ui.resource import PRERENDERED, prerender_pages

REPO = Path(__file__).resolve().parents[2]
GRAPH = REPO / "data" / "graph" / "ltgraph.trig"
BASE = "https://w3id.org/ltgraph/"
LT = BASE + "ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
HTML = {"Accept": "text/html", "Cache-Control": "no-cache"}


def small_dataset(label: str) -> str:
    graph, reference = f"<{BASE}graph/release/r1>", f"<{BASE}graph/reference>"
    return "\n".join([
        f"<{BASE}id/release/r1> <{RDF_TYPE}> <{LT}PressRelease> {graph} .",
        f"<{BASE}id/summit/s1> <{RDF_TYPE}> <{LT}Summit> {graph} .",
        f"<{BASE}id/summit/s1> <{LABEL}> \"{label}\"@en {reference} .",
        f"<{BASE}id/summit/s1> <{LT}hostCity> <{BASE}id/city/c1> {graph} .",
        f"<{BASE}id/city/c1> <{LABEL}> \"Town\"@en {reference} ."]) + "\n"


def apps_of(data: Path, page_dir: Path) -> tuple[Flask, Flask, EmbeddedStore]:
    """One store served twice: with a shelf, and with ``page_dir=off`` (every page rendered)."""
    store = EmbeddedStore(None)
    store.load(data)
    settings = {"data": str(data), "response_cache_mib": 0, "query_network_isolation": False}
    return (create_app({**settings, "page_dir": str(page_dir)}, store=store),
            create_app({**settings, "page_dir": "off"}, store=store), store)


@pytest.fixture(scope="module")
def committed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Flask, Flask]]:
    if not GRAPH.is_file():
        pytest.skip(f"{GRAPH} is not built yet")
    shelved, rendered, store = apps_of(GRAPH, tmp_path_factory.mktemp("shelf"))
    with shelved.test_request_context("/"):
        prerender_pages()
    yield shelved, rendered
    store.close()


def paths_of(app: Flask) -> list[str]:
    """The paths of the pages the shelf keeps: every summit and press release."""
    with app.test_request_context("/"):
        kinds = " UNION ".join(f"{{ ?x a {kind} }}" for kind in PRERENDERED)
        found = rows(f"PREFIX lt: <{LT}> SELECT ?x WHERE {{ {kinds} }}", capped=False)
    return sorted("/" + str(row["x"])[len(BASE):] for row in found)


def files_of(app: Flask) -> list[Path]:
    return sorted(app.extensions["ltgraph"][SHELF].root.rglob("*.html.z"))


def test_every_summit_and_release_page_is_on_the_shelf_in_each_language(
        committed: tuple[Flask, Flask]) -> None:
    shelved, _ = committed
    paths = paths_of(shelved)
    assert any(p.startswith("/id/summit/") for p in paths)
    assert any(p.startswith("/id/release/") for p in paths)
    assert len(files_of(shelved)) == 2 * len(paths)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_page_from_the_shelf_is_the_page_rendered_byte_for_byte(
        committed: tuple[Flask, Flask], lang: str) -> None:
    shelved, rendered = committed
    for path in paths_of(shelved):
        for url in (path, f"{path}?lang={lang}"):
            kept = shelved.test_client().get(url, headers={**HTML, "Accept-Language": lang})
            made = rendered.test_client().get(url, headers={**HTML, "Accept-Language": lang})
            assert kept.status_code == made.status_code == 200, url
            assert kept.data == made.data, url
            assert kept.headers["Link"] == made.headers["Link"]


def test_a_query_naming_more_than_the_language_is_rendered(
        committed: tuple[Flask, Flask]) -> None:
    shelved, rendered = committed
    path = next(p for p in paths_of(shelved) if p.startswith("/id/summit/"))
    kept = shelved.test_client().get(path + "?format=html", headers=HTML).get_data(as_text=True)
    made = rendered.test_client().get(path + "?format=html", headers=HTML).get_data(as_text=True)
    assert kept == made
    assert "format=html" in kept  # the language switch keeps the other parameters


def test_a_new_load_is_never_answered_from_the_old_shelf(tmp_path: Path) -> None:
    first, second = tmp_path / "first.nq", tmp_path / "second.nq"
    first.write_text(small_dataset("First summit"), encoding="utf-8")
    second.write_text(small_dataset("Second summit"), encoding="utf-8")
    shelved, _, store = apps_of(first, tmp_path / "pages")
    with shelved.test_request_context("/"):
        prerender_pages()
    old = files_of(shelved)
    assert len(old) == 4  # a summit and a release, in two languages
    assert b"First summit" in shelved.test_client().get("/id/summit/s1", headers=HTML).data
    store.load(second)
    assert b"Second summit" in shelved.test_client().get("/id/summit/s1", headers=HTML).data
    with shelved.test_request_context("/"):
        prerender_pages()
    assert not any(path.exists() for path in old)  # the old version's directory is gone
    assert len(files_of(shelved)) == 4
    assert b"Second summit" in shelved.test_client().get("/id/summit/s1", headers=HTML).data
    store.close()


def test_off_keeps_no_shelf_and_the_default_follows_the_store(tmp_path: Path) -> None:
    data = tmp_path / "small.nq"
    data.write_text(small_dataset("A summit"), encoding="utf-8")
    _, rendered, store = apps_of(data, tmp_path / "pages")
    assert SHELF not in rendered.extensions["ltgraph"]
    with rendered.test_request_context("/"):
        prerender_pages()  # nothing to do, nothing written
    assert not (tmp_path / "pages").exists()
    assert shelf_root("", str(tmp_path / "store")) == tmp_path / "store" / "pages"
    assert shelf_root("OFF", "") is None
    store.close()


def test_the_directories_of_processes_that_are_gone_are_removed(tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / OWNER).write_text(gone + "\n")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / OWNER).write_text(f"{os.getpid()}\n")
    remove_orphans(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_a_page_is_written_whole_and_only_for_the_loaded_version(tmp_path: Path) -> None:
    version = ["v1"]
    shelf = PageShelf(tmp_path, lambda: version[0])
    shelf.put(("", "/id/summit/s1", "en"), "<p>ü</p>", "v1")
    assert shelf.get(("", "/id/summit/s1", "en")) == "<p>ü</p>"
    assert shelf.get(("", "/id/summit/s1", "de")) is None
    shelf.put(("", "/id/summit/s2", "en"), "<p>old</p>", "v0")  # rendered from older data
    assert shelf.get(("", "/id/summit/s2", "en")) is None
    assert not [p for p in (tmp_path / "v1").iterdir() if p.name.startswith(".part-")]
    version[0] = "v2"
    assert shelf.get(("", "/id/summit/s1", "en")) is None
    shelf.remove_own()
    assert not (tmp_path / "v1").exists()
