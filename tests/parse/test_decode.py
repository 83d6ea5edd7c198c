"""Specifications of the byte-level checks: only empty, binary, oversize and undecodable files
are refused, each with one line naming the file, the byte and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from ltgraph.parse import ReleaseError, parse_release

from .helpers import SEED, error_for, seed_bytes


def test_given_an_empty_file_the_error_says_empty_at_byte_0(tmp_path):
    error = error_for(tmp_path, "20190901-318_07.txt", b"")
    assert error.position == "byte 0"
    assert "empty file" in error.problem


def test_given_a_file_of_blanks_only_the_error_says_empty(tmp_path):
    assert "empty file" in error_for(tmp_path, "blank.txt", b" \r\n\t ").problem


def test_given_a_release_with_a_nul_byte_appended_the_error_says_binary_at_that_byte(tmp_path):
    data = seed_bytes() + b"\x00"
    error = error_for(tmp_path, "nul.txt", data)
    assert error.position == f"byte {len(data) - 1}"
    assert "binary file" in error.problem and "NUL" in error.problem


def test_given_mostly_control_bytes_the_error_says_binary(tmp_path):
    error = error_for(tmp_path, "noise.txt", bytes(range(1, 32)) * 64)
    assert error.position == "byte 0"
    assert "binary file" in error.problem


def test_given_a_release_cut_inside_a_utf8_character_the_error_says_so_at_that_byte(tmp_path):
    data = seed_bytes()
    umlaut = data.index("ü".encode())
    error = error_for(tmp_path, "cut.txt", data[:umlaut + 1])
    assert error.position == f"byte {umlaut}"
    assert "truncated release" in error.problem and "UTF-8 character" in error.problem


def test_given_a_byte_neither_utf8_nor_windows_1252_the_error_gives_its_offset(tmp_path):
    data = SEED.read_text(encoding="utf-8").encode("cp1252")
    bad = data.index(b"Rezept") + 3
    data = data[:bad] + b"\x81" + data[bad:]
    error = error_for(tmp_path, "undecodable.txt", data)
    assert error.position == f"byte {bad}"
    assert "undecodable byte 0x81" in error.problem


def test_given_utf8_text_with_one_latin1_byte_the_error_says_mixed_encodings_at_that_byte(tmp_path):
    data = seed_bytes()
    bad = data.index(b"Rezept") + 3
    data = data[:bad] + "ü".encode("latin-1") + data[bad:]
    error = error_for(tmp_path, "mixed.txt", data)
    assert error.position == f"byte {bad}"
    assert "mixed encodings" in error.problem and "0xfc" in error.problem


def test_given_partial_mojibake_in_utf8_text_the_release_is_kept_with_a_warning_where_it_starts(
        tmp_path):
    text = SEED.read_text(encoding="utf-8")
    at = text.index("Rezept")
    damaged = text[:at] + "DÃ¼sseldorf" + text[at:]
    path = tmp_path / "mojibake.txt"
    path.write_bytes(damaged.encode("utf-8"))
    release = parse_release(path)
    assert "DÃ¼sseldorf" in release.text
    warning = next(w for w in release.warnings if w.startswith("mojibake kept"))
    assert "'Ã¼'" in warning and f"character {at + 1} " in warning


def test_given_a_whole_file_of_mojibake_it_is_repaired_and_a_warning_says_so(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / SEED.name
    path.write_bytes(text.encode("utf-8").decode("cp1252").encode("utf-8"))
    release = parse_release(path)
    assert release.text == text
    assert release.headline_de.text.endswith("in Düsseldorf")
    assert any(w.startswith("mojibake repaired") and "'Ã¼'" in w for w in release.warnings)


def test_given_a_windows_1252_file_it_is_decoded_as_such_with_a_warning(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / SEED.name
    path.write_bytes(text.encode("cp1252"))
    release = parse_release(path)
    assert release.text == text
    assert release.byline.author_name == "Ingrid Herden"
    assert any("decoded as Windows-1252" in w for w in release.warnings)


def test_given_a_file_over_the_size_cap_it_is_refused_before_being_read(tmp_path, monkeypatch):
    from ltgraph.parse import decode

    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(decode.MAX_RELEASE_BYTES + 1)

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened although it is over the cap")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(ReleaseError) as caught:
        parse_release(path)
    assert caught.value.path == "huge.txt"
    assert caught.value.position == f"byte {decode.MAX_RELEASE_BYTES}"
    assert "over the 2097152-byte cap" in caught.value.problem


def test_given_bytes_mostly_outside_ascii_and_not_utf8_the_error_says_binary(tmp_path):
    noise = bytes((i * 131 + 7) % 128 + 128 for i in range(3000))
    error = error_for(tmp_path, "photo.txt", b"Pressedienst " + noise)
    assert error.position == "byte 13"
    assert "binary file" in error.problem


ACCENTED = "éèêàâôûüöäçÜÖ"
TYPOGRAPHIC = "’”“–—\u00a0»•…€"


@pytest.mark.parametrize("letter", ACCENTED)
def test_given_utf8_text_with_an_accented_letter_before_typographic_signs_it_is_read_as_is(
        tmp_path, letter):
    """'Montréal’s', 'diversité\u00a0»', 'Café–Bar': a letter in the range of UTF-8 lead
    bytes before signs in the range of continuation bytes is ordinary text, not a misreading."""
    text = SEED.read_text(encoding="utf-8")
    at = text.index("Rezept")
    sample = " ".join(f"X{letter}{sign}{after}"
                      for sign in TYPOGRAPHIC for after in ("s", " ", "»"))
    path = tmp_path / SEED.name
    path.write_bytes((text[:at] + sample + " " + text[at:]).encode("utf-8"))
    release = parse_release(path)
    assert sample in release.text
    assert not any("mojibake" in w for w in release.warnings)


@pytest.mark.parametrize("word", ["Düsseldorf", "Montréal’s", "İzmir", "Warszawa–Łódź",
                                  "„Erklärung“", "Sağlık"])
def test_given_partial_mojibake_of_any_european_word_a_warning_names_it(tmp_path, word):
    text = SEED.read_text(encoding="utf-8")
    at = text.index("Rezept")
    misread = word.encode("utf-8").decode("cp1252", errors="replace")
    path = tmp_path / "mojibake.txt"
    path.write_bytes((text[:at] + misread + " " + text[at:]).encode("utf-8"))
    release = parse_release(path)
    assert misread in release.text
    assert any(w.startswith("mojibake kept") for w in release.warnings)
