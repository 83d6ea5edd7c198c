"""What every reader of the parse stage shares: parts cut out of the text, the language of a
stretch of text, the headline fallback, the release slug and the readable text of HTML.

Every reader keeps one rule: a Part's text has the length of its span, and the span is a
character offset into the decoded text of the whole file (``Release.text``). The front matter
of a text file and the markup of an HTML page stay in that text; they are only left out of
the parts.
"""

from __future__ import annotations

import html
import re
from datetime import date

from ltgraph.model import Half, Part, Span
from ltgraph.slugs import slugify

# Words that tell the languages apart (none is shared between two lists); used to name the
# language of a stretch of text and to find where a second-language headline ends.
SIGNAL_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset("""der die das den dem des und aus bei beim mit vom zum zur im am ist sind
        wird werden wurde wurden ein eine einer einem einen für nach auf über unter als sich
        nicht auch zu ins von""".split()),
    "en": frozenset("""the of and for from to with at on by is are was were a its their over
        into this that has have will""".split()),
    "fr": frozenset("""le la les du et au aux dans pour avec sur une est sont ont été par
        qui que ce cette ces leur leurs entre""".split()),
}
LANGUAGES = tuple(SIGNAL_WORDS)
_GUESS_WORDS = 400  # enough words to tell the languages apart
_HEADLINE_MAX_WORDS = 30
_FIRST_LINE_MAX_CHARS = 200
UNDATED = "undated"


def bare_word(word: str) -> str:
    """A token without the quotes and punctuation around it."""
    return word.strip("\"'“”„»«()[],.;:!?")


def guess_language(text: str, *, exclude: str | None = None) -> str | None:
    """The language whose signal words the text uses most (None if it uses none of them)."""
    words = [bare_word(w).lower() for w in text.split(maxsplit=_GUESS_WORDS)[:_GUESS_WORDS]]
    counts = {language: sum(w in signals for w in words)
              for language, signals in SIGNAL_WORDS.items() if language != exclude}
    best = max(counts, key=lambda language: counts[language], default=None)
    return best if best is not None and counts[best] > 0 else None


def part_between(text: str, start: int, end: int) -> Part | None:
    """The stripped text between two offsets as a Part, or None when only blanks are left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return Part(text[start:end], Span(start, end))


def position_of(text: str, offset: int) -> str:
    """A character offset as people look for it: 'character 567 (line 1, column 568)'."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"character {offset} (line {line}, column {column})"


# ------------------------------------------------------------------ identity
def release_slug(publisher: str | None, published: date | None, sha256: str) -> str:
    """``{publisher}-{YYYYMMDD}-{8 hex of SHA-256}`` (DESIGN.md, "Release files"): the same
    bytes always give the same slug; ``undated`` stands for a missing date, ``unknown`` for a
    missing publisher."""
    who = slugify(publisher or "") or "unknown"
    when = f"{published:%Y%m%d}" if published else UNDATED
    return f"{who}-{when}-{sha256[:8]}"


_FILE_DATE = re.compile(r"^(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)(?:[-_.]|$)")


def date_from_file_name(file_name: str) -> date | None:
    """The date a file name opens with (``20211209-izmir-....txt``), if it is a real date."""
    match = _FILE_DATE.match(file_name)
    if match is None:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


# ------------------------------------------------------------------ halves and headlines
def paragraphs(text: str, start: int, end: int) -> list[Part]:
    """The blank-line separated paragraphs between two offsets (lines when there is no blank
    line at all), as Parts."""
    chunk = text[start:end]
    separator = r"\n[ \t\r\f\v]*\n" if re.search(r"\n[ \t\r\f\v]*\n", chunk) else r"\n"
    found, at = [], start
    for match in re.finditer(separator, chunk):
        part = part_between(text, at, start + match.start())
        if part is not None:
            found.append(part)
        at = start + match.end()
    last = part_between(text, at, end)
    return [*found, last] if last is not None else found


def language_runs(text: str, pieces: list[Part], declared: str | None
                  ) -> list[tuple[str, list[Part]]]:
    """Consecutive pieces grouped by language: the declared one for all, or the guessed one
    per piece (a piece without signal words goes with the run before it)."""
    if declared in LANGUAGES:
        return [(declared, pieces)] if pieces else []
    runs: list[tuple[str, list[Part]]] = []
    pending: list[Part] = []
    for piece in pieces:
        language = guess_language(piece.text) if len(piece.text.split()) >= 6 else None
        if language is None or (runs and runs[-1][0] == language):
            (runs[-1][1] if runs else pending).append(piece)
            continue
        runs.append((language, [*pending, piece]))
        pending = []
    if not runs:
        language = guess_language(" ".join(p.text for p in pending)) or "en"
        return [(language, pending)] if pending else []
    runs[-1][1].extend(pending)
    return runs


def covering(text: str, pieces: list[Part]) -> Part | None:
    """One Part from the start of the first piece to the end of the last."""
    return part_between(text, pieces[0].span.start, pieces[-1].span.end) if pieces else None


def looks_like_headline(line: str) -> bool:
    """A line that can be a headline: a few words, not a sentence, not a site's name bar."""
    words = line.split()
    return (3 <= len(words) <= _HEADLINE_MAX_WORDS and not line.rstrip().endswith((".", ";", ","))
            and " | " not in line and not re.fullmatch(r"[\W\d_]*", line))


def first_headline(pieces: list[Part], within: int) -> tuple[Part | None, list[Part]]:
    """The first of the top ``within`` pieces that is one short line reading as a headline (not
    furniture, not the last piece), and the pieces after it; else None and all the pieces."""
    from ltgraph.parse.furniture import furniture_kind

    for n, piece in enumerate(pieces[:within]):
        if ("\n" not in piece.text.strip() and looks_like_headline(piece.text)
                and not furniture_kind(piece.text) and n + 1 < len(pieces)):
            return piece, pieces[n + 1:]
    return None, pieces


def headline_on_first(halves: tuple[Half, ...], headline: Part | None,
                      language: str = "en") -> tuple[Half, ...]:
    """The halves with ``headline`` on the first one; without halves, a half of its own in
    ``language``."""
    if headline is None:
        return halves
    first = halves[0] if halves else Half(language, None, None)
    return (Half(first.language, headline, first.body), *halves[1:])


def first_line(text: str, start: int, end: int) -> Part | None:
    """The first non-blank line (at most a few hundred characters, cut at a word)."""
    for piece in paragraphs(text, start, end):
        line_end = text.find("\n", piece.span.start, piece.span.end)
        stop = piece.span.end if line_end < 0 else line_end
        if stop - piece.span.start > _FIRST_LINE_MAX_CHARS:
            cut = text.rfind(" ", piece.span.start, piece.span.start + _FIRST_LINE_MAX_CHARS)
            stop = cut if cut > piece.span.start else piece.span.start + _FIRST_LINE_MAX_CHARS
        part = part_between(text, piece.span.start, stop)
        if part is not None:
            return part
    return None


def halves_with_headline(halves: tuple[Half, ...], title: Part | None, text: str,
                         start: int, end: int) -> tuple[tuple[Half, ...], tuple[str, ...]]:
    """The halves with a headline on the first one, whatever happens, and a warning when it
    had to be supplied: the title (front matter or HTML), else the first line of the text.

    The release node must not depend on a heuristic: a release whose headline cannot be told
    from its sub-headline or body is still a release.
    """
    if halves and halves[0].headline is not None:
        return halves, ()
    first = halves[0] if halves else None
    language = first.language if first else (guess_language(text[start:end]) or "en")
    if title is not None:
        headline, said = title, "the title"
    else:
        headline, said = first_line(text, start, end), "the first line of the text"
    if headline is None:
        return halves, (f"{position_of(text, start)}: no headline and no text to take one "
                        "from",)
    warning = (f"no headline found; {said} at {position_of(text, headline.span.start)} "
               "stands in for it")
    replaced = Half(language, headline, first.body if first else None,
                    first.subheadline if first else None)
    return (replaced, *halves[1:]), (warning,)


# ------------------------------------------------------------------ readable HTML
_MARKUP = re.compile(r"<!--.*?(?:-->|\Z)|<(?P<skip>script|style|template|noscript|svg)\b.*?"
                     r"(?:</(?P=skip)\s*>|\Z)|</?(?P<tag>[A-Za-z][\w:-]*)(?:[^>\"']|\"[^\"]*\""
                     r"|'[^']*')*>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?",
                     re.DOTALL | re.IGNORECASE)
# Tags that break the readable text of a page (a paragraph, a heading, a line break ...).
BLOCK_TAGS = frozenset("""address article aside blockquote br caption dd div dl dt figcaption
    figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p section table tbody td tfoot th
    thead title tr ul""".split())


_PAD = "\x00"  # stands for a character of markup until the pads are placed
_PADDED_WORD = re.compile(r"[^\s\x00]+(?:\x00+[^\s\x00]+)+\x00*")


def readable_html(source: str, start: int, end: int) -> str:
    """The readable text of ``source[start:end]``, of exactly the same length.

    A block tag becomes a line break and spaces (paragraphs stay apart), any other tag, a
    comment or a script spaces, an entity reference its character and spaces (a no-break space
    a plain one). Where markup stands inside a word (``Montr&eacute;al,``, ``<b>Mont</b>réal``)
    the word is kept whole and the spaces move to its end, so offsets inside such a word are off
    by at most the markup's length; every other offset into the result is one into the source.
    """
    out, at = [], start
    for match in _MARKUP.finditer(source, start, end):
        out.append(source[at:match.start()].replace(_PAD, " "))
        piece = match.group(0)
        if piece.startswith("&"):
            char = html.unescape(piece)
            char = " " if char in ("\xa0", "\u200b", "\u00ad") or len(char) != 1 else char
            out.append(char + _PAD * (len(piece) - 1))
        elif (match.group("tag") or "").lower() in BLOCK_TAGS:
            out.append("\n" + " " * (len(piece) - 1))
        elif match.group("tag"):
            out.append(_PAD * len(piece))
        else:
            out.append(" " * len(piece))
        at = match.end()
    out.append(source[at:end].replace(_PAD, " "))
    text = _PADDED_WORD.sub(lambda m: m.group(0).replace(_PAD, "") + " " * m.group(0).count(_PAD),
                            "".join(out))
    return text.replace(_PAD, " ")


def readable_part(source: str, part: Part | None) -> Part | None:
    """A Part of an HTML source with its readable text (same span)."""
    if part is None:
        return None
    return Part(readable_html(source, part.span.start, part.span.end), part.span)
