"""Any publisher's HTML article (a news or institutional page) -> Release.

Such a page holds its article among menus, share bars, cookie notices and footers. The main
text is found by trafilatura, a well-kept extraction library (it works on the string we give
it and never fetches anything); its metadata gives the title, the publication date (from the
page's ``<meta>`` tags and JSON-LD), the site's name and the canonical URL.

Spans: ``Release.text`` is the HTML source. trafilatura returns text, not positions, so each
line it keeps is found again in the readable text of the source (``readable_html``: the same
length as the source, markup blanked) and becomes a Part there; a body Part's text is that
readable text with everything trafilatura left out (furniture between paragraphs) blanked too.
A kept line that cannot be found again is left out with a warning.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from ltgraph.model import Half, Part, Release, Span
from ltgraph.parse.common import (
    halves_with_headline,
    headline_on_first,
    language_runs,
    position_of,
    readable_html,
    release_slug,
)
from ltgraph.parse.decode import ReleaseError
from ltgraph.parse.plain_text import date_near_top

__all__ = ["ARTICLE_FORMAT", "parse_article_release"]

ARTICLE_FORMAT = "html-article"
_TITLE = re.compile(r"<title\b[^>]*>(?P<title>.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_BODY = re.compile(r"<body\b", re.IGNORECASE)
_HEADING = re.compile(r"<h1\b[^>]*>.*?</h1\s*>", re.IGNORECASE | re.DOTALL)


def parse_article_release(text: str, *, file_name: str, sha256: str,
                          warnings: tuple[str, ...] = ()) -> Release:
    """The article's main text, title, date, publisher and URL, with spans into the page."""
    import trafilatura  # imported here: loading it takes a while and only pages need it

    document = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True})
    if document is None or not (document.text or "").strip():
        raise ReleaseError(file_name, position_of(text, 0),
                           "empty page: no article text was found among the page's markup")
    readable = readable_html(text, 0, len(text))
    body = _BODY.search(text)
    lines, lost = _find_lines(readable, document.text, body.start() if body else 0)
    notes = tuple(f"a line of the article ('{line[:40]}…') was not found again in the page "
                  "source; left out" for line in lost[:3])
    title = _title_part(text, readable, document.title, body.start() if body else 0)
    headline, lines = _headline(lines, title)
    halves = headline_on_first(tuple(
        Half(language, None, _covering(readable, run))
        for language, run in language_runs(readable, lines, _language(document))), headline)
    halves, fallback = halves_with_headline(halves, title, readable, 0, len(text))
    published, date_notes = _published(document.date, file_name, readable, lines)
    url = document.url if _is_web_url(document.url) else None
    publisher = (document.sitename or "").strip() or (urlsplit(url).hostname if url else None)
    return Release(
        path=file_name,
        slug=release_slug(publisher, published, sha256),
        sha256=sha256,
        text=text,
        format=ARTICLE_FORMAT,
        halves=halves,
        published=published,
        publisher_name=publisher,
        source_url=url,
        title=title,
        warnings=warnings + notes + date_notes + fallback,
    )


def _find_lines(readable: str, extracted: str, start: int) -> tuple[list[Part], list[str]]:
    """Each non-blank line trafilatura kept, found in order in the readable source from the
    page's <body> on (the <title> in its head may repeat the headline)."""
    found, lost, cursor = [], [], start
    for line in extracted.splitlines():
        words = line.split()
        if not words:
            continue
        pattern = re.compile(r"\s+".join(map(re.escape, words)))
        match = pattern.search(readable, cursor) or pattern.search(readable, start)
        if match is None:
            lost.append(line.strip())
            continue
        found.append(Part(readable[match.start():match.end()], Span(match.start(), match.end())))
        cursor = max(cursor, match.end())
    found.sort(key=lambda part: part.span.start)
    return found, lost


def _covering(readable: str, pieces: list[Part]) -> Part | None:
    """One Part over the pieces; what lies between them (left out as furniture) is blanked."""
    if not pieces:
        return None
    start, end = pieces[0].span.start, pieces[-1].span.end
    chars = [" "] * (end - start)
    for piece in pieces:
        chars[piece.span.start - start:piece.span.end - start] = piece.text
        if piece.span.end < end:
            chars[piece.span.end - start] = "\n"
    return Part("".join(chars), Span(start, end))


def _title_part(text: str, readable: str, title: str | None, body_start: int) -> Part | None:
    """The page's <h1> that reads as the title, else its <title> element's text."""
    wanted = " ".join((title or "").split())
    candidates = [m.span() for m in _HEADING.finditer(text)]
    match = _TITLE.search(text)
    if match is not None:
        candidates.append(match.span("title"))
    for start, end in candidates:
        words = readable[start:end].split()
        if words and (not wanted or " ".join(words) == wanted):
            at = readable.index(words[0], start)
            stop = readable.rindex(words[-1], start, end) + len(words[-1])
            return Part(readable[at:stop], Span(at, stop))
    if wanted:  # the title as the page writes it elsewhere (a heading of another level)
        pattern = re.compile(r"\s+".join(map(re.escape, wanted.split())))
        found = pattern.search(readable, body_start) or pattern.search(readable)
        if found is not None:
            return Part(readable[found.start():found.end()], Span(found.start(), found.end()))
    return None


def _headline(lines: list[Part], title: Part | None) -> tuple[Part | None, list[Part]]:
    """The kept line that repeats the title is the headline; the lines after it the body."""
    if title is None:
        return None, lines
    wanted = " ".join(title.text.split())
    for n, line in enumerate(lines[:5]):
        if " ".join(line.text.split()) == wanted:
            return line, lines[n + 1:]
    return None, lines


def _language(document) -> str | None:
    language = (getattr(document, "language", None) or "").split("-")[0].lower()
    return language or None


def _published(found: str | None, file_name: str, readable: str, lines: list[Part]
               ) -> tuple[date | None, tuple[str, ...]]:
    """The page's own date, else the file name's, else the first date near the top."""
    if found:
        try:
            return date.fromisoformat(found[:10]), ()
        except ValueError:
            pass
    return date_near_top(file_name, readable, lines[0].span.start if lines else 0,
                         undated="no publication date in the page's metadata, the file name "
                                 "or the text", undated_at=0)


def _is_web_url(url: str | None) -> bool:
    return bool(url) and re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", url) is not None
