"""The build: read seeds -> analyse each document -> render -> publish, and a summary of it."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

from .analysis import DocumentAnalysis, analyse, creation_times
from .errors import TimelineError
from .events import build_timeline
from .output import check_target, publish
from .render import render_site
from .settings import Settings
from .sources import Skipped, read_folder


@dataclass(frozen=True)
class BuildReport:
    documents: int
    skipped: tuple[Skipped, ...]
    files_written: int
    seconds: float

    def summary(self) -> str:
        lines = [
            f"built {self.documents} documents in {self.seconds:.1f} s ({self.files_written} files changed)"
        ]
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)}:")
            lines.extend(f"  {s}" for s in self.skipped)
        return "\n".join(lines)


def build(settings: Settings, warn=lambda message: print(f"warning: {message}", file=sys.stderr)) -> BuildReport:
    started = time.perf_counter()
    check_target(settings.out)
    read = read_folder(settings.seeds)
    for skipped in read.skipped:
        warn(str(skipped))
    if settings.strict and read.skipped:
        raise TimelineError(f"{len(read.skipped)} problem(s) in the seeds and --strict is set; nothing was written")
    if not read.documents:
        raise TimelineError(f"{settings.seeds}: no readable articles found")
    dcts = creation_times(read.documents)
    analyses: dict[str, DocumentAnalysis] = {doc.id: analyse(doc, dcts[doc.id]) for doc in read.documents}
    timeline = build_timeline(read.documents, analyses)
    files = render_site(timeline, analyses, settings)
    written = publish(files, settings.out)
    return BuildReport(len(read.documents), read.skipped, written, time.perf_counter() - started)
