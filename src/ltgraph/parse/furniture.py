"""Page furniture in text saved from a web page: menus, share bars, cookie notices, previous /
next links, copyright lines, links to other articles. It is never a fact, so the text
readers blank it (to spaces of the same length, offsets kept) before extraction sees it.

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
    "label": (
        r"(?:communiqué(?: de presse)?|press release|news release|media release|"
        r"pressemitteilung|pressemeldung|presseinformation)",
        r"(?:pour diffusion immédiate|for immediate release|zur sofortigen veröffentlichung)",
    ),
    "credit": (
        r"\((?:reporting|writing|additional reporting|editing|text|mit material) (?:by|von)\b.*\)",
        r".*\|\s*(?:share|teilen|partager)",
        r"comments?\s*\(\d+\).*",
    ),
    "sign-up": (
        r"(?:subscribe|sign up|abonnieren|newsletter abonnieren|s'abonner|abonnez-vous)"
        r"\b[^.]{0,60}",
        r"(?:read more|weiterlesen|mehr lesen|lire la suite)\b[^.]{0,80}",
        r"(?:related(?: articles)?|mehr zum thema|à lire aussi|lire aussi|tags|schlagwörter|"
        r"mots-clés)\s*:.{0,120}",
        r"(?:print|drucken|imprimer)(?:\s*[|·]\s*\w+)*",
    ),
    # a newsletter's own lines: its links and the sender's address beside them
    "newsletter": (
        r"(?:.*[|·•]\s*)?(?:unsubscribe|update (?:your|my) (?:preferences|subscription)|"
        r"manage (?:your|my) subscription|view (?:this|the) e-?mail in (?:your|a) browser|"
        r"se désabonner|se désinscrire|désabonnement|désinscription|"
        r"newsletter abbestellen|abbestellen|vom newsletter abmelden|"
        r"e-mail im browser (?:ansehen|anzeigen))(?:\s*[|·•].*)?",
    ),
}
# A line that opens what follows it in the same paragraph as furniture: links to other
# articles. (A press contact is not furniture: it names a person, if not an attendee.)
OPENERS: tuple[str, ...] = (
    r"(?:mehr zum thema|related(?: articles| stories)?|à lire aussi|lire aussi|read also|"
    r"see also|siehe auch)\s*:?.*",
    # an author box: who writes, not what the article reports
    r"(?:about the author|über (?:den autor|die autorin)|zur autorin|zum autor|"
    r"à propos de l['’]auteure?|l['’]auteure?)\s*:?",
)
_OPENERS = tuple(re.compile(p, re.IGNORECASE) for p in OPENERS)

_PATTERNS = tuple((kind, re.compile(pattern, re.IGNORECASE))
                  for kind, patterns in FURNITURE.items() for pattern in patterns)


def furniture_kind(line: str) -> str | None:
    """The kind of furniture a line is, or None for a line of the text."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > MAX_WORDS:
        return None
    return next((kind for kind, pattern in _PATTERNS if pattern.fullmatch(stripped)), None)


def without_furniture(part: Part | None) -> Part | None:
    """The part with its furniture blanked (same length, offsets kept): furniture lines and
    the rest of a paragraph a related-links line opens."""
    if part is None:
        return None
    kept, blanking = [], False
    for line in part.text.split("\n"):
        stripped = line.strip()
        if not stripped:
            blanking = False
        elif len(stripped.split()) <= MAX_WORDS and any(
                opener.fullmatch(stripped) for opener in _OPENERS):
            blanking = True
        furniture = blanking or furniture_kind(line) is not None
        kept.append(" " * len(line) if furniture else line)
    return Part("\n".join(kept), part.span)
