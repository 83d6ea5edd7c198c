"""When a declaration was signed: the date a signing sentence states, or the day it tells
from the summit's days, the day named before, or the release's own day.

Apart from ``declarations`` because a signing's date has its own cues (days of an event,
relative days, weekdays) and is the part of a signing most often read from context.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ltgraph import language
from ltgraph.extract import dates, events
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.event_dates import dateline_end, dates_of
from ltgraph.extract.text import Region, Sentence

if TYPE_CHECKING:
    from ltgraph.extract.declarations import Declaration

__all__ = ["signed_apart", "signing_date", "summit_days"]


def signing_date(ctx: ReleaseContext, sentence: Sentence, d: Declaration,
                 summit: events.SummitInfo | None) -> None:
    """The date of a signing told in its sentence, else the one day of the summit that the
    sentence right before names by its weekday alone ("Besonders bewegt hat sie der
    Samstagabend. In der Halle unterschrieb ...")."""
    told = sum(len(spans) for spans in d.dates.values())
    _date_in_sentence(ctx, sentence, d, summit)
    if sum(len(spans) for spans in d.dates.values()) == told:
        _weekday_just_before(ctx, sentence, d, summit)


# The head of a dated entry in a record (a social-media archive, a chat export, a log): a line
# that opens on a date and a time of day ("2019-08-31 21:47 · @account", "[31.08.2019, 21:47]").
_ENTRY_HEAD = re.compile(r"(?m)^[ \t\[(]*(?:(?P<iso>(?:19|20)\d\d-\d\d-\d\d)|(?P<day>\d{1,2})\."
                         r"(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d))[ \t,T·|]+\d{1,2}:\d\d\b")


def entry_day(text: str, pos: int, published: date) -> date:
    """The day a text's "today" or "tonight" at ``pos`` means: the date of the dated entry it
    stands in when the text is a record of such entries (a post written the evening before
    the archive's publication says "tonight" of its own day), else the day of publication."""
    head = None
    for head in _ENTRY_HEAD.finditer(text, 0, pos):
        pass
    if head is None:
        return published
    try:
        day = (date.fromisoformat(head.group("iso")) if head.group("iso") else
               date(int(head.group("year")), int(head.group("month")), int(head.group("day"))))
    except ValueError:
        return published
    return day if timedelta(0) <= published - day <= timedelta(days=366) else published


def _weekday_just_before(ctx: ReleaseContext, sentence: Sentence, d: Declaration,
                         summit: events.SummitInfo | None) -> None:
    """The summit's one day on the weekday that the sentence before, in the same paragraph,
    names alone, when the signing sentence names no date, weekday or time relation of its
    own and the sentence before tells no signing or date."""
    first, last = _summit_days(ctx, summit)
    if not first or not last or dates.mentions_in(
            sentence.text, sentence.start, ctx.published, summit.year if summit else None,
            (sentence.language,)) or language.TIME_RELATION_RE.search(sentence.text):
        return  # ("Gestern Abend unterzeichneten sie": a day of its own)
    region = ctx.sentences.get(sentence.region, [])
    at = next((k for k, other in enumerate(region) if other is sentence), 0)
    if at == 0 or "\n\n" in ctx.text[region[at - 1].end:sentence.start]:
        return
    before = region[at - 1]
    weekdays = dates.weekdays_alone(before.text, before.start)
    if len(weekdays) != 1 or language.SIGN_RE.search(before.text) or any(
            dm.precision == "day" for dm in dates_of(before, ctx.published, first.year)):
        return
    start, end, weekday = weekdays[0]
    if _START_BEFORE.search(ctx.text[max(0, start - 30):start]) or re.search(
            rf"(?i)(?<![\w'’])(?:{language.SINCE_WORDS})\s+$", ctx.text[max(0, start - 12):start]):
        return  # "Seit Freitag hatten Delegationen ... beraten": when something began
    within = [first + timedelta(days=k) for k in range((last - first).days + 1)
              if (first + timedelta(days=k)).weekday() == weekday]
    if len(within) == 1:
        d.dates.setdefault(within[0], set()).add((start, end))


def _date_in_sentence(ctx: ReleaseContext, sentence: Sentence, d: Declaration,
                      summit: events.SummitInfo | None) -> None:
    """The date of a signing: a date in the sentence within the summit's days (or its year),
    else a day of the summit ("am zweiten Tag"), a day told from the day named before ("le
    soir même", "that evening"), its closing, the release's day ("this afternoon"), or a
    weekday of the summit's days or the release's week ("Samstagabend", "jeudi
    après-midi")."""
    s, base, published = sentence.text, sentence.start, ctx.published
    first, last = _summit_days(ctx, summit)
    year = summit.year if summit else None
    # a day without its year ("On 11 June they signed") is of the summit's year
    candidates = []
    dated_elsewhere = False
    for dm in dates_of(sentence, published, year):
        if summit and summit.year and dm.first.year != summit.year:
            continue  # a date of something else ("observed every year on 16 May")
        if first and last and not first <= dm.first <= last:
            # "Donnerstag, 24. September": a day written with its weekday dates the signing
            dated_elsewhere = dated_elsewhere or (dm.weekday is not None and not dm.relative)
            continue  # a signing at the summit lies within its days
        if _START_BEFORE.search(ctx.text[max(0, dm.start - 30):dm.start]):
            continue  # "talks that began on June 10": the day something else started
        if not dm.is_range:
            candidates.append((dm.start, dm.end, dm.first))
    # (the sentence's own text blanks a quoted message's markers; its items are the page's)
    line = ctx.text[ctx.text.rfind("\n", 0, base) + 1:base]
    candidates = _in_signing_items(ctx.text[base:base + len(s)], base, candidates, line)
    if candidates:
        start, end, day = _nearest_to_signing(s, base, candidates)
        d.dates.setdefault(day, set()).add((start, end))
        return
    if dated_elsewhere:
        # "Donnerstag, 24. September: Unterzeichnung der Erklärung" in a schedule of the
        # autumn: a signing the sentence dates outside the summit's days is another one, and
        # its weekday or a closing names none of the summit's days
        return
    # "Am zweiten Tag unterzeichneten ...": day k of the summit
    event_days = []
    for pattern in language.DAY_OF_EVENT_PATTERNS:
        for m in re.finditer(pattern, s, re.IGNORECASE):
            k = events.ordinal_value(m.group("ord"))
            if k and first and (last is None or k - 1 <= (last - first).days):
                event_days.append((base + m.start(), base + m.end(),
                                   first + timedelta(days=k - 1)))
    if event_days:
        start, end, day = _nearest_to_signing(s, base, event_days)
        d.dates.setdefault(day, set()).add((start, end))
        return
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)] \
        if first and last else []
    # "Le soir même, ... il a signé", "That evening, X signed": the day named before
    for start, end, shift in dates.context_days(s, base):
        anchor = _day_in_context(ctx, sentence, start, first, last, year)
        if anchor:
            d.dates.setdefault(anchor + timedelta(days=shift), set()).add((start, end))
            return
        # "Le lendemain, jeudi, les élus signent": the weekday set off after it names the day
        for w_start, w_end, weekday in dates.weekdays_alone(s, base):
            within = [day for day in days if day.weekday() == weekday]
            if 0 <= w_start - end <= 3 and len(within) == 1:
                d.dates.setdefault(within[0], set()).add((start, w_end))
                return
    # "adoptée samedi soir, en clôture de la journée de travail": the signing's weekday, one
    # day of the summit's, names it more surely than a closing (of a day, or of the summit)
    weekdays = _weekdays_outside_dates(ctx, sentence, year)
    if weekdays and not language.TIME_RELATION_RE.search(s) and any(
            re.search(cue, s, re.IGNORECASE) for cue in language.CLOSING_CUES):
        w_start, w_end, weekday = weekdays[0]
        within = [day for day in days if day.weekday() == weekday]
        if len(within) == 1 and not _START_BEFORE.search(ctx.text[max(0, w_start - 30):w_start]):
            d.dates.setdefault(within[0], set()).add((w_start, w_end))
            return
    # "Au terme des deux journées, les maires ont adopté ...": the last day
    closing = next((m for cue in language.CLOSING_CUES
                    for m in [re.search(cue, s, re.IGNORECASE)] if m), None)
    other_year = bool(summit and summit.year and published
                      and summit.year != published.year)
    closing_day = summit.end if closing and summit and summit.end and \
        not _first_day_closed(s, closing) else None
    if closing_day:
        d.dates.setdefault(closing_day, set()).add(
            (base + closing.start(), base + closing.end()))
    elif published and language.TODAY_RE.search(s) and not other_year:
        # (also "signed this afternoon, at the close of the first summit": a closing whose
        # day the text does not give)
        # "closed this afternoon with the adoption of ...": the day of the text
        # (in a record of dated entries, a post or a message, the day of its entry)
        today = language.TODAY_RE.search(s)
        d.dates.setdefault(entry_day(ctx.text, base, published),
                           set()).add((base + today.start(), base + today.end()))
    elif closing is None and published and not language.TIME_RELATION_RE.search(s):
        # "wurde am Samstag unterzeichnet", "Am Samstagabend unterzeichneten": that weekday
        # among the summit's days, else in the release's week (a release of another year
        # than the summit's has no such week)
        told = _weekday_days(ctx, sentence, year, days, other_year)
        if told:
            start, end, day = _nearest_to_signing(s, base, told)
            d.dates.setdefault(day, set()).add((start, end))


def _weekday_days(ctx: ReleaseContext, sentence: Sentence, year: int | None, days: list[date],
                  other_year: bool) -> list[tuple[int, int, date]]:
    """The days the weekdays a sentence writes alone tell: the summit's one day on that
    weekday, else the one in the release's week. A sentence that lists a programme by weekday
    ("a reception on Friday, the signing ... on Saturday evening and a press conference on
    Sunday") tells one day an item, so the caller takes the signing's; where the first weekday
    tells no day, none is told."""
    told = []
    for start, end, weekday in _weekdays_outside_dates(ctx, sentence, year):
        if _SINCE_BEFORE.search(ctx.text[max(0, start - 12):start]):
            continue  # "a post shared since Sunday says they signed": when it began
        within = [day for day in days if day.weekday() == weekday]
        if len(within) == 1:
            told.append((start, end, within[0]))
        elif not other_year and ctx.published:
            back = (ctx.published.weekday() - weekday) % 7
            told.append((start, end, ctx.published - timedelta(days=back)))
        elif not told:
            return []
    return told


# a line that opens a list item: "- ", "• ", "3. ", "b) ", also in a quoted message ("> * ")
_ITEM_START = re.compile(r"\n[ \t]*(?:>[ \t]*)*(?:[-–—•*·▪]|\d{1,2}[.)]|[a-z]\))[ \t]+")


def _in_signing_items(s: str, base: int, candidates: list[tuple[int, int, date]],
                      line: str = "") -> list[tuple[int, int, date]]:
    """The days a list's item of the signing names, where the sentence runs over the items of
    a list ("- Workshops am Samstag, 31. August: ..." above "- Unterzeichnung der
    Erklärung im Festsaal: ..."): each item is its own thing, and the date of another
    dates that thing, not the signing. The lead above the items ("Saturday, 31 August" over
    "- Evening: signing of the Declaration") dates them all; a sentence that opens on an
    item (``line``, the words of its line before it, is a bullet: "> * Friday, 30 August:
    ..." in a forwarded programme) has no lead."""
    starts = [0] + [m.start() + 1 for m in _ITEM_START.finditer(s)]
    if len(starts) < 2 or not candidates:
        return candidates
    # the words above the first item lead the list, unless the sentence opens on an item
    lead = set() if _ITEM_START.match("\n" + line + s) else {0}

    def item(pos: int) -> int:
        return max(k for k, start in enumerate(starts) if start <= pos)
    signing = {item(m.start()) for m in language.SIGN_RE.finditer(s)}
    if not signing:
        return candidates
    return [c for c in candidates if item(c[0] - base) in signing | lead]


def _nearest_to_signing(s: str, base: int, candidates: list[tuple[int, int, date]]
                        ) -> tuple[int, int, date]:
    """Of the days a sentence names, the one its signing clause names: a sentence that lists
    a programme ("ein Empfang (30.08.2019), ..., die Unterzeichnung ... am Abend des
    31.08.2019"; "from a housing project on the first day to the signing ... on the second
    evening") dates each item by the day written in the item's own clause, after the signing
    word, else before it ("am 31.08. unterzeichneten"), with no comma, semicolon or bracket
    between. With one day, or no such clause, the first day stands."""
    if len({day for _, _, day in candidates}) < 2:
        return candidates[0]
    signs = [(base + m.start(), base + m.end()) for m in language.SIGN_RE.finditer(s)]

    def unbroken(a: int, b: int) -> bool:
        return a <= b and not re.search(r"[,;:()\[\]]", s[a - base:b - base])

    after = [c for c in candidates for _, end in signs if unbroken(end, c[0])]
    if after:
        return min(after, key=lambda c: c[0])
    before = [c for c in candidates for start, _ in signs if unbroken(c[1], start)]
    if before:
        return max(before, key=lambda c: c[0])
    return candidates[0]


def _weekdays_outside_dates(ctx: ReleaseContext, sentence: Sentence, year: int | None
                            ) -> list[tuple[int, int, int]]:
    """The weekdays a sentence writes alone, not as part of a date ("les mercredi 10 et
    jeudi 11 juin": the dates name the days, the weekdays only go with them)."""
    within = [(dm.start, dm.end) for dm in dates_of(sentence, ctx.published, year)
              if dm.weekday is None or not dm.relative]
    return [(start, end, weekday) for start, end, weekday in
            dates.weekdays_alone(sentence.text, sentence.start)
            if not any(a <= start < b for a, b in within)]


def _first_day_closed(s: str, closing: re.Match) -> bool:
    """"at the end of the first day", "au terme de la première journée": the close of the
    summit's first day, not of the summit ("au terme du premier Sommet" closes the summit)."""
    words = re.findall(r"[\w'’]+", s[closing.end():closing.end() + 40])[:4]
    return any(events.ordinal_value(w) == 1 and any(
        _DAY_WORD.fullmatch(later) for later in words[k + 1:k + 3])
        for k, w in enumerate(words))


# "day", "Tag", "journée": a day of the event, not the event
_DAY_WORD = re.compile("(?i)(?:" + language.alternation(
    w for m in language.MODULES.values() for w in m.DAY_WORDS) + ")")
_SINCE_BEFORE = re.compile(rf"(?i)(?<![\w'’])(?:{language.SINCE_WORDS})\s+$")


def signed_apart(ctx: ReleaseContext, sentence: Sentence, summit: events.SummitInfo | None
                 ) -> bool:
    """Whether a signing sentence dates its signing outside the summit's days ("during a
    visit in September 2015", "im Oktober 2019"): a day or a month that does not meet them."""
    first, last = _summit_days(ctx, summit)
    if first is None or last is None:
        return False
    return any(m.precision in ("day", "month") and (m.last < first or m.first > last)
               and not _weekday_of_the_summit(sentence, m, first, last)
               for m in dates.mentions_in(sentence.text, sentence.start, ctx.published,
                                          summit.year if summit else None)
               if m.end - sentence.start > dateline_end(sentence))


def _weekday_of_the_summit(sentence: Sentence, mention: dates.DateMention, first: date,
                           last: date) -> bool:
    """'On the Saturday evening ... he signed', told years later: a weekday without a date,
    which the summit's days hold, is that day of the summit, not the same weekday before the
    text was published."""
    words = sentence.text[mention.start - sentence.start:mention.end - sentence.start]
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    return mention.relative and mention.weekday is not None and \
        not any(c.isdigit() for c in words) and \
        any(day.weekday() == mention.weekday for day in days)


# "began on", "opened on", "a commencé le": a date after them dates a start, not the signing
_START_BEFORE = re.compile(rf"(?i)(?:{'|'.join(language.START_CUES)})\s+(?:\w+\s+){{0,1}}$")


def _summit_days(ctx: ReleaseContext, summit: events.SummitInfo | None
                 ) -> tuple[date | None, date | None]:
    """The first and last day of the summit, from the release or else the reference data."""
    if summit is None:
        return None, None
    entry = ctx.gaz.summits.get(summit.slug)
    first = summit.start or (entry.start if entry else None)
    last = summit.end or (entry.end if entry else None) or first
    return first, last


def summit_days(ctx: ReleaseContext, summit: events.SummitInfo | None
                ) -> tuple[date | None, date | None]:
    """The first and last day of the summit, from the release or else the reference data."""
    return _summit_days(ctx, summit)


def _day_in_context(ctx: ReleaseContext, sentence: Sentence, pos: int, first: date | None,
                    last: date | None, year: int | None) -> date | None:
    """The day a relative day ("le soir même") is told from: the last single day the text
    names before ``pos`` in the same region, among the summit's days where they are known
    (the programme presented ten days before is no anchor)."""
    found: list[tuple[int, date]] = []
    told: list[tuple[int, date]] = []  # days told by a weekday or as the summit's k-th day
    opening: list[tuple[int, date]] = []  # weekdays opening a sentence or line ("Saturday was")
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)] \
        if first and last else []
    for other in ctx.sentences[sentence.region]:
        if other.start >= pos:
            break
        for dm in dates_of(other, ctx.published, year):
            if dm.end <= pos and not dm.is_range and (
                    first is None or last is None or first <= dm.first <= last):
                found.append((dm.end, dm.first))
        # "aux ateliers du samedi. Le soir même": the one day of the summit on that weekday
        for start, end, weekday in dates.weekdays_alone(other.text, other.start):
            within = [day for day in days if day.weekday() == weekday]
            if end <= pos and len(within) == 1 and not any(
                    dm.start <= start < dm.end for dm in dates_of(other, ctx.published, year)):
                told.append((end, within[0]))
                line = max(other.start, ctx.text.rfind("\n", 0, start) + 1)
                if _OPENING_WORD.fullmatch(ctx.text, line, start):
                    opening.append((end, within[0]))
        # "On the second day I took part ... That evening": day k of the summit
        for pattern in language.DAY_OF_EVENT_PATTERNS:
            for m in re.finditer(pattern, other.text, re.IGNORECASE):
                k = events.ordinal_value(m.group("ord"))
                if k and days and k <= len(days) and other.start + m.end() <= pos:
                    told.append((other.start + m.end(), days[k - 1]))
    # a day written out is the surer anchor; a weekday or a k-th day only where none is, or
    # where a later sentence or line opens on a weekday, a new day of the story ("On
    # Friday, 30 August, ... Saturday was the working day ... In the evening, the mayors
    # signed": the Saturday; but not "... joined the press conference on Sunday")
    if found and opening and max(opening) == max(told) and \
            _later_sentence(ctx, sentence.region, max(found)[0], max(opening)[0]):
        return max(opening)[1]
    return max(found)[1] if found else max(told)[1] if told else None


# the words a sentence or a line may open on before its weekday: none, or a preposition or an
# article ("Saturday was ...", "On Saturday, ...", "Am Samstag ...", "Le samedi, ...")
_OPENING_WORD = re.compile(r"[\W\d_]*(?:[^\W\d_]{1,3}\s+)?")


def _later_sentence(ctx: ReleaseContext, region: Region, first: int, second: int) -> bool:
    """Whether the position ``second`` lies in a later sentence of the region than ``first``."""
    one, two = ctx.sentence_at(region, max(first - 1, 0)), ctx.sentence_at(region, second - 1)
    return bool(one and two) and two.start > one.start
