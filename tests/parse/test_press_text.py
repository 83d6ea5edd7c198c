"""Specifications of the press-service text reader: the plain-text export becomes a Release
whose parts point exactly into its text; a file it cannot read whole is a clear error of that
reader (and ``parse_release`` hands it on, see test_entry.py)."""

from __future__ import annotations

import hashlib
import re
from datetime import date

import pytest

from ltgraph.model import Release
from ltgraph.parse import parse_release

from .helpers import (
    ALL_RELEASES,
    RECEPTION_DE,
    RECEPTION_EN,
    SEED,
    SHARED,
    parts_of,
    press_text_error,
    seed_bytes,
    written_release,
)


@pytest.fixture(scope="module")
def seed() -> Release:
    return parse_release(SEED)


# ----------------------------------------------------------------------------------- every release
@pytest.mark.parametrize("path", ALL_RELEASES, ids=lambda p: p.name)
def test_given_any_release_every_part_is_exactly_the_text_its_span_points_at(path):
    release = parse_release(path)
    for name, part in parts_of(release):
        assert release.text[part.span.start:part.span.end] == part.text, name
        assert part.text == part.text.strip(), f"{name} carries blanks at its ends"
    if release.byline:
        byline = release.byline
        assert release.text[byline.span.start:byline.span.end].startswith(f"{byline.kind}: ")
    for image in release.images:
        assert release.text[image.span.start:image.span.end].startswith(f"Bild: {image.url} ")


@pytest.mark.parametrize("path", ALL_RELEASES, ids=lambda p: p.name)
def test_given_any_release_headline_subheadline_and_body_cover_the_head_without_losing_text(path):
    release = parse_release(path)
    head_end = release.body_en.span.start if release.body_en else release.byline.span.start
    pieces = [p for p in (release.masthead, release.headline_de, release.headline_en,
                          release.subheadline, release.body_de) if p is not None]
    covered = release.masthead.span.start
    for piece in pieces:
        gap = release.text[covered:piece.span.start]
        assert re.fullmatch(r"[\s/]*", gap), f"text lost before {piece.text[:30]!r}: {gap!r}"
        covered = piece.span.end
    tail = release.text[covered:head_end]
    assert re.fullmatch(r"\s*(_{10,}\s*)?", tail), f"text lost at the end of the head: {tail!r}"


@pytest.mark.parametrize("path", ALL_RELEASES, ids=lambda p: p.name)
def test_given_any_release_its_identity_is_its_file_name_and_the_hash_of_its_bytes(path):
    release = parse_release(path)
    assert release.path == path.name
    assert release.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert release.format == "press-service-txt"
    date_part, number = re.match(r"(\d{8})-(\d+)_", path.name).groups()
    assert release.slug == f"duesseldorf-{date_part}-{number}"
    assert release.byline.date == date(int(date_part[:4]), int(date_part[4:6]),
                                       int(date_part[6:]))


@pytest.mark.parametrize("path", ALL_RELEASES, ids=lambda p: p.name)
def test_given_any_release_it_ends_with_its_online_version_url(path):
    release = parse_release(path)
    assert release.online_url.text.startswith("https://www.duesseldorf.de/index.php?id=")
    assert release.online_url.span.end == len(release.text.rstrip())


# ---------------------------------------------------------------------------------------- the seed
def test_given_the_seed_release_the_masthead_names_the_landeshauptstadt_duesseldorf(seed):
    assert seed.masthead.text == "Pressedienst der Landeshauptstadt Düsseldorf"
    assert seed.masthead.span.start == 0
    assert seed.publisher_name == "Landeshauptstadt Düsseldorf"


def test_given_the_seed_release_the_byline_names_ingrid_herden_on_1_september_2019(seed):
    assert seed.byline.kind == "Text"
    assert seed.byline.author.text == "Herden, Ingrid"
    assert seed.byline.author_name == "Ingrid Herden"
    assert seed.byline.date == date(2019, 9, 1)


def test_given_the_seed_release_the_headlines_are_german_then_english(seed):
    assert seed.headline_de.text == ("Metropolen-Repräsentanten trafen sich zu globaler "
                                     "Lernwerkstatt in Düsseldorf")
    assert seed.headline_en.text == ("Metropolitan representatives met for global learning "
                                     "workshop in Düsseldorf")
    assert seed.subheadline.text.count(" / ") == 2  # three German clauses


def test_given_the_seed_release_the_underscore_rule_splits_the_german_and_english_bodies(seed):
    between = seed.text[seed.body_de.span.end:seed.body_en.span.start]
    assert re.fullmatch(r" _{34} ", between)
    assert seed.body_de.text.startswith("Welches ")
    assert seed.body_en.text.startswith("What ")
    assert seed.body_en.span.end < seed.byline.span.start


def test_given_the_seed_release_it_lists_50_photos_by_two_photographers(seed):
    assert len(seed.images) == 50
    photographers = {image.photographer.text for image in seed.images}
    assert photographers == {"David Young", "Marc-André Hergenröder"}
    assert all(image.credit.text == f"Landeshauptstadt Düsseldorf/{image.photographer.text}"
               for image in seed.images)
    assert all(re.fullmatch(r"https://www\.duesseldorf\.de/fileadmin/Amt13/pressebilder/"
                            r"\d{4}/\S+\.(jpg|JPG)", image.url) for image in seed.images)


def test_given_a_caption_that_holds_commas_the_image_splits_on_the_last_credit_mark(seed):
    group_photo = seed.images[0]
    assert group_photo.caption.text.startswith("V.l.:")
    assert group_photo.caption.text.count(",") >= 5
    assert "(c)" not in group_photo.caption.text


def test_given_the_seed_writes_micha_with_a_question_mark_a_warning_says_so_and_text_stays(seed):
    assert seed.text.count("Micha?") == 2
    warnings = [w for w in seed.warnings if "'Micha?'" in w]
    assert len(warnings) == 1
    assert all("Micha?" not in w for w in seed.warnings if w not in warnings)
    assert not any("Düsseldorf?" in w for w in seed.warnings)  # a real question, glued


def test_given_clean_utf8_no_decoding_warning_is_given(seed):
    assert not any("Windows-1252" in w or "mojibake" in w for w in seed.warnings)


# ------------------------------------------------------------------------------ the other fixtures
def test_given_a_german_only_release_there_is_no_english_headline_or_body():
    release = parse_release(SHARED / "fixtures" / "releases" / "20190906-322_11.txt")
    assert release.body_en is None
    assert release.headline_en is None
    assert release.headline_de.text.startswith("Ausstellung zur ")
    assert release.body_de.text.startswith("Die Ausstellung ")


def test_given_a_redaktion_byline_the_kind_is_redaktion_and_the_author_reads_given_surname():
    release = parse_release(SHARED / "fixtures" / "releases" / "20190820-301_04.txt")
    assert release.byline.kind == "Redaktion"
    assert release.byline.author_name == "Ingrid Herden"
    assert release.images[0].photographer.text == "Michael Gstettenbauer"


def test_given_a_bilingual_headline_the_english_headline_ends_where_the_german_clause_begins():
    release = parse_release(SHARED / "fixtures" / "releases" / "20190830-315_02.txt")
    assert release.headline_en.text == ("Delegations from all over the world welcomed at the "
                                        "town hall")
    assert release.subheadline.text.startswith("Auftakt des ")
    assert release.body_de.text.startswith("Mit einem ")


# ------------------------------------------------ the unmarked head: headlines, sub-headline, body
def test_given_a_body_opened_by_a_function_word_the_subheadline_lies_between(tmp_path):
    release = written_release(
        tmp_path, "Empfang im Rathaus / Reception at the town hall Eintrag ins Goldene Buch "
                  "Am 30. August 2019 empfing Oberbürgermeister Thomas Geisel die Delegationen.",
        RECEPTION_EN)
    assert release.headline_de.text == "Empfang im Rathaus"
    assert release.headline_en.text == "Reception at the town hall"
    assert release.subheadline.text == "Eintrag ins Goldene Buch"
    assert release.body_de.text.startswith("Am 30. August 2019 empfing")
    assert not any("could not" in w for w in release.warnings)


def test_given_a_body_without_opener_word_it_starts_after_the_headlines_with_a_warning(tmp_path):
    release = written_release(
        tmp_path, f"Empfang im Rathaus / Reception at the town hall {RECEPTION_DE}", RECEPTION_EN)
    assert release.headline_de.text == "Empfang im Rathaus"
    assert release.headline_en.text == "Reception at the town hall"
    assert release.subheadline is None
    assert release.body_de.text == RECEPTION_DE
    assert any("could not find where the body starts" in w for w in release.warnings)


def test_given_a_german_only_head_without_opener_the_first_line_stands_in_for_the_headline(
        tmp_path):
    """The release node needs a headline: the head is read as body, and its first line (cut at
    a word) stands in as headline, with a warning."""
    release = written_release(tmp_path, f"Empfang im Rathaus {RECEPTION_DE}")
    assert release.body_de.text == f"Empfang im Rathaus {RECEPTION_DE}"
    assert release.headline_de.text == release.body_de.text  # one short line: all of it
    assert release.body_en is None
    assert any("could not tell the headline from the body" in w for w in release.warnings)
    assert any("no headline found; the first line" in w for w in release.warnings)


def test_given_a_slash_inside_the_body_it_does_not_split_a_german_only_headline(tmp_path):
    release = written_release(
        tmp_path, "Ausstellung im NRW-Forum Die Ausstellung ist vom 1. bis 7. September 2019 "
                  "im NRW-Forum zu sehen. Sie zeigt Skizzen / Videos.")
    assert release.headline_de.text == "Ausstellung im NRW-Forum"
    assert release.headline_en is None
    assert release.body_de.text.endswith("Skizzen / Videos.")


# ---------------------------------------------------- press services, languages, bylines and slugs
@pytest.mark.parametrize("masthead, publisher, city_slug", [
    ("Pressedienst der Stadt Köln", "Stadt Köln", "koeln"),
    ("Press Office of the City of Montréal", "City of Montréal", "montreal"),
    ("Service de presse de la Ville de Montréal", "Ville de Montréal", "montreal"),
])
def test_given_another_citys_masthead_the_publisher_and_slug_follow_it(tmp_path, masthead,
                                                                       publisher, city_slug):
    data = SEED.read_bytes().replace("Pressedienst der Landeshauptstadt Düsseldorf".encode(),
                                     masthead.encode(), 1)
    path = tmp_path / SEED.name
    path.write_bytes(data)
    release = parse_release(path)
    assert release.masthead.text == masthead
    assert release.publisher_name == publisher
    assert release.slug == f"{city_slug}-20190901-318"


def test_given_a_file_name_off_the_pattern_the_slug_uses_the_byline_date_and_the_hash(tmp_path):
    path = tmp_path / "seed copy.txt"
    path.write_bytes(SEED.read_bytes())
    release = parse_release(path)
    assert release.slug == f"duesseldorf-20190901-{release.sha256[:8]}"
    assert release.path == "seed copy.txt"


def test_given_a_french_press_service_the_first_half_is_french_and_the_second_english(tmp_path):
    release = written_release(
        tmp_path, "Sommet sur le vivre ensemble / Summit on living together La Ville de Montréal "
                  "accueille le premier Sommet sur le vivre ensemble les 10 et 11 juin 2015.",
        "The City of Montréal hosts the first Summit on Living Together on 10 and 11 June 2015.",
        masthead="Service de presse de la Ville de Montréal",
        byline="Texte: Dupont, Marie 10.06.2015")
    assert release.publisher_name == "Ville de Montréal"
    assert release.slug == "montreal-20190830-900"
    assert release.headline_de.text == "Sommet sur le vivre ensemble"
    assert release.headline_en.text == "Summit on living together"
    assert release.body_de.text.startswith("La Ville de Montréal accueille")
    assert (release.body_de_language, release.body_en_language) == ("fr", "en")
    assert release.byline.author_name == "Marie Dupont"


def test_given_a_german_release_with_a_french_second_half_its_language_is_french(tmp_path):
    release = written_release(
        tmp_path, "Düsseldorf im Netzwerk Die Landeshauptstadt ist seit 2016 Mitglied des "
                  "International Observatory of Mayors on Living Together.",
        "La ville de Düsseldorf est membre de l'Observatoire international des maires sur le "
        "vivre ensemble depuis 2016.")
    assert (release.body_de_language, release.body_en_language) == ("de", "fr")


def test_given_a_byline_in_natural_order_the_author_name_is_kept_as_written(tmp_path):
    release = written_release(tmp_path, "Empfang im Rathaus Am 30. August 2019 empfing "
                                        "Oberbürgermeister Thomas Geisel die Delegationen.",
                              byline="Redaktion: Ingrid Herden 30.08.2019")
    assert release.byline.author.text == "Ingrid Herden"
    assert release.byline.author_name == "Ingrid Herden"
    assert release.byline.date == date(2019, 8, 30)


def test_given_a_file_name_dated_otherwise_than_the_byline_a_warning_says_so(tmp_path):
    path = tmp_path / "20190902-318_07.txt"
    path.write_bytes(seed_bytes())
    release = parse_release(path)
    assert release.slug == "duesseldorf-20190902-318"
    assert any("file name says 20190902" in w and "01.09.2019" in w for w in release.warnings)


def test_given_a_byline_date_without_leading_zeros_it_is_read(tmp_path):
    release = written_release(tmp_path, "Empfang im Rathaus Am 30. August 2019 empfing "
                                        "Oberbürgermeister Thomas Geisel die Delegationen.",
                              byline="Text: Herden, Ingrid 1.9.2019")
    assert release.byline.date == date(2019, 9, 1)


# ------------------------------------------------- files saved again: line breaks, byte-order mark
@pytest.mark.parametrize("line_break", ["\n", "\r\n"], ids=["LF", "CRLF"])
def test_given_a_release_re_saved_with_line_breaks_between_its_parts_it_parses_alike(
        tmp_path, seed, line_break):
    text = seed.text
    for marker in (" Text: ", " Zu Ihrer ", " Bild: ", " Zur Online-Version: ", " " + "_" * 34):
        text = text.replace(marker, line_break + marker.lstrip(" "))
    text = text.replace("Online-Version: ", "Online-Version:" + line_break)
    path = tmp_path / SEED.name
    path.write_bytes((text + line_break).encode("utf-8"))
    release = parse_release(path)
    assert release.byline.author_name == "Ingrid Herden"
    assert release.byline.date == date(2019, 9, 1)
    assert len(release.images) == 50
    assert release.online_url.text == seed.online_url.text
    assert release.body_en.text.startswith("What ")
    assert [image.photographer.text for image in release.images] == [
        image.photographer.text for image in seed.images]
    for name, part in parts_of(release):
        assert release.text[part.span.start:part.span.end] == part.text, name


def test_given_a_utf8_byte_order_mark_offsets_still_match_a_plain_utf8_reading(tmp_path, seed):
    path = tmp_path / SEED.name
    path.write_bytes(b"\xef\xbb\xbf" + seed_bytes())
    release = parse_release(path)
    assert release.text == path.read_text(encoding="utf-8")
    assert release.masthead.span.start == 1
    assert release.byline.span.start == seed.byline.span.start + 1
    assert len(release.warnings) == len(seed.warnings)  # the mark itself is no problem


# -------------------------------------------------------------- letters the export replaced by '?'
def test_given_a_question_mark_inside_a_word_the_text_keeps_it_and_a_warning_names_it(tmp_path):
    data = seed_bytes().replace(b"Armand", b"Arm?nd")
    path = tmp_path / SEED.name
    path.write_bytes(data)
    release = parse_release(path)
    assert "Arm?nd" in release.text
    assert any(w.startswith("'Arm?nd' at character ") for w in release.warnings)


def test_given_a_name_with_a_replaced_letter_and_no_other_spelling_a_warning_notes_it(tmp_path):
    release = written_release(tmp_path, "Besuch aus Warschau Am 31. August 2019 sprach Vize-OB "
                                        "Micha? Olszewski in Düsseldorf. Wer kommt? Viele.")
    assert [w.split(":")[0] for w in release.warnings] == [
        f"'Micha?' at character {release.text.index('Micha?')}"]


# ---------------------------------------------------------------------- bad input: one clear error
def test_given_a_release_cut_inside_the_english_body_the_error_lists_what_is_missing(tmp_path):
    data = seed_bytes()
    cut = data.index(b"_" * 34) + 2000
    error = press_text_error(tmp_path, "cut.txt", data[:cut])
    assert "truncated release" in error.problem
    assert "byline" in error.problem and "images" in error.problem
    assert error.position.startswith(f"character {len(data[:cut].decode())} ")


def test_given_a_release_cut_inside_an_image_entry_the_error_names_that_entry(tmp_path):
    data = seed_bytes()
    third_credit = [i for i in range(len(data)) if data.startswith(b",(c)", i)][2]
    error = press_text_error(tmp_path, "cut.txt", data[:third_credit])
    assert "truncated release" in error.problem
    assert "image entry 3 has no ',(c)' credit" in error.problem


def test_given_a_release_cut_after_an_image_the_error_says_the_footer_is_missing(tmp_path):
    data = seed_bytes()
    error = press_text_error(tmp_path, "cut.txt", data[:data.index(b" Zur Online-Version:")])
    assert "truncated release" in error.problem
    assert "'Zur Online-Version:' footer" in error.problem
    assert "50 image entries" in error.problem


def test_given_a_release_without_byline_the_error_says_the_byline_is_missing(tmp_path):
    data = seed_bytes().replace(b"Text: Herden, Ingrid 01.09.2019 ", b"")
    error = press_text_error(tmp_path, "nobyline.txt", data)
    assert "no byline" in error.problem
    assert error.position.startswith("character ")


def test_given_a_byline_without_date_the_error_quotes_the_byline_and_asks_for_the_date(tmp_path):
    data = seed_bytes().replace(b"Ingrid 01.09.2019", b"Ingrid")
    error = press_text_error(tmp_path, "nodate.txt", data)
    assert "'Text: Herden, Ingrid' has no date" in error.problem


def test_given_a_text_without_masthead_the_error_says_no_masthead(tmp_path):
    data = seed_bytes().replace("Pressedienst der Landeshauptstadt Düsseldorf ".encode(), b"")
    error = press_text_error(tmp_path, "nomasthead.txt", data)
    assert error.position.startswith("character 0 ")
    assert "no press-service masthead" in error.problem


def test_given_an_error_in_a_multi_line_file_the_position_names_line_and_column(tmp_path):
    data = seed_bytes().replace(b" Text: Herden, Ingrid 01.09.2019 ", b"\nText: Herden, Ingrid\n")
    error = press_text_error(tmp_path, "nodate.txt", data)
    assert re.fullmatch(r"character \d+ \(line 2, column 21\)", error.position)


def test_given_a_utf8_release_in_a_non_latin_script_it_is_not_taken_for_binary(tmp_path):
    greek = "Δελτίο τύπου για το δίκτυο πόλεων Living Together. " * 20
    release = written_release(tmp_path, greek.strip())
    assert len(greek.encode("utf-8")) > 1.5 * len(greek)  # mostly non-ASCII bytes
    assert release.body_de.text == greek.strip()
