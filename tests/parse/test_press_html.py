"""Specifications of the press service's HTML page reader: every part spans the source it
was read from, its text is the readable text of that span (no markup), the same length."""

from __future__ import annotations

import hashlib
import re
from datetime import date

import pytest

from ltgraph.model import Part, Release
from ltgraph.parse import parse_release

from .helpers import HTML_RELEASE, html_variant, parts_of, press_html_error, seed_bytes


@pytest.fixture(scope="module")
def page() -> Release:
    return parse_release(HTML_RELEASE)


# ----------------------------------------------------------------------------------- HTML releases
def test_given_an_html_page_saved_as_txt_it_is_read_as_the_html_page_it_is(tmp_path):
    path = tmp_path / "20190831-901_01.txt"
    path.write_bytes(HTML_RELEASE.read_bytes())
    release = parse_release(path)
    assert release.format == "press-service-html"
    assert release.slug == "duesseldorf-20190831-901"


def test_given_an_html_release_every_part_is_the_readable_text_of_the_source_it_spans(page):
    from ltgraph.parse.press_html import plain

    assert page.text == HTML_RELEASE.read_text(encoding="utf-8")
    for name, part in parts_of(page):
        source = page.text[part.span.start:part.span.end]
        assert len(part.text) == len(source), name
        assert " ".join(part.text.split()) == plain(source), name
        assert "<" not in part.text and "&" not in part.text.replace(" & ", ""), name


def test_given_an_html_release_its_identity_and_format_follow_the_file(page):
    assert page.format == "press-service-html"
    assert page.path == HTML_RELEASE.name
    assert page.slug == "duesseldorf-20190831-901"
    assert page.sha256 == hashlib.sha256(HTML_RELEASE.read_bytes()).hexdigest()
    assert page.masthead.text == "Pressedienst der Landeshauptstadt Düsseldorf"
    assert page.publisher_name == "Landeshauptstadt Düsseldorf"


def test_given_an_html_release_the_h1_gives_the_german_and_english_headlines(page):
    assert page.headline_de.text.startswith("Städte aus aller Welt unterzeichnen")
    assert page.headline_en.text.startswith("Cities from around the world sign")
    assert page.subheadline.text.startswith("Zweiter Tag des ")


def test_given_an_html_release_the_rule_splits_the_german_and_the_english_body(page):
    assert page.body_de.text.startswith("Am Samstag, 31. August 2019,")
    assert page.body_de.text.endswith("seit 2016 Mitglied des Netzwerks.")
    assert page.body_en.text.startswith("On the evening of Saturday, 31 August 2019,")
    assert page.body_en.text.endswith("has been a member since 2016.")
    assert "Not part of the release" not in page.body_de.text + page.body_en.text


def test_given_an_html_release_the_byline_is_dated_by_erstellt(page):
    assert page.byline.kind == "Redaktion"
    assert page.byline.author_name == "Ingrid Herden"
    assert page.byline.date == date(2019, 8, 31)


def test_given_an_html_release_the_figure_gives_url_caption_and_photographer(page):
    (image,) = page.images
    assert image.url.endswith("/pressebilder/1908/190831-Tonhalle2.JPG")
    assert image.caption.text.startswith("Unterzeichnung der ")
    assert image.credit.text == "Landeshauptstadt Düsseldorf/David Young"
    assert image.photographer.text == "David Young"


def test_given_an_html_release_the_online_url_is_the_zur_online_version_link(page):
    assert page.online_url.text == ("https://example.org/ltgraph-test/20190831-901_01.html"
                                    "?view=online")


def test_given_an_html_release_without_that_link_the_online_url_is_the_canonical_one(tmp_path):
    path = html_variant(tmp_path, "Zur Online-Version", "Mehr")
    assert parse_release(path).online_url.text == ("https://example.org/ltgraph-test/"
                                                   "20190831-901_01.html")


def test_given_an_html_release_marked_only_by_lang_the_english_body_is_the_lang_en_part(tmp_path,
                                                                                        page):
    release = parse_release(html_variant(tmp_path, "<hr>\n", ""))
    assert release.body_de == page.body_de
    assert release.body_en == Part(page.body_en.text,
                                   type(page.body_en.span)(page.body_en.span.start - 5,
                                                           page.body_en.span.end - 5))


def test_given_an_html_release_with_an_underscore_paragraph_it_splits_there(tmp_path, page):
    release = parse_release(html_variant(tmp_path, "<hr>", "<p>" + "_" * 34 + "</p>"))
    assert release.body_de.text == page.body_de.text
    assert release.body_en.text == page.body_en.text


def test_given_html_text_with_markup_plain_gives_the_readable_words(page):
    from ltgraph.parse.press_html import plain

    assert "Oberbürgermeister Thomas Geisel." in plain(page.body_de.text)
    assert "The network’s first summit" in plain(page.body_en.text)


def test_given_an_html_release_without_byline_the_reader_says_so(tmp_path):
    error = press_html_error(html_variant(tmp_path, "Redaktion: Herden, Ingrid", ""))
    assert "no byline" in error.problem


def test_given_an_html_release_without_byline_it_is_still_read_as_an_article(tmp_path):
    release = parse_release(html_variant(tmp_path, "Redaktion: Herden, Ingrid", ""))
    assert release.format == "html-article"
    assert any("not read as press-service-html" in w and "no byline" in w
               for w in release.warnings)
    assert release.headline_de is not None


def test_given_an_html_release_without_any_date_the_reader_says_so(tmp_path):
    error = press_html_error(html_variant(tmp_path, "Erstellt: 31.08.2019", "Erstellt:"))
    assert "'Redaktion: Herden, Ingrid' has no date" in error.problem
    assert error.position.startswith("character ")


def test_given_an_html_page_without_h1_or_h2_the_reader_says_there_is_no_headline(tmp_path):
    source = HTML_RELEASE.read_text(encoding="utf-8")
    source = re.sub(r"<(/?)h[12]>", r"<\1p>", source)
    path = tmp_path / HTML_RELEASE.name
    path.write_text(source, encoding="utf-8")
    error = press_html_error(path)
    assert "no headline" in error.problem and "<h1>" in error.problem


def test_given_plain_text_saved_as_html_it_is_read_as_the_text_it_is(tmp_path):
    path = tmp_path / "20190901-318_07.html"
    path.write_bytes(seed_bytes())
    release = parse_release(path)
    assert release.format == "press-service-txt"
    assert release.slug == "duesseldorf-20190901-318"


def test_given_inline_markup_in_an_html_byline_the_author_is_still_read(tmp_path):
    release = parse_release(html_variant(tmp_path, "Redaktion: Herden, Ingrid",
                                         "<strong>Redaktion:</strong> Herden, Ingrid"))
    assert release.byline.author.text == "Herden, Ingrid"
    assert release.byline.author_name == "Ingrid Herden"
    span = release.byline.span
    assert release.text[span.start:span.end] == "Redaktion:</strong> Herden, Ingrid"


def test_given_entities_in_an_html_headline_the_span_covers_them_and_the_text_resolves_them(
        tmp_path):
    release = parse_release(html_variant(
        tmp_path, "sign the “Düsseldorf Declaration” at", "sign the &quot;D&uuml;sseldorf "
        "Declaration&quot; at"))
    headline = release.headline_en
    source = release.text[headline.span.start:headline.span.end]
    assert "&uuml;" in source and len(headline.text) == len(source)
    assert " ".join(headline.text.split()) == ('Cities from around the world sign the '
                                               '"Düsseldorf Declaration" at the Tonhalle')


def test_given_a_logo_and_an_icon_without_caption_they_are_not_release_images(tmp_path):
    path = html_variant(tmp_path, '<header>', '<header><img src="logo.png" alt="Logo">')
    source = path.read_text(encoding="utf-8").replace(
        "<p class=\"byline\">", '<p><img src="icon.png" alt=""></p>\n<p class="byline">')
    path.write_text(source, encoding="utf-8")
    release = parse_release(path)
    assert [image.url for image in release.images] == [
        "https://www.duesseldorf.de/fileadmin/Amt13/pressebilder/1908/190831-Tonhalle2.JPG"]


def test_given_an_html_byline_above_the_body_the_body_is_still_found(tmp_path, page):
    source = HTML_RELEASE.read_text(encoding="utf-8")
    byline = '<p class="byline">Redaktion: Herden, Ingrid</p>\n'
    moved = source.replace(byline, "").replace('<p class="created">', byline +
                                               '<p class="created">')
    path = tmp_path / HTML_RELEASE.name
    path.write_text(moved, encoding="utf-8")
    release = parse_release(path)
    assert release.byline.author_name == "Ingrid Herden"
    assert release.body_de.text == page.body_de.text
    assert release.body_en.text == page.body_en.text


def test_given_site_navigation_and_footer_they_stay_out_of_the_html_body(page):
    assert "Test material" not in page.body_en.text
    assert "Online-Version" not in page.body_en.text


def test_given_an_html_page_without_masthead_the_title_names_the_publisher(tmp_path, page):
    path = html_variant(tmp_path, "<header><p class=\"masthead\">Pressedienst der "
                        "Landeshauptstadt Düsseldorf</p></header>",
                        "<header><h1>Landeshauptstadt Düsseldorf</h1></header>")
    source = path.read_text(encoding="utf-8").replace(
        "<title>Pressedienst Einzelansicht (ltgraph test release)</title>",
        "<title>Pressedienst Einzelansicht | Landeshauptstadt Düsseldorf</title>")
    path.write_text(source, encoding="utf-8")
    release = parse_release(path)
    assert release.masthead is None
    assert release.publisher_name == "Landeshauptstadt Düsseldorf"
    assert release.slug == page.slug
    assert release.headline_de.text == page.headline_de.text
    assert release.body_en.text == page.body_en.text
