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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_days_in_month__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_days_in_month__mutmut)
def days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_orig(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_1(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 or (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_2(year: int, month: int) -> int:
    if month == 2 or year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_3(year: int, month: int) -> int:
    if month != 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_4(year: int, month: int) -> int:
    if month == 3 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_5(year: int, month: int) -> int:
    if month == 2 and year / 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_6(year: int, month: int) -> int:
    if month == 2 and year % 5 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_7(year: int, month: int) -> int:
    if month == 2 and year % 4 != 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_8(year: int, month: int) -> int:
    if month == 2 and year % 4 == 1 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_9(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 and year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_10(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year / 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_11(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 101 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_12(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 == 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_13(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 1 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_14(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year / 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_15(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 401 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_16(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 != 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_17(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 1):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_18(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 30
    return _DAYS_IN_MONTH[month - 1]


def x_days_in_month__mutmut_19(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month + 1]


def x_days_in_month__mutmut_20(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 2]

mutants_x_days_in_month__mutmut['_mutmut_orig'] = x_days_in_month__mutmut_orig # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_1'] = x_days_in_month__mutmut_1 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_2'] = x_days_in_month__mutmut_2 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_3'] = x_days_in_month__mutmut_3 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_4'] = x_days_in_month__mutmut_4 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_5'] = x_days_in_month__mutmut_5 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_6'] = x_days_in_month__mutmut_6 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_7'] = x_days_in_month__mutmut_7 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_8'] = x_days_in_month__mutmut_8 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_9'] = x_days_in_month__mutmut_9 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_10'] = x_days_in_month__mutmut_10 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_11'] = x_days_in_month__mutmut_11 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_12'] = x_days_in_month__mutmut_12 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_13'] = x_days_in_month__mutmut_13 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_14'] = x_days_in_month__mutmut_14 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_15'] = x_days_in_month__mutmut_15 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_16'] = x_days_in_month__mutmut_16 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_17'] = x_days_in_month__mutmut_17 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_18'] = x_days_in_month__mutmut_18 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_19'] = x_days_in_month__mutmut_19 # type: ignore # mutmut generated
mutants_x_days_in_month__mutmut['x_days_in_month__mutmut_20'] = x_days_in_month__mutmut_20 # type: ignore # mutmut generated
mutants_x_is_month_end__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_month_end__mutmut)
def is_month_end(date: dt.date) -> bool:
    return date.day == days_in_month(date.year, date.month)


def x_is_month_end__mutmut_orig(date: dt.date) -> bool:
    return date.day == days_in_month(date.year, date.month)


def x_is_month_end__mutmut_1(date: dt.date) -> bool:
    return date.day != days_in_month(date.year, date.month)


def x_is_month_end__mutmut_2(date: dt.date) -> bool:
    return date.day == days_in_month(None, date.month)


def x_is_month_end__mutmut_3(date: dt.date) -> bool:
    return date.day == days_in_month(date.year, None)


def x_is_month_end__mutmut_4(date: dt.date) -> bool:
    return date.day == days_in_month(date.month)


def x_is_month_end__mutmut_5(date: dt.date) -> bool:
    return date.day == days_in_month(date.year, )

mutants_x_is_month_end__mutmut['_mutmut_orig'] = x_is_month_end__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_month_end__mutmut['x_is_month_end__mutmut_1'] = x_is_month_end__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_month_end__mutmut['x_is_month_end__mutmut_2'] = x_is_month_end__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_month_end__mutmut['x_is_month_end__mutmut_3'] = x_is_month_end__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_month_end__mutmut['x_is_month_end__mutmut_4'] = x_is_month_end__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_month_end__mutmut['x_is_month_end__mutmut_5'] = x_is_month_end__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_months__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_add_months__mutmut)
def add_months(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_orig(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_1(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = None
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_2(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(None, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_3(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, None)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_4(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_5(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, )
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_6(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 - months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_7(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month + 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_8(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 - date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_9(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year / 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_10(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 13 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_11(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 2 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_12(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 13)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_13(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = None
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_14(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 - 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_15(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 2
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_16(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = None
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_17(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(None, month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_18(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, None)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_19(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(month)
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_20(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, )
    return dt.date(year, month, date.day if date.day <= last else last)


def x_add_months__mutmut_21(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(None, month, date.day if date.day <= last else last)


def x_add_months__mutmut_22(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, None, date.day if date.day <= last else last)


def x_add_months__mutmut_23(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, None)


def x_add_months__mutmut_24(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(month, date.day if date.day <= last else last)


def x_add_months__mutmut_25(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, date.day if date.day <= last else last)


def x_add_months__mutmut_26(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, )


def x_add_months__mutmut_27(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if (date.day <= last) and False else last)


def x_add_months__mutmut_28(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if (date.day <= last) or True else last)


def x_add_months__mutmut_29(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months, clamped to the month's end: 31 Jan + 1 → 28 Feb (29 in a leap year)."""
    year, month0 = divmod(date.year * 12 + date.month - 1 + months, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return dt.date(year, month, date.day if date.day < last else last)

mutants_x_add_months__mutmut['_mutmut_orig'] = x_add_months__mutmut_orig # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_1'] = x_add_months__mutmut_1 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_2'] = x_add_months__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_3'] = x_add_months__mutmut_3 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_4'] = x_add_months__mutmut_4 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_5'] = x_add_months__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_6'] = x_add_months__mutmut_6 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_7'] = x_add_months__mutmut_7 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_8'] = x_add_months__mutmut_8 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_9'] = x_add_months__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_10'] = x_add_months__mutmut_10 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_11'] = x_add_months__mutmut_11 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_12'] = x_add_months__mutmut_12 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_13'] = x_add_months__mutmut_13 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_14'] = x_add_months__mutmut_14 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_15'] = x_add_months__mutmut_15 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_16'] = x_add_months__mutmut_16 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_17'] = x_add_months__mutmut_17 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_18'] = x_add_months__mutmut_18 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_19'] = x_add_months__mutmut_19 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_20'] = x_add_months__mutmut_20 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_21'] = x_add_months__mutmut_21 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_22'] = x_add_months__mutmut_22 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_23'] = x_add_months__mutmut_23 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_24'] = x_add_months__mutmut_24 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_25'] = x_add_months__mutmut_25 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_26'] = x_add_months__mutmut_26 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_27'] = x_add_months__mutmut_27 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_28'] = x_add_months__mutmut_28 # type: ignore # mutmut generated
mutants_x_add_months__mutmut['x_add_months__mutmut_29'] = x_add_months__mutmut_29 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_month_dates__mutmut)
def month_dates(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_orig(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_1(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = None
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_2(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if (day is None) and False else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_3(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if (day is None) or True else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_4(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is not None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_5(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = None
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_6(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = None
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_7(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(None):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_8(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep >= 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_9(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 29:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_10(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = None
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_11(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if (month != 2) and False else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_12(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if (month != 2) or True else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_13(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month + 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_14(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 2] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_15(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month == 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_16(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 3 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_17(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(None, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_18(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, None)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_19(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_20(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, )
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_21(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 3)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_22(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(None)
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_23(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(None, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_24(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, None, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_25(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, None))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_26(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_27(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_28(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, ))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_29(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if (keep <= last) and False else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_30(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if (keep <= last) or True else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_31(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep < last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_32(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(None)
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_33(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(None, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_34(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, None, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_35(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, None))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_36(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_37(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_38(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, ))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_39(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month != 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_40(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 13:
            year, month = year + 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_41(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = None
        else:
            month += 1
    return dates


def x_month_dates__mutmut_42(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year - 1, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_43(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 2, 1
        else:
            month += 1
    return dates


def x_month_dates__mutmut_44(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 2
        else:
            month += 1
    return dates


def x_month_dates__mutmut_45(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month = 1
    return dates


def x_month_dates__mutmut_46(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month -= 1
    return dates


def x_month_dates__mutmut_47(first_due: dt.date, count: int, *, day: int | None = None) -> list[dt.date]:
    """`count` monthly dates from `first_due`, each keeping its day of month: 31 Jan → 28 Feb → 31 Mar.

    `day`: the day of month to keep when it is not `first_due`'s own (a 31 Jan loan's first due, 28 Feb, keeps 31).
    """
    keep = first_due.day if day is None else day
    year, month = first_due.year, first_due.month
    dates = []
    for _ in range(count):
        if keep > 28:
            last = _DAYS_IN_MONTH[month - 1] if month != 2 else days_in_month(year, 2)
            dates.append(dt.date(year, month, keep if keep <= last else last))
        else:
            dates.append(dt.date(year, month, keep))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 2
    return dates

mutants_x_month_dates__mutmut['_mutmut_orig'] = x_month_dates__mutmut_orig # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_1'] = x_month_dates__mutmut_1 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_2'] = x_month_dates__mutmut_2 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_3'] = x_month_dates__mutmut_3 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_4'] = x_month_dates__mutmut_4 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_5'] = x_month_dates__mutmut_5 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_6'] = x_month_dates__mutmut_6 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_7'] = x_month_dates__mutmut_7 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_8'] = x_month_dates__mutmut_8 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_9'] = x_month_dates__mutmut_9 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_10'] = x_month_dates__mutmut_10 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_11'] = x_month_dates__mutmut_11 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_12'] = x_month_dates__mutmut_12 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_13'] = x_month_dates__mutmut_13 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_14'] = x_month_dates__mutmut_14 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_15'] = x_month_dates__mutmut_15 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_16'] = x_month_dates__mutmut_16 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_17'] = x_month_dates__mutmut_17 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_18'] = x_month_dates__mutmut_18 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_19'] = x_month_dates__mutmut_19 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_20'] = x_month_dates__mutmut_20 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_21'] = x_month_dates__mutmut_21 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_22'] = x_month_dates__mutmut_22 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_23'] = x_month_dates__mutmut_23 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_24'] = x_month_dates__mutmut_24 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_25'] = x_month_dates__mutmut_25 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_26'] = x_month_dates__mutmut_26 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_27'] = x_month_dates__mutmut_27 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_28'] = x_month_dates__mutmut_28 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_29'] = x_month_dates__mutmut_29 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_30'] = x_month_dates__mutmut_30 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_31'] = x_month_dates__mutmut_31 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_32'] = x_month_dates__mutmut_32 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_33'] = x_month_dates__mutmut_33 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_34'] = x_month_dates__mutmut_34 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_35'] = x_month_dates__mutmut_35 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_36'] = x_month_dates__mutmut_36 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_37'] = x_month_dates__mutmut_37 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_38'] = x_month_dates__mutmut_38 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_39'] = x_month_dates__mutmut_39 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_40'] = x_month_dates__mutmut_40 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_41'] = x_month_dates__mutmut_41 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_42'] = x_month_dates__mutmut_42 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_43'] = x_month_dates__mutmut_43 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_44'] = x_month_dates__mutmut_44 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_45'] = x_month_dates__mutmut_45 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_46'] = x_month_dates__mutmut_46 # type: ignore # mutmut generated
mutants_x_month_dates__mutmut['x_month_dates__mutmut_47'] = x_month_dates__mutmut_47 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_whole_months_between__mutmut)
def whole_months_between(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_orig(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_1(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = None
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_2(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month + start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_3(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 - end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_4(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) / 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_5(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year + start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_6(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 13 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_7(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months < 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_8(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 1:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_9(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end and (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_10(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(None, months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_11(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, None) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_12(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(months) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_13(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, ) == end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_14(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) != end or (is_month_end(start) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_15(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) or is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_16(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(None) and is_month_end(end)):
        return months
    return None


def x_whole_months_between__mutmut_17(start: dt.date, end: dt.date) -> int | None:
    """k when `end` is `start` + k calendar months (month ends count as matching month ends), else None."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months <= 0:
        return None
    if add_months(start, months) == end or (is_month_end(start) and is_month_end(None)):
        return months
    return None

mutants_x_whole_months_between__mutmut['_mutmut_orig'] = x_whole_months_between__mutmut_orig # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_1'] = x_whole_months_between__mutmut_1 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_2'] = x_whole_months_between__mutmut_2 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_3'] = x_whole_months_between__mutmut_3 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_4'] = x_whole_months_between__mutmut_4 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_5'] = x_whole_months_between__mutmut_5 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_6'] = x_whole_months_between__mutmut_6 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_7'] = x_whole_months_between__mutmut_7 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_8'] = x_whole_months_between__mutmut_8 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_9'] = x_whole_months_between__mutmut_9 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_10'] = x_whole_months_between__mutmut_10 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_11'] = x_whole_months_between__mutmut_11 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_12'] = x_whole_months_between__mutmut_12 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_13'] = x_whole_months_between__mutmut_13 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_14'] = x_whole_months_between__mutmut_14 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_15'] = x_whole_months_between__mutmut_15 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_16'] = x_whole_months_between__mutmut_16 # type: ignore # mutmut generated
mutants_x_whole_months_between__mutmut['x_whole_months_between__mutmut_17'] = x_whole_months_between__mutmut_17 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_days_30_360__mutmut)
def days_30_360(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_orig(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_1(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = None
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_2(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if (start.day == 31) and False else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_3(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if (start.day == 31) or True else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_4(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 31 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_5(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day != 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_6(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 32 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_7(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = None
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_8(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if (end.day == 31 and d1 == 30) and False else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_9(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if (end.day == 31 and d1 == 30) or True else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_10(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 31 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_11(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 or d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_12(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day != 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_13(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 32 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_14(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 != 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_15(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 31 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_16(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) - (d2 - d1)


def x_days_30_360__mutmut_17(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) - 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_18(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 / (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_19(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 361 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_20(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year + start.year) + 30 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_21(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 / (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_22(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 31 * (end.month - start.month) + (d2 - d1)


def x_days_30_360__mutmut_23(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month + start.month) + (d2 - d1)


def x_days_30_360__mutmut_24(start: dt.date, end: dt.date) -> int:
    """ISDA 30/360 (Bond Basis) day count between two dates."""
    d1 = 30 if start.day == 31 else start.day
    d2 = 30 if end.day == 31 and d1 == 30 else end.day
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 + d1)

mutants_x_days_30_360__mutmut['_mutmut_orig'] = x_days_30_360__mutmut_orig # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_1'] = x_days_30_360__mutmut_1 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_2'] = x_days_30_360__mutmut_2 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_3'] = x_days_30_360__mutmut_3 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_4'] = x_days_30_360__mutmut_4 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_5'] = x_days_30_360__mutmut_5 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_6'] = x_days_30_360__mutmut_6 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_7'] = x_days_30_360__mutmut_7 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_8'] = x_days_30_360__mutmut_8 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_9'] = x_days_30_360__mutmut_9 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_10'] = x_days_30_360__mutmut_10 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_11'] = x_days_30_360__mutmut_11 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_12'] = x_days_30_360__mutmut_12 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_13'] = x_days_30_360__mutmut_13 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_14'] = x_days_30_360__mutmut_14 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_15'] = x_days_30_360__mutmut_15 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_16'] = x_days_30_360__mutmut_16 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_17'] = x_days_30_360__mutmut_17 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_18'] = x_days_30_360__mutmut_18 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_19'] = x_days_30_360__mutmut_19 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_20'] = x_days_30_360__mutmut_20 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_21'] = x_days_30_360__mutmut_21 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_22'] = x_days_30_360__mutmut_22 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_23'] = x_days_30_360__mutmut_23 # type: ignore # mutmut generated
mutants_x_days_30_360__mutmut['x_days_30_360__mutmut_24'] = x_days_30_360__mutmut_24 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_accrual_days__mutmut)
def accrual_days(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(start, end)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def x_accrual_days__mutmut_orig(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(start, end)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def x_accrual_days__mutmut_1(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention != "30/360":
        return days_30_360(start, end)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def x_accrual_days__mutmut_2(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "XX30/360XX":
        return days_30_360(start, end)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def x_accrual_days__mutmut_3(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(None, end)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def x_accrual_days__mutmut_4(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(start, None)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def x_accrual_days__mutmut_5(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(end)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def x_accrual_days__mutmut_6(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(start, )
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def x_accrual_days__mutmut_7(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(start, end)
    if convention not in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def x_accrual_days__mutmut_8(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(start, end)
    if convention in DAY_COUNT_BASIS:
        return (end + start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")


def x_accrual_days__mutmut_9(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(start, end)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(None)


def x_accrual_days__mutmut_10(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(start, end)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {', '.join(None)}")


def x_accrual_days__mutmut_11(start: dt.date, end: dt.date, convention: str) -> int:
    """The day-count numerator between `start` and `end` under `convention`."""
    if convention == "30/360":
        return days_30_360(start, end)
    if convention in DAY_COUNT_BASIS:
        return (end - start).days
    raise ValueError(f"unknown day count {convention!r}; expected one of {'XX, XX'.join(DAY_COUNT_BASIS)}")

mutants_x_accrual_days__mutmut['_mutmut_orig'] = x_accrual_days__mutmut_orig # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_1'] = x_accrual_days__mutmut_1 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_2'] = x_accrual_days__mutmut_2 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_3'] = x_accrual_days__mutmut_3 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_4'] = x_accrual_days__mutmut_4 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_5'] = x_accrual_days__mutmut_5 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_6'] = x_accrual_days__mutmut_6 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_7'] = x_accrual_days__mutmut_7 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_8'] = x_accrual_days__mutmut_8 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_9'] = x_accrual_days__mutmut_9 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_10'] = x_accrual_days__mutmut_10 # type: ignore # mutmut generated
mutants_x_accrual_days__mutmut['x_accrual_days__mutmut_11'] = x_accrual_days__mutmut_11 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_accrual_ratio__mutmut)
def accrual_ratio(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is not None:
        return months, 12
    return accrual_days(start, end, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_orig(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is not None:
        return months, 12
    return accrual_days(start, end, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_1(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" or months is not None:
        return months, 12
    return accrual_days(start, end, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_2(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention != "30/360" and months is not None:
        return months, 12
    return accrual_days(start, end, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_3(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "XX30/360XX" and months is not None:
        return months, 12
    return accrual_days(start, end, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_4(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is None:
        return months, 12
    return accrual_days(start, end, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_5(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is not None:
        return months, 13
    return accrual_days(start, end, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_6(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is not None:
        return months, 12
    return accrual_days(None, end, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_7(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is not None:
        return months, 12
    return accrual_days(start, None, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_8(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is not None:
        return months, 12
    return accrual_days(start, end, None), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_9(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is not None:
        return months, 12
    return accrual_days(end, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_10(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is not None:
        return months, 12
    return accrual_days(start, convention), DAY_COUNT_BASIS[convention]


def x_accrual_ratio__mutmut_11(start: dt.date, end: dt.date, convention: str, *, months: int | None = None) -> tuple[int, int]:
    """The year fraction as an exact (numerator, denominator) of integers.

    `months`: the period is that many whole months of the schedule's calendar; under 30/360 it is then 30 days a
    month whatever the dates (Fineract's "30 days in month"); actual day counts ignore it.
    """
    if convention == "30/360" and months is not None:
        return months, 12
    return accrual_days(start, end, ), DAY_COUNT_BASIS[convention]

mutants_x_accrual_ratio__mutmut['_mutmut_orig'] = x_accrual_ratio__mutmut_orig # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_1'] = x_accrual_ratio__mutmut_1 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_2'] = x_accrual_ratio__mutmut_2 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_3'] = x_accrual_ratio__mutmut_3 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_4'] = x_accrual_ratio__mutmut_4 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_5'] = x_accrual_ratio__mutmut_5 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_6'] = x_accrual_ratio__mutmut_6 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_7'] = x_accrual_ratio__mutmut_7 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_8'] = x_accrual_ratio__mutmut_8 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_9'] = x_accrual_ratio__mutmut_9 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_10'] = x_accrual_ratio__mutmut_10 # type: ignore # mutmut generated
mutants_x_accrual_ratio__mutmut['x_accrual_ratio__mutmut_11'] = x_accrual_ratio__mutmut_11 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_year_fraction__mutmut)
def year_fraction(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, end, convention)
    with localcontext(prec=28):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_orig(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, end, convention)
    with localcontext(prec=28):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_1(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = None
    with localcontext(prec=28):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_2(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(None, end, convention)
    with localcontext(prec=28):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_3(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, None, convention)
    with localcontext(prec=28):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_4(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, end, None)
    with localcontext(prec=28):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_5(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(end, convention)
    with localcontext(prec=28):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_6(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, convention)
    with localcontext(prec=28):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_7(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, end, )
    with localcontext(prec=28):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_8(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, end, convention)
    with localcontext(prec=None):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_9(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, end, convention)
    with localcontext(prec=29):
        return Decimal(days) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_10(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, end, convention)
    with localcontext(prec=28):
        return Decimal(days) * Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_11(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, end, convention)
    with localcontext(prec=28):
        return Decimal(None) / Decimal(DAY_COUNT_BASIS[convention])


def x_year_fraction__mutmut_12(start: dt.date, end: dt.date, convention: str) -> Decimal:
    """Days between the dates over the convention's year, as a Decimal to 28 significant digits."""
    days = accrual_days(start, end, convention)
    with localcontext(prec=28):
        return Decimal(days) / Decimal(None)

mutants_x_year_fraction__mutmut['_mutmut_orig'] = x_year_fraction__mutmut_orig # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_1'] = x_year_fraction__mutmut_1 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_2'] = x_year_fraction__mutmut_2 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_3'] = x_year_fraction__mutmut_3 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_4'] = x_year_fraction__mutmut_4 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_5'] = x_year_fraction__mutmut_5 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_6'] = x_year_fraction__mutmut_6 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_7'] = x_year_fraction__mutmut_7 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_8'] = x_year_fraction__mutmut_8 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_9'] = x_year_fraction__mutmut_9 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_10'] = x_year_fraction__mutmut_10 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_11'] = x_year_fraction__mutmut_11 # type: ignore # mutmut generated
mutants_x_year_fraction__mutmut['x_year_fraction__mutmut_12'] = x_year_fraction__mutmut_12 # type: ignore # mutmut generated
