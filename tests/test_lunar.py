"""Tests of the Vietnamese lunar calendar against dates Vietnamese calendars print."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest

from timeline.temporal.lunar import (
    MAX_YEAR,
    MIN_YEAR,
    LunarDate,
    can_chi,
    lunar_to_solar,
    nearest_lunar_year,
    solar_to_lunar,
    tet,
    years_for_can_chi,
)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1968, date(1968, 1, 29)),  # Tết Mậu Thân: the North's new UTC+7 calendar (South and China: 30th)
        (1985, date(1985, 1, 21)),  # China: 20 February
        (2007, date(2007, 2, 17)),  # China: 18 February
        (2013, date(2013, 2, 10)),
        (2021, date(2021, 2, 12)),
        (2022, date(2022, 2, 1)),
        (2025, date(2025, 1, 29)),
        (2026, date(2026, 2, 17)),
    ],
)
def test_tet(year: int, expected: date) -> None:
    assert tet(year) == expected
    assert solar_to_lunar(expected) == LunarDate(year, 1, 1)


@pytest.mark.parametrize(
    ("lunar", "solar"),
    [
        (LunarDate(2025, 12, 23), date(2026, 2, 10)),  # ông Công ông Táo
        (LunarDate(2025, 12, 20), date(2026, 2, 7)),
        (LunarDate(2025, 12, 29), date(2026, 2, 16)),  # last day before Tết Bính Ngọ
        (LunarDate(2026, 1, 15), date(2026, 3, 3)),  # rằm tháng Giêng
        (LunarDate(2023, 2, 1), date(2023, 2, 20)),
        (LunarDate(2023, 2, 1, leap=True), date(2023, 3, 22)),
        (LunarDate(2023, 2, 29, leap=True), date(2023, 4, 19)),
        (LunarDate(2023, 3, 1), date(2023, 4, 20)),
    ],
)
def test_known_dates(lunar: LunarDate, solar: date) -> None:
    assert lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.leap) == solar
    assert solar_to_lunar(solar) == lunar


def test_vietnam_differs_from_china_in_1985_and_2007() -> None:
    # China's Tết days are ordinary days of the Vietnamese calendar.
    assert solar_to_lunar(date(1985, 2, 20)) == LunarDate(1985, 2, 1)
    assert solar_to_lunar(date(1985, 1, 20)) == LunarDate(1984, 12, 30)
    assert solar_to_lunar(date(2007, 2, 18)) == LunarDate(2007, 1, 2)
    assert solar_to_lunar(date(2007, 2, 16)) == LunarDate(2006, 12, 29)


def test_2023_has_leap_second_month_only() -> None:
    with pytest.raises(ValueError, match="leap month is 2"):
        lunar_to_solar(2023, 3, 1, leap=True)
    with pytest.raises(ValueError, match="no leap month"):
        lunar_to_solar(2026, 3, 1, leap=True)


def test_no_30th_of_the_twelfth_month_before_tet_2025_to_2030() -> None:
    for year in range(2024, 2030):
        with pytest.raises(ValueError, match="has 29 days"):
            lunar_to_solar(year, 12, 30)
    assert lunar_to_solar(2023, 12, 30) == date(2024, 2, 9)


@pytest.mark.parametrize("year", [1985, 2007, 2023, 2026])
def test_every_day_round_trips_and_counts_on(year: int) -> None:
    day = date(year, 1, 1)
    previous = solar_to_lunar(day - timedelta(days=1))
    while day.year == year:
        lunar = solar_to_lunar(day)
        assert lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.leap) == day
        if lunar.day == 1:
            assert previous.day in (29, 30)
        else:
            assert lunar == LunarDate(previous.year, previous.month, previous.day + 1, previous.leap)
        previous, day = lunar, day + timedelta(days=1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((2026, 0, 1), "month must be 1..12"),
        ((2026, 13, 1), "month must be 1..12"),
        ((2026, 1, 0), "no day 0"),
        ((2026, 1, 31), "no day 31"),
        ((MIN_YEAR - 1, 1, 1), "outside the supported range"),
        ((MAX_YEAR + 1, 1, 1), "outside the supported range"),
    ],
)
def test_lunar_to_solar_rejects(args: tuple[int, int, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        lunar_to_solar(*args)


def test_range_covers_1900_to_2100_and_rejects_beyond() -> None:
    assert solar_to_lunar(date(1900, 1, 1)) == LunarDate(1899, 12, 1)
    assert solar_to_lunar(date(2100, 12, 31)).year == 2100
    assert solar_to_lunar(tet(MIN_YEAR)) == LunarDate(MIN_YEAR, 1, 1)
    for outside in (tet(MIN_YEAR) - timedelta(days=1), date(1000, 1, 1), date(MAX_YEAR + 1, 6, 1)):
        with pytest.raises(ValueError, match="outside the supported lunar years"):
            solar_to_lunar(outside)
    with pytest.raises(ValueError):
        tet(MAX_YEAR + 1)


@pytest.mark.parametrize(
    ("year", "name"),
    [
        (1968, "Mậu Thân"),
        (1984, "Giáp Tý"),
        (2013, "Quý Tỵ"),
        (2019, "Kỷ Hợi"),
        (2022, "Nhâm Dần"),
        (2024, "Giáp Thìn"),
        (2025, "Ất Tỵ"),
        (2026, "Bính Ngọ"),
        (2027, "Đinh Mùi"),
    ],
)
def test_can_chi(year: int, name: str) -> None:
    assert can_chi(year) == name
    assert unicodedata.is_normalized("NFC", can_chi(year))
    assert years_for_can_chi(name, year + 20) == year


@pytest.mark.parametrize(
    ("name", "near", "year"),
    [
        ("bính ngọ", 2020, 2026),
        ("BÍNH NGỌ", 2020, 2026),
        (unicodedata.normalize("NFD", "Bính Ngọ"), 2020, 2026),
        ("  Bính-Ngọ ", 2020, 2026),
        ("Kỷ Hợi", 2020, 2019),
        ("Kỉ Hợi", 2020, 2019),
        ("Giáp Tý", 1990, 1984),
        ("Giáp Tí", 1990, 1984),
        ("Quý Tỵ", 2020, 2013),
        ("quý tị", 2020, 2013),
        ("Ma\u0302\u0323u Thân", 1970, 1968),  # marks in non-canonical order
        ("Bính Ngọ", 1950, 1966),
        ("Bính Ngọ", 1996, 1966),  # 30 years either way: the earlier one
    ],
)
def test_years_for_can_chi(name: str, near: int, year: int) -> None:
    assert years_for_can_chi(name, near) == year


def test_years_for_can_chi_is_nearest_for_every_name() -> None:
    for year in range(1990, 2050):
        assert years_for_can_chi(can_chi(year), 2020) == year


@pytest.mark.parametrize("name", ["", "Bính", "Giáp Sửu", "Tý Giáp", "Binh Ngo x"])
def test_years_for_can_chi_rejects_unknown(name: str) -> None:
    with pytest.raises(ValueError, match="unknown can-chi"):
        years_for_can_chi(name, 2026)


@pytest.mark.parametrize(
    ("month", "day", "around", "expected"),
    [
        (1, 15, date(2026, 2, 20), date(2026, 3, 3)),
        (1, 15, date(2025, 12, 1), date(2026, 3, 3)),
        (1, 15, date(2026, 10, 1), date(2027, 2, 20)),
        (12, 23, date(2026, 1, 20), date(2026, 2, 10)),
        (12, 23, date(2026, 3, 1), date(2026, 2, 10)),
        (12, 30, date(2026, 2, 1), date(2024, 2, 9)),  # no 30 tháng Chạp before Tết 2025..2030
    ],
)
def test_nearest_lunar_year(month: int, day: int, around: date, expected: date) -> None:
    assert nearest_lunar_year(month, day, around) == expected


def test_nearest_lunar_year_rejects_impossible_days() -> None:
    for month, day in ((0, 1), (13, 1), (1, 0), (1, 31)):
        with pytest.raises(ValueError):
            nearest_lunar_year(month, day, date(2026, 1, 1))
