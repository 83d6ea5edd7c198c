"""Photos: each image of a release with its photographer, the people its caption names, and
the summit it shows when the caption speaks of the summit, its delegates or its declaration.
"""

from __future__ import annotations

import re

from ltgraph import language
from ltgraph.extract.context import ReleaseContext
from ltgraph.extract.people import PeopleFinder
from ltgraph.extract.persons import Credits
from ltgraph.model import PhotoFact

__all__ = ["photos"]


def photos(ctx: ReleaseContext, finder: PeopleFinder, credits: Credits, main: str | None,
           took_place: dict[str, bool]) -> list[PhotoFact]:
    """A photo fact per image, in the order of the release."""
    event_words = re.compile(
        rf"(?i)(?:{language.SUMMIT_WORDS}|{language.DELEGATE_STEMS}|{language.DECLARATION_WORDS})")
    found = []
    for n, image in enumerate(ctx.release.images):
        span = image.caption.span
        depicts = tuple(dict.fromkeys(m.slug for m in finder.mentions
                                      if m.slug and span.start <= m.start < span.end))
        event = None
        if main and took_place.get(main) and event_words.search(image.caption.text):
            event = main
        found.append(PhotoFact(image.url, credits.photographers.get(n), depicts, span, event))
    return found
