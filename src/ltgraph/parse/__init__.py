"""Parse one release file into a :class:`~ltgraph.model.Release`: the first stage.

Two steps. ``decode`` turns the file's bytes into text it can trust (size cap, empty and binary
files, encodings); only there is a file refused. Then the first reader in ``READERS`` that
recognises the text by its content (not by the file's extension) cuts it into parts with exact
character spans into that text. A reader that recognised a file but cannot read it whole (a
press-service export cut short) hands it to the next reader that can, with a warning: a
release is never lost to a heuristic. A new format is one new module and one line in
``READERS``.

Every problem with an input is one :class:`ReleaseError`, whose ``str()`` names the file, the
position and the problem on one line, so a build can report it and go on with the others.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ltgraph.model import Release
from ltgraph.parse.article_html import ARTICLE_FORMAT, parse_article_release
from ltgraph.parse.decode import (
    MAX_RELEASE_BYTES,
    ReleaseError,
    decode_text,
    looks_like_html,
    read_release_bytes,
    refuse_unusable_bytes,
)
from ltgraph.parse.front_matter import (
    FRONT_MATTER_FORMAT,
    looks_like_front_matter,
    parse_front_matter_release,
)
from ltgraph.parse.plain_text import PLAIN_TEXT_FORMAT, parse_plain_text_release
from ltgraph.parse.press_html import HTML_FORMAT, looks_like_press_html, parse_html_release
from ltgraph.parse.press_text import TXT_FORMAT, looks_like_press_text, parse_txt_release

__all__ = ["ARTICLE_FORMAT", "FRONT_MATTER_FORMAT", "HTML_FORMAT", "MAX_RELEASE_BYTES",
           "PLAIN_TEXT_FORMAT", "READERS", "Reader", "ReleaseError", "TXT_FORMAT",
           "parse_release", "parse_text"]


@dataclass(frozen=True)
class Reader:
    """One release format: how to recognise its text, and how to read it."""

    format: str
    recognises: Callable[[str], bool]
    read: Callable[..., Release]  # (text, *, file_name, sha256, warnings) -> Release


def _is_html(text: str) -> bool:
    return looks_like_html(text[:4096].encode("utf-8", errors="replace"))


def _is_press_html(text: str) -> bool:
    return _is_html(text) and looks_like_press_html(text)


def _not_html(text: str) -> bool:
    return not _is_html(text)


# In order: the first that recognises a text reads it; the last two read any page or text.
READERS: tuple[Reader, ...] = (
    Reader(FRONT_MATTER_FORMAT, looks_like_front_matter, parse_front_matter_release),
    Reader(HTML_FORMAT, _is_press_html, parse_html_release),
    Reader(ARTICLE_FORMAT, _is_html, parse_article_release),
    Reader(TXT_FORMAT, looks_like_press_text, parse_txt_release),
    Reader(PLAIN_TEXT_FORMAT, _not_html, parse_plain_text_release),
)


def parse_release(path: Path) -> Release:
    """Read, decode and parse one release file; raise :class:`ReleaseError` if it is unusable."""
    path = Path(path)
    data = read_release_bytes(path)
    refuse_unusable_bytes(path.name, data)
    text, warnings = decode_text(path.name, data)
    return parse_text(text, file_name=path.name, sha256=hashlib.sha256(data).hexdigest(),
                      warnings=warnings)


def parse_text(text: str, *, file_name: str, sha256: str,
               warnings: tuple[str, ...] = ()) -> Release:
    """The release a decoded text holds, read by the first reader that recognises it.

    When that reader fails on the text (an export cut short, a page without byline), the
    next reader that recognises it reads it and the failure becomes a warning.
    """
    notes: tuple[str, ...] = ()
    first_error: ReleaseError | None = None
    for reader in READERS:
        if not reader.recognises(text):
            continue
        try:
            return reader.read(text, file_name=file_name, sha256=sha256,
                               warnings=warnings + notes)
        except ReleaseError as error:
            first_error = first_error or error
            notes += (f"not read as {reader.format}: {error.position}: {error.problem}; "
                      "read as the next format that fits",)
    if first_error is not None:
        raise first_error
    raise ReleaseError(file_name, "character 0", "no reader recognises this text")
