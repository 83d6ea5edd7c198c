"""The data model page (``/model``): the data profile of what this server holds.

The same profile as ``docs/model.md`` (:mod:`ltgraph.profile`), measured from the store the
server runs on, so it describes exactly the data a query here sees. Measuring takes a few
queries over the whole default graph; the profile is kept until the data changes.
"""

from __future__ import annotations

from flask import current_app, render_template

from ltgraph.profile import Profile, measure, query_for, short, who_says_query
from ltgraph.store.base import SelectResult
from ltgraph.web.app import store_of


def page() -> str:
    profile = current_profile()
    classes = [{"name": short(c.cls), "anchor": short(c.cls).replace(":", "-"),
                "resources": c.resources,
                "properties": [{"name": short(u.predicate), "ranges": u.ranges,
                                "query": query_for(c, u),
                                "cardinality": f"{u.min_count}..{u.max_count}",
                                "subjects": u.subjects, "rule": u.rule, "comment": u.comment,
                                "example": f"{short(u.example_subject)} {u.example_value}"}
                               for u in c.properties]}
               for c in profile.classes]
    return render_template("model.html", classes=classes,
                           untyped=[short(p) for p in profile.untyped_predicates],
                           who_says=who_says_query(),
                           shape_only=profile.shape_only)


def current_profile() -> Profile:
    """The profile of the store's present contents (kept per contents: triples and graphs)."""
    from ltgraph.validate import load_ontology, load_shapes

    store = store_of()
    key = (store.triple_count(), tuple(store.graphs()))
    cache = current_app.extensions["ltgraph"].setdefault("model_profile", {})
    if key not in cache:
        cache.clear()
        cache[key] = measure(_select, load_shapes(), load_ontology())
    return cache[key]


def _select(sparql: str) -> list:
    result = store_of().query(sparql)
    assert isinstance(result, SelectResult)
    return result.rows
