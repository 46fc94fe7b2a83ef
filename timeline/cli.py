"""The `timeline` command: `build` a site from a seeds folder, `serve` a live preview, `tag` time expressions in text."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from . import __version__
from .errors import TimelineError
from .settings import Settings


def _whole(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number in [low, high], with a message that says what it counts."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"expected {what} from {low} to {high}, got {text!r}")
        return value

    return parse


def _site_options(command: argparse.ArgumentParser) -> None:
    """The options of every command that builds the site."""
    command.add_argument("--base-url", help="public URL of the site, for the sitemap and feed links")
    command.add_argument("--title", default=Settings.title, help="site title")
    command.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the site's interface")
    command.add_argument("--strict", action="store_true", help="fail on any unreadable file instead of warning")
    command.add_argument(
        "-j", "--jobs", type=_whole(1, 1024, "a number of processes"), default=Settings.jobs,
        help="processes that analyse articles (default: number of cores; 1: no worker processes)",
    )
    command.add_argument(
        "--cache-dir", type=Path, help="where analyses are cached (default: .timeline-cache beside the seeds folder)"
    )
    command.add_argument("--no-cache", action="store_true", help="analyse every article, neither reading nor writing the cache")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description=__doc__)
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build the static site from a folder of articles")
    build.add_argument("seeds", nargs="?", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)")
    build.add_argument("-o", "--out", type=Path, default=Path("site"), help="output folder (default: site)")
    build.add_argument("--watch", action="store_true", help="keep running and rebuild when seeds or templates change")
    _site_options(build)

    serve = commands.add_parser("serve", help="preview the site over HTTP, rebuilding it when seeds or templates change")
    serve.add_argument("out", nargs="?", type=Path, default=Path("site"), metavar="SITE", help="site folder (default: site)")
    serve.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)")
    serve.add_argument("--port", type=_whole(0, 65535, "a TCP port"), default=8000, help="TCP port (default: 8000; 0 picks a free one)")
    serve.add_argument("--bind", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    _site_options(serve)

    tag = commands.add_parser("tag", help="find and normalize the time expressions of articles")
    tag.add_argument("files", nargs="*", type=Path, metavar="FILE", help="articles (any seed format); standard input when none")
    tag.add_argument("--dct", help="document creation time YYYY[-MM[-DD]] for articles that have none")
    tag.add_argument("--format", choices=("json", "jsonl", "timeml"), default="json", help="output format (default: json)")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(
        seeds=args.seeds,
        out=args.out,
        title=args.title,
        base_url=args.base_url,
        lang=args.lang,
        strict=args.strict,
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
        jobs=args.jobs,
    )


def _build(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.watch:
        from .commands.serve import build_and_watch

        return build_and_watch(settings)
    from .build import build

    report = build(settings)
    print(report.summary(), file=sys.stderr)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .commands.serve import serve

    return serve(_settings(args), args.bind, args.port)


def _tag(args: argparse.Namespace) -> int:
    from .commands.tag import run

    return run(args.files, args.dct, args.format, sys.stdout)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return {"build": _build, "serve": _serve, "tag": _tag}[args.command](args)
    except TimelineError as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("timeline: interrupted; the previous site is unchanged", file=sys.stderr)
        return 130
