"""People, their names and their roles: who is named, as what, for which city or organisation.

A run of capitalised words is a person only where the syntax says so: after a role word
("Oberbürgermeister X Y"), before an appositive role ("X Y, Mayor of Z"), after a role
phrase and a comma ("Deputy Mayor of Z, X Y"), next to a verb of saying,
in a caption list, or when the reference data knows the name. Names damaged by the export
("Jo?e") are reconciled with the reference data or with other spellings in the release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ltgraph import language
from ltgraph.extract.places import ELIDED, Matchers
from ltgraph.extract.text import Region, Sentence
from ltgraph.gazetteer import Gazetteer, name_keys
from ltgraph.slugs import slugify

CITY_ROLES = frozenset({"mayor", "deputy-mayor", "council-vice-chair", "council-chair",
                        "councillor", "executive-committee-vice-chair", "acting-mayor"})
# Roles that, written without an agent in a city's own release, are held for that city.
PUBLISHER_ROLES = CITY_ROLES

_WORD = re.compile(r"[^\W\d_][\w'’?]*(?:-[\w'’?]+)*\.?", re.UNICODE)
_CLAUSE_BREAK = re.compile(r",\s+(?=[a-zäöüßéèêàçœ])|[;:!?\"“”„()\n]|\s[-–—]\s|\.(?:\s|$)|$")
_HONORIFIC_END = re.compile(rf"((?:(?:{language.ACADEMIC_TITLES}|"
                            rf"(?<![\w.])(?:{language.STYLES}))\s*)+)$")
_COURTESY_END = re.compile(
    rf"(?<![\w.])(?:{language.alternation(language.COURTESY, words=True)})\s+$")
_QUOTE_BEFORE = re.compile(rf"(?:{language.QUOTE_VERBS})\s+(?:\w+\s+){{0,2}}$")
_QUOTE_AFTER = re.compile(rf"^\s*(?:{language.QUOTE_VERBS})\b")
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
_BYLINE_BEFORE = re.compile(rf"(?:^|\n)\s*(?:{language.BYLINE_WORDS})\s+$")
_PREDICATE_MARKER = re.compile(rf"\b(?:{language.PREDICATE_MARKERS})\s+")
_PRONOUN_COPULA = re.compile(rf"(?:{language.PRONOUN_COPULAS})\s+")
_NEXT_CLAUSE_ROLE = re.compile(rf"^\s*;\s*(?=(?:{language.DEFINITE_ARTICLES})\s)")
_AGENT_PREFIX = re.compile(
    rf"^\s*(?:(?:{language.AGENT_PREPOSITIONS})\b\s*)+(?:(?:{language.ARTICLES})\s+)?",
    re.IGNORECASE)


@dataclass(frozen=True)
class RoleHit:
    role: str
    label: str
    language: str
    start: int
    end: int


@dataclass
class PersonMention:
    raw: str  # the name as written (without honorific)
    start: int
    end: int
    region: Region
    honorific: str | None = None
    roles: list[RoleHit] = field(default_factory=list)
    agents: dict[int, str] = field(default_factory=dict)  # index of role -> "city/x" | "org/x"
    agent_spans: list[tuple[int, int]] = field(default_factory=list)
    place: str | None = None  # "(Z)" after a caption name: "city/z" or "org/z"
    minted_orgs: dict[str, str] = field(default_factory=dict)  # org slug -> name as written
    slug: str | None = None
    # named for another time ("former mayor X", "X, a former ambassador"): no attendee here
    other_time: bool = False


class RoleMatcher:
    """Role words of the language tables and of the ontology's SKOS labels, longest match
    wins."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.patterns: list[tuple[re.Pattern, str, str | None]] = [
            (re.compile(rf"(?:{p})(?![\w-])"), role, None)
            for p, role, _ in language.ROLE_PATTERNS]
        for label in gaz.role_labels:
            text = label.text
            if len(text) < 2:
                continue
            first = text[0]
            head = f"[{first.upper()}{first.lower()}]" if first.isalpha() else re.escape(first)
            body = r"\s+".join(re.escape(w) for w in text[1:].split(" "))
            self.patterns.append((re.compile(rf"{head}{body}(?![\w-])"), label.slug,
                                  label.language))
        # one alternation rejects most positions at once; only a hit pays for the longest match
        self.any_role = re.compile("|".join(f"(?:{p.pattern})" for p, _, _ in self.patterns))
        self._memo: dict[tuple[str, int], tuple[re.Match, str, str] | None] = {}

    def at(self, text: str, pos: int) -> tuple[re.Match, str, str] | None:
        key = (text, pos)
        if key in self._memo:
            return self._memo[key]
        if len(self._memo) > 20000:
            self._memo.clear()
        found = self._longest(text, pos) if self.any_role.match(text, pos) else None
        self._memo[key] = found
        return found

    def _longest(self, text: str, pos: int) -> tuple[re.Match, str, str] | None:
        best = None
        for pattern, role, lang in self.patterns:
            m = pattern.match(text, pos)
            if m is None:
                continue
            if best is None or m.end() > best[0].end():
                best = (m, role, lang)
            elif m.end() == best[0].end() and best[2] != lang and role == best[1]:
                if best[2] is None:
                    best = (best[0], best[1], lang)  # a SKOS label knows its language
                elif lang is not None:
                    best = (best[0], best[1], "")  # spelt alike in two: the sentence decides
        return best

    def ending_at(self, text: str, end: int, earliest: int) -> tuple[re.Match, str, str] | None:
        """A role that ends exactly at ``end`` and starts at a word start after ``earliest``."""
        best = None
        for m in _WORD.finditer(text, earliest, end):
            found = self.at(text, m.start())
            if found and found[0].end() == end and (best is None or
                                                      found[0].start() < best[0].start()):
                best = found
        return best


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


_ZONE_BREAK = re.compile(r"[,;:.!?()\"“”„«»\n]")
_ARTICLE_THEN = re.compile(rf"(?i)\b(?:{language.DEFINITE_ARTICLES}|l['’])\s*$")
_OTHER_TIME_APPOSITION = re.compile(
    r"\s*,\s*(?:[^\W\d_]+['’]?\s+){0,2}?(?:" + language.OTHER_TIME_RE.pattern.removeprefix("(?i)")
    + "|" + language.OTHER_TIME_ADVERB_RE.pattern.removeprefix("(?i)") + r")-?", re.IGNORECASE)


def named_as_contact(text: str, start: int) -> bool:
    """A name right after a contact or credit label ('Pressekontakt:', 'Text:', 'Photo:') or
    a byline word opening its line ('By X', 'Von X'): the author or contact of the text."""
    before = text[max(0, start - 40):start]
    return bool(language.CONTACT_LABEL_RE.search(before) or _BYLINE_BEFORE.search(before))


@dataclass
class PeopleFinder:
    gaz: Gazetteer
    matchers: Matchers
    roles: RoleMatcher
    publisher: str | None  # "city/<slug>"
    mentions: list[PersonMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the people named in the sentence read last, for a pronoun opening the next one
    previous: tuple[Region | None, list[PersonMention]] = (None, [])

    # ---------------------------------------------------------------- names
    def _name_tokens(self, text: str, pos: int, limit: int) -> list[tuple[int, int]]:
        """Capitalised words (with particles inside) from ``pos``: a candidate name."""
        tokens: list[tuple[int, int]] = []
        for m in _WORD.finditer(text, pos, limit):
            gap = text[(tokens[-1][1] if tokens else pos):m.start()]
            if gap.strip() or ("\n" in gap and len(tokens) >= 2):
                break  # a full name ends with its line ("Von X Y" above the text)
            word = m.group(0).rstrip(".")
            end = m.start() + len(word)
            if language.STYLE_RE.match(text, m.start()):
                break  # "Son Excellence X Y": a style of address, not part of the name
            if len(word) > 1 and word.isupper():
                break  # an acronym ("OB", "NATO") is not part of a name
            if _is_capitalised(word):
                if word in language.NOT_NAME_WORDS or word in language.COURTESY or \
                        language.PROFESSION_WORD_RE.fullmatch(word) or \
                        language.COUNTERPART_RE.fullmatch(word):
                    break  # "Architekt X Y": a profession word is never part of the name
                tokens.append((m.start(), end))
            elif word in language.NAME_PARTICLES and tokens:
                tokens.append((m.start(), end))
            else:
                break
            if len(tokens) >= 7:  # room for a name after "Einladung des Yer OB X Y"
                break
        while tokens and not _is_capitalised(text[tokens[-1][0]:tokens[-1][1]]):
            tokens.pop()
        return tokens

    def _plausible(self, name: str) -> bool:
        words = name.split()
        if not 2 <= len(words) <= 4:
            return False
        if self.gaz.is_country(name) or self.gaz.city(name, reference_only=True):
            return False
        if self.matchers.org_of(name):
            return False
        for word in words:
            if word[:1].isupper() and (self.gaz.is_country(word)
                                       or self.gaz.city(word, reference_only=True)):
                return False
            if word.endswith("er") and self.gaz.city(word[:-2], reference_only=True):
                return False  # a German city adjective ("Yer Ansätze") is no name
            if self.roles.at(word, 0) and self.roles.at(word, 0)[0].end() == len(word):
                return False
        return True

    def _honorific_before(self, text: str, pos: int) -> tuple[str | None, int]:
        """The honorific written before a name, and where the titles before it start; a
        courtesy title ("Mr.", "M.", "Frau") is skipped but never kept."""
        window = max(0, pos - 40)
        m = _HONORIFIC_END.search(text, window, pos)
        honorific, bare = (m.group(1).strip(), m.start(1)) if m else (None, pos)
        courtesy = _COURTESY_END.search(text, window, bare)
        return honorific, courtesy.start() if courtesy else bare

    # ---------------------------------------------------------------- prose
    def find_in_sentence(self, sentence: Sentence, text: str) -> None:
        """Persons of one sentence, with the roles the syntax gives them."""
        s_text = sentence.text
        pos = 0
        while pos < len(s_text):
            m = _WORD.search(s_text, pos)
            if not m:
                break
            tokens = self._name_tokens(s_text, m.start(), len(s_text))
            if not tokens:
                pos = m.end()
                continue
            consumed = self._try_name(sentence, s_text, tokens)
            pos = max(consumed, m.end())
        here = [m for m in self.mentions if sentence.start <= m.start < sentence.end]
        for mention in here:
            if not mention.roles:
                self._predicate_role(mention, sentence, s_text)
        self._pronoun_role(sentence, s_text)
        self.previous = (sentence.region, here)

    def _predicate_role(self, mention: PersonMention, sentence: Sentence, s_text: str) -> None:
        """'X nahm als Bürgermeister von Y teil', 'X attended ... as Mayor of Y', 'X a
        participé ... en tant que maire de Y': the role the clause gives its subject."""
        end = mention.end - sentence.start
        for marker in _PREDICATE_MARKER.finditer(s_text, end):
            between = s_text[end:marker.start()]
            if re.search(r"[;:.!?]", between) or any(
                    end < m.start - sentence.start < marker.start() for m in self.mentions
                    if m is not mention):
                return
            if self._role_phrase_at(s_text, marker.end()):
                stop = _CLAUSE_BREAK.search(s_text, marker.end())
                self._analyse_phrase(mention, s_text, marker.end(),
                                     stop.start() if stop else len(s_text), sentence.start,
                                     sentence.language)
                return

    def _pronoun_role(self, sentence: Sentence, s_text: str) -> None:
        """'X spoke. He is the Mayor of Y.': a pronoun and a copula opening the sentence give
        the role to the one person the sentence before named."""
        opening = _PRONOUN_COPULA.match(s_text)
        region, people = self.previous
        if not opening or region is not sentence.region or len({m.raw for m in people}) != 1:
            return
        if not self._role_phrase_at(s_text, opening.end()):
            return
        stop = _CLAUSE_BREAK.search(s_text, opening.end())
        self._analyse_phrase(people[-1], s_text, opening.end(),
                             stop.start() if stop else len(s_text), sentence.start,
                             sentence.language)

    def _try_name(self, sentence: Sentence, s_text: str, tokens: list[tuple[int, int]]) -> int:
        base = sentence.start
        end_of_run = tokens[-1][1]
        # a capitalised word right after an article is a German noun ("zum Beispiel X Y")
        previous = re.search(r"(\S+)\s+$", s_text[:tokens[0][0]])
        person_noun = language.PERSON_NOUN_RES.get(sentence.language)
        if previous and previous.group(1).lower() in language.NOUN_ARTICLES and len(tokens) > 2:
            tokens = tokens[1:]
        elif len(tokens) > 2 and person_noun and person_noun.search(
                s_text[tokens[0][0]:tokens[0][1]]) and not self.gaz.person_slug(
                s_text[tokens[0][0]:tokens[-1][1]]):
            tokens = tokens[1:]  # "Architekt X Y", "Moderatorin X Y"
        # strip leading role words inside the run ("Oberbürgermeister X Y")
        for k in range(len(tokens)):
            if not _is_capitalised(s_text[tokens[k][0]:tokens[k][1]]):
                continue  # a name starts with a capital, not with a particle
            for n in range(min(len(tokens), k + 4), k, -1):
                name = s_text[tokens[k][0]:tokens[n - 1][1]]
                start, end = tokens[k][0], tokens[n - 1][1]
                if n - k < 2 and not self.known_surname(name):
                    # "OB X" in a release that never gives the full name: a surname the
                    # reference data knows, but only right after a role word
                    if not (self.reference_surname(name) and self._context(
                            sentence, s_text, start, end) == "role-before"):
                        continue
                elif not (self._plausible(name) or self.gaz.person_slug(name)
                          or (n - k == 1 and self.known_surname(name))):
                    continue
                context = self._context(sentence, s_text, start, end)
                if context is None:
                    continue
                honorific, _ = self._honorific_before(s_text, start)
                mention = PersonMention(name, base + start, base + end, sentence.region,
                                        honorific)
                self._apply_context(mention, sentence, s_text, start, end, context)
                self._mark_other_time(mention, s_text, start, end)
                self.mentions.append(mention)
                return end
        return end_of_run

    def _mark_other_time(self, mention: PersonMention, s_text: str, start: int,
                         end: int) -> None:
        """'der ehemalige Bürgermeister X', 'X, a former ambassador', 'X, alors maire de Y':
        the name stands for another time, so the mention places nobody at the event and the
        offices it gives are not held now (another mention of the same person may)."""
        if not self._other_time_around(s_text, self._honorific_before(s_text, start)[1], end):
            return
        mention.other_time = True
        mention.roles.clear()
        mention.agents.clear()

    def _other_time_around(self, text: str, name_start: int, name_end: int) -> bool:
        """True when an office or profession right before a name ('former Mayor', 'l'ancien
        diplomate', 'the then mayor') or at the head of its apposition (', a former
        ambassador', ', damals Bürgermeister') is qualified by a word of another time ('X,
        the future host' qualifies no office of X's)."""
        head = text[max(0, name_start - 80):name_start]
        breaks = list(_ZONE_BREAK.finditer(head))
        zone_start = breaks[-1].end() if breaks else 0
        if not head[zone_start:].strip() and breaks and breaks[-1].group(0) == ",":
            # "the then Mayor of Y, X": the role phrase before the comma
            zone_start = breaks[-2].end() if len(breaks) > 1 else 0
            head = head[:breaks[-1].start()]
        words = list(_WORD.finditer(head, zone_start))[-6:]
        near_start = words[0].start() if words else len(head)
        for m in language.OTHER_TIME_RE.finditer(head, near_start):
            if self._office_within(head, m.end(), 3):
                return True
        for m in language.OTHER_TIME_ADVERB_RE.finditer(head, near_start):
            if _ARTICLE_THEN.search(head[near_start:m.start()]) and \
                    self._office_within(head, m.end(), 3):
                return True  # "the then mayor"
        apposition = _OTHER_TIME_APPOSITION.match(text, name_end)
        return bool(apposition) and self._office_within(
            text[:apposition.end() + 60], apposition.end(), 3)

    def _office_within(self, text: str, pos: int, count: int) -> bool:
        """A role or profession word among the next ``count`` words from ``pos``."""
        for n, m in enumerate(_WORD.finditer(text, pos)):
            if n >= count or _ZONE_BREAK.search(text, pos, m.start()):
                return False  # within the phrase: ", the future host, as Mayor" is not
            word = m.group(0).rstrip(".")
            if self.roles.at(text, m.start()) or language.PROFESSION_WORD_RE.fullmatch(word):
                return True
        return False

    def known_surname(self, word: str) -> bool:
        word = word.strip()
        if " " in word or len(word) < 3:
            return False
        return any(m.raw.split()[-1] == word for m in self.mentions if " " in m.raw)

    def reference_surname(self, word: str) -> str | None:
        """The one reference person whose name ends with this word, if exactly one does."""
        return self.matchers.surnames.get(word)

    def _context(self, sentence: Sentence, s_text: str, start: int, end: int) -> str | None:
        """Why a run of capitalised words is a person here, or None."""
        _, bare = self._honorific_before(s_text, start)  # "Oberbürgermeister Dr. X Y"
        before = s_text[:bare] if bare < start else s_text[:start]
        after = s_text[end:]
        if self.roles.ending_at(s_text, len(before.rstrip()), max(0, start - 80)) and (
                (before.endswith(" ") or bare < start) and not before.rstrip().endswith(",")
                and "\n" not in before[len(before.rstrip()):]):
            return "role-before"
        if self._role_of_city_before(s_text, bare):
            return "role-of-before"
        if self._counterpart_before(s_text, start):
            return "counterpart"
        role_first = (re.search(r",\s*$", before) and self._role_before_comma(s_text, bare)
                      and self._list_opens_with_role(s_text, bare))
        if re.match(r"^\s*,\s*", after) and not role_first:
            rest_pos = end + re.match(r"^\s*,\s*", after).end()
            if self._role_phrase_at(s_text, rest_pos):
                return "appositive"
        # "gab X Y; die Partnerin und Geschäftsführerin von Z zeigte ...": the next clause
        # opens with the definite role of the person just named
        next_clause = _NEXT_CLAUSE_ROLE.match(after)
        if next_clause and self._role_phrase_at(s_text, end + next_clause.end()):
            return "appositive"
        if re.search(r",\s*$", before) and self._role_before_comma(s_text, bare):
            return "role-comma"
        name = s_text[start:end]
        if self.gaz.person_slug(name) or self._wildcard_reference(name):
            return "known"
        if any(m.raw == name for m in self.mentions) or (" " not in name and
                                                         self.known_surname(name)):
            return "known"
        if _QUOTE_BEFORE.search(before[-60:]) or _QUOTE_AFTER.match(after[:40]):
            return "quote"
        if sentence.region.kind == "caption" and re.match(r"^\s*\(", after):
            return "caption"
        if " " in name and (language.CONTACT_LABEL_RE.search(before[-40:])
                            or _BYLINE_BEFORE.search(before)) and not any(
                w.lower() in language.INSTITUTION_WORDS for w in name.split()):
            return "contact"  # "Renseignements : X Y", "Von X Y": a person, no role
        if " " in name and language.PROFESSION_RE.search(before[-40:]):
            return "profession"
        if " " in name and self._other_time_around(s_text, bare, end):
            return "other-time"  # "X, ihr früherer Chef": a person, of another time
        return None

    _ROLE_OF = re.compile(rf"\s+(?:{language.OF_WORDS})[ \t]*(?:(?:{language.ARTICLES})[ \t]+)?"
                          r"(?P<city>[A-ZÄÖÜÉ][\w'’.-]*(?:[ \t]+[A-ZÄÖÜÉ][\w'’.-]*)?)[ \t]+$")

    def _role_of_city_before(self, s_text: str, start: int
                             ) -> tuple[tuple[re.Match, str, str], int, int, str] | None:
        """'Mayor of London Sadiq Khan': a role, its city, then the name (no comma)."""
        head = s_text[:start]
        m = self._ROLE_OF.search(head)
        if not m:
            return None
        found = self.matchers.city_at(head, m.start("city"))
        if not found or found[2] != m.end("city"):
            return None
        role = self.roles.ending_at(head, m.start(), max(0, m.start() - 60))
        if not role:
            return None
        return role, found[1], found[2], f"city/{found[0].slug}"

    def _city_before_role(self, s_text: str, role_start: int) -> tuple[int, int, str] | None:
        """'London Mayor X', 'Kölns Oberbürgermeisterin X', "Lyon's mayor X": the city."""
        m = re.search(r"(?P<city>[A-ZÄÖÜÉ][\w.-]*?)(?:['’]s|s)?\s+$", s_text[:role_start])
        if not m:
            return None
        found = self.matchers.city_at(s_text, m.start("city"))
        if not found or found[2] > m.end("city") + 2:
            return None
        return found[1], found[2], f"city/{found[0].slug}"

    _COUNTERPART_TAIL = re.compile(
        rf"\s*(?:(?:{language.ORIGIN_WORDS}|{language.OF_WORDS}|{language.PLACE_PREPOSITIONS})\s*"
        r"(?P<city>[^,;.]{2,40}?)|(?P<demonym>[a-zàâçéèêëîïôöûüù]{5,}))?\s*,?\s*$")

    def _counterpart_before(self, s_text: str, start: int) -> re.Match | None:
        """'seines Yer Amtskollegen X', 'his counterpart from Y, X', 'son homologue de
        X, Y': a word naming another holder of the office written before the name."""
        window = max(0, start - 70)
        for m in reversed(list(language.COUNTERPART_RE.finditer(s_text, window, start))):
            if self._COUNTERPART_TAIL.fullmatch(s_text, m.end(), start):
                return m
        return None

    def _counterpart_role(self, mention: PersonMention, sentence: Sentence, s_text: str,
                          start: int) -> None:
        """The antecedent's role, for the city the text names next to the counterpart word
        ("Yer", "from Y"); without that city no mandate (never a guessed city)."""
        word = self._counterpart_before(s_text, start)
        base = sentence.start
        earlier = [m for m in self.mentions if m.region is sentence.region and m.roles
                   and sentence.start <= m.start < base + word.start()]
        if not earlier:
            return
        hit = earlier[-1].roles[0]
        tail = self._COUNTERPART_TAIL.fullmatch(s_text, word.end(), start)
        city = None
        if tail and tail.group("city"):
            city = self.matchers.city_at(s_text, tail.start("city"))
        if city is None and tail and tail.group("demonym"):
            # "son homologue lyonnais X": an adjective of the city's people after the word
            slug = self.city_of_demonym(tail.group("demonym"))
            if slug:
                city = (self.gaz.cities_by_slug[slug], tail.start("demonym"),
                        tail.end("demonym"))
        if city is None:  # "seines Yer Amtskollegen": a city adjective before the word
            adjective = re.search(r"([A-ZÄÖÜÉ][\w'’-]+)\s+$", s_text[:word.start()])
            if adjective:
                city = self.matchers.city_at(s_text, adjective.start(1), geonames=False)
        if city is None:  # "seinen Amtskollegen X aus Y", "son homologue X, venu de Y"
            origin = language.ORIGIN_RE.match(s_text, mention.end - base)
            if origin:
                city = self.matchers.city_at(s_text, origin.end())
        if city is None:
            return
        mention.roles.append(RoleHit(hit.role, word.group(0), sentence.language,
                                     base + word.start(), base + word.end()))
        mention.agents[len(mention.roles) - 1] = f"city/{city[0].slug}"
        mention.agent_spans.append((base + city[1], base + city[2]))

    def city_of_demonym(self, word: str) -> str | None:
        """The reference city whose people an adjective names ("lyonnais" -> Lyon,
        "nantaise" -> Nantes): its stem is the city's name, give or take a letter."""
        m = language.DEMONYM_RE.fullmatch(word)
        if not m or len(m.group("stem")) < 4:
            return None
        stems = set(name_keys(m.group("stem").capitalize()))
        found = {entry.slug for key, entry in self.gaz.reference_cities.items()
                 if key.isalpha() and any(
                     (key.startswith(stem) and len(key) - len(stem) <= 2)
                     or (stem.startswith(key) and len(stem) - len(key) <= 1) for stem in stems)}
        return found.pop() if len(found) == 1 else None

    def _city_before_relative(self, s_text: str, role_start: int
                              ) -> tuple[int, int, str] | None:
        """'la Municipalité de Y, dont le maire, M. X', 'Y, whose deputy mayor X':
        the city named last before the relative pronoun that opens the role's phrase."""
        head = s_text[:role_start]
        relative = None
        for relative in language.RELATIVE_POSSESSIVE_RE.finditer(head):
            pass
        if relative is None or not re.fullmatch(
                rf"(?i)(?:(?:{language.DEFINITE_ARTICLES}|l['’])\s*)?", head[relative.end():]):
            return None
        before = head[:relative.start()].rstrip()
        if not before.endswith(","):
            return None
        clause = before[:-1]
        start = max(clause.rfind(c) for c in ';:.!?\n') + 1
        hits = self.matchers.cities_anywhere(clause[start:], start)
        if not hits:
            return None
        last = hits[-1]
        return last.start, last.end, f"city/{last.slug}"

    def _list_opens_with_role(self, s_text: str, name_start: int) -> bool:
        """In 'ROLE de X, NAME, ROLE de Y, NAME2' every name takes the role before it; in
        'NAME, ROLE of X, NAME2, ROLE of Y' the role after it. The first item of the chain of
        roles and names before the name tells which."""
        head = s_text[:name_start]
        opening = max(head.rfind(c) for c in ';:(\n') + 1
        first = None
        for segment in reversed(head[opening:].split(",")[:-1]):
            if self._is_role_segment(segment):
                first = "role"
            elif re.search(r"[A-ZÄÖÜÉ][\w'’-]+\s+[A-ZÄÖÜÉ][\w'’-]+\s*$", segment):
                first = "name"
            else:
                break
        return first == "role"

    def _is_role_segment(self, segment: str) -> bool:
        """A segment that ends with a role and its agent ('... la mairesse de X')."""
        for m in _WORD.finditer(segment):
            found = self.roles.at(segment, m.start())
            if found and re.fullmatch(
                    rf"(?:\s+(?:{language.AGENT_PREPOSITIONS}|{language.ARTICLES}|[a-zäöüéè]+|"
                    r"(?:[dlDL]['’])?[A-ZÄÖÜÉ][\w'’.-]*))*\s*", segment[found[0].end():]):
                return True
        return False

    def _wildcard_reference(self, name: str) -> str | None:
        """A reference person whose name fits a name with letters lost to '?' ("Jo?e")."""
        if "?" not in name:
            return None
        pattern = re.compile("^" + re.escape(name).replace(r"\?", ".") + "$", re.IGNORECASE)
        for person in self.gaz.persons.values():
            if any(pattern.match(n) for n in person.names):
                return person.slug
        return None

    def _role_phrase_at(self, text: str, pos: int) -> tuple[re.Match, str, str] | None:
        m = re.match(rf"(?:(?:{language.DEFINITE_ARTICLES}|{language.INDEFINITE_ARTICLES})\s+)?",
                     text[pos:])
        pos += m.end() if m else 0
        found = self.roles.at(text, pos)
        if found:
            return found
        # "Kölns Oberbürgermeisterin", "Lyon's mayor": a city in the genitive first
        genitive = re.match(r"[A-ZÄÖÜÉ][\w.-]*?(?:['’]s|s)\s+", text[pos:])
        if genitive and self.matchers.city_at(text, pos):
            found = self.roles.at(text, pos + genitive.end())
            if found:
                return found
        # "die sozialistische Bürgermeisterin von X", "the newly elected mayor of X"
        # ("X, and Mayor Y of Z" continues a list: a conjunction is no adjective)
        adjectives = re.match(rf"(?:(?!(?:{language.CONJUNCTIONS}|{language.LINK_WORDS})\s)"
                              r"[a-zäöüéèà][\w-]*\s+){1,2}", text[pos:])
        if adjectives:
            return self.roles.at(text, pos + adjectives.end())
        return None

    def _role_before_comma(self, s_text: str, name_start: int) -> tuple[int, int] | None:
        """'der Stellvertretende Oberbürgermeister von Z, NAME': the role phrase span."""
        comma = s_text.rstrip()[:name_start].rstrip().rfind(",")
        head = s_text[:comma]
        clause_start = max(head.rfind(c) for c in ',;:"“„\n') + 1
        for m in _WORD.finditer(head, clause_start):
            found = self.roles.at(head, m.start())
            if not found:
                continue
            rest = head[found[0].end():]
            if re.fullmatch(rf"(?:\s+(?:{language.AGENT_PREPOSITIONS}|{language.ARTICLES}|"
                            rf"[a-zäöüéè]+(?:{language.ADJECTIVE_ENDINGS})|"
                            rf"[a-zäöüéè]+(?=\s+(?:{language.AGENT_PREPOSITIONS})\s)|"
                            r"(?:[dlDL]['’])?[A-ZÄÖÜÉ][\w'’.-]*))*\s*", rest):
                return found[0].start(), len(head)
        return None

    def _apply_context(self, mention: PersonMention, sentence: Sentence, s_text: str,
                       start: int, end: int, context: str) -> None:
        base = sentence.start
        if context == "role-before":
            _, bare = self._honorific_before(s_text, start)
            found = self.roles.ending_at(s_text, len(s_text[:bare].rstrip()), max(0, bare - 80))
            if found:
                m, role, lang = found
                mention.roles.append(RoleHit(role, m.group(0), lang or sentence.language,
                                             base + m.start(),
                                             base + m.end()))
                city = self._city_before_role(s_text, m.start()) or \
                    self._city_before_relative(s_text, m.start())
                if city:
                    mention.agents[len(mention.roles) - 1] = city[2]
                    mention.agent_spans.append((base + city[0], base + city[1]))
                self._parenthesis(mention, s_text, end, base)
                self._trailing_agent(mention, s_text, end, base, role)
        elif context == "role-of-before":
            found = self._role_of_city_before(s_text, self._honorific_before(s_text, start)[1])
            if found:
                (m, role, lang), city_start, city_end, agent = found
                mention.roles.append(RoleHit(role, m.group(0), lang or sentence.language,
                                             base + m.start(),
                                             base + m.end()))
                mention.agents[len(mention.roles) - 1] = agent
                mention.agent_spans.append((base + city_start, base + city_end))
        elif context == "appositive":
            rest = end + re.match(r"^\s*[,;]\s*", s_text[end:]).end()
            stop = _CLAUSE_BREAK.search(s_text, rest)
            self._analyse_phrase(mention, s_text, rest, stop.start() if stop else len(s_text),
                                 base, sentence.language)
        elif context == "role-comma":
            span = self._role_before_comma(s_text, self._honorific_before(s_text, start)[1])
            if span:
                first = len(mention.roles)
                self._analyse_phrase(mention, s_text, span[0], span[1], base, sentence.language)
                city = self._city_before_role(s_text, span[0]) or \
                    self._city_before_relative(s_text, span[0])
                if city and len(mention.roles) > first and first not in mention.agents:
                    # "Y's Deputy Mayor, X": the city in the genitive before the role
                    mention.agents[first] = city[2]
                    mention.agent_spans.append((base + city[0], base + city[1]))
        elif context == "counterpart":
            self._counterpart_role(mention, sentence, s_text, start)
        elif context == "caption":
            self._parenthesis(mention, s_text, end, base)

    def _trailing_agent(self, mention: PersonMention, s_text: str, end: int, base: int,
                        role: str) -> None:
        """'Mayor Jane Doe of Lyon': the agent written after the name."""
        m = re.match(rf"^\s+(?:{language.OF_WORDS}|{language.ORIGIN_WORDS})\s*"
                     rf"(?:(?:{language.ARTICLES})\s+)?", s_text[end:])
        if not m or (len(mention.roles) - 1) in mention.agents:
            return
        found = self.matchers.city_at(s_text, end + m.end())
        if found:
            mention.agents[len(mention.roles) - 1] = f"city/{found[0].slug}"
            mention.agent_spans.append((base + found[1], base + found[2]))

    def _parenthesis(self, mention: PersonMention, s_text: str, end: int, base: int) -> None:
        m = re.match(r"^\s*\(([^()]{2,60})\)", s_text[end:])
        if not m:
            return
        inner_start = end + m.start(1)
        inner = m.group(1)
        if language.PHOTO_POSITION_RE.match(inner.strip()):
            return
        found = self.matchers.city_at(s_text, inner_start)
        rest = s_text[found[2]:inner_start + len(inner)].strip(" ,") if found else ""
        if found and (not rest or self.gaz.is_country(rest)):  # "(Lyon)", "(Lyon, Frankreich)"
            mention.place = f"city/{found[0].slug}"
            mention.agent_spans.append((base + found[1], base + found[2]))
            return
        org = self.matchers.org_of(inner.strip())
        if org:
            mention.place = f"org/{org}"
            mention.agent_spans.append((base + inner_start, base + inner_start + len(inner)))

    # ---------------------------------------------------------------- role phrases
    def _analyse_phrase(self, mention: PersonMention, text: str, start: int, stop: int,
                        base: int, written_in: str) -> None:
        """Roles and agents of an appositive: 'Partnerin und Managing Director des ... X'."""
        hits: list[tuple[re.Match, str, str]] = []
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
            m = _WORD.search(text, pos + 1, stop) if pos < stop else None
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
        for m in _WORD.finditer(text, start, stop):
            if not (_is_capitalised(m.group(0)) or ELIDED.match(m.group(0))):
                continue
            found = self.matchers.city_at(text[:stop], m.start())
            if found and not found[0].in_reference and (
                    re.search(rf"(?i)\b(?:{language.ARTICLES})\s+$",
                              text[max(0, found[1] - 5):found[1]])
                    or re.match(rf"\s+(?:{language.OF_WORDS}|{language.FOR_WORDS})\s+[A-ZÄÖÜÉ]",
                                text[found[2]:stop])):
                continue  # "Governor of the Bank of X": a word in an organisation's name
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
        runs = list(_ORG_RUN.finditer(zone[prefix.end():]))
        if not runs:
            return None
        run = runs[-1]
        name = run.group(0).strip(" .")
        if not name or self.gaz.is_country(name) or len(name) < 2:
            return None
        slug = self.matchers.org_of(name) or slugify(name)
        absolute = start + prefix.end() + run.start()
        mention.agent_spans.append((base + absolute, base + absolute + len(name)))
        mention.minted_orgs[slug] = name
        return f"org/{slug}"

    # ---------------------------------------------------------------- captions
    def find_in_caption(self, sentence: Sentence) -> None:
        """'V.l.: OB X (Y), Vize-OB Z (W), A, Title B und C': one person per item."""
        text = sentence.text
        base = sentence.start
        lead = language.CAPTION_LIST_RE.match(text)
        pos = lead.end() if lead else 0
        items = []
        for m in re.finditer(r"[^,]+", text[pos:]):
            chunk_start = pos + m.start()
            chunk = m.group(0)
            sub = 0
            for part in re.split(rf"(\s+(?:{language.CONJUNCTIONS})\s+)", chunk):
                if re.fullmatch(rf"\s+(?:{language.CONJUNCTIONS})\s+", part):
                    sub += len(part)
                    continue
                lead_ws = len(part) - len(part.lstrip())
                items.append((chunk_start + sub + lead_ws, part.strip()))
                sub += len(part)
        current: PersonMention | None = None
        continuation: tuple[int, int] | None = None
        for item_start, item in items:
            if not item:
                continue
            person = self._caption_person(sentence, text, item_start, item)
            if person:
                if current and continuation:
                    self._analyse_phrase(current, text, continuation[0], continuation[1], base,
                                         sentence.language)
                self.mentions.append(person)
                current, continuation = person, None
                rest = text[person.end - base:item_start + len(item)]
                if re.sub(r"^\s*\([^()]*\)", "", rest).strip():
                    current = None  # "X begrüßte die Delegationen und ...": not a list
                continue
            if current is None:
                continue
            item_end = item_start + len(item)
            continuation = (continuation[0] if continuation else item_start, item_end)
        if current and continuation:
            self._analyse_phrase(current, text, continuation[0], continuation[1], base,
                                 sentence.language)

    def _caption_person(self, sentence: Sentence, text: str, start: int,
                        item: str) -> PersonMention | None:
        base = sentence.start
        pos = start
        article = re.match(rf"(?:{language.DEFINITE_ARTICLES})\s+", text[pos:pos + 6],
                           re.IGNORECASE)
        if article:
            pos += article.end()
        role = None
        profession = re.match(rf"{language.PROFESSION_WORDS}\s+", text[pos:])
        if profession:  # "Architektin X Y bei ihrer Keynote": the name after the profession
            pos += profession.end()
        found = self.roles.at(text, pos)
        if found:
            role = found
            pos = found[0].end()
            while pos < len(text) and text[pos] == " ":
                pos += 1
        honorific, _ = None, pos
        h = re.match(rf"((?:(?:{language.ACADEMIC_TITLES})\s*)+)", text[pos:])
        if h:
            honorific = h.group(1).strip()
            pos += h.end()
        tokens = self._name_tokens(text, pos, start + len(item))
        if not tokens:
            return None
        for n in range(min(len(tokens), 4), 0, -1):
            name = text[tokens[0][0]:tokens[n - 1][1]]
            if n == 1 and not self.known_surname(name):
                continue
            if not (self._plausible(name) or self.gaz.person_slug(name) or n == 1):
                continue
            mention = PersonMention(name, base + tokens[0][0], base + tokens[n - 1][1],
                                    sentence.region, honorific)
            if role:
                m, slug, lang = role
                mention.roles.append(RoleHit(slug, m.group(0), lang or sentence.language,
                                             base + m.start(),
                                             base + m.end()))
            self._parenthesis(mention, text, tokens[n - 1][1], base)
            return mention
        return None
