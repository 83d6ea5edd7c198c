"""Specifications of page furniture: menus, share bars, cookie notices, previous / next links
and copyright lines are blanked from text saved from a web page; sentences never are."""

from __future__ import annotations

import pytest

from ltgraph.model import Part, Span
from ltgraph.parse.furniture import furniture_kind, without_furniture


@pytest.mark.parametrize(("line", "kind"), [
    ("Home | The Network | Cities | News | Contact", "menu"),
    ("Startseite > Presse > Meldungen", "menu"),
    ("FR | EN", "menu"),
    ("Share this article: Facebook · Twitter · LinkedIn", "share bar"),
    ("Partager : Facebook | X | Courriel", "share bar"),
    ("Teilen", "share bar"),
    ("← Previous: A workshop in the city | Next: The summit closes →", "previous / next"),
    ("Article suivant : Le sommet se termine", "previous / next"),
    ("We use cookies to improve your experience.", "cookie notice"),
    ("Diese Website verwendet Cookies. Mehr erfahren", "cookie notice"),
    ("Tout accepter", "cookie notice"),
    ("© 2019 Example City · Privacy policy", "copyright"),
    ("Alle Rechte vorbehalten", "copyright"),
    ("Newsletter abonnieren", "sign-up"),
    ("Mots-clés : vivre ensemble, maires", "sign-up"),
    ("Lire la suite", "sign-up"),
    ("COMMUNIQUÉ DE PRESSE", "label"),
    ("For immediate release", "label"),
    ("Pressemitteilung", "label"),
    ("Unsubscribe · Update your preferences · Network Secretariat, Lisbon", "newsletter"),
    ("View this email in your browser", "newsletter"),
    ("Se désabonner | Secrétariat du réseau, Lyon", "newsletter"),
    ("Newsletter abbestellen · Geschäftsstelle, Köln", "newsletter"),
])
def test_given_a_furniture_line_its_kind_is_named(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Le maire a déclaré : « Nous partageons ces valeurs. »",
    "Partager nos valeurs est essentiel, a dit la mairesse.",
    "Tagsüber trafen sich die Bürgermeister im Rathaus.",
    "The mayors shared their experience on Facebook and Twitter during the summit, said the "
    "organisers, who counted more than thirty delegations from four continents at the event.",
    "Izmir Metropolitan Municipality | News",
    "10.12.2021 | 17:30",
    "News",
    "Next year the summit moves to Izmir.",
    "Several cities chose to unsubscribe from the old charter and signed the new one.",
])
def test_given_a_line_of_the_text_it_is_not_furniture(line):
    assert furniture_kind(line) is None


def test_furniture_lines_are_blanked_and_offsets_kept():
    text = "The mayors met.\nShare: Facebook Twitter\nThey signed."
    part = without_furniture(Part(text, Span(100, 100 + len(text))))
    assert len(part.text) == len(text) and part.span == Span(100, 100 + len(text))
    assert part.text.split() == ["The", "mayors", "met.", "They", "signed."]


@pytest.mark.parametrize(("trailer", "kept"), [
    ("Mehr zum Thema\nAnderer Artikel über den Verkehr\nKommentar: Was die Stadt lernt\n\n"
     "Die Stadt dankt allen Gästen.", "Die Stadt dankt allen Gästen."),
    ("Related: Another story · A third story", ""),
    ("(Reporting by the city desk; editing by the news desk)", ""),
    ("About the author\nJane Example writes about cities. She lives in Lisbon.\n\nThe mayors "
     "left on Sunday.", "The mayors left on Sunday."),
    ("Zur Autorin:\nErika Beispiel schreibt über Städte. Sie lebt in Köln.", ""),
])
def test_given_a_related_links_trailer_it_is_blanked_to_its_paragraphs_end(
        trailer, kept):
    body = "The mayors signed the declaration in the town hall."
    text = f"{body}\n\n{trailer}"
    part = without_furniture(Part(text, Span(0, len(text))))
    assert " ".join(part.text.split()) == " ".join(f"{body} {kept}".split())


@pytest.mark.parametrize("text", [
    "According to the city, the source of the funding was the federal government.",
    "-30-\n\nRenseignements :\nJeanne Exemple\nVille",  # a contact names a person
])
def test_text_that_names_a_source_or_a_contact_is_kept(text):
    assert without_furniture(Part(text, Span(0, len(text)))).text == text
