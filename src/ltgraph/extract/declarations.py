"""Declarations: which the release names, which it signs, when and where, and who signs.

A declaration is named ("Déclaration de X", "the X Declaration") or, when the release reports
a summit whose delegates "signed a joint declaration", is that summit's own. A sentence with a
signing verb signs the declaration named nearest the verb; one without a name signs the
declaration the sentence before named or signed (a list split over sentences), else the one
the release reports on. Its signatories are the cities listed as signing and the cities of the
people who sign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ltgraph import language
from ltgraph.extract import cities, dates, events
from ltgraph.extract.context import Participant, ReleaseContext
from ltgraph.extract.event_dates import dateline_end, dates_of
from ltgraph.extract.events import SummitInfo
from ltgraph.extract.evidence import words_stating
from ltgraph.extract.mandates import Mandate
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.places import Hit, Matchers
from ltgraph.extract.signing_dates import signed_apart, signing_date
from ltgraph.extract.signing_tables import read_signing_tables
from ltgraph.extract.signing_lists import read_marked_signatories, read_signing_lists
from ltgraph.extract.summits import Summits, summits_named_in
from ltgraph.extract.text import Region, Sentence
from ltgraph.gazetteer import CityEntry, Gazetteer
from ltgraph.model import DeclarationFact, Span

__all__ = ["Declaration", "add_signers_present", "declaration_facts", "find_declarations",
           "in_list"]

_LIST_CUE = re.compile(rf"(?i)(?:[,:]\s*|(?:^|\s)[-–—•·*]\s*|\b(?:{language.LIST_JOINERS})\s+)$")
_CAPITALISED = re.compile(rf"{language.UPPER}[\w'’-]*")
# The graph's labels are English: a declaration's English name is preferred for its label.
_ENGLISH_DECLARATION = re.compile(
    language.alternation(w[:1].upper() + w[1:] for w in language.MODULES["en"].DECLARATION_WORDS))
# A city right after these is where something happened ("in X"), or what came first ("nach
# X"), not a signatory.
_PLACE = re.compile(rf"(?i)(?<![\w'’])(?:{language.PLACE_PREPOSITIONS})\s$")
_AFTER = re.compile(rf"(?i)(?<![\w'’])(?:{language.AFTER_WORDS})\s$")
_RANGE_OPENING = re.compile(rf"(?i)\b(?:{language.OF_WORDS}|{language.ORIGIN_WORDS})$")
_PLACE_OR_AFTER = re.compile(
    rf"(?i)(?<![\w'’])(?:{language.PLACE_PREPOSITIONS}|{language.AFTER_WORDS})\s$")

# "not only", "nicht nur", "non seulement": a negation that does not deny what follows
_NOT_ONLY = re.compile(r"(?i)(?:not|nicht|non)\s+(?:only|nur|seulement)\b")

# The start of a later clause: ", et ...", ", and ...", "; ..."
_CLAUSE_JOIN = re.compile(rf"(?i)[,;]\s+(?:(?:{language.CONJUNCTIONS})\s+)?")

# "A, which is twinned with B, signed": B stands in a relative clause set off by commas, not
# among the verb's subjects; the text from the clause's comma up to the city.
_RELATIVE_OPENING = re.compile(rf"(?i),\s*(?:{language.RELATIVE_PRONOUNS})\b[^,;\n]*$")

# "from A to B", "de A à B", "von A bis B": the text up to B, the end of a range of cities
_RANGE_END = re.compile(
    rf"(?i)(?<![\w'’])(?:{language.ORIGIN_WORDS}|{language.OF_WORDS}|d['’])\s*"
    rf"{language.UPPER}[\w'’.-]*(?:[\s-]+{language.UPPER}[\w'’.-]*){{0,2}}\s+"
    rf"(?:{language.CITY_RANGE_WORDS})\s+$")

# ", der u. a. von X ausgerichtet wurde", ", which was hosted by X": a relative clause after
# the verb, whose agent does another act
_RELATIVE_AFTER_COMMA = re.compile(rf"(?i)\s*,\s*(?:{language.RELATIVE_PRONOUNS})\s")

# Verbs of other acts than the signing, whose agent is no signer
_ANOTHER_VERB = re.compile(rf"(?i)\b(?:{language.HOST_VERBS}|{language.ORGANISE_VERBS_RE}|"
                           rf"{language.EVENT_PLACE_VERBS}|{language.HOST_WORDS})\b")

# "X, where the first summit was held in 2015, signed": a clause set off by commas right
# between a subject and its signing verb
_PARENTHETICAL_BEFORE_VERB = re.compile(
    r"\s*,[^,;:.]+,\s*(?:[^\W\d_A-ZÄÖÜÉÈ][\w'’-]*\s+){0,2}")

# A new item of a bulleted list ("...;\n- 3e Sommet : X"): a city after it is another item's.
# a heading, a rule or a line in bold alone: where a new section of the text begins
_SECTION_BREAK = re.compile(r"(?m)^\s*(?:#|[-*_]{3,}\s*$|\*\*[^*\n]+\*\*\s*$)")
_LIST_ITEM = re.compile(r"\n\s*[-–*•]\s")

# Between two items of a list: a comma or a joining word.
_ITEM_BREAK = re.compile(rf"(?i)[,;]|\s(?:{language.LIST_JOINERS})\s")

# Between a subject and its verb: one or two lower-case words ("have also", "ai")
_SUBJECT_GAP = re.compile(r"\s*(?:[^\W\d_A-ZÄÖÜÉÈ][\w'’-]*\s+){0,2}")

def _hosting_agent_before(text: str) -> bool:
    """Whether ``text`` (a sentence up to a name) ends with the agent of a hosting or an
    organising ("organisé par la ville de", "hosted in X from ... by Lord Mayor",
    "ausgerichtet von der Stadt"), no signing verb between: the name that follows hosted the
    summit, and a host signs only where the text makes it the signing's subject or agent."""
    m = language.HOSTING_AGENT_END_RE.search(text)
    return bool(m) and not language.SIGN_RE.search(text, m.start())


Spans = set[tuple[int, int]]


@dataclass
class Declaration:
    """A declaration as the reading of the release fills it in: the words naming it, the
    dates and the venue of its signing, its signatory cities with the words listing them.
    ``announced`` when the release only announces a signing."""

    summit: str | None
    spans: Spans = field(default_factory=set)
    dates: dict[date, Spans] = field(default_factory=dict)
    venue: Hit | None = None  # the first venue named in a signing sentence
    signatories: dict[str, Spans] = field(default_factory=dict)
    announced: bool = False
    # signatories whose signing the text dates outside the summit's days ("signed the text
    # during a visit in September 2015"): they sign, but did not take part in the summit
    signed_apart: set[str] = field(default_factory=set)
    # the words that say everyone at the summit signed ("every mayor in the room"): the cities
    # taking part are its signatories, once they are known
    signed_by_all_present: Spans = field(default_factory=set)



# "X Declaration", "Xer Erklärung" (a) and "Déclaration de X", "Erklärung von X" (b), sought
# apart: "Die Erklärung von X" must not hide the city behind "Die Erklärung"
_NAMED_DECLARATIONS = (
    re.compile(rf"(?P<a>{language.UPPER}[\w'’]+?)(?:er)?[\s-]+(?:{language.DECLARATION_NOUNS})\b"),
    re.compile(rf"\b(?:{language.DECLARATION_NOUNS})\s+(?:{language.OF_WORDS})\s*"
               rf"(?P<b>{language.UPPER}[\w'’-]+)"),
    # "the X text", "das Yer Papier": a text named by the city of its summit
    re.compile(rf"(?P<c>{language.UPPER}[\w'’]+?)(?:er)?\s+(?i:{language.DOCUMENT_WORDS})\b"))


@dataclass
class DeclarationMention:
    sentence: Sentence
    start: int
    end: int
    slug: str | None
    summit: str | None
    city: str | None


def declaration_mentions(sentence: Sentence, matchers: Matchers, gaz: Gazetteer,
                         summits: dict[str, SummitInfo]) -> list[DeclarationMention]:
    found: list[DeclarationMention] = []
    for hit in matchers.declarations_anywhere(sentence.text, sentence.start):
        entry = gaz.declarations[hit.slug]
        found.append(DeclarationMention(sentence, hit.start, hit.end, entry.slug, entry.summit,
                                        None))
    for m in sorted((m for pattern in _NAMED_DECLARATIONS
                     for m in pattern.finditer(sentence.text)), key=lambda m: m.start()):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if any(f.start <= start < f.end or start <= f.start < end for f in found):
            continue
        name = m.group(1)
        city = matchers.city_at(name, 0)
        if not city:
            continue
        slug = city[0].slug
        summit = next((s.slug for s in summits.values() if s.host == slug), None)
        if summit is None:
            candidates = [s for s in gaz.summits.values() if s.host == slug]
            summit = candidates[0].slug if len(candidates) == 1 else None
        if summit is None:
            continue
        declaration = next((d.slug for d in gaz.declarations.values() if d.summit == summit),
                           summit)
        found.append(DeclarationMention(sentence, start, end, declaration, summit, slug))
    return found


def find_declarations(ctx: ReleaseContext, summits: Summits, finder: PeopleFinder,
                      mandates: tuple[Mandate, ...]) -> dict[str, Declaration]:
    """The declarations of the release by slug, with their signings read."""
    declarations, named = _named_declarations(ctx, summits)
    main = _main_declaration(ctx, declarations, summits)
    _read_signings(ctx, declarations, named, main, summits, finder, mandates)
    read_signing_lists(ctx, declarations, named, main, finder, mandates)
    read_marked_signatories(ctx, declarations, named, main)
    read_signing_tables(ctx, declarations, summits)
    return declarations


def _named_declarations(ctx: ReleaseContext, summits: Summits
                        ) -> tuple[dict[str, Declaration], dict[int, list]]:
    """The declarations the release names, and the mentions per sentence (by ``id``). A
    declaration of a summit the text did not name adds that summit."""
    declarations: dict[str, Declaration] = {}
    named: dict[int, list[DeclarationMention]] = {}
    for sentence in ctx.all_sentences():
        for mention in declaration_mentions(sentence, ctx.tools.matchers, ctx.gaz,
                                                   summits.by_slug):
            if mention.summit and mention.summit not in summits.by_slug:
                entry = ctx.gaz.summits.get(mention.summit)
                if entry is None:
                    continue
                summits.by_slug[mention.summit] = events.SummitInfo(
                    entry.slug, entry.ordinal, entry.host, entry.label or entry.slug)
            d = declarations.setdefault(mention.slug, Declaration(mention.summit))
            d.spans.add((mention.start, mention.end))
            named.setdefault(id(sentence), []).append(mention)
    return declarations, named


def _main_declaration(ctx: ReleaseContext, declarations: dict[str, Declaration],
                      summits: Summits) -> str | None:
    """The declaration the release reports on: the main summit's, the only one named, or the
    main summit's own when the release says its delegates signed one without naming it."""
    main = summits.main
    found = next((slug for slug, d in declarations.items() if d.summit == main), None)
    if found is None and len(declarations) == 1:
        found = next(iter(declarations))
    if found is None and not declarations and main:
        # "die Delegierten unterzeichneten eine gemeinsame Erklärung": the summit's own
        # declaration, though the release gives it no name
        signed = [s for s in ctx.all_sentences(("body", "caption", "headline", "subheadline"))
                  if language.DECLARATION_RE.search(s.text) and language.SIGN_RE.search(s.text)
                  and not (set(summits_named_in(s, summits)) - {main})]
        if signed:
            slug = next((d.slug for d in ctx.gaz.declarations.values() if d.summit == main),
                        main)
            declarations[slug] = Declaration(main)
            for s in signed:
                m = language.DECLARATION_RE.search(s.text)
                declarations[slug].spans.add((s.start + m.start(), s.start + m.end()))
            found = slug
    return found


def _read_signings(ctx: ReleaseContext, declarations: dict[str, Declaration],
                   named: dict[int, list], main_declaration: str | None, summits: Summits,
                   finder: PeopleFinder, mandates: tuple[Mandate, ...]) -> None:
    """Reads every sentence with a signing into the declaration it signs."""
    main = summits.main
    previous: tuple[Region, set[str]] | None = None  # (region, declarations) just named
    # the declaration the text last told of signing, and where
    last_signed: tuple[str, int] | None = None
    previous_signing: tuple[Region, str] | None = None  # (region, declaration) just signed
    asked: tuple[Region, str] | None = None  # (region, declaration) a question asked who signed
    questions = _declarations_of_numbered_questions(ctx, named)
    for sentence in ctx.all_sentences():
        sign = language.SIGN_RE.search(sentence.text) or language.SIGNATORY_RE.search(sentence.text)
        mentions_here = named.get(id(sentence), [])
        quizzed = (_declaration_of_numbered_answer(ctx, sentence, questions)
                   if sign and not mentions_here else None)
        if quizzed in declarations:
            # "7. Who signed the X Declaration? ... 7 b. A, B and C signed it.": the answer
            # signs the declaration its own question names, whatever was signed just before
            _signing(ctx, sentence, declarations[quizzed], summits, finder, mandates)
            previous = None
            previous_signing = (sentence.region, quizzed)
            last_signed = (quizzed, sentence.start)
            asked = None
            continue
        # "Die X-Erklärung ... Neben A haben sie B und C unterschrieben": a signing verb
        # right after the sentence that names the declaration signs that one
        just_named = None
        if previous and previous[0] is sentence.region and sign and not mentions_here:
            just_named = (main_declaration if main_declaration in previous[1] else
                          next(iter(previous[1])) if len(previous[1]) == 1 else None)
        signed_before = previous_signing
        previous = ((sentence.region, {m.slug for m in mentions_here}) if mentions_here
                    else None)
        previous_signing = None
        if just_named is None and signed_before and signed_before[0] is sentence.region \
                and sign and not mentions_here:
            # "... unterzeichneten A, B und C. Auch D unterschrieb.": a list split over
            # sentences signs the declaration the sentence before signed
            just_named = signed_before[1]
        if just_named and main_declaration and just_named != main_declaration and (
                declarations[just_named].summit if just_named in declarations else None
        ) != main:
            # a list after a sentence that recalls an older declaration signs the one the
            # release reports on
            just_named = main_declaration
        if signed_before and signed_before[0] is sentence.region and not mentions_here \
                and language.LIST_ADDITION_RE.match(sentence.text):
            # "Parmi les signataires figurent A et B. S'y ajoutent C et D.", "Also signing
            # were C and D.": the list of the sentence before goes on
            # "The list ran from X to Y", "La liste va de X à Y": the range's end is no place
            opening = language.LIST_ADDITION_RE.match(sentence.text).group(0)
            _signatory_cities(ctx, sentence, finder, summits, declarations[signed_before[1]],
                              upto=len(sentence.text),
                              not_after=_AFTER if _RANGE_OPENING.search(opening) else _PLACE)
            previous_signing = signed_before
        elif signed_before and signed_before[0] is sentence.region and not mentions_here \
                and not sign and _names_members_of_signers(sentence) \
                and _signed_by_a_group(_sentence_before(ctx, sentence)):
            # "Les maires de vingt-trois villes signent la Déclaration. Parmi eux, la maire
            # de Y, X.": the people named among the signers sign for their cities
            _members_of_signers(sentence, declarations[signed_before[1]], finder, mandates)
            previous_signing = signed_before
        elif asked and asked[0] is sentence.region and not mentions_here and not sign \
                and not language.NEGATION_RE.search(sentence.text):
            # "Who signed the Declaration?\nThe mayors of A, B and C.": the answer lists them
            _signatory_cities(ctx, sentence, finder, summits, declarations[asked[1]],
                              upto=len(sentence.text), not_after=_PLACE)
        elif just_named and just_named in declarations:
            _signing(ctx, sentence, declarations[just_named], summits, finder, mandates)
            previous_signing = (sentence.region, just_named)
        elif mentions_here and sign and main_declaration in declarations and \
                _named_only_in_relative(ctx, sentence, sign, mentions_here):
            # "... put their names to the declaration, which builds on the X Declaration":
            # the text named after a relative pronoun is not the one signed
            _signing(ctx, sentence, declarations[main_declaration], summits, finder, mandates)
            previous_signing = (sentence.region, main_declaration)
        elif mentions_here and sign:
            # the signing belongs to the declaration written nearest its verb
            verb = sentence.start + sign.start()
            chosen = min(mentions_here, key=lambda m: min(abs(m.start - verb),
                                                          abs(m.end - verb)))
            _signing(ctx, sentence, declarations[chosen.slug], summits, finder, mandates)
            previous_signing = (sentence.region, chosen.slug)
            _dates_of_later_signings(ctx, sentence, mentions_here, chosen, declarations,
                                     summits)
        elif not mentions_here and (by_place := _declaration_by_place(ctx, sentence,
                                                                     declarations)):
            # "X had also been among the signatories in Y": the declaration signed in Y
            _signing(ctx, sentence, declarations[by_place], summits, finder, mandates)
            previous_signing = (sentence.region, by_place)
        elif not mentions_here and sign and (by_year := _declaration_by_year(
                sentence, sign, summits, declarations)):
            # "X, Y and Z all signed in 2019": the declaration of the one
            # summit of that year the release names
            _signing(ctx, sentence, declarations[by_year], summits, finder, mandates)
            previous_signing = (sentence.region, by_year)
        elif not mentions_here and sign and last_signed and (
                _signed_too(ctx, sentence.text, sign) or _signed_first(sentence.text, sign)):
            # "Mayor X of Y signed as well.", "Auch X unterschrieb.": the
            # signing told before, paragraphs back
            _signing(ctx, sentence, declarations[last_signed[0]], summits, finder, mandates)
            previous_signing = (sentence.region, last_signed[0])
        elif not mentions_here and (target := main_declaration or _signed_in_paragraph(
                ctx, sentence, last_signed)) and (
                language.SIGNATORY_RE.search(sentence.text)
                or (sign and language.DECLARATION_RE.search(sentence.text))
                or (sign and language.DOCUMENT_RE.search(sentence.text))
                or (sign and _city_list_after(ctx, sentence, sign.end()))
                or (sign and _first_of_signers_in_turn(ctx, sentence, sign))):
            # (with no declaration the release reports on, the one its paragraph signed:
            # "... Déclaration de X, signée le 11 juin. ... ; parmi les signataires figurent")
            _signing(ctx, sentence, declarations[target], summits, finder, mandates)
            previous_signing = (sentence.region, target)
        elif not mentions_here and sign and (told := _declaration_of_summit_told(
                ctx, sentence, summits, declarations)):
            # "... du premier sommet, réuni à X. ... la déclaration que Y et ses homologues
            # signent le 11 juin": with no summit the release reports on, the unnamed
            # declaration is that of the one summit the sentence or the one before tells of
            _signing(ctx, sentence, declarations[told], summits, finder, mandates)
            previous_signing = (sentence.region, told)
        elif not mentions_here and (target := _signed_just_before(ctx, sentence, last_signed)) \
                and (language.SIGNATORY_RE.search(sentence.text) or sign):
            # "... adoptent la Déclaration de X. > Photo : A, B, C. Tous trois comptent parmi
            # les signataires de la Déclaration.": a caption after the paragraph of a signing
            _signing(ctx, sentence, declarations[target], summits, finder, mandates)
            previous_signing = (sentence.region, target)
        if previous_signing and previous_signing[1] in declarations:
            last_signed = (previous_signing[1], sentence.start)
        asked = (previous_signing if previous_signing and previous_signing[1] in declarations
                 and language.SIGNER_QUESTION_RE.search(sentence.text) else None)


def _names_members_of_signers(sentence: Sentence) -> bool:
    """Whether a sentence opens by naming some of the signers just told ("Among them, Mayor
    X", "Parmi eux, la maire de Y", "Darunter Oberbürgermeister Z"), and tells of no other
    act, no denial and nothing to come."""
    s = sentence.text
    return bool(language.SIGNER_MEMBERS_RE.match(s)) and not (
        language.NEGATION_RE.search(s) or language.ANNOUNCEMENT_RE.search(s)
        or _ANOTHER_VERB.search(s))


def _signed_by_a_group(sentence: Sentence | None) -> bool:
    """Whether the signers of a signing sentence are a group of mayors or delegations ("the
    mayors of 23 cities signed"), the group a following "among them" names some of."""
    if sentence is None:
        return False
    s = sentence.text
    return bool(language.SIGN_RE.search(s) and (
        re.search(rf"(?i)\b(?:{language.SIGNER_GROUP_NOUN_WORDS})\b", s)
        or language.PARTICIPANT_GROUP_RE.search(s)))


def _members_of_signers(sentence: Sentence, d: Declaration, finder: PeopleFinder,
                        mandates: tuple[Mandate, ...]) -> None:
    """The cities of the people a sentence names among the signers sign (each person for the
    city of their mandate)."""
    opening = language.SIGNER_MEMBERS_RE.match(sentence.text)
    cue = (sentence.start + opening.start(), sentence.start + opening.end())
    for person in finder.mentions:
        if person.slug and sentence.start <= person.start < sentence.end:
            for mandate in mandates:
                if mandate.person == person.slug and mandate.agent.startswith("city/"):
                    d.signatories.setdefault(mandate.agent[5:], set()).update(
                        [(person.start, person.end), cue])


def _declarations_of_numbered_questions(ctx: ReleaseContext, named: dict[int, list]
                                        ) -> dict[str, tuple[int, set[str]]]:
    """The numbered questions of a quiz or an FAQ ("7. Combien de villes ont signé la
    Déclaration de X ?") by their number: where the question's line ends and the declarations
    it names. A number asked twice is left out: its answers cannot be told apart."""
    found: dict[str, tuple[int, set[str]]] = {}
    twice: set[str] = set()
    mentions = [m for ms in named.values() for m in ms]
    for q in language.QUIZ_QUESTION_RE.finditer(ctx.text):
        number = q.group("number")
        if number in found:
            twice.add(number)
        slugs = {m.slug for m in mentions if q.start() <= m.start < q.end() and m.slug}
        found[number] = (q.end(), slugs)
    return {n: v for n, v in found.items() if n not in twice}


def _declaration_of_numbered_answer(ctx: ReleaseContext, sentence: Sentence,
                                    questions: dict[str, tuple[int, set[str]]]) -> str | None:
    """The one declaration named by the question that the sentence's line answers ("8 c.
    A et B figurent parmi les signataires." after "8. ... n'a PAS signé la
    Déclaration de X ?"): an answer set apart from its question speaks of what the question
    names, not of the declaration the answer before it signed; None when the line answers no
    numbered question before it, or the question names no single declaration."""
    line_start = ctx.text.rfind("\n", 0, sentence.start) + 1
    answer = language.QUIZ_ANSWER_RE.match(ctx.text, line_start)
    if answer is None or answer.end() > sentence.end:
        return None
    asked = questions.get(answer.group("number"))
    if asked is None or asked[0] > line_start or len(asked[1]) != 1:
        return None
    return next(iter(asked[1]))


def _named_only_in_relative(ctx: ReleaseContext, sentence: Sentence, sign: re.Match,
                            mentions: list) -> bool:
    """Whether the signing verb's object is the bare word "declaration" and every declaration
    the sentence names stands in a relative clause after it ("signed the declaration, which
    builds on the X Declaration")."""
    s = sentence.text
    relative = re.search(rf"(?i),\s*(?:{language.RELATIVE_PRONOUNS})\b", s[sign.end():])
    if not relative:
        return False
    cut = sign.end() + relative.start()
    return (all(m.start >= sentence.start + cut for m in mentions)
            and bool(language.DECLARATION_RE.search(s, sign.end(), cut)))


def _declaration_of_summit_told(ctx: ReleaseContext, sentence: Sentence, summits: Summits,
                                declarations: dict[str, Declaration]) -> str | None:
    """The slug of the declaration of the one summit that the sentence, or else the sentence
    before it in its paragraph, names by ordinal or year, when the sentence speaks of a
    declaration without naming it (added to ``declarations`` if new); else None."""
    word = language.DECLARATION_RE.search(sentence.text)
    if word is None:
        return None
    named = set(summits_named_in(sentence, summits))
    if not named and (before := _sentence_before(ctx, sentence)):
        named = set(summits_named_in(before, summits))
    if len(named) != 1:
        return None
    summit = named.pop()
    slug = next((d.slug for d in ctx.gaz.declarations.values() if d.summit == summit), summit)
    d = declarations.setdefault(slug, Declaration(summit))
    d.spans.add((sentence.start + word.start(), sentence.start + word.end()))
    return slug


def _dates_of_later_signings(ctx: ReleaseContext, sentence: Sentence,
                             mentions: list[DeclarationMention], chosen: DeclarationMention,
                             declarations: dict[str, Declaration], summits: Summits) -> None:
    """"... where the X Declaration was signed on 11 June 2015, and the 2nd Summit, whose
    participants signed the Y Declaration on 31 August 2019": a later signing verb of the
    sentence, nearest another declaration, dates that one (a date of its summit's year)."""
    base = sentence.start
    verbs = [base + m.start() for m in language.SIGN_RE.finditer(sentence.text)]
    done = {chosen.slug}
    for mention in mentions:
        if mention.slug in done or mention.slug not in declarations:
            continue
        nearest = min(verbs, key=lambda v: min(abs(mention.start - v), abs(mention.end - v)),
                      default=None)
        if nearest is None or nearest == min(verbs, key=lambda v: min(
                abs(chosen.start - v), abs(chosen.end - v))):
            continue
        d = declarations[mention.slug]
        summit = summits.by_slug.get(d.summit) if d.summit else None
        if summit is not None and summit.year:
            signing_date(ctx, sentence, d, summit)
            done.add(mention.slug)


def _signed_in_paragraph(ctx: ReleaseContext, sentence: Sentence,
                         last_signed: tuple[str, int] | None) -> str | None:
    """The declaration signed earlier in the sentence's paragraph, if any."""
    if last_signed is None:
        return None
    paragraph = ctx.text.rfind("\n\n", 0, sentence.start)
    return last_signed[0] if last_signed[1] > paragraph else None


def _signed_just_before(ctx: ReleaseContext, sentence: Sentence,
                        last_signed: tuple[str, int] | None) -> str | None:
    """The declaration signed in the paragraph before, when the sentence calls it "the
    declaration" (not "pages signed by ..." of a guest book), and no heading or rule stands
    between."""
    if last_signed is None or not language.DECLARATION_RE.search(sentence.text):
        return None
    paragraph = ctx.text.rfind("\n\n", 0, sentence.start)
    # (a caption right after the paragraph that told the signing: "... adoptent la
    # Déclaration de X. > Photo : A, B, C. Tous trois comptent parmi les signataires de la
    # Déclaration.", with no heading or rule between)
    before = ctx.text.rfind("\n\n", 0, paragraph)
    between = ctx.text[last_signed[1]:sentence.start]
    if last_signed[1] > before and not _SECTION_BREAK.search(between):
        return last_signed[0]
    return None


def _signed_too(ctx: ReleaseContext, s: str, sign: re.Match) -> bool:
    """Whether the signing verb has no object and says "too" ("X signed as well.", "Auch X
    unterschrieb.", "X a également signé."): the word near the verb, or opening the sentence
    before a long subject ("Auch A, B und C haben unterschrieben."), nothing after the verb
    but the end of the clause."""
    after = re.match(rf"(?i)\s*(?:(?:{language.SIGNED_TOO_WORDS})\s*)?(?:[.,;:!?]|$)",
                     s[sign.end():])
    too = language.SIGNED_TOO_RE.search(s, max(0, sign.start() - 40), sign.end() + 14)
    return bool(after and (too or _too_before_city(ctx, s, sign.start())))


def _signed_first(s: str, sign: re.Match) -> bool:
    """Whether the signing verb has no object but "first" ("X signed first, he was
    the host.", "La ville hôte a signé en premier.", "Der Gastgeber unterschrieb als
    Erster."): a signer told as the first of a signing, which is the signing told before,
    paragraphs back (a reply in a thread, a later post), not another text."""
    first = language.SIGNED_FIRST_RE.match(s, sign.end())
    if first:
        return bool(re.match(r"\s*(?:[.,;:!?]|$)", s[first.end():]))
    # a verb at the clause's end, "first" right before it ("hat als Erster unterschrieben")
    return bool(re.match(r"\s*(?:[.,;:!?]|$)", s[sign.end():]) and any(
        m.end() == sign.start() for m in _FIRST_BEFORE_VERB.finditer(s, 0, sign.start())))


# "als Erster ", "en premier ": the word "first" and the space before a verb
_FIRST_BEFORE_VERB = re.compile(rf"(?i)(?<![\w'’])(?:{language.SIGNED_FIRST_RE.pattern[4:]})\s+")


def _too_before_city(ctx: ReleaseContext, s: str, verb: int) -> bool:
    """Whether the sentence opens with the word "too" right before a city, in the clause of
    the verb: "Auch A, B und C haben unterschrieben.", "Also A and B signed."."""
    opening = re.match(rf"(?i)\s*(?:{language.SIGNED_TOO_WORDS})\s+", s)
    return bool(opening and opening.end() < verb and ";" not in s[:verb]
                and ctx.tools.matchers.city_at(s, opening.end(), geonames=False))


def _declaration_by_place(ctx: ReleaseContext, sentence: Sentence,
                          declarations: dict[str, Declaration]) -> str | None:
    """The declaration a signatory word names by the place of its signing ("among the
    signatories in X", "unter den Unterzeichnern in X"): the one declaration of the release
    whose summit X hosted."""
    s = sentence.text
    word = language.SIGNATORY_RE.search(s)
    if not word:
        return None
    place = re.match(rf"(?i)\s+(?:{language.PLACE_PREPOSITIONS})\s+", s[word.end():])
    if not place:
        return None
    found = ctx.tools.matchers.city_at(s, word.end() + place.end(), geonames=False)
    if not found:
        return None
    hosted = [slug for slug, d in declarations.items() if d.summit
              and (entry := ctx.gaz.summits.get(d.summit)) and entry.host == found[0].slug]
    return hosted[0] if len(hosted) == 1 else None


def _clause_final_verb(sentence: Sentence, start: int, verbs: list[re.Match]
                       ) -> re.Match | None:
    """The signing verb that closes the clause a subject at ``start`` opens, in a language
    that puts the verb last ("Oberbürgermeister X hat die Deklaration am 24.09.2015 bei
    einem Besuch in Y unterzeichnet.", "wie X und die Vertreter von 35 Städten die Erklärung
    unterzeichneten"): a past tense at the clause's end, the words between with no
    punctuation but the points of a date, at most sixteen of them."""
    s = sentence.text
    if not getattr(language.MODULES.get(sentence.language), "VERB_FINAL_TAILS", ()):
        return None
    for verb in verbs:
        if verb.start() < start:
            continue
        gap = s[start:verb.start()]
        if re.search(r"[,;:!?()\[\]«»„“”\"]|\.(?:\s|$)", gap) or len(gap.split()) > 16:
            return None
        clause = max(s.rfind(c, 0, start) for c in ",;:!?") + 1
        simple_past = re.fullmatch(r"(?i)\w+ten?", verb.group(0)) and re.match(
            r"\s*(?:[.,;:!?)]|$)", s[verb.end():])
        if simple_past or language.verb_final_tail(sentence.language, s, verb.end(),
                                                    s[clause:verb.start()]):
            return verb
        return None
    return None


def _first_of_signers_in_turn(ctx: ReleaseContext, sentence: Sentence, sign: re.Match
                              ) -> bool:
    """Whether the sentence tells the first of a signing told signer after signer: the verb
    with "first" ("Late today the host signed first.", "unterschrieb als Erster", "a signé en
    premier"), the next sentence of its paragraph going on with the others ("Mayor X
    followed, then ...", "Es folgten ...", "Suivent ...")."""
    s = sentence.text
    if not (any(language.SIGNED_FIRST_RE.match(s, m.end())
                for m in language.SIGN_RE.finditer(s, sign.start()))
            or language.SIGNED_FIRST_RE.match(s)):
        return False
    region = ctx.sentences.get(sentence.region, [])
    at = next((k for k, other in enumerate(region) if other is sentence), None)
    if at is None or at + 1 >= len(region):
        return False
    following = region[at + 1]
    return "\n\n" not in ctx.text[sentence.end:following.start] and bool(
        language.LIST_ADDITION_RE.match(following.text))


def _declaration_by_year(sentence: Sentence, sign: re.Match, summits: Summits,
                         declarations: dict[str, Declaration]) -> str | None:
    """The declaration a signing names by the year of its signing alone ("X and Y signed in
    2019", "ont signé en 2019", "haben 2019 unterschrieben"): the one declaration of the
    release whose summit met that year. A year written as part of a date, or any other word
    between verb and year, names none."""
    s = sentence.text
    year = _SIGNED_IN_YEAR.match(s, sign.end()) or _YEAR_BEFORE_PARTICIPLE.search(
        s, max(0, sign.start() - 20), sign.start())
    if not year:
        return None
    wanted = int(year.group("year"))
    found = [slug for slug, d in declarations.items() if d.summit and (
        info := summits.by_slug.get(d.summit)) and info.year == wanted]
    return found[0] if len(found) == 1 else None


# "signed in 2019", "signé en 2019", "unterzeichneten im Jahr 2019" (the year ends the clause)
_SIGNED_IN_YEAR = re.compile(
    r"(?i)\s+(?:(?:in|en|im)\s+(?:(?:the\s+)?year\s+|l['’]année\s+|jahr\s+)?)"
    r"(?P<year>(?:19|20)\d\d)(?!\s*[-–/.]?\d)\b(?=\s*(?:[.,;:)!?]|$|\n))")
# "(haben) 2019 unterschrieben", "im Jahr 2019 unterzeichnet": the year right before a German
# participle at the clause's end
_YEAR_BEFORE_PARTICIPLE = re.compile(
    r"(?i)(?<![\d.])(?:\b(?:im\s+)?jahr\s+)?(?P<year>(?:19|20)\d\d)\s+$")


def _signing(ctx: ReleaseContext, sentence: Sentence, d: Declaration, summits: Summits,
             finder: PeopleFinder, mandates: tuple[Mandate, ...]) -> None:
    """What a sentence with a signing verb says of the declaration: the date and venue of the
    signing and its signatories; an announcement only marks the declaration announced."""
    s = sentence.text
    sign = language.SIGN_RE.search(s) or language.SIGNATORY_RE.search(s)
    if not sign:
        return
    if _signs_another_text(s, sign):
        return  # "also signed a partnership agreement with X": not the declaration
    summit = summits.by_slug.get(d.summit) if d.summit else None
    if language.ANNOUNCEMENT_RE.search(s, *_clause_of(s, sign.start())) and not \
            _dated_before_release(ctx, sentence, summit):
        # ("Am Abend des 31. August wird ... unterzeichnet" in a chronicle written years
        # later tells a past signing in the present)
        d.announced = True
        return
    if _negated(s, sign.start()) or ((word := language.SIGNATORY_RE.search(s))
                                     and _negated(s, word.start())):
        return  # "X did not sign", "ne figure pas parmi les signataires": no signing
    if everyone := language.PRESENT_SIGNERS_RE.search(s):
        d.signed_by_all_present.add((sentence.start + everyone.start(),
                                     sentence.start + everyone.end()))
    signing = [m for m in language.SIGN_RE.finditer(s)
               if not language.ADOPTION_RE.match(m.group(0))]  # (adopting is no signature)
    if signing and (group := _group_of_mayors_signing(ctx, sentence, signing[0], finder)):
        # "Twenty-three mayors ... signed", "At the end of the day, they signed": all there
        d.signed_by_all_present.add((sentence.start + group[0], sentence.start + group[1]))
    if (together := language.UNANIMITY_RE.search(s)) and any(
            abs(together.start() - m.start()) < 40 for m in signing):
        # "les élus signent à l'unanimité", "einstimmig unterzeichnet": all there signed
        d.signed_by_all_present.add((sentence.start + together.start(),
                                     sentence.start + together.end()))
    signing_date(ctx, sentence, d, summit)
    before = set(d.signatories)
    _read_signatories(ctx, sentence, sign, d, summits, finder, mandates)
    later = language.SIGNED_LATER_RE.search(s, max(0, sign.start() - 30), sign.end() + 30)
    if later or _signed_on_a_visit(s, sign.start()) or signed_apart(ctx, sentence, summit):
        d.signed_apart |= set(d.signatories) - before


def _signed_on_a_visit(s: str, pos: int) -> bool:
    """'had signed the text on a visit to X', 'l'a signée lors d'une visite',
    'bei einem Besuch unterzeichnet': a signing the clause of the verb at ``pos`` tells as
    done on a visit or a trip was made apart from the summit, its signers took no part in it.
    A clause that names the summit itself ("during their visit to the summit") is no such
    signing."""
    start, end = _clause_of(s, pos)
    visit = language.SIGNED_ON_VISIT_RE.search(s, start, end)
    return bool(visit) and not language.SUMMIT_RE.search(s, start, end)


def _clause_of(s: str, pos: int) -> tuple[int, int]:
    """The part of ``s`` around ``pos`` between semicolons: "35 cities signed the X
    Declaration; a summit planned for 2017 never took place" announces no signing."""
    start = s.rfind(";", 0, pos) + 1
    end = s.find(";", pos)
    return start, end if end >= 0 else len(s)


def _group_of_mayors_signing(ctx: ReleaseContext, sentence: Sentence, sign: re.Match,
                             finder: PeopleFinder) -> tuple[int, int] | None:
    """The words naming the mayors there as a group that signs, relative to the sentence: a
    group opening the sentence with no city or person of its own before the verb ("Les maires
    ont signé", but not "Les maires de A et B"), or "they"/"ils"/"sie" at the verb when one of
    the two sentences before opens with such a group and names no person."""
    s = sentence.text
    group = language.SIGNER_GROUP_SUBJECT_RE.match(s)
    if group and group.end() <= sign.start() and not _names_someone(
            ctx, sentence, group.end(), sign.start(), finder):
        return group.start(), group.end()
    if after := language.SIGNER_GROUP_AFTER_RE.match(s, sign.end()):
        return after.start(), after.end()
    they = (language.SIGNER_THEY_BEFORE_RE.search(s, 0, sign.start())
            or language.SIGNER_THEY_AFTER_RE.match(s, sign.end()))
    if they is None or _names_someone(ctx, sentence, 0, sign.start(), finder):
        return None
    region = ctx.sentences.get(sentence.region, [])
    at = next((k for k, other in enumerate(region) if other is sentence), 0)
    for previous in reversed(region[max(0, at - 2):at]):
        opening = language.SIGNER_GROUP_SUBJECT_RE.match(previous.text)
        if opening and not _names_someone(ctx, previous, 0, len(previous.text), finder):
            return they.start(), they.end()
    return None


def _names_someone(ctx: ReleaseContext, sentence: Sentence, start: int, end: int,
                   finder: PeopleFinder) -> bool:
    """Whether sentence.text[start:end] names a person or a city other than as a place ("in
    downtown X" is where, not who)."""
    s, base = sentence.text, sentence.start
    if any(base + start <= p.start < base + end for p in finder.mentions):
        return True
    for m in _CAPITALISED.finditer(s, start, end):
        found = ctx.tools.matchers.city_at(s, m.start(), geonames=False)
        if found and not re.search(rf"(?i)\b(?:{language.PLACE_PREPOSITIONS})\s+(?:\w+\s+)?$",
                                   s[max(0, m.start() - 20):m.start()]):
            return True
    return False


def _signs_another_text(s: str, sign: re.Match) -> bool:
    """Whether the signing verb's object is some other text, brought in by an indefinite
    article and not called a declaration or a document ("signed a partnership agreement",
    "a signé un accord", "unterzeichnete auch eine Vereinbarung")."""
    m = re.match(rf"(?i)\s+(?:[^\W\d_]+\s+)?(?:{language.INDEFINITE_ARTICLES})\s+"
                 r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)", s[sign.end():])
    return bool(m and not language.DECLARATION_RE.search(m.group(1))
                and not language.DOCUMENT_RE.search(m.group(1)))


def _dated_before_release(ctx: ReleaseContext, sentence: Sentence,
                          summit: events.SummitInfo | None) -> bool:
    """Whether the sentence dates what it tells to a day before the release (a day without
    its year is of the summit's year)."""
    if ctx.published is None:
        return False
    year = summit.year if summit else None
    return any(dm.precision == "day" and not dm.is_range and dm.last < ctx.published
               for dm in dates_of(sentence, ctx.published, year))


def _negated(s: str, pos: int) -> bool:
    """Whether a negation stands in the clause right before the signing word at ``pos`` ("did
    not sign", "does not appear on the list of signatories", "hat nicht unterzeichnet",
    "n'a pas signé"), not as "not only"."""
    window = max(0, pos - 32)
    start = max(s.rfind(",", window, pos), s.rfind(";", window, pos), window - 1) + 1
    return any(not _NOT_ONLY.match(s, m.start())
               for m in language.NEGATION_RE.finditer(s, start, pos))


def _read_signatories(ctx: ReleaseContext, sentence: Sentence, sign: re.Match, d: Declaration,
                      summits: Summits, finder: PeopleFinder, mandates: tuple[Mandate, ...]
                      ) -> None:
    """The signatories a signing sentence names: its venue, the people who sign, the cities
    listed as signing, and those it names by reference or 'on behalf of'."""
    s, base = sentence.text, sentence.start
    for hit in ctx.tools.matchers.venues_anywhere(s, base):
        d.venue = d.venue or hit
    # signatories: people who sign, and cities listed as signing
    # (each signing verb of the sentence: a heading run into it may hold the first)
    verbs = [sign] + [m for m in language.SIGN_RE.finditer(s) if m.start() > sign.start()]
    for person in finder.mentions:
        if not person.slug or not (base <= person.start < base + len(s)):
            continue
        if _hosting_agent_before(s[:person.start - base]) and not \
                _RELATIVE_AFTER_COMMA.match(s, person.end - base):
            continue  # "hosted ... by Lord Mayor X, ... signed by 35 cities": X hosted (but
            # "hosted by Mayor X, who had signed ...": the relative clause makes X sign)
        verb = next((v for v in verbs if 0 <= base + v.start() - person.end <= 60
                     and "." not in ctx.text[person.end:base + v.start()]), None) or \
            _clause_final_verb(sentence, person.end - base, verbs)
        if verb is not None:
            for mandate in mandates:
                if mandate.person == person.slug and mandate.agent.startswith("city/"):
                    d.signatories.setdefault(mandate.agent[5:], set()).update(
                        [(person.start, person.end), (base + verb.start(), base + verb.end())])
    later = language.LATER_CLAUSE_RE.search(s, sign.end())
    stop = later.start() if later else len(s)  # (the people of a later clause do not sign)
    listed_upto = _signers_after_verb(ctx, sentence, sign, d, summits, finder, mandates, stop)
    _host_by_reference(ctx, sentence, d, summits)
    _cities_counted_back(ctx, sentence, d, finder)
    # "Les délégations de X, Y et Z ont signé ...": cities written before the verb
    _signatory_cities(ctx, sentence, finder, summits, d, upto=sign.start(),
                      not_after=_PLACE_OR_AFTER, own_clause=True)
    _signers_by_reference(ctx, sentence, sign.start(), d, finder, mandates)
    _officials_of_cities_before(ctx, sentence, sign, d, finder)
    _signer_pronoun_after_verb(ctx, sentence, sign, d, finder, mandates)
    _signers_with(ctx, sentence, sign, d, finder, mandates)
    _signers_in_first_person(ctx, sentence, sign.start(), d, finder)
    _publisher_in_chronology(ctx, sentence, d, finder)
    if addition := language.SIGNER_ADDITION_RE.search(s, sign.end()):
        # "A und B haben mitunterzeichnet, dazu C und D", "signed by 35 cities, among them
        # Mayor X": the cities and the people the clause goes on with sign
        _signatory_cities(ctx, sentence, finder, summits, d, upto=stop, not_after=_PLACE,
                          since=addition.end())
        for person in finder.mentions:
            if person.slug and base + addition.end() <= person.start < base + stop:
                for mandate in mandates:
                    if mandate.person == person.slug and mandate.agent.startswith("city/"):
                        d.signatories.setdefault(mandate.agent[5:], set()).update(
                            [(person.start, person.end),
                             (base + addition.start(), base + addition.end())])
    # "I signed the X Declaration on behalf of Y", "signé au nom de Y": Y signs
    for m in language.SIGNING_FOR_RE.finditer(s, sign.end()):
        found = ctx.tools.matchers.city_at(s, m.end(), geonames=True)
        if found:
            entry, start, end = found
            ctx.add_city(entry, (base + start, base + end))
            d.signatories.setdefault(entry.slug, set()).add((base + start, base + end))
    _signed_for_our_city(ctx, sentence, sign, d)
    if language.SIGNATORY_RE.search(s) or _city_list_after(ctx, sentence, sign.end()):
        # a list after a passive agent ends with its clause ("signed by A, a city known for
        # its work with B")
        _signatory_cities(ctx, sentence, finder, summits, d, upto=min(listed_upto or stop, stop),
                          not_after=_PLACE)


def _signers_after_verb(ctx: ReleaseContext, sentence: Sentence, sign: re.Match,
                        d: Declaration, summits: Summits, finder: PeopleFinder,
                        mandates: tuple[Mandate, ...], stop: int) -> int | None:
    """Signers written after the verb, up to the end of its clause (returned, if any): a
    passive agent's cities and people ("unterzeichnet, unter anderem von A, B und C", "signed,
    among others, by Mayor X", "signée par la maire X"), and the subject a German verb puts
    after itself
    ("unterzeichnete Oberbürgermeister X", "Unterschrieben hat auch X"), before ``stop`` (a
    later clause: ", puis a déjeuné avec X"). Each person signs for the city of their
    mandate."""
    s, base = sentence.text, sentence.start
    def names_signer(pos: int) -> bool:
        return bool(any(p.slug and p.start == base + pos for p in finder.mentions)
                    or ctx.tools.matchers.city_at(s, pos, geonames=False))

    inverted = language.SIGNER_INVERSION_RE.match(s, sign.end())
    agent = language.SIGNERS_BY_AGENT_RE.match(s, sign.end())
    if inverted and (names_signer(inverted.end()) or any(
            p.slug and base + sign.end() < p.start <= base + inverted.end()
            for p in finder.mentions)):
        # only the subject itself, a person or a city right there, and the list it opens (a
        # person's mention may hold the role word before the name)
        start = min([inverted.end()] + [p.start - base for p in finder.mentions if p.slug and (
            base + sign.end() < p.start <= base + inverted.end())])
    elif agent and not any(names_signer(sign.end() + m.start()) for m in
                           _CAPITALISED.finditer(s[sign.end():agent.end()])) \
            and not _ANOTHER_VERB.search(s, sign.end(), agent.end()) \
            and not _RELATIVE_AFTER_COMMA.match(s, sign.end()) and _signer_follows(
                ctx, sentence, agent.end(), finder):
        # the agent's words name no signer of their own, nor another act ("signed at the
        # summit hosted by X": X hosted)
        start = agent.end()
    else:
        return None
    end = min(_clause_end(ctx, sentence, start, finder), stop)
    if start >= end:
        return None
    _signatory_cities(ctx, sentence, finder, summits, d, upto=end, not_after=_PLACE_OR_AFTER,
                      since=start)
    for person in finder.mentions:
        if person.slug and base + start <= person.start < base + end:
            for mandate in mandates:
                if mandate.person == person.slug and mandate.agent.startswith("city/"):
                    d.signatories.setdefault(mandate.agent[5:], set()).update(
                        [(person.start, person.end), (base + sign.start(), base + sign.end())])
    return end


def _signer_follows(ctx: ReleaseContext, sentence: Sentence, pos: int, finder: PeopleFinder
                    ) -> bool:
    """Whether a city or a person is named after ``pos`` before the next punctuation ("par le
    maire de X", not "par ordre alphabétique : ...")."""
    s, base = sentence.text, sentence.start
    stop = re.compile(r"[,.;:!?]").search(s, pos)
    end = stop.start() if stop else len(s)
    return any(base + pos <= p.start < base + end for p in finder.mentions if p.slug) or any(
        ctx.tools.matchers.city_at(s, m.start(), geonames=True)
        for m in _CAPITALISED.finditer(s, pos, end))


def _clause_end(ctx: ReleaseContext, sentence: Sentence, start: int, finder: PeopleFinder
                ) -> int:
    """Where the list that begins at ``start`` ends: its sentence's end, a semicolon, or a
    comma not followed by another city or person ("..., Partnerstadt X", "..., wo ...")."""
    s, base = sentence.text, sentence.start
    for m in re.finditer(r"[;:]|,\s*", s[start:]):
        at = start + m.end()
        if m.group(0) in ";:":
            return start + m.start()
        if second := language.AGENT_CONTINUATION_RE.match(s, at):
            at = second.end()  # (", mais aussi par C": a second list of agents goes on)
        elif joined := re.match(rf"(?i)(?:{language.LIST_JOINERS})\s+", s[at:]):
            at += joined.end()
        if not (ctx.tools.matchers.city_at(s, at, geonames=True) or any(
                p.start == base + at for p in finder.mentions)):
            return start + m.start()
    return len(s)


# a signing verb right before its subject ("unterschrieb der Gastgeber", "a signé l'hôte")
_SIGN_VERB_BEFORE = re.compile(language.SIGN_RE.pattern + r"\s+$")


def _host_by_reference(ctx: ReleaseContext, sentence: Sentence, d: Declaration,
                       summits: Summits) -> None:
    """The host named by its standing in a signing sentence ("comme, bien sûr, la ville
    hôte", "the host city signed too"): the host city of the declaration's summit, unless the
    words stand as a place ("in the host city") or inside another noun's phrase."""
    s, base = sentence.text, sentence.start
    summit = summits.by_slug.get(d.summit) if d.summit else None
    host = summit.host if summit else None
    if not host:
        return
    for m in language.HOST_REFERENCE_RE.finditer(s):
        before = s[max(0, m.start() - 14):m.start()]
        if _PLACE_OR_AFTER.search(before) or re.search(
                rf"(?i)(?:{language.AGENT_PREPOSITIONS})\s+$", before) or re.search(
                r"\w\s+$", before) and not re.search(
                    rf"(?i)(?:^|\s)(?:{language.LIST_JOINERS}|{language.FOR_WORDS})\s+$", before) \
                and not _SIGN_VERB_BEFORE.search(before) \
                and not _signing_verb_next(s, m.end()):
            continue  # (but "Als Erster unterschrieb der Gastgeber", "Late today the host
            # signed first": the verb's subject)
        d.signatories.setdefault(host, set()).add((base + m.start(), base + m.end()))


def _signing_verb_next(s: str, pos: int) -> bool:
    """Whether a signing verb follows right at ``pos``, an auxiliary at most between ("the
    host signed", "the host city has signed", "la ville hôte a signé"): what stands before
    it is the verb's subject, whatever words open the sentence."""
    return bool(language.SIGNING_NEXT_RE.match(s, pos))


def _cities_counted_back(ctx: ReleaseContext, sentence: Sentence, d: Declaration,
                         finder: PeopleFinder) -> None:
    """"darunter alle drei genannten", "including all three mentioned", "dont les trois villes
    citées": the last that many different cities the text named before the sentence (in its
    paragraph and the one before), not as a place or inside a name; nothing when fewer."""
    s, base = sentence.text, sentence.start
    m = language.NAMED_BEFORE_RE.search(s) or language.COUNTED_ALL_RE.search(s)
    if not m:
        return
    n = int(m.group("n")) if m.group("n").isdigit() else language.CARDINAL_WORDS.get(
        m.group("n").lower())
    if not n or n < 2:
        return
    start = ctx.text.rfind("\n\n", 0, ctx.text.rfind("\n\n", 0, base))
    cities: list[tuple[CityEntry, int, int]] = []
    end = base
    while len({c[0].slug for c in cities}) < n:
        found = _last_city_named(ctx, max(start, 0), end, finder)
        if not found:
            return
        cities.append(found)
        end = found[1]
    chosen: dict[str, tuple[int, int]] = {}
    for entry, a, b in cities:
        chosen.setdefault(entry.slug, (a, b))
    for slug, span in chosen.items():
        d.signatories.setdefault(slug, set()).update([span, (base + m.start(), base + m.end())])


def _city_list_after(ctx: ReleaseContext, sentence: Sentence, pos: int) -> bool:
    """Whether a list of at least two cities follows ``pos`` in the sentence ("signed:
    A, B and C", "Unterzeichnet haben ... A, B und C"): the verb's subjects or objects."""
    s = sentence.text
    count = 0
    for m in _CAPITALISED.finditer(s[pos:]):
        start = pos + m.start()
        if not in_list(s, start):
            continue
        found = ctx.tools.matchers.city_at(s, start, geonames=True)
        if found:
            count += 1
            if count >= 2:
                return True
    return False


def _signatory_cities(ctx: ReleaseContext, sentence: Sentence, finder: PeopleFinder,
                      summits: Summits, d: Declaration, *, upto: int, not_after: re.Pattern,
                      own_clause: bool = False, since: int = 0) -> None:
    """Cities named in the sentence before ``upto`` that sign: not inside a declaration's
    or a person's name, not a place ("in X", "nach X") where something happened, not the
    city of a venue ("in der Konzerthalle der Landeshauptstadt X"), and with ``own_clause`` not
    a city of another clause than the verb's ("X, ..., où avait été adoptée la
    Déclaration")."""
    s, base = sentence.text, sentence.start
    names = [(m.start, m.end) for m in
             declaration_mentions(sentence, ctx.tools.matchers, ctx.gaz, summits.by_slug)]
    venues = [(h.start, h.end) for h in ctx.tools.matchers.venues_anywhere(s, base)]
    dateline = dateline_end(sentence)
    signing = language.SIGN_RE.search(s) or language.SIGNATORY_RE.search(s)
    verb = signing.start() if signing else None
    for m in _CAPITALISED.finditer(s[:upto], since):
        if m.start() < dateline:
            continue  # "X, Germany, Sept 1 (Agency) - ...": where the text was written
        found = ctx.tools.matchers.city_at(s, m.start(), geonames=in_list(s, m.start()))
        if not found or found.end > upto:
            continue
        entry, start, end = found
        start, end = base + start, base + end
        if any(a <= start < b for a, b in names) or any(
                p.start <= start < p.end for p in finder.mentions) or _names_declaration(
                ctx.text, start, end):
            continue
        if not_after.search(ctx.text[max(0, start - 12):start]) and not _RANGE_END.search(
                ctx.text[max(0, start - 60):start]):
            continue  # (but "from A to B", "d'A à B": the range's end is one of the list)
        if language.TRAVEL_END_RE.search(ctx.text[max(0, start - 30):start]):
            continue  # "travelled to X and signed": the place of the signing
        if _hosting_agent_before(s[:start - base]) or \
                language.HOSTING_SUBJECT_RE.match(ctx.text, end):
            continue  # "au sommet organisé par la ville de X", "X convened the summit": X hosted
        if language.CITY_GROUP_AFTER_RE.match(ctx.text, end) or \
                language.CITY_GROUP_BEFORE_RE.search(ctx.text[max(0, start - 30):start]) or \
                language.REGION_ARTICLE_END_RE.search(ctx.text[max(0, start - 12):start]):
            continue  # "three Ontario municipalities", "villes du X", "pour le X": a region
        if language.TWIN_GROUP_AFTER_OWNER_RE.match(ctx.text, end) or \
                language.TWIN_GROUP_BEFORE_OWNER_RE.search(ctx.text[max(0, start - 40):start]):
            continue  # "X's partner cities – A, B", "die Xer Partnerstädte A, B": their owner
        if any(a <= start < b or (0 <= start - b <= 30
                                  and not _ITEM_BREAK.search(ctx.text[b:start]))
               for a, b in venues):
            continue  # the city the venue is in, or part of its name ("Konzerthalle X")
        if own_clause and language.CLAUSE_BREAK_RE.search(s[end - base:upto]) and not \
                _PARENTHETICAL_BEFORE_VERB.fullmatch(s, end - base, upto):
            continue  # (but "X, where the first summit was held, signed too": X is the subject)
        if verb is not None and start - base < verb and (
                _in_fronted_place_phrase(s, start - base, verb)
                or _inside_a_line_above(s, start - base, end - base, verb)):
            # "dans une salle de concert de X, le maire a signé": where, not who
            continue
        if own_clause and ":" in s[end - base:upto]:
            continue  # "We were not alone from X: Y signed": what comes before a colon
        if own_clause and _new_clause_after_semicolon(ctx, s, end - base, upto):
            continue  # "X hosted the summit; the declaration adopted there ...": X's own clause
        if _RELATIVE_OPENING.search(s[:start - base]) and "," in s[end - base:(
                verb if verb is not None and start - base < verb else len(s))]:
            # "A, which is twinned with B, signed": B is not the verb's subject (but in ", où
            # 35 villes – de B à C – ont signé" the relative clause holds the signing)
            continue
        if verb is not None and _LIST_ITEM.search(s, 0, verb) and _LIST_ITEM.search(
                s, min(start - base, verb), max(start - base, verb)):
            continue  # a city of another item of a bulleted list than the signing's
        ctx.add_city(entry, (start, end))
        d.signatories.setdefault(entry.slug, set()).add((start, end))


def _in_fronted_place_phrase(s: str, pos: int, verb: int) -> bool:
    """Whether the city at ``pos`` stands in a phrase of place set off by a comma before the
    signing's subject ("Le 31 août au soir, dans une salle de concert de X, le maire a
    signé", "In the concert hall of X, the mayors signed"): the phrase says where the signing
    was."""
    opening = max(s.rfind(c, 0, pos) for c in ",;:\n") + 1
    return bool(language.PLACE_PHRASE_OPENING_RE.match(s, opening)) and \
        bool(_OF_OR_PLACE_END.search(s, opening, pos)) and \
        "," in s[pos:verb] and not re.search(r"[;:]", s[pos:verb])


# the words right before a city that make it the complement of a noun of place ("une salle
# de concert de X", "the heart of X", "ein Konzertsaal von X") or a place itself ("in X")
_OF_OR_PLACE_END = re.compile(
    rf"(?i)(?<![\w'’])(?:{language.OF_WORDS}|{language.PLACE_PREPOSITIONS})\s*$")


def _inside_a_line_above(s: str, start: int, end: int, verb: int) -> bool:
    """Whether the city at ``start:end`` stands inside a line of its own above the line of
    the signing, after other words of that line ("Rheinische Post, 02.09.2019, Lokalteil X,
    S. C1" over a clipping that says "38 delegates signed"): a source line or a heading
    names where it was written, no signer. A city that opens its line heads a record whose
    next line may say it signed ("X · Country / Role: signatory"), and so does a city after
    a record's label alone on its line ("STECKBRIEF X (Country)" over "Mitglied in
    Netzwerken: Unterzeichnerin der ... Erklärung")."""
    line = s.rfind("\n", 0, start) + 1
    return "\n" in s[end:verb].strip() and bool(re.search(r"\w", s[line:start])) and \
        not _heads_a_city_record(s, line, start, end)


def _heads_a_city_record(s: str, line: int, start: int, end: int) -> bool:
    """Whether the city at ``start:end`` is the subject of a record's heading line: a label
    of a city's record before it ("Steckbrief", "City profile", "Fiche ville") and at most
    its country in brackets after it, so the field lines below are about this city."""
    return bool(language.RECORD_HEADING_RE.fullmatch(s, line, start)) and \
        bool(language.RECORD_HEADING_TAIL_RE.match(s, end))


def _signed_for_our_city(ctx: ReleaseContext, sentence: Sentence, sign: re.Match,
                         d: Declaration) -> None:
    """"He signed it on behalf of our city", "Il y a signé, au nom de notre ville, ...", "hat
    im Namen unserer Stadt unterzeichnet": outside a quotation, the city of "our" is the
    publisher's, whoever holds the pen; the publishing city signs."""
    s, base = sentence.text, sentence.start
    for m in language.SIGNING_FOR_RE.finditer(s, *_clause_of(s, sign.start())):
        ours = language.SIGNER_MY_RE.match(s, m.end())
        if ours is None or not re.match(rf"(?i)\s*(?:{language.PLACE_NOUNS})\b", s[ours.end():]):
            continue
        if _quoted(ctx, base + m.start()):
            continue
        publisher = cities.publisher(ctx)
        if publisher:
            d.signatories.setdefault(publisher[5:], set()).add((base + m.start(),
                                                                base + ours.end()))
        return


def _new_clause_after_semicolon(ctx: ReleaseContext, s: str, start: int, upto: int) -> bool:
    """Whether a semicolon between ``start`` and ``upto`` opens a clause of its own: the part
    after the last one does not go on with a city ("A, France; B, Senegal and C signed" is
    one list, "A hosted the summit; the declaration adopted there" two clauses)."""
    semicolon = s.rfind(";", start, upto)
    if semicolon < 0:
        return False
    rest = s[semicolon + 1:upto]
    opening = re.match(rf"(?i)\s*(?:(?:{language.LIST_JOINERS})\s+)?", rest)
    return ctx.tools.matchers.city_at(s, semicolon + 1 + opening.end(), geonames=True) is None


def _sentence_before(ctx: ReleaseContext, sentence: Sentence) -> Sentence | None:
    """The sentence before this one in its paragraph, if any."""
    region = ctx.sentences.get(sentence.region, [])
    at = next((k for k, other in enumerate(region) if other is sentence), 0)
    if at == 0 or "\n\n" in ctx.text[region[at - 1].end:sentence.start]:
        return None
    return region[at - 1]


def _signers_by_reference(ctx: ReleaseContext, sentence: Sentence, verb: int, d: Declaration,
                          finder: PeopleFinder, mandates: tuple[Mandate, ...]) -> None:
    """Signers the sentence names only by reference to the one before: its people ("Tous ont
    signé", "All of them signed"), its last person ("Auch er unterschrieb"), or its last city
    ("Die Stadt hat ebenfalls unterzeichnet", also opening a later clause: "..., et la ville
    figure parmi les signataires"). Each person signs for the city of their mandate."""
    s, base = sentence.text, sentence.start
    clauses = [m.end() for m in _CLAUSE_JOIN.finditer(s, 0, verb)]
    if clauses and (city := language.CITY_REFERENCE_RE.match(s[clauses[-1]:verb])):
        # "..., et la ville figure parmi les signataires": the city named last before
        found = _last_city_named(ctx, base, base + clauses[-1], finder) or (
            (previous := _sentence_before(ctx, sentence))
            and _last_city_named(ctx, previous.start, previous.end, finder))
        if found:
            entry, start, end = found
            d.signatories.setdefault(entry.slug, set()).update(
                [(start, end), (base + clauses[-1] + city.start(),
                                base + clauses[-1] + city.end())])
        return
    head = s[:verb]
    previous = _sentence_before(ctx, sentence)
    if previous is None or any(base <= p.start < base + verb for p in finder.mentions):
        return
    group = language.SIGNER_GROUP_RE.match(head)
    single = language.SIGNER_PRONOUN_RE.match(head)
    city = language.CITY_REFERENCE_RE.match(head)
    if not (group or single or city):
        return
    if city:
        # the last city the sentence before names, not as a place ("in X") or in a name
        found = _last_city_named(ctx, previous.start, previous.end, finder)
        if found:
            entry, start, end = found
            d.signatories.setdefault(entry.slug, set()).update(
                [(start, end), (base + city.start(), base + city.end())])
        return
    people = sorted((p for p in finder.mentions
                     if p.slug and previous.start <= p.start < previous.end),
                    key=lambda p: p.start)
    cities = [(p, m.agent[5:]) for p in people for m in mandates
              if m.person == p.slug and m.agent.startswith("city/")]
    if single and cities:
        cities = [c for c in cities if c[0] is cities[-1][0]]
    if single and not people:
        # "X est engagée ... Elle avait signé": with no person before, the pronoun is
        # the city that opens the sentence before
        opening = _CAPITALISED.match(previous.text)
        found = opening and ctx.tools.matchers.city_at(previous.text, 0, geonames=False)
        if found and not _names_declaration(ctx.text, previous.start + found[1],
                                            previous.start + found[2]):
            d.signatories.setdefault(found[0].slug, set()).update(
                [(previous.start + found[1], previous.start + found[2]),
                 (base + single.start(), base + single.end())])
        return
    for person, slug in cities:
        words = group or single
        d.signatories.setdefault(slug, set()).update(
            [(person.start, person.end), (base + words.start(), base + words.end())])


# "des élus de A, de B et de C", "mayors from A, B and C", "Bürgermeister aus A
# und B": officials named as a group by the cities they come from
_OFFICIALS_OF = re.compile(rf"(?i)\b(?:{language.SIGNER_GROUP_NOUN_WORDS})\s+"
                           rf"(?:{language.OF_WORDS}|{language.LIST_JOINERS})(?:\s+|(?<=['’]))")
# between two of those cities: a comma or "and", and the "de" the French repeats
_NEXT_CITY_OF = re.compile(rf"(?i)(?:\s*,\s*|\s+(?={language.CONJUNCTIONS}\b))"
                           rf"(?:(?:{language.CONJUNCTIONS})\s+)?"
                           rf"(?:(?:{language.OF_WORDS})(?:\s+|(?<=['’])))?")


def _officials_of_cities_before(ctx: ReleaseContext, sentence: Sentence, sign: re.Match,
                                d: Declaration, finder: PeopleFinder) -> None:
    """"J'ai vu des élus de A, de B, de C discuter ... Le soir, ils ont signé la
    Déclaration", "Mayors from A and B talked ... That evening they signed": "they" as the
    signers, with no one named before the verb, are the officials the sentence before (or
    the one before it) names by their cities; those cities sign."""
    s, base = sentence.text, sentence.start
    they = (language.SIGNER_THEY_BEFORE_RE.search(s, 0, sign.start())
            or language.SIGNER_THEY_AFTER_RE.match(s, sign.end()))
    if they is None or _quoted(ctx, base + they.start()) or _names_someone(
            ctx, sentence, 0, sign.start(), finder):
        return
    previous = _sentence_before(ctx, sentence)
    for _ in range(2):
        if previous is None:
            return
        cities = _cities_of_officials(ctx, previous)
        if cities:
            for entry, start, end in cities:
                d.signatories.setdefault(entry.slug, set()).update(
                    [(start, end), (base + they.start(), base + they.end())])
            return
        if _names_someone(ctx, previous, 0, len(previous.text), finder):
            return  # (someone else the pronoun may stand for)
        previous = _sentence_before(ctx, previous)


def _cities_of_officials(ctx: ReleaseContext, sentence: Sentence
                         ) -> list[tuple[CityEntry, int, int]]:
    """The cities of the first group of officials the sentence names by where they come from
    ("des élus de A, de B et de C"), with their absolute offsets."""
    s, base = sentence.text, sentence.start
    group = _OFFICIALS_OF.search(s)
    if group is None:
        return []
    found, at = [], group.end()
    while (city := ctx.tools.matchers.city_at(s, at, geonames=False)) and city[1] == at:
        found.append((city[0], base + city[1], base + city[2]))
        step = _NEXT_CITY_OF.match(s, city[2])
        if step is None or step.end() == city[2]:
            break
        at = step.end()
    return found


def _signer_pronoun_after_verb(ctx: ReleaseContext, sentence: Sentence, sign: re.Match,
                               d: Declaration, finder: PeopleFinder,
                               mandates: tuple[Mandate, ...]) -> None:
    """"Zum Abschluss des Treffens unterzeichnete er ...": a pronoun as the subject right after
    the verb, with no person named before it in the sentence, is the last person the three
    sentences before name (a paragraph may open with it); they sign for their city."""
    s, base = sentence.text, sentence.start
    pronoun = language.SIGNER_PRONOUN_AFTER_RE.match(s, sign.end())
    if pronoun is None or any(base <= p.start < base + sign.start() for p in finder.mentions):
        return
    region = ctx.sentences.get(sentence.region, [])
    at = next((k for k, other in enumerate(region) if other is sentence), 0)
    for previous in reversed(region[max(0, at - 3):at]):
        people = [p for p in finder.mentions
                  if p.slug and previous.start <= p.start < previous.end]
        if not people:
            continue
        person = max(people, key=lambda p: p.start)
        for mandate in mandates:
            if mandate.person == person.slug and mandate.agent.startswith("city/"):
                d.signatories.setdefault(mandate.agent[5:], set()).update(
                    [(person.start, person.end), (base + pronoun.start(), base + pronoun.end())])
        return


# from one person of a list to the next: the office of the one before in commas ("X, mayor
# of A,"), a comma or "and", then the next one's office ("B mayor", "le maire de")
_ROLE_WORDS = "|".join(sorted((p for p, _, _ in language.ROLE_PATTERNS), key=len, reverse=True))
_LIST_STEP = re.compile(
    rf"(?:,\s*[^\W\d_][^,.;:!?]{{0,30}}(?<![\w'’])(?i:{language.OF_WORDS})(?:\s+|(?<=['’]))"
    rf"{language.UPPER}[^,.;:!?]{{0,25}})?"
    rf"(?:\s*,\s*(?:(?i:{language.CONJUNCTIONS})\s+)?|\s+(?i:{language.CONJUNCTIONS})\s+)"
    rf"(?:(?i:{language.OF_WORDS})(?:\s+|(?<=['’])))?"
    rf"(?:(?:(?i:{language.DEFINITE_ARTICLES})\s+)?(?:{language.UPPER}[\w'’.-]*\s+)?"
    rf"(?:{_ROLE_WORDS})(?:\s+(?i:{language.OF_WORDS})(?:\s+|(?<=['’]))"
    rf"{language.UPPER}[\w'’.-]*)?,?\s+)?")


def _signers_with(ctx: ReleaseContext, sentence: Sentence, sign: re.Match, d: Declaration,
                  finder: PeopleFinder, mandates: tuple[Mandate, ...]) -> None:
    """"unterzeichnete er gemeinsam mit Gastgeber X", "signed it together with Mayor X", "a
    signé avec le maire X", "hat gemeinsam mit X unterzeichnet": a person right after these
    words, in the clause of the signing verb (no comma or "and" between), signs too, for
    the city of their mandate; so does each person of a list that goes on from them ("with
    A mayor X, B mayor Y and ...")."""
    s, base = sentence.text, sentence.start
    start, end = _clause_of(s, sign.start())
    for m in language.SIGNING_WITH_RE.finditer(s, start, end):
        between = s[sign.end():m.start()] if m.start() >= sign.end() else s[m.end():sign.start()]
        if re.search(rf"(?i)[.,;:!?]|(?<![\w'’])(?:{language.CONJUNCTIONS})(?![\w'’])",
                     between) or language.LATER_CLAUSE_RE.search(between):
            continue  # (another clause: "signed it, and later met with Mayor X", "avant de")
        after = base + m.end()  # (then the end of the person listed last)
        for person in sorted(finder.mentions, key=lambda p: p.start):
            gap = ctx.text[after:person.start]
            if not person.slug or not (0 <= person.start - after <= 60) or re.search(
                    r"[.;:!?]", gap) or (after == base + m.end() and (
                        "," in gap or len(gap) > 30)) or (
                    after > base + m.end() and not _LIST_STEP.fullmatch(gap)):
                continue
            for mandate in mandates:
                if mandate.person == person.slug and mandate.agent.startswith("city/"):
                    d.signatories.setdefault(mandate.agent[5:], set()).update(
                        [(person.start, person.end), (base + m.start(), base + m.end())])
            after = person.end  # "with Mayor X, Mayor Y and Mayor Z": each signs


def _last_city_named(ctx: ReleaseContext, start: int, end: int, finder: PeopleFinder
                     ) -> tuple[CityEntry, int, int] | None:
    """The last city named in ctx.text[start:end] (absolute offsets), not as a place ("in X",
    "nach X"), inside a person's name or a declaration's name."""
    text = ctx.text[start:end]
    named = [(found[0], start + found[1], start + found[2]) for m in _CAPITALISED.finditer(text)
             for found in [ctx.tools.matchers.city_at(text, m.start(), geonames=False)]
             if found and not any(p.start <= start + found[1] < p.end for p in finder.mentions)
             and not _PLACE_OR_AFTER.search(ctx.text[max(0, start + found[1] - 12):
                                                     start + found[1]])
             and not _names_declaration(ctx.text, start + found[1], start + found[2])]
    return named[-1] if named else None


def _signers_in_first_person(ctx: ReleaseContext, sentence: Sentence, verb: int,
                             d: Declaration, finder: PeopleFinder) -> None:
    """"Am Samstag haben wir ... unterzeichnet", "nous avons signé", "we signed": outside a
    quotation, the first person plural before the verb is the city the text speaks for, the
    last city the two sentences before name (not as a place, a name's part or a person's)."""
    s, base = sentence.text, sentence.start
    _signer_in_first_person_singular(ctx, sentence, verb, d, finder)
    _signer_of_our_city(ctx, sentence, verb, d, finder)
    we = language.SIGNER_WE_RE.search(s, 0, verb)
    if we is None or language.CLAUSE_BREAK_RE.search(s, we.end(), verb) or _quoted(
            ctx, base + we.start()) or "\n" in s[we.end():verb]:
        return  # (a line of its own is a clause of its own: a slide's title, then a bullet)
    region = ctx.sentences.get(sentence.region, [])
    at = next((k for k, other in enumerate(region) if other is sentence), 0)
    for previous in reversed(region[max(0, at - 2):at]):
        found = _last_city_named(ctx, previous.start, previous.end, finder)
        if found:
            entry, start, end = found
            d.signatories.setdefault(entry.slug, set()).update(
                [(start, end), (base + we.start(), base + we.end())])
            return


def _signer_in_first_person_singular(ctx: ReleaseContext, sentence: Sentence, verb: int,
                                     d: Declaration, finder: PeopleFinder) -> None:
    """"J'ai signé au nom de notre commune", "I signed ... on behalf of our residents",
    "Am Samstag habe ich unterzeichnet": outside a quotation, the first person singular as the
    verb's subject (in its clause before the verb, or right after it: "unterzeichnete ich")
    is the one who writes or speaks for the publisher, so the publisher's city signs."""
    s, base = sentence.text, sentence.start
    clause = max(s.rfind(c, 0, verb) for c in ",;:.") + 1
    before = [m for m in language.SIGNER_I_RE.finditer(s, clause, verb)]
    after = language.SIGNER_I_RE.match(s, verb + len(re.match(r"\w*\s*", s[verb:]).group(0)))
    first = before[-1] if before else after
    if first is None or _quoted(ctx, base + first.start()):
        return
    # the subject of the signing itself: a few lower-case words from the verb ("I have also
    # signed", "j'ai signé"), or a clause that signs for "our" city ("habe ich im Namen
    # unserer Stadt ... unterzeichnet"), not "I watched as the mayor of X signed"
    between = s[first.end():verb] if first is not after else ""
    if not _SUBJECT_GAP.fullmatch(between) and not language.SIGNER_MY_RE.search(s, clause) \
            and not _verb_final_gap(ctx, sentence, first.end(), verb, finder):
        return
    publisher = cities.publisher(ctx)
    if publisher:
        d.signatories.setdefault(publisher[5:], set()).add(
            (base + first.start(), base + first.end()))
    _signers_with_them(ctx, sentence, verb, d, finder)


def _verb_final_gap(ctx: ReleaseContext, sentence: Sentence, start: int, verb: int,
                    finder: PeopleFinder) -> bool:
    """Whether s[start:verb] is what a German clause puts between its subject and its final
    verb ("habe ich die X-Erklärung unterzeichnet", "die unser OB 2019 in X unterzeichnet
    hat"): a few words with no punctuation, naming no person and no city but as a place or
    inside the declaration's name."""
    s, base = sentence.text, sentence.start
    gap = s[start:verb]
    word = re.match(r"\w+", s[verb:])
    clause = max(s.rfind(c, 0, start) for c in ",;:.!?") + 1
    if not word or not language.verb_final_tail(sentence.language, s, verb + word.end(),
                                                s[clause:start]):
        return False
    if re.search(r"[,;:!?()\[\]«»„“”\"]|\.\s", gap) or len(gap.split()) > 8:
        return False
    if any(base + start <= p.start < base + verb for p in finder.mentions):
        return False
    for m in _CAPITALISED.finditer(s, start, verb):
        found = ctx.tools.matchers.city_at(s, m.start(), geonames=False)
        if found and not _names_declaration(ctx.text, base + found[1], base + found[2]) \
                and not re.search(rf"(?i)\b(?:{language.PLACE_PREPOSITIONS})\s+$",
                                  s[max(0, m.start() - 12):m.start()]):
            return False
    return True


def _signers_with_them(ctx: ReleaseContext, sentence: Sentence, verb: int, d: Declaration,
                       finder: PeopleFinder) -> None:
    """"With them I signed the X Declaration", "Avec eux, j'ai signé", "Mit ihnen habe ich
    unterzeichnet": the cities the sentence before names (not as a place, inside a person's or
    a declaration's name) sign with the publisher."""
    s, base = sentence.text, sentence.start
    clause = max(s.rfind(c, 0, verb) for c in ";.!?") + 1
    them = language.SIGNING_WITH_THEM_RE.search(s, clause, verb) or \
        language.SIGNING_WITH_THEM_RE.match(s, verb + len(re.match(r"\w*\s*", s[verb:]).group(0)))
    previous = _sentence_before(ctx, sentence)
    if them is None or previous is None or _quoted(ctx, base + them.start()):
        return
    end = previous.end
    while found := _last_city_named(ctx, previous.start, end, finder):
        entry, a, b = found
        d.signatories.setdefault(entry.slug, set()).update(
            [(a, b), (base + them.start(), base + them.end())])
        end = a


def _signer_of_our_city(ctx: ReleaseContext, sentence: Sentence, verb: int, d: Declaration,
                        finder: PeopleFinder) -> None:
    """"Our Lord Mayor signed", "notre maire a signé", "unser Oberbürgermeister unterzeichnete":
    outside a quotation, "our" and up to three words naming no person or city, right before
    the verb, are the publisher's own: the publishing city signs."""
    s, base = sentence.text, sentence.start
    clause = max(s.rfind(c, 0, verb) for c in ",;:.!?") + 1
    ours = [(m, verb) for m in language.SIGNER_MY_RE.finditer(s, clause, verb)
            if re.fullmatch(r"\s*(?:[^\W\d_][\w'’-]*\s+){1,3}", s[m.end():verb])]
    # ("die unser OB 2019 in X unterzeichnet hat", "hat unser Oberbürgermeister die
    # Erklärung unterzeichnet": the subject, then what the clause says before its last verb)
    ours += [(m, m.end() + subject.end()) for m in language.SIGNER_MY_RE.finditer(s, clause, verb)
             if (subject := re.match(r"\s+[^\W\d_][\w'’-]*", s[m.end():verb]))
             and _verb_final_gap(ctx, sentence, m.end() + subject.end(), verb, finder)
             and (m, verb) not in ours]
    # ("unterzeichnete unser Oberbürgermeister die Erklärung": the subject after the verb)
    inverted = re.match(r"\w*\s+", s[verb:])
    after = inverted and language.SIGNER_MY_RE.match(s, verb + inverted.end())
    if after and (words := re.match(r"(?:\s+[^\W\d_][\w'’-]*){1,2}", s[after.end():])):
        ours.append((after, after.end() + words.end()))
    if not ours:
        return
    mine, end = ours[-1]
    if _quoted(ctx, base + mine.start()) or _names_someone(ctx, sentence, mine.end(),
                                                            max(end, mine.end()), finder):
        return
    publisher = cities.publisher(ctx)
    if publisher:
        d.signatories.setdefault(publisher[5:], set()).add((base + mine.start(), base + end))


def _publisher_in_chronology(ctx: ReleaseContext, sentence: Sentence, d: Declaration,
                             finder: PeopleFinder) -> None:
    """"2019 Unterzeichnung der X-Erklärung", "| 2015 | ...; am 24.09.2015 Unterzeichnung der
    Y-Erklärung", "2015 – Signing of the Y Declaration": on a city's own page, a line, a
    table cell or a clause that opens with a signing told as a noun (after a date at most)
    and names no signer is the publishing city's own signing."""
    publisher = cities.publisher(ctx)
    if publisher is None or publisher[5:] == _host_of(ctx, d):
        return  # (on the host's page, "Unterzeichnung der X Declaration" is the programme's)
    s, base = sentence.text, sentence.start
    for noun in language.SIGNING_NOUN_RE.finditer(s):
        lead = max(s.rfind(c, 0, noun.start()) for c in "\n|;•") + 1
        opening = s[lead:noun.start()]
        for dm in dates.mentions_in(opening, 0, ctx.published):
            opening = opening[:dm.start] + " " * (dm.end - dm.start) + opening[dm.end:]
        if re.search(r"[^\W\d_]{4,}", opening) or "." in re.sub(r"\d\.", "", opening):
            continue  # (a sentence with a subject of its own, not a line that opens with it)
        ends = [i for i in (s.find(c, noun.end()) for c in "\n|;") if i >= 0]
        end = min(ends) if ends else len(s)
        agents = [m for m in re.finditer(
            rf"(?i)(?<![\w'’])(?:{language.SIGNER_AGENT_WORDS})\s+", s[:end]) if m.start() >=
            noun.end() and not _names_declaration(ctx.text, base + m.end(), base + m.end() + 1)]
        if agents or _signer_named(ctx, sentence, noun.end(), end, finder):
            continue  # "Signing of the X Declaration by 23 cities": the signers are named
        d.signatories.setdefault(publisher[5:], set()).add((base + noun.start(), base + noun.end()))


def _signer_named(ctx: ReleaseContext, sentence: Sentence, start: int, end: int,
                  finder: PeopleFinder) -> bool:
    """Whether sentence.text[start:end] names a person, or a city other than as a place or
    inside a declaration's name."""
    s, base = sentence.text, sentence.start
    if any(base + start <= p.start < base + end for p in finder.mentions):
        return True
    for m in _CAPITALISED.finditer(s, start, end):
        found = ctx.tools.matchers.city_at(s, m.start(), geonames=False)
        if found and not _names_declaration(ctx.text, base + found[1], base + found[2]) \
                and not _PLACE_OR_AFTER.search(s[max(0, m.start() - 12):m.start()]):
            return True
    return False


def _quoted(ctx: ReleaseContext, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph."""
    before = ctx.text[ctx.text.rfind("\n\n", 0, pos) + 1:pos]
    opened = before.count("«") - before.count("»") + before.count('"') % 2
    if "„" in before:  # German: „…“
        opened += before.count("„") - before.count("“")
    else:
        opened += before.count("“") - before.count("”")
    return opened > 0


quoted = _quoted  # for other kinds of fact told in a city's own words ("our city took part")


def in_list(text: str, pos: int) -> bool:
    """A name in an enumeration or after 'aus'/'from'/'de': GeoNames may be asked about it."""
    return bool(_LIST_CUE.search(text[max(0, pos - 12):pos]))


def _names_declaration(text: str, start: int, end: int) -> bool:
    """Whether the city at text[start:end] is part of a declaration's or an event's name
    ("Déclaration de X", "X Declaration", "X-Erklärung", "Sommet de X"), not a signatory."""
    before = text[max(0, start - 25):start]
    after = text[end:end + 20]
    names = f"{language.DECLARATION_WORDS}|{language.SUMMIT_WORDS}"
    # ("2e Sommet : X (Pays), ..., qui a adopté la Déclaration": X names the summit)
    return bool(re.search(rf"(?i)\b(?:{names})\s+(?:{language.OF_WORDS})\s*$", before)
                or re.search(rf"(?i)\b(?:{language.SUMMIT_WORDS})\s*[:–—]\s*$", before)
                or re.match(rf"(?i)[\s-]*(?:er\s+)?(?:{names})\b", after))


def _host_of(ctx: ReleaseContext, d: Declaration) -> str | None:
    """The host city of the declaration's summit, as the reference data knows it."""
    entry = ctx.gaz.summits.get(d.summit) if d.summit else None
    return entry.host if entry else None


def add_signers_present(ctx: ReleaseContext, declarations: dict[str, Declaration],
                        hosting_only: set[tuple[str, str]]) -> None:
    """Where the text says everyone at the summit signed ("every mayor in the room", "par les
    maires présents", "alle anwesenden Bürgermeister", "signed unanimously"), the cities that
    took part in the declaration's summit are its signatories: called once the participants
    are known. A host that takes part only as the host (``hosting_only``: nobody of its own
    named there) has no one in the room the text counts: "all present signed" names no
    signer for it."""
    for d in declarations.values():
        if not d.signed_by_all_present or not d.summit:
            continue
        for key in ctx.facts.of_type(Participant):
            if key.summit == d.summit and (key.summit, key.city) not in hosting_only:
                d.signatories.setdefault(key.city, set()).update(
                    d.signed_by_all_present | {(s.start, s.end) for s in ctx.facts.evidence(key)})


def declaration_facts(ctx: ReleaseContext, declarations: dict[str, Declaration],
                      sentences: tuple[Span, ...]) -> tuple[DeclarationFact, ...]:
    """The declarations as facts, their signatory cities added; a signing dated after the
    release is an announcement, and more than one date for a signing is a warning."""
    facts = []
    for slug, d in declarations.items():
        when = None
        date_spans: Spans = set()
        spans = set(d.spans)
        if len(d.dates) == 1:
            when, date_spans = next(iter(d.dates.items()))
            spans |= date_spans
        elif len(d.dates) > 1:
            ctx.warnings.append(f"the release gives {len(d.dates)} dates for the "
                                f"signing of {slug}: {sorted(map(str, d.dates))}")
        venue = d.venue.slug if d.venue else None
        if d.venue:
            spans.add((d.venue.start, d.venue.end))
        entry = ctx.gaz.declarations.get(slug)
        label = entry.label if entry and entry.label else _declaration_label(ctx, slug, d)
        if when and ctx.published and when > ctx.published:
            # a signing dated after the release is an announcement, not a fact
            when, venue, d.signatories = None, None, {}
        words = (("summit", tuple(Span(a, b) for a, b in sorted(d.spans) if b > a)),
                 ("date", words_stating(date_spans if when else (), d.spans, sentences)),
                 ("venue", words_stating([(d.venue.start, d.venue.end)] if venue else (), d.spans,
                                         sentences)),
                 *((f"signatory {city}", words_stating(city_spans, d.spans, sentences))
                   for city, city_spans in sorted(d.signatories.items())))
        facts.append(DeclarationFact(
            slug, label, d.summit, when, venue, tuple(sorted(d.signatories)),
            tuple(Span(s, e) for s, e in sorted(spans)), words))
        for city, city_spans in d.signatories.items():
            entry_city = ctx.gaz.cities_by_slug.get(city) or ctx.city_entries.get(city)
            if entry_city:
                ctx.add_city(entry_city, *city_spans)
    return tuple(facts)


def _declaration_label(ctx: ReleaseContext, slug: str, d: Declaration) -> str:
    """A declaration the reference data does not know: its name as the release writes it,
    English preferred."""
    written = sorted(ctx.text[s:e] for s, e in d.spans if e > s)
    english = [w for w in written if _ENGLISH_DECLARATION.search(w)]
    return (english or written or [f"Declaration {slug}"])[0].strip('"“”„ ')
