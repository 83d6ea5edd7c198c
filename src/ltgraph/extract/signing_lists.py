"""Signatories written as a list of lines: bullet or dash items, perhaps grouped under short
headings, after a line that introduces the signatories.

Apart from ``declarations`` because it reads the layout of lines, not the clauses of a
sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ltgraph import language
from ltgraph.extract import dates
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.mandates import Mandate
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.places import CityAt
from ltgraph.extract.text import Region, Sentence

if TYPE_CHECKING:
    from ltgraph.extract.declarations import Declaration

__all__ = ["read_signing_lists", "read_marked_signatories", "statement_of_value"]


# a line of a list: a bullet or a dash, then the item
_BULLET_LINE = re.compile(r"^[ \t]*[-–—•·*▪◦][ \t]+(?P<item>\S.*)$")
# a short line without a sentence's end: a heading over a group of items ("Afrique", "Europe:")
_HEADING_LINE = re.compile(r"^[ \t]*[^\W\d][^.!?;]{0,40}?[ \t]*:?[ \t]*$")


# a labelled list on one line: "Signatories (p. 12–14): A, B, C.", "- **Signataires :** A, B
# et C", "Unterzeichnende Städte: A, B, C"; the label short, a parenthesis in it allowed
_LABELLED_LINE = re.compile(
    r"^[ \t]*(?:[-–—•·*▪◦>][ \t]+)?\**(?P<label>[^\W\d][^:()\n]{0,40}?)[ \t]*"
    r"(?:\([^()\n]{0,30}\)[ \t]*)?\**[ \t]*:[ \t]*\**[ \t]*(?P<items>\S.*)$")
# between two items of a labelled list
_ITEM_SEPARATOR = re.compile(rf"(?i)\s*[,;]\s*(?:(?:{language.CONJUNCTIONS})\s+)?|"
                             rf"\s+(?:{language.CONJUNCTIONS}|&)\s+")
# an item of a bare list: a name of at most four words, no clause
_MAX_ITEM_WORDS = 4


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
    we_signed = _we_signed(ctx)
    for region in ctx.regions:
        signing: tuple[Declaration, tuple[int, int]] | None = None
        values: _StatementValues | None = None
        for offset, line in _lines(region):
            _read_labelled_line(ctx, line, offset, declarations, named, main_declaration)
            if signing and values and line.strip():
                # an indented block of values follows its property at once, or not at all
                kept = values.read(ctx, line, offset, signing)
                if kept is None:
                    values = None
                else:
                    if not kept:
                        signing = values = None
                    continue
            bullet = _BULLET_LINE.match(line)
            if signing and bullet:
                _signatory_item(ctx, line, offset, bullet.start("item"), signing, finder,
                                mandates)
                continue
            if signing and we_signed and _signer_line(line, offset, finder):
                # "Ont signé :\n\nX, maire de Y": a signature block of a
                # text whose writers say they signed the declaration
                _person_signatory(offset + len(line) - len(line.lstrip()), signing, finder,
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
                values = _StatementValues(_indent(line))
            elif (slug := _headline_declaration(ctx, named)) in declarations \
                    and _property_alone(line):
                # an item page's statement: the item is the declaration its title names
                signing = (declarations[slug], (start, start + len(cue.group(0))))
                values = _StatementValues(_indent(line), only=True)


def _indent(line: str) -> int:
    """How far a line is indented, a tab counting as four spaces."""
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


class _StatementValues:
    """The values of a statement written as an indented block under its property, as a
    knowledge base's item page shows them: the property alone on a line ("signatory",
    "Unterzeichner", "signataires"), each value alone on a line indented under it, and each
    value's qualifiers and references indented deeper still:

        signatory
            X
                qualifier: represented by: ...
            Y

    A value signs when the whole line is a city's name; the lines indented deeper than the
    values (qualifiers, references) are passed over; any other line at the values' depth or
    less ends the block, so a count ("number of signatories" / "35") or a note ("26 further
    values") signs nothing."""

    def __init__(self, property_indent: int, only: bool = False) -> None:
        self.property_indent = property_indent
        self.value_indent: int | None = None
        # True when only this form may follow (the declaration is the page's item, which a
        # bullet list under a heading need not be about)
        self.only = only

    def read(self, ctx: ReleaseContext, line: str, offset: int,
             signing: tuple[Declaration, tuple[int, int]]) -> bool | None:
        """True when the line is a value or a value's qualifier (read or passed over), False
        when it ends the block, None when the line is not indented under the property (the
        other forms of a list read it)."""
        indent = _indent(line)
        if indent <= self.property_indent:
            return None if self.value_indent is None and not self.only else False
        if self.value_indent is not None and indent > self.value_indent:
            return True
        at = len(line) - len(line.lstrip())
        city = ctx.tools.matchers.city_at(line, at, geonames=True)
        if city is None or city.start != at or line[city.end:].strip() or \
                (self.value_indent is not None and indent != self.value_indent):
            return None if self.value_indent is None and not self.only else False
        self.value_indent = indent
        d, cue = signing
        span = (offset + city.start, offset + city.end)
        ctx.add_city(city.entry, span)
        d.signatories.setdefault(city.entry.slug, set()).update([span, cue])
        if not _dated_statement(ctx, span[0]):
            # the run of lines read as one sentence may hold a reference's date ("retrieved:
            # 12 January 2024"); the value's own statement dates no signing apart
            d.signed_apart.discard(city.entry.slug)
        return True


def statement_of_value(ctx: ReleaseContext, pos: int) -> Sentence | None:
    """The statement a value at ``pos`` makes when it stands alone on an indented line of an
    item page: its line and its qualifiers, the lines one step deeper under it ("qualifier:
    point in time: 24 September 2015"); the lines deeper still (a reference's "stated in:
    news item, 5 September 2019", "retrieved: 12 January 2024") date the source, not the
    statement, and are blanked. None when ``pos`` stands on no such line."""
    region = next((r for r in ctx.regions if r.start <= pos < r.end), None)
    if region is None:
        return None
    lines = _lines(region)
    at = next((n for n, (offset, line) in enumerate(lines)
               if offset <= pos <= offset + len(line)), None)
    if at is None:
        return None
    offset, line = lines[at]
    value_indent = _indent(line)
    if value_indent == 0 or len(line.split()) > _MAX_ITEM_WORDS or ":" in line or \
            not re.match(r"[^\W\d_]", line.lstrip()) or offset + len(line) - len(
                line.lstrip()) != pos:
        return None  # a value opens its line with its name (no bullet, no label)
    kept, qualifier_indent = [line], None
    for _, below in lines[at + 1:]:
        indent = _indent(below)
        if not below.strip() or indent <= value_indent:
            break
        qualifier_indent = qualifier_indent or indent
        kept.append(below if indent == qualifier_indent else " " * len(below))
    return Sentence(region, offset, "\n".join(kept))


def _dated_statement(ctx: ReleaseContext, pos: int) -> bool:
    """Whether the statement of the value at ``pos`` gives a day or a month (a qualifier
    "point in time: 24 September 2015")."""
    statement = statement_of_value(ctx, pos)
    return statement is None or any(
        m.precision in ("day", "month")
        for m in dates.mentions_in(statement.text, statement.start, ctx.published))


def _property_alone(line: str) -> bool:
    """Whether a line is a statement's property alone: at most three words, no punctuation
    ("signatory", "Unterzeichner", "signataires")."""
    stripped = line.strip()
    return 0 < len(stripped.split()) <= 3 and not re.search(r"[^\w\s'’-]", stripped)


def _headline_declaration(ctx: ReleaseContext, named: dict[int, list]) -> str | None:
    """The declaration a release's headline names, when it names one only: the item a
    knowledge base's page is about ("X Declaration (Q123)")."""
    slugs = {m.slug for s in ctx.all_sentences(("headline",)) for m in named.get(id(s), [])}
    return next(iter(slugs)) if len(slugs) == 1 else None


# the words a verb-final clause may put between its subject and its verb
_VERB_FINAL_GAP = 6


def _we_signed(ctx: ReleaseContext) -> bool:
    """Whether the writers of the text say, in the first person plural, that they signed
    ("Nos villes ont signé ... la Déclaration", "we signed the Declaration", "wir haben die
    Erklärung unterzeichnet"): then a signature block under the text names the signers. Not
    when the signing is announced or denied, or stands in a quotation."""
    for sentence in ctx.all_sentences(("body",)):
        s = sentence.text
        if not (language.SIGN_RE.search(s) and language.DECLARATION_RE.search(s)):
            continue
        if language.ANNOUNCEMENT_RE.search(s) or language.NEGATION_RE.search(s) or \
                re.search(r"[«»“”„\"]", s):
            continue
        # the subject a few words before the verb, without a comma ("we call on all cities to
        # sign" is no signing of ours); a German verb may stand at the clause's end
        gap = _VERB_FINAL_GAP if language.MODULES[sentence.language].VERB_FINAL_TAILS else 2
        for verb in language.SIGN_RE.finditer(s):
            before = s[:verb.start()]
            if re.search(rf"(?i)(?:{language.WE_SUBJECT})\s+(?:[^\W\d][\w'’-]*\s+){{0,{gap}}}$",
                         before):
                return True
    return False


def _signer_line(line: str, offset: int, finder: PeopleFinder) -> bool:
    """Whether a line of a signature block names a signer first: a known person at its start,
    then a comma and their office ("X, maire de Y")."""
    start = offset + len(line) - len(line.lstrip())
    person = next((p for p in finder.mentions if p.slug and p.start == start), None)
    return person is not None and line[person.end - offset:].lstrip().startswith(",")


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
    _person_signatory(offset + at, signing, finder, mandates)


def _person_signatory(start: int, signing: tuple[Declaration, tuple[int, int]],
                      finder: PeopleFinder, mandates: tuple[Mandate, ...]) -> None:
    """The city of the person named at ``start`` signs, by the person's mandate."""
    d, cue = signing
    person = next((p for p in finder.mentions if p.slug and p.start == start), None)
    for mandate in mandates:
        if person and mandate.person == person.slug and mandate.agent.startswith("city/"):
            d.signatories.setdefault(mandate.agent[5:], set()).update(
                [(person.start, person.end), cue])


def _read_labelled_line(ctx: ReleaseContext, line: str, offset: int,
                        declarations: dict[str, Declaration], named: dict[int, list],
                        main_declaration: str | None) -> None:
    """A catalogue note, a fact box or a bullet that lists the signatories after a short
    label on one line ("Signatories (p. 12–14): A, B, C.", "Signataires : A, B et C",
    "Unterzeichnende Städte: A, B, C"): each item that is a city signs the declaration the
    line names, else the one the release is about. Read only when every item is a bare name
    (no clause: a sentence after the colon is no list) and two items at least are cities;
    with no declaration named and none the release is about, nothing is read."""
    labelled = _LABELLED_LINE.match(line)
    if labelled is None:
        return
    label = labelled.group("label")
    cue = language.SIGNATORY_RE.search(label) or language.SIGN_RE.search(label)
    if cue is None or len(label.split()) > 3 or language.ANNOUNCEMENT_RE.search(line) \
            or language.NEGATION_RE.search(line):
        return
    items = _bare_items(line, labelled.start("items"))
    if items is None:
        return
    found = [(at, city) for at in items
             if (city := ctx.tools.matchers.city_at(line, at, geonames=True)) is not None
             and city.start == at]
    if len(found) < 2:
        return
    start = offset + labelled.start("label") + cue.start()
    slug = _declaration_signed_at(ctx, named, start, main_declaration)
    if slug not in declarations:
        return
    d, span = declarations[slug], (start, start + len(cue.group(0)))
    for _, city in found:
        where = (offset + city.start, offset + city.end)
        ctx.add_city(city.entry, where)
        d.signatories.setdefault(city.entry.slug, set()).update([where, span])


def _bare_items(line: str, start: int) -> list[int] | None:
    """Where each item of the list in line[start:] begins, when every item is a bare name of
    at most four words (a final full stop allowed); None when any item reads as a clause."""
    text = line[start:].rstrip()
    if text.endswith("."):
        text = text[:-1]
    items, at = [], start
    for piece in _ITEM_SEPARATOR.split(text):
        words = piece.split()
        if not words or len(words) > _MAX_ITEM_WORDS or not words[0][:1].isupper() \
                or re.search(r"[.!?:]\s", piece):
            return None
        at = line.index(piece, at)
        items.append(at)
        at += len(piece)
    return items


# the mark a note explains, written in brackets: "An asterisk (*) marks ...", "(†) signataire"
_MARK_IN_BRACKETS = re.compile(r"\((?P<mark>[*†‡§#°★✓✔]{1,2})\)")
# a note that opens with its mark: "* = signed the Declaration", "*) Unterzeichnerstadt"
_MARK_OPENING_NOTE = re.compile(r"^[ \t]*(?P<mark>[*†‡§#°★✓✔]{1,2})[ \t]*[=:)][ \t]*\S")
# between a city's name and its mark: nothing, or one more word of the entity's name ("Y
# North*": a part of the city Y)
_NAME_TAIL = re.compile(r"(?:[ \t][^\W\d][\w'’-]*)?")
# the marks a mark's name stands for when no bracket shows it
_NAMED_MARKS = ("*",)
# the words before a mark that may name the marked city: at most four, on one line
_WORDS_BEFORE = re.compile(r"(?:[^\W\d][\w'’.-]*[ \t]+){0,3}[^\W\d][\w'’.-]*$")


def _as_written(ctx: ReleaseContext, start: int, end: int) -> str:
    """The release's text between two offsets as the file has it, markup included."""
    return ctx.release.text[start:end]


def _mark_legend(text: str) -> tuple[str, ...]:
    """The marks a note declares to stand for signing ("An asterisk (*) marks a city whose
    representative signed the Declaration", "* = Unterzeichnerstadt"): none when the note
    has no signing word, announces a signing or denies one."""
    cue = language.SIGN_RE.search(text) or language.SIGNATORY_RE.search(text)
    if cue is None or language.ANNOUNCEMENT_RE.search(text) or language.NEGATION_RE.search(text):
        return ()
    shown = _MARK_IN_BRACKETS.search(text) or _MARK_OPENING_NOTE.match(text)
    if shown:
        return (shown.group("mark"),)
    return _NAMED_MARKS if language.MARK_WORD_RE.search(text) else ()


def _marked_cities(ctx: ReleaseContext, line: str, mark: str) -> list[CityAt]:
    """The cities a line marks: a city name the mark follows at once ("Y North*",
    "Y* — name, function"); a mark that also stands before the name is emphasis
    ("*Y*"), no mark, and so is a doubled one ("**")."""
    found = []
    for m in re.finditer(re.escape(mark), line):
        at, after = m.start(), m.end()
        if line[after:after + len(mark)] == mark or line[at - len(mark):at] == mark:
            continue
        words = _WORDS_BEFORE.search(line, 0, at)
        if words is None or line[words.start() - len(mark):words.start()] == mark:
            continue
        for token in re.finditer(r"\S+", line[words.start():at]):
            city = ctx.tools.matchers.city_at(line, words.start() + token.start(),
                                              geonames=True)
            if city is not None and _NAME_TAIL.fullmatch(line, city.end, at):
                found.append(city)
                break
    return found


def read_marked_signatories(ctx: ReleaseContext, declarations: dict[str, Declaration],
                            named: dict[int, list], main_declaration: str | None) -> None:
    """Signatories shown by a mark that a note explains: "An asterisk (*) marks a city whose
    representative signed the X Declaration" over a list of delegations, then
    "Y* — name, function": every city a line marks signs the declaration the note
    names (else the one the release is about). Cities without the mark sign nothing; a note
    that denies signing ("did not sign") marks no signatory."""
    for sentence in ctx.all_sentences():
        # the parse blanks marks that read as markup ("*"): the release's own text keeps them
        marks = _mark_legend(_as_written(ctx, sentence.start, sentence.end))
        if not marks:
            continue
        cue = language.SIGN_RE.search(sentence.text) or language.SIGNATORY_RE.search(sentence.text)
        start = sentence.start + cue.start()
        slug = _declaration_signed_at(ctx, named, start, main_declaration)
        if slug not in declarations:
            continue
        d, span = declarations[slug], (start, start + len(cue.group(0)))
        for region in ctx.regions:
            for offset, line in _lines(region):
                if sentence.start <= offset + len(line) and offset <= sentence.end:
                    continue
                written = _as_written(ctx, offset, offset + len(line))
                for mark in marks:
                    for city in _marked_cities(ctx, written, mark):
                        where = (offset + city.start, offset + city.end)
                        ctx.add_city(city.entry, where)
                        d.signatories.setdefault(city.entry.slug, set()).update([where, span])
