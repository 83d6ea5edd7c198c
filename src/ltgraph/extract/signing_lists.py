"""Signatories written as a list of lines: bullet or dash items, perhaps grouped under short
headings, after a line that introduces the signatories.

Apart from ``declarations`` because it reads the layout of lines, not the clauses of a
sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ltgraph import language
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.mandates import Mandate
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.text import Region

if TYPE_CHECKING:
    from ltgraph.extract.declarations import Declaration

__all__ = ["read_signing_lists"]


# a line of a list: a bullet or a dash, then the item
_BULLET_LINE = re.compile(r"^[ \t]*[-–—•·*▪◦][ \t]+(?P<item>\S.*)$")
# a short line without a sentence's end: a heading over a group of items ("Afrique", "Europe:")
_HEADING_LINE = re.compile(r"^[ \t]*[^\W\d][^.!?;]{0,40}?[ \t]*:?[ \t]*$")


def _lines(region: Region) -> list[tuple[int, str]]:
    """The lines of a region with their absolute offsets."""
    found, offset = [], region.start
    for line in region.text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found


def _list_intro(line: str) -> re.Match | None:
    """The signing words of a line that introduces a list of signatories: a signing sentence
    ending in a colon ("Les villes signataires sont :", "was signed by:"), or a heading of
    the signatories alone ("Unterzeichner", "Signatories")."""
    stripped = line.strip()
    cue = language.SIGNATORY_RE.search(stripped) or language.SIGN_RE.search(stripped)
    if cue is None or language.ANNOUNCEMENT_RE.search(stripped):
        return None
    if stripped.endswith(":"):
        return cue
    heading = len(stripped.split()) <= 3 and not re.search(r"[.!?;,]", stripped)
    return cue if heading and language.SIGNATORY_RE.search(stripped) else None


def read_signing_lists(ctx: ReleaseContext, declarations: dict[str, Declaration],
                        named: dict[int, list], main_declaration: str | None,
                        finder: PeopleFinder, mandates: tuple[Mandate, ...]) -> None:
    """Signatories written as a list of bullet or dash lines, perhaps in groups under short
    heading lines, after a line that introduces the signatories ("Signataires :", "signed
    by:"): every city an item starts with signs, and the city of a person an item names.
    The list ends at the first line that is neither an item, a heading nor blank."""
    for region in ctx.regions:
        signing: tuple[Declaration, tuple[int, int]] | None = None
        for offset, line in _lines(region):
            bullet = _BULLET_LINE.match(line)
            if signing and bullet:
                _signatory_item(ctx, line, offset, bullet.start("item"), signing, finder,
                                mandates)
                continue
            if signing and (not line.strip() or (_HEADING_LINE.match(line)
                                                 and not _list_intro(line))):
                continue
            signing = None
            cue = _list_intro(line)
            if cue is None:
                continue
            start = offset + len(line) - len(line.lstrip()) + cue.start()
            slug = _declaration_signed_at(ctx, named, start, main_declaration)
            if slug in declarations:
                signing = (declarations[slug], (start, start + len(cue.group(0))))


def _declaration_signed_at(ctx: ReleaseContext, named: dict[int, list], pos: int,
                           main_declaration: str | None) -> str | None:
    """The declaration a signing word at ``pos`` signs: the one its sentence names nearest,
    else the one the release reports on."""
    sentence = next((s for s in ctx.all_sentences() if s.start <= pos < s.end), None)
    mentions = named.get(id(sentence), []) if sentence else []
    if mentions:
        return min(mentions, key=lambda m: min(abs(m.start - pos), abs(m.end - pos))).slug
    return main_declaration


def _signatory_item(ctx: ReleaseContext, line: str, offset: int, at: int,
                    signing: tuple[Declaration, tuple[int, int]], finder: PeopleFinder,
                    mandates: tuple[Mandate, ...]) -> None:
    """The signatory an item of a signing list names: the city it starts with, or the city
    of the person it starts with."""
    d, cue = signing
    found = ctx.tools.matchers.city_at(line, at, geonames=True)
    if found:
        span = (offset + found.start, offset + found.end)
        ctx.add_city(found.entry, span)
        d.signatories.setdefault(found.entry.slug, set()).update([span, cue])
        return
    person = next((p for p in finder.mentions if p.slug and p.start == offset + at), None)
    for mandate in mandates:
        if person and mandate.person == person.slug and mandate.agent.startswith("city/"):
            d.signatories.setdefault(mandate.agent[5:], set()).update(
                [(person.start, person.end), cue])
