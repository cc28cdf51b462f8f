"""Day counts and the monthly calendar a schedule runs on. Pure Python; fractions are exact.

Conventions (DESIGN.md §4, §6):
- "actual/365": actual days / 365 (a leap year still divides by 365, as Fineract's "365 days in year").
- "actual/360": actual days / 360.
- "30/360": the ISDA 2006 §4.16(f) "30/360" / Bond Basis: D1 = 31 → 30; D2 = 31 → 30 only when D1 (after that)
  is 30; days = 360·(Y2−Y1) + 30·(M2−M1) + (D2−D1). No February end-of-month rule. A schedule's *whole* monthly
  period is 30 days by definition (`accrual_ratio(..., months=k)`), so 31 Jan → 28 Feb accrues a full month, not
  28 days: the date formula applies only to broken periods (the bug class of Fineract FINERACT-2081).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

DAY_COUNT_BASIS: dict[str, int] = {"actual/365": 365, "actual/360": 360, "30/360": 360}

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def is_month_end(date: dt.date) -> bool:
    return date.day == days_in_month(date.year, date.month)


def add_months(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    return dt.date(year, month, min(date.day, days_in_month(year, month)))


def month_dates(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
        dates.append(dt.date(year, month, min(keep, last)))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def whole_months_between(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def days_30_360(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def accrual_days(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(start, end)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def accrual_ratio(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is not None:
        return months, 12
    return accrual_days(start, end, convention), DAY_COUNT_BASIS[convention]


def year_fraction(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, end, convention)
    with localcontext(prec=28):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])
