"""From a release file's bytes to trustworthy text, or one clear error.

A folder of releases holds whatever people saved into it: empty files, binaries, HTML pages
saved as ``.txt``, files cut short, exports in the wrong encoding. Each of these must stop
that one release with a single line naming the file, the position and the problem, so the
build can go on with the others. Text is only ever decoded in one way per file; anything we
decode other than as clean UTF-8 is said in a warning, never done silently.
"""

from __future__ import annotations

import re
from pathlib import Path

from ltgraph.parse.common import position_of

MAX_RELEASE_BYTES = 2 * 1024 * 1024  # 2 MiB; the largest real release is about 25 kB

# Share of control bytes (other than tab, newline, carriage return, form feed) above which a
# file is binary rather than text.
_BINARY_CONTROL_SHARE = 0.05
# Share of non-ASCII bytes above which a file that is not UTF-8 is binary: Windows-1252 press
# text in German, French or English has a few per cent.
_BINARY_HIGH_SHARE = 0.30
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_BYTES = bytes(sorted(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}))
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?"
                         rb"(?:<!--.*?-->\s*)*"
                         rb"<(?P<tag>!doctype\s+html|html|head|body|meta|title|div|p|article|"
                         rb"section|main|header|nav|h[1-6]|figure|table|ul|ol|span|a)\b",
                         re.IGNORECASE | re.DOTALL)
_CLOSING_TAG = re.compile(rb"</[a-z][a-z0-9]*\s*>", re.IGNORECASE)
# A well-formed UTF-8 multi-byte sequence (2, 3 or 4 bytes).
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|"
                             rb"[\xf0-\xf4][\x80-\xbf]{3}")
# Characters a UTF-8 lead byte becomes when UTF-8 is misread as Latin-1 / Windows-1252,
# followed by what its continuation bytes become.
_CONTINUATION_CHARS = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                              for b in range(0x80, 0xC0))
_MOJIBAKE = re.compile("[\u00c2-\u00f4][" + re.escape(_CONTINUATION_CHARS) + "]{1,3}")
# The byte each of those characters was misread from (Windows-1252 where it defines one).
_BYTE_OF = {bytes([b]).decode("cp1252", errors="ignore") or chr(b): b for b in range(0x80, 0x100)}
# What misread UTF-8 in a European press text stands for: Latin letters with their marks,
# typographic punctuation, currency and letter-like signs ('Ã¼' for 'ü', 'â€™' for '’').
_MISREAD_RANGES = ((0x00A0, 0x024F), (0x1E00, 0x1EFF), (0x2010, 0x2027), (0x2030, 0x203A),
                   (0x20AC, 0x20AC), (0x2122, 0x2122))
# Non-ASCII characters a Windows-1252 press text plausibly contains besides letters.
_CP1252_PUNCTUATION = set("–—‘’‚“”„…€°§«»©®·×÷½¼¾´¨ ¡¿ºª²³•†‡‰™")


class ReleaseError(Exception):
    """A release file that cannot be used, with where and why; ``str()`` is one line."""

    def __init__(self, path: str, position: str, problem: str) -> None:
        super().__init__(path, position, problem)
        self.path = path
        self.position = position
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.path}: {self.position}: {self.problem}"


def read_release_bytes(path: Path) -> bytes:
    """The file's bytes, refusing files over the size cap before reading them whole."""
    name = path.name
    size = path.stat().st_size
    if size > MAX_RELEASE_BYTES:
        raise ReleaseError(name, f"byte {MAX_RELEASE_BYTES}",
                           f"file is {size} bytes, over the {MAX_RELEASE_BYTES}-byte cap "
                           "(MAX_RELEASE_BYTES); a press release is far smaller: check the file")
    with path.open("rb") as handle:
        data = handle.read(MAX_RELEASE_BYTES + 1)
    if len(data) > MAX_RELEASE_BYTES:  # grew while we looked
        raise ReleaseError(name, f"byte {MAX_RELEASE_BYTES}",
                           f"file is over the {MAX_RELEASE_BYTES}-byte cap (MAX_RELEASE_BYTES)")
    return data


def refuse_unusable_bytes(name: str, data: bytes) -> None:
    """Raise for empty and binary files, the cases no decoding can save."""
    if not data.strip():
        raise ReleaseError(name, "byte 0", "empty file (no text at all)" if not data
                           else "empty file (only blanks)")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ReleaseError(name, f"byte {nul}",
                           "binary file: NUL byte; this is not a text release")
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high > _BINARY_HIGH_SHARE * len(data) and not _is_utf8(data):
        first = re.search(b"[\x80-\xff]", data)
        raise ReleaseError(name, f"byte {first.start()}",
                           f"binary file: {high} of {len(data)} bytes are outside ASCII and "
                           "do not form UTF-8 text; this is not a text release")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _BINARY_CONTROL_SHARE * len(data):
        first = re.search(b"[" + re.escape(_CONTROL_BYTES) + b"]", data)
        raise ReleaseError(name, f"byte {first.start()}",
                           f"binary file: {controls} of {len(data)} bytes are control "
                           "characters; this is not a text release")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def looks_like_html(data: bytes) -> bool:
    """True when the bytes open like an HTML document or fragment (a fragment must also
    close a tag: a text may open with '<p' by chance, not with markup throughout)."""
    head = data[:4096]
    match = _HTML_START.match(head)
    if match is None:
        return False
    document = match.group("tag").lower().startswith((b"!doctype", b"html", b"head", b"body",
                                                      b"meta", b"title"))
    return document or _CLOSING_TAG.search(head) is not None


def decode_text(name: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    """The text and the warnings about how it was decoded.

    Clean UTF-8 is taken as it is (a byte-order mark stays, as U+FEFF, so offsets match any
    other UTF-8 reading of the file). UTF-8 that was misread as Latin-1 and saved again
    ('DÃ¼sseldorf') is repaired when the whole file converts back, with a warning; otherwise
    the text is kept as it is with a warning saying where, since a few damaged words are no
    reason to lose the release's other facts. A file without a single UTF-8 multi-byte
    sequence whose other bytes are Windows-1252 letters and punctuation is decoded as
    Windows-1252, with a warning. Anything else is refused, naming the first bad byte.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # a multi-byte lead, then nothing
            raise ReleaseError(name, f"byte {error.start}",
                               "truncated release: the file ends in the middle of a UTF-8 "
                               "character; it was cut short: fetch it again") from None
        return _decode_non_utf8(name, data, error.start)
    return _repair_mojibake(name, text)


def _decode_non_utf8(name: str, data: bytes, bad: int) -> tuple[str, tuple[str, ...]]:
    multibyte = _UTF8_MULTIBYTE.search(data)
    if multibyte is not None:
        raise ReleaseError(name, f"byte {bad}",
                           f"mixed encodings: byte 0x{data[bad]:02x} is not UTF-8, but the file "
                           f"also holds UTF-8 text (first at byte {multibyte.start()}); "
                           "re-export it as UTF-8")
    text = data.decode("cp1252", errors="replace")
    for offset, char in enumerate(text):  # one byte is one character in Windows-1252
        if ord(char) > 0x7F and not (char.isalpha() or char in _CP1252_PUNCTUATION):
            raise ReleaseError(name, f"byte {offset}",
                               f"undecodable byte 0x{data[offset]:02x}: neither UTF-8 nor "
                               "Windows-1252 text; re-export the file as UTF-8")
    return text, ((f"not UTF-8 (first non-UTF-8 byte 0x{data[bad]:02x} at byte {bad}); "
                   "decoded as Windows-1252"),)


def first_misreading(text: str) -> re.Match | None:
    """Where the text first holds a character sequence that is UTF-8 misread as Latin-1.

    A letter with an accent before a typographic quote or a no-break space is ordinary French
    or German ('Montréal’s', 'diversité\u00a0»'); it looks like a misread only when its bytes
    form one whole UTF-8 character of the length its lead byte announces, and that character
    is one a European press text holds."""
    for candidate in _MOJIBAKE.finditer(text):
        if _misread_character(candidate.group(0)) is not None:
            return candidate
    return None


def _misread_character(sequence: str) -> str | None:
    lead = _BYTE_OF[sequence[0]]
    length = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    if len(sequence) < length:
        return None
    try:
        char = bytes(_BYTE_OF[c] for c in sequence[:length]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return char if any(low <= ord(char) <= high for low, high in _MISREAD_RANGES) else None


def _repair_mojibake(name: str, text: str) -> tuple[str, tuple[str, ...]]:
    first = first_misreading(text)
    if first is None:
        return text, ()
    where = position_of(text, first.start())
    try:
        repaired = _undo_latin1_misreading(text)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text, ((f"mojibake kept: '{first.group(0)}' at {where} looks like UTF-8 read as "
                       "Latin-1, but the rest of the file does not convert back; the text is "
                       "read as it is (re-export it as UTF-8 to read those words)"),)
    if first_misreading(repaired):  # encoded twice over: do not guess further
        return text, ((f"mojibake kept: '{first.group(0)}' at {where} is UTF-8 misread more "
                       "than once; the text is read as it is (re-export it as UTF-8)"),)
    return repaired, ((
        f"mojibake repaired: the file is UTF-8 that was read as Latin-1 and saved again (first "
        f"'{first.group(0)}' at {where}); offsets index the "
        "repaired text"),)


def _undo_latin1_misreading(text: str) -> str:
    """Map every character back to the byte it was misread from, then read those as UTF-8."""
    raw = bytearray()
    for char in text:
        try:
            raw += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                raise
            raw.append(ord(char))  # the five bytes Windows-1252 leaves undefined
    return raw.decode("utf-8")
