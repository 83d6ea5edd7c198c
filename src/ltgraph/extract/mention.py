"""A person named in a release (``PersonMention``) with the role words found for them
(``RoleHit``), and the patterns every reader of names shares: a word, the end of a clause, a
byline word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ltgraph import language
from ltgraph.extract.text import Region

WORD = re.compile(r"[^\W\d_][\w'’?]*(?:-[\w'’?]+)*\.?", re.UNICODE)


CLAUSE_BREAK = re.compile(r",\s+(?=[a-zäöüßéèêàçœ])|[;:!?\"“”„()\n]|\s[-–—]\s|\.(?:\s|$)|$")


# A byline opening its line ("By X"), a credit opening a line, a sentence or a field of a
# line of credits ("Camera: X | Editing: Y"), or the byline of a cited article after its date
# or page ("Le Courrier, 3 juin 2015, p. A6 – par X").
BYLINE_BEFORE = re.compile(rf"(?:^|\n)\s*(?:{language.BYLINE_WORDS}|(?i:"
                           rf"{language.BYLINE_WORDS.upper()}))\s+$|"
                           rf"(?:^|\n|[.;,|·•]\s)\s*(?:{language.CREDIT_WORDS})\s*$|"
                           rf"\d[^\d\n]{{0,12}}?[ \t][-–—][ \t]*"
                           rf"(?i:{language.BYLINE_WORDS})[ \t]+$")

# A byline that is a line of its own, the name then a bar or dash and a date, a time or a
# dateline in capitals ("X Y | 10.12.2021 - 17:42", "X Y - CITY").
BYLINE_LINE = re.compile(r"(?m)^[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3}"
                         r"[ \t]+(?:\||[-–—])[ \t]*(?:\d|[^\W\d_a-zß-ÿ]{3,}\b)")

_CAPITALS_WORD = r"[^\W\d_a-zß-ÿ](?:[^\W\d_a-zß-ÿ]|['’-])+"
_TITLE_WORD = r"[^\W\d_a-zß-ÿ][^\W\d_A-ZÀ-Þ]+(?:-[^\W\d_a-zß-ÿ][^\W\d_A-ZÀ-Þ]+)?"

# A byline in capitals on its own line ("PAR X Y", "VON X Y-Z"), or with the surname alone in
# capitals ("Par X YZ", the manner of agencies and official French): the name.
CAPITALS_BYLINE = re.compile(rf"^\s*(?:{language.BYLINE_WORDS.upper()}|{language.BYLINE_WORDS})"
                             rf"\s+(?P<name>{_CAPITALS_WORD}(?:[ \t]+{_CAPITALS_WORD}){{1,3}}|"
                             rf"(?:{_TITLE_WORD}[ \t]+){{1,2}}{_CAPITALS_WORD}"
                             rf"(?:[ \t]+{_CAPITALS_WORD})?)[ \t]*$")

# A field's label, as credit lines and catalogues write it: up to four words, then its colon
_FIELD_LABEL = r"(?P<label>[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,3})[ \t]*:[ \t]*"

# A field of a credit line with its name in capitals ("PRODUCER: X Y   WRITER: Z W", "(ANCHOR:
# X-Y Z)"): a label of up to four words, its colon, two to four words in capitals, and the
# field ends with a wide gap, a bar or a dot, a closing bracket or the line.
_CAPITALS_FIELD = re.compile(
    _FIELD_LABEL +
    rf"(?P<name>{_CAPITALS_WORD}(?: {_CAPITALS_WORD}){{1,3}})"
    r"(?=[ \t]{2,}|\t|[ \t]*(?:[|·•)\]]|\n|$))")
_CREDIT_LABEL = re.compile(rf"(?i)(?<![\w-])(?:{language.CREDIT_WORDS})[ \t]*:?$")


# A credit with the surname first, as a catalogue writes it ("Text: X, Y", "Photo : X,
# Y-Z"): the label, its colon, a surname, a comma, one or two given names, the line's end.
_INVERTED_FIELD = re.compile(
    _FIELD_LABEL +
    rf"(?P<surname>{_TITLE_WORD}),[ \t]*(?P<given>{_TITLE_WORD}(?:[ \t]{_TITLE_WORD})?)"
    r"[ \t]*(?=\n|$)")


def _credit_label(label: str) -> bool:
    return bool(language.CONTACT_LABEL_RE.search(label + ":") or _CREDIT_LABEL.search(label + ":"))


def capitals_credit_fields(text: str) -> list[re.Match[str]]:
    """The fields of a credit or contact line whose names are written in capitals, as a
    script's header or a film's credits write them ("PRODUCER: X Y   EDITOR: Z W"): the label
    must be a credit or contact label of the tables, so "SLUG: MAYORS SUMMIT" names nobody.
    A field needs its label's colon: a text without one is not tried at every place."""
    if ":" not in text:
        return []
    return [m for m in _CAPITALS_FIELD.finditer(text) if _credit_label(m.group("label"))]


def inverted_credit_fields(text: str) -> list[re.Match[str]]:
    """The credits that write the surname first ("Text: X, Y"), after a credit or contact
    label of the tables ("Lieu : X, Y" names a place, not a person)."""
    if ":" not in text:
        return []
    return [m for m in _INVERTED_FIELD.finditer(text) if _credit_label(m.group("label"))]


# An entry of a reference list, the author's surname first and the year of the work after
# the names ("Surname, Given (2016). Title.", "Surname, Given and Given Surname (2021).",
# "Nom, Prénom et Prénom Nom (2018)."): the shape of every author-year bibliography. A second
# author is written given name first, as the styles of such lists write the names after the
# first one.
_REFERENCE_ENTRY = re.compile(
    rf"(?m)^[ \t]*(?:[-*•–][ \t]+)?(?P<surname>{_TITLE_WORD}),[ \t]*"
    rf"(?P<given>{_TITLE_WORD}(?:[ \t]{_TITLE_WORD})?)"
    rf"(?:[ \t]+(?:{language.CONJUNCTIONS}|&)[ \t]+(?P<given2>{_TITLE_WORD})[ \t]+"
    rf"(?P<surname2>{_TITLE_WORD}))?"
    r"[ \t]*\((?:1[89]|20)\d\d[a-z]?\)[ \t]*[.,:]")


def reference_entry_authors(text: str) -> list[tuple[str, int, int]]:
    """The authors of the author-year entries of a reference list, each as its name in
    reading order and the span that writes it: the first author's surname (the word the
    reading of names takes for the same person), a second author's whole name. A reference
    list names people as authors of works: persons, placed at no event."""
    authors: list[tuple[str, int, int]] = []
    for m in _REFERENCE_ENTRY.finditer(text):
        authors.append((f"{m.group('given')} {m.group('surname')}", m.start("surname"),
                        m.end("surname")))
        if m.group("given2"):
            authors.append((f"{m.group('given2')} {m.group('surname2')}", m.start("given2"),
                            m.end("surname2")))
    return authors


# An author or editor line of a tagged bibliographic record, as reference managers export
# it (RIS "AU  - Surname, Given", "A2  - Surname, Given", "ED  - ..."; Refer/EndNote
# "%A Surname, Given", "%E ..."): the tag alone at the line's start, the surname first, one
# or two given names, the line's end.
_TAGGED_AUTHOR = re.compile(
    r"(?m)^[ \t]*(?:(?:AU|A[1-4]|ED)[ \t]{1,2}-[ \t]+|%[AEY][ \t]+)"
    rf"(?P<surname>{_TITLE_WORD}(?:[ \t]{_TITLE_WORD})?),[ \t]*"
    rf"(?P<given>{_TITLE_WORD}(?:[ \t]{_TITLE_WORD})?)[ \t]*$")


def tagged_record_authors(text: str) -> list[tuple[str, int, int]]:
    """The authors and editors of a tagged bibliographic record ("AU  - Surname, Given"),
    each as its name in reading order and the span of the surname (the word the reading of
    names takes for the same person). A record names people as authors of works: persons,
    placed at no event."""
    return [(f"{m.group('given')} {m.group('surname')}", m.start("surname"), m.end("surname"))
            for m in _TAGGED_AUTHOR.finditer(text)]


_LISTED_NAME_END = re.compile(
    # a byline word is not the first word of a name ("Von A B und C D": A B is listed)
    rf"(?<![\w'’.-])(?!(?:{language.BYLINE_WORDS}|{language.CREDIT_WORDS})\s)"
    rf"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){{1,3}}[ \t]*"
    # a middle dot or a bullet joins the names of a line of signatures ("gez. A · B · C")
    rf"(?:&|[·•]|\b(?:{language.CONJUNCTIONS}))[ \t]*$")
# An academic title before a name ("gez. Dr. X"): no word of the list's label or names.
_ACADEMIC_TITLES_END = re.compile(rf"(?:(?:{language.ACADEMIC_TITLES})[ \t]*)+$")


_ABBREVIATED_TITLE_AFTER_LABEL = re.compile(r":[ \t]*(?:[^\W\d_][\w.-]*\.[ \t]+){1,2}$")


def credited_list(before: str) -> bool:
    """'Rédaction : A et B', 'Reporting by A and B': the names before this one, back to a
    contact label or a credit, are a list of credited people (joined by a conjunction: after
    a comma may come the title of the one before, "Contact: A, Research Fellow")."""
    if under_contact_heading(before) or after_closing_formula(before):
        return True
    # "Schriftführung: Verw.-Angest. X": an abbreviated job title between label and name
    before = _ABBREVIATED_TITLE_AFTER_LABEL.sub(": ", before)
    for _ in range(6):
        before = _ACADEMIC_TITLES_END.sub("", before)
        if _credit_ends(before):
            return True
        listed = _LISTED_NAME_END.search(before) or _comma_listed_after_plural_label(before)
        if not listed:
            return False
        if any(_credit_ends(before[:start]) for start in _shorter_name_starts(before, listed)):
            return True  # "compiled by A B and": the run of words took in the credit's words
        before = before[:listed.start()]
    return False


def _credit_ends(before: str) -> bool:
    """Whether the text ends with a contact label, a byline, a credit or a speaker's label."""
    return bool(language.CONTACT_LABEL_RE.search(before[-60:]) or BYLINE_BEFORE.search(before)
                or language.AUTHORED_BY_END_RE.search(before[-80:])
                or language.TRANSCRIPT_LABEL_RE.search(before[-60:]))


def _shorter_name_starts(before: str, listed: re.Match[str]) -> list[int]:
    """Where a shorter name of the listed run could start (its words after the first one):
    "The report was compiled by A B and" lists A B, not the run
    of four words the pattern takes from the leftmost word."""
    words = [listed.start() + 1 + m.start() for m in re.finditer(
        r"(?<![\w'’.-])[^\W\d_]", before[listed.start() + 1:listed.end()])]
    return words[:-1]


_COMMA_LISTED_NAMES_END = re.compile(
    r"(?:(?<=[:\n])|(?<=:[ \t]))(?:[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3}"
    r"[ \t]*,)+[ \t]*$")
# a label in the plural ("Hosts:", "Animatrices :", "Moderatoren:"): after its comma comes
# another name, not the title of the one before ("Contact: A, Research Fellow")
_PLURAL_LABEL_END = re.compile(r"(?:s|en)[ \t]*:[ \t]*$")


def _comma_listed_after_plural_label(before: str) -> re.Match[str] | None:
    """'Hosts: A B, C D': the names joined by commas after a label in the plural, the whole
    run back to the label."""
    listed = _COMMA_LISTED_NAMES_END.search(before)
    if listed and _PLURAL_LABEL_END.search(before, 0, listed.start()) and \
            language.CONTACT_LABEL_RE.search(before[max(0, listed.start() - 60):listed.start()]):
        return listed
    return None


# a short field label opening a contact block's line ("Städtepartnerschaften: X",
# "Networks and partners: X"): the name after it is the contact for that field
_BLOCK_FIELD_LABEL = re.compile(r"^[ \t*_-]*[^\W\d_][^\n:\d]{0,40}:[ \t]*$")
# the longest line a contact block's lines between its heading and the name may have
_BLOCK_LINE_MAX = 80


def under_contact_heading(before: str) -> bool:
    """'Contact presse / Service de presse, Ville de Y / X Z, chargée de communication': the
    name opens a line of a block (or follows a short field label opening it, "Städte-
    partnerschaften: X") whose heading, at most five lines above it with no blank line
    between (but the one right under the heading, "## Kontakt / (blank) / Büro ... / X"), is
    a contact heading alone on its line; the block's lines are short, as a block's are."""
    lines = before.split("\n")
    if len(lines) < 2 or (lines[-1].strip(" \t*-•–")
                          and not _BLOCK_FIELD_LABEL.match(lines[-1])):
        return False
    above = lines[-7:-1]
    for k, line in enumerate(reversed(above)):
        if len(line) > _BLOCK_LINE_MAX:
            return False
        if not line.strip():
            heading = above[len(above) - k - 2] if len(above) - k - 2 >= 0 else ""
            return bool(language.CONTACT_HEADING_RE.fullmatch(heading))
        if language.CONTACT_HEADING_RE.fullmatch(line):
            return k < 4
    return False


_QUOTED_MAIL_MARKS = re.compile(r"^[ \t]*(?:>[ \t]*)+")


def after_closing_formula(before: str) -> bool:
    """'Mit herzlichen Grüßen / für den Vorstand / X Y, Vorsitzende', 'Kind regards, / X Y':
    the name opens a line at most three lines under a letter's closing formula alone on its
    line: the writer signing the text, not a person it tells of; so is one the writer signs
    for, on a line under it ('Kind regards / X / for Y, Head of Office', 'i. A. Y'). The
    marks of a quoted e-mail ('> Kind regards') are no part of its lines."""
    lines = [_QUOTED_MAIL_MARKS.sub("", line) for line in before.split("\n")]
    if len(lines) < 2 or lines[-1].strip(" \t*-•–") and \
            not language.SIGNED_FOR_RE.fullmatch(lines[-1].strip(" \t*-•–")):
        return False
    return any(language.CLOSING_FORMULA_RE.fullmatch(line) for line in lines[-5:-1])


# A writer's signature line: the name, then after a comma (or two) a place or a title of at
# most four words, the first capitalised (with hyphens, a parenthesis), and nothing else on
# the line.
_SIGNATURE_TAIL = re.compile(r"(?:[ \t]*,[ \t]*[^\W\d_a-zß-ÿ][\w'’.-]*"
                             r"(?:[ \t]+[\w'’.-]+){0,3}){1,2}"
                             r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:\n[ \t]*\n|\s*$)")
# The paragraph above it ends a sentence of prose.
_PROSE_END = re.compile(r"[.!?…»“”\"]\s*$")


def signs_letter(text: str, start: int, end: int) -> bool:
    """'... ein ordentlicher Bericht. / (blank) / X Y, Y-Nord / (blank)': a
    line of its own under a paragraph of prose, the name then a comma and the writer's place
    or title: the writer signing a letter, not a person it tells of."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start].strip(" \t*_–—-")
    if lead and not language.ACADEMIC_TITLE_RE.fullmatch(lead) or \
            not _SIGNATURE_TAIL.match(text, end):
        return False
    if not _under_prose(text, line_start):
        return False
    # a page of cards ("X, Mayor of Y" over each biography) has many such lines, a letter one;
    # a page of letters has one under each letter, none over a paragraph of prose
    lines = list(_NAME_COMMA_LINE.finditer(text))
    return len(lines) == 1 or all(
        _under_prose(text, m.start()) and not _prose_follows(text, m.end()) for m in lines)


def _under_prose(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` stands after a blank line under a paragraph whose
    last line is a long one of prose ending a sentence."""
    if not re.search(r"\n[ \t]*\n$", text[:line_start]):
        return False
    paragraph = text[:line_start].rstrip()
    last_line = paragraph[paragraph.rfind("\n") + 1:]
    return len(last_line) > 80 and bool(_PROSE_END.search(last_line))


def _prose_follows(text: str, line_end: int) -> bool:
    """Whether the next line with words after ``line_end`` is a long line of prose (the
    biography under a card's name line), not a heading, a rule or the end of the text."""
    following = re.match(r"\s*([^\n]*)", text[line_end:])
    return bool(following) and len(following.group(1).strip()) > 80


# a line of its own after a blank one: two to four capitalised words, a comma, a short rest
_NAME_COMMA_LINE = re.compile(r"(?m)(?<=\n\n)[ \t]*[^\W\d_a-zß-ÿ][\w'’.-]*"
                              r"(?:[ \t]+[^\W\d_a-zß-ÿ][\w'’.-]*){1,3}[ \t]*,[^\n]{1,60}$")


def credited_after_caption(text: str, start: int, end: int) -> bool:
    """'Foto: Preisübergabe in Y (Stiftung Z/X W)', 'Photo : L'entrée du siège, le 10 juin.
    X W / Le Journal', '[Porträt] Foto: Institution/X W': on a photo's line, the name after
    an institution and its slash in the closing parenthesis or ending the line, or the name
    before a slash and an outlet ending the line, is the photographer credited after the
    caption."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    head, tail = text[line_start:start], text[end:line_end]
    label = language.PHOTO_LABEL_RE.search(text, line_start, start)
    if label and re.fullmatch(r"[^\n/]{2,60}/[ \t]*", text[label.end():start]) and \
            re.fullmatch(r"[ \t*_)\]]*\.?[ \t]*", tail):
        # "Photos for editorial use: Institution/X W" ending its line, or its sentence
        # ("(credit: Institution/X W).", "Photographs: Institution/X W.")
        return True
    if not language.PHOTO_LINE_RE.match(text, line_start):
        return False
    return bool(re.search(r"\([^()/\n]{2,60}/[ \t]*$", head) and re.match(r"[ \t]*\)", tail)
                or re.search(r"\.[ \t]*$", head) and
                re.fullmatch(r"[ \t]*/[ \t]*[^\W\d_][^/\n]{1,50}", tail))


# After a name opening its line: a comma, then a telephone number or an e-mail address (a
# short word such as "Tel." before the number): a contact line ("X Y, +49 211 ...").
CONTACT_DETAILS_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:(?:[^\W\d_]{1,9}\.?[ \t]*:?[ \t]*)?"
    r"(?:\+\d|\(?0\d|\d{3}[ .-]\d{3})[\d \t/().-]{4,}\d|[\w.+-]+@[\w-]+\.\w)")


# A mailbox's address right after its display name, in angle brackets or parentheses ("From:
# X Y <x@example.org>", "Maintainer: X Y (x@example.org)"): the name is a person's or a body's.
MAILBOX_AFTER = re.compile(r"[ \t]*[<(][ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*[>)]")


# A line of a contact card: a telephone or fax number, or an e-mail address, with or without
# its short label ("Tel. 0211 000000-124", "+1 514 555 0100", "x@example.org").
_CONTACT_CARD_LINE = re.compile(
    r"[ \t]*(?:[^\W\d_]{1,9}\.?(?:[ \t-][^\W\d_]{1,9}\.?)?[ \t]*:?[ \t]*)?"
    r"(?:(?:\+\d|\(?0\d|\d{3}[ .-]\d{3})[\d \t/().-]{4,}\d|[\w.+-]+@[\w-]+\.\w)")


def heads_contact_card(text: str, start: int, end: int) -> bool:
    """'(blank) / X Y / Assistenz International / Tel. 0211 ...': the name is a line of its
    own that opens a block, and one of the two lines under it (a job title between) is a
    telephone number or an e-mail address: the name heads a contact card, the one to ask,
    not a person the text tells of. (The job title's line opens no block: no name.)"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[line_start:start].strip(" \t*_-•–") or text[end:line_end].strip():
        return False
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    if line_start and above.strip() and not language.CONTACT_HEADING_RE.fullmatch(above):
        return False
    for line in text[line_end + 1:].split("\n")[:2]:
        if not line.strip():
            return False
        if _CONTACT_CARD_LINE.match(line):
            return True
    return False


def is_capitalised(token: str) -> bool:
    return token[:1].isupper()


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
    # named as the host ("hosted by Mayor X"): a city role without a city is the host city's
    host_named: bool = False
    # named in a list-like line or by a tie that places nobody at an event (a credit line in
    # capitals, "reporter X", "Vereinsmitglied X", "X ('14)", "X († 2024)"): a person, but
    # this mention is no attendance
    listed: bool = False
    # this mention places nobody, though another may: the name opens a class's note
    # ("1968 / X Y writes that ..."), whose member is told of, not placed at the event
    unplaced_here: bool = False

