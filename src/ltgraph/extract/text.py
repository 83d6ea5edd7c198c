"""Regions, sentences, language and dates: the text layer the other extract modules read.

A release is cut into regions (headlines, bodies, captions) with their language; regions into
sentences. Every piece keeps its absolute offset in ``release.text`` so facts can carry spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

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


_ABBREVIATION = re.compile(
    r"(?:\b(?:Dr|Prof|St|Nr|Abs|bzw|ca|etc|vgl|Mr|Mrs|Ms|Mme|Jr|Sr|No|z\.B|u\.a|d\.h|"
    r"v\.l|V\.l|Str|Dipl)|\b[A-Z]|(?<!\d)\d{1,2})$")
_BOUNDARY = re.compile(r"[.!?]+")


_OPENERS = frozenset(w for vocab in language.FUNCTION_WORDS.values() for w in vocab)


def _damaged_letter(text: str, pos: int) -> bool:
    """'Jo?e Example': a letter the export replaced by '?', not the end of a question."""
    word = re.search(r"([^\W\d_]+)$", text[:pos])
    following = re.match(r"\s+([^\W\d_][\w'’-]*)", text[pos + 1:])
    return bool(word and word.group(1)[0].isupper() and following
                and following.group(1)[0].isupper()
                and following.group(1).lower() not in _OPENERS)


def sentences_of(region: Region) -> list[Sentence]:
    """Sentences of a region; glued paragraph joins ("said X."Living") also end a sentence."""
    text = region.text
    found: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        before = text[start:match.start()]
        if _ABBREVIATION.search(before[-6:] if before else ""):
            continue
        if match.group(0) == "?" and _damaged_letter(text, match.start()):
            continue
        rest = text[end:end + 3]
        if rest.startswith('"') and (len(rest) == 1 or rest[1] in " \t,"):
            end += 1  # a closing quote belongs to this sentence
        elif rest and not (rest[0].isspace() or rest[0] in '"“„' or rest[0].isupper()):
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


# ------------------------------------------------------------------------- dates

_MONTH = "|".join(sorted((re.escape(m) for m in language.MONTHS), key=len, reverse=True)) + "|" + \
    "|".join(sorted((re.escape(m) + r"\." for m in language.MONTH_ABBREVIATIONS), key=len,
                    reverse=True))


def _month_number(word: str | None) -> int | None:
    """'August', 'août', 'Aug.', 'Sept.' -> 8, 9."""
    word = (word or "").lower()
    if word.endswith("."):
        return language.MONTH_ABBREVIATIONS.get(word[:-1])
    return language.MONTHS.get(word)
_WEEKDAY = "|".join(sorted(language.WEEKDAYS, key=len, reverse=True))
_DAY = r"(?P<{}>[0-3]?\d)(?:\.|st|nd|rd|th|er|e)?"

RANGE_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    # "Vom 30. August bis zum 1. September 2019", "from 30 August to 1 September",
    # "du 30 août au 1er septembre"
    rf"(?:(?<![\d.])(?P<d0>[0-3]?\d)(?:\.|er|e)?,\s*(?:[0-3]?\d(?:\.|er|e)?,\s*)*)?"
    rf"{_DAY.format('d1')}\s*(?P<m1>{_MONTH})?,?\s*(?P<y1>(?:19|20)\d\d)?\s*"
    rf"(?:bis(?:\s+zum|\s+einschließlich)?|to|until|till|through|au|–|—|-|and|und|et)\s*"
    rf"(?:(?:{_WEEKDAY}),?\s*)?{_DAY.format('d2')}\s*(?P<m2>{_MONTH})(?!\w),?\s*"
    rf"(?P<y2>(?:19|20)\d\d)?",
    # "August 30 to September 1, 2019", "June 10 and 11, 2015"
    rf"(?P<m1>{_MONTH})\s+{_DAY.format('d1')}\s*(?:to|until|through|–|—|-|and)\s*"
    rf"(?:(?P<m2>{_MONTH})\s+)?{_DAY.format('d2')},?\s*(?P<y2>(?:19|20)\d\d)?",
    # "30.08. bis 01.09.2019", "30.08.–01.09.2019"
    r"\b(?P<d1>[0-3]?\d)\.(?P<n1>[01]?\d)\.(?P<y1>(?:19|20)\d\d)?\s*"
    r"(?:bis(?:\s+zum)?|to|au|–|—|-)\s*(?P<d2>[0-3]?\d)\.(?P<n2>[01]?\d)\.(?P<y2>(?:19|20)\d\d)\b",
))
SINGLE_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+(?:den\s+|le\s+|the\s+)?)?{_DAY.format('d')}\s*(?:of\s+)?"
    rf"(?P<m>{_MONTH})(?!\w)\.?,?\s*(?P<y>(?:19|20)\d\d)?",
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<m>{_MONTH})\s+{_DAY.format('d')}\b,?\s*"
    rf"(?P<y>(?:19|20)\d\d)?",
    r"\b(?P<d>[0-3]?\d)\.(?P<mn>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b",
))


@dataclass(frozen=True)
class DateMention:
    start: int  # absolute
    end: int
    first: date
    last: date  # == first for a single date
    weekday: int | None = None

    @property
    def is_range(self) -> bool:
        return self.first != self.last


def _year_for(month: int, day: int, year: str | None, reference: date | None) -> date | None:
    if year:
        try:
            return date(int(year), month, day)
        except ValueError:
            return None
    if reference is None:
        return None
    best = None
    for y in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - reference).days) < abs((best - reference).days):
            best = candidate
    return best


def dates_in(text: str, offset: int, reference: date | None,
             context_year: int | None = None) -> list[DateMention]:
    """Every date and date range in a text, years filled from the text or the release date."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    year_hint = context_year
    for pattern in RANGE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            m2 = (_month_number(groups.get("m2"))
                  or (int(groups["n2"]) if groups.get("n2") else None))
            m1 = (_month_number(groups.get("m1"))
                  or (int(groups["n1"]) if groups.get("n1") else None) or m2)
            m2 = m2 or m1
            if not (1 <= (m1 or 0) <= 12 and 1 <= (m2 or 0) <= 12):
                continue
            year = groups.get("y2") or groups.get("y1") or (str(year_hint) if year_hint else None)
            last = _year_for(m2, int(groups["d2"]), year, reference)
            if last is None:
                continue
            first_year = groups.get("y1") or (str(last.year - 1) if m1 > m2 else str(last.year))
            first = _year_for(m1, int(groups.get("d0") or groups["d1"]), first_year, reference)
            if first is None or not (timedelta(0) < last - first <= timedelta(days=31)):
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(offset + m.start(), offset + m.end(), first, last))
    for pattern in SINGLE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            month = (_month_number(groups.get("m"))
                     or (int(groups["mn"]) if groups.get("mn") else None))
            if not month or not 1 <= month <= 12:
                continue
            year = groups.get("y") or (str(year_hint) if year_hint else None)
            when = _year_for(month, int(groups["d"]), year, reference)
            if when is None:
                continue
            weekday = language.WEEKDAYS.get((groups.get("wd") or "").lower())
            taken.append((m.start(), m.end()))
            found.append(DateMention(offset + m.start(), offset + m.end(), when, when, weekday))
    return sorted(found, key=lambda d: d.start)


YEAR_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")


def ordinal_value(word: str) -> int | None:
    word = word.lower().strip(".")
    if word in language.ORDINAL_WORDS:
        return language.ORDINAL_WORDS[word]
    m = re.fullmatch(r"(\d{1,2})(?:\.|st|nd|rd|th|e|er|ème|eme|re|ère)?", word)
    return int(m.group(1)) if m else None


def cardinal_value(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return language.CARDINAL_WORDS.get(word)
