"""Profiles: what a summit, city, person or declaration page shows first, as answers rather
than a table of statements (which follows, complete, as "All statements").

Each profile is built from the resource's description (already at hand) and a few fixed
queries about that one resource (its IRI checked by :func:`iri_ref`, never a reader's text);
the values are plain data for the templates ``profile_{kind}.html``.

The profiles live by kind: :mod:`.events` (summits), :mod:`.places` (cities, organisations,
declarations), :mod:`.people` (people, photos, quotations), on the parts in :mod:`.parts`.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from rdflib import URIRef
from rdflib.namespace import PROV, RDF

from ltgraph.store.base import Description
from ltgraph.terms import LT
from ltgraph.web.ui.common import Shown, iri_ref
from ltgraph.web.ui.evidence import source_of
from ltgraph.web.ui.profiles.events import summit
from ltgraph.web.ui.profiles.parts import Labels, Profile, say
from ltgraph.web.ui.profiles.people import person, photo, quotation
from ltgraph.web.ui.profiles.places import city, declaration, organisation

BUILDERS: dict[URIRef, Callable[[Description, Labels, str], Profile]] = {
    LT.Summit: summit, LT.City: city, LT.Person: person, LT.Declaration: declaration,
    LT.Photograph: photo, LT.Quotation: quotation, LT.Network: organisation,
    LT.Organisation: organisation,
}


def profile_of(description: Description, labels: Labels, lang: str) -> Profile | None:
    """The profile of a resource of a kind that has one (with the releases that speak of it
    as its sources); None otherwise."""
    types = {o for s, p, o, _ in description.outgoing if s == description.iri and p == RDF.type}
    for kind, build in BUILDERS.items():
        if kind in types:
            profile = build(description, labels, lang)
            profile.facts.append((say(lang, "Press releases", "Pressemitteilungen"),
                                  release_sources(description, lang)))
            profile.facts = [(name, values) for name, values in profile.facts if values]
            return profile
    return None


MOST_RELEASES = 12  # releases named in the key facts; the rest through a query


def release_sources(description: Description, lang: str) -> list[Shown]:
    """The releases whose graphs state something about the resource, by their headlines: the
    first :data:`MOST_RELEASES`, then how many more with a query that lists them all (a hub of
    a large dataset is spoken of in hundreds of releases)."""
    graphs = {g for *_, g in (*description.outgoing, *description.incoming)}
    found = {source_of(g, lang) for g in graphs}
    shown = sorted((Shown(src.title, src.href) for src in found if src.kind == "release"),
                   key=lambda s: s.key)
    if len(shown) <= MOST_RELEASES:
        return shown
    more = len(shown) - MOST_RELEASES
    text = f"… und {more} weitere" if lang == "de" else f"… and {more} more"
    return [*shown[:MOST_RELEASES], Shown(text, releases_query(str(description.iri)))]


def releases_query(iri: str) -> str:
    """The query page with a query that lists every release whose graph speaks of ``iri``."""
    ref = iri_ref(iri)
    text = (f"PREFIX prov: <{PROV}>\n"
            f"SELECT DISTINCT ?release WHERE {{ GRAPH ?graph {{ {{ {ref} ?p ?o }} UNION "
            f"{{ ?s ?p {ref} }} }} ?graph prov:wasDerivedFrom ?release }} ORDER BY ?release")
    return "/query?" + urlencode({"query": text})
