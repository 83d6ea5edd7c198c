"""Specifications of the front-matter reader: YAML keys (source, publisher, published,
language, title) then the text as published; spans are offsets into the whole file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ltgraph.parse import parse_release

from .helpers import SHARED

# Our own words, stating true facts about the network.
BODY_FR = ("Le maire de Montréal, M. Denis Coderre, a accueilli les maires du monde entier à "
           "Montréal le 10 juin 2015 pour le premier sommet sur le vivre ensemble.")
BODY_EN = ("The Mayor of Montréal, Mr. Denis Coderre, welcomed mayors from around the world "
           "to Montréal on 10 June 2015 for the first summit on living together.")
TITLE = "Les maires se réunissent à Montréal"


def front_matter(**keys: str) -> str:
    lines = ["---", *(f"{key}: {value}" for key, value in keys.items()), "---"]
    return "\n".join(lines) + "\n"


def written(tmp_path: Path, text: str, name: str = "montreal-communique.md",
            newline: str = "\n"):
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return parse_release(path)


KEYS = {"source": '"https://example.org/ltgraph-test/communique"',
        "publisher": '"Ville de Montréal"', "published": "2015-06-15", "language": "fr",
        "title": f'"{TITLE}"'}


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("suffix", [".md", ".txt", ""], ids=["md", "txt", "no-extension"])
def test_given_front_matter_the_keys_give_publisher_source_date_and_slug(tmp_path, newline,
                                                                         suffix):
    release = written(tmp_path, front_matter(**KEYS) + f"{TITLE}\n\n{BODY_FR}\n",
                      name=f"communique{suffix}", newline=newline)
    assert release.format == "front-matter"
    assert release.publisher_name == "Ville de Montréal"
    assert release.source_url == "https://example.org/ltgraph-test/communique"
    assert release.published == date(2015, 6, 15)
    assert release.slug == f"ville-de-montreal-20150615-{release.sha256[:8]}"
    assert [h.language for h in release.halves] == ["fr"]


def test_given_the_title_repeated_in_the_text_that_line_is_the_headline(tmp_path):
    release = written(tmp_path, front_matter(**KEYS) + f"COMMUNIQUÉ\n\n{TITLE}\n\n{BODY_FR}\n")
    headline, body = release.halves[0].headline, release.halves[0].body
    assert headline.text == TITLE
    assert release.text.index(TITLE, release.text.index("---", 3)) == headline.span.start
    assert body.text == BODY_FR
    assert release.text[body.span.start:body.span.end] == BODY_FR
    assert not release.warnings


def test_given_a_title_not_in_the_text_the_headline_points_at_the_title_in_the_front_matter(
        tmp_path):
    release = written(tmp_path, front_matter(**KEYS) + f"{BODY_FR}\n")
    headline = release.halves[0].headline
    assert headline.text == TITLE
    assert headline.span.start == release.text.index(TITLE)  # inside the front matter
    assert release.halves[0].body.text == BODY_FR


def test_given_no_title_a_short_first_line_is_the_headline(tmp_path):
    keys = {k: v for k, v in KEYS.items() if k != "title"}
    release = written(tmp_path, front_matter(**keys) + f"{TITLE}\n\n{BODY_FR}\n")
    assert release.halves[0].headline.text == TITLE
    assert release.halves[0].body.text == BODY_FR


def test_given_no_title_and_no_headline_line_the_first_line_stands_in_with_a_warning(tmp_path):
    keys = {k: v for k, v in KEYS.items() if k != "title"}
    release = written(tmp_path, front_matter(**keys) + f"{BODY_FR}\n")
    assert release.halves[0].headline is not None
    assert BODY_FR.startswith(release.halves[0].headline.text)
    assert any("no headline found; the first line" in w for w in release.warnings)


@pytest.mark.parametrize("language", ["mixed", None], ids=["mixed", "absent"])
def test_given_mixed_or_no_language_each_run_of_paragraphs_is_a_half(tmp_path, language):
    keys = {k: v for k, v in KEYS.items() if k != "language"}
    if language:
        keys["language"] = language
    release = written(tmp_path, front_matter(**keys) + f"{TITLE}\n\n{BODY_FR}\n\n{BODY_EN}\n")
    assert [h.language for h in release.halves] == ["fr", "en"]
    assert release.halves[0].body.text == BODY_FR
    assert release.halves[1].body.text == BODY_EN


def test_given_no_published_key_the_release_is_undated(tmp_path):
    keys = {k: v for k, v in KEYS.items() if k != "published"}
    release = written(tmp_path, front_matter(**keys) + f"{BODY_FR}\n")
    assert release.published is None
    assert release.slug == f"ville-de-montreal-undated-{release.sha256[:8]}"


@pytest.mark.parametrize("value", ['"15 juin 2015"', "2015-13-40", "[2015]"])
def test_given_a_published_value_that_is_no_date_a_warning_names_its_line(tmp_path, value):
    release = written(tmp_path, front_matter(**{**KEYS, "published": value}) + f"{BODY_FR}\n")
    assert release.published is None
    assert any("'published' at character" in w and "line 4" in w for w in release.warnings)


def test_given_front_matter_that_is_not_yaml_the_release_is_still_read_with_a_warning(tmp_path):
    text = "---\nsource: [unclosed\nlanguage: [en\n---\n" + f"{TITLE}\n\n{BODY_EN}\n"
    release = written(tmp_path, text)
    assert release.format == "front-matter"
    assert any("is not YAML" in w for w in release.warnings)
    assert release.halves[0].body.text == BODY_EN
    assert release.slug.startswith("unknown-undated-")


@pytest.mark.parametrize("title", [
    "LIVE – Summit on living together, day 2: the declaration is signed",
    "Gipfel: Städte unterzeichnen die Erklärung",
    'Sommet : « Vivre ensemble » — la déclaration signée',
    "It's day two: mayors sign",
])
def test_given_a_title_yaml_refuses_the_keys_are_read_line_by_line(tmp_path, title):
    block = (f"---\nsource: {KEYS['source']}\npublisher: {KEYS['publisher']}\n"
             f"published: 2015-06-11  # the day it went online\nlanguage: en\ntitle: {title}\n---\n")
    release = written(tmp_path, block + f"{BODY_EN}\n")
    assert any("is not YAML" in w and "read line by line" in w and "line 6" in w
               for w in release.warnings)
    assert release.publisher_name == KEYS["publisher"].strip('"')
    assert release.source_url == KEYS["source"].strip('"')
    assert release.published == date(2015, 6, 11)
    assert release.title.text == title
    assert release.slug.startswith("ville-de-montreal-20150611-")


def test_given_markdown_marks_they_are_blanked_and_offsets_kept(tmp_path):
    body = "The **Mayor of Montréal**, [Denis Coderre](https://example.org/x), spoke."
    release = written(tmp_path, front_matter(**KEYS) + f"# {TITLE}\n\n{body}\n")
    part = release.halves[0].body
    assert len(part.text) == part.span.end - part.span.start
    assert " ".join(part.text.split()) == "The Mayor of Montréal , Denis Coderre , spoke."
    assert release.halves[0].headline.text.strip() == TITLE


def test_given_the_montreal_fixture_it_is_read_as_a_french_communique():
    release = parse_release(SHARED / "fixtures" / "releases" / "20150615-montreal-bilan-sommet.md")
    assert release.format == "front-matter"
    assert release.published == date(2015, 6, 15)
    assert release.publisher_name == "Ville de Montréal"
    assert [h.language for h in release.halves] == ["fr"]
    assert release.halves[0].headline.span.start > release.text.index("\n---")


@pytest.mark.parametrize(("value", "expected"), [
    ('"2015-06-15"', date(2015, 6, 15)), ("2015-06-15T09:30:00-04:00", date(2015, 6, 15)),
    ("'2015-6-15'", date(2015, 6, 15)), ("2015-06-15 09:30", date(2015, 6, 15)),
])
def test_given_published_written_with_quotes_or_a_time_the_date_is_read(tmp_path, value,
                                                                       expected):
    release = written(tmp_path, front_matter(**{**KEYS, "published": value}) + f"{BODY_FR}\n")
    assert release.published == expected
    assert not release.warnings


@pytest.mark.parametrize(("value", "halves"), [
    ("FR", ["fr"]), ("fr-CA", ["fr"]), ("French", ["fr"]), ("français", ["fr"]),
    ("[fr, en]", ["fr", "en"]), ('"fr, en"', ["fr", "en"]), ("mixed", ["fr", "en"]),
])
def test_given_a_language_written_otherwise_it_is_understood(tmp_path, value, halves):
    text = front_matter(**{**KEYS, "language": value}) + f"{TITLE}\n\n{BODY_FR}\n\n{BODY_EN}\n"
    release = written(tmp_path, text)
    assert [h.language for h in release.halves] == halves
    assert not release.warnings


def test_given_an_unknown_language_a_warning_names_its_line_and_paragraphs_are_guessed(
        tmp_path):
    text = front_matter(**{**KEYS, "language": "it"}) + f"{TITLE}\n\n{BODY_FR}\n"
    release = written(tmp_path, text)
    assert [h.language for h in release.halves] == ["fr"]
    assert any("'language' at character" in w and "line 5" in w for w in release.warnings)
