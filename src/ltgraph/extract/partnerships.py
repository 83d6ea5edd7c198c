"""Partnerships and memberships: organisations that sponsor or support the summit a release
reports on, and cities that are members of a network it names.

Partner clauses are found by ``ltgraph.extract.partners`` in each body; a German or French
clause is paired with the English clause of the same role, so a partner the other half names in
English takes that half's name, and an item either half shows to be a place is no partner.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ltgraph.extract import cities, partners
from ltgraph.extract.context import Membership, Named, Partnership, ReleaseContext
from ltgraph.extract.memberships import membership_in, surroundings
from ltgraph.extract.passages import passage_summit
from ltgraph.extract.summits import Summits, summits_named_in
from ltgraph.model import MembershipFact, PartnershipFact
from ltgraph.slugs import slugify

# the most characters between a role and the summit that completes it ("of the", "des
# Gipfels", "du sommet de")
_ROLE_TO_SUMMIT = 30

__all__ = ["add_memberships", "membership_facts", "partnership_facts", "partnerships"]


def partnerships(ctx: ReleaseContext, summits: Summits) -> list[Partnership]:
    """The partnerships with the summits the release speaks of, added to the facts: each
    clause's summit is the one its sentence names, else the one the nearest sentence before it
    in its paragraph names ("The second summit took place in X. Y and Z were the main
    sponsors."), else the summit the release reports on. A release that reports on no one
    summit (an annual report, a chronicle) ties a clause that names none to the latest of the
    summits its text has named so far, as the summit a report's section is about comes after
    those it recalls ("Nach der ersten Konferenz 2015 ...", then "Hauptsponsoren: X, Y" under
    "Förderer und Partner"); a clause before any summit is named is no partnership."""
    by_half: dict[str, list[tuple[partners.PartnerClause, str]]] = defaultdict(list)
    people = {k.slug for k in ctx.facts.named("person")}
    seen: list[str] = []  # the summits named so far (slugs lead with the year)
    # a clause in a passage set off by a heading is tied to what the passage speaks of
    named_sentences = [(s.start, s.end, set(summits_named_in(s, summits)))
                       for s in ctx.all_sentences(("body",))]
    known = {slug: (entry.host, entry.year) for slug, entry in ctx.gaz.summits.items()}
    for region in ctx.regions:
        if region.kind != "body":
            continue
        previous = None
        told = summits.main
        for sentence in ctx.sentences[region]:
            if summits.main and previous is not None and \
                    ctx.text.find("\n\n", previous.end, sentence.start) >= 0:
                told = summits.main  # a new paragraph
            named = summits_named_in(sentence, summits)
            seen += named
            before = told
            if named:
                told = summits.main if summits.main in named else sorted(named)[0]
            elif not summits.main and seen:
                told = max(seen)
            for clause in partners.partner_clauses(sentence, ctx.tools.partners,
                                                   ctx.tools.matchers, previous):
                summit = passage_summit(
                    ctx, region, sentence.start, named_sentences, known, summits.main,
                    _clause_summit(ctx, sentence, summits, clause, told, before))
                if summit:
                    by_half[region.language].append((clause, summit))
            previous = sentence
    english = [clause for clause, _ in by_half.get("en", [])]
    keys = []
    for half, told_clauses in by_half.items():
        clauses = [clause for clause, _ in told_clauses]
        for clause, summit in told_clauses:
            counterpart = _english_counterpart(clause, clauses, english) if half != "en" \
                else None
            for n, item in enumerate(clause.items):
                slug = item.slug
                name = item.name
                other = counterpart.items[n] if counterpart else None
                if item.is_place or (other is not None and other.is_place):
                    continue
                if slug is None and other is not None:
                    slug = other.slug
                    name = other.name
                if slug is None and _generic_head(ctx, name):
                    # "Flughafen and Messe were main sponsors": the host city's own
                    slug = _host_institution(ctx, name, summit)
                    if slug is None:
                        continue  # a generic noun names no organisation
                if slug is None:
                    slug = slugify(name)
                    if _names_a_person(slug, people):
                        continue
                    ctx.org_labels.setdefault(slug, name)
                key = Partnership(slug, clause.role, summit)
                ctx.facts.add(key, (item.start, item.end), (clause.role_start, clause.role_end))
                ctx.facts.add(Named("org", slug), (item.start, item.end))
                keys.append(key)
    return keys


def _clause_summit(ctx: ReleaseContext, sentence, summits: Summits,
                   clause: partners.PartnerClause, told: str | None, before: str | None
                   ) -> str | None:
    """The summit of one partner clause: the sentence's, unless every summit the sentence
    names stands after the clause's last item behind a comma, in what describes the partner
    ("co-organised by X, the network created at the first summit, held in 2015"): that
    summit is the partner's past, and the clause keeps the summit told before the sentence."""
    if not clause.items:
        return told
    last = max(item.end for item in clause.items)

    def described(m) -> bool:
        """Named after the last item behind a comma, or an unqualified "the summit" whose
        year the sentence gives only there."""
        if m.start >= last:
            return "," in ctx.text[last:m.start] and not _of_the_role(ctx, clause, last, m)
        return not m.ordinal and str(m.year) not in ctx.text[sentence.start:last]

    own = [info.slug for info in summits.by_slug.values() for m in info.mentions
           if m.sentence is sentence and (m.ordinal or m.year) and not described(m)]
    if own:
        return summits.main if summits.main in own else sorted(own)[0]
    return before if summits_named_in(sentence, summits) else told


def _of_the_role(ctx: ReleaseContext, clause: partners.PartnerClause, last: int, mention
                 ) -> bool:
    """A summit that completes the role given after the partner ("X, main sponsor of the
    2019 summit", "X, Hauptsponsor des Gipfels 2019", "X, partenaire média du sommet de
    2019"): the role's own summit, not a past told of the partner, as no comma stands
    between the role and the summit."""
    return (last <= clause.role_start and clause.role_end <= mention.start
            and not re.search(r"[,;:(]", ctx.text[clause.role_end:mention.start])
            and mention.start - clause.role_end <= _ROLE_TO_SUMMIT)


def _generic_head(ctx: ReleaseContext, name: str) -> bool:
    """Whether a one-word partner name is the generic head of known organisations that a
    city's name makes a name ("Flughafen" of "Flughafen X", "Airport" of "X
    Airport", "Messe" of "Messe X"): written alone it is a common noun, no name."""
    return bool(_named_with_a_city(ctx, name))


def _host_institution(ctx: ReleaseContext, name: str, summit: str) -> str | None:
    """The one known organisation a generic head names with the summit's host city (a text
    on the summit in X calls Messe X "die Messe"), else none."""
    entry = ctx.gaz.summits.get(summit)
    found = {slug for slug, city in _named_with_a_city(ctx, name)
             if entry is not None and city == entry.host}
    return found.pop() if len(found) == 1 else None


_CITY_LINK = re.compile(r"(?i)^(?:(?:de|du|of|von)\s+|d['’]\s*)")


def _named_with_a_city(ctx: ReleaseContext, name: str) -> list[tuple[str, str]]:
    """The known organisations (slug, city slug) whose name is a one-word name and a city's
    name ("Messe" and "X", "Aéroport" and "de X")."""
    words = name.split()
    if len(words) != 1:
        return []
    word = words[0].casefold()
    found = []
    for org_name, slug in ctx.gaz.org_names.items():
        parts = org_name.split()
        if len(parts) < 2 or word not in (parts[0].casefold(), parts[-1].casefold()):
            continue
        rest = _CITY_LINK.sub("", " ".join(parts[1:] if parts[0].casefold() == word
                                           else parts[:-1]))
        city = ctx.gaz.city(rest, reference_only=True) if rest else None
        if city is not None:
            found.append((slug, city.slug))
    return found


def _names_a_person(slug: str, people: set[str]) -> bool:
    """A name read as an organisation that is a person the release names, alone or with the
    words after it ("Anna Lisa Boni, Secretary General"), or by the surname alone ("Boni is
    partner and managing director at X"): no partner."""
    return any(slug == p or slug.startswith(p + "-") or p.endswith("-" + slug)
               for p in people)


def _english_counterpart(clause: partners.PartnerClause, clauses: list[partners.PartnerClause],
                         english: list[partners.PartnerClause]
                         ) -> partners.PartnerClause | None:
    """The English clause of the same role at the same place among its half's clauses, when
    it lists as many items."""
    same = [c for c in english if c.role == clause.role]
    index = [c for c in clauses if c.role == clause.role].index(clause)
    if index < len(same) and len(same[index].items) == len(clause.items):
        return same[index]
    return None


def partnership_facts(ctx: ReleaseContext, keys: list[Partnership]
                      ) -> tuple[PartnershipFact, ...]:
    return tuple(PartnershipFact(k.organisation, k.role, k.summit, ctx.facts.evidence(k))
                 for k in dict.fromkeys(keys))


def add_memberships(ctx: ReleaseContext) -> None:
    """Cities the release says are members of a network it names ("member of X since 2016")."""
    release_networks = sorted({k.slug for k in ctx.facts.named("org")
                               if ctx.gaz.orgs.get(k.slug) and ctx.gaz.orgs[k.slug].is_network})
    publisher = cities.publisher(ctx)
    publisher_city = ctx.gaz.cities_by_slug.get(publisher[5:]) if publisher else None
    previous = None
    for sentence in ctx.all_sentences(("body", "caption")):
        around = surroundings(ctx.text, sentence, previous, ctx.tools.matchers, publisher_city)
        previous = sentence
        for clue in membership_in(sentence, ctx.tools.matchers, ctx.gaz, release_networks,
                                  ctx.published, around):
            ctx.add_city(clue.entry or ctx.gaz.cities_by_slug[clue.city], clue.spans[0])
            ctx.facts.add(Named("org", clue.network), clue.spans[1])
            ctx.facts.add(Membership(clue.city, clue.network, clue.since), *clue.spans)


def membership_facts(ctx: ReleaseContext) -> tuple[MembershipFact, ...]:
    return tuple(MembershipFact(k.city, k.network, k.since, ctx.facts.evidence(k))
                 for k in ctx.facts.of_type(Membership))
