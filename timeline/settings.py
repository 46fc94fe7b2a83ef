"""Build settings: what the user chose on the command line, passed to every stage."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ANALYSIS_FIELDS: tuple[str, ...] = ()
"""Names of the settings that change what `analyse` returns; they are part of every cache key.

None today (`analyse` takes only the document and its creation time): a setting that starts to
influence analysis must be listed here, or old cached analyses would be reused for it.
"""


@dataclass(frozen=True)
class Settings:
    seeds: Path = Path("seeds")
    out: Path = Path("site")
    title: str = "Dòng thời gian"
    base_url: str | None = None
    lang: Literal["vi", "en"] = "vi"
    strict: bool = False
    cache_dir: Path | None = None
    """Where analyses are cached; None means `.timeline-cache` beside the seeds folder."""
    use_cache: bool = True
    jobs: int = os.cpu_count() or 1
    """Worker processes for analysing documents; 1 analyses in this process."""

    @property
    def cache_path(self) -> Path:
        return self.cache_dir if self.cache_dir is not None else self.seeds.absolute().parent / ".timeline-cache"

    def analysis_fingerprint(self) -> str:
        """The settings that affect analysis, as text for the cache key."""
        return repr(tuple((name, getattr(self, name)) for name in ANALYSIS_FIELDS))
