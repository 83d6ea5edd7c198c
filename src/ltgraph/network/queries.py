"""The SELECT queries every network is built from, written once for every kind of source.

Two kinds of question are asked:

* *who took part in what* (:func:`membership_query`): one row per member, event and the
  relation that links them. With a set of releases, each linking fact must be stated inside
  one of those releases' named graphs (provenance); the facts that only describe an event
  (which summit a declaration was adopted at, dates, labels) may come from any graph.
* *what is known about the nodes* (:func:`attribute_query`): types, labels, country codes,
  Wikidata links, dates and ordinals, network membership, and the mandates of people (role,
  city), one row per node, key and value, read from the union of all graphs.
* *which cities are members of a network* (:func:`member_query`), with the year they joined,
  for the member cities a graph keeps even when they shared no event with anyone.

The union of all graphs is the default graph of the project's endpoint, and the default graph
the file source queries, so the same text runs everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ltgraph.terms import LT, SCHEMA, release_graph, sparql_prefixes

MEMBERSHIP_VARIABLES = ("member", "event", "relation")
ATTRIBUTE_VARIABLES = ("node", "key", "value")
MEMBER_VARIABLES = ("member", "since")
RELEASE_VARIABLES = ("graph",)

# Which relation links a member to an event, per kind of member. A city takes part in a summit
# as participating city, host city, or signatory of a declaration adopted there; it is also
# linked to the declaration it signed. A person attends; an organisation is a partner or a
# co-organiser.
_CITY_BRANCHES = (
    ("?event lt:participatingCity ?member .", "", LT.participatingCity),
    ("?event lt:hostCity ?member .", "", LT.hostCity),
    ("?event lt:signatory ?member .", "", LT.signatory),
    ("?declaration lt:signatory ?member .", "?declaration lt:adoptedAt ?event .", LT.signatory),
)
_PERSON_BRANCHES = (
    ("?event schema:attendee ?member .", "", SCHEMA.attendee),
)
_ORGANISATION_BRANCHES = (
    ("?partnership lt:partner ?member ; lt:event ?event .", "", LT.partner),
    ("?event lt:coOrganiser ?member .", "", LT.coOrganiser),
)
BRANCHES = {
    "city": _CITY_BRANCHES,
    "person": _PERSON_BRANCHES,
    "organisation": _ORGANISATION_BRANCHES,
}

# The classes whose instances the graphs describe, and the kind each one gives a node.
CLASS_KINDS = {
    str(LT.City): "city",
    str(LT.Person): "person",
    str(LT.Organisation): "organisation",
    str(LT.Network): "organisation",
    str(LT.Summit): "summit",
    str(LT.Declaration): "declaration",
    str(LT.Role): "role",  # never a node: read for the labels of people's roles
}


def membership_query(member_kinds: Iterable[str], releases: Sequence[str] = ()) -> str:
    """Who took part in what, for the given kinds of member (``city``, ``person``, ...).

    ``releases`` are release slugs; when given, only linking facts stated in those releases'
    named graphs count.
    """
    branches = []
    for kind in member_kinds:
        for stated, context, relation in BRANCHES[kind]:
            branches.append(
                "  { " + _stated_in(stated, releases) + " " + context
                + f" BIND(<{relation}> AS ?relation) }}")
    return (sparql_prefixes()
            + "SELECT DISTINCT ?member ?event ?relation WHERE {\n"
            + "\n  UNION\n".join(branches)
            + "\n  FILTER(isIRI(?member) && isIRI(?event))\n}\n")


def _stated_in(pattern: str, releases: Sequence[str]) -> str:
    """``pattern`` as it must hold: anywhere, or inside one of the releases' named graphs."""
    if not releases:
        return pattern
    graphs = " ".join(f"<{release_graph(slug)}>" for slug in sorted(set(releases)))
    return f"VALUES ?g {{ {graphs} }} GRAPH ?g {{ {pattern} }}"


def attribute_query() -> str:
    """Everything the node attributes are made of, as (node, key, value) rows."""
    classes = " ".join(f"<{iri}>" for iri in sorted(CLASS_KINDS))
    facts = (
        ("type", "?node a ?value . FILTER(?value IN (" + ", ".join(
            f"<{iri}>" for iri in sorted(CLASS_KINDS)) + "))"),
        ("label", "?node rdfs:label ?value ."),
        ("label", "?node schema:name ?value ."),
        ("country", "?node lt:country/lt:isoCode ?value ."),
        ("sameAs", "?node schema:sameAs ?value ."),
        ("startDate", "?node schema:startDate ?value ."),
        ("dateCreated", "?node schema:dateCreated ?value ."),
        ("ordinal", "?node lt:ordinal ?value ."),
        ("endDate", "?node schema:endDate ?value ."),
        ("adoptedAt", "?node lt:adoptedAt ?value ."),
        ("prefLabel", "?node skos:prefLabel ?value ."),
        ("memberOf", "?membership org:member ?node ; org:organization ?value . "
                     "?value a lt:Network ."),
        ("role", "?mandate a lt:Mandate ; org:member ?node ; org:role ?value ."),
        ("mandateCity", "?mandate a lt:Mandate ; org:member ?node ; org:organization ?value . "
                        "?value a lt:City ."),
        ("mandateOrganisation", "?mandate a lt:Mandate ; org:member ?node ; "
                                "org:organization ?value . ?value a lt:Organisation ."),
    )
    branches = "\n  UNION\n".join(
        f'  {{ {pattern} BIND("{key}" AS ?key) }}' for key, pattern in facts)
    return (sparql_prefixes()
            + "SELECT DISTINCT ?node ?key ?value WHERE {\n"
            + f"  ?node a ?class . VALUES ?class {{ {classes} }}\n"
            + branches + "\n}\n")


def member_query(releases: Sequence[str] = ()) -> str:
    """The cities that are members of a network (``lt:Network``), with ``lt:memberSince``.

    With ``releases``, the membership must be stated in one of those releases' named graphs,
    as every linking fact under a release filter.
    """
    stated = _stated_in("?membership org:member ?member .", releases)
    return (sparql_prefixes()
            + "SELECT DISTINCT ?member ?since WHERE {\n"
            + f"  {stated}\n"
            + "  ?membership org:organization ?network . ?network a lt:Network .\n"
            + "  ?member a lt:City .\n"
            + "  OPTIONAL { ?membership lt:memberSince ?since }\n"
            + "  FILTER(isIRI(?member))\n}\n")


def release_query(releases: Sequence[str]) -> str:
    """Which of the releases' named graphs exist (hold at least one statement)."""
    graphs = " ".join(f"<{release_graph(slug)}>" for slug in sorted(set(releases)))
    return (f"SELECT DISTINCT ?graph WHERE {{ VALUES ?graph {{ {graphs} }} "
            "GRAPH ?graph { ?s ?p ?o } }\n")
