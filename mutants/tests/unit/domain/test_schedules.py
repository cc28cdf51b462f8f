"""Repayment schedules against tables a person can check by hand (the arithmetic is in the comments), plus
properties that must hold for any terms."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lending.domain.schedules import build, format_table, preview_rows
from lending.domain.terms import DAY_COUNTS, LoanTerms

D = dt.date


def loan(**changes) -> LoanTerms:
    """12,000.00 CNY at 12 %, 12 monthly annuity instalments from 2025-01-15, 30/360 — changed as told."""
    base = LoanTerms(
        principal=Decimal("12000.00"),
        currency="CNY",
        annual_rate=Decimal("0.12"),
        method="annuity",
        term_months=12,
        start=D(2025, 1, 15),
        day_count="30/360",
    )
    return dataclasses.replace(base, **changes)


def table(schedule) -> list[tuple[str, str, str, str]]:
    return [(str(i.principal), str(i.interest), str(i.total), str(i.balance_after)) for i in schedule.instalments]


# ---------------------------------------------------------------------------------------------------------------
# annuity 12,000 @ 12 %, 12 months, 30/360.  r = 0.12/12 = 0.01;  A = 12000 × 0.01 / (1 − 1.01^−12)
# = 120 / 0.1125508 = 1066.1854 → 1066.19.  Each row: interest = balance × 0.12 × 1/12 (half-even to the cent),
# principal = 1066.19 − interest, balance −= principal; the last row pays the remaining balance + its interest.
ANNUITY_30_360 = [
    # principal  interest   total      balance
    ("946.19", "120.00", "1066.19", "11053.81"),  # 12000.00 × 0.01 = 120.0000
    ("955.65", "110.54", "1066.19", "10098.16"),  # 11053.81 × 0.01 = 110.5381
    ("965.21", "100.98", "1066.19", "9132.95"),  # 10098.16 × 0.01 = 100.9816
    ("974.86", "91.33", "1066.19", "8158.09"),  # 9132.95 × 0.01 = 91.3295
    ("984.61", "81.58", "1066.19", "7173.48"),  # 8158.09 × 0.01 = 81.5809
    ("994.46", "71.73", "1066.19", "6179.02"),  # 7173.48 × 0.01 = 71.7348
    ("1004.40", "61.79", "1066.19", "5174.62"),  # 6179.02 × 0.01 = 61.7902
    ("1014.44", "51.75", "1066.19", "4160.18"),  # 5174.62 × 0.01 = 51.7462
    ("1024.59", "41.60", "1066.19", "3135.59"),  # 4160.18 × 0.01 = 41.6018
    ("1034.83", "31.36", "1066.19", "2100.76"),  # 3135.59 × 0.01 = 31.3559
    ("1045.18", "21.01", "1066.19", "1055.58"),  # 2100.76 × 0.01 = 21.0076
    ("1055.58", "10.56", "1066.14", "0.00"),  # 1055.58 × 0.01 = 10.5558; last: 1055.58 + 10.56
]


def test_annuity_30_360_matches_the_hand_table():
    schedule = build(loan())
    assert table(schedule) == ANNUITY_30_360
    assert [i.due_date for i in schedule.instalments] == [
        D(2025 + (m > 12), (m - 1) % 12 + 1, 15) for m in range(2, 14)
    ]
    assert schedule.total_interest == Decimal("794.23")  # 11 × 1066.19 + 1066.14 − 12000
    assert schedule.total_repayable == Decimal("12794.23")
    assert schedule.total_cost_of_credit == Decimal("794.23")
    assert schedule.disbursed == schedule.financed_principal == Decimal("12000.00")
    assert all(i.fee == Decimal("0.00") for i in schedule.instalments)


def test_the_annuity_hand_table_is_its_own_arithmetic():
    """Each row of the table follows from the row above by the comment's formula — the table is not a printout."""
    balance = Decimal("12000.00")
    for principal, interest, total, balance_after in ANNUITY_30_360[:-1]:
        assert Decimal(interest) == (balance * Decimal("0.01")).quantize(Decimal("0.01"))
        assert Decimal(principal) + Decimal(interest) == Decimal(total) == Decimal("1066.19")
        balance -= Decimal(principal)
        assert balance == Decimal(balance_after)
    assert Decimal(ANNUITY_30_360[-1][0]) == balance


# The same loan on actual/365 from 2025-01-15: interest = balance × 0.12 × days / 365, with the days between
# the 15ths: Jan→Feb 31, Feb→Mar 28, Mar→Apr 31, Apr→May 30, May→Jun 31, Jun→Jul 30, Jul→Aug 31, Aug→Sep 31,
# Sep→Oct 30, Oct→Nov 31, Nov→Dec 30, Dec→Jan 31. The instalment stays 1066.19 (r = 0.12/12, as Fineract).
ANNUITY_ACTUAL_365 = [
    ("943.89", "122.30", "1066.19", "11056.11"),  # 12000.00 × 0.12 × 31/365 = 122.3014
    ("964.41", "101.78", "1066.19", "10091.70"),  # 11056.11 × 0.12 × 28/365 = 101.7768
    ("963.34", "102.85", "1066.19", "9128.36"),  # 10091.70 × 0.12 × 31/365 = 102.8524
    ("976.16", "90.03", "1066.19", "8152.20"),  # 9128.36 × 0.12 × 30/365 = 90.0331
    ("983.10", "83.09", "1066.19", "7169.10"),  # 8152.20 × 0.12 × 31/365 = 83.0854
    ("995.48", "70.71", "1066.19", "6173.62"),  # 7169.10 × 0.12 × 30/365 = 70.7089
    ("1003.27", "62.92", "1066.19", "5170.35"),  # 6173.62 × 0.12 × 31/365 = 62.9202
    ("1013.49", "52.70", "1066.19", "4156.86"),  # 5170.35 × 0.12 × 31/365 = 52.6951
    ("1025.19", "41.00", "1066.19", "3131.67"),  # 4156.86 × 0.12 × 30/365 = 40.9992
    ("1034.27", "31.92", "1066.19", "2097.40"),  # 3131.67 × 0.12 × 31/365 = 31.9173
    ("1045.50", "20.69", "1066.19", "1051.90"),  # 2097.40 × 0.12 × 30/365 = 20.6867
    ("1051.90", "10.72", "1062.62", "0.00"),  # 1051.90 × 0.12 × 31/365 = 10.7207
]


def test_annuity_actual_365_charges_each_period_its_days():
    assert table(build(loan(day_count="actual/365"))) == ANNUITY_ACTUAL_365


# Every method on every day count, small enough to redo on paper: 3,000.00 @ 12 %, 3 months from 2025-01-15.
# Days: Jan 15 → Feb 15 = 31, → Mar 15 = 28, → Apr 15 = 31 (90 in all); 30/360: each whole month is 1/12.
# Annuity A = 3000 × 0.01 / (1 − 1.01^−3) = 1020.0663 → 1020.07; principal = A − interest; last takes the rest.
SMALL_TABLES = {
    ("annuity", "actual/365"): [
        ("989.49", "30.58"),  # 3000.00 × 0.12 × 31/365 = 30.5753
        ("1001.56", "18.51"),  # 2010.51 × 0.12 × 28/365 = 18.5077
        ("1008.95", "10.28"),  # 1008.95 × 0.12 × 31/365 = 10.2830
    ],
    ("annuity", "actual/360"): [
        ("989.07", "31.00"),  # 3000.00 × 0.12 × 31/360 = 31.0000
        ("1001.30", "18.77"),  # 2010.93 × 0.12 × 28/360 = 18.7687
        ("1009.63", "10.43"),  # 1009.63 × 0.12 × 31/360 = 10.4328
    ],
    ("annuity", "30/360"): [
        ("990.07", "30.00"),  # 3000.00 × 0.12 / 12 = 30.0000
        ("999.97", "20.10"),  # 2009.93 × 0.12 / 12 = 20.0993
        ("1009.96", "10.10"),  # 1009.96 × 0.12 / 12 = 10.0996
    ],
    # equal principal: 3000 / 3 = 1000.00 each, interest on the declining balance
    ("equal_principal", "actual/365"): [
        ("1000.00", "30.58"),  # 3000 × 0.12 × 31/365 = 30.5753
        ("1000.00", "18.41"),  # 2000 × 0.12 × 28/365 = 18.4110
        ("1000.00", "10.19"),  # 1000 × 0.12 × 31/365 = 10.1918
    ],
    ("equal_principal", "actual/360"): [
        ("1000.00", "31.00"),  # 3000 × 0.12 × 31/360 = 31.0000
        ("1000.00", "18.67"),  # 2000 × 0.12 × 28/360 = 18.6667
        ("1000.00", "10.33"),  # 1000 × 0.12 × 31/360 = 10.3333
    ],
    ("equal_principal", "30/360"): [
        ("1000.00", "30.00"),  # 3000 × 0.01
        ("1000.00", "20.00"),  # 2000 × 0.01
        ("1000.00", "10.00"),  # 1000 × 0.01
    ],
    # flat: 3000 × 0.12 × 3/12 = 90.00 of interest, 30.00 an instalment, whatever the day count
    ("flat", "actual/365"): [("1000.00", "30.00")] * 3,
    ("flat", "actual/360"): [("1000.00", "30.00")] * 3,
    ("flat", "30/360"): [("1000.00", "30.00")] * 3,
    # balloon (interest monthly on the full 3000, principal at the harvest = the last date)
    ("balloon", "actual/365"): [
        ("0.00", "30.58"),  # 3000 × 0.12 × 31/365 = 30.5753
        ("0.00", "27.62"),  # 3000 × 0.12 × 28/365 = 27.6164
        ("3000.00", "30.58"),  # 3000 × 0.12 × 31/365 = 30.5753
    ],
    ("balloon", "actual/360"): [
        ("0.00", "31.00"),  # 3000 × 0.12 × 31/360
        ("0.00", "28.00"),  # 3000 × 0.12 × 28/360
        ("3000.00", "31.00"),  # 3000 × 0.12 × 31/360
    ],
    ("balloon", "30/360"): [("0.00", "30.00"), ("0.00", "30.00"), ("3000.00", "30.00")],
    # bullet: one instalment on 2025-04-15
    ("bullet", "actual/365"): [("3000.00", "88.77")],  # 3000 × 0.12 × 90/365 = 88.7671
    ("bullet", "actual/360"): [("3000.00", "90.00")],  # 3000 × 0.12 × 90/360
    ("bullet", "30/360"): [("3000.00", "90.00")],  # 3000 × 0.12 × 3/12
}


@pytest.mark.parametrize(("method", "day_count"), list(SMALL_TABLES), ids=lambda value: str(value))
def test_every_method_on_every_day_count_matches_its_hand_table(method, day_count):
    schedule = build(loan(principal=Decimal("3000.00"), term_months=3, method=method, day_count=day_count))
    assert [(str(i.principal), str(i.interest)) for i in schedule.instalments] == SMALL_TABLES[(method, day_count)]
    assert schedule.instalments[-1].due_date == D(2025, 4, 15)
    assert schedule.instalments[-1].balance_after == Decimal("0.00")


def test_equal_principal_12_months():
    schedule = build(loan(method="equal_principal"))
    # 12000 / 12 = 1000 a month; interest = balance × 0.01: 120, 110, ..., 10
    assert [i.principal for i in schedule.instalments] == [Decimal("1000.00")] * 12
    assert [i.interest for i in schedule.instalments] == [
        Decimal(120 - 10 * k).quantize(Decimal("0.01")) for k in range(12)
    ]
    assert schedule.total_interest == Decimal("780.00")  # 10 × (12 + 11 + ... + 1) = 10 × 78


def test_flat_12_months():
    schedule = build(loan(method="flat", day_count="actual/365"))
    # 12000 × 0.12 × 12/12 = 1440 → 120.00 a month on top of 1000.00 principal
    assert {(i.principal, i.interest, i.total) for i in schedule.instalments} == {
        (Decimal("1000.00"), Decimal("120.00"), Decimal("1120.00"))
    }
    assert schedule.total_interest == Decimal("1440.00")


def test_flat_last_instalment_absorbs_rounding():
    schedule = build(loan(principal=Decimal("1000.00"), method="flat", term_months=3, annual_rate=Decimal("0.10")))
    # principal 1000/3 = 333.33 + 333.33 + 333.34; interest 1000 × 0.10 × 3/12 = 25.00 → 8.33 + 8.33 + 8.34
    assert [(str(i.principal), str(i.interest)) for i in schedule.instalments] == [
        ("333.33", "8.33"),
        ("333.33", "8.33"),
        ("333.34", "8.34"),
    ]


def test_bullet_actual_365_six_months():
    schedule = build(
        loan(
            principal=Decimal("10000.00"),
            annual_rate=Decimal("0.10"),
            method="bullet",
            term_months=6,
            start=D(2025, 3, 1),
            day_count="actual/365",
        )
    )
    # 2025-03-01 → 2025-09-01 = 184 days; 10000 × 0.10 × 184/365 = 504.1096 → 504.11
    [only] = schedule.instalments
    assert (only.due_date, only.principal, only.interest, only.total) == (
        D(2025, 9, 1),
        Decimal("10000.00"),
        Decimal("504.11"),
        Decimal("10504.11"),
    )


def test_balloon_monthly_interest_with_a_harvest_off_the_monthly_dates():
    schedule = build(
        loan(
            principal=Decimal("10000.00"),
            method="balloon",
            term_months=6,
            start=D(2025, 3, 1),
            day_count="actual/365",
            harvest=D(2025, 8, 20),
        )
    )
    # interest-only on the 1st of Apr..Aug, then the harvest 20 Aug: 10000 × 0.12 × days/365
    assert [(i.due_date, str(i.principal), str(i.interest)) for i in schedule.instalments] == [
        (D(2025, 4, 1), "0.00", "101.92"),  # 31 days: 101.9178
        (D(2025, 5, 1), "0.00", "98.63"),  # 30 days: 98.6301
        (D(2025, 6, 1), "0.00", "101.92"),  # 31
        (D(2025, 7, 1), "0.00", "98.63"),  # 30
        (D(2025, 8, 1), "0.00", "101.92"),  # 31
        (D(2025, 8, 20), "10000.00", "62.47"),  # 1 Aug → 20 Aug = 19 days: 62.4658
    ]


def test_balloon_at_harvest_is_one_instalment_of_principal_and_all_interest():
    whole = build(
        loan(
            principal=Decimal("10000.00"),
            method="balloon",
            balloon_interest="at_harvest",
            term_months=6,
            start=D(2025, 3, 1),
        )
    )
    # 30/360, six whole months: 10000 × 0.12 × 6/12 = 600.00, due 2025-09-01 (start + term_months)
    assert [(i.due_date, str(i.principal), str(i.interest)) for i in whole.instalments] == [
        (D(2025, 9, 1), "10000.00", "600.00")
    ]
    broken = build(
        loan(
            principal=Decimal("10000.00"),
            method="balloon",
            balloon_interest="at_harvest",
            term_months=6,
            start=D(2025, 3, 1),
            day_count="actual/360",
            harvest=D(2025, 8, 20),
        )
    )
    # 1 Mar → 20 Aug = 172 days: 10000 × 0.12 × 172/360 = 573.3333
    assert [(i.due_date, str(i.interest)) for i in broken.instalments] == [(D(2025, 8, 20), "573.33")]


def test_two_months_principal_grace():
    schedule = build(loan(grace_months=2))
    # months 1-2: interest only, 120.00; then A over 10 months = 12000 × 0.01 / (1 − 1.01^−10) = 1266.9849 → 1266.98
    assert table(schedule) == [
        ("0.00", "120.00", "120.00", "12000.00"),
        ("0.00", "120.00", "120.00", "12000.00"),
        ("1146.98", "120.00", "1266.98", "10853.02"),
        ("1158.45", "108.53", "1266.98", "9694.57"),  # 10853.02 × 0.01 = 108.5302
        ("1170.03", "96.95", "1266.98", "8524.54"),  # 9694.57 × 0.01 = 96.9457
        ("1181.73", "85.25", "1266.98", "7342.81"),  # 8524.54 × 0.01 = 85.2454
        ("1193.55", "73.43", "1266.98", "6149.26"),  # 7342.81 × 0.01 = 73.4281
        ("1205.49", "61.49", "1266.98", "4943.77"),  # 6149.26 × 0.01 = 61.4926
        ("1217.54", "49.44", "1266.98", "3726.23"),  # 4943.77 × 0.01 = 49.4377
        ("1229.72", "37.26", "1266.98", "2496.51"),  # 3726.23 × 0.01 = 37.2623
        ("1242.01", "24.97", "1266.98", "1254.50"),  # 2496.51 × 0.01 = 24.9651
        ("1254.50", "12.54", "1267.04", "0.00"),  # 1254.50 × 0.01 = 12.5450 → 12.54 (half-even: 4 is even)
    ]


def test_grace_on_equal_principal_spreads_principal_over_the_rest():
    schedule = build(loan(method="equal_principal", grace_months=2))
    # 12000 / 10 = 1200.00 from month 3
    assert [str(i.principal) for i in schedule.instalments] == ["0.00", "0.00"] + ["1200.00"] * 10


def test_deducted_fee_lowers_the_disbursement_not_the_schedule():
    schedule = build(loan(fee_rate=Decimal("0.02")))
    # fee = 12000 × 0.02 = 240.00; the farmer receives 11,760.00 and repays the same table as without a fee
    assert (schedule.fee, schedule.disbursed, schedule.financed_principal) == (
        Decimal("240.00"),
        Decimal("11760.00"),
        Decimal("12000.00"),
    )
    assert table(schedule) == ANNUITY_30_360
    assert schedule.total_cost_of_credit == Decimal("1034.23")  # 12794.23 − 11760.00 = 794.23 + 240.00
    assert schedule.apr > build(loan()).apr


def test_capitalised_fee_is_amortised_as_principal():
    schedule = build(loan(fee_rate=Decimal("0.02"), fee_mode="capitalised"))
    # financed 12,240.00; A = 12240 × 0.01 / (1 − 1.01^−12) = 1087.5091 → 1087.51; first interest 122.40
    assert (schedule.fee, schedule.disbursed, schedule.financed_principal) == (
        Decimal("240.00"),
        Decimal("12000.00"),
        Decimal("12240.00"),
    )
    first = schedule.instalments[0]
    assert (first.interest, first.total, first.fee) == (Decimal("122.40"), Decimal("1087.51"), Decimal("0.00"))
    assert sum(i.principal for i in schedule.instalments) == Decimal("12240.00")
    assert schedule.total_cost_of_credit == schedule.total_repayable - Decimal("12000.00")


def test_broken_first_period_accrues_its_actual_days():
    schedule = build(loan(start=D(2025, 1, 10), first_due=D(2025, 2, 25), day_count="actual/365"))
    # 10 Jan → 25 Feb = 46 days: 12000 × 0.12 × 46/365 = 181.4795 → 181.48 (not a whole month's 120-ish);
    # the instalment stays 1066.19, later dues keep the 25th
    first, second = schedule.instalments[:2]
    assert (first.due_date, first.interest, first.principal) == (D(2025, 2, 25), Decimal("181.48"), Decimal("884.71"))
    # 25 Feb → 25 Mar = 28 days on 11115.29: 11115.29 × 0.12 × 28/365 = 102.3215
    assert (second.due_date, second.interest) == (D(2025, 3, 25), Decimal("102.32"))
    assert schedule.instalments[-1].due_date == D(2026, 1, 25)


def test_broken_first_period_on_30_360_counts_bond_basis_days():
    schedule = build(loan(start=D(2025, 1, 10), first_due=D(2025, 2, 25)))
    # 30/360: 30 × 1 + (25 − 10) = 45 days: 12000 × 0.12 × 45/360 = 180.00; later months 1/12 each
    assert [str(i.interest) for i in schedule.instalments[:2]] == ["180.00", "111.14"]  # 11113.81 × 0.01


def test_month_end_anchoring_from_31_january():
    schedule = build(loan(start=D(2025, 1, 31)))
    assert [i.due_date for i in schedule.instalments[:4]] == [
        D(2025, 2, 28),
        D(2025, 3, 31),
        D(2025, 4, 30),
        D(2025, 5, 31),
    ]
    assert schedule.instalments[-1].due_date == D(2026, 1, 31)
    # 30/360: every whole month is 1/12, so February costs what March does: the same table as from the 15th
    assert table(schedule) == ANNUITY_30_360


def test_month_end_anchoring_on_actual_365_charges_february_its_28_days():
    schedule = build(loan(start=D(2025, 1, 31), day_count="actual/365", method="equal_principal"))
    # 31 Jan → 28 Feb = 28 days: 12000 × 0.12 × 28/365 = 110.4658; 28 Feb → 31 Mar = 31 days on 11000: 112.1096
    assert [str(i.interest) for i in schedule.instalments[:2]] == ["110.47", "112.11"]


def test_ugx_has_no_decimals():
    schedule = build(loan(currency="UGX", principal=Decimal("1200000")))
    # A = 1,200,000 × 0.01 / (1 − 1.01^−12) = 106,618.54 → 106,619; interest 12,000 then 1,189,... × 0.01
    first = schedule.instalments[0]
    assert (str(first.total), str(first.interest), str(first.principal)) == ("106619", "12000", "94619")
    assert all(
        amount.as_tuple().exponent == 0
        for i in schedule.instalments
        for amount in (i.principal, i.interest, i.total, i.balance_after)
    )
    assert sum(i.principal for i in schedule.instalments) == Decimal("1200000")


def test_zero_rate_annuity_is_equal_principal_without_interest():
    schedule = build(loan(principal=Decimal("1000.00"), annual_rate=Decimal("0"), term_months=3))
    # 1000 / 3 = 333.33, 333.33, last 333.34
    assert [str(i.total) for i in schedule.instalments] == ["333.33", "333.33", "333.34"]
    assert schedule.apr == Decimal("0.0000")


def test_tiny_annuity_does_not_close_before_its_term():
    # 0.07 over 12 months at 0 %: 0.0058 a month rounds to 0.01, which would repay it in 7 months; rounded down
    # instead, the last instalment takes it all
    schedule = build(loan(principal=Decimal("0.07"), annual_rate=Decimal("0")))
    assert [str(i.total) for i in schedule.instalments] == ["0.00"] * 11 + ["0.07"]


# APR: tests/unit/domain/test_apr.py


# Validation
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"principal": Decimal("0")}, "principal must be positive"),
        ({"principal": Decimal("-5.00")}, "principal must be positive"),
        ({"principal": Decimal("100.005")}, "more decimals than CNY"),
        ({"currency": "UGX", "principal": Decimal("100.5")}, "more decimals than UGX"),
        ({"term_months": 0}, "term_months"),
        ({"method": "rule_of_78"}, "unknown method"),
        ({"day_count": "actual/actual"}, "unknown day count"),
        ({"fee_mode": "spread"}, "unknown fee_mode"),
        ({"balloon_interest": "never"}, "unknown balloon_interest"),
        ({"method": "balloon", "harvest": D(2025, 1, 1)}, "harvest .* must be after start"),
        ({"grace_months": 12}, "grace_months"),
        ({"grace_months": -1}, "grace_months"),
        ({"first_due": D(2025, 1, 15)}, "first_due .* must be after start"),
        ({"annual_rate": Decimal("-0.01")}, "annual_rate"),
        ({"fee_rate": Decimal("1")}, "nothing to disburse"),
        ({"currency": "XXX"}, "unsupported currency"),
    ],
)
def test_terms_that_make_no_loan_are_refused(changes, message):
    with pytest.raises(ValueError, match=message):
        build(loan(**changes))


def test_preview_and_build_are_the_same_schedule():
    terms = loan(day_count="actual/365", fee_rate=Decimal("0.015"))
    same_terms = LoanTerms(**{field.name: getattr(terms, field.name) for field in dataclasses.fields(terms)})
    previewed, booked = build(terms), build(same_terms)
    assert previewed == booked
    assert preview_rows(previewed) == preview_rows(booked)
    assert preview_rows(previewed)[0] == {
        "number": 1,
        "due_date": "2025-02-15",
        "principal": "943.89",
        "interest": "122.30",
        "fee": "0.00",
        "total": "1066.19",
        "balance_after": "11056.11",
    }


def test_format_table_has_a_totals_line_and_the_disclosures():
    text = format_table(build(loan(fee_rate=Decimal("0.02"))))
    lines = text.splitlines()
    assert any(line.split()[:4] == ["Total", "12000.00", "794.23", "0.00"] for line in lines)
    assert "Disbursed:            11760.00 CNY" in text
    assert "Origination fee:      240.00 CNY" in text
    assert "Total cost of credit: 1034.23 CNY" in text
    assert "APR:" in text
    rows = [line for line in lines if line[:2].strip().isdigit()]
    assert len(rows) == 12 and len({len(line) for line in rows}) == 1  # aligned


# Properties over any terms
def terms_strategy():
    @st.composite
    def build_terms(draw):
        currency = draw(st.sampled_from(["CNY", "UGX"]))
        places = 2 if currency == "CNY" else 0
        minor = draw(st.integers(1, 100_000_000 if places else 1_000_000))
        term = draw(st.integers(1, 60))
        method = draw(st.sampled_from(["annuity", "equal_principal", "flat", "balloon", "bullet"]))
        start = draw(st.dates(D(2020, 1, 1), D(2030, 12, 31)))
        first_due = draw(st.none() | st.integers(1, 62).map(lambda days: start + dt.timedelta(days=days)))
        harvest = draw(st.none() | st.integers(1, 800).map(lambda days: start + dt.timedelta(days=days)))
        return LoanTerms(
            principal=Decimal(minor).scaleb(-places),
            currency=currency,
            annual_rate=Decimal(draw(st.integers(0, 3600))).scaleb(-4),
            method=method,
            term_months=term,
            start=start,
            first_due=first_due,
            day_count=draw(st.sampled_from(DAY_COUNTS)),
            harvest=harvest if method == "balloon" else None,
            balloon_interest=draw(st.sampled_from(["monthly", "at_harvest"])),
            grace_months=draw(st.integers(0, term - 1)),
            fee_rate=Decimal(draw(st.integers(0, 500))).scaleb(-4),
            fee_mode=draw(st.sampled_from(["deducted", "capitalised"])),
        )

    return build_terms()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(terms_strategy())
def test_any_schedule_adds_up(terms):
    try:
        schedule = build(terms)
    except ValueError as error:  # only a fee that swallows a tiny principal may be refused
        assert "nothing to disburse" in str(error)
        return
    instalments = schedule.instalments
    exponent = -(2 if terms.currency == "CNY" else 0)
    assert sum(i.principal for i in instalments) == schedule.financed_principal
    assert instalments[-1].balance_after == 0
    assert all(i.principal >= 0 and i.interest >= 0 and i.fee >= 0 and i.balance_after >= 0 for i in instalments)
    assert all(i.total == i.principal + i.interest + i.fee for i in instalments)
    assert [i.number for i in instalments] == list(range(1, len(instalments) + 1))
    assert all(earlier.due_date < later.due_date for earlier, later in zip(instalments, instalments[1:]))
    assert instalments[0].due_date > terms.start
    balance = schedule.financed_principal
    for instalment in instalments:
        balance -= instalment.principal
        assert instalment.balance_after == balance
    assert schedule.total_interest == sum(i.interest for i in instalments)
    assert schedule.total_repayable == sum(i.total for i in instalments)
    assert schedule.total_cost_of_credit == schedule.total_repayable - schedule.disbursed
    if terms.fee_mode == "deducted":
        assert schedule.disbursed + schedule.fee == schedule.financed_principal == terms.principal
    else:
        assert schedule.financed_principal == schedule.disbursed + schedule.fee == terms.principal + schedule.fee
    amounts = [
        schedule.disbursed,
        schedule.financed_principal,
        schedule.fee,
        schedule.total_interest,
        schedule.total_repayable,
        schedule.total_cost_of_credit,
    ]
    amounts += [a for i in instalments for a in (i.principal, i.interest, i.fee, i.total, i.balance_after)]
    assert {amount.as_tuple().exponent for amount in amounts} == {exponent}
    assert schedule.apr >= 0 and schedule.apr.as_tuple().exponent == -4
    if terms.method in ("annuity", "equal_principal", "flat"):
        assert len(instalments) == terms.term_months
    if terms.method == "bullet" or (terms.method == "balloon" and terms.balloon_interest == "at_harvest"):
        assert len(instalments) == 1


@settings(max_examples=150, deadline=None)
@given(terms_strategy())
def test_regular_annuity_instalments_are_equal_but_the_last(terms):
    terms = dataclasses.replace(
        terms,
        method="annuity",
        day_count="30/360",
        first_due=None,
        fee_rate=Decimal(0),
        principal=max(terms.principal, Decimal(1000)),
    )
    amortising = [i.total for i in build(terms).instalments[terms.grace_months : -1]]
    assert len(set(amortising)) <= 1
