"""The monthly calendar and day counts at their edges: leap Februaries, a kept day of 30 in a 31-day month, month
ends that are not both month ends, a year boundary, no months at all, the refusal message, and a year fraction's
precision whatever the caller's decimal context."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

import pytest

from lending.domain.daycount import (
    accrual_days,
    add_months,
    days_in_month,
    month_dates,
    whole_months_between,
    year_fraction,
)

D = dt.date


def test_month_dates_from_the_31st_clamp_to_the_29th_of_a_leap_february():
    assert month_dates(D(2024, 1, 31), 3) == [D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31)]


def test_month_dates_keep_the_30th_in_a_31_day_month():
    # 30 Jan → 28 Feb (clamped) → 30 Mar (kept: March has 31 days) → 30 Apr
    assert month_dates(D(2025, 1, 30), 4) == [D(2025, 1, 30), D(2025, 2, 28), D(2025, 3, 30), D(2025, 4, 30)]


def test_month_dates_keep_the_28th_and_the_29th():
    assert month_dates(D(2025, 1, 28), 2) == [D(2025, 1, 28), D(2025, 2, 28)]
    assert month_dates(D(2025, 1, 29), 3) == [D(2025, 1, 29), D(2025, 2, 28), D(2025, 3, 29)]


def test_whole_months_from_a_month_end_need_a_month_end_at_the_other_side():
    assert whole_months_between(D(2025, 1, 31), D(2025, 3, 15)) is None  # from a month end, to mid-month
    assert whole_months_between(D(2025, 1, 15), D(2025, 2, 28)) is None  # from mid-month, to a month end
    assert whole_months_between(D(2025, 1, 31), D(2025, 4, 30)) == 3  # month end to month end


def test_whole_months_across_a_year_end():
    assert whole_months_between(D(2024, 12, 15), D(2025, 1, 15)) == 1
    assert whole_months_between(D(2024, 11, 30), D(2025, 2, 28)) == 3


def test_no_months_between_a_date_and_itself_or_an_earlier_date():
    assert whole_months_between(D(2025, 1, 31), D(2025, 1, 31)) is None
    assert whole_months_between(D(2025, 3, 15), D(2025, 1, 15)) is None


def test_an_unknown_day_count_is_refused_naming_the_known_ones():
    with pytest.raises(ValueError) as refused:
        accrual_days(D(2025, 1, 1), D(2025, 2, 1), "actual/actual")
    assert str(refused.value) == "unknown day count 'actual/actual'; expected one of actual/365, actual/360, 30/360"


def test_a_year_fraction_has_28_digits_whatever_the_decimal_context():
    # 31 / 365 = 0.0849315068493150684931506849315…, to 28 significant digits
    with localcontext(prec=6):
        fraction = year_fraction(D(2025, 1, 1), D(2025, 2, 1), "actual/365")
    assert fraction == Decimal("0.08493150684931506849315068493")


@pytest.mark.parametrize(
    ("year", "days"),
    [
        (2024, 29),  # divisible by 4
        (2025, 28),
        (1900, 28),  # divisible by 100 and not by 400: not a leap year
        (2100, 28),
        (2000, 29),  # divisible by 400: a leap year
        (2400, 29),
    ],
)
def test_february_has_29_days_by_the_gregorian_century_rule(year, days):
    assert days_in_month(year, 2) == days
    assert add_months(D(year, 1, 31), 1) == D(year, 2, days)  # 31 Jan + 1 month clamps to February's last day
