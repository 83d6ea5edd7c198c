"""Who a release names: the people ``ltgraph.extract.people`` finds in its sentences, the
author of the byline and the photographers of the credits, each resolved to one person.

A surname alone stands for the person named in full in the same release (or, failing that, in
the reference data); a misspelt or damaged name ("Jo?e", a letter off) for the one reference
person it can only be. Every mention gets the slug of its person, which later steps read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ltgraph import language
from ltgraph.extract.record_people import credited_mentions, record_mentions, shown_mentions
from ltgraph.extract.table_people import table_mentions
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.mention import PersonMention
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.text import Sentence
from ltgraph.slugs import slugify

__all__ = ["Credits", "NamedPerson", "credited_people", "find_people", "resolve_people"]


@dataclass
class NamedPerson:
    """A person of the release: the full names it writes, an honorific, the spans naming them;
    ``name`` is the reference name or the best spelling the release gives."""

    names: list[str] = field(default_factory=list)
    honorific: str | None = None
    spans: set[tuple[int, int]] = field(default_factory=set)
    name: str = ""


@dataclass(frozen=True)
class Credits:
    """The author of the byline and the photographer of each image (by index), as slugs."""

    author: str | None
    photographers: dict[int, str]


def people_of_sentence(ctx: ReleaseContext, finder: PeopleFinder, sentence: Sentence) -> None:
    """Reading names is the most heuristic step and meets every shape of text: a sentence it
    cannot read costs that sentence's people and a warning naming where, never the release."""
    kept = len(finder.mentions)
    try:
        finder.find_in_sentence(sentence, ctx.text)
    except Exception as err:  # noqa: BLE001 - one unreadable sentence must not lose the release
        del finder.mentions[kept:]
        ctx.warnings.append(f"the sentence at character {sentence.start} could not be read for "
                            f"people ({type(err).__name__}: {err}); its people are left out")


def find_people(ctx: ReleaseContext, publisher: str | None) -> PeopleFinder:
    """Every person mention of the release, one per place (the one with most roles)."""
    finder = PeopleFinder(ctx.gaz, ctx.tools.matchers, ctx.tools.roles, publisher)
    for _ in range(2):  # the second pass finds surnames of people named in full later
        for region in ctx.regions:
            if region.kind == "caption":
                for sentence in ctx.sentences[region]:
                    finder.find_in_caption(sentence)
            else:
                for sentence in ctx.sentences[region]:
                    people_of_sentence(ctx, finder, sentence)
        finder.mentions.extend(table_mentions(ctx, finder))
        finder.mentions.extend(record_mentions(ctx, finder))
        finder.mentions.extend(shown_mentions(ctx, finder))
        finder.mentions.extend(credited_mentions(ctx, finder))
        unique: dict[tuple[int, int], PersonMention] = {}
        for mention in finder.mentions:
            kept = unique.get((mention.start, mention.end))
            if kept is None or len(mention.roles) > len(kept.roles):
                unique[(mention.start, mention.end)] = mention
        # a name read whole in the second pass drops the run read in the first one with the
        # words after it ("Mayor X Joins World Mayors" once "Y X" is named further on)
        for mention in list(unique.values()):
            if any(o.start == mention.start and o.end < mention.end
                   and finder.is_known_name(o.raw) for o in unique.values()) and \
                    " " in mention.raw and not finder.gaz.person_slug(mention.raw):
                del unique[(mention.start, mention.end)]
        # a mention inside a longer one at the same place is the same person
        ordered = sorted(unique.values(), key=lambda m: (m.start, -(m.end - m.start)))
        finder.mentions = []
        for mention in ordered:
            if finder.mentions and mention.start < finder.mentions[-1].end:
                continue
            finder.mentions.append(mention)
    return finder


def resolve_people(ctx: ReleaseContext, finder: PeopleFinder) -> dict[str, NamedPerson]:
    """Person slug -> the person; sets ``slug`` on every mention that names one."""
    people: dict[str, NamedPerson] = {}
    full = [m for m in finder.mentions if " " in m.raw]
    for mention in finder.mentions:
        raw = mention.raw
        if " " not in raw:  # a surname: the person named in full, here or in the reference
            owners = {_slug_for(ctx, m.raw, full) for m in full if m.raw.split()[-1] == raw}
            if not owners and finder.reference_surname(raw):
                owners = {finder.reference_surname(raw)}
            if len(owners) != 1:
                continue
            slug = owners.pop()
        else:
            slug = _slug_for(ctx, raw, full)
        mention.slug = slug
        person = people.setdefault(slug, NamedPerson())
        if " " in raw:
            person.names.append(raw)
        if mention.honorific and not person.honorific:
            person.honorific = mention.honorific
        person.spans.add((mention.start, mention.end))
    for slug, person in people.items():
        entry = ctx.gaz.persons.get(slug)
        if entry:
            person.name = entry.name
            person.honorific = person.honorific or entry.honorific
        else:
            person.name = best_spelling(person.names or [slug])
    return people


def credited_people(ctx: ReleaseContext, people: dict[str, NamedPerson]) -> Credits:
    """The author and the photographers, added to ``people``: persons of the release, though
    never attendees for being credited."""
    release = ctx.release
    extra: dict[str, NamedPerson] = {}
    author = None
    if release.byline:
        name = release.byline.author_name
        author = ctx.gaz.person_slug(name) or slugify(name)
        extra.setdefault(author, NamedPerson(names=[name])).spans.add(
            (release.byline.author.span.start, release.byline.author.span.end))
    photographers = {}
    for n, image in enumerate(release.images):
        if image.photographer and len(image.photographer.text.split()) >= 2 and \
                _is_person_name(ctx, image.photographer.text):
            name = image.photographer.text.strip()
            slug = ctx.gaz.person_slug(name) or slugify(name)
            photographers[n] = slug
            extra.setdefault(slug, NamedPerson(names=[name])).spans.add(
                (image.photographer.span.start, image.photographer.span.end))
    for slug, person in extra.items():
        target = people.setdefault(slug, NamedPerson())
        target.names += person.names
        target.spans |= person.spans
        entry = ctx.gaz.persons.get(slug)
        target.name = entry.name if entry else best_spelling(target.names)
        if entry and not target.honorific:
            target.honorific = entry.honorific
    return Credits(author, photographers)


def best_spelling(names: list[str]) -> str:
    """The spelling with the most letters beyond ASCII, never one with a '?' in it."""
    clean = [n for n in names if "?" not in n] or [n.replace("?", "") for n in names]
    return max(clean, key=lambda n: (sum(1 for c in n if ord(c) > 127), len(n), n))


def _is_person_name(ctx: ReleaseContext, name: str) -> bool:
    """A credit names a person, not an institution ('Landeshauptstadt X', 'Ville de X')."""
    words = name.split()
    if any(w.lower().strip(".,") in language.INSTITUTION_WORDS for w in words):
        return False
    return not any(ctx.gaz.city(w, reference_only=True) or ctx.gaz.is_country(w)
                   for w in words) and not ctx.tools.matchers.org_of(name.strip())


def _slug_for(ctx: ReleaseContext, raw: str, full: list[PersonMention]) -> str:
    slug = ctx.gaz.person_slug(raw) or _reference_spelling(ctx, raw) or \
        _reference_short_form(ctx, raw)
    if slug:
        return slug
    if "?" in raw:
        pattern = re.compile("^" + re.escape(raw).replace(r"\?", ".") + "$", re.IGNORECASE)
        for person in ctx.gaz.persons.values():
            if any(pattern.match(n) for n in person.names):
                return person.slug
        spellings = [m.raw for m in full if "?" not in m.raw and pattern.match(m.raw)]
        if spellings:
            return slugify(best_spelling(spellings))
        return slugify(raw.replace("?", ""))
    return slugify(raw)


def _reference_short_form(ctx: ReleaseContext, raw: str) -> str | None:
    """The one reference person whose full civil name this is without its middle names
    ("X Z" for "X Y Z"): the usual name of a person the reference data knows in full."""
    words = raw.split()
    if len(words) < 2 or "?" in raw:
        return None
    found = {person.slug for person in ctx.gaz.persons.values() for name in person.names
             if len(name.split()) > len(words) and name.split()[:len(words) - 1] == words[:-1]
             and name.split()[-1] == words[-1]}
    return found.pop() if len(found) == 1 else None


def _reference_spelling(ctx: ReleaseContext, raw: str) -> str | None:
    """The one reference person a misspelt name stands for ("X Y" written "X Yo"): as many
    words, one of them written alike, and the whole name nearly so (a letter or two)."""
    words = raw.split()
    if len(words) < 2 or "?" in raw:
        return None
    found = set()
    for person in ctx.gaz.persons.values():
        for name in person.names:
            other = name.split()
            if len(other) != len(words) or not (set(other) & set(words)):
                continue
            if SequenceMatcher(None, raw.lower(), name.lower()).ratio() >= 0.88:
                found.add(person.slug)
    return found.pop() if len(found) == 1 else None
