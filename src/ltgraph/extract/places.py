"""Finding known names in text: cities, organisations, venues, declarations.

Reference-data names are matched anywhere as whole words (tolerating German inflection:
"im Auswärtigen Amt" finds "Auswärtiges Amt", "des kanadischen Xs" finds X).
GeoNames cities are matched only where the syntax announces a city (``city_after``): free
matching of 34k names would find cities in every other word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ltgraph import language
from ltgraph.gazetteer import CityEntry, Gazetteer

TOKEN_RE = re.compile(r"[\w?][\w'’?.-]*", re.UNICODE)
_INFLECTED = re.compile(rf"^(?P<stem>\w{{4,}}?)(?:{language.NAME_INFLECTIONS})$")


# "d'Avignon": the elided preposition before a city's name ("l'" comes before nouns).
ELIDED = re.compile(r"[dD]['’](?=[A-ZÄÖÜÉÈÀÂÎÔ])")
# Nouns that stand before a city's name: "Hauptstadt X", "Nachbarstadt X", "Metropole X".
_PLACE_NOUN = re.compile(rf"(?i)^(?:{language.PLACE_NOUNS})$")


class CityAt(NamedTuple):
    """A city named in a text and the offsets of its name there."""

    entry: CityEntry
    start: int
    end: int


@dataclass(frozen=True)
class Hit:
    start: int  # absolute
    end: int
    slug: str
    text: str


def _label_pattern(label: str) -> str:
    """A regex for a label that tolerates German inflection and spacing variants."""
    parts = []
    for word in re.split(r"\s+", label.strip()):
        m = _INFLECTED.match(word)
        if m and word.isalpha() and len(word) >= 6:
            parts.append(re.escape(m.group("stem")) + rf"(?:{language.NAME_INFLECTIONS})?")
        else:
            parts.append(re.escape(word).replace(r"\-", r"[- ]?"))
    # "Strassburg": Swiss German writes ss for ß
    return r"\s+".join(parts).replace("ß", "(?:ß|ss)")


def _alternation(labels: dict[str, str]) -> tuple[re.Pattern | None, dict[str, str]]:
    """One compiled regex over many labels, longest first, and a folded lookup of matches."""
    if not labels:
        return None, {}
    ordered = sorted(labels, key=lambda label: (-len(label), label))
    body = "|".join(f"(?:{_label_pattern(label)})" for label in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?:s)?(?![\w])"), {}


class Matchers:
    """Compiled patterns for one gazetteer (built once, reused for every release)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.city_re, _ = _alternation(gaz.reference_city_names)
        self.org_re, _ = _alternation(gaz.org_names)
        self.venue_re, _ = _alternation(gaz.venue_names)
        declaration_names = {n: d.slug for d in gaz.declarations.values() for n in d.names}
        self.declaration_names = declaration_names
        self.declaration_re = (re.compile("(?i)" + _alternation(declaration_names)[0].pattern)
                               if declaration_names else None)
        surnames: dict[str, set[str]] = {}
        for person in gaz.persons.values():
            for name in person.names:
                surnames.setdefault(name.split()[-1], set()).add(person.slug)
        self.surnames = {word: slugs.pop() for word, slugs in surnames.items()
                         if len(slugs) == 1}  # surname -> the one reference person
        self._org_by_pattern = [(re.compile(rf"^(?:{_label_pattern(n)})s?$"), s)
                                for n, s in sorted(gaz.org_names.items(),
                                                   key=lambda kv: (-len(kv[0]), kv[0]))]

    # ---------------------------------------------------------------- reference names
    def cities_anywhere(self, text: str, offset: int) -> list[Hit]:
        hits = []
        if self.city_re is None:
            return hits
        for m in self.city_re.finditer(text):
            entry = self.city_name(m.group(0))
            if entry:
                hits.append(Hit(offset + m.start(), offset + m.end(), entry.slug, m.group(0)))
        return hits

    def city_name(self, name: str) -> CityEntry | None:
        entry = self.gaz.city(name, reference_only=True)
        if entry is None and name.endswith("s"):
            entry = self.gaz.city(name[:-1], reference_only=True)
        return entry

    def orgs_anywhere(self, text: str, offset: int) -> list[Hit]:
        hits = []
        if self.org_re is None:
            return hits
        for m in self.org_re.finditer(text):
            slug = self.org_of(m.group(0))
            if slug:
                hits.append(Hit(offset + m.start(), offset + m.end(), slug, m.group(0)))
        return hits

    def org_of(self, surface: str) -> str | None:
        slug = self.gaz.org_slug(surface)
        if slug:
            return slug
        compact = re.sub(r"\s+", " ", surface)
        for pattern, slug in self._org_by_pattern:
            if pattern.match(compact):
                return slug
        return None

    def venues_anywhere(self, text: str, offset: int) -> list[Hit]:
        hits = []
        if self.venue_re is None:
            return hits
        for m in self.venue_re.finditer(text):
            slug = self.gaz.venue_names.get(m.group(0)) or self._fuzzy(self.gaz.venue_names,
                                                                        m.group(0))
            if slug:
                hits.append(Hit(offset + m.start(), offset + m.end(), slug, m.group(0)))
        return hits

    def declarations_anywhere(self, text: str, offset: int) -> list[Hit]:
        hits = []
        if self.declaration_re is None:
            return hits
        for m in self.declaration_re.finditer(text):
            slug = self._fuzzy(self.declaration_names, m.group(0))
            if slug:
                hits.append(Hit(offset + m.start(), offset + m.end(), slug, m.group(0)))
        return hits

    @staticmethod
    def _fuzzy(names: dict[str, str], surface: str) -> str | None:
        if surface in names:
            return names[surface]
        for name, slug in sorted(names.items(), key=lambda kv: (-len(kv[0]), kv[0])):
            if re.fullmatch(f"(?i){_label_pattern(name)}s?", surface):
                return slug
        return None

    # ---------------------------------------------------------------- cities by syntax
    def city_at(self, text: str, pos: int, *, geonames: bool = True
                ) -> CityAt | None:
        """The city whose name starts at ``pos`` (1 to 4 words, longest first); a French
        elision before it is skipped ("d'Avignon"); none after a noun of a region ("the
        province of Quebec", "Premier of Quebec"), where the name is the region's."""
        elided = bool(ELIDED.match(text, pos))
        if elided:
            pos += 2
        if language.REGION_HEAD_END_RE.search(text, max(0, pos - 40), pos):
            return None
        tokens = []
        for m in TOKEN_RE.finditer(text, pos):
            if tokens and (text[tokens[-1][1]:m.start()].strip() not in ("",)):
                break
            if len(tokens) == 4:
                break
            tokens.append((m.start(), m.end()))
            if m.start() == pos and not text[pos].isupper():
                return None
        for n in range(len(tokens), 0, -1):
            start, end = tokens[0][0], tokens[n - 1][1]
            name = text[start:end].rstrip(".-?")
            end = start + len(name)
            if not name or not name[0].isupper():
                continue
            # "Auch Bürgermeisterin X …", "Of the mayors …": no small town, but "maire d'Auch"
            small_towns = geonames and (elided or not _is_function_word(name))
            entry = self._city_named(name, small_towns)
            if entry:
                return CityAt(entry, start, end)
        return None

    def _city_named(self, name: str, geonames: bool) -> CityEntry | None:
        candidates = [name]
        if name.endswith("s") and len(name) > 4:
            candidates.append(name[:-1])  # German genitive: "Londons", "Roms"
        if _is_calendar_word(name):
            return None  # "im Mai", "en mars", "on Sunday": a month or a weekday, no town
        for candidate in candidates:
            if self.gaz.is_country(candidate) or self.gaz.org_slug(candidate) or \
                    language.CONTINENT_RE.fullmatch(candidate):
                return None
            entry = self.gaz.city(candidate, reference_only=not geonames)
            if entry:
                return entry
        if name.endswith("er") and len(name) > 5 and " " not in name:
            # a German city adjective ("Yer" for Y): reference cities only
            return self.gaz.city(name[:-2], reference_only=True)
        return None

    def city_after(self, text: str, pos: int, *, max_tokens: int = 6, geonames: bool = True
                   ) -> CityAt | None:
        """The first city within a few words after ``pos``, skipping articles and adjectives
        ("der niederländischen Nachbarstadt X", "the neighbouring Dutch city of X")."""
        count = 0
        for m in TOKEN_RE.finditer(text, pos):
            between = text[pos:m.start()]
            if re.search(r"[,;:.()\"]", between):
                return None
            if count >= max_tokens:
                return None
            count += 1
            word = m.group(0)
            if word[0].isupper() or ELIDED.match(word):
                found = self.city_at(text, m.start(), geonames=geonames)
                if found:
                    return found
                following = TOKEN_RE.match(text, m.end() + 1) if m.end() < len(text) else None
                # a capitalised word may only be skipped when it qualifies what follows
                # ("Canadian capital X", "Nachbarstadt X"), not when it is a name of its own
                if not (_PLACE_NOUN.match(word) or (following and
                                                     following.group(0)[0].islower())):
                    return None
            pos = m.end()
        return None


def _is_calendar_word(name: str) -> bool:
    """A month's or a weekday's name in any language ("Mai", "March", "Sonntag"): never read
    as the name of a town, however many small places share it."""
    word = name.lower()
    return word in language.MONTHS or word in language.WEEKDAYS


def _is_function_word(name: str) -> bool:
    """A word of a language's grammar ("Auch", "Of", "Als"): some are names of small towns
    too, but a capital on it says only that it opens a sentence, so it is read as a town only
    when the reference data knows the city or an elision shows a place ("d'Auch")."""
    word = name.lower()
    return any(word in words for words in language.FUNCTION_WORDS.values())


def named_in_passing(sentence: str, pos: int) -> bool:
    """Whether the city named at ``pos`` of a sentence is named only in passing: as a measure
    or a relation of another city ("so weit wie X", "the size of X", "loin derrière des
    métropoles comme X"), or in a sentence about twin cities ("X, Y und Z sind
    Partnerstädte"). Such a mention makes the city neither a participant nor, alone, a city the
    text speaks of."""
    return bool(language.PASSING_CUE_RE.search(sentence[max(0, pos - 80):pos])
                or language.PASSING_SENTENCE_RE.search(sentence))
