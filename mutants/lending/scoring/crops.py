"""The crop calendar: when each crop is harvested, when its sale money comes in, and which crop a farmer lives on.

Pure Python. The months match `seeds/catalog.py` (a test keeps them equal); a harvest-balloon loan falls due when
the farmer's main crop has been harvested *and sold*.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from decimal import Decimal

from lending.money import to_decimal

# Months in which each crop is harvested. Consecutive months are one season whose harvest may fall in any of them
# (rice is cut in September, October or November depending on variety and latitude); vegetables are three cuts.
HARVEST_MONTHS: dict[str, tuple[int, ...]] = {
    "rice": (9, 10, 11),
    "wheat": (6,),
    "corn": (9, 10),
    "soybean": (10,),
    "peanut": (9,),
    "vegetables": (5, 8, 11),
}

# Typical weeks from harvest to the sale money arriving (drying, storage, waiting on price): the middle of the sale
# lag the county sees, rounded up. Falling due at the end of the month after the season covers it for every crop.
SALE_WEEKS: dict[str, int] = {
    "rice": 5,  # sold 0-60 days after harvest
    "wheat": 3,  # 0-35 days: most goes to the depot at the minimum purchase price straight away
    "corn": 6,  # 0-75 days: dried and held for a better price
    "soybean": 5,  # 0-60 days
    "peanut": 4,  # 0-45 days
    "vegetables": 2,  # 0-20 days: perishable, sold at the wholesale market
}

MIN_DAYS_TO_HARVEST_DUE = 60  # a season loan shorter than two months doesn't fund a crop


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole calendar months; a day the month lacks becomes its last day (31 Jan + 1 → 28 Feb)."""
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_rounded_up(start: dt.date, end: dt.date) -> int:
    """Whole months from `start` to `end`, rounded up: the least n with add_months(start, n) >= end."""
    months = max(0, (end.year - start.year) * 12 + end.month - start.month - 1)
    while add_months(start, months) < end:
        months += 1
    return months


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _due_months(crop: str) -> tuple[int, ...]:
    """Months in which a season's proceeds are in hand: the month after each season's last harvest month."""
    months = HARVEST_MONTHS[crop]
    return tuple(sorted(month % 12 + 1 for month in months if month % 12 + 1 not in months))


def next_harvest_due(crop: str | None, after: dt.date, min_days: int = MIN_DAYS_TO_HARVEST_DUE) -> dt.date | None:
    """The repayment date aligned to the next harvest of `crop`: the last day of the month after the season's last
    harvest month (the sale money has come in), the first such date at least `min_days` after `after`.
    None for an unknown crop or None."""
    if crop is None or crop not in HARVEST_MONTHS:
        return None
    earliest = after + dt.timedelta(days=min_days)
    due_months = _due_months(crop)
    year = earliest.year
    while True:
        for month in due_months:
            due = _month_end(year, month)
            if due >= earliest:
                return due
        year += 1


def _as_date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def main_crop(crop_sales: list[dict], as_of: dt.date) -> str | None:
    """The crop that brought the most revenue in the 12 months to `as_of` (24 months when none sold in 12; None
    when none sold in 24). Sales are DESIGN.md §5 dicts; sales after `as_of` are not yet known and are ignored.
    Reversals (negative amounts) net off; a tie goes to the crop whose name sorts first, so the answer is stable."""
    for months in (12, 24):
        window_start = add_months(as_of, -months)
        revenue: dict[str, Decimal] = defaultdict(Decimal)
        for sale in crop_sales:
            if window_start < _as_date(sale["sale_date"]) <= as_of:
                revenue[sale["crop"]] += to_decimal(sale["amount"])
        earning = {crop: amount for crop, amount in revenue.items() if amount > 0}
        if earning:
            return min(earning, key=lambda crop: (-earning[crop], crop))
    return None
