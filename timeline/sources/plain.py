"""Plain-text articles, with optional metadata lines at the top."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from ..model import Document
from .decode import Unreadable, read_text
from .meta import derive_title, document_id, split_header


def read(path: Path, rel: str) -> tuple[list[Document], list[tuple[str, str]]]:
    header = split_header(read_text(path))
    if not header.body:
        raise Unreadable("no article text after the metadata")
    doc = Document(
        id=document_id(str(PurePosixPath(rel).with_suffix(""))),
        path=rel,
        title=header.fields.get("title") or derive_title(header.body),
        text=header.body,
        dct=header.dct,
        source=header.fields.get("source", ""),
        url=header.fields.get("url", ""),
    )
    return [doc], [(rel, p) for p in header.problems]
