"""The text under analysis: its NFC form, its match key, and look-around helpers for the rules."""

from __future__ import annotations

import re
from bisect import bisect_left

from .normalize import match_key

_SENTENCE_END = re.compile(r"[.!?;:\n]")


class TextView:
    """The text under analysis, its match key, and small look-around helpers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.key = match_key(text, composed=True)
        assert len(self.key) == len(text), "the match key must line up with the text"
        self._ends = [m.start() for m in _SENTENCE_END.finditer(self.key)]

    def before(self, pos: int, chars: int = 24) -> str:
        return self.key[max(0, pos - chars):pos]

    def word_before(self, pos: int) -> str:
        m = re.search(r"(\w+)\W*$", self.key[max(0, pos - 30):pos])
        return m.group(1) if m else ""

    def word_right_before(self, pos: int) -> str:
        """The word before `pos` in the same clause: none across punctuation (`vùng trời. Sáng nay`)."""
        m = re.search(r"(\w+)\s*$", self.key[max(0, pos - 30):pos])
        return m.group(1) if m else ""

    def words_before(self, pos: int, n: int) -> str:
        words = re.findall(r"\w+", self.key[max(0, pos - 60):pos])
        return " ".join(words[-n:])

    def original_word_before(self, pos: int) -> str:
        m = re.search(r"(\w+)\W*$", self.text[max(0, pos - 30):pos])
        return m.group(1) if m else ""

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The clause-level sentence around [start, end): between the punctuation marks either side."""
        before = bisect_left(self._ends, start) - 1
        left = self._ends[before] + 1 if before >= 0 else 0
        after = bisect_left(self._ends, end)
        return left, self._ends[after] if after < len(self._ends) else len(self.key)
