"""Writers: the timeline and its documents rendered as a static site, in memory.

`render_site` returns every output file as bytes keyed by its path, so that the caller can
write them all or nothing and skip the ones that did not change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from ..analysis import DocumentAnalysis
from ..model import Document, Timeline
from ..settings import Settings
from .env import environment, templates_dir


@dataclass(frozen=True)
class DatedMention:
    document: Document
    text: str
    value: str


def _root(path: str) -> str:
    """The relative prefix from `path` back to the site root, so links work from file:// and any sub-path."""
    depth = len(PurePosixPath(path).parts) - 1
    return "../" * depth


def render_site(timeline: Timeline, analyses: dict[str, DocumentAnalysis], settings: Settings) -> dict[str, bytes]:
    documents = timeline.documents
    env = environment()
    files: dict[str, bytes] = {}

    def page(path: str, template: str, **context) -> None:
        html = env.get_template(template).render(root=_root(path), settings=settings, **context)
        files[path] = html.encode("utf-8")

    dated = sorted(
        (
            DatedMention(doc, t.text, t.value)
            for doc in documents
            for t in analyses[doc.id].timexes
            if t.type in ("DATE", "TIME") and t.value[:1].isdigit()
        ),
        key=lambda m: (m.value, m.document.id),
    )
    page("index.html", "index.html", documents=documents, dated=dated)
    for doc in documents:
        page(f"documents/{doc.id}.html", "document.html", document=doc, analysis=analyses[doc.id])
    static = templates_dir() / "assets"
    for asset in sorted(static.rglob("*")):
        if asset.is_file():
            files[f"assets/{asset.relative_to(static).as_posix()}"] = asset.read_bytes()
    return files
