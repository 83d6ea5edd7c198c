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
from ltgraph.extract.captions import CaptionPeople
from ltgraph.extract.mention import (
    BYLINE_LINE,
    CAPITALS_BYLINE,
    heads_contact_card,
    CLAUSE_BREAK,
    CONTACT_DETAILS_AFTER,
    WORD,
    capitals_credit_fields,
    inverted_credit_fields,
    reference_entry_authors,
    tagged_record_authors,
    PersonMention,
    RoleHit,
    credited_list,
    is_capitalised,
)
from ltgraph.extract.name_context import NameContext
from ltgraph.extract.places import CityAt, Matchers
from ltgraph.extract.role_phrases import RolePhrases
from ltgraph.extract.roles import RoleMatcher
from ltgraph.extract.text import Region, Sentence
from ltgraph.gazetteer import Gazetteer
from ltgraph.slugs import slugify

_HONORIFIC_END = re.compile(rf"((?:(?:{language.ACADEMIC_TITLES}|"
                            rf"(?<![\w.])(?:{language.STYLES}))\s*)+)$")


_ACADEMIC_TITLE = re.compile(rf"(?:{language.ACADEMIC_TITLES})")


# A courtesy title before a name ("QUESTION (Mme X", "Modération : M. X").
_COURTESY_END = re.compile(
    rf"(?<![\w.])(?:{language.alternation(language.COURTESY, words=True)})\s+$")


# An abbreviated given name between a role and the name ("Mayor Md. X Y"): skipped like a
# courtesy title, never kept as part of the name.
_ABBREVIATED_GIVEN_NAME_END = re.compile(r"(?<![\w.])[A-Z][a-z]{1,3}\.\s+$")


# An English possessive at the end of a word ("X's", "X’s"): no part of the name.
_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s$")


_PREDICATE_MARKER = re.compile(rf"\b(?:{language.PREDICATE_MARKERS})\s+")


# A copula right after a name, past a party or place in parentheses: "X (SPD) ist
# Oberbürgermeister der Stadt Y", "X is Managing Director of Y", "X est maire de Y".
_NAME_COPULA = re.compile(rf"\s*(?:\([^()\n]{{1,40}}\)\s*)?(?:{language.COPULAS})\s+")


_ROLE_ARTICLE = re.compile(
    rf"(?:(?:{language.DEFINITE_ARTICLES}|{language.INDEFINITE_ARTICLES})\s+)?")


_PRONOUN_COPULA = re.compile(rf"(?:{language.PRONOUN_COPULAS})\s+")


# A word after a name's first two that names a city this large ends the name before it.
LARGE_CITY_MIN_POPULATION = 100_000

_ZONE_BREAK = re.compile(r"[,;:.!?()\"“”„«»\n]")


_ARTICLE_THEN = re.compile(rf"(?i)\b(?:{language.DEFINITE_ARTICLES}|l['’])\s*$")


_OTHER_TIME_APPOSITION = re.compile(
    r"\s*[,(]\s*(?:[^\W\d_]+['’]?\s+){0,2}?(?:"
    + language.OTHER_TIME_RE.pattern.removeprefix("(?i)") + "|"
    + language.OTHER_TIME_ADVERB_RE.pattern.removeprefix("(?i)") + r")-?", re.IGNORECASE)


_CREDIT_INSTITUTION_END = re.compile(r":[^\n:/.;]{2,60}/\s*$")


def named_as_contact(text: str, start: int) -> bool:
    """A name right after a contact or credit label ('Pressekontakt:', 'Text:', 'Photo:') or
    a byline word opening its line ('By X', 'Von X'): the author or contact of the text."""
    before = text[max(0, start - 200):start]
    # "Photo: Stadt Y/X Z": the institution of a credit, then its photographer
    before = _CREDIT_INSTITUTION_END.sub(":", before)
    before = _HONORIFIC_END.sub("", _COURTESY_END.sub("", before))  # "Medien:\nMag.a X"
    line_start = text.rfind("\n", 0, start) + 1
    opens_line = not text[line_start:start].strip(" \t*_-•–")
    line_name = _LINE_NAME.match(text, start)
    return bool(credited_list(before) or (opens_line and (
        BYLINE_LINE.match(text, line_start) or _contact_line_at(text, start) or (
            line_name and heads_contact_card(text, start, line_name.end())))))


_NAME_RUN = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3}?(?=[ \t]*,)")


# a name that is its line: two to four words up to the line's end
_LINE_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3}(?=[ \t]*\n)")


def _contact_line_at(text: str, start: int) -> bool:
    """'X Y, +49 211 ...', 'X Y, Tel. 0211 ...', 'X Y, x@example.org': the name, then a
    telephone number or an e-mail address after its comma."""
    name = _NAME_RUN.match(text, start)
    return bool(name and CONTACT_DETAILS_AFTER.match(text, name.end()))


def _month_part(words: list[str]) -> bool:
    """Whether the words name a point in a month ("Ende August", "Mitte Mai", "Late June",
    "Fin Août"): a word of the month's course before the month's name makes a date, though
    both words are capitalised as a name's are."""
    return any(word in language.MONTH_PART_WORDS and following.lower() in language.MONTHS
               for word, following in zip(words, words[1:]))


def _names_post_or_body(words: list[str]) -> bool:
    """Whether the words of a credit name a post and the body that holds it rather than a
    person: a job title ("Moderator: Editor, Evening Herald", "Redakteurin, Rheinische Post")
    or an organisation's or a unit's noun ("Herald", "Zeitung", "Observatoire"). Read with the
    surname first, such a credit would make a person of the post."""
    return any(w in language.ORGANISATION_NOUNS or w in language.UNIT_NOUNS
               or language.PROFESSION_WORD_RE.fullmatch(w) for w in words)


@dataclass
class PeopleFinder(NameContext, RolePhrases, CaptionPeople):
    """The people of one release, read sentence by sentence into ``mentions``. Its parts live
    in modules of their own: the context of a name (``name_context``), role phrases
    (``role_phrases``) and caption lists (``captions``)."""

    gaz: Gazetteer
    matchers: Matchers
    roles: RoleMatcher
    publisher: str | None  # "city/<slug>"
    mentions: list[PersonMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the people named in the sentence read last, for a pronoun opening the next one
    previous: tuple[Region | None, list[PersonMention]] = (None, [])
    # the text of the release, for a label the sentence splitter put in the sentence before
    # ("Schriftführung: Verw.-Angest. X": the abbreviations end a sentence)
    text: str = ""

    # ---------------------------------------------------------------- names
    def _name_tokens(self, text: str, pos: int, limit: int) -> list[tuple[int, int]]:
        """Capitalised words (with particles inside) from ``pos``: a candidate name."""
        tokens: list[tuple[int, int]] = []
        for m in WORD.finditer(text, pos, limit):
            gap = text[(tokens[-1][1] if tokens else pos):m.start()]
            if gap.strip() or ("\n" in gap and len(tokens) >= 2):
                break  # a full name ends with its line ("Von X Y" above the text)
            if len(tokens) >= 2 and ("\t" in gap or len(gap) >= 3):
                break  # and with its field ("Producer: X Y   Writer: Z W")
            word = m.group(0).rstrip(".")
            end = m.start() + len(word)
            if language.STYLE_RE.match(text, m.start()):
                break  # "Son Excellence X Y": a style of address, not part of the name
            if _ACADEMIC_TITLE.fullmatch(m.group(0)):
                break  # "Dr X Y": the title is the honorific, not part of the name
            if len(word) > 1 and word.isupper():
                break  # an acronym ("OB", "NATO") is not part of a name
            possessive = _POSSESSIVE_END.search(word)
            if possessive and is_capitalised(word):
                # "Mayor X Y's committee", "X’s plan": the name ends before the
                # possessive, and nothing after it belongs to the name
                tokens.append((m.start(), m.start() + possessive.start()))
                break
            if is_capitalised(word):
                if word in language.NOT_NAME_WORDS or word in language.COURTESY or \
                        word in language.NAME_PHRASE_HEADS or \
                        language.PROFESSION_WORD_RE.fullmatch(word) or \
                        language.COUNTERPART_RE.fullmatch(word):
                    break  # "Architekt X Y": a profession word is never part of the name
                tokens.append((m.start(), end))
            elif word in language.NAME_PARTICLES and tokens and not (
                    word in language.ARTICLE_PARTICLES and
                    text[tokens[-1][0]:tokens[-1][1]] not in language.NAME_PARTICLES) and \
                    not language.PARTICLE_PREDICATE_RE.match(text, m.start()):
                # "von der X", "van den Y"; an article after a name is no particle
                # ("mit OB X den Konferenztag")
                tokens.append((m.start(), end))
            else:
                break
            if len(tokens) >= 7:  # room for a name after "Einladung des Yer OB X Y"
                break
        while tokens and not is_capitalised(text[tokens[-1][0]:tokens[-1][1]]):
            tokens.pop()
        return tokens

    def _known_name_ends_before(self, text: str, tokens: list[tuple[int, int]], k: int,
                                n: int) -> bool:
        """A shorter run from the same word is a name the release or the reference data
        knows while the longer one is not: the capitalised words after it (a headline's
        "Joins World Mayors", a caption's nouns) are no part of the name."""
        if self.is_known_name(text[tokens[k][0]:tokens[n - 1][1]], reference_only=True):
            return False
        return any(self.is_known_name(text[tokens[k][0]:tokens[j - 1][1]])
                   for j in range(k + 1, n))

    def _large_city_word(self, word: str) -> bool:
        """A word that names a city of the reference data, or a large one by its own label
        (a small place may share its name with a surname, and a large city's name in another
        language with a surname: "Boni")."""
        entry = self.gaz.city(word)
        return bool(entry) and (entry.in_reference or (
            entry.population >= LARGE_CITY_MIN_POPULATION and slugify(entry.label) ==
            slugify(word)))

    def is_known_name(self, name: str, reference_only: bool = False) -> bool:
        """A full name the reference data (or, unless ``reference_only``, the release)
        gives, or the surname of a person the release names in full."""
        if " " not in name:
            return self.known_surname(name)
        return bool(self.gaz.person_slug(name)) or not reference_only and any(
            m.raw == name for m in self.mentions)

    def plausible(self, name: str, place_given_name: bool = False) -> bool:
        """Words that can be a person's name; with ``place_given_name`` the given name may
        be the name of a country ("Jordan X", "Georgia Y"), for a name whose context leaves
        no other reading (a contact label)."""
        words = name.split()
        if not 2 <= len(words) <= 4:
            return False
        if self.gaz.is_country(name) or self.gaz.city(name, reference_only=True):
            return False
        if self.matchers.org_of(name):
            return False
        if any(word in language.UNIT_NOUNS or word in language.DOCUMENT_NOUNS for word in words):
            return False  # "SUSTAINABILITY MANAGEMENT", "Travel Itinerary": a unit, a title
        if _month_part(words):
            return False  # "Ende August", "Early September": a date, never a person
        for n, word in enumerate(words):
            if place_given_name and n == 0 and not self.gaz.city(word, reference_only=True):
                continue
            if word[:1].isupper() and (self.gaz.is_country(word)
                                       or self.gaz.city(word, reference_only=True)):
                return False
            if word.endswith("er") and self.gaz.city(word[:-2], reference_only=True):
                return False  # a German city adjective ("Yer Ansätze") is no name
            for k in [0] + [i + 1 for i, c in enumerate(word[:-1]) if c == "-"]:
                found = self.roles.at(word, k)
                if found and found.match.end() == len(word):
                    return False  # a role, or one with a prefix ("Alt-Oberbürgermeister")
        return True

    def _honorific_before(self, text: str, pos: int) -> tuple[str | None, int]:
        """The honorific written before a name, and where the titles before it start; a
        courtesy title ("Mr.", "M.", "Frau") is skipped but never kept."""
        window = max(0, pos - 40)
        m = _HONORIFIC_END.search(text, window, pos)
        honorific, bare = (m.group(1).strip(), m.start(1)) if m else (None, pos)
        courtesy = _COURTESY_END.search(text, window, bare)
        if courtesy:
            return honorific, courtesy.start()
        abbreviation = _ABBREVIATED_GIVEN_NAME_END.search(text, window, bare)
        if abbreviation and not honorific and self.roles.ending_at(
                text, len(text[:abbreviation.start()].rstrip()), window):
            return honorific, abbreviation.start()  # only between a role and the name
        return honorific, bare

    # ---------------------------------------------------------------- prose
    def find_in_sentence(self, sentence: Sentence, text: str) -> None:
        """Persons of one sentence, with the roles the syntax gives them."""
        s_text = sentence.text
        self.text = text
        byline = CAPITALS_BYLINE.match(s_text)
        # "PAR X Y": the author, the name's words written with one capital each
        name = byline and re.sub(r"[^\W\d_]+", lambda w: w.group(0).capitalize(),
                                 byline.group("name"))
        if name and self.plausible(name) and not any(
                w in language.NOT_NAME_WORDS for w in re.split(r"[ -]", name)):
            self.mentions.append(PersonMention(name, sentence.start + byline.start("name"),
                                               sentence.start + byline.end("name"),
                                               sentence.region))
            return
        self._capitals_credits(sentence, s_text)
        pos = 0
        while pos < len(s_text):
            m = WORD.search(s_text, pos)
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
            if not mention.roles and not mention.other_time:
                self._copula_role(mention, sentence, s_text)
        self._pronoun_role(sentence, s_text)
        self._listed_roles(sentence, s_text, here)
        self._holders_after_cities(sentence, s_text, here)
        self.previous = (sentence.region, here)

    def _capitals_credits(self, sentence: Sentence, s_text: str) -> None:
        """'PRODUCER: X Y   WRITER: Z W', '(ANCHOR: X-Y Z)', 'Text: Y, X': the names of a
        credit line in capitals, read with one capital a word, or with the surname first;
        persons credited for the piece, with no role.
        Words the tables keep from names (an institution, an article) make no name."""
        fields = [(m, re.sub(r"[^\W\d_]+", lambda w: w.group(0).capitalize(), m.group("name")),
                   m.start("name"), m.end("name")) for m in capitals_credit_fields(s_text)]
        # "Text: X, Y": the surname first; the mention spans the surname, the word the
        # reading of names takes for the same person
        fields += [(m, f"{m.group('given')} {m.group('surname')}", m.start("surname"),
                    m.end("surname")) for m in inverted_credit_fields(s_text)]
        # "Surname, Given (2016). Title.": the authors of a reference list's entries
        fields += [(None, name, rel_start, rel_end)
                   for name, rel_start, rel_end in reference_entry_authors(s_text)]
        # "AU  - Surname, Given": the authors and editors of a tagged bibliographic record
        fields += [(None, name, rel_start, rel_end)
                   for name, rel_start, rel_end in tagged_record_authors(s_text)]
        for _, name, rel_start, rel_end in fields:
            words = re.split(r"[ -]", name)
            if any(w in language.NOT_NAME_WORDS or w.lower() in language.INSTITUTION_WORDS
                   for w in words) or _names_post_or_body(words) or not self.plausible(name):
                continue
            start, end = sentence.start + rel_start, sentence.start + rel_end
            if any(m.start == start for m in self.mentions):
                continue
            self.mentions.append(PersonMention(name, start, end, sentence.region, listed=True))

    def _listed_only(self, sentence: Sentence, s_text: str, start: int, end: int,
                     context: str) -> bool:
        """Whether the words around a name name the person by a tie that places them at no
        event: a noun of such a tie before it ("reporter X", "unser Vereinsmitglied X"), or
        the person coordinated with one so named ("Classmates X and Y")."""
        if context == "cast":
            return True  # "Avec A B, C D.": a film's cast, named for the film alone
        _, bare = self._honorific_before(s_text, start)
        if language.UNPLACED_NOUN_END_RE.search(s_text[max(0, bare - 40):bare]):
            return True
        if language.UNPLACING_NOTICE_END_RE.search(s_text[max(0, bare - 60):bare]):
            return True  # "zum 90. Geburtstag: X", "In memoriam: X"
        if language.LIFE_DATES_AFTER_RE.match(s_text, end):
            return True  # "X († 2024)", "X (90)", "X ('14)": a notice about the person
        if context == "coordinated":
            joint = self._COORDINATION_END.search(s_text[:bare])
            at = sentence.start + joint.start() if joint else -1
            return any(m.end == at and m.listed for m in self.mentions)
        return False

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
                stop = CLAUSE_BREAK.search(s_text, marker.end())
                self._analyse_phrase(mention, s_text, marker.end(),
                                     stop.start() if stop else len(s_text), sentence.start,
                                     sentence.language)
                return

    def _listed_roles(self, sentence: Sentence, s_text: str, here: list[PersonMention]) -> None:
        """'Mayors of 23 cities attended, among them A B (Y), C D (Z) and E F (W)': people
        listed with their city in parentheses after a plural role noun hold that role for
        their city. Two such people at least make the list; one alone is no list."""
        base = sentence.start
        listed = []
        for mention in here:
            city = None if mention.roles else self._city_in_parenthesis(s_text,
                                                                          mention.end - base)
            if city:
                listed.append((mention, city))
        if len(listed) < 2:
            return
        first = listed[0][0].start - base
        taken = {(r.start, r.end) for m in self.mentions for r in m.roles}
        role = None
        for m in WORD.finditer(s_text, max(0, first - 120), first):
            found = self._plural_role(m.group(0))
            if found and (base + m.start(), base + m.end()) not in taken:
                role = (found, m)
        if role is None or re.search(r"[;:!?]", s_text[role[1].end():first]) or \
                len(WORD.findall(s_text, role[1].end(), first)) > 16:
            return
        found, word = role
        for mention, (slug, start, end) in listed:
            mention.roles.append(RoleHit(found, word.group(0), sentence.language,
                                         base + word.start(), base + word.end()))
            mention.agents[len(mention.roles) - 1] = f"city/{slug}"
            mention.agent_spans.append((base + start, base + end))

    # between two items of 'the mayors of A (X), B (Y) and of C (Z)': a comma, a conjunction,
    # the word 'of' again
    _HOLDER_ITEM_GAP = re.compile(rf"(?i)\s*,?\s*(?:(?:{language.CONJUNCTIONS})\s+)?"
                                  rf"(?:(?:{language.OF_WORDS})\s*)?")
    # a role noun and 'of' before the first city ('the mayors of ', 'les maires de ')
    _ROLE_OF_END = re.compile(rf"(?i)([^\W\d_][\w-]*)\s+(?:{language.OF_WORDS})\s*$")

    def _holders_after_cities(self, sentence: Sentence, s_text: str,
                              here: list[PersonMention]) -> None:
        """'the mayors of A (X), B (Y) and C (Z)', 'les maires de A (X) et de B (Y)', 'die
        Bürgermeister von A (X) und B (Y)': each name in parentheses
        right after a city of a list that a role noun and 'of' open holds that role for the
        city before it. Only the words of such a list may stand between its items."""
        base = sentence.start
        items = []
        for mention in here:
            rel, end = mention.start - base, mention.end - base
            close = re.match(r"[ \t]*\)", s_text[end:])
            opening = re.search(r"\([ \t]*$", s_text[:rel])
            city = opening and close and self._city_ending_at(
                s_text, len(s_text[:opening.start()].rstrip()))
            if city and not mention.roles:
                items.append((mention, city, end + close.end()))
        chain: list = []
        for item in items:
            if chain and self._HOLDER_ITEM_GAP.fullmatch(s_text, chain[-1][2], item[1].start):
                chain.append(item)
                continue
            self._give_holders_role(sentence, s_text, chain)
            chain = [item]
        self._give_holders_role(sentence, s_text, chain)

    def _give_holders_role(self, sentence: Sentence, s_text: str, chain: list) -> None:
        if not chain:
            return
        opener = self._ROLE_OF_END.search(s_text, 0, chain[0][1].start)
        if not opener:
            return
        # a role of several words ("deputy mayor of"), else a role noun of one word, plural
        # or singular; never the head of a plural title of several ("deputy mayors of")
        role = self._role_ending_in_plural(s_text, opener.start(1), opener.end(1))
        if not role:
            return
        base = sentence.start
        for mention, city, _ in chain:
            mention.roles.append(RoleHit(role, opener.group(1), sentence.language,
                                         base + opener.start(1), base + opener.end(1)))
            mention.agents[len(mention.roles) - 1] = f"city/{city.entry.slug}"
            mention.agent_spans.append((base + city.start, base + city.end))

    def _role_ending_in_plural(self, s_text: str, start: int, end: int) -> str | None:
        """The role of the words ending with the noun at ``start:end``, the noun singular or
        plural: the longest title read ('deputy mayors' -> deputy-mayor, 'mayors' -> mayor)."""
        word = s_text[start:end]
        for ending in ("", "s", "innen", "nen"):
            if ending and not word.endswith(ending):
                continue
            singular = s_text[:end - len(ending)]
            whole = self.roles.ending_at(singular, len(singular), max(0, start - 40))
            if whole:
                return whole.role
        return None

    def _city_ending_at(self, s_text: str, end: int) -> CityAt | None:
        """The city whose name (one to four words) ends at ``end``, the longest."""
        for word in WORD.finditer(s_text, max(0, end - 40), end):
            if word.start() and (s_text[word.start() - 1].isalnum() or
                                 s_text[word.start() - 1] in "-'’"):
                continue  # inside a word
            found = self.matchers.city_at(s_text, word.start())
            if found and found.end == end:
                return found
        return None

    def _city_in_parenthesis(self, s_text: str, end: int) -> tuple[str, int, int] | None:
        """The city of '(Y)' or '(Y, country)' right after a name."""
        m = re.match(r"\s*\(([^()]{2,40})\)", s_text[end:])
        if not m:
            return None
        inner_start = end + m.start(1)
        whole = self.gaz.city(m.group(1).strip(), reference_only=True)
        if whole:  # "(Washington, D.C.)": a city's name with a comma in it
            return whole.slug, inner_start, inner_start + len(m.group(1))
        found = self.matchers.city_at(s_text, inner_start)
        if not found:
            return None
        rest = s_text[found[2]:inner_start + len(m.group(1))].strip(" ,")
        if rest and not self.gaz.is_country(rest):
            return None
        return found[0].slug, found[1], found[2]

    def _plural_role(self, word: str) -> str | None:
        """The role a plural role noun names ("Mayors", "maires", "Bürgermeisterinnen"), or
        a role word written alike in both numbers ("Bürgermeister")."""
        for ending in ("", "s", "innen", "nen"):
            stem = word[:-len(ending)] if ending and word.endswith(ending) else word
            if ending and stem == word:
                continue
            found = self.roles.at(stem, 0)
            if found and found.match.end() == len(stem):
                return found.role
        return None

    def _copula_role(self, mention: PersonMention, sentence: Sentence, s_text: str) -> None:
        """'X (SPD) ist Oberbürgermeister der Landeshauptstadt Y', 'X is the Mayor of Y',
        'X est maire de Y': a copula right after the name and a role right after it (an
        article at most between: "X was received by Mayor Y" gives X no role)."""
        copula = _NAME_COPULA.match(s_text, mention.end - sentence.start)
        if not copula:
            return
        pos = _ROLE_ARTICLE.match(s_text, copula.end()).end()
        if not self.roles.at(s_text, pos):
            return
        stop = CLAUSE_BREAK.search(s_text, pos)
        self._analyse_phrase(mention, s_text, pos, stop.start() if stop else len(s_text),
                             sentence.start, sentence.language)

    def _pronoun_role(self, sentence: Sentence, s_text: str) -> None:
        """'X spoke. He is the Mayor of Y.': a pronoun and a copula opening the sentence give
        the role to the one person the sentence before named."""
        opening = _PRONOUN_COPULA.match(s_text)
        region, people = self.previous
        if not opening or region is not sentence.region or len({m.raw for m in people}) != 1:
            return
        if not self._role_phrase_at(s_text, opening.end()):
            return
        stop = CLAUSE_BREAK.search(s_text, opening.end())
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
        # then "Architekt X Y", "Moderatorin X Y", "der Yer Stadtplaner X Y"
        while len(tokens) > 2 and person_noun and person_noun.search(
                s_text[tokens[0][0]:tokens[0][1]]) and not self.gaz.person_slug(
                s_text[tokens[0][0]:tokens[-1][1]]):
            tokens = tokens[1:]
        # "United Nations Alliance of ...", "Corporate Responsibility", "Productions X": the
        # words up to an organisation's or a unit's noun name the body; only words after it
        # may still be a name
        heads = [n for n, (a, b) in enumerate(tokens)
                 if s_text[a:b] in language.ORGANISATION_NOUNS
                 or s_text[a:b] in language.UNIT_NOUNS
                 or s_text[a:b] in language.DOCUMENT_NOUNS]
        if heads:
            tokens = tokens[heads[-1] + 1:]
        # "Leipziger Platz", "X Art Center", "Public Affairs": the words up to a place's head
        # noun name the place; a head opening the run ("Place X Y") names it with them all
        places = [n for n, (a, b) in enumerate(tokens)
                  if s_text[a:b] in language.PLACE_HEAD_NOUNS]
        if places:
            tokens = [] if places[0] == 0 else tokens[places[-1] + 1:]
        # strip leading role words inside the run ("Oberbürgermeister X Y")
        for k in range(len(tokens)):
            if not is_capitalised(s_text[tokens[k][0]:tokens[k][1]]):
                continue  # a name starts with a capital, not with a particle
            for n in range(min(len(tokens), k + 4), k, -1):
                name = s_text[tokens[k][0]:tokens[n - 1][1]]
                start, end = tokens[k][0], tokens[n - 1][1]
                if not is_capitalised(s_text[tokens[n - 1][0]:end]):
                    continue  # "X Y von Z": a name never ends with its particle
                if self._known_name_ends_before(s_text, tokens, k, n):
                    continue  # "Mayor X Joins World Mayors": the known name ends earlier
                if any(self._large_city_word(s_text[a:b]) for a, b in tokens[k + 2:n]):
                    continue  # "Bürgermeisterin X Y Leipzig": the city is no third name
                if "\n" in name and " " in name.rsplit("\n", 1)[1].strip():
                    continue  # "Communications\nX Y, Officer": a name of its own line
                if n - k < 2 and not self.known_surname(name):
                    # "OB X" in a release that never gives the full name: a surname the
                    # reference data knows, but only right after a role word
                    if not (self.reference_surname(name) and self._context(
                            sentence, s_text, start, end) == "role-before"):
                        continue
                elif not (self.plausible(name) or self.gaz.person_slug(name)
                          or (n - k == 1 and self.known_surname(name))):
                    if not (self.plausible(name, place_given_name=True) and self._context(
                            sentence, s_text, start, end) == "contact"):
                        continue
                context = self._context(sentence, s_text, start, end)
                if context is None:
                    continue
                honorific, _ = self._honorific_before(s_text, start)
                mention = PersonMention(name, base + start, base + end, sentence.region,
                                        honorific)
                self._apply_context(mention, sentence, s_text, start, end, context)
                self._mark_other_time(mention, s_text, start, end)
                mention.listed = self._listed_only(sentence, s_text, start, end, context)
                # a class's note, a voice quoted with no role ("« ... », estime X Y,
                # étudiante", "„...“, erzählt X Y"), a mailbox's name ("From: X Y <x@...>"),
                # a note on a contributor ("X Y is a researcher at Z"), a people column's item
                # ("**X Y** hat ..."): someone commenting, writing or described, here placed
                # nowhere
                mention.unplaced_here = context in ("class-note", "quoted-voice", "mailbox",
                                                    "note", "bold-head")
                self.mentions.append(mention)
                return end
        return end_of_run

    def _mark_other_time(self, mention: PersonMention, s_text: str, start: int,
                         end: int) -> None:
        """'der ehemalige Bürgermeister X', 'X, a former ambassador', 'X, alors maire de Y':
        the name stands for another time, so the mention places nobody at the event. A
        former office ("ehemalig", "former", "ancien") is not held now and gives no mandate
        (another mention of the same person may); an office of then ("damals", "then",
        "alors") was held at the time the text tells of, and is a mandate."""
        word = self._other_time_around(s_text, self._honorific_before(s_text, start)[1], end)
        if not word:
            return
        mention.other_time = True
        if language.OTHER_TIME_ADVERB_RE.fullmatch(word):
            return
        mention.roles.clear()
        mention.agents.clear()

    def _other_time_around(self, text: str, name_start: int, name_end: int) -> str | None:
        """The word of another time that qualifies an office or profession right before a
        name ('former Mayor', 'l'ancien diplomate', 'the then mayor') or at the head of its
        apposition (', a former ambassador', ', damals Bürgermeister'), or None ('X, the
        future host' qualifies no office of X's)."""
        head = text[max(0, name_start - 80):name_start]
        breaks = list(_ZONE_BREAK.finditer(head))
        zone_start = breaks[-1].end() if breaks else 0
        if not head[zone_start:].strip() and breaks and breaks[-1].group(0) == ",":
            # "the then Mayor of Y, X": the role phrase before the comma
            zone_start = breaks[-2].end() if len(breaks) > 1 else 0
            head = head[:breaks[-1].start()]
        words = list(WORD.finditer(head, zone_start))[-6:]
        near_start = words[0].start() if words else len(head)
        for m in language.OTHER_TIME_RE.finditer(head, near_start):
            compound = self.roles.at(head, m.start())  # "Altoberbürgermeister": one word
            if self._office_within(head, m.end(), 3) or (compound and
                                                         compound.match.end() > m.end()):
                return m.group(0)
        for m in language.OTHER_TIME_ADVERB_RE.finditer(head, near_start):
            # "the then mayor", "then-mayor X": no adverb of sequence ("the city's then lord
            # mayor, X, welcomed ..." tells of the event itself)
            if (_ARTICLE_THEN.search(head[near_start:m.start()]) or head[m.end():m.end() + 1]
                    == "-") and self._office_within(head, m.end(), 3):
                return m.group(0)
        apposition = _OTHER_TIME_APPOSITION.match(text, name_end)
        if not apposition:
            return None
        # "X, a former ambassador", or the word after the office: "X, maire retraité de Y"
        head_start = name_end + re.match(r"\s*[,(]\s*", text[name_end:]).end()
        if self._office_within(text[:apposition.end() + 60], apposition.end(), 3) or \
                self._office_within(text[:apposition.end()], head_start, 3):
            word = language.OTHER_TIME_ADVERB_RE.search(apposition.group(0)) or \
                language.OTHER_TIME_RE.search(apposition.group(0))
            return word.group(0) if word else apposition.group(0)
        return None

    def _office_within(self, text: str, pos: int, count: int) -> bool:
        """A role or profession word among the next ``count`` words from ``pos``."""
        for n, m in enumerate(WORD.finditer(text, pos)):
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

    _ROLE_OF = re.compile(rf"\s+(?:{language.OF_WORDS})[ \t]*(?:(?:{language.ARTICLES})[ \t]+)?"
                          r"(?P<city>[A-ZÄÖÜÉİ][\w'’.-]*(?:[ \t]+[A-ZÄÖÜÉİ][\w'’.-]*)?)[ \t]+$")

    _COUNTERPART_TAIL = re.compile(
        rf"\s*(?:(?:{language.ORIGIN_WORDS}|{language.OF_WORDS}|{language.PLACE_PREPOSITIONS})\s*"
        r"(?P<city>[^,;.]{2,40}?)|(?P<demonym>[a-zàâçéèêëîïôöûüù]{5,}))?\s*,?\s*$")
