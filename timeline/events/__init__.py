"""Events: sentences that place something in time, their who and where, merged across articles.

Per document (in `analyse`, cached and parallel): `extract` finds the candidates, with `sentences`
and `entities`. Across documents (here): `merge` joins them; `export` writes timeline.json.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Document, Timeline
from . import merge

if TYPE_CHECKING:
    from ..analysis import DocumentAnalysis


def build_timeline(documents: tuple[Document, ...], analyses: dict[str, DocumentAnalysis]) -> Timeline:
    """All documents' event candidates merged into one chronology."""
    candidates = [event for doc in documents for event in analyses[doc.id].events]
    return Timeline(documents, merge.merge(candidates), {doc.id: analyses[doc.id].dct for doc in documents})
