"""Dates in German, English and French text: single days, ranges, months, years, relative forms.

One mechanism reads every language: the patterns (``ltgraph.extract.date_grammar``) are
assembled from per-language word tables (month and weekday names, ordinal suffixes, range and
'and' words, relative expressions, number words), so a fourth language is one more table.
Every mention comes back as a typed value with its span (absolute offsets into the release
text):

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
from dataclasses import dataclass
from datetime import date, timedelta

from ltgraph import language
from ltgraph.extract.date_grammar import LANGUAGES, Grammar, grammar_for


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


# ------------------------------------------------------------------ resolving values


def _month_of(word: str | None, g: Grammar) -> int | None:
    if not word:
        return None
    key = word.lower().rstrip(".")
    return g.months.get(key)


def _is_lower_case_word_only(word: str | None, g: Grammar) -> bool:
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


# the longest range over a month's end whose first month is left unsaid ("du 30 au 2 juin")
_CROSSING_DAYS = timedelta(days=10)


def _ranges(text: str, g: Grammar, reference: date | None, context_year: int | None,
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
            crossing = not (groups.get("m1") or groups.get("n1")) and \
                int(groups.get("d0") or groups["d1"]) > int(groups["d2"])
            if crossing:
                # "du 30 au 1er septembre": the first day is of the month before
                m1 = 12 if m2 == 1 else m2 - 1
            year = _full_year(groups.get("y2")) or _full_year(groups.get("y1")) or context_year
            last = _day_in(year, m2, int(groups["d2"]), reference)
            if last is None:
                continue
            first_year = _full_year(groups.get("y1")) or (last.year - 1 if m1 > m2
                                                          else last.year)
            first = _day_in(first_year, m1, int(groups.get("d0") or groups["d1"]), reference)
            if first is None or not timedelta(0) < last - first <= timedelta(days=31):
                continue
            if crossing and last - first > _CROSSING_DAYS:
                # "n° 23 – vendredi 12 juin": a number before a date, not the first day of
                # a range over the month's end, which names that month when it is long
                continue
            taken.append((m.start(), _end_of(m)))
            found.append((m.start(), _end_of(m), first, last, None))
    return found


def _singles(text: str, g: Grammar, reference: date | None, context_year: int | None,
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


# Every pattern of days writes the day in figures: a text without a figure names no day.
_FIGURE = re.compile(r"\d")
_DAYS_READ: dict[tuple, tuple[tuple[int, int, date, date, int | None], ...]] = {}


def dates_in(text: str, offset: int, reference: date | None,
             context_year: int | None = None, languages: Iterable[str] | None = None
             ) -> list[DateMention]:
    """Every day and range of days written out in a text (not relative forms, months or years),
    years filled from the range, the context year or the release date."""
    return [DateMention(offset + s, offset + e, a, b, w)
            for s, e, a, b, w in _days_in(text, reference, context_year, languages)]


def _days_in(text: str, reference: date | None, context_year: int | None,
             languages: Iterable[str] | None) -> tuple[tuple[int, int, date, date, int | None],
                                                       ...]:
    """The days and ranges of ``text`` at offsets into it, in order, read once for each text
    and its years: the readers of events, signings and attendance ask for the dates of the
    same sentence again and again, and each time the patterns try every place of it."""
    if not _FIGURE.search(text):
        return ()
    g = grammar_for(languages)
    key = (text, reference, context_year, id(g))  # a grammar is built once and kept
    found = _DAYS_READ.get(key)
    if found is None:
        if len(_DAYS_READ) > 4096:
            _DAYS_READ.clear()
        taken: list[tuple[int, int]] = []
        days = _ranges(text, g, reference, context_year, taken)
        days += _singles(text, g, reference, context_year, taken)
        found = _DAYS_READ[key] = tuple(sorted(days, key=lambda d: d[0]))
    return found


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


def _relative_value(words: str, table: str, g: Grammar) -> int:
    key = _normalised(words)
    for t in g.tables:
        values = getattr(t, table)
        if key in values:
            return values[key]
    return 0


def _number(word: str, g: Grammar) -> int | None:
    if word.isdigit():
        return int(word)
    return language.CARDINAL_WORDS.get(word.lower())


def context_days(text: str, offset: int) -> list[tuple[int, int, int]]:
    """Days told from the day the text named last ("that evening", "le soir même", "tags
    darauf", "la veille"): (start, end, shift in days) with absolute offsets. The caller
    resolves them against the date in context (the event's)."""
    shifts = {w: n for t in LANGUAGES.values() for w, n in t.context_days.items()}
    if not shifts:
        return []
    pattern = rf"(?<![\w'’-])(?:{language.alternation(shifts, words=True)})(?![\w'’-])"
    return [(offset + m.start(), offset + m.end(), shifts[_normalised(m.group(0))])
            for m in re.finditer(pattern, text, re.IGNORECASE)]


def weekdays_alone(text: str, offset: int) -> list[tuple[int, int, int]]:
    """Weekdays written without a date ("am Samstag", "Samstagabend", "jeudi après-midi"):
    (start, end, weekday) with absolute offsets, Monday = 0."""
    g = grammar_for(None)
    return [(offset + m.start(), offset + m.end(), g.weekdays[m.group("w").lower()])
            for m in g.weekday_alone.finditer(text)]
