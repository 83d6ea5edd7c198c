"""Cities said to take part with no person named: "A, B and C took part", "A sent a
delegation", "A's mayor spoke", "Vertreten waren A, B und C", "la Commune de A a pris part au
Sommet", "from A and B to C and D".

The mechanism is one shape in every language: a verb of taking part (``TAKING_PART_VERBS``)
and, in its clause, a list of cities as its subject right before it (after a few words of
``TAKING_PART_LEADS`` such as "the mayors of", and before a few of ``TAKING_PART_TAILS`` such
as "'s mayor") or, where no city stands before it, right after it ("Vertreten waren A und B").
Cities the clause sets beside its subject ("X spoke alongside A, B and C", "aux côtés de A,
de B et de C", "gemeinsam mit A und B", also fronted: "Aux côtés de A, trois villes ont présenté
...") took part with it. A clause that negates, puts in the future or speaks of an absence
places no city. Which summit the clause tells of, and whether it took place, is for
``attendance`` to say.
"""

from __future__ import annotations

import re

from ltgraph import language
from ltgraph.extract.text import Sentence

__all__ = ["BETWEEN_ITEMS", "cities_taking_part"]

# what may stand between two cities of one list: commas, "and", a country in brackets
# ("A (Pays), de B et de C"), the middle of a range ("X to Y")
BETWEEN_ITEMS = re.compile(
    rf"(?i)\s*(?:\([^()]{{1,30}}\)\s*)?(?:,\s*(?:(?:{language.CONJUNCTIONS})\s+)?|"
    rf"(?:{language.CONJUNCTIONS}|{language.CITY_RANGE_WORDS})\s+)"
    rf"(?:(?:{language.OF_WORDS})(?:\s+|(?<=['’])))?\s*")
# where a clause begins: a stop, a dash, a relative pronoun after a comma or a preposition
# ("a dialogue in which X took part"), a word that opens a clause ("where", "où")
_PREPOSITIONS = language.PLACE_PREPOSITIONS
_CLAUSE_OPENER = re.compile(
    rf"(?i);|\s[–—]\s|(?:,\s*(?:(?:{_PREPOSITIONS})\s+)?|\s(?:{_PREPOSITIONS})\s+)"
    rf"(?:{language.RELATIVE_PRONOUNS})(?![\w-])")


def cities_taking_part(sentence: Sentence, cities: list[tuple[int, int, str]]
                       ) -> list[tuple[str, tuple[int, int], int]]:
    """(city slug, span of its name, offset of the verb) for each city the sentence says takes
    part; ``cities`` are the city names the text was found to give, as absolute spans."""
    s, base = sentence.text, sentence.start
    here = [(a - base, b - base, slug) for a, b, slug in cities
            if base <= a and b <= sentence.end]
    found: list[tuple[str, tuple[int, int], int]] = []
    for verb in language.TAKING_PART_RE.finditer(s):
        start = _clause_start(s, verb.start())
        end = _clause_end(s, verb.end())
        clause = s[start:end]
        if language.NEGATION_RE.search(clause) or language.FUTURE_RE.search(clause) or \
                language.ABSENCE_RE.search(clause):
            continue
        items = _list_before(s, here, start, verb.start()) or \
            _list_after(s, here, verb.end(), end)
        items += [c for c in _companions(s, here, start, end) if c not in items]
        found += [(slug, (base + a, base + b), base + verb.start()) for a, b, slug in items]
    return found


def _clause_start(s: str, pos: int) -> int:
    """Where the clause that holds ``pos`` begins."""
    start = 0
    for pattern in (_CLAUSE_OPENER, language.CLAUSE_BREAK_RE):
        for m in pattern.finditer(s, 0, pos):
            start = max(start, m.end())
    return start


def _clause_end(s: str, pos: int) -> int:
    """Where the clause that holds ``pos`` ends."""
    ends = [m.start() for pattern in (_CLAUSE_OPENER, language.CLAUSE_BREAK_RE)
            for m in [pattern.search(s, pos)] if m]
    return min(ends, default=len(s))


def _list_before(s: str, cities: list[tuple[int, int, str]], start: int, verb: int
                 ) -> list[tuple[int, int, str]]:
    """The list of cities that ends right before the verb (but for a few tail words) and
    begins its clause (but for a few lead words or a fronted phrase and its comma)."""
    before = [c for c in cities if start <= c[0] and c[1] <= verb]
    if not before or not language.TAKING_PART_TAILS_RE.fullmatch(s, before[-1][1], verb):
        return []
    items = [before[-1]]
    for city in reversed(before[:-1]):
        if not BETWEEN_ITEMS.fullmatch(s, city[1], items[0][0]):
            break
        items.insert(0, city)
    while items:
        lead = s[start:items[0][0]]
        if language.TAKING_PART_LEADS_RE.fullmatch(lead) or \
                language.TAKING_PART_LEADS_RE.fullmatch(lead[lead.rfind(",") + 1:]):
            # "the mayors of X and Y", "On Tuesday, X and Y", "On Tuesday, the City of X"
            return items
        items = items[1:]  # "In W, X and Y": the first city belongs to the fronted phrase
    return []


def _list_after(s: str, cities: list[tuple[int, int, str]], verb_end: int, end: int
                ) -> list[tuple[int, int, str]]:
    """The list of cities that follows the verb after a few lead words ("Vertreten waren
    unter anderem X und Y", "attended, from X and Y to Z")."""
    after = [c for c in cities if verb_end <= c[0] and c[1] <= end]
    # the list may begin after the event's host ("Vertreten waren beim Gipfel in X unter
    # anderem A und B")
    first = next((k for k, c in enumerate(after)
                  if language.TAKING_PART_LEADS_RE.fullmatch(s, verb_end, c[0])), None)
    if first is None:
        return []
    items = [after[first]]
    for city in after[first + 1:]:
        if not BETWEEN_ITEMS.fullmatch(s, items[-1][1], city[0]):
            break
        items.append(city)
    return items


def _companions(s: str, cities: list[tuple[int, int, str]], start: int, end: int
                ) -> list[tuple[int, int, str]]:
    """The cities of each list that opens right after a word of company in the clause
    ("alongside A, B and C", "aux côtés de A, de B et de C", "gemeinsam mit A und B"), but
    for a few lead words ("alongside the mayors of A"): they took part beside the subject."""
    found: list[tuple[int, int, str]] = []
    for word in language.TAKING_PART_COMPANIONS_RE.finditer(s, start, end):
        after = [c for c in cities if word.end() <= c[0] and c[1] <= end]
        if not after or not language.TAKING_PART_LEADS_RE.fullmatch(s, word.end(), after[0][0]):
            continue
        items = [after[0]]
        for city in after[1:]:
            if not BETWEEN_ITEMS.fullmatch(s, items[-1][1], city[0]):
                break
            items.append(city)
        found += items
    return found
