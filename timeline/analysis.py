"""Per-document analysis: a pure function of (document, creation time), so it can be cached and parallel."""

from __future__ import annotations

from dataclasses import dataclass

from .events.extract import document_events
from .model import CreationTime, Document, Event, Timex
from .temporal import folder_dct, infer_dct, tag


@dataclass(frozen=True)
class DocumentAnalysis:
    document: str
    dct: CreationTime | None
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...] = ()
    """Event candidates, one mention each; `timeline.events.build_timeline` merges them across documents."""


def creation_times(documents: tuple[Document, ...]) -> dict[str, CreationTime | None]:
    """Each document's DCT: given, else inferred from its text, else from the other documents."""
    dcts = {doc.id: doc.dct or infer_dct(doc.text) for doc in documents}
    fallback = folder_dct([d for d in dcts.values() if d is not None])
    return {doc_id: dct or fallback for doc_id, dct in dcts.items()}


def analyse(document: Document, dct: CreationTime | None) -> DocumentAnalysis:
    timexes = tuple(tag(document.text, dct))
    return DocumentAnalysis(document.id, dct, timexes, document_events(document, dct, timexes))
