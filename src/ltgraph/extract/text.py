"""Regions, sentences and language: the text layer the other extract modules read (dates are
read by ``ltgraph.extract.dates``).

A release is cut into regions (headlines, bodies, captions) with their language; regions into
sentences. Every piece keeps its absolute offset in ``release.text`` so facts can carry spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ltgraph import language
from ltgraph.model import Release, Span

WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Region:
    kind: str  # "headline", "subheadline", "body", "caption"
    language: str
    start: int
    text: str
    image: int | None = None  # index of the image for captions

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Sentence:
    region: Region
    start: int  # absolute offset
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def language(self) -> str:
        return self.region.language

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def detect_language(text: str, default: str = "de") -> str:
    """The language whose function words are most frequent in the text."""
    words = [w.lower() for w in WORD_RE.findall(text)]
    scores = {lang: sum(1 for w in words if w in vocab)
              for lang, vocab in language.FUNCTION_WORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == default))
    return best if scores[best] > 0 else default


def regions_of(release: Release) -> list[Region]:
    """The readable parts of a release in reading order, each with its language (the parse
    stage gives readable text: HTML markup is already blanked out, offsets kept)."""
    regions: list[Region] = []
    for half in release.halves:
        for kind, part in (("headline", half.headline), ("subheadline", half.subheadline),
                           ("body", half.body)):
            if part is not None:
                regions.append(Region(kind, detect_language(part.text, half.language),
                                      part.span.start, part.text))
    for n, image in enumerate(release.images):
        regions.append(Region("caption", detect_language(image.caption.text, "de"),
                              image.caption.span.start, image.caption.text, n))
    return regions


_ABBREVIATION = re.compile(rf"(?:\b(?:{language.ABBREVIATIONS})|\b[A-Z]|(?<!\d)\d{{1,2}})$")
# "from June 10 to June 11. It was ...": a day after its month is no German ordinal ("11. Juni")
_DAY_AFTER_MONTH = re.compile(
    rf"(?i)\b(?:{language.alternation(language.MONTHS, words=True)})\s+\d{{1,2}}$")
# "Aug. 30 – Sept. 1, 2019", "30. Aug. 2019": a month's abbreviation before a number ends no
# sentence
_MONTH_ABBREVIATION = re.compile(
    rf"(?i)\b(?:{language.alternation(language.MONTH_ABBREVIATIONS, words=True)})$")
# A sentence ends at a full stop, a question or exclamation mark, or a paragraph break (a
# heading, a list line or a contact block has no full stop), and at the line break before a
# tagged field of a bibliographic record ("AU  - Last, First", "CY  - London": a reference
# manager's export, whose lines are fields, never one sentence).
# The line break after an index entry's page locators ("Surname, Given, 82–107; opens second
# summit, 90, *91*") ends it too: a back-of-book index is one entry a line, never one sentence.
RECORD_FIELD = r"[A-Z][A-Z0-9][ \t]{1,2}-[ \t]"
PAGE_LOCATOR_END = r",[ \t]+\*?\d{1,3}(?:[–-]\d{1,3})?\*?[ \t]*\n"
_BOUNDARY = re.compile(rf"[.!?]+|\n[ \t]*\n|\n(?=[ \t]*{RECORD_FIELD})|{PAGE_LOCATOR_END}")


_OPENERS = frozenset(w for vocab in language.FUNCTION_WORDS.values() for w in vocab)


def _damaged_letter(text: str, pos: int) -> bool:
    """'Jo?e Example': a letter the export replaced by '?', not the end of a question."""
    word = re.search(r"([^\W\d_]+)$", text[:pos])
    following = re.match(r"\s+([^\W\d_][\w'’-]*)", text[pos + 1:])
    return bool(word and word.group(1)[0].isupper() and following
                and following.group(1)[0].isupper()
                and following.group(1).lower() not in _OPENERS)


# a tag right after a stop, as markup or escaped in a feed ("...in 2015.</p>",
# "...in 2015.&lt;/p&gt;&lt;p&gt;The ..."): the sentence ends there, whatever follows the tag
_MARKUP_AFTER = re.compile(r"</?[A-Za-z]|&lt;/?[A-Za-z]")


def sentences_of(region: Region) -> list[Sentence]:
    """Sentences of a region; glued paragraph joins ("said X."Living") also end a sentence."""
    text = region.text
    found: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        before = text[start:match.start()]
        paragraph = match.group(0).startswith("\n") or match.group(0).endswith("\n")
        if not paragraph and _ABBREVIATION.search(before[-6:] if before else "") and \
                not _DAY_AFTER_MONTH.search(before[-16:]):
            continue
        if match.group(0) == "." and _MONTH_ABBREVIATION.search(before[-6:]) and \
                re.match(r"[ \t\u00a0]+\d", text[end:end + 3]):
            continue
        if match.group(0) == "?" and _damaged_letter(text, match.start()) and \
                not language.QUESTION_OPENER_RE.match(text, start):
            continue
        rest = text[end:end + 3]
        if rest.startswith('"') and (len(rest) == 1 or rest[1] in " \t,"):
            end += 1  # a closing quote belongs to this sentence
        elif not paragraph and rest and not (rest[0].isspace() or rest[0] in '"“„'
                                             or rest[0].isupper()
                                             or _MARKUP_AFTER.match(text, end)):
            continue  # "www.example.org", "6b." inside a word
        stripped = text[start:end].strip()
        if stripped:
            offset = text.index(stripped, start)
            found.append(Sentence(region, region.start + offset, stripped))
        start = end
    tail = text[start:].strip()
    if tail:
        found.append(Sentence(region, region.start + text.index(tail, start), tail))
    return found


YEAR_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")


def years_in(s: str) -> list[tuple[int, int, int]]:
    """The years a text writes, in figures or spoken ("twenty nineteen", "deux mille quinze",
    "zweitausendneunzehn", as a script or a transcript writes them): (year, start, end)."""
    found = [(int(m.group("year")), m.start(), m.end()) for m in YEAR_RE.finditer(s)]
    found += [(language.SPOKEN_YEARS[" ".join(m.group(0).lower().replace("-", " ").split())],
               m.start(), m.end()) for m in language.SPOKEN_YEAR_RE.finditer(s)]
    return sorted(found, key=lambda y: y[1])


def ordinal_value(word: str) -> int | None:
    word = word.lower().strip(".")
    if word in language.ORDINAL_WORDS:
        return language.ORDINAL_WORDS[word]
    m = re.fullmatch(rf"(\d{{1,2}})(?:{language.ORDINAL_SUFFIXES})?", word)
    return int(m.group(1)) if m else None


def cardinal_value(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return language.CARDINAL_WORDS.get(word)
