"""The overview histogram: events per year, month or day, as bars laid out for an inline SVG.

Time runs at an even pace along the axis (empty months take room), so gaps in the story show;
each bar links to the heading of its year, month or day.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from . import dates
from .view import Card

HEIGHT = 100
_SLOT = 10
"""Width of one year, month or day in SVG units; the SVG stretches to the width of the page."""
_MIN_PX = {"year": 24, "month": 8, "day": 3}
"""Narrowest a slot may get on screen before the chart scrolls sideways instead."""
_MAX_PX = {"year": 120, "month": 64, "day": 24}
"""Widest a slot may get, so that a story of one month is not one wall-to-wall bar."""
_LABELS = 8


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    href: str
    title: str


@dataclass(frozen=True)
class Tick:
    percent: float
    """Where the label starts, as a share of the chart's width (labels are HTML, so they never stretch)."""
    text: str


@dataclass(frozen=True)
class Chart:
    level: str
    width: int
    min_px: int
    max_px: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]


def _slots(level: str, first: date, last: date) -> list[date]:
    if level == "year":
        return [date(y, 1, 1) for y in range(first.year, last.year + 1)]
    if level == "month":
        months = (last.year - first.year) * 12 + last.month - first.month
        return [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1) for i in range(months + 1)]
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _key(level: str, d: date) -> date:
    return date(d.year, 1, 1) if level == "year" else date(d.year, d.month, 1) if level == "month" else d


def _names(level: str, d: date, lang: str) -> tuple[str, str, str]:
    """(heading id, bar label, axis label) of a slot."""
    if level == "year":
        return f"y{d.year}", str(d.year), str(d.year)
    if level == "month":
        name = dates.month_name(d.year, d.month, lang)
        return f"m{d:%Y-%m}", name, str(d.year) if d.month == 1 else f"{d.month}/{d.year % 100:02d}"
    return f"d{d:%Y-%m-%d}", dates.short_day(d, lang), f"{d.day}/{d.month}"


_PRECISE_ENOUGH = {"year": {"day", "week", "month", "quarter", "year"}, "month": {"day", "week", "month"}, "day": {"day"}}


def chart(cards: tuple[Card, ...], level: str, lang: str, bar_title: str) -> Chart | None:
    """Bars for the cards whose date is at least as precise as `level`; None when there are none."""
    counts: Counter[date] = Counter()
    for card in cards:
        when = dates.parse(card.event.date)
        if when.start and when.kind in _PRECISE_ENOUGH[level]:
            counts[_key(level, when.start)] += 1
    if not counts:
        return None
    slots = _slots(level, min(counts), max(counts))
    width = len(slots) * _SLOT
    peak = max(counts.values())
    every = max(1, -(-len(slots) // _LABELS))
    bars, ticks = [], []
    for i, d in enumerate(slots):
        heading, name, axis = _names(level, d, lang)
        x = i * _SLOT
        if counts[d]:
            h = round((HEIGHT - 4) * counts[d] / peak, 1)
            bars.append(Bar(x + 1, HEIGHT - h, _SLOT - 2, h, heading, bar_title.format(label=name, n=counts[d])))
        if i % every == 0:
            ticks.append(Tick(round(100 * x / width, 2), axis))
    return Chart(level, width, len(slots) * _MIN_PX[level], len(slots) * _MAX_PX[level], tuple(bars), tuple(ticks))


def charts(cards: tuple[Card, ...], lang: str, bar_title: str) -> tuple[Chart, ...]:
    """The year, month and day views that have something to show."""
    return tuple(c for level in ("year", "month", "day") if (c := chart(cards, level, lang, bar_title)))
