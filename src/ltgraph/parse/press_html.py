"""The press service's HTML page of a release ("Pressedienst Einzelansicht") -> Release.

Unlike the plain-text export, the HTML page marks its parts: the headline is the first ``<h1>``
(else ``<h2>``) outside the site's header and navigation, the sub-headline the heading right
after it, paragraphs are elements, images are ``<img>`` with a caption. The page is read into
blocks with their offsets by ``ltgraph.parse.html_page``; this module says which block is what,
and keeps ``Release.text`` the decoded file text itself, so every span is an offset into the
source file. What the page shares with the plain-text export (masthead, byline and its date,
credits, slug) is read by ``ltgraph.parse.press_service``.
A part's text is the readable text of its span, of the same length (``readable_html``): tags
are blanks, an entity is its character padded with blanks, so no markup reaches extraction.

The German and English bodies are told apart by a separator (a run of underscores or ``<hr>``,
as in the plain-text export) or, failing that, by a ``lang`` attribute on the English part.
"""

from __future__ import annotations

import html
import re

from ltgraph.model import Byline, Half, Image, Part, Release, Span
from ltgraph.parse.common import (
    guess_language,
    halves_with_headline,
    part_between,
    position_of,
    readable_part,
)
from ltgraph.parse.decode import ReleaseError
from ltgraph.parse.html_page import (
    HEADING_TAGS,
    Block,
    Link,
    PageReader,
    View,
    plain,
    read_page,
    view_of,
    views_of,
)
from ltgraph.parse.press_service import (
    BYLINE_PATTERN,
    DOWNLOAD_NOTICE,
    HEADLINE_SEPARATOR,
    LANGUAGE_SEPARATOR,
    MASTHEADS,
    byline_of,
    caption_and_credit,
    file_name_warnings,
    press_service_slug,
    release_date,
    replaced_character_warnings,
)

__all__ = ["HTML_FORMAT", "looks_like_press_html", "parse_html_release", "plain"]

HTML_FORMAT = "press-service-html"

CREATED_MARKERS = ("Erstellt", "Created", "Publié le", "Datum")
ONLINE_LINK_WORDS = ("Online-Version", "online version", "version en ligne")
# Credits may follow ",(c)" (as in the plain-text export), "(c)" or "©".
_CREDIT = re.compile(r",?\s*(?:\(c\)|©)\s*", re.IGNORECASE)
_CREATED = re.compile(r"(?:" + "|".join(CREATED_MARKERS)
                      + r"):?\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})")


# ------------------------------------------------------------------ entry point
def parse_html_release(text: str, *, file_name: str, sha256: str,
                       warnings: tuple[str, ...] = ()) -> Release:
    """Cut the decoded text of a press-service HTML page into its parts."""
    reader = read_page(text)
    blocks = reader.blocks
    views = views_of(text, blocks)

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
    reader = read_page(text)
    views = views_of(text, reader.blocks)
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
    when = release_date(when_text, file_name=file_name, text=text,
                        offset=view.starts[match.start()])
    return byline_of(match, when, view.part), used


def _find_images(reader: PageReader, blocks: list[Block], views: dict[int, View],
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
    caption, credit, photographer = caption_and_credit(
        view.text, 0, len(view.text), credits[-1] if credits else None, view.part)
    caption = caption or Part("", Span(view.starts[0], view.starts[0]))
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
