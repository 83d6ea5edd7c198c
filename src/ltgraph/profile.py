"""The data profile: what the graph actually says, class by class, measured from the data.

A reader of the graph needs to know which predicates a summit or a mandate carries, what their
values are, how many a resource has and how to ask for them. The ontology says what the terms
mean and the shapes say what must hold; neither lists the schema.org, ORG, FOAF or PROV terms
the mapping reuses, nor how the data uses them. So the profile is measured from the data
itself (any store: SPARQL over the default graph, the RDF merge of the named graphs) and joined
with the shapes' rules and the ontology's comments:

- per class: how many resources, and for every predicate used on them: its range (the classes
  of IRI values, the datatypes and languages of literals), its cardinality (fewest and most
  values per resource, 0 when some resources lack it), how many resources have it, the shape's
  rule if there is one, an example, and a SPARQL query that asks for it.

``ltgraph profile`` writes it as ``docs/model.md``; the UI shows it at ``/model``; a test fails
when the committed document is stale or when the built graph uses a predicate it does not
describe.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from ltgraph.terms import PREFIXES

# Runs a SELECT and returns its rows (rdflib terms, None when unbound).
Select = Callable[[str], Sequence[tuple[Node | None, ...]]]

EXAMPLE_CHARS = 60


@dataclass(frozen=True)
class PropertyUse:
    """How resources of one class use one predicate."""

    predicate: str
    subjects: int  # resources of the class that have it
    min_count: int  # fewest values on one resource of the class (0: some lack it)
    max_count: int
    ranges: tuple[str, ...]  # prefixed class names, datatypes, "text@de en", "IRI"
    example_subject: str
    example_value: str
    rule: str = ""  # the shapes' constraints, in words
    comment: str = ""  # the ontology's rdfs:comment of an lt: predicate


@dataclass(frozen=True)
class ClassProfile:
    cls: str
    resources: int
    properties: tuple[PropertyUse, ...] = field(default=())


@dataclass(frozen=True)
class Profile:
    classes: tuple[ClassProfile, ...]
    untyped_predicates: tuple[str, ...]  # used on subjects that have no rdf:type
    shape_only: tuple[str, ...]  # "class predicate" pairs the shapes name but no data uses

    def predicates(self) -> set[str]:
        """Every predicate IRI the profile describes."""
        return ({p.predicate for c in self.classes for p in c.properties}
                | set(self.untyped_predicates) | {str(RDF.type)})


def short(iri: str) -> str:
    """A prefixed name where one of our prefixes fits, else ``<iri>``."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace) and "/" not in iri[len(namespace):] \
                and "#" not in iri[len(namespace):] and iri != namespace:
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def measure(select: Select, shapes: Graph, ontology: Graph) -> Profile:
    """The profile of the data ``select`` answers over, with the rules of ``shapes`` and the
    comments of ``ontology``."""
    counts = {str(c): int(n) for c, n in select(
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")}
    stats = select("""
        SELECT ?c ?p (COUNT(?s) AS ?subjects) (MIN(?k) AS ?least) (MAX(?k) AS ?most)
               (MIN(STR(?s)) AS ?first) WHERE {
          { SELECT ?c ?s ?p (COUNT(DISTINCT ?o) AS ?k) WHERE { ?s a ?c ; ?p ?o }
            GROUP BY ?c ?s ?p }
        } GROUP BY ?c ?p""")
    ranges = _ranges(select)
    examples = _examples(select, {(str(c), str(p)): str(first)
                                  for c, p, _, _, _, first in stats})
    rules = _rules(shapes)
    comments = {str(s): str(o) for s, o in ontology.subject_objects(RDFS.comment)
                if isinstance(o, Literal) and o.language in (None, "en")}
    by_class: dict[str, list[PropertyUse]] = {}
    for c, p, subjects, least, most, first in stats:
        cls, predicate = str(c), str(p)
        if predicate == str(RDF.type):
            continue
        total = counts.get(cls, 0)
        by_class.setdefault(cls, []).append(PropertyUse(
            predicate=predicate, subjects=int(subjects),
            min_count=int(least) if int(subjects) == total else 0, max_count=int(most),
            ranges=tuple(sorted(ranges.get((cls, predicate), ()))),
            example_subject=str(first), example_value=examples.get((cls, predicate), ""),
            rule=rules.get((cls, predicate), ""), comment=comments.get(predicate, "")))
    classes = tuple(ClassProfile(cls, counts[cls], tuple(sorted(
        by_class.get(cls, []), key=lambda u: short(u.predicate))))
        for cls in sorted(counts, key=short))
    untyped = tuple(sorted({str(p) for (p,) in select(
        "SELECT DISTINCT ?p WHERE { ?s ?p ?o FILTER NOT EXISTS { ?s a ?any } }")}))
    used = {(c.cls, u.predicate) for c in classes for u in c.properties}
    shape_only = tuple(sorted(f"{short(c)} {short(p)}" for c, p in rules
                              if (c, p) not in used and c in counts))
    return Profile(classes, untyped, shape_only)


def _ranges(select: Select) -> dict[tuple[str, str], set[str]]:
    """(class, predicate) -> the kinds of value: classes of IRI values, datatypes of literals,
    text with its languages, or "IRI" for a value without a type."""
    found: dict[tuple[str, str], set[str]] = {}
    rows = select("""
        SELECT DISTINCT ?c ?p ?kind ?lang WHERE {
          ?s a ?c ; ?p ?o .
          OPTIONAL { FILTER(!isLITERAL(?o)) ?o a ?oc }
          BIND(IF(isLITERAL(?o), IF(LANG(?o) != "", "text", STR(DATATYPE(?o))),
                  COALESCE(STR(?oc), "IRI")) AS ?kind)
          BIND(IF(isLITERAL(?o), LANG(?o), "") AS ?lang)
        }""")
    languages: dict[tuple[str, str], set[str]] = {}
    for c, p, kind, lang in rows:
        key = (str(c), str(p))
        if str(kind) == "text":
            languages.setdefault(key, set()).add(str(lang))
        elif str(kind) == "IRI":
            found.setdefault(key, set()).add("IRI")
        else:
            found.setdefault(key, set()).add(short(str(kind)))
    for key, langs in languages.items():
        found.setdefault(key, set()).add("text@" + " ".join(sorted(langs)))
    for key, kinds in found.items():
        if len(kinds) > 1:
            kinds.discard("IRI")  # a typed value's untyped twin (a type stated elsewhere)
    return found


def _examples(select: Select, first: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """(class, predicate) -> one value of the first resource (by IRI), as Turtle."""
    pairs = sorted({(s, p) for (_, p), s in first.items()})
    values: dict[tuple[str, str], str] = {}
    for start in range(0, len(pairs), 100):
        chunk = [(s, p) for s, p in pairs[start:start + 100] if not s.startswith("_:")]
        rows = " ".join(f"(<{s}> <{p}>)" for s, p in chunk)
        for s, p, o in select(f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p) {{ {rows} }} ?s ?p ?o }}"):
            text = _turtle(o)
            key = (str(s), str(p))
            if key not in values or text < values[key]:
                values[key] = text
    return {(c, p): values.get((s, p), "") for (c, p), s in first.items()}


def _turtle(term: Node | None) -> str:
    if isinstance(term, URIRef):
        return short(str(term))
    if isinstance(term, Literal):
        text = str(term)
        text = text if len(text) <= EXAMPLE_CHARS else text[:EXAMPLE_CHARS - 1] + "…"
        quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
        if term.language:
            return f"{quoted}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{quoted}^^{short(str(term.datatype))}"
        return quoted
    return "" if term is None else str(term)


_RULE_WORDS = ((SH.minCount, "at least {}"), (SH.maxCount, "at most {}"),
               (SH.qualifiedMinCount, "at least {} qualified"), (SH.datatype, "datatype {}"),
               (SH["class"], "an instance of {}"), (SH.pattern, "matching /{}/"),
               (SH.nodeKind, "node kind {}"), (SH["in"], "one of a list"),
               (SH.hasValue, "the value {}"))


def _rules(shapes: Graph) -> dict[tuple[str, str], str]:
    """(class, predicate) -> the property shapes' constraints on it, in words."""
    rules: dict[tuple[str, str], list[str]] = {}
    for node_shape in shapes.subjects(RDF.type, SH.NodeShape):
        targets = [str(c) for c in shapes.objects(node_shape, SH.targetClass)]
        for property_shape in shapes.objects(node_shape, SH.property):
            path = shapes.value(property_shape, SH.path)
            if not isinstance(path, URIRef):
                continue
            words = [template.format(_rule_value(shapes.value(property_shape, predicate)))
                     for predicate, template in _RULE_WORDS
                     if shapes.value(property_shape, predicate) is not None]
            alternatives = _alternatives(shapes, shapes.value(property_shape, SH["or"]))
            if alternatives:
                words.append("either " + " or ".join(alternatives))
            for cls in targets:
                rules.setdefault((cls, str(path)), []).extend(words)
    return {key: ", ".join(dict.fromkeys(words)) for key, words in rules.items()}


def _alternatives(shapes: Graph, members: Node | None) -> list[str]:
    """The alternatives of an ``sh:or`` list in words: each shape's datatype or class."""
    if members is None:
        return []
    words = []
    for shape in Collection(shapes, members):
        words += [template.format(_rule_value(shapes.value(shape, predicate)))
                  for predicate, template in _RULE_WORDS[3:5]
                  if shapes.value(shape, predicate) is not None]
    return words


def _rule_value(value: Node | None) -> str:
    if isinstance(value, URIRef):
        return short(str(value))
    if isinstance(value, BNode):
        return "(list)"
    return str(value)


# -- writing ---------------------------------------------------------------------------------
# Which source says that a person held a role, and from when to when (docs/model.md, /model).
WHO_SAYS_QUERY = """SELECT ?source ?start ?end ?attested WHERE {
  GRAPH ?g {
    ?m org:member <https://w3id.org/ltgraph/id/person/raymond-chretien> ;
       org:role <https://w3id.org/ltgraph/id/role/president> ;
       org:organization <https://w3id.org/ltgraph/id/org/\
international-observatory-of-mayors-on-living-together> .
    OPTIONAL { ?m schema:startDate ?start } OPTIONAL { ?m schema:endDate ?end }
    OPTIONAL { ?m lt:attestedOn ?attested }
  }
  ?g prov:wasDerivedFrom ?source .
}"""


def who_says_query() -> str:
    """The query with the PREFIX lines it needs, to run as it stands."""
    return "\n".join([*(f"PREFIX {p}: <{PREFIXES[p]}>" for p in ("lt", "org", "prov", "schema")),
                      WHO_SAYS_QUERY])


SOURCES_SECTION = (
    "## Which source says what",
    "",
    "Every statement lives in the named graph of the source that states it: a release's facts",
    "in `graph/release/{slug}` (`prov:wasDerivedFrom` the `lt:PressRelease`); the curated",
    "reference data whole in `graph/reference`, and again, grouped by the page each statement",
    "group cites (`dcterms:source`), in one graph per page, `graph/source/{host}-{8 hex of the",
    "URL's SHA-256}`, which is `prov:wasDerivedFrom` that page, has a `dcterms:title` and is",
    "`dcterms:isPartOf` the reference graph (the VoID at `/.well-known/void` lists each with its",
    "source URL and title). A group that cites several pages is in each of their graphs. A",
    "mandate's term of office (`schema:startDate`, `schema:endDate`: `xsd:date`,",
    "`xsd:gYearMonth` or `xsd:gYear`) and the day a source attests it (`lt:attestedOn`) are",
    "stated where a source gives them, each source's statement in its own graph; the default",
    "graph merges them onto the one mandate IRI, so ask with `GRAPH`. Who says that Raymond",
    "Chrétien was president of the Observatory, and from when to when:",
    "",
    "```sparql",
    *WHO_SAYS_QUERY.splitlines(),
    "```",
    "",
    "The Observatory's page (`https://observatoirevivreensemble.org/en/about-us`) answers",
    "2015 to 2019; Le Devoir's report answers only the day he was named, 2015-06-11. A release",
    "answers with its `lt:PressRelease` and its date (the mayor of the 2019 host city: the",
    "release of 2019-09-01, and the reference's page for the same text). No release read so far",
    "states a term of office; the reference data states one where a cited page does.",
    "",
)


def render_markdown(profile: Profile, source: str) -> str:
    """The profile as the Markdown of ``docs/model.md``."""
    out = [
        "# The data model, as the data uses it",
        "",
        f"Generated by `ltgraph profile` from `{source}` and the SHACL shapes; do not edit",
        "by hand (a test fails when this file is stale). Each class lists every predicate its",
        "resources carry in the default graph (the RDF merge of all named graphs): the kinds of",
        "value (classes of IRI values, datatypes, languages of text), the cardinality (fewest to",
        "most values per resource; 0 when some resources have none), how many resources have",
        "it, the shapes' rule, an example, and a query that asks for it. Which graph states a",
        "fact: add `GRAPH ?g { … }` around a pattern. The terms' meanings are in the ontology",
        "(`ontology/ltgraph.ttl`, served at `/ontology`); the UI shows this profile at `/model`.",
        "",
        "Prefixes: " + ", ".join(f"`{p}:` <{ns}>" for p, ns in sorted(PREFIXES.items())) + ".",
        "",
        "Classes: " + ", ".join(f"[{short(c.cls)}](#{_anchor(c.cls)}) ({c.resources})"
                                for c in profile.classes) + ".",
        "",
        *SOURCES_SECTION,
    ]
    for cls in profile.classes:
        out += [f"## {short(cls.cls)}", "", f"{cls.resources} resources.", "",
                "| predicate | values | cardinality | resources | rule (shapes) | example |",
                "|---|---|---|---:|---|---|"]
        for use in cls.properties:
            out.append(
                f"| `{short(use.predicate)}` | {', '.join(f'`{r}`' for r in use.ranges)} | "
                f"{use.min_count}..{use.max_count} | {use.subjects} | {_cell(use.rule)} | "
                f"{_cell(short(use.example_subject))} {_cell(use.example_value)} |")
        out += ["", "Ask for each (with the prefixes above):", "", "```sparql"]
        out += [query_for(cls, use, prefixes=False) for use in cls.properties]
        out += ["```", ""]
        notes = [f"- `{short(u.predicate)}`: {u.comment}" for u in cls.properties if u.comment]
        if notes:
            out += ["Meaning of the project's own predicates (from the ontology):", "", *notes,
                    ""]
    out += ["## Subjects without a type", "",
            "The named graphs describe themselves: a release's graph is `prov:wasDerivedFrom`",
            "its release; the graph of a page the reference data cites is `prov:wasDerivedFrom`",
            "that page, has a `dcterms:title` and is `dcterms:isPartOf` the reference graph. Any",
            "other predicate here is used on a resource that has no type.", "",
            "| predicate |", "|---|", *(f"| `{short(p)}` |" for p in profile.untyped_predicates),
            ""]
    if profile.shape_only:
        out += ["## Rules without data", "",
                "The shapes constrain these predicates, but no resource of the class has them "
                "yet: " + ", ".join(f"`{pair}`" for pair in profile.shape_only) + ".", ""]
    return "\n".join(out)


def query_for(cls: ClassProfile, use: PropertyUse, *, prefixes: bool = True) -> str:
    """The SELECT that asks for one predicate of the class: each resource with its values."""
    names = (short(cls.cls), short(use.predicate))
    query = (f"SELECT ?resource ?value WHERE {{ ?resource a {names[0]} ; {names[1]} ?value }}"
             " ORDER BY ?resource ?value")
    if not prefixes:
        return query
    used = sorted({n.split(":")[0] for n in names if not n.startswith("<")})
    return "\n".join([*(f"PREFIX {p}: <{PREFIXES[p]}>" for p in used if p in PREFIXES), query])


def _anchor(iri: str) -> str:
    return short(iri).lower().replace(":", "").replace("<", "").replace(">", "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def described_predicates(markdown: str) -> set[str]:
    """The predicates a profile document lists (as prefixed names or <IRIs>), read back."""
    found = set()
    for line in markdown.splitlines():
        if line.startswith("| `"):
            found.add(line.split("`")[1])
    return found


# -- the command -----------------------------------------------------------------------------
def profile_file(dataset: Path, shapes: Graph, ontology: Graph) -> Profile:
    """The profile of a dataset file (TriG or N-Quads), read into an embedded store."""
    from ltgraph.store.embedded import EmbeddedStore

    store = EmbeddedStore()
    store.load(dataset)
    return measure(lambda sparql: store.query(sparql).rows, shapes, ontology)  # type: ignore[union-attr]


def run_profile(dataset: Path, output: Path, source_name: str, *, check: bool = False) -> int:
    """``ltgraph profile``: write the profile (0), or with ``check`` say whether ``output`` is
    up to date (0) or stale (1)."""
    from ltgraph.validate import load_ontology, load_shapes

    text = render_markdown(profile_file(dataset, load_shapes(), load_ontology()), source_name)
    if check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            print(f"{output} is stale: run ltgraph profile")
            return 1
        print(f"{output} is up to date")
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}")
    return 0


