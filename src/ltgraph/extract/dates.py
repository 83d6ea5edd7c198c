"""Dates in German, English and French text: single days, ranges, months, years, relative forms.

One mechanism reads every language: the patterns below are assembled from per-language word
tables (``DateWords``: month and weekday names, ordinal suffixes, range and 'and' words,
relative expressions, number words), so a fourth language is one more table. Every mention
comes back as a typed value with its span (absolute offsets into the release text):

* ``DateMention`` with ``precision`` "day" (``first`` == ``last`` for one day, a range
  otherwise), "month" (``Mai 2016``: the whole month) or "year" (``2015``, ``im selben Jahr``,
  ``vor vier Jahren``: the whole year);
* ``relative`` marks a value resolved from the release date or the year in context rather
  than written out (a weekday alone, ``gestern``, ``last year``), so callers can weigh it.

A day without a year takes the year written later in the same range, else the year in
context, else the year that puts it nearest the release date. No date library is used: the
ones available parse single dates but not ranges ("30.08. bis 01.09.2019", "December 7-10,
2021"), give no spans for what they find, and guess at words that are not dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import ModuleType

from ltgraph import language


@dataclass(frozen=True)
class DateWords:
    """What one language writes in dates besides the names of months, weekdays and numbers
    (month and weekday names of every language are read in every text: releases mix
    languages). Words are lower case; the tables are those of the language's module in
    ``ltgraph.language``."""

    language: str
    weekday_compounds: tuple[str, ...] = ()  # "Samstagabend": a weekday + a time of day
    day_suffixes: tuple[str, ...] = ()  # after a day number: "30.", "30th", "1er"
    day_articles: tuple[str, ...] = ()  # before a day number: "den", "the", "le"
    range_words: tuple[str, ...] = ()  # between a range's ends: "bis", "to", "au"
    and_words: tuple[str, ...] = ()  # days of one event: "und", "and", "et"
    of_words: tuple[str, ...] = ()  # between day and month: "30th of August"
    same_year: tuple[str, ...] = ()  # the year in context: "im selben Jahr"
    years_ago: tuple[str, ...] = ()  # patterns with {n}: "vor {n} Jahren"
    relative_years: dict[str, int] = field(default_factory=dict)  # "letztes Jahr": -1
    relative_days: dict[str, int] = field(default_factory=dict)  # "gestern": -1
    lower_case_only_in_dates: frozenset[str] = frozenset()  # "may": a month only capitalised


def _date_words(code: str, tables: ModuleType) -> DateWords:
    """The date words of one language module of ``ltgraph.language``."""
    return DateWords(
        language=code, weekday_compounds=tables.DATE_WEEKDAY_COMPOUNDS,
        day_suffixes=tables.DAY_SUFFIXES, day_articles=tables.DAY_ARTICLES,
        range_words=tables.RANGE_WORDS, and_words=tables.DATE_AND_WORDS,
        of_words=tables.DATE_OF_WORDS, same_year=tables.SAME_YEAR_WORDS,
        years_ago=tables.YEARS_AGO_WORDS, relative_years=tables.RELATIVE_YEARS,
        relative_days=tables.RELATIVE_DAYS,
        lower_case_only_in_dates=tables.LOWER_CASE_ONLY_IN_DATES)


LANGUAGES: dict[str, DateWords] = {code: _date_words(code, m)
                                   for code, m in language.MODULES.items()}


@dataclass(frozen=True)
class DateMention:
    """A date, range, month or year the text names, with its span and how it was resolved."""

    start: int  # absolute offsets into the release text
    end: int
    first: date
    last: date  # == first for a single day
    weekday: int | None = None  # written with the date, Monday = 0
    precision: str = "day"  # "day", "month" or "year"
    relative: bool = False  # resolved from the release date or the context year

    @property
    def is_range(self) -> bool:
        return self.precision == "day" and self.first != self.last


# ------------------------------------------------------------------ patterns from the tables


def _alternation(words: Iterable[str]) -> str:
    return language.alternation(words, words=True)


@dataclass(frozen=True)
class _Grammar:
    """The patterns of one set of tables, compiled once."""

    tables: tuple[DateWords, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    ranges: tuple[re.Pattern, ...]
    singles: tuple[re.Pattern, ...]
    month_years: re.Pattern
    weekday_alone: re.Pattern
    relative_days: re.Pattern | None
    relative_years: re.Pattern | None
    same_year: re.Pattern | None
    years_ago: tuple[re.Pattern, ...]
    year: re.Pattern


def _grammar(tables: tuple[DateWords, ...]) -> _Grammar:
    months = {**language.MONTHS, **language.MONTH_ABBREVIATIONS}  # January = 1
    weekdays = dict(language.WEEKDAYS)  # Monday = 0
    month = rf"(?:{_alternation(months)})(?:\.|(?!\w))"
    weekday = rf"(?:{_alternation(weekdays)})"
    suffix = _alternation(s for t in tables for s in t.day_suffixes)
    article = _alternation(a for t in tables for a in t.day_articles)
    of = _alternation(o for t in tables for o in t.of_words) or "of"
    to = _alternation(r for t in tables for r in t.range_words)
    both = _alternation(a for t in tables for a in t.and_words)
    year = r"(?:19|20)\d\d(?!\d)"

    def day(name: str) -> str:
        return rf"(?<![\d.,])(?P<{name}>[0-3]?\d)(?!\d)(?:{suffix})?"

    # "Samstag, den", "le samedi", "Saturday, the": a weekday (and article) before a day
    wd = rf"(?:(?P<{{}}>{weekday})\.?,?\s+(?:(?:{article})\s+)?)?"
    day_list = rf"(?:{day('d0')}\s*,\s*(?:[0-3]?\d(?:{suffix})?\s*,\s*)*)?"
    ranges = (
        # "vom 30. August bis zum 1. September 2019", "du 30 août au 1er septembre",
        # "les 7, 8 et 10 décembre 2021", "zwischen dem 10. und dem 11. Juni", "7.–10. Dezember"
        rf"{wd.format('w1')}{day_list}{day('d1')}\s*(?:(?:{of})\s+)?(?P<m1>{month})?,?\s*"
        rf"(?P<y1>{year})?\s*(?:{to}|{both})\s*(?:(?:{article})\s+)?{wd.format('w2')}"
        rf"{day('d2')}\s*(?:(?:{of})\s+)?(?P<m2>{month}),?\s*(?P<y2>{year})?",
        # "August 30 to September 1, 2019", "December 7-10, 2021", "Aug. 30 – Sept. 1, 2019"
        rf"{wd.format('w1')}(?P<m1>{month})\s*{day('d1')},?\s*(?P<y1>{year})?\s*"
        rf"(?:{to}|{both})\s*{wd.format('w2')}(?:(?P<m2>{month})\s*)?{day('d2')},?\s*"
        rf"(?P<y2>{year})?",
        # "30.08. bis 01.09.2019", "vom 30.8.19 bis 1.9.19"
        rf"(?<![\d.])(?P<d1>[0-3]?\d)\.(?P<n1>[01]?\d)\.(?P<y1>{year}|\d\d(?![\d.]))?\s*"
        rf"(?:{to})\s*(?P<d2>[0-3]?\d)\.(?P<n2>[01]?\d)\.(?P<y2>{year}|\d\d(?![\d.]))",
        # "du 10/06/2015 au 11/06/2015"
        rf"(?<![\d/])(?P<d1>[0-3]?\d)/(?P<n1>[01]?\d)(?:/(?P<y1>{year}))?\s*(?:{to})\s*"
        rf"(?P<d2>[0-3]?\d)/(?P<n2>[01]?\d)/(?P<y2>{year})",
    )
    singles = (
        # "Samstag, 31. August", "le samedi 31 août", "30th of August", "13 Sep, 2019"
        rf"{wd.format('w')}{day('d')}\s*(?:(?:{of})\s+)?(?P<m>{month}),?\s*(?P<y>{year})?",
        # "September 2nd 2019", "Saturday, August 31", "Aug. 30, 2019"
        rf"{wd.format('w')}(?P<m>{month})\s*{day('d')},?\s*(?P<y>{year})?",
        # "31.08.2019", "20.8.19"
        rf"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<n>[01]?\d)\.(?P<y>{year}|\d\d)(?![\d.])",
        # "31/08/2019", ISO "2019-08-31"
        rf"(?<![\d/])(?P<d>[0-3]?\d)/(?P<n>[01]?\d)/(?P<y>{year})",
        rf"(?<![\d-])(?P<y>{year})-(?P<n>[01]\d)-(?P<d>[0-3]\d)(?![\d-])",
    )
    compounds = _alternation(c for t in tables for c in t.weekday_compounds)
    weekday_alone = rf"\b(?P<w>{weekday})(?:{compounds})?\b" if compounds else \
        rf"\b(?P<w>{weekday})\b"

    def optional(words: Iterable[str], template: str = "{}") -> re.Pattern | None:
        words = list(words)
        return re.compile(template.format(_alternation(words)), re.IGNORECASE) if words \
            else None

    numbers = _alternation(language.CARDINAL_WORDS)
    ago = [p.replace("{n}", rf"(?P<n>\d{{1,2}}|{numbers})") for t in tables
           for p in t.years_ago]
    return _Grammar(
        tables, months, weekdays,
        tuple(re.compile(p, re.IGNORECASE) for p in ranges),
        tuple(re.compile(p, re.IGNORECASE) for p in singles),
        re.compile(rf"(?<!\d\s)(?<!\d\.\s)\b(?P<m>{month})\s*(?P<y>{year})", re.IGNORECASE),
        re.compile(weekday_alone, re.IGNORECASE),
        optional((w for t in tables for w in t.relative_days), r"(?<![\w'’-])(?:{})(?![\w'’-])"),
        optional((w for t in tables for w in t.relative_years), r"(?<!\w)(?:{})(?!\w)"),
        optional((w for t in tables for w in t.same_year), r"(?<!\w)(?:{})(?!\w)"),
        tuple(re.compile(r"(?<!\w)" + p.replace(" ", r"\s+") + r"(?!\w)", re.IGNORECASE)
              for p in ago),
        re.compile(rf"(?<![\d.,/-])\b(?P<y>{year})\b(?![.,/-]?\d)"),
    )


_GRAMMARS: dict[tuple[str, ...], _Grammar] = {}


def grammar_for(languages: Iterable[str] | None = None) -> _Grammar:
    """The patterns for some languages (all three when none are named), built once."""
    key = tuple(sorted(languages)) if languages else tuple(sorted(LANGUAGES))
    if key not in _GRAMMARS:
        _GRAMMARS[key] = _grammar(tuple(LANGUAGES[k] for k in key if k in LANGUAGES))
    return _GRAMMARS[key]


# ------------------------------------------------------------------ resolving values


def _month_of(word: str | None, g: _Grammar) -> int | None:
    if not word:
        return None
    key = word.lower().rstrip(".")
    return g.months.get(key)


def _is_lower_case_word_only(word: str | None, g: _Grammar) -> bool:
    """'may' or 'march' in lower case is a verb, not a month."""
    if not word or not word[:1].islower():
        return False
    return any(word.lower().rstrip(".") in t.lower_case_only_in_dates for t in g.tables)


def _full_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def _day_in(year: int | None, month: int, day: int, reference: date | None) -> date | None:
    """The day in a given year, else in the year that puts it nearest the reference date."""
    if year is not None:
        try:
            return date(year, month, day)
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


def _end_of(m: re.Match) -> int:
    """Where a match ends without the spaces and commas an absent year left in it."""
    return m.start() + len(m.group(0).rstrip(" ,\t\n\u00a0"))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


def _ranges(text: str, g: _Grammar, reference: date | None, context_year: int | None,
            taken: list[tuple[int, int]]) -> list[tuple[int, int, date, date, int | None]]:
    found = []
    for pattern in g.ranges:
        for m in pattern.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            groups = m.groupdict()
            if _is_lower_case_word_only(groups.get("m1"), g) or \
                    _is_lower_case_word_only(groups.get("m2"), g):
                continue
            m2 = _month_of(groups.get("m2"), g) or (int(groups["n2"]) if groups.get("n2")
                                                    else None)
            m1 = _month_of(groups.get("m1"), g) or (int(groups["n1"]) if groups.get("n1")
                                                    else None) or m2
            m2 = m2 or m1
            if not (1 <= (m1 or 0) <= 12 and 1 <= (m2 or 0) <= 12):
                continue
            year = _full_year(groups.get("y2")) or _full_year(groups.get("y1")) or context_year
            last = _day_in(year, m2, int(groups["d2"]), reference)
            if last is None:
                continue
            first_year = _full_year(groups.get("y1")) or (last.year - 1 if m1 > m2
                                                          else last.year)
            first = _day_in(first_year, m1, int(groups.get("d0") or groups["d1"]), reference)
            if first is None or not timedelta(0) < last - first <= timedelta(days=31):
                continue
            taken.append((m.start(), _end_of(m)))
            found.append((m.start(), _end_of(m), first, last, None))
    return found


def _singles(text: str, g: _Grammar, reference: date | None, context_year: int | None,
             taken: list[tuple[int, int]]) -> list[tuple[int, int, date, date, int | None]]:
    found = []
    for pattern in g.singles:
        for m in pattern.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            groups = m.groupdict()
            if _is_lower_case_word_only(groups.get("m"), g):
                continue
            month = _month_of(groups.get("m"), g) or (int(groups["n"]) if groups.get("n")
                                                      else None)
            if not month or not 1 <= month <= 12:
                continue
            when = _day_in(_full_year(groups.get("y")) or context_year, month, int(groups["d"]),
                           reference)
            if when is None:
                continue
            weekday = g.weekdays.get((groups.get("w") or "").lower())
            taken.append((m.start(), _end_of(m)))
            found.append((m.start(), _end_of(m), when, when, weekday))
    return found


def dates_in(text: str, offset: int, reference: date | None,
             context_year: int | None = None, languages: Iterable[str] | None = None
             ) -> list[DateMention]:
    """Every day and range of days written out in a text (not relative forms, months or years),
    years filled from the range, the context year or the release date."""
    g = grammar_for(languages)
    taken: list[tuple[int, int]] = []
    found = _ranges(text, g, reference, context_year, taken)
    found += _singles(text, g, reference, context_year, taken)
    return sorted((DateMention(offset + s, offset + e, a, b, w) for s, e, a, b, w in found),
                  key=lambda d: d.start)


def mentions_in(text: str, offset: int, reference: date | None,
                context_year: int | None = None, languages: Iterable[str] | None = None
                ) -> list[DateMention]:
    """Every date the text names: days and ranges, then months ('Mai 2016'), weekdays alone
    and relative days ('am Samstag', 'gestern': resolved from the release date), and years
    (written, 'im selben Jahr', 'vor vier Jahren', 'last year'). Relative forms need the
    language: they are read only for the languages named."""
    g = grammar_for(languages)
    found = dates_in(text, offset, reference, context_year, languages)
    taken = [(d.start - offset, d.end - offset) for d in found]

    def add(start: int, end: int, first: date, last: date, precision: str,
            relative: bool, weekday: int | None = None) -> None:
        taken.append((start, end))
        found.append(DateMention(offset + start, offset + end, first, last, weekday, precision,
                                 relative))

    for m in g.month_years.finditer(text):
        month = _month_of(m.group("m"), g)
        if month and not _overlaps(taken, m.start(), m.end()) and \
                not _is_lower_case_word_only(m.group("m"), g):
            year = int(m.group("y"))
            add(m.start(), m.end(), date(year, month, 1),
                date(year, month, calendar.monthrange(year, month)[1]), "month", False)
    relative = languages is not None
    if reference is not None:
        for m in g.weekday_alone.finditer(text):
            if not _overlaps(taken, m.start(), m.end()):
                weekday = g.weekdays[m.group("w").lower()]
                day = reference - timedelta(days=(reference.weekday() - weekday) % 7)
                add(m.start(), m.end(), day, day, "day", True, weekday)
        if relative and g.relative_days is not None:
            for m in g.relative_days.finditer(text):
                if not _overlaps(taken, m.start(), m.end()):
                    shift = _relative_value(m.group(0), "relative_days", g)
                    day = reference + timedelta(days=shift)
                    add(m.start(), m.end(), day, day, "day", True)
        if relative and g.relative_years is not None:
            for m in g.relative_years.finditer(text):
                if not _overlaps(taken, m.start(), m.end()):
                    year = reference.year + _relative_value(m.group(0), "relative_years", g)
                    add(m.start(), m.end(), date(year, 1, 1), date(year, 12, 31), "year", True)
        for pattern in g.years_ago if relative else ():
            for m in pattern.finditer(text):
                n = _number(m.group("n"), g)
                if n and not _overlaps(taken, m.start(), m.end()):
                    year = reference.year - n
                    add(m.start(), m.end(), date(year, 1, 1), date(year, 12, 31), "year", True)
    for m in g.year.finditer(text):
        if not _overlaps(taken, m.start(), m.end()):
            year = int(m.group("y"))
            add(m.start(), m.end(), date(year, 1, 1), date(year, 12, 31), "year", False)
    if relative and g.same_year is not None:
        for m in g.same_year.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            before = [d for d in found if d.end - offset <= m.start()]
            year = max(before, key=lambda d: d.end).first.year if before else context_year
            if year is None and reference is not None:
                year = reference.year
            if year is not None:
                add(m.start(), m.end(), date(year, 1, 1), date(year, 12, 31), "year", True)
    return sorted(found, key=lambda d: (d.start, d.end))


def _normalised(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())


def _relative_value(words: str, table: str, g: _Grammar) -> int:
    key = _normalised(words)
    for t in g.tables:
        values = getattr(t, table)
        if key in values:
            return values[key]
    return 0


def _number(word: str, g: _Grammar) -> int | None:
    if word.isdigit():
        return int(word)
    return language.CARDINAL_WORDS.get(word.lower())
