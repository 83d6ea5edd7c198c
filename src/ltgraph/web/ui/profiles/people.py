"""The profiles of people and what shows or quotes them: a person (roles, summits, quotations,
photos), a photo (its caption in the release) and a quotation (its words where they stand)."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import FOAF
from rdflib.term import Node

from ltgraph.store.base import Description
from ltgraph.terms import LT, SCHEMA
from ltgraph.web.ui.common import Shown, iri_ref, rows, show_term
from ltgraph.web.ui.evidence import Quote
from ltgraph.web.ui.evidence import release_text as text_of_release
from ltgraph.web.ui.profiles.parts import (
    GALLERY,
    PHOTO_DETAILS,
    QUOTE_DETAILS,
    Entry,
    Labels,
    P,
    Profile,
    each_with_details,
    named,
    objects,
    period,
    photos_of,
    quote_of,
    say,
    text_of,
)


# -- person ------------------------------------------------------------------------------------
def person(description: Description, labels: Labels, lang: str) -> Profile:
    ref = iri_ref(str(description.iri))
    roles = rows(P + f"""SELECT DISTINCT ?role ?organisation ?label ?start ?end ?attested WHERE {{
      ?mandate org:member {ref} ; org:role ?role .
      OPTIONAL {{ ?mandate org:organization ?organisation }}
      OPTIONAL {{ ?mandate lt:roleLabel ?label }}
      OPTIONAL {{ ?mandate schema:startDate ?start }} OPTIONAL {{ ?mandate schema:endDate ?end }}
      OPTIONAL {{ ?mandate lt:attestedOn ?attested }}
    }}""")
    events = rows(P + f"""SELECT DISTINCT ?event ?date WHERE {{
      ?event schema:attendee {ref} . OPTIONAL {{ ?event schema:startDate ?date }} }}""")
    quotations = each_with_details("quote", f"?quote lt:quotedPerson {ref}", QUOTE_DETAILS)
    photos = each_with_details(
        "photo", f"{{ ?photo foaf:depicts {ref} }} UNION {{ ?photo schema:creator {ref} }}",
        PHOTO_DETAILS)
    profile = Profile("person")
    grouped_roles: dict[tuple[str, str], Entry] = {}
    for row in roles:
        key = (str(row["role"]), text_of(row.get("organisation")))
        entry = grouped_roles.setdefault(key, Entry(
            show_term(row["role"], labels, lang), "",
            named([row.get("organisation")], labels, lang), period(row, lang)))
        if row.get("label") is not None and text_of(row["label"]) not in entry.note \
                and text_of(row["label"]) != entry.shown.text:
            entry.note = ", ".join(filter(None, (entry.note, text_of(row["label"]))))
    profile.sections = {
        "roles": sorted(grouped_roles.values(), key=lambda e: (e.when, e.shown.key)),
        "events": [Entry(show_term(r["event"], labels, lang), when=text_of(r.get("date"))[:10])
                   for r in sorted(events, key=lambda r: text_of(r.get("date")))],
        "quotations": quotation_entries(quotations, labels, lang),
        "photos": photos_of(photos, labels, lang),
        "gallery": GALLERY,
    }
    return profile


@dataclass
class Quotation:
    shown: Shown
    words: str  # the words where the store has them, or the release text at the span
    language: str
    quote: Quote | None  # where it stands in the release


def quotation_entries(found: list[dict[str, Node]], labels: Labels,
                      lang: str) -> list[Quotation]:
    by_quote: dict[str, list[dict[str, Node]]] = {}
    for row in found:
        by_quote.setdefault(str(row["quote"]), []).append(row)
    result = []
    for iri, quote_rows in sorted(by_quote.items()):
        words = next((text_of(r["words"]) for r in quote_rows if r.get("words") is not None), "")
        where = quote_of(quote_rows, lang)
        if not words and where is not None and where.parts is not None:
            text = text_of_release(next(str(r["release"]) for r in quote_rows
                                        if r.get("release") is not None)) or ""
            spans = where.spans
            words = " … ".join(text[s:e] for s, e in spans)
        language = next((text_of(r["language"]) for r in quote_rows
                         if r.get("language") is not None), "")
        result.append(Quotation(show_term(URIRef(iri), labels, lang), words, language, where))
    return sorted(result, key=lambda q: q.shown.key)



# -- photo and quotation -----------------------------------------------------------------------
def _span_rows(description: Description) -> list[dict[str, Node]]:
    """The release spans of a photo's caption or a quotation, from its own document."""
    ref = iri_ref(str(description.iri))
    return rows(P + f"""SELECT DISTINCT ?release ?start ?end WHERE {{
      {ref} lt:span ?span . ?span lt:charStart ?start ; lt:charEnd ?end ; lt:spanOf ?release }}""")


def photo(description: Description, labels: Labels, lang: str) -> Profile:
    profile = Profile("photo")
    image = next((str(o) for o in objects(description, SCHEMA.contentUrl)), None)
    profile.facts = [
        (say(lang, "Shows", "Zeigt"), named(objects(description, FOAF.depicts), labels,
                                                 lang)),
        (say(lang, "Photographer", "Fotografiert von"),
         named(objects(description, SCHEMA.creator), labels, lang)),
        (say(lang, "Event", "Ereignis"),
         named(objects(description, SCHEMA.about), labels, lang)),
    ]
    profile.sections = {"caption": quote_of(_span_rows(description), lang),
                        "image": show_term(URIRef(image), {}, lang).href if image else None}
    return profile


def quotation(description: Description, labels: Labels, lang: str) -> Profile:
    profile = Profile("quotation")
    spans = _span_rows(description)
    found = quotation_entries([{**row, "quote": description.iri,
                                "words": next(iter(objects(description, SCHEMA.text)), None),
                                "language": next(iter(objects(description, SCHEMA.inLanguage)),
                                                 None)}
                               for row in spans or [{}]], labels, lang)
    profile.facts = [
        (say(lang, "Who", "Wer"), named(objects(description, LT.quotedPerson), labels,
                                            lang)),
    ]
    profile.sections = {"quotation": found[0] if found else None}
    return profile
