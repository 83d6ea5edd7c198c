"""The head of a press-service plain-text export: headline(s), sub-headline and body, unmarked.

The plain-text export runs the headline, the sub-headline and the body into one line with no
paragraph marks (``../shared/research/release-format.md`` §2.3); only sentence punctuation,
the `` / `` between the German and the English headline and the words of each language tell
them apart. The heuristic that cuts them (:func:`split_head`) is a module of its own because it
is the one part of that reader that is language knowledge rather than layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ltgraph.model import Part
from ltgraph.parse.common import SIGNAL_WORDS, bare_word, guess_language, part_between
from ltgraph.parse.press_service import BODY_OPENERS

__all__ = ["Head", "split_head"]

# Words a headline never ends with: the signal words and the prepositions languages share.
_FUNCTION_WORDS = frozenset().union(*SIGNAL_WORDS.values(), {"in", "an", "a", "en", "de"})
ABBREVIATIONS = frozenset("""Dr Prof St Nr ca bzw usw vgl Mr Mrs Ms Jr Mme Mlle Hr Fr Abs Str
    Mio Mrd""".split())
_PUNCTUATION = tuple(".!?:;")
_CLOSING = "\"'“”»«’)"
_QUOTES = "\"“”„»«"
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Head:
    """The head region cut into headline (first and second language), sub-headline and body."""

    headline_first: Part | None
    headline_second: Part | None
    subheadline: Part | None
    body: Part | None
    warnings: tuple[str, ...] = ()


def split_head(text: str, start: int, end: int, language: str) -> Head:
    """Headlines, sub-headline and body from the head region, without losing text.

    Nothing marks these boundaries (release-format.md §2.3), so this is a heuristic:

    * the body starts at the first capitalised function word (``BODY_OPENERS`` of the press
      service's language) that follows a token without sentence punctuation and not a `` / ``,
      looked for only before the first sentence ends (headline clauses have no final
      punctuation, so a finished sentence means we are in the body already);
    * the first-language headline ends at the first `` / ``; the second-language headline ends
      where the signal words turn back to the first language (``_second_headline_end``);
    * whatever lies between the headlines and the body is the sub-headline.

    When no body opener is found, the body is taken to start right after the headline(s), with
    a warning: a sub-headline read as body costs nothing, a body sentence read as headline
    would hide its facts.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    tokens = [text[s:e] for s, e in words]
    openers = BODY_OPENERS.get(language, BODY_OPENERS["de"])
    sentence_end = _first_sentence_end(tokens)
    slash_index = next((i for i, t in enumerate(tokens) if t == "/"), None)
    if slash_index is not None and not 0 < slash_index < min(sentence_end, len(tokens) - 1):
        slash_index = None  # a slash inside the body, not between two headlines
    if slash_index is None:
        opener = _body_opener(tokens, 1, sentence_end + 1, openers)
        if opener is None:
            return Head(None, None, None, part_between(text, start, end), (
                ("could not tell the headline from the body (no sentence opener before the "
                 "first full stop); the whole head is read as body"),))
        return Head(part_between(text, start, words[opener][0]), None, None,
                    part_between(text, words[opener][0], end))

    def at(index: int) -> int:
        """Where token ``index`` starts (the end of the head after the last token)."""
        return words[index][0] if index < len(words) else end

    headline_first = part_between(text, start, words[slash_index][0])
    second_start = slash_index + 1
    opener = _body_opener(tokens, second_start, sentence_end + 1, openers)
    limit = opener if opener is not None else sentence_end + 1
    second = _second_headline_end(tokens[second_start:limit], language)
    second_end = None if second is None else second_start + second
    warnings: tuple[str, ...] = ()
    if opener is not None:
        body_start = opener
    else:
        warnings = (("could not find where the body starts after the headline (no sentence "
                     "opener before the first full stop); any sub-headline is read as body"),)
        if second_end is not None and second_end >= limit:  # no split found inside: one clause
            second_end = second_start + _first_clause_length(tokens[second_start:limit])
        body_start = second_end if second_end is not None else second_start
    body = part_between(text, at(body_start), end)
    if second_end is None:  # the clause after the slash is not in a second language
        return Head(headline_first, None, part_between(text, at(second_start), at(body_start)),
                    body, warnings)
    headline_second = part_between(text, at(second_start), words[second_end - 1][1])
    subheadline = part_between(text, at(second_end), at(body_start))
    return Head(headline_first, headline_second, subheadline, body, warnings)


def _ends_sentence(token: str) -> bool:
    """True for a token that closes a sentence (not an ordinal '30.' or an abbreviation)."""
    core = token.rstrip(_CLOSING)
    if not core.endswith((".", "!", "?")):
        return False
    word = core.rstrip(".!?")
    return not (word.isdigit() or word in ABBREVIATIONS or len(word) <= 1
                or re.fullmatch(r"(?:\w\.)+\w?", word))


def _first_sentence_end(tokens: list[str], begin: int = 0) -> int:
    """Index of the first token from ``begin`` on that ends a sentence (the last if none); a
    headline clause ending in '?' or '!' before a `` / `` does not count."""
    return next((i for i in range(begin, len(tokens)) if _ends_sentence(tokens[i])
                 and (i + 1 == len(tokens) or tokens[i + 1] != "/")), len(tokens) - 1)


def _first_clause_length(tokens: list[str]) -> int:
    """How many tokens the first of the `` / `` clauses holds (at least one)."""
    return max(1, next((i for i, t in enumerate(tokens) if t == "/"), len(tokens)))


def _body_opener(tokens: list[str], first: int, stop: int, openers: frozenset[str]
                 ) -> int | None:
    """Index of the first body-opening word in tokens[first:stop] that follows an unpunctuated
    headline token (and not a `` / ``)."""
    for index in range(max(first, 1), min(stop, len(tokens))):
        previous, word = tokens[index - 1], tokens[index]
        if previous == "/" or previous.rstrip(_CLOSING).endswith(_PUNCTUATION):
            continue
        if word[0].isalpha() and bare_word(word) in openers:
            return index
    return None


def _second_headline_end(tokens: list[str], first_language: str) -> int | None:
    """How many tokens the second-language headline holds: the split before a capitalised word
    it (up to the next `` / ``). Quoted words (names of events, titles) count for no language
    and are never a split, nor is a word after a function word (a headline does not end in
    "in" or "the"). Ties go to the earlier word. None when the tokens show no second
    language."""
    second_language = guess_language(" ".join(tokens), exclude=first_language)
    if second_language is None:
        return None
    quoted = _quoted_tokens(tokens)
    lowered = [bare_word(t).lower() for t in tokens]
    second = [w in SIGNAL_WORDS[second_language] and not q for w, q in zip(lowered, quoted)]
    first = [w in SIGNAL_WORDS.get(first_language, frozenset()) and not q
             for w, q in zip(lowered, quoted)]
    best, best_score = None, 0
    for i in range(1, len(tokens)):
        bare = bare_word(tokens[i])
        if (quoted[i] or not bare or not bare[0].isupper() or tokens[i - 1] == "/"
                or lowered[i - 1] in _FUNCTION_WORDS):
            continue
        clause_end = next((j for j in range(i, len(tokens)) if tokens[j] == "/"), len(tokens))
        score = (sum(second[:i]) - sum(first[:i])
                 + sum(first[i:clause_end]) - sum(second[i:clause_end]))
        if sum(second[:i]) and score > best_score:
            best, best_score = i, score
    if best is None and any(second):
        return _first_clause_length(tokens)  # the whole first clause is the second headline
    return best


def _quoted_tokens(tokens: list[str]) -> list[bool]:
    """For each token, whether it stands inside quotation marks or carries one."""
    result, inside = [], False
    for token in tokens:
        marks = sum(token.count(q) for q in _QUOTES)
        result.append(inside or marks > 0)
        inside = inside != (marks % 2 == 1)
    return result
