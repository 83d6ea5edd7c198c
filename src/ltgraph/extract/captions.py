"""People in photo captions: 'V.l.: OB X (Y), Vize-OB Z (W), A, Title B und C', one person per
item, each with the role and the place the item gives. ``CaptionPeople`` is a part of
``ltgraph.extract.people.PeopleFinder``, whose attributes it reads.
"""

from __future__ import annotations

import re

from ltgraph import language
from ltgraph.extract.mention import PersonMention, RoleHit
from ltgraph.extract.text import Sentence


class CaptionPeople:
    """People named in a caption list."""

    # ---------------------------------------------------------------- captions
    def find_in_caption(self, sentence: Sentence) -> None:
        """'V.l.: OB X (Y), Vize-OB Z (W), A, Title B und C': one person per item."""
        text = sentence.text
        base = sentence.start
        lead = language.CAPTION_LIST_RE.match(text)
        pos = lead.end() if lead else 0
        items = []
        for m in re.finditer(r"[^,]+", text[pos:]):
            chunk_start = pos + m.start()
            chunk = m.group(0)
            sub = 0
            for part in re.split(rf"(\s+(?:{language.CONJUNCTIONS})\s+)", chunk):
                if re.fullmatch(rf"\s+(?:{language.CONJUNCTIONS})\s+", part):
                    sub += len(part)
                    continue
                lead_ws = len(part) - len(part.lstrip())
                items.append((chunk_start + sub + lead_ws, part.strip()))
                sub += len(part)
        current: PersonMention | None = None
        continuation: tuple[int, int] | None = None
        for item_start, item in items:
            if not item:
                continue
            person = self._caption_person(sentence, text, item_start, item)
            if person:
                if current and continuation:
                    self._analyse_phrase(current, text, continuation[0], continuation[1], base,
                                         sentence.language)
                self.mentions.append(person)
                current, continuation = person, None
                rest = text[person.end - base:item_start + len(item)]
                if re.sub(r"^\s*\([^()]*\)", "", rest).strip():
                    current = None  # "X begrüßte die Delegationen und ...": not a list
                continue
            if current is None:
                continue
            item_end = item_start + len(item)
            continuation = (continuation[0] if continuation else item_start, item_end)
        if current and continuation:
            self._analyse_phrase(current, text, continuation[0], continuation[1], base,
                                 sentence.language)

    def _caption_person(self, sentence: Sentence, text: str, start: int,
                        item: str) -> PersonMention | None:
        base = sentence.start
        pos = start
        article = re.match(rf"(?:{language.DEFINITE_ARTICLES})\s+", text[pos:pos + 6],
                           re.IGNORECASE)
        if article:
            pos += article.end()
        role = None
        profession = re.match(rf"{language.PROFESSION_WORDS}\s+", text[pos:])
        if profession:  # "Architektin X Y bei ihrer Keynote": the name after the profession
            pos += profession.end()
        found = self.roles.at(text, pos)
        if found:
            role = found
            pos = found[0].end()
            while pos < len(text) and text[pos] == " ":
                pos += 1
        honorific, _ = None, pos
        h = re.match(rf"((?:(?:{language.ACADEMIC_TITLES})\s*)+)", text[pos:])
        if h:
            honorific = h.group(1).strip()
            pos += h.end()
        tokens = self._name_tokens(text, pos, start + len(item))
        if not tokens:
            return None
        for n in range(min(len(tokens), 4), 0, -1):
            name = text[tokens[0][0]:tokens[n - 1][1]]
            if n == 1 and not self.known_surname(name):
                continue
            if not (self.plausible(name) or self.gaz.person_slug(name) or n == 1):
                continue
            mention = PersonMention(name, base + tokens[0][0], base + tokens[n - 1][1],
                                    sentence.region, honorific)
            if role:
                m, slug, lang = role
                mention.roles.append(RoleHit(slug, m.group(0), lang or sentence.language,
                                             base + m.start(),
                                             base + m.end()))
            self._parenthesis(mention, text, tokens[n - 1][1], base)
            return mention
        return None

