"""Validate: check release graphs against the SHACL shapes and say, in words, what is wrong.

Each release graph is checked together with its context (the reference graph and the
ontology), so that ``sh:class`` sees the types and subclass axioms declared there, but only
problems whose focus node the release itself describes are reported for it: a gap in the
reference data is reported once, for the reference graph, not once per release.
pySHACL runs without inference: the union is built here, which keeps one release well under
a second.

pySHACL is imported when a graph is first validated, not with this module: a rebuild whose
graphs were all validated before (``ltgraph.build_cache`` keeps the reports) never loads it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import ReadOnlyGraphAggregate
from rdflib.namespace import DCTERMS, RDF, RDFS, SH
from rdflib.store import Store
from rdflib.term import Node

from ltgraph import paths
from ltgraph.formats.files import TRIG, UnknownSyntax, syntax_of
from ltgraph.terms import ONTOLOGY_GRAPH, PREFIXES, REFERENCE_GRAPH

_TARGETS = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode}
_SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
# looked up once: a namespace's attribute is a lookup each time, and targets are resolved by
# comparing every statement of a release with these
_TYPE, _SUBCLASS_OF = RDF.type, RDFS.subClassOf
_TARGET_NODE, _TARGET_CLASS = SH.targetNode, SH.targetClass
_SUBJECTS_OF, _OBJECTS_OF = SH.targetSubjectsOf, SH.targetObjectsOf
# the IRIs pySHACL's use_shapes takes as they are (others it reads as prefixed names)
_NAMED_AS_IS = ("http:", "https:", "urn:", "file:")


@dataclass(frozen=True)
class Problem:
    """One SHACL result in plain data: what the report line and the tests need.

    Problems sort by :meth:`sort_key`, where a missing field (no value for a count rule, no
    graph) sorts first: one resource may break a count rule and a value rule at once.
    """

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None
    shape: str | None = None  # the shape whose rule was broken (ltsh:City-country)
    constraint: str | None = None  # the SHACL constraint component (sh:MinCountConstraintComponent)
    graph: str | None = None  # the named graph that describes the focus node (validate_dataset)

    def sort_key(self) -> tuple[str, ...]:
        return tuple("" if v is None else v for v in (
            self.focus, self.path, self.message, self.severity, self.value, self.shape,
            self.constraint, self.graph))

    def __lt__(self, other: Problem) -> bool:
        return self.sort_key() < other.sort_key()


@dataclass(frozen=True)
class Report:
    conforms: bool
    problems: list[Problem]
    checked: int = 0  # graphs validated each on its own
    within_reference: int = 0  # source graphs the reference states whole, checked with it


def load_shapes() -> Graph:
    """All SHACL shapes of the project (every ``shapes/*.ttl``), as one graph."""
    shapes = Graph()
    for path in sorted(paths.shapes_dir().glob("*.ttl")):
        shapes.parse(path, format="turtle")
    return shapes


def load_ontology() -> Graph:
    """The ontology, with the role and partner-role schemes (``ontology/ltgraph.ttl``)."""
    return Graph().parse(paths.ontology_file(), format="turtle")


@dataclass(frozen=True)
class PreparedShapes:
    """Shapes made ready for many validations: their graph without targets, filled once, and
    the targets of each node shape, resolved for each data graph (see :func:`_targeting`).

    A validation sets the resolved targets on ``untargeted`` and clears them when done, so
    one object serves one validation at a time (a build validates one release after another).
    """

    untargeted: Graph
    targets: tuple[tuple[Node, URIRef, Node], ...]  # (node shape, sh:target…, class/property/node)
    engine: object = None  # pySHACL's reading of ``untargeted``, kept (see _validation_results)
    # node shape -> its property shapes, targeted directly (see _properties_targeted_directly)
    properties: dict[Node, tuple[Node, ...]] = field(default_factory=dict)


class _ParameterList(list):
    """pySHACL's list of constraint parameters, answering ``in`` from a set.

    For every shape it checks against a node, pySHACL asks for each predicate of the shape
    whether it is one of some forty parameters, by a walk through this list that compares
    rdflib terms one by one: an eighth of the time of validating a release. The answers are
    the same (a term's hash and equality are its text's and type's), only found by hash.
    """

    def __init__(self, parameters: list) -> None:
        super().__init__(parameters)
        self._members = frozenset(parameters)

    def __contains__(self, term: object) -> bool:
        return term in self._members


def _parameters_found_by_hash() -> None:
    """Let pySHACL find constraint parameters by hash (:class:`_ParameterList`); where its
    version keeps them elsewhere, nothing changes but the speed."""
    import pyshacl.shape
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP

    kept = getattr(pyshacl.shape, "CONSTRAINT_PARAMS", None)
    if kept is None or not isinstance(kept[0], _ParameterList):
        pyshacl.shape.CONSTRAINT_PARAMS = (  # what pySHACL 0.40 reads as it validates
            _ParameterList(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)


class _RememberingShapes(Graph):
    """A graph of shapes that answers a pattern it was asked before from memory, with the
    targets of the validation under way (:meth:`set_targets`) read as its ``sh:targetNode``
    statements.

    pySHACL reads the same few statements of a shape (its path, message, severity, counts)
    each time it checks a node against it, hundreds of times per release; asking the store
    again was a fifth of a validation. The targets change with each release: kept apart from
    the store, a change of them forgets only the answers they can be part of (any pattern with
    ``sh:targetNode`` or an open predicate), and the shapes' own statements are asked once per
    build, not once per release (adding and removing the targets as statements, and asking
    again after each, was a seventh of a validation). Any other change forgets every answer.
    """

    def __init__(self) -> None:
        super().__init__(store="SimpleMemory")  # no contexts: several times faster to fill
        self._answers: dict = {}  # patterns no target statement can match
        self._targeted_answers: dict = {}  # patterns a target statement can match
        self._targets: dict[Node, tuple[Node, ...]] = {}

    def set_targets(self, targets: dict[Node, tuple[Node, ...]]) -> None:
        """Make ``targets`` (shape -> its focus nodes) the shapes' sh:targetNode statements."""
        self._targets = targets
        self._targeted_answers.clear()

    def triples(self, triple):  # noqa: ANN001, ANN201 - rdflib's signature
        if triple[1] is not None and triple[1] != _TARGET_NODE:
            return _remembered(self._answers, triple, super().triples)
        return _remembered(self._targeted_answers, triple, self._with_targets)

    def _with_targets(self, triple: tuple) -> Iterator:
        """The store's statements matching ``triple``, then the targets' (the store holds no
        ``sh:targetNode`` statement: :func:`prepare_shapes` keeps targets out of it)."""
        yield from Graph.triples(self, triple)
        shape, _, node = triple
        for targeted in (self._targets if shape is None else (shape,)):
            for focus in self._targets.get(targeted, ()):
                if node is None or node == focus:
                    yield targeted, _TARGET_NODE, focus

    def _forget(self) -> None:
        self._answers.clear()
        self._targeted_answers.clear()

    def add(self, triple):  # noqa: ANN001, ANN201
        """A statement the graph holds already changes nothing, and forgets nothing: pySHACL
        adds its two system statements to the shapes graph for every validation."""
        if triple not in self:
            self._forget()
        return super().add(triple)

    def addN(self, quads):  # noqa: ANN001, ANN201, N802 - rdflib's name
        self._forget()
        return super().addN(quads)

    def remove(self, triple):  # noqa: ANN001, ANN201
        self._forget()
        return super().remove(triple)


class ContextGraph(Graph):
    """A graph releases are validated with (the reference data and the ontology joined), in a
    store that records no contexts, counted once.

    Validating a release asks its context tens of thousands of questions, and rdflib's default
    store works out the contexts of every answer; and pySHACL asks for the truth of the graph
    it validates (``datagraph or ...``, which is its length) as it reads it, which rdflib
    answers by counting the statements one by one: the context's thousands, for every
    release. A change forgets the count.
    """

    def __init__(self, store: str | Store = "SimpleMemory",
                 identifier: Node | str | None = None) -> None:
        super().__init__(store=store, identifier=identifier)
        self._length: int | None = None

    def __reduce__(self):  # noqa: ANN204 - pickled as itself, not as a plain Graph
        return ContextGraph, (self.store, self.identifier)

    def __len__(self) -> int:
        if self._length is None:
            self._length = super().__len__()
        return self._length

    def add(self, triple):  # noqa: ANN001, ANN201 - rdflib's signature
        self._length = None
        return super().add(triple)

    def addN(self, quads):  # noqa: ANN001, ANN201, N802 - rdflib's name
        self._length = None
        return super().addN(quads)

    def remove(self, triple):  # noqa: ANN001, ANN201
        self._length = None
        return super().remove(triple)


def joined_context(*graphs: Graph) -> ContextGraph:
    """The graphs' statements and prefixes in one :class:`ContextGraph`."""
    joined = ContextGraph()
    for prefix, namespace in sorted({pair for graph in graphs for pair in graph.namespaces()}):
        joined.bind(prefix, namespace)
    for graph in graphs:
        for triple in graph:
            joined.add(triple)
    return joined


class _RememberingUnion(ReadOnlyGraphAggregate):
    """A release graph and its context read as one, answering a pattern it was asked before
    from memory: made for one validation, while neither graph changes. pySHACL asks for a
    node's types and values again for every shape it checks the node against."""

    def __init__(self, graphs: list[Graph]) -> None:
        super().__init__(graphs)
        self._answers: dict = {}
        self._length: int | None = None

    def triples(self, triple):  # noqa: ANN001, ANN201 - rdflib's signature
        return _remembered(self._answers, triple, super().triples)

    def close(self) -> None:
        """Let go of the graphs and of the answers kept from them, once validated.

        pySHACL gives the union a namespace manager, which points back at the union: a cycle
        that only the garbage collector frees, and until it ran, the release graph and every
        answer kept from it stayed alive with it, and its passes walked them all (some 10,000
        objects a release; the collector was 4% of building one)."""
        self.graphs = []
        self._answers = {}

    def __len__(self) -> int:
        """Counted once: pySHACL asks for the data graph's truth (``datagraph or ...``, which
        is its length) for every result it describes, and rdflib counts a store's statements
        one by one (the context counts its own once: :class:`ContextGraph`)."""
        if self._length is None:
            self._length = super().__len__()
        return self._length


def _remembered(answers: dict, triple: tuple, ask) -> Iterator:  # noqa: ANN001
    """The statements matching ``triple``, from ``answers`` or asked once (then kept there);
    the same statements in the same order either way."""
    try:
        found = answers.get(triple)
    except TypeError:  # a pattern that cannot be a key (an unhashable path)
        return ask(triple)
    if found is None:
        found = answers[triple] = tuple(ask(triple))
    return iter(found)


def prepare_shapes(shapes: Graph) -> PreparedShapes:
    """The shapes split into their untargeted graph and their node shapes' targets, with the
    property shapes of a node shape targeted directly where that checks the same."""
    _parameters_found_by_hash()
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    targets = tuple((s, p, o) for s, p, o in shapes if p in _TARGETS and s in node_shapes)
    properties = _properties_targeted_directly(shapes, {s for s, _, _ in targets})
    links = {(shape, SH.property, prop) for shape, props in properties.items() for prop in props}
    untargeted = _RememberingShapes()
    for triple in shapes:
        if triple[1] not in _TARGETS and triple not in links:
            untargeted.add(triple)
    return PreparedShapes(untargeted, targets, _shapes_engine(untargeted), properties)


def _properties_targeted_directly(shapes: Graph,
                                  targeted: set[Node]) -> dict[Node, tuple[Node, ...]]:
    """For each node shape with targets, the property shapes (``sh:property``) that can be
    given the node shape's focus nodes as their own targets, in place of the link.

    SHACL checks a focus node against each of its shape's property shapes, and a result of a
    property shape is the property shape's own (its focus node, path, value, message and
    severity), whether the focus node came from a target or through ``sh:property``. pySHACL,
    though, checks a node shape's property shapes one focus node at a time, each time reading
    the property shape again: for the evidence and text spans that every statement carries,
    some 300 checks per release, three fifths of validating one. Targeted directly, a
    property shape is read once and checks all its focus nodes at once.

    Only where the results stay the same: the node shape is used by no other shape (nothing
    points at it, so it is only ever checked on its targets) and is not deactivated, and the
    property shape is declared a ``sh:PropertyShape``, has no targets of its own and is
    linked from this node shape alone (so no node is checked against it twice).
    """
    properties: dict[Node, tuple[Node, ...]] = {}
    for shape in sorted(targeted):
        if (None, None, shape) in shapes or (shape, SH.deactivated, None) in shapes:
            continue
        direct = tuple(sorted(
            prop for prop in shapes.objects(shape, SH.property)
            if (prop, RDF.type, SH.PropertyShape) in shapes
            and not any((prop, kind, None) in shapes for kind in _TARGETS)
            and len(set(shapes.subject_predicates(prop))) == 1))
        if direct:
            properties[shape] = direct
    return properties


def _shapes_engine(untargeted: Graph) -> object:
    """pySHACL's object of the shapes, which reads them into its shapes on first use and keeps
    them; None where this pySHACL has no separate data graph type to validate with."""
    try:
        from pyshacl.graph_abstraction import DataGraph  # noqa: F401 - pySHACL 0.40 on
        from pyshacl.shapes_graph import ShapesGraph
    except ImportError:
        return None
    engine = ShapesGraph(untargeted)
    engine.shapes  # noqa: B018 - reads every shape now: ``use_shapes`` would read only those named
    return engine


def _validation_results(union: Graph, shapes: PreparedShapes, targeted: list[Node]) -> Graph:
    """pySHACL's results graph of ``union`` against the shapes, as ``pyshacl.validate``
    gives it with our options (no inference, warnings allowed), but with the shapes read once
    and only the ``targeted`` shapes run.

    Reading the shapes into pySHACL's objects was a third of each validation, and nothing of
    it depends on the data: which shapes there are does not change with their targets (every
    node shape with a target is declared a sh:NodeShape), and pySHACL reads a shape's targets
    from the shapes graph each time it validates. A shape without a target in this graph finds
    no focus node and checks nothing; pySHACL still reads each one's targets (a tenth of a
    validation, for the hundred shapes a release gives no focus node), so only those with
    targets are named to it (``use_shapes``; every one of them named by its IRI, or else all).
    """
    if shapes.engine is None:
        from pyshacl import validate as shacl_validate

        return shacl_validate(union, shacl_graph=shapes.untargeted, inference="none",
                              advanced=False, allow_warnings=True)[1]
    from pyshacl import Validator
    from pyshacl.graph_abstraction import DataGraph

    named = all(isinstance(shape, URIRef) and shape.lower().startswith(_NAMED_AS_IS)
                for shape in targeted)
    validator = Validator(DataGraph.from_rdflib(union), shacl_graph=shapes.untargeted,
                          options={"inference": "none", "advanced": False,
                                   "allow_warnings": True,
                                   "use_shapes": [str(s) for s in targeted] if named else None})
    validator.shacl_graph = shapes.engine
    return validator.run()[1]


def validate_graph(data: Graph, context: Graph | None = None,
                   shapes: Graph | PreparedShapes | None = None) -> Report:
    """Validate one graph with its context; report problems of the nodes ``data`` describes.

    ``context`` is only read (a ``ReadOnlyGraphAggregate`` of several graphs will do);
    ``shapes`` defaults to the project's, passing them in saves reading them per call (and
    passing them prepared, preparing them).
    """
    shapes = load_shapes() if shapes is None else shapes
    prepared = shapes if isinstance(shapes, PreparedShapes) else prepare_shapes(shapes)
    # A read-only view of both graphs: copying the context for every release would cost more
    # than validating the release.
    union = data if context is None else _RememberingUnion([data, context])
    # A blank node that only occurs as an object is still this graph's problem.
    described: set[Node] = set()
    for subject, _, value in data:
        described.add(subject)
        if isinstance(value, BNode):
            described.add(value)
    targets = _targeting(prepared, data, context, union, described)
    prepared.untargeted.set_targets(targets)
    try:
        results = _validation_results(union, prepared, sorted(targets))
    finally:
        prepared.untargeted.set_targets({})
        if isinstance(union, _RememberingUnion):
            union.close()
    problems = sorted(
        problem
        for result in results.subjects(RDF.type, SH.ValidationResult)
        if (problem := _problem(results, result, data, described)) is not None
    )
    conforms = not any(p.severity == "Violation" for p in problems)
    return Report(conforms=conforms, problems=problems)


def _targeting(shapes: PreparedShapes, data: Graph, context: Graph | None, union: Graph,
               described: set[Node]) -> dict[Node, tuple[Node, ...]]:
    """The node shapes' targets resolved to the nodes ``data`` describes, as explicit
    ``sh:targetNode`` lists: each shape with a target here, and its focus nodes.

    The context's own resources (the ontology's roles, the reference cities) are validated
    when their own graph is; resolving targets here (SHACL 2.1.3: instances of the class or
    of its subclasses, subjects or objects of a property) and handing pySHACL explicit
    sh:targetNode lists keeps it from checking them again for every release. Only what the
    described nodes take part in is read (not every instance of a class in the context): the
    types and target properties of ``data`` (from its index of predicates), and those the
    context holds about the few described nodes it mentions.
    """
    subjects_of = {o for _, p, o in shapes.targets if p == _SUBJECTS_OF}
    objects_of = {o for _, p, o in shapes.targets if p == _OBJECTS_OF}
    types: dict[Node, set[Node]] = {}
    found: dict[tuple[URIRef, Node], set[Node]] = {}  # (sh:target…Of, property) -> nodes

    def note(kind: URIRef, prop: Node, node: Node) -> None:
        if node in described:
            found.setdefault((kind, prop), set()).add(node)

    # by the store's index of predicates: comparing each statement's predicate with these
    # was most of resolving a release's targets (rdflib compares IRIs in Python)
    for s, _, o in data.triples((None, _TYPE, None)):
        types.setdefault(s, set()).add(o)
    for prop in subjects_of:
        for s, _, _ in data.triples((None, prop, None)):
            note(_SUBJECTS_OF, prop, s)
    for prop in objects_of:
        for _, _, o in data.triples((None, prop, None)):
            note(_OBJECTS_OF, prop, o)
    if context is not None:
        for node in described:
            if (node, None, None) in context:
                types.setdefault(node, set()).update(context.objects(node, _TYPE))
                for prop in subjects_of:
                    if (node, prop, None) in context:
                        note(_SUBJECTS_OF, prop, node)
            if (None, None, node) in context:
                for prop in objects_of:
                    if (None, prop, node) in context:
                        note(_OBJECTS_OF, prop, node)
    instances: dict[Node, set[Node]] = {}
    for node, classes in types.items():
        for cls in classes:
            instances.setdefault(cls, set()).add(node)
    resolved: dict[Node, set[Node]] = {}
    for shape, kind, value in shapes.targets:
        if kind == _TARGET_NODE:
            nodes = {value} & described
        elif kind == _TARGET_CLASS:
            nodes = set().union(*(instances.get(cls, ()) for cls in
                                  union.transitive_subjects(_SUBCLASS_OF, value)))
        else:
            nodes = found.get((kind, value), set())
        if nodes:
            for targeted in (shape, *shapes.properties.get(shape, ())):
                resolved.setdefault(targeted, set()).update(nodes)
    return {shape: tuple(nodes) for shape, nodes in resolved.items()}


def validate_dataset(ds: Dataset, shapes: Graph | None = None) -> Report:
    """Validate every named graph of a dataset, each with the reference and ontology as context.

    The ontology graph is added from the project when the dataset lacks it, since the role
    schemes that ``org:role`` points to live there.
    """
    shapes = prepare_shapes(load_shapes() if shapes is None else shapes)
    reference = _named_graph(ds, REFERENCE_GRAPH)
    ontology = _named_graph(ds, ONTOLOGY_GRAPH)
    if len(ontology) == 0:
        ontology = load_ontology()
    contexts = {
        REFERENCE_GRAPH: ontology,
        ONTOLOGY_GRAPH: reference,
    }
    releases_context = ReadOnlyGraphAggregate([reference, ontology])
    problems: set[Problem] = set()
    checked = within_reference = 0
    for graph in _named_graphs(ds):
        if is_part_of_reference(graph, reference):
            within_reference += 1
            continue  # validated as part of the reference graph
        checked += 1
        context = contexts.get(graph.identifier, releases_context)
        report = validate_graph(graph, context, shapes=shapes)
        problems.update(replace(p, graph=str(graph.identifier)) for p in report.problems)
    ordered = sorted(problems)
    return Report(conforms=not any(p.severity == "Violation" for p in ordered), problems=ordered,
                  checked=checked, within_reference=within_reference)


def is_part_of_reference(graph: Graph, reference: Graph) -> bool:
    """Whether ``graph`` is one source's part of the reference graph: it says it is
    (``dcterms:isPartOf``) and the reference states every triple it has but its description
    of itself. Such a graph is checked when the reference graph is, not a second time."""
    name = graph.identifier
    if (name, DCTERMS.isPartOf, REFERENCE_GRAPH) not in graph:
        return False
    return all(triple in reference for triple in graph if triple[0] != name)


def run_validate(path: Path) -> int:
    """``ltgraph validate FILE``: 0 when the dataset conforms, 1 on violations, 2 when it could
    not be checked (unreadable file, or the validator itself failed): never a traceback."""
    try:
        ds = read_dataset(path)
    except ValueError as error:
        print(f"ltgraph validate: cannot read {path}: {error}", file=sys.stderr)
        return 2
    try:
        report = validate_dataset(ds)
    except Exception as error:  # noqa: BLE001 - an error is reported in words, exit 2
        print(f"ltgraph validate: {path}: could not be validated: {type(error).__name__}: "
              f"{_one_line(error)}", file=sys.stderr)
        return 2
    by_graph = sorted(report.problems, key=lambda p: (p.graph or "", p.sort_key()))
    shown_graph = None
    for problem, line in zip(by_graph, format_problems(by_graph)):
        if problem.graph != shown_graph:
            print(f"in graph <{problem.graph}>:")
            shown_graph = problem.graph
        print(line)
    violations = sum(p.severity == "Violation" for p in report.problems)
    others = len(report.problems) - violations
    graphs = graphs_checked(report)
    if report.conforms:
        print(f"{path}: conforms ({graphs}; {others} warnings)")
        return 0
    print(f"{path}: {violations} violations, {others} warnings ({graphs})")
    return 1


def graphs_checked(report: Report) -> str:
    """What a validation checked, in words: the graphs validated on their own, and the source
    graphs that were not, because the reference graph states them whole and was checked."""
    said = f"{report.checked} graphs checked"
    if report.within_reference:
        said += (f", {report.within_reference} source graphs checked as part of the reference "
                 "graph that states them whole")
    return said


def read_dataset(path: Path) -> Dataset:
    """Parse a TriG, N-Quads or Turtle file; ValueError names the position of a syntax error."""
    try:
        syntax = syntax_of(path)
    except UnknownSyntax:
        syntax = TRIG
    ds = Dataset()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(str(error)) from error
    try:
        if syntax.dataset:
            ds.parse(data=text, format=syntax.rdflib)
        else:
            ds.graph(REFERENCE_GRAPH).parse(data=text, format=syntax.rdflib)
    except Exception as error:  # rdflib raises several unrelated types for bad syntax
        raise ValueError(_one_line(error)) from error
    return ds


def format_problems(problems: list[Problem]) -> list[str]:
    """One readable line per problem, with prefixed names: focus, property, message, value."""
    lines = []
    for p in problems:
        path = _short(p.path) if p.path else "-"
        line = f"focus {_short(p.focus)} · property {path} · {p.message}"
        if p.value is not None:
            line += f" (value: {_short(p.value)})"
        if p.severity != "Violation":
            line = f"[{p.severity}] {line}"
        lines.append(line)
    return lines


def _problem(results: Graph, result: Node, data: Graph,
             described: set[Node]) -> Problem | None:
    """The result as a Problem, or None when it belongs to the context rather than ``data``.

    A result belongs to ``data`` when its focus node is described there and, for a bad value
    of a property, when ``data`` itself states that value (a wrong code in the reference is
    the reference's problem, even if a release names the same country).
    """
    focus = results.value(result, SH.focusNode)
    if focus not in described:
        return None
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    if isinstance(path, URIRef) and value is not None and (focus, path, value) not in data:
        return None
    constraint = results.value(result, SH.sourceConstraintComponent)
    if (constraint == SH.MaxCountConstraintComponent and isinstance(path, URIRef)
            and len(set(data.objects(focus, path))) <= _max_count(results, result)):
        # Too many values only in the union: another graph states another value (the
        # reference says 7-10 December, a release 7-8 December). DESIGN keeps both, each in
        # its own graph, so cardinality is a rule about one graph, not about the union.
        return None
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    severity = results.value(result, SH.resultSeverity)
    shape = results.value(result, SH.sourceShape)
    return Problem(
        focus=_node_text(focus),
        path=_node_text(path) if isinstance(path, URIRef) else _path_text(results, path),
        message=messages[0] if messages else "does not conform to the shapes",
        severity=_SEVERITIES.get(severity, str(severity)),
        value=None if value is None else _node_text(value),
        shape=str(shape) if isinstance(shape, URIRef) else None,
        constraint=None if constraint is None else str(constraint),
    )


def _max_count(results: Graph, result: Node) -> int:
    """The sh:maxCount of the property shape a result comes from (results embed the shapes)."""
    shape = results.value(result, SH.sourceShape)
    value = results.value(shape, SH.maxCount) if shape is not None else None
    return int(value) if value is not None else 1


def _path_text(results: Graph, path: Node | None) -> str | None:
    """A complex path as text: only inverse paths occur in our shapes."""
    if path is None:
        return None
    inverse = results.value(path, SH.inversePath)
    return f"^{inverse}" if inverse is not None else "(complex path)"


def _node_text(node: Node) -> str:
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, Literal):
        return node.n3()
    return str(node)


def _short(text: str) -> str:
    """An IRI as a prefixed name where a project prefix fits; other text unchanged."""
    inverse = text.startswith("^")
    iri = text[1:] if inverse else text
    for prefix, ns in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(ns) and len(iri) > len(ns) and "/" not in iri[len(ns):]:
            return ("^" if inverse else "") + f"{prefix}:{iri[len(ns):]}"
    return text if not iri.startswith("http") else ("^" if inverse else "") + f"<{iri}>"


def _named_graph(ds: Dataset, name: URIRef) -> Graph:
    return ds.graph(name) if name in {g.identifier for g in ds.graphs()} else Graph()


def _named_graphs(ds: Dataset) -> list[Graph]:
    """The graphs with content (the default graph too, when it has any), in a fixed order."""
    return sorted((g for g in ds.graphs() if len(g) > 0), key=lambda g: str(g.identifier))


def _one_line(error: Exception) -> str:
    """rdflib's parse error on one line: "line 5: Bad syntax (...)", without the byte dump."""
    text = " ".join(str(error).split())
    match = re.match(r"at line (\d+) of <[^>]*>: (.*?)(?: at \^ in:.*)?$", text)
    return f"line {match.group(1)}: {match.group(2)}" if match else text
