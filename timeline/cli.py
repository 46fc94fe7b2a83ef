"""The `timeline` command: `build` a site from a seeds folder, `tag` time expressions in text."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .errors import TimelineError
from .settings import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description=__doc__)
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build the static site from a folder of articles")
    build.add_argument("seeds", nargs="?", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)")
    build.add_argument("-o", "--out", type=Path, default=Path("site"), help="output folder (default: site)")
    build.add_argument("--base-url", help="public URL of the site, for the sitemap and feed links")
    build.add_argument("--title", default=Settings.title, help="site title")
    build.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the site's interface")
    build.add_argument("--strict", action="store_true", help="fail on any unreadable file instead of warning")

    tag = commands.add_parser("tag", help="find and normalize the time expressions of articles")
    tag.add_argument("files", nargs="*", type=Path, metavar="FILE", help="articles (any seed format); standard input when none")
    tag.add_argument("--dct", help="document creation time YYYY[-MM[-DD]] for articles that have none")
    tag.add_argument("--format", choices=("json", "jsonl", "timeml"), default="json", help="output format (default: json)")
    return parser


def _build(args: argparse.Namespace) -> int:
    from .build import build

    settings = Settings(
        seeds=args.seeds,
        out=args.out,
        title=args.title,
        base_url=args.base_url,
        lang=args.lang,
        strict=args.strict,
    )
    report = build(settings)
    print(report.summary(), file=sys.stderr)
    return 0


def _tag(args: argparse.Namespace) -> int:
    from .commands.tag import run

    return run(args.files, args.dct, args.format, sys.stdout)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return {"build": _build, "tag": _tag}[args.command](args)
    except TimelineError as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("timeline: interrupted; the previous site is unchanged", file=sys.stderr)
        return 130
