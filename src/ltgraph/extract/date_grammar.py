"""The patterns dates are read with, built from the date words of each language module of
``ltgraph.language`` (``DateWords``) and the month, weekday and number names every language
shares: one grammar per set of languages, compiled once (``grammar_for``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
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
    numeric_day_leads: tuple[str, ...] = ()  # before "31.8." without a year: "am", "le"
    range_words: tuple[str, ...] = ()  # between a range's ends: "bis", "to", "au"
    and_words: tuple[str, ...] = ()  # days of one event: "und", "and", "et"
    of_words: tuple[str, ...] = ()  # between day and month: "30th of August"
    same_year: tuple[str, ...] = ()  # the year in context: "im selben Jahr"
    years_ago: tuple[str, ...] = ()  # patterns with {n}: "vor {n} Jahren"
    relative_years: dict[str, int] = field(default_factory=dict)  # "letztes Jahr": -1
    relative_days: dict[str, int] = field(default_factory=dict)  # "gestern": -1
    context_days: dict[str, int] = field(default_factory=dict)  # "tags darauf": +1
    lower_case_only_in_dates: frozenset[str] = frozenset()  # "may": a month only capitalised


def _date_words(code: str, tables: ModuleType) -> DateWords:
    """The date words of one language module of ``ltgraph.language``."""
    return DateWords(
        language=code, weekday_compounds=tables.DATE_WEEKDAY_COMPOUNDS,
        day_suffixes=tables.DAY_SUFFIXES, day_articles=tables.DAY_ARTICLES,
        numeric_day_leads=tables.NUMERIC_DAY_LEADS,
        range_words=tables.RANGE_WORDS, and_words=tables.DATE_AND_WORDS,
        of_words=tables.DATE_OF_WORDS, same_year=tables.SAME_YEAR_WORDS,
        years_ago=tables.YEARS_AGO_WORDS, relative_years=tables.RELATIVE_YEARS,
        relative_days=tables.RELATIVE_DAYS, context_days=tables.CONTEXT_DAYS,
        lower_case_only_in_dates=tables.LOWER_CASE_ONLY_IN_DATES)


LANGUAGES: dict[str, DateWords] = {code: _date_words(code, m)
                                   for code, m in language.MODULES.items()}


def _alternation(words: Iterable[str]) -> str:
    return language.alternation(words, words=True)


@dataclass(frozen=True)
class Grammar:
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


def _grammar(tables: tuple[DateWords, ...]) -> Grammar:
    months = {**language.MONTHS, **language.MONTH_ABBREVIATIONS}  # January = 1
    weekdays = dict(language.WEEKDAYS)  # Monday = 0
    month = rf"(?:{_alternation(months)})(?:\.|(?!\w))"
    weekday = rf"(?:{_alternation(weekdays)})"
    suffix = _alternation(s for t in tables for s in t.day_suffixes)
    article = _alternation(a for t in tables for a in t.day_articles)
    of = _alternation(o for t in tables for o in t.of_words) or "of"
    to = _alternation(r for t in tables for r in t.range_words)
    both = _alternation(a for t in tables for a in t.and_words)
    leads = _alternation(w for t in tables for w in t.numeric_day_leads) or "am"
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
        # "10./11.06.2015", "07.–10.12.2021": the first day in figures before the second's
        # month and year
        rf"(?<![\d.])(?P<d1>[0-3]?\d)\.\s*(?:{to}|/)\s*(?P<d2>[0-3]?\d)\.(?P<n2>[01]?\d)\."
        rf"(?P<y2>{year}|\d\d(?![\d.]))",
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
        # "am 31.8.": a day and month in figures without the year, after a word that leads a
        # date
        rf"(?<!\w)(?:{leads})\s+(?P<d>[0-3]?\d)\.(?P<n>[01]?\d)\.(?![\d./])",
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
    return Grammar(
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


_GRAMMARS: dict[tuple[str, ...], Grammar] = {}


def grammar_for(languages: Iterable[str] | None = None) -> Grammar:
    """The patterns for some languages (all three when none are named), built once."""
    key = tuple(sorted(languages)) if languages else tuple(sorted(LANGUAGES))
    if key not in _GRAMMARS:
        _GRAMMARS[key] = _grammar(tuple(LANGUAGES[k] for k in key if k in LANGUAGES))
    return _GRAMMARS[key]


