"""The UI's own files: served locally, nothing fetched from elsewhere, readable colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ltgraph.store.embedded import EmbeddedStore
from ltgraph.web.app import create_app

STATIC = Path(__file__).resolve().parents[2] / "src" / "ltgraph" / "web" / "static"
CSS = (STATIC / "style.css").read_text(encoding="utf-8")
# (text colour, background colour) pairs the pages use for text
TEXT_PAIRS = [("--ink", "--paper"), ("--muted", "--paper"), ("--muted", "--wash"),
              ("--brand", "--paper"), ("--brand-dark", "--wash"), ("#ffffff", "--brand"),
              ("#ffffff", "--brand-dark"), ("--brand-dark", "#e8f1fa"), ("--ink", "#fffbea"),
              ("--ink", "#fdecea"), ("--muted", "#fffbea")]


def colour(name: str) -> tuple[float, float, float]:
    value = name if name.startswith("#") else re.search(rf"{name}:\s*(#[0-9a-fA-F]{{6}})",
                                                        CSS).group(1)
    return tuple(int(value[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def luminance(rgb: tuple[float, float, float]) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = map(linear, rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_text_colours_meet_wcag_aa_contrast(text: str, background: str) -> None:
    """WCAG 2 contrast of at least 4.5:1 for normal text."""
    lighter, darker = sorted((luminance(colour(text)), luminance(colour(background))),
                             reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5


def test_focus_is_always_visible() -> None:
    assert re.search(r":focus-visible\s*\{[^}]*outline:\s*3px solid", CSS)
    assert ".skip-link:focus" in CSS


@pytest.mark.parametrize("path", sorted(p for p in STATIC.iterdir() if p.is_file()),
                         ids=lambda p: p.name)
def test_static_files_fetch_nothing_from_elsewhere(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "@import" not in text
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", text)
    if path.suffix == ".js":  # no requests, and text is never parsed as markup
        assert not re.search(r"\b(fetch|XMLHttpRequest|innerHTML|outerHTML|eval|"
                             r"document\.write)\b", text)


def test_static_files_are_served_with_their_types(tmp_path: Path) -> None:
    store = EmbeddedStore(None)
    client = create_app({"data": str(tmp_path / "none.trig")}, store=store).test_client()
    for name, media in (("style.css", "text/css"), ("sparql-editor.js", "text/javascript"),
                        ("table-sort.js", "text/javascript"), ("favicon.svg", "image/svg+xml")):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200
        assert response.mimetype == media
        assert response.headers["X-Content-Type-Options"] == "nosniff"
