"""The build: output, atomicity, determinism, warnings, and the committed site being current."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from conftest import REPO, windows_1258
from timeline.build import build
from timeline.cli import main
from timeline.errors import TimelineError
from timeline.output import MARKER
from timeline.settings import Settings



def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_index_lists_the_8_january_2022_mention_of_seed_001(seeds: Path, tmp_path: Path):
    out = tmp_path / "site"
    build(Settings(seeds=seeds, out=out))
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "2022-01-08" in index and "001-63efa1859c539944" in index
    assert (out / "documents" / "001-63efa1859c539944.html").is_file()


def test_building_twice_gives_identical_bytes(seeds: Path, tmp_path: Path):
    build(Settings(seeds=seeds, out=tmp_path / "a"))
    build(Settings(seeds=seeds, out=tmp_path / "b"))
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_unchanged_files_are_not_rewritten(seeds: Path, tmp_path: Path):
    out = tmp_path / "site"
    build(Settings(seeds=seeds, out=out))
    before = (out / "index.html").stat()
    report = build(Settings(seeds=seeds, out=out))
    after = (out / "index.html").stat()
    assert report.files_written == 0
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_binary_and_windows_1258_files_are_named_and_the_build_goes_on(seeds: Path, tmp_path: Path, capsys):
    (seeds / "scan.pdf").write_bytes(b"%PDF-1.4\x00\x00\xff")
    (seeds / "cu.txt").write_bytes(windows_1258("Sáng 9/1, quân đội rút."))
    out = tmp_path / "site"
    assert main(["build", str(seeds), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: scan.pdf: binary" in err and "warning: cu.txt: not valid UTF-8" in err
    assert "skipped 2" in err
    assert (out / "index.html").is_file()


def test_strict_turns_warnings_into_a_failure_and_keeps_the_old_site(seeds: Path, tmp_path: Path, capsys):
    out = tmp_path / "site"
    build(Settings(seeds=seeds, out=out))
    before = tree(out)
    (seeds / "cu.txt").write_bytes(windows_1258("Sáng 9/1"))
    assert main(["build", str(seeds), "-o", str(out), "--strict"]) == 1
    assert "--strict" in capsys.readouterr().err
    assert tree(out) == before


def test_a_failing_render_leaves_the_previous_site_untouched(seeds: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "site"
    build(Settings(seeds=seeds, out=out))
    before = tree(out)
    (seeds / "002.txt").write_text("ngày 9/1, thêm một bài.", encoding="utf-8")

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("timeline.build.render_site", explode)
    with pytest.raises(RuntimeError):
        build(Settings(seeds=seeds, out=out))
    assert tree(out) == before
    assert not list(tmp_path.glob(".site.*"))


def test_clear_errors_for_bad_paths(tmp_path: Path, seeds: Path, capsys):
    assert main(["build", str(tmp_path / "missing")]) == 1
    assert "seeds folder not found" in capsys.readouterr().err
    (tmp_path / "out.html").write_text("x")
    assert main(["build", str(seeds), "-o", str(tmp_path / "out.html")]) == 1
    assert "is a file" in capsys.readouterr().err
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("x")
    assert main(["build", str(seeds), "-o", str(foreign)]) == 1
    assert "not made by timeline" in capsys.readouterr().err
    assert (foreign / "thesis.docx").exists()


def test_links_are_relative_and_assets_local(seeds: Path, tmp_path: Path):
    out = tmp_path / "site"
    build(Settings(seeds=seeds, out=out))
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert 'href="/' not in html and 'src="/' not in html
        assert not re.search(r'<(?:link|script|img)[^>]+(?:href|src)="(?:https?:)?//', html), page


def test_committed_site_is_byte_identical_to_a_fresh_build(tmp_path: Path):
    out = tmp_path / "site"
    build(Settings(seeds=REPO / "seeds", out=out))
    committed = REPO / "site"
    assert tree(committed) == tree(out), "site/ is stale: run `timeline build` and commit site/"
    assert (committed / MARKER).is_file()


def test_output_paths_cannot_escape(tmp_path: Path):
    from timeline.output import publish

    with pytest.raises(TimelineError, match="outside the output folder"):
        publish({"../evil.html": b"x"}, tmp_path / "site")
    assert not (tmp_path / "evil.html").exists()
