"""The browsing UI in a real browser: Debian's Chromium, headless, driven by Playwright, against
a real ``ltgraph serve`` process.

A reader's walk (home, search "dusseldorf", the city, one of its summits, the German switch,
an example query whose rows are checked against the endpoint), hostile data that must stay
inert, and the same tasks with JavaScript switched off. The browser console must stay free of
errors; a screenshot of each main page goes to ``tests/artifacts/``.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from ui_support import HOSTILE_IRI, HOSTILE_LABEL, MARKUP_NAME, Server, serving, write_dataset

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (CI installs Debian's chromium package)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("browser")
    data = write_dataset(folder)
    with serving(data, folder, releases=folder / "releases") as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Console:
    """Errors the page reported: console errors and uncaught exceptions."""

    def __init__(self, page: object) -> None:
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))


def screenshot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def endpoint_rows(server: Server, query: str) -> list[list[str]]:
    """The query's rows as the SPARQL endpoint answers them (JSON), as cell values."""
    url = server.url + "sparql?" + urllib.parse.urlencode({"query": query, "format": "json"})
    with urllib.request.urlopen(url, timeout=30) as response:
        answer = json.load(response)
    names = answer["head"]["vars"]
    return [[row[name]["value"] if name in row else "" for name in names]
            for row in answer["results"]["bindings"]]


def table_rows(page: object) -> list[list[str]]:
    return page.eval_on_selector_all(
        "table.results tbody tr",
        "rows => rows.map(r => Array.from(r.cells).map(c => c.dataset.value || ''))")


def test_a_reader_searches_follows_links_switches_language_and_queries(
        browser: object, server: Server) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    console = Console(page)

    page.goto(server.url)
    assert page.locator("h1").inner_text().startswith("The Living Together mayors network")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    assert page.locator(".timeline li").count() == 2
    network = page.locator("figure.network svg")
    if network.count():  # the network part is installed: its picture is drawn
        assert network.locator("g.city").count() == 4
    screenshot(page, "home")

    page.get_by_role("searchbox", name="Search names").fill("dusseldorf")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=dusseldorf")
    first = page.locator("ol.results li a").first
    assert first.inner_text() == "Düsseldorf"
    screenshot(page, "search")

    first.click()
    page.wait_for_url("**/id/city/duesseldorf")
    assert page.locator("h1").inner_text() == "Düsseldorf"
    assert page.locator("q.sentence mark").first.is_hidden()  # under "All statements"
    page.get_by_text("All statements", exact=True).click()
    assert page.locator("q.sentence mark").first.inner_text() == "the city of Düsseldorf hosted"
    screenshot(page, "city")

    page.get_by_role("link", name="Düsseldorf summit 2019").first.click()
    page.wait_for_url("**/id/summit/2019-duesseldorf")
    assert page.locator("h1").inner_text() == "Düsseldorf summit 2019"
    screenshot(page, "summit")

    page.get_by_role("link", name="Deutsch", exact=True).click()
    page.wait_for_url("**/id/summit/2019-duesseldorf?lang=de")
    assert page.locator("h1").inner_text() == "Gipfel Düsseldorf 2019"
    assert page.locator("html").get_attribute("lang") == "de"
    screenshot(page, "summit-de")

    page.get_by_role("link", name="Gipfeltreffen in Düsseldorf").first.click()  # the release
    page.wait_for_url("**/id/release/**")
    assert page.locator("h1").inner_text() == "Gipfeltreffen in Düsseldorf"  # still German
    screenshot(page, "release")

    page.get_by_role("link", name="Abfrage", exact=True).click()
    page.wait_for_url("**/query")
    assert page.locator(".editor-box.highlighted .tok-keyword").count() > 0
    example = page.get_by_role("link", name="The summits in order, with their host cities "
                                            "and dates")
    example.click()
    page.wait_for_selector("table.results")
    query = page.locator("textarea#query").input_value()
    assert query.startswith("# The summits in order")
    expected = endpoint_rows(server, query)
    assert len(expected) == 2
    assert table_rows(page) == expected
    assert page.locator(".editor-box.highlighted .tok-variable").count() > 0
    screenshot(page, "query")

    page.get_by_role("link", name="Städte", exact=True).click()
    page.wait_for_url("**/browse/cities")
    screenshot(page, "cities")
    assert console.errors == []
    context.close()


def test_the_query_editor_runs_with_ctrl_enter_and_sorts_results(browser: object,
                                                                 server: Server) -> None:
    page = browser.new_page()
    console = Console(page)
    page.goto(server.url + "query")
    editor = page.locator("textarea#query")
    editor.fill("SELECT ?city WHERE { ?city a <https://w3id.org/ltgraph/ontology#City> }")
    editor.press("Control+Enter")
    page.wait_for_selector("table.results")
    assert "query=SELECT" in page.url  # the query is in the address, so it can be shared
    cities = [row[0] for row in table_rows(page)]
    page.locator("table.results th button.sort").first.click()
    assert [row[0] for row in table_rows(page)] == sorted(cities, key=str.lower)
    page.locator("table.results th button.sort").first.click()
    assert [row[0] for row in table_rows(page)] == sorted(cities, key=str.lower, reverse=True)
    tricky = ('PREFIX ex: <http://example.org/#x>\nSELECT ?s WHERE { ?s ex:p "a # not a '
              'comment <b>" ; ex:q 3.5e2 } # a comment\n')
    tokens = page.evaluate("text => window.ltgraphSparqlTokens(text)", tricky)
    assert "".join(text for _, text in tokens) == tricky  # highlighting never changes the text
    kinds = {text: kind for kind, text in tokens}
    assert kinds["PREFIX"] == kinds["SELECT"] == kinds["WHERE"] == "keyword"
    assert kinds["<http://example.org/#x>"] == "iri"
    assert kinds['"a # not a comment <b>"'] == "string"
    assert kinds["# a comment"] == "comment" and kinds["?s"] == "variable"
    assert kinds["3.5e2"] == "number" and kinds["ex:p"] == "prefixed"
    assert page.locator(".editor-box pre span").evaluate_all(
        "spans => spans.every(s => s.children.length === 0)")  # text only, no markup
    editor = page.locator("textarea#query")
    editor.fill("SELECT WHERE {")
    editor.press("Control+Enter")
    page.wait_for_selector(".error")
    assert page.get_by_role("alert").inner_text().strip() != ""
    assert [e for e in console.errors if "400" not in e] == []  # the page itself is a 400
    page.close()


def test_hostile_data_stays_inert(browser: object, server: Server) -> None:
    page = browser.new_page()
    console = Console(page)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in ("id/org/hostile", "id/person/mallory", "id/release/hostile-20200101-1",
                 "search?q=script", "browse/organisations", "browse/people",
                 "query?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})):
        page.goto(server.url + path)
        assert page.locator('a[href^="javascript:"], a[href^="data:"]').count() == 0, path
        assert page.locator("img[src='x']").count() == 0, path
    page.goto(server.url + "id/org/hostile")
    assert page.locator("h1").inner_text() == HOSTILE_LABEL
    assert page.get_by_text(HOSTILE_IRI).count() >= 1  # shown as text
    page.goto(server.url + "id/person/mallory")
    assert page.locator("h1").inner_text() == MARKUP_NAME
    screenshot(page, "hostile")
    assert dialogs == []
    assert console.errors == []
    page.close()


def test_without_javascript_lists_search_and_query_still_work(browser: object,
                                                              server: Server) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "browse/cities")
    names = page.eval_on_selector_all("table tbody tr td:first-child",
                                      "cells => cells.map(c => c.textContent.trim())")
    assert names == sorted(names, key=str.lower) and len(names) == 4
    page.get_by_role("link", name="City", exact=True).click()  # sorted: now the other way
    assert page.locator("th[aria-sort=descending]").inner_text().startswith("City")
    assert page.eval_on_selector_all("table tbody tr td:first-child",
                                     "cells => cells.map(c => c.textContent.trim())") \
        == names[::-1]
    page.get_by_label("Filter").fill("poland")
    page.get_by_role("button", name="Apply").click()
    assert page.eval_on_selector_all("table tbody tr td:first-child",
                                     "cells => cells.map(c => c.textContent.trim())") \
        == ["Warsaw"]

    page.goto(server.url + "search")
    page.get_by_label("Name or label").fill("michal")
    page.get_by_role("button", name="Search", exact=True).last.click()
    assert page.locator("ol.results li a").first.inner_text() == "Michał Olszewski"

    page.goto(server.url + "query")
    assert page.locator(".editor-box.highlighted").count() == 0  # plain textarea
    query = ("PREFIX lt: <https://w3id.org/ltgraph/ontology#>\n"
             "SELECT ?summit ?host WHERE { ?summit a lt:Summit ; lt:hostCity ?host }")
    page.locator("textarea#query").fill(query)
    page.get_by_role("button", name="Run query").click()
    page.wait_for_selector("table.results")
    assert sorted(table_rows(page)) == sorted(endpoint_rows(server, query))
    screenshot(page, "query-no-javascript")
    context.close()
