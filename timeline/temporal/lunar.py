"""The Vietnamese lunisolar calendar (âm lịch): conversions, Tết and can-chi year names.

Vietnamese news dates things by the lunar calendar ("rằm tháng Giêng", "23 tháng Chạp",
"năm Bính Ngọ"), so resolving them needs real conversions, not the Chinese calendar:
Vietnam computes its calendar for UTC+7 and China for UTC+8, so a new moon or solar term
falling between 16:00 and 17:00 UTC lands on different civil days in the two. That moves
a month's first day, and through the solstice and leap-month rules can renumber months:
Tết 1985 was 21 January in Vietnam but 20 February in China, Tết 2007 was 17 February
against 18 February.

The rules are the ones Hồ Ngọc Đức documented for the Vietnamese calendar, evaluated for
UTC+7 throughout:

* a month begins on the local civil day of a new moon;
* month 11 is the month containing the December solstice (sun at 270°);
* when 13 months lie between one month 11 and the next, the first of them after
  month 11 in which the sun enters no new 30° sector (no "major solar term") is a leap
  month, and takes the number of the month before it.

New moons and the sun's longitude use the short series from Jean Meeus' *Astronomical
Formulae for Calculators*, as Hồ Ngọc Đức's calendar program does, so the results agree
day for day with other implementations of it. Over 1900-2100 they differ from a precise
ephemeris only for the months beginning 20 June 1944, 9 December 2072 and 15 November
2077, whose new moons fall within two minutes of local midnight: this series starts each
a day late. Before 1968 (the North moved its calendar from UTC+8 to UTC+7 in 1967, the
South in 1975) calendars printed at the time can differ from these UTC+7 results.

Everything is a pure function; each lunar year's months are computed once and cached
(a few hundred years at most, since inputs are range-checked first).
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import MappingProxyType

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "LunarDate",
    "can_chi",
    "lunar_to_solar",
    "nearest_lunar_year",
    "solar_to_lunar",
    "tet",
    "years_for_can_chi",
]

MIN_YEAR = 1800
"""First supported lunar year (the range of Hồ Ngọc Đức's own tables)."""
MAX_YEAR = 2199
"""Last supported lunar year."""

_TIME_ZONE_DAYS = 7 / 24  # Vietnam's calendar is computed for UTC+7.
_JD_OF_ORDINAL_ZERO = 1721424.5  # Julian date of 00:00 UT on date.fromordinal(n) is n + this.
_SYNODIC_MONTH = 29.530588853  # mean days from one new moon to the next
_NEW_MOON_ZERO_JD = 2415020.75933  # mean new moon of 1900-01-01, lunation number 0 here

_CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
_CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")


@dataclass(frozen=True)
class LunarDate:
    """A day of the Vietnamese lunar calendar; `leap` marks the repeated (nhuận) month."""

    year: int
    month: int
    day: int
    leap: bool = False


# --- astronomy -------------------------------------------------------------------------


def _new_moon_day(k: int) -> int:
    """Date ordinal of the Vietnamese civil day on which lunation `k` begins.

    Lunation 0 is the new moon of 1 January 1900. The mean phase is corrected by the
    largest periodic terms of the sun's and moon's orbits, then converted from
    dynamical to universal time, then to the UTC+7 calendar day.
    """
    t = k / 1236.85  # Julian centuries since 1900
    t2, t3 = t * t, t * t * t
    rad = math.pi / 180
    mean = (
        _NEW_MOON_ZERO_JD
        + _SYNODIC_MONTH * k
        + 0.0001178 * t2
        - 0.000000155 * t3
        + 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * rad)
    )
    sun_anomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * rad
    moon_anomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * rad
    latitude_arg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * rad
    m, mp, f = sun_anomaly, moon_anomaly, latitude_arg
    correction = (
        (0.1734 - 0.000393 * t) * math.sin(m)
        + 0.0021 * math.sin(2 * m)
        - 0.4068 * math.sin(mp)
        + 0.0161 * math.sin(2 * mp)
        - 0.0004 * math.sin(3 * mp)
        + 0.0104 * math.sin(2 * f)
        - 0.0051 * math.sin(m + mp)
        - 0.0074 * math.sin(m - mp)
        + 0.0004 * math.sin(2 * f + m)
        - 0.0004 * math.sin(2 * f - m)
        - 0.0006 * math.sin(2 * f + mp)
        + 0.0010 * math.sin(2 * f - mp)
        + 0.0005 * math.sin(m + 2 * mp)
    )
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    jd_ut = mean + correction - delta_t
    return math.floor(jd_ut + _TIME_ZONE_DAYS - _JD_OF_ORDINAL_ZERO)


def _sun_sector(ordinal: int) -> int:
    """Which 30° sector (0 = 0°..30°, 9 = 270°..300°) the sun is in at local midnight.

    A month contains a major solar term exactly when the sector at its first day differs
    from the sector at the next month's first day, which is all the leap rule needs.
    """
    t = (ordinal + _JD_OF_ORDINAL_ZERO - _TIME_ZONE_DAYS - 2451545.0) / 36525  # since J2000
    t2 = t * t
    rad = math.pi / 180
    anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * rad
    mean_longitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    centre = (
        (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(anomaly)
        + (0.019993 - 0.000101 * t) * math.sin(2 * anomaly)
        + 0.000290 * math.sin(3 * anomaly)
    )
    return math.floor(((mean_longitude + centre) % 360) / 30)


# --- calendar structure ----------------------------------------------------------------


@cache
def _month11(year: int) -> int:
    """Lunation that is month 11 of solar `year`: the one containing the December solstice."""
    dec31 = date(year, 12, 31).toordinal() + _JD_OF_ORDINAL_ZERO
    k = math.floor((dec31 - _NEW_MOON_ZERO_JD) / _SYNODIC_MONTH)
    # Lunation k starts at most a month before 31 December; if the sun has already passed
    # 270° when it starts, the solstice fell in the lunation before.
    return k - 1 if _sun_sector(_new_moon_day(k)) >= 9 else k


@cache
def _leap_offset(year: int) -> int:
    """Position after month 11 of `year` of the leap month before the next month 11, or 0.

    Offset 1 is a leap 11th month, 2 a leap 12th, 3 a leap 1st month of the next year, etc.
    """
    start = _month11(year)
    if _month11(year + 1) - start == 12:
        return 0
    sectors = [_sun_sector(_new_moon_day(start + j)) for j in range(14)]
    # 13 months share the 12 sector changes from solstice to solstice, so one has none.
    return next(j for j in range(1, 13) if sectors[j] == sectors[j + 1])


@dataclass(frozen=True)
class _YearTable:
    """One lunar year's months: first-day ordinals, then the next Tết's, and its leap month."""

    starts: tuple[int, ...]
    leap_month: int  # 0 when the year has 12 months


def _tet_lunation(year: int) -> int:
    """Month 1 comes two months after month 11 of the year before, three if one is doubled."""
    return _month11(year - 1) + (3 if _leap_offset(year - 1) in (1, 2) else 2)


@cache
def _year_table(year: int) -> _YearTable:
    """Months of lunar `year`, with no range check (the public functions do that)."""
    first, end = _tet_lunation(year), _tet_lunation(year + 1)
    starts = tuple(_new_moon_day(k) for k in range(first, end + 1))
    before, after = _leap_offset(year - 1), _leap_offset(year)
    if before >= 3:  # doubled month among 1..10, counted from month 11 of year - 1
        leap_month = before - 2
    elif after in (1, 2):  # doubled 11th or 12th month at the end of this year
        leap_month = after + 10
    else:
        leap_month = 0
    return _YearTable(starts, leap_month)


def _checked_table(year: int) -> _YearTable:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"lunar year {year} is outside the supported range {MIN_YEAR}..{MAX_YEAR}")
    return _year_table(year)


# --- public API ------------------------------------------------------------------------


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of a lunar date; ValueError if that lunar day does not exist.

    Months have 29 or 30 days depending on the year, and `leap` is accepted only for the
    one month a leap year doubles, so a wrong guess is reported instead of silently
    rolling into the next month.
    """
    table = _checked_table(year)
    if not 1 <= month <= 12:
        raise ValueError(f"lunar month must be 1..12, got {month}")
    if leap and month != table.leap_month:
        has = f"its leap month is {table.leap_month}" if table.leap_month else "it has no leap month"
        raise ValueError(f"lunar year {year} has no leap month {month} ({has})")
    index = month - 1
    if table.leap_month and (month > table.leap_month or leap):
        index += 1
    length = table.starts[index + 1] - table.starts[index]
    if not 1 <= day <= length:
        kind = "leap month" if leap else "month"
        raise ValueError(f"lunar {kind} {month} of {year} has {length} days, no day {day}")
    return date.fromordinal(table.starts[index] + day - 1)


def solar_to_lunar(d: date) -> LunarDate:
    """The Vietnamese lunar date of a solar date."""
    if not MIN_YEAR <= d.year <= MAX_YEAR + 1:
        raise ValueError(f"{d.isoformat()} is outside the supported lunar years {MIN_YEAR}..{MAX_YEAR}")
    ordinal = d.toordinal()
    year = d.year
    table = _year_table(year)
    if ordinal < table.starts[0]:  # before this solar year's Tết: still last lunar year
        year -= 1
        table = _year_table(year)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"{d.isoformat()} is outside the supported lunar years {MIN_YEAR}..{MAX_YEAR}")
    index = bisect_right(table.starts, ordinal) - 1
    day = ordinal - table.starts[index] + 1
    leap_month = table.leap_month
    if leap_month and index >= leap_month:
        return LunarDate(year, leap_month if index == leap_month else index, day, index == leap_month)
    return LunarDate(year, index + 1, day)


def tet(year: int) -> date:
    """Tết Nguyên Đán: the first day of the lunar year that begins in solar `year`."""
    return lunar_to_solar(year, 1, 1)


def can_chi(year: int) -> str:
    """The sexagenary name of lunar `year`, e.g. 'Bính Ngọ' for 2026 (4 CE was Giáp Tý).

    The name belongs to the lunar year: a January date before Tết takes the name of the
    year before, so pass `solar_to_lunar(d).year` for a solar date.
    """
    return f"{_CAN[(year - 4) % 10]} {_CHI[(year - 4) % 12]}"


def _name_key(name: str) -> str:
    """A spelling-insensitive form of a can-chi name.

    Case and Unicode form are folded, and a word-final i is read as y, because Vietnamese
    writes both Kỷ and Kỉ, Tý and Tí, Tỵ and Tị. Tones are kept: Tý (rat) and Tỵ (snake)
    differ only by tone.
    """
    words = re.split(r"[\s\-]+", unicodedata.normalize("NFD", name).casefold().strip())
    words = [re.sub(r"i(?=[\u0300-\u036f]*$)", "y", word) for word in words]
    return unicodedata.normalize("NFC", " ".join(words))


_CYCLE_POSITION: Mapping[str, int] = MappingProxyType({_name_key(can_chi(4 + i)): i for i in range(60)})
"""Position in the 60-year cycle (0 = Giáp Tý) of each name, keyed by _name_key."""


def years_for_can_chi(name: str, near: int) -> int:
    """The lunar year named `name` (e.g. 'bính ngọ', 'Kỉ Hợi') nearest to year `near`.

    Names repeat every 60 years, so the year must be fixed from context; on an exact
    tie (30 years either way) the earlier year is returned, as news mostly looks back.
    """
    position = _CYCLE_POSITION.get(_name_key(name))
    if position is None:
        raise ValueError(f"unknown can-chi year name: {name!r}")
    ahead = (position - (near - 4)) % 60
    return near + ahead - 60 if ahead >= 30 else near + ahead


def year_of_branch(branch: str, near: int) -> int:
    """The lunar year of the earthly branch (zodiac animal) `branch`, e.g. 'Ngọ', nearest to year `near`."""
    keys = [_name_key(chi) for chi in _CHI]
    key = _name_key(branch)
    if key not in keys:
        raise ValueError(f"unknown earthly branch: {branch!r}")
    ahead = (keys.index(key) - (near - 4)) % 12
    return near + ahead - 12 if ahead >= 6 else near + ahead


def nearest_lunar_year(month: int, day: int, around: date) -> date:
    """The solar date of lunar (month, day) in whichever lunar year puts it nearest `around`.

    This resolves year-less mentions such as "rằm tháng Giêng" against a document date.
    Only regular (non-leap) months are meant. Years in which the day does not exist
    (a 30th in a 29-day month, which can happen 8 years running) are skipped; ties go to
    the earlier date.
    """
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"no lunar day {day} of month {month}")
    centre = solar_to_lunar(around).year

    def occurrences(years: range) -> Iterator[date]:
        for year in years:
            try:
                yield lunar_to_solar(year, month, day)
            except ValueError:  # this year's month has only 29 days
                continue

    # Occurrences are in year order, so the nearest is the last one up to `around` or
    # the first one after it.
    before = next((c for c in occurrences(range(centre, MIN_YEAR - 1, -1)) if c <= around), None)
    after = next((c for c in occurrences(range(centre, MAX_YEAR + 1)) if c > around), None)
    candidates = [c for c in (before, after) if c is not None]
    if not candidates:
        raise ValueError(f"lunar day {day} of month {month} never occurs in {MIN_YEAR}..{MAX_YEAR}")
    return min(candidates, key=lambda c: (abs((c - around).days), c))
