"""Helpers for the web tests (a module with its own name, so that test modules can import it
whichever other conftest.py is loaded): a real ``ltgraph serve`` process on a free loopback
port, and a small dataset to serve.

The sample dataset follows the graph shapes of the project (one named graph per release, the
reference graph, the ontology graph, evidence under the release's fragment IRIs); its facts are
written for these tests.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from server_process import free_port, ltgraph_server  # noqa: F401 (free_port re-exported)

REPO = Path(__file__).resolve().parents[2]
SHARED = (REPO / ".." / "shared").resolve()

SAMPLE_TRIG = """\
@prefix lt: <https://w3id.org/ltgraph/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .

<https://w3id.org/ltgraph/graph/ontology> {
  <https://w3id.org/ltgraph/ontology> a owl:Ontology ; rdfs:label "ltgraph ontology"@en .
  lt:City a owl:Class ; rdfs:label "city"@en , "Stadt"@de .
  lt:Summit a owl:Class ; rdfs:label "summit"@en .
}

<https://w3id.org/ltgraph/graph/reference> {
  <https://w3id.org/ltgraph/id/city/duesseldorf> a lt:City ;
      rdfs:label "Düsseldorf"@en ;
      lt:country <https://w3id.org/ltgraph/id/country/de> .
  <https://w3id.org/ltgraph/id/city/oslo> a lt:City ;
      rdfs:label "Oslo"@en ;
      lt:country <https://w3id.org/ltgraph/id/country/no> .
  <https://w3id.org/ltgraph/id/country/de> a lt:Country ;
      rdfs:label "Germany"@en , "Deutschland"@de ;
      lt:isoCode "DE" .
  <https://w3id.org/ltgraph/id/country/no> a lt:Country ; rdfs:label "Norway"@en ; lt:isoCode "NO" .
  <https://w3id.org/ltgraph/id/person/erika-muster> a lt:Person ; schema:name "Erika Muster" .
  <https://w3id.org/ltgraph/id/org/example-network> a lt:Network ; rdfs:label "Example Network"@en .
  <https://w3id.org/ltgraph/id/org/example-network#member-oslo> a org:Membership ;
      org:member <https://w3id.org/ltgraph/id/city/oslo> ;
      org:organization <https://w3id.org/ltgraph/id/org/example-network> ;
      lt:memberSince "2016"^^xsd:gYear .
}

<https://w3id.org/ltgraph/graph/release/example-20200101-1> {
  <https://w3id.org/ltgraph/graph/release/example-20200101-1> prov:wasDerivedFrom
      <https://w3id.org/ltgraph/id/release/example-20200101-1> .
  <https://w3id.org/ltgraph/id/release/example-20200101-1> a lt:PressRelease ;
      schema:headline "Mayors meet in Oslo"@en ;
      schema:datePublished "2020-01-01"^^xsd:date ;
      schema:publisher <https://w3id.org/ltgraph/id/city/duesseldorf> ;
      schema:mentions <https://w3id.org/ltgraph/id/summit/2020-oslo> .
  <https://w3id.org/ltgraph/id/summit/2020-oslo> a lt:Summit ;
      rdfs:label "Summit 2020 in Oslo"@en ;
      lt:hostCity <https://w3id.org/ltgraph/id/city/oslo> ;
      lt:participatingCity <https://w3id.org/ltgraph/id/city/duesseldorf> ,
          <https://w3id.org/ltgraph/id/city/oslo> ;
      schema:attendee <https://w3id.org/ltgraph/id/person/erika-muster> ;
      lt:ordinal 4 .
  <https://w3id.org/ltgraph/id/release/example-20200101-1#ev-0123456789ab> a lt:Evidence ;
      rdf:subject <https://w3id.org/ltgraph/id/summit/2020-oslo> ;
      rdf:predicate lt:hostCity ;
      rdf:object <https://w3id.org/ltgraph/id/city/oslo> ;
      lt:span <https://w3id.org/ltgraph/id/release/example-20200101-1#char=10,14> .
  <https://w3id.org/ltgraph/id/release/example-20200101-1#char=10,14> a lt:TextSpan ;
      lt:spanOf <https://w3id.org/ltgraph/id/release/example-20200101-1> ;
      lt:charStart 10 ; lt:charEnd 14 .
}
"""


@dataclass
class Server:
    url: str  # http://127.0.0.1:port/ (with the trailing slash)
    process: subprocess.Popen
    log: Path
    audit_log: Path | None

    @property
    def sparql(self) -> str:
        return self.url + "sparql"

    def audit_events(self) -> list[str]:
        return self.audit_log.read_text().splitlines() if self.audit_log else []

    def await_start_up_work(self, timeout_s: float = 120.0) -> None:
        """Return once the server has done its start-up work and forked its query workers
        again (its log says so): tests that count the workers must not race that re-fork."""
        from ltgraph.web.cache import WORKERS_FORKED_AGAIN

        deadline = time.monotonic() + timeout_s
        while WORKERS_FORKED_AGAIN not in self.log.read_text(errors="replace"):
            if time.monotonic() > deadline:
                raise AssertionError(f"the server never finished its start-up work: {self.log}")
            time.sleep(0.1)


@contextlib.contextmanager
def running_server(data: Path, workdir: Path, *, audit: bool = False,
                   settings: dict[str, str] | None = None,
                   env: dict[str, str] | None = None) -> Iterator[Server]:
    """``ltgraph serve`` on a free port, serving ``data``; stopped (by its pid) on exit."""
    env = dict(env or {})
    audit_log = None
    if audit:
        audit_log = workdir / f"audit-{free_port()}.log"
        audit_log.touch()
        env["LTGRAPH_TEST_AUDIT_LOG"] = str(audit_log)
    args = ["--data", str(data)]
    for name, value in (settings or {}).items():
        args += ["--set", f"{name}={value}"]
    with ltgraph_server(workdir, *args, env=env) as running:
        yield Server(running.url, running.process, running.log, audit_log)


def select_rows(server: Server, query: str) -> list[dict[str, str]]:
    """A SELECT asked of the running server by SPARQLWrapper, as a researcher asks it: each row
    as its variables' plain values."""
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(server.sparql)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    return [{v: b[v]["value"] for v in b} for b in bindings]


def no_traceback(text: str) -> bool:
    """Whether a response body is free of tracebacks and internals."""
    lowered = text.lower()
    return not any(marker in lowered for marker in (
        "traceback", 'file "', "/work/", "site-packages", ".py\"", "werkzeug debugger"))
