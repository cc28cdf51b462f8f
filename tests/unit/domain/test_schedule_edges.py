"""Schedules at their edges: the preview table word for word, tiny loans whose shares round to nothing, interest that
exceeds the instalment, month-end and off-calendar periods on 30/360, and a 30/360 period of no days in the APR.
Amounts in fen (0.01 CNY) in the comments; 1 % a month is 12 % a year on 30/360."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from lending.domain.schedules import build, format_table
from lending.domain.terms import LoanTerms

D = Decimal
START = dt.date(2025, 1, 15)


def terms(principal: str, method: str, term_months: int, annual_rate: str = "0.12", **more) -> LoanTerms:
    return LoanTerms(
        principal=D(principal),
        currency="CNY",
        annual_rate=D(annual_rate),
        method=method,
        term_months=term_months,
        start=more.pop("start", START),
        day_count=more.pop("day_count", "30/360"),
        **more,
    )


def column(schedule, name: str) -> list[str]:
    return [str(getattr(instalment, name)) for instalment in schedule.instalments]


# ---------------------------------------------------------------------------------------------------------------
# The preview table (`flask loan preview`), word for word
def test_the_preview_table_of_a_loan_with_a_deducted_fee():
    # 1,000.00 in 2 equal principal parts at 1 % a month: 500.00 + 10.00, then 500.00 + 5.00. Fee 1 % = 10.00,
    # deducted: 990.00 disbursed; cost 1,015.00 − 990.00 = 25.00. APR: 990 = 510 v + 505 v², v = 1 / (1 + m):
    # v = (−510 + √(510² + 4 × 505 × 990)) / 1,010 = 0.983462, m = 0.016816 a month, × 12 = 20.18 %
    text = format_table(build(terms("1000.00", "equal_principal", 2, fee_rate=D("0.01"))))
    assert text.splitlines() == [
        "equal_principal loan of 1000.00 CNY at 12.00 % a year, 2 months, 30/360, from 2025-01-15",
        "No  Due date    Principal  Interest   Fee    Total  Balance",
        "-----------------------------------------------------------",
        " 1  2025-02-15     500.00     10.00  0.00   510.00   500.00",
        " 2  2025-03-15     500.00      5.00  0.00   505.00     0.00",
        "-----------------------------------------------------------",
        "    Total         1000.00     15.00  0.00  1015.00",
        "",
        "Disbursed:            990.00 CNY",
        "Origination fee:      10.00 CNY (deducted from the disbursement)",
        "Financed principal:   1000.00 CNY",
        "Total interest:       15.00 CNY",
        "Total repayable:      1015.00 CNY",
        "Total cost of credit: 25.00 CNY",
        "APR:                  20.18 % a year, all costs (IRR: rate per repayment period × periods a year)",
    ]


def test_the_preview_table_of_a_loan_with_a_capitalised_fee():
    # the fee of 10.00 is added to the principal: 1,010.00 in 505.00 + 10.10, then 505.00 + 5.05; 1,000.00 paid out.
    # APR: 1,000 = 515.10 v + 510.05 v²: v = 0.983528, m = 0.016748, × 12 = 20.10 %
    text = format_table(build(terms("1000.00", "equal_principal", 2, fee_rate=D("0.01"), fee_mode="capitalised")))
    assert text.splitlines()[3:] == [
        " 1  2025-02-15     505.00     10.10  0.00   515.10   505.00",
        " 2  2025-03-15     505.00      5.05  0.00   510.05     0.00",
        "-----------------------------------------------------------",
        "    Total         1010.00     15.15  0.00  1025.15",
        "",
        "Disbursed:            1000.00 CNY",
        "Origination fee:      10.00 CNY (added to the principal)",
        "Financed principal:   1010.00 CNY",
        "Total interest:       15.15 CNY",
        "Total repayable:      1025.15 CNY",
        "Total cost of credit: 25.15 CNY",
        "APR:                  20.10 % a year, all costs (IRR: rate per repayment period × periods a year)",
    ]


def test_the_preview_table_of_a_single_instalment_totals_its_fee_column():
    # a 12-month bullet: 1,000.00 + 1,000 × 12 % = 120.00 in one instalment; APR 120 / 1,000 over one year
    text = format_table(build(terms("1000.00", "bullet", 12)))
    assert text.splitlines()[:7] == [
        "bullet loan of 1000.00 CNY at 12.00 % a year, 12 months, 30/360, from 2025-01-15",
        "No  Due date    Principal  Interest   Fee    Total  Balance",
        "-----------------------------------------------------------",
        " 1  2026-01-15    1000.00    120.00  0.00  1120.00     0.00",
        "-----------------------------------------------------------",
        "    Total         1000.00    120.00  0.00  1120.00",
        "",
    ]
    assert text.splitlines()[-1].startswith("APR:                  12.00 % a year")


def test_the_preview_table_adds_up_the_fees_the_instalments_carry():
    # a schedule whose instalments carry fees of 1.00 and 2.00 (build spreads none yet): the totals line shows 3.00
    schedule = build(terms("1000.00", "equal_principal", 2))
    first, second = schedule.instalments
    schedule = dataclasses.replace(
        schedule,
        instalments=(
            first._replace(fee=D("1.00"), total=D("511.00")),
            second._replace(fee=D("2.00"), total=D("507.00")),
        ),
    )
    lines = format_table(schedule).splitlines()
    assert lines[3:7] == [
        " 1  2025-02-15     500.00     10.00  1.00   511.00   500.00",
        " 2  2025-03-15     500.00      5.00  2.00   507.00     0.00",
        "-----------------------------------------------------------",
        "    Total         1000.00     15.00  3.00  1015.00",
    ]


# ---------------------------------------------------------------------------------------------------------------
# Tiny loans: shares that round to nothing, instalments rounded down so the loan lasts its term
def test_a_flat_share_that_would_overshoot_is_rounded_down_and_the_last_takes_it_all():
    # 5 fen over 7 months: 5 / 7 = 0.71 rounds to 1, and 6 × 1 = 6 > 5 would leave the last −1: round down to 0
    schedule = build(terms("0.05", "flat", 7, annual_rate="0"))
    assert column(schedule, "principal") == ["0.00"] * 6 + ["0.05"]


def test_a_flat_share_that_leaves_the_last_nothing_is_kept():
    # 3 fen over 4 months: 3 / 4 = 0.75 rounds to 1, and 3 × 1 = 3 is not above 3: the last is 0.00, not negative
    schedule = build(terms("0.03", "flat", 4, annual_rate="0"))
    assert column(schedule, "principal") == ["0.01", "0.01", "0.01", "0.00"]


def test_flat_principal_is_spread_over_the_months_after_grace():
    # 1,200.00 over 3 months with 1 month of grace: 1,200 / (3 − 1) = 600.00 twice. Interest 1,200 × 1 % × 3 = 36.00,
    # 12.00 a month
    schedule = build(terms("1200.00", "flat", 3, grace_months=1))
    assert column(schedule, "principal") == ["0.00", "600.00", "600.00"]
    assert column(schedule, "interest") == ["12.00", "12.00", "12.00"]


def test_an_annuity_rounded_up_on_its_own_half_fen_still_lasts_its_term():
    # 7 fen over 2 months at 0 %: A = 3.5, a tie → 4 (even); 4 + 3 lasts the 2 months, nothing to round down
    schedule = build(terms("0.07", "annuity", 2, annual_rate="0"))
    assert column(schedule, "total") == ["0.04", "0.03"]


def test_a_tiny_annuity_with_interest_is_rounded_down_to_last_its_term():
    # 51 fen at 1 % a month over 12 months: A = 51 × 0.01 / (1 − 1.01^−12) = 4.53 → 5 would repay it in 11
    # months (4 + 5 × 9 + 2 = 51), so A is rounded down to 4: month 1 interest 51 × 1 % = 0.51 → 1, principal 3;
    # then 48 × 1 % = 0.48 → 0 interest and 4 principal ten times (48 − 40 = 8); the last pays the 8
    schedule = build(terms("0.51", "annuity", 12))
    assert column(schedule, "principal") == ["0.03"] + ["0.04"] * 10 + ["0.08"]
    assert column(schedule, "interest") == ["0.01"] + ["0.00"] * 11
    assert column(schedule, "total") == ["0.04"] * 11 + ["0.08"]


# ---------------------------------------------------------------------------------------------------------------
# Interest above the instalment: no negative principal
def test_a_long_first_period_whose_interest_exceeds_the_instalment_repays_no_principal():
    # 10,000.00 at 36 % (3 % a month) over 24 months, actual/365, first due 73 days on (2025-01-01 → 03-15):
    # A = 300 / (1 − 1.03^−24) = 300 / 0.508066 = 590.47; interest 1: 10,000 × 0.36 × 73 / 365 = 720.00 > A, so
    # the instalment is all interest (720.00) and no principal, never a negative one.
    # Interest 2 (03-15 → 04-15, 31 days): 10,000 × 0.36 × 31 / 365 = 305.75; principal 590.47 − 305.75 = 284.72
    schedule = build(
        terms(
            "10000.00",
            "annuity",
            24,
            annual_rate="0.36",
            start=dt.date(2025, 1, 1),
            first_due=dt.date(2025, 3, 15),
            day_count="actual/365",
        )
    )
    first, second = schedule.instalments[:2]
    assert (str(first.principal), str(first.interest), str(first.balance_after)) == ("0.00", "720.00", "10000.00")
    assert (str(second.principal), str(second.interest), str(second.total)) == ("284.72", "305.75", "590.47")


# ---------------------------------------------------------------------------------------------------------------
# 30/360: whole months are 30 days whatever the dates; broken periods count Bond Basis days
def test_a_first_due_a_whole_month_on_from_the_31st_accrues_a_whole_month():
    # from 2025-01-31, first due 2025-02-28: a whole month (month end to month end) → 1,000 × 1 % = 10.00,
    # not the 28 Bond Basis days of the dates (9.33)
    schedule = build(terms("1000.00", "annuity", 3, start=dt.date(2025, 1, 31), first_due=dt.date(2025, 2, 28)))
    assert schedule.instalments[0].interest == D("10.00")


def test_a_balloon_harvest_on_a_month_end_date_accrues_a_whole_month():
    # 10,000.00 from 2025-01-31, harvest 2025-03-31: interest dates 02-28 and 03-31, both whole months → 100.00
    # each; 02-28 → 03-31 is not the 33 Bond Basis days (110.00)
    schedule = build(terms("10000.00", "balloon", 2, start=dt.date(2025, 1, 31), harvest=dt.date(2025, 3, 31)))
    assert [(i.due_date, str(i.interest)) for i in schedule.instalments] == [
        (dt.date(2025, 2, 28), "100.00"),
        (dt.date(2025, 3, 31), "100.00"),
    ]


def test_a_balloon_harvest_off_the_monthly_dates_accrues_its_days_on_30_360():
    # 10,000.00 from 2025-01-15, harvest 2025-04-01: 02-15 and 03-15 are whole months (100.00 each); 03-15 → 04-01
    # is 16 Bond Basis days: 10,000 × 0.12 × 16 / 360 = 53.33
    schedule = build(terms("10000.00", "balloon", 3, harvest=dt.date(2025, 4, 1)))
    assert column(schedule, "interest") == ["100.00", "100.00", "53.33"]


def test_a_balloon_harvest_before_the_first_monthly_date_accrues_its_days():
    # harvest 2025-02-01, before the first monthly date 02-15: one period of 16 Bond Basis days → 53.33
    schedule = build(terms("10000.00", "balloon", 3, harvest=dt.date(2025, 2, 1)))
    assert [(i.due_date, str(i.principal), str(i.interest)) for i in schedule.instalments] == [
        (dt.date(2025, 2, 1), "10000.00", "53.33")
    ]


def test_a_bullet_falls_due_at_the_end_of_its_term_whatever_harvest_is_given():
    # a harvest date is a balloon's; a 6-month bullet from 2025-01-15 is due 2025-07-15: 10,000 × 1 % × 6 = 600.00
    schedule = build(terms("10000.00", "bullet", 6, harvest=dt.date(2025, 3, 1)))
    assert [(i.due_date, str(i.interest)) for i in schedule.instalments] == [(dt.date(2025, 7, 15), "600.00")]


def test_a_30_360_period_of_no_days_counts_one_day_in_the_apr():
    # a bullet from the 30th to the 31st: 30/360 counts 0 days (D1 30, D2 31 → 30), so no interest; the 1 % fee
    # (10.00 of 1,000.00, 990.00 paid out) is the whole cost, over the period's one real day, 1/360 of a year:
    # x = (1,000 − 990) / 990 × 360 = 3.63636 → 363.64 %
    schedule = build(
        terms("1000.00", "bullet", 1, start=dt.date(2025, 1, 30), first_due=dt.date(2025, 1, 31), fee_rate=D("0.01"))
    )
    assert (str(schedule.total_interest), schedule.apr) == ("0.00", D("3.6364"))


def test_the_apr_of_a_loan_of_a_few_fen_is_still_its_exact_root():
    # 2 fen at 360 % a year (30 % a month) in 2 annuity months: A = 2 × 0.3 / (1 − 1.3^−2) = 1.47 → 1 fen;
    # interest 2 × 0.3 = 0.6 → 1 fen both months, so 1 fen (all interest) then 2 + 1 = 3 fen.
    # APR: 2 = 1 / u + 3 / u², u = 1 + m → 2u² − u − 3 = 0 → u = (1 + √25) / 4 = 1.5: m = 50 %, × 12 = 600 %
    schedule = build(terms("0.02", "annuity", 2, annual_rate="3.6"))
    assert column(schedule, "total") == ["0.01", "0.03"]
    assert schedule.apr == D("6.0000")
