"""The picture: well-formed, accessible, escaped, and the same bytes for the same graph."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx

from ltgraph.network import network
from ltgraph.network.svg import render_svg

from .conftest import TWO_SUMMITS

SVG = "{http://www.w3.org/2000/svg}"


def test_the_picture_is_an_accessible_svg_image_with_a_title(two_summits):
    root = ET.fromstring(render_svg(network("cities", two_summits), title="Cities"))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-label") == "Cities"
    assert root[0].tag == f"{SVG}title" and root[0].text == "Cities"
    assert root.find(f"{SVG}desc").text == (
        "7 cities and 8 links, grouped on a circle by country or kind. 2 of them are member "
        "cities without a shared summit: Chicago, Namur.")


def test_every_node_and_link_is_drawn_with_its_name(two_summits):
    graph = network("cities", two_summits)
    root = ET.fromstring(render_svg(graph))
    nodes = root.findall(f".//{SVG}g[@class='node']")
    assert [g.get("data-iri") for g in nodes] == list(graph.nodes)
    assert [g.find(f"{SVG}text").text for g in nodes] == [
        "Chicago", "Düsseldorf", "Hamburg", "Montreal", "Namur", "Rabat", "Warsaw"]
    lines = root.findall(f".//{SVG}line")
    assert len(lines) == graph.number_of_edges()
    assert lines[-1].find(f"{SVG}title").text == (
        "Rabat – Warsaw: Düsseldorf declaration, Montreal summit 2015, Düsseldorf summit 2019")


def test_labels_are_escaped():
    graph = nx.Graph(name="cities")
    hostile = '<script>alert("x")</script> & "quotes"'
    graph.add_node('x"><script>', label=hostile, kind="city", country="<b>")
    graph.add_node("y", label="Y", kind="city")
    graph.add_edge('x"><script>', "y", weight=1, events="e", event_labels="</title><g>")
    text = render_svg(graph, title='A "title" <with> & markup')
    root = ET.fromstring(text)  # still well-formed
    assert "<script>" not in text and "</title><g>" not in text
    assert root.get("aria-label") == 'A "title" <with> & markup'
    first = root.find(f".//{SVG}g[@class='node']")
    assert first.find(f"{SVG}circle/{SVG}title").text == hostile + " (<b>)"
    assert hostile.startswith(first.find(f"{SVG}text").text.rstrip("…"))
    assert not root.findall(f".//{SVG}script")


def test_long_labels_are_cut_in_the_picture_but_whole_in_the_tooltip():
    graph = nx.Graph(name="people")
    name = "Unesco International Coalition for Inclusive and Sustainable Cities"
    graph.add_node("a", label=name, kind="organisation")
    graph.add_node("b", label="B", kind="organisation")
    node = ET.fromstring(render_svg(graph)).find(f".//{SVG}g[@class='node']")
    assert node.find(f"{SVG}text").text == "Unesco International Co…"
    assert node.find(f"{SVG}circle/{SVG}title").text == name + " (organisation)"


def test_the_same_graph_gives_the_same_bytes():
    assert render_svg(network("affiliation", TWO_SUMMITS)) == render_svg(
        network("affiliation", TWO_SUMMITS))


def test_an_empty_network_still_makes_a_picture_that_says_so():
    root = ET.fromstring(render_svg(nx.Graph(name="people")))
    assert root.find(f"{SVG}desc").text.startswith("0 people and 0 links")
    assert "No data" in root.find(f"{SVG}text").text


def test_member_cities_without_links_are_drawn_and_listed_under_the_circle(two_summits):
    graph = network("cities", two_summits)
    root = ET.fromstring(render_svg(graph, size=720))
    listed = root.find(f".//{SVG}g[@class='isolated-members']")
    assert [t.text for t in listed] == ["Members without a shared summit (2): Chicago, Namur"]
    assert int(root.get("height")) > 720 and root.get("viewBox").endswith(root.get("height"))
    assert all(float(t.get("y")) > 720 for t in listed)  # below the circle's square
    alone = ET.fromstring(render_svg(network("cities", two_summits, include_members=False)))
    assert alone.find(f".//{SVG}g[@class='isolated-members']") is None
    assert alone.get("height") == "720"


def test_a_long_list_of_members_is_cut_into_lines_of_the_pictures_width():
    graph = nx.Graph(name="cities")
    for number in range(40):
        graph.add_node(f"c{number}", label=f"Member city {number:02}", kind="city", member=True)
    graph.add_node("x", label="Not a member", kind="city", member=False)
    lines = [t.text for t in ET.fromstring(render_svg(graph)).find(
        f".//{SVG}g[@class='isolated-members']")]
    assert len(lines) > 1 and all(len(line) <= 100 for line in lines)
    assert " ".join(lines).count("Member city") == 40 and "Not a member" not in " ".join(lines)
