"""Parse one press release file into a :class:`~ltgraph.model.Release`: the first stage.

The stage has two steps. ``parse_bytes`` turns the file's bytes into text it can trust (size
cap, empty and binary files, HTML saved as ``.txt``, encodings); then ``parse_txt`` (the
plain-text export) or ``parse_html`` (the HTML page, by its ``.html`` extension) cuts the
release into parts with exact character spans into that text. Every problem with an
input is one :class:`ReleaseError`, whose ``str()`` names the file, the position and the
problem on one line, so a build can report it and go on with the other releases.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ltgraph.model import Release
from ltgraph.parse_bytes import (
    MAX_RELEASE_BYTES,
    ReleaseError,
    decode_text,
    looks_like_html,
    read_release_bytes,
    refuse_unusable_bytes,
)
from ltgraph.parse_html import HTML_FORMAT, parse_html_release
from ltgraph.parse_txt import TXT_FORMAT, parse_txt_release

__all__ = ["HTML_FORMAT", "MAX_RELEASE_BYTES", "TXT_FORMAT", "ReleaseError", "parse_release"]

HTML_SUFFIXES = (".html", ".htm")


def parse_release(path: Path) -> Release:
    """Read, decode and parse one release file; raise :class:`ReleaseError` if it is unusable."""
    path = Path(path)
    data = read_release_bytes(path)
    refuse_unusable_bytes(path.name, data)
    is_html = looks_like_html(data)
    html_name = path.suffix.lower() in HTML_SUFFIXES
    if is_html and not html_name:
        raise ReleaseError(path.name, "byte 0",
                           f"HTML saved as '{path.suffix}': the file is an HTML page, not the "
                           "plain-text export; give it the .html extension")
    if html_name and not is_html:
        raise ReleaseError(path.name, "byte 0",
                           f"plain text saved as '{path.suffix}': the file does not start like "
                           "an HTML page; give it the .txt extension")
    text, warnings = decode_text(path.name, data)
    parse = parse_html_release if is_html else parse_txt_release
    return parse(text, file_name=path.name, sha256=hashlib.sha256(data).hexdigest(),
                 warnings=warnings)
