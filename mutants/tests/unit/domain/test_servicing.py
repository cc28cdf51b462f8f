"""Repayment replay on hand-built schedules whose arithmetic is in the comments.

The main loan: 1,000.00 CNY lent 2025-01-01 at 12 % a year, 30/360 (exactly 1 % a month), three monthly instalments:

    no  due         principal  interest  total    balance after
    1   2025-02-01     300.00     10.00  310.00   700.00     1,000 × 1 %
    2   2025-03-01     400.00      7.00  407.00   300.00       700 × 1 %
    3   2025-04-01     300.00      3.00  303.00     0.00       300 × 1 %

Penalty 0.0005 a day on overdue principal after 3 days of grace unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest

from lending.domain import arrears, schedules
from lending.domain.servicing import daily_penalty, first_penalty_day, replay
from lending.domain.terms import Allocation, Instalment, LoanTerms, Schedule, Transaction

D = Decimal
START = dt.date(2025, 1, 1)
RATE = D("0.0005")


def hand_schedule(
    rows,
    *,
    start=START,
    annual_rate="0.12",
    method="annuity",
    day_count="30/360",
    currency="CNY",
    fee=D(0),
    fee_mode="deducted",
) -> Schedule:
    """A Schedule from (due_date, principal, interest[, fee]) rows; the fee, if any, is carried by the instalments."""
    instalments = []
    financed = sum((D(row[1]) for row in rows), D(0))
    balance = financed
    for number, row in enumerate(rows, start=1):
        due_date, principal, interest = row[0], D(row[1]), D(row[2])
        instalment_fee = D(row[3]) if len(row) > 3 else D(0)
        balance -= principal
        instalments.append(
            Instalment(
                number, due_date, principal, interest, instalment_fee, principal + interest + instalment_fee, balance
            )
        )
    terms = LoanTerms(
        principal=financed,
        currency=currency,
        annual_rate=D(annual_rate),
        method=method,
        term_months=len(rows),
        start=start,
        day_count=day_count,
        fee_mode=fee_mode,
    )
    total_interest = sum((i.interest for i in instalments), D(0))
    total = sum((i.total for i in instalments), D(0))
    return Schedule(
        terms=terms,
        instalments=tuple(instalments),
        disbursed=financed,
        financed_principal=financed,
        fee=fee,
        total_interest=total_interest,
        total_repayable=total,
        apr=D("0.12"),
        total_cost_of_credit=total - financed,
    )


def three_instalment_loan(**overrides) -> Schedule:
    return hand_schedule(
        [
            (dt.date(2025, 2, 1), "300.00", "10.00"),
            (dt.date(2025, 3, 1), "400.00", "7.00"),
            (dt.date(2025, 4, 1), "300.00", "3.00"),
        ],
        **overrides,
    )


def pay(id, value_date, amount, sequence=0) -> Transaction:
    return Transaction(id=id, kind="repayment", value_date=value_date, amount=D(amount), sequence=sequence)


def reverse(id, reverses, value_date, sequence=0) -> Transaction:
    return Transaction(id=id, kind="reversal", value_date=value_date, reverses=reverses, sequence=sequence)


def run(schedule, transactions, as_of, *, grace_days=3, penalty_rate=RATE):
    return replay(schedule, transactions, as_of, penalty_rate=penalty_rate, grace_days=grace_days)


def test_on_time_payments_close_the_loan_with_no_penalty():
    schedule = three_instalment_loan()
    state = run(
        schedule,
        [
            pay("R1", dt.date(2025, 2, 1), "310.00"),
            pay("R2", dt.date(2025, 3, 1), "407.00"),
            pay("R3", dt.date(2025, 4, 1), "303.00"),
        ],
        dt.date(2025, 4, 1),
    )
    assert state.allocations["R1"] == Allocation(interest=D("10.00"), principal=D("300.00"))
    assert state.allocations["R2"] == Allocation(interest=D("7.00"), principal=D("400.00"))
    assert state.allocations["R3"] == Allocation(interest=D("3.00"), principal=D("300.00"))
    assert state.closed and state.days_past_due == 0 and state.arrears_bucket == "current"
    assert (state.principal_outstanding, state.interest_outstanding, state.penalty_accrued) == (0, 0, 0)
    assert [i["paid_on"] for i in state.instalments] == [dt.date(2025, 2, 1), dt.date(2025, 3, 1), dt.date(2025, 4, 1)]


def test_interest_of_future_periods_is_not_outstanding():
    state = run(three_instalment_loan(), [pay("R1", dt.date(2025, 2, 1), "310.00")], dt.date(2025, 2, 20))
    # instalment 1 paid; instalments 2 and 3 not due: only principal is owed, 1,000 − 300
    assert state.principal_outstanding == D("700.00")
    assert state.interest_outstanding == 0
    assert state.days_past_due == 0 and not state.closed


def test_penalty_counts_only_days_after_grace():
    # 1,000 in two instalments of 500 (interest 10 and 5); instalment 1 due 2025-02-01, grace 3 days:
    # 02-02, 02-03, 02-04 are grace; 02-05 is the first penalty day.
    schedule = hand_schedule([(dt.date(2025, 2, 1), "500.00", "10.00"), (dt.date(2025, 3, 1), "500.00", "5.00")])
    assert run(schedule, [], dt.date(2025, 2, 4)).penalty_accrued == 0
    assert run(schedule, [], dt.date(2025, 2, 5)).penalty_accrued == D("0.25")  # 500 × 0.0005 × 1
    # through 02-14: days 02-05 .. 02-14 = 10 days → 500 × 0.0005 × 10 = 2.50
    assert run(schedule, [], dt.date(2025, 2, 14)).penalty_accrued == D("2.50")


def test_the_first_penalty_day_is_the_day_after_grace():
    assert first_penalty_day(due_date=dt.date(2025, 2, 1), grace_days=3) == dt.date(2025, 2, 5)
    assert first_penalty_day(due_date=dt.date(2025, 2, 1), grace_days=0) == dt.date(2025, 2, 2)
    assert first_penalty_day(due_date=dt.date(2025, 2, 27), grace_days=3) == dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    "unpaid, rate, currency, expected",
    [
        ("500.00", "0.0005", "CNY", "0.25"),
        ("333.33", "0.0005", "CNY", "0.17"),  # 0.166665
        ("250.00", "0.0005", "CNY", "0.12"),  # 0.125: half-even keeps the even cent
        ("350.00", "0.0005", "CNY", "0.18"),  # 0.175
        ("25000", "0.0001", "UGX", "2"),  # 2.5 shillings, no minor unit: the even shilling
        ("300.00", "0", "CNY", "0.00"),
    ],
)
def test_one_days_penalty_is_rounded_half_even_to_the_minor_unit(unpaid, rate, currency, expected):
    amount = daily_penalty(unpaid_principal=D(unpaid), penalty_rate=D(rate), currency=currency)
    assert str(amount) == expected


def test_late_payment_pays_its_penalty_first():
    schedule = hand_schedule([(dt.date(2025, 2, 1), "500.00", "10.00"), (dt.date(2025, 3, 1), "500.00", "5.00")])
    # paid 02-14: penalty for 02-05 .. 02-14 (10 days, principal unpaid at the end of each previous day) = 2.50
    state = run(schedule, [pay("R1", dt.date(2025, 2, 14), "512.50")], dt.date(2025, 2, 20))
    assert state.allocations["R1"] == Allocation(penalty=D("2.50"), interest=D("10.00"), principal=D("500.00"))
    assert state.instalments[0]["paid_on"] == dt.date(2025, 2, 14)
    # nothing accrues after the principal is paid
    assert state.penalty_accrued == D("2.50") and state.penalty_outstanding == 0
    assert state.days_past_due == 0


def test_partial_payment_goes_penalty_fee_interest_principal_of_the_oldest():
    # instalment 1 also carries a fee of 5.00
    schedule = hand_schedule(
        [
            (dt.date(2025, 2, 1), "300.00", "10.00", "5.00"),
            (dt.date(2025, 3, 1), "400.00", "7.00"),
            (dt.date(2025, 4, 1), "300.00", "3.00"),
        ],
        fee=D("5.00"),
    )
    state = run(schedule, [pay("R1", dt.date(2025, 2, 14), "100.00")], dt.date(2025, 2, 14))
    # penalty 300 × 0.0005 × 10 days (02-05 .. 02-14) = 1.50; then fee 5.00, interest 10.00, principal the rest:
    # 100 − 1.50 − 5 − 10 = 83.50
    assert state.allocations["R1"] == Allocation(
        penalty=D("1.50"), fee=D("5.00"), interest=D("10.00"), principal=D("83.50")
    )
    assert state.principal_outstanding == D("916.50")  # 1,000 − 83.50
    assert (state.interest_outstanding, state.fee_outstanding, state.penalty_outstanding) == (0, 0, 0)
    assert state.days_past_due == 13 and state.arrears_bucket == "1-30"  # 02-14 − 02-01
    assert state.instalments[0]["paid_on"] is None


def test_penalty_follows_the_principal_left_after_a_partial_payment():
    schedule = three_instalment_loan()
    # 02-14 pays 1.50 penalty + 10 interest + 88.50 principal; 211.50 principal stays overdue.
    # 02-15 .. 02-20 = 6 days × round(211.50 × 0.0005 = 0.10575) = 6 × 0.11 = 0.66
    state = run(schedule, [pay("R1", dt.date(2025, 2, 14), "100.00")], dt.date(2025, 2, 20))
    assert state.allocations["R1"].principal == D("88.50")
    assert state.penalty_accrued == D("2.16")  # 1.50 + 0.66
    assert state.penalty_outstanding == D("0.66")


def test_excess_prepays_principal_from_the_last_instalment_and_recomputes_interest():
    schedule = three_instalment_loan()
    # 660 on 02-01: instalment 1 takes 310; the excess 350 prepays instalment 3's 300, then 50 of instalment 2's.
    # Period 2 (02-01 → 03-01) starts on the value date, so its interest is recomputed on what is left:
    # (400 − 50) + 0 = 350 × 1 % = 3.50; period 3 has a zero balance → 0.
    state = run(schedule, [pay("R1", dt.date(2025, 2, 1), "660.00")], dt.date(2025, 2, 1))
    assert state.allocations["R1"] == Allocation(interest=D("10.00"), principal=D("650.00"))
    second, third = state.instalments[1], state.instalments[2]
    assert (second["principal"], second["principal_paid"], second["interest"]) == (D("400.00"), D("50.00"), D("3.50"))
    assert (third["principal_paid"], third["interest"], third["paid_on"]) == (
        D("300.00"),
        D("0.00"),
        dt.date(2025, 2, 1),
    )
    assert state.principal_outstanding == D("350.00")
    # 03-01 owes 350 + 3.50 = 353.50; paying 400 leaves 46.50 beyond everything: an overpayment
    state = run(
        schedule,
        [pay("R1", dt.date(2025, 2, 1), "660.00"), pay("R2", dt.date(2025, 3, 1), "400.00")],
        dt.date(2025, 3, 10),
    )
    assert state.allocations["R2"] == Allocation(interest=D("3.50"), principal=D("350.00"), overpayment=D("46.50"))
    assert state.closed and state.overpayment == D("46.50")


def test_prepayment_mid_period_keeps_the_current_period_interest():
    schedule = three_instalment_loan()
    # 1,000 on 01-15 (inside period 1): nothing is due; principal 300 (no 3), 400 (no 2), 300 (no 1) is prepaid.
    # Period 1 has started: its 10.00 interest stays and falls due on 02-01; periods 2 and 3 drop to 0.
    state = run(schedule, [pay("R1", dt.date(2025, 1, 15), "1000.00")], dt.date(2025, 1, 15))
    assert state.allocations["R1"] == Allocation(principal=D("1000.00"))
    assert [i["interest"] for i in state.instalments] == [D("10.00"), D("0.00"), D("0.00")]
    assert not state.closed
    # paying 1,010 instead settles the current period's interest too and closes the loan
    state = run(schedule, [pay("R1", dt.date(2025, 1, 15), "1010.00")], dt.date(2025, 1, 15))
    assert state.allocations["R1"] == Allocation(interest=D("10.00"), principal=D("1000.00"))
    assert state.closed and state.interest_outstanding == 0


def test_backdated_repayment_reallocates_a_later_repayment():
    schedule = three_instalment_loan()
    late = pay("R2", dt.date(2025, 3, 1), "310.00", sequence=1)
    # Alone, R2 finds instalment 1 late: penalty 02-05 .. 03-01 = 25 days × 300 × 0.0005 = 3.75,
    # then interest 10, principal 310 − 3.75 − 10 = 296.25.
    before = run(schedule, [late], dt.date(2025, 3, 1))
    assert before.allocations["R2"] == Allocation(penalty=D("3.75"), interest=D("10.00"), principal=D("296.25"))
    assert before.days_past_due == 28  # 03-01 − 02-01
    # A repayment valued 02-01 is posted afterwards: instalment 1 was paid on time, so R2 pays instalment 2
    # (due 03-01): interest 7, principal 303; no penalty ever accrued.
    backdated = pay("R1", dt.date(2025, 2, 1), "310.00", sequence=2)
    after = run(schedule, [late, backdated], dt.date(2025, 3, 1))
    assert after.allocations["R1"] == Allocation(interest=D("10.00"), principal=D("300.00"))
    assert after.allocations["R2"] == Allocation(interest=D("7.00"), principal=D("303.00"))
    assert after.penalty_accrued == 0 and after.days_past_due == 0  # instalment 2 is due today, not late
    assert after.principal_outstanding == D("397.00")  # 1,000 − 300 − 303


def test_replay_does_not_depend_on_posting_order():
    schedule = three_instalment_loan()
    transactions = [
        pay("R1", dt.date(2025, 2, 20), "200.00", 1),
        pay("R2", dt.date(2025, 2, 10), "150.00", 2),
        pay("R3", dt.date(2025, 2, 20), "120.00", 3),
        reverse("V1", "R2", dt.date(2025, 3, 2)),
    ]
    expected = run(schedule, transactions, dt.date(2025, 3, 15))
    shuffler = random.Random(7)
    for _ in range(5):
        shuffler.shuffle(transactions)
        assert run(schedule, transactions, dt.date(2025, 3, 15)) == expected


def test_reversal_removes_a_repayment_and_reallocates_the_later_ones():
    schedule = three_instalment_loan()
    transactions = [
        pay("R1", dt.date(2025, 2, 1), "310.00"),
        pay("R2", dt.date(2025, 3, 1), "407.00"),
        reverse("V1", "R1", dt.date(2025, 3, 5)),
    ]
    state = run(schedule, transactions, dt.date(2025, 3, 5))
    assert state.allocations["R1"] == Allocation()
    # R2 now finds instalment 1 late: penalty 25 days (02-05 .. 03-01) × 300 × 0.0005 = 3.75, interest 10,
    # principal 300; the remaining 93.25 goes to instalment 2: interest 7, principal 86.25.
    assert state.allocations["R2"] == Allocation(penalty=D("3.75"), interest=D("17.00"), principal=D("386.25"))
    # instalment 2 keeps 313.75 principal overdue; 03-05 is its first penalty day: 313.75 × 0.0005 = 0.156875 → 0.16
    assert state.penalty_outstanding == D("0.16")
    assert state.days_past_due == 4 and state.arrears_bucket == "1-30"
    assert state.principal_outstanding == D("613.75")  # 1,000 − 386.25


def test_reversal_of_unknown_or_already_reversed_repayment_raises():
    schedule = three_instalment_loan()
    repayment = pay("R1", dt.date(2025, 2, 1), "310.00")
    with pytest.raises(ValueError, match="no repayment"):
        run(schedule, [repayment, reverse("V1", "R9", dt.date(2025, 2, 2))], dt.date(2025, 2, 2))
    with pytest.raises(ValueError, match="already reversed"):
        run(
            schedule,
            [repayment, reverse("V1", "R1", dt.date(2025, 2, 2)), reverse("V2", "R1", dt.date(2025, 2, 3))],
            dt.date(2025, 2, 3),
        )
    with pytest.raises(ValueError, match="no repayment"):
        run(
            schedule,
            [repayment, reverse("V1", "R1", dt.date(2025, 2, 2)), reverse("V2", "V1", dt.date(2025, 2, 3))],
            dt.date(2025, 2, 3),
        )


def test_repayment_before_disbursement_raises():
    with pytest.raises(ValueError, match="before disbursement"):
        run(three_instalment_loan(), [pay("R1", dt.date(2024, 12, 31), "10.00")], dt.date(2025, 1, 5))


def test_duplicate_transaction_id_raises():
    with pytest.raises(ValueError, match="duplicate"):
        run(
            three_instalment_loan(),
            [pay("R1", dt.date(2025, 1, 5), "10.00"), pay("R1", dt.date(2025, 1, 6), "10.00")],
            dt.date(2025, 1, 7),
        )


@pytest.mark.parametrize("amount", ["0", "-5.00", "1.005"])
def test_repayment_amount_must_be_a_positive_currency_amount(amount):
    with pytest.raises(ValueError, match="not a positive"):
        run(three_instalment_loan(), [pay("R1", dt.date(2025, 1, 5), amount)], dt.date(2025, 1, 7))


def test_repayments_valued_after_as_of_have_not_happened_yet():
    state = run(three_instalment_loan(), [pay("R1", dt.date(2025, 2, 1), "310.00")], dt.date(2025, 1, 31))
    assert "R1" not in state.allocations and state.principal_outstanding == D("1000.00")


def test_early_repayment_before_the_first_due_date_reduces_principal():
    # 100 on 01-10: nothing due, so it prepays instalment 3's principal; period 2 and 3 interest recomputed:
    # period 2 balance 400 + 200 = 600 → 6.00; period 3 balance 200 → 2.00
    state = run(three_instalment_loan(), [pay("R1", dt.date(2025, 1, 10), "100.00")], dt.date(2025, 1, 10))
    assert state.allocations["R1"] == Allocation(principal=D("100.00"))
    assert [i["interest"] for i in state.instalments] == [D("10.00"), D("6.00"), D("2.00")]
    assert state.principal_outstanding == D("900.00")


def test_flat_interest_is_not_recomputed_on_prepayment():
    schedule = three_instalment_loan(method="flat")
    state = run(schedule, [pay("R1", dt.date(2025, 1, 10), "100.00")], dt.date(2025, 1, 10))
    assert [i["interest"] for i in state.instalments] == [D("10.00"), D("7.00"), D("3.00")]


@pytest.mark.parametrize(
    "days, bucket",
    [
        (0, "current"),
        (1, "1-30"),
        (30, "1-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "90+"),
    ],
)
def test_days_past_due_and_arrears_bucket(days, bucket):
    # a single instalment due 2025-02-01 never paid
    schedule = hand_schedule([(dt.date(2025, 2, 1), "1000.00", "10.00")])
    state = run(schedule, [], dt.date(2025, 2, 1) + dt.timedelta(days=days), grace_days=0)
    assert state.days_past_due == days
    assert state.arrears_bucket == bucket == arrears.bucket(days_past_due=days)


def test_days_past_due_counts_from_the_oldest_unpaid_instalment():
    # instalment 1 paid, instalment 2 (due 03-01) not: on 04-10 the loan is 40 days past due, not 9
    state = run(three_instalment_loan(), [pay("R1", dt.date(2025, 2, 1), "310.00")], dt.date(2025, 4, 10), grace_days=0)
    assert state.days_past_due == 40 and state.arrears_bucket == "31-60"
    # interest of both due instalments is outstanding: 7 + 3
    assert state.interest_outstanding == D("10.00")


@pytest.mark.parametrize("kind", ["waiver", "writeoff"])
def test_kinds_not_replayed_yet_are_refused(kind):
    with pytest.raises(ValueError, match="not replayed"):
        run(three_instalment_loan(), [Transaction("W1", kind, dt.date(2025, 2, 5), D("1.00"))], dt.date(2025, 2, 5))


def test_reversal_erases_the_repayment_whatever_its_own_date():
    # the reversal is posted 03-05 but the loan as of 02-10 already shows instalment 1 unpaid
    transactions = [pay("R1", dt.date(2025, 2, 1), "310.00"), reverse("V1", "R1", dt.date(2025, 3, 5))]
    state = run(three_instalment_loan(), transactions, dt.date(2025, 2, 10))
    assert state.allocations["R1"] == Allocation()
    assert state.days_past_due == 9


def test_penalty_is_rounded_per_day_so_repayments_in_between_do_not_move_it():
    schedule = hand_schedule([(dt.date(2025, 2, 1), "333.33", "0.00"), (dt.date(2025, 3, 1), "666.67", "0.00")])
    # 333.33 × 0.0005 = 0.166665 → 0.17 a day; 02-02 .. 02-04 = 3 days = 0.51
    assert run(schedule, [], dt.date(2025, 2, 4), grace_days=0).penalty_accrued == D("0.51")
    # two 0.01 repayments pay penalty only (the principal is unchanged) and split the span 1 + 1 + 1 days:
    # still 3 × 0.17 = 0.51, of which 0.02 is paid
    tiny = [pay("R1", dt.date(2025, 2, 2), "0.01"), pay("R2", dt.date(2025, 2, 3), "0.01")]
    state = run(schedule, tiny, dt.date(2025, 2, 4), grace_days=0)
    assert state.penalty_accrued == D("0.51") and state.penalty_outstanding == D("0.49")


def test_recomputed_interest_never_exceeds_the_scheduled_interest():
    # an interest-free promotion on a schedule whose terms say 12 %: a prepayment must not create interest
    schedule = hand_schedule([(dt.date(2025, 2, 1), "500.00", "0.00"), (dt.date(2025, 3, 1), "500.00", "0.00")])
    state = run(schedule, [pay("R1", dt.date(2025, 1, 1), "100.00")], dt.date(2025, 1, 1))
    assert [i["interest"] for i in state.instalments] == [D("0.00"), D("0.00")]


def test_prepayment_on_a_built_schedule_recomputes_like_the_builder():
    schedule = schedules.build(
        LoanTerms(
            principal=D("1000.00"),
            currency="CNY",
            annual_rate=D("0.12"),
            method="equal_principal",
            term_months=3,
            start=START,
            day_count="30/360",
        )
    )
    # principal 333.33 / 333.33 / 333.34, interest 1 % of 1,000 / 666.67 / 333.34 = 10.00 / 6.67 / 3.33
    assert [(i.principal, i.interest) for i in schedule.instalments] == [
        (D("333.33"), D("10.00")),
        (D("333.33"), D("6.67")),
        (D("333.34"), D("3.33")),
    ]
    # 02-01: instalment 1 (343.33) + the whole of instalment 3's principal (333.34) → period 2 runs on 333.33:
    # 333.33 × 1 % = 3.3333 → 3.33; period 3 on nothing → 0.00
    state = run(schedule, [pay("R1", dt.date(2025, 2, 1), "676.67")], dt.date(2025, 2, 1))
    assert [i["interest"] for i in state.instalments] == [D("10.00"), D("3.33"), D("0.00")]
    assert state.instalments[2]["paid_on"] == dt.date(2025, 2, 1)
