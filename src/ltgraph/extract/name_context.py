"""Where the syntax makes a run of capitalised words a person, and which role and agent the
words around it give: a role before the name or after it (apposition), a role of a city named
before it, a counterpart of a person named before, a relative clause ("Y, whose mayor X"), a
verb of saying, a parenthesis in a caption. ``NameContext`` is a part of
``ltgraph.extract.people.PeopleFinder``, whose attributes (gaz, matchers, roles, mentions) it
reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ltgraph import language
from ltgraph.extract.mention import (
    BYLINE_BEFORE,
    BYLINE_LINE,
    CLAUSE_BREAK,
    CONTACT_DETAILS_AFTER,
    MAILBOX_AFTER,
    WORD,
    PersonMention,
    RoleHit,
    credited_after_caption,
    credited_list,
    heads_contact_card,
    signs_letter,
    under_contact_heading,
)
from ltgraph.extract.roles import CITY_ROLES, RoleMatch
from ltgraph.extract.text import Sentence
from ltgraph.gazetteer import name_keys
from ltgraph.slugs import slugify

_QUOTE_BEFORE = re.compile(rf"\b(?:{language.QUOTE_VERBS})\s+(?:\w+\s+){{0,2}}$")

_QUOTE_AFTER = re.compile(rf"^\s*(?:{language.QUOTE_VERBS})\b")

# A direct quotation closed, then one word in lower case and the name ("« ... », estime X Y",
# "„...“, erzählt X Y", '"...," says X Y', "« ... », a résumé X Y"): the word after the closing
# mark is the verb of saying, whatever the verb, and the name is its speaker's.
_AFTER_QUOTATION = re.compile(r"(?:[»”“\"],?|,[ \t]*[»”“\"])[ \t]*"
                              r"(?:(?:a|ont|hat|has)[ \t]+)?(?P<verb>[^\W\d_A-ZÄÖÜÉÈ][\w’'-]*)[ \t]+$")

_ELIDED_ARTICLE = re.compile(r"[lL]['’]\w")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([^\W\d_A-ZÄÖÜÉÈÀÇ][\w-]*)")
_FUNCTION_WORDS = frozenset(w for vocab in language.FUNCTION_WORDS.values() for w in vocab)


def _in_cast_list(s_text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is one item of a sentence that is a cast list and
    nothing else ("Avec A B, C D.", "With A B and C D.", "Mit A B und C D.")."""
    cast = language.CAST_LIST_RE.match(s_text)
    return bool(cast) and any(
        (m.start(), m.end()) == (start, end)
        for m in language.CAST_NAME_RE.finditer(s_text, cast.start("names"), cast.end("names")))


def _runs_into_noun(after: str) -> bool:
    """'The hosts: Living Together network': capitalised words running on into a common noun
    name a thing, not a credited person (a conjunction or a preposition may follow a name)."""
    word = _NEXT_LOWER_WORD.match(after)
    return bool(word) and word.group(1).lower() not in _FUNCTION_WORDS

# a middle dot, a bullet or a conjunction right before a name: the name goes on a list
_LIST_JOINT_END = re.compile(rf"(?:[·•&]|\b(?:{language.CONJUNCTIONS}))[ \t]*$")

# an article before a role ("the", "la", "die"): no word of its own before the role
_ARTICLE_WORD = re.compile(
    rf"(?i)\b(?:{language.DEFINITE_ARTICLES}|{language.INDEFINITE_ARTICLES})\b")
_NEXT_CLAUSE_ROLE = re.compile(rf"^\s*;\s*(?=(?:{language.DEFINITE_ARTICLES})\s)")

# "X Y, a consultant on gender and cities": a profession at the head of the apposition.
_PROFESSION_APPOSITION = re.compile(
    rf"\s*,\s*(?:(?:{language.DEFINITE_ARTICLES}|{language.INDEFINITE_ARTICLES})\s+)?"
    rf"(?:[^\W\d_][\w-]*\s+)?{language.PROFESSION_WORDS}\b")

# The unit a verb of heading governs: an article or possessive, a genitive owner ("Y's"), up
# to two other words ("the Yer office"), then the unit ("office", "conseil municipal").
_HEADED_OBJECT = re.compile(
    rf"(?:(?:{language.DEFINITE_ARTICLES}|{language.POSSESSIVES})\s+|l['’]\s*)?"
    r"(?:(?P<owner>[A-ZÄÖÜÉ][\w.&-]*(?:\s+[A-ZÄÖÜÉ][\w.&-]*){0,3})['’]s?\s+)?"
    r"(?:[^\W\d_][\w-]*\s+){0,2}?"
    rf"(?P<unit>(?i:{'|'.join(p for p, _ in language.HEADED_UNITS) or '(?!)'}))\b")

# "le maire de la ville hôte, X", "the mayor of the host city, X", "der Oberbürgermeister der
# Gastgeberstadt, X": the role's city is the host city of the summit told of.
_HOST_CITY_AFTER_ROLE = re.compile(
    rf"(?i)\s(?:(?:{language.OF_WORDS})\s+)?(?:(?:{language.ARTICLES})\s+|l['’])?"
    rf"(?:(?:{language.HOST_WORDS})[-\s]*(?:{language.PLACE_NOUNS})|"
    rf"(?:{language.PLACE_NOUNS})[-\s]+(?:{language.HOST_WORDS}))\s*$")

_CAPITALISED_WORD = re.compile(r"[A-ZÄÖÜÉ][^\W\d_]+")

# A city adjective ("Lyoner") is read for a GeoNames city only when the city is this large:
# many small places share their name with the stem of a common adjective or surname.
ADJECTIVE_CITY_MIN_POPULATION = 100_000


class NameContext:
    """The context of a name: whether it names a person, and the roles and agents it gives."""

    def _text_before_name(self, s_text: str, start: int) -> tuple[str, int]:
        """The text before a name and where it ends: before its honorific, if it has one
        ("Oberbürgermeister Dr. X Y"), so that deciding a context and applying it read the
        same text."""
        _, bare = self._honorific_before(s_text, start)
        return (s_text[:bare] if bare < start else s_text[:start]), bare

    def _context(self, sentence: Sentence, s_text: str, start: int, end: int) -> str | None:
        """Why a run of capitalised words is a person here, or None."""
        before, bare = self._text_before_name(s_text, start)
        after = s_text[end:]
        if self.roles.ending_at(s_text, len(before.rstrip()), max(0, start - 80)) and (
                (before.endswith(" ") or bare < start) and not before.rstrip().endswith(",")
                and "\n" not in before[len(before.rstrip()):]):
            return "role-before"
        if self._role_demonym_before(s_text, bare):
            return "role-demonym"
        if self._role_of_city_before(s_text, bare):
            return "role-of-before"
        if self._counterpart_before(s_text, start) and not \
                language.THANKED_END_RE.search(before[-300:]):
            return "counterpart"  # (not "I thank my colleagues, X": thanked, read below)
        role_first = (re.search(r",\s*$", before) and self._role_before_comma(s_text, bare)
                      and self._list_opens_with_role(s_text, bare))
        if re.match(r"^\s*,\s*", after) and not role_first:
            rest_pos = self._apposition_start(s_text, end)
            if self._role_phrase_at(s_text, rest_pos) and \
                    not self._role_of_next_name(s_text, rest_pos):
                return "appositive"
        if self._role_in_parenthesis(s_text, end) and (" " in s_text[start:end]
                                                        or self.gaz.person_slug(s_text[start:end])):
            return "role-parenthesis"  # "X (Mayor of Y)", "X (Bürgermeisterin von Y)"
        if " " in s_text[start:end] and self._role_after_slash(s_text, end):
            return "role-slash"  # a lower third: "SUPER: X / Mayor of Y"
        if " " in s_text[start:end] and self._role_after_dash(s_text, start, end):
            return "role-dash"  # a list's line: "• X — Mayor of Y"
        if " " in s_text[start:end] and self._role_field_after(sentence, before, end):
            return "role-field"  # a record: "Name: X\nTitle: Mayor of Y"
        if self._signature_role_at(s_text, before, end) is not None:
            return "signature"
        if self._headed_unit(s_text, end):
            return "head-verb"
        # "gab X Y; die Partnerin und Geschäftsführerin von Z zeigte ...": the next clause
        # opens with the definite role of the person just named
        next_clause = _NEXT_CLAUSE_ROLE.match(after)
        if next_clause and self._role_phrase_at(s_text, end + next_clause.end()):
            return "appositive"
        if re.search(r",\s*$", before) and self._role_before_comma(s_text, bare) and \
                not self._inside_enumeration(s_text, bare, end) and \
                not self._role_of_name_before(s_text, bare):
            return "role-comma"
        if self._role_pronoun_before(s_text, bare):
            return "role-pronoun"
        if " " in s_text[start:end] and language.DEPUTY_WORD_RE.search(before):
            return "deputy"
        if " " in s_text[start:end] and language.SUCCESSION_WORD_RE.search(before):
            return "succession"
        if " " in s_text[start:end] and language.ADDRESS_END_RE.search(s_text, 0, start):
            return "address"  # "M. X Y interroge ...", "Chère X Y, chers collègues"
        if " " in s_text[start:end] and _in_cast_list(s_text, start, end):
            return "cast"  # "Avec A B, C D.": a film's cast, persons placed nowhere
        if " " in s_text[start:end] and language.ACADEMIC_TITLE_END_RE.search(s_text, 0, start):
            return "titled"  # "Dozentin: Dr. X Y", "Prof. X Y schrieb": a person, no role
        if self._place_clause(sentence, s_text, end):
            return "place-clause"
        name = s_text[start:end]
        if self.gaz.person_slug(name) or self._wildcard_reference(name):
            return "known"
        if any(m.raw == name for m in self.mentions) or (" " not in name and
                                                         self.known_surname(name)):
            return "known"
        if " " in name and language.THANKED_END_RE.search(before[-300:]) and not any(
                w.lower() in language.INSTITUTION_WORDS for w in name.split()) and \
                not _runs_into_noun(after):
            return "thanked"  # "Merci à A, B et C", "I thank my colleagues, A": a person
        if " " in name and self._coordinated_with_person(sentence, before):
            return "coordinated"  # "A B et C D", "A B, C D and E F": one of a list of people
        if _QUOTE_BEFORE.search(before[-60:]) or _QUOTE_AFTER.match(after[:40]):
            return "quote"
        if " " in name and self._after_quotation(before):
            return "quoted-voice"  # "« ... », estime X Y, étudiante": a voice, placed nowhere
        if sentence.region.kind == "caption" and re.match(r"^\s*\(", after):
            return "caption"
        if " " in name and MAILBOX_AFTER.match(self.text, sentence.start + end) and not any(
                w.lower() in language.INSTITUTION_WORDS for w in name.split()):
            return "mailbox"  # "From: X Y <x@example.org>": a correspondent, placed nowhere
        if " " in name and language.PERSON_FIELD_LABEL_RE.search(before[-200:]) and not any(
                w.lower() in language.INSTITUTION_WORDS for w in name.split()) and \
                not _runs_into_noun(after):
            return "field"  # "Traveller: X Y" on an expense claim: a person, no role
        if " " in name and (language.CONTACT_LABEL_RE.search(before[-60:])
                            or BYLINE_BEFORE.search(before)
                            or self._byline_line(s_text, before)
                            or (CONTACT_DETAILS_AFTER.match(self.text, sentence.start + end)
                                and not before.split("\n")[-1].strip(" \t*_-•–"))
                            or credited_list(before)
                            or self._credited_across_sentences(sentence, start)
                            or self._listed_across_sentences(sentence, bare)
                            or heads_contact_card(self.text, sentence.start + start,
                                                  sentence.start + end)
                            or under_contact_heading(self.text[max(0, sentence.start + bare - 600):
                                                               sentence.start + bare])
                            or signs_letter(self.text, sentence.start + start,
                                            sentence.start + end)
                            or credited_after_caption(self.text, sentence.start + start,
                                                      sentence.start + end)) and not any(
                w.lower() in language.INSTITUTION_WORDS for w in name.split()) and \
                not _runs_into_noun(after):
            return "contact"  # "Renseignements : X Y", "Von X Y": a person, no role
        if " " in name and self._opens_note(sentence, bare, s_text, end):
            return "note"  # "X Y is a researcher at Z": a note on a contributor, no role here
        if " " in name and (language.PROFESSION_RE.search(before[-40:])
                            or _PROFESSION_APPOSITION.match(after)):
            return "profession"  # "Architektin X Y", "X Y, a consultant on ..."
        if " " in name and language.UNPLACED_NOUN_END_RE.search(before[-40:]):
            return "profession"  # "reporter X Y", "unser Vereinsmitglied X Y"
        if " " in name and self._other_time_around(s_text, bare, end):
            return "other-time"  # "X, ihr früherer Chef": a person, of another time
        if " " in name and self._opens_class_note(sentence, start, end):
            return "class-note"  # "1968\nX Y writes that ...": a class's note about X Y
        if " " in name and (language.NOTICE_CUE_END_RE.search(before[-60:])
                            or language.LIFE_DATES_AFTER_RE.match(after)):
            return "notice"  # "Wir gratulieren X", "In memoriam: X", "X († 2024)", "X '09"
        if " " in name and self._attributes_quotation(sentence.start + bare,
                                                      sentence.start + end) and not any(
                w.lower() in language.INSTITUTION_WORDS for w in name.split()):
            return "quoted-voice"  # '« ... »\n— X Y, romancier': who said it, placed nowhere
        if " " in name and self._sibling_list_item(sentence.start + bare,
                                                   sentence.start + end) and not any(
                w.lower() in language.INSTITUTION_WORDS for w in name.split()):
            return "list-item"  # "- A B, Referentin\n- X Y, Pressestelle": one of a list
        if " " in name and self._bold_paragraph_head(sentence.start + bare,
                                                     sentence.start + end) and not any(
                w.lower() in language.INSTITUTION_WORDS for w in name.split()):
            return "bold-head"  # "**X Y**, Schüler des Z, hat ...": a column's item on X Y
        if " " in name and self._labels_a_turn(sentence.start + bare, sentence.start + end) \
                and not any(w.lower() in language.INSTITUTION_WORDS for w in name.split()):
            return "speaker"  # "X Y (SPD): Herr Präsident! ...": a speaker of a transcript
        return None

    # a speaker's label: a name opening its line, its party, riding or office in parentheses,
    # a colon, then the words spoken ("X Y (SPD): Herr Präsident!")
    _TURN_AFTER_NAME = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*:[ \t]+(?![\d/])\S")
    _TURN_LINE = re.compile(r"(?m)^[ \t*_]*(?:[^\W\d_][\w.'’-]*[ \t]+){1,5}"
                            r"\([^()\n]{1,40}\)[ \t]*:[ \t]+(?![\d/])\S")

    def _labels_a_turn(self, start: int, end: int) -> bool:
        """'X Y (SPD): Herr Präsident! ...': the name (after a title at most) opens its line
        as a speaker's label, and the text has two more lines labelled so: a transcript or a
        debate's record, whose labels name the people who speak."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if self.text[line_start:start].strip(" \t*_") and not \
                language.ACADEMIC_TITLE_END_RE.search(self.text, line_start, start):
            return False
        if not self._TURN_AFTER_NAME.match(self.text, end):
            return False
        return len(self._TURN_LINE.findall(self.text)) >= 3

    # the bold of a paragraph's first words, closed right after the name, then the paragraph
    # going on: a comma (an apposition), a parenthesis (an age, a party) or a word in lower
    # case (its verb: "**X Y** hat ...", "**X Y** est ...")
    _BOLD_OPENING = re.compile(r"[ \t]*(\*\*|__)")
    _BOLD_HEAD_GOES_ON = re.compile(r"(\*\*|__)[ \t]*(?:[,(]|[ \t][^\W\d_A-ZÄÖÜÉÈÀÇ])")

    def _bold_paragraph_head(self, start: int, end: int) -> bool:
        """'**X Y** hat ...', '**X Y**, langjähriger ...': a name in bold opens its paragraph
        and the paragraph goes on after the bold on the same line; the shape of a people
        column, a who's who or a list of portraits, each item about the person in bold. Bold
        words alone on their line are a heading ('**Deutscher Städtetag**'), never read so;
        and the paragraph must speak of one person ('er', 'she', 'elle', 'der 17-Jährige'):
        bold words opening a glossary's or a programme's item name a thing alike."""
        line_start = self.text.rfind("\n", 0, start) + 1
        opening = self._BOLD_OPENING.fullmatch(self.text, line_start, start)
        closing = opening and self._BOLD_HEAD_GOES_ON.match(self.text, end)
        if not closing or closing.group(1) != opening.group(1):
            return False
        paragraph_end = self.text.find("\n", end)
        paragraph = self.text[end:paragraph_end if paragraph_end != -1 else len(self.text)]
        return bool(language.PERSON_REFERENCE_RE.search(paragraph))

    # a dash that opens a line of attribution ("— X Y", "– X Y, romancière")
    _ATTRIBUTION_DASH_LINE = re.compile(r"[ \t]*[—–―][ \t]*")
    # what may follow the name on an attribution line: its end, or a comma and a description
    _ATTRIBUTION_TAIL = re.compile(r"[ \t]*(?:\n|$|,[ \t]*[^\W\d_])")
    # the line above an attribution: a closed quotation, or a paragraph's last sentence when
    # the name is all the attribution says ("DIRECTOR'S STATEMENT / ... / — X Y")
    _QUOTATION_LINE_END = re.compile(r"[»”“\"][ \t]*$")
    _PARAGRAPH_LINE_END = re.compile(r"\S[^\n]{60,}[.!?…][ \t]*$")

    def _attributes_quotation(self, start: int, end: int) -> bool:
        """The name follows a dash that opens its line, right under a closed quotation ('« Un
        livre nécessaire. »\n— X Y, romancière', '"..."\n– X Y'), or alone on that line
        under a paragraph: the shape of an endorsement, an epigraph or a signed statement,
        whose author is quoted, not placed anywhere."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if not line_start or not self._ATTRIBUTION_DASH_LINE.fullmatch(self.text, line_start,
                                                                          start):
            return False
        tail = self._ATTRIBUTION_TAIL.match(self.text, end)
        if not tail:
            return False
        above = self.text[:line_start - 1].rstrip(" \t")
        above = above[above.rfind("\n") + 1:]
        if self._QUOTATION_LINE_END.search(above):
            return True
        alone = tail.group(0).strip(" \t") in ("", "\n")
        return alone and bool(self._PARAGRAPH_LINE_END.search(above))

    # a bullet opening a line of a list ("- ", "– ", "• ", "* ")
    _BULLET_LINE = re.compile(r"[ \t]*([-–—•*·▪])[ \t]+")

    def _sibling_list_item(self, start: int, end: int) -> bool:
        """'- A B, Referentin für X\n- C D, Referent\n- X Y, Pressestelle': the name opens an
        item of a bulleted list and a comma follows it, and two other items of the same list
        (lines in a row under the same bullet) open with a person already read and a comma:
        the items of a list of people name people alike, whatever words describe each. One
        such item is not enough (a programme lists a speaker, then a guided tour)."""
        line_start = self.text.rfind("\n", 0, start) + 1
        bullet = self._BULLET_LINE.fullmatch(self.text, line_start, start)
        if not bullet or not re.match(r"[ \t]*,", self.text[end:]):
            return False
        people = 0
        for other in self._list_lines(line_start, bullet.group(1)):
            item = self._BULLET_LINE.match(self.text, other)
            if any(m.start == item.end() and " " in m.raw and
                   re.match(r"[ \t]*,", self.text[m.end:]) for m in self.mentions):
                people += 1
        return people >= 2

    def _list_lines(self, line_start: int, bullet: str) -> Iterator[int]:
        """Where the other lines of the list the line at ``line_start`` belongs to begin: the
        lines in a row above and below it that open with the same bullet."""
        pos = line_start
        while pos:
            above = self.text.rfind("\n", 0, pos - 1) + 1
            item = self._BULLET_LINE.match(self.text, above)
            if not item or item.group(1) != bullet:
                break
            yield above
            pos = above
        pos = self.text.find("\n", line_start)
        while pos != -1:
            item = self._BULLET_LINE.match(self.text, pos + 1)
            if not item or item.group(1) != bullet:
                break
            yield pos + 1
            pos = self.text.find("\n", pos + 1)

    def _opens_note(self, sentence: Sentence, bare: int, s_text: str, end: int) -> bool:
        """'X Y is a researcher at Z', 'X Y est politologue', 'X Y was Deputy Mayor of Z': the
        name opens its line and a copula says what the person is, a profession or an office;
        the shape of a note on a contributor, a speaker or an author. A name that does not
        open its line, or a copula followed by anything else ("X Y is open daily"), is no
        such note."""
        line = self.text[:sentence.start + bare].rsplit("\n", 1)[-1]
        if line.strip(" \t*_#>•–-"):
            return False
        after = s_text[end:]
        if language.NOTE_PROFESSION_AFTER_RE.match(after):
            return True
        copula = language.NOTE_COPULA_AFTER_RE.match(after)
        return bool(copula) and self._role_phrase_at(s_text, end + copula.end()) is not None

    @staticmethod
    def _after_quotation(before: str) -> bool:
        """Whether the name follows a closed quotation and its verb of saying right after it
        ("„...“, erzählt X Y"); a noun between them ("erzählt Teamleiterin X Y") is left to
        the tables of roles and professions."""
        verb = _AFTER_QUOTATION.search(before[-60:])
        # ('« ... », à X Y', '"...", in X Y': a word of grammar after the quotation is no verb)
        return bool(verb) and verb.group("verb").lower() not in _FUNCTION_WORDS

    _COORDINATION_END = re.compile(
        rf"(?:\s*\([^()]{{1,40}}\))?\s*(?:&|\b(?:{language.CONJUNCTIONS}))\s*$")

    def _coordinated_with_person(self, sentence: Sentence, before: str) -> bool:
        """The name follows a person named just before it, joined by a conjunction (after
        that person's place in parentheses, "A B (Y) and C D"); a comma is not enough (", X
        Y" may be a title: "A B, Program Manager")."""
        joint = self._COORDINATION_END.search(before)
        if not joint:
            return False
        at = sentence.start + joint.start()
        return any(m.end == at and m.region is sentence.region and " " in m.raw
                   for m in self.mentions)

    def _credited_across_sentences(self, sentence: Sentence, start: int) -> bool:
        """The name opens its sentence and the text before it, on the same line, ends with a
        credit or contact label and abbreviations only ("Schriftführung: Verw.-Angest. X"),
        or is an abbreviated credit ("gez. X"): the abbreviations' full stops cut the line
        into sentences."""
        absolute = sentence.start + start
        line_start = self.text.rfind("\n", 0, absolute) + 1
        head = self.text[line_start:absolute]
        if line_start >= sentence.start or not re.fullmatch(
                r"(?:.*:[ \t]*)?(?:[^\W\d_][\w.-]*\.[ \t]+){1,3}", head):
            return False
        return credited_list(self.text[max(0, absolute - 200):absolute])

    # after a name that opens a note: a word in lower case (its verb), a possessive or a
    # conjunction before another name ("X Y writes", "X Y's novel", "X Y and Z W were")
    _NOTE_GOES_ON = re.compile(r"(?:['’]s\b|[ \t]+(?:[a-zäöüßàâçéèêëîïôûù]|\(['’]\d\d\)))")

    def _opens_class_note(self, sentence: Sentence, start: int, end: int) -> bool:
        """'1968 / X Y writes that ...', 'Class of 2004 / X Y was promoted ...': the name opens
        the first line under a class's heading (a year alone on its line, after a class word
        or in a text that calls itself a class's notes: "2019 / X Y grew" in a chronicle
        names no member), and the note's clause goes on after it: the member of the class
        the note is about."""
        absolute, stop = sentence.start + start, sentence.start + end
        line_start = self.text.rfind("\n", 0, absolute) + 1
        if not line_start or self.text[line_start:absolute].strip(" \t*_-•–"):
            return False
        above_start = self.text.rfind("\n", 0, line_start - 1) + 1
        heading = language.CLASS_HEADING_LINE_RE.fullmatch(self.text, above_start,
                                                           line_start - 1)
        return bool(heading and (heading.group("word") or
                                 language.CLASS_NOTES_TITLE_RE.search(self.text))
                    and self._NOTE_GOES_ON.match(self.text, stop))

    def _listed_across_sentences(self, sentence: Sentence, bare: int) -> bool:
        """The name continues a line of names joined by middle dots or conjunctions that
        opened in the sentence before ("gez. Dr. A · B · C": the title's full stop ended a
        sentence): the line's credit or label, read back across the break, credits it too."""
        absolute = sentence.start + bare
        line_start = self.text.rfind("\n", 0, absolute) + 1
        if line_start >= sentence.start or not _LIST_JOINT_END.search(self.text, 0, absolute):
            return False
        return credited_list(self.text[max(0, absolute - 200):absolute])

    @staticmethod
    def _byline_line(s_text: str, before: str) -> bool:
        """The name opens a byline line of its own ("X Y | 10.12.2021", "X Y - CITY")."""
        line = before.split("\n")[-1]
        return not line.strip() and bool(BYLINE_LINE.match(s_text, len(before) - len(line)))

    _ENUMERATION_GOES_ON = re.compile(rf"\s*(?:,|\s(?:{language.CONJUNCTIONS}|&))\s*[A-ZÄÖÜÉ]")

    def _inside_enumeration(self, s_text: str, name_start: int, name_end: int) -> bool:
        """'Head of the Division for Cities, Urban Policies and Sustainable Development':
        capitalised words between commas and a conjunction, the first of them no city,
        country or organisation, are the terms of an enumeration (a division's remit), not
        the name of the holder of the role before them ("Mayor of Z, X Y and ..." is a
        name: Z is a city)."""
        if not self._ENUMERATION_GOES_ON.match(s_text, name_end):
            return False
        head = s_text[:name_start].rstrip()[:-1].rstrip()
        last = re.search(r"(?:[A-ZÄÖÜÉ][\w'’.-]*[ \t]+){0,3}[A-ZÄÖÜÉ][\w'’.-]*$", head)
        if not last:
            return False
        words = last.group(0).split()
        for k in range(len(words)):  # the shortest known name that ends the phrase
            tail = " ".join(words[k:])
            if self.gaz.city(tail) or self.gaz.is_country(tail) or self.matchers.org_of(tail):
                return False
        return True

    def _role_of_name_before(self, s_text: str, name_start: int) -> bool:
        """'A B, Mayor of Y, Mr C;', 'A B, maire de Y, M. C': the role between two names
        follows a person's name and its comma, so it is that person's apposition (a list of
        names, each with its office after it), not a role written before the next name. A
        role after a body or a city ("City of Y, Mayor, C") still opens the next name, and so
        does every role of a list that opens with a role ("la mairesse de X, A B, la mairesse
        de Y, C D": each name takes the role before it)."""
        span = self._role_before_comma(s_text, name_start)
        if span is None or self._list_opens_with_role(s_text, name_start):
            return False
        head = s_text[:span[0]]
        article = re.search(rf"(?i)(?:\b(?:{language.DEFINITE_ARTICLES})\s+|\b[dl]['’])$", head)
        head = head[:article.start()] if article else head
        comma = re.search(r",\s*$", head)
        if not comma:
            return False
        segment = head[:comma.start()]
        opening = max(segment.rfind(c) for c in ',;:(\n') + 1
        name = segment[opening:].strip()
        if " " not in name:
            return False
        return bool(self.gaz.person_slug(name) or any(m.raw == name for m in self.mentions))

    def _apposition_start(self, s_text: str, end: int) -> int:
        """Where the apposition after a name and its comma begins: past a relative pronoun
        and a copula ("X, who has been mayor of Y", "X, qui est maire de Y")."""
        pos = end + re.match(r"^\s*[,;]\s*", s_text[end:]).end()
        copula = language.RELATIVE_COPULA_RE.match(s_text, pos)
        return copula.end() if copula else pos

    def _headed_unit(self, s_text: str, end: int) -> tuple[re.Match, re.Match, str, int] | None:
        """'X, who heads Y's office in Z', 'X, qui préside le conseil municipal de Y': the verb
        of heading, the unit it governs, the role of the unit's head and where the clause
        ends."""
        comma = re.match(r"\s*,\s*", s_text[end:])
        verb = comma and language.HEAD_VERB_RE.match(s_text, end + comma.end())
        if not verb:
            return None
        stop = CLAUSE_BREAK.search(s_text, verb.end())
        stop_at = stop.start() if stop else len(s_text)
        unit = _HEADED_OBJECT.match(s_text[:stop_at], verb.end())
        if not unit:
            return None
        role = next(r for p, r in language.HEADED_UNITS
                    if re.fullmatch(p, unit.group("unit"), re.IGNORECASE))
        return verb, unit, role, stop_at

    def _head_role(self, mention: PersonMention, sentence: Sentence, s_text: str,
                   end: int) -> None:
        """The role a verb of heading gives, for the unit's owner ("Y's") or the city or
        organisation named after the unit ("of Y"); a city role only for a city."""
        verb, unit, role, stop = self._headed_unit(s_text, end)
        base = sentence.start
        mention.roles.append(RoleHit(role, s_text[verb.start():unit.end()], sentence.language,
                                     base + verb.start(), base + unit.end()))
        agent = None
        owner = unit.group("owner")
        if owner:
            city = self.matchers.city_at(owner, 0)
            if city and city[2] == len(owner):
                agent = f"city/{city[0].slug}"
            elif role not in CITY_ROLES and not self.gaz.is_country(owner):
                known = self.matchers.org_of(owner)
                if not known:  # an organisation the reference data does not know
                    mention.minted_orgs[slugify(owner)] = owner
                agent = f"org/{known or slugify(owner)}"
            if agent:
                mention.agent_spans.append((base + unit.start("owner"), base + unit.end("owner")))
        else:
            agent = self._agent_in(s_text, unit.end(), stop, base, role, mention)
        if agent:
            mention.agents[len(mention.roles) - 1] = agent

    def _role_pronoun_before(self, s_text: str, start: int) -> tuple[re.Match, tuple] | None:
        """'le maire de Y, X, et celui de Z, W', 'the mayor of Y, X, and that of Z, W': a
        pronoun for the role, the city it is held for, a comma, then the name."""
        head = s_text[:start]
        comma = re.search(r"\s*,\s*$", head)
        if not comma:
            return None
        pronoun = None
        for pronoun in language.ROLE_PRONOUN_RE.finditer(head, max(0, comma.start() - 60)):
            pass
        if pronoun is None:
            return None
        city = self.matchers.city_at(head, pronoun.end())
        if not city or city[2] != comma.start():
            return None
        return pronoun, city

    def _antecedent_role(self, sentence: Sentence, before: int
                         ) -> tuple[RoleHit, str | None] | None:
        """The first role of the last person named with one in the sentence before ``before``
        (absolute), with its agent."""
        earlier = [m for m in self.mentions if m.region is sentence.region and m.roles
                   and sentence.start <= m.start < before]
        if not earlier:
            return None
        return earlier[-1].roles[0], earlier[-1].agents.get(0)

    def _role_by_pronoun(self, mention: PersonMention, sentence: Sentence, s_text: str,
                         start: int) -> None:
        """The antecedent's role, for the city the pronoun's phrase names."""
        found = self._role_pronoun_before(s_text, start)
        antecedent = found and self._antecedent_role(sentence, sentence.start + found[0].start())
        if found and not antecedent and not s_text[:found[0].start()].strip():
            # "Le maire de Y, X, ... . Celui de Z, W, ...": the pronoun opens the sentence
            # after the one naming the role
            region, people = self.previous
            earlier = [m for m in people if m.roles] if region is sentence.region else []
            antecedent = earlier and (earlier[-1].roles[0], earlier[-1].agents.get(0))
        if not antecedent:
            return
        base = sentence.start
        pronoun, (entry, city_start, city_end) = found
        hit = antecedent[0]
        mention.roles.append(RoleHit(hit.role, hit.label, sentence.language,
                                     base + pronoun.start(), base + pronoun.end()))
        mention.agents[len(mention.roles) - 1] = f"city/{entry.slug}"
        mention.agent_spans.append((base + city_start, base + city_end))

    def _deputy_role(self, mention: PersonMention, sentence: Sentence, s_text: str,
                     start: int) -> None:
        """'le maire de Y, X, et son adjoint W': the deputy of the mayor named before, for
        the mayor's city; without a mayor with a city before, no role."""
        word = language.DEPUTY_WORD_RE.search(s_text[:self._honorific_before(s_text, start)[1]])
        base = sentence.start
        antecedent = word and self._antecedent_role(sentence, base + word.start())
        if not antecedent or antecedent[0].role != "mayor" or \
                not (antecedent[1] or "").startswith("city/"):
            return
        mention.roles.append(RoleHit("deputy-mayor", word.group(0), sentence.language,
                                     base + word.start(), base + word.end()))
        mention.agents[len(mention.roles) - 1] = antecedent[1]

    _SIGNATURE_BREAK = re.compile(r"[ \t]*,?[ \t]*\n[ \t]*")

    def _signature_role_at(self, s_text: str, before: str, end: int) -> int | None:
        """'X Y / Mayor, Y City Corporation', 'X Y / Bürgermeisterin der Stadt Z': a name
        alone on its line (a signature, a card of a speaker) and a role opening the next
        line; where the role line starts, or None."""
        if before.split("\n")[-1].strip(" \t*-–—•"):
            return None
        gap = self._SIGNATURE_BREAK.match(s_text, end)
        if not gap or not self._role_phrase_at(s_text, gap.end()):
            return None
        return gap.end()

    def _place_clause(self, sentence: Sentence, s_text: str, end: int
                      ) -> tuple[RoleMatch, object] | None:
        """'X, venu de Y, dont il est le maire', 'X, from Y, where she is mayor', 'X aus Y, wo
        er Bürgermeister ist': the role a clause after the place gives, and that place (the
        last city named between the name and the clause, no other name between)."""
        window = s_text[end:end + 120]
        clause = language.PLACE_ROLE_CLAUSE_RE.search(window)
        if not clause or re.search(r"[;:.!?()\n]", window[:clause.start()]) or any(
                end < m.start - sentence.start < end + clause.start() for m in self.mentions):
            return None
        found = self.roles.at(s_text, end + clause.end())
        cities = found and self.matchers.cities_anywhere(window[:clause.start()], end)
        if not cities:
            return None
        return found, cities[-1]

    def _succession_role(self, mention: PersonMention, sentence: Sentence, s_text: str,
                         start: int) -> None:
        """'Y's Lord Mayor, X, ... His predecessor W', 'le maire de Y, X, et son successeur
        W': the office of the person named last with a role before (in this sentence or the
        one before), for the same city or organisation; without one, no role."""
        word = language.SUCCESSION_WORD_RE.search(
            s_text[:self._honorific_before(s_text, start)[1]])
        base = sentence.start
        antecedent = word and self._antecedent_role(sentence, base + word.start())
        if word and not antecedent:
            region, people = self.previous
            earlier = [m for m in people if m.roles] if region is sentence.region else []
            antecedent = earlier and (earlier[-1].roles[0], earlier[-1].agents.get(0))
        if not antecedent or not antecedent[1]:
            return
        mention.roles.append(RoleHit(antecedent[0].role, word.group(0).strip(" \t,"),
                                     sentence.language, base + word.start(),
                                     base + word.start() + len(word.group(0).strip(" \t,"))))
        mention.agents[len(mention.roles) - 1] = antecedent[1]

    _DEMONYM_BEFORE = re.compile(r"(?<=\s)([a-zàâçéèêëîïôöûüù]{5,})[ \t]+$")

    def _role_demonym_before(self, s_text: str, start: int
                             ) -> tuple[RoleMatch, int, int, str] | None:
        """'la maire lyonnaise X', 'le maire montréalais X': a role, then the adjective of
        its city's people, then the name."""
        head = s_text[:start]
        m = self._DEMONYM_BEFORE.search(head)
        slug = m and self.city_of_demonym(m.group(1))
        if not slug:
            return None
        role = self.roles.ending_at(head, len(head[:m.start(1)].rstrip()), max(0, start - 80))
        if not role:
            return None
        return role, m.start(1), m.end(1), f"city/{slug}"

    def _role_of_city_before(self, s_text: str, start: int
                             ) -> tuple[RoleMatch, int, int, str] | None:
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
        """'London Mayor X', 'Kölns Oberbürgermeisterin X', "Lyon's mayor X", "Yx'
        Bürgermeister", "New City's mayor": the city, of up to three words."""
        head = s_text[:role_start]
        then = re.search(rf"(?<=\s)(?:{language.OTHER_TIME_ADVERB_RE.pattern.removeprefix('(?i)')})"
                         r"[-\s]+$", head, re.IGNORECASE)
        if then:  # "Y's then-mayor", "der damalige Yer Bürgermeister": the city before "then"
            head = head[:then.start()]
            role_start = len(head)
        m = re.search(r"(?P<city>[A-ZÄÖÜÉİ][\w.-]*?(?:[ \t]+[A-ZÄÖÜÉİ][\w.-]*?){0,2})"
                      r"(?:['’]s|['’]|s)?\s+$", head)
        if not m:
            return self._city_listed_with(head)
        words = list(re.finditer(r"\S+", m.group("city")))
        for word in reversed(words):  # the shortest city that ends where the genitive does
            start = m.start("city") + word.start()
            found = self.matchers.city_at(s_text, start)
            if found and found[1] == start and m.end("city") - 1 <= found[2] <= m.end("city") + 2:
                return found[1], found[2], f"city/{found[0].slug}"
        listed = self._city_listed_with(head)
        if listed:
            return listed
        adjective = re.search(r"([A-ZÄÖÜÉ][^\W\d_]+)\s+$", s_text[:role_start])
        if adjective:
            return self._city_adjective_at(s_text, adjective.start(1))
        return None

    _LISTED_WITH = re.compile(
        rf"(?:^|[,;:(]|\b(?:{language.CONJUNCTIONS}|{language.COPULAS}))\s*"
        r"(?P<city>[A-ZÄÖÜÉİ][\w.'’-]*(?:[ \t]+[A-ZÄÖÜÉİ][\w.'’-]*){0,2})\s+"
        rf"(?:{language.WITH_WORDS})\s+(?:(?:{language.ARTICLES}|{language.DEFINITE_ARTICLES}|"
        rf"{language.POSSESSIVES})\s+)?$")

    def _city_listed_with(self, head: str) -> tuple[int, int, str] | None:
        """'waren Warschau mit Vizebürgermeister X und Y mit der Vizevorsitzenden des
        Stadtrates, Z vertreten', 'Y was there with its deputy mayor, Z': a city listed with
        the holder of the role (not after a preposition of place: "in Y with Mayor X" may
        name a guest)."""
        m = self._LISTED_WITH.search(head)
        if not m:
            return None
        found = self.matchers.city_at(head, m.start("city"))
        if not found or found[1] != m.start("city") or found[2] != m.end("city"):
            return None
        return found[1], found[2], f"city/{found[0].slug}"

    def _city_adjective_at(self, text: str, pos: int) -> tuple[int, int, str] | None:
        """'der Lyoner Bürgermeister', 'Dresdner OB': the city a capitalised adjective at
        ``pos`` stands for (the CITY_ADJECTIVE_ENDINGS table), a reference city or a large
        GeoNames one."""
        m = _CAPITALISED_WORD.match(text, pos)
        if not m:
            return None
        word = m.group(0)
        for ending, name_ending in language.CITY_ADJECTIVE_ENDINGS:
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            entry = self.gaz.city(word[:-len(ending)] + name_ending)
            if entry and (entry.in_reference
                          or entry.population >= ADJECTIVE_CITY_MIN_POPULATION):
                return m.start(), m.end(), f"city/{entry.slug}"
        return None

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

    _NAME_SEGMENT = re.compile(r"\s*(?:[A-ZÄÖÜÉ][\w'’-]+\s+){1,3}[A-ZÄÖÜÉ][\w'’-]+\s*[.;!?]?\s*")

    def _role_of_next_name(self, s_text: str, role_pos: int) -> bool:
        """'M. X, le maire de Y, Z W, et ...': the role phrase after X's comma opens with an
        article and is followed by another name that has no role phrase after it, so the
        phrase is that name's (a role before its name), not X's ('X, maire de Y, Z W, maire
        de V' pairs each name with the role after it)."""
        segments = s_text[role_pos:].split(",")
        if len(segments) < 2 or not self._NAME_SEGMENT.fullmatch(segments[1]) or \
                not re.match(rf"(?i)(?:{language.DEFINITE_ARTICLES}|l['’])\s*", segments[0]):
            return False  # "X, Lord Mayor of Y, Z W, and ...": an apposition without article
        if len(segments) >= 3 and re.match(rf"\s*(?:{language.CONJUNCTIONS})\s+",
                                           segments[2]):
            # "M. X, le maire de Y, Z W, et l'adjoint au maire de V, U T": the list goes on
            # with a role before its name, so each role is the name's after it
            return True
        return len(segments) < 3 or not self._is_role_segment(segments[2])

    def _list_opens_with_role(self, s_text: str, name_start: int) -> bool:
        """In 'ROLE de X, NAME, ROLE de Y, NAME2' every name takes the role before it; in
        'NAME, ROLE of X, NAME2, ROLE of Y' the role after it. The first item of the chain of
        roles and names before the name tells which."""
        # (a closed bracket is an aside of its item: "ROLE de X (Pays), NAME")
        head = re.sub(r"\([^()\n]*\)", lambda m: " " * len(m.group(0)), s_text[:name_start])
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
        for m in WORD.finditer(segment):
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

    def _role_phrase_at(self, text: str, pos: int) -> RoleMatch | None:
        # "X, seit 2014 Oberbürgermeisterin von Y": a term of office before the role
        term = language.TERM_RE.match(text, pos)
        if term and re.match(r"[ \t]+", text[term.end():]):
            pos = term.end() + re.match(r"[ \t]+", text[term.end():]).end()
        m = re.match(rf"(?:(?:{language.DEFINITE_ARTICLES}|{language.INDEFINITE_ARTICLES})\s+)?",
                     text[pos:])
        pos += m.end() if m else 0
        # "X, die seit 2014 Bürgermeisterin von Y ist": the term after the article
        term = language.TERM_RE.match(text, pos)
        if term and re.match(r"[ \t]+", text[term.end():]):
            pos = term.end() + re.match(r"[ \t]+", text[term.end():]).end()
        # "X, alors maire de Y", "X, damals Bürgermeister": an office of then
        then = language.OTHER_TIME_ADVERB_RE.match(text, pos)
        if then and re.match(r"[ \t-]+", text[then.end():]):
            pos = then.end() + re.match(r"[ \t-]+", text[then.end():]).end()
        found = self.roles.at(text, pos)
        if found:
            return found
        # "Kölns Oberbürgermeisterin", "Lyon's mayor": a city in the genitive first
        genitive = re.match(r"(?:[A-ZÄÖÜÉ][\w.-]*[ \t]+){0,2}[A-ZÄÖÜÉ][\w.-]*?(?:['’]s|['’]|s)\s+",
                            text[pos:])
        if genitive and self.matchers.city_at(text, pos):
            found = self.roles.at(text, pos + genitive.end())
            if found:
                return found
        # "die Lyoner Oberbürgermeisterin": a city adjective first
        city = self._city_adjective_at(text, pos)
        if city:
            gap = re.match(r"[ \t]+", text[city[1]:])
            found = self.roles.at(text, city[1] + gap.end()) if gap else None
            if found:
                return found
        # "die sozialistische Bürgermeisterin von X", "the newly elected mayor of X"
        # ("X, and Mayor Y of Z" continues a list: a conjunction is no adjective)
        # ("X, which every mayor signed": a relative pronoun opens a clause, not a role)
        # ("a volunteer coordinator at Y": one word before the role, the role then a word)
        for count in (1, 2):
            adjectives = re.match(rf"(?:(?!(?:{language.CONJUNCTIONS}|{language.LINK_WORDS}|"
                                  rf"{language.RELATIVE_PRONOUNS})\s)"
                                  rf"[a-zäöüéèà][\w-]*\s+){{{count}}}", text[pos:])
            found = adjectives and self.roles.at(text, pos + adjectives.end())
            if found:
                return found
        return None

    def _role_before_comma(self, s_text: str, name_start: int) -> tuple[int, int] | None:
        """'der Stellvertretende Oberbürgermeister von Z, NAME': the role phrase span."""
        comma = s_text.rstrip()[:name_start].rstrip().rfind(",")
        head = s_text[:comma]
        clause_start = max(head.rfind(c) for c in ',;:"“„\n') + 1
        # "von Oberbürgermeister X und vom Staatsminister im Y, NAME": after a conjunction a
        # later role opens the phrase of the name
        chosen = None
        for found in self._roles_before_comma(head, clause_start):
            if chosen is None or re.search(rf"\b(?:{language.CONJUNCTIONS})\b",
                                           head[chosen[1]:found[0]]):
                chosen = found
        return (chosen[0], len(head)) if chosen else None

    def _roles_before_comma(self, head: str, clause_start: int) -> Iterator[tuple[int, int]]:
        """Every role of the clause whose words up to the comma are its agent's (start, end
        of the role)."""
        for m in WORD.finditer(head, clause_start):
            found = self.roles.at(head, m.start())
            if not found and _ELIDED_ARTICLE.match(m.group(0)):
                found = self.roles.at(head, m.start() + 2)  # "l'adjointe au maire de X, Y"
            if not found and "-" in m.group(0):  # "Y's then-mayor, X", "l'ex-maire de Y, X"
                found = self.roles.at(head, m.start() + m.group(0).index("-") + 1)
            if not found:
                continue
            rest = head[found[0].end():]
            if re.fullmatch(rf"(?:\s+(?:{language.AGENT_PREPOSITIONS}|{language.ARTICLES}|"
                            rf"{language.OTHER_TIME_ADVERB_RE.pattern.removeprefix('(?i)')}|"
                            rf"[a-zäöüéè]+(?:{language.ADJECTIVE_ENDINGS})|"
                            rf"[a-zäöüéè]+(?=\s+(?:{language.AGENT_PREPOSITIONS})\s)|"
                            r"(?:[dlDL]['’])?[A-ZÄÖÜÉ][\w'’.-]*|"
                            # the country of the city in brackets ("von X (Burkina Faso)")
                            r"\([A-ZÄÖÜÉ][^()\n]{1,40}\)))*\s*", rest) or \
                    _HOST_CITY_AFTER_ROLE.search(head, found[0].start()):
                yield found[0].start(), found[0].end()

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
                elif language.HOST_CUE_END_RE.search(s_text[max(0, m.start() - 40):m.start()]):
                    mention.host_named = True
                self._parenthesis(mention, s_text, end, base)
                self._trailing_agent(mention, s_text, end, base, role)
        elif context == "role-demonym":
            found = self._role_demonym_before(s_text, self._honorific_before(s_text, start)[1])
            if found:
                (m, role, lang), adjective_start, adjective_end, agent = found
                mention.roles.append(RoleHit(role, m.group(0), lang or sentence.language,
                                             base + m.start(), base + m.end()))
                mention.agents[len(mention.roles) - 1] = agent
                mention.agent_spans.append((base + adjective_start, base + adjective_end))
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
            rest = self._apposition_start(s_text, end)
            if language.PLURAL_ROLE_GROUP_RE.match(s_text, rest):
                return  # "Frau X, die Oberbürgermeister nach Rangliste, ...": a list's next item
            stop = CLAUSE_BREAK.search(s_text, rest)
            self._analyse_phrase(mention, s_text, rest, stop.start() if stop else len(s_text),
                                 base, sentence.language)
        elif context == "role-comma":
            span = self._role_before_comma(s_text, self._honorific_before(s_text, start)[1])
            if span:
                first = len(mention.roles)
                self._analyse_phrase(mention, s_text, span[0], span[1], base, sentence.language)
                city = self._city_before_role(s_text, span[0]) or \
                    self._city_before_relative(s_text, span[0])
                if len(mention.roles) > first and first not in mention.agents and \
                        _HOST_CITY_AFTER_ROLE.search(s_text[:span[1]],
                                                     mention.roles[first].start - base):
                    mention.host_named = True  # told once the summit is known
                if city and len(mention.roles) > first and first not in mention.agents:
                    # "Y's Deputy Mayor, X": the city in the genitive before the role
                    mention.agents[first] = city[2]
                    mention.agent_spans.append((base + city[0], base + city[1]))
        elif context == "counterpart":
            self._counterpart_role(mention, sentence, s_text, start)
        elif context == "head-verb":
            self._head_role(mention, sentence, s_text, end)
        elif context == "role-pronoun":
            self._role_by_pronoun(mention, sentence, s_text, start)
        elif context == "deputy":
            self._deputy_role(mention, sentence, s_text, start)
        elif context == "signature":
            rest = self._signature_role_at(s_text, self._text_before_name(s_text, start)[0], end)
            line_end = s_text.find("\n", rest)
            self._analyse_phrase(mention, s_text, rest, len(s_text) if line_end < 0 else line_end,
                                 base, sentence.language)
        elif context == "place-clause":
            found, city = self._place_clause(sentence, s_text, end)
            m, role, lang = found
            mention.roles.append(RoleHit(role, m.group(0), lang or sentence.language,
                                         base + m.start(), base + m.end()))
            mention.agents[len(mention.roles) - 1] = f"city/{city.slug}"
            mention.agent_spans.append((base + city.start, base + city.end))
        elif context == "succession":
            self._succession_role(mention, sentence, s_text, start)
        elif context == "caption":
            self._parenthesis(mention, s_text, end, base)
        elif context == "role-parenthesis":
            inner = self._role_in_parenthesis(s_text, end)
            self._analyse_phrase(mention, s_text, inner[0], inner[1], base, sentence.language)
        elif context == "role-field":
            field = self._role_field_after(sentence, self._text_before_name(s_text, start)[0], end)
            self._analyse_phrase(mention, self.text, field[0], field[1], 0, sentence.language)
        elif context == "role-dash":
            after = self._role_after_dash(s_text, start, end)
            self._analyse_phrase(mention, s_text, after[0], after[1], base, sentence.language)
        elif context == "role-slash":
            after = self._role_after_slash(s_text, end)
            self._analyse_phrase(mention, s_text, after[0], after[1], base, sentence.language)

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

    _PARENTHESIS = re.compile(r"[ \t]*\(([^()\n]{2,100})\)")

    def _role_in_parenthesis(self, s_text: str, end: int) -> tuple[int, int] | None:
        """'X (Mayor of Y)', 'X (Vice-Chair of Y City Council)', 'X (maire de Y)': the span
        inside a parenthesis right after a name that opens with a role phrase (an article,
        an adverb of then or a city's genitive may come first), or None."""
        m = self._PARENTHESIS.match(s_text, end)
        found = m and self._role_phrase_at(s_text[:m.end(1)], m.start(1))
        if not found or re.match(r"['’]s?\b", s_text[found.match.end():]):
            return None  # "(Mayor's Office of Y)": the role names an office
        return m.start(1), m.end(1)

    # the mark between a name and its role on a lower third or a card: a slash, a middle
    # dot or a bar ("X / Mayor of Y", "X · Lord Mayor of Y", "X | maire de Y")
    _SLASH = re.compile(r"[ \t]*[/·|][ \t]*(?=[^\W\d_])")

    def _role_after_slash(self, s_text: str, end: int) -> tuple[int, int] | None:
        """'SUPER: X / Mayor of Y', 'X · maire de Y': the span after a slash (a middle dot, a
        bar) right after a name, to the end of its line, that opens with a role phrase (the lower third of a
        television script, a card's line), or None."""
        return self._role_after_mark(s_text, end, self._SLASH)

    # a dash between spaces after a name that opens its line (past a bullet, a number or an
    # honorific): "• X — Lord Mayor, City of Y", "- X – Bürgermeisterin von Y",
    # "1. X - maire de Y"
    _DASH = re.compile(r"[ \t]+[—–-][ \t]+(?=[^\W\d_])")
    _LINE_MARKS = " \t*_#>•·–—-"

    def _role_after_dash(self, s_text: str, start: int, end: int) -> tuple[int, int] | None:
        """'• X — Mayor of Y', '- X – Oberbürgermeisterin der Stadt Y': the span after a dash
        right after a name that opens its line, to the line's end, that opens with a role
        phrase (a speaker list of a programme, an app's session listing, a list of delegates),
        or None. In running text a dash may open an aside about anything; only a list's line
        gives the name and its role the whole line."""
        before, _ = self._text_before_name(s_text, start)
        line = before[before.rfind("\n") + 1:]
        if re.sub(r"^\s*\d{1,3}[.)]", "", line).strip(self._LINE_MARKS):
            return None
        return self._role_after_mark(s_text, end, self._DASH)

    _LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüßàâçéèêëîïôûù][\w-]*")

    def _role_field_after(self, sentence: Sentence, before: str, end: int
                          ) -> tuple[int, int] | None:
        """'Name: X\nTitle: Mayor of Y', 'Nom : X\nFonction : maire de Y', 'Traveller: X\n
        Title: Mayor': a name that is the whole value of a name's field, and the field of an
        office on the line after it (one other field between them at most) whose value opens
        with a role phrase; that value's span in the release's text, or None. A contact's or
        an author's label is no name's field, and a document's title ("Title: Mayors and
        cities") opens with no role."""
        if not language.NAME_FIELD_LABEL_RE.search(before[-200:]):
            return None
        field = language.ROLE_FIELD_AFTER_RE.match(self.text, sentence.start + end)
        if not field:
            return None
        line_end = self.text.find("\n", field.end())
        stop = len(self.text) if line_end < 0 else line_end
        found = self._role_phrase_at(self.text[:stop], field.end())
        if not found or re.match(r"['’]s?\b", self.text[found.match.end():]) or \
                self._LOWER_WORD.search(_ARTICLE_WORD.sub("", self.text[field.end():
                                                                      found.match.start()])):
            return None  # "Fonction : cabinet du maire de Y": an office, not its holder's role
        return field.end(), stop

    def _role_after_mark(self, s_text: str, end: int, mark: re.Pattern) -> tuple[int, int] | None:
        """The span after a mark right after a name, to the end of its line, that opens with
        a role phrase (not an office named after its holder: "Mayor's Office of Y"), or
        None."""
        m = mark.match(s_text, end)
        line_end = s_text.find("\n", end)
        stop = len(s_text) if line_end < 0 else line_end
        found = m and self._role_phrase_at(s_text[:stop], m.end())
        if not found or re.match(r"['’]s?\b", s_text[found.match.end():]):
            return None
        return m.end(), stop

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

