"""Every kind of page in a real browser (Debian's Chromium through Playwright) against real
``ltgraph serve`` processes: the profiles, the search cases, the network picture and the error
pages, in English and German, each scanned for accessibility with axe-core and photographed
to ``tests/artifacts/``; and no page asks for anything from another host.

axe-core comes from the npm registry at test time (``npm pack`` into ``tests/.cache``, never
committed); it is injected into a context that ignores the page's CSP, which a second, normal
context checks separately.
"""

from __future__ import annotations

import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from server_process import ltgraph_server
from ui_support import Server, serving, write_dataset

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "tests" / "artifacts"
CACHE = REPO / "tests" / ".cache"
GRAPH = REPO / "data" / "graph" / "ltgraph.trig"
RELEASES = (REPO / ".." / "shared" / "releases").resolve()
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
AXE_VERSION = "4"
SERIOUS = ("serious", "critical")

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (CI installs Debian's chromium package)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

# (name, path) of every kind of page, on the committed graph
PAGE_KINDS = (
    ("home", "/"), ("search", "/search?q=montreal"), ("list-cities", "/browse/cities"),
    ("summit", "/id/summit/2019-duesseldorf"), ("city", "/id/city/montreal"),
    ("person", "/id/person/thomas-geisel"), ("declaration", "/id/declaration/2019-duesseldorf"),
    ("release", "/id/release/duesseldorf-20190901-318"),
    ("organisation", "/id/org/international-observatory-of-mayors-on-living-together"),
    ("graph", "/graph/reference"), ("ontology", "/ontology"), ("settings", "/-/settings"),
    ("query", "/query?query=SELECT+%3Fs+WHERE+%7B+%3Fs+a+%3Fo+%7D+LIMIT+5"),
    ("photo", "/id/photo/duesseldorf-20190901-318-1"),
    ("quotation", "/id/quote/duesseldorf-20190901-318-1"),
    ("network", "/network"), ("not-found", "/id/city/atlantis"),
    ("not-acceptable", "/id/city/montreal?format=xls"),
)

# German pages share their templates with the English ones: the kinds whose text differs most
GERMAN_SCANS = ("home", "search", "summit", "city", "person", "declaration", "network",
                "not-found", "settings")


def axe_script() -> str:
    """axe-core's browser build, fetched once with npm into the test cache."""
    target = CACHE / "axe-core" / "package" / "axe.min.js"
    if not target.is_file():
        (CACHE / "axe-core").mkdir(parents=True, exist_ok=True)
        try:
            packed = subprocess.run(
                ["npm", "pack", f"axe-core@{AXE_VERSION}", "--silent",
                 "--pack-destination", str(CACHE / "axe-core")],
                check=True, capture_output=True, text=True, timeout=180).stdout.split()[-1]
        except (OSError, subprocess.SubprocessError, IndexError) as error:
            pytest.skip(f"axe-core could not be fetched with npm: {error}")
        with tarfile.open(CACHE / "axe-core" / packed) as archive:
            archive.extract("package/axe.min.js", CACHE / "axe-core", filter="data")
    return target.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def committed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The committed graph served with the seed release at hand."""
    if not GRAPH.is_file():
        pytest.skip(f"{GRAPH} is not built")
    folder = tmp_path_factory.mktemp("committed")
    with ltgraph_server(folder, "--data", str(GRAPH), "--set", "query_workers=1",
                        "--set", f"releases={RELEASES if RELEASES.is_dir() else ''}",
                        name="committed-ui") as running:
        yield running.url.rstrip("/")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("sample")
    with serving(write_dataset(folder), folder, releases=folder / "releases") as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def axe() -> str:
    return axe_script()


def screenshot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def serious_violations(page: object, axe: str) -> list[str]:
    """axe-core's serious and critical findings on the page (WCAG 2.1 A/AA and best
    practice), one line each: rule, impact, the first elements."""
    page.add_script_tag(content=axe)
    found = page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ['violations']});
        return result.violations.map(v => ({id: v.id, impact: v.impact,
            targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    return [f"{v['id']} ({v['impact']}): {v['targets']}" for v in found
            if v["impact"] in SERIOUS]


def outside_requests(context: object, host: str) -> list[str]:
    """Record (and refuse) every request a page makes to anything but ``host``."""
    asked: list[str] = []

    def route(request_route: object) -> None:
        url = request_route.request.url
        if urlsplit(url).netloc != host and not url.startswith(("data:", "about:")):
            asked.append(url)
            request_route.abort()
        else:
            request_route.continue_()

    context.route("**/*", route)
    return asked


# -- every kind of page ------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_kind_of_page_passes_axe_and_loads_nothing_from_elsewhere(
        browser: object, committed: str, axe: str, lang: str) -> None:
    scanning = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True,
                                   locale="de-DE" if lang == "de" else "en-GB")
    strict = browser.new_context(viewport={"width": 1280, "height": 900})
    asked = outside_requests(strict, urlsplit(committed).netloc)
    scan, plain = scanning.new_page(), strict.new_page()
    problems: dict[str, list[str]] = {}
    errors: list[str] = []
    plain.on("console", lambda m: errors.append(f"{plain.url}: {m.text}")
             if m.type == "error" and "status of 40" not in m.text else None)
    for name, path in PAGE_KINDS:
        if lang == "de" and name not in GERMAN_SCANS:
            continue
        url = committed + path + ("&" if "?" in path else "?") + f"lang={lang}"
        plain.goto(url, wait_until="networkidle")
        assert plain.locator("html").get_attribute("lang") == lang, url
        assert plain.locator("h1").count() == 1, url
        scan.goto(url)
        found = serious_violations(scan, axe)
        if found:
            problems[name] = found
        screenshot(scan, f"page-{name}-{lang}")
    assert problems == {}
    assert asked == []
    assert errors == []
    scanning.close()
    strict.close()


def test_the_sample_pages_with_hostile_data_pass_axe_too(browser: object, sample: Server,
                                                         axe: str) -> None:
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    problems = {}
    for path in ("id/summit/2019-duesseldorf", "id/person/thomas-geisel", "id/org/hostile",
                 "id/person/mallory", "id/declaration/2019-duesseldorf", "network",
                 "search?q=2019"):
        page.goto(sample.url + path)
        found = serious_violations(page, axe)
        if found:
            problems[path] = found
    assert problems == {}
    context.close()


# -- profiles ----------------------------------------------------------------------------------
def test_a_summit_page_fits_on_a_few_screens_with_its_gallery_folded(browser: object,
                                                                     committed: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(committed + "/id/summit/2019-duesseldorf?lang=en")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= 5200, height
    dates = page.locator("dl.key-facts div", has_text="Dates").locator("dd").inner_text()
    assert dates == "2019-08-30 – 2019-09-01"
    assert page.locator("#attendee-groups h3", has_text="Düsseldorf").count() == 1
    cards = page.locator("ul.gallery > li.photo-card")
    visible = [card.is_visible() for card in cards.all()]
    assert visible.count(True) == 12 and len(visible) > 12
    page.get_by_text(f"Show all {len(visible)} photos").click()
    assert all(card.is_visible() for card in cards.all())
    assert page.locator("ul.evidence").first.is_hidden()  # statements folded
    page.get_by_text("All statements", exact=True).click()
    assert page.locator("q.sentence mark").first.is_visible()
    screenshot(page, "profile-summit-open")
    page.close()


def test_profiles_in_german(browser: object, committed: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(committed + "/id/summit/2019-duesseldorf?lang=de")
    headings = page.locator("main h2").all_inner_texts()
    assert any(h.startswith("Teilnehmende nach Stadt") for h in headings), headings
    assert any(h.startswith("Städte nach Land") for h in headings), headings
    page.goto(committed + "/id/city/duesseldorf?lang=de")
    assert page.locator("dl.key-facts dt").first.inner_text() == "Land"
    assert page.locator("dl.key-facts dd").first.inner_text() == "Deutschland"
    screenshot(page, "profile-city-de")
    page.close()


def test_a_city_shows_a_pin_on_a_map_drawn_here(browser: object, committed: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    asked = outside_requests(context, urlsplit(committed).netloc)
    page = context.new_page()
    page.goto(committed + "/id/city/montreal", wait_until="networkidle")
    pin = page.locator("figure.map .pin circle")
    assert pin.count() == 1
    assert page.locator("figure.map .pin title").text_content().startswith("Montreal (45.5")
    land = page.evaluate("""() => new Promise(done => { const i = new Image();
        i.onload = () => done(i.naturalWidth); i.onerror = () => done(0);
        i.src = '/map/world.svg'; })""")
    assert land > 0 and asked == []
    screenshot(page, "profile-city")
    context.close()


def test_a_person_page_quotes_their_words_and_shows_their_photos(browser: object,
                                                                committed: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(committed + "/id/person/thomas-geisel")
    assert page.locator("ul.quotations blockquote").count() >= 1
    assert page.locator("ul.quotations li a").first.inner_text().startswith("Quotation")
    assert page.locator("ul.gallery .photo-name").first.inner_text().startswith("Photo ")
    assert page.locator("#roles + ul li", has_text="Düsseldorf").count() >= 1
    screenshot(page, "profile-person")
    page.close()


def test_a_declaration_maps_its_signatories(browser: object, committed: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(committed + "/id/declaration/2019-duesseldorf")
    signed = int(page.locator("dl.key-facts div", has_text="Signatory cities")
                 .locator("dd").inner_text())
    pins = page.locator("figure.map .pin circle").count()
    listed = page.locator("#signing-groups li").count()
    assert listed == signed and 0 < pins <= signed
    screenshot(page, "profile-declaration")
    page.close()


def test_a_release_states_its_facts_by_kind_with_sentences(browser: object,
                                                           committed: str) -> None:
    if not RELEASES.is_dir():
        pytest.skip("the seed release is not at hand")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(committed + "/id/release/duesseldorf-20190901-318")
    headings = page.locator("main h2").all_inner_texts()
    assert any(h.startswith("People and roles") for h in headings)
    marked = page.locator("q.sentence mark")
    assert marked.count() > 20
    sentences = page.locator("q.sentence").all_text_contents()
    assert len(sentences) == len(set(sentences)) or len(sentences) > 20
    screenshot(page, "profile-release")
    page.close()


# -- search ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("term", "group", "expected"), [
    ("montreal", "Summits", "/id/summit/2015-montreal"),
    ("2019", "Summits", "/id/summit/2019-duesseldorf"),
    ("izmir", "Summits", "/id/summit/2021-izmir"),
    ("dusseldorf", "Cities", "/id/city/duesseldorf"),
    ("michal", "People", "/id/person/michal-olszewski"),
    ("deputy mayor", "Roles", "/id/role/deputy-mayor"),
])
def test_search_cases_in_the_browser(browser: object, committed: str, term: str, group: str,
                                     expected: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(committed + "/?lang=en")
    page.get_by_role("searchbox", name="Search names").fill(term)
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    section = page.locator("main section", has=page.locator("h3", has_text=group))
    links = [urlsplit(href).path for href in
             section.locator("ol.results li > a").evaluate_all("as => as.map(a => a.href)")]
    assert expected in links, (group, links)
    screenshot(page, f"search-{term.replace(' ', '-')}")
    page.close()


# -- network -----------------------------------------------------------------------------------
def test_the_network_picture_is_readable(browser: object, committed: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(committed + "/network?lang=en")
    smallest = page.evaluate("""() => Math.min(...Array.from(
        document.querySelectorAll('.network-picture svg text')).map(t => {
            const m = t.getScreenCTM();
            return parseFloat(t.getAttribute('font-size')) * Math.hypot(m.a, m.b); }))""")
    assert smallest >= 11, smallest
    assert page.locator(".network-legend").inner_text().count("(") >= 2  # continents, counted
    title = page.locator(".network-picture g.city title").first.text_content()
    assert "linked to" in title
    isolated = page.locator(".network-aside li").count()
    assert isolated >= 1  # members without a summit are named, not dropped
    page.get_by_label("Highlight a summit").select_option("2015-montreal")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/network?summit=2015-montreal")
    assert page.locator(".network-picture g.city.dim").count() > 0
    assert page.locator(".network-picture g.hub.chosen").count() == 1
    screenshot(page, "network-filtered")
    page.close()
