"""Calendar arithmetic behind TIMEX3 values: ISO weeks, month steps, weekday agreement."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    moved = date(year, month, 1) + relativedelta(months=delta)
    return moved.year, moved.month


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def week_of(d: date, delta_weeks: int = 0) -> str:
    return iso_week(d + timedelta(weeks=delta_weeks))


def nearest_year(month: int, day: int, around: date, direction: int = 0, slack_days: int = 2, future_weight: float = 1.0) -> int | None:
    """The year that puts day/month nearest `around`; `direction` -1 keeps it in the past, +1 in the future.

    `slack_days` tolerates a creation date a little off from the events it reports; `future_weight`
    makes a later candidate count as farther (news mostly reports what has happened).
    """
    candidates = [date(y, month, day) for y in (around.year - 1, around.year, around.year + 1) if valid_day(y, month, day)]
    if not candidates:
        return None
    if direction < 0:
        past = [c for c in candidates if c <= around + timedelta(days=slack_days)]
        if past:
            return max(past).year
    elif direction > 0:
        future = [c for c in candidates if c >= around - timedelta(days=slack_days)]
        if future:
            return min(future).year
    return min(candidates, key=lambda c: ((c - around).days * future_weight if c > around else (around - c).days, c)).year


def years_with_weekday(month: int, day: int, weekday: int, around: int, latest: int | None = None) -> list[int]:
    """Years near `around` in which day/month falls on ISO `weekday`, nearest first."""
    found = []
    for delta in range(0, 29):
        for year in {around - delta, around + delta}:
            if latest is not None and year > latest:
                continue
            if valid_day(year, month, day) and date(year, month, day).isoweekday() == weekday:
                found.append(year)
    return sorted(set(found), key=lambda y: (abs(y - around), -y))


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The `weekday` nearest `anchor`: the last one (-1), the next one (+1), or in the same ISO week (0)."""
    delta = weekday - anchor.isoweekday()
    if direction < 0:
        return anchor + timedelta(days=delta if delta <= 0 else delta - 7)
    if direction > 0:
        return anchor + timedelta(days=delta if delta >= 0 else delta + 7)
    return anchor + timedelta(days=delta)
