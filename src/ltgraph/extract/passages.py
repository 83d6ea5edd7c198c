"""Passages: the parts of a body set off by heading lines, and the summit each one speaks of.

A slide deck, a weekly digest, an announcement with its sections or a finding aid is read
passage by passage: each passage (a section under its heading, a slide with its notes, a
digest item) speaks of at most one summit, the one its own words name, else the one its
heading names; a passage that names none goes on with the summit of the passage before it
only where its words speak of a summit's parts (its keynotes, sponsors, workshops,
delegations), and otherwise places nobody ("Hommage : le portrait de X dévoilé" after the
item on the summit; "The jury" of a prize). The text before the first heading is not a
passage: what it tells is placed as in any release, where it speaks of a summit at all.

A heading line is whatever the genre uses: a marked or numbered heading (``items``), a slide's
label with its number ("Slide 4 – ...", "Folie 4: ..."), a line opened by a symbol or an emoji
("🌍 Vivre ensemble : ..."), a short line in capitals, or a short title line standing alone
over its paragraph ("The jury"). A body with fewer than two such lines has no passages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ltgraph import language
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.items import is_heading_line
from ltgraph.extract.text import Region

__all__ = ["Passage", "passage_summit", "passages_of"]


@dataclass(frozen=True)
class Passage:
    """A passage from its heading line's start to the next heading; ``heading_end`` is the
    end of its heading line."""

    start: int
    end: int
    heading_end: int


_LINE = re.compile(r"(?m)^[^\n]*\S[^\n]*$")
# "Slide 4 – X 2019 in numbers", "Folie 3: Drei Gipfel", "Diapositive 2 -"
_SLIDE = re.compile(rf"(?i)\s*(?:{language.SLIDE_LABELS})\s*\d{{1,3}}\b\s*(?:[.:–—-].*)?")
_CAPITALS = re.compile(r"[^\w]*[^\W\d_a-zà-ÿ][^a-zà-ÿß]*")
_TITLE_WORDS = 5
_FUNCTION_WORDS = frozenset(w for vocab in language.FUNCTION_WORDS.values() for w in vocab)
_HEADING_WORDS = 14
# Bullets and marks that open list lines, not headings
_LIST_MARKS = "•·◦▪‣–—-*>"


def _symbol_led(line: str) -> bool:
    """'🌍 Vivre ensemble : X au 3e Sommet', '❄ Déneigement : ...': a line opened by a
    symbol or an emoji (no list bullet), with a word after it."""
    first = line.lstrip()[:1]
    return bool(first) and first not in _LIST_MARKS and \
        unicodedata.category(first) in ("So", "Sk") and bool(re.search(r"\w", line))


def _capitals_line(line: str) -> bool:
    """'L'ESSENTIEL DE LA SEMAINE', 'PROGRAMME': a short line in capitals."""
    letters = re.findall(r"[^\W\d_]", line)
    return len(letters) >= 4 and len(line.split()) <= 8 and \
        all(c.isupper() for c in letters) and bool(_CAPITALS.fullmatch(line))


def _title_line(text: str, start: int, end: int) -> bool:
    """'The jury', 'Ceremony', 'About the Foundation': a short line of words with no stop, no
    digit and no colon, that stands after a blank line (or first) with its paragraph right
    under it."""
    line = text[start:end].strip()
    words = line.split()
    if not words or len(words) > _TITLE_WORDS or not words[0][0].isupper() or \
            re.search(r"[\d.!?:;,()\"“”«»]", line):
        return False
    if len(words) > 1 and all(w[0].isupper() for w in words) and \
            not any(w.lower() in _FUNCTION_WORDS for w in words):
        return False  # "Anna Muster" over a speaker's biography: a name ("Die Jury" is a title)
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return (start == 0 or before == "\n\n" or before.endswith("\n") and
            not text[:start].strip()) and after.startswith("\n") and after[1:2] not in ("\n", "")


def is_passage_heading(text: str, start: int, end: int) -> bool:
    """Whether the line from ``start`` to ``end`` opens a passage (see the module's doc)."""
    line = text[start:end]
    if len(line.split()) > _HEADING_WORDS or re.search(r"\?[*_\s]*$", line):
        return False
    return (is_heading_line(line) or bool(_SLIDE.fullmatch(line)) or _symbol_led(line) or
            _capitals_line(line) or _title_line(text, start, end))


def passages_of(text: str, region: Region) -> list[Passage]:
    """The passages of a body, in order; none where it has fewer than two heading lines."""
    heads: list[tuple[int, int]] = []
    previous_end = -1
    for m in _LINE.finditer(text, region.start, region.end):
        if is_passage_heading(text, m.start(), m.end()):
            if heads and previous_end == heads[-1][1] and m.start() == previous_end + 1:
                # a run of heading lines (a masthead, a slug and its block) opens one passage
                heads[-1] = (heads[-1][0], m.end())
            else:
                heads.append((m.start(), m.end()))
        previous_end = m.end()
    if len(heads) < 2:
        return []
    ends = [start for start, _ in heads[1:]] + [region.end]
    return [Passage(start, end, head_end) for (start, head_end), end in zip(heads, ends)]


_PASSAGES_READ: dict[tuple[str, int, int], tuple[Passage, ...]] = {}


def _passages_read_once(text: str, region: Region) -> list[Passage]:
    """:func:`passages_of`, read once for each body: the summit of a passage is asked for at
    every place that names an attendee or a partner, and each time every line of the body
    was tried as a heading."""
    key = (text, region.start, region.end)
    found = _PASSAGES_READ.get(key)
    if found is None:
        if len(_PASSAGES_READ) > 256:
            _PASSAGES_READ.clear()
        found = _PASSAGES_READ[key] = tuple(passages_of(text, region))
    return list(found)


def _heading_summits(ctx: ReleaseContext, known: dict[str, tuple[str, int]], passage: Passage
                     ) -> set[str]:
    """'Slide 4 – X 2019 in numbers', 'Y 2021': a heading that names a city
    with a year right after it names the summit that city hosted that year (a title names
    its topic, no summit word needed)."""
    line = ctx.text[passage.start:passage.heading_end]
    found = set()
    for hit in ctx.tools.matchers.cities_anywhere(line, 0):
        year = _YEAR_AFTER_CITY.match(line, hit.end)
        for slug, (host, when) in known.items():
            if year and host == hit.slug and when == int(year.group("year")):
                found.add(slug)
    return found


# a passage that speaks of a summit's parts after one that named no single summit: what its
# sentences tell is placed as in any release
_KEEP = ""
_YEAR_AFTER_CITY = re.compile(r"[\s,(]*(?P<year>(?:19|20)\d\d)\b")


def _speaks_of_parts(text: str) -> bool:
    """Whether a passage speaks of a summit or of its parts: its keynotes, speakers,
    sponsors, workshops, delegations ("Who paid, who helped · Main sponsors: ...")."""
    return bool(language.SUMMIT_RE.search(text) or language.EVENT_PART_RE.search(text))


@dataclass(frozen=True)
class _Plan:
    passages: list[Passage]
    summits: list[tuple[set[str], str | None]]  # (summits named in it, the one it speaks of)
    lead_speaks: bool  # whether the text before the first heading speaks of a summit


def _plan(ctx: ReleaseContext, region: Region, named: list[tuple[int, int, set[str]]],
          known: dict[str, tuple[str, int]], main: str | None) -> _Plan:
    """Each passage of a region with the summits its words name and the one it speaks of."""
    passages = _passages_read_once(ctx.text, region)
    if passages and not ctx.text[region.start:passages[0].start].strip():
        passages = passages[1:]  # a body that opens on a heading: its first passage leads
    lead_end = passages[0].start if passages else region.end
    # in a text that reports on no summit, a sentence that looks back in the pluperfect tells
    # of that summit alone ("Die Erklärung war im Juni beim ersten Gipfel verabschiedet
    # worden" in a schedule of September): its passage goes on with other things
    if main is None:
        named = [(a, b, slugs) for a, b, slugs in named
                 if not language.FLASHBACK_RE.search(ctx.text[a:b])]
    lead = {s for a, _, slugs in named if region.start <= a < lead_end for s in slugs}
    told = next(iter(lead)) if len(lead) == 1 else (main if not lead else None)
    # a text whose opening lines speak of a summit reports on it under its subheadings; in
    # one that opens on other things (a digest, a deck, an announcement) a passage goes on
    # with the summit before it only where it speaks of a summit's parts
    lead_speaks = bool(lead) or _speaks_of_parts(ctx.text[region.start:lead_end])
    if not lead_speaks:
        told = None
    plan = []
    for passage in passages:
        heading = _heading_summits(ctx, known, passage)
        own = {s for a, _, slugs in named if passage.start <= a < passage.end
               for s in slugs} | heading
        if len(own) == 1:
            plan.append((own, next(iter(own))))
            # the part of the text about a summit goes on after a passage whose heading names
            # it ("Slide 4 – X 2019"); one its sentences name ("whose predecessor hosted the
            # second summit") leaves the part it is in as it was
            told = next(iter(own)) if heading else told
            continue
        if own:
            told = None  # several summits: each sentence tells its own, the part ends
        elif not lead_speaks and not _speaks_of_parts(ctx.text[passage.start:passage.end]):
            told = None
        else:
            told = told or _KEEP
        plan.append((own, told))
        if len(own) > 1:
            told = None
    return _Plan(passages, plan, lead_speaks)


def _named_only_paragraphs_later(ctx: ReleaseContext, known: dict[str, tuple[str, int]],
                                 passage: Passage, named: list[tuple[int, int, set[str]]],
                                 pos: int) -> bool:
    """Whether the one summit a passage names is named only paragraphs after ``pos``, and not
    by its heading ('OBSERVERS / X, honorary president' over notes whose last one says 'the
    participants of the first summit are listed in its own report'): a passage names its
    topic before it tells of it, so a later paragraph's look at another summit does not
    move the words before it there."""
    if _heading_summits(ctx, known, passage):
        return False
    first = min((a for a, _, slugs in named if passage.start <= a < passage.end and slugs),
                default=None)
    return first is not None and first > pos and "\n\n" in ctx.text[pos:first]


def _headline_speaks(ctx: ReleaseContext, region: Region,
                     named: list[tuple[int, int, set[str]]], known: dict[str, tuple[str, int]],
                     main: str | None) -> bool:
    """Whether a headline may place what it names at a summit: where the body is cut into
    passages and its lines before the first heading speak of no summit, only a headline that
    names one or speaks of one itself ("City of X receives the 2022 Y Prize" does not)."""
    body = next((r for r in ctx.regions if r.kind == "body"), None)
    if body is None:
        return True
    plan = _plan(ctx, body, named, known, main)
    if not plan.passages or plan.lead_speaks:
        return True
    return any(region.start <= a < region.end for a, _, _ in named) or \
        _speaks_of_parts(region.text)


def passage_summit(ctx: ReleaseContext, region: Region, pos: int,
                   named: list[tuple[int, int, set[str]]], known: dict[str, tuple[str, int]],
                   main: str | None, found: str | None) -> str | None:
    """The summit the words at ``pos`` speak of, given ``found``, the one read from their
    sentence and paragraph: unchanged before the first heading or in a body without
    passages; in a passage that names one summit, that one; in one that names several,
    ``found`` if it is among them, else the one its heading names, else none; in one that
    names none, the summit of the part of the text it goes on with, or none.

    ``named`` gives (start, end, summits) for each sentence that names summits, ``known``
    each summit of the text by its host and year."""
    if region.kind in ("headline", "subheadline"):
        return found if _headline_speaks(ctx, region, named, known, main) else None
    if region.kind != "body":
        return found
    plan = _plan(ctx, region, named, known, main)
    if plan.passages and pos < plan.passages[0].start and not plan.lead_speaks:
        return None  # the lines before the first heading name no summit: a masthead, a prize
    if any(a <= pos < b and slugs for a, b, slugs in named):
        return found  # the sentence names its summit itself
    for passage, (own, told) in zip(plan.passages, plan.summits):
        if passage.start <= pos < passage.end:
            if len(own) == 1 and _named_only_paragraphs_later(ctx, known, passage, named, pos):
                return found
            if len(own) > 1:
                if found in own:
                    return found
                heading = _heading_summits(ctx, known, passage)
                return next(iter(heading)) if len(heading) == 1 else None
            return found if told == _KEEP else told
    return found
