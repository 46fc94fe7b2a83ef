"""Resolution: each expression gets its TIMEX3 value, in text order, against the DCT and the narrative time.

The narrative time is what the text last put in focus (a day, a month, a year, a quarter); the
tense of an expression's clause (`đã`, `vừa qua` back, `sẽ`, `tới` forward) picks the year of a
day written without one.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

from ..model import CreationTime, Timex
from . import lunar
from .calendar import add_months, nearest_year, valid_day, week_of, weekday_near, years_with_weekday
from .lexicon import alternation, lexicon
from .recognize import Piece
from .textview import TextView

_HABIT = re.compile(r"(?<!\w)(?:(?:hằng|hàng|mỗi|mọi)\s+(?:ngày|tuần|sáng|tối|đêm|chiều)|thường|thường xuyên|đều\s+đặn)(?!\w)")
"""Words of a habit: its clock times and parts of day are of no one day."""
_DAY_RANGE = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}|(?<!\w)từ\s+(?:ngày\s+)?\d{1,2}(?:[/.-]\d{1,2})?\s+(?:đến|tới)\s+(?:ngày\s+)?\d")
"""`từ 11-13/2`, `từ 7 đến 10/2`: a forecast over several days."""

_WEATHER = re.compile(r"(?<!\w)(?:mưa|nắng|rét|lạnh|mây|sương|gió|nhiệt\s+độ|dông|oi|nóng)(?!\w)")

# A date or month without a year about as far ahead as behind is the past one: news reports what happened.
_FUTURE_WEIGHT = 1.2


@dataclass(frozen=True)
class Resolved:
    """A Timex with what DCT inference needs to know about it."""

    timex: Timex
    tense: int
    explicit_year: bool
    day: date | None


@dataclass
class _Focus:
    """The narrative time: what the text last put in focus."""

    day: date | None = None
    day_at: int = -1
    """Where the day in focus was named: `đầu tháng`, `cuối tuần` follow it only within its sentence."""
    month: tuple[int, int] | None = None
    year: int | None = None
    quarter: tuple[int, int] | None = None
    explicit_year: bool = False
    period_month: tuple[int, int] | None = None
    """A month named as the period reported on (`CPI tháng 10`): `trong tháng` is it, `cùng kỳ năm trước` it a year back."""


def reference_year() -> int:
    """The latest year an undated article can be from: the build date (SOURCE_DATE_EPOCH when set)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).year
    return date.today().year


_BASELINE = re.compile(r"(?<!\w)so\s+với\s+(?:mức\s+|thời\s+điểm\s+)?$")

_SEASON_MONTHS = {"SP": (2, 4), "SU": (5, 8), "FA": (8, 10), "WI": (11, 13)}
"""First and last month of each season of the year, for `hè vừa qua`, `mùa đông tới`."""


class Resolver:
    """Resolves pieces in text order, keeping the narrative time up to date."""

    def __init__(self, text: TextView, dct: CreationTime | None) -> None:
        self.t = text
        self.lex = lexicon()
        self.dct = dct
        self.dct_day = dct.date if dct else None
        self.dct_month = (dct.year, dct.month) if dct and dct.month else None
        self.dct_year = dct.year if dct else None
        self.focus = _Focus()
        self.named_days: dict[tuple[int, int], int] = {}
        """Days the text gave with their year: the same day written again later keeps the latest one."""
        self._current = 0
        european = alternation(self.lex.list("spans", "european_season"))
        # V-League seasons have followed the calendar year; a European league's start the year before.
        v_league_calendar = bool(re.search(r"v[.-]?\s?league", text.key)) and (dct is None or dct.value < "2023-08")
        self.european = bool(re.search(european, text.key)) and not v_league_calendar
        if re.search(r"v[.-]?\s?league", text.key) and dct is not None and dct.value >= "2023-08":
            self.european = True  # V-League seasons run August to May since 2023-24
        self._past = re.compile(r"(?<!\w)" + alternation(self.lex.list("tense", "past")) + r"(?!\w)")
        self._future = re.compile(r"(?<!\w)" + alternation(self.lex.list("tense", "future")) + r"(?!\w)")
        self._habitual = re.compile(r"(?<!\w)" + alternation(self.lex.list("tense", "habitual")) + r"(?!\w)")

    # -- tense ---------------------------------------------------------------------------------

    def tense(self, p: Piece) -> int:
        """-1 past, +1 future, 0 unknown: a tail cue (`vừa qua`, `tới`), else a cue just before, in the same clause."""
        if p.tense:
            return p.tense
        left, _ = self.t.sentence(p.start, p.end)
        before = self.t.key[max(left, p.start - 200):p.start]
        clause = before[max(before.rfind(","), before.rfind(";"), before.rfind("("), before.rfind(")")) + 1:]
        near = " ".join(re.findall(r"\w+", clause)[-4:])
        cues = [(m.end(), sign) for rx, sign in ((self._past, -1), (self._future, 1)) for m in rx.finditer(near)]
        return max(cues)[1] if cues else 0

    def habitual(self, p: Piece) -> bool:
        """The sentence tells a custom or a habit: its holidays and lunar days are of no one year."""
        left, right = self.t.sentence(p.start, p.end)
        return bool(self._habitual.search(self.t.key, max(left, p.start - 120), min(right, p.end + 80)))

    # -- anchors -------------------------------------------------------------------------------

    def _ref_day(self) -> date | None:
        """The DCT as a day; a month or year DCT stands for its middle, for choosing years only."""
        if self.dct_day:
            return self.dct_day
        if self.dct_month:
            return date(self.dct_month[0], self.dct_month[1], 15)
        if self.dct_year:
            return date(self.dct_year, 7, 1)
        return None

    def _year_for(self, month: int, day: int, p: Piece) -> int | None:
        if p.extra.get("same_year") and self.focus.year:
            return self.focus.year
        if p.extra.get("year_offset") is not None and self.dct_year:
            return self.dct_year + p.extra["year_offset"]
        ref = self._ref_day()
        if ref is None:
            return self.dct_year
        direction = self.tense(p) if self.dct_day else 0
        return nearest_year(month, day, ref, direction, future_weight=_FUTURE_WEIGHT)

    def _anchor_day(self, p: Piece) -> tuple[date | None, str]:
        if p.anchor == "dct":
            return self.dct_day, "dct"
        word = p.extra.get("word", "")
        if self.focus.day:
            return self.focus.day, "narrative"
        if word in ("cùng ngày", "cùng hôm"):
            return self.dct_day, "dct"
        return None, "none"

    # -- resolution ----------------------------------------------------------------------------

    def resolve(self, p: Piece) -> Resolved | None:
        self._current = p.start
        handler = getattr(self, f"_r_{p.kind}")
        baseline = _BASELINE.search(self.t.key, max(0, p.start - 12), p.start) is not None
        kept = replace(self.focus)
        try:
            result = handler(p)
        except (ValueError, OverflowError):
            return None  # a date outside the calendar ("ngày 31/12/9999, hôm sau"): not a time we can place
        finally:
            if baseline:
                self.focus = kept  # "tăng so với tháng trước": a baseline compared with, not the time the text moves to
        if result is None:
            return None
        type_, value, anchor, category, day = result
        text = self.t.text[p.start:p.end]
        mod = p.mod
        timex = Timex(p.start, p.end, text, type_, value, mod or None, anchor, category or p.category)
        return Resolved(timex, self.tense(p) if type_ in ("DATE", "TIME") else 0, p.year is not None, day)

    def _time_of(self, p: Piece, day_value: str) -> tuple[str, str]:
        """TIME value when a clock or part of day is present, else the DATE value."""
        if p.hour is not None:
            hour = p.hour
            if p.pod and hour in self.lex.data["clock"]["pm_shift"].get(p.pod, []):
                hour += 12
            if p.pod == "NI" and hour == 12:
                hour = 0
            seconds = f":{p.extra['second']:02d}" if p.extra.get("second") is not None else ""
            return "TIME", f"{day_value}T{hour:02d}:{p.minute or 0:02d}{seconds}"
        if p.pod:
            return "TIME", f"{day_value}T{p.pod}"
        return "DATE", day_value

    def _set_focus_day(self, d: date) -> None:
        self.focus.day_at = self._current
        self.focus.day = d
        self.focus.month = (d.year, d.month)
        self.focus.year = d.year

    def _r_date(self, p: Piece):
        if p.lunar:
            return self._r_lunar_date(p)
        month = p.month
        category = p.category
        if month is None:
            month_source = self.focus.month or self.dct_month
            if month_source is None:
                return self._time_of(p, f"XXXX-XX-{p.day:02d}") + ("none", "partial", None)
            year, month = month_source
            if not valid_day(year, month, p.day):
                return self._time_of(p, f"XXXX-XX-{p.day:02d}") + ("none", "partial", None)
            d = date(year, month, p.day)
            anchor = "narrative" if self.focus.month else "dct"
            self._set_focus_day(d)
            return self._time_of(p, d.isoformat()) + (anchor, "partial", d)
        year = p.year
        anchor = "absolute"
        left, right = self.t.sentence(p.start, p.end)
        if year is None and p.extra.get("year_offset") is None and not p.extra.get("same_year") and re.search(r"(?<!\w)(?:hằng|hàng|mỗi)\s+năm(?!\w)", self.t.key[left:right]):
            return self._time_of(p, f"XXXX-{month:02d}-{p.day:02d}") + ("none", "partial", None)  # "Hằng năm, từ ngày 13 đến 18-4": every year
        if year is None and (month, p.day) in self.named_days:
            year, anchor = self.named_days[(month, p.day)], "narrative"  # "ngày 23/9/2024 ... ngày 23/9"
        if year is None:
            year = self._year_for(month, p.day, p)
            anchor = "dct"
            if p.weekday is not None:
                year = self._weekday_year(month, p.day, p.weekday, year)
        if year is None:
            if p.weekday is not None:
                years = years_with_weekday(month, p.day, p.weekday, reference_year(), latest=reference_year())
                if years:
                    d = date(years[0], month, p.day)
                    self._set_focus_day(d)
                    return self._time_of(p, d.isoformat()) + ("weekday", "weekday", d)
            return self._time_of(p, f"XXXX-{month:02d}-{p.day:02d}") + ("none", category or "partial", None)
        if not valid_day(year, month, p.day):
            return None
        left, right = self.t.sentence(p.start, p.end)
        if p.year is None and re.search(r"(?<!\w)(?:hằng|hàng|mỗi)\s+năm(?!\w)", self.t.key[p.end:right][:20]):
            return self._time_of(p, f"XXXX-{month:02d}-{p.day:02d}") + ("none", category or "partial", None)  # "ngày 1/1 hàng năm": every year's
        d = date(year, month, p.day)
        self._set_focus_day(d)
        if p.year is not None:
            self.focus.explicit_year = True
            self.named_days[(month, p.day)] = p.year  # the latest: "(30/4/1975 - 30/4/2025) ... 30/4" is 2025
        category = "weekday" if p.weekday is not None else "absolute" if p.year is not None else "partial"
        if p.hour is not None:
            category = "clock"
        elif p.pod and p.weekday is None:
            category = "part_of_day"
        return self._time_of(p, d.isoformat()) + (anchor, category, d)

    def _weekday_year(self, month: int, day: int, weekday: int, year: int | None) -> int | None:
        """A weekday with its date fixes the year when the DCT leaves it open."""
        if year is None:
            return None
        if valid_day(year, month, day) and date(year, month, day).isoweekday() == weekday:
            return year
        if self.dct_day is not None:
            return year  # a full DCT wins: the weekday is then the writer's slip
        for candidate in years_with_weekday(month, day, weekday, year):
            if abs(candidate - year) <= 1:
                return candidate
        return year

    def _r_lunar_date(self, p: Piece):
        ref = self._ref_day() or (date(self.focus.year, 6, 1) if self.focus.year else None)
        if p.month is None or p.day is None:
            return None
        if p.year is None and self.habitual(p):
            return "DATE", "XXXX-XX-XX", "none", "lunar", None
        try:
            if p.year is not None:
                d = lunar.lunar_to_solar(p.year, p.month, p.day)
            elif ref is not None:
                d = lunar.nearest_lunar_year(p.month, p.day, ref)
            else:
                return "DATE", "XXXX-XX-XX", "none", "lunar", None
        except ValueError:
            return None
        self._set_focus_day(d)
        return self._time_of(p, d.isoformat()) + ("dct", "lunar", d)

    def _r_lunar_fixed(self, p: Piece):
        cc = p.extra.get("cc")
        rel = p.extra.get("rel")
        ref = self._ref_day()
        try:
            if p.year is not None:
                d = lunar.lunar_to_solar(p.year, p.month or 1, p.day or 1)
            elif cc:
                year = lunar.years_for_can_chi(cc, ref.year if ref else reference_year())
                d = lunar.lunar_to_solar(year, p.month or 1, p.day or 1)
            elif ref is None or not rel and self.habitual(p):
                return "DATE", "XXXX-XX-XX", "none", "lunar", None
            elif rel:
                offset = {"năm nay": 0, "này": 0, "năm ngoái": -1, "trước": -1, "vừa qua": -1, "năm tới": 1, "năm sau": 1, "tới": 1, "sắp tới": 1}[rel]
                base = lunar.solar_to_lunar(ref).year
                if p.month == 1 and p.day == 1 and lunar.tet(ref.year) >= ref - timedelta(days=30):
                    base = ref.year  # written in the weeks around Tết: "Tết năm nay" is this one, "Tết năm ngoái" the one before
                d = lunar.lunar_to_solar(base + offset, p.month or 1, p.day or 1)
            else:
                d = lunar.nearest_lunar_year(p.month or 1, p.day or 1, ref)
        except ValueError:
            return None
        return self._time_of(p, d.isoformat()) + ("dct", "lunar", d)

    def _r_holiday(self, p: Piece):
        ref = self._ref_day()
        year = p.year
        rel = p.extra.get("rel")
        if year is None and ref is not None:
            year_offset = {"năm nay": 0, "năm ngoái": -1, "năm tới": 1, "năm sau": 1}.get(rel or "")
            if year_offset is not None:
                year = ref.year + year_offset
            else:  # "Noel vừa qua" is the last one, "Giáng sinh tới" the next one
                direction = {"vừa qua": -1, "tới": 1}.get(rel or "", self.tense(p))
                year = nearest_year(p.month, p.day, ref, direction, slack_days=0)
        if year is None:
            return "DATE", f"XXXX-{p.month:02d}-{p.day:02d}", "none", "holiday", None
        d = date(year, p.month, p.day)
        return "DATE", d.isoformat(), "dct", "holiday", d

    def _r_cyclic_year(self, p: Piece):
        ref_year = self.dct_year or reference_year()
        try:
            year = lunar.years_for_can_chi(p.extra["cc"], ref_year)
        except ValueError:
            return None
        return "DATE", str(year), "absolute", "lunar", None

    def _r_zodiac_year(self, p: Piece):
        ref = self._ref_day()
        if ref is None:
            return "DATE", "XXXX", "none", "lunar", None
        year = lunar.year_of_branch(p.extra["branch"], lunar.solar_to_lunar(ref).year)
        return "DATE", str(year), "dct", "lunar", None

    def _r_weekday(self, p: Piece):
        direction = self.tense(p)
        if p.week_offset is None and p.anchor != "focus" and self.habitual(p):
            return "SET", f"XXXX-WXX-{p.weekday}" + (f"T{p.pod}" if p.pod else ""), "none", "set", None  # "từ thứ 2 đến thứ 6, trừ ngày lễ theo quy định"
        if p.anchor == "focus":
            base = self.focus.day
            if base is None:
                return self._time_of(p, f"XXXX-WXX-{p.weekday}") + ("none", "weekday", None)
            d = weekday_near(base + timedelta(weeks=p.week_offset or 0), p.weekday, 0)
            self._set_focus_day(d)
            return self._time_of(p, d.isoformat()) + ("narrative", "weekday", d)
        if self.focus.day and self.focus.day.isoweekday() == p.weekday and self.t.sentence(p.start, p.end)[0] <= self.focus.day_at:
            return self._time_of(p, self.focus.day.isoformat()) + ("narrative", "weekday", self.focus.day)  # "ngày 23 tháng Chạp rơi vào thứ Ba"
        if self.dct_day is None:
            return self._time_of(p, f"XXXX-WXX-{p.weekday}") + ("none", "weekday", None)
        if p.week_offset is not None:
            d = weekday_near(self.dct_day + timedelta(weeks=p.week_offset), p.weekday, 0)
        else:
            d = weekday_near(self.dct_day, p.weekday, direction)
        self._set_focus_day(d)
        category = "weekday"
        return self._time_of(p, d.isoformat()) + ("dct", category, d)

    def _r_deictic(self, p: Piece):
        if p.extra.get("generic"):
            return "DATE", "PRESENT_REF", "dct", "ref", None
        if self.dct_day is None:
            if self.dct_month:
                return self._time_of(p, f"{self.dct_month[0]}-{self.dct_month[1]:02d}") + ("dct", "relative", None)
            return self._time_of(p, "XXXX-XX-XX") + ("none", "relative", None)
        d = self.dct_day + timedelta(days=p.offset or 0)
        if p.day is not None and p.month is not None and valid_day(d.year, p.month, p.day):
            d = date(d.year, p.month, p.day)
        self._set_focus_day(d)
        category = "part_of_day" if p.pod else "relative"
        return self._time_of(p, d.isoformat()) + ("dct", category, d)

    def _r_anaphor(self, p: Piece):
        base, anchor = self._anchor_day(p)
        if base is None:
            return self._time_of(p, "XXXX-XX-XX") + ("none", "anaphoric", None)
        d = base + timedelta(days=p.offset or 0)
        self._set_focus_day(d)
        return self._time_of(p, d.isoformat()) + (anchor, "anaphoric", d)

    def _r_pod(self, p: Piece):
        """A part of day alone is of the day in focus (`Ngày 27/4, ... Từ chiều, nhiều fan có mặt`); it names
        no day in a habit (`thoa từ sáng`, `một buổi chiều`), without a day in focus, or in a forecast over a
        range of days (`từ 11-13/2 đêm và sáng có mưa`)."""
        left, _ = self.t.sentence(p.start, p.end)
        sentence = self.t.key[max(left, p.start - 200):p.end + 40]
        habit = (_HABIT.search(sentence) or self.t.word_before(p.start) in ("một", "những", "các", "mỗi", "mọi", "nhiều", "cả", "lẫn")
                 or re.match(r"\s+(?:ngày|hôm)\s+(?!\d|nay|qua|mai|hôm|sau|trước|đó|ấy)", self.t.key[p.end:p.end + 16])  # "sáng ngày diễn ra trận đấu": of an event
                 or re.search(r"(?<!\w)(?:bữa|ăn|bán\s+trú|cao\s+điểm|khung\s+giờ|đặc\s+biệt\s+là|sợ)(?:\s+(?!sang|đến|tới)\w+)?\s+$", self.t.before(p.start, 24)))  # meals, rush hours
        recent = self.focus.day_at >= p.start - 800  # the day in focus was named close by, not paragraphs ago
        over_days = _DAY_RANGE.search(self.t.key[max(left, p.start - 200):p.start]) or _WEATHER.search(sentence)
        if self.focus.day and recent and not habit and not over_days and p.pod not in ("NI", "DT"):  # "trong đêm", "ban ngày" are mostly any night, any day
            type_, value = self._time_of(p, self.focus.day.isoformat())
            return type_, value, "narrative", "part_of_day", self.focus.day
        return "TIME", f"XXXX-XX-XXT{p.pod}", "none", "part_of_day", None

    def _r_clock(self, p: Piece):
        left, _ = self.t.sentence(p.start, p.end)
        sentence = self.t.key[max(left, p.start - 200):p.end + 40]
        recurring = _HABIT.search(sentence)
        opens_report = bool(self.dct_day) and not recurring and self._opens_report(p)
        if self.focus.day and not recurring and not (opens_report and self.focus.day > self.dct_day):
            type_, value = self._time_of(p, self.focus.day.isoformat())
            return type_, value, "narrative", "clock", self.focus.day
        if opens_report:  # "Khoảng 9h, các máy bay đến": the report's day, also after a day still to come was named
            type_, value = self._time_of(p, self.dct_day.isoformat())
            self._set_focus_day(self.dct_day)
            return type_, value, "dct", "clock", self.dct_day
        type_, value = self._time_of(p, "XXXX-XX-XX")
        return type_, value, "none", "clock", None

    def _opens_report(self, p: Piece) -> bool:
        """`Khoảng 11h, hỏa hoạn xảy ra ...`, `16h20: Những cô gái ...` (a live report): a clock time that opens
        a sentence of a report is of its day."""
        before = self.t.key[max(0, p.start - 16):p.start]
        after = self.t.key[p.end:p.end + 24]
        return bool(re.search(r"(?:^|[.!?\n]\s*)(?:(?:vào\s+)?lúc\s+|vào\s+|đến\s+|tới\s+)?$", before)) and bool(
            re.match(r"\s*(?:\([^()]{1,20}\)\s*)?[,:]", after))

    def _r_month(self, p: Piece):
        if p.lunar and p.month:
            return self._r_lunar_month(p)
        left, right = self.t.sentence(p.start, p.end)
        if p.year is None and re.search(r"(?<!\w)(?:hằng|hàng|mỗi)\s+năm(?!\w)", self.t.key[left:right]):
            return "DATE", f"XXXX-{p.month:02d}", "none", "month_year", None  # "từ tháng 9 hằng năm": every year
        year = p.year
        anchor = "absolute"
        if year is None:
            anchor = "dct"
            if p.extra.get("same_year") and self.focus.year:
                year, anchor = self.focus.year, "narrative"  # "Tháng 12 cùng năm"
            elif p.extra.get("year_offset") is not None and self.dct_year:
                year = self.dct_year + p.extra["year_offset"]
            elif self._ref_day():
                ref = self._ref_day()
                direction = self.tense(p) if self.dct_day else 0
                year = nearest_year(p.month, 15 if p.month != (ref.month) else ref.day, ref, direction, slack_days=20, future_weight=_FUTURE_WEIGHT)
            else:
                return "DATE", f"XXXX-{p.month:02d}", "none", "month_year", None
        self.focus.month = (year, p.month)
        self.focus.year = year
        self.focus.period_month, self.focus.quarter = (year, p.month), None
        if p.year is not None:
            self.focus.explicit_year = True
        return "DATE", f"{year}-{p.month:02d}", anchor, "month_year", None

    def _r_lunar_month(self, p: Piece):
        ref = self._ref_day()
        if ref is None:
            return "DATE", f"XXXX-{p.month:02d}", "none", "lunar", None
        try:
            d = lunar.nearest_lunar_year(p.month, 1, ref) if p.year is None else lunar.lunar_to_solar(p.year, p.month, 1)
        except ValueError:
            return None
        return "DATE", f"{d.year}-{d.month:02d}", "dct", "lunar", None

    def _r_year(self, p: Piece):
        self.focus.quarter, self.focus.period_month = None, None
        self.focus.year = p.year
        self.focus.explicit_year = True
        self.focus.month = None
        return "DATE", f"{p.year:04d}", "absolute", "month_year", None

    def _r_name_year(self, p: Piece):
        """A year inside a name is not annotated, yet it is the year the text is now about."""
        self.focus.quarter, self.focus.month = None, None
        self.focus.year, self.focus.explicit_year = p.year, True
        return None

    def _r_fixed(self, p: Piece):
        opens_sentence = re.search(r"(?:^|[.!?\n]\s*)(?:(?:đúng|ngay|và|nhưng|chính)\s+)?$", self.t.key[max(0, p.start - 12):p.start]) is not None
        if p.value == "PRESENT_REF" and self.t.key[p.start:p.end].split()[0] in ("lúc", "thời") and opens_sentence and self.focus.day:
            return None
        return p.type, p.value, "none", p.category, None

    def _r_duration(self, p: Piece):
        if p.year is not None:  # "9 tháng đầu năm 2013 ... so với cùng kỳ": the year is now in focus
            self.focus.year, self.focus.explicit_year, self.focus.quarter, self.focus.period_month = p.year, True, None, None
        return "DURATION", p.value, "none", "duration", None

    def _r_quarter(self, p: Piece):
        if p.extra.get("cc"):
            try:
                p.year = lunar.years_for_can_chi(p.extra["cc"], self.dct_year or reference_year())
            except ValueError:
                return None
        if p.extra.get("year_offset") is not None and self.dct_year:
            p = replace(p, year=self.dct_year + p.extra["year_offset"])
        year = p.year or self._quarter_year(p)
        if year is None:
            return "DATE", f"XXXX-Q{p.value}", "none", "month_year", None
        self.focus.quarter = (year, int(p.value))
        self.focus.year, self.focus.period_month = year, None
        return "DATE", f"{year}-Q{p.value}", "absolute" if p.year else "dct", "absolute" if p.year else "partial", None

    def _quarter_year(self, p: Piece) -> int | None:
        """`quý 3` alone is the latest third quarter (the next one when the clause looks ahead), unless its sentence names a year."""
        left, _ = self.t.sentence(p.start, p.end)
        if self.focus.year and re.search(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", self.t.key[left:p.start]):
            return self.focus.year
        ref = self._ref_day()
        if ref is None:
            return self.focus.year
        current = (ref.month - 1) // 3 + 1
        if self.tense(p) > 0:
            return ref.year if int(p.value) >= current else ref.year + 1
        return ref.year if int(p.value) <= current else ref.year - 1

    def _r_half_year(self, p: Piece):
        if p.year is not None:
            year = p.year
        elif p.offset is not None and self.dct_year:
            year = self.dct_year + p.offset
        else:
            year = self.focus.year or self.dct_year
        if year is None:
            return "DATE", f"XXXX-{p.value}", "none", "month_year", None
        return "DATE", f"{year}-{p.value}", "absolute" if p.year else "dct", "month_year", None

    def _r_period_in_focus(self, p: Piece):
        if self.focus.quarter:
            year, q = self.focus.quarter
            return "DATE", f"{year}-Q{q}", "narrative", "anaphoric", None
        return None

    def _r_later(self, p: Piece):
        """`hai năm sau` after a year in focus is that year + 2; otherwise a plain duration."""
        amount = p.extra["amount"]
        if self.focus.explicit_year and self.focus.year:
            year = self.focus.year + amount
            return "DATE", str(year), "narrative", "anaphoric", None
        p.end = p.extra["unit_end"]
        return "DURATION", f"P{amount}Y", "none", "duration", None

    def _r_same_period(self, p: Piece):
        if p.year is not None:
            quarter = f"-Q{self.focus.quarter[1]}" if self.focus.quarter else ""
            return "DATE", f"{p.year}{quarter}", "absolute", "anaphoric", None
        if self.focus.quarter:
            year, q = self.focus.quarter
            return "DATE", f"{year - 1}-Q{q}", "narrative", "anaphoric", None
        if self.focus.period_month and p.anchor != "dct":
            year, month = self.focus.period_month
            return "DATE", f"{year - 1}-{month:02d}", "narrative", "anaphoric", None
        near_focus = self.focus.year if self.focus.year and self.dct_year and abs(self.focus.year - self.dct_year) <= 1 else None
        year = self.dct_year if p.anchor == "dct" else near_focus or self.dct_year  # "kể từ năm 2019 ... cùng kỳ": not 2018
        if year is None:
            return "DATE", "XXXX", "none", "anaphoric", None
        return "DATE", str(year - 1), "narrative", "anaphoric", None

    def _season_year(self) -> int | None:
        if self.dct_day is None and self.dct_month is None:
            return self.dct_year
        month = self.dct_month[1] if self.dct_month else 6
        if self.european and month < 7:
            return self.dct_year - 1
        return self.dct_year

    def _r_relative(self, p: Piece):
        offset = p.offset or 0
        anchor = p.anchor
        if anchor == "focus_or_dct":
            same_sentence = self.t.sentence(p.start, p.end)[0] <= self.focus.day_at
            anchor = "focus" if (self.focus.year and p.period in ("year", "season")) or (self.focus.day and same_sentence and p.period in ("week", "month")) else "dct"
        if p.period in ("year", "season", "school_year"):
            if anchor == "focus" and self.focus.year and not (p.period == "season" and p.anchor == "focus_or_dct"):
                base = self.focus.year
            elif p.period == "season":
                base = self._season_year()
            elif p.period == "school_year" and self.dct_month:
                base = self.dct_month[0] - (1 if self.dct_month[1] < 8 else 0)  # a school year starts in September
            else:
                base = self.dct_year
            if (anchor == "dct" and p.period == "year" and p.extra.get("rel") in ("sau", "trước") and self.focus.explicit_year and self.focus.year
                    and self.dct_year and abs(self.focus.year - self.dct_year) == 1 and self.dct_month and self.dct_month[1] <= 3):
                # a report on last year written early this year: "so với năm trước" is the year before it
                base, anchor = self.focus.year, "focus"
            if base is None:
                return "DATE", "XXXX", "none", "relative", None
            if (p.period == "season" and anchor == "dct" and offset < 0 and not self.european and self.dct_month and self.dct_month[1] >= 9
                    and p.extra.get("rel") != "trước"):
                offset += 1  # "mùa giải qua" in October: the calendar-year season just finished
            year = base + offset
            if p.mod == "END" and anchor == "dct" and "rel" not in p.extra and self.dct_month and self.dct_month[1] <= 2:
                year -= 1  # "dịp cuối năm" written in January is the year-end just past
            if p.extra.get("whole"):
                self.focus.quarter = None  # "tính chung cả năm": the year is now the period in focus
            if p.period == "year" and (anchor == "dct" or p.extra.get("whole")):
                self.focus.year, self.focus.explicit_year = year, True  # "Năm qua, ... so với cùng kỳ": the year before it
            return "DATE", str(year), "narrative" if anchor == "focus" else "dct", "relative" if anchor == "dct" else "anaphoric", None
        if p.period == "quarter":
            if (anchor == "focus" or offset) and self.focus.quarter:
                year, q = self.focus.quarter  # "quý 3 ... tăng 64% so với quý trước": the one before the quarter reported on
            elif self.dct_day or self.dct_month:
                ref = self._ref_day()
                year, q = ref.year, (ref.month - 1) // 3 + 1
            else:
                return "DATE", "XXXX-QX", "none", "relative", None
            index = year * 4 + (q - 1) + offset
            return "DATE", f"{index // 4}-Q{index % 4 + 1}", "dct", "relative", None
        if anchor == "focus" and self.focus.day is None and p.period == "week":
            anchor = "dct"  # "tuần tiếp theo" with no day named before: counted from the DCT, as GUIDELINES.md asks
        base_day = self.focus.day if anchor == "focus" else self.dct_day
        if p.period == "month":
            if anchor == "focus" and (self.focus.period_month or self.focus.month):
                y, m = self.focus.period_month if p.category == "anaphoric" and self.focus.period_month else self.focus.month
            elif self.dct_month:
                y, m = self.dct_month
            else:
                return "DATE", "XXXX-XX", "none", "relative", None
            y, m = add_months(y, m, offset)
            self.focus.month = self.focus.period_month = (y, m)
            return "DATE", f"{y}-{m:02d}", "narrative" if anchor == "focus" else "dct", "relative", None
        if base_day is None:
            if anchor != "focus" and self.dct_month:
                return "DATE", f"{self.dct_month[0]}-{self.dct_month[1]:02d}", "dct", "relative", None
            return "DATE", "XXXX-WXX", "none", "relative", None
        if p.extra.get("weekend") and anchor == "dct" and "rel" not in p.extra and base_day.isoweekday() < 6 and (
                self.tense(p) < 0 or self.tense(p) == 0 and base_day.isoweekday() <= 2):
            offset -= 1  # "xảy ra vào cuối tuần" written on a weekday, "đông đúc dịp cuối tuần" on a Monday: the weekend just past
        week = week_of(base_day, offset)
        if p.extra.get("weekend"):
            week += "-WE"
        return "DATE", week, "narrative" if anchor == "focus" else "dct", "relative", None

    def _r_season(self, p: Piece):
        if p.year is not None:
            return "DATE", f"{p.year}-{p.value}", "absolute", "month_year", None
        if p.offset is None or self.dct_year is None:
            return "DATE", f"XXXX-{p.value}", "none", "partial", None
        offset = p.offset
        if self.dct_month and p.extra.get("rel") in ("vừa qua", "qua", "trước", "tới", "sắp tới", "sau"):
            first, last = _SEASON_MONTHS[p.value]
            month = self.dct_month[1]
            if offset < 0 and month > last:
                offset = 0  # the season already over this year
            elif offset > 0 and month < first:
                offset = 0  # the season still ahead this year
        return "DATE", f"{self.dct_year + offset}-{p.value}", "dct", "relative", None

    def _r_ago(self, p: Piece):
        amount = p.extra["amount"]
        if amount is None:
            return "DATE", "PAST_REF", "dct", "relative", None
        unit = p.value
        if self.dct_year is None:
            return "DATE", "PAST_REF", "none", "relative", None
        amount_i = int(amount)
        if unit in ("Y", "100Y", "1000Y") and self.dct_year - amount_i * (1 if unit == "Y" else int(unit[:-1])) < 1000:
            return "DATE", "PAST_REF", "dct", "relative", None  # before the calendar years we write
        if unit == "Y":
            return "DATE", str(self.dct_year - amount_i), "dct", "relative", None
        if unit == "10Y":
            return "DATE", str(self.dct_year - 10 * amount_i)[:3], "dct", "relative", None
        if unit == "M" and self.dct_month:
            y, m = add_months(self.dct_month[0], self.dct_month[1], -amount_i)
            return "DATE", f"{y}-{m:02d}", "dct", "relative", None
        if self.dct_day and unit in ("D", "W"):
            d = self.dct_day - timedelta(days=amount_i * (7 if unit == "W" else 1))
            return "DATE", d.isoformat() if unit == "D" else week_of(d), "dct", "relative", d
        return "DATE", "PAST_REF", "dct", "relative", None
