"""The language knowledge of the extractor: one table module per language, joined here.

``de``, ``en`` and ``fr`` each define the tables named in ``TABLES`` (role words, months,
ordinals, the cues of signing, announcing, taking part ...), nothing about a particular city,
person or organisation. This module joins them into the lookups and patterns the extractor
uses, so a fourth language is one new module added to ``MODULES``. Known names come from the
reference data and the geographic packages (see ``ltgraph.gazetteer``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import ModuleType

from ltgraph.language import de, en, fr

MODULES: dict[str, ModuleType] = {m.CODE: m for m in (de, en, fr)}
LANGUAGES = tuple(MODULES)

# Every language module defines each of these tables (an empty one where the language needs
# none); tests check that they define no others and that every entry is read.
TABLES = (
    "FUNCTION_WORDS", "MONTHS", "MONTH_ABBREVIATIONS", "WEEKDAYS", "ORDINALS", "CARDINALS",
    "DURATIONS", "EVENT_DAYS", "CLOSING_CUES", "START_CUES", "WELCOME_CUES", "END_VERBS", "TIME_RELATIONS",
    "TODAY_WORDS", "YEAR_ADVERBIALS", "ARCHIVE_WORDS", "EVENT_WORDS", "EVENT_PLACE_VERBS",
    "DECLARATION_WORDS", "SIGN_VERBS", "SIGNATORY_WORDS", "ANNOUNCEMENT_CUES", "FUTURE_CUES",
    "PLANNED_ACT_CUES",
    "ANNOUNCED_CUES", "ANNOUNCED_ATTRIBUTIVE", "PERSON_OF_CITY_WORDS", "PARTICIPANT_GROUPS",
    "CITY_GROUPS", "CITY_COLUMNS", "NAME_COLUMNS", "ROLE_COLUMNS", "ORG_COLUMNS", "UNPLACED_ROWS",
    "LIST_OPENERS",
    "LIST_CONTINUATIONS",
    "LIST_JOINERS", "LIST_ADDITIONS", "COMPARISON_WORDS", "PASSING_CUES", "PASSING_SENTENCES",
    "ROUTE_CUES",
    "PLACE_NOUNS",
    "END_AHEAD",
    "EVENT_PRONOUNS", "MEETING_CUES", "SIGNER_GROUPS", "SIGNER_PRONOUNS", "CITY_REFERENCES",
    "PRESENT_SIGNERS", "SIGNER_WE", "SIGNER_ADDITIONS", "SERIES_WORDS", "ORDINAL_TAILS",
    "EDITION_WORDS", "DEMONSTRATIVES",
    "TRAVEL_WORDS", "REGION_PREPOSITIONS",
    "DOCUMENT_WORDS", "SIGNING_FOR", "CLAUSE_BREAKS", "SIGNER_AGENTS", "SIGNER_INVERSION_FILLERS",
    "HOST_REFERENCES", "HOSTING_AGENT_CUES", "HOSTING_SUBJECT_VERBS",
    "NAMED_BEFORE_WORDS", "COUNTED_ALL", "UNANIMITY_WORDS", "SIGNER_GROUP_NOUNS",
    "SIGNER_THEY", "SIGNED_TOO", "SIGNED_LATER", "SIGNED_ON_VISIT", "SIGNED_FIRST", "SIGNER_AUXILIARIES", "SIGNER_QUESTIONS", "SIGNER_GROUP_PARTS",
    "QUIZ_QUESTION_LABELS", "QUIZ_ANSWER_LABELS",
    "ADOPTION_VERBS", "FOUNDING_VERBS", "SIGNED_BY_LABELS",
    "MEMBERSHIP_CUES", "JOINING_CUES", "NETWORK_WORDS", "SINCE_WORDS", "FOUNDING_MEMBERS",
    "MEMBER_CITIES", "MEMBER_WORDS", "MEMBERSHIP_INTENTS", "ACADEMIC_TITLES", "STYLES",
    "COURTESY", "NAME_PARTICLES", "PARTICLE_PREDICATES", "NOT_NAME_WORDS", "INSTITUTION_WORDS",
    "CONTACT_LABELS", "PERSON_FIELD_LABELS", "NAME_FIELD_LABELS", "ROLE_FIELD_LABELS",
    "NOTE_COPULAS", "PERSON_REFERENCES",
    "ORGANISATION_NOUNS", "UNIT_NOUNS", "DOCUMENT_NOUNS", "MONTH_PART_WORDS", "PLACE_HEAD_NOUNS", "NAME_PHRASE_HEADS",
    "BYLINE_WORDS", "REPRESENTING", "QUOTE_VERBS", "PHOTO_POSITIONS", "CAPTION_LIST_OPENERS", "CAST_OPENERS",
    "PROFESSIONS", "UNPLACED_PERSON_NOUNS", "NOTICE_CUES", "UNPLACING_NOTICES", "AUTHORED_BY",
    "CLASS_HEADINGS", "CLASS_NOTES_TITLES",
    "COUNTERPART_WORDS", "ROLES",
    "AMBIGUOUS_MAYOR", "HEAD_MAYOR_TITLES",
    "POSSESSIVES",
    "DEFINITE_ARTICLES", "PREDICATE_MARKERS", "PRONOUN_COPULAS", "AGENT_PREPOSITIONS",
    "PARTNER_ROLES", "PARTNER_PHRASES", "PARTNER_PASSIVES", "COPULAS", "LIST_LEADS",
    "ORG_MODIFIERS", "GROUP_REFERENCES", "FIGURES", "CITY_CUES", "CAPITAL_APPOSITIONS",
    "PUBLICATION_PLACE_LABELS",
    "FIGURE_QUALIFIERS", "TERM_SINCE", "TERM_FROM", "TERM_TO",
    "EVENT_PLACE_PREPOSITIONS", "PLACE_PREPOSITIONS", "AFTER_WORDS", "OF_WORDS", "CONJUNCTIONS",
    "NEXT_EVENT_WORDS",
    "DELEGATE_STEMS", "NOUN_ARTICLES", "PERSON_NOUN_ENDINGS", "ARTICLES", "INDEFINITE_ARTICLES",
    "ORIGIN_WORDS", "FOR_WORDS", "ADJECTIVE_ENDINGS", "LINK_WORDS", "ORG_NAME_WORDS",
    "ORG_ADJECTIVE_ENDINGS", "ORG_ADJECTIVE_FOLLOWERS", "COPULA_FILLERS", "OCCASION_WORDS",
    "PARTNER_COMPOUND_NOUNS", "PARTNER_STEMS", "PARTNER_FILLERS", "PARTNER_NAME_LINKS",
    "ORGANISE_VERBS", "DAY_WORDS", "PRESS_EVENT_WORDS", "DESTINATION_WORDS", "INVITED_WORDS",
    "HOST_VERBS", "FROM_DATE_WORDS", "UNTIL_WORDS", "SUBJECT_VERBS", "NAME_INFLECTIONS",
    "OTHER_TIME_WORDS", "OTHER_TIME_ADVERBS", "RELATIVE_POSSESSIVES", "DEMONYM_ENDINGS",
    "CITY_ADJECTIVE_ENDINGS", "RELATIVE_COPULAS", "ROLE_PRONOUNS", "DEPUTY_WORDS",
    "SUCCESSION_WORDS", "SUCCESSION_RELATIVES",
    "HEAD_VERBS", "HEADED_UNITS", "FIGURE_NUMBER_WORDS", "FIGURE_ROUND_NUMBERS",
    "COME_PARTICIPLES", "ARRIVAL_VERBS", "ARRIVAL_FROM", "ARRIVAL_FRONTED_VERBS",
    "DELEGATION_NOUNS", "DELEGATION_OWNERS", "EVENT_SEQUELS", "SUMMIT_ANAPHORS",
    "PASSIVE_AGENTS", "ABSENCE_CUES", "SIDE_EVENT_TIES", "PLURAL_ROLE_GROUPS",
    "PREPARATION_SUPPORT", "THANKS_VERBS", "PRESENCE_LABELS", "AGENDA_LABELS", "RELATIVE_PRONOUNS",
    "HOST_CUES", "INVITATION_CUES",
    "PARTNER_ADDITIONS", "PARTNER_ACTIVES", "NEGATIONS", "DISJUNCTIONS", "INSTITUTION_HEADS", "SCHOOL_NOUNS",
    "MISSION_NOUNS",
    "COUNTRY_PREPOSITIONS",
    "TAKING_PART_VERBS", "TAKING_PART_LEADS", "TAKING_PART_TAILS", "CITY_RANGE_WORDS",
    "TAKING_PART_COMPANIONS", "OWN_CITY_WORDS", "CITY_NAME_TAILS",
    "PARTNER_OWNERS", "PARTNER_APPOSITIONS", "PARTNER_FELLOWS", "PARTNER_THANKS", "THANKED_FOR_A_PART", "PARTNER_SHARES",
    "PARTNER_POSSESSOR_LEADS",
    "PARTNER_SHARE_TAILS", "REGION_ARTICLES", "MEMBER_DISTRICT_LEADS", "REGION_HEADS", "DISTRICT_HEADS", "DISTRICT_TAILS", "FACILITY_AFTER", "FACILITY_BEFORE", "COMPASS_WORDS", "WEEKDAY_SPAN_OPENERS",
    "FUNDER_CUES", "TWIN_GROUPS",
    "WEEKDAY_SPAN_LINKS", "NUMBER_WORDS", "SPOKEN_YEAR_FORMS", "PARTNER_HEAD_LEADS",
    "AT_THAT_TIME_WORDS", "PLACE_RELATIVES", "PLACE_CLAUSES", "HOST_APPOSITIONS", "FLASHBACK_VERBS",
    "SUMMIT_ASIDE_CUES", "QUESTION_WORDS", "RECALL_CUES", "RECALL_TAIL_LEADS", "RECALL_TAIL_CUES",
    "PLACE_PHRASE_OPENERS", "RECORD_HEADING_LABELS",
    "TIME_OFFSETS", "RETRACTED_CLAIMS", "ALPHABET_ENTRY_LINKS", "YEAR_SPAN_OPENERS", "YEAR_SPAN_LINKS", "OWNED_BY_PERSON", "CONTINENTS",
    "CREDIT_WORDS", "CONTACT_HEADINGS", "WITH_WORDS",
    "TRANSCRIPT_LABELS", "PHOTO_LABELS", "PEOPLE_FIELD_LABELS", "RECORD_CREDIT_LABELS",
    "CLOSING_FORMULAS", "SIGNED_FOR_WORDS",
    "SLIDE_LABELS", "EVENT_PARTS",
    "PLACE_ROLE_CLAUSES",
    "SALUTATIONS",
    "UPDATE_LABELS", "CORRECTION_LABELS", "CORRECTION_CUES", "QUOTED_ERROR_CUES",
    "WRONGLY_STATED_CUES",
    "MAIL_HEADER_LABELS", "MAIL_SUBJECT_LABELS",
    "AGENT_CONTINUATIONS", "SIGNER_I", "SIGNER_MY", "SIGNING_WITH", "SIGNING_WITH_THEM",
    "VERB_FINAL_TAILS", "LATER_CLAUSES", "SIGNING_NOUNS", "PARTNER_AS_VERBS", "MARK_WORDS", "SIGNER_MEMBERS",
    # read per language by ltgraph.extract.dates
    "DATE_WEEKDAY_COMPOUNDS", "DAY_SUFFIXES", "DAY_ARTICLES", "NUMERIC_DAY_LEADS", "RANGE_WORDS",
    "DATE_AND_WORDS",
    "DATE_OF_WORDS", "SAME_YEAR_WORDS", "YEARS_AGO_WORDS", "RELATIVE_YEARS", "RELATIVE_DAYS",
    "CONTEXT_DAYS", "LOWER_CASE_ONLY_IN_DATES", "ABBREVIATIONS", "ORDINAL_SUFFIXES",
)


def _all(name: str) -> list:
    """The entries of one table in every language, in language order, without repeats."""
    return list(dict.fromkeys(entry for m in MODULES.values() for entry in getattr(m, name)))


def alternation(entries: Iterable[str], *, words: bool = False) -> str:
    """One regex alternation of table entries, longest first (where a shorter entry begins a
    longer one, the longer wins). With ``words`` the entries are plain words: escaped, and a
    space stands for any run of spaces. Every table becomes a pattern this way."""
    ordered = sorted(set(entries), key=lambda p: (-len(p), p))
    if words:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return "|".join(ordered)


def _either(name: str) -> str:
    """One alternation of a table's patterns in every language, longest first."""
    return alternation(_all(name))


def _merged(name: str) -> dict:
    merged: dict = {}
    for m in MODULES.values():
        merged.update(getattr(m, name))
    return merged


def _words(name: str) -> frozenset[str]:
    return frozenset(w for m in MODULES.values() for w in getattr(m, name))


# ------------------------------------------------------------------ the text layer
# A full stop after these ends no sentence.
ABBREVIATIONS = alternation(_all("ABBREVIATIONS"), words=True)
ORDINAL_SUFFIXES = alternation(_all("ORDINAL_SUFFIXES"), words=True)

# ------------------------------------------------------------------ language detection
FUNCTION_WORDS: dict[str, frozenset[str]] = {code: m.FUNCTION_WORDS for code, m in MODULES.items()}

# ------------------------------------------------------------------ dates
MONTHS: dict[str, int] = _merged("MONTHS")
MONTH_ABBREVIATIONS: dict[str, int] = _merged("MONTH_ABBREVIATIONS")
WEEKDAYS: dict[str, int] = _merged("WEEKDAYS")
ORDINAL_WORDS: dict[str, int] = {form: n for m in MODULES.values()
                                 for n, forms in m.ORDINALS.items() for form in forms.split()}
CARDINAL_WORDS: dict[str, int] = _merged("CARDINALS")
DURATION_PATTERNS: tuple[str, ...] = tuple(_all("DURATIONS"))
DAY_OF_EVENT_PATTERNS: tuple[str, ...] = tuple(_all("EVENT_DAYS"))
CLOSING_CUES: tuple[str, ...] = tuple(_all("CLOSING_CUES"))
START_CUES: tuple[str, ...] = tuple(_all("START_CUES"))
WELCOME_RE = re.compile(rf"(?i)(?:{_either('WELCOME_CUES')})")
END_VERBS = re.compile(rf"(?i)\b(?:{_either('END_VERBS')})")
# "qui s'achève dimanche", "und endet am Sonntag", "which ends on Sunday": an end still to come
END_AHEAD_RE = re.compile(rf"(?i)\b(?:{_either('END_AHEAD')})\s+(?:(?:on|am|le)\s+)?$")
# "a day after signing", "vor der Unterzeichnung": the day named is not the act's date.
TIME_RELATION_RE = re.compile(rf"(?i)\b(?:{_either('TIME_RELATIONS')})\b")
# "closed this afternoon", "heute unterzeichnet": the day the text was written.
TODAY_RE = re.compile(rf"(?i)\b(?:{_either('TODAY_WORDS')})\b")
YEAR_ADVERBIAL_RE = re.compile(
    rf"(?i)\b(?:(?:{_either('YEAR_ADVERBIALS')})(?:(?P<month>[^\W\d]+)\s+)?)"
    r"(?P<year>(?:19|20)\d\d)\b")
ARCHIVE_RE = re.compile(rf"(?i)\b(?:{_either('ARCHIVE_WORDS')})\b")

# ------------------------------------------------------------------ events
SUMMIT_WORDS = _either("EVENT_WORDS")
SUMMIT_RE = re.compile(rf"(?i)\b(?:{SUMMIT_WORDS})\b")
# "Of the summits so far, the first ...": the event noun in the plural, before an ordinal
SUMMITS_RE = re.compile(rf"(?i)\b(?:{SUMMIT_WORDS})(?:s|en|n)?\b")
EVENT_PLACE_VERBS = _either("EVENT_PLACE_VERBS")
# "the first two editions were held in A and B", "die Reihe begann in A": summits 1, 2 ... in
# the order their hosts follow (a series' start without a number is its first)
# "next year", "l'an dernier", "im kommenden Jahr": a year told relative to the text's date
def _spoken_years() -> dict[str, int]:
    """Every spoken year from 2001 to 2039 of every language, by its words in lower case with
    single spaces ("twenty twenty-one" also as "twenty twenty one")."""
    years: dict[str, int] = {}
    for module in MODULES.values():
        for n, word in enumerate(module.NUMBER_WORDS, 1):
            for form in module.SPOKEN_YEAR_FORMS:
                if form.startswith(("twenty", "zwanzig")) and n < 10:
                    continue  # "twenty five" is a number, not 2005
                spoken = form.format(n=word)
                years[spoken] = 2000 + n
                years[spoken.replace("-", " ")] = 2000 + n
    return years


SPOKEN_YEARS = _spoken_years()
SPOKEN_YEAR_RE = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(
    r"[\s-]+".join(re.escape(w) for w in k.split())
    for k in sorted(SPOKEN_YEARS, key=lambda k: (-len(k), k))) + r")(?![\w-])")
RELATIVE_YEARS: dict[str, int] = {k.lower(): v for k, v in _merged("RELATIVE_YEARS").items()}
RELATIVE_YEAR_RE = re.compile(rf"(?i)(?<!\w)(?:{alternation(RELATIVE_YEARS, words=True)})(?!\w)")
SERIES_RE = re.compile(rf"(?i)\b(?:{_either('SERIES_WORDS')})")
# "The first one, A, 2015", "Le premier avait eu lieu à A en 2015",
# "a third, held in C", "die zweite 2019 in B", "die zweite Auflage": an ordinal after an
# article that stands alone for a summit, or names a numbered instance ("edition") of the
# series; "the first of these summits", "le premier des sommets" ("des": "de" + "les"),
# "der erste der Gipfel"
ELIDED_ORDINAL_RE = re.compile(
    rf"(?i)(?<![\w-])(?:{_either('ARTICLES')}|{_either('INDEFINITE_ARTICLES')}|"
    rf"{_either('DEMONSTRATIVES')})\s+"
    rf"(?P<ord>[^\W\d]\w*)(?=\s*[,;:–—(]|\s+(?P<tail>{_either('ORDINAL_TAILS')}|(?:19|20)\d\d)\b|"
    rf"\s+(?P<of>(?:{_either('OF_WORDS')}|{_either('ARTICLES')})s?\s+(?:\w+\s+)?"
    rf"(?:{SUMMIT_WORDS})(?:s|en|n)?\b)|"
    rf"\s+(?P<edition>{_either('EDITION_WORDS')})(?:s|en)?\b)")
DECLARATION_WORDS = _either("DECLARATION_WORDS")
DECLARATION_RE = re.compile(rf"(?i)\b(?:{DECLARATION_WORDS})\b")
# "It was billed as the first summit", "Es war das zweite Treffen": a sentence that speaks of
# the event just told, and "they met", "berieten": a sentence that tells the event's days.
EVENT_PRONOUN_RE = re.compile(rf"^(?:{_either('EVENT_PRONOUNS')})\s")
MEETING_RE = re.compile(rf"(?i)\b(?:{_either('MEETING_CUES')})\b")
# "UPDATE – 13 December 2021", "MISE À JOUR du 13 décembre", "Nachtrag vom 13.12.": a line that
# opens a later addition to the page, dated after the release
UPDATE_LABEL_RE = re.compile(rf"(?i)^[\W_]*(?:{_either('UPDATE_LABELS')})\b")
# A correction notice: "RECTIFICATIF", "Correction:", "Berichtigung –" as the line's opening
# word, or a sentence that says the text corrects an earlier one ("Contrairement à ce que nous
# avons écrit", "we wrongly stated"): the page quotes an error it corrects.
CORRECTION_LABEL_RE = re.compile(
    rf"(?im)^[^\w\n]*(?:{_either('CORRECTION_LABELS')})[^\w\n]*(?:$|[:–—-])")
CORRECTION_CUE_RE = re.compile(rf"(?i)\b(?:{_either('CORRECTION_CUES')})")
# "nous écrivions : « ... »", "we wrote: '...'", "hieß es: „...“": an earlier text quoted
QUOTED_ERROR_RE = re.compile(rf"(?i)\b(?:{_either('QUOTED_ERROR_CUES')})\b")
# "we wrongly stated that ...", "nous écrivions à tort que ...", "irrtümlich hieß es, ...":
# what follows, to the sentence's end, is the error
WRONGLY_STATED_RE = re.compile(rf"(?i)\b(?:{_either('WRONGLY_STATED_CUES')})\b")
# Who signs, told by reference to the sentence before: "Tous ont signé", "Auch er
# unterzeichnete", "The city signed too"; a signing "on behalf of X"; a signed "Papier".
SIGNER_GROUP_RE = re.compile(rf"(?i)^\s*(?:[^\W\d]+\s+){{0,2}}?(?:{_either('SIGNER_GROUPS')})\b")
# "every mayor in the room signed", "signée par les maires présents": all taking part sign
PRESENT_SIGNERS_RE = re.compile(rf"(?i)\b(?:{_either('PRESENT_SIGNERS')})\b")
SIGNER_WE_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_either('SIGNER_WE')})(?![\w'’])")
# ", dazu X und Y", ", ainsi que X", ", darunter X": after the signing verb, words that add
# signers
SIGNER_ADDITION_RE = re.compile(rf"(?i)[,;]\s*(?:{_either('SIGNER_ADDITIONS')})\b")
# "travelled to X and signed": X is where, not who
TRAVEL_END_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_either('TRAVEL_WORDS')})\s+$")
SIGNER_PRONOUN_RE = re.compile(rf"^\s*(?:[^\W\d]+\s+){{0,2}}?(?:{_either('SIGNER_PRONOUNS')})\b")
CITY_REFERENCE_RE = re.compile(
    rf"(?i)^\s*(?:[^\W\d]+\s+){{0,2}}?(?:{_either('CITY_REFERENCES')})\b")
DOCUMENT_WORDS = _either("DOCUMENT_WORDS")
DOCUMENT_RE = re.compile(rf"(?i)\b(?:{DOCUMENT_WORDS})\b")
SIGNING_FOR_RE = re.compile(rf"(?i)\b(?:{_either('SIGNING_FOR')})\s*")
# Right after a signing verb, the words that introduce its signers: "unterzeichnet, unter
# anderem von X", "signed, among others, by X", "signée par X" (a comma, up to six words
# without punctuation, then the agent). A short abbreviation may be one of the words:
# "unterzeichnet, u. a. von X", "signed, i.a. by X", "signée, entre autres, par X".
SIGNERS_BY_AGENT_RE = re.compile(
    rf"(?i)\s*,?\s*(?:(?:[^\W\d_]{{1,4}}\.(?:[^\W\d_]{{1,2}}\.)?|[^\W\d_][\w'’-]*)\s*,?\s+)"
    rf"{{0,6}}?(?:{_either('SIGNER_AGENTS')})\s+")
# "unterzeichnete Oberbürgermeister X", "Unterschrieben hat auch X": the subject after the verb
# (a language with no such fillers puts no subject after its signing verb)
SIGNER_INVERSION_RE = re.compile(
    rf"(?i)\s+(?:(?:{_either('SIGNER_INVERSION_FILLERS')})\s+){{0,4}}"
    if _all("SIGNER_INVERSION_FILLERS") else r"(?!)")
# "darunter alle drei genannten", "all three mentioned", "les trois villes citées": a count of
# cities named before
NAMED_BEFORE_RE = re.compile(
    rf"(?i)\b(?P<n>\d|{alternation(_merged('CARDINALS'), words=True)})\s+"
    rf"(?:{_either('NAMED_BEFORE_WORDS')})\b")
# "all three cities", "tous trois", "alle drei": every one of a count of cities (or their
# mayors) named before; a count of days or years is none
COUNTED_ALL_RE = re.compile(
    rf"(?i)(?<![\w'’])(?:{_either('COUNTED_ALL')})\s+"
    rf"(?P<n>\d|{alternation(_merged('CARDINALS'), words=True)})(?![\w'’])"
    r"(?!\s+(?:days?|years?|weeks?|jours|ans|années|semaines|tagen?|jahren?|wochen)\b)")
# "einstimmig unterzeichnet", "unanimously signed", "signée à l'unanimité"
UNANIMITY_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_either('UNANIMITY_WORDS')})(?![\w'’])")


def _count_pattern() -> str:
    """A count of people, in digits or words ("23", "Twenty-three", "vingt-trois",
    "dreiundzwanzig")."""
    number = alternation(_merged("FIGURE_NUMBER_WORDS"), words=True)
    return rf"(?:\d+|(?:{number})(?:[-\s]?(?:{_either('CONJUNCTIONS')})?[-\s]?(?:{number}))?)"


# "Twenty-three mayors signed", "Les 23 maires ont signé": the mayors counted, opening the
# sentence (after an opening phrase set off by a comma: "Le lendemain, les 23 maires"), not a
# part of them ("Some 23 mayors")
SIGNER_GROUP_SUBJECT_RE = re.compile(
    rf"(?i)^\W*(?:[^,.;:]{{1,40}},\s*)?(?!(?:{_either('SIGNER_GROUP_PARTS')})\s)"
    rf"(?:[^\W\d_][\w'’-]*\s+){{0,2}}?{_count_pattern()}\s+"
    rf"(?:{_either('SIGNER_GROUP_NOUNS')})\b")
# "Am Ende unterzeichneten die 23 Bürgermeister": the counted mayors right after the verb
SIGNER_GROUP_AFTER_RE = re.compile(
    rf"(?i)\s+(?:(?:{_either('DEFINITE_ARTICLES')})\s+)?{_count_pattern()}\s+"
    rf"(?:{_either('SIGNER_GROUP_NOUNS')})\b")
# "adopted", "adopté", "verabschiedet": adopting, not signing
ADOPTION_RE = re.compile(rf"(?i)^(?:{_either('ADOPTION_VERBS')})$")
# "they signed", "ils ont signé", "unterzeichneten sie": the group told before signs
SIGNER_THEY_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w'’])(?:{_either('SIGNER_THEY')})\s+(?:[^\W\d_]+\s+){{0,2}}$")
SIGNER_THEY_AFTER_RE = re.compile(rf"(?i)\s+(?:{_either('SIGNER_THEY')})\b")
# "signed as well.", "hat ebenfalls unterschrieben.", "a signé à son tour": a signing with no
# object, read as the one told before
SIGNED_TOO_WORDS = _either("SIGNED_TOO")
SIGNED_TOO_RE = re.compile(rf"(?i)(?<![\w'’])(?:{SIGNED_TOO_WORDS})(?![\w'’])")
# "Who signed the Declaration?", "Qui a signé ... ?", "Wer hat ... unterzeichnet?": a question
# on a line of its own (an FAQ's), whose answer lists the signers
SIGNER_QUESTION_RE = re.compile(
    rf"(?i)(?:^|\n)[-*#>\s]*(?:{_either('SIGNER_QUESTIONS')})\b[^?\n]*\?\s*$")
# "7. Who signed ...?", "Question 7 : ... ?", "Frage 7: ... ?": a numbered question on a line
# of its own (a quiz's, an FAQ's); "7 b. ...", "Réponse 7 : ...", "Lösung 7: ...": the line
# that answers it, set apart from it, whose words lean on what the question names
QUIZ_QUESTION_RE = re.compile(
    rf"(?im)^[-*#> \t]*(?:(?:{_either('QUIZ_QUESTION_LABELS')})\s*)?(?P<number>\d{{1,2}})"
    rf"\s*[.):]\s[^?\n]*\?")
QUIZ_ANSWER_RE = re.compile(
    rf"(?im)^[-*#> \t]*(?:(?:{_either('QUIZ_ANSWER_LABELS')})\s*)?(?P<number>\d{{1,2}})"
    rf"(?:\s*[a-dA-D])?\s*[.):]\s")
# "the host signed first", "unterschrieb als Erster", "a signé en premier": the first of a
# signing told signer after signer
SIGNED_FIRST_RE = re.compile(rf"(?i)\s*(?:(?:{_either('SIGNED_FIRST')})(?![\w'’]))")
# "the host signed", "la ville hôte a signé", "hat der Gastgeber als Erster unterschrieben": a
# signing verb right after a subject, an auxiliary and "first" at most between
SIGNING_NEXT_RE = re.compile(
    rf"(?i)\s+(?:(?:{_either('SIGNER_AUXILIARIES')})\s+)?(?:(?:{_either('SIGNED_FIRST')})\s+)?"
    rf"(?:{_either('SIGN_VERBS')})(?![\w'’])")
# "setzt nachträglich seine Unterschrift", "subsequently signed": after the summit
SIGNED_LATER_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_either('SIGNED_LATER')})(?![\w'’])")
SIGNED_ON_VISIT_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_either('SIGNED_ON_VISIT')})(?![\w'’])")
# "comme, bien sûr, la ville hôte", "für die Landeshauptstadt": the host of the summit
HOST_REFERENCE_RE = re.compile(rf"(?i)\b(?:{_either('HOST_REFERENCES')})\b")
# "..., où avait été adoptée la Déclaration": a city before these is not the signing's subject
CLAUSE_BREAK_RE = re.compile(rf"(?i)(?:^|[\s,])(?:{_either('CLAUSE_BREAKS')})\b")
# "I signed", "j'ai signé", "habe ich unterzeichnet": the first person singular as the signer
SIGNER_I_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_either('SIGNER_I')})(?![\w'’])")
# "on behalf of our residents", "au nom de notre commune", "im Namen unserer Stadt"
SIGNER_MY_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_either('SIGNER_MY')})(?![\w'’])")
# "signed it together with Mayor X", "unterzeichnete gemeinsam mit Gastgeber X": X signs too
SIGNING_WITH_RE = re.compile(
    rf"(?i)(?<![\w'’])(?:{_either('SIGNING_WITH')})(?:\s+|(?<=['’]))")
# "2019 Unterzeichnung der X-Erklärung", "2015 – Signing of the X Declaration": a signing
# told as a noun, as a chronology's line or a CV's row does
SIGNER_AGENT_WORDS = _either("SIGNER_AGENTS")
# "organised by the city of X", "hosted ... by Lord Mayor Y", "organisé par la ville de X",
# "ausgerichtet von der Stadt X": up to a name, the agent of a hosting (a few words of role
# between), who hosted and is no signer for that
# (the role words may be capitalised, "Lord Mayor", "der Stadt", but a name followed by a
# lower-case word has its own clause: "organised by X ended as Y signed")
HOSTING_AGENT_END_RE = re.compile(rf"(?<![\w'’])(?i:{_either('HOSTING_AGENT_CUES')})\s+"
                                  rf"(?:[^\W\d_A-ZÄÖÜÉÈ][\w'’.-]*\s+|[dl]['’]|"
                                  rf"[A-ZÄÖÜÉÈ][\w'’.-]*\s+(?=[A-ZÄÖÜÉÈ]|$)){{0,4}}$")
# "X convened the first summit", "X a accueilli", "X richtete ... aus": a city as the subject
# of a hosting (one small word may stand between: "a", "also"), which is no signing
HOSTING_SUBJECT_RE = re.compile(rf"\s+(?:[^\W\d_A-ZÄÖÜÉÈ][\w'’-]*\s+)?"
                                rf"(?i:{_either('HOSTING_SUBJECT_VERBS')})(?![\w'’])")
SIGNING_NOUN_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_either('SIGNING_NOUNS')})(?![\w'’])")
SIGNER_GROUP_NOUN_WORDS = _either("SIGNER_GROUP_NOUNS")
# A sentence that opens by naming some of the signers just told: "Among them, Mayor X",
# "Parmi eux, la maire de Y", "Darunter Oberbürgermeister Z"
SIGNER_MEMBERS_RE = re.compile(rf"(?i)\s*(?:{_either('SIGNER_MEMBERS')})(?![\w'’])\s*,?\s*")
# The name of a typographic mark a list's note explains ("An asterisk marks ...", "Mit einem
# Sternchen gekennzeichnet", "Les villes suivies d'un astérisque ...")
MARK_WORD_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_either('MARK_WORDS')})(?![\w'’])")
# ", puis a déjeuné avec X", "und traf sich danach mit X", "and later had lunch with X": a
# later clause of the signing sentence, whose people and cities do not sign
LATER_CLAUSE_RE = re.compile(rf"(?i)(?:{_either('LATER_CLAUSES')})(?![\w'’])")
# "with them I signed", "avec eux, j'ai signé", "mit ihnen habe ich unterzeichnet": the
# group the sentence before names signs with the one who writes
SIGNING_WITH_THEM_RE = re.compile(
    rf"(?i)(?<![\w'’])(?:{_either('SIGNING_WITH_THEM')})(?![\w'’])")


def verb_final_tail(language_code: str, text: str, pos: int, before: str) -> bool:
    """Whether, in a language that puts the verb last in its clause (German), the verb that
    ends at ``pos`` ends its clause in a past tense: with its auxiliary after it ("...
    unterzeichnet hat.") or before it in the clause (``before``: "hat unser OB ...
    unterzeichnet."); not a present or an infinitive ("dass X ... unterzeichnet", "wird ...
    unterzeichnen")."""
    tails = getattr(MODULES.get(language_code), "VERB_FINAL_TAILS", ())
    if not tails:
        return False
    auxiliary = alternation(tails)
    after = re.match(rf"(?i)(\s+(?:{auxiliary}))?\s*(?:[.,;:!?)]|$)", text[pos:])
    return bool(after and (after.group(1) or re.search(
        rf"(?i)(?<![\w'’])(?:{auxiliary})(?![\w'’])", before)))


# "Zum Abschluss unterzeichnete er": a pronoun as the subject right after the signing verb
SIGNER_PRONOUN_AFTER_RE = re.compile(rf"\s+(?:{_either('SIGNER_PRONOUNS')})(?![\w'’])")
# ", mais aussi par X", ", but also by X", ", aber auch von X": a second list of a passive
# signing's agents, after the first
AGENT_CONTINUATION_RE = re.compile(
    rf"(?i)(?:{_either('AGENT_CONTINUATIONS')})\s+(?:{_either('SIGNER_AGENTS')})\s+")
# Signing, in the past or present: a fact. The announcement cues overrule it.
SIGN_RE = re.compile(rf"(?i)\b(?:{_either('SIGN_VERBS')})\b")
# Sentences that list who signed: "Zu den Unterzeichnern gehören ...", "signed by ...".
SIGNATORY_RE = re.compile(rf"(?i)\b(?:{_either('SIGNATORY_WORDS')})")
# Announcements: the signing lies in the future, so no date, venue or signatory is recorded.
ANNOUNCEMENT_RE = re.compile(rf"(?i)\b(?:{_either('ANNOUNCEMENT_CUES')})\b")
# Attending an event in the future ("erwartet", "expected", "will welcome").
FUTURE_RE = re.compile(rf"(?i)\b(?:{_either('FUTURE_CUES')})\b")
# A sentence that opens with a name and an act still to come, in the short form of a headline,
# a note or a calendar entry ("Mayor X to sign the declaration in Y", "X soll die Erklärung
# unterzeichnen", "X doit signer la déclaration"): it places the person at no past event.
PLANNED_ACT_RE = re.compile(rf"(?i)^\W*(?:{_either('PLANNED_ACT_CUES')})")
# A group only announced or invited: no participation.
ANNOUNCED_RE = re.compile(rf"(?i)\b(?:{_either('ANNOUNCED_CUES')})\b")
# The participle of inviting used as an adjective of a group ("accommodation of invited
# mayors", "Unterbringung der eingeladenen Bürgermeister", "les maires invités ont signé"):
# it names the group, it does not say the group was only invited.
ANNOUNCED_ATTRIBUTIVE_RE = re.compile(rf"(?i)\b(?:{_either('ANNOUNCED_ATTRIBUTIVE')})\b")
# Groups that stand for the cities taking part; the cities listed after them take part.
PARTICIPANT_GROUP_RE = re.compile(rf"(?i)\b(?:{_either('PARTICIPANT_GROUPS')})\b")
# Plural city nouns before a colon list: "Cities that took the floor: A, B, C".
# "Three Ontario cities", "drei NRW-Städte": a name right before the noun is a region's
# the heading of a table's column of cities ("city", "ville", "Stadt"; "ville_signataire")
CITY_COLUMN_RE = re.compile(rf"(?i)(?<![^\W_])(?:{_either('CITY_COLUMNS')})(?![^\W_])")
# the headings of a table's columns of names and of offices ("Nom", "Name"; "Fonction", "Title")
NAME_COLUMN_RE = re.compile(rf"(?i)(?:{_either('NAME_COLUMNS')})")
ROLE_COLUMN_RE = re.compile(rf"(?i)(?:{_either('ROLE_COLUMNS')})")
ORG_COLUMN_RE = re.compile(rf"(?i)(?:{_either('ORG_COLUMNS')})")
# a table row's cell that places its person at no part of the event ("Press", "Staff")
UNPLACED_ROW_RE = re.compile(rf"(?i)(?<![^\W_])(?:{_either('UNPLACED_ROWS')})(?![^\W_])")
CITY_GROUP_AFTER_RE = re.compile(rf"\s+(?:{_either('CITY_GROUPS')})\b")
# "Québec's cities", "Québecs Städte": a name that owns cities is a region's, no city's.
CITY_GROUP_OWNED_RE = re.compile(rf"(?i)(?:['’]s?|s)?\s+(?:{_either('CITY_GROUPS')})(?![\w-])")
# the writers as a subject: "we", "nous", "wir", or "our cities", "nos villes", "unsere Städte"
WE_SUBJECT = (rf"(?<![\w'’])(?:{_either('SIGNER_WE')})(?![\w'’])|(?<![\w'’])"
              rf"(?:{_either('SIGNER_MY')})\s+(?:{_either('CITY_GROUPS')})\b")
CITY_GROUP_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{_either('CITY_GROUPS')})\s+(?:{_either('REGION_PREPOSITIONS')})\s+$")
CITY_GROUP_LIST_RE = re.compile(rf"(?i)\b(?:{_either('CITY_GROUPS')})\b[^.:;]{{0,80}}:\s*")
PARTICIPANT_LIST_CUE_RE = re.compile(rf"(?i)\b(?:{_either('LIST_OPENERS')})(?:\s+|(?<=['’]))|:\s*")
# Sentences that continue the previous one's group ("Unter ihnen sind ...").
ANAPHORIC_LIST_RE = re.compile(rf"(?i)^(?:{_either('LIST_CONTINUATIONS')})\b")
# Words after which a capitalised word is an item of a list ("X, Y und Z", "aus X", "of X").
# A sentence that adds items to the list of the sentence before ("S'y ajoutent X et Y").
LIST_ADDITION_RE = re.compile(rf"(?i)^\s*(?:{_either('LIST_ADDITIONS')})\b")
LIST_JOINERS = _either("LIST_JOINERS")
# A city named as a comparison ("mehr Einwohner als X") is a city, no participant.
COMPARISON_RE = re.compile(rf"(?i)\b(?:{_either('COMPARISON_WORDS')})\s+")
# A stop of a journey ("via X", "goes through X", "Rückflug über X"): a large city after it
# is a city the text names, a place passed through, no participant.
ROUTE_CUE_RE = re.compile(rf"(?i)\b(?:{_either('ROUTE_CUES')})\s+")
# Words after which a capitalised word is a city ("aus X", "twin city X", "comme X").
# "du Québec": the province, not the city (an empty table matches nothing).
# "la députée de X", "the MP for X", "Abgeordnete für den Wahlkreis X": X is a member's district
MEMBER_DISTRICT_END_RE = re.compile(rf"(?i)(?<!\w)(?:{_either('MEMBER_DISTRICT_LEADS')})\s*$")
REGION_ARTICLE_END_RE = re.compile(rf"(?i)(?<!\w)(?:{_either('REGION_ARTICLES') or '(?!)'})\s+$")
# "the province of Quebec", "Premier of Quebec", "Provinz Québec": a noun of a region or of its
# government before a name that a city shares names the region.
REGION_HEAD_END_RE = re.compile(rf"(?i)(?<!\w)(?:{_either('REGION_HEADS')})\s+$")
# "financé par Québec", "funded by Quebec": a funder named alone is a government, so a name
# a city shares names the region there.
FUNDER_END_RE = re.compile(rf"(?i)(?<!\w)(?:{_either('FUNDER_CUES')})\s+$")
# "X's partner cities", "die Xer Partnerstädte", "les villes jumelles de X": X owns the group
TWIN_GROUP_AFTER_OWNER_RE = re.compile(
    rf"(?i)(?:['’]s?|er|s)?\s+(?:[\w-]+\s+)?(?:{_either('TWIN_GROUPS')})(?![\w-])")
TWIN_GROUP_BEFORE_OWNER_RE = re.compile(
    rf"(?i)(?<!\w)(?:{_either('TWIN_GROUPS')})\s+(?:{_either('OF_WORDS')})\s*$")
# "l'arrondissement de X", "the borough of X", "im Stadtteil X": a part of a city is named next
DISTRICT_HEAD_END_RE = re.compile(rf"(?i)(?<!\w)(?:{_either('DISTRICT_HEADS')})\s*$")
# "X district", "X, a district of Y", "X, ein Stadtteil von Y", "X, un quartier de Y": the
# words after a name say it is a part of a city (the nouns' case is kept: "X District
# Council" is a town's council)
DISTRICT_TAIL_RE = re.compile(rf"(?:{_either('DISTRICT_TAILS')})")
# A facility named by a place ("X pier", "der Y-Anleger", "l'embarcadère de Z"): the place
# names the facility's quarter; a town of the world's gazetteer so named is no city of the text.
FACILITY_AFTER_RE = re.compile(rf"\s*(?:{_either('FACILITY_AFTER')})(?![\w-])")
FACILITY_BEFORE_END_RE = re.compile(rf"(?<![\w-])(?:{_either('FACILITY_BEFORE')})\s*$")
# A lower-case article right before a name ("a guest from the Summit", "aus dem Gipfel",
# "de la Défense"): the name of a city takes no article of its own in running text (one that
# does, "The Hague", "Le Havre", carries it capitalised in its name), so a town of the world's
# gazetteer read there is a common noun.
ARTICLE_BEFORE_END_RE = re.compile(rf"(?<![\w'’-])(?:{_either('ARTICLES')})\s*$")
# What may follow a noun phrase's head: the end, a punctuation mark, a function word ("from
# the Summit and ..."); a name followed by anything else ("the X–Y agreement", "the
# Tokyo office") modifies the noun after it, as a city's name may.
NOUN_PHRASE_END_RE = re.compile(
    r"\s*(?:$|[.,;:!?)\]»“”\"]|(?:"
    + "|".join(sorted({w for words in FUNCTION_WORDS.values() for w in words}, key=len,
                      reverse=True)) + r")(?![\w'’-]))")
# "X-Nord", "X-Süd": a city's name and a compass point name a part of it
COMPASS_PART_RE = re.compile(rf"(.+?)[-‑]\s?(?:{_either('COMPASS_WORDS')})")
CITY_CUE_RE = re.compile(rf"(?i)\b(?:{_either('CITY_CUES')})(?:\s+|(?<=['’]))")
# A record's field of its place of publication, up to its value ("CY  - "; a tag is case-sensitive)
PUBLICATION_PLACE_RE = re.compile(
    rf"(?m)^[ \t]*(?:{_either('PUBLICATION_PLACE_LABELS')})[ \t]*(?:[:：]|[ \t]-)[ \t]*")
# "X, the capital ...", "X, der Hauptstadt ...": X is a city.
CAPITAL_APPOSITION_RE = re.compile(
    r"([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?),\s+"
    rf"(?:{_either('CAPITAL_APPOSITIONS')})\b")
# "fand in X statt", "was held in X", "s'est tenu à X": the place of an event.
EVENT_PLACE_PREPOSITIONS = _either("EVENT_PLACE_PREPOSITIONS")
EVENT_PLACE_PREPOSITION_RE = re.compile(rf"(?i)\b(?:{EVENT_PLACE_PREPOSITIONS})\s+")
# Prepositions of a place where something happened, and "after X": a city after them is no
# signatory.
PLACE_PREPOSITIONS = _either("PLACE_PREPOSITIONS")
# The words that open a phrase of place set before the subject ("dans une salle de concert
# de X, le maire a signé", "In the concert hall of X, the mayors signed"): a city inside it
# is where, not who.
PLACE_PHRASE_OPENING_RE = re.compile(
    rf"(?i)\s*(?:{_either('PLACE_PHRASE_OPENERS')})\s")
# The heading of a record about one city ("STECKBRIEF X (Country)", "City profile:
# X", "Fiche ville – X"): the label, the city, at most its country or region in
# brackets, and nothing else on the line. The field lines below it speak of that city.
RECORD_HEADING_RE = re.compile(
    rf"(?i)[ \t]*(?:{_either('RECORD_HEADING_LABELS')})[ \t]*[:·–—-]?[ \t]*")
RECORD_HEADING_TAIL_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:?[ \t]*(?=\n|$)")
AFTER_WORDS = _either("AFTER_WORDS")
NEXT_EVENT_WORDS = _either("NEXT_EVENT_WORDS")
# "Declaration of X", "Erklärung von X", "Déclaration d'X".
OF_WORDS = _either("OF_WORDS")
# Words joining the items of a list ("X, Y and Z", "X sowie Y"), and of a list of
# alternatives ("denser than X or Y", "plus petite que X ou Y").
CONJUNCTIONS = _either("CONJUNCTIONS")
DISJUNCTIONS = _either("DISJUNCTIONS")
# Word stems of delegates and delegations ("Delegierte", "delegation").
DELEGATE_STEMS = _either("DELEGATE_STEMS")

# ------------------------------------------------------------------ words around names
# A capitalised word after one of these is a noun, not the first word of a name.
NOUN_ARTICLES: frozenset[str] = _words("NOUN_ARTICLES")
# Per language, the nouns of persons and professions ("Architekt", "Moderatorin") by their
# ending; a language without such a table has no entry.
PERSON_NOUN_RES: dict[str, re.Pattern] = {
    code: re.compile(rf"^\w{{4,}}(?:{'|'.join(m.PERSON_NOUN_ENDINGS)})$")
    for code, m in MODULES.items() if m.PERSON_NOUN_ENDINGS}
ARTICLES = _either("ARTICLES")
INDEFINITE_ARTICLES = _either("INDEFINITE_ARTICLES")
ORIGIN_WORDS = _either("ORIGIN_WORDS")
FOR_WORDS = _either("FOR_WORDS")
ADJECTIVE_ENDINGS = _either("ADJECTIVE_ENDINGS")
LINK_WORDS = _either("LINK_WORDS")
# An organisation's name: capitalised words joined by these ("Office for X", "Centre de l'X")
# and lower-case adjectives of these endings followed by one of the followers ("Centre
# islamique de l'X").
ORG_NAME_WORDS = _either("ORG_NAME_WORDS")
ORG_ADJECTIVE_ENDINGS = _either("ORG_ADJECTIVE_ENDINGS")
ORG_ADJECTIVE_FOLLOWERS = _either("ORG_ADJECTIVE_FOLLOWERS")
# A city named only in passing: after a measure or relation ("so weit wie", "the size of",
# "loin derrière", a few words of a noun phrase between), or in a sentence about twin cities.
# Such a mention states nothing of the city.
PASSING_CUE_RE = re.compile(
    rf"(?i)\b(?:{_either('PASSING_CUES')})(?:\s+[^\W\d][\w'’-]*){{0,3}}\s*$")
PASSING_SENTENCE_RE = re.compile(rf"(?i)\b(?:{_either('PASSING_SENTENCES')})")

# The head of an institution's name that a city's name completes ("Université de X",
# "University of X", "Universität X"): the city is named only inside that name.
# A school's or a university's name: a publisher so named speaks for no city.
SCHOOL_NAME_RE = re.compile(rf"(?<![\w-])(?:{_either('SCHOOL_NOUNS')})(?![\w-])")
MISSION_NAME_RE = re.compile(rf"(?<![\w-])(?:{_either('MISSION_NOUNS')})(?![\w-])")
INSTITUTION_HEAD_RE = re.compile(
    rf"(?<![\w-])(?:{_either('INSTITUTION_HEADS')})\s+(?:(?i:{OF_WORDS}|{ARTICLES})\s*)*$")
# The same head, then the rest of the institution's name before the city that completes it
# ("Université Cheikh Anta Diop de X", "Université des Sciences Juridiques et Politiques de
# Y", "University of Applied Sciences of Z"): capitalised words and the little words of a
# name, up to six, then "of"; the words are given back, to be checked for a role ("University
# of Y and Mayor of X" names the city X).
INSTITUTION_NAME_END_RE = re.compile(
    rf"(?<![\w-])(?:{_either('INSTITUTION_HEADS')})(?P<words>(?:\s+(?:[^\W\d_a-z][\w'’.-]*|"
    rf"(?i:{OF_WORDS}|{ARTICLES}|{CONJUNCTIONS})(?![\w'’-]))){{1,6}}?)\s*(?<![\w'’])"
    rf"(?i:{OF_WORDS})\s*$")

# What stands between a place and the country it is in: "X in Ireland", "X en Irlande",
# "X (Irland)", "X, Ireland".
COUNTRY_QUALIFIER_RE = re.compile(
    rf"(?:\s+(?:{_either('COUNTRY_PREPOSITIONS')})(?:\s+|(?<=['’]))|\s*\(\s*|,\s+)")

# Nouns that stand for a city ("Hauptstadt X", "die kanadische Metropole").
PLACE_NOUNS = _either("PLACE_NOUNS")
# "Africa", "Europa", "Amérique latine": a continent, never a city.
CONTINENT_RE = re.compile(rf"(?:{_either('CONTINENTS')})")
# A description of a city just named: an article, adjectives, a place noun.
CITY_DESCRIPTION_RE = re.compile(
    rf"(?i)^\s*(?:{_either('DEFINITE_ARTICLES')})\s+(?:[^\W\d]+\s+){{0,2}}(?:{PLACE_NOUNS})\b")

# ------------------------------------------------------------------ network membership
MEMBERSHIP_RE = re.compile(rf"(?i)\b(?:{_either('MEMBERSHIP_CUES')})\b")
# The membership cues that name the act of joining (its year needs no "seit"/"since").
JOINED_RE = re.compile(rf"(?i)^(?:{_either('JOINING_CUES')})$")
# A year given by reference to the last one named ("im selben Jahr") or counted back from the
# text's ("vor vier Jahren"): read with the other dates by ltgraph.extract.dates.
# "founding member", "membre fondateur", "Gründungsmitglied": a member since the founding
FOUNDING_MEMBER_RE = re.compile(rf"(?i)\b(?:{_either('FOUNDING_MEMBERS')})\b")
# "Mitgliedsstadt seit 2016", "member city since 2016": the city the text speaks of is one
MEMBER_CITY_RE = re.compile(rf"(?i)\b(?:{_either('MEMBER_CITIES')})\b")
# "wants to join", "envisage son adhésion", "möchte beitreten": a membership only intended
MEMBERSHIP_INTENT_RE = re.compile(rf"(?i)(?<![\w'’])(?:{_either('MEMBERSHIP_INTENTS')})(?![\w'’])")
MEMBER_WORD_RE = re.compile(rf"(?i)(?:{_either('MEMBER_WORDS')})")
NETWORK_WORD_RE = re.compile(rf"(?i)\b(?:{_either('NETWORK_WORDS')})\b")
SINCE_WORDS = _either("SINCE_WORDS")
SINCE_YEAR_RE = re.compile(rf"(?i)\b(?:{_either('SINCE_WORDS')})\s+(?P<year>(?:19|20)\d\d)\b")

# ------------------------------------------------------------------ people
ACADEMIC_TITLES = _either("ACADEMIC_TITLES")
# Styles of address kept as honorifics ("Son Excellence", "His Excellency", "Me").
STYLES = _either("STYLES")
STYLE_RE = re.compile(rf"(?:{STYLES})(?=\s+[A-ZÄÖÜÉ])")
# An academic title right before a name ("Dr. X Y", "Prof. Dr. X Y", "Pr X Y"): as a courtesy
# title does, it says the name is a person's, with no role.
ACADEMIC_TITLE_RE = re.compile(rf"(?:{ACADEMIC_TITLES})")
ACADEMIC_TITLE_END_RE = re.compile(rf"(?<![\w.])(?:{ACADEMIC_TITLES})[ \t]+$")
# A word of thanks, then whom it thanks: a group they belong to at most, ended by a comma
# ("Je remercie les membres du jury, A, B et C"), and the names listed so far ("thanks to A,
# B and"): the name that follows is one of the people thanked, a person (whether the thanks
# places them at an event is the attendance's to say).
_thanked_name = r"[^\W\d_a-zß-ÿ][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3}"
THANKED_END_RE = re.compile(
    rf"(?<![\w-])(?i:{_either('PARTNER_THANKS')})"
    r"(?:[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+){0,5}?[^\W\d_][\w'’-]*[ \t]*,)?[ \t]*"
    rf"(?:{_thanked_name}[ \t]*(?:,|(?:,[ \t]*)?\b(?:{_either('CONJUNCTIONS')})\b)[ \t]*)*$")
# Courtesy titles dropped from names (they are neither honorifics nor roles).
COURTESY: frozenset[str] = _words("COURTESY")
# Lower-case particles inside names: "Ursula von der Leyen", "Charles de Gaulle".
NAME_PARTICLES: frozenset[str] = _words("NAME_PARTICLES") | frozenset(
    "ter ten bin ibn al el dos das y".split())
# A particle opening a predicate after a name ("X zu Gast im Rathaus"): it ends the name.
PARTICLE_PREDICATE_RE = re.compile(rf"(?:{_either('PARTICLE_PREDICATES')})(?!\w)")
# Particles that are also articles: inside a name only after another particle ("van der X",
# "de la Y"); after a name they open a noun phrase ("mit OB X den Konferenztag").
ARTICLE_PARTICLES: frozenset[str] = frozenset("der den das la le".split())
NOT_NAME_WORDS: frozenset[str] = _words("NOT_NAME_WORDS")
INSTITUTION_WORDS: frozenset[str] = _words("INSTITUTION_WORDS")
# Nouns heading an organisation's name: a capitalised run holding one is never a person.
ORGANISATION_NOUNS: frozenset[str] = _words("ORGANISATION_NOUNS")
# Nouns heading the name of a place or an office ("Leipziger Platz", "X Art Center", "Public
# Affairs", "Place X"): the run up to such a noun names the place, never a person.
PLACE_HEAD_NOUNS: frozenset[str] = _words("PLACE_HEAD_NOUNS")
# Nouns heading the name of a department, a function or a production company ("Corporate
# Responsibility", "Abteilung Kommunikation", "Productions X"): such a word is in no name.
UNIT_NOUNS: frozenset[str] = _words("UNIT_NOUNS")
# Nouns heading the title of a document or a record ("Official Travel Itinerary", "Programm",
# "Menu"): a run holding one is the title, never a person.
DOCUMENT_NOUNS: frozenset[str] = _words("DOCUMENT_NOUNS")
# Words placing a date in its month ("Ende August", "Early September", "Fin août"): with a
# month's name after them they make a date, never a name.
MONTH_PART_WORDS: frozenset[str] = _words("MONTH_PART_WORDS")
# Capitalised nouns that head a phrase whose preposition then looks like a name's particle
# ("unter Leitung von X", "Présidence de X"): such a noun never opens a name.
NAME_PHRASE_HEADS: frozenset[str] = _words("NAME_PHRASE_HEADS")
# A contact or source block ("Renseignements :", "Pressekontakt:"): its people are no
# attendees.
# The label may take up to three words before its colon ("Contact presse :",
# "Rückfragehinweis für Medien:", "Rédaction du chapitre :"), the label set in bold or
# italics or not ("**Press contact:** X").
# A record's field may carry parameters before its value, as a calendar's or a contact
# card's lines do ("ORGANIZER;CN=X", "CONTACT;LANGUAGE=fr:X").
CONTACT_LABEL_RE = re.compile(rf"(?i)\b(?:{_either('CONTACT_LABELS')})"
                              r"(?:[ \t]+[^\W\d_][\w'’]*){0,3}[\s*_]*"
                              r"(?::|(?:;[A-Z-]+=[^;:\n]*)*;CN=)[\s*_]*$")
# A record's field naming the person it is about ("Traveller: X", "Reisende: X", "Voyageur : X"):
# the value is a person, whom the record may place at an event (unlike a contact's).
# A name's field ("Name: X", "Nom : X", "Traveller: X") ending the text before a name, and,
# right after the name's line (past one other field at most), the field of its office ("Title:
# Mayor of Y", "Fonction : maire de Y", "Funktion: Oberbürgermeisterin"): up to the office's
# first word.
NAME_FIELD_LABEL_RE = re.compile(
    rf"(?i)(?:^|\n)[ \t*_-]*(?:{_either('NAME_FIELD_LABELS')}|{_either('PERSON_FIELD_LABELS')})"
    r"[ \t*_]*:[ \t*_]*$")
ROLE_FIELD_AFTER_RE = re.compile(
    r"(?i)[ \t*_]*\n(?:[ \t*_-]*[^\W\d_][^\n:]{0,30}:[^\n]*\n)?"
    rf"[ \t*_-]*(?:{_either('ROLE_FIELD_LABELS')})[ \t*_]*:[ \t*_]*(?=\S)")
PERSON_FIELD_LABEL_RE = re.compile(rf"(?i)(?:^|\n)[ \t*_-]*(?:{_either('PERSON_FIELD_LABELS')})"
                                   r"[\s*_]*:[\s*_]*$")
# A contact block's heading, a line of its own ("Press contact", "Contact presse",
# "Pressekontakt:"): the people at the head of the lines under it are contacts.
CONTACT_HEADING_RE = re.compile(rf"(?im)^[ \t*#_]*(?:{_either('CONTACT_HEADINGS')})"
                                r"(?:[ \t]+[^\W\d_][\w'’]*){0,2}[ \t*#_]*:?[ \t*_]*$")
BYLINE_WORDS = _either("BYLINE_WORDS")
# A letter's closing formula, a line of its own ("Mit freundlichen Grüßen", "Kind regards,",
# "Cordialement"): the name under it signs the text.
# "für", "on behalf of", "pour" opening a signature's line before the name signed for
SIGNED_FOR_RE = re.compile(rf"(?i)[ \t]*(?:{_either('SIGNED_FOR_WORDS')})[ \t]*")
CLOSING_FORMULA_RE = re.compile(rf"(?i)[ \t*_]*(?:{_either('CLOSING_FORMULAS')})"
                                r"[ \t*_]*[,.!]?[ \t]*")
# A clause after a place that tells the role held there ("X, venu de Y, dont il est le
# maire", "X, from Y, where she is mayor", "X aus Y, wo er Bürgermeister ist"): the words up
# to the role.
PLACE_ROLE_CLAUSE_RE = re.compile(rf"(?:{_either('PLACE_ROLE_CLAUSES') or '(?!)'})\s+")
# A courtesy title ("M.", "Ms.", "Frau") or the salutation of a speech or a letter ("Chère",
# "Dear", "Sehr geehrte") opening a line or after a comma, right before a name: the name is a
# person's ("M. X Y interroge ...", "Chère X Y, cher Z W,").
_courtesy_titles = alternation(_words("COURTESY"), words=True)  # longest first, then by text
ADDRESS_END_RE = re.compile(rf"(?:(?<![\w.])(?:{_courtesy_titles})"
                            rf"|(?:^|\n|[,;]\s*)\s*(?:{_either('SALUTATIONS')}))[ \t]+$")
# "Y mit Vizebürgermeister X", "Y with its deputy mayor, X": a city and who represented it.
WITH_WORDS = _either("WITH_WORDS")
CREDIT_WORDS = _either("CREDIT_WORDS")
# Standing in for someone ("représentait X", "on behalf of X"): X is no attendee.
REPRESENTING_RE = re.compile(rf"(?i)\b(?:{_either('REPRESENTING')})\b")
# "hosted by Mayor X", "L'hôte, le maire X", "Gastgeber Oberbürgermeister X": the host's
# role, right before the role phrase (a comma and an article between them).
# The words of a host ("host", "hôte", "Gastgeber"), as in "the host city", "la ville hôte".
HOST_WORDS = _either("HOST_CUES")
# "at the invitation of then-mayor X", "auf Einladung des damaligen Oberbürgermeisters X":
# an invitation names the host too, an adverb of then may stand before the role.
HOST_CUE_END_RE = re.compile(rf"(?i)\b(?:{_either('HOST_CUES')}|{_either('INVITATION_CUES')})"
                             rf"\s*,?\s*(?:(?:{_either('DEFINITE_ARTICLES')}|l['’])\s*)?"
                             rf"(?:(?:{_either('OTHER_TIME_ADVERBS')})[-\s]+)?$")
# "could not attend", "konnte nicht teilnehmen", "n'a pas pu assister": not there.
ABSENCE_RE = re.compile(rf"(?i)\b(?:{_either('ABSENCE_CUES')})\b")
# Help given to prepare an event ("for his support in organising the Summit", "für ihre
# Unterstützung bei der Vorbereitung des Gipfels", "pour son soutien à l'organisation du
# Sommet"): what a thanks is for, which names the summit without a part in it.
PREPARATION_SUPPORT_RE = re.compile(rf"(?i)\b(?:{_either('PREPARATION_SUPPORT')})\b")
# A heading line that ties the event a text is about to a summit it is held beside ("held on
# the occasion of the first Summit", "am Rande des Gipfels", "en marge du Sommet"): the
# text's event is another one (a service, a concert, a reception of its own).
SIDE_EVENT_LINE_RE = re.compile(rf"(?i)^[ \t*_#-]*(?:{_either('SIDE_EVENT_TIES')})\s+"
                                rf"(?:\S+\s+){{0,6}}?(?:{SUMMIT_WORDS})\b[^.!?\n]*$")
# "X, who could not attend": the cue speaks of the word before the relative pronoun.
RELATIVE_PRONOUNS = _either("RELATIVE_PRONOUNS")
# "Anwesend:", "Present:", "Présences :" opening a line of minutes: those at the meeting
# "Signed by the councillors of the opposition:", a line of its own over the names that sign
SIGNED_BY_LABEL_RE = re.compile(rf"(?m)^[ \t*_>•-]*(?:{_either('SIGNED_BY_LABELS')})\b[^\n.:]{{0,80}}:[ \t*_]*$")
PRESENCE_LABEL_RE = re.compile(rf"[ \t*_>•-]*(?:{_either('PRESENCE_LABELS')})\s*[*_]*\s*:")
# "TOP 2:", "Item 3", "Point 4 :": an agenda item's number
AGENDA_LABELS = _either("AGENDA_LABELS")
# The label of a slide before its number ("Slide 4 – ...", "Folie 4", "Diapositive 4"): a
# slide deck's passages, each a heading line with its bullets and notes
SLIDE_LABELS = _either("SLIDE_LABELS")
# The parts and backers of a summit ("keynote", "sponsors", "Workshop", "atelier"): a passage
# that names no summit but speaks of these goes on with the summit the passage before named
EVENT_PART_RE = re.compile(rf"(?i)(?<![\w-])(?:{_either('EVENT_PARTS')})(?![\w-])")
RELATIVE_PRONOUN_END_RE = re.compile(rf"(?i)\b(?:{_either('RELATIVE_PRONOUNS')})\s+$")
# "represented by X", "vertreten durch X", "représentée par X": X is the one who is there.
PASSIVE_AGENTS = _either("PASSIVE_AGENTS")
# The label of a transcript's own speaker opening its line, with the name in parentheses or
# after 'from' ("QUESTION (Mme X, outlet) :", "Frage von X:", "MASTER OF CEREMONIES (X):"; not
# "Q: X, ...", where the name may be the one asked), or a camera sign before a photographer's
# name ("📷 X"): the one named asked, led the recorded event or took the picture, and is no
# attendee.
TRANSCRIPT_LABEL_RE = re.compile(rf"(?im)^[ \t*_]*(?:{_either('TRANSCRIPT_LABELS')})"
                               rf"(?:[ \t]*\(|[ \t]+(?:{ORIGIN_WORDS}|{OF_WORDS}|{PASSIVE_AGENTS})"
                               r"[ \t]*:?)[ \t]*$|"
                               r"[\U0001F4F7\U0001F4F8][ \t]*$")
# An e-mail's header line naming its sender or recipients ("From: X <x@...>", "> Von: X",
# "À : X; Y"), and the subject line that shows a text to be an e-mail (or a thread of them):
# those who write or receive a message are not placed by it at the event it arranges.
MAIL_HEADER_RE = re.compile(rf"(?im)^[ \t>]*(?:{_either('MAIL_HEADER_LABELS')})[ \t]*:[ \t]*"
                            r"[^\n:]*$")
MAIL_SUBJECT_RE = re.compile(rf"(?im)^[ \t>]*(?:{_either('MAIL_SUBJECT_LABELS')})[ \t]*:")
# A record's field of people (those a photograph shows, the speakers of a session), its
# value running on over the lines below it indented deeper than its label ("Abgebildete
# Personen: A, B (Amt); C, D (Amt\n    Stadt)"); a line indented as deep is the next field.
PEOPLE_FIELD_RE = re.compile(
    rf"(?im)^(?P<indent>[ \t]*)(?:{_either('PEOPLE_FIELD_LABELS')})[ \t]*:[ \t]*"
    r"(?P<value>[^\n]+(?:\n(?P=indent)[ \t]+\S[^\n]*)*)")
# A record's field of who took its picture, alone on its line ("Fotograf/in: Surname, Given").
RECORD_CREDIT_FIELD_RE = re.compile(
    rf"(?im)^[ \t]*(?:{_either('RECORD_CREDIT_LABELS')})[ \t]*:[ \t]*(?P<value>[^\n]+)")
# A line opened by a photo's label ("Foto:", "Photo :"): a credit may follow its caption.
PHOTO_LINE_RE = re.compile(rf"(?im)^[ \t*_]*(?:{_either('PHOTO_LABELS')})[ \t]*:")
# A photo's label anywhere on its line, up to four words before its colon ("[Porträt] Foto:",
# "Photos for editorial use:").
PHOTO_LABEL_RE = re.compile(rf"(?i)\b(?:{_either('PHOTO_LABELS')})\b(?:[ \t]+[^\W\d_]+){{0,4}}"
                            r"[ \t]*:")
PASSIVE_AGENT_RE = re.compile(rf"(?i)\s+(?:{PASSIVE_AGENTS})\b")
QUOTE_VERBS = _either("QUOTE_VERBS")
PHOTO_POSITION_RE = re.compile(rf"(?i)^(?:{_either('PHOTO_POSITIONS')})\.?$")
CAPTION_LIST_RE = re.compile(rf"^(?:{_either('CAPTION_LIST_OPENERS')})\s*:?\s*", re.IGNORECASE)
# The cast of a film or a programme written as a sentence of its own, with no verb: its
# opener, then names alone (two or three capitalised words each), two at least, joined by
# commas or a conjunction ("Avec A B, C D.", "With A B and C D.", "Mit A B, C D und E F.").
_cast_name = r"[A-ZÀ-ÖØ-ÞİŞ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞİŞ][\w'’-]+){1,2}"
CAST_LIST_RE = re.compile(
    rf"^[ \t]*(?:{_either('CAST_OPENERS')})[ \t]+(?P<names>{_cast_name}(?:[ \t]*(?:,|&|"
    rf"(?:{CONJUNCTIONS})(?![\w-]))[ \t]*{_cast_name})+)[ \t]*\.?[ \t]*$")
CAST_NAME_RE = re.compile(_cast_name)
# Professions announce a name and are never part of it ("Architekt X Y", "la sociologue X").
PROFESSION_WORDS = rf"(?:{_either('PROFESSIONS')})"
# A noun of a tie that places nobody at an event ("reporter", "Vereinsmitglied", "camarade
# de promotion") right before a name: the name is a person's, the mention no attendance.
# The names may stand in parentheses after the noun ("Official photographers (X, Y) were
# accredited", "les photographes (X et Y)").
UNPLACED_NOUN_END_RE = re.compile(
    rf"\b(?:{_either('UNPLACED_PERSON_NOUNS')})(?:[ \t]+|[ \t]*\((?:[^()\n]{{0,80}}?"
    rf"(?:[,;/]|\s(?:{_either('CONJUNCTIONS')}))[ \t]*)?)$")
# A notice about the person named next, a line or a clause of its own or on the line above
# ("Wir gratulieren\nzum 90. Geburtstag: X", "Congratulations to X", "In memoriam: X"), a
# possessive and a member noun between ("Wir trauern um unser Ehrenmitglied X").
NOTICE_CUE_END_RE = re.compile(rf"(?:^|(?<=[\s;,.(]))(?:{_either('NOTICE_CUES')}|"
                               rf"{_either('UNPLACING_NOTICES')})[ \t]*$")
# A text named by its kind, then its maker ("Class notes compiled by X", "Ein Rückblick von
# X"): the name right after is the author's, no person the text tells of.
AUTHORED_BY_END_RE = re.compile(rf"(?<![\w-])(?:{_either('AUTHORED_BY')})[ \t]+$")
# A class's heading, a line of its own: a year, after a class word or not ("1968", "Class of
# 1968", "Jahrgang 1968", "Promotion 1968"), before the notes of its members.
CLASS_HEADING_LINE_RE = re.compile(rf"[ \t*#_]*(?:(?P<word>{_either('CLASS_HEADINGS')})[ \t]+)?"
                                   r"(?:(?:19|20)\d\d|['’]\d\d)[ \t*_]*")
# A text's name for its class's or alumni notes ("Class Notes", "Jahrgangsnachrichten").
CLASS_NOTES_TITLE_RE = re.compile(rf"(?<!\w)(?:{_either('CLASS_NOTES_TITLES')})(?!\w)")
# A notice of a birthday, an anniversary or a death: the mention places the person nowhere.
UNPLACING_NOTICE_END_RE = re.compile(rf"(?:^|(?<=[\s;,.(]))(?:{_either('UNPLACING_NOTICES')})"
                                     r"[ \t]*$")
# After a name, its life dates, an age or a class year ("X († 14. Juli 2024)", "X (1931–2024)",
# "X (90)", "X ('14)", "X '09"): a notice or a class note about a person.
LIFE_DATES_AFTER_RE = re.compile(
    r"[ \t]*(?:\((?:[†✝✞*][ \t]*[^()\n]{0,30}|(?:geb\.|gest\.|née?|born|died|b\.|d\.)[ \t]"
    r"[^()\n]{0,30}|1[89]\d\d[ \t]*[-–][ \t]*(?:1[89]|20)\d\d|['’‘]\d\d|\d{2,3})\)"
    r"|['’‘]\d\d\b)")
PROFESSION_RE = re.compile(rf"\b{PROFESSION_WORDS}\s+$")
# A pronoun that stands for one person, a man or a woman ("he", "ihm", "elle"), or an age
# ("the 17-year-old", "die 57-Jährige"): a text that uses one speaks of a person.
PERSON_REFERENCE_RE = re.compile(
    rf"(?<![\w'’-])(?:{_either('PERSON_REFERENCES')})(?![\w'’-])")
# A note that opens on a person's name, its copula, an article and up to three words, then a
# profession ("X is a researcher at Y", "X est politologue", "X ist Doktorandin an Y"): the
# note on a contributor or an author says what the person is.
NOTE_PROFESSION_AFTER_RE = re.compile(
    rf"[ \t]+(?:{_either('NOTE_COPULAS')})[ \t]+(?:(?:{_either('INDEFINITE_ARTICLES')})[ \t]+)?"
    rf"(?:[^\W\d_][\w-]*[ \t]+){{0,3}}?{PROFESSION_WORDS}\b")
# The copula and article after the name opening such a note, before a role ("X was Deputy
# Mayor of Y"): where the role would start.
NOTE_COPULA_AFTER_RE = re.compile(
    rf"[ \t]+(?:{_either('NOTE_COPULAS')})[ \t]+(?:(?:{_either('INDEFINITE_ARTICLES')})[ \t]+)?")
# (a noun of a tie that places nobody is never part of a name either: "Fotograf X")
PROFESSION_WORD_RE = re.compile(
    rf"{PROFESSION_WORDS}|(?:{_either('UNPLACED_PERSON_NOUNS')})")
# A word that refers to another holder of the same office ("Amtskollege", "counterpart").
COUNTERPART_RE = re.compile(rf"\b(?:{_either('COUNTERPART_WORDS')})\b")

# Another time: "former", "ehemalige", "ancien" anywhere in the words before a name or at the
# head of its apposition; "then", "damals", "alors" only at an apposition's head or after an
# article. A person so named is no attendee, the office so qualified no mandate held now.
OTHER_TIME_RE = re.compile(rf"(?i)(?<![\w-])(?:{_either('OTHER_TIME_WORDS')})(?=[\s\w])")
# "ten days before", "zwei Wochen später", "dix jours avant": another day than the one told.
TIME_OFFSET_RE = re.compile(rf"(?i)\b(?:{_either('TIME_OFFSETS')})\b")
# A person named as the owner of a body or a relation: "Mayor X's executive committee"
# (the noun after the possessive), "the predecessor of Mayor X", "le cabinet de la mairesse
# X", "das Team von Oberbürgermeister X" (the noun and "of" before the name, a role between).
OWNED_AFTER_NAME_RE = re.compile(rf"(?i)['’]s?[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}?"
                                 rf"(?:{_either('OWNED_BY_PERSON')})(?![\w-])")
OWNED_BEFORE_NAME_RE = re.compile(rf"(?i)(?<![\w-])(?:{_either('OWNED_BY_PERSON')})\s+"
                                  rf"(?:{_either('OF_WORDS')})(?:\s+|(?<=['’]))"
                                  rf"(?:[^\W\d_][\w.'’-]*\s+){{0,3}}$")
# A claim the text says was removed or withdrawn ("removed the claim that X chaired ...",
# "a supprimé l'affirmation selon laquelle X ...", "entfernte die Behauptung, X habe ..."):
# what follows it is reported as untrue, and places nobody.
RETRACTED_CLAIM_RE = re.compile(rf"(?i)(?<![\w-])(?:{_either('RETRACTED_CLAIMS')})(?![\w-])")
# The label of an alphabet book's entry: a letter, its link word, a word or a name ("Z comme
# X.", "Z is for X.", "Z wie X."): the entry it opens is one item of a list.
ALPHABET_ENTRY_RE = re.compile(rf"^\w[ \t]+(?:{_either('ALPHABET_ENTRY_LINKS')})[ \t]+\S")
# A span of several years ("(2015–2019)", "von 2015 bis 2019", "de 2015 à 2019", "from 2015
# to 2019"): a period (a term of office, a chairmanship), not the days of one event.
YEAR_SPAN_RE = re.compile(
    r"(?i)(?<![\d./-])(?:19|20)\d\d[ \t]*[–—-][ \t]*(?:(?:19|20)\d\d|\d\d)(?![\d./-]?\d)|"
    rf"\b(?:{_either('YEAR_SPAN_OPENERS')})\s+(?:19|20)\d\d\s+"
    rf"(?:{_either('YEAR_SPAN_LINKS')})\s+(?:19|20)\d\d\b")
OTHER_TIME_ADVERB_RE = re.compile(rf"(?i)(?<![\w-])(?:{_either('OTHER_TIME_ADVERBS')})\b")
# "X, dont le maire, Y", "X, whose mayor Y": the role is held for the city before the pronoun.
# "X, whose predecessor hosted the second summit", "X, dessen Vorgänger ...", "X, dont le
# prédécesseur ...": a relative clause that tells of another person than X.
SUCCESSION_RELATIVE_RE = re.compile(
    rf"(?i)(?<![\w-])(?:{_either('SUCCESSION_RELATIVES') or '(?!)'})(?![\w-])")
RELATIVE_POSSESSIVE_RE = re.compile(rf"(?i)\b(?:{_either('RELATIVE_POSSESSIVES')})\s+")
# A lower-case adjective of a city's people ("lyonnais"): its stem and ending.
DEMONYM_RE = re.compile(rf"(?P<stem>[^\W\d_]{{3,}}?)(?:{_either('DEMONYM_ENDINGS') or '(?!)'})")

# A capitalised adjective of a city before a role ("der Lyoner Bürgermeister"): the ending of
# the adjective and the ending of the city's name it stands for ("Dresdner" -> "Dresden").
CITY_ADJECTIVE_ENDINGS: tuple[tuple[str, str], ...] = tuple(_all("CITY_ADJECTIVE_ENDINGS"))

# A relative pronoun and a copula opening an apposition ("X, who has been mayor of Y since
# 2014", "X, qui est maire de Y"): the role phrase after them is the person's.
RELATIVE_COPULA_RE = re.compile(rf"(?:{_either('RELATIVE_COPULAS') or '(?!)'})\s+")
# A pronoun standing for the role of the person named before ("le maire de Y, X, et celui de
# Z, W"): before "of" and a city, then the name after a comma.
ROLE_PRONOUN_RE = re.compile(
    rf"(?<![\w'’])(?:{_either('ROLE_PRONOUNS') or '(?!)'})\s+(?:{_either('OF_WORDS')}|d['’])\s*")
# A possessive and the word of a deputy before a name ("et son adjoint X", "her deputy X"):
# the deputy of the mayor named before, for the mayor's city.
DEPUTY_WORD_RE = re.compile(rf"(?<!\w)(?:{_either('DEPUTY_WORDS') or '(?!)'})\s+$")
# A possessive and the word of a predecessor or successor before a name ("his predecessor X",
# "ihr Nachfolger X", "son prédécesseur X"): X held the office of the person named before.
SUCCESSION_WORD_RE = re.compile(
    rf"(?<!\w)(?:{_either('SUCCESSION_WORDS') or '(?!)'})[ \t]*,?[ \t]*$")

# A relative pronoun and a verb of heading opening an apposition ("X, who heads Y's office",
# "X, qui préside le conseil municipal de Y"), and the units headed, each with the role of
# its head: the verb and the unit stand for the role.
HEAD_VERB_RE = re.compile(rf"(?:{_either('HEAD_VERBS') or '(?!)'})\s+")
HEADED_UNITS: tuple[tuple[str, str], ...] = tuple(_all("HEADED_UNITS"))

# "aus Y", "from Y", "venu de Y" after a name: the city the person comes from.
ORIGIN_RE = re.compile(rf"\s*,?\s*(?:(?:{_either('COME_PARTICIPLES') or '(?!)'})\s+)?"
                       rf"(?:{_either('ORIGIN_WORDS')}|{_either('OF_WORDS')})\s*")

# "X, who had come from Y", "X war aus Y angereist", "X était venue de Y": a verb of coming
# between an attendee's name and the city they came from; "Aus Y war X gekommen", "From Y
# came X", "De Y était venue X": the city fronted before the verb and the name.
ARRIVAL_VERBS = _either("ARRIVAL_VERBS")
# "X of Y" after a person's name: the city the person comes from
PERSON_OF_CITY_WORDS = _either("PERSON_OF_CITY_WORDS")
ARRIVAL_FRONTED_RE = re.compile(rf"(?i)\s*(?:{_either('ARRIVAL_FROM')})")
ARRIVAL_FRONTED_VERB_RE = re.compile(
    rf"(?i)\s+(?:{_either('ARRIVAL_FRONTED_VERBS')})(?![\w-])"
    rf"(?:\s+(?!(?:that|dass|que|qui)(?![\w-]))[^\W\d][\w'’.-]*){{0,3}}\s+")

# "the Reading delegation", "die Warschauer Delegation", "la délégation montréalaise": a
# delegation named by its city (before the noun, or as an adjective of its people after it)
DELEGATION_RE = re.compile(rf"(?<![\w-])(?:{_either('DELEGATION_NOUNS')})(?![\w-])")
# what links a city to its delegation right after it: a genitive ("X's delegation",
# "Xs Delegation") or a relative ("X, whose delegation", "X, dont la délégation"), then
# the space before the noun
DELEGATION_OWNER_RE = re.compile(rf"(?:{_either('DELEGATION_OWNERS')})?\s+")

# Words that go on telling of the event the sentence before names ("led the delegation",
# "y accueille", "war dort"), in a text that reports on no summit of its own
EVENT_SEQUEL_RE = re.compile(rf"(?<![\w-])(?:{_either('EVENT_SEQUELS')})(?![\w-])")
# the summit named by its bare noun after a definite article ("the summit", "der Gipfel", "le
# Sommet"), no host after it ("the summit in X" may be another): what the text named last
SUMMIT_ANAPHOR_RE = re.compile(
    rf"(?<![\w-])(?:{_either('SUMMIT_ANAPHORS')})(?![\w-])"
    rf"(?!\s+(?:{PLACE_PREPOSITIONS}|{EVENT_PLACE_PREPOSITIONS})\s+[A-ZÄÖÜÉÈİ])")

# ------------------------------------------------------------------ roles
# (pattern, role slug, language), every language's rows; matched longest first together with
# the SKOS altLabels of the ontology.
ROLE_PATTERNS: tuple[tuple[str, str, str], ...] = tuple(
    (pattern, role, code) for code, m in MODULES.items() for pattern, role, _ in m.ROLES)
AMBIGUOUS_MAYOR_RE = re.compile(_either("AMBIGUOUS_MAYOR") or r"(?!)")
HEAD_MAYOR_TITLE_RE = re.compile(_either("HEAD_MAYOR_TITLES") or r"(?!)")
# A role written with a possessive ("Leiter ihres Departments", "head of its Department") is
# held for the agent of the role before it.
POSSESSIVES = _either("POSSESSIVES")
POSSESSIVE_RE = re.compile(rf"(?i)\b(?:{POSSESSIVES})\b")
DEFINITE_ARTICLES = _either("DEFINITE_ARTICLES")
# A group of office holders in the plural after a name and a comma ("X, the mayors by rank,
# the deputies", "Frau X, die Oberbürgermeister nach Rangliste", "Mme X, les maires"): the
# next item of a list, not the office of the one named before it.
PLURAL_ROLE_GROUP_RE = re.compile(rf"(?i)(?:{_either('PLURAL_ROLE_GROUPS')})(?![\w-])")
# A role given as a predicate ("als", "as", "en tant que") and a pronoun with a copula that
# opens a sentence ("Er ist", "He is", "Il est"): the role of the person just named.
PREDICATE_MARKERS = _either("PREDICATE_MARKERS")
PRONOUN_COPULAS = _either("PRONOUN_COPULAS")
# Words between a role and its agent: "Mayor of", "Bürgermeister von", "maire de".
AGENT_PREPOSITIONS = _either("AGENT_PREPOSITIONS")

# ------------------------------------------------------------------ partner roles
PARTNER_ROLE_PATTERNS: tuple[tuple[str, str], ...] = tuple(_all("PARTNER_ROLES"))
PARTNER_PHRASES: tuple[tuple[str, str], ...] = tuple(_all("PARTNER_PHRASES"))
PARTNER_PASSIVES: tuple[tuple[str, str], ...] = tuple(_all("PARTNER_PASSIVES"))
# Organisations as the subject of a verb of support whose object is the event: groups
# ``items`` (the subject) and ``verb``.
PARTNER_ACTIVES: tuple[tuple[str, str], ...] = tuple(_all("PARTNER_ACTIVES"))
# "did not support", "unterstützte ... nicht", "n'a pas soutenu": a denied tie is no tie.
NEGATION_RE = re.compile(rf"(?i)(?<!\w)(?:{_either('NEGATIONS')})(?!\w)")
# Copulas and list leads that tie organisations to a partner role written first.
COPULAS = _either("COPULAS")
# The verb of a clause that opens on "as" and a partner role, its subjects after it ("Als
# ideelle Partner beteiligen sich X und Y", "Comme partenaires s'engagent X et Y").
PARTNER_AS_VERBS = _either("PARTNER_AS_VERBS") or "(?!)"
LIST_LEADS = _either("LIST_LEADS")
ORG_MODIFIER_RE = re.compile(rf"(?i)(?:{_either('ORG_MODIFIERS')})")
GROUP_REFERENCE_RE = re.compile(rf"(?i)\b(?:{_either('GROUP_REFERENCES')})\b")
# Words between a copula and a partner role ("are also the main sponsors").
COPULA_FILLERS = _either("COPULA_FILLERS")
# Other words for the event a partner role is tied to ("partner of the event").
OCCASION_WORDS = _either("OCCASION_WORDS")
# "partner cities", "Partnerstädte": no partner role.
PARTNER_COMPOUND_RE = re.compile(rf"(?i)^[\s-]*(?:{_either('PARTNER_COMPOUND_NOUNS')})\b")
# Every partner-role word holds one of these: a quick test before the patterns.
PARTNER_STEM_RE = re.compile(rf"(?i){_either('PARTNER_STEMS')}")
PARTNER_FILLERS: frozenset[str] = _words("PARTNER_FILLERS")
PARTNER_NAME_LINKS: frozenset[str] = _words("PARTNER_NAME_LINKS")
ORGANISE_VERBS_RE = _either("ORGANISE_VERBS")
ORGANISE_RE = re.compile(rf"(?i)\b(?:{ORGANISE_VERBS_RE})\b")
# "unseren Partnern, X und Y", "our media partners X and Y", "nos partenaires X et Y": the
# owner of a partner role a list of names follows.
PARTNER_OWNERS = _either("PARTNER_OWNERS")
# "X, one of the summit's partners", "X, einer der Partner", "X, l'un des partenaires".
PARTNER_APPOSITIONS = _either("PARTNER_APPOSITIONS")
PARTNER_ADDITIONS = _either("PARTNER_ADDITIONS")
PARTNER_FELLOWS = _either("PARTNER_FELLOWS")
PARTNER_POSSESSOR_LEADS = _either("PARTNER_POSSESSOR_LEADS")
PARTNER_THANKS = _either("PARTNER_THANKS")
# A thanks opening its clause ("Merci à", "We thank", "Dank an"), and what a thanks may be for
# that is a part in an event ("pour son accueil", "for her speech", "für die Gastfreundschaft")
# (or a body's thanks in the third person: "The Office thanks X", "Le Bureau remercie X")
THANKS_RE = re.compile(rf"(?i)(?<![\w-])(?:{PARTNER_THANKS}|{_either('THANKS_VERBS')})"
                       r"(?![\w-])")
THANKED_FOR_A_PART_RE = re.compile(rf"(?i)(?<![\w-])(?:{_either('THANKED_FOR_A_PART')})(?![\w-])")
PARTNER_HEAD_LEADS = _either("PARTNER_HEAD_LEADS")
PARTNER_SHARES = _either("PARTNER_SHARES")
PARTNER_SHARE_TAILS = _either("PARTNER_SHARE_TAILS")
# One more organisation added after a partner clause: "..., as was Z", "..., tout comme Z".
PARTNER_ADDITION_RE = re.compile(
    rf"(?i)^\s*,?\s*(?:{_either('PARTNER_ADDITIONS')})(?:\s+|(?<=['’]))")

# ------------------------------------------------------------------ events, read around
# A summit word that ends in one of these is a day of the event or a press conference.
# A word of a day ("International Day of ...", "Tag des ...", "Journée ..."): a date in
# brackets after a name holding one is the calendar date of that day.
NAMED_DAY_BEFORE_BRACKET_RE = re.compile(
    rf"(?i)(?<![\w-])(?:{_either('DAY_WORDS')})(?![\w-])[^().;]{{0,60}}\(\s*$")
NOT_SUMMIT_RE = re.compile(rf"(?i)(?:{_either('DAY_WORDS')}|{_either('PRESS_EVENT_WORDS')})$")
PRESS_EVENT_RE = re.compile(rf"(?i)\b(?:{_either('PRESS_EVENT_WORDS')})\b")
# "founded in X in 2015", "2015 in X gegründet", "fondé à X en 2015": the place and year
# of a founding, which are no summit's.
FOUNDING_RE = re.compile(rf"(?i)(?<![\w-])(?:{_either('FOUNDING_VERBS')})(?![\w])")
DESTINATION_WORDS = _either("DESTINATION_WORDS")
INVITED_RE = re.compile(rf"(?i){_either('INVITED_WORDS')}")
HOST_VERBS = _either("HOST_VERBS")
FROM_DATE_WORDS = _either("FROM_DATE_WORDS")
UNTIL_WORDS = _either("UNTIL_WORDS")
# "von Freitag bis Sonntag", "Wednesday and Thursday", "du vendredi au dimanche": two weekdays
# that frame the days of an event (a compound such as "Samstagabend" ends the span too).
WEEKDAY_SPAN_RE = re.compile(
    rf"(?i)(?<!\w)(?:(?:{_either('WEEKDAY_SPAN_OPENERS')})\s+)?"
    rf"(?P<w1>{alternation(tuple(WEEKDAYS))})\w*\s*(?:{_either('WEEKDAY_SPAN_LINKS')})\s*"
    rf"(?P<w2>{alternation(tuple(WEEKDAYS))})\w*")
SUBJECT_VERBS = _either("SUBJECT_VERBS")
# A declaration's noun as written in its name ("Erklärung", "Declaration"): capitalised.
DECLARATION_NOUNS = "|".join(sorted({p[:1].upper() + p[1:] for p in _all("DECLARATION_WORDS")},
                                    key=lambda p: (-len(p), p)))
NAME_INFLECTIONS = _either("NAME_INFLECTIONS")

# ------------------------------------------------------------------ figures
# Numbers written out in a figure: plain number words, joined into compounds ("thirty-five",
# "trente-cinq", "fünfunddreißig", "vingt et un"), and round numbers ("une trentaine de",
# "a dozen", "zwei Dutzend"), which make the figure approximate.
FIGURE_NUMBER_WORDS: dict[str, int] = _merged("FIGURE_NUMBER_WORDS")
FIGURE_ROUND_NUMBERS: dict[str, int] = _merged("FIGURE_ROUND_NUMBERS")
FIGURE_NUMBER_JOINERS = r"-|und|\s+et\s+"


def _figure_number_patterns() -> tuple[str, str]:
    """A written number ("35", "thirty-five", "einundzwanzig", "une trentaine de") and a round
    number with its count, as regex sources."""
    number = alternation(FIGURE_NUMBER_WORDS, words=True)
    round_number = alternation(FIGURE_ROUND_NUMBERS, words=True)
    rounded = (rf"(?:(?P<count>{number}|an?|une?|ein(?:e)?)\s+)?(?P<round>{round_number})"
               r"(?:\s+(?:de|of))?")
    written = (rf"(?:\d+|(?<![\w-])(?:einund(?:{number})|(?:{number})"
               rf"(?:(?:{FIGURE_NUMBER_JOINERS})(?:{number}|une?))?"
               rf"|(?:(?:{number}|an?|une?|ein(?:e)?)\s+)?(?:{round_number})"
               r"(?:\s+(?:de|of)(?=\s))?))")
    return written, rounded


# A round number: its count ("zwei", "a", "une") and the noun, then "de"/"of" before the noun
FIGURE_ROUND_RE = re.compile(rf"(?i){_figure_number_patterns()[1]}\s*$")
FIGURE_PATTERNS: tuple[tuple[str, str], ...] = tuple(
    (pattern.replace(r"(?P<n>\d+)", rf"(?P<n>(?i:{_figure_number_patterns()[0]}))", 1), what)
    for pattern, what in _all("FIGURES"))
# A qualifier word right before a figure's number ("rund 35", "more than 30"), each with the
# qualifier it states; spaces separate it from the number.
FIGURE_QUALIFIERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?i)(?<!\w){words}\s+$"), qualifier)
    for words, qualifier in _all("FIGURE_QUALIFIERS"))

# ------------------------------------------------------------------ terms of office
# A date as precise as the text gives it ("2014", "Mai 2014", "3. Mai 2014", "May 3, 2017"),
# its parts named with ``p`` ("s" for the start, "e" for the end).
def term_date(p: str) -> str:
    months = alternation([*MONTHS, *MONTH_ABBREVIATIONS], words=True)
    return (rf"(?:(?:(?P<{p}d>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+)?(?P<{p}m>{months})\.?\s+"
            rf"|(?P<{p}m2>{months})\.?\s+(?P<{p}d2>\d{{1,2}}),?\s+)?(?P<{p}y>(?:19|20)\d\d)\b")


# "since DATE", "from DATE to DATE" in any language.
TERM_RE = re.compile(
    rf"(?i)(?<!\w)(?:(?:{_either('TERM_SINCE')})\s+{term_date('s')}"
    rf"|(?:{_either('TERM_FROM')})\s*{term_date('f')}\s+(?:{_either('TERM_TO')})\s+"
    rf"{term_date('e')})")

# ------------------------------------------------------------------ labels
# The English ordinal of a summit the reference data does not know ("Second Summit"): the
# graph's labels are English.
ORDINAL_LABELS: dict[int, str] = {n: forms.split()[0].capitalize()
                                  for n, forms in en.ORDINALS.items()}

# A city taking part with no person named: the verb, the words around the list of cities.
# (a verb that ends in an elided "d'" runs on into the city's name: "venues d'X")
TAKING_PART_RE = re.compile(
    rf"(?i)(?<![\w-])(?:{_either('TAKING_PART_VERBS')})(?:(?<=['’])|(?![\w-]))")
# a lead may hold the event the cities took part in: "at the first summit in X", "beim
# ersten Gipfel in X", "au premier Sommet à X"
_event_phrase = (rf"[^\W\d]+\s+(?:[\w'’]+\s+){{0,3}}?(?:{SUMMIT_WORDS})\w*"
                 rf"(?:\s+(?:{PLACE_PREPOSITIONS}|{EVENT_PLACE_PREPOSITIONS})\s+"
                 r"[A-ZÄÖÜÉİ][\w'’.-]*(?:\s+[A-ZÄÖÜÉİ][\w'’.-]*)?)?")
TAKING_PART_LEADS_RE = re.compile(
    rf"(?i)(?:\s*(?:[,:]|(?:{_either('TAKING_PART_LEADS')}|{_event_phrase})(?![\w-])))*\s*")
TAKING_PART_TAILS_RE = re.compile(
    rf"(?i)(?:\s*(?:{_either('TAKING_PART_TAILS')})(?![\w-]))*\s*")
CITY_RANGE_WORDS = _either("CITY_RANGE_WORDS")
# "alongside A, B and C", "aux côtés de A", "gemeinsam mit A": cities beside the subject
TAKING_PART_COMPANIONS_RE = re.compile(
    rf"(?i)(?<![\w-])(?:{_either('TAKING_PART_COMPANIONS')})(?:(?<=['’])|(?![\w-]))\s*")
# "la Ville", "the City", "our city", "unsere Stadt": the publishing city, in its own text
# (case-sensitive: "la ville" in lower case is any city the text speaks of)
OWN_CITY_RE = re.compile(rf"(?<![\w-])(?:{_either('OWN_CITY_WORDS')})(?![\w-])")
# " City" after a city's name ("Québec City"): still the city's name (case-sensitive)
CITY_NAME_TAIL_RE = re.compile(rf"[ \t]+(?:{_either('CITY_NAME_TAILS') or '(?!)'})(?![\w-])")

# ------------------------------------------------------------------ script
# Every upper-case letter of the Latin alphabets (A-Z, À-Þ and Latin Extended-A/B: "İzmir",
# "Łódź", "Šabac"), as a regex class: where a name may begin.
UPPER = "[" + "".join(re.escape(c) for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"
# An office of the time told: "the then mayor", "X, damals Bürgermeister".
AT_THAT_TIME_RE = re.compile(rf"(?i)(?<![\w-])(?:{_either('AT_THAT_TIME_WORDS')})(?![\w])")
AT_THAT_TIME_APPOSITION_RE = re.compile(
    rf"(?i)\s*,\s*(?:{_either('AT_THAT_TIME_WORDS')})(?![\w])")
# A relative clause about a place after a comma (", where", ", wo", ", où"): a summit it names
# says what the place is known for, not where the people of the sentence were.
PLACE_RELATIVE_RE = re.compile(rf"(?i),\s*(?:{_either('PLACE_RELATIVES')})(?![\w])")
# "the city that hosted", "die Stadt, die", "le réseau fondé": a clause on a place or the
# network; a summit it names says what the place is known for.
PLACE_CLAUSE_RE = re.compile(rf"(?i)(?<![\w-])(?:{_either('PLACE_CLAUSES')})(?![\w])")
HOST_APPOSITION_RE = re.compile(rf"(?i),\s*(?:{_either('HOST_APPOSITIONS')})(?![\w])")
# A verb in the pluperfect ("had hosted", "hatte ausgerichtet", "avait accueilli"): a sentence
# that looks back from the story told to an earlier summit.
FLASHBACK_RE = re.compile(rf"(?i)(?<![\w-])(?:{_either('FLASHBACK_VERBS')})(?![\w])")
# A clause that names an earlier summit in passing, by a comparison or as what a text
# carries on ("like the first summit in 2015", "wie schon 2015 in X", "comme lors du premier
# Sommet", "dans la continuité de la Déclaration adoptée au premier Sommet"), or a relative
# clause set off by a comma (", qui s'inscrit dans ...", ", which followed ..."): the summit it
# names is not the one the story goes on with.
SUMMIT_ASIDE_RE = re.compile(
    rf"(?i)(?<![\w'’-])(?:{_either('SUMMIT_ASIDE_CUES')})(?![\w'’])")
# a sentence opened by a question word ends at its question mark, whatever word follows
QUESTION_OPENER_RE = re.compile(
    rf"(?i)[\s*_\"„“«(]*(?:{alternation(_all('QUESTION_WORDS'), words=True)})(?![\w'’-])")
# a summit recalled by someone at another event ("recalled the first summit in 2015", "an die
# erste Konferenz 2015 erinnert", "a rappelé le premier Sommet de 2015"): a memory told, not
# the event the passage reports on
RECALL_RE = re.compile(rf"(?i)(?<![\w'’-])(?:{_either('RECALL_CUES')})(?![\w'’])")
# where the verb of recalling closes the clause ("dass sie an die erste Konferenz 2015
# erinnert hat"): the preposition it governs before the summit, the verb after it
RECALL_TAIL_LEAD_RE = re.compile(
    rf"(?i)(?<![\w'’-])(?:{_either('RECALL_TAIL_LEADS')})(?![\w'’])") \
    if _all('RECALL_TAIL_LEADS') else None
RECALL_TAIL_RE = re.compile(
    rf"(?i)(?<![\w'’-])(?:{_either('RECALL_TAIL_CUES')})(?![\w'’])") \
    if _all('RECALL_TAIL_CUES') else None
SUMMIT_ASIDE_RELATIVE_RE = re.compile(
    rf"(?i)\s*(?:{_either('RELATIVE_PRONOUNS')})(?![\w'’])")
