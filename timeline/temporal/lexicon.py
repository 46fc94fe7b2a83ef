"""Loads `lexicon.toml`, the Vietnamese word lists, and turns them into regex alternations.

The words live in the TOML file so that a linguist can read and extend them without touching
the engine; this module only knows how to turn a word list into a pattern.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .normalize import match_key

_FILE = Path(__file__).with_name("lexicon.toml")


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest first, with flexible spaces between syllables."""
    keys = sorted({match_key(w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys) + ")"


def _keyed(table: dict[str, Any]) -> dict[str, Any]:
    return {match_key(k): v for k, v in table.items()}


@dataclass(frozen=True)
class Lexicon:
    data: dict[str, Any]
    _folded: dict[tuple[str, str | None], Any] = field(default_factory=dict, compare=False, repr=False)

    def words(self, section: str, key: str | None = None) -> dict[str, Any] | list[str]:
        """A section's words in match form, computed once: handlers ask for them on every match."""
        cached = self._folded.get((section, key))
        if cached is None:
            value = self.data[section] if key is None else self.data[section][key]
            cached = _keyed(value) if isinstance(value, dict) else [match_key(w) for w in value]
            self._folded[(section, key)] = cached
        return cached

    def table(self, section: str, key: str | None = None) -> dict[str, Any]:
        """A word -> value table, keyed by the match form of each word."""
        value = self.words(section, key)
        assert isinstance(value, dict), f"{section}.{key} is not a table"
        return value

    def list(self, section: str, key: str) -> list[str]:
        value = self.words(section, key)
        assert isinstance(value, list), f"{section}.{key} is not a list"
        return value

    def lookup(self, table: dict[str, Any], found: str) -> Any:
        """The value of a matched word, whatever its spacing or case."""
        return table[" ".join(match_key(found).split())]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with _FILE.open("rb") as fh:
        return Lexicon(tomllib.load(fh))
