"""`timeline serve` and `timeline build --watch`: a local preview that rebuilds when the inputs change.

The watcher polls modification times (no dependency, and a few thousand `stat` calls per poll are
cheap). A rebuild that fails prints its one-line error and the last good site stays published:
`publish` only ever swaps in a complete site.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO

from ..build import build
from ..output import MARKER, file_stats
from ..render.env import templates_dir
from ..settings import Settings

State = dict[str, tuple[int, int]]


def snapshot(folders: list[Path]) -> State:
    """(mtime, size) of every visible file below `folders`: what a rebuild depends on."""
    return {
        f"{folder}/{rel}": (st.st_mtime_ns, st.st_size)
        for folder in folders
        for rel, st in file_stats(folder, hidden=False).items()
    }


def rebuild(settings: Settings, stream: TextIO) -> bool:
    """Build once; any failure is one line on `stream` and leaves the published site as it was."""
    try:
        report = build(settings)
    except Exception as exc:  # a watch loop must survive a bad seed or a bug in one stage
        message = str(exc) or type(exc).__name__
        print(f"timeline: error: {message}; the last good site is still published", file=stream)
        return False
    print(report.summary(), file=stream)
    return True


class Watcher:
    """Notices, by polling, when the files below some folders change; the first look is taken at once."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders
        self.state = snapshot(folders)

    def wait(self, stop: threading.Event, interval: float) -> bool:
        """Block until a change has settled (True) or `stop` is set (False)."""
        while not stop.wait(interval):
            current = snapshot(self.folders)
            if current == self.state:
                continue
            # Let the writes settle (an editor or a copy touches several files), then report once.
            while not stop.wait(interval) and (settled := snapshot(self.folders)) != current:
                current = settled
            self.state = current
            return not stop.is_set()
        return False


def inputs(settings: Settings) -> Watcher:
    """A watcher of what a build reads: the seeds and the templates."""
    return Watcher([settings.seeds, templates_dir()])


def watch(
    settings: Settings,
    stop: threading.Event,
    watcher: Watcher,
    interval: float = 0.5,
    on_rebuild: Callable[[bool], None] = lambda ok: None,
    stream: TextIO = sys.stderr,
) -> None:
    """Rebuild whenever `watcher` sees a change, until `stop` is set."""
    while watcher.wait(stop, interval):
        print("timeline: inputs changed, rebuilding", file=stream)
        on_rebuild(rebuild(settings, stream))


class _Handler(SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        # A preview must show the latest build, not what the browser cached a minute ago.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: request lines would bury the rebuild messages."""


class Preview:
    """An HTTP server for the site folder, in a background thread."""

    def __init__(self, site: Path, bind: str = "127.0.0.1", port: int = 8000) -> None:
        handler = partial(_Handler, directory=str(site.absolute()))
        self.server = ThreadingHTTPServer((bind, port), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, name="timeline-serve", daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    def __enter__(self) -> Preview:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def _watch_until_interrupted(settings: Settings, watcher: Watcher, stream: TextIO) -> int:
    """Ctrl-C is how watching ends, so it is not an error."""
    print(f"timeline: watching {settings.seeds} and the templates (Ctrl-C to stop)", file=stream)
    try:
        watch(settings, threading.Event(), watcher, stream=stream)
    except KeyboardInterrupt:
        pass
    return 0


def build_and_watch(settings: Settings, stream: TextIO = sys.stderr) -> int:
    """`timeline build --watch`: build, then rebuild on every change (the first look precedes the build)."""
    watcher = inputs(settings)
    rebuild(settings, stream)
    return _watch_until_interrupted(settings, watcher, stream)


def serve(settings: Settings, bind: str, port: int, stream: TextIO = sys.stderr) -> int:
    """`timeline serve`: build, serve the site and rebuild on changes until interrupted."""
    watcher = inputs(settings)
    if not rebuild(settings, stream) and not (settings.out / MARKER).is_file():  # no good site to fall back on
        return 1
    try:
        preview = Preview(settings.out, bind, port)
    except OSError as exc:
        print(f"timeline: error: cannot listen on {bind}:{port} ({exc.strerror or exc})", file=stream)
        return 1
    with preview:
        print(f"timeline: serving {settings.out} at {preview.url}", file=stream)
        return _watch_until_interrupted(settings, watcher, stream)
