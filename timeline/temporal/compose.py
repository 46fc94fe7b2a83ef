"""Composition: overlapping pieces are settled, and adjacent pieces that name one moment are joined.

`trưa` + `ngày 8/1`, `20h` + `thứ Năm 2/1`, `thứ Hai` + `(10/01)` become one expression; the first
day of a range (`5` in `5-7/1`) borrows the month and year of its partner, and a bare clock time or
part of day borrows the day of the one it is listed with (`từ 8h đến 11h ngày 5/4`, `Sáng và chiều ngày 29/4`).
"""

from __future__ import annotations

import re

from .recognize import Piece
from .textview import TextView

_JOIN = re.compile(r"^[\s,()\[\]–-]{0,4}$")
_RANGE_GAP = re.compile(r"^\s*(?:[-–]|đến|tới|và|,)\s*(?:ngày\s+)?$")
_LIST_GAP = re.compile(r"^\s*(?:[-–]|đến|tới|,|và|hoặc)\s*$")
"""Between the members of a range or list: `từ 8h đến 11h`, `16h, 18h`, `Sáng và chiều`."""
_ZONE_GAP = re.compile(r"^\s*(?:\((?:theo\s+)?giờ\s+[^()]{1,30}\)|theo\s+giờ\s+[^\d(),.;]{1,25}?)\s*,?\s*$")
"""`19h (giờ Hà Nội) ngày 6/4`, `20h theo giờ Hà Nội ngày 3/7`: a time zone between a clock time and its day."""
_DAY_FIELDS = ("day", "month", "year", "weekday", "week_offset", "offset", "anchor")


def select(pieces: list[Piece]) -> list[Piece]:
    """Non-overlapping pieces, longest first; ties go to the earlier one, then to the range head."""
    chosen: list[Piece] = []
    order = sorted(pieces, key=lambda p: (-(p.end - p.start), not p.extra.get("range_head"), p.type != "SET", p.category != "ref", p.start))
    limit = max((p.end for p in pieces), default=0)
    taken = bytearray(limit + 1)
    for p in order:
        if any(taken[p.start:p.end]):
            continue
        taken[p.start:p.end] = b"\x01" * (p.end - p.start)
        chosen.append(p)
    return sorted(chosen, key=lambda p: p.start)


_DAY_KINDS = {"date", "weekday", "deictic", "anaphor"}


def _can_join(a: Piece, b: Piece, gap: str) -> bool:
    if not _JOIN.match(gap) or gap.count(",") > 1:
        return False
    has = set(a.parts or [a.kind])
    if b.kind == "clock":
        schedule = gap.strip() == "" and b.extra.get("colon", False)  # "05/02 03:00" in a fixture list
        return "clock" not in has and "pod" not in has and not ({"date", "weekday"} & has and "-" not in gap and not schedule)
    if b.kind == "pod":
        return "clock" in has and not ({"pod", "date", "weekday", "deictic", "anaphor"} & has) and b.pod is not None and a.pod is None and gap.strip() == ""
    if b.kind == "date":
        if "anaphor" in has and "date" not in has and "(" in gap and b.month is not None:
            return True  # "22h hôm trước (ngày 26/4)": the date in parentheses says which day
        if "date" in has or "anaphor" in has:
            return False
        if b.year is None and b.month is None:
            return gap.strip() == "" and "weekday" not in has and bool({"pod", "clock"} & has)
        return bool({"pod", "clock", "weekday", "deictic"} & has)
    if b.kind == "weekday":
        return not ({"date", "weekday", "deictic", "anaphor"} & has) and bool({"pod", "clock"} & has) and "," not in gap
    if b.kind in ("deictic", "anaphor"):
        return not (_DAY_KINDS & has) and "clock" in has and (b.pod is None or a.pod is None) and "," not in gap
    return False


def compose(pieces: list[Piece], text: TextView) -> list[Piece]:
    """Join adjacent pieces that name one moment; give a range head the month of its partner.

    A part of day that joined nothing and has no boundary before it is an adjective
    (`trời đã tối`, `trắng sáng`, `trái chiều`) and is dropped.
    """
    out: list[Piece] = []
    for p in pieces:
        if p.kind in ("pod", "clock") or p.kind in _DAY_KINDS:
            p.parts = p.parts or [p.kind]
        prev = out[-1] if out else None
        new_clause = p.kind in ("pod", "deictic", "anaphor") and text.text[p.start:p.start + 1].isupper()  # "14h30’ Đầu giờ chiều nay": a caption, then the text
        if prev is not None and prev.parts and p.parts and not new_clause and _can_join(prev, p, text.key[prev.end:p.start]):
            _merge_into(prev, p)
            continue
        out.append(p)
    for a, b in reversed(list(zip(out, out[1:]))):  # from the end, so "các ngày 2/7, 10/7 và 1/11/2024" passes the year back
        if a.kind == "date" and a.month is None and b.kind == "date" and b.month and _RANGE_GAP.match(text.key[a.end:b.start]):
            a.month, a.year, a.lunar = b.month, a.year or b.year, b.lunar
            a.extra["range_head"] = True
        if a.kind == "date" and a.extra.get("range_head") and b.kind == "date" and a.year is None and b.year:
            a.year = b.year
        elif (a.kind == "date" and a.month and b.kind == "date" and b.month and a.year is None and b.year and a.month <= b.month
              and _RANGE_GAP.match(text.key[a.end:b.start])):
            a.year = b.year  # "từ 25/7 đến 26/8/2026": both in 2026
    for a, b in zip(out, out[1:]):
        if a.extra.get("clock_head") and b.kind != "clock" and "clock" not in (b.parts or []):
            a.extra["orphan"] = True  # "6-7" without a clock time after it is no time
        elif a.extra.get("clock_head"):
            a.pod = a.pod or b.pod  # "8-10h tối": both in the evening
    out = [p for p in out if not p.extra.get("orphan")]
    for a, b in reversed(list(zip(out, out[1:]))):  # from the end, so "16h, 18h, 20h ngày 3/7" passes the day back
        if _borrows_day(a, b, text.key[a.end:b.start]):
            _take_day(a, b)
    kept = [p for p in out if not (p.kind == "pod" and p.parts == ["pod"] and p.extra.get("weak"))]
    for p in kept:
        span = text.key[p.start:p.end]
        if span.count("(") > span.count(")") and text.key[p.end:p.end + 1] == ")":
            p.end += 1  # "thứ Hai (10/01)" keeps its closing parenthesis
    return kept


def _borrows_day(a: Piece, b: Piece, gap: str) -> bool:
    """`từ 8h đến 11h ngày 5/4`, `16h, 18h ngày 3/7`, `1 giờ sáng (giờ địa phương) ngày 1/5`: a bare clock time on its partner's day."""
    if a.kind not in ("clock", "pod") or b.kind not in _DAY_KINDS or b.kind == "anaphor" and b.offset:
        return False  # "8h đến 10h hôm sau" counts from the day in focus once, not twice
    if a.kind == "pod":  # "Sáng và chiều ngày 29/4", "Trưa chiều mai"
        return b.pod is not None and (bool(_LIST_GAP.match(gap)) or b.kind == "deictic" and gap.strip() == "")
    if _ZONE_GAP.match(gap) or b.kind == "deictic" and gap.strip() == "":
        return True  # "14h30’ Đầu giờ chiều nay": a caption's clock time is on the day that follows it
    return "clock" in (b.parts or []) and bool(_LIST_GAP.match(gap))


def _take_day(a: Piece, b: Piece) -> None:
    for name in _DAY_FIELDS:
        setattr(a, name, getattr(b, name))
    a.kind, a.lunar, a.tense = b.kind, b.lunar, a.tense or b.tense
    a.extra.pop("weak", None)
    a.pod = a.pod or b.pod
    a.parts = [*a.parts, b.kind]
    for key in ("word", "generic"):
        if key in b.extra:
            a.extra[key] = b.extra[key]


def _merge_into(a: Piece, b: Piece) -> None:
    a.end = b.end
    a.parts.append(b.kind)
    for name in ("day", "month", "year", "weekday", "week_offset", "pod", "hour", "minute", "offset", "anchor", "mod"):
        if getattr(a, name) is None and getattr(b, name) is not None:
            setattr(a, name, getattr(b, name))
    a.lunar = a.lunar or b.lunar
    a.tense = a.tense or b.tense
    a.extra.update(b.extra)
    if b.kind == "date":
        a.kind = "date" if a.kind in ("pod", "clock", "anaphor") else a.kind
        if "anaphor" in a.parts:
            a.day, a.month, a.offset, a.anchor = b.day, b.month, None, None
    elif b.kind in ("weekday", "deictic", "anaphor") and a.kind in ("pod", "clock"):
        a.kind = b.kind
    if a.kind == "weekday" and "date" in a.parts:
        a.kind = "date"
