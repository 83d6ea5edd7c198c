"""Specifications of the one entry, ``parse_release``: the format is recognised by content,
whatever the file's extension, and a release is only refused for its bytes."""

from __future__ import annotations

import pytest

from ltgraph.parse import READERS, ReleaseError, parse_release

from .helpers import HTML_RELEASE, SEED, SHARED, seed_bytes

FRONT_MATTER = ("---\nsource: https://example.org/ltgraph-test/x\npublisher: Ville de Montréal\n"
                "published: 2015-06-15\n---\nLes maires se réunissent à Montréal\n\n"
                "Le maire de Montréal a accueilli les maires du monde entier pour le sommet.\n")
PLAIN = ("Mayors meet in Izmir for the third summit\n\nThe Mayor of Izmir welcomed the "
         "delegations of the network at the summit on 9 December 2021.\n")
ARTICLE = ("<!DOCTYPE html><html><head><title>Mayors meet in Izmir</title></head><body>"
           "<nav><a href='/'>Home</a></nav><article><h1>Mayors meet in Izmir</h1><p>The Mayor "
           "of Izmir welcomed the delegations of the network at the summit on 9 December 2021."
           "</p></article></body></html>")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".htm", "", ".dat"])
@pytest.mark.parametrize(("content", "expected"), [
    (lambda: seed_bytes(), "press-service-txt"),
    (lambda: HTML_RELEASE.read_bytes(), "press-service-html"),
    (lambda: FRONT_MATTER.encode(), "front-matter"),
    (lambda: PLAIN.encode(), "plain-text"),
    (lambda: ARTICLE.encode(), "html-article"),
], ids=["press-text", "press-html", "front-matter", "plain-text", "html-article"])
def test_given_any_extension_the_format_is_recognised_by_content(tmp_path, suffix, content,
                                                                 expected):
    path = tmp_path / f"release{suffix}"
    path.write_bytes(content())
    assert parse_release(path).format == expected


def test_every_format_has_one_reader_and_the_readers_are_tried_in_order():
    formats = [reader.format for reader in READERS]
    assert len(formats) == len(set(formats))
    assert formats[0] == "front-matter" and formats[-1] == "plain-text"


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "empty file"), (b" \n\t ", "empty file"), (b"\x00\x01binary" * 20, "binary file"),
    ("Caf\u00e9 ".encode() + "Stra\u00dfe".encode("latin-1"), "mixed encodings"),
    (b"<!DOCTYPE html><html><head><title> </title></head><body><div> </div></body></html>",
     "no article text"),
], ids=["empty", "blanks", "binary", "undecodable", "page-without-text"])
def test_only_empty_binary_or_undecodable_files_are_refused(tmp_path, data, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReleaseError) as caught:
        parse_release(path)
    assert problem in caught.value.problem
    assert "\n" not in str(caught.value)


def test_given_a_press_release_cut_short_it_is_read_as_plain_text_with_a_warning(tmp_path):
    data = seed_bytes()
    path = tmp_path / SEED.name
    path.write_bytes(data[: len(data) // 3])
    release = parse_release(path)
    assert release.format == "plain-text"
    assert release.published is not None  # from the file name
    assert any("not read as press-service-txt" in w and "truncated release" in w
               for w in release.warnings)
    assert release.halves[0].headline is not None


def test_every_release_names_a_headline_whatever_its_format(tmp_path):
    for n, text in enumerate([FRONT_MATTER, PLAIN, ARTICLE, "just a few words here."]):
        path = tmp_path / f"r{n}.txt"
        path.write_text(text, encoding="utf-8")
        assert parse_release(path).halves[0].headline is not None, text


def test_given_an_html_fragment_without_document_tags_it_is_read_as_a_page(tmp_path):
    path = tmp_path / "fragment.txt"
    path.write_text("<article><h1>Mayors meet in Izmir</h1><p>The Mayor of Izmir welcomed "
                    "the delegations of the network on 9 December 2021.</p></article>",
                    encoding="utf-8")
    release = parse_release(path)
    assert release.format == "html-article"
    assert "<" not in release.halves[0].body.text


def test_given_text_that_opens_with_a_bracket_it_is_not_taken_for_a_page(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("<p> marks a paragraph in the page this note was copied from.\n\n"
                    "The mayors met in Izmir on 9 December 2021.", encoding="utf-8")
    assert parse_release(path).format == "plain-text"


@pytest.mark.parametrize("text", [
    "---\ntitle: x\npublished: soon\nlanguage: it\n---\nThe mayors met in the town hall today.",
    "---\nsource: [broken\n---\nThe mayors met in the town hall today.",
    "The mayors met in the town hall today, and they signed a declaration together there.",
    "<html><body><p>The mayors met in the town hall and signed a declaration.</p></body></html>",
], ids=["front-matter-values", "front-matter-yaml", "plain-text", "html-article"])
def test_every_warning_of_a_reader_names_a_position(tmp_path, text):
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    warnings = parse_release(path).warnings
    assert warnings
    assert all("character " in w for w in warnings), warnings


SHARED_RELEASES = sorted((SHARED / "fixtures" / "releases").iterdir()) + [SEED]


@pytest.mark.parametrize("path", SHARED_RELEASES, ids=lambda p: p.name)
def test_every_shared_release_is_read_with_a_headline_a_date_and_a_publisher(path):
    release = parse_release(path)
    assert release.halves and release.halves[0].headline is not None
    assert release.published is not None and release.publisher_name
    day = f"{release.published:%Y%m%d}"
    if release.format == "press-service-txt":
        assert release.slug == f"duesseldorf-{day}-{path.name[9:12]}"
    else:
        assert release.slug.endswith(f"-{day}-{release.sha256[:8]}")
