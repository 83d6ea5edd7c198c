"""The lookup keys of a name, so that "Köln", "Koeln" and "koln" find the same entry.

Every table of the gazetteer is keyed by these keys; the extractor looks names up by them too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from ltgraph.slugs import slugify

__all__ = ["ascii_key", "name_key", "name_keys"]

_NOT_KEY = re.compile(r"[^a-z0-9]+")


# Latin letters that Unicode decomposition does not reduce to ASCII.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                               "ı": "i", "ħ": "h", "þ": "th", "ð": "d"})


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _fold(text: str) -> str:
    """ASCII lower-case key; fast for Latin script, exact slug rule for anything else."""
    if max(text, default=" ") >= "\u0250":
        return _NOT_KEY.sub("-", anyascii(text).lower()).strip("-")
    plain = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    plain = plain.encode("ascii", "ignore").decode("ascii")
    return _NOT_KEY.sub("-", plain.lower()).strip("-")


@lru_cache(maxsize=1 << 16)
def name_keys(name: str) -> tuple[str, ...]:
    """The lookup keys of a name: German transliteration (ü -> ue) and plain folding (ü -> u).
    Kept for each name: the readers of places look the same words up as a city, a country
    and an organisation, in every sentence that names them."""
    if name.isascii():
        return (ascii_key(name),)
    translated = name.translate(_GERMAN)
    folded = _fold(name)
    if translated == name:
        return (folded,)
    german = _fold(translated)
    return (german,) if german == folded else (german, folded)


def name_key(name: str) -> str:
    """The primary key of a name (the slug rule), for tables with a single key per name."""
    return slugify(name)


def ascii_key(name: str) -> str:
    """The key of an ASCII name: lower case, other characters than letters and digits a dash."""
    return name.lower() if name.isalpha() else _NOT_KEY.sub("-", name.lower()).strip("-")
