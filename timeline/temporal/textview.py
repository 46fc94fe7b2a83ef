"""The text under analysis: its NFC form, its match key, and look-around helpers for the rules."""

from __future__ import annotations

import re

from .normalize import match_key

_SENTENCE_END = re.compile(r"[.!?;:\n]")


class TextView:
    """The text under analysis, its match key, and small look-around helpers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.key = match_key(text)

    def before(self, pos: int, chars: int = 24) -> str:
        return self.key[max(0, pos - chars):pos]

    def word_before(self, pos: int) -> str:
        m = re.search(r"(\w+)\W*$", self.key[max(0, pos - 30):pos])
        return m.group(1) if m else ""

    def words_before(self, pos: int, n: int) -> str:
        words = re.findall(r"\w+", self.key[max(0, pos - 60):pos])
        return " ".join(words[-n:])

    def original_word_before(self, pos: int) -> str:
        m = re.search(r"(\w+)\W*$", self.text[max(0, pos - 30):pos])
        return m.group(1) if m else ""

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        left = start
        while left > 0 and not _SENTENCE_END.match(self.key[left - 1]):
            left -= 1
        m = _SENTENCE_END.search(self.key, end)
        return left, m.start() if m else len(self.key)
