"""Replay at its edges: the refusal of negative settings, half-fen ties whatever the ambient decimal context, the day a
repayment counts as due, which methods recompute interest, schedules listed out of due-date order, and what a
part no money reached is recorded as.

The loan of tests/unit/domain/test_servicing.py unless said otherwise: 1,000.00 CNY at 12 % a year, 30/360 (1 % a
month), instalments 300.00 + 10.00 due 02-01, 400.00 + 7.00 due 03-01, 300.00 + 3.00 due 04-01; penalty 0.0005 a day
on overdue principal after 3 days of grace.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, localcontext

import pytest

from lending.domain import schedules
from lending.domain.servicing import daily_penalty
from lending.domain.terms import Allocation, LoanTerms
from tests.unit.domain.test_servicing import RATE, START, hand_schedule, pay, run, three_instalment_loan

D = Decimal
FEB_1, MAR_1 = dt.date(2025, 2, 1), dt.date(2025, 3, 1)


def stored(allocation: Allocation) -> dict[str, str]:
    """An allocation as services.loans records it on the transaction: each part as a string."""
    return {part: str(getattr(allocation, part)) for part in ("penalty", "fee", "interest", "principal", "overpayment")}


# ---------------------------------------------------------------------------------------------------------------
# Refusals
@pytest.mark.parametrize(("penalty_rate", "grace_days"), [("-0.0001", 3), ("0.0005", -1), ("-0.0005", -1)])
def test_a_negative_penalty_rate_or_grace_is_refused(penalty_rate, grace_days):
    with pytest.raises(ValueError) as refused:
        run(three_instalment_loan(), [], FEB_1, penalty_rate=D(penalty_rate), grace_days=grace_days)
    assert str(refused.value) == "penalty_rate and grace_days must not be negative"


def test_a_zero_penalty_rate_and_no_grace_are_allowed_and_charge_nothing():
    # 04-30: every instalment overdue, but at 0 a day nothing accrues; with no grace days past due still counts
    state = run(three_instalment_loan(), [], dt.date(2025, 4, 30), penalty_rate=D(0), grace_days=0)
    assert state.penalty_accrued == 0 and state.days_past_due == 88  # 04-30 − 02-01


# ---------------------------------------------------------------------------------------------------------------
# Half-fen ties: half-even, named — not whatever rounding the caller's decimal context happens to have
@pytest.mark.parametrize("rounding", [ROUND_HALF_UP, ROUND_HALF_DOWN])
def test_one_days_penalty_rounds_half_even_whatever_the_decimal_context(rounding):
    with localcontext(rounding=rounding):
        # 250.00 × 0.0005 = 0.125 → 0.12 (half-up: 0.13); 350.00 × 0.0005 = 0.175 → 0.18 (half-down: 0.17)
        assert str(daily_penalty(unpaid_principal=D("250.00"), penalty_rate=RATE, currency="CNY")) == "0.12"
        assert str(daily_penalty(unpaid_principal=D("350.00"), penalty_rate=RATE, currency="CNY")) == "0.18"


@pytest.mark.parametrize(
    ("amount", "second_interest"),
    [
        # 02-01: instalment 1 takes 310.00; the excess prepays instalment 3's 300.00 and then instalment 2's
        # principal down to what is left. Period 2 (02-01 → 03-01) is recomputed on that balance at 1 %:
        # 659.50: 49.50 of instalment 2 → 350.50 × 1 % = 3.505, a tie → 3.50 (even; half-up 3.51)
        ("659.50", "3.50"),
        # 658.50: 48.50 of instalment 2 → 351.50 × 1 % = 3.515, a tie → 3.52 (even; half-down 3.51)
        ("658.50", "3.52"),
    ],
)
@pytest.mark.parametrize("rounding", [None, ROUND_HALF_UP, ROUND_HALF_DOWN])
def test_recomputed_interest_on_a_half_fen_rounds_half_even_whatever_the_decimal_context(
    amount, second_interest, rounding
):
    with localcontext(**({"rounding": rounding} if rounding else {})):
        state = run(three_instalment_loan(), [pay("R1", FEB_1, amount)], FEB_1)
    assert [str(line["interest"]) for line in state.instalments] == ["10.00", second_interest, "0.00"]


# ---------------------------------------------------------------------------------------------------------------
# Which instalments a repayment finds due
def test_an_instalment_due_on_the_value_date_is_due_not_prepaid():
    # 320.00 on 02-01, instalment 1's due date: it takes 10.00 interest + 300.00 principal; the 10.00 excess
    # prepays instalment 3, the last
    state = run(three_instalment_loan(), [pay("R1", FEB_1, "320.00")], FEB_1)
    assert state.allocations["R1"] == Allocation(interest=D("10.00"), principal=D("310.00"))
    assert [line["principal_paid"] for line in state.instalments] == [D("300.00"), D(0), D("10.00")]
    assert state.instalments[0]["paid_on"] == FEB_1


def test_a_day_before_its_due_date_nothing_is_due_and_everything_prepays_principal():
    # 320.00 on 01-31: nothing is due, so all of it is principal from the last instalment back: 300.00 of
    # instalment 3, 20.00 of instalment 2; instalment 1 (its period started 01-01) keeps its 10.00 interest
    state = run(three_instalment_loan(), [pay("R1", dt.date(2025, 1, 31), "320.00")], dt.date(2025, 1, 31))
    assert state.allocations["R1"] == Allocation(principal=D("320.00"))
    assert [line["principal_paid"] for line in state.instalments] == [D(0), D("20.00"), D("300.00")]
    assert state.instalments[0]["interest"] == D("10.00")


def test_an_excess_that_finds_no_principal_to_prepay_recomputes_no_interest():
    # a hand schedule whose second instalment is interest only: 02-01 pays instalment 1 (1,010.00) and 5.00 more;
    # no principal is left to prepay, so nothing is recomputed and the 5.00 pays instalment 2's interest (step 3)
    schedule = hand_schedule([(FEB_1, "1000.00", "10.00"), (MAR_1, "0.00", "10.00")])
    state = run(schedule, [pay("R1", FEB_1, "1015.00")], FEB_1)
    assert state.allocations["R1"] == Allocation(interest=D("15.00"), principal=D("1000.00"))
    assert state.instalments[1]["interest"] == D("10.00")


# ---------------------------------------------------------------------------------------------------------------
# Which methods recompute interest on a prepayment
def balloon(**changes) -> schedules.Schedule:
    """10,000.00 at 12 %, 30/360, from 2025-01-15."""
    terms = LoanTerms(
        principal=D("10000.00"),
        currency="CNY",
        annual_rate=D("0.12"),
        method="balloon",
        term_months=3,
        start=dt.date(2025, 1, 15),
        day_count="30/360",
    )
    return schedules.build(dataclasses.replace(terms, **changes))


def test_a_monthly_interest_balloon_recomputes_interest_after_a_prepayment():
    # interest 10,000 × 1 % = 100.00 on 02-15, 03-15 and 04-15 with the principal. 02-15 pays 100.00 interest and
    # prepays 4,000.00: periods 2 and 3 run on 6,000 → 60.00 each
    schedule = balloon()
    state = run(schedule, [pay("R1", dt.date(2025, 2, 15), "4100.00")], dt.date(2025, 2, 15))
    assert state.allocations["R1"] == Allocation(interest=D("100.00"), principal=D("4000.00"))
    assert [line["interest"] for line in state.instalments] == [D("100.00"), D("60.00"), D("60.00")]


def test_a_harvest_balloon_keeps_its_interest_after_a_prepayment_on_the_day_of_disbursement():
    # one instalment at the harvest 6 months on: 10,000 × 12 % × 6/12 = 600.00. Prepaying 4,000.00 on the day of
    # disbursement does not recompute it (on 6,000 it would be 360.00): harvest interest is not recomputed
    schedule = balloon(balloon_interest="at_harvest", term_months=6)
    assert [(line.principal, line.interest) for line in schedule.instalments] == [(D("10000.00"), D("600.00"))]
    state = run(schedule, [pay("R1", dt.date(2025, 1, 15), "4000.00")], dt.date(2025, 1, 15))
    assert state.allocations["R1"] == Allocation(principal=D("4000.00"))
    assert state.instalments[0]["interest"] == D("600.00")


def test_an_annuity_recomputes_whatever_its_unused_balloon_setting():
    # balloon_interest means nothing to an annuity: 660.00 on 02-01 recomputes period 2 on 350.00 → 3.50
    # (tests/unit/domain/test_servicing.py, the excess prepayment case)
    schedule = three_instalment_loan()
    schedule = dataclasses.replace(schedule, terms=dataclasses.replace(schedule.terms, balloon_interest="at_harvest"))
    state = run(schedule, [pay("R1", FEB_1, "660.00")], FEB_1)
    assert [line["interest"] for line in state.instalments] == [D("10.00"), D("3.50"), D("0.00")]


def test_a_recomputed_whole_month_on_30_360_is_30_days_even_from_february_to_a_31st():
    # annuity 1,000.00 at 12 %, 30/360, from 2025-01-31: A = 10 / (1 − 1.01^−3) = 340.0221 → 340.02; dues 02-28,
    # 03-31, 04-30. Rows: 330.02 + 10.00 (bal. 669.98); 333.32 + 6.70 (bal. 336.66); 336.66 + 3.37.
    # 02-28 pays instalment 1 and prepays 300.00 of instalment 3 (36.66 left). Period 2 (02-28 → 03-31) is a whole
    # month: (333.32 + 36.66) × 1 % = 3.6998 → 3.70 — not the 33 Bond Basis days of the dates (4.07).
    # Period 3: 36.66 × 1 % = 0.3666 → 0.37
    schedule = schedules.build(
        LoanTerms(
            principal=D("1000.00"),
            currency="CNY",
            annual_rate=D("0.12"),
            method="annuity",
            term_months=3,
            start=dt.date(2025, 1, 31),
            day_count="30/360",
        )
    )
    assert [line.interest for line in schedule.instalments] == [D("10.00"), D("6.70"), D("3.37")]
    state = run(schedule, [pay("R1", dt.date(2025, 2, 28), "640.02")], dt.date(2025, 2, 28))
    assert [line["interest"] for line in state.instalments] == [D("10.00"), D("3.70"), D("0.37")]


def test_recomputed_interest_on_actual_365_charges_each_period_its_days():
    # annuity 1,000.00 at 12 %, actual/365, from 2025-01-01: 329.83 + 10.19, 333.85 + 6.17, 336.32 + 3.43.
    # 02-01 pays instalment 1 (340.02) and prepays 300.00 of instalment 3 (36.32 left):
    #   period 2, 02-01 → 03-01, 28 days: 370.17 × 0.12 × 28 / 365 = 3.4076 → 3.41
    #   period 3, 03-01 → 04-01, 31 days:  36.32 × 0.12 × 31 / 365 = 0.3702 → 0.37
    schedule = schedules.build(
        LoanTerms(
            principal=D("1000.00"),
            currency="CNY",
            annual_rate=D("0.12"),
            method="annuity",
            term_months=3,
            start=START,
            day_count="actual/365",
        )
    )
    assert [line.interest for line in schedule.instalments] == [D("10.19"), D("6.17"), D("3.43")]
    state = run(schedule, [pay("R1", FEB_1, "640.02")], FEB_1)
    assert [line["interest"] for line in state.instalments] == [D("10.19"), D("3.41"), D("0.37")]


# ---------------------------------------------------------------------------------------------------------------
# A schedule listed out of due-date order
def test_instalments_are_replayed_in_due_date_order_whatever_their_numbers():
    # numbered 1: 03-01, 2: 02-01, 3: 04-01. Replay orders them by due date: 2, 1, 3. 310.00 on 02-01 pays number 2
    # (300.00 + 10.00), due that day; number 1's period starts 02-01, so a prepayment then recomputes its interest
    schedule = hand_schedule(
        [(MAR_1, "400.00", "7.00"), (FEB_1, "300.00", "10.00"), (dt.date(2025, 4, 1), "300.00", "3.00")]
    )
    state = run(schedule, [pay("R1", FEB_1, "660.00")], FEB_1)
    assert [line["number"] for line in state.instalments] == [2, 1, 3]
    # 660 − 310 = 350 prepays number 3's 300.00 and 50.00 of number 1: period 02-01 → 03-01 on 350 → 3.50
    assert [line["interest"] for line in state.instalments] == [D("10.00"), D("3.50"), D("0.00")]
    assert state.allocations["R1"] == Allocation(interest=D("10.00"), principal=D("650.00"))


# ---------------------------------------------------------------------------------------------------------------
# What a part no money reached, and a penalty never charged, are recorded as
def test_a_part_no_money_reached_is_recorded_as_zero():
    # on time on 02-01: no penalty and no fee to pay; services.loans stores each part's string
    state = run(three_instalment_loan(), [pay("R1", FEB_1, "310.00")], FEB_1)
    assert stored(state.allocations["R1"]) == {
        "penalty": "0",
        "fee": "0",
        "interest": "10.00",
        "principal": "300.00",
        "overpayment": "0.00",  # 310.00 − 10.00 − 300.00
    }


@pytest.mark.parametrize(
    ("transactions", "as_of", "penalty_rate"),
    [
        ([], dt.date(2025, 2, 4), RATE),  # the last day of grace: nothing charged yet
        ([], dt.date(2025, 2, 20), D(0)),  # overdue, but at no penalty rate
        ([pay("R1", FEB_1, "310.00")], dt.date(2025, 2, 20), RATE),  # past grace, but paid on time
    ],
)
def test_a_penalty_never_charged_stays_zero(transactions, as_of, penalty_rate):
    state = run(three_instalment_loan(), transactions, as_of, penalty_rate=penalty_rate)
    assert str(state.instalments[0]["penalty"]) == "0" and str(state.penalty_accrued) == "0"


def test_a_principal_of_one_yuan_or_less_still_accrues_penalty():
    # 1.00 overdue at 1 % a day: 0.01 a day; 02-02 .. 02-05 with no grace = 4 days → 0.04
    schedule = hand_schedule([(FEB_1, "1.00", "0.00"), (MAR_1, "999.00", "10.00")])
    state = run(schedule, [], dt.date(2025, 2, 5), penalty_rate=D("0.01"), grace_days=0)
    assert state.penalty_accrued == D("0.04")


def test_outstanding_amounts_before_anything_falls_due_are_decimal_zeros():
    # 01-15: nothing due, nothing paid, no repayment at all
    state = run(three_instalment_loan(), [], dt.date(2025, 1, 15))
    owed = (state.interest_outstanding, state.fee_outstanding, state.overpayment)
    assert owed == (0, 0, 0) and all(isinstance(amount, Decimal) for amount in owed)
