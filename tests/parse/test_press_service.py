"""Specifications of what the press service's two forms share (ltgraph.parse.press_service): a
byline, its date and an image credit read the same way from the plain-text export and from the
HTML page, because one implementation reads them for both."""

from __future__ import annotations

import re

import pytest

from ltgraph.parse import parse_release
from ltgraph.parse.press_service import (
    BYLINE_PATTERN,
    byline_of,
    caption_and_credit,
    release_date,
)

from .helpers import (
    HTML_RELEASE,
    RECEPTION_DE,
    html_variant,
    press_html_error,
    press_text_error,
    written_release,
)

PAGE_DATE = "Erstellt: 31.08.2019"


def whole(text: str):
    """Parts cut straight out of ``text`` (what the plain-text reader does)."""
    from ltgraph.model import Part, Span

    return lambda start, end: Part(text[start:end], Span(start, end))


@pytest.mark.parametrize("written, natural", [
    ("Text: Herden, Ingrid 30.08.2019", "Ingrid Herden"),
    ("Redaktion: Müller-Lüdenscheidt, Anna Maria 1.9.2019", "Anna Maria Müller-Lüdenscheidt"),
    ("Editor: Jane Doe 30.08.2019", "Jane Doe"),
])
def test_given_a_byline_the_author_reads_given_name_first_and_the_parts_point_into_it(
        written, natural):
    text = f"… {written} …"
    match = BYLINE_PATTERN.search(text)
    byline = byline_of(match, release_date(match.group("date"), file_name="f", text=text,
                                           offset=match.start("date")), whole(text))
    assert byline.author_name == natural
    assert text[byline.span.start:byline.span.end] == written
    assert text[byline.author.span.start:byline.author.span.end] == byline.author.text


def test_given_the_same_byline_in_both_forms_author_and_date_are_the_same(tmp_path):
    exported = written_release(tmp_path, RECEPTION_DE,
                               byline="Redaktion: Herden, Ingrid 31.08.2019")
    page = parse_release(HTML_RELEASE)  # 'Redaktion: Herden, Ingrid', 'Erstellt: 31.08.2019'
    for release in (exported, page):
        assert (release.byline.kind, release.byline.author_name, release.published.isoformat()
                ) == ("Redaktion", "Ingrid Herden", "2019-08-31"), release.format


def test_given_a_date_no_calendar_has_both_forms_give_the_same_error(tmp_path):
    exported = press_text_error(tmp_path, "20190831-900_01.txt", (
        "Pressedienst der Landeshauptstadt Düsseldorf " + RECEPTION_DE
        + " Text: Herden, Ingrid 31.02.2019 Zur Online-Version: https://example.org/r"
    ).encode("utf-8"))
    page = press_html_error(html_variant(tmp_path, PAGE_DATE, "Erstellt: 31.02.2019"))
    for error in (exported, page):
        assert error.problem == "the release date '31.02.2019' is not a real date"


@pytest.mark.parametrize("caption, expected", [
    ("Tonhalle,(c)Landeshauptstadt Düsseldorf/David Young",
     ("Tonhalle", "Landeshauptstadt Düsseldorf/David Young", "David Young")),
    ("Rathaus, Marktplatz, (c) Jane Doe", ("Rathaus, Marktplatz", "Jane Doe", "Jane Doe")),
    ("Rathaus ohne Nachweis", ("Rathaus ohne Nachweis", None, None)),
])
def test_given_a_caption_the_last_credit_mark_ends_it_and_the_photographer_follows_a_slash(
        caption, expected):
    marks = list(re.finditer(r",\s?\(c\)\s*", caption))
    parts = caption_and_credit(caption, 0, len(caption), marks[-1] if marks else None,
                               lambda start, end: _stripped(caption, start, end))
    assert tuple(p.text if p else None for p in parts) == expected


def _stripped(text: str, start: int, end: int):
    from ltgraph.parse.common import part_between

    return part_between(text, start, end)
