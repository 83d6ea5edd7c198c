"""A remote SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB, ...) behind the :class:`Store` interface.

When the graph or its audience outgrows one machine, the data lives in an institutional
triplestore and ltgraph only talks to it: queries go through SPARQLWrapper to the query endpoint,
and data goes in through the SPARQL 1.1 Graph Store HTTP Protocol (a ``PUT`` per named graph
replaces it as a unit) or, without a graph store, through SPARQL Update (``DROP SILENT GRAPH``
and ``INSERT DATA`` for that graph in one request).

**Which graphs are ours.** A shared store holds other people's graphs and its own system graphs
(Virtuoso keeps its configuration in ``http://www.openlinksw.com/schemas/virtrdf#``). The store
therefore treats only the named graphs whose IRI starts with ``graph_prefix`` (by default
``https://w3id.org/ltgraph/graph/``) as its dataset: ``graphs()``, ``triple_count()``, ``dump()``
and ``load(prune)`` see nothing else, and nothing else is ever dropped.

**Union default graph.** Our queries expect the default graph to be the union of the named
graphs. Stores disagree (Virtuoso: the union of *every* graph, system graphs included; Fuseki:
an empty default graph unless configured otherwise). So with ``union_default="dataset"`` (the
default) every query carries the SPARQL protocol's dataset explicitly: one ``default-graph-uri``
and one ``named-graph-uri`` per graph of ours. That is plain SPARQL 1.1, gives the same answers
on every store, and keeps other graphs out of reach. ``union_default="native"`` sends no dataset
and trusts the store (cheaper with many thousands of graphs, right only on a store that holds
nothing but our graphs and is configured for a union default graph).

**Safety.** Every query passes :func:`ltgraph.store.guard.inspect_query` first (no SERVICE, no
updates), dataset IRIs a client names are restricted to our graphs, and Virtuoso's built-in SQL
function namespaces (``bif:``, ``sql:``) are refused before anything is sent. Credentials come
only from the environment (:data:`USER_ENV`, :data:`PASSWORD_ENV`) and never appear in a message.
"""

from __future__ import annotations

import base64
import os
import re
import time
import typing
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyparsing import ParseResults
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql.algebra import translatePrologue
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Identifier, Node

from ltgraph.store.base import (
    AskResult,
    Description,
    DumpFormat,
    GraphResult,
    Quad,
    QueryRefused,
    QueryResult,
    QuerySyntaxError,
    QueryTimeout,
    SelectResult,
    Store,
    StoreError,
)
from ltgraph.store.embedded import LABEL_PROPERTIES, rdf_format_of, to_oxigraph
from ltgraph.store.guard import inspect_query
from ltgraph.terms import GRAPH as GRAPH_PREFIX
from ltgraph.terms import PREFIXES

USER_ENV = "LTGRAPH_REMOTE_USER"
PASSWORD_ENV = "LTGRAPH_REMOTE_PASSWORD"
AUTH_ENV = "LTGRAPH_REMOTE_AUTH"
# A graph IRI no store holds: the protocol dataset when a client names only graphs not ours.
EMPTY_GRAPH = "urn:x-ltgraph:empty-graph"
# Function namespaces through which Virtuoso exposes its SQL engine to SPARQL.
REFUSED_FUNCTION_PREFIXES = ("bif:", "sql:")
GRAPH_CACHE_SECONDS = 5.0


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str
    scheme: str = "digest"  # "basic" or "digest"

    def __repr__(self) -> str:  # never print the password, not even in a traceback
        return f"Credentials(user={self.user!r}, scheme={self.scheme!r})"


def credentials_from_environment(environ: Mapping[str, str] | None = None) -> Credentials | None:
    """The credentials in ``LTGRAPH_REMOTE_USER``/``LTGRAPH_REMOTE_PASSWORD`` (and the scheme in
    ``LTGRAPH_REMOTE_AUTH``: digest, Virtuoso's, by default; basic for Fuseki and GraphDB), or
    None when no user is set. They are read from the environment only, so they never show in a
    process list or a shell history."""
    environ = os.environ if environ is None else environ
    user = environ.get(USER_ENV, "")
    if not user:
        return None
    scheme = environ.get(AUTH_ENV, "digest").strip().lower() or "digest"
    if scheme not in ("basic", "digest"):
        raise StoreError(f"{AUTH_ENV}: expected basic or digest, got {scheme!r}")
    return Credentials(user, environ.get(PASSWORD_ENV, ""), scheme)


def check_endpoint_url(url: str, what: str = "endpoint") -> str:
    """``url`` if it is a plain http(s) URL; credentials inside it are refused (they would end
    up in logs and process lists)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"{what} {url!r}: expected an http:// or https:// URL")
    if parts.username or parts.password:
        raise StoreError(f"{what}: credentials in the URL are not accepted; set {USER_ENV} and "
                         f"{PASSWORD_ENV} in the environment instead")
    return url


@dataclass(frozen=True)
class GraphPush:
    """What happened to one named graph in a push."""

    graph: str
    triples: int
    action: str  # "replaced" or "dropped"


class RemoteStore(Store):
    """A SPARQL 1.1 store reached over HTTP. See the module docstring for the semantics.

    ``update_endpoint`` (SPARQL Update) or ``graph_store`` (Graph Store Protocol) is needed only
    to load; a store with neither is read-only. Credentials are read from the environment
    unless given (``None``: anonymous).
    """

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None,
                 graph_store: str | None = None, graph_prefix: str = GRAPH_PREFIX,
                 union_default: str = "dataset", timeout_s: float = 60.0,
                 credentials: Credentials | None | typing.Literal["environment"] = "environment"
                 ) -> None:
        if not endpoint:
            raise StoreError("remote store: no SPARQL endpoint URL given")
        if union_default not in ("dataset", "native"):
            raise StoreError(f"union_default: expected 'dataset' or 'native', "
                             f"got {union_default!r}")
        self.endpoint = check_endpoint_url(endpoint)
        self.update_endpoint = (check_endpoint_url(update_endpoint, "update endpoint")
                                if update_endpoint else None)
        self.graph_store = check_endpoint_url(graph_store, "graph store") if graph_store else None
        self.graph_prefix = graph_prefix
        self.union_default = union_default
        self.timeout_s = timeout_s
        self._credentials = (credentials_from_environment() if credentials == "environment"
                             else credentials)
        self._graph_cache: tuple[float, list[str]] | None = None
        self._challenge: dict[str, str] | None = None
        self._digest: urllib.request.HTTPDigestAuthHandler | None = None

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    # -- reading --------------------------------------------------------------------------
    def query(self, sparql: str, *, default_graph_uris: Iterable[str] = (),
              named_graph_uris: Iterable[str] = (), timeout_s: float | None = None,
              max_rows: int | None = None) -> QueryResult:
        plan = inspect_query(sparql)
        sparql = plan.text  # the text the guard checked is the only one sent
        refuse_store_extensions(sparql)
        defaults, named = self._dataset_for(list(default_graph_uris), list(named_graph_uris),
                                            plan.from_graphs, plan.from_named_graphs)
        limit = self.timeout_s if timeout_s is None else min(timeout_s, self.timeout_s)
        if plan.form in ("SELECT", "ASK"):
            answer = self._request_json(sparql, defaults, named, limit)
            if plan.form == "ASK":
                return AskResult(bool(answer.get("boolean")))
            return select_result_of(answer, max_rows)
        graph = self._request_graph(sparql, defaults, named, limit)
        truncated = max_rows is not None and len(graph) > max_rows
        if truncated:
            kept = Graph()
            for count, triple in enumerate(sorted(graph)):
                if count >= max_rows:  # type: ignore[operator]
                    break
                kept.add(triple)
            graph = kept
        return GraphResult(graph, "DESCRIBE" if plan.form == "DESCRIBE" else "CONSTRUCT",
                           truncated)

    def graphs(self) -> list[str]:
        cached = self._graph_cache
        if cached is not None and time.monotonic() - cached[0] < GRAPH_CACHE_SECONDS:
            return list(cached[1])
        found = self._list_graphs()
        self._graph_cache = (time.monotonic(), found)
        return list(found)

    def forget_graphs(self) -> None:
        """Drop the cached list of graphs, so the next query sees graphs another process
        pushed a moment ago (otherwise they appear within GRAPH_CACHE_SECONDS)."""
        self._graph_cache = None

    def describe(self, iri: str) -> Description:
        node = URIRef(iri)
        if not is_safe_iri(iri):  # it is written into the query text: no way out of <...>
            return Description(node)
        fragment_start = _sparql_string(iri + "#")
        outgoing = self._quads(
            f"SELECT ?s ?p ?o ?g WHERE {{ {{ GRAPH ?g {{ <{iri}> ?p ?o }} BIND(<{iri}> AS ?s) }}"
            f" UNION {{ GRAPH ?g {{ ?s ?p ?o "
            f"FILTER(isIRI(?s) && STRSTARTS(STR(?s), {fragment_start})) }} }} }}")
        incoming = self._quads(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p <{iri}> }} BIND(<{iri}> AS ?o) }}")
        linked = {q[2] for q in outgoing if isinstance(q[2], URIRef)} | {q[0] for q in incoming}
        linked.discard(node)
        labels: list[Quad] = []
        terms = sorted(t for t in linked if isinstance(t, URIRef))
        for start in range(0, len(terms), 200):
            values = " ".join(f"<{t}>" for t in terms[start:start + 200])
            properties = " ".join(f"<{p}>" for p in LABEL_PROPERTIES)
            labels += self._quads(
                f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {values} }} "
                f"VALUES ?p {{ {properties} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        return Description(node, sorted(outgoing, key=_quad_key),
                           sorted(incoming, key=_quad_key), sorted(labels, key=_quad_key))

    def dump(self, format: DumpFormat = "trig") -> bytes:
        """Our graphs as N-Quads or TriG, read graph by graph and ordered as the embedded
        store orders its dump (graph, subject, predicate, object), so the same contents give
        the same bytes from either store."""
        if format not in ("trig", "nquads"):
            raise StoreError(f"unknown dump format {format!r}; expected trig or nquads")
        quads = sorted((ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.NamedNode(g))
                        for s, p, o, g in self.quads_of_graphs(self.graphs())),
                       key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                      str(q.object)))
        if format == "nquads":
            return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)

    def triple_count(self) -> int:
        graphs = self.graphs()
        if not graphs:
            return 0
        answer = self._request_json("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                                    [EMPTY_GRAPH], graphs, self.timeout_s)
        rows = select_result_of(answer, None).rows
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    def graph_counts(self) -> dict[str, int]:
        """Triples per graph of ours (what a push is checked against)."""
        graphs = self.graphs()
        if not graphs:
            return {}
        answer = self._request_json(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            [EMPTY_GRAPH], graphs, self.timeout_s)
        return {str(g): int(n) for g, n in select_result_of(answer, None).rows}

    def quads_of_graphs(self, graphs: Iterable[str]) -> Iterator[Quad]:
        """Every quad of the given graphs, one request per graph (so no result is larger than
        one graph, whatever row cap the store has)."""
        for graph in graphs:
            if not is_safe_iri(graph):
                raise StoreError(f"{graph!r} is not an IRI")
            answer = self._request_json(
                f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                [EMPTY_GRAPH], [graph], self.timeout_s)
            for s, p, o in select_result_of(answer, None).rows:
                yield (s, p, o, URIRef(graph))  # type: ignore[misc]

    # -- loading --------------------------------------------------------------------------
    def load(self, dataset_path: Path) -> None:
        """Replace our graphs with the dataset's (each graph as a unit), dropping graphs of
        ours the dataset no longer has. Readers may see some graphs new and others old while
        it runs: a remote store offers atomicity per graph, not per dataset."""
        self.push(dataset_path, prune=True)

    def push(self, dataset_path: Path, *, prune: bool = False) -> list[GraphPush]:
        """Put every named graph of the dataset into the store, replacing each as a unit.
        Pushing the same dataset twice leaves the store as the first push left it. Graphs of
        ours the dataset lacks are dropped only with ``prune``."""
        graphs = read_dataset_graphs(Path(dataset_path))
        foreign = [g for g in graphs if not g.startswith(self.graph_prefix)]
        if foreign:
            raise StoreError(f"{Path(dataset_path).name}: graph <{foreign[0]}> is outside the "
                             f"store's graph prefix <{self.graph_prefix}>")
        before = set(self._list_graphs()) if prune else set()
        report = []
        for graph, ntriples in sorted(graphs.items()):
            self.replace_graph(graph, ntriples)
            report.append(GraphPush(graph, ntriples.count("\n"), "replaced"))
        for graph in sorted(before - set(graphs)):
            self.drop_graph(graph)
            report.append(GraphPush(graph, 0, "dropped"))
        self._graph_cache = None
        return report

    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Replace one named graph by the N-Triples text, as a unit."""
        if self.graph_store:
            url = _with_query(self.graph_store, {"graph": graph})
            self._send("PUT", url, ntriples.encode("utf-8"), "text/turtle; charset=utf-8")
        elif self.update_endpoint:
            update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n" \
                     f"{ntriples}}} }}"
            self._send_update(update)
        else:
            raise StoreError("this remote store is read-only: give an update endpoint or a "
                             "graph store URL to load it")

    def drop_graph(self, graph: str) -> None:
        if not graph.startswith(self.graph_prefix):
            raise StoreError(f"<{graph}> is not one of this store's graphs; not dropped")
        if self.graph_store:
            url = _with_query(self.graph_store, {"graph": graph})
            try:
                self._send("DELETE", url, None, None)
            except RemoteHTTPError as error:
                if error.status != 404:
                    raise
            self._graph_cache = None
        elif self.update_endpoint:
            self._send_update(f"DROP SILENT GRAPH <{graph}>")
            self._graph_cache = None
            return
        else:
            raise StoreError("this remote store is read-only: give an update endpoint or a "
                             "graph store URL to change it")

    # -- HTTP -----------------------------------------------------------------------------
    def _dataset_for(self, defaults: list[str], named: list[str], from_graphs: tuple[str, ...],
                     from_named: tuple[str, ...]) -> tuple[list[str], list[str]]:
        """The protocol dataset to send with a query.

        Nothing named: the union of our graphs is the default graph and our graphs are the
        named graphs. A protocol dataset from the client: kept to our graphs (others are empty
        graphs, as in the embedded store). FROM / FROM NAMED in the query: Virtuoso lets them
        win over the protocol's parameters (SPARQL 1.1 says the reverse), so such a query may
        name only our graphs, may not be combined with a protocol dataset, and the half of the
        dataset it leaves out is sent as an empty graph (else Virtuoso fills it with every
        graph it has).
        """
        if from_graphs or from_named:
            if defaults or named:
                raise QueryRefused("give the dataset either in the query (FROM, FROM NAMED) "
                                   "or as default-graph-uri/named-graph-uri, not both")
            ours = set(self.graphs())
            for graph in (*from_graphs, *from_named):
                if graph not in ours:
                    raise QueryRefused(f"<{graph}> is not a graph of this dataset")
            return ([] if from_graphs else [EMPTY_GRAPH]), ([] if from_named else [EMPTY_GRAPH])
        if defaults or named:
            ours = set(self.graphs())
            return ([g for g in defaults if g in ours] or [EMPTY_GRAPH],
                    [g for g in named if g in ours] or [EMPTY_GRAPH])
        if self.union_default == "native":
            return [], []
        graphs = self.graphs() or [EMPTY_GRAPH]
        return graphs, graphs

    def _client(self, sparql: str, defaults: list[str], named: list[str], timeout_s: float,
                return_format: str) -> object:
        from SPARQLWrapper import BASIC, DIGEST, POST, URLENCODED, SPARQLWrapper

        client = SPARQLWrapper(self.endpoint, agent="ltgraph")
        client.setMethod(POST)
        client.setRequestMethod(URLENCODED)
        client.setQuery(sparql)
        client.setReturnFormat(return_format)
        # The store is asked to stop at the limit (Virtuoso reads ``timeout`` in milliseconds;
        # Fuseki and GraphDB read it in seconds, a looser limit that does no harm); the client
        # waits a little longer, so that the store's own stop is what normally ends a query.
        client.addParameter("timeout", str(max(1, round(timeout_s * 1000))))
        client.setTimeout(round(timeout_s * 1.5 + 2))
        client.setOnlyConneg(True)
        for graph in defaults:
            client.addParameter("default-graph-uri", graph)
        for graph in named:
            client.addParameter("named-graph-uri", graph)
        if self._credentials is not None:
            client.setHTTPAuth(DIGEST if self._credentials.scheme == "digest" else BASIC)
            client.setCredentials(self._credentials.user, self._credentials.password)
        return client

    def _run(self, client: object, timeout_s: float) -> tuple[bytes, Mapping[str, str]]:
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        started = time.monotonic()
        try:
            result = client.query()  # type: ignore[attr-defined]
            body = result.response.read()
            headers = result.response.headers
        except SPARQLWrapperException as error:
            raise _store_error_of(error) from None
        except urllib.error.HTTPError as error:
            raise _http_error(error.code, error.read()) from None
        except (TimeoutError, OSError) as error:
            if time.monotonic() - started >= timeout_s * 0.9 or "timed out" in str(error):
                raise QueryTimeout(f"the remote store did not answer within {timeout_s:g} s")\
                    from None
            raise StoreError(f"the remote store at {self.endpoint} cannot be reached "
                             f"({type(error).__name__})") from None
        state = headers.get("X-SQL-State", "")
        if state:  # Virtuoso's "anytime" answers: partial results after a timeout
            raise QueryTimeout(f"the remote store stopped the query at the limit of "
                               f"{timeout_s:g} s (it would have returned partial results)")
        return body, headers

    def _request_json(self, sparql: str, defaults: list[str], named: list[str],
                      timeout_s: float) -> dict:
        import json

        from SPARQLWrapper import JSON

        allow_dataset_echo(len(defaults) + len(named))
        body, _ = self._run(self._client(sparql, defaults, named, timeout_s, JSON), timeout_s)
        try:
            return json.loads(body.decode("utf-8"))
        except ValueError:
            raise StoreError("the remote store's answer is not SPARQL JSON results") from None

    def _request_graph(self, sparql: str, defaults: list[str], named: list[str],
                       timeout_s: float) -> Graph:
        from SPARQLWrapper import TURTLE

        allow_dataset_echo(len(defaults) + len(named))
        client = self._client(sparql, defaults, named, timeout_s, TURTLE)
        body, headers = self._run(client, timeout_s)
        media = headers.get("Content-Type", "text/turtle").split(";")[0].strip()
        graph = Graph()
        try:
            graph.parse(data=body.decode("utf-8"),
                        format="nt" if media == "application/n-triples" else "turtle")
        except Exception:  # noqa: BLE001 - rdflib's parsers raise many types
            raise StoreError(f"the remote store's graph answer ({media}) does not parse") \
                from None
        return graph

    def _quads(self, sparql: str) -> list[Quad]:
        graphs = self.graphs()
        if not graphs:
            return []
        answer = self._request_json(sparql, [EMPTY_GRAPH], graphs, self.timeout_s)
        rows = select_result_of(answer, None).rows
        return [(s, p, o, g) for s, p, o, g in rows]  # type: ignore[misc]

    def _list_graphs(self) -> list[str]:
        answer = self._request_json(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {_sparql_string(self.graph_prefix)})) }}",
            [], [], self.timeout_s)
        return sorted(str(row[0]) for row in select_result_of(answer, None).rows)

    def _send_update(self, update: str) -> None:
        assert self.update_endpoint is not None
        body = urllib.parse.urlencode({"update": update}).encode("utf-8")
        self._send("POST", self.update_endpoint, body, "application/x-www-form-urlencoded")

    def _send(self, method: str, url: str, body: bytes | None, media: str | None) -> None:
        """One write request, authenticated up front.

        A server that answers an unauthenticated request with 401 may close the connection
        before reading a large body (Virtuoso does), which surfaces as a broken pipe instead of
        a challenge. So the credentials go with the first request: Basic directly, Digest from
        a challenge fetched once with a bodiless GET and reused with a growing nonce count; a
        stale challenge (401 or a dropped connection) is fetched anew once.
        """
        for attempt in (1, 2):
            request = urllib.request.Request(url, data=body, method=method)
            if media:
                request.add_header("Content-Type", media)
            if self._credentials is not None:
                self._authorize(request, fresh=attempt > 1)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                    response.read()
                return
            except urllib.error.HTTPError as error:
                if error.code == 401 and attempt == 1 and self._credentials is not None:
                    continue
                raise _http_error(error.code, error.read(), url) from None
            except OSError as error:
                reason = getattr(error, "reason", error)
                dropped = isinstance(reason, (BrokenPipeError, ConnectionResetError))
                if dropped and attempt == 1 and self._credentials is not None:
                    continue
                raise StoreError(f"{_without_query(url)} cannot be reached "
                                 f"({type(error).__name__}: {reason})") from None

    def _authorize(self, request: urllib.request.Request, *, fresh: bool) -> None:
        assert self._credentials is not None
        user, password = self._credentials.user, self._credentials.password
        if self._credentials.scheme == "basic":
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            request.add_unredirected_header("Authorization", f"Basic {token}")
            return
        if fresh or self._challenge is None:
            self._challenge = self._digest_challenge(request.full_url)
        if not self._challenge:  # the server asked for nothing
            return
        if self._digest is None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in (self.endpoint, self.update_endpoint, self.graph_store):
                if url:
                    passwords.add_password(None, url, user, password)
            self._digest = urllib.request.HTTPDigestAuthHandler(passwords)
        authorization = self._digest.get_authorization(request, self._challenge)
        if authorization:
            request.add_unredirected_header("Authorization", f"Digest {authorization}")

    def _digest_challenge(self, url: str) -> dict[str, str]:
        """The server's Digest challenge for ``url`` (empty when it asks for none)."""
        try:
            with urllib.request.urlopen(urllib.request.Request(url, method="GET"),
                                        timeout=self.timeout_s) as response:
                response.read()
            return {}
        except urllib.error.HTTPError as error:
            error.read()
            header = error.headers.get("WWW-Authenticate", "") if error.code == 401 else ""
        except OSError as error:
            raise StoreError(f"{_without_query(url)} cannot be reached "
                             f"({type(error).__name__})") from None
        scheme, _, parameters = header.partition(" ")
        if scheme.lower() != "digest":
            return {}
        return urllib.request.parse_keqv_list(urllib.request.parse_http_list(parameters))


def allow_dataset_echo(graphs: int) -> None:
    """Let responses carry a header per dataset graph.

    Virtuoso echoes every ``default-graph-uri`` and ``named-graph-uri`` of a request as an
    ``X-SPARQL-default-graph`` / ``X-SPARQL-named-graph`` response header, and Python's HTTP
    client refuses a response with more than 100 headers (``http.client._MAXHEADERS``, a
    module constant and the only knob there is). With more than ~45 release graphs every
    query failed, so the limit is raised, process-wide and only ever upwards, to what our
    own dataset needs.
    """
    import http.client

    needed = graphs + 100
    if getattr(http.client, "_MAXHEADERS", needed) < needed:
        http.client._MAXHEADERS = needed  # type: ignore[attr-defined]


_UNSAFE_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def is_safe_iri(iri: str) -> bool:
    """Whether ``iri`` can stand between ``<`` and ``>`` in a query (SPARQL's IRIREF): none of
    the characters that would end it or change what follows."""
    return bool(iri) and _UNSAFE_IN_IRI.search(iri) is None


class RemoteHTTPError(StoreError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def refuse_store_extensions(sparql: str) -> None:
    """Refuse IRIs in the namespaces through which a store exposes its internals (Virtuoso's
    ``bif:`` and ``sql:`` functions reach its SQL engine). Prefixed names are resolved first,
    so ``PREFIX f: <bif:>`` does not hide one. A query whose text has neither namespace nor
    an escape sequence cannot name one, and is not parsed a second time."""
    lowered = sparql.lower()
    if not any(marker in lowered for marker in (*REFUSED_FUNCTION_PREFIXES, "\\u")):
        return
    tree = parseQuery(sparql)
    prologue = translatePrologue(tree[0], None)
    stack: list[object] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue) and node.name == "pname":
            node = prologue.resolvePName(node.get("prefix"), node.get("localname"))
        if isinstance(node, URIRef):
            if str(node).lower().startswith(REFUSED_FUNCTION_PREFIXES):
                raise QueryRefused(f"<{node}>: store-specific functions (bif:, sql:) are not "
                                   "available through this endpoint")
        elif isinstance(node, CompValue):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)


def read_dataset_graphs(path: Path) -> dict[str, str]:
    """The named graphs of a TriG or N-Quads file, each as N-Triples text (sorted lines, so
    the same graph always gives the same text). Triples in the default graph are an error:
    a push replaces graphs, and a default graph has no name to replace."""
    if not path.is_file():
        raise StoreError(f"{path}: no such dataset file")
    graphs: dict[str, list[str]] = {}
    try:
        for quad in ox.parse(path=str(path), format=rdf_format_of(path)):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                raise StoreError(f"{path.name}: a triple in the default graph ({quad.subject}); "
                                 "every triple must be in a named graph")
            if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
                raise StoreError(f"{path.name}: blank node in graph {quad.graph_name}; the "
                                 "dataset must have none (they cannot be replaced idempotently)")
            graphs.setdefault(quad.graph_name.value, []).append(
                f"{quad.subject} {quad.predicate} {quad.object} .\n")
    except SyntaxError as error:
        raise StoreError(f"{path.name}: {error}") from None
    return {g: "".join(sorted(set(lines))) for g, lines in graphs.items()}


def select_result_of(answer: Mapping, max_rows: int | None) -> SelectResult:
    """SPARQL 1.1 JSON results as a :class:`SelectResult`."""
    variables = list(answer.get("head", {}).get("vars", []))
    bindings = answer.get("results", {}).get("bindings", [])
    truncated = max_rows is not None and len(bindings) > max_rows
    if truncated:
        bindings = bindings[:max_rows]
    rows = [tuple(term_of_json(b.get(v)) for v in variables) for b in bindings]
    return SelectResult(variables, rows, truncated)


def term_of_json(value: Mapping[str, str] | None) -> Identifier | None:
    """One value of SPARQL JSON results as an rdflib term, in the form the embedded store gives
    (so answers compare equal): ``xsd:string`` literals are plain, Virtuoso's
    ``typed-literal`` is a literal."""
    if value is None:
        return None
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if value.get("xml:lang"):
            return Literal(value["value"], lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype and datatype != str(XSD.string):
            return Literal(value["value"], datatype=URIRef(datatype))
        return Literal(value["value"])
    raise StoreError(f"unexpected value type {kind!r} in the remote store's answer")


def _store_error_of(error: Exception) -> StoreError:
    from SPARQLWrapper.SPARQLExceptions import (
        EndPointInternalError,
        EndPointNotFound,
        QueryBadFormed,
        Unauthorized,
    )

    text = _first_line(str(error))
    if isinstance(error, QueryBadFormed):
        return QuerySyntaxError(f"the remote store rejected the query: {text}")
    if isinstance(error, Unauthorized):
        return StoreError("the remote store refused the credentials (HTTP 401)")
    if isinstance(error, EndPointNotFound):
        return StoreError("the remote store's endpoint was not found (HTTP 404)")
    if isinstance(error, EndPointInternalError) and "timeout" in text.lower():
        return QueryTimeout("the remote store stopped the query at its time limit")
    if "estimated execution time" in text.lower():  # Virtuoso's refusal before running it
        return QueryRefused(f"the remote store refused the query as too costly: {text}")
    return StoreError(f"the remote store failed to answer: {text}")


def _http_error(status: int, body: bytes, url: str | None = None) -> RemoteHTTPError:
    where = f"{_without_query(url)}: " if url else ""
    if status == 401:
        return RemoteHTTPError(status, f"{where}the remote store refused the credentials "
                                       f"(HTTP 401; set {USER_ENV} and {PASSWORD_ENV})")
    if status == 403:
        return RemoteHTTPError(status, f"{where}the remote store forbids this (HTTP 403); the "
                                       "user needs write permission")
    text = _first_line(body.decode("utf-8", "replace"))
    return RemoteHTTPError(status, f"{where}the remote store answered HTTP {status}: {text}")


def _first_line(text: str) -> str:
    """The store's own message, in one line: SPARQLWrapper wraps it in its explanation and a
    bytes repr, and Virtuoso appends the query (which the client has anyway)."""
    virtuoso = re.search(r"Virtuoso \w+ Error [^\n]*", text.replace("\\n", "\n"))
    if virtuoso:  # its message may follow part of an answer it had begun to send
        return " ".join(virtuoso.group(0).split())[:300]
    if "Response:" in text:
        text = text.split("Response:", 1)[1]
    text = text.strip()
    if text[:2] in ('b"', "b'"):
        text = text[2:-1].encode("latin-1", "backslashreplace").decode("unicode_escape", "replace")
    text = text.split("SPARQL query:", 1)[0]
    return " ".join(text.split())[:300]


def _sparql_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _with_query(url: str, params: Mapping[str, str]) -> str:
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    return url + separator + urllib.parse.urlencode(params)


def _without_query(url: str) -> str:
    return urllib.parse.urlsplit(url)._replace(query="").geturl()


def _quad_key(quad: Quad) -> tuple[str, ...]:
    return tuple(term.n3() if isinstance(term, Node) else "" for term in quad)
