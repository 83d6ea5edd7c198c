"""Sponsors and partners of a summit: "X und Y sind Hauptsponsoren", "as media partners".

A partner-role word counts only where the clause ties it to the event (after "als"/"as", after
a copula, or before "der Konferenz"/"of the conference"); the organisations are the list the
clause gives before it, or after it when the role comes first ("Main sponsors are X and Y").
Known organisations come from the reference data; others are minted from the name as written,
and in a bilingual release the German and English lists are paired item by item so that the
English name gives the slug.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ltgraph import language
from ltgraph.extract.places import Matchers
from ltgraph.extract.text import Sentence, cardinal_value
from ltgraph.gazetteer import Gazetteer

_BEFORE_AS = re.compile(rf"(?i)\b(?:{language.PREDICATE_MARKERS})\s+(?:(?:\w+)\s+)?$")
# "the summit's", "the second conference's": the event a role written after it is tied to
_EVENT_POSSESSIVE = (rf"(?:[\w-]+\s+){{0,2}}?(?:{language.SUMMIT_WORDS}|"
                     rf"{language.OCCASION_WORDS})['’]s")
_BEFORE_COPULA = re.compile(rf"(?i)\b(?:{language.COPULAS})\s+"
                            rf"(?:(?:{language.COPULA_FILLERS}|{language.ARTICLES}|"
                            rf"{language.INDEFINITE_ARTICLES}|{_EVENT_POSSESSIVE})\s+)*$")
# "der Konferenz", "des zweiten Gipfels", "of the second summit", "du deuxième Sommet": the
# event the partner role is tied to, then a copula or a colon before the organisations
_EVENT_AFTER_ROLE = (rf"(?:{language.AGENT_PREPOSITIONS})\s+(?:(?:{language.ARTICLES})\s+)?"
                     rf"(?:[\w-]+\s+){{0,2}}?(?:{language.SUMMIT_WORDS}|{language.OCCASION_WORDS})\b")
_AFTER_EVENT = re.compile(rf"(?i)^\s*(?:{_EVENT_AFTER_ROLE}|:|\s(?:{language.COPULAS})\b)")
_ROLE_FIRST_TAIL = re.compile(rf"(?i)^\s*(?:{_EVENT_AFTER_ROLE}\s*)?"
                              rf"(?:(?:{language.COPULAS})\b|:)?\s*")
# "Zu den Partnern ...", "Les partenaires ...", "The main sponsors ...": nothing but a list
# lead and articles before a role that comes first
_ROLE_FIRST_LEAD = re.compile(rf"(?i)^\s*(?:(?:{language.LIST_LEADS}|"
                              rf"{language.DEFINITE_ARTICLES}|{_EVENT_POSSESSIVE})\s+)*$")
_SPLIT = re.compile(rf",\s*|\s+(?:{language.CONJUNCTIONS})\s+")


@dataclass(frozen=True)
class PartnerItem:
    slug: str | None  # known organisation
    name: str  # as written
    start: int
    end: int
    is_place: bool = False  # a city or country: kept only to pair the two halves' lists


@dataclass(frozen=True)
class PartnerClause:
    role: str
    role_start: int
    role_end: int
    items: tuple[PartnerItem, ...]


class PartnerMatcher:
    def __init__(self, gaz: Gazetteer) -> None:
        patterns = [(p, slug) for p, slug in language.PARTNER_ROLE_PATTERNS]
        for label in gaz.partner_role_labels:
            patterns.append((r"\s+".join(re.escape(w) for w in label.text.split()), label.slug))
        self.patterns = [(re.compile(rf"(?<![\w-])(?:{p})(?![\w-])"), slug)
                         for p, slug in patterns]
        self.any_role = re.compile("|".join(f"(?:{p.pattern})" for p, _ in self.patterns))

    def roles_in(self, text: str) -> list[tuple[int, int, str]]:
        hits = []
        if not language.PARTNER_STEM_RE.search(text) or not self.any_role.search(text):
            return hits
        for pattern, slug in self.patterns:
            for m in pattern.finditer(text):
                hits.append((m.start(), m.end(), slug))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        chosen: list[tuple[int, int, str]] = []
        for hit in hits:
            if chosen and hit[0] < chosen[-1][1]:
                continue
            chosen.append(hit)
        return chosen


def partner_clauses(sentence: Sentence, matcher: PartnerMatcher, matchers: Matchers,
                    previous: Sentence | None = None) -> list[PartnerClause]:
    """Partner clauses of a sentence; a semicolon ends a clause. A group reference ("both
    networks", "ces deux réseaux") stands for the organisations named before it in the
    sentence or, where the sentence names none before it, in the sentence before."""
    clauses = []
    offset = 0
    before = ([PartnerItem(h.slug, h.text, h.start, h.end) for h in
               matchers.orgs_anywhere(previous.text, previous.start)] if previous else [])
    for part in re.split(r"(;\s*)", sentence.text):
        if part.strip() and not re.fullmatch(r";\s*", part):
            earlier = [PartnerItem(h.slug, h.text, h.start, h.end) for h in
                       matchers.orgs_anywhere(sentence.text[:offset], sentence.start)] or before
            by_role = _clauses(part, sentence.start + offset, matcher, matchers, earlier)
            by_phrase = _phrase_clauses(part, sentence.start + offset, matchers,
                                        sentence.text[:offset])
            # "Supporting partners of the summit included X": the role clause reads it; the
            # phrase inside it ("partners ... included") would add a second, vaguer role
            clauses += by_role + [c for c in by_phrase if not any(
                c.role_start < r.role_end and r.role_start < c.role_end for r in by_role)]
            clauses += _active_clauses(part, sentence.start + offset, matchers)
        offset += len(part)
    return clauses


_PHRASES = [(re.compile(p), slug) for p, slug in language.PARTNER_PHRASES]
_PASSIVES = [(re.compile(p), slug) for p, slug in language.PARTNER_PASSIVES]
_ACTIVES = [(re.compile(p), slug) for p, slug in language.PARTNER_ACTIVES]
# A list goes on after a comma or a conjunction only where a name follows (after its
# articles and prepositions): ", the X Network", "et de l'X" go on; ", which ...", ", and on
# 31 August we ..." end the list.
_ITEM_FOLLOWS = (rf"(?:(?i:{language.ARTICLES}|{language.OF_WORDS}|{language.PASSIVE_AGENTS})"
                 rf"\s*)*[A-ZÄÖÜÉÈ0-9]")
_LIST_BREAK = re.compile(rf"(?:,\s*)?(?<!\w)(?i:{language.CONJUNCTIONS})\s+(?!{_ITEM_FOLLOWS})"
                         rf"|,\s+(?!{_ITEM_FOLLOWS}|(?i:{language.CONJUNCTIONS})\s)"
                         rf"|\.(?:\s|$)")
# The rest of a clause that makes the event its object: "... richtete die Stadt den Gipfel
# aus", "... the city hosted the summit".
_EVENT_AS_OBJECT = re.compile(rf"(?i)\b(?:{language.HOST_VERBS}|{language.EVENT_PLACE_VERBS}|"
                              rf"{language.ORGANISE_VERBS_RE})\b[^.;]{{0,60}}?\b"
                              rf"(?:{language.SUMMIT_WORDS})\b"
                              rf"|\b(?:{language.SUMMIT_WORDS})\b[^.;]{{0,60}}?\b"
                              rf"(?:{language.HOST_VERBS}|{language.EVENT_PLACE_VERBS}|"
                              rf"{language.ORGANISE_VERBS_RE})\b")
# "Die Stadt hat ihn in Zusammenarbeit mit X ausgerichtet", "organised it in cooperation with X"


def _phrase_clauses(s: str, base: int, matchers: Matchers, earlier: str = ""
                    ) -> list[PartnerClause]:
    """'sponsored by X and Y, with the support of Z': the organisations follow the phrase,
    up to the next phrase or the end of the clause. The phrase counts only after words that
    name the event or its organising ('richtet die Konferenz … aus', 'the summit is
    sponsored by'), not in a sentence about something else that mentions the event later."""
    hits = sorted((m.start(), m.end(), slug) for pattern, slug in _PHRASES
                  for m in pattern.finditer(s))
    clauses = []
    for n, (start, end, slug) in enumerate(hits):
        lead = (earlier + s[:end])[-(end - start + 120):]
        before = (earlier + s[:start])[-120:]  # the phrase itself may be the verb ("organised")
        opening = not s[:start].strip(" ,")  # 'Mit Unterstützung von X richtete Y den Gipfel aus'
        if not (language.SUMMIT_RE.search(lead) or language.ORGANISE_RE.search(before)
                or (opening and _EVENT_AS_OBJECT.search(s, end))):
            continue
        if language.NEGATION_RE.search(s[max(0, start - 25):start]):
            continue  # "was not supported by"
        stop = hits[n + 1][0] if n + 1 < len(hits) else len(s)
        brk = _LIST_BREAK.search(s[end:stop])
        if brk:
            stop = end + brk.start()
        items = _organisations(s, end, stop, base, matchers)
        if items:
            clauses.append(PartnerClause(slug, base + start, base + end, tuple(items)))
    for pattern, slug in _PASSIVES:
        for m in pattern.finditer(s):
            lead = (earlier + s[:m.end()])[-(m.end() - m.start() + 120):]
            if not (language.SUMMIT_RE.search(lead) or language.ORGANISE_RE.search(lead)):
                continue
            items = _organisations(s, m.start("items"), m.end("items"), base, matchers)
            if items:
                clauses.append(PartnerClause(slug, base + m.end("items"), base + m.end(),
                                             tuple(items)))
    return clauses


def _active_clauses(s: str, base: int, matchers: Matchers) -> list[PartnerClause]:
    """'X and Y supported the summit', 'X und Y unterstützten den Gipfel': organisations as the
    subject of a verb of support whose object is the event. Only organisations the reference
    data knows count here: a subject may as well be a person or a city."""
    clauses = []
    for pattern, slug in _ACTIVES:
        for m in pattern.finditer(s):
            tail = re.match(r"[^,.;]{0,30}", s[m.end():]).group(0)
            if language.NEGATION_RE.search(m.group(0) + tail):
                continue
            items = [i for i in _organisations(s, m.start("items"), m.end("items"), base,
                                               matchers)
                     if i.slug and not i.is_place]
            if items:
                clauses.append(PartnerClause(slug, base + m.start("verb"), base + m.end("verb"),
                                             tuple(items)))
    return clauses


def _clauses(s: str, base: int, matcher: PartnerMatcher, matchers: Matchers,
             earlier: list[PartnerItem] | None = None) -> list[PartnerClause]:
    """Partner clauses of one clause; ``earlier`` are the organisations the sentence named
    before it, which a reference ("beide Netzwerke", "both networks") stands for."""
    roles = []
    for start, end, slug in matcher.roles_in(s):
        if language.PARTNER_COMPOUND_RE.match(s[end:]):
            continue
        before = s[max(0, start - 40):start]
        if _BEFORE_AS.search(before) or _BEFORE_COPULA.search(before):
            roles.append((start, end, slug, "before"))
        elif _AFTER_EVENT.match(s[end:]) and (start == 0 or not _BEFORE_AS.search(before)):
            first = bool(_ROLE_FIRST_LEAD.match(s[:start]))
            roles.append((start, end, slug, "after" if first else "before"))
    clauses = []
    previous_end = 0
    for n, (start, end, slug, side) in enumerate(roles):
        if side == "before":
            cut = _BEFORE_AS.search(s[:start]) or _BEFORE_COPULA.search(s[:start])
            seg_end = cut.start() if cut else start
            group = language.GROUP_REFERENCE_RE.search(s[previous_end:seg_end])
            if earlier and group:
                items = _referred(earlier, group.group(0))
            else:
                items = _organisations(s, previous_end, seg_end, base, matchers)
            # "X and Y were supporting partners of the summit, as was Z"
            tail = _ROLE_FIRST_TAIL.match(s[end:])
            rest = end + (tail.end() if tail else 0)
            added = language.PARTNER_ADDITION_RE.match(s[rest:])
            if added and items:
                next_start = roles[n + 1][0] if n + 1 < len(roles) else len(s)
                brk = _LIST_BREAK.search(s, rest + added.end(), next_start)
                items = [*items, *_organisations(s, rest + added.end(),
                                                 brk.start() if brk else next_start, base,
                                                 matchers)]
        else:
            next_start = roles[n + 1][0] if n + 1 < len(roles) else len(s)
            after = _ROLE_FIRST_TAIL.match(s[end:])
            items = _organisations(s, end + (after.end() if after else 0), next_start, base,
                                   matchers)
        previous_end = end
        if items:
            clauses.append(PartnerClause(slug, base + start, base + end, tuple(items)))
    return clauses


def _referred(earlier: list[PartnerItem], reference: str) -> list[PartnerItem]:
    """The organisations a group reference stands for: the last n named where it counts
    them ("all three organisations"), else all of them."""
    counts = [n for w in re.findall(r"\w+", reference.lower())
              for n in [cardinal_value(w)] if n]
    return list(earlier[-counts[0]:]) if counts and counts[0] <= len(earlier) else list(earlier)


def _organisations(s: str, start: int, stop: int, base: int, matchers: Matchers
                   ) -> list[PartnerItem]:
    segment = s[start:stop]
    for m in language.ORG_MODIFIER_RE.finditer(segment):
        segment = segment[:m.start()] + " " * (m.end() - m.start()) + segment[m.end():]
    known = matchers.orgs_anywhere(segment, 0)
    masked = segment
    for hit in known:
        masked = masked[:hit.start] + "\x00" * (hit.end - hit.start) + masked[hit.end:]
    spelled = _spelled_out(masked)
    for name_start, _, paren_end in spelled:
        masked = masked[:name_start] + "\x01" * (paren_end - name_start) + masked[paren_end:]
    items: list[PartnerItem] = []
    pos = 0
    for part in _SPLIT.split(masked) + [""]:
        if not part and pos >= len(masked):
            break
        part_start = masked.find(part, pos) if part else pos
        part_end = part_start + len(part)
        pos = part_end
        for name_start, name_end, _ in spelled:
            if part_start <= name_start < part_end:
                name = segment[name_start:name_end]
                items.append(PartnerItem(matchers.org_of(name), name, base + start + name_start,
                                         base + start + name_end))
        hits = [h for h in known if part_start <= h.start < part_end]
        if "\x01" in part:
            items += [PartnerItem(h.slug, segment[h.start:h.end], base + start + h.start,
                                  base + start + h.end) for h in hits]
            continue
        if hits:
            for h in hits:
                items.append(PartnerItem(h.slug, segment[h.start:h.end], base + start + h.start,
                                         base + start + h.end))
            continue
        quoted = re.search(r"[\"“„]([^\"“”]{2,80})[\"”“]", segment[part_start:part_end])
        if quoted:
            name = quoted.group(1).strip()
            offset = part_start + quoted.start(1)
        else:
            name, offset = _strip_filler(segment[part_start:part_end], part_start)
        if not name or not name[0].isupper() or name in language.NOT_NAME_WORDS:
            continue
        is_place = bool(matchers.gaz.is_country(name)
                        or matchers.gaz.city(name, reference_only=True))
        items.append(PartnerItem(None if is_place else matchers.org_of(name), name,
                                 base + start + offset, base + start + offset + len(name),
                                 is_place))
    return items


_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")
_WORD = re.compile(r"[\w'’-]+")


def _spelled_out(text: str) -> list[tuple[int, int, int]]:
    """Names spelled out before their acronym, whose initials the acronym gives ("United
    Cities and Local Governments (UCLG)"): one name, though it holds a conjunction. Each as
    (start, end of the name, end of the bracket)."""
    found = []
    for m in _ACRONYM.finditer(text):
        wanted = m.group("acronym").upper()
        initials = ""
        for word in reversed(list(_WORD.finditer(text, 0, m.start()))):
            if "," in text[word.end():m.start()] or "\x00" in word.group(0):
                break
            elided = re.match(r"[lLdD]['’](?=[A-ZÄÖÜÉÈ])", word.group(0))  # "l'Association"
            first = word.start() + (elided.end() if elided else 0)
            if text[first].isupper():
                initials = text[first] + initials
            if initials == wanted:
                found.append((first, m.start(), m.end()))
                break
            if not wanted.endswith(initials):
                break
    return found


def _capitalised(word: str) -> bool:
    """'Orléans' and the elided "d'Orléans" both count as capitalised."""
    return word[:1].isupper() or bool(re.match(r"^[dlDL]['’]\w", word) and word[2:3].isupper())


def _strip_filler(text: str, offset: int) -> tuple[str, int]:
    elided = re.match(r"\s*(?:[lLdD]|qu)['’](?=[A-ZÄÖÜÉÈ])", text)  # "l'X", "d'X"
    if elided:
        text, offset = " " * elided.end() + text[elided.end():], offset
    words = list(re.finditer(r"\S+", text))
    while words and (words[0].group(0).lower().strip(",") in language.PARTNER_FILLERS
                     or not words[0].group(0)[0].isupper()):
        words.pop(0)
    while words and (words[-1].group(0).lower() in language.PARTNER_FILLERS
                     or not _capitalised(words[-1].group(0))):
        if len(words) > 1 and words[-2].group(0).lower() in language.PARTNER_NAME_LINKS and \
                words[-1].group(0).lower() not in language.PARTNER_FILLERS:
            break  # "Banque des territoires", "Ministry of culture": part of the name
        words.pop()
    if not words:
        return "", offset
    start, end = words[0].start(), words[-1].end()
    return text[start:end].strip(" .,;"), offset + start
