"""The browsing UI's pages, over HTTP with Flask's test client on the real app and store.

Structure and content are checked against the store itself (independent SPARQL queries), so
the expectations follow the data rather than being copied from the pages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import rdflib
from flask import Flask
from flask.testing import FlaskClient
from ui_support import (
    DATA_IRI,
    EVIDENCE,
    HOSTILE_IRI,
    HOSTILE_LABEL,
    MARKUP_NAME,
    RELEASE_SLUG,
    RELEASE_TEXT,
    span_of,
    write_dataset,
)

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web.app import create_app

CITY = "/id/city/duesseldorf"
SUMMIT = "/id/summit/2019-duesseldorf"
RELEASE = f"/id/release/{RELEASE_SLUG}"
PAGES = ("/", "/browse/cities", "/browse/people", "/browse/summits", "/browse/declarations",
         "/browse/organisations", "/browse/releases", "/search?q=dusseldorf", "/query",
         "/query?query=SELECT+%2A+WHERE+%7B%3Fs+%3Fp+%3Fo%7D+LIMIT+20", CITY, SUMMIT, RELEASE,
         "/id/org/hostile", "/id/person/mallory", "/id/release/hostile-20200101-1",
         f"/graph/release/{RELEASE_SLUG}", "/graph/reference", "/ontology", "/-/settings",
         "/network", "/network?summit=2019-duesseldorf", "/search?q=2019", "/id/city/montreal",
         "/id/person/thomas-geisel", "/id/declaration/2019-duesseldorf",
         "/id/photo/duesseldorf-20190901-999-1")


class Page(HTMLParser):
    """The parts of an HTML page the tests look at."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.links: list[str] = []
        self.resources: list[str] = []  # script src, stylesheet/icon href, img src
        self.scripts_inline = 0
        self.style_attributes = 0
        self.event_attributes: list[str] = []
        self.landmarks: set[str] = set()
        self.headings: list[tuple[str, str]] = []
        self.rows: list[list[str]] = []
        self.cells: list[dict[str, str]] = []
        self._heading: str | None = None
        self._text: list[str] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "script":
            if a.get("src"):
                self.resources.append(a["src"])
            else:
                self.scripts_inline += 1
        if tag == "link" and a.get("rel") in ("stylesheet", "icon"):
            self.resources.append(a["href"])
        if tag == "img":
            self.resources.append(a.get("src", ""))
        if "style" in a:
            self.style_attributes += 1
        self.event_attributes += [k for k in a if k.startswith("on")]
        if tag in ("main", "nav", "header", "footer"):
            self.landmarks.add(tag)
        if tag in ("h1", "h2", "h3"):
            self._heading, self._text = tag, []
        if tag == "tr":
            self._row = []
        if tag in ("td", "th") and self._row is not None:
            self._cell = []
            self.cells.append(a)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._heading:
            self.headings.append((tag, " ".join("".join(self._text).split())))
            self._heading = None
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._heading:
            self._text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    def h1(self) -> str:
        return next(text for tag, text in self.headings if tag == "h1")


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_dataset(tmp_path_factory.mktemp("ui"))


@pytest.fixture(scope="module")
def store(dataset: Path) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(None)
    opened.load(dataset)
    yield opened
    opened.close()


def make_app(store: EmbeddedStore, dataset: Path, *, releases: Path | None) -> Flask:
    return create_app({"data": str(dataset), "releases": str(releases) if releases else ""},
                      store=store)


@pytest.fixture(scope="module")
def app(store: EmbeddedStore, dataset: Path) -> Flask:
    return make_app(store, dataset, releases=dataset.parent / "releases")


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    """A fresh client (no language cookie from another test)."""
    return app.test_client()


def get(client: FlaskClient, url: str, **headers: str) -> tuple[int, str, Page]:
    response = client.get(url, headers={"Accept": "text/html", **headers})
    text = response.get_data(as_text=True)
    return response.status_code, text, Page(text)


def select(store: EmbeddedStore, query: str) -> list[dict[str, str]]:
    result = store.query("PREFIX lt: <https://w3id.org/ltgraph/ontology#>\n"
                         "PREFIX schema: <https://schema.org/>\n"
                         "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query)
    return [{k: str(v) for k, v in row.items()} for row in result.bindings()]


# -- every page ----------------------------------------------------------------------------
@pytest.mark.parametrize("url", PAGES)
def test_every_page_is_accessible_safe_and_loads_only_its_own_files(client: FlaskClient,
                                                                     url: str) -> None:
    """Given any page: 200, one h1, the landmarks, a skip link to the main content, a CSP
    that allows only our own files, no inline script, style or event handler; and, with data
    holding a <script> label, a javascript: and a data: IRI, every link is one of our paths or
    an http(s) address and the hostile text is escaped."""
    response = client.get(url, headers={"Accept": "text/html"})
    text = response.get_data(as_text=True)
    assert response.status_code == 200, text[:500]
    page = Page(text)
    assert [tag for tag, _ in page.headings].count("h1") == 1
    assert {"main", "nav", "header", "footer"} <= page.landmarks
    assert "#content" in page.links
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert page.scripts_inline == 0 and page.style_attributes == 0
    assert page.event_attributes == []
    assert all(src.startswith("/") and not src.startswith("//") for src in page.resources)
    for href in page.links:
        assert href.startswith(("/", "#", "http://", "https://")), href
    assert HOSTILE_LABEL not in text
    assert MARKUP_NAME not in text


@pytest.mark.parametrize("url", ["/search", "/browse/cities", "/query"])
def test_what_the_reader_typed_comes_back_as_text(client: FlaskClient, url: str) -> None:
    hostile = '</textarea><script>alert(1)</script>"><img src=x onerror=alert(1)>'
    parameter = "query" if url == "/query" else "q"
    response = client.get(url, query_string={parameter: hostile},
                          headers={"Accept": "text/html"})
    text = response.get_data(as_text=True)
    assert "<script>alert(1)" not in text and "<img src=x" not in text
    assert "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert Page(text).scripts_inline == 0


def test_the_hostile_resource_shows_its_values_as_inert_text(client: FlaskClient) -> None:
    _, text, page = get(client, "/id/org/hostile")
    assert page.h1() == HOSTILE_LABEL  # shown, as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert HOSTILE_IRI in text and HOSTILE_IRI not in page.links
    assert not any(link.startswith("data:") for link in page.links)
    _, text, _ = get(client, "/id/person/mallory")
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in text
    assert DATA_IRI not in text


# -- home ------------------------------------------------------------------------------------
def test_home_counts_what_the_store_holds(client: FlaskClient, store: EmbeddedStore) -> None:
    counts = {}
    for class_name, href in (("City", "/browse/cities"), ("Person", "/browse/people"),
                             ("Summit", "/browse/summits"), ("PressRelease", "/browse/releases")):
        expected = select(store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) "
                                 f"WHERE {{ ?x a lt:{class_name} }}")[0]["n"]
        counts[href] = expected
    text = client.get("/").get_data(as_text=True)
    for href, n in counts.items():
        assert re.search(rf'href="{href}"><strong>{n}</strong>', text), (href, n)


def test_home_puts_the_summits_on_a_timeline_in_date_order(client: FlaskClient,
                                                           store: EmbeddedStore) -> None:
    text = client.get("/").get_data(as_text=True)
    timeline = text[text.index('class="timeline"'):]
    timeline = timeline[:timeline.index("</ol>")]
    summits = select(store, "SELECT DISTINCT ?s ?start WHERE { ?s a lt:Summit ; "
                            "schema:startDate ?start } ORDER BY ?start")
    paths = [urlsplit(row["s"]).path.removeprefix("/ltgraph") for row in summits]
    positions = [timeline.index(f'href="{path}"') for path in paths]
    assert positions == sorted(positions) and len(paths) == 2
    adopted = select(store, "SELECT ?d WHERE { ?d lt:adoptedAt "
                            "<https://w3id.org/ltgraph/id/summit/2019-duesseldorf> }")
    declaration = urlsplit(adopted[0]["d"]).path.removeprefix("/ltgraph")
    assert positions[0] < timeline.index(f'href="{declaration}"')  # under its summit


def test_home_embeds_the_city_network_picture_when_the_network_part_is_there(
        client: FlaskClient) -> None:
    _, text, page = get(client, "/")
    if "/network" not in page.links:
        assert 'id="network-placeholder"' in text
        pytest.skip("ltgraph.network.web is not installed: the home page shows its placeholder")
    assert re.search(r'<svg viewBox="0 0 1000 1000" role="img" aria-labelledby="network-title',
                     text)
    assert "<title>Warsaw (PL): linked to 3 cities; 1 summit</title>" in text


# -- lists -----------------------------------------------------------------------------------
def test_the_city_list_names_every_city_with_its_country(client: FlaskClient,
                                                         store: EmbeddedStore) -> None:
    _, _, page = get(client, "/browse/cities")
    body = [row for row in page.rows[1:]]
    expected = select(store, 'SELECT DISTINCT ?city ?label ?country WHERE { ?city a lt:City ; '
                             'rdfs:label ?label ; lt:country/rdfs:label ?country . '
                             'FILTER(LANG(?label) = "en" && LANG(?country) = "en") }')
    assert len(body) == len({row["city"] for row in expected})
    for row in expected:
        assert [row["label"], row["country"]] in [cells[:2] for cells in body]


def test_lists_sort_and_filter_on_the_server(client: FlaskClient) -> None:
    _, _, ascending = get(client, "/browse/cities?sort=city&order=asc")
    _, _, descending = get(client, "/browse/cities?sort=city&order=desc")
    names = [row[0] for row in ascending.rows[1:]]
    assert names == sorted(names, key=str.casefold)
    assert [row[0] for row in descending.rows[1:]] == names[::-1]
    _, _, filtered = get(client, "/browse/cities?q=POLAND")
    assert [row[0] for row in filtered.rows[1:]] == ["Warsaw"]
    _, _, german = get(client, "/browse/cities?q=polen&lang=de")
    assert [row[0] for row in german.rows[1:]] == ["Warschau"]


def test_each_list_announces_its_json_twin_with_the_same_rows(client: FlaskClient) -> None:
    response = client.get("/browse/summits?q=montreal")
    match = re.match(r'<([^>]+)>; rel="alternate"; type="application/json"',
                     response.headers["Link"])
    assert match
    twin = client.get(match.group(1))
    assert twin.status_code == 200 and twin.mimetype == "application/json"
    rows = json.loads(twin.get_data(as_text=True))["rows"]
    assert [r["summit"][0]["text"] for r in rows] == ["Montreal summit 2015"]
    assert rows[0]["summit"][0]["iri"] == "https://w3id.org/ltgraph/id/summit/2015-montreal"


def test_the_people_list_shows_roles_with_their_organisations(client: FlaskClient) -> None:
    _, _, page = get(client, "/browse/people?q=geisel")
    assert page.rows[1][:2] == ["Thomas Geisel", "mayor – Düsseldorf"]


def test_the_organisation_list_says_which_are_networks_and_whom_they_partnered(
        client: FlaskClient) -> None:
    _, _, page = get(client, "/browse/organisations")
    rows = {row[0]: row[1:] for row in page.rows[1:]}
    assert rows["International Observatory of Mayors on Living Together"][0] == "network"
    assert rows["Messe Düsseldorf"] == ["organisation", "Düsseldorf summit 2019", "main sponsor"]


def test_an_unknown_list_is_404(client: FlaskClient) -> None:
    assert client.get("/browse/nothing").status_code == 404


# -- search ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("term", "expected"), [
    ("dusseldorf", "/id/city/duesseldorf"), ("DUESSELDORF", "/id/city/duesseldorf"),
    ("michal", "/id/person/michal-olszewski"), ("MICHAŁ", "/id/person/michal-olszewski"),
    ("warszawa", "/id/city/warsaw"), ("montreal", "/id/city/montreal"),
    ("Montréal", "/id/city/montreal"),
])
def test_search_ignores_case_and_accents_in_every_language(client: FlaskClient, term: str,
                                                           expected: str) -> None:
    _, _, page = get(client, f"/search?q={term}")
    results = [link for link in page.links if link.startswith("/id/")]
    assert results and results[0] == expected, results


@pytest.mark.parametrize("term", ['"} UNION { ?s ?p ?o } #', "> } ; DROP ALL", "\\u0022",
                                  "%", "' OR 1=1 --"])
def test_search_terms_are_never_query_text(client: FlaskClient, term: str) -> None:
    response = client.get("/search", query_string={"q": term})
    assert response.status_code == 200
    assert [link for link in Page(response.get_data(as_text=True)).links
            if link.startswith("/id/")] == []


def test_search_says_under_which_name_it_found_something(client: FlaskClient) -> None:
    text = client.get("/search?q=duesseldorf").get_data(as_text=True)
    assert "found as “Duesseldorf”" not in text  # the label shown matches as well
    text = client.get("/search?q=warszawa").get_data(as_text=True)
    assert "found as “Warszawa”" in text


def test_search_has_a_json_twin(client: FlaskClient) -> None:
    response = client.get("/search?q=michal")
    assert 'rel="alternate"; type="application/json"' in response.headers["Link"]
    data = json.loads(client.get("/search.json?q=michal").get_data(as_text=True))
    assert data["results"][0]["iri"] == "https://w3id.org/ltgraph/id/person/michal-olszewski"
    assert data["results"][0]["label"] == "Michał Olszewski"


# -- resource pages --------------------------------------------------------------------------
def test_the_label_follows_the_readers_language(app: Flask) -> None:
    """``?lang=`` first, then Accept-Language, English by default (each a new reader)."""
    assert get(app.test_client(), SUMMIT)[2].h1() == "Düsseldorf summit 2019"
    assert get(app.test_client(), SUMMIT + "?lang=de")[2].h1() == "Gipfel Düsseldorf 2019"
    assert get(app.test_client(), SUMMIT, **{"Accept-Language": "de-DE,de;q=0.9"})[2].h1() \
        == "Gipfel Düsseldorf 2019"
    assert get(app.test_client(), SUMMIT + "?lang=en",
               **{"Accept-Language": "de"})[2].h1() == "Düsseldorf summit 2019"
    assert get(app.test_client(), SUMMIT, **{"Accept-Language": "fr"})[2].h1() == \
        "Düsseldorf summit 2019"
    response = app.test_client().get(SUMMIT + "?lang=de", headers={"Accept": "text/html"})
    assert "Accept-Language" in response.headers["Vary"]
    assert '<html lang="de">' in response.get_data(as_text=True)


@pytest.mark.parametrize(("header", "language"), [
    ("de-DE", "de"), ("de-AT,en;q=0.5", "de"), ("en;q=0.3, de;q=0.7", "de"), ("fr", "en"),
    ("fr-CH, fr;q=0.9, de;q=0.8", "de"), ("de;q=0, en", "en"), ("*", "en"), ("", "en"),
])
def test_accept_language_chooses_by_the_readers_order(app: Flask, header: str,
                                                      language: str) -> None:
    response = app.test_client().get(SUMMIT, headers={"Accept": "text/html",
                                                      "Accept-Language": header})
    assert f'<html lang="{language}">' in response.get_data(as_text=True)


def test_a_resource_page_shows_every_statement_with_the_linked_labels(
        client: FlaskClient, store: EmbeddedStore) -> None:
    _, text, page = get(client, SUMMIT)
    description = store.describe("https://w3id.org/ltgraph/id/summit/2019-duesseldorf")
    for _, _, o, _ in description.outgoing:
        if isinstance(o, rdflib.URIRef):
            assert urlsplit(str(o)).path.removeprefix("/ltgraph") in page.links, o
        else:
            assert str(o) in text, o
    assert "Warsaw" in text and "Michał Olszewski" in text  # labels of linked resources
    assert any(kind == "h2" and "Incoming" in title for kind, title in page.headings)
    assert "/id/declaration/2019-duesseldorf" in page.links  # an incoming link


def test_each_fact_links_the_release_that_states_it_and_its_text_span(
        client: FlaskClient) -> None:
    _, text, page = get(client, SUMMIT)
    assert RELEASE in page.links
    for subject, _, _, words in EVIDENCE:
        if subject.startswith("summit:"):
            assert f"<mark>{words}</mark>" in text
    for start, end, quoted in quoted_sentences(text):
        assert RELEASE_TEXT[start:end] == strip_marks(quoted)  # the whole sentence, exactly
        assert RELEASE_TEXT[start:end].endswith(".")


def test_a_fact_quotes_each_sentence_once_with_all_its_words_marked(
        client: FlaskClient) -> None:
    """Two spans of one fact in the same sentence are one quotation with two marks."""
    _, text, _ = get(client, SUMMIT)
    sentences = [strip_marks(q) for _, _, q in quoted_sentences(text)]
    host = "the city of Düsseldorf hosted"
    assert sum(host in sentence for sentence in set(sentences)) == 1


def quoted_sentences(text: str) -> list[tuple[int, int, str]]:
    return [(int(a), int(b), q) for a, b, q in re.findall(
        r'<q class="sentence" data-start="(\d+)" data-end="(\d+)">(.*?)</q>', text, re.S)]


def strip_marks(quoted: str) -> str:
    return unescape(re.sub(r"</?mark>", "", quoted))


def test_without_the_release_file_spans_are_offsets_only(store: EmbeddedStore,
                                                         dataset: Path) -> None:
    client = make_app(store, dataset, releases=None).test_client()
    _, text, _ = get(client, SUMMIT)
    start, end = span_of(EVIDENCE[0][3])
    assert f"{start}–{end}" in text and EVIDENCE[0][3] not in text


def test_a_changed_release_file_is_not_quoted(store: EmbeddedStore, dataset: Path,
                                              tmp_path: Path) -> None:
    """The file must be the one the graph was built from (its SHA-256)."""
    source = dataset.parent / "releases"
    (tmp_path / "releases").mkdir()
    for path in source.iterdir():
        (tmp_path / "releases" / path.name).write_text(path.read_text() + " changed")
    client = make_app(store, dataset, releases=tmp_path / "releases").test_client()
    _, text, _ = get(client, SUMMIT)
    assert EVIDENCE[0][3] not in text


def test_a_network_page_lists_its_members_with_the_year_they_joined(
        client: FlaskClient, store: EmbeddedStore) -> None:
    _, _, page = get(client, "/id/org/observatory")
    expected = select(store, "SELECT ?label ?since WHERE { ?m org:organization "
                             "<https://w3id.org/ltgraph/id/org/observatory> ; org:member ?city ;"
                             " lt:memberSince ?since . ?city rdfs:label ?label "
                             "FILTER(LANG(?label) = 'en') }".replace(
                                 "SELECT", "PREFIX org: <http://www.w3.org/ns/org#>\nSELECT"))
    members = [row[:2] for row in page.rows if len(row) == 3 and row[2] == "reference"]
    assert members == [[row["label"], row["since"]] for row in expected] and members


def test_resource_pages_announce_their_turtle_and_json_ld_twins(client: FlaskClient) -> None:
    response = client.get(CITY, headers={"Accept": "text/html"})
    links = response.headers["Link"]
    page = Page(response.get_data(as_text=True))
    for media, format_name in (("text/turtle", "turtle"), ("application/ld+json", "json-ld")):
        match = re.search(rf'<([^>]+)>; rel="alternate"; type="{re.escape(media)}"', links)
        assert match, links
        announced = urlsplit(match.group(1))
        assert f"{announced.path}?{announced.query}" in page.links
        twin = client.get(f"{announced.path}?{announced.query}")
        assert twin.status_code == 200 and twin.mimetype == media
        data = rdflib.Dataset().parse(data=twin.get_data(as_text=True), format=format_name)
        assert any(data.quads((rdflib.URIRef("https://w3id.org/ltgraph/id/city/duesseldorf"),
                               rdflib.RDFS.label, rdflib.Literal("Düsseldorf", lang="en"), None)))


def test_the_language_switch_is_remembered(client: FlaskClient) -> None:
    response = client.get(SUMMIT + "?lang=de", headers={"Accept": "text/html"})
    assert "lang=de" in response.headers["Set-Cookie"]
    assert get(client, SUMMIT)[2].h1() == "Gipfel Düsseldorf 2019"
    client.get(SUMMIT + "?lang=en")
    assert get(client, SUMMIT)[2].h1() == "Düsseldorf summit 2019"


# -- release pages ---------------------------------------------------------------------------
def test_a_release_page_groups_its_facts_with_their_evidence(client: FlaskClient) -> None:
    _, text, page = get(client, RELEASE)
    headings = [title for tag, title in page.headings if tag == "h2"]
    for group in ("People and roles", "Cities", "Events", "Partners"):
        assert any(title.startswith(group) for title in headings), headings
    mandates = [row for row in page.rows if row and row[0] == "Thomas Geisel"]
    assert mandates and mandates[0][1:4] == ["mayor", "Lord Mayor @en", "Düsseldorf"]
    for _, _, _, words in EVIDENCE:
        assert f"<mark>{words}</mark>" in text
    about = text[text.index('id="metadata"'):text.index('class="notice"')]
    order = [about.index(f'<dt title="{term}">') for term in (
        "https://schema.org/headline", "https://schema.org/datePublished",
        "https://schema.org/publisher", "https://w3id.org/ltgraph/ontology#sha256",
        "https://schema.org/mentions")]
    assert order == sorted(order)  # the headline first, the long lists last
    assert f"/graph/release/{RELEASE_SLUG}" in page.links


def test_the_release_graph_page_links_back_to_its_release(client: FlaskClient) -> None:
    _, _, page = get(client, f"/graph/release/{RELEASE_SLUG}")
    assert RELEASE in page.links


# -- query page ------------------------------------------------------------------------------
QUERY = ("PREFIX lt: <https://w3id.org/ltgraph/ontology#>\n"
         "SELECT ?summit ?host WHERE { ?summit a lt:Summit ; lt:hostCity ?host } ORDER BY ?summit")


def test_the_query_page_shows_the_rows_the_store_returns(client: FlaskClient,
                                                         store: EmbeddedStore) -> None:
    response = client.get("/query", query_string={"query": QUERY})
    page = Page(response.get_data(as_text=True))
    values = [c["data-value"] for c in page.cells if "data-value" in c]
    expected = [str(term) for row in store.query(QUERY).rows for term in row]
    assert values == expected
    assert "/id/summit/2015-montreal" in page.links


def test_the_query_page_offers_every_result_format(client: FlaskClient) -> None:
    page = Page(client.get("/query", query_string={"query": QUERY}).get_data(as_text=True))
    downloads = [link for link in page.links if link.startswith("/sparql?")]
    formats = {parse_qs(urlsplit(link).query)["format"][0] for link in downloads}
    assert formats == {"json", "xml", "csv", "tsv"}
    for link in downloads:
        assert parse_qs(urlsplit(link).query)["query"] == [QUERY]
        assert client.get(link).status_code == 200
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a ?o . BIND(<urn:x> AS ?p) } LIMIT 3"
    page = Page(client.get("/query", query_string={"query": construct}).get_data(as_text=True))
    formats = {parse_qs(urlsplit(link).query)["format"][0] for link in page.links
               if link.startswith("/sparql?")}
    assert formats == {"turtle", "nt", "jsonld", "rdfxml", "trig", "nq"}


def test_the_query_page_and_home_announce_their_machine_twins(client: FlaskClient) -> None:
    links = client.get("/query", query_string={"query": QUERY}).headers["Link"]
    twins = re.findall(r'<([^>]+)>; rel="alternate"; type="([^"]+)"', links)
    assert {media for _, media in twins} == {"application/sparql-results+json",
                                             "application/sparql-results+xml", "text/csv",
                                             "text/tab-separated-values"}
    assert all(parse_qs(urlsplit(href).query)["query"] == [QUERY] for href, _ in twins)
    home = client.get("/").headers["Link"]
    assert home == '</.well-known/void>; rel="alternate"; type="text/turtle"'
    assert client.get("/.well-known/void").status_code == 200


def test_a_bad_query_is_answered_plainly(client: FlaskClient) -> None:
    response = client.get("/query", query_string={"query": "SELEC * WHERE { ?s ?p ?o }"})
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert '<div role="alert">' in text and 'class="error"' in text
    assert "Traceback" not in text
    refused = client.get("/query", query_string={
        "query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert refused.status_code == 400 and "SERVICE" in refused.get_data(as_text=True)


def test_the_query_page_lists_the_competency_questions_and_our_examples(
        client: FlaskClient) -> None:
    text = client.get("/query").get_data(as_text=True)
    own = sorted((Path(__file__).resolve().parents[2] / "src/ltgraph/web/examples").glob("*.rq"))
    assert own
    shared = Path(__file__).resolve().parents[2] / ".." / "shared" / "cq"
    for path in own + sorted(shared.glob("*.rq")):
        title = path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        assert title.replace("'", "&#39;") in text, path.name


def test_a_browser_asking_the_endpoint_for_html_gets_the_editor(client: FlaskClient) -> None:
    response = client.get("/sparql", headers={"Accept": "text/html"})
    assert response.status_code == 200 and 'action="/query"' in response.get_data(as_text=True)
    assert client.get("/sparql", headers={"Accept": "text/turtle"}).mimetype == "text/turtle"


# -- pages about the site ----------------------------------------------------------------------
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize(("url", "status"), [
    ("/no/such/page", 404), ("/id/city/atlantis", 404), ("/id/planet/mars", 404),
    ("/graph/release/nothing-20000101-1", 404), ("/dumps/ltgraph.xls", 404),
    (f"{CITY}?format=xls", 406)])
def test_a_browser_gets_error_pages_in_the_site_layout_with_a_way_back(
        client: FlaskClient, url: str, status: int) -> None:
    response = client.get(url, headers={"Accept": BROWSER})
    assert response.status_code == status and response.mimetype == "text/html"
    page = Page(response.get_data(as_text=True))
    assert page.h1() and {"main", "nav", "header", "footer"} <= page.landmarks
    assert "/" in page.links and "#content" in page.links
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize("accept", ["text/turtle", "application/json", "*/*", ""])
def test_other_clients_keep_plain_error_answers(client: FlaskClient, accept: str) -> None:
    for url in ("/no/such/page", "/id/city/atlantis", f"{CITY}?format=xls"):
        response = client.get(url, headers={"Accept": accept} if accept else {})
        assert response.status_code in (404, 406) and response.mimetype == "text/plain", url


def test_the_404_page_offers_to_search_for_what_was_asked(client: FlaskClient) -> None:
    _, _, page = get(client, "/id/city/koeln", Accept=BROWSER)
    assert "/search?q=koeln" in page.links
    _, _, page = get(client, f"{CITY}?format=xls", Accept=BROWSER)
    assert CITY in page.links  # the 406 page links the page itself


@pytest.mark.parametrize("status", [400, 503])
def test_bad_requests_and_timeouts_have_pages_too(app: Flask, status: int) -> None:
    from ltgraph.web.errors import page as error_page

    with app.test_request_context("/sparql", headers={"Accept": BROWSER}):
        response = error_page(status, f"{status}: the message")
    assert response.status_code == status and response.mimetype == "text/html"
    text = response.get_data(as_text=True)
    assert "the message" in text and Page(text).h1()
    with app.test_request_context("/sparql", headers={"Accept": "application/json"}):
        assert error_page(status, "x").mimetype == "text/plain"


def test_a_bad_query_from_a_browser_gets_an_html_400(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "SELEC nothing"},
                          headers={"Accept": BROWSER})
    assert response.status_code == 400


def test_the_settings_page_is_a_table_for_browsers_and_json_for_programs(
        client: FlaskClient) -> None:
    from ltgraph.settings import SETTINGS

    _, _, page = get(client, "/-/settings", Accept=BROWSER)
    names = [row[0] for row in page.rows[1:]]
    assert names == [s.name for s in SETTINGS]
    assert "/-/settings?format=json" in page.links
    for response in (client.get("/-/settings?format=json", headers={"Accept": BROWSER}),
                     client.get("/-/settings", headers={"Accept": "application/json"}),
                     client.get("/-/settings")):
        assert [r["name"] for r in response.get_json()["settings"]] == names


def test_the_ontology_page_is_titled_and_sectioned(client: FlaskClient,
                                                    store: EmbeddedStore) -> None:
    _, _, page = get(client, "/ontology")
    assert "graph/ontology" not in page.h1()
    h2 = [title for tag, title in page.headings if tag == "h2"]
    assert [t.split(" (")[0] for t in h2] == ["Classes", "Relations", "Values",
                                                "Concept schemes"]
    classes = select(store, "SELECT ?c WHERE { ?c a <http://www.w3.org/2002/07/owl#Class> }")
    assert h2[0].endswith(f"({len(classes)})")
    _, _, german = get(client, "/ontology?lang=de")
    assert [t for tag, t in german.headings if tag == "h2"][0].startswith("Klassen")


def test_every_property_row_has_a_readable_name(client: FlaskClient) -> None:
    for url in (SUMMIT, CITY, RELEASE, "/graph/reference"):
        _, text, _ = get(client, url)
        names = re.findall(r'<dt title="[^"]*">([^<]*)<span class="note">([^<]*)</span>', text)
        assert names, url
        for name, short in names:
            assert ":" not in name and name != short, (url, name)
    _, text, _ = get(client, SUMMIT)
    assert ">organiser<" in text and ">editorial note<" in text


# -- profiles ----------------------------------------------------------------------------------
class Profile(HTMLParser):
    """A profile's sections: each ``.profile-group`` heading with the texts of its items, the
    key facts, the map pins' titles and the photo cards' names."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.groups: dict[str, dict[str, list[str]]] = {}
        self.facts: dict[str, str] = {}
        self.pins: list[str] = []
        self.photos: list[str] = []
        self._stack: list[tuple[str, str]] = []
        self._where: str | None = None
        self._group: str | None = None
        self._fact: str | None = None
        self._text: list[str] = []
        self._capture: str | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if a.get("class") == "profile-groups":
            self._where = a.get("id", "")
            self.groups[self._where] = {}
        if tag in ("h3", "li", "dt", "dd", "title") or "photo-name" in a.get("class", ""):
            self._capture, self._text = tag if tag != "a" else "photo", []

    def handle_endtag(self, tag: str) -> None:
        if self._capture is None or (tag != self._capture and not
                                     (tag == "a" and self._capture == "photo")):
            return
        text = " ".join("".join(self._text).split())
        if tag == "h3" and self._where is not None:
            self._group = text.rsplit(" ", 1)[0]
            self.groups[self._where][self._group] = []
        elif tag == "li" and self._where is not None and self._group is not None:
            self.groups[self._where][self._group].append(text)
        elif tag == "dt":
            self._fact = text
        elif tag == "dd" and self._fact is not None:
            self.facts[self._fact] = text
            self._fact = None
        elif tag == "title":
            self.pins.append(text)
        elif self._capture == "photo":
            self.photos.append(text)
        self._capture = None

    def handle_data(self, data: str) -> None:
        if self._capture is not None:
            self._text.append(data)


def profile(client: FlaskClient, url: str) -> tuple[str, Profile]:
    """The profile part of a page (before "All statements"), as text and parsed."""
    text = get(client, url)[1]
    part = text[text.index("<main"):text.index('<details class="all-statements"')]
    return part, Profile(part)


def test_a_summit_profile_answers_when_where_who_and_with_whom(client: FlaskClient,
                                                                store: EmbeddedStore) -> None:
    text, page = profile(client, SUMMIT)
    assert page.facts["Dates"] == "2019-08-30 – 2019-09-01"
    assert page.facts["Host city"] == "Düsseldorf"
    assert page.facts["Venues"] == "Tonhalle Düsseldorf"
    assert page.facts["Organisers"] == "Düsseldorf"
    assert page.facts["Co-organisers"] == "International Observatory of Mayors on Living Together"
    assert page.facts["Declarations adopted"] == "Düsseldorf declaration"
    attendees = page.groups["attendee-groups"]
    assert attendees["Düsseldorf"] == ["Thomas Geisel mayor"]
    assert attendees["Warsaw"] == ["Michał Olszewski deputy mayor"]
    expected = select(store, """SELECT ?country (COUNT(DISTINCT ?city) AS ?n) WHERE {
        { <https://w3id.org/ltgraph/id/summit/2019-duesseldorf> lt:participatingCity ?city }
        UNION { ?d lt:adoptedAt <https://w3id.org/ltgraph/id/summit/2019-duesseldorf> ;
                   lt:signatory ?city }
        ?city lt:country ?c . ?c rdfs:label ?country FILTER(LANG(?country) = "en") }
        GROUP BY ?country""")
    cities = page.groups["city-groups"]
    assert {country: len(found) for country, found in cities.items()} == {
        row["country"]: int(row["n"]) for row in expected}
    assert "Düsseldorf host, signed" in cities["Germany"]
    assert page.groups["partner-groups"] == {"main sponsor": ["Messe Düsseldorf"]}
    assert re.search(r'delegation[^<]*</th><td class="num">3</td>', text)
    assert page.photos == ["Photo 1 – Michał Olszewski, Thomas Geisel"]
    assert "All statements</h2></summary>" in get(client, SUMMIT)[1]


def test_a_summit_profile_in_german(client: FlaskClient) -> None:
    _, page = profile(client, SUMMIT + "?lang=de")
    assert page.facts["Gastgeberstadt"] == "Düsseldorf"
    assert page.groups["attendee-groups"]["Warschau"] == [
        "Michał Olszewski stellvertretender Bürgermeister"]
    assert page.groups["partner-groups"] == {"Hauptsponsor": ["Messe Düsseldorf"]}


def test_a_city_profile_names_its_country_officials_summits_and_a_map_pin(
        client: FlaskClient) -> None:
    text, page = profile(client, "/id/city/montreal")
    assert page.facts["Country"] == "Canada"
    assert page.facts["Member of"].endswith("since 2016")
    summits = re.findall(r'<li><a href="(/id/summit/[^"]+)"', text)
    assert summits == ["/id/summit/2015-montreal", "/id/summit/2019-duesseldorf"]  # in order
    assert "/id/declaration/2019-duesseldorf" in Page(text).links
    assert page.pins == ["Where Montreal is", "Montreal (45.51°, -73.59°)"]  # from GeoNames
    assert '<image href="/map/world.svg"' in text
    _, page = profile(client, CITY)
    assert page.facts["Country"] == "Germany"


def test_a_city_profile_lists_its_officials_with_role_and_period(client: FlaskClient) -> None:
    text, _ = profile(client, CITY)
    officials = text[text.index('id="officials"'):text.index('id="events"')]
    assert "Thomas Geisel" in officials and "2014-09-01 – 2020-10-31" in officials


def test_a_person_profile_shows_roles_events_quotations_and_photos(client: FlaskClient) -> None:
    text, page = profile(client, "/id/person/thomas-geisel")
    roles = text[text.index('id="roles"'):text.index('id="events"')]
    assert "mayor" in roles and "Düsseldorf" in roles and "2014-09-01 – 2020-10-31" in roles
    assert "/id/summit/2019-duesseldorf" in Page(text).links
    assert '<blockquote lang="en">Cities learn fastest from each other.</blockquote>' in text
    assert page.photos == ["Photo 1 – Michał Olszewski, Thomas Geisel"]
    assert "Quotation 1 – Thomas Geisel" in text  # named by who, not by its slug


def test_a_declaration_profile_maps_its_signatories_by_country(client: FlaskClient,
                                                              store: EmbeddedStore) -> None:
    _, page = profile(client, "/id/declaration/2019-duesseldorf")
    assert page.facts["Date"] == "2019-08-31"
    signed = select(store, "SELECT ?city WHERE { <https://w3id.org/ltgraph/id/declaration/"
                           "2019-duesseldorf> lt:signatory ?city }")
    assert page.facts["Signatory cities"] == str(len(signed))
    assert page.groups["signing-groups"] == {"Canada": ["Montreal"], "Germany": ["Düsseldorf"],
                                             "Poland": ["Warsaw"]}
    assert sorted(p.split(" (")[0] for p in page.pins[1:]) == ["Düsseldorf", "Montreal",
                                                                "Warsaw"]


def test_kinds_without_a_profile_show_all_statements_open(client: FlaskClient) -> None:
    text = get(client, "/id/country/de")[1]
    assert '<details class="all-statements" open>' in text


def test_the_world_map_is_drawn_here_and_cached(client: FlaskClient) -> None:
    response = client.get("/map/world.svg")
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    assert response.get_data(as_text=True).count("z") > 500  # many land cells
    assert "http" not in response.get_data(as_text=True).replace("http://www.w3.org/2000/svg", "")
    again = client.get("/map/world.svg", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


def search_groups(client: FlaskClient, term: str) -> dict[str, list[str]]:
    """The result groups of a search: heading -> the paths of its results, in order."""
    text = get(client, f"/search?q={term}")[1]
    groups = {}
    for heading, body in re.findall(r'<h3 id="kind-\d+">([^<]*?) <small.*?<ol class="results">'
                                    r"(.*?)</ol>", text, re.S):
        groups[heading] = re.findall(r'<li><a href="([^"]+)"', body)
    return groups


@pytest.mark.parametrize(("term", "kind", "expected"), [
    ("montreal", "Summits", "/id/summit/2015-montreal"),
    ("MONTRÉAL", "Summits", "/id/summit/2015-montreal"),
    ("2019", "Summits", "/id/summit/2019-duesseldorf"),
    ("2015", "Summits", "/id/summit/2015-montreal"),
    ("dusseldorf 2019", "Declarations", "/id/declaration/2019-duesseldorf"),
    ("deputy mayor", "Roles", "/id/role/deputy-mayor"),
    ("messe", "Organisations", "/id/org/messe-duesseldorf"),
])
def test_search_finds_events_by_place_and_year_and_roles_and_organisations(
        client: FlaskClient, term: str, kind: str, expected: str) -> None:
    groups = search_groups(client, term)
    assert expected in groups.get(kind, []), groups


def test_search_results_are_grouped_by_kind_best_match_first(client: FlaskClient) -> None:
    groups = search_groups(client, "montreal")
    assert list(groups)[0] == "Cities" and groups["Cities"] == ["/id/city/montreal"]
    assert "/id/summit/2015-montreal" in groups["Summits"]
    text = get(client, "/search?q=2019")[1]
    assert re.search("found as “D(ü|ue)sseldorf 2019”", text)  # the name it was found under
    mayor = search_groups(client, "mayor")
    assert "/id/mandate/thomas-geisel-mayor-duesseldorf" in mayor["Who held a role"]
    german = get(client, "/search?q=montreal&lang=de")[1]
    assert re.search(r'<h3 id="kind-1">Städte ', german)


def test_search_json_says_the_group_of_each_result(client: FlaskClient) -> None:
    data = json.loads(client.get("/search.json?q=2019").get_data(as_text=True))
    assert {r["iri"].rsplit("/id/", 1)[1]: r["group"] for r in data["results"]}[
        "summit/2019-duesseldorf"] == "lt:Summit"


# -- the network page ----------------------------------------------------------------------------
def network_nodes(text: str) -> dict[str, str]:
    """City label -> the class of its node (``city`` or ``city dim``)."""
    return {label: cls for cls, label in re.findall(
        r'<g class="(city(?: dim)?)"><title>([^<(]+?) \(', text)}


def test_the_network_page_draws_every_city_with_a_summit_and_lists_the_others(
        client: FlaskClient, store: EmbeddedStore) -> None:
    pytest.importorskip("ltgraph.network.web")
    _, text, page = get(client, "/network")
    with_summit = select(store, """SELECT DISTINCT ?label WHERE {
        { ?s lt:participatingCity ?c } UNION { ?s lt:hostCity ?c }
        UNION { ?d lt:adoptedAt ?s ; lt:signatory ?c }
        ?s a lt:Summit . ?c rdfs:label ?label FILTER(LANG(?label) = "en") }""")
    assert set(network_nodes(text)) == {row["label"] for row in with_summit}
    aside = text[text.index('id="isolated-heading"'):text.index("</aside>")]
    assert "/id/city/duesseldorf" not in aside
    assert "Colour: continent" in text and "Europe" in text and "North America" in text
    assert "Size: number of cities linked to" in text
    assert re.findall(r'<text [^>]*font-size="(\d+)"', text) and all(
        int(size) >= 13 for size in re.findall(r'<text [^>]*font-size="(\d+)"', text))


def test_the_network_page_highlights_one_summit(client: FlaskClient) -> None:
    pytest.importorskip("ltgraph.network.web")
    _, text, _ = get(client, "/network?summit=2015-montreal")
    nodes = network_nodes(text)
    assert nodes["Montreal"] == "city" and nodes["Warsaw"] == "city dim"
    assert 'value="2015-montreal" selected' in text
    assert client.get("/network?summit=1999-atlantis").status_code == 404
    assert client.get("/network?summit=%3Cscript%3E").status_code == 400
    _, german, _ = get(client, "/network?lang=de")
    assert "Farbe: Kontinent" in german and "Mitglieder ohne Gipfel" in german


def test_a_span_naming_the_whole_sentence_leaves_the_narrower_words_marked(app: Flask) -> None:
    """Extraction may cite a fact's sentence and, within it, its words: the sentence is quoted
    once, with only the words marked; alone, a sentence span marks the whole sentence."""
    from ltgraph.web.ui.evidence import Span, quotes_of

    release = f"https://w3id.org/ltgraph/id/release/{RELEASE_SLUG}"
    words = "the city of Düsseldorf hosted"
    sentence = next(s for s in RELEASE_TEXT.split(". ") if words in s) + "."
    start = RELEASE_TEXT.index(sentence)
    whole = Span(None, "release", "", start, start + len(sentence), None, release)
    part = Span(None, "release", "", *span_of(words), None, release)
    with app.test_request_context("/"):
        both = quotes_of([whole, part])
        alone = quotes_of([whole])
    assert len(both) == 1 and [text for _, _, text in both[0].marked] == [words]
    assert [text for _, _, text in alone[0].marked] == [sentence]


def test_photo_and_quotation_pages_say_who_and_what(client: FlaskClient) -> None:
    from ui_support import CAPTION

    text, page = profile(client, "/id/photo/duesseldorf-20190901-999-1")
    assert Page(get(client, "/id/photo/duesseldorf-20190901-999-1")[1]).h1() \
        == "Photo 1 – Michał Olszewski, Thomas Geisel"
    assert page.facts["Shows"] == "Michał Olszewski, Thomas Geisel"
    assert page.facts["Event"] == "Düsseldorf summit 2019"
    assert CAPTION in unescape(text)
    assert "https://www.example.org/photos/summit-1.jpg" in text
    assert 'src="https://www.example.org' not in text  # linked, never loaded
    text, page = profile(client, "/id/quote/duesseldorf-20190901-999-1")
    assert page.facts["Who"] == "Thomas Geisel"
    assert '<blockquote lang="en">Cities learn fastest from each other.</blockquote>' in text


def test_without_the_extraction_layer_sentences_are_cut_by_the_plain_rule() -> None:
    from ltgraph.web.ui.evidence import _plain_sentences

    text = 'Mayors met. From 30 August the city hosted them. "We learn," she said.\nA caption'
    assert [text[a:b] for a, b in _plain_sentences(text)] == [
        "Mayors met.", "From 30 August the city hosted them.", '"We learn," she said.',
        "A caption"]


def test_all_statements_read_start_before_end(client: FlaskClient) -> None:
    text = get(client, SUMMIT)[1]
    statements = text[text.index('<details class="all-statements"'):]
    assert statements.index('title="https://schema.org/startDate"') < statements.index(
        'title="https://schema.org/endDate"') < statements.index(
        'title="https://schema.org/attendee"')


def test_an_organisation_profile_names_its_summits_roles_and_members(client: FlaskClient) -> None:
    text, page = profile(client, "/id/org/messe-duesseldorf")
    events = text[text.index('id="events"'):]
    assert "/id/summit/2019-duesseldorf" in Page(events).links and "main sponsor" in events
    text, page = profile(client, "/id/org/observatory")
    assert page.facts["Member cities"] == "1"
    assert "co-organiser" in text and "/id/summit/2019-duesseldorf" in Page(text).links
