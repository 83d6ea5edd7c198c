"""The server's settings: one registry that the CLI, ``docs/server.md`` and ``/-/settings`` read.

A setting is data (name, default, help text, environment variable), so adding one here makes it
an option of ``ltgraph serve``, a row of the introspection page and a line the docs test insists
on. Values come from, in rising precedence: the default, the environment, the command line.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ltgraph import paths

_RELEASES = paths.checkout_releases()


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    env: str
    type: type = str

    def parse(self, raw: str) -> Any:
        """The value of ``raw`` (text from the environment or the CLI) for this setting."""
        if self.type is bool:
            if raw.strip().lower() in ("1", "true", "yes", "on"):
                return True
            if raw.strip().lower() in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(f"{self.env}: expected true or false, got {raw!r}")
        try:
            return self.type(raw)
        except ValueError:
            raise ValueError(f"{self.env}: expected {self.type.__name__}, got {raw!r}") from None


SETTINGS: tuple[Setting, ...] = (
    Setting("host", "127.0.0.1", "Interface to listen on.", "LTGRAPH_HOST"),
    Setting("port", 8000, "TCP port to listen on.", "LTGRAPH_PORT", int),
    Setting("data", str(paths.dataset_file()), "Dataset (TriG or N-Quads) the store is loaded "
            "from; by default the one the package ships.", "LTGRAPH_DATA"),
    Setting("store", "", "Directory of an on-disk pyoxigraph store, filled from the dataset "
            "when empty; empty means an in-memory store.", "LTGRAPH_STORE"),
    Setting("backend", "embedded", "Store implementation: 'embedded' (pyoxigraph) or "
            "'remote' (a SPARQL 1.1 store such as Virtuoso, see remote_endpoint).",
            "LTGRAPH_BACKEND"),
    Setting("remote_endpoint", "", "SPARQL endpoint URL of the remote store "
            "(backend=remote only).", "LTGRAPH_REMOTE_ENDPOINT"),
    Setting("remote_union", "dataset", "Kept for existing configurations: every query reads "
            "the union graph that ltgraph push writes (the distinct union of ltgraph's graphs) "
            "as its default graph, and names ltgraph's graphs when it uses GRAPH; 'dataset' "
            "and 'native' now mean the same.", "LTGRAPH_REMOTE_UNION"),
    Setting("public_base", "https://w3id.org/ltgraph/", "The public base of the dataset's "
            "IRIs; requests to the server's own host are mapped onto it, so links stay right "
            "behind a proxy.", "LTGRAPH_PUBLIC_BASE"),
    Setting("query_timeout_s", 10.0, "Wall-clock limit of one query, parsing and result "
            "included; at the limit the worker process is killed and the client gets 503.",
            "LTGRAPH_QUERY_TIMEOUT_S", float),
    Setting("query_workers", 2, "Query worker processes (each holds the store; queries beyond "
            "this wait in line).", "LTGRAPH_QUERY_WORKERS", int),
    Setting("query_network_isolation", True, "Evaluate queries in worker processes that have "
            "no network access (their own network namespace and a seccomp filter on sockets), "
            "so no query can make the server fetch anything; the server refuses to start where "
            "the kernel allows neither. Applies to the embedded store (a remote store is "
            "reached over the network).", "LTGRAPH_QUERY_NETWORK_ISOLATION", bool),
    Setting("query_queue", 4, "Client queries that may wait for a busy query worker; when "
            "the workers and the queue are full, a further query gets 503 with Retry-After at "
            "once.", "LTGRAPH_QUERY_QUEUE", int),
    Setting("query_per_client", 1, "Client queries one client address may have running or "
            "waiting at once (so no client can hold every worker); beyond, 429 with "
            "Retry-After. Behind a reverse proxy set trusted_proxies, or every client shares "
            "the proxy's address.", "LTGRAPH_QUERY_PER_CLIENT", int),
    Setting("query_memory_mb", 512, "Memory a query worker may allocate beyond the store it "
            "shares (MiB); a query that needs more is stopped with 503 and its worker "
            "replaced; 0 means no cap.", "LTGRAPH_QUERY_MEMORY_MB", int),
    Setting("query_nice", 10, "CPU niceness added to the workers of client queries, so the "
            "server itself (lookups, pages, static files) gets the processor first; on a "
            "machine shared with other programs it also slows the queries against them; 0: "
            "the server's priority.", "LTGRAPH_QUERY_NICE", int),
    Setting("page_workers", 1, "Worker processes for the server's own whole-dataset queries "
            "(network exports and pictures, VoID counts, named graphs), apart from "
            "query_workers, so clients' queries never hold them up; pages ask the store in the "
            "server's process.", "LTGRAPH_PAGE_WORKERS", int),
    Setting("server_threads", 16, "Threads of the WSGI server. Client queries hold at most "
            "query_workers + query_queue of them; the others answer lookups, pages and static "
            "files (must be larger than that sum).", "LTGRAPH_SERVER_THREADS", int),
    Setting("response_cache_mib", 64.0, "Memory for answers kept until the next dataset is "
            "loaded (lookups, pages, repeated GET queries), each with an ETag; 0 keeps none. "
            "One answer may take at most an eighth of it.", "LTGRAPH_RESPONSE_CACHE_MIB", float),
    Setting("page_dir", "", "Directory where the pages of every summit and press release are "
            "rendered in the background once the server has started, one compressed file per "
            "page and language, kept until the next load, so that their first view is a file "
            "read (and the RDF documents of the hubs, one file per format); empty: 'pages' in the store directory (on disk) or in the system's "
            "temporary folder (in memory); 'off': each is rendered at its first view.",
            "LTGRAPH_PAGE_DIR"),
    Setting("max_rows", 10000, "Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) in one "
            "result; a cut result says so in the X-LTGraph-Truncated header.",
            "LTGRAPH_MAX_ROWS", int),
    Setting("max_query_bytes", 65536, "Largest query text accepted; larger requests get 413.",
            "LTGRAPH_MAX_QUERY_BYTES", int),
    Setting("releases", "" if _RELEASES is None else str(_RELEASES), "Folder of the release "
            "files the dataset was built from; where a release's file is there (same name and "
            "SHA-256), the pages show the text of its evidence spans. Only a source checkout "
            "has a default (../shared/releases beside it); elsewhere empty: no text shown.",
            "LTGRAPH_RELEASES"),
    Setting("trusted_proxies", 0, "Number of reverse proxies in front of the server whose "
            "X-Forwarded-For/-Proto/-Host/-Prefix headers are believed; with 1, links in the "
            "service description, VoID and pages use the public host and path.",
            "LTGRAPH_TRUSTED_PROXIES", int),
    Setting("cors", True, "Send 'Access-Control-Allow-Origin: *' (never with credentials).",
            "LTGRAPH_CORS", bool),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown setting {name!r}; known: {', '.join(_BY_NAME)}") from None


def resolve(overrides: Mapping[str, Any] | None = None,
            environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """All settings as a dict: defaults, then the environment, then ``overrides`` (the CLI);
    ``None`` values in ``overrides`` mean "not given"."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for item in SETTINGS:
        value = item.default
        if item.env in environ:
            value = item.parse(environ[item.env])
        values[item.name] = value
    for name, value in (overrides or {}).items():
        item = setting(name)
        if value is not None:
            values[name] = item.parse(value) if isinstance(value, str) else value
    return values
