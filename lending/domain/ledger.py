"""Double-entry journal of a loan: posting rules, and the adjusting entries that keep it equal to `servicing.replay`.

The journal is append-only. Nothing is edited when a backdated repayment or a reversal changes how earlier
repayments were split; instead `adjustments(before, after)` posts the *difference* between two replayed states:

- per transaction, the change of its allocation (a new repayment, a reversal, or a re-allocation whose cash line is
  zero and whose receivable lines move money between penalty, fee, interest, principal and overpayment);
- the change of income recognised: interest and fee of instalments fallen due (or paid in advance, whichever comes
  first), and penalty accrued.

Because each post is a delta of cumulative figures, after any sequence of posts the balances are those of the last
state: principal_receivable = principal_outstanding, interest/fee/penalty_receivable = interest/fee/penalty
outstanding, and overpayment_liability = −overpayment (a credit balance). `balances(entries)` is debit − credit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from lending.domain.arrears import ArrearsBucket
from lending.domain.terms import Allocation, LoanState, Schedule, Transaction

ZERO = Decimal(0)

CASH = "cash"
PRINCIPAL_RECEIVABLE = "principal_receivable"
INTEREST_RECEIVABLE = "interest_receivable"
FEE_RECEIVABLE = "fee_receivable"
PENALTY_RECEIVABLE = "penalty_receivable"
INTEREST_INCOME = "interest_income"
FEE_INCOME = "fee_income"
PENALTY_INCOME = "penalty_income"
OVERPAYMENT_LIABILITY = "overpayment_liability"
WRITEOFF_EXPENSE = "writeoff_expense"
RESTRUCTURE_CLEARING = "restructure_clearing"  # one loan settled by another: no cash moves
CASH_IN_TRANSIT = "cash_in_transit"  # cash an agent collected and has not yet banked
RECOVERIES_INCOME = "recoveries_income"  # money in after a write-off
ACCOUNTS = (
    CASH,
    PRINCIPAL_RECEIVABLE,
    INTEREST_RECEIVABLE,
    FEE_RECEIVABLE,
    PENALTY_RECEIVABLE,
    INTEREST_INCOME,
    FEE_INCOME,
    PENALTY_INCOME,
    OVERPAYMENT_LIABILITY,
    WRITEOFF_EXPENSE,
    RESTRUCTURE_CLEARING,
    CASH_IN_TRANSIT,
    RECOVERIES_INCOME,
)

# Where each part of an allocation is credited when it is received.
_ALLOCATION_ACCOUNTS = (
    ("penalty", PENALTY_RECEIVABLE),
    ("fee", FEE_RECEIVABLE),
    ("interest", INTEREST_RECEIVABLE),
    ("principal", PRINCIPAL_RECEIVABLE),
    ("overpayment", OVERPAYMENT_LIABILITY),
)


@dataclass(frozen=True)
class JournalLine:
    account: str
    debit: Decimal = ZERO
    credit: Decimal = ZERO

    def __post_init__(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 0 or self.credit < 0 or (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")


@dataclass(frozen=True)
class JournalEntry:
    kind: str
    value_date: dt.date
    lines: tuple[JournalLine, ...]
    memo: str = ""

    @property
    def balanced(self) -> bool:
        return sum((line.debit for line in self.lines), ZERO) == sum((line.credit for line in self.lines), ZERO)


def _line(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ZERO), max(-signed_debit, ZERO))


def _entry(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(account, amount) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def disbursement(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def interest_due(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", value_date, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def fee_due(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", value_date, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def penalty_accrual(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", value_date, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def repayment(
    allocation: Allocation,
    value_date: dt.date,
    memo: str = "repayment",
    kind: str = "repayment",
    cash_account: str = CASH,
) -> JournalEntry:
    """Dr cash (or the collecting agent's cash in transit) the total; Cr each receivable by its part and
    overpayment_liability by the excess. A signed allocation (a difference of two) posts its negative parts on the
    other side."""
    return _entry(
        kind,
        value_date,
        memo,
        [
            (cash_account, allocation.total),
            *((account, -getattr(allocation, part)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def recovery(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def deposit(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", value_date, memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def reversal_of(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(line.account, line.credit, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def writeoff(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = [
        (PRINCIPAL_RECEIVABLE, state.principal_outstanding),
        (INTEREST_RECEIVABLE, state.interest_outstanding),
        (FEE_RECEIVABLE, state.fee_outstanding),
        (PENALTY_RECEIVABLE, state.penalty_outstanding),
    ]
    total = sum((amount for _, amount in parts), ZERO)
    return _entry(
        "writeoff",
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def _recognised(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def _difference(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(after, part) - getattr(before, part) for part, _ in _ALLOCATION_ACCOUNTS})


def adjustments(
    before: LoanState,
    after: LoanState,
    *,
    transactions: Iterable[Transaction],
    cash_accounts: dict[str, str] | None = None,
) -> list[JournalEntry]:
    """The balanced entries that take the journal from `before` to `after` (two replays of the same loan).

    `transactions` supplies the value dates of the repayments in `after.allocations` (a repayment keeps its value
    date; a re-allocation or a reversal is posted on the later state's as_of); `cash_accounts` the account each
    repayment's money is in (default cash; an agent's undeposited cash is in cash_in_transit)."""
    cash_accounts = cash_accounts or {}
    value_dates = {transaction.id: transaction.value_date for transaction in transactions}
    due_dates = {instalment["number"]: instalment["due_date"] for instalment in after.instalments}
    entries: list[JournalEntry] = []
    earlier, later = _recognised(before), _recognised(after)
    rules = {"interest": interest_due, "fee": fee_due, "penalty": penalty_accrual}
    for number, part in sorted(earlier.keys() | later.keys()):
        change = later.get((number, part), ZERO) - earlier.get((number, part), ZERO)
        if not change:
            continue
        # income falling due is dated on its due date; a re-computation on the later state's date
        due_date = due_dates.get(number, after.as_of)
        value_date = due_date if part != "penalty" and before.as_of < due_date <= after.as_of else after.as_of
        memo = f"{part} of instalment {number}"
        if change > 0:
            entries.append(rules[part](change, value_date, memo))
        else:
            entries.append(reversal_of(rules[part](-change, value_date, f"{memo} re-computed")))
    for transaction_id in sorted(before.allocations.keys() | after.allocations.keys()):
        old = before.allocations.get(transaction_id, Allocation())
        new = after.allocations.get(transaction_id, Allocation())
        change = _difference(new, old)
        if all(getattr(change, part) == 0 for part, _ in _ALLOCATION_ACCOUNTS):
            continue
        if transaction_id not in before.allocations:
            entries.append(
                repayment(
                    change,
                    value_dates.get(transaction_id, after.as_of),
                    f"repayment {transaction_id}",
                    cash_account=cash_accounts.get(transaction_id, CASH),
                )
            )
        elif new.total == 0:
            entries.append(
                repayment(
                    change,
                    after.as_of,
                    f"reversal of repayment {transaction_id}",
                    kind="repayment_reversal",
                    cash_account=cash_accounts.get(transaction_id, CASH),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def post(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=transactions)]


def _opening(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def balances(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = dict.fromkeys(ACCOUNTS, ZERO)
    for entry in entries:
        for line in entry.lines:
            totals[line.account] += line.debit - line.credit
    return totals
