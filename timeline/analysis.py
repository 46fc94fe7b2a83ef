"""Per-document analysis: a pure function of (document, settings), so it can be cached and parallel."""

from __future__ import annotations

from dataclasses import dataclass

from .model import CreationTime, Document, Timex
from .temporal import tag


@dataclass(frozen=True)
class DocumentAnalysis:
    document: str
    dct: CreationTime | None
    timexes: tuple[Timex, ...]


def analyse(document: Document) -> DocumentAnalysis:
    return DocumentAnalysis(document.id, document.dct, tuple(tag(document.text, document.dct)))
