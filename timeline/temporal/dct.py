"""Inferring a document's creation time (DCT) from its own text, or from its folder.

An article that states `sáng thứ Hai (10/01)` and looks forward to it ("sẽ kết thúc") was
written before that Monday; one that reports `ngày 8/1` in the past was written on or after it.
The DCT is the latest past reference that no forward-looking one contradicts. A text that
names only years or months gives no DCT: on a corpus sample the latest year named was the
article's year in fewer than one case in five (articles look back), and a wrong year is worse
for a timeline than an open one; the folder's other documents fill in instead.
"""

from __future__ import annotations

from datetime import timedelta

from ..model import CreationTime
from .resolve import Resolved
from .tagger import scan


def _dated(found: list[Resolved]) -> tuple[list[Resolved], list[Resolved]]:
    """Expressions that give a full day the text itself fixes (a year, or a weekday), past and future."""
    past, future = [], []
    for r in found:
        if r.day is None or not (r.explicit_year or r.timex.anchor == "weekday") or r.timex.category == "lunar":
            continue  # a holiday (`Tết Bính Ngọ 2026`) is usually still ahead, whatever the tense
        (future if r.tense > 0 else past).append(r)
    return past, future


def infer_dct(text: str) -> CreationTime | None:
    """A creation time from the dates the text states, with how it was inferred; None when it states none."""
    _, found = scan(text, None)
    past, future = _dated(found)
    if past:
        latest = max(past, key=lambda r: r.day)
        how = "weekday and date" if latest.timex.anchor == "weekday" else "date"
        return CreationTime(latest.day.isoformat(), "day", f"text: latest {how} it reports, {latest.timex.text!r}")
    if future:
        earliest = min(future, key=lambda r: r.day)
        day = earliest.day - timedelta(days=1)
        how = "weekday and date" if earliest.timex.anchor == "weekday" else "date"
        return CreationTime(day.isoformat(), "day", f"text: the day before the {how} it looks forward to, {earliest.timex.text!r}")
    return None


def folder_dct(known: list[CreationTime]) -> CreationTime | None:
    """For a document with no date at all: the median date of the other documents of its folder."""
    dated = sorted((d for d in known if d.precision != "year"), key=lambda d: d.value)
    if not dated:
        return None
    middle = dated[len(dated) // 2]
    return CreationTime(middle.value, middle.precision, "folder: median date of the other documents")
