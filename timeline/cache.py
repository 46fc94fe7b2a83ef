"""The build cache: each document's analysis, and what the published site was built from, in SQLite.

An analysis's key hashes every field of the document, its resolved creation time, the settings and
environment that affect analysis and `ANALYSIS_VERSION`, a hash of the analysis code and data
themselves, so editing the tagger invalidates the cache without anybody remembering to bump a
number. A site record lets a build in which nothing changed stop before merging and rendering,
but only while the output folder is still exactly as that build left it.

The cache is never trusted blindly: a file that is not a database or fails its integrity check is
deleted and recreated (with a warning), a schema of another version is recreated, and an entry
that cannot be unpickled is a miss.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from importlib import metadata
from pathlib import Path

from .analysis import DocumentAnalysis
from .model import CreationTime, Document
from .output import file_stats
from .render.env import templates_dir
from .settings import Settings

SCHEMA_VERSION = "2"
FILE_NAME = "analyses.sqlite"
_PACKAGE = Path(__file__).resolve().parent
_ANALYSIS_SOURCES = ("temporal", "events", "analysis.py", "model.py")
_LIBRARIES = ("underthesea", "jinja2", "markupsafe", "markdown")
_BATCH = 500
"""Keys per SELECT: well below SQLite's limit on query parameters."""
_COMMIT_SECONDS = 2.0
"""A long cold build commits this often, so an interrupted build keeps what it analysed."""


def _files_digest(paths: Iterable[Path], libraries: Sequence[str]) -> str:
    """A hash of files (every file below a folder, code and data alike) and of library versions."""
    digest = hashlib.blake2b(digest_size=16)
    for root in paths:
        found = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if root.is_dir() else [root]
        for path in found:
            digest.update(path.relative_to(root.parent).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in libraries:
        try:
            digest.update(f"{library}={metadata.version(library)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library} missing\0".encode())
    return digest.hexdigest()


def _analysis_version() -> str:
    """The analysis code and data, and the NLP library it calls: any change makes every entry old."""
    return _files_digest([_PACKAGE / name for name in _ANALYSIS_SOURCES], _LIBRARIES[:1])


ANALYSIS_VERSION = _analysis_version()


def analysis_context(settings: Settings) -> str:
    """What analysis depends on besides the document: its settings, and the environment the tagger reads.

    The tagger reads undated text against the build year, or SOURCE_DATE_EPOCH when set; both are
    part of the key (a superset of what it uses, so a new year or epoch is a miss, never a stale hit).
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return f"{settings.analysis_fingerprint()}; year {date.today().year}; SOURCE_DATE_EPOCH {epoch!r}"


def _key(parts: Iterable[tuple[str, object]]) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for name, value in parts:
        # Strings are hashed as they are (no repr of a long text), length-prefixed so no two inputs collide.
        kind, data = ("s", value.encode("utf-8", "surrogatepass")) if isinstance(value, str) else ("r", repr(value).encode())
        digest.update(f"{name}:{kind}{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


def analysis_key(document: Document, dct: CreationTime | None, context: str) -> str:
    """The cache key of one document's analysis (every field counts: a new title is a new entry)."""
    parts = [("version", ANALYSIS_VERSION), ("context", context), ("resolved dct", dct)]
    return _key(parts + [(field.name, getattr(document, field.name)) for field in fields(document)])


def site_key(analysis_keys: Sequence[str], about: Document | None, settings: Settings) -> str:
    """What the whole site is made from: every document (via its analysis key), the About page,
    the settings that reach the pages, all the code and templates, and SOURCE_DATE_EPOCH."""
    code = _files_digest([_PACKAGE, templates_dir()], _LIBRARIES)  # per build: `serve` sees template edits
    shown = replace(settings, jobs=1, cache_dir=None, use_cache=True)
    about_fields = [(f"about {field.name}", getattr(about, field.name)) for field in fields(about)] if about else []
    parts = [("code", code), ("settings", shown), ("epoch", os.environ.get("SOURCE_DATE_EPOCH", ""))]
    return _key(parts + about_fields + [("documents", "\0".join(analysis_keys))])


def site_manifest(out: Path) -> str:
    """A hash of every file's path, size, inode and modification time below `out`: any edit changes it."""
    entries = (f"{rel}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}" for rel, st in sorted(file_stats(out).items()))
    return hashlib.blake2b("\n".join(entries).encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()


@dataclass(frozen=True)
class SiteRecord:
    """What the last build into a folder was made from, and what it counted."""

    key: str
    manifest: str
    events: int
    conflicts: int


class AnalysisCache:
    """Analyses by key, and site records by output folder, in one SQLite file; `close` commits."""

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
                db.execute("DROP TABLE IF EXISTS sites")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            db.execute(
                "CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL)"
            )
            db.execute(
                "CREATE TABLE IF NOT EXISTS sites (out TEXT PRIMARY KEY, key TEXT NOT NULL, manifest TEXT NOT NULL, "
                "events INTEGER NOT NULL, conflicts INTEGER NOT NULL)"
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

    def _write(self, sql: str, values: tuple[object, ...]) -> None:
        if not self._db.in_transaction:
            # Taken only for writing, so that a concurrent build reading the cache never waits.
            self._db.execute("BEGIN IMMEDIATE")
            self._since_commit = time.monotonic()
        self._db.execute(sql, values)
        if time.monotonic() - self._since_commit > _COMMIT_SECONDS:
            self._db.execute("COMMIT")

    def put(self, key: str, analysis: DocumentAnalysis) -> None:
        self._write(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
            (key, ANALYSIS_VERSION, pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)),
        )

    def site(self, out: Path) -> SiteRecord | None:
        row = self._db.execute("SELECT key, manifest, events, conflicts FROM sites WHERE out = ?", (str(out.absolute()),)).fetchone()
        return SiteRecord(*row) if row else None

    def record_site(self, out: Path, record: SiteRecord) -> None:
        self._write(
            "INSERT OR REPLACE INTO sites VALUES (?, ?, ?, ?, ?)",
            (str(out.absolute()), record.key, record.manifest, record.events, record.conflicts),
        )

    def close(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")
        self._db.close()
