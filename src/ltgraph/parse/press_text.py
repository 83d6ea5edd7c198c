"""The press-service plain-text format: decoded text -> :class:`~ltgraph.model.Release`.

The press-service plain-text export is one long line with no paragraph marks (see
``../shared/research/release-format.md``). Its tail is well marked (byline, download notice,
``Bild:`` entries, online-version footer), its head is not: the headline, sub-headline and body
run into each other. Every part is cut out of the decoded text as a span, so later stages can
point back at the exact characters that support a fact.

Reading the bytes safely (size cap, encodings, binary and HTML files) happens before, in
``ltgraph.parse.decode``; every problem with an input surfaces as one ``ReleaseError``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ltgraph.model import Byline, Half, Image, Part, Release, Span
from ltgraph.parse.common import (
    SIGNAL_WORDS,
    bare_word,
    guess_language,
    halves_with_headline,
    part_between,
    position_of,
)
from ltgraph.parse.decode import ReleaseError
from ltgraph.slugs import slugify

__all__ = ["TXT_FORMAT", "looks_like_press_text", "parse_txt_release"]

TXT_FORMAT = "press-service-txt"


# ------------------------------------------------------------------ language tables
@dataclass(frozen=True)
class Masthead:
    """A press service's fixed opening line: a service name, then the publisher's name."""

    service: str  # regex, e.g. "Pressedienst der "
    publisher: str  # regex with the group ``city``, e.g. "Landeshauptstadt (?P<city>...)"
    language: str

    @property
    def pattern(self) -> str:
        return f"{self.service}(?P<publisher>{self.publisher})"


# One line per press service. The city is one capitalised word, possibly hyphenated.
_CITY = r"(?P<city>[A-ZÄÖÜÉÈ][\w'’-]*)"
MASTHEADS: tuple[Masthead, ...] = (
    Masthead("Pressedienst der ", f"Landeshauptstadt {_CITY}", "de"),
    Masthead("Pressedienst der ", f"Stadt {_CITY}", "de"),
    Masthead("Press Office of the ", f"City of {_CITY}", "en"),
    Masthead("Service de presse de la ", f"Ville de {_CITY}", "fr"),
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

# Words a headline never ends with: the signal words and the prepositions languages share.
_FUNCTION_WORDS = frozenset().union(*SIGNAL_WORDS.values(), {"in", "an", "a", "en", "de"})

BYLINE_KINDS = ("Text", "Redaktion", "Texte", "Rédaction", "Editor")
# The fixed markers of the tail; blanks in them may be line breaks in a re-saved file.
DOWNLOAD_NOTICE = re.compile(r"Zu\s+Ihrer\s+redaktionellen\s+Verwendung\s+stellen\s+wir\s+"
                             r"Ihnen\s+folgendes\s+Material\s+zum\s+Download\s+zur\s+Verfügung")
IMAGE_MARKER = re.compile(r"Bild:\s*(?P<url>https?://\S+)")
CREDIT_MARK = re.compile(r",\s?\(c\)", re.IGNORECASE)  # the last one ends the caption
FOOTER = re.compile(r"Zur\s+Online-Version:\s*(?P<url>\S+)\s*$")
LANGUAGE_SEPARATOR = re.compile(r"_{10,}")
HEADLINE_SEPARATOR = " / "
ABBREVIATIONS = frozenset("""Dr Prof St Nr ca bzw usw vgl Mr Mrs Ms Jr Mme Mlle Hr Fr Abs Str
    Mio Mrd""".split())
_PUNCTUATION = tuple(".!?:;")
_CLOSING = "\"'“”»«’)"
_QUOTES = "\"“”„»«"

_NAME_WORD = r"[^\W\d_][^\s,:]*"
BYLINE_PATTERN = re.compile(
    r"(?<!\w)(?P<kind>" + "|".join(BYLINE_KINDS) + r"):\s*"
    r"(?P<author>(?P<surname>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){0,3}), "
    r"(?P<given>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){0,3})"
    r"|(?P<natural>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){0,3})(?=\s+\d{1,2}\.\d{1,2}\.\d{4}))"
    r"(?:\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4}))?")
_FILE_NAME = re.compile(r"^(?P<date>\d{8})-(?P<number>\d+)_\d+\.\w+$")
_WORD = re.compile(r"\S+")
_QUESTION_TOKEN = re.compile(r"(?<!\S)[^\s?]*\?\S*")
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
    head = _split_head(text, masthead.span.end, head_end, language)

    first_language = (guess_language(head.body.text) if head.body else None) or language
    halves = [Half(first_language, head.headline_first, head.body, head.subheadline)]
    if body_en is not None or head.headline_second is not None:
        second_language = (guess_language(body_en.text, exclude=first_language) if body_en
                           else None) or ("en" if first_language != "en" else "de")
        halves.append(Half(second_language, head.headline_second, body_en))
    halves, fallback = halves_with_headline(tuple(halves), None, text, masthead.span.end,
                                            byline.span.start)
    return Release(
        path=file_name,
        slug=press_service_slug(file_name, city, byline.date, sha256),
        sha256=sha256,
        text=text,
        format=TXT_FORMAT,
        halves=halves,
        published=byline.date,
        publisher_name=publisher,
        source_url=online_url.text if online_url else None,
        masthead=masthead,
        byline=byline,
        images=images,
        online_url=online_url,
        warnings=(warnings
                  + tuple(f"{position_of(text, masthead.span.end)}: {w}" for w in head.warnings)
                  + fallback
                  + tuple(f"{position_of(text, byline.span.start)}: {w}"
                          for w in file_name_warnings(file_name, byline.date))
                  + replaced_character_warnings(text)),
    )


def looks_like_press_text(text: str) -> bool:
    """True when the text opens with a press service's masthead."""
    offset = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    return any(re.compile(m.pattern).match(text, offset) for m in MASTHEADS)


# ------------------------------------------------------------------ pieces
def _find_masthead(text: str, file_name: str) -> tuple[Part, str, str, str]:
    """The masthead part, the publisher's name, its city and the press service's language."""
    offset = len(text) - len(text.lstrip("\ufeff \t\r\n"))
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
    matches = list(BYLINE_PATTERN.finditer(text, start, limit))
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
    return byline_of(match, when)


def byline_of(match: re.Match[str], when: date) -> Byline:
    """A Byline from a match of ``BYLINE_PATTERN``: "Surname, Given" reads as "Given Surname"."""
    natural = match.group("natural") or f"{match.group('given')} {match.group('surname')}"
    return Byline(
        kind=match.group("kind"),
        author=Part(match.group("author"), Span(match.start("author"), match.end("author"))),
        author_name=natural,
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
    marks = list(CREDIT_MARK.finditer(text, match.end(), end))
    if not marks:
        raise ReleaseError(file_name, position_of(text, match.start()),
                           f"truncated release: image entry {number} has no ',(c)' credit "
                           "after its caption (cut mid-entry?)")
    mark = marks[-1]
    caption = (part_between(text, match.end(), mark.start())
               or Part("", Span(match.end(), match.end())))
    credit = part_between(text, mark.end(), end)
    photographer = None
    if credit is not None:
        slash = credit.text.rfind("/")
        photographer = part_between(text, credit.span.start + slash + 1, credit.span.end)
    return Image(url=match.group("url"), caption=caption, credit=credit,
                 photographer=photographer,
                 span=Span(match.start(), credit.span.end if credit else mark.end()))


# ------------------------------------------------------------------ the unmarked head
@dataclass(frozen=True)
class Head:
    """The head region cut into headline (first and second language), sub-headline and body."""

    headline_first: Part | None
    headline_second: Part | None
    subheadline: Part | None
    body: Part | None
    warnings: tuple[str, ...] = ()


def _split_head(text: str, start: int, end: int, language: str) -> Head:
    """Headlines, sub-headline and body from the head region, without losing text.

    Nothing marks these boundaries (release-format.md §2.3), so this is a heuristic:

    * the body starts at the first capitalised function word (``BODY_OPENERS`` of the press
      service's language) that follows a token without sentence punctuation and not a `` / ``,
      looked for only before the first sentence ends (headline clauses have no final
      punctuation, so a finished sentence means we are in the body already);
    * the first-language headline ends at the first `` / ``; the second-language headline ends
      where the signal words turn back to the first language (``_second_headline_end``);
    * whatever lies between the headlines and the body is the sub-headline.

    When no body opener is found, the body is taken to start right after the headline(s), with
    a warning: a sub-headline read as body costs nothing, a body sentence read as headline
    would hide its facts.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    tokens = [text[s:e] for s, e in words]
    openers = BODY_OPENERS.get(language, BODY_OPENERS["de"])
    sentence_end = _first_sentence_end(tokens)
    slash_index = next((i for i, t in enumerate(tokens) if t == "/"), None)
    if slash_index is not None and not 0 < slash_index < min(sentence_end, len(tokens) - 1):
        slash_index = None  # a slash inside the body, not between two headlines
    if slash_index is None:
        opener = _body_opener(tokens, 1, sentence_end + 1, openers)
        if opener is None:
            return Head(None, None, None, part_between(text, start, end), (
                ("could not tell the headline from the body (no sentence opener before the "
                 "first full stop); the whole head is read as body"),))
        return Head(part_between(text, start, words[opener][0]), None, None,
                    part_between(text, words[opener][0], end))

    def at(index: int) -> int:
        """Where token ``index`` starts (the end of the head after the last token)."""
        return words[index][0] if index < len(words) else end

    headline_first = part_between(text, start, words[slash_index][0])
    second_start = slash_index + 1
    opener = _body_opener(tokens, second_start, sentence_end + 1, openers)
    limit = opener if opener is not None else sentence_end + 1
    second = _second_headline_end(tokens[second_start:limit], language)
    second_end = None if second is None else second_start + second
    warnings: tuple[str, ...] = ()
    if opener is not None:
        body_start = opener
    else:
        warnings = (("could not find where the body starts after the headline (no sentence "
                     "opener before the first full stop); any sub-headline is read as body"),)
        if second_end is not None and second_end >= limit:  # no split found inside: one clause
            second_end = second_start + _first_clause_length(tokens[second_start:limit])
        body_start = second_end if second_end is not None else second_start
    body = part_between(text, at(body_start), end)
    if second_end is None:  # the clause after the slash is not in a second language
        return Head(headline_first, None, part_between(text, at(second_start), at(body_start)),
                    body, warnings)
    headline_second = part_between(text, at(second_start), words[second_end - 1][1])
    subheadline = part_between(text, at(second_end), at(body_start))
    return Head(headline_first, headline_second, subheadline, body, warnings)


def _ends_sentence(token: str) -> bool:
    """True for a token that closes a sentence (not an ordinal '30.' or an abbreviation)."""
    core = token.rstrip(_CLOSING)
    if not core.endswith((".", "!", "?")):
        return False
    word = core.rstrip(".!?")
    return not (word.isdigit() or word in ABBREVIATIONS or len(word) <= 1
                or re.fullmatch(r"(?:\w\.)+\w?", word))


def _first_sentence_end(tokens: list[str], begin: int = 0) -> int:
    """Index of the first token from ``begin`` on that ends a sentence (the last if none); a
    headline clause ending in '?' or '!' before a `` / `` does not count."""
    return next((i for i in range(begin, len(tokens)) if _ends_sentence(tokens[i])
                 and (i + 1 == len(tokens) or tokens[i + 1] != "/")), len(tokens) - 1)


def _first_clause_length(tokens: list[str]) -> int:
    """How many tokens the first of the `` / `` clauses holds (at least one)."""
    return max(1, next((i for i, t in enumerate(tokens) if t == "/"), len(tokens)))


def _body_opener(tokens: list[str], first: int, stop: int, openers: frozenset[str]
                 ) -> int | None:
    """Index of the first body-opening word in tokens[first:stop] that follows an unpunctuated
    headline token (and not a `` / ``)."""
    for index in range(max(first, 1), min(stop, len(tokens))):
        previous, word = tokens[index - 1], tokens[index]
        if previous == "/" or previous.rstrip(_CLOSING).endswith(_PUNCTUATION):
            continue
        if word[0].isalpha() and bare_word(word) in openers:
            return index
    return None


def _second_headline_end(tokens: list[str], first_language: str) -> int | None:
    """How many tokens the second-language headline holds: the split before a capitalised word
    it (up to the next `` / ``). Quoted words (names of events, titles) count for no language
    and are never a split, nor is a word after a function word (a headline does not end in
    "in" or "the"). Ties go to the earlier word. None when the tokens show no second
    language."""
    second_language = guess_language(" ".join(tokens), exclude=first_language)
    if second_language is None:
        return None
    quoted = _quoted_tokens(tokens)
    lowered = [bare_word(t).lower() for t in tokens]
    second = [w in SIGNAL_WORDS[second_language] and not q for w, q in zip(lowered, quoted)]
    first = [w in SIGNAL_WORDS.get(first_language, frozenset()) and not q
             for w, q in zip(lowered, quoted)]
    best, best_score = None, 0
    for i in range(1, len(tokens)):
        bare = bare_word(tokens[i])
        if (quoted[i] or not bare or not bare[0].isupper() or tokens[i - 1] == "/"
                or lowered[i - 1] in _FUNCTION_WORDS):
            continue
        clause_end = next((j for j in range(i, len(tokens)) if tokens[j] == "/"), len(tokens))
        score = (sum(second[:i]) - sum(first[:i])
                 + sum(first[i:clause_end]) - sum(second[i:clause_end]))
        if sum(second[:i]) and score > best_score:
            best, best_score = i, score
    if best is None and any(second):
        return _first_clause_length(tokens)  # the whole first clause is the second headline
    return best


def _quoted_tokens(tokens: list[str]) -> list[bool]:
    """For each token, whether it stands inside quotation marks or carries one."""
    result, inside = [], False
    for token in tokens:
        marks = sum(token.count(q) for q in _QUOTES)
        result.append(inside or marks > 0)
        inside = inside != (marks % 2 == 1)
    return result


# ------------------------------------------------------------------ identity and warnings
def press_service_slug(file_name: str, city: str, published: date, sha256: str) -> str:
    """``{city}-{YYYYMMDD}-{NNN}`` from the press-service file name, else from the byline date
    and the first 8 hex digits of the content hash (so the same bytes keep one identity)."""
    match = _FILE_NAME.match(file_name)
    if match:
        return f"{slugify(city)}-{match.group('date')}-{match.group('number')}"
    return f"{slugify(city)}-{published:%Y%m%d}-{sha256[:8]}"


def file_name_warnings(file_name: str, published: date) -> tuple[str, ...]:
    """Warn when the date in a press-service file name is not the byline's date."""
    match = _FILE_NAME.match(file_name)
    if match is None or match.group("date") == f"{published:%Y%m%d}":
        return ()
    return (f"the file name says {match.group('date')} but the byline dates the release "
            f"{published:%d.%m.%Y}; the slug follows the file name",)


def replaced_character_warnings(text: str, regions: list[tuple[int, int]] | None = None
                                ) -> tuple[str, ...]:
    """Warn about letters the export replaced by '?' (``Micha?`` for *Michał*).

    A '?' before a lower-case letter (``Ko?ciuszko``, ``?ukasz``) is always such a replacement;
    a '?' ending a capitalised word is one when the same word appears elsewhere in the text
    with one letter in its place (``Michal``), or when a capitalised word that opens no
    sentence follows it (``Micha? Olszewski``, not ``Düsseldorf? Wie``). A '?' before a capital
    is a question glued to the next paragraph. The text itself is left as it is: the extractor
    reconciles the names.
    ``regions`` limits the search to parts of the text (the readable blocks of an HTML page).
    """
    found: dict[str, list[int]] = {}
    openers = frozenset().union(*BODY_OPENERS.values())
    tokens = [token for start, end in (regions or [(0, len(text))])
              for token in _QUESTION_TOKEN.finditer(text, start, end)]
    for token in tokens:
        if "://" in token.group(0) or token.group(0).startswith("www."):
            continue
        after_token = _WORD.search(text, token.end())
        following = bare_word(after_token.group(0)) if after_token else ""
        for match in _REPLACED.finditer(token.group(0)):
            before, after = match.group(1), match.group(2)
            name_like = (not after and before[:1].isupper() and following[:1].isupper()
                         and following not in openers)
            if after[:1].islower() or name_like or (
                    not after and before[:1].isupper()
                    and re.search(rf"\b{re.escape(before)}[^\W\d_]\b", text)):
                found.setdefault(match.group(0), []).append(token.start() + match.start())
    return tuple(
        f"'{word}' at character {', '.join(str(p) for p in positions)}: a letter was replaced "
        "by '?' in the export; kept as written"
        for word, positions in found.items())
