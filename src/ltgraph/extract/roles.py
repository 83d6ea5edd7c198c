"""Role words: the roles a person holds, as the language tables and the ontology's labels
write them (``RoleMatcher``: the longest role word at a place wins), and the roles held for a
city.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ltgraph import language
from ltgraph.extract.mention import WORD
from ltgraph.gazetteer import Gazetteer

CITY_ROLES = frozenset({"mayor", "deputy-mayor", "council-vice-chair", "council-chair",
                        "councillor", "executive-committee-vice-chair", "acting-mayor"})


# Roles that, written without an agent in a city's own release, are held for that city.
PUBLISHER_ROLES = CITY_ROLES


class RoleMatch(NamedTuple):
    """A role word found in a text: the match, the role's slug, and the language it is a word
    of (None for a table row that more languages share, "" for a word spelt alike in two)."""

    match: re.Match
    role: str
    language: str | None


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
        self._memo: dict[tuple[str, int], RoleMatch | None] = {}

    def at(self, text: str, pos: int) -> RoleMatch | None:
        """The longest role word starting at ``pos``."""
        key = (text, pos)
        if key in self._memo:
            return self._memo[key]
        if len(self._memo) > 20000:
            self._memo.clear()
        found = self._longest(text, pos) if self.any_role.match(text, pos) else None
        self._memo[key] = found
        return found

    def _longest(self, text: str, pos: int) -> RoleMatch | None:
        best = None
        for pattern, role, lang in self.patterns:
            m = pattern.match(text, pos)
            if m is None:
                continue
            if best is None or m.end() > best.match.end():
                best = RoleMatch(m, role, lang)
            elif m.end() == best.match.end() and best.language != lang and role == best.role:
                if best.language is None:
                    best = RoleMatch(best.match, best.role, lang)  # a SKOS label knows its language
                elif lang is not None:
                    # spelt alike in two: the sentence decides
                    best = RoleMatch(best.match, best.role, "")
        return best

    def ending_at(self, text: str, end: int, earliest: int) -> RoleMatch | None:
        """A role that ends exactly at ``end`` and starts at a word start after ``earliest``,
        or after a hyphen inside a word ("Ex-Bürgermeisterin", "ex-maire")."""
        best = None
        for m in WORD.finditer(text, earliest, end):
            starts = [m.start()] + [m.start() + k + 1 for k, c in enumerate(m.group(0))
                                    if c == "-" and k + 1 < len(m.group(0))]
            for start in starts:
                found = self.at(text, start)
                if found and found.match.end() == end and (
                        best is None or found.match.start() < best.match.start()):
                    best = found
                    break
        return best

