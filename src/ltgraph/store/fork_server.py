"""What the fork server that query workers of an on-disk store start from loads once, so that
every worker shares it instead of making it again (:mod:`ltgraph.store.isolation`).

Besides the modules a worker runs, the guard's parser parses one query here: rdflib's first
parse prepares its grammar (0.4 s, more in a worker at a lower CPU priority), which each worker
would otherwise pay on its first query.
"""

from __future__ import annotations

from ltgraph.store import embedded, isolation  # noqa: F401 - loaded here, shared by every worker
from ltgraph.store.guard import inspect_query

inspect_query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?o != 1) } LIMIT 1")
