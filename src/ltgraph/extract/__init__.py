"""From a parsed release to the facts it states, each with the spans of text that support it.

``extract_facts(release, gazetteer)`` reads every part of a release (headlines, both language
halves, captions, byline, credits) with the language knowledge of ``ltgraph.language`` and the
names of the gazetteer. Both halves are read on their own and then merged: facts found in one
half are kept, facts found in both carry the evidence of both, and where the halves contradict
each other (a role, a date) the release gets a warning instead of a guess.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from difflib import SequenceMatcher

from ltgraph import language
from ltgraph.extract import events, partners
from ltgraph.extract.evidence import sentence_spans, words_stating
from ltgraph.extract.people import (
    CITY_ROLES,
    PUBLISHER_ROLES,
    PeopleFinder,
    PersonMention,
    RoleMatcher,
)
from ltgraph.extract.places import Matchers
from ltgraph.extract.quotes import quotation_parts
from ltgraph.extract.text import Region, Sentence, regions_of, sentences_of
from ltgraph.gazetteer import CityEntry, Gazetteer
from ltgraph.model import (
    AttendanceFact,
    CityFact,
    DeclarationFact,
    FigureFact,
    MandateFact,
    MembershipFact,
    OrganisationFact,
    ParticipationFact,
    PartnershipFact,
    PersonFact,
    PhotoFact,
    QuoteFact,
    Release,
    ReleaseFacts,
    Span,
    SummitFact,
    VenueFact,
)
from ltgraph.slugs import slugify

__all__ = ["extract_facts"]

_ORDINAL_NAMES = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth",
                  7: "Seventh", 8: "Eighth", 9: "Ninth", 10: "Tenth"}


@dataclass
class _Tools:
    matchers: Matchers
    roles: RoleMatcher
    partners: partners.PartnerMatcher


def _tools(gaz: Gazetteer) -> _Tools:
    """Compiled patterns for a gazetteer, built on first use and kept with it."""
    tools = getattr(gaz, "_extract_tools", None)
    if tools is None:
        tools = _Tools(Matchers(gaz), RoleMatcher(gaz), partners.PartnerMatcher(gaz))
        gaz._extract_tools = tools  # type: ignore[attr-defined]
    return tools


@dataclass
class _Collector:
    """Facts keyed by identity, with their evidence spans merged."""

    spans: dict[tuple, set[tuple[int, int]]] = field(default_factory=lambda: defaultdict(set))
    order: list[tuple] = field(default_factory=list)

    def add(self, key: tuple, *spans: tuple[int, int] | None) -> None:
        if key not in self.spans:
            self.order.append(key)
        bucket = self.spans[key]
        for span in spans:
            if span and span[1] > span[0]:
                bucket.add(span)

    def evidence(self, key: tuple) -> tuple[Span, ...]:
        return tuple(Span(s, e) for s, e in sorted(self.spans.get(key, ())))

    def keys(self, kind: str) -> list[tuple]:
        return [k for k in self.order if k[0] == kind]


_LIST_CUE = re.compile(rf"(?i)(?:[,:]\s*|(?:^|\s)[-–—•·*]\s*|\b(?:{language.LIST_JOINERS})\s+)$")


# An attribution inside a span taken for a quotation (", sagte X", ", said X"): the
# quotation ended before it
_ATTRIBUTION = re.compile(rf"[,.]\s*(?:{language.QUOTE_VERBS})\s+(?:\w+\s+){{0,2}}?[A-ZÄÖÜÉ]")


def _names_declaration(text: str, start: int, end: int) -> bool:
    """Whether the city at text[start:end] is part of a declaration's or an event's name
    ("Déclaration de X", "X Declaration", "X-Erklärung", "Sommet de X"), not a signatory."""
    before = text[max(0, start - 25):start]
    after = text[end:end + 20]
    names = f"{language.DECLARATION_WORDS}|{language.SUMMIT_WORDS}"
    return bool(re.search(rf"(?i)\b(?:{names})\s+(?:de|of|von|d['’])\s*$", before)
                or re.match(rf"(?i)[\s-]*(?:er\s+)?(?:{names})\b", after))


def _in_list(text: str, pos: int) -> bool:
    """A name in an enumeration or after 'aus'/'from'/'de': GeoNames may be asked about it."""
    return bool(_LIST_CUE.search(text[max(0, pos - 12):pos]))


def _best_spelling(names: list[str]) -> str:
    """The spelling with the most letters beyond ASCII, never one with a '?' in it."""
    clean = [n for n in names if "?" not in n] or [n.replace("?", "") for n in names]
    return max(clean, key=lambda n: (sum(1 for c in n if ord(c) > 127), len(n), n))


class _Extraction:
    def __init__(self, release: Release, gaz: Gazetteer) -> None:
        self.release = release
        self.gaz = gaz
        self.tools = _tools(gaz)
        self.text = release.text
        self.published = release.published
        self.facts = _Collector()
        self.warnings: list[str] = []
        self.regions = regions_of(release)
        self.sentences: dict[Region, list[Sentence]] = {r: sentences_of(r) for r in self.regions}
        self.city_entries: dict[str, CityEntry] = {}
        self.org_labels: dict[str, str] = {}
        self.date_words: dict[str, list[tuple[int, int]]] = {}  # summit slug -> date's words

    # ------------------------------------------------------------------ helpers
    def all_sentences(self, kinds: tuple[str, ...] = ("headline", "subheadline", "body",
                                                       "caption")) -> list[Sentence]:
        return [s for r in self.regions if r.kind in kinds for s in self.sentences[r]]

    def add_city(self, entry: CityEntry, *spans: tuple[int, int] | None) -> None:
        self.city_entries.setdefault(entry.slug, entry)
        self.facts.add(("city", entry.slug), *spans)

    def add_agent(self, agent: str, *spans: tuple[int, int] | None) -> None:
        kind, slug = agent.split("/", 1)
        if kind == "city":
            entry = (self.gaz.cities_by_slug.get(slug) or self.city_entries.get(slug)
                     or self.gaz.geonames_by_slug.get(slug))
            if entry:
                self.add_city(entry, *spans)
        else:
            self.facts.add(("org", slug), *spans)

    # ------------------------------------------------------------------ stages
    def publisher(self) -> str | None:
        name = self.release.publisher_name or (self.release.masthead.text
                                               if self.release.masthead else "")
        span = self.release.masthead.span if self.release.masthead else None
        for m in re.finditer(r"[A-ZÄÖÜ][\w'’.-]*", name):
            found = self.tools.matchers.city_at(name, m.start(), geonames=False)
            if found:
                entry = found[0]
                where = None
                if span and self.release.masthead:
                    offset = self.release.masthead.text.find(name[found[1]:found[2]])
                    if offset >= 0:
                        where = (span.start + offset, span.start + offset + found[2] - found[1])
                self.add_city(entry, where)
                return f"city/{entry.slug}"
        return None

    def people(self, publisher: str | None) -> PeopleFinder:
        finder = PeopleFinder(self.gaz, self.tools.matchers, self.tools.roles, publisher)
        for _ in range(2):  # the second pass finds surnames of people named in full later
            for region in self.regions:
                if region.kind == "caption":
                    for sentence in self.sentences[region]:
                        finder.find_in_caption(sentence)
                else:
                    for sentence in self.sentences[region]:
                        finder.find_in_sentence(sentence, self.text)
            unique: dict[tuple[int, int], PersonMention] = {}
            for mention in finder.mentions:
                kept = unique.get((mention.start, mention.end))
                if kept is None or len(mention.roles) > len(kept.roles):
                    unique[(mention.start, mention.end)] = mention
            # a mention inside a longer one at the same place is the same person
            ordered = sorted(unique.values(), key=lambda m: (m.start, -(m.end - m.start)))
            finder.mentions = []
            for mention in ordered:
                if finder.mentions and mention.start < finder.mentions[-1].end:
                    continue
                finder.mentions.append(mention)
        return finder

    def resolve_people(self, finder: PeopleFinder) -> dict[str, dict]:
        """Person slug -> name, honorific, spans; sets ``slug`` on every mention."""
        people: dict[str, dict] = {}
        full = [m for m in finder.mentions if " " in m.raw]
        for mention in finder.mentions:
            raw = mention.raw
            if " " not in raw:  # a surname: the person named in full, here or in the reference
                owners = {self._slug_for(m.raw, full) for m in full if m.raw.split()[-1] == raw}
                if not owners and finder.reference_surname(raw):
                    owners = {finder.reference_surname(raw)}
                if len(owners) != 1:
                    continue
                slug = owners.pop()
            else:
                slug = self._slug_for(raw, full)
            mention.slug = slug
            person = people.setdefault(slug, {"names": [], "honorific": None, "spans": set()})
            if " " in raw:
                person["names"].append(raw)
            if mention.honorific and not person["honorific"]:
                person["honorific"] = mention.honorific
            person["spans"].add((mention.start, mention.end))
        for slug, person in people.items():
            entry = self.gaz.persons.get(slug)
            if entry:
                person["name"] = entry.name
                person["honorific"] = person["honorific"] or entry.honorific
            else:
                person["name"] = _best_spelling(person["names"] or [slug])
        return people

    def _is_person_name(self, name: str) -> bool:
        """A credit names a person, not an institution ('Landeshauptstadt X', 'Ville de X')."""
        words = name.split()
        if any(w.lower().strip(".,") in language.INSTITUTION_WORDS for w in words):
            return False
        return not any(self.gaz.city(w, reference_only=True) or self.gaz.is_country(w)
                       for w in words) and not self.tools.matchers.org_of(name.strip())

    def _slug_for(self, raw: str, full: list[PersonMention]) -> str:
        slug = self.gaz.person_slug(raw) or self._reference_spelling(raw)
        if slug:
            return slug
        if "?" in raw:
            pattern = re.compile("^" + re.escape(raw).replace(r"\?", ".") + "$", re.IGNORECASE)
            for person in self.gaz.persons.values():
                if any(pattern.match(n) for n in person.names):
                    return person.slug
            spellings = [m.raw for m in full if "?" not in m.raw and pattern.match(m.raw)]
            if spellings:
                return slugify(_best_spelling(spellings))
            return slugify(raw.replace("?", ""))
        return slugify(raw)

    def mandates(self, finder: PeopleFinder, publisher: str | None) -> list[tuple]:
        """(person, role, agent, label, language, spans, region kind+language) per role."""
        found = []
        for mention in finder.mentions:
            if not mention.slug:
                continue
            for n, hit in enumerate(mention.roles):
                agent = mention.agents.get(n)
                if agent is None and mention.place and (
                        hit.role not in CITY_ROLES or mention.place.startswith("city/")):
                    agent = mention.place
                if agent is None:
                    agent = self._agent_from_reference(mention.slug, hit.role)
                if agent is None and hit.role in PUBLISHER_ROLES and publisher:
                    agent = publisher
                if agent is None and mention.region.kind == "caption":
                    agent = self._agent_from_file_name(mention.region)
                if agent is None:
                    self.warnings.append(
                        f"{hit.label!r} of {mention.raw} at character {hit.start}: no city or "
                        "organisation is named for this role; no mandate recorded")
                    continue
                spans = [(mention.start, mention.end), (hit.start, hit.end),
                         *mention.agent_spans]
                group = f"{mention.region.kind}:{mention.region.language}"
                found.append((mention.slug, hit.role, agent, hit.label, hit.language, spans,
                              group, mention))
        return found

    def _reference_spelling(self, raw: str) -> str | None:
        """The one reference person a misspelt name stands for ("X Y" written "X Yo"): as many
        words, one of them written alike, and the whole name nearly so (a letter or two)."""
        words = raw.split()
        if len(words) < 2 or "?" in raw:
            return None
        found = set()
        for person in self.gaz.persons.values():
            for name in person.names:
                other = name.split()
                if len(other) != len(words) or not (set(other) & set(words)):
                    continue
                if SequenceMatcher(None, raw.lower(), name.lower()).ratio() >= 0.88:
                    found.add(person.slug)
        return found.pop() if len(found) == 1 else None

    def _agent_from_reference(self, person: str, role: str) -> str | None:
        agents = {m.agent for m in self.gaz.mandates_of(person) if m.role == role}
        return agents.pop() if len(agents) == 1 else None

    def _agent_from_file_name(self, region: Region) -> str | None:
        if region.image is None:
            return None
        url = self.release.images[region.image].url
        stem = url.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        for word in re.split(r"[_\W\d]+", stem):
            if len(word) >= 4 and word[0].isupper():
                entry = self.gaz.city(word, reference_only=True) or self.gaz.city(word)
                if entry:
                    self.city_entries.setdefault(entry.slug, entry)
                    return f"city/{entry.slug}"
        return None

    def context_cities(self, people_spans: list[tuple[int, int]]) -> None:
        """GeoNames cities where the syntax announces a city (never inside a person's name)."""
        matchers = self.tools.matchers

        def in_person(start: int) -> bool:
            return any(a <= start < b for a, b in people_spans)
        cue = re.compile(r"(?i)\b(?:unter anderem aus|darunter|aus|from|de|des villes de|"
                         r"representatives of|delegations from|Delegationen aus|including|"
                         r"among them|Stadt|city of|ville de|Nachbarstadt|Partnerstadt|"
                         r"twin city|sister city|villes? de|wie|such as|comme|notamment|nach|"
                         r"vers|unter anderem)\s+")
        for sentence in self.all_sentences(("body", "headline", "subheadline", "caption")):
            s = sentence.text
            for m in cue.finditer(s):
                found = matchers.city_after(s, m.end(), max_tokens=3)
                while found:
                    entry, start, end = found
                    if in_person(sentence.start + start):
                        break
                    self.add_city(entry, (sentence.start + start, sentence.start + end))
                    nxt = re.match(r"\s*(?:,\s*(?:und|and|et)?|und|and|et|sowie)\s*", s[end:])
                    if not nxt or not nxt.group(0).strip():
                        break
                    found = matchers.city_at(s, end + nxt.end())
            for m in language.COMPARISON_RE.finditer(s):
                found = matchers.city_at(s, m.end())
                if found and not in_person(sentence.start + found[1]):
                    self.add_city(found[0], (sentence.start + found[1],
                                             sentence.start + found[2]))
            for m in re.finditer(r"([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?),\s+(?:the\s+|"
                                 r"der\s+|la\s+)?(?:capital|Hauptstadt|capitale)\b", s):
                found = matchers.city_at(s, m.start(1))
                if found:
                    self.add_city(found[0], (sentence.start + found[1],
                                             sentence.start + found[2]))
            # "fand in X statt", "was held in X", "s'est tenu à X": a place of an event
            if re.search(rf"(?i)\b(?:{language.EVENT_PLACE_VERBS})", s):
                for m in re.finditer(r"\b(?:in|im|à|In|À)\s+", s):
                    found = matchers.city_after(s, m.end(), max_tokens=3)
                    if found and not in_person(sentence.start + found[1]):
                        self.add_city(found[0], (sentence.start + found[1],
                                                 sentence.start + found[2]))
            if sentence.region.kind == "caption":
                for m in re.finditer(r"\(([^()]{2,40})\)", s):
                    if language.PHOTO_POSITION_RE.match(m.group(1).strip()):
                        continue
                    found = matchers.city_at(s, m.start(1))
                    if found and found[2] == m.end(1):
                        self.add_city(found[0], (sentence.start + found[1],
                                                 sentence.start + found[2]))

    # ------------------------------------------------------------------ the run
    def run(self) -> ReleaseFacts:
        release = self.release
        matchers = self.tools.matchers
        publisher = self.publisher()

        # people and their roles
        finder = self.people(publisher)
        people = self.resolve_people(finder)
        author = photographer_slugs = None
        extra: dict[str, dict] = {}
        if release.byline:
            name = release.byline.author_name
            slug = self.gaz.person_slug(name) or slugify(name)
            author = slug
            extra.setdefault(slug, {"names": [name], "spans": set(), "honorific": None})[
                "spans"].add((release.byline.author.span.start, release.byline.author.span.end))
        photographer_slugs = {}
        for n, image in enumerate(release.images):
            if image.photographer and len(image.photographer.text.split()) >= 2 and \
                    self._is_person_name(image.photographer.text):
                name = image.photographer.text.strip()
                slug = self.gaz.person_slug(name) or slugify(name)
                photographer_slugs[n] = slug
                extra.setdefault(slug, {"names": [name], "spans": set(), "honorific": None})[
                    "spans"].add((image.photographer.span.start, image.photographer.span.end))
        for slug, person in extra.items():
            target = people.setdefault(slug, {"names": [], "honorific": None, "spans": set()})
            target["names"] += person["names"]
            target["spans"] |= person["spans"]
            entry = self.gaz.persons.get(slug)
            target["name"] = entry.name if entry else _best_spelling(target["names"])
            if entry and not target["honorific"]:
                target["honorific"] = entry.honorific
        for slug in people:
            self.facts.add(("person", slug), *people[slug]["spans"])

        mandates = self._settle_mandates(self.mandates(finder, publisher))
        mandate_facts = []
        for (person, role, agent), (label, written_in, spans) in mandates.items():
            self.add_agent(agent, *(spans[2:] or spans[:2]))
            mandate_facts.append(MandateFact(person, role, agent, label, written_in,
                                             tuple(Span(s, e) for s, e in sorted(set(spans)))))
        for mention in finder.mentions:
            if mention.place:
                self.add_agent(mention.place, *mention.agent_spans)
            for slug, name in mention.minted_orgs.items():
                self.org_labels.setdefault(slug, name)

        # cities and organisations named anywhere
        for region in self.regions:
            for hit in matchers.cities_anywhere(region.text, region.start):
                self.add_city(self.gaz.cities_by_slug[hit.slug], (hit.start, hit.end))
            for hit in matchers.orgs_anywhere(region.text, region.start):
                self.facts.add(("org", hit.slug), (hit.start, hit.end))
            for hit in matchers.venues_anywhere(region.text, region.start):
                self.facts.add(("venue", hit.slug), (hit.start, hit.end))
        self.context_cities([(m.start, m.end) for m in finder.mentions])

        # summits and their dates
        mentions = []
        for sentence in self.all_sentences():
            mentions += events.summit_mentions(sentence, matchers, self.text)
            mentions += events.summits_by_days(sentence, self.gaz, self.published)
        summits, main = events.resolve_summits(mentions, self.gaz, self.published,
                                               _ORDINAL_NAMES)
        for info in summits.values():
            host = self.gaz.cities_by_slug.get(info.host) or (
                self.gaz.city(info.host) if info.host else None)
            if host:
                host_spans = [m.host_span for m in info.mentions if m.host_span]
                self.add_city(host, *host_spans)
            clues: dict[str, events.DateClues] = defaultdict(events.DateClues)
            seen: set[int] = set()
            for mention in info.mentions:
                sentence = mention.sentence
                if id(sentence) in seen:
                    continue
                seen.add(id(sentence))
                others = {m.slug for m in mentions if m.sentence is sentence} - {info.slug}
                if others and info.slug != main:
                    continue
                if others and any(m.slug == info.slug and (m.ordinal or m.year)
                                  for m in mentions if m.sentence is sentence) is False:
                    continue
                group = f"{sentence.region.kind if sentence.region.kind == 'caption' else 'text'}" \
                        f":{sentence.language}"
                events.date_clues(sentence, self.published, clues[group])
            start, end, spans, warnings = events.settle_dates(dict(clues))
            if start and info.year and start.year != info.year:
                # dates of another event in the sentence that recalls this summit
                start, end, spans, warnings = None, None, [], []
            self.warnings += warnings
            info.start, info.end = start, end
            info.evidence += spans
            self.date_words[info.slug] = list(spans)

        # declarations
        declarations: dict[str, dict] = {}
        named: dict[int, list[events.DeclarationMention]] = {}
        for sentence in self.all_sentences():
            for mention in events.declaration_mentions(sentence, matchers, self.gaz, summits):
                if mention.summit and mention.summit not in summits:
                    entry = self.gaz.summits.get(mention.summit)
                    if entry is None:
                        continue
                    summits[mention.summit] = events.SummitInfo(
                        entry.slug, entry.ordinal, entry.host, entry.label or entry.slug)
                d = declarations.setdefault(mention.slug, {
                    "summit": mention.summit, "spans": set(), "dates": {}, "venue": None,
                    "signatories": {}, "announced": False})
                d["spans"].add((mention.start, mention.end))
                named.setdefault(id(sentence), []).append(mention)
        main_declaration = next((slug for slug, d in declarations.items()
                                 if d["summit"] == main), None)
        if main_declaration is None and len(declarations) == 1:
            main_declaration = next(iter(declarations))
        if main_declaration is None and not declarations and main:
            # "die Delegierten unterzeichneten eine gemeinsame Erklärung": the summit's own
            # declaration, though the release gives it no name
            signed = [s for s in self.all_sentences(("body", "caption", "headline",
                                                     "subheadline"))
                      if language.DECLARATION_RE.search(s.text) and language.SIGN_RE.search(s.text)
                      and not (set(self._summits_named_in(s, summits)) - {main})]
            if signed:
                slug = next((d.slug for d in self.gaz.declarations.values()
                             if d.summit == main), main)
                declarations[slug] = {"summit": main, "spans": set(), "dates": {},
                                      "venue": None, "signatories": {}, "announced": False}
                for s in signed:
                    m = language.DECLARATION_RE.search(s.text)
                    declarations[slug]["spans"].add((s.start + m.start(), s.start + m.end()))
                main_declaration = slug
        previous: tuple[object, set[str]] | None = None  # (region, declarations) just named
        previous_signing: tuple[object, str] | None = None  # (region, declaration) just signed
        for sentence in self.all_sentences():
            sign = language.SIGN_RE.search(sentence.text)
            mentions_here = named.get(id(sentence), [])
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
            if just_named and main_declaration and just_named != main_declaration and \
                    declarations.get(just_named, {}).get("summit") != main:
                # a list after a sentence that recalls an older declaration signs the one the
                # release reports on
                just_named = main_declaration
            if just_named and just_named in declarations:
                d = declarations[just_named]
                unnamed = events.DeclarationMention(sentence, sentence.start, sentence.start,
                                                    just_named, d["summit"], None)
                self._signing(sentence, unnamed, d, summits, finder, mandates)
                previous_signing = (sentence.region, unnamed.slug)
            elif mentions_here and sign:
                # the signing belongs to the declaration written nearest its verb
                verb = sentence.start + sign.start()
                chosen = min(mentions_here, key=lambda m: min(abs(m.start - verb),
                                                              abs(m.end - verb)))
                self._signing(sentence, chosen, declarations[chosen.slug], summits, finder,
                              mandates)
                previous_signing = (sentence.region, chosen.slug)
            elif not mentions_here and main_declaration and (
                    language.SIGNATORY_RE.search(sentence.text)
                    or (sign and language.DECLARATION_RE.search(sentence.text))
                    or (sign and self._city_list_after(sentence, sign.end()))):
                d = declarations[main_declaration]
                unnamed = events.DeclarationMention(sentence, sentence.start, sentence.start,
                                                    main_declaration, d["summit"], None)
                self._signing(sentence, unnamed, d, summits, finder, mandates)
                previous_signing = (sentence.region, unnamed.slug)

        # partnerships, memberships, figures
        partnership_keys = self._partnerships(main)
        release_networks = sorted({k[1] for k in self.facts.keys("org")
                                   if self.gaz.orgs.get(k[1]) and self.gaz.orgs[k[1]].is_network})
        for sentence in self.all_sentences(("body", "caption")):
            for clue in events.membership_in(sentence, matchers, self.gaz, release_networks,
                                             self.published):
                self.add_city(clue.entry or self.gaz.cities_by_slug[clue.city], clue.spans[0])
                self.facts.add(("org", clue.network), clue.spans[1])
                self.facts.add(("membership", clue.city, clue.network, clue.since), *clue.spans)
        figures = self._figures(main, summits)

        # attendance and participation
        took_place = {slug: self._took_place(info) for slug, info in summits.items()}
        attendance = self._attendance(finder, summits, main, took_place, author,
                                      set(photographer_slugs.values()))
        for (summit, person), spans in attendance.items():
            self.facts.add(("attendee", summit, person), *spans)
            for (p, role, agent), (label, written_in, mspans) in mandates.items():
                if p == person and agent.startswith("city/") and took_place.get(summit):
                    self.facts.add(("participant", summit, agent[5:]), *mspans[:2])
        for slug, info in summits.items():
            if info.host and took_place.get(slug) and (slug == main or any(
                    k[1] == slug for k in self.facts.keys("attendee")) or any(
                    d["summit"] == slug and d["signatories"] for d in declarations.values())):
                # the host takes part in every summit the release gives participants
                self.facts.add(("participant", slug, info.host), *info.evidence[:1])
        for slug, d in declarations.items():
            for city, spans in d["signatories"].items():
                if d["summit"] and took_place.get(d["summit"]):
                    self.facts.add(("participant", d["summit"], city), *spans)
        if main and took_place.get(main):
            for entry, span in self._group_cities(summits[main], finder):
                self.add_city(entry, span)
                self.facts.add(("participant", main, entry.slug), span)

        quotes = self._quotes(finder)
        photos = self._photos(finder, photographer_slugs, main, took_place)
        return self._facts(people, author, publisher, mandate_facts, summits, declarations,
                           partnership_keys, figures, quotes, photos)

    # ------------------------------------------------------------------ mandates
    def _settle_mandates(self, found: list[tuple]) -> dict[tuple, tuple]:
        """One mandate per (person, role, agent); English names win over German minted orgs;
        different roles for one person and agent in the two halves are reported."""
        by_key: dict[tuple, list[tuple]] = defaultdict(list)
        for item in found:
            by_key[(item[0], item[1], item[2])].append(item)
        # a minted organisation from the German half yields to the English half's agent
        minted = {k for k, items in by_key.items()
                  if k[2].startswith("org/") and k[2][4:] not in self.gaz.orgs
                  and not any(i[6].endswith(":en") for i in items)}
        for key in minted:
            if any(k[0] == key[0] and k[1] == key[1] and k != key and
                   any(i[6].endswith(":en") for i in items) for k, items in by_key.items()):
                del by_key[key]
        # "Bürgermeister(in)" is also the title of a deputy in German cities that have an
        # Oberbürgermeister: where the other half says deputy mayor, that reading holds
        for key in [k for k in by_key if k[1] == "mayor"]:
            deputy = (key[0], "deputy-mayor", key[2])
            if deputy in by_key and all(language.AMBIGUOUS_MAYOR_RE.fullmatch(i[3])
                                        for i in by_key[key]):
                by_key[deputy] += by_key.pop(key)
        roles_by_half: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for (person, role, agent), items in by_key.items():
            for item in items:
                if item[6].startswith("body"):
                    roles_by_half[(person, agent)][item[6]].add(role)
        for (person, agent), halves in roles_by_half.items():
            role_sets = [frozenset(v) for v in halves.values()]
            if len(role_sets) == 2 and all(len(r) == 1 for r in role_sets) and \
                    role_sets[0] != role_sets[1]:
                self.warnings.append(
                    f"the halves give {person} different roles for {agent}: "
                    + " / ".join(sorted(next(iter(r)) for r in role_sets)))
        settled = {}
        for key, items in by_key.items():
            spans = [s for item in items for s in item[5]]
            first = items[0]
            # keep the mention span and the role span first (participation evidence)
            settled[key] = (first[3], first[4], spans)
        return settled

    # ------------------------------------------------------------------ declarations
    def _signing(self, sentence: Sentence, mention, d: dict, summits, finder, mandates) -> None:
        s = sentence.text
        if not language.SIGN_RE.search(s):
            return
        if language.ANNOUNCEMENT_RE.search(s):
            d["announced"] = True
            return
        base = sentence.start
        summit = summits.get(d["summit"]) if d["summit"] else None
        for dm in events.dates_of(sentence, self.published):
            if summit and summit.year and dm.first.year != summit.year:
                continue  # a date of something else ("observed every year on 16 May")
            if not dm.is_range:
                d["dates"].setdefault(dm.first, set()).add((dm.start, dm.end))
                break
        else:
            # "Am zweiten Tag unterzeichneten ...": day k of the summit
            for pattern in language.DAY_OF_EVENT_PATTERNS:
                m = re.search(pattern, s, re.IGNORECASE)
                k = events.ordinal_value(m.group("ord")) if m else None
                if k and summit and summit.start:
                    d["dates"].setdefault(summit.start + timedelta(days=k - 1), set()).add(
                        (base + m.start(), base + m.end()))
                    break
            else:
                # "Au terme des deux journées, les maires ont adopté ...": the last day
                closing = next((m for cue in language.CLOSING_CUES
                                for m in [re.search(cue, s, re.IGNORECASE)] if m), None)
                if closing and summit and summit.end and 1 not in {
                        events.ordinal_value(w) for w in
                        re.findall(r"\w+", s[closing.end():closing.end() + 30])}:
                    d["dates"].setdefault(summit.end, set()).add(
                        (base + closing.start(), base + closing.end()))
                elif closing is None and self.published and language.TODAY_RE.search(s) and \
                        not (summit and summit.year and summit.year != self.published.year):
                    # "closed this afternoon with the adoption of ...": the day of the text
                    today = language.TODAY_RE.search(s)
                    d["dates"].setdefault(self.published, set()).add(
                        (base + today.start(), base + today.end()))
                elif closing is None and self.published and not (
                        summit and summit.year and summit.year != self.published.year):
                    # "wurde am Samstag unterzeichnet": that weekday in the release's week
                    for m in re.finditer(r"\w+", s):
                        weekday = language.WEEKDAYS.get(m.group(0).lower())
                        if weekday is not None and not language.TIME_RELATION_RE.search(s):
                            back = (self.published.weekday() - weekday) % 7
                            d["dates"].setdefault(self.published - timedelta(days=back),
                                                  set()).add((base + m.start(), base + m.end()))
                            break
        for hit in self.tools.matchers.venues_anywhere(s, base):
            d["venue"] = d["venue"] or (hit.slug, (hit.start, hit.end))
        # signatories: people who sign, and cities listed as signing
        sign = language.SIGN_RE.search(s)
        for person in finder.mentions:
            if not person.slug or not (base <= person.start < base + len(s)):
                continue
            gap = base + sign.start() - person.end
            if 0 <= gap <= 60 and "." not in self.text[person.end:base + sign.start()]:
                for (p, role, agent), (_, _, spans) in mandates.items():
                    if p == person.slug and agent.startswith("city/"):
                        d["signatories"].setdefault(agent[5:], set()).update(
                            [(person.start, person.end), (base + sign.start(), base + sign.end())])
        # "Les délégations de X, Y et Z ont signé ...": cities written before the verb
        self._signatory_cities(sentence, finder, summits, d, upto=sign.start(),
                               place_words=r"in|im|à|at|nach|after|après", lookback=6)
        if language.SIGNATORY_RE.search(s) or self._city_list_after(sentence, sign.end()):
            self._signatory_cities(sentence, finder, summits, d, upto=len(s),
                                   place_words=r"in|im|à|at", lookback=4)

    def _city_list_after(self, sentence: Sentence, pos: int) -> bool:
        """Whether a list of at least two cities follows ``pos`` in the sentence ("signed:
        A, B and C", "Unterzeichnet haben ... A, B und C"): the verb's subjects or objects."""
        s = sentence.text
        count = 0
        for m in re.finditer(r"[A-ZÄÖÜÉ][\w'’-]*", s[pos:]):
            start = pos + m.start()
            if not _in_list(s, start):
                continue
            found = self.tools.matchers.city_at(s, start, geonames=True)
            if found:
                count += 1
                if count >= 2:
                    return True
        return False

    def _signatory_cities(self, sentence: Sentence, finder: PeopleFinder, summits, d: dict, *,
                          upto: int, place_words: str, lookback: int) -> None:
        """Cities named in the sentence before ``upto`` that sign: not inside a declaration's
        or a person's name, and not a place ("in X", "nach X") where something happened."""
        s, base = sentence.text, sentence.start
        names = [(m.start, m.end) for m in
                 events.declaration_mentions(sentence, self.tools.matchers, self.gaz, summits)]
        dateline = events.dateline_end(sentence)
        for m in re.finditer(r"[A-ZÄÖÜÉ][\w'’-]*", s[:upto]):
            if m.start() < dateline:
                continue  # "X, Germany, Sept 1 (Agency) - ...": where the text was written
            found = self.tools.matchers.city_at(s, m.start(), geonames=_in_list(s, m.start()))
            if not found or found[2] > upto:
                continue
            entry, start, end = found
            start, end = base + start, base + end
            if any(a <= start < b for a, b in names) or any(
                    p.start <= start < p.end for p in finder.mentions) or _names_declaration(
                    self.text, start, end):
                continue
            if re.search(rf"(?i)\b(?:{place_words})\s$", self.text[max(0, start - lookback):start]):
                continue
            self.add_city(entry, (start, end))
            d["signatories"].setdefault(entry.slug, set()).add((start, end))

    # ------------------------------------------------------------------ partners
    def _partnerships(self, main: str | None) -> list[tuple]:
        if not main:
            return []
        by_half: dict[str, list[partners.PartnerClause]] = defaultdict(list)
        for region in self.regions:
            if region.kind != "body":
                continue
            for sentence in self.sentences[region]:
                by_half[region.language] += partners.partner_clauses(
                    sentence, self.tools.partners, self.tools.matchers)
        english = by_half.get("en", [])
        keys = []
        for half, clauses in by_half.items():
            for clause in clauses:
                counterpart = None
                if half != "en":
                    same = [c for c in english if c.role == clause.role]
                    index = [c for c in clauses if c.role == clause.role].index(clause)
                    if index < len(same) and len(same[index].items) == len(clause.items):
                        counterpart = same[index]
                for n, item in enumerate(clause.items):
                    slug = item.slug
                    name = item.name
                    other = counterpart.items[n] if counterpart else None
                    if item.is_place or (other is not None and other.is_place):
                        continue
                    if slug is None and other is not None:
                        slug = other.slug
                        name = other.name
                    if slug is None:
                        slug = slugify(name)
                        self.org_labels.setdefault(slug, name)
                    key = ("partnership", slug, clause.role, main)
                    self.facts.add(key, (item.start, item.end),
                                   (clause.role_start, clause.role_end))
                    self.facts.add(("org", slug), (item.start, item.end))
                    keys.append(key)
        return keys

    # ------------------------------------------------------------------ figures
    def _figures(self, main: str | None, summits) -> list[FigureFact]:
        if not main:
            return []
        values: dict[tuple[str, int], set] = defaultdict(set)
        by_group: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for sentence in self.all_sentences(("body", "caption", "subheadline")):
            for what, value, span in events.figures_in(sentence):
                values[(what, value)].add(span)
                by_group[f"{sentence.region.kind}:{sentence.language}"][what].add(value)
        bodies = [g for g in by_group if g.startswith("body")]
        if len(bodies) == 2:
            for what in set(by_group[bodies[0]]) & set(by_group[bodies[1]]):
                if by_group[bodies[0]][what] != by_group[bodies[1]][what]:
                    self.warnings.append(
                        f"the halves report different figures for {what}: "
                        f"{sorted(by_group[bodies[0]][what])} / "
                        f"{sorted(by_group[bodies[1]][what])}")
        return [FigureFact(main, what, value, tuple(Span(s, e) for s, e in sorted(spans)))
                for (what, value), spans in sorted(values.items())]

    # ------------------------------------------------------------------ attendance
    def _took_place(self, info: events.SummitInfo) -> bool:
        if self.published is None:
            return False
        entry = self.gaz.summits.get(info.slug)
        start = info.start or (entry.start if entry else None)
        if start:
            return start <= self.published
        return bool(info.year and info.year < self.published.year)

    def _attendance(self, finder, summits, main, took_place, author, photographers
                    ) -> dict[tuple[str, str], set]:
        found: dict[tuple[str, str], set] = defaultdict(set)
        if not main:
            return found
        excluded = {author, *photographers}
        elsewhere: set[tuple[str, str]] = set()
        placed: set[tuple[str, str]] = set()
        for mention in finder.mentions:
            if not mention.slug or mention.slug in excluded or language.CONTACT_LABEL_RE.search(
                    self.text[max(0, mention.start - 40):mention.start]) or \
                    self._represented(mention):
                continue
            summit = main
            sentence_summits = set()
            for info in summits.values():
                for m in info.mentions:
                    if m.sentence.start <= mention.start < m.sentence.end and (m.ordinal or
                                                                               m.year):
                        sentence_summits.add(info.slug)
            if sentence_summits and main not in sentence_summits:
                summit = sorted(sentence_summits)[0]
            if took_place.get(summit):
                # while the summit is on, "X will speak on Sunday" does not yet place X there;
                # any mention in the past or present does
                if self._during(summits[summit]) and self._future_only(mention):
                    continue
                if self._dated_elsewhere(mention, summits[summit]):
                    elsewhere.add((summit, mention.slug))
                    continue
                if mention.region.kind != "caption":
                    placed.add((summit, mention.slug))
                found[(summit, mention.slug)].add((mention.start, mention.end))
        # the text puts them at another date: a photo without a date does not place them back
        for key in elsewhere - placed:
            found.pop(key, None)
        return found

    def _group_cities(self, info: events.SummitInfo, finder: PeopleFinder
                      ) -> list[tuple[CityEntry, tuple[int, int]]]:
        """Cities listed as members of a group that takes part ("Delegationen aus X und Y",
        "the cities represented ... They include metropolises such as X and Y")."""
        entry = self.gaz.summits.get(info.slug)
        start = info.start or (entry.start if entry else None)
        end = info.end or (entry.end if entry else None) or start
        people = [(m.start, m.end) for m in finder.mentions]
        found: list[tuple[CityEntry, tuple[int, int]]] = []
        for region in self.regions:
            if region.kind not in ("body", "headline", "subheadline"):
                continue
            group_open = False
            for sentence in self.sentences[region]:
                s = sentence.text
                here = language.PARTICIPANT_GROUP_RE.search(s)
                colon_list = language.CITY_GROUP_LIST_RE.search(s)
                if colon_list and not here:
                    # the list after the colon
                    here, origin = colon_list, s.rfind(":", 0, colon_list.end())
                elif here:
                    origin = here.start()
                elif group_open and language.ANAPHORIC_LIST_RE.match(s):
                    origin = 0
                else:
                    group_open = False
                    continue
                group_open = bool(here)
                if language.FUTURE_RE.search(s) or language.ANNOUNCED_RE.search(s) or (
                        start and self._year_elsewhere(s, start, end)):
                    continue
                for cue in language.PARTICIPANT_LIST_CUE_RE.finditer(s, origin):
                    for entry_, a, b in self._city_list(s, cue.end()):
                        span = (sentence.start + a, sentence.start + b)
                        if not any(p <= span[0] < q for p, q in people):
                            found.append((entry_, span))
        return found

    def _city_list(self, s: str, pos: int) -> list[tuple[CityEntry, int, int]]:
        """The cities of a list that starts at ``pos``: 'X, Y und Z', 'X and Y'."""
        items = []
        found = self.tools.matchers.city_after(s, pos, max_tokens=2)
        while found:
            items.append(found)
            nxt = re.match(rf"\s*(?:,\s*(?:{language.LIST_JOINERS})?|[•·–—-]|"
                           rf"(?:{language.LIST_JOINERS}))\s*(?:(?:{language.LIST_JOINERS})\s*)?",
                           s[found[2]:])
            if not nxt or not nxt.group(0).strip():
                break
            found = self.tools.matchers.city_at(s, found[2] + nxt.end())
        return items

    def _represented(self, mention: PersonMention) -> bool:
        """'Mme X y représentait la mairesse, Mme Y': the person stood in for is not there."""
        head = self.text[max(0, mention.start - 80):mention.start]
        verb = None
        for verb in language.REPRESENTING_RE.finditer(head):
            pass
        return bool(verb) and not re.search(r"[.;]", head[verb.end():])

    def _during(self, info: events.SummitInfo) -> bool:
        entry = self.gaz.summits.get(info.slug)
        end = info.end or (entry.end if entry else None)
        return bool(self.published and end and self.published < end)

    def _dated_elsewhere(self, mention: PersonMention, info: events.SummitInfo) -> bool:
        """True when the sentence of this mention dates what it tells outside the summit's
        days ('visited the city hall on 12 May 2022'): no place at the summit."""
        entry = self.gaz.summits.get(info.slug)
        start = info.start or (entry.start if entry else None)
        end = info.end or (entry.end if entry else None) or start
        if start is None:
            return False
        if mention.region.kind == "caption" and language.ARCHIVE_RE.search(mention.region.text):
            return True  # an archive photo shows another day
        for sentence in self.sentences.get(mention.region, ()):
            if sentence.start <= mention.start < sentence.end:
                found = events.dates_of(sentence, self.published)
                if found:
                    return all(d.last < start or d.first > end for d in found)
                return self._year_elsewhere(sentence.text, start, end)
        return False

    @staticmethod
    def _year_elsewhere(text: str, start, end) -> bool:
        """'Bereits im Mai 2016 war X zu Gast': a year, alone or with its month, that lies
        outside the summit's days. A sentence that speaks of a summit ("der zweite Gipfel nach
        X in 2015") dates that summit, not the person."""
        if language.SUMMIT_RE.search(text):
            return False
        years = []
        for m in language.YEAR_ADVERBIAL_RE.finditer(text):
            month = m.group("month")
            if month and month.lower() not in language.MONTHS:
                continue
            year = int(m.group("year"))
            number = language.MONTHS.get((month or "").lower())
            if number:
                outside = (year, number) < (start.year, start.month) or \
                    (year, number) > (end.year, end.month)
            else:
                outside = year < start.year or year > end.year
            years.append(outside)
        return bool(years) and all(years)

    def _future_only(self, mention: PersonMention) -> bool:
        """True when the sentence of this mention speaks of the future."""
        for sentence in self.sentences.get(mention.region, ()):
            if sentence.start <= mention.start < sentence.end:
                return bool(language.FUTURE_RE.search(sentence.text))
        return False

    # ------------------------------------------------------------------ quotes and photos
    def _quotes(self, finder) -> list[QuoteFact]:
        quotes = []
        for region in self.regions:
            if region.kind != "body":
                continue
            text = region.text
            marks = [m.start() for m in re.finditer(r"[\"“”„«»]", text)]
            n = 0
            while n + 1 < len(marks):
                a, b = marks[n], marks[n + 1]
                inner = text[a + 1:b]
                if (text[a + 1:a + 2].isspace() and text[a] != "«") or text[a] in "”»":
                    n += 1  # a closing mark: the export lost an opening one; pair again
                    continue
                n += 2
                said = _ATTRIBUTION.search(inner)
                if said:
                    # '"X, sagte Y. "Z ...': the closing mark was lost; the quotation ends
                    # before the attribution, and the next mark opens the next speaker's
                    b = a + 1 + said.start()
                    inner = text[a + 1:b]
                    n -= 1
                if len(inner.split()) < 6:
                    continue  # a quoted name or title, not a quotation
                start = region.start + a + 1 + (len(inner) - len(inner.lstrip()))
                end = region.start + b - (len(inner) - len(inner.rstrip()))  # « X »: no spaces
                quotes += self._quotations_between(finder, region, start, end)
        counts = defaultdict(int)
        for region in self.regions:
            if region.kind == "body":
                counts[region.language] += 0
        for quote in quotes:
            counts[quote.language] += 1
        if len(counts) == 2 and len(set(counts.values())) == 2:
            self.warnings.append("the halves state different numbers of quotations: " + ", ".join(
                f"{language_code} {count}" for language_code, count in sorted(counts.items())))
        return quotes

    def _quotations_between(self, finder, region: Region, start: int, end: int
                            ) -> list[QuoteFact]:
        """The quotation between one pair of marks, or two when the pair holds the words of
        two speakers (one attributed before it, another after it)."""
        parts = quotation_parts(self.text, start, end, region.start)
        speakers = [self._speaker(finder, region, a, b) for a, b in parts]
        if len(parts) > 1 and (None in speakers or len(set(speakers)) == 1):
            parts, speakers = [(start, end)], [self._speaker(finder, region, start, end)]
        return [QuoteFact(person, region.language, Span(a, b))
                for (a, b), person in zip(parts, speakers, strict=True) if person]

    def _speaker(self, finder, region: Region, start: int, end: int) -> str | None:
        before = self.text[max(region.start, start - 160):start]
        if re.search(r":\s*[\"“„]?$", before):
            candidates = [m for m in finder.mentions if m.slug and start - 160 <= m.end <= start]
            if candidates:
                return candidates[-1].slug
        after = self.text[end:end + 160]
        verb = re.match(rf"^[\"“”]?\s*,?\s*(?:{language.QUOTE_VERBS})\b", after)
        if verb:
            candidates = [m for m in finder.mentions if m.slug and end < m.start <= end + 160]
            if candidates:
                return candidates[0].slug
        candidates = [m for m in finder.mentions
                      if m.slug and region.start <= m.end <= start and start - m.end < 400]
        return candidates[-1].slug if candidates else None

    def _photos(self, finder, photographers: dict[int, str], main, took_place) -> list[PhotoFact]:
        photos = []
        for n, image in enumerate(self.release.images):
            span = image.caption.span
            depicts = tuple(dict.fromkeys(m.slug for m in finder.mentions
                                          if m.slug and span.start <= m.start < span.end))
            event = None
            if main and took_place.get(main) and re.search(
                    rf"(?i)(?:{language.SUMMIT_WORDS}|deleg|{language.DECLARATION_WORDS})",
                    image.caption.text):
                event = main
            photos.append(PhotoFact(image.url, photographers.get(n), depicts, span, event))
        return photos

    def _summit_words(self, info: events.SummitInfo, sentences: tuple[Span, ...]
                      ) -> tuple[tuple[str, tuple[Span, ...]], ...]:
        """The words that state a summit's dates, host and ordinal: each value's words and the
        summit's name in the same sentence, not every mention of the event."""
        named = [(m.start, m.end) for m in info.mentions]
        hosts = [m.host_span for m in info.mentions if m.host_span]
        ordinals = [(m.start, m.end) for m in info.mentions if m.ordinal is not None]
        return (("date", words_stating(self.date_words.get(info.slug, ()), named, sentences)),
                ("host", words_stating(hosts, named, sentences)),
                ("ordinal", words_stating(ordinals, (), sentences)))

    @staticmethod
    def _summits_named_in(sentence: Sentence, summits) -> list[str]:
        return [info.slug for info in summits.values() for m in info.mentions
                if m.sentence is sentence and (m.ordinal or m.year)]

    def _declaration_label(self, slug: str, d: dict) -> str:
        """A declaration the reference data does not know: its name as the release writes it,
        English preferred."""
        written = sorted(self.text[s:e] for s, e in d["spans"] if e > s)
        english = [w for w in written if re.search(r"Declaration", w)]
        return (english or written or [f"Declaration {slug}"])[0].strip('"“”„ ')

    # ------------------------------------------------------------------ assembling
    def _facts(self, people, author, publisher, mandate_facts, summits, declarations,
               partnership_keys, figures, quotes, photos) -> ReleaseFacts:
        f = self.facts
        persons = tuple(PersonFact(slug, people[slug]["name"], people[slug]["honorific"],
                                   f.evidence(("person", slug)))
                        for slug in sorted(people))
        for info in summits.values():
            f.add(("summit", info.slug), *info.evidence)
        cities = []
        for key in f.keys("city"):
            entry = self.city_entries[key[1]]
            cities.append(CityFact(entry.slug, entry.label, entry.country_iso,
                                   entry.country_label, entry.wikidata, entry.geonames,
                                   f.evidence(key)))
        orgs = []
        for key in f.keys("org"):
            slug = key[1]
            entry = self.gaz.orgs.get(slug)
            label = entry.label if entry else self.org_labels.get(slug, slug)
            orgs.append(OrganisationFact(slug, label, bool(entry and entry.is_network),
                                         f.evidence(key)))
        venues = []
        for key in f.keys("venue"):
            entry = self.gaz.venues[key[1]]
            if entry.city:
                venues.append(VenueFact(entry.slug, entry.label, entry.city, f.evidence(key)))
        sentences = sentence_spans(self.sentences)
        summit_facts = []
        for info in summits.values():
            summit_facts.append(SummitFact(info.slug, info.label, info.ordinal, info.host,
                                           info.start, info.end, (),
                                           f.evidence(("summit", info.slug)),
                                           self._summit_words(info, sentences)))
        declaration_facts = []
        for slug, d in declarations.items():
            when = None
            date_spans: set[tuple[int, int]] = set()
            spans = set(d["spans"])
            if len(d["dates"]) == 1:
                when, date_spans = next(iter(d["dates"].items()))
                spans |= date_spans
            elif len(d["dates"]) > 1:
                self.warnings.append(f"the release gives {len(d['dates'])} dates for the "
                                     f"signing of {slug}: {sorted(map(str, d['dates']))}")
            venue = d["venue"][0] if d["venue"] else None
            if d["venue"]:
                spans.add(d["venue"][1])
            entry = self.gaz.declarations.get(slug)
            label = entry.label if entry and entry.label else self._declaration_label(slug, d)
            if when and self.published and when > self.published:
                # a signing dated after the release is an announcement, not a fact
                when, venue, d["signatories"] = None, None, {}
            words = (("summit", tuple(Span(a, b) for a, b in sorted(d["spans"]) if b > a)),
                     ("date", words_stating(date_spans if when else (), d["spans"], sentences)),
                     ("venue", words_stating([d["venue"][1]] if venue else (), d["spans"],
                                             sentences)),
                     *((f"signatory {city}", words_stating(city_spans, d["spans"], sentences))
                       for city, city_spans in sorted(d["signatories"].items())))
            declaration_facts.append(DeclarationFact(
                slug, label, d["summit"], when, venue, tuple(sorted(d["signatories"])),
                tuple(Span(s, e) for s, e in sorted(spans)), words))
            for city, city_spans in d["signatories"].items():
                entry_city = self.gaz.cities_by_slug.get(city) or self.city_entries.get(city)
                if entry_city:
                    self.add_city(entry_city, *city_spans)
        # cities may have grown through signatories
        if len(f.keys("city")) != len(cities):
            cities = []
            for key in f.keys("city"):
                entry = self.city_entries[key[1]]
                cities.append(CityFact(entry.slug, entry.label, entry.country_iso,
                                       entry.country_label, entry.wikidata, entry.geonames,
                                       f.evidence(key)))
        partnerships = tuple(PartnershipFact(k[1], k[2], k[3], f.evidence(k))
                             for k in dict.fromkeys(partnership_keys))
        attendance = tuple(AttendanceFact(k[1], k[2], f.evidence(k))
                           for k in f.keys("attendee"))
        participation = tuple(ParticipationFact(k[1], k[2], f.evidence(k))
                              for k in f.keys("participant"))
        memberships = tuple(MembershipFact(k[1], k[2], k[3], f.evidence(k))
                            for k in f.keys("membership"))
        mentions = sorted({f"person/{p.slug}" for p in persons}
                          | {f"city/{c.slug}" for c in cities}
                          | {f"org/{o.slug}" for o in orgs}
                          | {f"summit/{s.slug}" for s in summit_facts}
                          | {f"declaration/{d.slug}" for d in declaration_facts}
                          | {f"venue/{v.slug}" for v in venues})
        return ReleaseFacts(
            release=self.release, published=self.published, author=author,
            publisher=publisher, persons=persons, cities=tuple(cities),
            organisations=tuple(orgs), venues=tuple(venues),
            mandates=tuple(sorted(mandate_facts, key=lambda m: (m.person, m.role, m.agent))),
            summits=tuple(summit_facts), declarations=tuple(declaration_facts),
            partnerships=partnerships, attendance=attendance, participation=participation,
            memberships=memberships, quotes=tuple(quotes), photos=tuple(photos),
            figures=tuple(figures), mentions=tuple(mentions), sentences=sentences,
            warnings=tuple(dict.fromkeys(self.warnings)))


def extract_facts(release: Release, gazetteer: Gazetteer) -> ReleaseFacts:
    """Everything one release states, with evidence spans into ``release.text``."""
    return _Extraction(release, gazetteer).run()
