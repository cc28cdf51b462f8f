"""Journal posting rules line by line (domain.ledger), worked by hand: each posting kind with its kind, value date,
memo and lines in order; partial, over- and signed payments; reversals; the write-off; zero amounts; the refusals of
a journal line with their messages; and `adjustments` between two hand-built loan states at each date boundary."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from lending.domain import ledger
from lending.domain.ledger import JournalEntry, JournalLine
from lending.domain.terms import Allocation, LoanState, Transaction
from tests.unit.domain.test_servicing import three_instalment_loan

D = Decimal
Z = D(0)
DAY = dt.date(2025, 2, 14)


def dr(account: str, amount: str) -> JournalLine:
    return JournalLine(account, debit=D(amount))


def cr(account: str, amount: str) -> JournalLine:
    return JournalLine(account, credit=D(amount))


def entry(kind, value_date, memo, *lines) -> JournalEntry:
    return JournalEntry(kind, value_date, tuple(lines), memo)


# --- journal lines and entries ---------------------------------------------------------------------------------


@pytest.mark.parametrize("account", ["bank", "", "Cash"])
def test_a_line_on_an_unknown_account_is_refused_naming_it(account):
    with pytest.raises(ValueError) as refused:
        JournalLine(account, D("1"))
    assert str(refused.value) == f"unknown account {account!r}"


@pytest.mark.parametrize(
    "debit, credit",
    [("-0.01", "0"), ("0", "-0.01"), ("0.01", "0.01"), ("5", "-5"), ("-5", "5")],
)
def test_a_line_with_a_negative_amount_or_both_sides_is_refused(debit, credit):
    with pytest.raises(ValueError) as refused:
        JournalLine("cash_in_transit", D(debit), D(credit))
    assert str(refused.value) == "cash_in_transit: one of debit/credit must be zero and neither negative"


@pytest.mark.parametrize("debit, credit", [("0", "0"), ("0.01", "0"), ("0", "0.01"), ("0.50", "0"), ("0", "0.50")])
def test_a_line_takes_one_side_down_to_a_minor_unit_or_none(debit, credit):
    line = JournalLine("cash", D(debit), D(credit))
    assert (line.debit, line.credit) == (D(debit), D(credit))


def test_a_line_is_zero_on_the_side_not_given():
    assert (JournalLine("cash").debit, JournalLine("cash").credit) == (0, 0)
    assert JournalLine("fee_income", credit=D("2")).debit == 0


@pytest.mark.parametrize(
    "lines, balanced",
    [
        ((), True),
        ((dr("cash", "1.00"), cr("cash_in_transit", "1.00")), True),
        ((dr("cash", "1.00"), cr("cash_in_transit", "0.99")), False),
        ((dr("cash", "1.00"), cr("cash_in_transit", "0.50"), cr("fee_income", "0.50")), True),
        ((dr("cash", "1.00"),), False),
        ((cr("cash", "1.00"),), False),
    ],
)
def test_an_entry_is_balanced_when_debits_equal_credits(lines, balanced):
    assert JournalEntry("deposit", DAY, lines).balanced is balanced


def test_an_entry_has_no_memo_unless_given():
    assert JournalEntry("deposit", DAY, ()).memo == ""


def test_an_unbalanced_entry_is_never_built():
    with pytest.raises(ValueError) as refused:
        ledger._entry("deposit", DAY, "m", [("cash", D("1.00")), ("cash_in_transit", D("-0.99"))])
    assert str(refused.value) == (
        "unbalanced deposit entry: (JournalLine(account='cash', debit=Decimal('1.00'), credit=Decimal('0')), "
        "JournalLine(account='cash_in_transit', debit=Decimal('0'), credit=Decimal('0.99')))"
    )


def test_an_entry_leaves_out_zero_amounts_and_keeps_the_order_given():
    built = ledger._entry("x", DAY, "m", [("fee_income", D("-2")), ("cash", Z), ("cash_in_transit", D("2"))])
    assert built == entry("x", DAY, "m", cr("fee_income", "2"), dr("cash_in_transit", "2"))


# --- posting rules ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "disbursed, fee_lines",
    [
        ("1000.00", ()),  # no fee: no fee line
        ("980.00", (cr("fee_income", "20.00"),)),  # 1,000 financed, 980 paid out: 20 fee taken
    ],
)
def test_disbursement_debits_the_financed_principal_and_credits_cash_and_the_fee(disbursed, fee_lines):
    schedule = dataclasses.replace(three_instalment_loan(), disbursed=D(disbursed))
    lines = (dr("principal_receivable", "1000.00"), cr("cash", disbursed), *fee_lines)
    assert ledger.disbursement(schedule) == JournalEntry("disbursement", dt.date(2025, 1, 1), lines, "disbursement")


@pytest.mark.parametrize(
    "rule, kind, memo, receivable, income",
    [
        (ledger.interest_due, "interest_due", "interest due", "interest_receivable", "interest_income"),
        (ledger.fee_due, "fee_due", "fee due", "fee_receivable", "fee_income"),
        (ledger.penalty_accrual, "penalty_accrual", "penalty interest", "penalty_receivable", "penalty_income"),
    ],
)
def test_income_rules_debit_the_receivable_and_credit_the_income(rule, kind, memo, receivable, income):
    assert rule(D("10.25"), DAY) == entry(kind, DAY, memo, dr(receivable, "10.25"), cr(income, "10.25"))
    assert rule(D("0.01"), DAY, "one fen") == entry(kind, DAY, "one fen", dr(receivable, "0.01"), cr(income, "0.01"))
    # a negative amount is taken back: the same lines on the other sides
    assert rule(D("-1.25"), DAY).lines == (cr(receivable, "1.25"), dr(income, "1.25"))
    # nothing falls due: an entry without lines
    assert rule(Z, DAY) == entry(kind, DAY, memo)


def test_full_repayment_with_every_part_credits_each_receivable_in_order():
    allocation = Allocation(
        penalty=D("1.50"), fee=D("5.00"), interest=D("10.00"), principal=D("83.50"), overpayment=D("2.00")
    )
    # 1.50 + 5 + 10 + 83.50 + 2 = 102.00 in
    assert ledger.repayment(allocation, DAY) == entry(
        "repayment",
        DAY,
        "repayment",
        dr("cash", "102.00"),
        cr("penalty_receivable", "1.50"),
        cr("fee_receivable", "5.00"),
        cr("interest_receivable", "10.00"),
        cr("principal_receivable", "83.50"),
        cr("overpayment_liability", "2.00"),
    )


def test_partial_repayment_stopping_inside_interest_credits_only_what_it_reached():
    # 0.75 penalty, then 4.25 of the 10 interest: 5.00 in
    allocation = Allocation(penalty=D("0.75"), interest=D("4.25"))
    assert ledger.repayment(allocation, DAY, "repayment R7") == entry(
        "repayment",
        DAY,
        "repayment R7",
        dr("cash", "5.00"),
        cr("penalty_receivable", "0.75"),
        cr("interest_receivable", "4.25"),
    )


def test_an_overpayment_alone_is_a_liability_to_the_farmer():
    allocation = Allocation(overpayment=D("0.01"))
    assert ledger.repayment(allocation, DAY).lines == (dr("cash", "0.01"), cr("overpayment_liability", "0.01"))


def test_an_agents_collection_is_cash_in_transit():
    allocation = Allocation(fee=D("3.00"), principal=D("7.00"))
    assert ledger.repayment(
        allocation, DAY, "collected", kind="repayment", cash_account=ledger.CASH_IN_TRANSIT
    ) == entry(
        "repayment",
        DAY,
        "collected",
        dr("cash_in_transit", "10.00"),
        cr("fee_receivable", "3.00"),
        cr("principal_receivable", "7.00"),
    )


def test_a_signed_allocation_posts_its_negative_parts_on_the_debit_side():
    # moved from (3.75 penalty, 10 interest, 296.25 principal) to (7 interest, 303 principal): no cash moves
    change = Allocation(penalty=D("-3.75"), interest=D("-3.00"), principal=D("6.75"))
    assert ledger.repayment(change, DAY, "moved", kind="reallocation") == entry(
        "reallocation",
        DAY,
        "moved",
        dr("penalty_receivable", "3.75"),
        dr("interest_receivable", "3.00"),
        cr("principal_receivable", "6.75"),
    )


def test_a_repayment_taken_back_credits_cash_and_debits_each_receivable():
    change = Allocation(interest=D("-10.00"), principal=D("-300.00"), overpayment=D("-0.50"))
    assert ledger.repayment(change, DAY, kind="repayment_reversal").lines == (
        cr("cash", "310.50"),
        dr("interest_receivable", "10.00"),
        dr("principal_receivable", "300.00"),
        dr("overpayment_liability", "0.50"),
    )


def test_recovery_credits_recoveries_income():
    assert ledger.recovery(D("50.00"), DAY) == entry(
        "recovery", DAY, "recovery", dr("cash", "50.00"), cr("recoveries_income", "50.00")
    )
    assert ledger.recovery(D("50.00"), DAY, ledger.CASH_IN_TRANSIT, "R-9", "recovery_late") == entry(
        "recovery_late", DAY, "R-9", dr("cash_in_transit", "50.00"), cr("recoveries_income", "50.00")
    )
    # its reversal: a negative amount
    assert ledger.recovery(D("-50.00"), DAY).lines == (cr("cash", "50.00"), dr("recoveries_income", "50.00"))


def test_deposit_moves_an_agents_cash_to_the_bank():
    assert ledger.deposit(D("120.00"), DAY) == entry(
        "deposit", DAY, "agent's cash banked", dr("cash", "120.00"), cr("cash_in_transit", "120.00")
    )
    assert ledger.deposit(D("120.00"), DAY, "deposit B-1").memo == "deposit B-1"


def test_a_reversal_mirrors_every_line_and_names_what_it_reverses():
    original = ledger.repayment(Allocation(interest=D("10.00"), principal=D("300.00")), DAY, "repayment R1")
    assert ledger.reversal_of(original) == entry(
        "repayment_reversal",
        DAY,
        "reversal of: repayment R1",
        cr("cash", "310.00"),
        dr("interest_receivable", "10.00"),
        dr("principal_receivable", "300.00"),
    )
    assert ledger.reversal_of(original, dt.date(2025, 3, 2)).value_date == dt.date(2025, 3, 2)


def _state(as_of, *, instalments=(), allocations=None, **outstanding) -> LoanState:
    amounts = {"principal": Z, "interest": Z, "fee": Z, "penalty": Z} | {k: D(v) for k, v in outstanding.items()}
    return LoanState(
        as_of=as_of,
        principal_outstanding=amounts["principal"],
        interest_outstanding=amounts["interest"],
        fee_outstanding=amounts["fee"],
        penalty_outstanding=amounts["penalty"],
        overpayment=Z,
        days_past_due=0,
        arrears_bucket="current",
        penalty_accrued=amounts["penalty"],
        allocations=dict(allocations or {}),
        instalments=list(instalments),
    )


def test_writeoff_expenses_every_receivable_outstanding():
    # 911.50 + 0 + 2.00 + 0.66 = 914.16 written off; no interest line (none outstanding)
    state = _state(DAY, principal="911.50", fee="2.00", penalty="0.66")
    assert ledger.writeoff(state, dt.date(2025, 2, 20)) == entry(
        "writeoff",
        dt.date(2025, 2, 20),
        "write-off",
        dr("writeoff_expense", "914.16"),
        cr("principal_receivable", "911.50"),
        cr("fee_receivable", "2.00"),
        cr("penalty_receivable", "0.66"),
    )


def test_writeoff_includes_outstanding_interest():
    state = _state(DAY, principal="100.00", interest="7.00")
    assert ledger.writeoff(state, DAY).lines == (
        dr("writeoff_expense", "107.00"),
        cr("principal_receivable", "100.00"),
        cr("interest_receivable", "7.00"),
    )


def test_writeoff_of_nothing_outstanding_has_no_lines():
    assert ledger.writeoff(_state(DAY), DAY) == entry("writeoff", DAY, "write-off")


def test_balances_are_debit_less_credit_for_every_account():
    totals = ledger.balances(
        [
            entry("x", DAY, "", dr("cash", "10.00"), cr("fee_income", "10.00")),
            entry("y", DAY, "", cr("cash", "2.50"), dr("fee_income", "2.50")),
        ]
    )
    # cash 10 − 2.50 = 7.50; fee income −10 + 2.50 = −7.50; every other account present at zero
    assert totals == dict.fromkeys(ledger.ACCOUNTS, Z) | {"cash": D("7.50"), "fee_income": D("-7.50")}
    assert ledger.balances([]) == dict.fromkeys(ledger.ACCOUNTS, Z)


# --- adjustments between two hand-built states -----------------------------------------------------------------

DUE = dt.date(2025, 2, 1)


def _instalment(number, due_date, interest="0", fee="0", penalty="0", interest_paid="0", fee_paid="0"):
    return {
        "number": number,
        "due_date": due_date,
        "interest": D(interest),
        "fee": D(fee),
        "penalty": D(penalty),
        "interest_paid": D(interest_paid),
        "fee_paid": D(fee_paid),
    }


# part → (kind, receivable, income) of the entry recognising it
INCOME = {
    "interest": ("interest_due", "interest_receivable", "interest_income"),
    "fee": ("fee_due", "fee_receivable", "fee_income"),
    "penalty": ("penalty_accrual", "penalty_receivable", "penalty_income"),
}


def recognised(part, number, value_date, amount) -> JournalEntry:
    kind, receivable, income = INCOME[part]
    return entry(kind, value_date, f"{part} of instalment {number}", dr(receivable, amount), cr(income, amount))


def taken_back(part, number, value_date, amount) -> JournalEntry:
    kind, receivable, income = INCOME[part]
    memo = f"reversal of: {part} of instalment {number} re-computed"
    return entry(f"{kind}_reversal", value_date, memo, cr(receivable, amount), dr(income, amount))


def test_income_falling_due_on_the_due_date_is_posted_on_it():
    # instalment 1 (interest 10, fee 2) not due on 01-31; due on 02-01, the day after: fee then interest (sorted)
    before = _state(dt.date(2025, 1, 31), instalments=[_instalment(1, DUE, "10.00", "2.00")])
    after = _state(dt.date(2025, 2, 3), instalments=[_instalment(1, DUE, "10.00", "2.00")])
    assert ledger.adjustments(before, after, transactions=[]) == [
        recognised("fee", 1, DUE, "2.00"),
        recognised("interest", 1, DUE, "10.00"),
    ]


def test_income_falls_due_on_the_due_date_itself_not_the_day_before():
    opening = _state(dt.date(2025, 1, 1), instalments=[_instalment(1, DUE, "10.00")])
    day_before = _state(dt.date(2025, 1, 31), instalments=[_instalment(1, DUE, "10.00")])
    on_the_day = _state(DUE, instalments=[_instalment(1, DUE, "10.00")])
    assert ledger.adjustments(opening, day_before, transactions=[]) == []
    assert ledger.adjustments(opening, on_the_day, transactions=[]) == [recognised("interest", 1, DUE, "10.00")]


def test_interest_paid_in_advance_is_recognised_when_paid():
    # 4.00 of instalment 1's interest paid on 01-20, before it is due on 02-01: recognised on 01-20
    before = _state(dt.date(2025, 1, 15), instalments=[_instalment(1, DUE, "10.00")])
    after = _state(
        dt.date(2025, 1, 20),
        instalments=[_instalment(1, DUE, "10.00", interest_paid="4.00")],
        allocations={"R1": Allocation(interest=D("4.00"))},
    )
    assert ledger.adjustments(before, after, transactions=[]) == [
        recognised("interest", 1, dt.date(2025, 1, 20), "4.00"),
        entry("repayment", dt.date(2025, 1, 20), "repayment R1", dr("cash", "4.00"), cr("interest_receivable", "4.00")),
    ]


def test_income_re_computed_after_its_due_date_is_posted_on_the_later_date():
    # due on 02-01 and recognised by then (10.00); re-computed on 02-05 to 8.00 and, on 02-06, to 9.50
    due = _state(DUE, instalments=[_instalment(1, DUE, "10.00")])
    lowered = _state(dt.date(2025, 2, 5), instalments=[_instalment(1, DUE, "8.00")])
    raised = _state(dt.date(2025, 2, 6), instalments=[_instalment(1, DUE, "9.50")])
    assert ledger.adjustments(due, lowered, transactions=[]) == [taken_back("interest", 1, dt.date(2025, 2, 5), "2.00")]
    assert ledger.adjustments(lowered, raised, transactions=[]) == [
        recognised("interest", 1, dt.date(2025, 2, 6), "1.50")
    ]


def test_penalty_is_posted_on_the_later_date_even_when_the_instalment_falls_due_between():
    before = _state(dt.date(2025, 1, 31), instalments=[_instalment(1, DUE, "10.00", penalty="0")])
    after = _state(dt.date(2025, 2, 10), instalments=[_instalment(1, DUE, "10.00", penalty="0.66")])
    assert ledger.adjustments(before, after, transactions=[]) == [
        recognised("interest", 1, DUE, "10.00"),
        recognised("penalty", 1, dt.date(2025, 2, 10), "0.66"),
    ]


def test_penalty_taken_back_is_a_reversal_on_the_later_date():
    before = _state(dt.date(2025, 2, 10), instalments=[_instalment(1, DUE, penalty="0.66")])
    after = _state(dt.date(2025, 2, 11), instalments=[_instalment(1, DUE, penalty="0.11")])
    assert ledger.adjustments(before, after, transactions=[]) == [
        taken_back("penalty", 1, dt.date(2025, 2, 11), "0.55")
    ]


def test_income_of_an_instalment_gone_from_the_later_state_is_taken_back_on_its_date():
    # instalment 2 (fee 1.00, due 03-01) was due in the earlier state and is no longer in the later one
    before = _state(
        dt.date(2025, 3, 1), instalments=[_instalment(1, DUE, "10.00"), _instalment(2, dt.date(2025, 3, 1), fee="1.00")]
    )
    after = _state(dt.date(2025, 3, 4), instalments=[_instalment(1, DUE, "10.00")])
    assert ledger.adjustments(before, after, transactions=[]) == [taken_back("fee", 2, dt.date(2025, 3, 4), "1.00")]


def test_income_sorted_by_instalment_then_part():
    before = _state(dt.date(2025, 1, 1))
    after = _state(
        dt.date(2025, 3, 1),
        instalments=[_instalment(2, dt.date(2025, 3, 1), "7.00"), _instalment(1, DUE, "10.00", "2.00", "0.30")],
    )
    assert [(e.kind, e.memo, e.value_date) for e in ledger.adjustments(before, after, transactions=[])] == [
        ("fee_due", "fee of instalment 1", DUE),
        ("interest_due", "interest of instalment 1", DUE),
        ("penalty_accrual", "penalty of instalment 1", dt.date(2025, 3, 1)),
        ("interest_due", "interest of instalment 2", dt.date(2025, 3, 1)),
    ]


def _pay(id, value_date, amount="0"):
    return Transaction(id=id, kind="repayment", value_date=value_date, amount=D(amount))


def test_new_repayments_are_posted_on_their_own_value_date_into_their_own_cash_account():
    as_of = dt.date(2025, 2, 20)
    before = _state(as_of)
    after = _state(
        as_of,
        allocations={
            "R2": Allocation(principal=D("50.00")),  # no transaction given: valued on the later state's date
            "R1": Allocation(penalty=D("0.66"), principal=D("99.34")),
        },
    )
    entries = ledger.adjustments(
        before,
        after,
        transactions=[_pay("R1", dt.date(2025, 2, 14), "100.00")],
        cash_accounts={"R1": ledger.CASH_IN_TRANSIT},
    )
    assert entries == [
        entry(
            "repayment",
            dt.date(2025, 2, 14),
            "repayment R1",
            dr("cash_in_transit", "100.00"),
            cr("penalty_receivable", "0.66"),
            cr("principal_receivable", "99.34"),
        ),
        entry("repayment", as_of, "repayment R2", dr("cash", "50.00"), cr("principal_receivable", "50.00")),
    ]


def test_an_unchanged_allocation_posts_nothing():
    allocations = {"R1": Allocation(principal=D("100.00"))}
    before = _state(dt.date(2025, 2, 14), allocations=allocations)
    after = _state(dt.date(2025, 2, 20), allocations=allocations)
    assert ledger.adjustments(before, after, transactions=[_pay("R1", dt.date(2025, 2, 14))]) == []


def test_a_new_repayment_of_nothing_posts_nothing():
    after = _state(dt.date(2025, 2, 20), allocations={"R1": Allocation()})
    assert ledger.adjustments(_state(dt.date(2025, 2, 14)), after, transactions=[]) == []


REVERSED, REALLOCATED = "repayment_reversal", "reallocation"
MEMOS = {REVERSED: "reversal of repayment R1", REALLOCATED: "re-allocation of repayment R1"}


@pytest.mark.parametrize(
    "old, new, cash_account, kind, lines",
    [
        (
            Allocation(interest=D("10.00"), principal=D("300.00")), Allocation(), ledger.CASH_IN_TRANSIT, REVERSED,
            (cr("cash_in_transit", "310.00"), dr("interest_receivable", "10.00"), dr("principal_receivable", "300.00")),
        ),
        (
            Allocation(principal=D("0.01")), None, ledger.CASH, REVERSED,
            (cr("cash", "0.01"), dr("principal_receivable", "0.01")),
        ),
        (
            Allocation(penalty=D("3.75"), interest=D("10.00"), principal=D("296.25")),
            Allocation(interest=D("7.00"), principal=D("303.00")), ledger.CASH_IN_TRANSIT, REALLOCATED,
            (dr("penalty_receivable", "3.75"), dr("interest_receivable", "3.00"), cr("principal_receivable", "6.75")),
        ),
        (
            Allocation(principal=D("1.00")), Allocation(principal=D("0.01")), ledger.CASH, REALLOCATED,
            (cr("cash", "0.99"), dr("principal_receivable", "0.99")),
        ),
    ],
    ids=[
        "reversed: its cash taken back from the account it is in",
        "gone from the later state: reversed",
        "split differently: re-allocated, no cash moves",
        "one fen left: re-allocated, not reversed",
    ],
)  # fmt: skip
def test_a_repayment_already_posted_is_adjusted_on_the_later_date(old, new, cash_account, kind, lines):
    before = _state(dt.date(2025, 2, 14), allocations={"R1": old})
    after = _state(dt.date(2025, 3, 2), allocations={} if new is None else {"R1": new})
    paid = [_pay("R1", dt.date(2025, 2, 14), "310.00")]
    assert ledger.adjustments(before, after, transactions=paid, cash_accounts={"R1": cash_account}) == [
        JournalEntry(kind, dt.date(2025, 3, 2), lines, MEMOS[kind])
    ]


def test_transactions_are_adjusted_in_id_order():
    after = _state(
        dt.date(2025, 3, 1),
        allocations={"R3": Allocation(principal=D("3")), "R1": Allocation(principal=D("1")), "R2": Allocation()},
    )
    before = _state(dt.date(2025, 3, 1), allocations={"R2": Allocation(principal=D("2"))})
    memos = [e.memo for e in ledger.adjustments(before, after, transactions=[])]
    assert memos == ["repayment R1", "reversal of repayment R2", "repayment R3"]


# --- post: the first state, and the next ones -------------------------------------------------------------------


def test_the_opening_state_is_the_loan_as_disbursed():
    schedule = dataclasses.replace(three_instalment_loan(), financed_principal=D("1020.00"))
    assert ledger._opening(schedule) == LoanState(
        as_of=dt.date(2025, 1, 1),
        principal_outstanding=D("1020.00"),
        interest_outstanding=Z,
        fee_outstanding=Z,
        penalty_outstanding=Z,
        overpayment=Z,
        days_past_due=0,
        arrears_bucket="current",
        penalty_accrued=Z,
    )


def test_the_first_post_disburses_then_adjusts_from_the_opening_state():
    schedule = three_instalment_loan()
    # as of 02-01 instalment 1 (due 02-01, interest 10) has fallen due; R1 paid 5.00 interest on 01-20
    state = _state(
        DUE,
        instalments=[_instalment(1, DUE, "10.00", interest_paid="5.00")],
        allocations={"R1": Allocation(interest=D("5.00"))},
    )
    assert ledger.post(None, state, schedule=schedule, transactions=[_pay("R1", dt.date(2025, 1, 20))]) == [
        entry(
            "disbursement",
            dt.date(2025, 1, 1),
            "disbursement",
            dr("principal_receivable", "1000.00"),
            cr("cash", "1000.00"),
        ),
        recognised("interest", 1, DUE, "10.00"),
        entry("repayment", dt.date(2025, 1, 20), "repayment R1", dr("cash", "5.00"), cr("interest_receivable", "5.00")),
    ]


def test_a_later_post_only_adjusts():
    schedule = three_instalment_loan()
    before = _state(dt.date(2025, 1, 31), instalments=[_instalment(1, DUE, "10.00")])
    after = _state(DUE, instalments=[_instalment(1, DUE, "10.00")], allocations={"R1": Allocation(interest=D("1"))})
    assert ledger.post(before, after, schedule=schedule, transactions=[_pay("R1", dt.date(2025, 1, 31))]) == [
        recognised("interest", 1, DUE, "10.00"),
        entry("repayment", dt.date(2025, 1, 31), "repayment R1", dr("cash", "1"), cr("interest_receivable", "1")),
    ]
    assert ledger.post(before, before, schedule=schedule) == []
