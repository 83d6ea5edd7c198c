"""Role phrases: the roles and agents of an apposition or a role before a name ("Partnerin und
Managing Director des Büros X", "maire de X et présidente de Y"), an agent a city or an
organisation known or minted from its name. ``RolePhrases`` is a part of
``ltgraph.extract.people.PeopleFinder``, whose attributes (gaz, matchers, roles) it reads.
"""

from __future__ import annotations

import re

from ltgraph import language
from ltgraph.extract.mention import WORD, PersonMention, RoleHit, is_capitalised
from ltgraph.extract.places import ELIDED
from ltgraph.extract.roles import CITY_ROLES, RoleMatch
from ltgraph.slugs import slugify

# An organisation's name: capitalised words, joined by function words ("Office for X",
# "Centre de l'X") and French lower-case adjectives ("Centre islamique de l'X").
_ORG_RUN = re.compile(
    rf"[A-ZÄÖÜÉ][\w&'’.-]*(?:\s+[a-zéèêà]\w*(?:{language.ORG_ADJECTIVE_ENDINGS})s?\b"
    rf"(?=\s+(?:{language.ORG_ADJECTIVE_FOLLOWERS}|[A-Z]))"
    rf"|\s+(?:(?:{language.ORG_NAME_WORDS})\s*)?"
    r"(?<=\s|'|’)[A-ZÄÖÜÉ][\w&'’.-]*)*")

# "maire de X et présidente de Y": a role, its agent, then "and" and the next role
_AGENT_THEN_AND = re.compile(rf"^[^,;]{{1,60}}\s(?:{language.CONJUNCTIONS})\s+$")

_CONJUNCTION = re.compile(rf"^(?:\s*(?:,|&|{language.CONJUNCTIONS})\s*)+$")

_AGENT_PREFIX = re.compile(
    rf"^\s*(?:(?:{language.AGENT_PREPOSITIONS})\b\s*)+(?:(?:{language.ARTICLES})\s+)?",
    re.IGNORECASE)

_INDEFINITE_END = re.compile(rf"(?i)\b(?:{language.INDEFINITE_ARTICLES})\s*$")
_INDEFINITE_START = re.compile(rf"(?i)(?:{language.INDEFINITE_ARTICLES})\s+")

# the word after an organisation's capitalised run, on the same line or the next
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*(\w[\w'’-]*)")


class RolePhrases:
    """Roles and agents of a role phrase."""

    # ---------------------------------------------------------------- role phrases
    def _analyse_phrase(self, mention: PersonMention, text: str, start: int, stop: int,
                        base: int, written_in: str) -> None:
        """Roles and agents of an appositive: 'Partnerin und Managing Director des ... X'."""
        hits: list[RoleMatch] = []
        pos = start
        lead = re.match(rf"(?:(?:{language.DEFINITE_ARTICLES})\s+)", text[pos:stop])
        if lead:
            pos += lead.end()
        while pos < stop:
            found = self.roles.at(text, pos)
            if found and found[0].end() <= stop + 1 and (
                    not hits or _CONJUNCTION.match(text[hits[-1][0].end():pos] or ",")
                    or _AGENT_THEN_AND.search(text[hits[-1][0].end():pos])):
                hits.append(found)
                pos = found[0].end()
                continue
            m = WORD.search(text, pos + 1, stop) if pos < stop else None
            if not m:
                break
            pos = m.start()
        if not hits:
            return
        first_index = len(mention.roles)
        zones = []
        for n, (m, role, lang) in enumerate(hits):
            zone_end = hits[n + 1][0].start() if n + 1 < len(hits) else stop
            mention.roles.append(RoleHit(role, m.group(0), lang or written_in,
                                         base + m.start(),
                                         base + m.end()))
            zones.append((m.start(), m.end(), zone_end, role))
        agents: list[str | None] = []
        for n, (role_start, role_end, zone_end, role) in enumerate(zones):
            if n and agents[-1] and language.POSSESSIVE_RE.search(text[role_start:role_end]):
                agents.append(agents[-1])  # "Minister of X and head of its Department"
                continue
            agent = self._agent_in(text, role_end, zone_end, base, role, mention)
            if agent is None:
                agent = self._agent_in(text, role_start, role_end, base, role, mention)
            agents.append(agent)
        if agents and agents[0] is None:
            # "X, Kölns Oberbürgermeisterin", "X, Lyon's mayor": the city before the role
            city = self._city_before_role(text, zones[0][0])
            if city and city[0] >= start:
                agents[0] = city[2]
                mention.agent_spans.append((base + city[0], base + city[1]))
            demonym = re.match(r"[ \t]+([a-zàâçéèêëîïôöûüù]{5,})\b", text[zones[0][1]:stop])
            slug = demonym and agents[0] is None and self.city_of_demonym(demonym.group(1))
            if slug:  # "X, la maire lyonnaise,": the adjective of the city's people
                agents[0] = f"city/{slug}"
                mention.agent_spans.append((base + zones[0][1] + demonym.start(1),
                                            base + zones[0][1] + demonym.end(1)))
        # a role without its own agent shares the next one ("Partner and Managing Director of X")
        for n in range(len(agents) - 2, -1, -1):
            if agents[n] is None and agents[n + 1] is not None and (
                    (zones[n][3] in CITY_ROLES) == agents[n + 1].startswith("city/")
                    or not agents[n + 1].startswith("city/")):
                agents[n] = agents[n + 1]
        for n in range(1, len(agents)):
            if agents[n] is None and agents[n - 1] is not None:
                agents[n] = agents[n - 1]
        for n, agent in enumerate(agents):
            if agent:
                mention.agents[first_index + n] = agent

    def _agent_in(self, text: str, start: int, stop: int, base: int, role: str,
                  mention: PersonMention) -> str | None:
        """The city or organisation a role is held for, within text[start:stop]."""
        if stop <= start:
            return None
        zone = text[start:stop]
        candidates: list[tuple[int, str, int, int]] = []
        for hit in self.matchers.orgs_anywhere(zone, start):
            candidates.append((hit.start, f"org/{hit.slug}", hit.start, hit.end))
        for m in WORD.finditer(text, start, stop):
            if not (is_capitalised(m.group(0)) or ELIDED.match(m.group(0))):
                continue
            found = self.matchers.city_at(text[:stop], m.start())
            if found and not found[0].in_reference and (
                    re.search(rf"(?i)\b(?:{language.ARTICLES})\s+$",
                              text[max(0, found[1] - 5):found[1]])
                    or re.match(rf"\s+(?:{language.OF_WORDS}|{language.FOR_WORDS})\s+[A-ZÄÖÜÉ]",
                                text[found[2]:stop])):
                continue  # "Governor of the Bank of X": a word in an organisation's name
            if found and _INDEFINITE_END.search(text, max(0, found[1] - 6), found[1]):
                continue  # "coordinator at a Y food bank": the city qualifies a thing
            if found and not any(c[2] <= found[1] < c[3] for c in candidates):
                candidates.append((found[1], f"city/{found[0].slug}", found[1], found[2]))
                break
        if role in CITY_ROLES:
            candidates = [c for c in candidates if c[1].startswith("city/")]
        if candidates:
            candidates.sort()
            chosen = candidates[0]
            mention.agent_spans.append((base + chosen[2], base + chosen[3]))
            return chosen[1]
        if role in CITY_ROLES:
            return None
        # an organisation the reference data does not know: the last capitalised run after
        # a preposition ("of the renowned Danish architecture firm X Y")
        prefix = _AGENT_PREFIX.match(zone)
        if not prefix or not prefix.group(0).strip():
            return None
        if _INDEFINITE_END.search(prefix.group(0)) or _INDEFINITE_START.match(zone, prefix.end()):
            return None  # "coordinator at a Y food bank": an organisation without a name
        runs = list(_ORG_RUN.finditer(zone[prefix.end():]))
        if not runs:
            return None
        run = runs[-1]
        name = run.group(0).strip(" .")
        if not name or self.gaz.is_country(name) or len(name) < 2:
            return None
        if self._is_office_title(name) or _cut_before_lower_case(
                text, start + prefix.end() + run.end()):
            return None
        slug = self.matchers.org_of(name) or slugify(name)
        absolute = start + prefix.end() + run.start()
        mention.agent_spans.append((base + absolute, base + absolute + len(name)))
        mention.minted_orgs[slug] = name
        return f"org/{slug}"

    def _is_office_title(self, name: str) -> bool:
        """Whether a capitalised run is a role word and no body ("Leiter des Büros der
        Oberbürgermeisterin", "chief of staff of the Mayor"): the office is held for the
        office holder's city, which the run does not name."""
        found = self.roles.at(name, 0)
        return found is not None and found[0].end() >= len(name.rstrip(" ."))


def _cut_before_lower_case(text: str, end: int) -> bool:
    """Whether an organisation's name goes on in lower-case words after its capitalised run
    ("ministre fédéral des Affaires étrangères", "Office of Civic engagement"): the run is only
    the start of the name, and a body minted from it would be a body nobody named."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1)
    if not word[0].islower():
        return False
    return not any(word in words for words in language.FUNCTION_WORDS.values()) and \
        not re.fullmatch(rf"(?:{language.AGENT_PREPOSITIONS}|{language.CONJUNCTIONS}|"
                         rf"{language.ARTICLES})", word, re.IGNORECASE)
