"""Pages about the site itself: error pages in the site's layout, and the settings table.

Error pages are for browsers only (the linked-data and endpoint routes decide; see
:func:`ltgraph.web.errors.page`): they say what went wrong in the reader's language, keep the
server's short message, and offer a way on (home, search for the last part of the address).
"""

from __future__ import annotations

import re

from flask import Response, render_template, request

from ltgraph.web.ui.common import reader_language

TITLES = {
    400: ("Bad request", "Ungültige Anfrage"),
    403: ("Not allowed", "Nicht erlaubt"),
    404: ("Page not found", "Seite nicht gefunden"),
    405: ("Method not allowed", "Methode nicht erlaubt"),
    406: ("Not available in that format", "In diesem Format nicht verfügbar"),
    413: ("Request too large", "Anfrage zu groß"),
    503: ("Service unavailable", "Dienst nicht verfügbar"),
}
EXPLANATIONS = {
    400: ("The request could not be understood.",
          "Die Anfrage konnte nicht verstanden werden."),
    404: ("There is nothing at this address. It may have been mistyped, or the dataset may not "
          "know this resource.",
          "Unter dieser Adresse gibt es nichts. Vielleicht ist sie falsch geschrieben, oder der "
          "Datensatz kennt diese Ressource nicht."),
    406: ("This document exists, but not in the format asked for.",
          "Dieses Dokument gibt es, aber nicht im gewünschten Format."),
    503: ("The server could not answer in time. Please try again in a moment.",
          "Der Server konnte nicht rechtzeitig antworten. Bitte gleich noch einmal versuchen."),
}
_WORD = re.compile(r"[\w-]+")


def render_error(status: int, message: str) -> str:
    """The HTML page of an error answer (the status is set by the caller)."""
    lang = reader_language()
    index = 1 if lang == "de" else 0
    title = TITLES.get(status, ("Error", "Fehler"))[index]
    explanation = EXPLANATIONS.get(status, ("", ""))[index]
    return render_template("error.html", title=f"{status} {title}", status=status,
                           heading=title, explanation=explanation, message=message,
                           suggestion=search_suggestion(request.path),
                           page_itself=request.path if status == 406 else None)


def search_suggestion(path: str) -> str:
    """A search term from the last part of an address (``/id/city/koeln`` -> ``koeln``)."""
    parts = [p for p in path.strip("/").split("/") if p]
    if not parts:
        return ""
    words = _WORD.findall(parts[-1].rsplit(".", 1)[0])
    return " ".join(w.replace("-", " ") for w in words)[:60].strip()


def render_settings(rows: list[dict[str, object]]) -> str:
    """The settings this server runs with, as a table (the JSON twin has the same rows)."""
    lang = reader_language()
    return render_template(
        "settings.html", title="Einstellungen" if lang == "de" else "Settings", rows=rows,
        alternates=[{"type": "application/json", "href": "/-/settings?format=json",
                     "title": "JSON"}])


def world_map() -> Response:
    """The land under every map (drawn from coordinates; the same for the server's life)."""
    from ltgraph.web.ui.worldmap import world_svg

    response = Response(world_svg(), content_type="image/svg+xml; charset=utf-8")
    response.headers["Cache-Control"] = "public, max-age=86400"
    response.add_etag()
    return response.make_conditional(request)
