"""`timeline serve` and the watcher: the preview answers over HTTP and rebuilds when a seed changes."""

from __future__ import annotations

import io
import queue
import signal
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

from conftest import REPO
from test_build import tree
from timeline.build import build
from timeline.commands.serve import Preview, Watcher, inputs, rebuild, serve, watch
from timeline.settings import Settings


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as response:
        assert response.headers["Cache-Control"] == "no-cache"
        return response.read()


def test_the_preview_serves_index_html_on_127_0_0_1(seeds: Path, tmp_path: Path):
    out = tmp_path / "site"
    build(Settings(seeds=seeds, out=out, jobs=1))
    with Preview(out, port=0) as preview:
        assert preview.url.startswith("http://127.0.0.1:")
        assert fetch(preview.url + "index.html") == (out / "index.html").read_bytes()


def test_touching_a_seed_triggers_a_rebuild(seeds: Path, tmp_path: Path):
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1)
    build(settings)
    stop, rebuilt = threading.Event(), queue.Queue()
    log = io.StringIO()
    watcher = threading.Thread(target=watch, args=(settings, stop, inputs(settings), 0.05, rebuilt.put, log))
    watcher.start()
    try:
        (seeds / "003.txt").write_text("date: 2022-01\nNgày 11/1, một bài mới.", encoding="utf-8")
        assert rebuilt.get(timeout=20) is True
    finally:
        stop.set()
        watcher.join(timeout=20)
    assert (settings.out / "documents" / "003.html").is_file()
    assert "rebuilding" in log.getvalue() and "3 documents" in log.getvalue()


def test_a_failed_rebuild_prints_one_line_and_keeps_the_last_good_site(seeds: Path, tmp_path: Path):
    settings = Settings(seeds=seeds, out=tmp_path / "site", jobs=1, strict=True)
    build(settings)
    before = tree(settings.out)
    (seeds / "scan.pdf").write_bytes(b"%PDF\x00\x00")
    log = io.StringIO()
    assert rebuild(settings, log) is False
    lines = log.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline: error:") and "last good site" in lines[0]
    assert tree(settings.out) == before


def test_timeline_serve_command_answers_and_stops_on_ctrl_c(seeds: Path, tmp_path: Path):
    out = tmp_path / "site"
    command = [sys.executable, "-m", "timeline", "serve", str(out), "--seeds", str(seeds), "--port", "0", "-j", "1"]
    server = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stderr], daemon=True).start()
    try:
        line = ""
        while "serving" not in line:
            line = lines.get(timeout=30)
        url = line.split(" at ", 1)[1].split()[0]
        assert b"<html" in fetch(url + "index.html")
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=20) == 0
    finally:
        server.kill()
        server.wait()


def test_the_watcher_ignores_hidden_files_and_sees_new_ones_in_subfolders(seeds: Path):
    watcher = Watcher([seeds])
    stop = threading.Event()
    (seeds / ".article.txt.swp").write_bytes(b"editor scratch")
    threading.Timer(0.3, stop.set).start()
    assert watcher.wait(stop, 0.02) is False
    (seeds / "2022" / "01").mkdir(parents=True)
    (seeds / "2022" / "01" / "new.txt").write_text("Ngày 9/1.", encoding="utf-8")
    limit = threading.Event()
    deadline = threading.Timer(20, limit.set)
    deadline.start()
    try:
        assert watcher.wait(limit, 0.02) is True
    finally:
        deadline.cancel()
    assert f"{seeds}/2022/01/new.txt" in watcher.state


def test_serve_refuses_a_folder_it_did_not_make(seeds: Path, tmp_path: Path):
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "index.html").write_text("my own page")
    log = io.StringIO()
    assert serve(Settings(seeds=seeds, out=foreign, jobs=1), "127.0.0.1", 0, log) == 1
    assert "not made by timeline" in log.getvalue()
    assert (foreign / "index.html").read_text() == "my own page"
