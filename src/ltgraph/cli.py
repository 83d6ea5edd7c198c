"""The ``ltgraph`` command: a thin shell over the package, one sub-command per job.

Each command imports its stage lazily so that ``ltgraph --help`` stays fast and a broken
optional part (the browser, a remote store) never stops the others.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ltgraph import paths
from ltgraph.settings import SETTINGS

CHECKOUT_ONLY = "only in a source checkout: {default}; an installed package has none"


@click.group()
@click.version_option(package_name="ltgraph")
def main() -> None:
    """ltgraph: the Living Together mayors network as a validated knowledge graph."""


@main.command()
@click.option("--releases", "releases_dir", type=click.Path(path_type=Path), default=None,
              help="Folder of press releases (.txt, .html) to build from ["
                   + CHECKOUT_ONLY.format(default="../shared/releases beside it") + "].")
@click.option("--output", type=click.Path(path_type=Path), default=None,
              help="TriG file to write (atomically) ["
                   + CHECKOUT_ONLY.format(default="its data/graph/ltgraph.trig") + "].")
@click.option("--reference", "reference_dir", type=click.Path(path_type=Path), default=None,
              help="Curated reference data [default: the package's own, data/reference/].")
@click.option("--with-text", is_flag=True,
              help="Also store the text of quotations (for stores built locally from the "
                   "release files; never for the committed graph).")
@click.option("--quiet", is_flag=True, help="Print only problems and the summary.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes that read releases (the output is the same) "
                   "[default: one per core].")
@click.option("--watch", is_flag=True,
              help="Stay running: build again whenever a release file is added, changed or "
                   "removed, with everything already loaded (a release added costs about one "
                   "release, not a new process's start-up). Stop with Ctrl-C.")
@click.option("--interval", type=click.FloatRange(min=0.05), default=1.0, show_default=True,
              help="With --watch: seconds between looks at the release folder.")
def build(releases_dir: Path | None, output: Path | None, reference_dir: Path | None,
          with_text: bool, quiet: bool, jobs: int | None, watch: bool, interval: float) -> None:
    """Parse, extract, map and validate every release; write the dataset as TriG."""
    releases_dir = releases_dir or _checkout_default(paths.checkout_releases(), "--releases")
    output = output or _checkout_default(paths.checkout_dataset(), "--output")
    reference_dir = reference_dir or paths.reference_dir()
    if watch:
        from ltgraph.watch import watch_build

        sys.exit(watch_build(releases_dir, output, reference_dir, with_text=with_text,
                             quiet=quiet, jobs=jobs, interval=interval))
    from ltgraph.build import run_build

    sys.exit(run_build(releases_dir, output, reference_dir, with_text=with_text, quiet=quiet,
                       jobs=jobs))


def _checkout_default(default: Path | None, option: str) -> Path:
    """The checkout's default for ``option``; outside a checkout, a usage error saying so."""
    if default is None:
        raise click.UsageError(f"{option} is required: its default exists only in a source "
                               "checkout of ltgraph, and this one is installed")
    return default


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(file: Path) -> None:
    """Validate a dataset file against the SHACL shapes; exit 1 on violations."""
    from ltgraph.validate import run_validate

    sys.exit(run_validate(file))


@main.command()
@click.option("--data", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Dataset to profile [default: the built dataset; the one the "
                                 "package ships when installed].")
@click.option("--output", type=click.Path(path_type=Path), default=None,
              help="Markdown file to write [" + CHECKOUT_ONLY.format(
                  default="its docs/model.md") + "].")
@click.option("--check", is_flag=True, help="Only say whether the file is up to date (exit 1 "
                                            "when it is stale).")
def profile(data: Path | None, output: Path | None, check: bool) -> None:
    """Write the data profile (every class, its predicates, ranges, cardinality, examples and
    queries) measured from the dataset and the shapes."""
    from ltgraph.profile import run_profile

    data = data or paths.checkout_dataset() or paths.dataset_file()
    root = paths.checkout()
    output = output or _checkout_default(root / "docs" / "model.md" if root else None,
                                         "--output")
    source = data.relative_to(root).as_posix() if root and data.resolve().is_relative_to(
        root) else data.name
    sys.exit(run_profile(data, output, source, check=check))


@main.command()
@click.option("--host", default=None, help="Interface to listen on (setting 'host').")
@click.option("--port", type=int, default=None, help="TCP port (setting 'port').")
@click.option("--store", "store_path", default=None,
              help="On-disk store directory, filled from --data when empty (setting 'store').")
@click.option("--data", default=None, help="Dataset to serve, TriG or N-Quads (setting 'data').")
@click.option("--backend", default=None, metavar="embedded|URL",
              help="'embedded', or the SPARQL endpoint URL of a remote store to serve from "
                   "(settings 'backend' and 'remote_endpoint'; see docs/triplestore.md).")
@click.option("--set", "extra", multiple=True, metavar="NAME=VALUE",
              help="Any other setting of the registry ("
                   + ", ".join(s.name for s in SETTINGS)
                   + "; see docs/server.md or /-/settings); repeatable.")
def serve(host: str | None, port: int | None, store_path: str | None, data: str | None,
          backend: str | None, extra: tuple[str, ...]) -> None:
    """Serve the SPARQL endpoint, linked data and UI under waitress."""
    from ltgraph.web.serve import run

    overrides: dict[str, object] = {"host": host, "port": port, "store": store_path,
                                    "data": data, "backend": backend}
    if backend is not None and "://" in backend:
        overrides.update(backend="remote", remote_endpoint=backend)
    for item in extra:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r}: expected NAME=VALUE", param_hint="--set")
        overrides[name.strip()] = value
    try:
        run(overrides)
    except (KeyError, ValueError) as error:
        raise click.UsageError(str(error)) from None


@main.command()
@click.argument("kind", type=click.Choice(["cities", "affiliation", "people", "organisations"]))
@click.option("--format", "format_name", type=click.Choice(["graphml", "gexf", "json", "csv"]),
              required=True, help="File format of the export.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write (atomically); a .zip for csv.")
@click.option("--input", "input_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Dataset file to read [default: the package's own dataset].")
@click.option("--endpoint", default=None, help="Read from this SPARQL endpoint URL instead.")
@click.option("--lang", default="en", show_default=True, help="Language of the labels.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Only events starting on or after this date (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Only events starting on or before this date (YYYY-MM-DD).")
@click.option("--release", "releases", multiple=True, metavar="SLUG",
              help="Only facts stated by this release (its named graph); repeatable.")
@click.option("--members/--no-members", default=None,
              help="Keep the network's member cities that share no summit, as nodes without "
                   "links (cities and affiliation only) [default: --members].")
def network(kind: str, format_name: str, output: Path, input_path: Path | None,
            endpoint: str | None, lang: str, since: object, until: object,
            releases: tuple[str, ...], members: bool | None) -> None:
    """Export a network (cities, affiliation, people, organisations) for networkx users.

    CSV is a zip archive of two tables, nodes.csv and edges.csv. A filter the dataset does
    not know (a release it does not have, a time window without events) exits with 2.
    """
    from ltgraph.network.cli import run_network

    sys.exit(run_network(kind, format_name, output, input_path=input_path, endpoint=endpoint,
                         lang=lang, since=since, until=until, releases=releases,
                         members=members))


@main.command()
@click.option("--endpoint", required=True, help="SPARQL query endpoint of the store.")
@click.option("--update-endpoint", default=None,
              help="SPARQL Update endpoint (each graph: DROP SILENT GRAPH + INSERT DATA).")
@click.option("--graph-store", default=None,
              help="SPARQL 1.1 Graph Store Protocol endpoint (each graph: one PUT); preferred "
                   "over --update-endpoint when both are given.")
@click.option("--input", "input_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None,
              help="Dataset (TriG or N-Quads) [default: the package's own dataset].")
@click.option("--prune", is_flag=True,
              help="Also drop ltgraph graphs in the store that the dataset no longer has.")
def push(endpoint: str, update_endpoint: str | None, graph_store: str | None,
         input_path: Path | None, prune: bool) -> None:
    """Load the dataset into a remote triplestore, replacing each graph as a unit.

    Credentials come from LTGRAPH_REMOTE_USER and LTGRAPH_REMOTE_PASSWORD only."""
    from ltgraph.push import run_push

    sys.exit(run_push(input_path or paths.dataset_file(), endpoint, update_endpoint=update_endpoint,
                      graph_store=graph_store, prune=prune))


if __name__ == "__main__":
    main()
