"""docs/architecture.md, the maintainer's guide, says only what is true of the code.

Given the guide, every module, function or class it names in backticks (``ltgraph.x.y``) can be
imported, every file or folder it names exists, every route it names is a route of the app, and
every ``ltgraph`` command line it shows is accepted by the command's parser.
"""

from __future__ import annotations

import importlib
import re
import shlex

import pytest
from repo_paths import REPO

GUIDE = REPO / "docs" / "architecture.md"
TEXT = GUIDE.read_text(encoding="utf-8")
QUOTED = re.findall(r"`([^`\n]+)`", TEXT)
DOTTED = sorted({q for q in QUOTED if re.fullmatch(r"ltgraph(\.\w+)+", q)})
ROUTES = sorted({q for q in QUOTED if q.startswith("/") and "..." not in q and " " not in q})
FILES = sorted({q for q in QUOTED if re.fullmatch(r"(src|tests|docs|data|ontology|shapes)"
                                                  r"/[\w./*-]*", q)})
COMMANDS = sorted({q for q in QUOTED if q.startswith("ltgraph ") and not q.startswith("ltgraph.")})


def resolve(dotted: str) -> object:
    """The module, or the attribute of the longest importable module prefix, named ``dotted``."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            found = getattr(found, name)
        return found
    raise ModuleNotFoundError(dotted)


def test_the_guide_names_enough_to_be_checked() -> None:
    assert len(DOTTED) > 40 and len(ROUTES) > 8 and len(FILES) > 10 and COMMANDS


@pytest.mark.parametrize("dotted", DOTTED)
def test_every_module_and_function_it_names_exists(dotted: str) -> None:
    try:
        resolve(dotted)
    except (ModuleNotFoundError, AttributeError) as error:
        pytest.fail(f"docs/architecture.md names `{dotted}`, which does not exist ({error})")


@pytest.mark.parametrize("name", FILES)
def test_every_file_and_folder_it_names_exists(name: str) -> None:
    if "<" in name:  # a pattern for a new file (parse_<format>.py): its folder must exist
        name = name.rsplit("/", 1)[0]
    assert list(REPO.glob(name)) or (REPO / name).exists(), \
        f"docs/architecture.md names `{name}`, which is not in the repository"


def test_every_route_it_names_is_a_route_of_the_app() -> None:
    from ltgraph.store.embedded import EmbeddedStore
    from ltgraph.web.app import create_app

    app = create_app(store=EmbeddedStore())  # the routes do not depend on the data
    rules = {rule.rule for rule in app.url_map.iter_rules()}
    missing = [route for route in ROUTES if route not in rules]
    assert not missing, f"docs/architecture.md names routes the app does not have: {missing}"


@pytest.mark.parametrize("line", COMMANDS)
def test_every_command_line_it_shows_is_accepted(line: str) -> None:
    from click.testing import CliRunner

    from ltgraph.cli import main

    words = [w for w in shlex.split(line)[1:] if not w.isupper()]  # DIR, FILE stand for values
    words = [w.strip("[]") for w in words]
    result = CliRunner().invoke(main, [*words, "--help"])
    assert result.exit_code == 0, f"`{line}`: {result.output}"
    for option in (w for w in words if w.startswith("--")):
        assert option in result.output, f"`{line}`: no option {option}"
