"""Vietnamese temporal tagging: find time expressions and normalize them to TIMEX3 values."""

from __future__ import annotations

import re

from ..model import CreationTime, Timex

__all__ = ["tag", "Timex"]

_DATE = re.compile(r"\bngày (\d{1,2})/(\d{1,2})(?:/(\d{4}))?")


def tag(text: str, dct: CreationTime | str | None = None) -> list[Timex]:
    """Every temporal expression of `text`, normalized against the document creation time."""
    if isinstance(dct, str):
        dct = CreationTime.parse(dct)
    found = []
    for m in _DATE.finditer(text):
        day, month, year = int(m[1]), int(m[2]), m[3] or (dct.year if dct else None)
        value = f"{year}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
        found.append(Timex(m.start(), m.end(), m[0], "DATE", value))
    return found


def infer_dct(text: str) -> CreationTime | None:
    """A creation time inferred from the text itself (placeholder until the tagger lands)."""
    return None


def folder_dct(known: list[CreationTime]) -> CreationTime | None:
    """For a document with no date at all: the median date of the other documents of its folder."""
    dated = sorted((d for d in known if d.precision != "year"), key=lambda d: d.value)
    if not dated:
        return None
    middle = dated[len(dated) // 2]
    return CreationTime(middle.value, middle.precision, "folder: median date of the other documents")
