"""The application factory: every part of the site is registered by name, in one place.

Given an app made by ``create_app``, each blueprint ``register_blueprints`` names is there with
its routes, and no route is answered by two parts.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web.app import create_app

EXPECTED = {  # blueprint -> some of its routes
    "sparql": {"/sparql"},
    "linkeddata": {"/id/<kind>/<slug>", "/graph/<name>", "/ontology", "/.well-known/void"},
    "introspection": {"/-/settings"},
    "ui": {"/", "/search", "/query", "/browse/<name>"},
    "network": set(),
}


def test_every_part_of_the_site_is_registered_with_its_routes(sample_data: Path) -> None:
    store = EmbeddedStore()
    store.load(sample_data)
    app = create_app({"data": str(sample_data)}, store=store)
    assert set(EXPECTED) <= set(app.blueprints)
    routes: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        routes.setdefault(rule.endpoint.split(".")[0], set()).add(rule.rule)
    for name, some_routes in EXPECTED.items():
        assert some_routes <= routes.get(name, set()), name
    assert routes.get("network"), "the network pages have routes"
    twice = [rule for rule, n in Counter(
        (r.rule, m) for r in app.url_map.iter_rules() for m in r.methods or ()).items() if n > 1]
    assert not twice
