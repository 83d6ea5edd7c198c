"""The press-service plain-text format: decoded text -> :class:`~ltgraph.model.Release`.

The press-service plain-text export is one long line with no paragraph marks (see
``../shared/research/release-format.md``). Its tail is well marked (byline, download notice,
``Bild:`` entries, online-version footer), its head is not: the headline, sub-headline and body
run into each other. Every part is cut out of the decoded text as a span, so later stages can
point back at the exact characters that support a fact.

Reading the bytes safely (size cap, encodings, binary and HTML files) happens before, in
``ltgraph.parse_bytes``; every problem with an input surfaces as one ``ReleaseError``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ltgraph.parse_bytes import ReleaseError, position_of
from ltgraph.model import Byline, Image, Part, Release, Span
from ltgraph.slugs import slugify

__all__ = ["TXT_FORMAT", "parse_txt_release"]

TXT_FORMAT = "press-service-txt"


# ------------------------------------------------------------------ language tables
@dataclass(frozen=True)
class Masthead:
    """A press service's fixed opening line; ``publisher`` names the body that publishes."""

    pattern: str  # regex with the groups ``publisher`` and ``city``
    language: str


# One line per press service. The city is one capitalised word, possibly hyphenated.
_CITY = r"(?P<city>[A-ZÄÖÜÉÈ][\w'’-]*)"
MASTHEADS: tuple[Masthead, ...] = (
    Masthead(rf"Pressedienst der (?P<publisher>Landeshauptstadt {_CITY})", "de"),
    Masthead(rf"Pressedienst der (?P<publisher>Stadt {_CITY})", "de"),
    Masthead(rf"Press Office of the (?P<publisher>City of {_CITY})", "en"),
    Masthead(rf"Service de presse de la (?P<publisher>Ville de {_CITY})", "fr"),
)

# Capitalised function words (articles, pronouns, interrogatives, prepositions) that open a
# sentence. The body starts at the first of them that follows a token without sentence
# punctuation: headline and sub-headline clauses never end with punctuation.
BODY_OPENERS: dict[str, frozenset[str]] = {
    "de": frozenset("""Der Die Das Den Dem Des Ein Eine Einer Einen Einem Welche Welcher Welches
        Wie Was Wer Wo Wann Warum Wieso Mit Vom Von Am Im Zum Zur Bei Beim Nach Auf Aus Für Seit
        Ab An In Unter Über Vor Während Trotz Es Er Sie Wir Ich Dort Hier Diese Dieser Dieses
        Gestern Heute Bereits""".split()),
    "en": frozenset("""The A An This These Those It He She They We How What Which Who When Where
        Why With From On At In By For After During Since""".split()),
    "fr": frozenset("""Le La Les L Un Une Des Du Au Aux Ce Cette Ces Il Elle Ils Elles Nous Comment
        Quel Quelle Quels Quelles Qui Quand Où Pourquoi Avec Depuis Dans En Sur Pour Par Lors
        Après Pendant""".split()),
}

# Words that tell a German clause from an English one; used to find where the English
# headline ends and the German sub-headline begins.
SIGNAL_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset("""der die das den dem des und aus bei beim mit vom zum zur im am ist sind
        wird werden wurde wurden ein eine einer einem einen für nach auf über unter als sich
        nicht auch zu ins von""".split()),
    "en": frozenset("""the of and for from to with at on by is are was were a its their over
        into this that has have will""".split()),
}

BYLINE_KINDS = ("Text", "Redaktion", "Texte", "Rédaction", "Editor")
DOWNLOAD_NOTICE = re.compile(r"Zu Ihrer redaktionellen Verwendung stellen wir Ihnen "
                             r"folgendes Material zum Download zur Verfügung")
IMAGE_MARKER = re.compile(r"Bild: (?P<url>https?://\S+)")
CREDIT_MARKER = ",(c)"
FOOTER = re.compile(r"Zur Online-Version: (?P<url>\S+)\s*$")
LANGUAGE_SEPARATOR = re.compile(r"_{10,}")
HEADLINE_SEPARATOR = " / "
SENTENCE_END = tuple(".!?:;\"'“”»«")
_QUOTES = "\"“”„»«"

_BYLINE = re.compile(
    r"(?P<kind>" + "|".join(BYLINE_KINDS) + r"): "
    r"(?P<author>(?P<surname>[^\s,:]+(?: [^\s,:\d]+){0,3}), "
    r"(?P<given>[^\s,:\d]+(?: [^\s,:\d]+){0,3}))"
    r"(?: (?P<date>\d{2}\.\d{2}\.\d{4}))?")
_FILE_NAME = re.compile(r"^(?P<date>\d{8})-(?P<number>\d+)_\d+\.\w+$")
_WORD = re.compile(r"\S+")
_REPLACED = re.compile(r"(?<![^\W\d_])([^\W\d_]*)\?([^\W\d_]*)")


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
    headline_de, headline_en, subheadline, body_de = _split_head(
        text, masthead.span.end, head_end, language)

    return Release(
        path=file_name,
        slug=release_slug(file_name, city, byline.date, sha256),
        sha256=sha256,
        text=text,
        format=TXT_FORMAT,
        masthead=masthead,
        publisher_name=publisher,
        headline_de=headline_de,
        headline_en=headline_en,
        subheadline=subheadline,
        body_de=body_de,
        body_en=body_en,
        byline=byline,
        images=images,
        online_url=online_url,
        warnings=warnings + replaced_character_warnings(text),
    )


# ------------------------------------------------------------------ pieces
def part_between(text: str, start: int, end: int) -> Part | None:
    """The stripped text between two offsets as a Part, or None when only blanks are left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return Part(text[start:end], Span(start, end))


def _find_masthead(text: str, file_name: str) -> tuple[Part, str, str, str]:
    """The masthead part, the publisher's name, its city and the press service's language."""
    offset = len(text) - len(text.lstrip())
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
    matches = [m for m in _BYLINE.finditer(text, start, limit)]
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
    day, month, year = (int(x) for x in match.group("date").split("."))
    try:
        when = date(year, month, day)
    except ValueError:
        raise ReleaseError(file_name, position_of(text, match.start("date")),
                           f"the byline date '{match.group('date')}' is not a real date") from None
    return Byline(
        kind=match.group("kind"),
        author=Part(match.group("author"), Span(match.start("author"), match.end("author"))),
        author_name=f"{match.group('given')} {match.group('surname')}",
        date=when,
        span=Span(match.start(), match.end()),
    )


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
    entry = text[match.start():end]
    credit_at = entry.rfind(CREDIT_MARKER)
    if credit_at < 0:
        raise ReleaseError(file_name, position_of(text, match.start()),
                           f"truncated release: image entry {number} has no ',(c)' credit "
                           "after its caption (cut mid-entry?)")
    caption_start = match.end()
    credit_start = match.start() + credit_at
    caption = part_between(text, caption_start, credit_start) or Part("", Span(caption_start,
                                                                        caption_start))
    credit = part_between(text, credit_start + len(CREDIT_MARKER), end)
    photographer = None
    if credit is not None:
        slash = credit.text.rfind("/")
        photographer = part_between(text, credit.span.start + slash + 1, credit.span.end)
    span_end = credit.span.end if credit else credit_start + len(CREDIT_MARKER)
    return Image(url=match.group("url"), caption=caption, credit=credit,
                 photographer=photographer, span=Span(match.start(), span_end))


# ------------------------------------------------------------------ the unmarked head
def _split_head(text: str, start: int, end: int, language: str
                ) -> tuple[Part | None, Part | None, Part | None, Part | None]:
    """Headline (DE, EN), sub-headline and body from the head region, without losing text.

    Nothing marks these boundaries (release-format.md §2.3), so this is a heuristic:
    the body starts at the first capitalised function word (``BODY_OPENERS``) that follows a
    token without sentence punctuation and not a `` / ``; the German headline ends at the
    first `` / ``; the English headline ends where the signal words turn German
    (``_english_headline_end``). Whatever is not headline or body is the sub-headline.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    body_start = _body_start(text, words, BODY_OPENERS.get(language, BODY_OPENERS["de"]))
    if body_start is None:
        body_start = end
    slash = text.find(HEADLINE_SEPARATOR, start, body_start)
    if slash < 0:
        return part_between(text, start, body_start), None, None, part_between(text, body_start, end)
    headline_de = part_between(text, start, slash)
    en_start = slash + len(HEADLINE_SEPARATOR)
    en_end = _english_headline_end(text, [w for w in words if en_start <= w[0] < body_start])
    if en_end is None:  # the clause after the slash is not English: a sub-headline
        return (headline_de, None, part_between(text, en_start, body_start),
                part_between(text, body_start, end))
    return (headline_de, part_between(text, en_start, en_end), part_between(text, en_end, body_start),
            part_between(text, body_start, end))


def bare_word(word: str) -> str:
    """A token without the quotes and punctuation around it."""
    return word.strip("\"'“”„»«()[],.;:!?")


def _body_start(text: str, words: list[tuple[int, int]], openers: frozenset[str]) -> int | None:
    """Offset of the first body-opening word that follows an unpunctuated headline token."""
    for (p_start, p_end), (w_start, w_end) in zip(words, words[1:]):
        previous = text[p_start:p_end]
        word = text[w_start:w_end]
        if previous == "/" or previous.endswith(SENTENCE_END):
            continue
        if word[0].isalpha() and bare_word(word) in openers:
            return w_start
    return None


def _english_headline_end(text: str, words: list[tuple[int, int]]) -> int | None:
    """Where the English headline ends: the capitalised word that best separates English signal
    words before it from German ones after it (up to the next `` / ``). Quoted words (names of
    events, titles) count for neither language and are never a boundary. Ties go to the later
    word, so that capitalised English words stay in the headline. None if nothing is English."""
    tokens = [text[s:e] for s, e in words]
    quoted = _quoted_tokens(tokens)
    lowered = [bare_word(t).lower() for t in tokens]
    english = [w in SIGNAL_WORDS["en"] and not q for w, q in zip(lowered, quoted)]
    german = [w in SIGNAL_WORDS["de"] and not q for w, q in zip(lowered, quoted)]
    best, best_score = None, 0
    for i in range(1, len(words)):
        bare = bare_word(tokens[i])
        if quoted[i] or not bare or not bare[0].isupper() or tokens[i - 1] == "/":
            continue
        clause_end = next((j for j in range(i, len(tokens)) if tokens[j] == "/"), len(tokens))
        score = (sum(english[:i]) - sum(german[:i])
                 + sum(german[i:clause_end]) - sum(english[i:clause_end]))
        if sum(english[:i]) and score >= best_score:
            best, best_score = i, score
    if best is None:
        return None
    return words[best - 1][1]


def _quoted_tokens(tokens: list[str]) -> list[bool]:
    """For each token, whether it stands inside quotation marks or carries one."""
    result, inside = [], False
    for token in tokens:
        marks = sum(token.count(q) for q in _QUOTES)
        result.append(inside or marks > 0)
        inside = inside != (marks % 2 == 1)
    return result


# ------------------------------------------------------------------ identity and warnings
def release_slug(file_name: str, city: str, published: date, sha256: str) -> str:
    """``{city}-{YYYYMMDD}-{NNN}`` from the press-service file name, else from the byline date
    and the first 8 hex digits of the content hash (so the same bytes keep one identity)."""
    match = _FILE_NAME.match(file_name)
    if match:
        return f"{slugify(city)}-{match.group('date')}-{match.group('number')}"
    return f"{slugify(city)}-{published:%Y%m%d}-{sha256[:8]}"


def replaced_character_warnings(text: str) -> tuple[str, ...]:
    """Warn about letters the export replaced by '?' (``Micha?`` for *Michał*).

    A '?' before a lower-case letter (``Ko?ciuszko``, ``?ukasz``) is always such a replacement;
    a '?' ending a capitalised word is one when the same word appears elsewhere in the text
    with one letter in its place (``Michal``). A '?' before a capital is a question glued to the
    next paragraph. The text itself is left as it is: the extractor reconciles the names.
    """
    found: dict[str, list[int]] = {}
    for token in _WORD.finditer(text):
        if "://" in token.group(0) or token.group(0).startswith("www."):
            continue
        for match in _REPLACED.finditer(token.group(0)):
            before, after = match.group(1), match.group(2)
            if (after[:1].islower() or not after and before[:1].isupper()
                    and re.search(rf"\b{re.escape(before)}[^\W\d_]\b", text)):
                found.setdefault(match.group(0), []).append(token.start() + match.start())
    return tuple(
        f"'{word}' at character {', '.join(str(p) for p in positions)}: a letter was replaced "
        "by '?' in the export; kept as written"
        for word, positions in found.items())
