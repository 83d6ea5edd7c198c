"""Where ltgraph's own files are: the ontology, the shapes, the reference data, the built dataset.

They ship inside the package (``ltgraph/_data/``) and are found with ``importlib.resources``,
so every default works from any working directory and in any installation. The top-level
folders of the source tree (``ontology/``, ``shapes/``, ``data/reference/``, ``data/graph/``)
stay their one source of truth: ``src/ltgraph/_data/*`` are links to them, which the wheel
build follows and copies.

Two things exist only in a source checkout, and have no default anywhere else: the release
files (``../shared/releases`` beside the checkout) and the place ``ltgraph build`` writes the
committed dataset to (``data/graph/ltgraph.trig``), since an installed package is read-only.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DATASET_NAME = "ltgraph.trig"


def packaged(*parts: str) -> Path:
    """The file system path of a file or folder under ``ltgraph/_data/``.

    Installed packages (wheels) are unpacked on disk, so the traversable ``importlib.resources``
    gives is a real path; rdflib, pyoxigraph and pySHACL read paths.
    """
    found = resources.files("ltgraph").joinpath("_data", *parts)
    if not isinstance(found, Path):
        raise RuntimeError(f"ltgraph's data files are not on the file system ({found!r}); "
                           "install the package unpacked (pip does)")
    return found


def ontology_file() -> Path:
    """The ontology (``ontology/ltgraph.ttl`` in the source tree)."""
    return packaged("ontology", "ltgraph.ttl")


def shapes_dir() -> Path:
    """The folder of the SHACL shapes (``shapes/`` in the source tree)."""
    return packaged("shapes")


def reference_dir() -> Path:
    """The folder of the curated reference data (``data/reference/`` in the source tree)."""
    return packaged("reference")


def dataset_file() -> Path:
    """The built dataset that ships with the package (``data/graph/ltgraph.trig``)."""
    return packaged("graph", DATASET_NAME)


def checkout() -> Path | None:
    """The root of the source checkout the package runs from, or None when it is installed.

    A checkout is recognised by its layout: the package sits in ``src/ltgraph`` under a folder
    that holds ``pyproject.toml`` and the real (not linked) ``data/graph`` folder.
    """
    package = resources.files("ltgraph")
    if not isinstance(package, Path):
        return None
    root = package.resolve().parent.parent
    if package.resolve() != root / "src" / "ltgraph":
        return None
    if not (root / "pyproject.toml").is_file() or not (root / "data" / "graph").is_dir():
        return None
    return root


def checkout_dataset() -> Path | None:
    """Where ``ltgraph build`` writes the committed dataset in a checkout; None elsewhere."""
    root = checkout()
    return None if root is None else root / "data" / "graph" / DATASET_NAME


def checkout_releases() -> Path | None:
    """The seed release files beside a checkout (``../shared/releases``); None elsewhere."""
    root = checkout()
    return None if root is None else root.parent / "shared" / "releases"


def checkout_questions() -> Path | None:
    """The competency questions beside a checkout (``../shared/cq``); None elsewhere."""
    root = checkout()
    return None if root is None else root.parent / "shared" / "cq"
