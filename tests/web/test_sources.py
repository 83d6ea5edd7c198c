"""The committed graph, served, says which source states what: every page the reference data
cites has a named graph of the statements it backs, described in the VoID (its source URL and
title); a mandate's term of office as one page states it stays apart from another page's date
and from a release's; the competency questions keep their exact answers (test_competency_questions).
Clients: SPARQLWrapper for queries, rdflib for the VoID and a graph's JSON-LD."""

from __future__ import annotations

import html
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from harness import REPO, Server, running_server
from harness import select_rows as select
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from ltgraph.terms import SD

GRAPH = REPO / "data" / "graph" / "ltgraph.trig"
BASE = "https://w3id.org/ltgraph/"
REFERENCE = BASE + "graph/reference"
PREFIXES = """PREFIX lt: <https://w3id.org/ltgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
ABOUT_US = "https://observatoirevivreensemble.org/en/about-us"
LE_DEVOIR = ("http://www.ledevoir.com/politique/montreal/442484/"
             "sommet-23-maires-discutent-du-vivre-ensemble")
NORDIC_EDGE = "https://nordicedge.org/events/what-is-a-city-without-its-people/"
SEED_TEXT = "https://www.duesseldorf.de/fileadmin/Amt13/pld/txt/20190901-318_07.txt"

# "Which source says X held role R in C, from when to when?" (the model's answer, docs/model.md)
WHO_SAYS = PREFIXES + """
SELECT ?source ?start ?end ?attested WHERE {
  GRAPH ?g {
    ?m org:member <%(person)s> ; org:role <%(role)s> ; org:organization <%(organisation)s> .
    OPTIONAL { ?m schema:startDate ?start } OPTIONAL { ?m schema:endDate ?end }
    OPTIONAL { ?m lt:attestedOn ?attested }
  }
  ?g prov:wasDerivedFrom ?source .
}"""

pytestmark = pytest.mark.skipif(
    not GRAPH.is_file(), reason="data/graph/ltgraph.trig is not built yet (run 'ltgraph build')")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(GRAPH, tmp_path_factory.mktemp("sources")) as served:
        yield served


def who_says(server: Server, person: str, role: str, organisation: str) -> set[tuple]:
    rows = select(server, WHO_SAYS % {"person": BASE + "id/person/" + person,
                                      "role": BASE + "id/role/" + role,
                                      "organisation": BASE + "id/" + organisation})
    return {(r["source"], r.get("start"), r.get("end"), r.get("attested")) for r in rows}


def test_a_term_of_office_is_answered_with_the_page_that_states_it(server: Server) -> None:
    """The Observatory's page states Chrétien's term (2015 to 2019); Le Devoir only reports
    him named on the summit's last day: two rows, neither borrowing from the other."""
    assert who_says(server, "raymond-chretien", "president",
                    "org/international-observatory-of-mayors-on-living-together") == {
        (ABOUT_US, "2015", "2019", None),
        (LE_DEVOIR, None, None, "2015-06-11"),
    }


def test_an_open_term_has_a_start_and_no_end(server: Server) -> None:
    rows = who_says(server, "anna-lisa-boni", "secretary-general", "org/eurocities")
    assert (NORDIC_EDGE, "2014-06", None, None) in rows
    assert all(end is None for _, _, end, _ in rows)


def test_a_release_and_a_cited_page_attest_a_mandate_each_in_its_own_graph(
        server: Server) -> None:
    rows = who_says(server, "thomas-geisel", "mayor", "city/duesseldorf")
    assert rows == {(BASE + "id/release/duesseldorf-20190901-318", None, None, "2019-09-01"),
                    (SEED_TEXT, None, None, "2019-09-01")}


def test_which_pages_back_a_reference_statement(server: Server) -> None:
    rows = select(server, PREFIXES + """SELECT ?source WHERE {
      GRAPH ?g { <https://w3id.org/ltgraph/id/summit/2019-duesseldorf#figure-delegates-rp>
                 schema:value ?value }
      ?g prov:wasDerivedFrom ?source }""")
    assert [r["source"] for r in rows] == [
        "https://rp-online.de/nrw/staedte/duesseldorf/"
        "stadtchefs-aus-28-laendern-sind-in-duesseldorf-zu-gast_aid-45478375"]


def test_every_reference_statement_is_backed_by_a_source_graph_and_nothing_more(
        server: Server) -> None:
    missing = select(server, PREFIXES + f"""SELECT ?s ?p ?o WHERE {{
      GRAPH <{REFERENCE}> {{ ?s ?p ?o }}
      FILTER(?p NOT IN (dcterms:source, skos:editorialNote))
      FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} ?g dcterms:isPartOf <{REFERENCE}> }}
    }} LIMIT 5""")
    assert missing == []
    extra = select(server, PREFIXES + f"""SELECT ?g ?s ?p ?o WHERE {{
      ?g dcterms:isPartOf <{REFERENCE}> .
      GRAPH ?g {{ ?s ?p ?o FILTER(?s != ?g) }}
      FILTER NOT EXISTS {{ GRAPH <{REFERENCE}> {{ ?s ?p ?o }} }}
    }} LIMIT 5""")
    assert extra == []


def test_every_cited_page_has_exactly_one_graph(server: Server) -> None:
    cited = select(server, PREFIXES + f"""SELECT (COUNT(DISTINCT ?page) AS ?n) WHERE {{
      GRAPH <{REFERENCE}> {{ ?s dcterms:source ?page }} }}""")
    graphs = select(server, PREFIXES + f"""SELECT (COUNT(DISTINCT ?g) AS ?n)
      (COUNT(DISTINCT ?page) AS ?pages) WHERE {{
      GRAPH ?g {{ ?g dcterms:isPartOf <{REFERENCE}> ; prov:wasDerivedFrom ?page }} }}""")
    assert int(graphs[0]["n"]) == int(graphs[0]["pages"]) == int(cited[0]["n"]) > 100


def test_the_void_describes_each_source_graph_with_its_url_and_title(server: Server) -> None:
    void = Graph().parse(server.url + ".well-known/void", format="turtle")
    described = {}
    for subset, name in void.subject_objects(SD.name):
        if str(name).startswith(BASE + "graph/source/"):
            described[str(name)] = (set(void.objects(subset, DCTERMS.source)),
                                    {t.language for t in void.objects(subset, DCTERMS.title)})
    assert len(described) > 100
    assert all(len(pages) == 1 and titles == {"en", "de"}
               for pages, titles in described.values())
    assert URIRef(ABOUT_US) in set().union(*(pages for pages, _ in described.values()))
    release = [s for s, name in void.subject_objects(SD.name)
               if str(name) == BASE + "graph/release/duesseldorf-20190901-318"]
    assert (release[0], PROV.wasDerivedFrom,
            URIRef(BASE + "id/release/duesseldorf-20190901-318")) in void


def source_graph_of(server: Server, page: str) -> str:
    rows = select(server, PREFIXES + f"""SELECT ?g WHERE {{
      GRAPH ?g {{ ?g prov:wasDerivedFrom <{page}> }} }}""")
    assert len(rows) == 1
    return rows[0]["g"]


def fetch(server: Server, path: str, accept: str) -> str:
    request = urllib.request.Request(server.url + path, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read().decode("utf-8")


def test_a_source_graph_dereferences_as_json_ld_that_reads_as_a_graph(server: Server) -> None:
    name = source_graph_of(server, NORDIC_EDGE)
    body = fetch(server, name[len(BASE):], "application/ld+json")
    graph = Graph().parse(data=body, format="json-ld")
    mandate = URIRef(BASE + "id/mandate/anna-lisa-boni-secretary-general-eurocities")
    start = graph.value(mandate, URIRef("https://schema.org/startDate"))
    assert isinstance(start, Literal) and str(start) == "2014-06"
    assert (URIRef(name), PROV.wasDerivedFrom, URIRef(NORDIC_EDGE)) in graph


def test_a_resource_page_names_the_pages_that_state_each_value(server: Server) -> None:
    """The HTML of a mandate links each statement to the graph of the page that states it,
    named by the page's host."""
    page = fetch(server, "id/mandate/raymond-chretien-president-international-observatory-"
                 "of-mayors-on-living-together", "text/html")
    about_us = source_graph_of(server, ABOUT_US)[len(BASE):]
    le_devoir = source_graph_of(server, LE_DEVOIR)[len(BASE):]
    assert f'href="/{about_us}"' in page and f'href="/{le_devoir}"' in page
    assert "source observatoirevivreensemble.org › about-us" in page
    assert "source ledevoir.com › sommet-23-maires-discutent-…" in page


def test_the_query_the_model_documents_gives_the_answer_it_documents(server: Server) -> None:
    model = (REPO / "docs" / "model.md").read_text(encoding="utf-8")
    section = model.split("## Which source says what", 1)[1]
    query = section.split("```sparql\n", 1)[1].split("```", 1)[0]
    rows = select(server, PREFIXES + query)
    assert {(r["source"], r.get("start"), r.get("end"), r.get("attested")) for r in rows} == {
        (ABOUT_US, "2015", "2019", None), (LE_DEVOIR, None, None, "2015-06-11")}
    assert ABOUT_US in section and "2015 to 2019" in section and "2015-06-11" in section


def test_a_german_city_name_and_its_country_are_backed_by_the_gazetteer_page(
        server: Server) -> None:
    """Among the pages the reference cites, Moskau and Russia come from GeoNames' page of the
    city; the pages that place Moscow in the network back its English name, not these."""
    rows = select(server, PREFIXES + f"""
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?what ?source WHERE {{
        VALUES (?what ?p ?o) {{ ("de" rdfs:label "Moskau"@de) ("en" rdfs:label "Moscow"@en)
                               ("country" lt:country <{BASE}id/country/ru>) }}
        GRAPH ?g {{ <{BASE}id/city/moscow> ?p ?o }}
        ?g dcterms:isPartOf <{REFERENCE}> ; prov:wasDerivedFrom ?source .
      }}""")
    by_kind: dict[str, set[str]] = {}
    for row in rows:
        by_kind.setdefault(row["what"], set()).add(row["source"])
    assert by_kind["de"] == by_kind["country"] == {"https://www.geonames.org/524901"}
    assert SEED_TEXT in by_kind["en"] and "https://www.geonames.org/524901" not in by_kind["en"]


def test_the_pages_that_date_a_summit_are_the_ones_that_state_its_dates(server: Server) -> None:
    """The Observatory's announcement dates the 2019 summit, as the release does; the many
    other pages about the summit (names, participants) do not answer for its dates."""
    rows = select(server, PREFIXES + f"""SELECT ?source ?start ?end WHERE {{
      GRAPH ?g {{ <{BASE}id/summit/2019-duesseldorf> schema:startDate ?start ;
                  schema:endDate ?end }}
      ?g prov:wasDerivedFrom ?source }}""")
    assert {(r["source"], r["start"], r["end"]) for r in rows} == {
        ("https://observatoirevivreensemble.org/en/save-the-date-2nd-mayors-summit-on-living-"
         "together", "2019-08-30", "2019-09-01"),
        (BASE + "id/release/duesseldorf-20190901-318", "2019-08-30", "2019-09-01")}


def test_a_source_graph_page_links_the_page_it_comes_from(server: Server) -> None:
    name = source_graph_of(server, NORDIC_EDGE)
    page = fetch(server, name[len(BASE):], "text/html")
    assert f'<a class="source-page" href="{NORDIC_EDGE}">{NORDIC_EDGE}</a>' in page
    assert "anna-lisa-boni" in page
    release = fetch(server, "graph/release/duesseldorf-20190901-318", "text/html")
    assert 'class="source-page"' not in release


def test_a_misspelt_name_is_backed_by_the_page_that_misspells_it_alone(server: Server) -> None:
    rows = select(server, PREFIXES + f"""SELECT ?name ?source WHERE {{
      VALUES ?p {{ schema:name schema:alternateName }}
      GRAPH ?g {{ <{BASE}id/person/magda-popeanu> ?p ?name }}
      ?g dcterms:isPartOf <{REFERENCE}> ; prov:wasDerivedFrom ?source }}""")
    pages: dict[str, set[str]] = {}
    for row in rows:
        pages.setdefault(row["name"], set()).add(row["source"])
    papeanu = {"https://rp-online.de/nrw/staedte/duesseldorf/"
               "staedte-wollen-austausch-intensivieren_aid-45507427"}
    assert pages["Magda Papeanu"] == papeanu
    assert SEED_TEXT in pages["Magda Popeanu"] and not papeanu & pages["Magda Popeanu"]


def test_profiles_show_a_term_of_office_as_its_page_states_it(server: Server) -> None:
    person = fetch(server, "id/person/raymond-chretien", "text/html")
    assert "2015 – 2019" in person
    organisation = fetch(server, "id/org/eurocities", "text/html")
    assert "2014-06 –" in organisation


def test_the_model_page_links_the_query_of_who_says_what(server: Server) -> None:
    page = fetch(server, "model", "text/html")
    assert 'id="sources"' in page and "graph/source/…" in page
    link = page.split('id="sources"', 1)[1].split('<a href="', 1)[1].split('"', 1)[0]
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(html.unescape(link)).query)["query"][0]
    rows = select(server, query)
    assert {(r["source"], r.get("start"), r.get("end")) for r in rows} == {
        (ABOUT_US, "2015", "2019"), (LE_DEVOIR, None, None)}


def test_attendance_is_backed_by_the_pages_that_report_it(server: Server) -> None:
    """Who says a person attended the 2019 summit: the release itself and the page of the
    reference that reports it, not every page the reference cites about the summit."""
    def sources_of(person: str) -> set[str]:
        return {r["source"] for r in select(server, PREFIXES + f"""SELECT ?source WHERE {{
          GRAPH ?g {{ <{BASE}id/summit/2019-duesseldorf> schema:attendee
                      <{BASE}id/person/{person}> }}
          ?g prov:wasDerivedFrom ?source }}""")}
    lab = "https://observatoirevivreensemble.org/en/livable-cities-lab-dusseldorf"
    assert sources_of("mazda-adli") == {lab}
    assert sources_of("sergey-cheremin") == {
        lab, SEED_TEXT, BASE + "id/release/duesseldorf-20190901-318"}


def test_a_signature_is_backed_by_the_page_that_lists_it(server: Server) -> None:
    rows = select(server, PREFIXES + f"""SELECT ?source WHERE {{
      GRAPH ?g {{ <{BASE}id/declaration/2015-montreal> lt:signatory <{BASE}id/city/duesseldorf> }}
      ?g dcterms:isPartOf <{REFERENCE}> ; prov:wasDerivedFrom ?source }}""")
    assert [r["source"] for r in rows] == [
        "https://newswire.ca/fr/news-releases/montreal-et-dusseldorf-en-mode--vivre-ensemble--"
        "529213271.html"]


def test_a_membership_year_is_backed_by_the_pages_that_give_it(server: Server) -> None:
    """Düsseldorf's pages give 2016; the Montréal release that reports its joining in 2015
    backs the membership but not that year (the conflict stays a note)."""
    rows = select(server, PREFIXES + f"""SELECT ?source ?since WHERE {{
      GRAPH ?g {{ ?m org:member <{BASE}id/city/duesseldorf> ; org:organization
          <{BASE}id/org/international-observatory-of-mayors-on-living-together> .
          OPTIONAL {{ ?m lt:memberSince ?since }} }}
      ?g dcterms:isPartOf <{REFERENCE}> ; prov:wasDerivedFrom ?source }}""")
    assert {(r["source"], r.get("since")) for r in rows} == {
        ("https://www.duesseldorf.de/internationales/living-together/lt-observatory.html",
         "2016"),
        (SEED_TEXT, "2016"),
        ("https://newswire.ca/fr/news-releases/montreal-et-dusseldorf-en-mode--vivre-ensemble--"
         "529213271.html", None)}
