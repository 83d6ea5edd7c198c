"""The build, end to end: releases in, one validated TriG dataset out.

These are the acceptance tests of the release pipeline: the competency questions and the gold
facts are answered by a dataset built exactly as ``ltgraph build`` builds it.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from repo_paths import COMMITTED_GRAPH, OWN_FIXTURES, REPO, SHARED, ltgraph_command

SEED = "20190901-318_07.txt"


def run_build(releases: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(ltgraph_command("build", "--releases", releases, "--output", output,
                                          *extra),
                          capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory, shared) -> Path:
    out = tmp_path_factory.mktemp("seed") / "ltgraph.trig"
    result = run_build(shared / "releases", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def all_fixtures_build(tmp_path_factory, shared) -> Path:
    """Every release we have gold for (shared and our own), built together in one folder."""
    folder = tmp_path_factory.mktemp("releases")
    sources = [shared / "releases" / SEED, *sorted((shared / "fixtures" / "releases").iterdir())]
    if (OWN_FIXTURES / "releases").is_dir():
        sources += sorted((OWN_FIXTURES / "releases").iterdir())
    for src in sources:
        shutil.copy(src, folder / src.name)
    out = folder.parent / "all.trig"
    result = run_build(folder, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def cq_cases() -> list[Path]:
    return sorted((SHARED / "cq").glob("*.rq")) if SHARED.is_dir() else []


def expected_rows(csv_path: Path) -> tuple[list[str], set[tuple[str, ...]]]:
    with csv_path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        return header, {tuple(row) for row in reader if row}


def as_text(term) -> str:
    if term is None:
        return ""
    return str(term)


@pytest.mark.parametrize("query", cq_cases(), ids=lambda p: p.stem)
def test_given_the_seed_release_each_competency_question_returns_exactly_its_rows(
        query, seed_build):
    ds = Dataset(default_union=True)
    ds.parse(seed_build, format="trig")
    header, want = expected_rows(query.with_suffix(".csv"))
    result = ds.query(query.read_text(encoding="utf-8"))
    assert [str(v) for v in result.vars] == header
    got = {tuple(as_text(row[v]) for v in result.vars) for row in result}
    assert got == want, f"missing: {sorted(want - got)}\nextra: {sorted(got - want)}"


def gold_files() -> list[Path]:
    files = sorted((SHARED / "fixtures" / "gold").glob("*.toml")) if SHARED.is_dir() else []
    return files + sorted((OWN_FIXTURES / "gold").glob("*.toml"))


@pytest.mark.parametrize("gold", gold_files(), ids=lambda p: p.stem)
def test_given_a_release_with_gold_facts_the_scorer_finds_f1_of_one(gold, all_fixtures_build):
    scorer = SHARED / "eval" / "score.py"
    result = subprocess.run([sys.executable, scorer, all_fixtures_build, gold, "--min-f1", "1.0"],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_committed_dataset_is_the_build_of_the_seed_release_byte_for_byte(seed_build):
    assert COMMITTED_GRAPH.read_bytes() == seed_build.read_bytes(), (
        "data/graph/ltgraph.trig is stale: run `ltgraph build` and commit the result")


def test_two_builds_of_the_same_releases_are_byte_identical(seed_build, tmp_path, shared):
    again = tmp_path / "again.trig"
    assert run_build(shared / "releases", again).returncode == 0
    assert again.read_bytes() == seed_build.read_bytes()


def test_the_built_dataset_has_one_graph_per_release_derived_from_it(seed_build):
    ds = Dataset()
    ds.parse(seed_build, format="trig")
    graph = URIRef("https://w3id.org/ltgraph/graph/release/duesseldorf-20190901-318")
    release = URIRef("https://w3id.org/ltgraph/id/release/duesseldorf-20190901-318")
    prov = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
    assert (graph, prov, release) in ds.graph(graph)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {"https://w3id.org/ltgraph/graph/reference",
            "https://w3id.org/ltgraph/graph/ontology", str(graph)} <= names


def test_the_committed_dataset_holds_no_release_prose(seed_build, shared):
    """Quotations are stored as spans, never as text, unless built locally --with-text."""
    text = seed_build.read_text(encoding="utf-8")
    assert "schema:text" not in text
    seed_words = (shared / "releases" / SEED).read_text(encoding="utf-8").split()
    shingles = {" ".join(seed_words[i:i + 12]) for i in range(0, len(seed_words) - 12, 6)}
    flat = " ".join(text.split())
    assert not [s for s in shingles if s in flat]


def test_with_text_a_local_build_adds_the_words_of_each_quotation(tmp_path, shared):
    out = tmp_path / "local.trig"
    assert run_build(shared / "releases", out, "--with-text").returncode == 0
    ds = Dataset(default_union=True)
    ds.parse(out, format="trig")
    rows = list(ds.query("PREFIX lt: <https://w3id.org/ltgraph/ontology#> "
                         "PREFIX schema: <https://schema.org/> "
                         "SELECT ?q ?t WHERE { ?q a lt:Quotation ; schema:text ?t }"))
    assert rows, "no quotation text in a --with-text build"
    seed_text = (shared / "releases" / SEED).read_text(encoding="utf-8")
    assert all(str(t) in seed_text for _, t in rows)


# ------------------------------------------------------------------ bad input, build level


def write_bad_releases(folder: Path) -> dict[str, bytes]:
    """The files a build refuses: empty, binary, a page without any text, undecodable."""
    bad = {
        "20190101-001_01.txt": b"",
        "20190101-002_01.txt": b"\x00\x01\x02binary\xff\xfe" * 50,
        "20190101-003_01.txt": b"<!DOCTYPE html><html><body><p> </p></body></html>",
        "20190101-005_01.txt": "Pressedienst der Stadt Köln ".encode()
        + "Stra\u00dfe".encode("latin-1") + b" Text",
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    return bad


def test_given_broken_releases_the_good_one_is_still_built_and_each_problem_named(
        tmp_path, shared):
    folder = tmp_path / "releases"
    folder.mkdir()
    seed_bytes = (shared / "releases" / SEED).read_bytes()
    (folder / SEED).write_bytes(seed_bytes)
    bad = write_bad_releases(folder)
    out = tmp_path / "out.trig"
    result = run_build(folder, out)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    for name in bad:
        assert any(name in line for line in errors), f"{name} not named in:\n{result.stderr}"
    assert "Traceback" not in result.stderr
    ds = Dataset()
    ds.parse(out, format="trig")
    built = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert "https://w3id.org/ltgraph/graph/release/duesseldorf-20190901-318" in built
    assert not [n for n in built if "20190101" in n]


def test_given_a_press_release_cut_short_it_is_still_built_with_a_warning(tmp_path, shared):
    folder = tmp_path / "releases"
    folder.mkdir()
    seed_bytes = (shared / "releases" / SEED).read_bytes()
    (folder / "20190901-318_07.txt").write_bytes(seed_bytes[: len(seed_bytes) // 3])
    result = run_build(folder, tmp_path / "out.trig")
    assert result.returncode == 0, result.stderr
    assert "built 1 of 1" in result.stdout
    assert any("20190901-318_07.txt" in line and "truncated release" in line
               for line in result.stdout.splitlines() if line.startswith("warning:"))


def test_the_same_bytes_under_two_file_names_are_one_release(tmp_path, shared):
    folder = tmp_path / "releases"
    folder.mkdir()
    seed_bytes = (shared / "releases" / SEED).read_bytes()
    (folder / SEED).write_bytes(seed_bytes)
    (folder / "copy-of-the-seed.txt").write_bytes(seed_bytes)
    out = tmp_path / "out.trig"
    result = run_build(folder, out)
    assert result.returncode == 0, result.stderr
    assert "ingested once" in result.stdout
    ds = Dataset(default_union=True)
    ds.parse(out, format="trig")
    releases = list(ds.query("PREFIX lt: <https://w3id.org/ltgraph/ontology#> "
                             "SELECT DISTINCT ?r WHERE { ?r a lt:PressRelease }"))
    assert len(releases) == 1


def test_releases_read_by_worker_processes_make_the_same_dataset_and_report(tmp_path, shared):
    """Given the fixtures, two copies of the seed (same bytes, and the same text with CR-LF
    line ends) and the broken files, a build whose releases are read by two worker processes
    writes the same bytes, says the same lines and exits the same as one that reads them in
    one process: a copy is still read once (the first by name), each broken file named."""
    folder = tmp_path / "releases"
    folder.mkdir()
    seed_bytes = (shared / "releases" / SEED).read_bytes()
    for src in [shared / "releases" / SEED, *sorted((shared / "fixtures" / "releases").iterdir())]:
        shutil.copy(src, folder / src.name)
    (folder / "20190901-318_07-copy.txt").write_bytes(seed_bytes)
    (folder / "20190901-318_07-crlf.txt").write_bytes(seed_bytes.replace(b"\n", b"\r\n"))
    write_bad_releases(folder)
    said = {}
    for jobs in ("1", "2"):
        output = tmp_path / jobs / "out.trig"
        output.parent.mkdir()
        result = run_build(folder, output, "--jobs", jobs)
        said[jobs] = (result.returncode, *(text.replace(str(output), "OUTPUT")
                                           for text in (result.stdout, result.stderr)))
    assert (tmp_path / "2" / "out.trig").read_bytes() == (tmp_path / "1" / "out.trig").read_bytes()
    assert said["2"] == said["1"]
    status, stdout, stderr = said["1"]
    assert status == 1 and "Traceback" not in stderr
    assert stdout.count("ingested once") == 2
    assert stderr.count("error: 20190101-00") == 4


def test_a_failed_write_leaves_the_previous_dataset_whole(tmp_path):
    from ltgraph.dataset_file import write_atomically

    target = tmp_path / "ltgraph.trig"
    target.write_text("old dataset\n", encoding="utf-8")
    unwritable = "new dataset, half written " * 1000 + "\ud800"  # a lone surrogate fails mid-write
    with pytest.raises(UnicodeEncodeError):
        write_atomically(target, unwritable)
    assert target.read_text(encoding="utf-8") == "old dataset\n"
    assert [p.name for p in tmp_path.iterdir()] == ["ltgraph.trig"]


def test_a_build_with_no_release_folder_says_so(tmp_path):
    result = run_build(tmp_path / "nowhere", tmp_path / "out.trig")
    assert result.returncode == 2
    assert "nowhere" in result.stderr
    assert not (tmp_path / "out.trig").exists()


def test_the_build_shows_progress_and_a_summary_per_release(seed_build, tmp_path, shared):
    result = run_build(shared / "releases", tmp_path / "x.trig")
    assert f"[1/1] {SEED} -> duesseldorf-20190901-318:" in result.stdout
    assert "built 1 of 1 release file(s)" in result.stdout


def test_quoted_literals_survive_the_round_trip(seed_build):
    ds = Dataset(default_union=True)
    ds.parse(seed_build, format="trig")
    names = {str(o) for o in ds.objects(None, URIRef("https://schema.org/name"))}
    assert "Michał Olszewski" in names
    assert not [n for n in names if "?" in n]
    assert Literal("Michał Olszewski") in set(ds.objects(None, URIRef("https://schema.org/name")))


def test_repo_layout_has_the_design_card_folders():
    for name in ("pyproject.toml", "server.py", "ontology", "shapes", "data", "src/ltgraph",
                 "tests"):
        assert (REPO / name).exists(), name


def test_a_fact_that_breaks_a_shape_is_left_out_loudly_and_the_rest_of_the_release_kept():
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF

    from ltgraph.repair import conforming_part
    from ltgraph.terms import LT, SCHEMA, resource
    from ltgraph.validate import load_ontology, validate_graph

    release = resource("release", "test-20190901-1")
    good, bad = resource("person", "ingrid-herden"), resource("person", "micha-olszewski")
    g = Graph()
    g.add((good, RDF.type, LT.Person))
    g.add((good, SCHEMA.name, Literal("Ingrid Herden")))
    g.add((bad, RDF.type, LT.Person))
    g.add((bad, SCHEMA.name, Literal("Micha? Olszewski")))  # a damaged name breaks the shape
    g.add((release, SCHEMA.mentions, bad))
    kept, dropped, _ = conforming_part(g, load_ontology(), validate_graph, release)
    assert kept is not None
    assert (good, SCHEMA.name, Literal("Ingrid Herden")) in kept
    assert not list(kept.triples((bad, None, None))) and not list(kept.triples((None, None, bad)))
    assert [p.focus for p in dropped] == [str(bad)]


def undated_release_graph():
    """A release graph with only what a release always has (headline, hash, provenance):
    no date, no publisher, no facts."""
    from rdflib import Graph
    from rdflib.namespace import RDF

    from ltgraph.terms import BASE, LT, PROV, SCHEMA, resource

    release = resource("release", "unknown-undated-0123abcd")
    g = Graph(identifier=URIRef(BASE + "graph/release/unknown-undated-0123abcd"))
    g.add((g.identifier, PROV.wasDerivedFrom, release))
    g.add((release, RDF.type, LT.PressRelease))
    g.add((release, SCHEMA.headline, Literal("Mayors meet", lang="en")))
    g.add((release, LT.sha256, Literal("0" * 64)))
    return release, g


def test_the_evidence_of_a_statement_about_a_fact_left_out_goes_with_it():
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF

    from ltgraph.mapping import evidence_iri
    from ltgraph.repair import conforming_part
    from ltgraph.terms import LT, SCHEMA, resource
    from ltgraph.validate import load_ontology, validate_graph

    release, g = undated_release_graph()
    bad = resource("person", "micha-olszewski")
    span = URIRef(f"{release}#span-0-16")
    g.add((span, RDF.type, LT.TextSpan))
    g.add((span, LT.spanOf, release))
    g.add((span, LT.charStart, Literal(0)))
    g.add((span, LT.charEnd, Literal(16)))
    g.add((bad, RDF.type, LT.Person))
    g.add((bad, SCHEMA.name, Literal("Micha? Olszewski")))  # a damaged name breaks the shape
    statement = (release, SCHEMA.mentions, bad)
    g.add(statement)
    ev = evidence_iri(release, statement)
    g.add((ev, RDF.type, LT.Evidence))
    for part, value in zip((RDF.subject, RDF.predicate, RDF.object), statement, strict=True):
        g.add((ev, part, value))
    g.add((ev, LT.span, span))
    kept, dropped, _ = conforming_part(g, load_ontology(), validate_graph, release)
    assert kept is not None
    assert not list(kept.triples((ev, None, None)))
    assert [p.focus for p in dropped] == [str(bad)]  # one fact left out, no evidence told


def test_a_release_without_date_or_publisher_is_kept_and_the_lack_is_told_as_a_warning():
    from rdflib.namespace import RDF

    from ltgraph.repair import conforming_part
    from ltgraph.terms import LT, SCHEMA
    from ltgraph.validate import load_ontology, validate_graph

    release, g = undated_release_graph()
    kept, dropped, noted = conforming_part(g, load_ontology(), validate_graph, release)
    assert kept is not None and (release, RDF.type, LT.PressRelease) in kept
    assert dropped == []
    assert sorted(p.path for p in noted) == [str(SCHEMA.datePublished), str(SCHEMA.publisher)]
    assert {p.severity for p in noted} == {"Warning"}


# ------------------------------------------------------- a release folder as people leave it


@pytest.fixture(scope="module")
def untidy_build(tmp_path_factory, shared):
    """One build over a folder holding the seed with a '"' in one image URL, a copy of a
    release re-saved with a BOM and CR-LF line ends, a link out of the folder, a sub-folder
    named like a release, and temporary files a killed build left beside the output."""
    root = tmp_path_factory.mktemp("untidy")
    folder = root / "releases"
    folder.mkdir()
    seed = (shared / "releases" / SEED).read_text(encoding="utf-8")
    url = "https://www.duesseldorf.de/fileadmin/Amt13/pressebilder/"
    first = seed.index(url)
    broken = seed[:first + len(url)] + 'x"y' + seed[first + len(url):]
    (folder / SEED).write_text(broken, encoding="utf-8")
    other = sorted((shared / "fixtures" / "releases").glob("*_*.txt"))[0]
    (folder / other.name).write_bytes(other.read_bytes())
    (folder / "copy.txt").write_bytes(
        b"\xef\xbb\xbf" + other.read_bytes().rstrip().replace(b"\n", b"\r\n") + b"\r\n\r\n")
    outside = root / "secret.txt"
    outside.write_text("Pressedienst der Stadt Köln xq7confidential", encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    (folder / "20190101-999_01.txt").mkdir()
    output = root / "out.trig"
    dead = root / f".out.trig.{2 ** 22 + 12345}.abcd1234.tmp"  # beyond any pid_max default
    dead.write_text("half a dataset", encoding="utf-8")
    running = root / f".out.trig.{os.getpid()}.efgh5678.tmp"
    running.write_text("being written", encoding="utf-8")
    result = run_build(folder, output)
    return {"result": result, "output": output, "dead": dead, "running": running,
            "other": other, "lines": (result.stdout + result.stderr).splitlines()}


def release_graphs(path: Path) -> set[str]:
    ds = Dataset()
    ds.parse(path, format="trig")
    return {str(g.identifier).rsplit("/", 1)[-1] for g in ds.graphs()
            if len(g) and "/graph/release/" in str(g.identifier)}


def test_given_a_quote_in_one_image_url_that_fact_is_left_out_and_everything_else_built(
        untidy_build):
    lines = [line for line in untidy_build["lines"] if SEED in line and "error" in line]
    assert len(lines) == 1, untidy_build["lines"]  # one line, no cascade, no unnamed warning
    assert "not a valid IRI" in lines[0]
    assert not [line for line in untidy_build["lines"] if "does not look like a valid URI" in line]
    assert lines[0].startswith(f"error: {SEED}: character ") and "x\"y" in lines[0]
    assert "Traceback" not in untidy_build["result"].stderr
    graphs = release_graphs(untidy_build["output"])
    assert "duesseldorf-20190901-318" in graphs
    assert len(graphs) == 2
    text = untidy_build["output"].read_text(encoding="utf-8")
    assert 'x"y' not in text
    ds = Dataset(default_union=True)
    ds.parse(untidy_build["output"], format="trig")
    photos = list(ds.query("PREFIX lt: <https://w3id.org/ltgraph/ontology#> "
                           "SELECT ?p WHERE { ?p a lt:Photograph }"))
    assert len(photos) >= 49  # the seed's 50 photos, but the one whose URL broke


def test_given_a_link_out_of_the_release_folder_it_is_refused_with_a_line(untidy_build):
    assert any(line.startswith("error: link.txt: a symbolic link out of the release folder")
               for line in untidy_build["lines"])
    assert "xq7confidential" not in untidy_build["output"].read_text(encoding="utf-8")
    assert untidy_build["result"].returncode != 0


def test_given_a_folder_named_like_a_release_the_build_says_it_skipped_it(untidy_build):
    assert any("20190101-999_01.txt: a folder, not a release file; skipped" in line
               for line in untidy_build["lines"])


def test_given_a_copy_differing_by_bom_and_line_ends_it_is_one_release_with_a_warning(
        untidy_build):
    other = untidy_build["other"].name
    assert any(line.startswith("warning: copy.txt: the same text as") and other in line
               for line in untidy_build["lines"])
    assert not [g for g in release_graphs(untidy_build["output"]) if "unknown" in g]


def test_temporary_files_of_a_killed_build_are_removed_and_a_running_ones_kept(untidy_build):
    assert not untidy_build["dead"].exists()
    assert untidy_build["running"].exists()
    assert any(f"removed {untidy_build['dead'].name}" in line for line in untidy_build["lines"])


def test_an_old_temporary_file_without_a_living_writer_is_stale(tmp_path):
    from ltgraph.dataset_file import STALE_TEMPORARY_SECONDS, clean_stale_temporaries

    target = tmp_path / "ltgraph.trig"
    old = tmp_path / ".ltgraph.trig.abcdefgh.tmp"  # a name from before names held the process
    fresh = tmp_path / ".ltgraph.trig.ijklmnop.tmp"
    for path in (old, fresh):
        path.write_text("x", encoding="utf-8")
    now = old.stat().st_mtime + STALE_TEMPORARY_SECONDS + 1
    os.utime(fresh, (now, now))
    assert clean_stale_temporaries(target, now=now) == [old.name]
    assert fresh.exists()
