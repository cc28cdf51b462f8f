"""Properties of repayment replay and the journal over random loans and random histories.

A history is a run of steps — repayments (random amounts, some backdated), reversals and close-of-business steps
that move `as_of` forward. After every step the loan is replayed from scratch and the journal gets the adjusting
entries between the previous state and the new one. Whatever happens, the journal balances, nothing goes
negative, and the ledger's receivables are the replay's outstanding figures.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from lending.domain import ledger, schedules
from lending.domain.servicing import replay
from lending.domain.terms import LoanMethod, LoanTerms, Transaction
from lending.money import minor_units
from tests.unit.domain.test_servicing import hand_schedule

D = Decimal
PARTS = ("penalty", "fee", "interest", "principal", "overpayment")


@st.composite
def built_schedules(draw):
    currency = draw(st.sampled_from(["CNY", "UGX"]))
    places = minor_units(currency)
    term_months = draw(st.integers(1, 12))
    method = draw(st.sampled_from(LoanMethod))
    start = dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 700)))
    first_due = draw(st.one_of(st.none(), st.integers(15, 45).map(lambda days: start + dt.timedelta(days=days))))
    return schedules.build(
        LoanTerms(
            principal=D(draw(st.integers(100, 200_000))).scaleb(-places) * (100 if places == 0 else 1),
            currency=currency,
            annual_rate=D(draw(st.integers(0, 3600))).scaleb(-4),
            method=method,
            term_months=term_months,
            start=start,
            first_due=first_due,
            day_count=draw(st.sampled_from(["actual/365", "actual/360", "30/360"])),
            balloon_interest=draw(st.sampled_from(["monthly", "at_harvest"])),
            grace_months=draw(st.integers(0, term_months - 1)) if method in ("annuity", "equal_principal") else 0,
            fee_rate=D(draw(st.integers(0, 500))).scaleb(-4),
            fee_mode=draw(st.sampled_from(["deducted", "capitalised"])),
        )
    )


@st.composite
def hand_schedules(draw):
    """Small schedules with a fee carried by the instalments (a path `schedules.build` does not produce)."""
    count = draw(st.integers(1, 4))
    start = dt.date(2025, 1, 1)
    rows = []
    for number in range(1, count + 1):
        rows.append(
            (
                start + dt.timedelta(days=30 * number),
                D(draw(st.integers(0, 50_000))).scaleb(-2),
                D(draw(st.integers(0, 2_000))).scaleb(-2),
                D(draw(st.integers(0, 1_000))).scaleb(-2),
            )
        )
    if sum(row[1] for row in rows) == 0:
        rows[-1] = (rows[-1][0], D("100.00"), rows[-1][2], rows[-1][3])
    return hand_schedule(rows, method=draw(st.sampled_from(LoanMethod)), fee=sum((row[3] for row in rows), D(0)))


steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("pay"), st.integers(1, 3_000) | st.integers(3_000, 12_000), st.integers(0, 60)
        ),  # amount in ‱ of the total, days back
        st.tuples(st.just("reverse"), st.integers(0, 50)),
        st.tuples(st.just("cob"), st.integers(1, 45)),
    ),
    min_size=1,
    max_size=20,
)


def check(schedule, state, journal, transactions):
    totals = ledger.balances(journal)
    assert all(entry.balanced for entry in journal)
    assert sum(totals.values()) == 0
    for figure in (
        "principal_outstanding",
        "interest_outstanding",
        "fee_outstanding",
        "penalty_outstanding",
        "overpayment",
        "penalty_accrued",
    ):
        assert getattr(state, figure) >= 0, figure
    assert totals["principal_receivable"] == state.principal_outstanding
    assert totals["interest_receivable"] == state.interest_outstanding
    assert totals["fee_receivable"] == state.fee_outstanding
    assert totals["penalty_receivable"] == state.penalty_outstanding
    assert -totals["overpayment_liability"] == state.overpayment
    reversed_ids = {t.reverses for t in transactions if t.kind == "reversal"}
    received = D(0)
    for transaction in transactions:
        if transaction.kind != "repayment" or transaction.value_date > state.as_of:
            continue
        allocation = state.allocations[transaction.id]
        assert all(getattr(allocation, part) >= 0 for part in PARTS)
        expected = D(0) if transaction.id in reversed_ids else transaction.amount
        assert allocation.total == expected
        received += expected
    assert totals["cash"] == received - schedule.disbursed
    principal_paid = sum((i["principal_paid"] for i in state.instalments), D(0))
    assert principal_paid <= schedule.financed_principal
    assert state.principal_outstanding == schedule.financed_principal - principal_paid
    for instalment in state.instalments:
        for part in ("principal", "interest", "fee", "penalty"):
            assert 0 <= instalment[f"{part}_paid"] <= instalment[part]
    if state.closed:
        assert (
            state.principal_outstanding,
            state.interest_outstanding,
            state.fee_outstanding,
            state.penalty_outstanding,
            state.days_past_due,
        ) == (0, 0, 0, 0, 0)
    if state.overpayment > 0:
        assert state.closed


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    schedule=st.one_of(built_schedules(), hand_schedules()),
    history=steps,
    penalty_rate=st.sampled_from([D(0), D("0.0005"), D("0.001"), D("0.0137")]),
    grace_days=st.integers(0, 5),
    seed=st.integers(0, 2**16),
)
def test_ledger_always_equals_replay_and_balances(schedule, history, penalty_rate, grace_days, seed):
    places = minor_units(schedule.terms.currency)
    as_of = schedule.terms.start
    transactions: list[Transaction] = []

    def state_at(day):
        return replay(schedule, transactions, day, penalty_rate=penalty_rate, grace_days=grace_days)

    previous = state_at(as_of)
    journal = ledger.post(None, previous, schedule=schedule, transactions=transactions)
    check(schedule, previous, journal, transactions)
    for sequence, step in enumerate(history, start=1):
        if step[0] == "pay":
            amount = (schedule.total_repayable * step[1] / 10_000).quantize(D(1).scaleb(-places))
            if amount <= 0:
                continue
            value_date = max(schedule.terms.start, as_of - dt.timedelta(days=step[2]))
            transactions.append(Transaction(f"R{sequence}", "repayment", value_date, amount, sequence=sequence))
        elif step[0] == "reverse":
            reversed_ids = {t.reverses for t in transactions if t.kind == "reversal"}
            open_ids = [t.id for t in transactions if t.kind == "repayment" and t.id not in reversed_ids]
            if not open_ids:
                continue
            transactions.append(
                Transaction(
                    f"V{sequence}", "reversal", as_of, reverses=open_ids[step[1] % len(open_ids)], sequence=sequence
                )
            )
        else:
            as_of += dt.timedelta(days=step[1])
        state = state_at(as_of)
        journal += ledger.adjustments(previous, state, transactions=transactions)
        check(schedule, state, journal, transactions)
        previous = state

    # the same history posted in one go, or replayed in another posting order, gives the same loan and balances
    for kind in sorted({entry.kind for entry in journal}):
        event(f"entry {kind}")
    event(f"closed={previous.closed} bucket={previous.arrears_bucket}")
    event(f"overpaid={previous.overpayment > 0}")
    at_once = ledger.post(None, previous, schedule=schedule, transactions=transactions)
    assert ledger.balances(at_once) == ledger.balances(journal)
    shuffled = transactions[:]
    random.Random(seed).shuffle(shuffled)
    assert replay(schedule, shuffled, as_of, penalty_rate=penalty_rate, grace_days=grace_days) == previous


@settings(max_examples=60, deadline=None)
@given(schedule=built_schedules())
def test_paying_every_instalment_on_its_due_date_closes_the_loan_without_penalty(schedule):
    transactions = [
        Transaction(f"R{i.number}", "repayment", i.due_date, i.total, sequence=i.number)
        for i in schedule.instalments
        if i.total > 0
    ]
    last_due = max(i.due_date for i in schedule.instalments)
    state = replay(schedule, transactions, last_due + dt.timedelta(days=30), penalty_rate=D("0.001"), grace_days=0)
    assert state.closed and state.penalty_accrued == 0 and state.overpayment == 0
    for transaction in transactions:
        assert state.allocations[transaction.id].total == transaction.amount


def owed_in_total(state) -> Decimal:
    """Everything the farmer would still pay under the schedule, due or not, net of what we hold for them."""
    scheduled = sum((i["interest"] + i["fee"] - i["interest_paid"] - i["fee_paid"] for i in state.instalments), D(0))
    return state.principal_outstanding + scheduled + state.penalty_outstanding - state.overpayment


@settings(max_examples=300, deadline=None)
@given(
    schedule=st.one_of(built_schedules(), hand_schedules()),
    payments=st.lists(st.tuples(st.integers(1, 6_000), st.integers(0, 400)), max_size=6),
    extra=st.tuples(st.integers(1, 6_000), st.integers(0, 400)),
    horizon=st.integers(0, 500),
    penalty_rate=st.sampled_from([D(0), D("0.0005"), D("0.0137")]),
    grace_days=st.integers(0, 5),
)
def test_paying_more_never_costs_more_nor_ages_the_loan(schedule, payments, extra, horizon, penalty_rate, grace_days):
    quantum = D(1).scaleb(-minor_units(schedule.terms.currency))

    def repayment(number, amount_and_day):
        per_ten_thousand, day = amount_and_day
        amount = max(quantum, (schedule.total_repayable * per_ten_thousand / 10_000).quantize(quantum))
        return Transaction(
            f"R{number}", "repayment", schedule.terms.start + dt.timedelta(days=day), amount, sequence=number
        )

    history = [repayment(number, payment) for number, payment in enumerate(payments)]
    as_of = schedule.terms.start + dt.timedelta(days=max([day for _, day in payments + [extra]]) + horizon)
    without = replay(schedule, history, as_of, penalty_rate=penalty_rate, grace_days=grace_days)
    with_extra = replay(
        schedule, [*history, repayment(99, extra)], as_of, penalty_rate=penalty_rate, grace_days=grace_days
    )
    assert owed_in_total(with_extra) <= owed_in_total(without)
    assert with_extra.days_past_due <= without.days_past_due
