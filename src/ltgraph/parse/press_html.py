"""The press service's HTML page of a release ("Pressedienst Einzelansicht") -> Release.

Unlike the plain-text export, the HTML page marks its parts: the headline is the first ``<h1>``
(else ``<h2>``) outside the site's header and navigation, the sub-headline the heading right
after it, paragraphs are elements, images are ``<img>`` with a caption. We read it with the
standard library's ``html.parser`` (no network, no external entities, no DTD) and keep
``Release.text`` the decoded file text itself, so every span is an offset into the source file.
A part's text is the readable text of its span, of the same length (``readable_html``): tags
are blanks, an entity is its character padded with blanks, so no markup reaches extraction.

The German and English bodies are told apart by a separator (a run of underscores or ``<hr>``,
as in the plain-text export) or, failing that, by a ``lang`` attribute on the English part.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from ltgraph.model import Byline, Half, Image, Part, Release, Span
from ltgraph.parse.common import (
    guess_language,
    halves_with_headline,
    part_between,
    position_of,
    readable_part,
)
from ltgraph.parse.decode import ReleaseError
from ltgraph.parse.press_text import (
    BYLINE_PATTERN,
    DOWNLOAD_NOTICE,
    HEADLINE_SEPARATOR,
    LANGUAGE_SEPARATOR,
    MASTHEADS,
    file_name_warnings,
    press_service_slug,
    replaced_character_warnings,
)

__all__ = ["HTML_FORMAT", "looks_like_press_html", "parse_html_release", "plain"]

HTML_FORMAT = "press-service-html"

# Elements whose text forms one block (a paragraph, a heading, a caption...).
BLOCK_TAGS = frozenset("""address article aside blockquote caption dd div dl dt figcaption figure
    footer h1 h2 h3 h4 h5 h6 header li main nav ol p section table tbody td tfoot th thead title tr
    ul""".split())
CHROME_TAGS = frozenset({"header", "nav", "aside", "footer"})  # the site around the release
SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "svg"})
VOID_TAGS = frozenset("""area base br col embed hr img input link meta source track wbr""".split())
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
CREATED_MARKERS = ("Erstellt", "Created", "Publié le", "Datum")
ONLINE_LINK_WORDS = ("Online-Version", "online version", "version en ligne")
# Credits may follow ",(c)" (as in the plain-text export), "(c)" or "©".
_CREDIT = re.compile(r",?\s*(?:\(c\)|©)\s*", re.IGNORECASE)
_CREATED = re.compile(r"(?:" + "|".join(CREATED_MARKERS)
                      + r"):?\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})")


def plain(text: str) -> str:
    """The readable text of a piece of HTML source: block tags become blanks, inline tags
    vanish, entities are resolved, blanks collapse."""
    def tag_gap(match: re.Match[str]) -> str:
        return " " if match.group(1).lower() in BLOCK_TAGS | {"br", "hr"} else ""

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


class _PageReader(HTMLParser):
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


# ------------------------------------------------------------------ readable views
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


# ------------------------------------------------------------------ entry point
def parse_html_release(text: str, *, file_name: str, sha256: str,
                       warnings: tuple[str, ...] = ()) -> Release:
    """Cut the decoded text of a press-service HTML page into its parts."""
    reader = _PageReader(text)
    reader.feed(text)
    reader.close()
    blocks = reader.blocks
    views = {b.index: view_of(text, b.start, b.end) for b in blocks}

    masthead, publisher, city, language, masthead_block = _find_masthead(text, blocks, views,
                                                                         file_name)
    headline_block = _find_headline(blocks, views, publisher)
    if headline_block is None:
        raise ReleaseError(file_name, position_of(text, 0),
                           "no headline: the page has no <h1> (or <h2>) element outside its "
                           "header, navigation and footer; is this a release page?")
    headline_de, headline_en = _split_headline(views[headline_block.index])
    after = [b for b in blocks if b.index > headline_block.index]
    subheadline_block = after[0] if after and after[0].tag in HEADING_TAGS[1:] else None

    byline, byline_blocks = _find_byline(text, blocks, views, headline_block, file_name)
    images, caption_blocks = _find_images(reader, blocks, views, headline_block)
    online_url = _find_online_url(text, reader.links)

    used = {masthead_block, headline_block.index, *byline_blocks, *caption_blocks} - {None}
    if subheadline_block is not None:
        used.add(subheadline_block.index)
    body = [b for b in blocks if b.index > headline_block.index and b.index not in used
            and not b.in_chrome and b.tag != "title"
            and not _is_boilerplate(views[b.index].text)]
    body_de, body_en = _split_bodies(text, body, views, reader.rules)

    subheadline = (part_between(text, subheadline_block.start, subheadline_block.end)
                   if subheadline_block else None)
    first_language = (guess_language(plain(body_de.text)) if body_de else None) or language
    halves = [Half(first_language, readable_part(text, headline_de),
                   readable_part(text, body_de), readable_part(text, subheadline))]
    if body_en is not None or headline_en is not None:
        second_language = (guess_language(plain(body_en.text), exclude=first_language)
                           if body_en else None) or ("en" if first_language != "en" else "de")
        halves.append(Half(second_language, readable_part(text, headline_en),
                           readable_part(text, body_en)))
    title = next((readable_part(text, part_between(text, b.start, b.end))
                  for b in blocks if b.tag == "title"), None)
    halves, fallback = halves_with_headline(tuple(halves), title, text, 0, len(text))
    return Release(
        path=file_name,
        slug=press_service_slug(file_name, city, byline.date, sha256),
        sha256=sha256,
        text=text,
        format=HTML_FORMAT,
        halves=halves,
        published=byline.date,
        publisher_name=publisher,
        source_url=plain(online_url.text) if online_url else None,
        masthead=readable_part(text, masthead),
        byline=_readable_byline(text, byline),
        images=tuple(_readable_image(text, image) for image in images),
        online_url=online_url,
        title=title,
        warnings=warnings + fallback + tuple(
            f"{position_of(text, byline.span.start)}: {w}"
            for w in file_name_warnings(file_name, byline.date)) + (
            replaced_character_warnings(text, [(b.start, b.end) for b in blocks
                                               if b.tag != "title"])),
    )


def looks_like_press_html(text: str) -> bool:
    """True for an HTML page a press service's masthead or publisher name marks as its own."""
    reader = _PageReader(text)
    reader.feed(text)
    reader.close()
    views = {b.index: view_of(text, b.start, b.end) for b in reader.blocks}
    try:
        _find_masthead(text, reader.blocks, views, "")
    except ReleaseError:
        return False
    return True


def _readable_byline(text: str, byline: Byline) -> Byline:
    return Byline(byline.kind, readable_part(text, byline.author), byline.author_name,
                  byline.date, byline.span)


def _readable_image(text: str, image: Image) -> Image:
    return Image(image.url, readable_part(text, image.caption), readable_part(text, image.credit),
                 readable_part(text, image.photographer), image.span)


# ------------------------------------------------------------------ pieces
def _find_masthead(text: str, blocks: list[Block], views: dict[int, View], file_name: str
                   ) -> tuple[Part | None, str, str, str, int | None]:
    """The masthead, the publisher, its city, the service's language and the masthead's block.

    A page may lack the plain-text masthead ('Pressedienst der Landeshauptstadt Düsseldorf');
    then the publisher's name in the page title, the site's header or footer, or above the
    headline ('Landeshauptstadt Düsseldorf') names the publisher, and the masthead is None.
    """
    for block in blocks:
        view = views[block.index]
        for masthead in MASTHEADS:
            match = re.compile(masthead.pattern).search(view.text)
            if match:
                return (view.part(match.start(), match.end()), match.group("publisher"),
                        match.group("city"), masthead.language, block.index)
    first_heading = next((b.index for b in blocks if b.tag in HEADING_TAGS and not b.in_chrome),
                         len(blocks))
    for block in sorted(blocks, key=lambda b: b.tag != "title"):
        if not (block.tag == "title" or block.in_chrome or block.index < first_heading):
            continue
        for masthead in MASTHEADS:
            match = re.compile(masthead.publisher).search(views[block.index].text)
            if match:
                return None, match.group(0), match.group("city"), masthead.language, None
    raise ReleaseError(file_name, position_of(text, 0),
                       "no press-service masthead (e.g. 'Pressedienst der Landeshauptstadt "
                       "Düsseldorf') and no publisher ('Landeshauptstadt Düsseldorf') in the "
                       "page's title, header or footer; is this a press release?")


def _find_headline(blocks: list[Block], views: dict[int, View], publisher: str
                   ) -> Block | None:
    """The first <h1> of the release (else <h2>) that is not the site's name or chrome."""
    for level in ("h1", "h2"):
        for block in blocks:
            readable = views[block.index].text.strip()
            if (block.tag == level and not block.in_chrome and readable
                    and readable != publisher
                    and not any(re.fullmatch(m.pattern, readable) for m in MASTHEADS)):
                return block
    return None


def _split_headline(view: View) -> tuple[Part | None, Part | None]:
    """``German / English`` in one heading; the HTML marks where the headline ends."""
    slash = view.text.find(HEADLINE_SEPARATOR)
    if slash < 0:
        return view.part(0, len(view.text)), None
    return (view.part(0, slash),
            view.part(slash + len(HEADLINE_SEPARATOR), len(view.text)))


def _find_byline(text: str, blocks: list[Block], views: dict[int, View], headline: Block,
                 file_name: str) -> tuple[Byline, list[int]]:
    """The 'Redaktion:' / 'Text:' block after the headline, dated by itself or by 'Erstellt:';
    also the numbers of the blocks they fill, the author's first."""
    author, created, used = None, None, []
    for block in blocks:
        if block.index <= headline.index:
            continue
        view = views[block.index]
        readable = view.text.strip()
        offset = view.text.index(readable[:1]) if readable else 0
        match = BYLINE_PATTERN.match(view.text, offset)
        if match and author is None:
            author = (match, view)
            used.insert(0, block.index)
        created_match = _CREATED.match(view.text, offset)
        if created_match and created is None:
            created = created_match
            used.append(block.index)
        elif re.fullmatch("(?:" + "|".join(CREATED_MARKERS) + r"):?", readable):
            used.append(block.index)  # 'Erstellt:' left blank
    if author is None:
        raise ReleaseError(file_name, position_of(text, len(text)),
                           "no byline ('Redaktion: Surname, Given' or 'Text: ...') after the "
                           "headline; add the author")
    match, view = author
    when_text = match.group("date") or (created.group("date") if created else None)
    if when_text is None:
        raise ReleaseError(file_name, position_of(text, view.ends[match.end() - 1]),
                           f"the byline '{match.group(0)}' has no date, and no "
                           "'Erstellt: DD.MM.YYYY' dates the page; add the release date")
    day, month, year = (int(x) for x in when_text.split("."))
    try:
        when = date(year, month, day)
    except ValueError:
        raise ReleaseError(file_name, position_of(text, view.starts[match.start()]),
                           f"the release date '{when_text}' is not a real date") from None
    author_part = view.part(match.start("author"), match.end("author"))
    natural = match.group("natural") or f"{match.group('given')} {match.group('surname')}"
    byline = Byline(kind=match.group("kind"), author=author_part, author_name=natural,
                    date=when, span=view.part(match.start(), match.end()).span)
    return byline, used


def _find_images(reader: _PageReader, blocks: list[Block], views: dict[int, View],
                 headline: Block) -> tuple[tuple[Image, ...], list[int]]:
    """Each <img> after the headline with its caption: the <figcaption> (or other text) of its
    <figure>, else its alt text; images with neither (logos, icons) are not the release's. A
    credit follows ',(c)', '(c)' or '©' at the end of the caption."""
    images, used = [], []
    figure_blocks = [b for b in blocks if b.in_figure]
    for picture in reader.pictures:
        if picture.tag_start < headline.start:
            continue
        view = None
        if picture.figure is not None:
            block = next((b for b in figure_blocks if b.start > picture.tag_start
                          and b.index not in used), None)
            if block is not None:
                used.append(block.index)
                view = views[block.index]
        if view is None and picture.alt is not None:
            view = view_of(reader.text, picture.alt.start, picture.alt.end)
        if view is None or not view.text.strip():
            continue
        images.append(_image(picture.src, view))
    return tuple(images), used


def _image(url: str, view: View) -> Image:
    credits = list(_CREDIT.finditer(view.text))
    credit = photographer = None
    caption_end = len(view.text)
    if credits:
        last = credits[-1]
        caption_end = last.start()
        credit_start = last.end()
        credit = view.part(credit_start, len(view.text))
        if credit is not None:
            slash = view.text.rfind("/", credit_start)
            photographer = view.part(max(slash + 1, credit_start), len(view.text))
    caption = view.part(0, caption_end) or Part("", Span(view.starts[0], view.starts[0]))
    end = credit.span.end if credit else caption.span.end
    return Image(url=html.unescape(url), caption=caption, credit=credit,
                 photographer=photographer, span=Span(caption.span.start, end))


def _is_boilerplate(readable: str) -> bool:
    """The online-version link or the download notice, which stand apart from the body."""
    words = readable.strip().lower()
    return (any(words == w.lower() or words.startswith(f"zur {w.lower()}")
                for w in ONLINE_LINK_WORDS)
            or DOWNLOAD_NOTICE.match(readable.strip()) is not None)


def _find_online_url(text: str, links: list[Link]) -> Part | None:
    """The link named 'Zur Online-Version' (as in the export), else the canonical URL."""
    for link in links:
        words = plain(" ".join(link.words))
        if any(w.lower() in words.lower() for w in ONLINE_LINK_WORDS):
            return part_between(text, link.href.start, link.href.end)
    for link in links:
        if "canonical" in link.rel.split():
            return part_between(text, link.href.start, link.href.end)
    return None


def _split_bodies(text: str, body: list[Block], views: dict[int, View], rules: list[int]
                  ) -> tuple[Part | None, Part | None]:
    """German body, then English body after a separator (underscores or <hr>) or in lang="en"."""
    if not body:
        return None, None
    cut = next((i for i, b in enumerate(body)
                if LANGUAGE_SEPARATOR.fullmatch(views[b.index].text.strip())), None)
    german, english = body, []
    rule = next((r for r in rules if body[0].start < r < body[-1].end), None)
    if cut is not None:
        german, english = body[:cut], body[cut + 1:]
    elif rule is not None:
        german = [b for b in body if b.end <= rule]
        english = [b for b in body if b.start > rule]
    elif any((b.language or "").lower().startswith("en") for b in body):
        german = [b for b in body if not (b.language or "").lower().startswith("en")]
        english = [b for b in body if (b.language or "").lower().startswith("en")]

    def covering(group: list[Block]) -> Part | None:
        return part_between(text, group[0].start, group[-1].end) if group else None

    return covering(german), covering(english)
