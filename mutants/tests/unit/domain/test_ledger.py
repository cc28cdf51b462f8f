"""Journal posting rules and the adjusting entries that keep the ledger equal to the replayed loan.

Uses the 1,000.00 three-instalment loan of test_servicing (interest 10 / 7 / 3, penalty 0.0005 a day, grace 3).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from lending.domain import ledger
from lending.domain.ledger import JournalEntry, JournalLine, balances
from lending.domain.terms import Allocation
from tests.unit.domain.test_servicing import pay, reverse, run, three_instalment_loan

D = Decimal


def lines(entry: JournalEntry) -> dict[str, tuple[Decimal, Decimal]]:
    return {line.account: (line.debit, line.credit) for line in entry.lines}


def assert_matches(entries, state):
    totals = balances(entries)
    assert totals["principal_receivable"] == state.principal_outstanding
    assert totals["interest_receivable"] == state.interest_outstanding
    assert totals["fee_receivable"] == state.fee_outstanding
    assert totals["penalty_receivable"] == state.penalty_outstanding
    assert -totals["overpayment_liability"] == state.overpayment
    assert sum(totals.values()) == 0


def test_disbursement_with_a_deducted_fee():
    # 1,000 lent, 20 fee deducted: the farmer receives 980
    schedule = dataclasses.replace(three_instalment_loan(), disbursed=D("980.00"), fee=D("20.00"))
    entry = ledger.disbursement(schedule)
    assert lines(entry) == {
        "principal_receivable": (D("1000.00"), 0),
        "cash": (0, D("980.00")),
        "fee_income": (0, D("20.00")),
    }
    assert entry.balanced and entry.value_date == dt.date(2025, 1, 1)


def test_disbursement_with_a_capitalised_fee():
    # 1,000 lent + 20 fee capitalised: 1,020 financed, 1,000 paid out
    schedule = dataclasses.replace(
        three_instalment_loan(), financed_principal=D("1020.00"), disbursed=D("1000.00"), fee=D("20.00")
    )
    assert lines(ledger.disbursement(schedule)) == {
        "principal_receivable": (D("1020.00"), 0),
        "cash": (0, D("1000.00")),
        "fee_income": (0, D("20.00")),
    }


def test_repayment_credits_each_receivable_by_its_part():
    allocation = Allocation(
        penalty=D("1.50"), fee=D("5.00"), interest=D("10.00"), principal=D("83.50"), overpayment=D("2.00")
    )
    entry = ledger.repayment(allocation, dt.date(2025, 2, 14))
    assert lines(entry) == {
        "cash": (D("102.00"), 0),
        "penalty_receivable": (0, D("1.50")),
        "fee_receivable": (0, D("5.00")),
        "interest_receivable": (0, D("10.00")),
        "principal_receivable": (0, D("83.50")),
        "overpayment_liability": (0, D("2.00")),
    }
    assert entry.balanced


def test_reversal_mirrors_an_entry():
    entry = ledger.interest_due(D("10.00"), dt.date(2025, 2, 1))
    mirror = ledger.reversal_of(entry)
    assert lines(mirror) == {"interest_receivable": (0, D("10.00")), "interest_income": (D("10.00"), 0)}
    assert all(total == 0 for total in balances([entry, mirror]).values())


def test_writeoff_clears_every_receivable():
    schedule = three_instalment_loan()
    state = run(schedule, [pay("R1", dt.date(2025, 2, 14), "100.00")], dt.date(2025, 2, 20))
    entries = ledger.post(None, state, schedule=schedule, transactions=[pay("R1", dt.date(2025, 2, 14), "100.00")])
    entries.append(ledger.writeoff(state, dt.date(2025, 2, 20)))
    totals = balances(entries)
    # written off: principal 911.50 + penalty 6 days × 0.11 = 0.66 (interest 10 was paid)
    assert totals["writeoff_expense"] == D("912.16")
    assert all(
        totals[account] == 0
        for account in ("principal_receivable", "interest_receivable", "fee_receivable", "penalty_receivable")
    )


def test_journal_line_takes_one_side_and_no_negative_amount():
    with pytest.raises(ValueError):
        JournalLine("cash", D("1"), D("1"))
    with pytest.raises(ValueError):
        JournalLine("cash", D("-1"), D("0"))
    with pytest.raises(ValueError):
        JournalLine("bank", D("1"), D("0"))


def test_posting_states_keeps_the_ledger_equal_to_the_replay():
    schedule = three_instalment_loan()
    late = pay("R2", dt.date(2025, 3, 1), "310.00", sequence=1)
    first = run(schedule, [late], dt.date(2025, 3, 1))
    journal = ledger.post(None, first, schedule=schedule, transactions=[late])
    # disbursement 1,000; interest of instalments 1 and 2 due: 17; penalty 3.75; R2: 3.75 + 10 + 296.25
    assert balances(journal)["interest_income"] == D("-17.00")
    assert balances(journal)["penalty_income"] == D("-3.75")
    assert balances(journal)["cash"] == D("-690.00")  # −1,000 out, +310 in
    assert_matches(journal, first)

    backdated = pay("R1", dt.date(2025, 2, 1), "310.00", sequence=2)
    second = run(schedule, [late, backdated], dt.date(2025, 3, 1))
    adjustments = ledger.adjustments(first, second, transactions=[late, backdated])
    by_kind = {entry.kind: entry for entry in adjustments}
    # the penalty never happened: 3.75 of penalty income is taken back
    assert lines(by_kind["penalty_accrual_reversal"]) == {
        "penalty_receivable": (0, D("3.75")),
        "penalty_income": (D("3.75"), 0),
    }
    # R1 is new cash, valued on its own date
    assert lines(by_kind["repayment"]) == {
        "cash": (D("310.00"), 0),
        "interest_receivable": (0, D("10.00")),
        "principal_receivable": (0, D("300.00")),
    }
    assert by_kind["repayment"].value_date == dt.date(2025, 2, 1)
    # R2 moves from (3.75 penalty, 10 interest, 296.25 principal) to (7 interest, 303 principal): no cash moves
    assert lines(by_kind["reallocation"]) == {
        "penalty_receivable": (D("3.75"), 0),
        "interest_receivable": (D("3.00"), 0),
        "principal_receivable": (0, D("6.75")),
    }
    assert all(entry.balanced for entry in adjustments)
    journal += adjustments
    assert_matches(journal, second)

    reversal = reverse("V1", "R1", dt.date(2025, 3, 2))
    third = run(schedule, [late, backdated, reversal], dt.date(2025, 3, 2))
    journal += ledger.adjustments(second, third, transactions=[late, backdated, reversal])
    assert any(entry.kind == "repayment_reversal" and lines(entry)["cash"] == (0, D("310.00")) for entry in journal)
    assert_matches(journal, third)


def test_overpayment_is_a_liability_in_the_ledger():
    schedule = three_instalment_loan()
    transactions = [pay("R1", dt.date(2025, 2, 1), "660.00"), pay("R2", dt.date(2025, 3, 1), "400.00")]
    state = run(schedule, transactions, dt.date(2025, 3, 10))
    journal = ledger.post(None, state, schedule=schedule, transactions=transactions)
    # interest recognised: 10 + 3.50 (instalment 2 recomputed) + 0 = 13.50
    assert balances(journal)["interest_income"] == D("-13.50")
    assert balances(journal)["overpayment_liability"] == D("-46.50")
    assert_matches(journal, state)


def test_interest_falling_due_is_posted_on_each_due_date():
    schedule = three_instalment_loan()
    state = run(schedule, [], dt.date(2025, 3, 10), grace_days=30)
    entries = [entry for entry in ledger.post(None, state, schedule=schedule) if entry.kind == "interest_due"]
    # instalments 1 and 2 have fallen due by 03-10; instalment 3 (due 04-01) has not
    assert [(entry.value_date, lines(entry)["interest_receivable"]) for entry in entries] == [
        (dt.date(2025, 2, 1), (D("10.00"), 0)),
        (dt.date(2025, 3, 1), (D("7.00"), 0)),
    ]
