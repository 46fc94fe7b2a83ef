"""Events: sentences that place something in time, their who and where, merged across articles."""

from __future__ import annotations

from ..analysis import DocumentAnalysis
from ..model import Document, Timeline


def build_timeline(documents: tuple[Document, ...], analyses: dict[str, DocumentAnalysis]) -> Timeline:
    """Merge the per-document analyses into one timeline (placeholder until event extraction lands)."""
    return Timeline(documents=documents, events=())
