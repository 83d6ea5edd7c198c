"""Page furniture in text saved from a web page: menus, share bars, cookie notices, previous /
next links, copyright lines. It is never a fact, so the text readers blank such lines (to
spaces of the same length, offsets kept) before extraction sees them.

A line is furniture when it is short and matches one of the patterns below: a table per kind,
with the words of each language, apart from the mechanism, so another language is new rows.
"""

from __future__ import annotations

import re

from ltgraph.model import Part

MAX_WORDS = 25  # a furniture line is short; a sentence that mentions Facebook is not furniture

# kind -> patterns that match the whole line (case-insensitive, after stripping blanks).
FURNITURE: dict[str, tuple[str, ...]] = {
    "share bar": (
        r"(?:share|teilen|partager)\b[^.!?]{0,40}:.*",
        r"(?:share|teilen|partager)(?: (?:this|cet|diesen) (?:article|artikel|page|story|seite))?",
        r".*\bfacebook\b.*\b(?:twitter|linkedin|whatsapp|e-?mail|x)\b.*",
    ),
    "menu": (
        r"[^|]*(?:\|[^|]*){3,}",  # four or more items between bars
        r"(?:home|startseite|accueil)\s*[|>›»/].*",
        r"(?:fr|en|de)(?:\s*[|/·]\s*(?:fr|en|de)){1,2}",
        r"(?:menu|menü|search|suche|recherche|log ?in|anmelden|connexion|skip to content|"
        r"zum inhalt springen|aller au contenu)",
    ),
    "previous / next": (
        r"(?:←|<)\s*(?:previous|zurück|vorheriger artikel|précédent).*",
        r"(?:previous|next|vorheriger|nächster|précédent|suivant)(?: (?:article|artikel))?\s*:.*",
        r"article (?:précédent|suivant)\s*:.*",
        r".*→\s*",
    ),
    "cookie notice": (
        r".*\b(?:we use cookies|this (?:web)?site uses cookies|verwendet cookies|"
        r"utilise des (?:témoins|cookies))\b.*",
        r"(?:accept(?: all)?(?: cookies)?|alle akzeptieren|akzeptieren|tout accepter|accepter)",
    ),
    "copyright": (
        r"(?:©|\(c\)|copyright)\s.*",
        r".*\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés)\b.*",
    ),
    "sign-up": (
        r"(?:subscribe|sign up|abonnieren|newsletter abonnieren|s'abonner|abonnez-vous)"
        r"\b[^.]{0,60}",
        r"(?:read more|weiterlesen|mehr lesen|lire la suite)\b[^.]{0,80}",
        r"(?:related(?: articles)?|mehr zum thema|à lire aussi|lire aussi|tags|schlagwörter|"
        r"mots-clés)\s*:.{0,120}",
        r"(?:print|drucken|imprimer)(?:\s*[|·]\s*\w+)*",
    ),
}
_PATTERNS = tuple((kind, re.compile(pattern, re.IGNORECASE))
                  for kind, patterns in FURNITURE.items() for pattern in patterns)


def furniture_kind(line: str) -> str | None:
    """The kind of furniture a line is, or None for a line of the text."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > MAX_WORDS:
        return None
    return next((kind for kind, pattern in _PATTERNS if pattern.fullmatch(stripped)), None)


def without_furniture(part: Part | None) -> Part | None:
    """The part with its furniture lines blanked (same length, offsets kept)."""
    if part is None:
        return None
    lines = part.text.split("\n")
    kept = [(" " * len(line) if furniture_kind(line) else line) for line in lines]
    return Part("\n".join(kept), part.span)
