"""Specifications of the HTML article reader: the main text of any publisher's page, without
its menus, share bars and cookie notices; title, date, publisher and URL from its metadata;
spans into the page source."""

from __future__ import annotations

from datetime import date

import pytest

from ltgraph.parse import parse_release

# Our own words, stating true facts about the network.
LEAD = ("The Mayor of Izmir, Mr. Tunç Soyer, welcomed mayors from around the world on "
        "9 December 2021 at the third Mayors Summit on Living Together.")
SECOND = "The Mayor of Montréal, Ms. Valérie Plante, spoke to the summit by video message."
HEADLINE = "Mayors meet in Izmir for the third summit"
FURNITURE = ("We use cookies to improve your experience", "Share on Facebook", "Imprint",
             "Newsletter")


def page(*, meta: str = "", lead: str = LEAD, second: str = SECOND, title: str = HEADLINE,
         lang: str = "en") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | City News</title>
{meta}</head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/newsletter">Newsletter</a></li></ul></nav></header>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p>
<button>Accept</button></div>
<main><article><h1>{title}</h1>
<p>{lead}</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<p>{second}</p>
</article></main>
<footer><p>Contact | Imprint | Privacy</p></footer></body></html>
"""


META = ('<meta property="og:site_name" content="Izmir Metropolitan Municipality">\n'
        '<meta property="article:published_time" content="2021-12-09T10:00:00+03:00">\n'
        '<link rel="canonical" href="https://example.org/ltgraph-test/izmir-summit">')


def read(tmp_path, html: str, name: str = "izmir-summit.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return parse_release(path)


def test_given_an_article_the_body_is_its_main_text_without_page_furniture(tmp_path):
    release = read(tmp_path, page(meta=META))
    assert release.format == "html-article"
    body = " ".join(release.halves[0].body.text.split())
    assert LEAD in body and SECOND in body
    assert not [f for f in FURNITURE if f in body]


def test_given_page_metadata_it_gives_date_publisher_url_and_slug(tmp_path):
    release = read(tmp_path, page(meta=META))
    assert release.published == date(2021, 12, 9)
    assert release.publisher_name == "Izmir Metropolitan Municipality"
    assert release.source_url == "https://example.org/ltgraph-test/izmir-summit"
    assert release.slug == f"izmir-metropolitan-municipality-20211209-{release.sha256[:8]}"


@pytest.mark.parametrize("meta", [
    '<meta name="date" content="2021-12-09">',
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "2021-12-09T08:00:00Z"}</script>',
], ids=["meta-date", "json-ld"])
def test_given_a_date_in_other_metadata_forms_it_is_read(tmp_path, meta):
    assert read(tmp_path, page(meta=meta)).published == date(2021, 12, 9)


def test_given_no_metadata_the_file_name_dates_the_article(tmp_path):
    release = read(tmp_path, page(lead=LEAD.replace(" on 9 December 2021", "")),
                   name="20211209-izmir.html")
    assert release.published == date(2021, 12, 9)


def test_the_headline_is_the_h1_and_points_at_it_in_the_source(tmp_path):
    release = read(tmp_path, page(meta=META))
    headline = release.halves[0].headline
    assert headline.text == HEADLINE
    assert release.text[headline.span.start:headline.span.end] == HEADLINE
    assert release.text[:headline.span.start].rstrip().endswith("<h1>")


def test_every_part_is_the_readable_text_of_its_span_with_entities_resolved(tmp_path):
    lead = LEAD.replace("ç", "&ccedil;").replace("Izmir,", "<b>Izmir</b>,")
    second = SECOND.replace("é", "&eacute;")
    release = read(tmp_path, page(meta=META, lead=lead, second=second))
    body = release.halves[0].body
    assert len(body.text) == body.span.end - body.span.start
    assert "<" not in body.text and "&" not in body.text
    words = " ".join(body.text.split())
    assert "Mr. Tunç Soyer" in words and "Montréal, Ms. Valérie Plante" in words
    assert "<b>Izmir</b>" in release.text[body.span.start:body.span.end]


def test_given_an_article_in_two_languages_each_language_is_a_half(tmp_path):
    german = ("Die Oberbürgermeisterin von Izmir und der Bürgermeister von Montréal sprachen "
              "über das Zusammenleben in den Städten und die Erklärung des Netzwerks.")
    release = read(tmp_path, page(meta=META, second=german))
    assert [h.language for h in release.halves] == ["en", "de"]


def test_given_the_title_only_in_an_h2_the_headline_points_at_the_h2(tmp_path):
    html = page(meta=META).replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    release = read(tmp_path, html)
    headline = release.halves[0].headline
    assert headline.text == HEADLINE
    assert release.text[:headline.span.start].rstrip().endswith("<h2>")
