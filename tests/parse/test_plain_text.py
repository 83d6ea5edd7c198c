"""Specifications of the plain-text reader: a text without masthead or front matter is still
a release, dated by its file name or its text, with a headline whatever happens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ltgraph.parse import parse_release

from .helpers import SHARED

HEADLINE = "Mayors meet in Izmir for the third summit on living together"
BODY = ("Izmir Metropolitan Municipality hosted the third Mayors Summit on Living Together. "
        "The Mayor of Izmir, Mr. Tunç Soyer, welcomed the delegations.")
BODY_DE = ("Die Stadt Izmir war Gastgeberin des dritten Gipfels des Netzwerks, und der "
           "Bürgermeister Tunç Soyer begrüßte die Delegationen aus aller Welt.")


def written(tmp_path: Path, text: str, name: str = "20211209-izmir-summit.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_release(path)


@pytest.mark.parametrize("bar", ["", "Izmir Metropolitan Municipality | News\n\n"],
                         ids=["no-bar", "name-bar"])
def test_given_plain_text_the_headline_is_the_first_short_line_and_the_body_follows(tmp_path,
                                                                                   bar):
    release = written(tmp_path, f"{bar}{HEADLINE}\n\n{BODY}\n")
    assert release.format == "plain-text"
    assert release.halves[0].headline.text == HEADLINE
    assert release.halves[0].body.text == BODY
    assert release.halves[0].language == "en"


def test_given_a_name_bar_its_name_is_the_publisher_and_starts_the_slug(tmp_path):
    release = written(tmp_path, f"Izmir Metropolitan Municipality | News\n\n{HEADLINE}\n\n{BODY}")
    assert release.publisher_name == "Izmir Metropolitan Municipality"
    assert release.slug == f"izmir-metropolitan-municipality-20211209-{release.sha256[:8]}"


def test_given_no_name_bar_the_publisher_is_unknown_with_a_warning(tmp_path):
    release = written(tmp_path, f"{HEADLINE}\n\n{BODY}")
    assert release.publisher_name is None
    assert release.slug.startswith("unknown-20211209-")
    assert any("no publisher named" in w for w in release.warnings)


@pytest.mark.parametrize(("written_date", "expected"), [
    ("9 December 2021", date(2021, 12, 9)), ("December 9, 2021", date(2021, 12, 9)),
    ("9. Dezember 2021", date(2021, 12, 9)), ("9 décembre 2021", date(2021, 12, 9)),
    ("09.12.2021", date(2021, 12, 9)), ("2021-12-09", date(2021, 12, 9)),
    ("1er septembre 2019", date(2019, 9, 1)), ("Sept. 2nd 2019", date(2019, 9, 2)),
])
def test_given_no_date_in_the_file_name_the_first_written_date_dates_it(tmp_path, written_date,
                                                                        expected):
    release = written(tmp_path, f"{HEADLINE}\n\n{written_date}\n\n{BODY}", name="izmir.txt")
    assert release.published == expected
    assert release.slug.endswith(f"-{expected:%Y%m%d}-{release.sha256[:8]}")
    assert any("dated" in w and "line 3" in w for w in release.warnings)


def test_given_no_date_anywhere_the_release_is_undated_not_refused(tmp_path):
    release = written(tmp_path, f"{HEADLINE}\n\n{BODY}", name="izmir.txt")
    assert release.published is None
    assert "-undated-" in release.slug
    assert any("undated" in w for w in release.warnings)


def test_given_an_english_then_a_german_paragraph_there_are_two_halves(tmp_path):
    release = written(tmp_path, f"{HEADLINE}\n\n{BODY}\n\n{BODY_DE}\n")
    assert [h.language for h in release.halves] == ["en", "de"]
    assert release.halves[1].body.text == BODY_DE


def test_given_one_long_line_the_headline_is_its_start_cut_at_a_word_with_a_warning(tmp_path):
    text = " ".join([BODY] * 5)
    release = written(tmp_path, text)
    headline = release.halves[0].headline
    assert text.startswith(headline.text) and len(headline.text) <= 200
    assert text[len(headline.text)] == " "
    assert any("no headline found" in w for w in release.warnings)


def test_every_part_of_a_plain_text_is_the_text_its_span_points_at(tmp_path):
    release = written(tmp_path, f"\ufeffIzmir | News\r\n\r\n{HEADLINE}\r\n\r\n{BODY}\r\n")
    for half in release.halves:
        for part in (half.headline, half.body):
            assert release.text[part.span.start:part.span.end] == part.text


def test_given_the_izmir_fixture_it_is_read_as_an_english_news_item():
    release = parse_release(SHARED / "fixtures" / "releases"
                            / "20211209-izmir-living-together-summit.txt")
    assert release.format == "plain-text"
    assert release.published == date(2021, 12, 9)
    assert release.publisher_name == "Izmir Metropolitan Municipality"
    assert release.halves[0].headline.text.startswith("Izmir welcomes mayors")
    assert [h.language for h in release.halves] == ["en"]


def test_given_a_press_release_label_above_the_headline_the_headline_is_the_line_after(
        tmp_path):
    release = written(tmp_path, f"PRESS RELEASE\n\nFor immediate release\n\n{HEADLINE}\n\n{BODY}")
    assert release.halves[0].headline.text == HEADLINE
