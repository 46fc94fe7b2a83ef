"""The command line: build options for the cache and workers, the summary, and the progress bar."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.progress import Progress


def test_summary_counts_read_skipped_analysed_reused_events_and_time(seeds: Path, tmp_path: Path, capsys):
    (seeds / "scan.pdf").write_bytes(b"%PDF\x00")
    args = ["build", str(seeds), "-o", str(tmp_path / "site"), "-j", "1"]
    assert main(args) == 0
    first = capsys.readouterr().err
    assert "built 2 documents in " in first and "2 analysed, 0 reused from cache" in first
    assert "events, " in first and "conflicts" in first
    assert "skipped 1:\n  scan.pdf: binary file" in first
    assert main(args) == 0
    assert "0 analysed, 2 reused from cache" in capsys.readouterr().err


def test_no_cache_and_cache_dir_options(seeds: Path, tmp_path: Path, capsys):
    out = str(tmp_path / "site")
    assert main(["build", str(seeds), "-o", out, "--no-cache"]) == 0
    assert not (tmp_path / ".timeline-cache").exists()
    cache = tmp_path / "elsewhere"
    for expected in ("2 analysed, 0 reused", "0 analysed, 2 reused"):
        assert main(["build", str(seeds), "-o", out, "--cache-dir", str(cache)]) == 0
        assert expected in capsys.readouterr().err
    assert (cache / "analyses.sqlite").is_file() and not (tmp_path / ".timeline-cache").exists()
    assert main(["build", str(seeds), "-o", out, "--cache-dir", str(cache), "--no-cache"]) == 0
    assert "2 analysed, 0 reused" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args, message",
    [
        (["build", "--jobs", "0"], "a number of processes from 1"),
        (["build", "-j", "many"], "a number of processes from 1"),
        (["serve", "--port", "70000"], "a TCP port from 0 to 65535"),
        (["serve", "--port", "-1"], "a TCP port from 0 to 65535"),
    ],
)
def test_numbers_out_of_range_are_one_line_usage_errors(args: list[str], message: str, capsys):
    with pytest.raises(SystemExit) as exit:
        main(args)
    assert exit.value.code == 2 and message in capsys.readouterr().err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_on_a_terminal_and_erases_itself():
    stream = Terminal()
    progress = Progress(stream, delay=0)
    progress.stage("analysing", 4)
    progress.advance(4)
    assert "analysing [" in stream.getvalue() and "4/4" in stream.getvalue()
    progress.clear()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_progress_stays_silent_off_a_terminal_and_in_the_first_moment():
    pipe = io.StringIO()
    Progress(pipe, delay=0).stage("analysing", 4)
    terminal = Terminal()
    quick = Progress(terminal, delay=60)
    quick.stage("analysing", 4)
    quick.clear()
    assert pipe.getvalue() == terminal.getvalue() == ""
