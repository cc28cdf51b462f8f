"""The crop calendar: harvest-aligned due dates and the farmer's main crop, checked against dates worked out by hand."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest

from lending.scoring import crops
from seeds import catalog

D = dt.date


def test_harvest_months_are_the_seed_catalogs():
    assert crops.HARVEST_MONTHS == {name: crop.harvest_months for name, crop in catalog.CROPS.items()}


def test_sale_weeks_are_the_middle_of_the_catalogs_sale_lag_rounded_up():
    # rice 0-60 days → middle 30 → 4.3 weeks → 5; corn 0-75 → 37.5 → 6; vegetables 0-20 → 10 → 2
    expected = {name: math.ceil(sum(crop.sale_lag_days) / 2 / 7) for name, crop in catalog.CROPS.items()}
    assert crops.SALE_WEEKS == expected
    assert (crops.SALE_WEEKS["rice"], crops.SALE_WEEKS["corn"], crops.SALE_WEEKS["vegetables"]) == (5, 6, 2)


@pytest.mark.parametrize("crop", sorted(crops.HARVEST_MONTHS))
def test_due_date_leaves_time_to_sell_a_crop_cut_mid_month_at_the_end_of_its_season(crop):
    last_harvest_month = max(crops.HARVEST_MONTHS[crop])
    harvested = D(2025, last_harvest_month, 15)
    sold = harvested + dt.timedelta(weeks=crops.SALE_WEEKS[crop])
    assert sold <= crops.next_harvest_due(crop, harvested, min_days=0)


@pytest.mark.parametrize(
    "crop, after, due",
    [
        # rice is cut Sep, Oct or Nov: the season ends in November, the money is in by 31 December
        ("rice", D(2025, 3, 15), D(2025, 12, 31)),
        ("corn", D(2025, 3, 15), D(2025, 11, 30)),  # cut Sep-Oct → 30 Nov
        ("soybean", D(2025, 3, 15), D(2025, 11, 30)),  # cut Oct → 30 Nov
        ("peanut", D(2025, 3, 15), D(2025, 10, 31)),  # cut Sep → 31 Oct
        ("wheat", D(2025, 3, 1), D(2025, 7, 31)),  # cut June → 31 Jul
        ("vegetables", D(2025, 3, 15), D(2025, 6, 30)),  # cuts May, Aug, Nov: earliest 14 May → 30 Jun
        ("vegetables", D(2025, 7, 15), D(2025, 9, 30)),  # earliest 13 Sep → 30 Sep
        ("vegetables", D(2025, 10, 15), D(2025, 12, 31)),  # earliest 14 Dec → 31 Dec
    ],
)
def test_next_harvest_due_is_the_end_of_the_month_after_the_season(crop, after, due):
    assert crops.next_harvest_due(crop, after) == due


def test_next_harvest_due_is_at_least_sixty_days_away():
    # 1 Jun → 31 Jul is 29 + 31 = 60 days: just enough
    assert crops.next_harvest_due("wheat", D(2025, 6, 1)) == D(2025, 7, 31)
    # 2 Jun → 31 Jul is 59 days: the next wheat crop, a year on
    assert crops.next_harvest_due("wheat", D(2025, 6, 2)) == D(2026, 7, 31)
    # today, 23 Nov 2026: this rice season is sold; the next is 31 Dec 2027
    assert crops.next_harvest_due("rice", D(2026, 11, 23)) == D(2027, 12, 31)
    assert crops.next_harvest_due("vegetables", D(2025, 11, 1)) == D(2025, 12, 31)  # 60 days
    assert crops.next_harvest_due("vegetables", D(2025, 11, 2)) == D(2026, 6, 30)


def test_next_harvest_due_honours_a_longer_minimum():
    # 92 days from 15 Mar is 15 Jun: the peanut money of 31 Oct is the first after it
    assert crops.next_harvest_due("peanut", D(2025, 3, 15), min_days=92) == D(2025, 10, 31)
    assert crops.next_harvest_due("peanut", D(2025, 9, 1), min_days=61) == D(2026, 10, 31)
    assert crops.next_harvest_due("rice", D(2025, 12, 31), min_days=0) == D(2025, 12, 31)


@pytest.mark.parametrize("crop", [None, "barley", ""])
def test_next_harvest_due_of_an_unknown_crop_is_none(crop):
    assert crops.next_harvest_due(crop, D(2025, 3, 15)) is None


@pytest.mark.parametrize(
    "day, months, moved",
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2025, 11, 30), 3, D(2026, 2, 28)),
        (D(2024, 2, 29), -12, D(2023, 2, 28)),
        (D(2025, 3, 15), 10, D(2026, 1, 15)),
    ],
)
def test_add_months_keeps_the_day_or_the_month_end(day, months, moved):
    assert crops.add_months(day, months) == moved


@pytest.mark.parametrize(
    "start, end, months",
    [
        (D(2025, 3, 15), D(2025, 12, 31), 10),  # 15 Dec is short of 31 Dec; 15 Jan is past it
        (D(2025, 3, 15), D(2025, 4, 15), 1),
        (D(2025, 3, 15), D(2025, 4, 16), 2),
        (D(2025, 1, 31), D(2025, 2, 28), 1),
        (D(2025, 3, 15), D(2025, 3, 15), 0),
    ],
)
def test_months_rounded_up(start, end, months):
    assert crops.months_rounded_up(start, end) == months


AS_OF = D(2025, 11, 23)


def sale(day, crop, amount):
    return {"sale_date": day, "crop": crop, "amount": amount, "quantity_kg": "1000", "buyer_id": "COOP-7"}


def test_main_crop_is_the_one_with_the_most_revenue_not_the_most_sales():
    sales = [
        sale("2025-10-12", "rice", "13500.00"),
        sale("2025-06-20", "wheat", "5000.00"),
        sale("2025-07-05", "wheat", "6000.00"),  # wheat: two sales, 11,000.00 < rice 13,500.00
    ]
    assert crops.main_crop(sales, AS_OF) == "rice"


def test_main_crop_counts_only_the_twelve_months_to_the_date():
    sales = [
        sale("2025-10-12", "rice", "13500.00"),
        sale("2024-11-23", "vegetables", "50000.00"),  # exactly 12 months before: outside the window
        sale("2025-12-01", "corn", "99999.00"),  # after the date: not yet known
    ]
    assert crops.main_crop(sales, AS_OF) == "rice"
    assert crops.main_crop([*sales, sale("2025-11-23", "corn", "20000.00")], AS_OF) == "corn"  # on the date: in


def test_main_crop_falls_back_to_twenty_four_months_then_none():
    older = [sale("2024-11-23", "vegetables", "5000.00"), sale(D(2024, 6, 1), "wheat", Decimal("9000.00"))]
    assert crops.main_crop(older, AS_OF) == "wheat"
    assert crops.main_crop([sale("2023-11-23", "rice", "9000.00")], AS_OF) is None  # 24 months back: outside
    assert crops.main_crop([], AS_OF) is None


def test_main_crop_nets_reversals_and_breaks_ties_by_name():
    reversed_rice = [
        sale("2025-10-12", "rice", "13500.00"),
        sale("2025-10-13", "rice", "-13500.00"),
        sale("2025-06-20", "wheat", "800.00"),
    ]
    assert crops.main_crop(reversed_rice, AS_OF) == "wheat"
    tie = [sale("2025-10-12", "soybean", "7000.00"), sale("2025-09-12", "corn", "7000.00")]
    assert crops.main_crop(tie, AS_OF) == "corn"


def test_main_crop_refuses_a_float_amount():
    with pytest.raises(TypeError):
        crops.main_crop([sale("2025-10-12", "rice", 13500.0)], AS_OF)
