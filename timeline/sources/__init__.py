"""Readers: turn the files of a seeds folder into `Document`s.

Each format has its own module; `read_folder` walks the folder in sorted order, gives every
document a stable id, and collects per-file problems as `Skipped` entries instead of stopping,
so that one bad file never costs the user the rest of the build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import TimelineError
from ..model import Document
from . import jsonl, md, plain
from .decode import Unreadable

ABOUT_PAGE = "about.md"
"""A Markdown file of this name at the top of the seeds folder is the site's About page."""


@dataclass(frozen=True)
class Skipped:
    """A file (or JSON Lines record) that was not read, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class ReadResult:
    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]
    about: Document | None = None


def reader_for(path: Path):
    """The reader function for a file, chosen by its extension (anything else is plain text)."""
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        return md.read
    if suffix == ".jsonl":
        return jsonl.read
    return plain.read


def seed_files(folder: Path) -> list[Path]:
    """Every visible file below `folder`, in a sorted order that does not depend on the OS."""
    files = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        files.append(path)
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def read_folder(folder: Path) -> ReadResult:
    """Read every seed file below `folder`; duplicate ids are an error naming both files."""
    if not folder.exists():
        raise TimelineError(f"{folder}: seeds folder not found")
    if not folder.is_dir():
        raise TimelineError(f"{folder}: not a folder (give the folder that holds the articles)")
    documents: list[Document] = []
    skipped: list[Skipped] = []
    about: Document | None = None
    owners: dict[str, str] = {}
    for path in seed_files(folder):
        rel = path.relative_to(folder).as_posix()
        try:
            found, problems = reader_for(path)(path, rel)
        except Unreadable as exc:
            skipped.append(Skipped(rel, str(exc)))
            continue
        skipped.extend(Skipped(where, reason) for where, reason in problems)
        if rel == ABOUT_PAGE and found:
            about = found[0]
            continue
        for doc in found:
            if doc.id in owners:
                raise TimelineError(
                    f"{doc.path}: document id {doc.id!r} is already used by {owners[doc.id]}; rename one of them"
                )
            owners[doc.id] = doc.path
            documents.append(doc)
    return ReadResult(tuple(documents), tuple(skipped), about)
