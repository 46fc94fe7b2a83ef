"""Calendar places: which TIMEX3 values put an event on the calendar, and how two of them relate.

A value places an event when it names a day, week, month, quarter or year, optionally with a time
of day; durations, sets, `PRESENT_REF` and values with unknown digits (`XXXX-01-08`) do not.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import CreationTime

_DAY = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?"
    r"(?:T(?P<t>MO|MI|AF|EV|NI|DT|\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_WEEK = re.compile(r"^(?P<y>\d{4})-W(?P<w>\d{2})(?P<we>-WE)?(?:T(?P<t>MO|MI|AF|EV|NI))?$")
_QUARTER = re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")

PRECISIONS = ("year", "quarter", "month", "week", "weekend", "day")
"""From the coarsest to the finest, so that a period sorts before the days inside it."""

_TIME_ORDER = {"MO": "06", "MI": "12", "AF": "15", "EV": "19", "NI": "22", "DT": "12"}


@dataclass(frozen=True)
class When:
    """Where a TIMEX3 value sits on the calendar: a period from `first` to `last` (inclusive)."""

    date: str
    """The date part of the value: `2022-01-08`, `2022-01`, `2022`, `2022-W02`, `2022-W02-WE`, `2022-Q1`."""
    precision: str
    first: date
    last: date
    time_of_day: str | None = None
    """`MO`, `MI`, `AF`, `EV`, `NI`, `DT` (a part of the day, as in TIMEX3) or a clock time `10:30`."""

    def contains(self, other: When) -> bool:
        return self.first <= other.first and other.last <= self.last

    def compatible(self, other: When) -> bool:
        """One period holds the other: `2022-01` and `2022-01-08` may be the same event, 8 and 9 January may not."""
        return self.contains(other) or other.contains(self)

    def detail(self) -> tuple[int, bool]:
        """How much the value says: a day with a time of day says more than a day, a day more than a month."""
        return PRECISIONS.index(self.precision), self.time_of_day is not None

    def sort_key(self) -> tuple[str, int, str]:
        """Chronological; a period before the days inside it; morning before evening within a day."""
        tod = _TIME_ORDER.get(self.time_of_day or "", self.time_of_day or "")
        return (self.first.isoformat(), PRECISIONS.index(self.precision), tod)


def when(value: str) -> When | None:
    """The calendar place of a TIMEX3 value, or None when the value does not place an event."""
    try:
        return _parse(value)
    except ValueError:  # 2022-02-30, week 60, ...
        return None


def _parse(value: str) -> When | None:
    if m := _DAY.match(value):
        year, month, day = int(m["y"]), m["m"], m["d"]
        if day:
            first = last = date(year, int(month), int(day))
            return When(f"{m['y']}-{month}-{day}", "day", first, last, m["t"])
        if m["t"]:
            return None  # a time of day without a day, as in `2022-01TMO`, does not exist
        if month:
            first = date(year, int(month), 1)
            last = date(year, int(month), monthrange(year, int(month))[1])
            return When(f"{m['y']}-{month}", "month", first, last)
        return When(m["y"], "year", date(year, 1, 1), date(year, 12, 31))
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
        if m["we"]:
            return When(f"{m['y']}-W{m['w']}-WE", "weekend", monday + timedelta(5), monday + timedelta(6), m["t"])
        return When(f"{m['y']}-W{m['w']}", "week", monday, monday + timedelta(6), m["t"])
    if m := _QUARTER.match(value):
        year, quarter = int(m["y"]), int(m["q"])
        first = date(year, 3 * quarter - 2, 1)
        last_month = 3 * quarter
        return When(value, "quarter", first, date(year, last_month, monthrange(year, last_month)[1]))
    return None


def after(place: When, dct: CreationTime | None) -> bool:
    """The period starts after the whole creation time: written about before it happened."""
    if dct is None:
        return False
    created = when(dct.value[:10])
    return created is not None and place.first > created.last
