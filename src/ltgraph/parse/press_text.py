"""The press-service plain-text format: decoded text -> :class:`~ltgraph.model.Release`.

The press-service plain-text export is one long line with no paragraph marks (see
``../shared/research/release-format.md``). Its tail is well marked (byline, download notice,
``Bild:`` entries, online-version footer), its head is not: the headline, sub-headline and body
run into each other. Every part is cut out of the decoded text as a span, so later stages can
point back at the exact characters that support a fact. Cutting the unmarked head is
``ltgraph.parse.press_text_head``; what this form shares with the service's HTML page (masthead,
byline, credits, slug) is ``ltgraph.parse.press_service``.

Reading the bytes safely (size cap, encodings, binary and HTML files) happens before, in
``ltgraph.parse.decode``; every problem with an input surfaces as one ``ReleaseError``.
"""

from __future__ import annotations

import re

from ltgraph.model import Byline, Half, Image, Part, Release, Span
from ltgraph.parse.common import guess_language, halves_with_headline, part_between, position_of
from ltgraph.parse.decode import ReleaseError
from ltgraph.parse.press_service import (
    BYLINE_PATTERN,
    DOWNLOAD_NOTICE,
    LANGUAGE_SEPARATOR,
    MASTHEADS,
    byline_of,
    caption_and_credit,
    file_name_warnings,
    press_service_slug,
    release_date,
    replaced_character_warnings,
)
from ltgraph.parse.press_text_head import split_head

__all__ = ["TXT_FORMAT", "looks_like_press_text", "parse_txt_release"]

TXT_FORMAT = "press-service-txt"


# The markers only the plain-text export has (the HTML page marks its images as elements).
IMAGE_MARKER = re.compile(r"Bild:\s*(?P<url>https?://\S+)")
CREDIT_MARK = re.compile(r",\s?\(c\)", re.IGNORECASE)  # the last one ends the caption
FOOTER = re.compile(r"Zur\s+Online-Version:\s*(?P<url>\S+)\s*$")


# ------------------------------------------------------------------ entry point
def parse_txt_release(text: str, *, file_name: str, sha256: str,
                       warnings: tuple[str, ...] = ()) -> Release:
    """Cut the decoded text of a press-service plain-text release into its parts."""
    masthead, publisher, city, language = _find_masthead(text, file_name)
    footer = FOOTER.search(text)
    tail_end = footer.start() if footer else len(text)
    byline = _find_byline(text, file_name, masthead.span.end, tail_end,
                          truncated=footer is None)
    images = _find_images(text, file_name, byline.span.end, tail_end)
    if footer is None:
        raise ReleaseError(file_name, position_of(text, len(text)),
                           "truncated release: it does not end with the 'Zur Online-Version:' "
                           f"footer (it stops after {len(images)} image entries); the file was "
                           "probably cut short: fetch it again")
    online_url = part_between(text, footer.start("url"), footer.end("url"))

    head_end = byline.span.start
    separator = LANGUAGE_SEPARATOR.search(text, masthead.span.end, head_end)
    body_en = None
    if separator is not None:
        body_en = part_between(text, separator.end(), head_end)
        head_end = separator.start()
    head = split_head(text, masthead.span.end, head_end, language)

    first_language = (guess_language(head.body.text) if head.body else None) or language
    halves = [Half(first_language, head.headline_first, head.body, head.subheadline)]
    if body_en is not None or head.headline_second is not None:
        second_language = (guess_language(body_en.text, exclude=first_language) if body_en
                           else None) or ("en" if first_language != "en" else "de")
        halves.append(Half(second_language, head.headline_second, body_en))
    halves, fallback = halves_with_headline(tuple(halves), None, text, masthead.span.end,
                                            byline.span.start)
    return Release(
        path=file_name,
        slug=press_service_slug(file_name, city, byline.date, sha256),
        sha256=sha256,
        text=text,
        format=TXT_FORMAT,
        halves=halves,
        published=byline.date,
        publisher_name=publisher,
        source_url=online_url.text if online_url else None,
        masthead=masthead,
        byline=byline,
        images=images,
        online_url=online_url,
        warnings=(warnings
                  + tuple(f"{position_of(text, masthead.span.end)}: {w}" for w in head.warnings)
                  + fallback
                  + tuple(f"{position_of(text, byline.span.start)}: {w}"
                          for w in file_name_warnings(file_name, byline.date))
                  + replaced_character_warnings(text)),
    )


def looks_like_press_text(text: str) -> bool:
    """True when the text opens with a press service's masthead."""
    offset = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    return any(re.compile(m.pattern).match(text, offset) for m in MASTHEADS)


# ------------------------------------------------------------------ pieces
def _find_masthead(text: str, file_name: str) -> tuple[Part, str, str, str]:
    """The masthead part, the publisher's name, its city and the press service's language."""
    offset = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    for masthead in MASTHEADS:
        match = re.compile(masthead.pattern).match(text, offset)
        if match:
            part = Part(match.group(0), Span(match.start(), match.end()))
            return part, match.group("publisher"), match.group("city"), masthead.language
    raise ReleaseError(file_name, position_of(text, offset),
                       "no press-service masthead (expected e.g. 'Pressedienst der "
                       "Landeshauptstadt Düsseldorf' at the start); is this a press release?")


def _find_byline(text: str, file_name: str, start: int, end: int, *, truncated: bool) -> Byline:
    """The last byline before the tail; its date is required (it dates the release)."""
    notice = DOWNLOAD_NOTICE.search(text, start, end)
    limit = notice.start() if notice else end
    matches = list(BYLINE_PATTERN.finditer(text, start, limit))
    if not matches and truncated and notice is None:
        raise ReleaseError(file_name, position_of(text, len(text)),
                           "truncated release: the text stops before the byline; the byline "
                           "('Text:' or 'Redaktion:' with name and date), the images and the "
                           "'Zur Online-Version:' footer are missing")
    if not matches:
        where = "before the download notice" if notice else "before the footer"
        raise ReleaseError(file_name, position_of(text, limit),
                           "no byline ('Text: Surname, Given DD.MM.YYYY' or 'Redaktion: ...') "
                           f"{where}; add the author and date")
    match = matches[-1]
    if match.group("date") is None:
        raise ReleaseError(file_name, position_of(text, match.end()),
                           f"the byline '{match.group(0)}' has no date (DD.MM.YYYY); add the "
                           "release date after the author's name")
    when = release_date(match.group("date"), file_name=file_name, text=text,
                        offset=match.start("date"))
    return byline_of(match, when, lambda start, end: Part(text[start:end], Span(start, end)))


def _find_images(text: str, file_name: str, start: int, end: int) -> tuple[Image, ...]:
    """Every ``Bild:`` entry between the byline and the footer, in order."""
    notice = DOWNLOAD_NOTICE.search(text, start, end)
    starts = list(IMAGE_MARKER.finditer(text, start, end))
    if notice is not None and not starts:
        raise ReleaseError(file_name, position_of(text, notice.end()),
                           "truncated release: the download notice is not followed by any "
                           "'Bild:' entry")
    images = []
    for number, match in enumerate(starts, 1):
        entry_end = starts[number].start() if number < len(starts) else end
        images.append(_image(text, file_name, match, entry_end, number))
    return tuple(images)


def _image(text: str, file_name: str, match: re.Match[str], end: int, number: int) -> Image:
    """One ``Bild: URL caption,(c)credit`` entry; captions may hold commas, so split on the last
    ``,(c)``."""
    marks = list(CREDIT_MARK.finditer(text, match.end(), end))
    if not marks:
        raise ReleaseError(file_name, position_of(text, match.start()),
                           f"truncated release: image entry {number} has no ',(c)' credit "
                           "after its caption (cut mid-entry?)")
    mark = marks[-1]
    caption, credit, photographer = caption_and_credit(
        text, match.end(), end, mark, lambda start, stop: part_between(text, start, stop))
    caption = caption or Part("", Span(match.end(), match.end()))
    return Image(url=match.group("url"), caption=caption, credit=credit,
                 photographer=photographer,
                 span=Span(match.start(), credit.span.end if credit else mark.end()))
