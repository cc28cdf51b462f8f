"""Day counts and the monthly calendar, against dates a person can count on a calendar."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lending.domain.daycount import (
    accrual_days,
    accrual_ratio,
    add_months,
    days_30_360,
    month_dates,
    whole_months_between,
    year_fraction,
)

D = dt.date


def test_actual_365_counts_calendar_days_over_365():
    # 2025-03-01 → 2025-09-01: 31+30+31+30+31+31 = 184 days
    assert accrual_days(D(2025, 3, 1), D(2025, 9, 1), "actual/365") == 184
    assert year_fraction(D(2025, 3, 1), D(2025, 9, 1), "actual/365") == Decimal(184) / Decimal(365)


def test_actual_365_keeps_365_in_a_leap_year():
    # 2024 is a leap year: 366 actual days, still over 365
    assert year_fraction(D(2024, 1, 1), D(2025, 1, 1), "actual/365") == Decimal(366) / Decimal(365)


def test_actual_360_counts_calendar_days_over_360():
    assert year_fraction(D(2025, 1, 1), D(2025, 4, 1), "actual/360") == Decimal("0.25")  # 31+28+31 = 90 days


def test_year_fraction_is_exact_to_28_digits():
    assert year_fraction(D(2025, 1, 1), D(2025, 1, 2), "actual/365") == Decimal("0.002739726027397260273972602740")


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (D(2025, 1, 15), D(2025, 2, 15), 30),  # a plain month
        (D(2025, 1, 31), D(2025, 3, 1), 31),  # D1 31 → 30: 2·30 + (1 − 30)
        (D(2025, 1, 30), D(2025, 3, 31), 60),  # D1 = 30, so D2 31 → 30
        (D(2025, 1, 15), D(2025, 3, 31), 76),  # D1 = 15 < 30: D2 stays 31: 60 + 16
        (D(2025, 2, 28), D(2025, 3, 31), 33),  # Bond Basis has no February rule: 30 + 3
        (D(2024, 12, 31), D(2025, 12, 31), 360),  # both 31 → 30
        (D(2025, 3, 1), D(2025, 9, 1), 180),
    ],
)
def test_30_360_follows_isda_bond_basis(start, end, days):
    assert days_30_360(start, end) == days
    assert year_fraction(start, end, "30/360") == Decimal(days) / Decimal(360)


def test_a_whole_schedule_month_is_thirty_days_under_30_360_even_in_february():
    # 31 Jan → 28 Feb by the date formula is 28 days; as one whole month of the schedule it is 30 (1/12)
    assert accrual_ratio(D(2025, 1, 31), D(2025, 2, 28), "30/360") == (28, 360)
    assert accrual_ratio(D(2025, 1, 31), D(2025, 2, 28), "30/360", months=1) == (1, 12)
    # actual day counts ignore whole months
    assert accrual_ratio(D(2025, 1, 31), D(2025, 2, 28), "actual/365", months=1) == (28, 365)


def test_unknown_day_count_raises():
    with pytest.raises(ValueError, match="unknown day count"):
        year_fraction(D(2025, 1, 1), D(2025, 2, 1), "actual/actual")


@pytest.mark.parametrize(
    ("date", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),  # clamped to February's end
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2025, 1, 31), 2, D(2025, 3, 31)),  # from the anchor, not from 28 Feb
        (D(2025, 3, 31), 1, D(2025, 4, 30)),
        (D(2025, 11, 15), 3, D(2026, 2, 15)),  # across the year end
        (D(2025, 3, 31), -1, D(2025, 2, 28)),  # backwards
        (D(2025, 5, 15), 0, D(2025, 5, 15)),
    ],
)
def test_add_months_clamps_to_month_end(date, months, expected):
    assert add_months(date, months) == expected


def test_month_dates_keep_the_anchor_day():
    assert month_dates(D(2025, 1, 31), 4) == [D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 31), D(2025, 4, 30)]


def test_month_dates_keep_a_given_day_after_a_clamped_first_date():
    # a loan disbursed 31 Jan: first due 28 Feb, then 31 Mar (not 28 Mar)
    assert month_dates(D(2025, 2, 28), 3, day=31) == [D(2025, 2, 28), D(2025, 3, 31), D(2025, 4, 30)]


def test_whole_months_between():
    assert whole_months_between(D(2025, 1, 15), D(2025, 7, 15)) == 6
    assert whole_months_between(D(2025, 1, 31), D(2025, 2, 28)) == 1
    assert whole_months_between(D(2025, 2, 28), D(2025, 3, 31)) == 1  # month end to month end
    assert whole_months_between(D(2025, 1, 10), D(2025, 2, 25)) is None
    assert whole_months_between(D(2025, 1, 10), D(2025, 1, 25)) is None
