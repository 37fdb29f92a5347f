"""The library: idempotent adds, deduplication, concurrency, crash safety, search, import/export."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from gsecite.cli import main
from gsecite.csl import to_csl
from gsecite.extract import extract
from gsecite.library import Library, LibraryError
from gsecite.library.store import match_key, merge_items

from .conftest import SEED, dev_articles

GSECITE = [sys.executable, "-m", "gsecite"]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def library_path(tmp_path):
    return str(tmp_path / "lib.sqlite")


def test_add_is_idempotent(library_path):
    assert run("add", str(SEED), "--library", library_path).exit_code == 0
    first = Library.open(library_path).counts()
    result = run("add", str(SEED), "--library", library_path)
    assert result.exit_code == 0 and "1 already there" in result.stderr
    assert Library.open(library_path).counts() == first
    assert first["articles"] == 1 and first["refs"] == 20


def test_add_reports_an_article_that_fails_and_stores_the_others(tmp_path, library_path, extract_fails_on):
    extract_fails_on("bad.txt")
    (tmp_path / "bad.txt").write_bytes(SEED.read_bytes())
    result = run("add", str(SEED), str(tmp_path / "bad.txt"), "--library", library_path, "--jobs", "1")
    assert result.exit_code == 1 and "bad.txt: internal error" in result.stderr and "1 failed" in result.stderr
    assert Library.open(library_path).counts()["articles"] == 1


def test_dedupe_across_dev_articles_loses_no_field(dev_dir, library_path):
    result = run("add", str(dev_dir), "--library", library_path, "--jobs", "1")
    assert result.exit_code == 0
    library = Library.open(library_path)
    docs = [extract(p.read_text(encoding="utf-8"), str(p)) for p in dev_articles()]
    total = sum(len(d.references) for d in docs)
    distinct = {match_key(to_csl(r)) for d in docs for r in d.references}
    counts = library.counts()
    assert counts["refs"] == len(distinct) < total  # the same work stored once (5 merged in the dev set)
    assert total - counts["refs"] == 5
    assert counts["listings"] == total  # and linked to every article that lists or cites it
    # No field value was lost: every value of every extracted record is in the stored one or its variants.
    stored = {match_key(item): item for item in library.all()}
    for doc in docs:
        for ref in doc.references:
            item = to_csl(ref)
            kept = stored[match_key(item)]
            variants = (kept.get("custom") or {}).get("variants", {})
            for key, value in item.items():
                if key in ("id", "custom"):
                    continue
                assert key in kept, key
                assert kept[key] == value or value in variants.get(key, []) or (
                    isinstance(value, str) and value.casefold().replace(".", "") ==
                    str(kept[key]).casefold().replace(".", "")), (key, value, kept[key])


def test_one_work_listed_by_three_articles_is_stored_once(dev_dir, library_path):
    for name in ("001_udegei.txt", "068_itelmeny.txt", "069_tofalar.txt"):
        run("add", str(dev_dir / name), "--library", library_path)
    library = Library.open(library_path)
    found = library.search("Narody Sibiri")
    assert len(found) == 1 and found[0]["title"] == "Narody Sibiri"
    listed_by = library.citing(found[0]["custom"]["library_id"])
    assert len(listed_by) == 3
    assert found[0]["note"] == "Bibliography"  # one article printed a note: kept


def test_merge_keeps_every_value_and_citation(library_path):
    library = Library.open(library_path)
    a = extract("Topic\n\nBody text, it was.\n\nShaposhnikov, A. N. Kholmogorskii skot. Moscow, 1951.\n", "a")
    b = extract("Topic\n\nBody text, it was.\n\nShaposhnikov, A. N. Kholmogorskii skol. Leningrad, 1951. "
                "(Reprint.)\n", "b")
    library.add_document(a, "a.txt", "a")
    library.add_document(b, "b.txt", "b")
    first, second = library.all()
    library.tag(second["id"], "reprint")
    merged = library.merge(first["id"], second["id"])
    variants = merged["custom"]["variants"]
    assert merged["title"] == "Kholmogorskii skot" and variants["title"] == ["Kholmogorskii skol"]
    assert merged["publisher-place"] == "Moscow" and variants["publisher-place"] == ["Leningrad"]
    assert merged["note"] == "Reprint"
    ref_id = merged["custom"]["library_id"]
    assert len(library.citing(ref_id)) == 2 and library.tags_of(ref_id) == ["reprint"]
    assert library.counts()["refs"] == 1
    result = run("merge", "1", "1", "--library", library_path)
    assert result.exit_code == 2


def test_duplicates_lists_a_misprint(library_path):
    library = Library.open(library_path)
    a = extract("Topic\n\nBody text, it was.\n\nShaposhnikov, A. N. Kholmogorskii skot. Moscow, 1951.\n", "a")
    b = extract("Topic\n\nBody text, it was.\n\nShaposhnikov, A. N. Kholmogorskii skol. Moscow, 1951.\n", "b")
    library.add_document(a, "a", "a")
    library.add_document(b, "b", "b")
    pairs = library.duplicates()
    assert len(pairs) == 1 and "misprint" in pairs[0][2]
    result = run("duplicates", "--library", library_path)
    assert "misprint" in result.stdout


def test_search_ranks_an_exact_title_first(library_path):
    library = Library.open(library_path)
    text = "Topic\n\nBody text, it was.\n\n" + "\n".join([
        "Ivanov, I. Istoriia SSSR i istoriia Rossii. Moscow, 1960.",
        "Petrov, P. Istoriia SSSR v dokumentakh istoriia SSSR. Moscow, 1961.",
        "Sidorov, S. Istoriia SSSR. Moscow, 1962.",
    ]) + "\n"
    library.add_document(extract(text, "a"), "a", "a")
    assert library.search("Istoriia SSSR")[0]["title"] == "Istoriia SSSR"


def test_import_export_round_trip(tmp_path, library_path):
    data = tmp_path / "refs.json"
    assert run("extract", str(SEED), "--format", "csl-json", "-o", str(data)).exit_code == 0
    assert run("import", str(data), "--library", library_path).exit_code == 0
    bib = tmp_path / "refs.bib"
    assert run("export", "--library", library_path, "--format", "bibtex", "-o", str(bib)).exit_code == 0
    other = str(tmp_path / "other.sqlite")
    assert run("import", str(bib), "--library", other).exit_code == 0
    original = json.loads(data.read_text(encoding="utf-8"))
    exported = json.loads(run("export", "--library", other, "--format", "csl-json").stdout)
    assert len(exported) == len(original)
    fields = ("title", "container-title", "volume", "edition", "publisher-place", "author")
    for a, b in zip(original, exported, strict=True):
        assert {k: a.get(k) for k in fields} == {k: b.get(k) for k in fields}


def test_show_list_tag_remove(library_path):
    run("add", str(SEED), "--library", library_path)
    shown = json.loads(run("show", "marxvosemnadtsatoe", "--library", library_path, "--json").stdout)
    assert shown["record"]["volume"] == "8" and shown["articles"][0]["cited"]
    assert run("tag", "marxvosemnadtsatoe", "marx", "--library", library_path).exit_code == 0
    listed = json.loads(run("list", "--tag", "marx", "--library", library_path, "--json").stdout)
    assert [i["id"] for i in listed] == ["marxvosemnadtsatoe"]
    assert run("remove", "marxvosemnadtsatoe", "--library", library_path).exit_code == 0
    assert run("show", "marxvosemnadtsatoe", "--library", library_path).exit_code == 2
    table = run("list", "--library", library_path).stdout.splitlines()
    assert table[0].split()[:3] == ["id", "key", "authors"] and len(table) == 20


@pytest.mark.parametrize("content", [b"not a database at all, just text", b"SQLite format 3\x00" + b"\x00" * 200])
def test_a_file_that_is_not_a_library_is_one_line_exit_2(tmp_path, content):
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    before = path.read_bytes()
    result = run("list", "--library", str(path))
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output and path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE people (name TEXT)")
    db.commit()
    db.close()
    with pytest.raises(LibraryError, match="not a gsecite library"):
        Library.open(path)


def _articles(folder, count):
    """``count`` distinct articles (the dev ones, each made unique by a line of its own)."""
    texts = [p.read_text(encoding="utf-8") for p in dev_articles()] or [SEED.read_text(encoding="utf-8")]
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:04d}.txt").write_text(f"Article {i}\n\n" + texts[i % len(texts)], encoding="utf-8")
    return folder


def test_two_concurrent_adders_lose_nothing(tmp_path, library_path):
    one, two = _articles(tmp_path / "one", 60), tmp_path / "two"
    two.mkdir()
    for path in one.iterdir():
        (two / ("b" + path.name)).write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    env = {**os.environ, "GSECITE_LIBRARY": library_path}
    procs = [subprocess.Popen([*GSECITE, "add", str(folder), "--jobs", "1"], env=env, stderr=subprocess.PIPE)
             for folder in (one, two)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    library = Library.open(library_path)
    assert library.counts()["articles"] == 120
    orphan = library.db.execute("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM listings)")
    assert orphan.fetchone()[0] == 0


def test_kill_9_mid_add_leaves_the_library_as_it_was(tmp_path, library_path):
    folder = _articles(tmp_path / "many", 400)
    env = {**os.environ, "GSECITE_LIBRARY": library_path}
    proc = subprocess.Popen([*GSECITE, "add", str(folder), "--jobs", "1"], env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            db = sqlite3.connect(f"file:{library_path}?mode=ro", uri=True, timeout=1)
            count = db.execute("SELECT count(*) FROM articles").fetchone()[0]
            db.close()
        except sqlite3.Error:
            continue
        if count >= 20:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    db = sqlite3.connect(library_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 20 <= articles < 400  # killed in the middle, and every article it holds is whole:
    orphans = db.execute("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM listings)")
    assert orphans.fetchone()[0] == 0
    db.close()
    # Adding again finishes the work; nothing is doubled.
    subprocess.run([*GSECITE, "add", str(folder), "--jobs", "1"], env=env, check=True, capture_output=True)
    assert Library.open(library_path).counts()["articles"] == 400


def test_merge_items_keeps_both_values():
    kept = merge_items({"id": "a", "title": "T", "note": "x"}, {"id": "b", "title": "T", "note": "y", "page": "5"})
    assert kept["note"] == "x" and kept["page"] == "5" and kept["custom"]["variants"] == {"note": ["y"]}


def test_search_finds_romanized_records_in_cyrillic(library_path):
    library = Library.open(library_path)
    library.add_document(extract("Topic\n\nBody text, it was.\n\nOrlov, S. V. Komety. Moscow, 1935.\n", "a"), "a", "a")
    assert [i["title"] for i in library.search("Кометы")] == ["Komety"]
    assert [i["title"] for i in library.search("Орлов")] == ["Komety"]


def test_an_older_library_is_migrated(tmp_path):
    from gsecite.library.store import APPLICATION, MIGRATIONS, SCHEMA_VERSION

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[1]:
        db.execute(statement)
    db.execute("INSERT INTO meta (key, value) VALUES ('application', ?)", (APPLICATION,))
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    library = Library.open(path)
    assert library.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    library.add_document(extract("Topic\n\nBody text, it was.\n\nOrlov, S. V. Komety. Moscow, 1935.\n", "a"), "a", "a")
    assert [i["title"] for i in library.search("Komety")] == ["Komety"]


def test_a_work_printed_in_cyrillic_and_romanized_is_stored_once(library_path):
    library = Library.open(library_path)
    library.add_document(extract("Topic\n\nBody text, it was.\n\nOrlov, S. V. Komety. Moscow, 1935.\n", "a"), "a", "a")
    library.add_document(extract("Кометы\n\nТекст.\n\nЛитература\n\nОрлов С. В. Кометы. — М., 1935.\n", "b"), "b", "b")
    found = library.search("Komety")
    assert len(found) == 1 and len(library.citing(found[0]["custom"]["library_id"])) == 2


def test_a_library_of_an_older_schema_gets_its_match_keys_in_one_script(tmp_path):
    from gsecite.library.store import APPLICATION, MIGRATIONS

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    for step in (1, 2, 3):
        for statement in MIGRATIONS[step]:
            db.execute(statement)
    db.execute("INSERT INTO meta (key, value) VALUES ('application', ?)", (APPLICATION,))
    item = {"id": "orlov1935komety", "type": "book", "author": [{"family": "Орлов", "given": "С. В."}],
            "title": "Кометы", "issued": {"date-parts": [[1935]]}}
    db.execute("INSERT INTO refs (key, match_key, csl, added) VALUES (?, ?, ?, 0)",
               ("orlov1935komety", "орлов|кометы||||1935", json.dumps(item, ensure_ascii=False)))
    db.execute("PRAGMA user_version = 3")
    db.commit()
    db.close()
    library = Library.open(path)
    assert library.db.execute("SELECT match_key FROM refs").fetchone()[0] == match_key(item)
    assert match_key(item).startswith("orlov|komety")
