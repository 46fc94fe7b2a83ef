"""Inferring a document's creation time (DCT) from its own text, or from its folder.

An article that states `sáng thứ Hai (10/01)` and looks forward to it ("sẽ kết thúc") was
written before that Monday; one that reports `ngày 8/1` in the past was written on or after it.
The DCT is the latest past reference that no forward-looking one contradicts.
"""

from __future__ import annotations

from datetime import timedelta

from ..model import CreationTime
from .tagger import scan


def infer_dct(text: str) -> CreationTime | None:
    """A creation time from the dates the text states, with how it was inferred; None when it states none."""
    _, _, found = scan(text, None)
    past, future = [], []
    for r in found:
        if r.day is None or not (r.explicit_year or r.timex.anchor == "weekday"):
            continue
        (future if r.tense > 0 else past).append(r)
    if past:
        latest = max(past, key=lambda r: r.day)
        bound = min((r.day for r in future if r.day >= latest.day), default=None)
        day = latest.day if bound is None or bound > latest.day else latest.day
        how = "weekday and date" if latest.timex.anchor == "weekday" else "date"
        return CreationTime(day.isoformat(), "day", f"text: latest {how} it reports, {latest.timex.text!r}")
    if future:
        earliest = min(future, key=lambda r: r.day)
        day = earliest.day - timedelta(days=1)
        how = "weekday and date" if earliest.timex.anchor == "weekday" else "date"
        return CreationTime(day.isoformat(), "day", f"text: the day before the {how} it looks forward to, {earliest.timex.text!r}")
    years = [r for r in found if r.timex.type == "DATE" and r.explicit_year and r.timex.value[:4].isdigit()]
    if years:
        latest = max(years, key=lambda r: r.timex.value)
        value = latest.timex.value[:7] if len(latest.timex.value) >= 7 and latest.timex.value[4] == "-" and latest.timex.value[5:7].isdigit() else latest.timex.value[:4]
        return CreationTime(value, "month" if len(value) == 7 else "year", f"text: latest period it names, {latest.timex.text!r}")
    return None


def folder_dct(known: list[CreationTime]) -> CreationTime | None:
    """For a document with no date at all: the median date of the other documents of its folder."""
    dated = sorted((d for d in known if d.precision != "year"), key=lambda d: d.value)
    if not dated:
        return None
    middle = dated[len(dated) // 2]
    return CreationTime(middle.value, middle.precision, "folder: median date of the other documents")
