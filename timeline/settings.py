"""Build settings: what the user chose on the command line, passed to every stage."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class Settings:
    seeds: Path = Path("seeds")
    out: Path = Path("site")
    title: str = "Dòng thời gian"
    base_url: str | None = None
    lang: Literal["vi", "en"] = "vi"
    strict: bool = False
