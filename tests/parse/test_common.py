"""Specifications of what the readers share: the slug rule, dates in file names, the readable
text of HTML (always the length of its source) and the headline fallback."""

from __future__ import annotations

from datetime import date

import pytest

from ltgraph.model import Half, Part, Span
from ltgraph.parse.common import (
    date_from_file_name,
    halves_with_headline,
    readable_html,
    release_slug,
)

SHA = "0123456789abcdef" * 4


@pytest.mark.parametrize(("publisher", "published", "slug"), [
    ("Ville de Montréal", date(2015, 6, 15), "ville-de-montreal-20150615-01234567"),
    ("Freie und Hansestadt Hamburg", date(2019, 9, 2),
     "freie-und-hansestadt-hamburg-20190902-01234567"),
    ("Düsseldorfer Stadtrundschau", None, "duesseldorfer-stadtrundschau-undated-01234567"),
    (None, date(2021, 12, 9), "unknown-20211209-01234567"),
    ("!!!", None, "unknown-undated-01234567"),
])
def test_the_slug_of_another_publishers_release_is_publisher_date_and_hash(publisher,
                                                                           published, slug):
    assert release_slug(publisher, published, SHA) == slug


@pytest.mark.parametrize(("name", "expected"), [
    ("20211209-izmir-summit.txt", date(2021, 12, 9)), ("20190901_318.md", date(2019, 9, 1)),
    ("20190901.txt", date(2019, 9, 1)), ("20191301-x.txt", None), ("izmir-20211209.txt", None),
    ("201909011-x.txt", None),
])
def test_a_file_name_dates_a_release_only_when_it_opens_with_a_real_date(name, expected):
    assert date_from_file_name(name) == expected


@pytest.mark.parametrize("source", [
    "<p>Montr&eacute;al&#8217;s mayor</p>",
    "<div><b>Mont</b>réal &amp; <i>Paris</i><br>met</div><!-- note -->",
    "<script>var x = '<p>';</script><p>Text &nbsp; here &unknown; &lt;tag&gt;</p>",
    "plain text with no markup at all",
    "<p>unclosed <a href='x'>link",
])
def test_readable_html_has_the_length_of_its_source_and_no_markup(source):
    text = readable_html(source, 0, len(source))
    assert len(text) == len(source)
    assert "<p>" not in text and "<b>" not in text and "&eacute;" not in text


def test_readable_html_keeps_a_word_whole_around_markup_inside_it():
    source = "<p>Montr&eacute;al, <b>Mont</b>réal</p>"
    assert readable_html(source, 0, len(source)).split() == ["Montréal,", "Montréal"]


def test_given_no_headline_the_title_stands_in_with_a_warning_naming_its_position():
    text = "title: Mayors meet\n---\nThe mayors met in the town hall."
    title = Part("Mayors meet", Span(7, 18))
    body = Part(text[23:], Span(23, len(text)))
    halves, warnings = halves_with_headline((Half("en", None, body),), title, text, 23,
                                            len(text))
    assert halves[0].headline == title and halves[0].body == body
    assert warnings == ("no headline found; the title at character 7 (line 1, column 8) "
                        "stands in for it",)


def test_given_a_headline_nothing_is_replaced():
    half = Half("de", Part("Titel", Span(0, 5)), None)
    assert halves_with_headline((half,), None, "Titel", 0, 5) == ((half,), ())
