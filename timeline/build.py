"""The build: read seeds -> analyse each document -> merge -> render -> publish, and a summary of it.

Analysis is the only per-document work that costs real time, so it is the part that is cached
(only documents whose analysis inputs changed are analysed again) and run in worker processes.
Everything after it sees the analyses in document order, however they were obtained, so the
output does not depend on the cache or on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from .analysis import DocumentAnalysis, analyse, creation_times
from .cache import AnalysisCache, SiteRecord, analysis_context, analysis_key, site_key, site_manifest
from .errors import TimelineError
from .events import build_timeline
from .model import CreationTime, Document
from .output import check_target, publish
from .progress import Progress
from .render import render_site
from .settings import Settings
from .sources import ReadResult, Skipped, read_folder

Warn = Callable[[str], None]


def _stderr_warning(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


@dataclass(frozen=True)
class BuildReport:
    documents: int
    skipped: tuple[Skipped, ...]
    analysed: int
    reused: int
    events: int
    conflicts: int
    files_written: int
    seconds: float

    def summary(self) -> str:
        lines = [
            f"built {self.documents} documents in {self.seconds:.1f} s: {self.analysed} analysed, "
            f"{self.reused} reused from cache; {self.events} events, {self.conflicts} conflicts; "
            f"{self.files_written} files changed"
        ]
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)}:")
            lines.extend(f"  {s}" for s in self.skipped)
        return "\n".join(lines)


def _start_method() -> str | None:
    """fork where it is safe (Linux, no other thread running): workers start at once, modules loaded.

    `timeline serve` builds while its HTTP thread runs, and forking a threaded process can
    deadlock the child, so there the workers come from a fork server instead.
    """
    if sys.platform != "linux":
        return None
    return "fork" if threading.active_count() == 1 else "forkserver"


def _analysed(documents: list[Document], dcts: dict[str, CreationTime | None], jobs: int) -> Iterator[DocumentAnalysis]:
    """The analyses of `documents`, in their order: in this process, or in a pool of `jobs` workers."""
    dct_list = [dcts[doc.id] for doc in documents]
    workers = min(jobs, len(documents))
    if workers <= 1:
        yield from map(analyse, documents, dct_list)
        return
    # Chunks amortize the pickling round trips; several per worker keep the load balanced.
    chunksize = max(1, min(32, len(documents) // (workers * 8)))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(_start_method())) as pool:
        yield from pool.map(analyse, documents, dct_list, chunksize=chunksize)


def _open_cache(settings: Settings, warn: Warn) -> AnalysisCache | None:
    if not settings.use_cache:
        return None
    try:
        return AnalysisCache(settings.cache_path, warn)
    except (OSError, sqlite3.Error) as exc:
        warn(f"{settings.cache_path}: cannot use the analysis cache ({exc}); analysing every document")
        return None


def analyse_all(
    documents: tuple[Document, ...],
    dcts: dict[str, CreationTime | None],
    keys: dict[str, str],
    cache: AnalysisCache | None,
    jobs: int,
    progress: Progress,
) -> tuple[dict[str, DocumentAnalysis], int]:
    """Every document's analysis, in document order, and how many were computed (not reused)."""
    found = cache.get_many(keys.values()) if cache is not None else {}
    misses = [doc for doc in documents if keys.get(doc.id) not in found]
    computed: dict[str, DocumentAnalysis] = {}
    progress.stage("analysing", len(misses))
    for doc, analysis in zip(misses, _analysed(misses, dcts, jobs)):
        computed[doc.id] = analysis
        if cache is not None:
            cache.put(keys[doc.id], analysis)
        progress.advance()
    analyses = {doc.id: computed[doc.id] if doc.id in computed else found[keys[doc.id]] for doc in documents}
    return analyses, len(computed)


def _publish_site(
    read: ReadResult, dcts: dict[str, CreationTime | None], keys: dict[str, str],
    cache: AnalysisCache | None, settings: Settings, progress: Progress,
) -> tuple[int, SiteRecord, int]:
    """Analyse, merge, render and publish; returns (documents analysed, the site's record, files written).

    When the cache says the output folder holds exactly what these inputs make, nothing is redone.
    """
    site = site_key([keys[doc.id] for doc in read.documents], read.about, settings) if cache is not None else None
    previous = cache.site(settings.out) if cache is not None else None
    if previous is not None and previous.key == site and previous.manifest == site_manifest(settings.out):
        return 0, previous, 0
    analyses, analysed = analyse_all(read.documents, dcts, keys, cache, settings.jobs, progress)
    progress.stage("merging")
    timeline = build_timeline(read.documents, analyses)
    progress.stage("rendering")
    files = render_site(timeline, analyses, settings, read.about)
    progress.stage("writing")
    written = publish(files, settings.out)
    conflicts = sum(1 for event in timeline.events if event.conflict)
    record = SiteRecord(site or "", site_manifest(settings.out), len(timeline.events), conflicts)
    if cache is not None:
        cache.record_site(settings.out, record)
    return analysed, record, written


def build(settings: Settings, warn: Warn = _stderr_warning, progress: Progress | None = None) -> BuildReport:
    started = time.perf_counter()
    progress = progress or Progress()

    def note(message: str) -> None:
        progress.clear()
        warn(message)

    cache = None
    try:
        check_target(settings.out)
        progress.stage("reading")
        read = read_folder(settings.seeds)
        for skipped in read.skipped:
            note(str(skipped))
        if settings.strict and read.skipped:
            raise TimelineError(f"{len(read.skipped)} problem(s) in the seeds and --strict is set; nothing was written")
        if not read.documents:
            raise TimelineError(f"{settings.seeds}: no readable articles found")
        dcts = creation_times(read.documents)
        cache = _open_cache(settings, note)
        keys: dict[str, str] = {}
        if cache is not None:
            context = analysis_context(settings)
            keys = {doc.id: analysis_key(doc, dcts[doc.id], context) for doc in read.documents}
        analysed, record, written = _publish_site(read, dcts, keys, cache, settings, progress)
    finally:
        progress.clear()
        if cache is not None:
            cache.close()
    return BuildReport(
        documents=len(read.documents),
        skipped=read.skipped,
        analysed=analysed,
        reused=len(read.documents) - analysed,
        events=record.events,
        conflicts=record.conflicts,
        files_written=written,
        seconds=time.perf_counter() - started,
    )
