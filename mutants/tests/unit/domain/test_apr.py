"""The disclosed APR: the IRR method of the PBoC's disclosure rule (announcement [2021] No. 3) — the rate per repayment
period × periods a year, on the loan's own periods: 12 a year for monthly instalments, 1/term for a single payment.

The equation, checked here exactly (in Fractions, independently of the solver): the APR x makes the instalment totals,
discounted back period by period, equal what the farmer received,
    disbursed = Σ total_k / Π_{j≤k} (1 + x·y_j),      y_j = period j's length in years,
with y on the contract's own clock: actual days / 365 on actual/365 (and on actual/360, whose 360-day "year" is no
year), whole months / 12 on 30/360 and for flat interest (which counts months). The disclosed 4-place APR is right
when the exact root lies within half a basis point of it: the present value at APR − 0.00005 is at least the
disbursement, at APR + 0.00005 at most.

Which day counts give exactly the contract rate without fees: interest accrues balance × rate × y_j each period, so
on actual/365 and 30/360 every declining-balance schedule (annuity, equal principal, balloon, bullet) solves the
equation at x = the rate itself — whatever the month lengths, broken first periods or leap days — up to the cent
rounding of each period's interest. On actual/360 the farmer pays for 365/360 of a year each year: the APR is the
rate × 365/360. Flat interest on the original principal always costs more than its rate. Fees only add.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings

from lending.domain.schedules import build, format_table
from tests.unit.domain.test_schedules import loan, terms_strategy

D = dt.date
HALF_BASIS_POINT = Fraction(1, 20000)


def present_value(schedule, years: list[Fraction], rate: Fraction) -> Fraction:
    """Σ total_k / Π_{j≤k} (1 + rate·y_j), exactly."""
    value, discount = Fraction(0), Fraction(1)
    for instalment, year in zip(schedule.instalments, years, strict=True):
        discount /= 1 + rate * year
        value += Fraction(instalment.total) * discount
    return value


def assert_apr_is_the_rounded_root(schedule, years: list[Fraction]) -> None:
    apr = Fraction(schedule.apr)
    disbursed = Fraction(schedule.disbursed)
    assert (
        present_value(schedule, years, apr - HALF_BASIS_POINT)
        >= disbursed
        >= present_value(schedule, years, apr + HALF_BASIS_POINT)
    ), schedule.apr


def monthly(count: int) -> list[Fraction]:
    return [Fraction(1, 12)] * count


def actual_days(schedule) -> list[Fraction]:
    """Each period's actual days / 365, from the due dates alone."""
    dates = [schedule.terms.start, *(instalment.due_date for instalment in schedule.instalments)]
    return [Fraction((end - start).days, 365) for start, end in zip(dates, dates[1:])]


# ---------------------------------------------------------------------------------------------------------------
# Monthly instalments: 12 periods a year
def test_a_12_month_annuity_at_12_percent_discloses_12_00_percent():
    # 12,000 at 12 %, 30/360: every month is 1/12 and its interest exactly 1 % of the balance (to the cent), so the
    # monthly IRR is 1 %: 1066.19 × (1 − 1.01^−11)/0.01 + 1066.14 / 1.01^12 = 11,053.86 + 946.15 = 12,000.01 ≈ 12,000
    # → APR = 12 × 1 % = 12.00 %
    schedule = build(loan())
    assert schedule.apr == Decimal("0.1200")
    assert_apr_is_the_rounded_root(schedule, monthly(12))


def test_the_same_annuity_with_a_2_percent_deducted_fee_discloses_more_than_12_percent():
    # the farmer receives 11,760.00 and repays the same 11 × 1066.19 + 1066.14. At 1 % a month that is worth 12,000;
    # solving 11,760 = 1066.19 × a(11, i) + 1066.14 / (1+i)^12 gives i = 1.3208 % (at APR 15.845 % the instalments
    # are worth 11,760.59, at 15.855 % 11,759.98) → APR 15.85 %
    schedule = build(loan(fee_rate=Decimal("0.02")))
    assert schedule.apr == Decimal("0.1585")
    assert_apr_is_the_rounded_root(schedule, monthly(12))


def test_a_capitalised_fee_also_raises_the_apr_above_the_rate():
    # 12,240.00 amortised at 1 % a month (instalments 1087.51) for 12,000.00 received
    schedule = build(loan(fee_rate=Decimal("0.02"), fee_mode="capitalised"))
    assert schedule.apr > Decimal("0.1200")
    assert_apr_is_the_rounded_root(schedule, monthly(12))


def test_an_actual_365_annuity_discloses_its_rate_although_its_months_differ():
    # 2025-01-15 → 2026-01-15: months of 31, 28, 31, ... days each accrue balance × 12 % × days/365 — exactly what
    # discounting at x = 12 % over y = days/365 takes back, so the root is 12 % (to the cent rounding)
    schedule = build(loan(day_count="actual/365"))
    assert schedule.apr == Decimal("0.1200")
    assert_apr_is_the_rounded_root(schedule, actual_days(schedule))


def test_an_actual_360_annuity_discloses_the_rate_times_365_over_360():
    # each period accrues balance × 12 % × days/360 = balance × (12 % × 365/360) × days/365:
    # 0.12 × 365/360 = 0.121667 → 12.17 %
    schedule = build(loan(day_count="actual/360"))
    assert schedule.apr == Decimal("0.1217")
    assert_apr_is_the_rounded_root(schedule, actual_days(schedule))


@pytest.mark.parametrize(
    ("day_count", "first_interest", "first_year"),
    [
        ("actual/365", "181.48", Fraction(46, 365)),  # 10 Jan → 25 Feb: 46 days; 12000 × 0.12 × 46/365 = 181.4795
        ("30/360", "180.00", Fraction(45, 360)),  # 30 × 1 + (25 − 10) = 45 days; 12000 × 0.12 × 45/360 = 180.00
    ],
)
def test_a_broken_first_period_still_discloses_the_rate(day_count, first_interest, first_year):
    schedule = build(loan(start=D(2025, 1, 10), first_due=D(2025, 2, 25), day_count=day_count))
    assert str(schedule.instalments[0].interest) == first_interest
    assert schedule.apr == Decimal("0.1200")
    years = actual_days(schedule) if day_count == "actual/365" else [first_year, *monthly(11)]
    assert_apr_is_the_rounded_root(schedule, years)


def test_flat_interest_costs_more_than_its_rate():
    # 12,000 at 12 % flat for 12 months: 1,440 interest on the original principal, 1,120.00 a month. Solving
    # 12,000 = 1,120 × a(12, i): at APR 21.455 % the instalments are worth 12,000.13, at 21.465 % 11,999.52 → 21.46 %
    schedule = build(loan(method="flat"))
    assert schedule.apr == Decimal("0.2146")
    assert_apr_is_the_rounded_root(schedule, monthly(12))


# ---------------------------------------------------------------------------------------------------------------
# Balloon: interest monthly, principal at the harvest
def test_a_balloon_with_monthly_interest_discloses_its_rate():
    # 10,000 at 12 %, 6 months, 30/360: 100.00 a month, 10,100.00 with the last: 1 % a month → 12.00 %
    schedule = build(loan(method="balloon", principal=Decimal("10000.00"), term_months=6))
    assert [str(i.total) for i in schedule.instalments] == ["100.00"] * 5 + ["10100.00"]
    assert schedule.apr == Decimal("0.1200")
    assert_apr_is_the_rounded_root(schedule, monthly(6))


def test_a_balloon_to_a_harvest_off_the_calendar_discloses_its_rate():
    # 10,000 at 12 % actual/365 from 1 Mar, harvest 20 Aug: 31, 30, 31, 30, 31 days then 1 → 20 Aug = 19 days:
    # 101.92 (101.9178), 98.63 (98.6301), 101.92, 98.63, 101.92, then 62.47 (62.4658) + 10,000.00
    schedule = build(
        loan(
            method="balloon",
            principal=Decimal("10000.00"),
            term_months=6,
            start=D(2025, 3, 1),
            harvest=D(2025, 8, 20),
            day_count="actual/365",
        )
    )
    assert [str(i.total) for i in schedule.instalments] == ["101.92", "98.63", "101.92", "98.63", "101.92", "10062.47"]
    assert schedule.apr == Decimal("0.1200")
    assert_apr_is_the_rounded_root(schedule, actual_days(schedule))


# ---------------------------------------------------------------------------------------------------------------
# One payment: the loan's own term is its period
@pytest.mark.parametrize(
    ("day_count", "interest", "apr"),
    [
        # 15 Jan → 15 Jul 2025 = 181 days. Interest 10000 × 0.11 × 181/365 = 545.4795 → 545.48;
        # APR = 545.48 / 10,000 × 365/181 = 0.1100001 → 11.00 % (it was 12 × ((1.054548)^(365/181/12) − 1) = 10.76 %)
        ("actual/365", "545.48", "0.1100"),
        # 10000 × 0.11 × 181/360 = 553.0556 → 553.06; APR = 553.06 / 10,000 × 365/181 = 0.111528 → 11.15 %
        ("actual/360", "553.06", "0.1115"),
        # 6 whole months: 10000 × 0.11 × 6/12 = 550.00 over half a year → 550 / 10,000 × 2 = 11.00 %
        ("30/360", "550.00", "0.1100"),
    ],
)
def test_a_bullet_of_10000_at_11_percent_discloses_at_least_11_percent(day_count, interest, apr):
    schedule = build(
        loan(
            method="bullet",
            principal=Decimal("10000.00"),
            annual_rate=Decimal("0.11"),
            term_months=6,
            day_count=day_count,
        )
    )
    assert (schedule.instalments[0].due_date, str(schedule.total_interest)) == (D(2025, 7, 15), interest)
    assert schedule.apr == Decimal(apr)
    years = [Fraction(1, 2)] if day_count == "30/360" else actual_days(schedule)
    assert_apr_is_the_rounded_root(schedule, years)


def test_a_one_year_bullet_discloses_its_rate_not_a_monthly_compounded_one():
    # 13,440.00 after a year for 12,000: 1,440 / 12,000 = 12.00 % (not 12 × (1.12^(1/12) − 1) = 11.39 %)
    assert build(loan(method="bullet")).apr == Decimal("0.1200")


def test_a_balloon_paid_at_the_harvest_is_one_payment():
    # 10,000 at 12 % actual/365, 1 Mar → harvest 20 Aug = 172 days: 10000 × 0.12 × 172/365 = 565.4795 → 565.48;
    # APR = 565.48 / 10,000 × 365/172 = 0.1200003 → 12.00 %
    schedule = build(
        loan(
            method="balloon",
            balloon_interest="at_harvest",
            principal=Decimal("10000.00"),
            term_months=6,
            start=D(2025, 3, 1),
            harvest=D(2025, 8, 20),
            day_count="actual/365",
        )
    )
    assert (len(schedule.instalments), str(schedule.total_interest), schedule.apr) == (1, "565.48", Decimal("0.1200"))


def test_a_fee_on_a_bullet_is_annualised_over_its_term():
    # 10,000 at 11 % for 181 days actual/365, 1 % deducted: receives 9,900.00, repays 10,545.48:
    # (10,545.48 / 9,900 − 1) × 365/181 = 0.0652 × 2.01657 = 0.131483 → 13.15 %
    schedule = build(
        loan(
            method="bullet",
            principal=Decimal("10000.00"),
            annual_rate=Decimal("0.11"),
            term_months=6,
            day_count="actual/365",
            fee_rate=Decimal("0.01"),
        )
    )
    assert (schedule.disbursed, schedule.apr) == (Decimal("9900.00"), Decimal("0.1315"))


# ---------------------------------------------------------------------------------------------------------------
# Rounding
@pytest.mark.parametrize(("rate", "apr"), [("0.12345", "0.1234"), ("0.12355", "0.1236")])
def test_an_apr_exactly_on_half_a_basis_point_is_rounded_half_even(rate, apr):
    # 12,000 × 0.12345 / 12 = 123.45 exactly each month: the IRR is exactly 12.345 %, a tie → the even 12.34 %
    # (12.355 % → 12.36 %). Binary floating point cannot tell a tie; the exact check at the boundary does.
    schedule = build(loan(method="balloon", annual_rate=Decimal(rate)))
    assert schedule.instalments[0].interest == Decimal(rate) * 1000
    assert schedule.apr == Decimal(apr)


def test_interest_rounded_down_to_the_cent_shows_in_a_very_short_loans_apr():
    # 10,000 at 11 % actual/365 to a harvest one day later: 10000 × 0.11 / 365 = 3.0137 → 3.01; the farmer pays
    # 3.01 / 10,000 × 365 = 10.99 % a year, and that is what is disclosed: the APR is what the cash flows cost
    schedule = build(
        loan(
            method="balloon",
            principal=Decimal("10000.00"),
            annual_rate=Decimal("0.11"),
            term_months=1,
            harvest=D(2025, 1, 16),
            day_count="actual/365",
        )
    )
    assert (str(schedule.total_interest), schedule.apr) == ("3.01", Decimal("0.1099"))


def test_a_loan_without_any_cost_has_apr_zero():
    schedule = build(loan(annual_rate=Decimal("0")))
    assert str(schedule.apr) == "0.0000"


def test_the_preview_table_explains_the_apr():
    assert (
        "APR:                  15.85 % a year, all costs (IRR: rate per repayment period × periods a year)"
        in format_table(build(loan(fee_rate=Decimal("0.02")))).splitlines()
    )


# ---------------------------------------------------------------------------------------------------------------
# Properties over any terms
def independent_years(terms, schedule) -> list[Fraction] | None:
    """y of each period from the due dates alone, where that needs no knowledge of the calendar's broken periods:
    actual days / 365 on actual day counts (not flat); whole months on 30/360 or flat without a first_due or a
    harvest date. None otherwise."""
    if terms.method != "flat" and terms.day_count != "30/360":
        return actual_days(schedule)
    if terms.first_due is not None or terms.harvest is not None:
        return None
    count = len(schedule.instalments)
    return monthly(count) if count > 1 else [Fraction(terms.term_months, 12)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(terms_strategy())
def test_any_apr_is_its_exact_root_rounded_half_even(terms):
    try:
        schedule = build(terms)
    except ValueError:
        return
    years = independent_years(terms, schedule)
    if years is not None:
        assert_apr_is_the_rounded_root(schedule, years)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(terms_strategy())
def test_without_fees_the_apr_is_never_below_the_rate(terms):
    # large enough that the cent rounding of interest cannot move the root by half a basis point (checked below)
    terms = dataclasses.replace(terms, fee_rate=Decimal(0), principal=terms.principal + 100_000)
    schedule = build(terms)
    rate = terms.annual_rate
    years = independent_years(terms, schedule)
    if years is None:
        # 30/360 with a broken period: covered by test_a_broken_first_period_still_discloses_the_rate. Flat with a
        # broken first period: flat interest is principal × rate × term/12 however long that period is, so a first
        # period longer than a month is truly charged below the rate, and the APR says so.
        return
    # the worst the cent rounding can do: half a minor unit an instalment, grown to the end, against what half a
    # basis point earns on the balances over their years
    unit = Decimal(1).scaleb(-(2 if terms.currency == "CNY" else 0))
    balances = [schedule.financed_principal, *(instalment.balance_after for instalment in schedule.instalments)]
    money_years = sum(Fraction(balance / unit) * year for balance, year in zip(balances, years))
    growth = Fraction(1)
    for year in years:
        growth *= 1 + Fraction(rate) * year
    if HALF_BASIS_POINT * money_years < len(years) * growth:
        return  # see test_interest_rounded_down_to_the_cent_shows_in_a_very_short_loans_apr
    assert schedule.apr >= rate
    if terms.method != "flat" and terms.day_count in ("actual/365", "30/360"):
        assert schedule.apr == rate
    elif terms.day_count == "actual/360" and terms.method != "flat":
        assert abs(Fraction(schedule.apr) - Fraction(rate) * Fraction(365, 360)) <= 2 * HALF_BASIS_POINT
