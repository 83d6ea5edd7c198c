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
from collections.abc import Iterator

from ltgraph import language
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.mention import PersonMention, RoleHit
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.roles import CITY_ROLES
from ltgraph.extract.table_people import role_hits
from ltgraph.extract.text import Region

__all__ = ["credited_mentions", "record_mentions", "shown_mentions"]

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
    Verein", "Partnerstadt seit")."""
    hit = ctx.tools.roles.at(label, 0)
    if hit is None or hit.role not in CITY_ROLES:
        return None
    if not _GENDER_ENDING.fullmatch(label, hit.match.end()):
        return None
    return RoleHit(hit.role, hit.match.group(0), hit.language or lang, start,
                   start + hit.match.end())


def _name_alone(finder: PeopleFinder, value: str) -> str | None:
    """The value as a person's name when it is a name and nothing else ("A
    B-C", "Dr. A B"): academic titles left out, every word capitalised,
    no digit, no body's word."""
    words = [w for w in value.split() if not language.ACADEMIC_TITLE_RE.fullmatch(w)]
    name = " ".join(words)
    if not words or any(not _NAME_WORD.fullmatch(w) or not w[0].isupper() for w in words):
        return None
    if any(w.lower().strip(".,") in language.INSTITUTION_WORDS for w in words):
        return None
    return name if finder.plausible(name) else None


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
    for region, field in _body_fields(ctx, _FIELD):
        mention = _field_mention(ctx, finder, region, field)
        if mention is not None:
            found.append(mention)
    return found


# one person of a list of people: a name, then at most a note in brackets ("Surname,
# Given, Dr. (Senatorin ..., X)")
_ENTRY = re.compile(r"\s*(?P<name>[^();,]+(?:,[^();,]+){0,2}?)\s*(?:\((?P<note>[^()]*)\))?\s*")
# where a list of people given first is cut into its names: a comma or a conjunction outside
# brackets ("A B, C D und E F")
_BETWEEN_NAMES = re.compile(rf"\s*(?:,|\s(?:{language.CONJUNCTIONS})\s)\s*(?![^()]*\))")


def _given_first(name: str) -> str:
    """A name written surname first, as an archive sorts it ("Surname, Given, Dr." ->
    "Given Surname"), its academic titles left out; a name given first stays as it is. Two
    names in a row ("A B, C D") are no one name: the surname part is one word."""
    parts = [p.strip() for p in name.split(",")]
    parts = [p for p in parts if p and not all(language.ACADEMIC_TITLE_RE.fullmatch(w)
                                                for w in p.split())]
    if len(parts) == 2 and len(parts[0].split()) == 1 and len(parts[1].split()) <= 2:
        parts = [parts[1], parts[0]]
    elif len(parts) != 1:
        return ""
    return " ".join(w for w in " ".join(parts).split()
                    if not language.ACADEMIC_TITLE_RE.fullmatch(w))


def _note_city(ctx: ReleaseContext, note: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The one city a bracketed note names ("Bürgermeister von X", "OB X"); None when it
    names none or more than one."""
    found = set()
    for word in re.finditer(r"(?<![\w-])[^\W\d_]", note):  # after an elision too ("d'X")
        city = ctx.tools.matchers.city_at(note, word.start(), geonames=True)
        if city is not None and city.start == word.start():
            found.add((city.entry.slug, (start + city.start, start + city.end), city.entry))
    if len({slug for slug, _, _ in found}) != 1:
        return None
    slug, span, entry = found.pop()
    ctx.add_city(entry, span)
    return f"city/{slug}", span


def _shown_mention(ctx: ReleaseContext, finder: PeopleFinder, region: Region,
                   entry: re.Match, base: int) -> PersonMention | None:
    """The person of one entry of a record's list of people, with the city's office its
    note gives for the city the note names ("Surname, Given (OB X)")."""
    written = entry.group("name")
    name = _given_first(written)
    if not name or _name_alone(finder, name) is None:
        return None
    start = base + entry.start("name")
    mention = PersonMention(name, start, start + len(written), region)
    # the field names the person; where and when is the record's, which no rule reads yet
    mention.unplaced_here = True
    note = entry.group("note")
    if not note:
        return mention
    note_start = base + entry.start("note")
    city = _note_city(ctx, note, note_start)
    if city is None:
        return mention
    for hit in role_hits(ctx, note, note_start, region.language):
        if hit.role in CITY_ROLES:
            mention.agents[len(mention.roles)] = city[0]
            mention.roles.append(hit)
    if mention.roles:
        mention.agent_spans.append(city[1])
    return mention


def _entry_mentions(ctx: ReleaseContext, finder: PeopleFinder, region: Region, text: str,
                    base: int) -> list[PersonMention]:
    """The people of one entry of a list (up to a semicolon): one person written surname
    first ("Surname, Given, Dr. (Office)"), or names given first after commas and
    conjunctions ("A B, C D"), every one of them a name alone, or nobody."""
    whole = _ENTRY.fullmatch(text)
    if whole is not None and whole.group("name").strip():
        mention = _shown_mention(ctx, finder, region, whole, base)
        if mention is not None:
            return [mention]
    found, pos = [], 0
    for cut in [*_BETWEEN_NAMES.finditer(text), None]:
        end = cut.start() if cut else len(text)
        piece = _ENTRY.fullmatch(text, pos, end)
        if piece is None or "," in piece.group("name"):
            return []
        mention = _shown_mention(ctx, finder, region, piece, base)
        if mention is None:
            return []
        found.append(mention)
        pos = cut.end() if cut else end
    return found


def _credited_mention(finder: PeopleFinder, region: Region, entry: re.Match, base: int
                      ) -> PersonMention | None:
    """The person a record's credit field names ("Fotograf/in: Surname, Given"): a person who
    made the record; this field places them at no event."""
    written = entry.group("name")
    name = _given_first(written)
    if not name or entry.group("note") or _name_alone(finder, name) is None:
        return None
    start = base + entry.start("name")
    mention = PersonMention(name, start, start + len(written), region)
    mention.unplaced_here = True
    return mention


def credited_mentions(ctx: ReleaseContext, finder: PeopleFinder) -> list[PersonMention]:
    """The people a record's field of its photographer names, written surname first as an
    archive sorts them ("Fotograf/in: Surname, Given", "Photographer: Surname, Given")."""
    found = []
    for region, field in _body_fields(ctx, language.RECORD_CREDIT_FIELD_RE):
        base = region.start + field.start("value")
        entry = _ENTRY.fullmatch(field.group("value").strip())
        if entry is not None and entry.group("name"):
            base += len(field.group("value")) - len(field.group("value").lstrip())
            mention = _credited_mention(finder, region, entry, base)
            if mention is not None:
                found.append(mention)
    return found


def shown_mentions(ctx: ReleaseContext, finder: PeopleFinder) -> list[PersonMention]:
    """The people a record's field of people lists (the people a photograph shows, the
    speakers of a session), the entries cut by semicolons, the field running on
    over indented lines ("Abgebildete Personen: Surname, Given (Office City); Surname,
    Given", "Referent*innen: A B, C D"). The field names them; it places them nowhere."""
    found = []
    for region, field in _body_fields(ctx, language.PEOPLE_FIELD_RE):
        base = region.start + field.start("value")
        pos = 0
        for cut in [*re.finditer(r";", field.group("value")), None]:
            end = cut.start() if cut else len(field.group("value"))
            found.extend(_entry_mentions(ctx, finder, region,
                                         field.group("value")[pos:end], base + pos))
            pos = end + 1
    return found


def _body_fields(ctx: ReleaseContext,
                 pattern: re.Pattern[str]) -> Iterator[tuple[Region, re.Match[str]]]:
    """Each field the pattern finds in the release's body regions, with its region: record
    fields are the body's, never a headline's."""
    for region in ctx.regions:
        if region.kind == "body":
            for field in pattern.finditer(region.text):
                yield region, field
