"""A one-line progress bar on stderr, for builds long enough that silence would look like a hang.

It draws only on a terminal and only after `delay` seconds, so quick builds, pipes and logs stay clean.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO | None = None, delay: float = 0.5, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.delay = delay
        self.width = width
        self._started = time.monotonic()
        self._drawn_at = 0.0
        self._shown = False
        self._stage = ""
        self._done = 0
        self._total = 0

    def stage(self, name: str, total: int = 0) -> None:
        """Start a stage of `total` steps (0: a stage without steps, shown by its name only)."""
        self._stage, self._done, self._total = name, 0, total
        self._draw(force=True)

    def advance(self, steps: int = 1) -> None:
        self._done += steps
        self._draw(force=self._done == self._total)

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or now - self._started < self.delay or (not force and now - self._drawn_at < 0.1):
            return
        self._drawn_at = now
        line = f"{self._stage}…"
        if self._total:
            filled = self.width * self._done // self._total
            bar = "#" * filled + "-" * (self.width - filled)
            line = f"{self._stage} [{bar}] {self._done}/{self._total}"
        self.stream.write(f"\r\x1b[K{line}")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar, before printing anything else on the terminal."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
