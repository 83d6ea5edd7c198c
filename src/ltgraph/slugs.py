"""The slug rule of DESIGN.md, in one place, so that the same name always gives the same IRI."""

from __future__ import annotations

import re

from anyascii import anyascii

# German letters keep their conventional transliteration (Düsseldorf -> duesseldorf);
# every other letter loses its diacritics through anyascii (é -> e, ł -> l, ç -> c).
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
                         "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by single hyphens; stable across runs and platforms."""
    ascii_text = anyascii(text.translate(_GERMAN)).lower()
    return _NOT_SLUG.sub("-", ascii_text).strip("-")
