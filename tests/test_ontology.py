"""The ontology: every lt: term the project uses is declared, and it honours DESIGN's contract.

DESIGN's table of classes is read from ``../shared/DESIGN.md`` itself, so a change there shows
up here as a failing test, not as a silent disagreement between the design and the ontology.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS, XSD

from ltgraph.slugs import slugify
from ltgraph.terms import ID, LT, ONTOLOGY_IRI, PREFIXES
from ltgraph.validate import load_ontology, load_shapes, validate_graph

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
DESIGN = SHARED / "DESIGN.md"
LT_NS = str(LT)
ROLE_SCHEME = URIRef(ID + "role/scheme")
PARTNER_ROLE_SCHEME = URIRef(ID + "partner-role/scheme")

# Where lt: terms may be used, and how each kind of file spells them.
SCANNED = {
    "src": ("*.py", "*.html", "*.js", "*.rq", "*.ttl"),
    "tests": ("*.py", "*.rq", "*.ttl", "*.trig", "*.toml"),
    "shapes": ("*.ttl",),
    "data": ("*.ttl", "*.trig", "*.nq", "*.rq"),
    "ontology": ("*.ttl",),
    "docs": ("*.md", "*.rq"),
    "bench": ("*.py", "*.rq"),
    "scripts": ("*.py", "*.rq"),
    "deploy": ("*.py", "*.rq", "*.sql", "*.ttl"),
}
TERM_PATTERNS = (
    re.compile(r"(?<![\w.])LT\.([A-Za-z_]\w*)"),  # LT.City in Python
    re.compile(r'(?<![\w.])LT\[["\']([A-Za-z_]\w*)["\']\]'),  # LT["City"]
    re.compile(r"(?<![\w:/-])lt:([A-Za-z_][\w-]*)"),  # lt:City in Turtle, SPARQL, docs
    re.compile(r"ltgraph/ontology#([A-Za-z_][\w-]*)"),  # full IRIs
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def declared_terms(ontology: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDFS.Class, RDF.Property)
    return {str(s)[len(LT_NS):] for kind in kinds for s in ontology.subjects(RDF.type, kind)
            if str(s).startswith(LT_NS)}


def project_files() -> list[Path]:
    files = []
    for folder, patterns in SCANNED.items():
        for pattern in patterns:
            files.extend((ROOT / folder).rglob(pattern))
    files.extend(ROOT.glob("*.md"))
    files.extend(ROOT.glob("*.py"))
    files.extend((SHARED / "cq").glob("*.rq"))
    return sorted({f for f in files if f.is_file() and "egg-info" not in f.parts})


def name_beside_repository(path: Path) -> str:
    """'main/src/…' or 'shared/cq/…': the path from the folder holding the repository and
    ../shared, read without resolving links (../shared may be a link to elsewhere)."""
    for folder, name in ((SHARED, "shared"), (ROOT, ROOT.name)):  # ROOT/../shared is under ROOT
        if path.is_relative_to(folder):
            return str(Path(name) / path.relative_to(folder))
    return str(path)


def used_terms() -> dict[str, set[str]]:
    """lt: term -> the files (relative to the repository) that use it."""
    uses: dict[str, set[str]] = {}
    for path in project_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        for pattern in TERM_PATTERNS:
            for match in pattern.finditer(text):
                uses.setdefault(match.group(1), set()).add(name_beside_repository(path))
    return uses


# ------------------------------------------------------------------ (a) used = declared


def test_the_scan_sees_the_terms_of_code_shapes_and_competency_questions():
    uses = used_terms()
    files = set().union(*uses.values())
    assert any(f.startswith(f"{ROOT.name}/src/") and f.endswith(".py") for f in files)
    assert any(f.startswith("shared/cq/") for f in uses["hostCity"]), uses["hostCity"]
    assert any(f.endswith("ltgraph-shapes.ttl") for f in uses["isoCode"])


def test_every_lt_term_used_in_the_project_is_declared_in_the_ontology(ontology):
    undeclared = {term: sorted(files) for term, files in used_terms().items()
                  if term not in declared_terms(ontology)}
    listing = "\n".join(f"  lt:{term}: {', '.join(files)}"
                        for term, files in sorted(undeclared.items()))
    assert undeclared == {}, f"lt: terms used but not declared in the ontology:\n{listing}"


def test_the_terms_module_and_the_ontology_declare_the_same_terms(ontology):
    in_module = set(dir(LT))
    assert in_module == declared_terms(ontology)


# ------------------------------------------------------------------ (b) DESIGN's contract table


def design_table() -> list[dict]:
    """The rows of DESIGN's class table: class, superclasses, required-properties text."""
    rows = []
    for line in DESIGN.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"lt:\w+", cells[0]):
            rows.append({"class": cells[0], "superclasses": re.findall(r"\b\w+:[A-Z]\w*", cells[1]),
                         "required": cells[2]})
    return rows


def expand(curie: str) -> URIRef:
    prefix, local = curie.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


def required_properties(text: str) -> list[tuple[str, bool, str | None, str | None, bool]]:
    """(property, required, datatype, classes, exactly one) for each property the text names.

    Segments after a semicolon that say "where known" name optional properties; a datatype
    in parentheses or a class after an arrow apply to the property just before them.
    """
    found = []
    for segment in text.split(";"):
        optional = "where known" in segment
        pattern = re.compile(
            r"\b(\w+:[a-z]\w*)(\s*\(([^)]*)\))?(\s*→\s*(\w+:[A-Z]\w*(?:\s+or\s+\w+:[A-Z]\w*)*))?")
        for match in pattern.finditer(segment):
            note = match.group(3) or ""
            datatype = next(iter(re.findall(r"xsd:\w+", note)), None)
            classes = tuple(re.findall(r"\w+:[A-Z]\w*", match.group(5) or ""))
            found.append((match.group(1), not optional, datatype, classes,
                          "exactly one" in note))
    return found


def individuals(text: str) -> list[str]:
    """The role slugs after 'at least' in a row of the table."""
    listed = text.split("at least", 1)[1]
    listed = re.sub(r"\([^)]*\)", "", listed)
    return [slug.strip(" `.") for slug in listed.split(",") if slug.strip(" `.")]


def test_designs_table_is_read():
    classes = [row["class"] for row in design_table()]
    assert {"lt:City", "lt:Person", "lt:Mandate", "lt:PressRelease"} <= set(classes)
    city = next(r for r in design_table() if r["class"] == "lt:City")
    assert ("lt:country", True, None, ("lt:Country",), False) in required_properties(
        city["required"])
    mandate = next(r for r in design_table() if r["class"] == "lt:Mandate")
    assert ("org:organization", True, None, ("lt:City", "lt:Organisation"), False) in (
        required_properties(mandate["required"]))


@pytest.mark.parametrize("row", design_table(), ids=lambda row: row["class"])
def test_the_ontology_states_designs_superclasses(ontology, row):
    cls = expand(row["class"])
    assert (cls, RDF.type, OWL.Class) in ontology
    stated = set(ontology.objects(cls, RDFS.subClassOf))
    assert {expand(s) for s in row["superclasses"]} <= stated


def property_shapes_for(shapes: Graph, ontology: Graph, cls: URIRef, path: URIRef) -> list:
    """Property shapes on ``path`` of node shapes targeting ``cls`` or one of its superclasses."""
    classes = set(ontology.transitive_objects(cls, RDFS.subClassOf))
    node_shapes = {s for c in classes for s in shapes.subjects(SH.targetClass, c)}
    return [p for s in node_shapes for p in shapes.objects(s, SH.property)
            if shapes.value(p, SH.path) == path]


def _required(shapes: Graph, shape) -> bool:
    counts = [shapes.value(shape, SH.minCount), shapes.value(shape, SH.qualifiedMinCount)]
    return any(c is not None and int(c) >= 1 for c in counts)


def _classes_allowed(shapes: Graph, shape) -> set:
    allowed = set(shapes.objects(shape, SH["class"]))
    for alternatives in shapes.objects(shape, SH["or"]):
        for alternative in shapes.items(alternatives):
            allowed.update(shapes.objects(alternative, SH["class"]))
    return allowed


@pytest.mark.parametrize("row", design_table(), ids=lambda row: row["class"])
def test_the_shapes_enforce_designs_required_properties(ontology, shapes, row):
    cls = expand(row["class"])
    for prop, required, datatype, classes, exactly_one in required_properties(row["required"]):
        found = property_shapes_for(shapes, ontology, cls, expand(prop))
        assert found, f"no shape constrains {prop} of {row['class']}"
        if required:
            assert any(_required(shapes, s) for s in found), f"{row['class']} {prop} optional"
        if datatype:
            assert expand(datatype) in {shapes.value(s, SH.datatype) for s in found}
        for range_class in classes:  # "→ lt:City or lt:Organisation": each one allowed
            assert any(expand(range_class) in _classes_allowed(shapes, s) for s in found)
        if exactly_one:
            assert any(shapes.value(s, SH.maxCount) == Literal(1) for s in found)


def test_designs_role_individuals_exist_with_english_and_german_labels(ontology):
    rows = {row["class"]: row for row in design_table()}
    for cls, kind in (("lt:Role", "role"), ("lt:PartnerRole", "partner-role")):
        slugs = individuals(rows[cls]["required"])
        assert len(slugs) >= 4
        for slug in slugs:
            concept = URIRef(f"{ID}{kind}/{slug}")
            assert (concept, RDF.type, expand(cls)) in ontology, f"{kind}/{slug} missing"
            languages = {label.language for label in ontology.objects(concept, SKOS.prefLabel)}
            assert {"en", "de"} <= languages, f"{kind}/{slug} lacks a prefLabel @en or @de"


# ------------------------------------------------------------------ (c) labels, form, schemes


def lt_terms(ontology: Graph) -> list[URIRef]:
    return sorted(URIRef(LT_NS + t) for t in declared_terms(ontology))


def test_every_term_has_english_and_german_labels_and_an_english_comment(ontology):
    for term in lt_terms(ontology):
        labels = {label.language for label in ontology.objects(term, RDFS.label)}
        comments = {c.language for c in ontology.objects(term, RDFS.comment)}
        assert {"en", "de"} <= labels, f"{term} lacks rdfs:label @en or @de"
        assert "en" in comments, f"{term} lacks rdfs:comment @en"
        assert (term, RDFS.isDefinedBy, URIRef(ONTOLOGY_IRI)) in ontology


def test_every_property_has_a_domain_and_a_range(ontology):
    for term in lt_terms(ontology):
        if (term, RDF.type, OWL.Class) in ontology:
            continue
        assert ontology.value(term, RDFS.domain) is not None, f"{term} has no rdfs:domain"
        assert ontology.value(term, RDFS.range) is not None, f"{term} has no rdfs:range"
        datatype = (term, RDF.type, OWL.DatatypeProperty) in ontology
        assert str(ontology.value(term, RDFS.range)).startswith(
            (str(XSD), str(RDF))) == datatype, f"{term}: range does not fit its kind"


def test_the_ontology_names_its_title_version_licence_creators_and_date(ontology):
    header = URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in ontology
    cc_by = URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert (header, DCTERMS.license, cc_by) in ontology
    for prop in (DCTERMS.title, OWL.versionInfo, DCTERMS.creator):
        assert ontology.value(header, prop) is not None, prop
    assert ontology.value(header, DCTERMS.modified).datatype == XSD.date


def test_the_ontology_has_no_blank_nodes(ontology):
    assert [t for t in ontology if any(isinstance(n, BNode) for n in t)] == []


def test_the_ontology_and_its_schemes_conform_to_the_shapes(ontology, shapes):
    report = validate_graph(ontology, None, shapes=shapes)
    assert report.problems == []


def concepts(ontology: Graph, scheme: URIRef) -> list[URIRef]:
    return sorted(ontology.subjects(SKOS.inScheme, scheme))


@pytest.mark.parametrize(("scheme", "kind"), [(ROLE_SCHEME, "role"),
                                              (PARTNER_ROLE_SCHEME, "partner-role")])
def test_each_concept_is_named_after_its_english_label_and_labelled_in_three_languages(
        ontology, scheme, kind):
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology
    for concept in concepts(ontology, scheme):
        labels = {label.language: str(label) for label in ontology.objects(concept, SKOS.prefLabel)}
        assert {"en", "de", "fr"} <= set(labels), f"{concept} lacks a prefLabel @en, @de or @fr"
        assert str(concept) == f"{ID}{kind}/{slugify(labels['en'])}"
        assert (scheme, SKOS.hasTopConcept, concept) in ontology


@pytest.mark.parametrize("scheme", [ROLE_SCHEME, PARTNER_ROLE_SCHEME])
def test_no_label_of_a_scheme_names_two_concepts(ontology, scheme):
    """The extractor maps a label to a concept; a label shared by two would make it guess."""
    owners: dict[str, set[URIRef]] = {}
    for concept in concepts(ontology, scheme):
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in ontology.objects(concept, prop):
                owners.setdefault(str(label).casefold(), set()).add(concept)
    shared = {label: sorted(c) for label, c in owners.items() if len(c) > 1}
    assert shared == {}


@pytest.mark.parametrize(("written", "slug"), [
    # the variants the issue names, as releases write them
    ("OB", "role/mayor"), ("Oberbürgermeister", "role/mayor"),
    ("Oberbürgermeisterin", "role/mayor"),
    ("Lord Mayor", "role/mayor"), ("maire", "role/mayor"), ("burgemeester", "role/mayor"),
    ("Bürgermeister", "role/mayor"), ("Vize-OB", "role/deputy-mayor"),
    ("stellvertretender Oberbürgermeister", "role/deputy-mayor"),
    ("Stellvertretende Oberbürgermeister", "role/deputy-mayor"),
    ("Deputy Mayor", "role/deputy-mayor"), ("maire adjoint", "role/deputy-mayor"),
    ("adjointe au maire", "role/deputy-mayor"),
    ("Vize-Vorsitzende des Stadtrates", "role/council-vice-chair"),
    ("Vice-Chairwoman of the City Council", "role/council-vice-chair"),
    ("vice-présidente du comité exécutif", "role/executive-committee-vice-chair"),
    ("Staatsminister", "role/minister-of-state"), ("Minister of State", "role/minister-of-state"),
    ("Senatorin", "role/senator"), ("Minister der Stadtregierung", "role/minister"),
    ("Leiter des Departments", "role/head-of-department"), ("Partnerin", "role/partner"),
    ("Managing Director", "role/managing-director"),
    ("Geschäftsführerin", "role/managing-director"),
    ("Leiter Hauptstadtbüro", "role/head-of-office"), ("Head of Division", "role/head-of-division"),
    ("Hauptsponsor", "partner-role/main-sponsor"), ("Hauptsponsoren", "partner-role/main-sponsor"),
    ("main sponsors", "partner-role/main-sponsor"),
    ("ideeller Partner", "partner-role/supporting-partner"),
    ("ideelle Partner", "partner-role/supporting-partner"),
    ("ideal partners", "partner-role/supporting-partner"),
    ("Medienpartner", "partner-role/media-partner"),
    ("media partners", "partner-role/media-partner"),
    ("Partner", "partner-role/partner"),
])
def test_the_variants_releases_write_name_the_right_concept(ontology, written, slug):
    kind = slug.split("/")[0]
    scheme = ROLE_SCHEME if kind == "role" else PARTNER_ROLE_SCHEME
    named = {concept for concept in concepts(ontology, scheme)
             for prop in (SKOS.prefLabel, SKOS.altLabel)
             for label in ontology.objects(concept, prop) if str(label) == written}
    assert named == {URIRef(ID + slug)}
