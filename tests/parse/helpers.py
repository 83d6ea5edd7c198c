"""What the parse tests share: the seed, the test page and ways to write small releases."""

from __future__ import annotations

from pathlib import Path

import pytest

from ltgraph.model import Part, Release
from ltgraph.parse import ReleaseError, parse_release

TESTS = Path(__file__).resolve().parents[1]
SHARED = TESTS.parent / ".." / "shared"
SEED = SHARED / "releases" / "20190901-318_07.txt"
FIXTURES = sorted((SHARED / "fixtures" / "releases").glob("*.txt"))
PRESS_FIXTURES = sorted((SHARED / "fixtures" / "releases").glob("*_*.txt"))
ALL_RELEASES = [SEED, *PRESS_FIXTURES]
HTML_RELEASE = TESTS / "fixtures" / "html" / "20190831-901_01.html"
# Short releases written for the tests in our own words (true facts about the 2019 summit).
RECEPTION_DE = ("Oberbürgermeister Thomas Geisel empfing am 30. August 2019 die Delegationen "
                "im Rathaus.")
RECEPTION_EN = "Mayor Thomas Geisel welcomed the delegations at the town hall on 30 August 2019."


def parts_of(release: Release) -> list[tuple[str, Part]]:
    """Every Part of a release with a name for messages."""
    named = [(name, getattr(release, name)) for name in
             ("masthead", "headline_de", "headline_en", "subheadline", "body_de", "body_en",
              "online_url")]
    if release.byline:
        named.append(("byline.author", release.byline.author))
    for number, image in enumerate(release.images, 1):
        named += [(f"image {number} caption", image.caption),
                  (f"image {number} credit", image.credit),
                  (f"image {number} photographer", image.photographer)]
    return [(name, part) for name, part in named if part is not None]


def seed_bytes() -> bytes:
    return SEED.read_bytes()


def error_for(tmp_path: Path, name: str, data: bytes) -> ReleaseError:
    """The ReleaseError parsing these bytes raises; the test fails if nothing is raised."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReleaseError) as caught:
        parse_release(path)
    error = caught.value
    assert error.path == name
    assert str(error) == f"{name}: {error.position}: {error.problem}"
    assert "\n" not in str(error)
    return error


def written_release(tmp_path: Path, head: str, second_half: str | None = None, *,
                    masthead: str = "Pressedienst der Landeshauptstadt Düsseldorf",
                    byline: str = "Text: Herden, Ingrid 30.08.2019") -> Release:
    """Parse a plain-text release made of the given head, second half and byline."""
    parts = [masthead, head]
    if second_half is not None:
        parts += ["_" * 34, second_half]
    parts += [byline, "Zur Online-Version: https://example.org/ltgraph-test/release"]
    path = tmp_path / "20190830-900_01.txt"
    path.write_text(" ".join(parts), encoding="utf-8")
    return parse_release(path)


def html_variant(tmp_path: Path, old: str, new: str) -> Path:
    """The test page with one piece of its source replaced, saved under the same name."""
    source = HTML_RELEASE.read_text(encoding="utf-8")
    assert old in source
    path = tmp_path / HTML_RELEASE.name
    path.write_text(source.replace(old, new), encoding="utf-8")
    return path




def press_text_error(tmp_path: Path, name: str, data: bytes) -> ReleaseError:
    """The ReleaseError the press-service text reader raises on these bytes."""
    from ltgraph.parse.decode import decode_text
    from ltgraph.parse.press_text import parse_txt_release

    text, warnings = decode_text(name, data)
    with pytest.raises(ReleaseError) as caught:
        parse_txt_release(text, file_name=name, sha256="0" * 64, warnings=warnings)
    error = caught.value
    assert error.path == name
    assert "\n" not in str(error)
    return error


def press_html_error(path: Path) -> ReleaseError:
    """The error the press-service page reader raises on this file."""
    from ltgraph.parse.press_html import parse_html_release

    with pytest.raises(ReleaseError) as caught:
        parse_html_release(path.read_text(encoding="utf-8"), file_name=path.name,
                           sha256="0" * 64)
    assert caught.value.path == path.name
    return caught.value
