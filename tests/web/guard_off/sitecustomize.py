"""Loaded at start-up by a server process whose PYTHONPATH names this folder (test only): it
switches off the guard's SERVICE check, so that tests can show what is left when the query
text slips past the guard. Nothing here is part of the package."""

from ltgraph.store import guard

guard._contains = lambda root, name: False  # noqa: ARG005 - the check sees no SERVICE anywhere
