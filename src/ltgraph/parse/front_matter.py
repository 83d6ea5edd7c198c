"""Text or Markdown with YAML front matter -> :class:`~ltgraph.model.Release`.

The form any publisher's release can be brought into (DESIGN.md, "Release files")::

    ---
    source: "https://example.org/news/123"
    publisher: "Ville de Montréal"
    published: 2015-06-15
    language: fr          # de, en, fr or mixed; guessed per paragraph when absent or mixed
    title: "..."
    ---
    the text as published (lines, lists, page furniture may remain)

Spans: ``Release.text`` is the whole file, front matter included, so every offset is an offset
into the file. The body parts start after the closing ``---``; when the text repeats the title
as a line, that line is the headline, else the headline is the ``title`` value inside the front
matter (its span points at the value there). Markdown marks (``**``, ``#``, the target of a
link) and page furniture (menus, share bars: ``furniture.py``) are blanked to spaces in the
parts' text, keeping every offset.

The keys are read with YAML's base loader: every value is a string (no tags, no objects, no
YAML dates that fail before we can say which line is wrong). A bad value (a date that is
not one, a language we do not read) is left out with a warning naming its line; the release
stays. Front matter YAML refuses as a whole (a title holding ": " unquoted) is read line by
line, one known key per line, with a warning.
"""

from __future__ import annotations

import re
from datetime import date

import yaml

from ltgraph.model import Half, Part, Release, Span
from ltgraph.parse.common import (
    LANGUAGES,
    covering,
    first_headline,
    halves_with_headline,
    headline_on_first,
    language_runs,
    paragraphs,
    part_between,
    position_of,
    readable_html,
    release_slug,
)
from ltgraph.parse.corrections import without_retracted
from ltgraph.parse.furniture import without_furniture

__all__ = ["FRONT_MATTER_FORMAT", "looks_like_front_matter", "parse_front_matter_release"]

FRONT_MATTER_FORMAT = "front-matter"
KEYS = ("source", "publisher", "published", "language", "title")
_OPENING = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
# a line that opens a markup document: an XML declaration, a doctype, or a feed's or a page's
# root element
_MARKUP_DOCUMENT = re.compile(r"^[ \t]*<(?:\?xml\b|!DOCTYPE\b|(?:rss|feed|html|rdf:RDF)\b)",
                              re.IGNORECASE | re.MULTILINE)
_TITLE_SEARCH_PARAGRAPHS = 6  # the title is repeated near the top or not at all
# Markdown marks blanked in the parts: emphasis runs, heading hashes, quote marks at the start
# of a line, and the "(target)" of a link or image.
_MARKDOWN = re.compile(r"\*{1,3}|_{2,3}|^[ \t]*#{1,6}[ \t]|^[ \t]*>[ \t]?|!?\[|\]\([^)\s]*\)",
                       re.MULTILINE)


def looks_like_front_matter(text: str) -> bool:
    """True when the text opens with ``---`` and a closing line follows with known keys."""
    opening = _OPENING.match(text)
    if opening is None:
        return False
    closing = _CLOSING.search(text, opening.end())
    if closing is None:
        return False
    return any(re.search(rf"(?m)^{key}[ \t]*:", text[opening.end():closing.start()])
               for key in KEYS)


def parse_front_matter_release(text: str, *, file_name: str, sha256: str,
                               warnings: tuple[str, ...] = ()) -> Release:
    """Read the front matter's keys and cut the text after it into halves."""
    opening = _OPENING.match(text)
    closing = _CLOSING.search(text, opening.end()) if opening else None
    assert opening is not None and closing is not None, "call looks_like_front_matter first"
    block_start, block_end = opening.end(), closing.start()
    keys, problems = _read_keys(text, block_start, block_end)
    body_start = closing.end() + (1 if text.startswith("\n", closing.end()) else 0)
    end = len(text)

    published, date_problems = _published(keys.get("published"), text, block_start)
    language = _language(keys.get("language"), text, block_start, problems)
    publisher = _string(keys.get("publisher"))
    source = _string(keys.get("source"))
    title = _title_part(text, block_start, block_end, _string(keys.get("title")))

    shown = _readable_body(text, body_start, end)
    pieces = [_blank_markdown(Part(shown[p.span.start:p.span.end], p.span))
              for p in paragraphs(text, body_start, end)]
    headline, pieces = _headline(text, pieces, title)
    headline = headline or title  # the declared title is the headline: no guess, no warning
    halves = tuple(Half(lang, None,
                        without_retracted(without_furniture(_blank_markdown(covering(shown, run)))))
                   for lang, run in language_runs(shown, pieces, language))
    halves = headline_on_first(halves, headline, language if language in LANGUAGES else "en")
    halves, fallback = halves_with_headline(halves, title, text, body_start, end)
    missing = tuple(f"{position_of(text, block_start)}: front matter has no '{key}'"
                    for key in ("source", "publisher")
                    if not keys.get(key))
    return Release(
        path=file_name,
        slug=release_slug(publisher, published, sha256),
        sha256=sha256,
        text=text,
        format=FRONT_MATTER_FORMAT,
        halves=halves,
        published=published,
        publisher_name=publisher,
        source_url=source,
        title=title,
        warnings=warnings + tuple(problems) + date_problems + missing + fallback,
    )


# ------------------------------------------------------------------ markup bodies
def _readable_body(text: str, start: int, end: int) -> str:
    """The text with a body that is a markup document (a news feed's XML, a saved page) read
    as its readable text, of the same length; any other body as it stands.

    Markup escaped inside markup (a feed item's ``<description>`` holding ``&lt;p&gt;``) is read
    a second time: its paragraph tags break the item's text as the page showed it, so a sentence
    ends where its paragraph ends instead of running into the next one. Only a body that opens
    as a markup document is read so: angle brackets in a plain text (an e-mail address, an
    ``<omitted media>`` note) are words of the text. The document runs from the line it opens
    on (after a heading line, a saved feed's title) to the end.
    """
    opening = _MARKUP_DOCUMENT.search(text, start, end)
    if opening is None:
        return text
    once = readable_html(text, opening.start(), end)
    return text[:opening.start()] + readable_html(once, 0, len(once)) + text[end:]


# ------------------------------------------------------------------ keys
def _read_keys(text: str, start: int, end: int) -> tuple[dict, list[str]]:
    """The YAML mapping between the fences, or an empty one with a warning."""
    try:
        loaded = yaml.load(text[start:end], Loader=yaml.BaseLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = position_of(text, start + mark.index) if mark else position_of(text, start)
        keys = _keys_line_by_line(text[start:end])
        outcome = ("its keys were read line by line" if keys else "its keys are ignored")
        return keys, [f"front matter at {where} is not YAML ({getattr(error, 'problem', error)});"
                      f" {outcome}"]
    if not isinstance(loaded, dict):
        return {}, [f"front matter at {position_of(text, start)} is not a mapping of keys; "
                    "its keys are ignored"]
    return {str(k): v for k, v in loaded.items()}, []


_KEY_LINE = re.compile(rf"^(?P<key>{'|'.join(KEYS)})[ \t]*:[ \t]*(?P<value>.*?)[ \t]*\r?$",
                       re.MULTILINE)
_COMMENT = re.compile(r"[ \t]+#.*$")


def _keys_line_by_line(block: str) -> dict[str, str]:
    """The known keys of front matter YAML refuses, one ``key: value`` line each.

    Hand-written front matter often breaks YAML in one value only (a title holding ": ",
    an unbalanced quote); the other keys, and that value up to its line's end, are still
    what the publisher meant, so losing all of them for one value would be worse.
    """
    keys: dict[str, str] = {}
    for match in _KEY_LINE.finditer(block):
        value = match["value"]
        if match["key"] != "title":
            value = _COMMENT.sub("", value)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        keys.setdefault(match["key"], value)
    return {key: value for key, value in keys.items() if value}


def _string(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None


def _key_position(text: str, start: int, key: str) -> str:
    match = re.compile(rf"(?m)^{key}[ \t]*:").search(text, start)
    return position_of(text, match.start() if match else start)


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?")
# How people write a language in front matter, besides the two-letter code.
LANGUAGE_NAMES: dict[str, str] = {
    "german": "de", "deutsch": "de", "allemand": "de", "english": "en", "englisch": "en",
    "anglais": "en", "french": "fr", "französisch": "fr", "français": "fr", "francais": "fr",
}


def _published(value: object, text: str, start: int) -> tuple[date | None, tuple[str, ...]]:
    """``published`` as a date written YYYY-MM-DD (a time after it is ignored)."""
    if value is None or value == "":
        return None, ()
    match = _ISO_DATE.fullmatch(str(value).strip())
    if match is not None:
        try:
            return date(*(int(g) for g in match.groups())), ()
        except ValueError:
            pass
    return None, (f"'published' at {_key_position(text, start, 'published')} is "
                  f"'{value}', not a date YYYY-MM-DD; the release is undated",)


def _language(value: object, text: str, start: int, problems: list[str]) -> str | None:
    """``de``, ``en`` or ``fr`` (also ``en-GB``, ``English``, ``Deutsch``); ``mixed``, a list,
    absent or unknown means: guess per paragraph."""
    if isinstance(value, list) or value is None:
        return None
    language = (_string(value) or "").lower()
    language = LANGUAGE_NAMES.get(language, language)
    language = re.sub(r"^([a-z]{2})[-_][a-z]{2,4}$", r"\1", language)
    if language in LANGUAGES or language in ("", "mixed") or re.search(r"[,;/ ]", language):
        return language if language in LANGUAGES else None
    problems.append(f"'language' at {_key_position(text, start, 'language')} is '{value}', "
                    f"not one of {', '.join(LANGUAGES)} or mixed; guessed per paragraph")
    return None


def _title_part(text: str, start: int, end: int, title: str | None) -> Part | None:
    """Where the title's value stands in the front matter, as a Part."""
    if not title:
        return None
    line = re.compile(r"(?m)^title[ \t]*:[ \t]*(?P<q>[\"']?)").search(text, start, end)
    if line is None:
        return None
    at = text.find(title, line.end(), end)
    if at < 0:  # escapes or folding: point at the whole value
        stop = text.find("\n", line.end(), end)
        return part_between(text, line.end(), stop if stop >= 0 else end)
    return Part(text[at:at + len(title)], Span(at, at + len(title)))


# ------------------------------------------------------------------ text
def _normal(words: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", words.lower()).split())


def _headline(text: str, pieces: list[Part], title: Part | None
              ) -> tuple[Part | None, list[Part]]:
    """The line near the top that repeats the title, and the pieces after it; without a title,
    the first line that reads as a headline when it stands alone among the first pieces."""
    top = pieces[:_TITLE_SEARCH_PARAGRAPHS]
    if title is not None:
        wanted = _normal(title.text)
        for n, piece in enumerate(top):
            if _normal(piece.text) == wanted:
                return piece, pieces[n + 1:]
        return None, pieces
    return first_headline(pieces, 3)


def _blank_markdown(part: Part | None) -> Part | None:
    """The part with Markdown marks replaced by spaces of the same length."""
    if part is None:
        return None
    return Part(_MARKDOWN.sub(lambda m: " " * len(m.group(0)), part.text), part.span)
