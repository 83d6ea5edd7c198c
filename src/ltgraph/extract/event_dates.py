"""The dates of an event as a release tells them: a range, a start and an end cue spread over
sentences, a day of the event ("am zweiten Tag"), a duration and an anchor ("three-day
conference" + "press conference on Sunday"); the halves settled into one start and end, or a
warning where they disagree. Dates themselves are read by ``ltgraph.extract.dates``; a dateline
("X, Sept 1 (Agency) -") dates the text, not the event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

from ltgraph import language
from ltgraph.extract.dates import DateMention, dates_in, weekdays_alone
from ltgraph.extract.text import Sentence, cardinal_value, ordinal_value


@dataclass
class DateClues:
    start: dict[date, list[tuple[int, int]]] = field(default_factory=dict)
    end: dict[date, list[tuple[int, int]]] = field(default_factory=dict)
    duration: int | None = None
    duration_span: tuple[int, int] | None = None
    # the first and last days told by sentences that state a range of days: those outweigh a
    # lone "bis 7. September" of another sentence (an exhibition that stays on after it)
    framed_start: set[date] = field(default_factory=set)
    framed_end: set[date] = field(default_factory=set)
    until: set[date] = field(default_factory=set)  # last days told by "bis", "until" alone
    # days the guests were welcomed: the first day where no other clue tells it
    welcome: dict[date, list[tuple[int, int]]] = field(default_factory=dict)
    # ("start" or "end", day) told only by a weekday counted from the release's day ("von
    # Freitag bis Sonntag", "jeudi, à la fin du Sommet"): a guess at the week
    reckoned: set[tuple[str, date]] = field(default_factory=set)

    def add(self, which: str, when: date, span: tuple[int, int]) -> None:
        getattr(self, which).setdefault(when, []).append(span)
        self.reckoned.discard((which, when))

    def add_reckoned(self, which: str, when: date, span: tuple[int, int]) -> None:
        """A first or last day a weekday tells, counted from the release's day."""
        if when not in getattr(self, which):
            self.reckoned.add((which, when))
        getattr(self, which).setdefault(when, []).append(span)

    def written_first(self) -> DateClues:
        """The clues without the days a weekday counted from the release's day tells, where
        a written date tells a first (or last) day too: a notice of Wednesday that says "von
        Freitag bis Sonntag" and "30. August bis 1. September" means the written week, and
        "jeudi, à la fin du Sommet" in a page of the next week is the written "jeudi 11 juin"."""
        kept = {}
        for which in ("start", "end"):
            days = getattr(self, which)
            written = {d: v for d, v in days.items() if (which, d) not in self.reckoned}
            kept[which] = written or days
        return replace(self, start=kept["start"], end=kept["end"])

    def framed(self) -> DateClues:
        """The clues without a last day told by "until" alone in a sentence that states no
        range, where some sentence states one."""
        if not self.framed_start:
            return self
        return replace(self, end={d: v for d, v in self.end.items()
                                  if d in self.framed_end or d not in self.until})


def date_clues(sentence: Sentence, published: date | None, clues: DateClues,
               context_year: int | None = None) -> None:
    """What one sentence about a summit says about its first and last day (a day without a
    year takes ``context_year`` where given: the year of the summit spoken of)."""
    before = set(clues.start), set(clues.end)
    _sentence_clues(sentence, published, clues, context_year)
    if any(d.is_range for d in dates_of(sentence, published, context_year)):
        clues.framed_start |= set(clues.start) - before[0]
        clues.framed_end |= set(clues.end) - before[1]


def _sentence_clues(sentence: Sentence, published: date | None, clues: DateClues,
                    context_year: int | None) -> None:
    s = sentence.text
    base = sentence.start
    dates = dates_of(sentence, published, context_year)
    for d in dates:
        if d.is_range:
            clues.add("start", d.first, (d.start, d.end))
            clues.add("end", d.last, (d.start, d.end))
    singles = [d for d in dates if not d.is_range]
    ranges = [d for d in dates if d.is_range]
    if ranges:
        # "am 7. und 8. Dezember online und am 10. Dezember in X": the days of one event
        first, last = min(r.first for r in ranges), max(r.last for r in ranges)
        for d in singles:
            if not any(_same_line(sentence, d, r) for r in ranges):
                continue  # a header's date above the line of the event's days
            if timedelta(0) < d.first - last <= timedelta(days=14):
                clues.add("end", d.first, (d.start, d.end))
            elif timedelta(0) < first - d.first <= timedelta(days=14):
                clues.add("start", d.first, (d.start, d.end))
        singles = []
    # "Der erste Tag des X ist am 30. August zu Ende gegangen", "On 31 August, the second day
    # of the X": a date of day k of the event is its start plus k - 1 days, never its end
    for pattern in language.DAY_OF_EVENT_PATTERNS:
        for m in re.finditer(pattern, s, re.IGNORECASE):
            k = ordinal_value(m.group("ord"))
            if not k:
                continue
            near = [d for d in singles
                    if -60 <= d.start - base - m.end() <= 140 and not re.search(
                        r"[.;!?]\s", s[m.end():d.start - base] if d.start - base >= m.end()
                        else s[d.end - base:m.start()])]
            if near:
                d = min(near, key=lambda d: abs(d.start - base - m.end()))
                clues.add("start", d.first - timedelta(days=k - 1),
                          (base + m.start(), base + m.end()))
                singles = [x for x in singles if x is not d]
    for d in singles:
        line = _line_of(sentence, d)
        has_start = any(re.search(p, line, re.IGNORECASE) for p in language.START_CUES)
        before = s[max(0, d.start - base - 14):d.start - base]
        if re.search(rf"(?i)\b(?:{language.UNTIL_WORDS})\s*$", before):
            clues.add("end", d.first, (d.start, d.end))
            clues.until.add(d.first)
            continue
        if language.END_VERBS.search(s[max(0, d.start - base - 25):d.start - base]) and \
                not re.search(r"[,;]\s", s[max(0, d.start - base - 25):d.start - base]):
            # "und endet am Sonntag, 1. September": the end, though the sentence tells the
            # start too
            clues.add("end", d.first, (d.start, d.end))
            continue
        if re.search(rf"(?i)\b(?:{language.FROM_DATE_WORDS})\s*$", before) or has_start:
            near = [p for p in language.START_CUES if re.search(p, s, re.IGNORECASE)]
            if near:
                clues.add("start", d.first, (d.start, d.end))
                continue
        if language.END_VERBS.search(line):
            clues.add("end", d.first, (d.start, d.end))
        elif d.precision == "day" and (welcome := language.WELCOME_RE.search(s)):
            clues.add("welcome", d.first, (d.start, d.end))
            clues.welcome[d.first].append((base + welcome.start(), base + welcome.end()))
    for pattern in language.DURATION_PATTERNS:
        m = re.search(pattern, s, re.IGNORECASE)
        if m:
            n = cardinal_value(m.group("n"))
            if n and clues.duration is None:
                clues.duration = n
                clues.duration_span = (base + m.start(), base + m.end())
    if not dates and _weekday_span(sentence, published, clues, context_year):
        return
    started = _weekday_start(sentence, dates, published, clues)
    today = language.TODAY_RE.search(s)
    if published and today and not dates and language.END_VERBS.search(s):
        clues.add("end", published, (base + today.start(), base + today.end()))
    # "at the end of the conference ... on Sunday", in a release of that week
    if published and (any(re.search(p, s, re.IGNORECASE) for p in language.CLOSING_CUES)
                      or language.END_VERBS.search(s)):
        after_dateline = dateline_end(sentence)
        for name, weekday in _weekdays_by_end_verb(s, after_dateline):
            wm = re.compile(rf"(?i)\b{name}\b").search(s, after_dateline)
            if wm and started and started[0] <= base + wm.start() < started[1]:
                continue  # the weekday the event began on
            if wm and not dates:
                back = (published.weekday() - weekday) % 7
                if (started or sentence.region.kind == "body") and \
                        language.END_AHEAD_RE.search(s[max(0, wm.start() - 30):wm.start()]):
                    # "un sommet ouvert vendredi et qui s'achève dimanche": an event under
                    # way ends on the next such day (a headline's present tells the past)
                    back = -((weekday - published.weekday()) % 7)
                clues.add_reckoned("end", published - timedelta(days=back),
                                   (base + wm.start(), base + wm.end()))
                break


# The days two weekdays frame lie this many days apart at most ("Friday to Sunday": 2)
_LONGEST_WEEKDAY_SPAN = 4
# a time of day right after the weekdays: hours kept every week, not an event's days
# ("10 bis 18 Uhr", "de 10 h à 18 h": the first hour, the word to the last, the last)
_HOURS_AFTER = re.compile(rf"[\s,:(]*(?:\w+\s+)?\d{{1,2}}(?:[:.h]\d{{2}})?\s*"
                          rf"(?:(?:{language.UNTIL_WORDS})\s+\d{{1,2}}(?:[:.h]\d{{2}})?\s*)?"
                          rf"(?:h\b|Uhr|[ap]\.?m\.?|[–-])")


def _weekday_span(sentence: Sentence, published: date | None, clues: DateClues,
                  context_year: int | None) -> bool:
    """"Sie waren von Freitag bis Sonntag zu Gast", "Mercredi et jeudi, j'étais à X": two
    weekdays without a date frame the event's days in the week of the release: those under way
    on its day, else those just past (or, in a sentence of the future, those to come); not where the summit spoken of lies
    in another year than the release (a text looking back). Whether a span was read."""
    if published is None or (context_year is not None and context_year != published.year):
        return False
    s, base = sentence.text, sentence.start
    for m in language.WEEKDAY_SPAN_RE.finditer(s, dateline_end(sentence)):
        first = language.WEEKDAYS[m.group("w1").lower()]
        last = language.WEEKDAYS[m.group("w2").lower()]
        length = (last - first) % 7
        if not 0 < length <= _LONGEST_WEEKDAY_SPAN or _HOURS_AFTER.match(s, m.end()):
            continue  # "Tuesday to Sunday, 10 am to 6 pm": opening hours, every week
        if language.FUTURE_RE.search(s):
            start = published + timedelta(days=(first - published.weekday()) % 7)
            end = start + timedelta(days=length)
        elif (published.weekday() - first) % 7 <= length:
            # "are meeting from Friday until Sunday" in a text of the Saturday: the days
            # under way on the day of the release
            start = published - timedelta(days=(published.weekday() - first) % 7)
            end = start + timedelta(days=length)
        else:
            end = published - timedelta(days=(published.weekday() - last) % 7)
            start = end - timedelta(days=length)
        span = (base + m.start(), base + m.end())
        clues.add_reckoned("start", start, span)
        clues.add_reckoned("end", end, span)
        clues.framed_start.add(start)
        clues.framed_end.add(end)
        return True
    return False


def _weekdays_by_end_verb(s: str, after: int) -> list[tuple[str, int]]:
    """The weekday names, the one written right after an end still to come first ("ouvert
    vendredi et qui s'achève dimanche": Sunday, not the Saturday told before)."""
    def ahead(item: tuple[str, int]) -> bool:
        wm = re.search(rf"(?i)\b{item[0]}\b", s[after:])
        return not (wm and language.END_AHEAD_RE.search(s[max(0, after + wm.start() - 30):
                                                          after + wm.start()]))
    return sorted(language.WEEKDAYS.items(), key=ahead)


# "Date of the conference day: ", "Datum: ", "Dates : ": a field's label opening a line
_FIELD_LABEL = re.compile(r"\s*[^\W\d_][^:\n]{0,40}?\s?:\s")


def _line_of(sentence: Sentence, d: DateMention) -> str:
    """The words that may tell what a date is: a record's field line where the date stands
    in one ("Date of the conference day: Saturday, 31 August 2019" above "Format: ...,
    closed-door meetings" run into one sentence, and a verb of another field tells nothing of
    the date), else the whole sentence (prose wrapped over lines is one sentence)."""
    s, base = sentence.text, sentence.start
    start = s.rfind("\n", 0, d.start - base) + 1
    if "\n" not in s or not _FIELD_LABEL.match(s, start):
        return s
    end = s.find("\n", d.end - base)
    return s[start:end if end >= 0 else len(s)]


def _same_line(sentence: Sentence, a: DateMention, b: DateMention) -> bool:
    """Whether two dates of a sentence stand on one line of the text (a sentence of a header
    block runs over several)."""
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return "\n" not in sentence.text[lo - sentence.start:hi - sentence.start]


def _weekday_start(sentence: Sentence, dates: list[DateMention], published: date | None,
                   clues: DateClues) -> tuple[int, int] | None:
    """"Das Treffen hatte am Freitag begonnen und endet am Sonntag, 1. September", "Seit
    Freitag hatten Delegationen beraten", "since Friday": a weekday alone that starts the
    event is that weekday before the last day the sentence names, else before the release's
    day."""
    s, base = sentence.text, sentence.start
    has_start = [m for p in language.START_CUES for m in re.finditer(p, s, re.IGNORECASE)]
    for start, end, weekday in weekdays_alone(s, base):
        if any(d.start <= start < d.end for d in dates) or end - base <= dateline_end(sentence):
            continue
        before = s[max(0, start - base - 14):start - base]
        after = s[end - base:end - base + 50]
        from_word = re.search(rf"(?i)\b(?:{language.FROM_DATE_WORDS})\s*$", before)
        cue_after = any(0 <= m.start() - (end - base) <= 50 for m in has_start) and \
            not language.END_VERBS.search(after[:min((m.start() - (end - base) for m in has_start
                                                     if m.start() >= end - base), default=0)])
        cue_before = any(0 <= (start - base) - m.end() <= 15 for m in has_start)
        if not (from_word or cue_after or cue_before):
            continue
        later = [d.last for d in dates if d.start > end]
        anchor = min(later) if later else published
        if anchor is None:
            continue
        back = (anchor.weekday() - weekday) % 7 or (7 if later else 0)
        if later:
            clues.add("start", anchor - timedelta(days=back), (start, end))
        else:
            clues.add_reckoned("start", anchor - timedelta(days=back), (start, end))
        return start, end
    return None


class SettledDates(NamedTuple):
    """An event's start and end as the release gives them, the words that say so, and the
    warnings where its parts disagree."""

    start: date | None
    end: date | None
    spans: list[tuple[int, int]]
    warnings: list[str]


# A summit lasts a few days: a first and a last day further apart than this belong to
# different things ("online on 7-8 December 2021 ... closed on 11 June", a
# sentence of another summit's paragraph that a text of the next year dates in that year)
_LONGEST_EVENT = timedelta(days=14)


def _one_event(clues: DateClues) -> DateClues:
    """The clues without the days that cannot belong to one event with the others: where the
    first start and the last end lie too far apart, the ends near the first start are kept,
    else the starts near the last end; where neither are near, no day is kept."""
    if not clues.start or not clues.end or max(clues.end) - min(clues.start) <= _LONGEST_EVENT:
        return clues
    first, last = min(clues.start), max(clues.end)
    ends = {d: v for d, v in clues.end.items() if timedelta(0) <= d - first <= _LONGEST_EVENT}
    starts = {d: v for d, v in clues.start.items() if timedelta(0) <= last - d <= _LONGEST_EVENT}
    if ends:
        starts = {d: v for d, v in clues.start.items() if d - first <= _LONGEST_EVENT}
    elif starts:
        ends = {last: clues.end[last]}
    return replace(clues, start=starts, end=ends)


# the guests are welcomed at most this many days before the last day of the event
_LONGEST_WELCOME = timedelta(days=6)


def _welcome_day(clues: DateClues, end: date) -> date | None:
    """The first day of an event that only its last day dates otherwise: the day the text
    says its guests were welcomed ("hat am Freitag, 30. August, die Gäste begrüßt" ... "Die
    Konferenz dauert bis Sonntag, 1. September"), one day in the week before the end."""
    days = [d for d in clues.welcome if timedelta(0) < end - d <= _LONGEST_WELCOME]
    return days[0] if len(days) == 1 else None


def settle_dates(groups: dict[str, DateClues]) -> SettledDates:
    """Start and end from every group of clues; groups that disagree give a warning."""
    starts: dict[str, date] = {}
    ends: dict[str, date] = {}
    spans: list[tuple[int, int]] = []
    for name, clues in groups.items():
        clues = _one_event(clues.framed().written_first())
        start = min(clues.start) if len(clues.start) else None
        end = max(clues.end) if len(clues.end) else None
        if start is None and end and not clues.duration:
            start = _welcome_day(clues, end)
            if start:
                spans += clues.welcome[start]
        if clues.duration:
            if start and not end:
                end = start + timedelta(days=clues.duration - 1)
            elif end and not start:
                start = end - timedelta(days=clues.duration - 1)
        if start:
            starts[name] = start
            spans += [s for d in clues.start.values() for s in d]
        if end:
            ends[name] = end
            spans += [s for d in clues.end.values() for s in d]
        if clues.duration_span and (start or end):
            spans.append(clues.duration_span)
    duration = next((c.duration for c in groups.values() if c.duration), None)
    warnings = []
    start = end = None
    if len(set(starts.values())) > 1:
        warnings.append("the halves disagree on the first day of the summit: "
                        + ", ".join(f"{k} {v}" for k, v in sorted(starts.items())))
    elif starts:
        start = next(iter(starts.values()))
    if len(set(ends.values())) > 1:
        warnings.append("the halves disagree on the last day of the summit: "
                        + ", ".join(f"{k} {v}" for k, v in sorted(ends.items())))
    elif ends:
        end = next(iter(ends.values()))
    if duration and start and not end:
        end = start + timedelta(days=duration - 1)
    if duration and end and not start:
        start = end - timedelta(days=duration - 1)
    if start and end and end < start:
        warnings.append(f"the summit would end ({end}) before it starts ({start}); no dates")
        start = end = None
    return SettledDates(start, end, sorted(set(spans)), warnings)


# The place of a dateline: capitalised words, or two such places joined by a conjunction, an
# ampersand or a slash ("X et Y, le 4 septembre 2019 – ": a joint release of two cities).
_PLACE_WORDS = r"[A-ZÄÖÜÉ][\w'’.-]*(?:[\s-]+[A-ZÄÖÜÉ][\w'’.-]*)*"
_DATELINE_PLACE = (rf"{_PLACE_WORDS}(?:[ \t]*(?:[&/]|[ \t](?:{language.CONJUNCTIONS})[ \t])"
                   rf"[ \t]*{_PLACE_WORDS})?")

_DATELINE_BEFORE = re.compile(rf"^\s*{_DATELINE_PLACE},\s*"
                              r"(?:[^\W\d]+\s+){0,2}$")


_DATELINE_AFTER = re.compile(r"^\s*[–—-]\s")


def dates_of(sentence: Sentence, published: date | None, context_year: int | None = None
             ) -> list[DateMention]:
    """The dates a sentence states, without its dateline ("X, le 15 juin 2015 – ..."),
    which dates the text, not what it tells."""
    return [d for d in dates_in(sentence.text, sentence.start, published, context_year)
            if not _is_dateline(sentence, d)]


# "X, le 3 septembre 2019 – ", "X (Country), Aug 31 2019 (Agency) - ", "X und Y, 4. September 2019 – "
_DATELINE = re.compile(rf"^\s*{_DATELINE_PLACE}"
                       r"(?:\s*\([^()\n]{2,30}\))?,[^–—\n]{0,80}?"
                       r"\d[^–—\n]{0,40}?\s[–—-]\s")


# "LYON, FRANCE — ": a place in capitals, perhaps its country, and a dash
_CAPITALS_DATELINE = re.compile(rf"^\s*{language.UPPER}{{3,}}(?:[\s-]+{language.UPPER}{{2,}})*"
                                r"(?:,\s*[^,–—\n]{2,40}?)?\s+[–—-]\s")


def opens_with_dateline(line: str) -> bool:
    """Whether a line opens on a dateline ("X, le 10 septembre 2019 – ", "X, GERMANY — ")."""
    return bool(_DATELINE.match(line) or _CAPITALS_DATELINE.match(line))


def dateline_end(sentence: Sentence) -> int:
    """Where a dateline ("X, Germany, Sept 1 (Agency) - ", "X, le 3 septembre 2019 – ",
    "X, GERMANY — ") that opens the sentence ends, or 0."""
    m = _DATELINE.match(sentence.text) or _CAPITALS_DATELINE.match(sentence.text)
    return m.end() if m and not _opens_on_weekday(sentence.text) else 0


def _opens_on_weekday(line: str) -> bool:
    """'Donnerstag, 24. September, 11.00 Uhr – ...', 'Thursday, 24 September – ...': an
    entry of a schedule or an agenda, whose date is the day of what it tells; a dateline
    opens on a place."""
    word = re.match(r"\s*([^\W\d_]+)", line)
    return bool(word and word.group(1).lower() in language.WEEKDAYS)


# "Hebdo X, 12 juin 2015 – sans signature", "La Gazette de Y, 11 juin 2015, p. 3 – par Z": a
# line that names a source and its day, then its author after a dash
_SOURCE_BEFORE = re.compile(r"[A-ZÄÖÜÉ][^\n,.;:!?«»\"“”]{1,60},\s*$")
_SOURCE_AFTER = re.compile(r"(?:,[^\n,–—]{0,20})?\s[–—-]\s[^\n]{0,60}(?:\n|$)")


def _is_source_line(sentence: Sentence, d: DateMention) -> bool:
    """Whether the date stands in a line of its own that names a source, its day and its
    author (a press review's item): it dates the article, not what the article tells."""
    s, base = sentence.text, sentence.start
    line_start = s.rfind("\n", 0, d.start - base) + 1
    return bool(_SOURCE_BEFORE.fullmatch(s[line_start:d.start - base])
                and _SOURCE_AFTER.match(s, d.end - base))


def _is_dateline(sentence: Sentence, d: DateMention) -> bool:
    s, base = sentence.text, sentence.start
    if d.end - base <= dateline_end(sentence) or _is_source_line(sentence, d):
        return True
    return bool(_DATELINE_BEFORE.match(s[:d.start - base])
                and _DATELINE_AFTER.match(s[d.end - base:]))

