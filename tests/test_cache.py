"""The analysis cache: only new or changed articles are analysed, and a bad cache is never trusted."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from test_build import tree
from timeline import cache
from timeline.build import _start_method, build
from timeline.model import CreationTime, Document
from timeline.output import file_stats, publish
from timeline.settings import Settings


def add_articles(seeds: Path, count: int, date: str = "2022-01") -> None:
    """Articles dated like the dated seed, so the undated seed's folder-median date does not move."""
    for n in range(count):
        (seeds / f"extra-{n:03d}.txt").write_text(
            f"date: {date}\nNgày {n % 28 + 1}/1, bài số {n} nói về ngày 9/1.", encoding="utf-8"
        )


def cache_file(seeds: Path) -> Path:
    return seeds.parent / ".timeline-cache" / cache.FILE_NAME


def test_after_adding_one_article_only_that_article_is_analysed(seeds: Path, tmp_path: Path):
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1)
    first = build(settings)
    assert (first.analysed, first.reused) == (2, 0)
    again = build(settings)
    assert (again.analysed, again.reused) == (0, 2)
    add_articles(seeds, 1)
    third = build(settings)
    assert (third.documents, third.analysed, third.reused) == (3, 1, 2)
    assert cache_file(seeds).is_file()


def test_an_article_dated_from_its_folder_is_analysed_again_when_the_folder_median_moves(seeds: Path, tmp_path: Path):
    (seeds / "undated.txt").write_text("Quân đội rút khỏi thành phố.", encoding="utf-8")
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1)
    build(settings)
    add_articles(seeds, 2, date="2022-02-03")
    report = build(settings)
    assert (report.documents, report.analysed, report.reused) == (5, 3, 2)


def test_a_changed_article_is_analysed_again(seeds: Path, tmp_path: Path):
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1)
    build(settings)
    article = sorted(seeds.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nThêm: ngày 10/1.", encoding="utf-8")
    report = build(settings)
    assert (report.analysed, report.reused) == (1, 1)


def test_a_cached_build_gives_the_same_site_as_a_fresh_one(seeds: Path, tmp_path: Path):
    add_articles(seeds, 5)
    build(Settings(seeds=seeds, out=tmp_path / "cold", jobs=1))
    warm = build(Settings(seeds=seeds, out=tmp_path / "warm", jobs=1))
    assert warm.analysed == 0
    assert tree(tmp_path / "cold") == tree(tmp_path / "warm")


def explode(*args, **kwargs):
    raise AssertionError("rendered although nothing changed")


def test_when_nothing_changed_the_site_is_neither_merged_nor_rendered(seeds: Path, tmp_path: Path, monkeypatch):
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1)
    first = build(settings)
    before = tree(settings.out)
    monkeypatch.setattr("timeline.build.render_site", explode)
    monkeypatch.setattr("timeline.build.build_timeline", explode)
    again = build(settings)
    assert (again.analysed, again.reused, again.files_written) == (0, 2, 0)
    assert (again.events, again.conflicts) == (first.events, first.conflicts)
    assert tree(settings.out) == before


@pytest.mark.parametrize(
    "change, restored",
    [
        (lambda out, seeds: (out / "index.html").write_text("edited by hand"), True),
        (lambda out, seeds: (out / "index.html").unlink(), True),
        (lambda out, seeds: (seeds / "about.md").write_text("# Về trang này\n\nGiới thiệu.", encoding="utf-8"), False),
    ],
    ids=["edited output", "deleted output", "new about page"],
)
def test_a_touched_site_or_a_new_input_is_rendered_again(seeds: Path, tmp_path: Path, change, restored: bool):
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1)
    build(settings)
    fresh = tree(settings.out)
    change(settings.out, seeds)
    report = build(settings)
    assert report.files_written >= 1 and report.analysed == 0
    assert (tree(settings.out) == fresh) == restored


def test_the_site_key_follows_settings_and_source_date_epoch(monkeypatch):
    plain = cache.site_key(["k"], None, Settings())
    assert cache.site_key(["k"], None, Settings(jobs=7, use_cache=False, cache_dir=Path("x"))) == plain
    assert cache.site_key(["k"], None, Settings(title="Khác")) != plain
    assert cache.site_key(["k", "k2"], None, Settings()) != plain
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1641600000")
    assert cache.site_key(["k"], None, Settings()) != plain


def test_a_corrupt_cache_file_is_rebuilt_with_one_warning(seeds: Path, tmp_path: Path):
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1)
    build(settings)
    cache_file(seeds).write_bytes(b"this is not a database" * 100)
    warnings: list[str] = []
    report = build(settings, warn=warnings.append)
    assert (report.analysed, report.reused) == (2, 0)
    assert len(warnings) == 1 and "damaged" in warnings[0] and "\n" not in warnings[0]
    assert build(settings, warn=warnings.append).reused == 2
    assert len(warnings) == 1


def test_an_entry_that_cannot_be_unpickled_is_a_miss(seeds: Path, tmp_path: Path):
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1)
    build(settings)
    with sqlite3.connect(cache_file(seeds)) as db:
        db.execute("UPDATE analyses SET data = ? WHERE rowid = (SELECT min(rowid) FROM analyses)", (b"\x80\x05garbage",))
    report = build(replace(settings, out=tmp_path / "other"))
    assert (report.analysed, report.reused) == (1, 1)


def test_entries_of_an_older_analysis_version_are_misses_and_dropped(seeds: Path, tmp_path: Path, monkeypatch):
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1)
    build(settings)
    monkeypatch.setattr(cache, "ANALYSIS_VERSION", "a-newer-tagger")
    report = build(settings)
    assert (report.analysed, report.reused) == (2, 0)
    with sqlite3.connect(cache_file(seeds)) as db:
        assert {v for (v,) in db.execute("SELECT version FROM analyses")} == {"a-newer-tagger"}


def test_a_cache_of_another_schema_is_recreated(seeds: Path, tmp_path: Path):
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1)
    build(settings)
    with sqlite3.connect(cache_file(seeds)) as db:
        db.execute("UPDATE meta SET value = '0' WHERE name = 'schema'")
    assert build(settings).analysed == 2
    assert build(settings).reused == 2


def test_the_analysis_version_follows_the_analysis_source(tmp_path: Path, monkeypatch):
    package = tmp_path / "timeline"
    shutil.copytree(Path(cache.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_PACKAGE", package)
    before = cache._analysis_version()
    (package / "render" / "__init__.py").write_text("# rendering is not analysis\n")
    assert cache._analysis_version() == before
    with (package / "temporal" / "__init__.py").open("a") as f:
        f.write("\n# a changed tagger\n")
    assert cache._analysis_version() != before


def test_the_key_covers_every_document_field_and_the_creation_time():
    doc = Document(id="a", path="a.txt", title="T", text="ngày 8/1")
    day = CreationTime.parse("2022-01-09")
    key = cache.analysis_key(doc, day, "")
    assert cache.analysis_key(doc, day, "") == key
    variants = [replace(doc, title="T2"), replace(doc, text="ngày 9/1"), replace(doc, url="u"), replace(doc, html="<p>")]
    assert all(cache.analysis_key(v, day, "") != key for v in variants)
    assert cache.analysis_key(doc, CreationTime.parse("2022-01"), "") != key
    assert cache.analysis_key(doc, day, "('x', 1)") != key


def test_one_worker_and_two_give_identical_sites(seeds: Path, tmp_path: Path):
    add_articles(seeds, 12)
    one = build(Settings(seeds=seeds, out=tmp_path / "one", jobs=1, use_cache=False))
    two = build(Settings(seeds=seeds, out=tmp_path / "two", jobs=2, use_cache=False))
    assert one.analysed == two.analysed == 14
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_workers_started_while_another_thread_runs_give_the_same_site(seeds: Path, tmp_path: Path):
    """As under `timeline serve`, where the HTTP thread runs: workers come from a fork server."""
    add_articles(seeds, 4)
    one = build(Settings(seeds=seeds, out=tmp_path / "one", jobs=1, use_cache=False))
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _start_method() == ("forkserver" if sys.platform == "linux" else None)
        two = build(Settings(seeds=seeds, out=tmp_path / "two", jobs=2, use_cache=False))
    finally:
        stop.set()
        other.join()
    assert one.analysed == two.analysed == 6
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_an_unusable_cache_folder_is_a_warning_not_a_failure(seeds: Path, tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    warnings: list[str] = []
    report = build(Settings(seeds=seeds, out=tmp_path / "site", cache_dir=blocker, jobs=1), warn=warnings.append)
    assert report.analysed == 2 and (tmp_path / "site" / "index.html").is_file()
    assert len(warnings) == 1 and "cannot use the analysis cache" in warnings[0]


@pytest.mark.parametrize("use_cache", [True, False])
def test_no_cache_neither_reads_nor_writes(seeds: Path, tmp_path: Path, use_cache: bool):
    report = build(Settings(seeds=seeds, out=tmp_path / "site", jobs=1, use_cache=use_cache))
    assert report.analysed == 2
    assert cache_file(seeds).exists() == use_cache


def test_publishing_the_same_files_again_leaves_the_folder_alone(tmp_path: Path):
    out = tmp_path / "site"
    files = {"index.html": b"<p>1</p>", "documents/a.html": b"a", "documents/b.html": b"b"}
    assert publish(files, out) == 4  # and the marker file
    before = {rel: (st.st_ino, st.st_mtime_ns) for rel, st in file_stats(out).items()}
    folder = out.stat().st_ino
    assert publish(files, out) == 0
    assert out.stat().st_ino == folder
    assert {rel: (st.st_ino, st.st_mtime_ns) for rel, st in file_stats(out).items()} == before


def test_publishing_rewrites_only_changed_files_and_drops_removed_ones(tmp_path: Path):
    out = tmp_path / "site"
    publish({"index.html": b"<p>1</p>", "documents/a.html": b"a", "documents/b.html": b"b"}, out)
    kept = (out / "documents" / "a.html").stat().st_ino
    assert publish({"index.html": b"<p>2</p>", "documents/a.html": b"a"}, out) == 1
    assert (out / "documents" / "a.html").stat().st_ino == kept
    assert (out / "index.html").read_bytes() == b"<p>2</p>"
    assert not (out / "documents" / "b.html").exists()
