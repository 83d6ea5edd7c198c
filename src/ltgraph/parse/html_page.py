"""An HTML page read for its text: blocks, pictures, links and rules, each where it stands in
the source, and readable views of the source that map every character back to it.

The reader of the press service's HTML page (``ltgraph.parse.press_html``) decides which block
is what; this module only reads the page, with the standard library's ``html.parser`` (no
network, no external entities, no DTD). Offsets are offsets into the page's decoded text, so
every part cut from a view is a span of the source file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ltgraph.model import Part, Span
from ltgraph.parse.common import BLOCK_TAGS as BREAKING_TAGS

__all__ = ["BLOCK_TAGS", "HEADING_TAGS", "Block", "Link", "PageReader", "Picture", "View",
           "plain", "read_page", "view_of", "views_of"]

# Elements whose text forms one block (a paragraph, a heading, a caption...): the tags that
# break the readable text, less the two empty ones.
BLOCK_TAGS = BREAKING_TAGS - {"br", "hr"}
CHROME_TAGS = frozenset({"header", "nav", "aside", "footer"})  # the site around the release
SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "svg"})
VOID_TAGS = frozenset("""area base br col embed hr img input link meta source track wbr""".split())
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def plain(text: str) -> str:
    """The readable text of a piece of HTML source: block tags become blanks, inline tags
    vanish, entities are resolved, blanks collapse."""
    def tag_gap(match: re.Match[str]) -> str:
        return " " if match.group(1).lower() in BREAKING_TAGS else ""

    without_tags = re.sub(r"<!--.*?-->|</?([A-Za-z][\w-]*)[^>]*>",
                          lambda m: tag_gap(m) if m.group(1) else " ", text, flags=re.DOTALL)
    return re.sub(r"\s+", " ", html.unescape(without_tags)).strip()


@dataclass
class Block:
    """The text of one block element, by where it stands in the source."""

    tag: str
    start: int
    end: int
    language: str | None  # the nearest lang attribute
    in_figure: bool
    in_chrome: bool  # inside the page's <header>, <nav>, <aside> or <footer>
    index: int = 0


@dataclass
class Picture:
    src: str
    tag_start: int
    alt: Span | None
    figure: int | None  # which <figure> holds it (its number), if any


@dataclass
class Link:
    href: Span
    rel: str
    words: list[str] = field(default_factory=list)


class PageReader(HTMLParser):
    """Collects blocks, pictures, links and rules with their offsets in the source."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.blocks: list[Block] = []
        self.pictures: list[Picture] = []
        self.links: list[Link] = []
        self.rules: list[int] = []  # offsets of <hr>
        self._stack: list[tuple[str, str | None]] = []  # (tag, lang)
        self._skip = 0
        self._figures = 0
        self._figure_open: list[int] = []
        self._block: Block | None = None
        self._open_link: Link | None = None

    # --------------------------------------------------------------- positions
    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _language(self) -> str | None:
        return next((lang for _, lang in reversed(self._stack) if lang), None)

    def _close_block(self) -> None:
        if self._block is not None:
            self._block.index = len(self.blocks)
            self.blocks.append(self._block)
            self._block = None

    def _text_at(self, start: int, end: int) -> None:
        if self._skip or not self.text[start:end].strip():
            return
        if self._block is None:
            tag = next((t for t, _ in reversed(self._stack) if t in BLOCK_TAGS), "body")
            chrome = any(t in CHROME_TAGS for t, _ in self._stack)
            self._block = Block(tag, start, end, self._language(), bool(self._figure_open),
                                chrome)
        self._block.end = end
        if self._open_link is not None:
            self._open_link.words.append(self.text[start:end])

    # --------------------------------------------------------------- events
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        values = dict(attrs)
        if tag in SKIPPED_TAGS:
            self._skip += 1
        if tag in BLOCK_TAGS or tag == "hr":
            self._close_block()
        if tag == "figure":
            self._figures += 1
            self._figure_open.append(self._figures)
        if tag == "hr":
            self.rules.append(start)
        elif tag == "img" and values.get("src"):
            self.pictures.append(Picture(values["src"], start, self._attribute_span(start, "alt"),
                                         self._figure_open[-1] if self._figure_open else None))
        elif tag in ("a", "link") and values.get("href"):
            link = Link(self._attribute_span(start, "href"), (values.get("rel") or "").lower())
            self.links.append(link)
            if tag == "a":
                self._open_link = link
        if tag not in VOID_TAGS:
            self._stack.append((tag, values.get("lang")))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS and self._skip:
            self._skip -= 1
        if tag in BLOCK_TAGS:
            self._close_block()
        if tag == "figure" and self._figure_open:
            self._figure_open.pop()
        if tag == "a":
            self._open_link = None
        for depth in range(len(self._stack) - 1, -1, -1):  # tolerate unclosed inner tags
            if self._stack[depth][0] == tag:
                del self._stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        start = self._offset()
        self._text_at(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._reference(len("&") + len(name))

    def handle_charref(self, name: str) -> None:
        self._reference(len("&#") + len(name))

    def _reference(self, length: int) -> None:
        """An entity or character reference, with its ';' when it has one."""
        start = self._offset()
        self._text_at(start, start + length + self.text.startswith(";", start + length))

    def close(self) -> None:
        super().close()
        self._close_block()

    # --------------------------------------------------------------- attributes
    def _attribute_span(self, tag_start: int, name: str) -> Span | None:
        """Where an attribute's value stands in the source (inside its quotes)."""
        tag_text = self.get_starttag_text() or ""
        match = re.search(rf"\s{name}\s*=\s*"
                          r"(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+))",
                          tag_text, re.IGNORECASE)
        if match is None:
            return None
        group = next(g for g in ("dq", "sq", "bare") if match.group(g) is not None)
        return Span(tag_start + match.start(group), tag_start + match.end(group))


_MARKUP_OR_TEXT = re.compile(r"<!--.*?-->|<[^>]*>|&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]\w*);?"
                             r"|[^<&]+|[<&]", re.DOTALL)


@dataclass(frozen=True)
class View:
    """The readable text of a stretch of source, each character mapped back to the source
    characters it comes from, so that what we find in the words gets its span in the file."""

    source: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def part(self, start: int, end: int) -> Part | None:
        """The source behind view[start:end], blanks at both ends left out."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start == end:
            return None
        span = Span(self.starts[start], self.ends[end - 1])
        return Part(self.source[span.start:span.end], span)


def view_of(source: str, start: int, end: int) -> View:
    """Inline tags vanish, <br> is a blank, references are resolved."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in _MARKUP_OR_TEXT.finditer(source, start, end):
        piece = match.group(0)
        if piece[0] not in "<&" or len(piece) == 1:  # plain text maps one to one
            chars.append(piece)
            starts.extend(range(match.start(), match.end()))
            ends.extend(range(match.start() + 1, match.end() + 1))
            continue
        if piece[0] == "<":
            if not re.match(r"<br\b", piece, re.IGNORECASE):
                continue
            piece = " "
        else:
            piece = html.unescape(piece)
        chars.append(piece)
        starts.extend([match.start()] * len(piece))
        ends.extend([match.end()] * len(piece))
    return View(source, "".join(chars), tuple(starts), tuple(ends))


def read_page(text: str) -> PageReader:
    """The page's blocks, pictures, links and rules, read to the end."""
    reader = PageReader(text)
    reader.feed(text)
    reader.close()
    return reader


def views_of(text: str, blocks: list[Block]) -> dict[int, View]:
    """The readable view of each block, by the block's number."""
    return {b.index: view_of(text, b.start, b.end) for b in blocks}
