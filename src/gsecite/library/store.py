"""The library: records of many articles in one SQLite file, each work once.

Tables: ``articles`` (each added file, by content hash: adding it again changes
nothing), ``refs`` (one CSL-JSON record per work, with the normalized key that
finds it again), ``listings`` (which article lists or cites which work, with its
printed text), ``citations`` (inline citations with their locators), ``tags``,
and ``refs_fts`` (FTS5 over authors, titles, containers, places, notes and their
Cyrillic forms). The schema is versioned (``PRAGMA user_version``) and migrated
on open. Each add is one transaction (WAL mode, ``BEGIN IMMEDIATE``), so two
adders lose nothing and a killed one leaves the library as it was.

>>> lib = Library.open(":memory:")
>>> from gsecite.extract import extract
>>> doc = extract("Komety\\n\\nA comet, it was seen.\\n\\nOrlov, S. V. Komety. Moscow, 1935.\\n", "a.txt")
>>> lib.add_document(doc, "a.txt", "hash-a").added
1
>>> lib.add_document(doc, "a.txt", "hash-a").added  # the same article again
0
>>> [r["title"] for r in lib.search("komety")]
['Komety']
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..csl import from_csl, to_csl
from ..cyrillic.reading import has_cyrillic, lc_letter
from ..keys import free_key, key_suffix, reference_key
from ..model import Document, Reference

APPLICATION = "gsecite-library"
SCHEMA_VERSION = 4
MERGED_FIELDS = ("title", "title-short", "container-title", "container-title-short", "collection-title", "edition",
                 "volume", "volume-title", "number-of-volumes", "part", "chapter-number", "issue", "page",
                 "publisher-place", "publisher", "note", "genre", "language")

MIGRATIONS: dict[int, Sequence[str]] = {
    1: (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ("CREATE TABLE articles (id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, "
        "title TEXT NOT NULL DEFAULT '', added REAL NOT NULL)"),
        ("CREATE TABLE refs (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, match_key TEXT NOT NULL, "
        "csl TEXT NOT NULL, added REAL NOT NULL)"),
        "CREATE INDEX refs_match ON refs (match_key)",
        ("CREATE TABLE listings (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
        "ref_id INTEGER NOT NULL REFERENCES refs(id) ON DELETE CASCADE, origin TEXT NOT NULL, raw TEXT NOT NULL, "
        "start INTEGER, end INTEGER)"),
        "CREATE INDEX listings_ref ON listings (ref_id)",
        ("CREATE TABLE citations (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
        "ref_id INTEGER NOT NULL REFERENCES refs(id) ON DELETE CASCADE, locator TEXT, label TEXT, text TEXT, "
        "start INTEGER, end INTEGER)"),
        "CREATE INDEX citations_ref ON citations (ref_id)",
        ("CREATE TABLE tags (ref_id INTEGER NOT NULL REFERENCES refs(id) ON DELETE CASCADE, tag TEXT NOT NULL, "
        "PRIMARY KEY (ref_id, tag))"),
    ),
    2: (
        # Full-text search over what users look for, romanized and (when restored) Cyrillic.
        ("CREATE VIRTUAL TABLE refs_fts USING fts5(authors, title, container, places, notes, cyrillic, "
        "tokenize = 'unicode61 remove_diacritics 2')"),
        "ALTER TABLE refs ADD COLUMN title_key TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX refs_title ON refs (title_key)",
    ),
    3: (
        # Relevance as bm25 with titles weighted most, so that FTS5 can rank without a sort of ours.
        "INSERT INTO refs_fts (refs_fts, rank) VALUES ('rank', 'bm25(2.0, 5.0, 1.0, 0.5, 0.5, 1.0)')",
    ),
    # The match keys of records in Cyrillic romanized, as match_key now makes them (done in Python: _rekey).
    4: (),
}


_NOT_ALNUM = re.compile(r"[\W_]+")


def _rekey(db: sqlite3.Connection) -> None:
    """The match key of each stored record as :func:`match_key` makes it now (of a library made before)."""
    rows = db.execute("SELECT id, csl, match_key FROM refs").fetchall()
    for ref_id, csl, stored in rows:
        if (key := match_key(json.loads(csl))) != stored:
            db.execute("UPDATE refs SET match_key = ? WHERE id = ?", (key, ref_id))


class LibraryError(Exception):
    """A library file that cannot be used: not ours, corrupt, or unreadable (one line for the user)."""


def normalize(text: str) -> str:
    """Letters and digits, case-folded, ё as е, accents off: what typography cannot change.

    >>> normalize("Klassovaia bor’ba vo Frantsii, 1848–1850!") == normalize("KLASSOVAIA BORBA VO FRANTSII 18481850")
    True
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ё", "е"))
    return _NOT_ALNUM.sub("", decomposed)  # combining marks are not \w: accents go too


def _in_one_script(normalized: str) -> str:
    """A normalized value with its Cyrillic letters in the encyclopedia's romanization (the signs dropped), so that
    a work printed in Cyrillic and the same work romanized are stored once: "народысибири" → "narodysibiri"."""
    if not has_cyrillic(normalized):
        return normalized
    return _NOT_ALNUM.sub("", "".join(map(lc_letter, normalized)))


def match_key(item: dict) -> str:
    """The key under which the same work is stored once: authors, title, container, edition, volume, year (in one
    script: "Левин|Народы Сибири" and "Levin|Narody Sibiri" are one key).

    >>> match_key({"author": [{"family": "Левин"}], "title": "Народы Сибири"}) == match_key(
    ...     {"author": [{"family": "Levin"}], "title": "Narody Sibiri"})
    True
    """
    names = item.get("author") or item.get("editor") or []
    families = ",".join(_in_one_script(normalize(n.get("family") or n.get("literal", ""))) for n in names)
    year = ""
    parts = (item.get("issued") or {}).get("date-parts") or []
    if parts and parts[0]:
        year = str(parts[0][0])
    # The title second: the library's title index reads it from the key.
    fields = [families, _in_one_script(normalize(item.get("title", ""))),
              _in_one_script(normalize(item.get("container-title", ""))),
              normalize(str(item.get("edition", ""))), normalize(str(item.get("volume", ""))),
              normalize(str(item.get("part", ""))), year]
    return "|".join(fields)


@dataclass(frozen=True)
class AddResult:
    article_id: int
    added: int  # new references
    merged: int  # references that were already in the library
    skipped: bool = False  # the article was there already


def _fts_row(item: dict, restore=None) -> tuple[str, str, str, str, str, str]:
    names = item.get("author", []) + item.get("editor", []) + item.get("container-author", [])
    authors = " ".join(n.get("literal") or f"{n.get('family', '')} {n.get('given', '')}" for n in names)
    title = " ".join(str(item.get(k, "")) for k in ("title", "title-short", "volume-title", "original-title"))
    container = " ".join(str(item.get(k, "")) for k in ("container-title", "container-title-short",
                                                        "collection-title"))
    places = " ".join(str(item.get(k, "")) for k in ("publisher-place", "publisher"))
    notes = str(item.get("note", ""))
    romanized = (item.get("custom") or {}).get("romanized") or {}
    # The other script: the romanized forms of a record kept in Cyrillic, or the Cyrillic of a
    # romanized Russian record, so that either finds it.
    other = [str(v) for v in romanized.values() if isinstance(v, str)]
    if restore is not None and not romanized and item.get("language") == "ru":
        other.append(restore(f"{authors} {item.get('title', '')} {item.get('container-title', '')}"))
    return authors, title, container, places, notes, " ".join(other).strip()


class Library:
    """A library file. Methods are transactions; the object holds the connection (and, once
    needed, the Cyrillic restorer that indexes Russian records in both scripts)."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self.db = connection
        self.path = path
        self._restorer = None

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Library:
        """Open (and create or migrate) a library; a file that is not one raises LibraryError."""
        path = str(path)
        if path != ":memory:":
            file = Path(path)
            if file.exists() and file.is_dir():
                raise LibraryError(f"{path}: is a directory, not a library")
            if file.exists() and file.stat().st_size > 0:
                with file.open("rb") as handle:
                    if handle.read(16) != b"SQLite format 3\x00":
                        raise LibraryError(f"{path}: not a gsecite library (not an SQLite file)")
            elif not create:
                raise LibraryError(f"{path}: no library here")
            file.parent.mkdir(parents=True, exist_ok=True)
        for attempt in range(50):
            db = None
            try:
                db = sqlite3.connect(path, timeout=60, isolation_level=None)
                db.row_factory = sqlite3.Row
                db.execute("PRAGMA foreign_keys = ON")
                db.execute("PRAGMA busy_timeout = 60000")
                if path != ":memory:":
                    db.execute("PRAGMA journal_mode = WAL")
                    db.execute("PRAGMA synchronous = NORMAL")
                    # A page cache for the indexes of a large library (the default 2 MB thrashes
                    # past a few hundred thousand records); memory, not disk, for sorts.
                    db.execute("PRAGMA cache_size = -262144")
                    db.execute("PRAGMA temp_store = MEMORY")
                library = cls(db, path)
                library._migrate()
                return library
            except sqlite3.OperationalError as error:
                # Two processes creating one library at once: one waits for the other's schema.
                if "locked" in str(error) and attempt < 49:
                    if db is not None:
                        db.close()
                    time.sleep(0.1)
                    continue
                raise LibraryError(f"{path}: not a usable library ({error})") from None
            except sqlite3.DatabaseError as error:
                raise LibraryError(f"{path}: not a usable library ({error})") from None
        raise LibraryError(f"{path}: the library stayed locked")

    def _migrate(self) -> None:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version == 0 and tables:
                raise LibraryError(f"{self.path}: not a gsecite library (it holds other tables)")
            if version > 0:
                owner = db.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
                if owner is None or owner[0] != APPLICATION:
                    raise LibraryError(f"{self.path}: not a gsecite library")
            if version > SCHEMA_VERSION:
                raise LibraryError(f"{self.path}: made by a newer gsecite (schema {version})")
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step]:
                    db.execute(statement)
                if step == 1:
                    db.execute("INSERT INTO meta (key, value) VALUES ('application', ?)", (APPLICATION,))
                if step == 4:
                    _rekey(db)
                db.execute(f"PRAGMA user_version = {step}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    # --- adding --------------------------------------------------------------------------------

    def add_document(self, doc: Document, path: str, sha256: str) -> AddResult:
        """Store an extracted article, each of its works once; one transaction."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute("SELECT id FROM articles WHERE sha256 = ?", (sha256,)).fetchone()
            if row is not None:
                db.execute("ROLLBACK")
                return AddResult(row[0], 0, 0, skipped=True)
            article_id = db.execute(
                "INSERT INTO articles (path, sha256, title, added) VALUES (?, ?, ?, ?)",
                (path, sha256, doc.title, time.time()),
            ).lastrowid
            ids, added, merged = {}, 0, 0
            for ref in doc.references:
                ref_id, new = self._store(ref)
                ids[ref.id] = ref_id
                added += new
                merged += not new
                db.execute(
                    "INSERT INTO listings (article_id, ref_id, origin, raw, start, end) VALUES (?, ?, ?, ?, ?, ?)",
                    (article_id, ref_id, ref.origin, ref.raw, ref.span.start if ref.span else None,
                     ref.span.end if ref.span else None),
                )
            db.executemany(
                "INSERT INTO citations (article_id, ref_id, locator, label, text, start, end) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(article_id, ids[c.reference], c.locator, c.label, c.text, c.span.start, c.span.end)
                 for c in doc.citations if c.reference in ids],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return AddResult(article_id, added, merged)

    def import_references(self, references: Iterable[Reference]) -> AddResult:
        """Store records read from a file (CSL-JSON or BibTeX); one transaction."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        added = merged = 0
        try:
            for ref in references:
                _, new = self._store(ref)
                added += new
                merged += not new
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return AddResult(0, added, merged)

    def _store(self, ref: Reference) -> tuple[int, bool]:
        """Insert a work, or merge it into the stored one with the same match key."""
        item = to_csl(ref)
        item["custom"] = {k: v for k, v in item.get("custom", {}).items() if k not in ("raw", "start", "end")}
        key = match_key(item)
        row = self.db.execute("SELECT id, csl FROM refs WHERE match_key = ? LIMIT 1", (key,)).fetchone()
        if row is not None:
            stored = json.loads(row["csl"])
            combined = merge_items(stored, item)
            if combined != stored:
                self._update(row["id"], combined)
            return row["id"], False
        citation_key = self._free_key(reference_key(ref))
        item["id"] = citation_key
        ref_id = self.db.execute(
            "INSERT INTO refs (key, match_key, csl, added, title_key) VALUES (?, ?, ?, ?, ?)",
            (citation_key, key, json.dumps(item, ensure_ascii=False), time.time(), key.split("|", 2)[1]),
        ).lastrowid
        self.db.execute("INSERT INTO refs_fts (rowid, authors, title, container, places, notes, cyrillic) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", (ref_id, *_fts_row(item, self._restore)))
        return ref_id, True

    def _free_key(self, key: str) -> str:
        """The citation key to store a new work under: ``key``, or ``key`` with a free suffix."""
        query = "SELECT {} FROM refs WHERE key = ? OR key GLOB ?"
        uses = self.db.execute(query.format("count(*)"), (key, key + "[a-z]*")).fetchone()[0]
        if not uses:
            return key
        # The suffixes in use usually run a, b, c … without a gap: the next one is almost always free,
        # and counting is far cheaper than reading every key that shares the stem.
        likely = key + key_suffix(uses - 1)
        if not self.db.execute("SELECT 1 FROM refs WHERE key = ?", (likely,)).fetchone():
            return likely
        return free_key(key, {row[0] for row in self.db.execute(query.format("key"), (key, key + "[a-z]*"))})

    def _update(self, ref_id: int, item: dict) -> None:
        self.db.execute("UPDATE refs SET csl = ?, title_key = ? WHERE id = ?",
                        (json.dumps(item, ensure_ascii=False), normalize(item.get("title", "")), ref_id))
        self.db.execute("DELETE FROM refs_fts WHERE rowid = ?", (ref_id,))
        self.db.execute("INSERT INTO refs_fts (rowid, authors, title, container, places, notes, cyrillic) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", (ref_id, *_fts_row(item, self._restore)))

    def _restore(self, text: str) -> str:
        """Cyrillic of romanized Russian words, for search (the restorer is loaded on first use)."""
        if self._restorer is None:
            from ..cyrillic import Restorer

            self._restorer = Restorer()
        return self._restorer.restore_words(text)

    # --- reading -------------------------------------------------------------------------------

    def _row(self, row: sqlite3.Row) -> dict:
        item = json.loads(row["csl"])
        item["custom"] = {**item.get("custom", {}), "library_id": row["id"]}
        return item

    def get(self, ref: str | int) -> dict:
        """A record by library id or citation key; LookupError if there is none."""
        if isinstance(ref, int) or str(ref).isdigit():
            row = self.db.execute("SELECT id, csl FROM refs WHERE id = ?", (int(ref),)).fetchone()
        else:
            row = self.db.execute("SELECT id, csl FROM refs WHERE key = ?", (ref,)).fetchone()
        if row is None:
            raise LookupError(f"no reference {ref} in the library")
        return self._row(row)

    def all(self, tag: str | None = None) -> list[dict]:
        if tag:
            rows = self.db.execute("SELECT refs.id, csl FROM refs JOIN tags ON tags.ref_id = refs.id "
                                   "WHERE tag = ? ORDER BY refs.id", (tag,))
        else:
            rows = self.db.execute("SELECT id, csl FROM refs ORDER BY id")
        return [self._row(r) for r in rows]

    def search(self, query: str, limit: int = 50) -> list[dict]:
        """Records matching every word of the query: those whose title is the query first, then the
        rest by relevance (bm25, titles weighted most). The last word may be the start of a word."""
        words = re.findall(r"\w+", query)
        if not words:
            return []
        exact = list(self.db.execute("SELECT id, csl FROM refs WHERE title_key = ? LIMIT ?",
                                     (normalize(query), limit)))
        # A prefix query on a short word ("1"*) would expand to most of the index: only the last
        # word, and only from three letters on, is taken as a prefix.
        terms = [f'"{w}"' for w in words[:-1]]
        last = words[-1]
        terms.append(f'"{last}"*' if len(last) >= 3 and not last.isdigit() else f'"{last}"')
        ranked = self.db.execute(
            "SELECT refs.id, refs.csl FROM refs JOIN (SELECT rowid, rank FROM refs_fts WHERE refs_fts MATCH ? "
            "ORDER BY rank LIMIT ?) AS hits ON refs.id = hits.rowid ORDER BY hits.rank",
            (" ".join(terms), limit + len(exact)),
        )
        seen = {row["id"] for row in exact}
        rows = exact + [row for row in ranked if row["id"] not in seen]
        return [self._row(r) for r in rows[:limit]]

    def citing(self, ref_id: int) -> list[dict]:
        """Every article that lists or cites a record, with how (printed entry, locators)."""
        out = []
        for article in self.db.execute(
            "SELECT DISTINCT a.id, a.path, a.title FROM articles a WHERE a.id IN "
            "(SELECT article_id FROM listings WHERE ref_id = ? "
            "UNION SELECT article_id FROM citations WHERE ref_id = ?) ORDER BY a.id", (ref_id, ref_id)):
            listed = [dict(r) for r in self.db.execute(
                "SELECT origin, raw FROM listings WHERE article_id = ? AND ref_id = ?", (article[0], ref_id))]
            cited = [dict(r) for r in self.db.execute(
                "SELECT locator, label, text FROM citations WHERE article_id = ? AND ref_id = ?", (article[0], ref_id))]
            out.append({"article": article["path"], "title": article["title"], "listed": listed, "cited": cited})
        return out

    def tags_of(self, ref_id: int) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT tag FROM tags WHERE ref_id = ? ORDER BY tag", (ref_id,))]

    def references(self, items: Iterable[dict]) -> list[Reference]:
        return [from_csl(item) for item in items]

    # --- changing ------------------------------------------------------------------------------

    def _id(self, ref: str | int) -> int:
        return self.get(ref)["custom"]["library_id"]

    def tag(self, ref: str | int, tag: str) -> None:
        ref_id = self._id(ref)
        with self._transaction():
            self.db.execute("INSERT OR IGNORE INTO tags (ref_id, tag) VALUES (?, ?)", (ref_id, tag))

    def remove(self, ref: str | int) -> None:
        ref_id = self._id(ref)
        with self._transaction():
            self.db.execute("DELETE FROM refs_fts WHERE rowid = ?", (ref_id,))
            self.db.execute("DELETE FROM refs WHERE id = ?", (ref_id,))

    def merge(self, keep: str | int, other: str | int) -> dict:
        """Merge record ``other`` into ``keep``: every field value, listing, citation and tag is kept."""
        keep_id, other_id = self._id(keep), self._id(other)
        if keep_id == other_id:
            raise ValueError("a record cannot be merged into itself")
        with self._transaction():
            kept = json.loads(self.db.execute("SELECT csl FROM refs WHERE id = ?", (keep_id,)).fetchone()[0])
            gone = json.loads(self.db.execute("SELECT csl FROM refs WHERE id = ?", (other_id,)).fetchone()[0])
            combined = merge_items(kept, gone)
            for table in ("listings", "citations"):
                self.db.execute(f"UPDATE {table} SET ref_id = ? WHERE ref_id = ?", (keep_id, other_id))
            self.db.execute("INSERT OR IGNORE INTO tags (ref_id, tag) SELECT ?, tag FROM tags WHERE ref_id = ?",
                            (keep_id, other_id))
            self.db.execute("DELETE FROM refs_fts WHERE rowid = ?", (other_id,))
            self.db.execute("DELETE FROM refs WHERE id = ?", (other_id,))
            self._update(keep_id, combined)
        return self.get(keep_id)

    def duplicates(self) -> list[tuple[dict, dict, str]]:
        """Pairs that are likely the same work but were not merged: same authors and year, titles a
        character or two apart (a misprint), or the same title with different numbers."""
        groups: dict[tuple, list[tuple[int, dict]]] = {}
        for row in self.db.execute("SELECT id, csl FROM refs"):
            item = json.loads(row["csl"])
            names = item.get("author") or item.get("editor") or []
            families = tuple(normalize(n.get("family") or n.get("literal", "")) for n in names)
            groups.setdefault(families, []).append((row["id"], item))
        pairs = []
        for members in groups.values():
            for i, (a_id, a) in enumerate(members):
                for b_id, b in members[i + 1 :]:
                    reason = _likely_same(a, b)
                    if reason:
                        pairs.append((self.get(a_id), self.get(b_id), reason))
        return pairs

    def counts(self) -> dict[str, int]:
        return {table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "refs", "listings", "citations", "tags")}

    def _transaction(self):
        library = self

        class _Transaction:
            def __enter__(self):
                library.db.execute("BEGIN IMMEDIATE")

            def __exit__(self, kind, value, traceback):
                library.db.execute("COMMIT" if kind is None else "ROLLBACK")
                return False

        return _Transaction()


def merge_items(kept: dict, other: dict) -> dict:
    """Two records of one work as one: empty fields filled, differing values kept as variants.

    >>> merge_items({"id": "a", "title": "Komety"}, {"id": "b", "title": "Komety.", "volume": "2"})["volume"]
    '2'
    >>> merge_items({"id": "a", "note": "x"}, {"id": "b", "note": "y"})["custom"]["variants"]
    {'note': ['y']}
    """
    combined = dict(kept)
    custom = dict(kept.get("custom") or {})
    variants = {k: list(v) for k, v in (custom.get("variants") or {}).items()}
    for key, value in other.items():
        if key in ("id", "custom"):
            continue
        if key not in combined or combined[key] in ("", [], {}):
            combined[key] = value
        elif combined[key] != value and not (isinstance(value, str) and normalize(value) == normalize(
                str(combined[key]))):
            seen = variants.setdefault(key, [])
            if value not in seen:
                seen.append(value)
    other_custom = other.get("custom") or {}
    for key, value in other_custom.items():
        custom.setdefault(key, value)
    for key, values in (other_custom.get("variants") or {}).items():
        seen = variants.setdefault(key, [])
        seen.extend(v for v in values if v not in seen)
    if variants:
        custom["variants"] = variants
    combined["custom"] = custom
    return combined


def _edit_distance_at_most(a: str, b: str, limit: int) -> bool:
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _likely_same(a: dict, b: dict) -> str:
    ta, tb = normalize(a.get("title", "")), normalize(b.get("title", ""))
    if not ta or not tb:
        return ""
    same_numbers = all(normalize(str(a.get(k, ""))) == normalize(str(b.get(k, "")))
                       for k in ("volume", "edition", "part"))
    if ta == tb and not same_numbers:
        return "same title, different volume or edition"
    if ta != tb and same_numbers and _edit_distance_at_most(ta, tb, 2):
        return "titles differ by a character or two (a misprint?)"
    return ""


def default_library_path() -> Path:
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "gsecite" / "library.sqlite"
