"""Dates as readers write them: `Thứ Bảy, 08/01/2022`, `trưa 8/1/2022`, `đầu tháng 3/2022`.

A TIMEX3 value keeps its precision; a month is written as a month and never as its first day,
so a partial date on the page is exactly as precise as the sources are.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, Literal

from ..model import CreationTime

Kind = Literal["day", "week", "month", "quarter", "year", "unknown"]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")
_YEAR = re.compile(r"^(\d{4})")
_CLOCK = re.compile(r"^(\d{2}):(\d{2})")

_WEEKDAYS = {
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_PARTS_OF_DAY = {
    "vi": {"MO": "sáng", "MI": "trưa", "AF": "chiều", "EV": "tối", "NI": "đêm"},
    "en": {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"},
}
_MODS = {
    "vi": {"START": "đầu ", "MID": "giữa ", "END": "cuối ", "APPROX": "khoảng ", "BEFORE": "trước ", "AFTER": "sau "},
    "en": {"START": "early ", "MID": "mid-", "END": "late ", "APPROX": "about ", "BEFORE": "before ", "AFTER": "after "},
}
_TIME_ORDER = {"MO": "08:00", "MI": "12:00", "AF": "15:00", "EV": "19:00", "NI": "22:00"}


@dataclass(frozen=True)
class When:
    """The calendar span that a TIMEX3 date value names, with the precision it was given at."""

    kind: Kind
    value: str
    start: date | None = None
    end: date | None = None
    """Last day of the span, inclusive."""

    @property
    def year(self) -> int | None:
        return self.start.year if self.start else None


def _month_end(year: int, month: int) -> date:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def parse(value: str) -> When:
    """`2022-01-08` is a day, `2022-W02` a week, `2022-01` a month, `2022` (or `2022-SU`) a year."""
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return When("day", value, day, day)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return When("week", value, monday, monday + timedelta(days=6))
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return When("month", value, date(year, month, 1), _month_end(year, month))
        if m := _QUARTER.match(value):
            year, first = int(m[1]), 3 * int(m[2]) - 2
            return When("quarter", value, date(year, first, 1), _month_end(year, first + 2))
    except ValueError:
        pass  # 2022-02-30 or week 54: keep what is certain, the year
    if m := _YEAR.match(value):
        year = int(m[1])
        return When("year", value, date(year, 1, 1), date(year, 12, 31))
    return When("unknown", value)


def weekday(d: date, lang: str) -> str:
    return _WEEKDAYS.get(lang, _WEEKDAYS["vi"])[d.weekday()]


def day_heading(d: date, lang: str) -> str:
    """`Thứ Bảy, 08/01/2022` / `Saturday 8 January 2022`."""
    if lang == "en":
        return f"{weekday(d, lang)} {d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
    return f"{weekday(d, lang)}, {d:%d/%m/%Y}"


def short_day(d: date, lang: str) -> str:
    """`8/1/2022` / `8 January 2022`."""
    if lang == "en":
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day}/{d.month}/{d.year}"


def month_name(year: int, month: int, lang: str) -> str:
    """`tháng 1/2022` / `January 2022`."""
    if lang == "en":
        return f"{_MONTHS_EN[month - 1]} {year}"
    return f"tháng {month}/{year}"


def year_name(year: int, lang: str) -> str:
    return str(year) if lang == "en" else f"năm {year}"


def label(when: When, lang: str, mod: str | None = None) -> str:
    """The honest reading of a span: `8/1/2022`, `tuần 10–16/1/2022`, `đầu tháng 3/2022`, `khoảng năm 2022`."""
    if when.start is None or when.end is None:
        return when.value
    start, end = when.start, when.end
    if when.kind == "day":
        text = short_day(start, lang)
    elif when.kind == "week":
        if lang == "en":
            text = f"week of {short_day(start, lang)}"
        elif start.month == end.month:
            text = f"tuần {start.day}–{end.day}/{end.month}/{end.year}"
        else:
            text = f"tuần {short_day(start, lang)}–{short_day(end, lang)}"
    elif when.kind == "month":
        text = month_name(start.year, start.month, lang)
    elif when.kind == "quarter":
        quarter = (start.month + 2) // 3
        text = f"Q{quarter} {start.year}" if lang == "en" else f"quý {quarter}/{start.year}"
    else:
        text = year_name(start.year, lang)
    prefix = _MODS.get(lang, _MODS["vi"]).get(mod or "", "")
    return prefix + text


def time_of_day(value: str | None, lang: str) -> str:
    """`MI` -> `trưa`, `10:30` -> `10:30`; empty when the time is not known."""
    if not value:
        return ""
    return _PARTS_OF_DAY.get(lang, _PARTS_OF_DAY["vi"]).get(value, value)


def clock_order(value: str | None) -> str:
    """A sort key that puts `sáng` before `10:30` before `chiều`, and an unknown time first."""
    if not value:
        return ""
    if _CLOCK.match(value):
        return value[:5]
    return _TIME_ORDER.get(value, "99:99")


def event_label(date_value: str, end: str | None, time: str | None, mod: str | None, lang: str) -> str:
    """What a card says about when: `trưa 8/1/2022`, `8/1/2022 – 10/1/2022`, `đầu tháng 3/2022`."""
    text = label(parse(date_value), lang, mod)
    part = time_of_day(time, lang)
    if part:
        if lang == "en":
            text = f"{text}, {part}"
        elif _CLOCK.match(part):
            text = f"{part}, {text}"
        else:
            text = f"{part} {text}"
    if end and end != date_value:
        text = f"{text} – {label(parse(end), lang)}"
    return text


def instant(dct: CreationTime) -> datetime:
    """The first moment of a creation time, in UTC (`2022-01` -> 1 January 2022, 00:00)."""
    if dct.precision == "minute":
        moment = datetime.fromisoformat(dct.value)
        return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    return datetime(dct.year, dct.month or 1, dct.day or 1, tzinfo=timezone.utc)


def build_instant(dcts: Iterable[CreationTime | None]) -> datetime:
    """When the site is "from": SOURCE_DATE_EPOCH if set, else the newest article, so builds repeat exactly."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return max((instant(d) for d in dcts if d is not None), default=datetime(1970, 1, 1, tzinfo=timezone.utc))
