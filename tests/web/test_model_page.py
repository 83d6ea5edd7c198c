"""The data model page (``/model``) in a real browser (Debian's Chromium, headless) against a
real ``ltgraph serve`` process over the committed graph: it describes every predicate the
graph uses, class by class, and each class's query runs from it on the query page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from harness import REPO, Server, running_server

from ltgraph.profile import short

pytestmark = pytest.mark.browser

GRAPH = REPO / "data" / "graph" / "ltgraph.trig"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (CI installs Debian's chromium package)",
                allow_module_level=True)
if not GRAPH.is_file():
    pytest.skip("data/graph/ltgraph.trig is not built yet", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(GRAPH, tmp_path_factory.mktemp("model")) as running:
        yield running


@pytest.fixture(scope="module")
def page(server: Server) -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        opened = browser.new_page()
        errors: list[str] = []
        opened.on("pageerror", lambda e: errors.append(str(e)))
        yield opened
        assert not errors
        browser.close()


def test_the_model_page_describes_every_predicate_of_the_graph(server: Server,
                                                               page: object) -> None:
    page.goto(server.url + "model", timeout=120_000)
    shown = set(page.locator("table td:first-child code").all_inner_texts())
    shown |= set(page.locator("li > code").all_inner_texts())
    used = {short(q.predicate.value)
            for q in pyoxigraph.parse(path=str(GRAPH), format=pyoxigraph.RdfFormat.TRIG)}
    assert used - shown - {"rdf:type"} == set()
    assert page.locator("h2#lt-Summit").is_visible()


def test_a_predicates_query_runs_from_the_model_page(server: Server, page: object) -> None:
    """The summits' host cities: stated by the release and by the reference data, one row
    per summit."""
    page.goto(server.url + "model#lt-Summit", timeout=120_000)
    section = page.locator("section", has=page.locator("h2#lt-Summit"))
    section.get_by_role("link", name="Query for lt:hostCity").click()
    page.wait_for_selector("#row-count", timeout=60_000)
    assert page.locator("#row-count").inner_text().startswith("3 row")
