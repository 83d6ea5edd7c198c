"""People written as the office fields of a record about one city: a city's profile opens
with its heading ("STECKBRIEF X (Country)", "CITY PROFILE X", "FICHE VILLE X") and lists
fields one a line below it ("Oberbürgermeisterin: A B", "Mayor: A B", "Maire : A B"). A
field whose label is a city's office and whose value is a name alone says that person holds
the office for the heading's city, which no sentence around says again.

The field names an office holder, not anyone present at an event: the mention carries the
mandate only; whether the person attended is left to what the text says elsewhere.
"""

from __future__ import annotations

import re

from ltgraph import language
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.mention import PersonMention, RoleHit
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.roles import CITY_ROLES
from ltgraph.extract.text import Region

__all__ = ["record_mentions"]

# a field line: a short label, a colon, a value, nothing else on the line
_FIELD = re.compile(r"(?m)^[ \t]*(?P<label>[^\W\d_][^:\n]{0,60}?)[ \t]*:[ \t]*"
                    r"(?P<value>[^\s:][^:\n]*?)[ \t]*$")
# the ending a label may give an office to name either gender ("Oberbürgermeister/in",
# "Bürgermeister*in", "Maire·sse")
_GENDER_ENDING = re.compile(r"(?:[/*:·(-]?(?:in|innen|e|esse|sse)\)?)?\s*")
# the words of a name: capitalised, a hyphen or an apostrophe inside at most
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _office_of_label(ctx: ReleaseContext, label: str, start: int, lang: str
                     ) -> RoleHit | None:
    """The city's office a field's label names and nothing else ("Oberbürgermeisterin",
    "Stadtpräsident", "Mayor"); None for any other label ("Ansprechpartnerin im
    Freundeskreis", "Partnerstadt seit")."""
    hit = ctx.tools.roles.at(label, 0)
    if hit is None or hit.role not in CITY_ROLES:
        return None
    if not _GENDER_ENDING.fullmatch(label, hit.match.end()):
        return None
    return RoleHit(hit.role, hit.match.group(0), hit.language or lang, start,
                   start + hit.match.end())


def _name_alone(finder: PeopleFinder, value: str) -> str | None:
    """The value as a person's name when it is a name and nothing else ("Einat
    Kalisch-Rotem", "Dr. Ariel Gutmann"): academic titles left out, every word capitalised,
    no digit, no body's word."""
    words = [w for w in value.split() if not language.ACADEMIC_TITLE_RE.fullmatch(w)]
    name = " ".join(words)
    if not words or any(not _NAME_WORD.fullmatch(w) or not w[0].isupper() for w in words):
        return None
    if any(w.lower().strip(".,") in language.INSTITUTION_WORDS for w in words):
        return None
    return name if finder._plausible(name) else None


def _block_heading(text: str, line_start: int, region: Region) -> int:
    """Where the first line of the field's block begins: lines up to the nearest blank
    line (or the region's start) belong to one record."""
    pos = line_start
    while pos > region.start:
        previous = text.rfind("\n", region.start, pos - 1) + 1
        previous = max(previous, region.start)
        if not text[previous:pos].strip():
            return pos
        pos = previous
    return region.start


def _record_city(ctx: ReleaseContext, heading: int) -> tuple[str, tuple[int, int]] | None:
    """The city a record's heading line names ("STECKBRIEF X (Country)"): the label of a
    city's record, the city, at most its country in brackets, and nothing else."""
    text = ctx.text
    label = language.RECORD_HEADING_RE.match(text, heading)
    if label is None or "\n" in text[heading:label.end()]:
        return None
    city = ctx.tools.matchers.city_at(text, label.end(), geonames=True)
    if city is None or city.start != label.end() or \
            not language.RECORD_HEADING_TAIL_RE.match(text, city.end):
        return None
    ctx.add_city(city.entry, (city.start, city.end))
    return f"city/{city.entry.slug}", (city.start, city.end)


def _field_mention(ctx: ReleaseContext, finder: PeopleFinder, region: Region,
                   field: re.Match) -> PersonMention | None:
    """The person of one office field under a city's record heading, holding that office
    for the city; None for any other field or a field outside such a record."""
    base = region.start
    office = _office_of_label(ctx, field.group("label"), base + field.start("label"),
                              region.language)
    if office is None:
        return None
    name = _name_alone(finder, field.group("value"))
    if name is None:
        return None
    city = _record_city(ctx, _block_heading(ctx.text, base + field.start(), region))
    if city is None:
        return None
    value_start = base + field.start("value")
    mention = PersonMention(name, value_start, base + field.end("value"), region)
    mention.roles.append(office)
    mention.agents[0] = city[0]
    mention.agent_spans.append(city[1])
    mention.unplaced_here = True  # an office held, not a presence at an event
    return mention


def record_mentions(ctx: ReleaseContext, finder: PeopleFinder) -> list[PersonMention]:
    """The office holders of every city record of the release ("Bürgermeister: A B" under
    "STECKBRIEF X"). A field line outside such a record gives nobody here."""
    found = []
    for region in ctx.regions:
        if region.kind != "body":
            continue
        for field in _FIELD.finditer(region.text):
            mention = _field_mention(ctx, finder, region, field)
            if mention is not None:
                found.append(mention)
    return found
