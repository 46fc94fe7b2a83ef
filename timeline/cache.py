"""The analysis cache: each document's analysis, stored in SQLite and reused while nothing it depends on changed.

An entry's key hashes every field of the document, its resolved creation time, the settings that
affect analysis and `ANALYSIS_VERSION`, a hash of the analysis code itself, so editing the tagger
invalidates the cache without anybody remembering to bump a number. The cache is never trusted
blindly: a file that is not a database or fails its integrity check is deleted and recreated
(with a warning), a schema of another version is recreated, and an entry that cannot be
unpickled is a miss.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import fields
from importlib import metadata
from pathlib import Path

from .analysis import DocumentAnalysis
from .model import CreationTime, Document

SCHEMA_VERSION = "1"
FILE_NAME = "analyses.sqlite"
_PACKAGE = Path(__file__).resolve().parent
_ANALYSIS_SOURCES = ("temporal", "events", "analysis.py", "model.py")
_BATCH = 500
"""Keys per SELECT: well below SQLite's limit on query parameters."""
_COMMIT_SECONDS = 2.0
"""A long cold build commits this often, so an interrupted build keeps what it analysed."""


def _analysis_version() -> str:
    """A hash of the analysis code and of the NLP library it calls: any change makes every entry old."""
    digest = hashlib.blake2b(digest_size=16)
    for name in _ANALYSIS_SOURCES:
        root = _PACKAGE / name
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    try:
        digest.update(metadata.version("underthesea").encode())
    except metadata.PackageNotFoundError:
        digest.update(b"no underthesea")
    return digest.hexdigest()


ANALYSIS_VERSION = _analysis_version()


def analysis_key(document: Document, dct: CreationTime | None, settings_fingerprint: str) -> str:
    """The cache key of one document's analysis (every field counts: a new title is a new entry)."""
    digest = hashlib.blake2b(digest_size=20)
    parts = [("version", ANALYSIS_VERSION), ("settings", settings_fingerprint), ("resolved dct", repr(dct))]
    parts += [(field.name, getattr(document, field.name)) for field in fields(document)]
    for name, value in parts:
        # Strings are hashed as they are (no repr of a long text), length-prefixed so no two inputs collide.
        kind, data = ("s", value.encode("utf-8", "surrogatepass")) if isinstance(value, str) else ("r", repr(value).encode())
        digest.update(f"{name}:{kind}{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


class AnalysisCache:
    """Analyses by key in one SQLite file; use as a context manager so pending writes are committed."""

    def __init__(self, folder: Path, warn: Callable[[str], None]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / FILE_NAME
        self._since_commit = 0.0
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            warn(f"{self.path}: analysis cache is damaged ({exc}); rebuilding it")
            self._delete()
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            if row is None or row[0] != SCHEMA_VERSION:
                db.execute("DROP TABLE IF EXISTS analyses")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            db.execute(
                "CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL)"
            )
            # Entries of older analysis code can never be hit again: drop them so the file stays small.
            db.execute("DELETE FROM analyses WHERE version != ?", (ANALYSIS_VERSION,))
        except BaseException:
            db.close()
            raise
        return db

    def _delete(self) -> None:
        for suffix in ("", "-journal", "-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)

    def get_many(self, keys: Iterable[str]) -> dict[str, DocumentAnalysis]:
        """The entries found for `keys`; one that is missing or cannot be unpickled is left out."""
        keys = list(keys)
        found: dict[str, DocumentAnalysis] = {}
        for start in range(0, len(keys), _BATCH):
            batch = keys[start:start + _BATCH]
            marks = ",".join("?" * len(batch))
            for key, data in self._db.execute(f"SELECT key, data FROM analyses WHERE key IN ({marks})", batch):
                try:
                    value = pickle.loads(data)
                except Exception:  # written by other code, or damaged: recompute it
                    continue
                if isinstance(value, DocumentAnalysis):
                    found[key] = value
        return found

    def put(self, key: str, analysis: DocumentAnalysis) -> None:
        if not self._db.in_transaction:
            # Taken only for writing, so that a concurrent build reading the cache never waits.
            self._db.execute("BEGIN IMMEDIATE")
            self._since_commit = time.monotonic()
        self._db.execute(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
            (key, ANALYSIS_VERSION, pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)),
        )
        if time.monotonic() - self._since_commit > _COMMIT_SECONDS:
            self._db.execute("COMMIT")

    def close(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")
        self._db.close()

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
