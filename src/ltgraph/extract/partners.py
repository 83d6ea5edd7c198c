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
from ltgraph.gazetteer import Gazetteer, name_keys

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
# Where a clause starts inside a sentence: after a comma, semicolon, colon, bracket or dash,
# or after a conjunction. The words from there to a partner role tell whether the role opens
# its clause ("..., and the event's main sponsors were X and Y").
_CLAUSE_OPENING = re.compile(rf"(?i)(?:[,;:(]|\s[–—])\s*|(?<!\w)(?:{language.CONJUNCTIONS})\s+")
_LEAD_WORD = (rf"{language.LIST_LEADS}|{language.ARTICLES}|{language.DEFINITE_ARTICLES}|"
              rf"{language.COPULA_FILLERS}|{language.PARTNER_OWNERS}|"
              rf"{language.PARTNER_ADDITIONS}|{language.PARTNER_FELLOWS}|{language.PARTNER_THANKS}|"
              rf"{language.PARTNER_APPOSITIONS}|{_EVENT_POSSESSIVE}")
# "X der Medienpartner", "X of the media partners", "X des partenaires": a role in the
# genitive right after the name owns what the name says
_POSSESSOR_GAP = re.compile(rf"(?i)\s+(?:{language.PARTNER_POSSESSOR_LEADS})\s+"
                            rf"(?:[^\W\d_]+\s+)?")
_ROLE_OPENS = re.compile(rf"(?i)^[\s•*·–-]*(?:(?:{_LEAD_WORD})\s+)*$")  # a bullet may lead
_EVENT_POSSESSIVE_RE = re.compile(rf"(?i){_EVENT_POSSESSIVE}")
# "our partners X", "our fellow supporting partners X", "other media partners X"
_OWNED = re.compile(rf"(?i)(?<!\w)(?:(?:{language.PARTNER_OWNERS})\s+"
                    rf"(?:(?:{language.PARTNER_FELLOWS})\s+)?|(?:{language.PARTNER_FELLOWS})\s+"
                    rf"|(?:{language.PARTNER_THANKS})\s+(?:(?:{language.ARTICLES})\s+)?)$")
# "with thanks to our sponsors X", "wir danken unseren Sponsoren X", "merci à nos partenaires X"
_THANKED = re.compile(rf"(?i)(?<!\w)(?:{language.PARTNER_THANKS})\s+(?:(?:{language.ARTICLES})\s+)?"
                      rf"(?:(?:{language.PARTNER_OWNERS})\s+)?(?:(?:{language.PARTNER_FELLOWS})\s+)?$")
# "thanks to our main sponsors X and Y, and to our media partners Z": a second role the same
# thanks goes on to, after a conjunction and its preposition ("and to", "und an", "et aux")
_THANKED_AGAIN = re.compile(rf"(?i)(?<!\w)(?:{language.PARTNER_THANKS})\s[^.;!?]*?(?<!\w)"
                            rf"(?:{language.CONJUNCTIONS})\s+(?:\w{{1,3}}\s+)?"
                            rf"(?:(?:{language.ARTICLES})\s+)?(?:(?:{language.PARTNER_OWNERS})\s+)?"
                            rf"(?:(?:{language.PARTNER_FELLOWS})\s+)?$")
# "X shared the role of supporting partner with Y and Z": the subject and the list after
_SHARED_LEAD = re.compile(rf"(?i)(?<!\w)(?:{language.PARTNER_SHARES})\s+"
                          rf"(?:(?:{language.ARTICLES}|{language.INDEFINITE_ARTICLES})\s+)?$")
_SHARED_TAIL = re.compile(rf"(?i)^\s+(?:{language.PARTNER_SHARE_TAILS})\s+")
# After a role that opens its clause: the event, then a copula, a colon or a comma before the
# names ("The main sponsors of the summit were X", "unseren ideellen Partnern, dem X").
_OPENING_ROLE_TAIL = re.compile(rf"(?i)^\s*(?:{_EVENT_AFTER_ROLE}\s*)?"
                                rf"(?:(?:{language.COPULAS})\b|:|,)?\s*")
_ORG_NAME_WORD = re.compile(rf"(?i){language.ORG_NAME_WORDS}")
_APPOSITION_LEAD = re.compile(rf"(?i)^\s*(?:{language.PARTNER_APPOSITIONS})\s")
_DESCRIPTION = re.compile(rf"\s*(?:{language.INDEFINITE_ARTICLES}|{language.PARTNER_APPOSITIONS})"
                          rf"\s+[a-zäöüéè]")
_RELATIVE_ONLY = re.compile(rf"(?i)^\W*(?:{language.RELATIVE_PRONOUNS})\W*$")


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


# A clause ends at a semicolon, and at a line break before a line that opens on a label and a
# colon ("Main sponsors: X, Y" under "Sponsors and partners", one role a line in a report's
# list): lines without a full stop are one sentence, but each label line is a clause.
_CLAUSE_BREAK = re.compile(r"(;\s*|\n(?=[ \t•*·–-]*(?:[\w'’-]+[ \t]+){0,4}[\w'’-]+[ \t]*:))")


def partner_clauses(sentence: Sentence, matcher: PartnerMatcher, matchers: Matchers,
                    previous: Sentence | None = None) -> list[PartnerClause]:
    """Partner clauses of a sentence; a semicolon ends a clause. A group reference ("both
    networks", "ces deux réseaux") stands for the organisations named before it in the
    sentence or, where the sentence names none before it, in the sentence before."""
    clauses = []
    offset = 0
    before = ([PartnerItem(h.slug, h.text, h.start, h.end) for h in
               matchers.orgs_anywhere(previous.text, previous.start)] if previous else [])
    for part in _CLAUSE_BREAK.split(sentence.text):
        if part.strip() and not _CLAUSE_BREAK.fullmatch(part):
            earlier = [PartnerItem(h.slug, h.text, h.start, h.end) for h in
                       matchers.orgs_anywhere(sentence.text[:offset], sentence.start)] or before
            by_role = _clauses(part, sentence.start + offset, matcher, matchers, earlier)
            by_phrase = _phrase_clauses(part, sentence.start + offset, matcher, matchers,
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
# The names of an active clause come first, up to 160 characters of them
_ACTIVE_ITEMS = "(?P<items>[^.;:]{2,160}?)"


def _after_items(pattern: str) -> re.Pattern | None:
    """What an active clause's pattern asks for after its names (the verb and the event), or
    None where the pattern does not open with the names. A clause can only match where this
    does: looking for it first spares trying up to 160 characters of names at every place of
    a clause that has no such verb, which was the most of reading partners."""
    return re.compile(pattern[len(_ACTIVE_ITEMS):]) if pattern.startswith(_ACTIVE_ITEMS) \
        else None


_ACTIVE_VERBS = [_after_items(p) for p, _ in language.PARTNER_ACTIVES]
# A list goes on after a comma or a conjunction only where a name follows (after its
# articles and prepositions): ", the X Network", "et de l'X" go on; ", which ...", ", and on
# 31 August we ..." end the list.
# A name may come after an article and a word or two that describe it ("and the trade-fair
# company Messe X").
_ITEM_FOLLOWS = (rf"(?:(?i:{language.ARTICLES}|{language.OF_WORDS}|{language.PASSIVE_AGENTS})"
                 rf"\s*)*[A-ZÄÖÜÉÈ0-9]|(?i:{language.ARTICLES})\s+(?:[a-zäöüéèà][\w-]*\s+){{1,2}}"
                 rf"[A-ZÄÖÜÉÈ]|@\w")  # or an account's handle ("@city_fair")
_NAME_FOLLOWS = re.compile(rf"(?:(?i:{'|'.join(sorted(language.PARTNER_FILLERS))})\s+)*"
                           rf"(?:{_ITEM_FOLLOWS}|[\"“„])")
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


def _phrase_clauses(s: str, base: int, matcher: PartnerMatcher, matchers: Matchers,
                    earlier: str = "") -> list[PartnerClause]:
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
        # "Supported by: X, Y" opening a line of its own: a label, as "Main sponsors: X" is
        label = opening and bool(re.match(r"[ \t]*:", s[end:]))
        if not (language.SUMMIT_RE.search(lead) or language.ORGANISE_RE.search(before)
                or label or (opening and _EVENT_AS_OBJECT.search(s, end))):
            continue
        if language.NEGATION_RE.search(s[max(0, start - 25):start]):
            continue  # "was not supported by"
        stop = hits[n + 1][0] if n + 1 < len(hits) else len(s)
        named = _role_named_first(s, end, stop, matcher)
        if named:  # "unterstützt von den Hauptsponsoren X und Y": the role the names bear
            slug, start, end = named
        elif _role_given_after(s, end, stop, matcher):
            continue  # "supported by X and Y as main sponsors": the role after "as" is theirs
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


_ROLE_NAMED_FIRST = re.compile(rf"(?i)^\s*(?:(?:{language.ARTICLES}|{language.PARTNER_OWNERS})"
                               rf"\s+)*$")


def _role_named_first(s: str, start: int, stop: int, matcher: PartnerMatcher
                      ) -> tuple[str, int, int] | None:
    """A partner role that opens the names a phrase gives ("with the support of its media
    partners X and Y", "unterstützt von den Hauptsponsoren X"): the role and where it is."""
    for role_start, role_end, slug in matcher.roles_in(s[start:stop]):
        if _ROLE_NAMED_FIRST.match(s[start:start + role_start]) and \
                not language.PARTNER_COMPOUND_RE.match(s[start + role_end:]):
            return slug, start + role_start, start + role_end
        break
    return None


def _role_given_after(s: str, start: int, stop: int, matcher: PartnerMatcher) -> bool:
    """Whether the names a phrase gives are followed, in the same clause, by a partner role
    given as a predicate ("unterstützt von X und Y als Hauptsponsoren", "supported by X and Y
    as main sponsors"): the names bear that role, which the reading of "as" states, and not
    the phrase's own."""
    for role_start, _, _ in matcher.roles_in(s[start:stop]):
        before = s[start:start + role_start]
        return not re.search(r"[.;:]", before) and bool(_BEFORE_AS.search(before))
    return False


def _active_clauses(s: str, base: int, matchers: Matchers) -> list[PartnerClause]:
    """'X and Y supported the summit', 'X und Y unterstützten den Gipfel': organisations as the
    subject of a verb of support whose object is the event. Only organisations the reference
    data knows count here: a subject may as well be a person or a city."""
    clauses = []
    for (pattern, slug), verb in zip(_ACTIVES, _ACTIVE_VERBS):
        if verb is not None and not verb.search(s):
            continue
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
    before it, which a reference ("beide Netzwerke", "both networks") stands for.

    A role is read in one of three ways: after "als"/"as" or a copula it names the names
    listed right before it ("X und Y sind Hauptsponsoren"); opening its own clause and tied
    to the event, it names the names after it ("the event's main sponsors were X and Y",
    "unseren ideellen Partnern, dem X und Y"); in an apposition tied to the event it names
    the name before the comma ("X, one of the summit's supporting partners")."""
    roles = []
    for start, end, slug in matcher.roles_in(s):
        if language.PARTNER_COMPOUND_RE.match(s[end:]):
            continue
        if _SHARED_LEAD.search(s[:start]) and _SHARED_TAIL.match(s[end:]):
            if slug != "partner" or language.SUMMIT_RE.search(s):
                roles.append((start, end, slug, "shared"))
            continue
        before = s[max(0, start - 40):start]
        if _BEFORE_AS.search(before) or _BEFORE_COPULA.search(before):
            roles.append((start, end, slug, "before"))
            continue
        opening = None
        for m in _CLAUSE_OPENING.finditer(s, 0, start):
            opening = m
        lead = s[opening.end() if opening else 0:start]
        # "our partners X" where the sentence names the event, or where it thanks them
        owned = bool(_OWNED.search(s[:start]) and (language.SUMMIT_RE.search(s)
                                                   or _THANKED.search(s[:start]))
                     or _THANKED_AGAIN.search(s[:start]))
        if not (_ROLE_OPENS.match(lead) or owned):
            if slug != "partner" and _PASSIVE_AGENT_LAST.search(lead) and \
                    _NAME_RIGHT_AFTER.match(s, end) and language.SUMMIT_RE.search(s[:start]):
                # "(die Kosten der Konferenz) wurden von den Hauptsponsoren X und Y getragen":
                # the role heads the names right after it, the agents of a passive whose
                # subject, named before, is the event or a part of it
                roles.append((start, end, slug, "after"))
                continue
            if _AFTER_EVENT.match(s[end:]):
                roles.append((start, end, slug, "before"))
            continue
        # "Hauptsponsoren waren X und Y, Medienpartner Z": a role opening a clause after a
        # role that names the names after it, its verb left out, names those after it too
        gapped = bool(roles) and roles[-1][3] == "after" and opening is not None and \
            opening.group(0).strip() in {",", ";"} and _NAME_FOLLOWS.match(s, end + 1) is not None
        if not (owned or gapped or _AFTER_EVENT.match(s[end:])
                or _EVENT_POSSESSIVE_RE.search(lead)):
            continue
        if gapped:
            roles.append((start, end, slug, "after"))
            continue
        if opening is None or opening.group(0).strip() != "," or owned:
            roles.append((start, end, slug, "after"))
        elif _APPOSITION_LEAD.match(lead):  # "X, einer der Hauptsponsoren der Konferenz, ..."
            roles.append((start, end, slug, "apposition"))
        else:
            roles.append((start, end, slug, "after or apposition"))
    clauses = []
    previous_end = 0
    for n, (start, end, slug, side) in enumerate(roles):
        next_start = roles[n + 1][0] if n + 1 < len(roles) else len(s)
        if side == "shared":
            items = _sharing(s, previous_end, start, end, next_start, base, matchers)
        elif side == "before":
            cut = _BEFORE_AS.search(s[:start]) or _BEFORE_COPULA.search(s[:start])
            seg_end = cut.start() if cut else start
            group = language.GROUP_REFERENCE_RE.search(s[previous_end:seg_end])
            if earlier and group:
                items = _referred(earlier, group.group(0))
            else:
                # "Notes: X is partner ...": a line's label before its colon names no partner
                label = s.rfind(":", previous_end, seg_end)
                first = _list_start(s, label + 1 if label >= 0 else previous_end, seg_end,
                                    matchers)
                items = _organisations(s, first, _before_description(s, first, seg_end),
                                       base, matchers)
                counted = _counted_with_list(s, previous_end, seg_end, base, matchers)
                if counted:
                    # "Mit X und Y stehen zwei Schwergewichte des Standorts als
                    # Hauptsponsoren ...": the counted noun describes the names after "mit"
                    items = counted
            if items and _POSSESSOR_GAP.fullmatch(s, max(i.end for i in items) - base, start):
                items = []  # "die Sachleistungen der Medienpartner": the partners' own
            if not items and _BEFORE_AS.search(s[:start]):
                items = _named_after_as(s, end, next_start, base, matchers)
            # "X and Y were supporting partners of the summit, as was Z"
            tail = _ROLE_FIRST_TAIL.match(s[end:])
            rest = end + (tail.end() if tail else 0)
            added = language.PARTNER_ADDITION_RE.match(s[rest:])
            if added and items:
                brk = _LIST_BREAK.search(s, rest + added.end(), next_start)
                items = [*items, *_organisations(s, rest + added.end(),
                                                 brk.start() if brk else next_start, base,
                                                 matchers)]
        else:
            after = _OPENING_ROLE_TAIL.match(s[end:])
            first = end + (after.end() if after else 0)
            brk = _LIST_BREAK.search(s, first, next_start)
            items = _organisations(s, first, brk.start() if brk else next_start, base,
                                   matchers) \
                if side != "apposition" and not _restricted(s, end) and \
                _NAME_FOLLOWS.match(s, first) else []
            if not items and side != "after":
                comma = s.rfind(",", previous_end, start)
                # the name in apposition may close a clause of its own ("led by X, one of
                # the summit's partners"): no modifier to leave out
                first = _list_start(s, previous_end, comma, matchers, modifiers=False)
                items = _organisations(s, first, comma, base, matchers, modifiers=False)
        previous_end = end
        if items:
            clauses.append(PartnerClause(slug, base + start, base + end, tuple(items)))
    return clauses


# the clause's opening "Mit X und Y", "With X and Y,", "Avec X et Y,"
_WITH_OPENING = re.compile(rf"(?i)(?:^|[,;:]\s*|[.!?]\s+)(?:{language.WITH_WORDS})\s+")
_WORD = re.compile(r"(?<!\S)[^\W\d]+(?=\s)")


def _counted_with_list(s: str, lo: int, hi: int, base: int, matchers: Matchers
                       ) -> list[PartnerItem]:
    """The organisations a counted description before a role stands for ("Mit X und Y
    stehen zwei Schwergewichte des Standorts als Hauptsponsoren hinter der Veranstaltung",
    "With X and Y, two heavyweights of the region act as main sponsors"): the names after the
    clause's opening "mit"/"with"/"avec", as many as the count says, the count and a few
    words of description ending right before the role's "als"/"as" or copula; else none."""
    opening = None
    for m in _WITH_OPENING.finditer(s, lo, hi):
        opening = m
    if opening is None:
        return []
    count = next((m for m in _WORD.finditer(s, opening.end(), hi)
                  if cardinal_value(m.group(0))), None)
    if count is None or cardinal_value(count.group(0)) < 2:
        return []
    description = s[count.end():hi]
    if re.search(r"[,;:.!?]", description) or not 1 <= len(description.split()) <= 6:
        return []
    items = _organisations(s, opening.end(), count.start(), base, matchers)
    if len(items) != cardinal_value(count.group(0)) or any(i.is_place for i in items):
        return []
    return items


# "Als Hauptsponsoren des Gipfels traten X und Y auf", "Acting as media partners for the
# summit were X and Y": the role after "as" with no name before it names those after the
# verb that follows it
_VERB_AFTER_AS_ROLE = re.compile(rf"(?i)^\s*(?:{_EVENT_AFTER_ROLE}\s*)?(?:[^\W\d]+\s+){{0,5}}?"
                                 rf"(?:{language.COPULAS})\s+"
                                 # ("Als ideelle Partner beteiligen sich X und Y")
                                 rf"|^\s*(?:{_EVENT_AFTER_ROLE}\s*)?"
                                 rf"(?:{language.PARTNER_AS_VERBS})\s+")


def _named_after_as(s: str, end: int, stop: int, base: int, matchers: Matchers
                    ) -> list[PartnerItem]:
    """The organisations after the verb that follows a role introduced by "as" where nothing
    names them before it."""
    verb = _VERB_AFTER_AS_ROLE.match(s[end:stop])
    if not verb or not _NAME_FOLLOWS.match(s, end + verb.end()):
        return []
    first = end + verb.end()
    brk = _LIST_BREAK.search(s, first, stop)
    return _organisations(s, first, brk.start() if brk else stop, base, matchers)


_PASSIVE_AGENT_LAST = re.compile(rf"(?i)(?<!\w)(?:{language.PARTNER_HEAD_LEADS})\s+$")
_NAME_RIGHT_AFTER = re.compile(rf"\s+(?:{_ITEM_FOLLOWS}|[\"“„])")
_RESTRICTING = re.compile(rf"^\s+(?i:{language.AGENT_PREPOSITIONS})\s+"
                         rf"(?:(?i:{language.ARTICLES})\s+)?[a-zäöüéè]")


def _restricted(s: str, end: int) -> bool:
    """A role narrowed by a phrase that is not the event ("our partners in the region met
    X"): the names after it are the object of another verb, not the role's holders."""
    return bool(_RESTRICTING.match(s[end:])) and not _AFTER_EVENT.match(s[end:])


def _sharing(s: str, lo: int, start: int, end: int, stop: int, base: int, matchers: Matchers
             ) -> list[PartnerItem]:
    """The holders of a shared role: the names before the words of sharing, and the list after
    the role's tail ("X shared the role of supporting partner with Y and Z")."""
    lead = _SHARED_LEAD.search(s, lo, start)
    subject_end = lead.start() if lead else start
    while subject_end > lo and s[subject_end - 1].isspace():
        subject_end -= 1
    first = _list_start(s, lo, subject_end, matchers)
    items = _organisations(s, first, subject_end, base, matchers) if first < subject_end else []
    after = end + _SHARED_TAIL.match(s[end:]).end()
    brk = _LIST_BREAK.search(s, after, stop)
    return items + _organisations(s, after, brk.start() if brk else stop, base, matchers)


_QUOTE_MARKS = "()[]\"“”„«»"


def _name_word(word: str) -> bool:
    """A word that may stand in an organisation's name: capitalised, a number, or a link word
    ("Mayors for Peace", "Banque des territoires")."""
    w = word.strip(_QUOTE_MARKS)
    return bool(w) and (w[0].isupper() or w[0].isdigit() or _capitalised(w)
                        or w.lower() in language.PARTNER_NAME_LINKS or w == "&"
                        or bool(_ORG_NAME_WORD.fullmatch(w)))


def _list_start(s: str, lo: int, hi: int, matchers: Matchers, *, modifiers: bool = True
                ) -> int:
    """Where the names listed right before ``hi`` begin, not before ``lo``: parts separated by
    commas and conjunctions, read back from ``hi`` while each is a name. The nearest may end
    in a verb ("where X took part") and be a relative pronoun alone ("X, which"); the first
    part that is no name ends the list, keeping the name it ends in ("the mayor thanked X")."""
    for m in language.ORG_MODIFIER_RE.finditer(s, lo, hi) if modifiers else ():
        s = s[:m.start()] + " " * (m.end() - m.start()) + s[m.end():]  # "led by Y": no item
    for hit in matchers.orgs_anywhere(s[lo:hi], lo):  # a known name is one word
        s = s[:hit.start] + "O" * (hit.end - hit.start) + s[hit.end:]
    bounds, prev = [], lo
    for m in _SPLIT.finditer(s, lo, hi):
        bounds.append((prev, m.start()))
        prev = m.end()
    bounds.append((prev, hi))
    start = hi
    nearest = True
    apposition = False  # "X, a network of mayors, is a partner": the description is no item
    for a, b in reversed(bounds):
        if nearest and _RELATIVE_ONLY.match(s[a:b]):
            continue
        if nearest and not s[a:b].strip() and not apposition:
            apposition = True
            continue
        if apposition and _describes(s[a:b]):
            apposition = False
            continue
        words = list(re.finditer(r"\S+", s[a:b]))
        if nearest:  # a name ends in a capitalised word, not in a link ("einer der")
            while words and not _capitalised(words[-1].group(0).strip(_QUOTE_MARKS)):
                words.pop()
        while words and words[0].group(0).lower().strip(",") in language.PARTNER_FILLERS:
            words.pop(0)
        if not words:
            break
        if all(_name_word(w.group(0)) for w in words) and \
                _capitalised(words[0].group(0).strip(_QUOTE_MARKS)):
            start = a + words[0].start()
            nearest = False
            continue
        run = []
        for w in reversed(words):
            if not _name_word(w.group(0)):
                break
            run.insert(0, w)
        while run and not _capitalised(run[0].group(0).strip(_QUOTE_MARKS)):
            run.pop(0)
        if run:
            start = a + run[0].start()
        break
    return start


def _before_description(s: str, lo: int, hi: int) -> int:
    """Where the names before ``hi`` end when an apposition that describes them closes the
    list ("X, the network of large cities, was a partner"): its opening comma."""
    closing = s[lo:hi].rstrip()
    if not closing.endswith(","):
        return hi
    opening = s.rfind(",", lo, lo + len(closing) - 1)
    if opening > lo and _describes(s[opening + 1:lo + len(closing) - 1]):
        return opening
    return hi


_DEFINITE_LEAD = re.compile(rf"(?i)^\s*(?:{language.ARTICLES})(?:\s+|(?<=['’]))")


def _describes(part: str) -> bool:
    """An apposition that describes the name before it rather than naming one more: "a
    network of mayors", "one of its members", or an article with a lower-case word that is
    no link of a name ("the network of large cities", "das Netzwerk der großen
    Städte", "le réseau des grandes villes"); "the Safe Towns Network", "die Stiftung für
    X" are names."""
    if _DESCRIPTION.match(part):
        return True
    lead = _DEFINITE_LEAD.match(part)
    if not lead:
        return False
    words = [w.strip(_QUOTE_MARKS + ",.") for w in part[lead.end():].split()]
    return any(w and w[0].islower() and w.lower() not in language.PARTNER_NAME_LINKS
               and not re.fullmatch(rf"(?i){language.ARTICLES}", w) for w in words)


def _referred(earlier: list[PartnerItem], reference: str) -> list[PartnerItem]:
    """The organisations a group reference stands for: the last n named where it counts
    them ("all three organisations"), else all of them."""
    counts = [n for w in re.findall(r"\w+", reference.lower())
              for n in [cardinal_value(w)] if n]
    return list(earlier[-counts[0]:]) if counts and counts[0] <= len(earlier) else list(earlier)


def _organisations(s: str, start: int, stop: int, base: int, matchers: Matchers, *,
                   modifiers: bool = True) -> list[PartnerItem]:
    segment = s[start:stop]
    for m in language.ORG_MODIFIER_RE.finditer(segment) if modifiers else ():
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
        handle = _HANDLE.match(segment[part_start:part_end].strip(" ,.;:!?()"))
        if handle:  # "@city_fair": only an organisation the reference data knows
            slug = _handle_organisation(handle.group("handle"), matchers)
            if slug:
                offset = part_start + segment[part_start:part_end].find(handle.group(0))
                items.append(PartnerItem(slug, handle.group(0), base + start + offset,
                                         base + start + offset + len(handle.group(0))))
            continue
        quoted = re.search(r"[\"“„]([^\"“”]{2,80})[\"”“]", segment[part_start:part_end])
        if quoted:
            name = quoted.group(1).strip()
            offset = part_start + quoted.start(1)
        else:
            name, offset = _strip_filler(segment[part_start:part_end], part_start)
        if not name or not name[0].isupper() or name in language.NOT_NAME_WORDS or \
                _names_a_day(name):
            continue
        is_place = bool(matchers.gaz.is_country(name)
                        or matchers.gaz.city(name, reference_only=True))
        items.append(PartnerItem(None if is_place else matchers.org_of(name), name,
                                 base + start + offset, base + start + offset + len(name),
                                 is_place))
    return _with_bracketed_names(items, s, base)


_HANDLE = re.compile(r"@(?P<handle>[A-Za-z0-9_]{2,80})")
_HANDLE_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def _handle_organisation(handle: str, matchers: Matchers) -> str | None:
    """The known organisation an account's handle names: its words (split at underscores and
    capitals) are the words of the organisation's name ("@city_fair"), or each begins
    the word of the name in its place, as an abbreviation does ("@LYS_Airport" for Lyon
    Airport). A handle that fits several organisations, or none, names none: an account of
    a person or of a city is no partner."""
    words = [w.lower() for part in handle.split("_") for w in _HANDLE_WORD.findall(part)]
    if not words:
        return None
    exact = matchers.org_of(" ".join(words))
    if exact:
        return exact
    if len(words) < 2:
        return None
    found = set()
    for name, slug in matchers.gaz.org_names.items():
        name_words = re.findall(r"\w+", name)
        if len(name_words) == len(words) and all(
                any(key.startswith(w) for key in name_keys(n)) for w, n in zip(words, name_words)):
            found.add(slug)
    return found.pop() if len(found) == 1 else None


def _with_bracketed_names(items: list[PartnerItem], s: str, base: int) -> list[PartnerItem]:
    """'International Coalition of Open Towns (ICOT)': a known organisation in brackets right
    after a name it does not know is that name's short form, one organisation (the long name
    may be written otherwise than the reference data has it, and the short one need not be
    its initials)."""
    merged: list[PartnerItem] = []
    for item in items:
        before = merged[-1] if merged else None
        if before is not None and before.slug is None and not before.is_place and item.slug \
                and re.fullmatch(r"\s*\(\s*", s[before.end - base:item.start - base]) \
                and s[item.end - base:item.end - base + 1] == ")":
            merged[-1] = PartnerItem(item.slug, before.name, before.start, before.end)
            continue
        merged.append(item)
    return merged


def _names_a_day(name: str) -> bool:
    """'Saturday's discussions', 'Am Samstag': a weekday or a month in the first two words
    makes no organisation's name."""
    words = [re.sub(r"['’]s?$", "", w).lower() for w in name.split()[:2]]
    return any(w in language.WEEKDAYS or w in language.MONTHS for w in words)


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
