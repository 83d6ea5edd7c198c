"""People written as the rows of a table rendered as text: a list of signatories ("Ville |
Pays | Nom | Fonction | Date de signature") or of registered attendees ("Name | Title |
Organisation | City | Country"). The heading's labels say what each cell is, so a row reads
as a record: the person of the name cell, holding the office of the role cell for the city of
the city cell ("X, Mayor of Y").

Apart from ``signing_tables`` (which reads the cities that sign) because it makes people.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ltgraph import language
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.mention import PersonMention, RoleHit
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.roles import CITY_ROLES
from ltgraph.extract.signing_tables import table_rows
from ltgraph.extract.text import Region
from ltgraph.gazetteer import CityEntry
from ltgraph.slugs import slugify

__all__ = ["role_hits", "table_mentions"]


class Columns(NamedTuple):
    """Which cells of a row hold the name, the office, the city and the organisation."""

    name: int
    role: int
    city: int
    org: int | None

# a name written surname first, as an export sorts it ("Surname, Given")
_SURNAME_FIRST = re.compile(r"(?P<surname>[^,]+),\s*(?P<given>[^,]+)")
# a cell's footnote mark or note in parentheses after its text ("Speaker ¹", "Maire (1)")
# a note in parentheses after a cell's text ("Y Weekly (media partner)")
_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
_MARKS = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+|\(\d+\))\s*$")


def _column(heading: list[str], pattern: re.Pattern) -> int | None:
    """The one column whose heading is one of the labels of ``pattern``."""
    columns = [n for n, text in enumerate(heading) if pattern.fullmatch(text.replace("_", " "))]
    return columns[0] if len(columns) == 1 else None


def _given_first(name: str) -> str:
    """A name as written with the given name first ("Surname, Given" -> "Given Surname"),
    its academic titles and styles left out."""
    turned = _SURNAME_FIRST.fullmatch(name)
    if turned:
        name = f"{turned.group('given')} {turned.group('surname')}"
    words = [w for w in name.split() if not language.ACADEMIC_TITLE_RE.fullmatch(w)]
    return " ".join(words)


def _unplaced_row(cells: list[tuple[str, int]], heading: list[str]) -> bool:
    """Whether a cell of the row says its person is at the event for no part of it: press,
    media, staff (as a press contact or an author is no attendee)."""
    return any(n < len(heading) and language.UNPLACED_ROW_RE.search(text)
               for n, (text, _) in enumerate(cells))


def role_hits(ctx: ReleaseContext, text: str, start: int, lang: str) -> list[RoleHit]:
    """The offices a role cell names, each word where one begins ("Partner and Managing
    Director": two)."""
    hits, pos = [], 0
    for word in re.finditer(r"[^\W\d_][\w'’-]*", text):
        if word.start() < pos:
            continue
        hit = ctx.tools.roles.at(text, word.start())
        if hit is not None:
            hits.append(RoleHit(hit.role, hit.match.group(0), hit.language or lang,
                                start + word.start(), start + hit.match.end()))
            pos = hit.match.end()
    return hits


def _names_city(ctx: ReleaseContext, text: str, slug: str) -> bool:
    """Whether an organisation cell names the row's city ("Ville de X", "X North City
    Corporation"): the body is the city's own."""
    return any((found := ctx.tools.matchers.city_at(text, word.start(), geonames=True))
               is not None and found.entry.slug == slug for word in re.finditer(r"\w+", text))


# What may follow a city's name in its cell: its country, or the abbreviation of its state or
# district, after a comma or in brackets ("X, D.C.", "X (Country)")
_CITY_QUALIFIER = re.compile(r"\s*(?:,\s*(?P<after>[^,;|/()\d]{1,30})"
                             r"|\((?P<within>[^()\d]{1,30})\))\s*")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){1,4}")


def _city_cell_ends(ctx: ReleaseContext, text: str, city: CityEntry, end: int) -> bool:
    """Whether the city read up to ``end`` is all the cell says: nothing after it, its own
    country, or an abbreviation of its state ("D.C."). Another place after a comma ("X, Y",
    "X, a region abroad") may name another city, or another town of that name: the row's
    city is then unsure."""
    if end == len(text):
        return True
    qualifier = _CITY_QUALIFIER.fullmatch(text, end)
    if qualifier is None:
        return False
    words = (qualifier.group("after") or qualifier.group("within")).strip()
    if _ABBREVIATION.fullmatch(words):
        return True
    return ctx.gaz.is_country(words) and ctx.gaz.country_iso(words) == city.country_iso


def _agent(ctx: ReleaseContext, mention: PersonMention, cells: list[tuple[str, int]],
           columns: Columns) -> str | None:
    """Whom the row's offices are held for: the city of the city cell, unless an
    organisation cell names a body that is not that city's ("Federal Foreign Office" in
    the capital), whose offices are that body's."""
    city_text, city_start = cells[columns.city]
    city_text = _MARKS.sub("", city_text)
    city = ctx.tools.matchers.city_at(city_text, 0, geonames=True) if city_text else None
    if city is None or city.start != 0 or not _city_cell_ends(ctx, city_text, city.entry, city.end):
        return None
    span = (city_start, city_start + len(city_text))
    ctx.add_city(city.entry, span)
    if columns.org is None:
        mention.agent_spans.append(span)
        return f"city/{city.entry.slug}"
    org_text, org_start = cells[columns.org]
    org_text = _NOTE.sub("", _MARKS.sub("", org_text)).strip()
    if not org_text:
        return None
    if _names_city(ctx, org_text, city.entry.slug):
        mention.agent_spans.append(span)
        return f"city/{city.entry.slug}"
    if ctx.gaz.is_country(org_text):
        return None
    known = ctx.tools.matchers.org_of(org_text)
    if not known:
        mention.minted_orgs[slugify(org_text)] = org_text
    mention.agent_spans.append((org_start, org_start + len(org_text)))
    return f"org/{known or slugify(org_text)}"


def _mention(ctx: ReleaseContext, finder: PeopleFinder, region: Region, heading: list[str],
             cells: list[tuple[str, int]], columns: Columns) -> PersonMention | None:
    """The person of one row, with the offices of its role cell for its city or its body;
    None when the name cell names nobody (empty, a dash, an organisation)."""
    text, start = cells[columns.name]
    text = _MARKS.sub("", text)
    raw = _given_first(text)
    if not raw or not finder.plausible(raw) or any(c.isdigit() for c in raw) or \
            any(w.lower().strip(".,") in language.INSTITUTION_WORDS for w in raw.split()):
        return None
    mention = PersonMention(raw, start, start + len(text), region)
    agent = _agent(ctx, mention, cells, columns)
    role_text, role_start = cells[columns.role]
    for hit in role_hits(ctx, role_text, role_start, region.language) if agent else ():
        if agent.startswith("org/") and hit.role in CITY_ROLES:
            continue
        mention.agents[len(mention.roles)] = agent
        mention.roles.append(hit)
    mention.listed = _unplaced_row(cells, heading)
    return mention


def table_mentions(ctx: ReleaseContext, finder: PeopleFinder) -> list[PersonMention]:
    """The people of every table whose heading has one column of names, one of offices and
    one of cities. A table of figures or of links has no such heading and gives nobody."""
    found = []
    for region, heading, rows in table_rows(ctx):
        name, role, city = (_column(heading, language.NAME_COLUMN_RE),
                            _column(heading, language.ROLE_COLUMN_RE),
                            _column(heading, language.CITY_COLUMN_RE))
        if name is None or role is None or city is None:
            continue
        columns = Columns(name, role, city, _column(heading, language.ORG_COLUMN_RE))
        for cells in rows:
            mention = _mention(ctx, finder, region, heading, cells, columns)
            if mention is not None:
                found.append(mention)
    return found
