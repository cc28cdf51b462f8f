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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁJournalLineǁ__post_init____mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class JournalLine:
    account: str
    debit: Decimal = ZERO
    credit: Decimal = ZERO

    @_mutmut_mutated(mutants_xǁJournalLineǁ__post_init____mutmut)
    def __post_init__(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 0 or self.credit < 0 or (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_orig(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 0 or self.credit < 0 or (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_1(self):
        if self.account in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 0 or self.credit < 0 or (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_2(self):
        if self.account not in ACCOUNTS:
            raise ValueError(None)
        if self.debit < 0 or self.credit < 0 or (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_3(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 0 or self.credit < 0 and (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_4(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 0 and self.credit < 0 or (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_5(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit <= 0 or self.credit < 0 or (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_6(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 1 or self.credit < 0 or (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_7(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 0 or self.credit <= 0 or (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_8(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 0 or self.credit < 1 or (self.debit and self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_9(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 0 or self.credit < 0 or (self.debit or self.credit):
            raise ValueError(f"{self.account}: one of debit/credit must be zero and neither negative")

    def xǁJournalLineǁ__post_init____mutmut_10(self):
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account {self.account!r}")
        if self.debit < 0 or self.credit < 0 or (self.debit and self.credit):
            raise ValueError(None)

mutants_xǁJournalLineǁ__post_init____mutmut['_mutmut_orig'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁJournalLineǁ__post_init____mutmut['xǁJournalLineǁ__post_init____mutmut_1'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁJournalLineǁ__post_init____mutmut['xǁJournalLineǁ__post_init____mutmut_2'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁJournalLineǁ__post_init____mutmut['xǁJournalLineǁ__post_init____mutmut_3'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁJournalLineǁ__post_init____mutmut['xǁJournalLineǁ__post_init____mutmut_4'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁJournalLineǁ__post_init____mutmut['xǁJournalLineǁ__post_init____mutmut_5'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁJournalLineǁ__post_init____mutmut['xǁJournalLineǁ__post_init____mutmut_6'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁJournalLineǁ__post_init____mutmut['xǁJournalLineǁ__post_init____mutmut_7'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁJournalLineǁ__post_init____mutmut['xǁJournalLineǁ__post_init____mutmut_8'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁJournalLineǁ__post_init____mutmut['xǁJournalLineǁ__post_init____mutmut_9'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁJournalLineǁ__post_init____mutmut['xǁJournalLineǁ__post_init____mutmut_10'] = JournalLine.xǁJournalLineǁ__post_init____mutmut_10 # type: ignore # mutmut generated


@dataclass(frozen=True)
class JournalEntry:
    kind: str
    value_date: dt.date
    lines: tuple[JournalLine, ...]
    memo: str = ""

    @property
    def balanced(self) -> bool:
        return sum((line.debit for line in self.lines), ZERO) == sum((line.credit for line in self.lines), ZERO)
mutants_x__line__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__line__mutmut)
def _line(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ZERO), max(-signed_debit, ZERO))


def x__line__mutmut_orig(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ZERO), max(-signed_debit, ZERO))


def x__line__mutmut_1(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(None, max(signed_debit, ZERO), max(-signed_debit, ZERO))


def x__line__mutmut_2(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, None, max(-signed_debit, ZERO))


def x__line__mutmut_3(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ZERO), None)


def x__line__mutmut_4(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(max(signed_debit, ZERO), max(-signed_debit, ZERO))


def x__line__mutmut_5(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(-signed_debit, ZERO))


def x__line__mutmut_6(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ZERO), )


def x__line__mutmut_7(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(None, ZERO), max(-signed_debit, ZERO))


def x__line__mutmut_8(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, None), max(-signed_debit, ZERO))


def x__line__mutmut_9(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(ZERO), max(-signed_debit, ZERO))


def x__line__mutmut_10(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ), max(-signed_debit, ZERO))


def x__line__mutmut_11(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ZERO), max(None, ZERO))


def x__line__mutmut_12(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ZERO), max(-signed_debit, None))


def x__line__mutmut_13(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ZERO), max(ZERO))


def x__line__mutmut_14(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ZERO), max(-signed_debit, ))


def x__line__mutmut_15(account: str, signed_debit: Decimal) -> JournalLine:
    """A debit when positive, a credit when negative."""
    return JournalLine(account, max(signed_debit, ZERO), max(+signed_debit, ZERO))

mutants_x__line__mutmut['_mutmut_orig'] = x__line__mutmut_orig # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_1'] = x__line__mutmut_1 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_2'] = x__line__mutmut_2 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_3'] = x__line__mutmut_3 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_4'] = x__line__mutmut_4 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_5'] = x__line__mutmut_5 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_6'] = x__line__mutmut_6 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_7'] = x__line__mutmut_7 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_8'] = x__line__mutmut_8 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_9'] = x__line__mutmut_9 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_10'] = x__line__mutmut_10 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_11'] = x__line__mutmut_11 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_12'] = x__line__mutmut_12 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_13'] = x__line__mutmut_13 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_14'] = x__line__mutmut_14 # type: ignore # mutmut generated
mutants_x__line__mutmut['x__line__mutmut_15'] = x__line__mutmut_15 # type: ignore # mutmut generated
mutants_x__entry__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__entry__mutmut)
def _entry(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(account, amount) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_orig(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(account, amount) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_1(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = None
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_2(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(None, value_date, tuple(_line(account, amount) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_3(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, None, tuple(_line(account, amount) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_4(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, None, memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_5(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(account, amount) for account, amount in signed if amount), None)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_6(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(value_date, tuple(_line(account, amount) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_7(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, tuple(_line(account, amount) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_8(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_9(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(account, amount) for account, amount in signed if amount), )
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_10(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(None), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_11(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(None, amount) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_12(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(account, None) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_13(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(amount) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_14(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(account, ) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_15(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(account, amount) for account, amount in signed if amount), memo)
    if entry.balanced:
        raise ValueError(f"unbalanced {kind} entry: {entry.lines}")
    return entry


def x__entry__mutmut_16(kind: str, value_date: dt.date, memo: str, signed: Iterable[tuple[str, Decimal]]) -> JournalEntry:
    entry = JournalEntry(kind, value_date, tuple(_line(account, amount) for account, amount in signed if amount), memo)
    if not entry.balanced:
        raise ValueError(None)
    return entry

mutants_x__entry__mutmut['_mutmut_orig'] = x__entry__mutmut_orig # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_1'] = x__entry__mutmut_1 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_2'] = x__entry__mutmut_2 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_3'] = x__entry__mutmut_3 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_4'] = x__entry__mutmut_4 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_5'] = x__entry__mutmut_5 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_6'] = x__entry__mutmut_6 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_7'] = x__entry__mutmut_7 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_8'] = x__entry__mutmut_8 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_9'] = x__entry__mutmut_9 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_10'] = x__entry__mutmut_10 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_11'] = x__entry__mutmut_11 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_12'] = x__entry__mutmut_12 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_13'] = x__entry__mutmut_13 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_14'] = x__entry__mutmut_14 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_15'] = x__entry__mutmut_15 # type: ignore # mutmut generated
mutants_x__entry__mutmut['x__entry__mutmut_16'] = x__entry__mutmut_16 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_disbursement__mutmut)
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


def x_disbursement__mutmut_orig(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_1(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = None
    return _entry(
        "disbursement",
        schedule.terms.start,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_2(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal + schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_3(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        None,
        schedule.terms.start,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_4(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        None,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_5(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        None,
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_6(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        "disbursement",
        None,
    )


def x_disbursement__mutmut_7(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        schedule.terms.start,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_8(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_9(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_10(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        "disbursement",
        )


def x_disbursement__mutmut_11(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "XXdisbursementXX",
        schedule.terms.start,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_12(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "DISBURSEMENT",
        schedule.terms.start,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_13(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        "XXdisbursementXX",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_14(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        "DISBURSEMENT",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_15(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, +schedule.disbursed), (FEE_INCOME, -fee_taken)],
    )


def x_disbursement__mutmut_16(schedule: Schedule) -> JournalEntry:
    """Dr principal_receivable financed principal; Cr cash what the farmer receives; Cr fee_income the fee taken at
    disbursement (deducted, or capitalised into the principal) — the difference of the two."""
    fee_taken = schedule.financed_principal - schedule.disbursed
    return _entry(
        "disbursement",
        schedule.terms.start,
        "disbursement",
        [(PRINCIPAL_RECEIVABLE, schedule.financed_principal), (CASH, -schedule.disbursed), (FEE_INCOME, +fee_taken)],
    )

mutants_x_disbursement__mutmut['_mutmut_orig'] = x_disbursement__mutmut_orig # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_1'] = x_disbursement__mutmut_1 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_2'] = x_disbursement__mutmut_2 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_3'] = x_disbursement__mutmut_3 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_4'] = x_disbursement__mutmut_4 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_5'] = x_disbursement__mutmut_5 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_6'] = x_disbursement__mutmut_6 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_7'] = x_disbursement__mutmut_7 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_8'] = x_disbursement__mutmut_8 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_9'] = x_disbursement__mutmut_9 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_10'] = x_disbursement__mutmut_10 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_11'] = x_disbursement__mutmut_11 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_12'] = x_disbursement__mutmut_12 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_13'] = x_disbursement__mutmut_13 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_14'] = x_disbursement__mutmut_14 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_15'] = x_disbursement__mutmut_15 # type: ignore # mutmut generated
mutants_x_disbursement__mutmut['x_disbursement__mutmut_16'] = x_disbursement__mutmut_16 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_interest_due__mutmut)
def interest_due(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", value_date, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_orig(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", value_date, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_1(amount: Decimal, value_date: dt.date, memo: str = "XXinterest dueXX") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", value_date, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_2(amount: Decimal, value_date: dt.date, memo: str = "INTEREST DUE") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", value_date, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_3(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry(None, value_date, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_4(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", None, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_5(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", value_date, None, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_6(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", value_date, memo, None)


def x_interest_due__mutmut_7(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry(value_date, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_8(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_9(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", value_date, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_10(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", value_date, memo, )


def x_interest_due__mutmut_11(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("XXinterest_dueXX", value_date, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_12(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("INTEREST_DUE", value_date, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, -amount)])


def x_interest_due__mutmut_13(amount: Decimal, value_date: dt.date, memo: str = "interest due") -> JournalEntry:
    """Instalment interest falls due: Dr interest_receivable, Cr interest_income."""
    return _entry("interest_due", value_date, memo, [(INTEREST_RECEIVABLE, amount), (INTEREST_INCOME, +amount)])

mutants_x_interest_due__mutmut['_mutmut_orig'] = x_interest_due__mutmut_orig # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_1'] = x_interest_due__mutmut_1 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_2'] = x_interest_due__mutmut_2 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_3'] = x_interest_due__mutmut_3 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_4'] = x_interest_due__mutmut_4 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_5'] = x_interest_due__mutmut_5 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_6'] = x_interest_due__mutmut_6 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_7'] = x_interest_due__mutmut_7 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_8'] = x_interest_due__mutmut_8 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_9'] = x_interest_due__mutmut_9 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_10'] = x_interest_due__mutmut_10 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_11'] = x_interest_due__mutmut_11 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_12'] = x_interest_due__mutmut_12 # type: ignore # mutmut generated
mutants_x_interest_due__mutmut['x_interest_due__mutmut_13'] = x_interest_due__mutmut_13 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fee_due__mutmut)
def fee_due(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", value_date, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_orig(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", value_date, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_1(amount: Decimal, value_date: dt.date, memo: str = "XXfee dueXX") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", value_date, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_2(amount: Decimal, value_date: dt.date, memo: str = "FEE DUE") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", value_date, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_3(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry(None, value_date, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_4(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", None, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_5(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", value_date, None, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_6(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", value_date, memo, None)


def x_fee_due__mutmut_7(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry(value_date, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_8(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_9(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", value_date, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_10(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", value_date, memo, )


def x_fee_due__mutmut_11(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("XXfee_dueXX", value_date, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_12(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("FEE_DUE", value_date, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, -amount)])


def x_fee_due__mutmut_13(amount: Decimal, value_date: dt.date, memo: str = "fee due") -> JournalEntry:
    """A fee carried by an instalment falls due: Dr fee_receivable, Cr fee_income."""
    return _entry("fee_due", value_date, memo, [(FEE_RECEIVABLE, amount), (FEE_INCOME, +amount)])

mutants_x_fee_due__mutmut['_mutmut_orig'] = x_fee_due__mutmut_orig # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_1'] = x_fee_due__mutmut_1 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_2'] = x_fee_due__mutmut_2 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_3'] = x_fee_due__mutmut_3 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_4'] = x_fee_due__mutmut_4 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_5'] = x_fee_due__mutmut_5 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_6'] = x_fee_due__mutmut_6 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_7'] = x_fee_due__mutmut_7 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_8'] = x_fee_due__mutmut_8 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_9'] = x_fee_due__mutmut_9 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_10'] = x_fee_due__mutmut_10 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_11'] = x_fee_due__mutmut_11 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_12'] = x_fee_due__mutmut_12 # type: ignore # mutmut generated
mutants_x_fee_due__mutmut['x_fee_due__mutmut_13'] = x_fee_due__mutmut_13 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_penalty_accrual__mutmut)
def penalty_accrual(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", value_date, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_orig(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", value_date, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_1(amount: Decimal, value_date: dt.date, memo: str = "XXpenalty interestXX") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", value_date, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_2(amount: Decimal, value_date: dt.date, memo: str = "PENALTY INTEREST") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", value_date, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_3(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry(None, value_date, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_4(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", None, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_5(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", value_date, None, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_6(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", value_date, memo, None)


def x_penalty_accrual__mutmut_7(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry(value_date, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_8(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_9(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", value_date, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_10(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", value_date, memo, )


def x_penalty_accrual__mutmut_11(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("XXpenalty_accrualXX", value_date, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_12(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("PENALTY_ACCRUAL", value_date, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, -amount)])


def x_penalty_accrual__mutmut_13(amount: Decimal, value_date: dt.date, memo: str = "penalty interest") -> JournalEntry:
    """Penalty interest charged: Dr penalty_receivable, Cr penalty_income."""
    return _entry("penalty_accrual", value_date, memo, [(PENALTY_RECEIVABLE, amount), (PENALTY_INCOME, +amount)])

mutants_x_penalty_accrual__mutmut['_mutmut_orig'] = x_penalty_accrual__mutmut_orig # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_1'] = x_penalty_accrual__mutmut_1 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_2'] = x_penalty_accrual__mutmut_2 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_3'] = x_penalty_accrual__mutmut_3 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_4'] = x_penalty_accrual__mutmut_4 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_5'] = x_penalty_accrual__mutmut_5 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_6'] = x_penalty_accrual__mutmut_6 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_7'] = x_penalty_accrual__mutmut_7 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_8'] = x_penalty_accrual__mutmut_8 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_9'] = x_penalty_accrual__mutmut_9 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_10'] = x_penalty_accrual__mutmut_10 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_11'] = x_penalty_accrual__mutmut_11 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_12'] = x_penalty_accrual__mutmut_12 # type: ignore # mutmut generated
mutants_x_penalty_accrual__mutmut['x_penalty_accrual__mutmut_13'] = x_penalty_accrual__mutmut_13 # type: ignore # mutmut generated
mutants_x_repayment__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_repayment__mutmut)
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


def x_repayment__mutmut_orig(
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


def x_repayment__mutmut_1(
    allocation: Allocation,
    value_date: dt.date,
    memo: str = "XXrepaymentXX",
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


def x_repayment__mutmut_2(
    allocation: Allocation,
    value_date: dt.date,
    memo: str = "REPAYMENT",
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


def x_repayment__mutmut_3(
    allocation: Allocation,
    value_date: dt.date,
    memo: str = "repayment",
    kind: str = "XXrepaymentXX",
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


def x_repayment__mutmut_4(
    allocation: Allocation,
    value_date: dt.date,
    memo: str = "repayment",
    kind: str = "REPAYMENT",
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


def x_repayment__mutmut_5(
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
        None,
        value_date,
        memo,
        [
            (cash_account, allocation.total),
            *((account, -getattr(allocation, part)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def x_repayment__mutmut_6(
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
        None,
        memo,
        [
            (cash_account, allocation.total),
            *((account, -getattr(allocation, part)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def x_repayment__mutmut_7(
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
        None,
        [
            (cash_account, allocation.total),
            *((account, -getattr(allocation, part)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def x_repayment__mutmut_8(
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
        None,
    )


def x_repayment__mutmut_9(
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
        value_date,
        memo,
        [
            (cash_account, allocation.total),
            *((account, -getattr(allocation, part)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def x_repayment__mutmut_10(
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
        memo,
        [
            (cash_account, allocation.total),
            *((account, -getattr(allocation, part)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def x_repayment__mutmut_11(
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
        [
            (cash_account, allocation.total),
            *((account, -getattr(allocation, part)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def x_repayment__mutmut_12(
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
        )


def x_repayment__mutmut_13(
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
            *((account, +getattr(allocation, part)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def x_repayment__mutmut_14(
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
            *((account, -getattr(None, part)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def x_repayment__mutmut_15(
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
            *((account, -getattr(allocation, None)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def x_repayment__mutmut_16(
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
            *((account, -getattr(part)) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )


def x_repayment__mutmut_17(
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
            *((account, -getattr(allocation, )) for part, account in _ALLOCATION_ACCOUNTS),
        ],
    )

mutants_x_repayment__mutmut['_mutmut_orig'] = x_repayment__mutmut_orig # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_1'] = x_repayment__mutmut_1 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_2'] = x_repayment__mutmut_2 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_3'] = x_repayment__mutmut_3 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_4'] = x_repayment__mutmut_4 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_5'] = x_repayment__mutmut_5 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_6'] = x_repayment__mutmut_6 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_7'] = x_repayment__mutmut_7 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_8'] = x_repayment__mutmut_8 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_9'] = x_repayment__mutmut_9 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_10'] = x_repayment__mutmut_10 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_11'] = x_repayment__mutmut_11 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_12'] = x_repayment__mutmut_12 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_13'] = x_repayment__mutmut_13 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_14'] = x_repayment__mutmut_14 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_15'] = x_repayment__mutmut_15 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_16'] = x_repayment__mutmut_16 # type: ignore # mutmut generated
mutants_x_repayment__mutmut['x_repayment__mutmut_17'] = x_repayment__mutmut_17 # type: ignore # mutmut generated
mutants_x_recovery__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_recovery__mutmut)
def recovery(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_orig(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_1(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "XXrecoveryXX", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_2(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "RECOVERY", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_3(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "XXrecoveryXX"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_4(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "RECOVERY"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_5(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(None, value_date, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_6(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, None, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_7(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, None, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_8(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, memo, None)


def x_recovery__mutmut_9(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(value_date, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_10(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, memo, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_11(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, [(cash_account, amount), (RECOVERIES_INCOME, -amount)])


def x_recovery__mutmut_12(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, memo, )


def x_recovery__mutmut_13(
    amount: Decimal, value_date: dt.date, cash_account: str = CASH, memo: str = "recovery", kind: str = "recovery"
) -> JournalEntry:
    """Money in on a written-off loan: Dr cash (or cash in transit), Cr recoveries_income (the receivables are gone).
    A negative amount is its reversal."""
    return _entry(kind, value_date, memo, [(cash_account, amount), (RECOVERIES_INCOME, +amount)])

mutants_x_recovery__mutmut['_mutmut_orig'] = x_recovery__mutmut_orig # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_1'] = x_recovery__mutmut_1 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_2'] = x_recovery__mutmut_2 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_3'] = x_recovery__mutmut_3 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_4'] = x_recovery__mutmut_4 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_5'] = x_recovery__mutmut_5 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_6'] = x_recovery__mutmut_6 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_7'] = x_recovery__mutmut_7 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_8'] = x_recovery__mutmut_8 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_9'] = x_recovery__mutmut_9 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_10'] = x_recovery__mutmut_10 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_11'] = x_recovery__mutmut_11 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_12'] = x_recovery__mutmut_12 # type: ignore # mutmut generated
mutants_x_recovery__mutmut['x_recovery__mutmut_13'] = x_recovery__mutmut_13 # type: ignore # mutmut generated
mutants_x_deposit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_deposit__mutmut)
def deposit(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", value_date, memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_orig(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", value_date, memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_1(amount: Decimal, value_date: dt.date, memo: str = "XXagent's cash bankedXX") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", value_date, memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_2(amount: Decimal, value_date: dt.date, memo: str = "AGENT'S CASH BANKED") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", value_date, memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_3(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry(None, value_date, memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_4(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", None, memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_5(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", value_date, None, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_6(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", value_date, memo, None)


def x_deposit__mutmut_7(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry(value_date, memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_8(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_9(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", value_date, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_10(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", value_date, memo, )


def x_deposit__mutmut_11(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("XXdepositXX", value_date, memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_12(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("DEPOSIT", value_date, memo, [(CASH, amount), (CASH_IN_TRANSIT, -amount)])


def x_deposit__mutmut_13(amount: Decimal, value_date: dt.date, memo: str = "agent's cash banked") -> JournalEntry:
    """An agent's collected cash reaches the bank: Dr cash, Cr cash_in_transit."""
    return _entry("deposit", value_date, memo, [(CASH, amount), (CASH_IN_TRANSIT, +amount)])

mutants_x_deposit__mutmut['_mutmut_orig'] = x_deposit__mutmut_orig # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_1'] = x_deposit__mutmut_1 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_2'] = x_deposit__mutmut_2 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_3'] = x_deposit__mutmut_3 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_4'] = x_deposit__mutmut_4 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_5'] = x_deposit__mutmut_5 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_6'] = x_deposit__mutmut_6 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_7'] = x_deposit__mutmut_7 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_8'] = x_deposit__mutmut_8 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_9'] = x_deposit__mutmut_9 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_10'] = x_deposit__mutmut_10 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_11'] = x_deposit__mutmut_11 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_12'] = x_deposit__mutmut_12 # type: ignore # mutmut generated
mutants_x_deposit__mutmut['x_deposit__mutmut_13'] = x_deposit__mutmut_13 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_reversal_of__mutmut)
def reversal_of(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(line.account, line.credit, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_orig(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(line.account, line.credit, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_1(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        None,
        value_date or entry.value_date,
        tuple(JournalLine(line.account, line.credit, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_2(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        None,
        tuple(JournalLine(line.account, line.credit, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_3(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        None,
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_4(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(line.account, line.credit, line.debit) for line in entry.lines),
        None,
    )


def x_reversal_of__mutmut_5(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        value_date or entry.value_date,
        tuple(JournalLine(line.account, line.credit, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_6(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        tuple(JournalLine(line.account, line.credit, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_7(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_8(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(line.account, line.credit, line.debit) for line in entry.lines),
        )


def x_reversal_of__mutmut_9(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date and entry.value_date,
        tuple(JournalLine(line.account, line.credit, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_10(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(None),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_11(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(None, line.credit, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_12(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(line.account, None, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_13(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(line.account, line.credit, None) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_14(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(line.credit, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_15(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(line.account, line.debit) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )


def x_reversal_of__mutmut_16(entry: JournalEntry, value_date: dt.date | None = None) -> JournalEntry:
    """The mirror of `entry`: every debit becomes a credit of the same amount and vice versa."""
    return JournalEntry(
        f"{entry.kind}_reversal",
        value_date or entry.value_date,
        tuple(JournalLine(line.account, line.credit, ) for line in entry.lines),
        f"reversal of: {entry.memo}",
    )

mutants_x_reversal_of__mutmut['_mutmut_orig'] = x_reversal_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_1'] = x_reversal_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_2'] = x_reversal_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_3'] = x_reversal_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_4'] = x_reversal_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_5'] = x_reversal_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_6'] = x_reversal_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_7'] = x_reversal_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_8'] = x_reversal_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_9'] = x_reversal_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_10'] = x_reversal_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_11'] = x_reversal_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_12'] = x_reversal_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_13'] = x_reversal_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_14'] = x_reversal_of__mutmut_14 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_15'] = x_reversal_of__mutmut_15 # type: ignore # mutmut generated
mutants_x_reversal_of__mutmut['x_reversal_of__mutmut_16'] = x_reversal_of__mutmut_16 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_writeoff__mutmut)
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


def x_writeoff__mutmut_orig(state: LoanState, value_date: dt.date) -> JournalEntry:
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


def x_writeoff__mutmut_1(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = None
    total = sum((amount for _, amount in parts), ZERO)
    return _entry(
        "writeoff",
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_2(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = [
        (PRINCIPAL_RECEIVABLE, state.principal_outstanding),
        (INTEREST_RECEIVABLE, state.interest_outstanding),
        (FEE_RECEIVABLE, state.fee_outstanding),
        (PENALTY_RECEIVABLE, state.penalty_outstanding),
    ]
    total = None
    return _entry(
        "writeoff",
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_3(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = [
        (PRINCIPAL_RECEIVABLE, state.principal_outstanding),
        (INTEREST_RECEIVABLE, state.interest_outstanding),
        (FEE_RECEIVABLE, state.fee_outstanding),
        (PENALTY_RECEIVABLE, state.penalty_outstanding),
    ]
    total = sum(None, ZERO)
    return _entry(
        "writeoff",
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_4(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = [
        (PRINCIPAL_RECEIVABLE, state.principal_outstanding),
        (INTEREST_RECEIVABLE, state.interest_outstanding),
        (FEE_RECEIVABLE, state.fee_outstanding),
        (PENALTY_RECEIVABLE, state.penalty_outstanding),
    ]
    total = sum((amount for _, amount in parts), None)
    return _entry(
        "writeoff",
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_5(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = [
        (PRINCIPAL_RECEIVABLE, state.principal_outstanding),
        (INTEREST_RECEIVABLE, state.interest_outstanding),
        (FEE_RECEIVABLE, state.fee_outstanding),
        (PENALTY_RECEIVABLE, state.penalty_outstanding),
    ]
    total = sum(ZERO)
    return _entry(
        "writeoff",
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_6(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = [
        (PRINCIPAL_RECEIVABLE, state.principal_outstanding),
        (INTEREST_RECEIVABLE, state.interest_outstanding),
        (FEE_RECEIVABLE, state.fee_outstanding),
        (PENALTY_RECEIVABLE, state.penalty_outstanding),
    ]
    total = sum((amount for _, amount in parts), )
    return _entry(
        "writeoff",
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_7(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = [
        (PRINCIPAL_RECEIVABLE, state.principal_outstanding),
        (INTEREST_RECEIVABLE, state.interest_outstanding),
        (FEE_RECEIVABLE, state.fee_outstanding),
        (PENALTY_RECEIVABLE, state.penalty_outstanding),
    ]
    total = sum((amount for _, amount in parts), ZERO)
    return _entry(
        None,
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_8(state: LoanState, value_date: dt.date) -> JournalEntry:
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
        None,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_9(state: LoanState, value_date: dt.date) -> JournalEntry:
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
        None,
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_10(state: LoanState, value_date: dt.date) -> JournalEntry:
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
        None,
    )


def x_writeoff__mutmut_11(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = [
        (PRINCIPAL_RECEIVABLE, state.principal_outstanding),
        (INTEREST_RECEIVABLE, state.interest_outstanding),
        (FEE_RECEIVABLE, state.fee_outstanding),
        (PENALTY_RECEIVABLE, state.penalty_outstanding),
    ]
    total = sum((amount for _, amount in parts), ZERO)
    return _entry(
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_12(state: LoanState, value_date: dt.date) -> JournalEntry:
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
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_13(state: LoanState, value_date: dt.date) -> JournalEntry:
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
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_14(state: LoanState, value_date: dt.date) -> JournalEntry:
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
        )


def x_writeoff__mutmut_15(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = [
        (PRINCIPAL_RECEIVABLE, state.principal_outstanding),
        (INTEREST_RECEIVABLE, state.interest_outstanding),
        (FEE_RECEIVABLE, state.fee_outstanding),
        (PENALTY_RECEIVABLE, state.penalty_outstanding),
    ]
    total = sum((amount for _, amount in parts), ZERO)
    return _entry(
        "XXwriteoffXX",
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_16(state: LoanState, value_date: dt.date) -> JournalEntry:
    """Dr writeoff_expense; Cr every receivable by what is outstanding in `state`."""
    parts = [
        (PRINCIPAL_RECEIVABLE, state.principal_outstanding),
        (INTEREST_RECEIVABLE, state.interest_outstanding),
        (FEE_RECEIVABLE, state.fee_outstanding),
        (PENALTY_RECEIVABLE, state.penalty_outstanding),
    ]
    total = sum((amount for _, amount in parts), ZERO)
    return _entry(
        "WRITEOFF",
        value_date,
        "write-off",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_17(state: LoanState, value_date: dt.date) -> JournalEntry:
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
        "XXwrite-offXX",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_18(state: LoanState, value_date: dt.date) -> JournalEntry:
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
        "WRITE-OFF",
        [(WRITEOFF_EXPENSE, total), *((account, -amount) for account, amount in parts)],
    )


def x_writeoff__mutmut_19(state: LoanState, value_date: dt.date) -> JournalEntry:
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
        [(WRITEOFF_EXPENSE, total), *((account, +amount) for account, amount in parts)],
    )

mutants_x_writeoff__mutmut['_mutmut_orig'] = x_writeoff__mutmut_orig # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_1'] = x_writeoff__mutmut_1 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_2'] = x_writeoff__mutmut_2 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_3'] = x_writeoff__mutmut_3 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_4'] = x_writeoff__mutmut_4 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_5'] = x_writeoff__mutmut_5 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_6'] = x_writeoff__mutmut_6 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_7'] = x_writeoff__mutmut_7 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_8'] = x_writeoff__mutmut_8 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_9'] = x_writeoff__mutmut_9 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_10'] = x_writeoff__mutmut_10 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_11'] = x_writeoff__mutmut_11 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_12'] = x_writeoff__mutmut_12 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_13'] = x_writeoff__mutmut_13 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_14'] = x_writeoff__mutmut_14 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_15'] = x_writeoff__mutmut_15 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_16'] = x_writeoff__mutmut_16 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_17'] = x_writeoff__mutmut_17 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_18'] = x_writeoff__mutmut_18 # type: ignore # mutmut generated
mutants_x_writeoff__mutmut['x_writeoff__mutmut_19'] = x_writeoff__mutmut_19 # type: ignore # mutmut generated
mutants_x__recognised__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__recognised__mutmut)
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


def x__recognised__mutmut_orig(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_1(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = None
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_2(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = None
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_3(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["XXdue_dateXX"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_4(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["DUE_DATE"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_5(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] < state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_6(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("XXinterestXX", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_7(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("INTEREST", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_8(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "XXfeeXX"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_9(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "FEE"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_10(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = None
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_11(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["XXnumberXX"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_12(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["NUMBER"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_13(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if (due) and False else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_14(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if (due) or True else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_15(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = None
    return recognised


def x__recognised__mutmut_16(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["XXnumberXX"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_17(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["NUMBER"], "penalty"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_18(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "XXpenaltyXX"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_19(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "PENALTY"] = instalment["penalty"]
    return recognised


def x__recognised__mutmut_20(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["XXpenaltyXX"]
    return recognised


def x__recognised__mutmut_21(state: LoanState) -> dict[tuple[int, str], Decimal]:
    """Income recognised per (instalment, part): interest and fee once due — or once paid in advance, whichever
    comes first — and penalty as charged. Summed, it is what is outstanding plus what has been paid."""
    recognised = {}
    for instalment in state.instalments:
        due = instalment["due_date"] <= state.as_of
        for part in ("interest", "fee"):
            recognised[instalment["number"], part] = instalment[part] if due else instalment[f"{part}_paid"]
        recognised[instalment["number"], "penalty"] = instalment["PENALTY"]
    return recognised

mutants_x__recognised__mutmut['_mutmut_orig'] = x__recognised__mutmut_orig # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_1'] = x__recognised__mutmut_1 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_2'] = x__recognised__mutmut_2 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_3'] = x__recognised__mutmut_3 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_4'] = x__recognised__mutmut_4 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_5'] = x__recognised__mutmut_5 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_6'] = x__recognised__mutmut_6 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_7'] = x__recognised__mutmut_7 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_8'] = x__recognised__mutmut_8 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_9'] = x__recognised__mutmut_9 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_10'] = x__recognised__mutmut_10 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_11'] = x__recognised__mutmut_11 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_12'] = x__recognised__mutmut_12 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_13'] = x__recognised__mutmut_13 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_14'] = x__recognised__mutmut_14 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_15'] = x__recognised__mutmut_15 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_16'] = x__recognised__mutmut_16 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_17'] = x__recognised__mutmut_17 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_18'] = x__recognised__mutmut_18 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_19'] = x__recognised__mutmut_19 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_20'] = x__recognised__mutmut_20 # type: ignore # mutmut generated
mutants_x__recognised__mutmut['x__recognised__mutmut_21'] = x__recognised__mutmut_21 # type: ignore # mutmut generated
mutants_x__difference__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__difference__mutmut)
def _difference(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(after, part) - getattr(before, part) for part, _ in _ALLOCATION_ACCOUNTS})


def x__difference__mutmut_orig(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(after, part) - getattr(before, part) for part, _ in _ALLOCATION_ACCOUNTS})


def x__difference__mutmut_1(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(after, part) + getattr(before, part) for part, _ in _ALLOCATION_ACCOUNTS})


def x__difference__mutmut_2(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(None, part) - getattr(before, part) for part, _ in _ALLOCATION_ACCOUNTS})


def x__difference__mutmut_3(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(after, None) - getattr(before, part) for part, _ in _ALLOCATION_ACCOUNTS})


def x__difference__mutmut_4(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(part) - getattr(before, part) for part, _ in _ALLOCATION_ACCOUNTS})


def x__difference__mutmut_5(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(after, ) - getattr(before, part) for part, _ in _ALLOCATION_ACCOUNTS})


def x__difference__mutmut_6(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(after, part) - getattr(None, part) for part, _ in _ALLOCATION_ACCOUNTS})


def x__difference__mutmut_7(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(after, part) - getattr(before, None) for part, _ in _ALLOCATION_ACCOUNTS})


def x__difference__mutmut_8(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(after, part) - getattr(part) for part, _ in _ALLOCATION_ACCOUNTS})


def x__difference__mutmut_9(after: Allocation, before: Allocation) -> Allocation:
    return Allocation(**{part: getattr(after, part) - getattr(before, ) for part, _ in _ALLOCATION_ACCOUNTS})

mutants_x__difference__mutmut['_mutmut_orig'] = x__difference__mutmut_orig # type: ignore # mutmut generated
mutants_x__difference__mutmut['x__difference__mutmut_1'] = x__difference__mutmut_1 # type: ignore # mutmut generated
mutants_x__difference__mutmut['x__difference__mutmut_2'] = x__difference__mutmut_2 # type: ignore # mutmut generated
mutants_x__difference__mutmut['x__difference__mutmut_3'] = x__difference__mutmut_3 # type: ignore # mutmut generated
mutants_x__difference__mutmut['x__difference__mutmut_4'] = x__difference__mutmut_4 # type: ignore # mutmut generated
mutants_x__difference__mutmut['x__difference__mutmut_5'] = x__difference__mutmut_5 # type: ignore # mutmut generated
mutants_x__difference__mutmut['x__difference__mutmut_6'] = x__difference__mutmut_6 # type: ignore # mutmut generated
mutants_x__difference__mutmut['x__difference__mutmut_7'] = x__difference__mutmut_7 # type: ignore # mutmut generated
mutants_x__difference__mutmut['x__difference__mutmut_8'] = x__difference__mutmut_8 # type: ignore # mutmut generated
mutants_x__difference__mutmut['x__difference__mutmut_9'] = x__difference__mutmut_9 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_adjustments__mutmut)
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


def x_adjustments__mutmut_orig(
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


def x_adjustments__mutmut_1(
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
    cash_accounts = None
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


def x_adjustments__mutmut_2(
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
    cash_accounts = cash_accounts and {}
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


def x_adjustments__mutmut_3(
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
    value_dates = None
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


def x_adjustments__mutmut_4(
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
    due_dates = None
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


def x_adjustments__mutmut_5(
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
    due_dates = {instalment["XXnumberXX"]: instalment["due_date"] for instalment in after.instalments}
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


def x_adjustments__mutmut_6(
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
    due_dates = {instalment["NUMBER"]: instalment["due_date"] for instalment in after.instalments}
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


def x_adjustments__mutmut_7(
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
    due_dates = {instalment["number"]: instalment["XXdue_dateXX"] for instalment in after.instalments}
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


def x_adjustments__mutmut_8(
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
    due_dates = {instalment["number"]: instalment["DUE_DATE"] for instalment in after.instalments}
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


def x_adjustments__mutmut_9(
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
    entries: list[JournalEntry] = None
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


def x_adjustments__mutmut_10(
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
    earlier, later = None
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


def x_adjustments__mutmut_11(
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
    earlier, later = _recognised(None), _recognised(after)
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


def x_adjustments__mutmut_12(
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
    earlier, later = _recognised(before), _recognised(None)
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


def x_adjustments__mutmut_13(
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
    rules = None
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


def x_adjustments__mutmut_14(
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
    rules = {"XXinterestXX": interest_due, "fee": fee_due, "penalty": penalty_accrual}
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


def x_adjustments__mutmut_15(
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
    rules = {"INTEREST": interest_due, "fee": fee_due, "penalty": penalty_accrual}
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


def x_adjustments__mutmut_16(
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
    rules = {"interest": interest_due, "XXfeeXX": fee_due, "penalty": penalty_accrual}
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


def x_adjustments__mutmut_17(
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
    rules = {"interest": interest_due, "FEE": fee_due, "penalty": penalty_accrual}
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


def x_adjustments__mutmut_18(
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
    rules = {"interest": interest_due, "fee": fee_due, "XXpenaltyXX": penalty_accrual}
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


def x_adjustments__mutmut_19(
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
    rules = {"interest": interest_due, "fee": fee_due, "PENALTY": penalty_accrual}
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


def x_adjustments__mutmut_20(
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
    for number, part in sorted(None):
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


def x_adjustments__mutmut_21(
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
    for number, part in sorted(earlier.keys() & later.keys()):
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


def x_adjustments__mutmut_22(
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
        change = None
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


def x_adjustments__mutmut_23(
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
        change = later.get((number, part), ZERO) + earlier.get((number, part), ZERO)
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


def x_adjustments__mutmut_24(
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
        change = later.get(None, ZERO) - earlier.get((number, part), ZERO)
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


def x_adjustments__mutmut_25(
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
        change = later.get((number, part), None) - earlier.get((number, part), ZERO)
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


def x_adjustments__mutmut_26(
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
        change = later.get(ZERO) - earlier.get((number, part), ZERO)
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


def x_adjustments__mutmut_27(
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
        change = later.get((number, part), ) - earlier.get((number, part), ZERO)
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


def x_adjustments__mutmut_28(
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
        change = later.get((number, part), ZERO) - earlier.get(None, ZERO)
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


def x_adjustments__mutmut_29(
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
        change = later.get((number, part), ZERO) - earlier.get((number, part), None)
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


def x_adjustments__mutmut_30(
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
        change = later.get((number, part), ZERO) - earlier.get(ZERO)
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


def x_adjustments__mutmut_31(
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
        change = later.get((number, part), ZERO) - earlier.get((number, part), )
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


def x_adjustments__mutmut_32(
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
        if change:
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


def x_adjustments__mutmut_33(
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
            break
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


def x_adjustments__mutmut_34(
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
        due_date = None
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


def x_adjustments__mutmut_35(
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
        due_date = due_dates.get(None, after.as_of)
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


def x_adjustments__mutmut_36(
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
        due_date = due_dates.get(number, None)
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


def x_adjustments__mutmut_37(
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
        due_date = due_dates.get(after.as_of)
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


def x_adjustments__mutmut_38(
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
        due_date = due_dates.get(number, )
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


def x_adjustments__mutmut_39(
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
        value_date = None
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


def x_adjustments__mutmut_40(
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
        value_date = due_date if (part != "penalty" and before.as_of < due_date <= after.as_of) and False else after.as_of
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


def x_adjustments__mutmut_41(
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
        value_date = due_date if (part != "penalty" and before.as_of < due_date <= after.as_of) or True else after.as_of
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


def x_adjustments__mutmut_42(
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
        value_date = due_date if part != "penalty" or before.as_of < due_date <= after.as_of else after.as_of
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


def x_adjustments__mutmut_43(
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
        value_date = due_date if part == "penalty" and before.as_of < due_date <= after.as_of else after.as_of
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


def x_adjustments__mutmut_44(
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
        value_date = due_date if part != "XXpenaltyXX" and before.as_of < due_date <= after.as_of else after.as_of
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


def x_adjustments__mutmut_45(
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
        value_date = due_date if part != "PENALTY" and before.as_of < due_date <= after.as_of else after.as_of
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


def x_adjustments__mutmut_46(
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
        value_date = due_date if part != "penalty" and before.as_of <= due_date <= after.as_of else after.as_of
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


def x_adjustments__mutmut_47(
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
        value_date = due_date if part != "penalty" and before.as_of < due_date < after.as_of else after.as_of
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


def x_adjustments__mutmut_48(
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
        memo = None
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


def x_adjustments__mutmut_49(
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
        if change >= 0:
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


def x_adjustments__mutmut_50(
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
        if change > 1:
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


def x_adjustments__mutmut_51(
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
            entries.append(None)
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


def x_adjustments__mutmut_52(
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
            entries.append(rules[part](None, value_date, memo))
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


def x_adjustments__mutmut_53(
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
            entries.append(rules[part](change, None, memo))
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


def x_adjustments__mutmut_54(
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
            entries.append(rules[part](change, value_date, None))
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


def x_adjustments__mutmut_55(
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
            entries.append(rules[part](value_date, memo))
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


def x_adjustments__mutmut_56(
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
            entries.append(rules[part](change, memo))
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


def x_adjustments__mutmut_57(
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
            entries.append(rules[part](change, value_date, ))
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


def x_adjustments__mutmut_58(
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
            entries.append(None)
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


def x_adjustments__mutmut_59(
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
            entries.append(reversal_of(None))
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


def x_adjustments__mutmut_60(
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
            entries.append(reversal_of(rules[part](None, value_date, f"{memo} re-computed")))
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


def x_adjustments__mutmut_61(
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
            entries.append(reversal_of(rules[part](-change, None, f"{memo} re-computed")))
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


def x_adjustments__mutmut_62(
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
            entries.append(reversal_of(rules[part](-change, value_date, None)))
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


def x_adjustments__mutmut_63(
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
            entries.append(reversal_of(rules[part](value_date, f"{memo} re-computed")))
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


def x_adjustments__mutmut_64(
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
            entries.append(reversal_of(rules[part](-change, f"{memo} re-computed")))
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


def x_adjustments__mutmut_65(
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
            entries.append(reversal_of(rules[part](-change, value_date, )))
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


def x_adjustments__mutmut_66(
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
            entries.append(reversal_of(rules[part](+change, value_date, f"{memo} re-computed")))
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


def x_adjustments__mutmut_67(
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
    for transaction_id in sorted(None):
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


def x_adjustments__mutmut_68(
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
    for transaction_id in sorted(before.allocations.keys() & after.allocations.keys()):
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


def x_adjustments__mutmut_69(
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
        old = None
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


def x_adjustments__mutmut_70(
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
        old = before.allocations.get(None, Allocation())
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


def x_adjustments__mutmut_71(
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
        old = before.allocations.get(transaction_id, None)
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


def x_adjustments__mutmut_72(
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
        old = before.allocations.get(Allocation())
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


def x_adjustments__mutmut_73(
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
        old = before.allocations.get(transaction_id, )
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


def x_adjustments__mutmut_74(
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
        new = None
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


def x_adjustments__mutmut_75(
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
        new = after.allocations.get(None, Allocation())
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


def x_adjustments__mutmut_76(
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
        new = after.allocations.get(transaction_id, None)
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


def x_adjustments__mutmut_77(
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
        new = after.allocations.get(Allocation())
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


def x_adjustments__mutmut_78(
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
        new = after.allocations.get(transaction_id, )
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


def x_adjustments__mutmut_79(
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
        change = None
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


def x_adjustments__mutmut_80(
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
        change = _difference(None, old)
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


def x_adjustments__mutmut_81(
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
        change = _difference(new, None)
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


def x_adjustments__mutmut_82(
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
        change = _difference(old)
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


def x_adjustments__mutmut_83(
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
        change = _difference(new, )
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


def x_adjustments__mutmut_84(
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
        if all(None):
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


def x_adjustments__mutmut_85(
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
        if all(getattr(None, part) == 0 for part, _ in _ALLOCATION_ACCOUNTS):
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


def x_adjustments__mutmut_86(
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
        if all(getattr(change, None) == 0 for part, _ in _ALLOCATION_ACCOUNTS):
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


def x_adjustments__mutmut_87(
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
        if all(getattr(part) == 0 for part, _ in _ALLOCATION_ACCOUNTS):
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


def x_adjustments__mutmut_88(
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
        if all(getattr(change, ) == 0 for part, _ in _ALLOCATION_ACCOUNTS):
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


def x_adjustments__mutmut_89(
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
        if all(getattr(change, part) != 0 for part, _ in _ALLOCATION_ACCOUNTS):
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


def x_adjustments__mutmut_90(
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
        if all(getattr(change, part) == 1 for part, _ in _ALLOCATION_ACCOUNTS):
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


def x_adjustments__mutmut_91(
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
            break
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


def x_adjustments__mutmut_92(
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
        if transaction_id in before.allocations:
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


def x_adjustments__mutmut_93(
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
                None
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


def x_adjustments__mutmut_94(
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
                    None,
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


def x_adjustments__mutmut_95(
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
                    None,
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


def x_adjustments__mutmut_96(
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
                    None,
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


def x_adjustments__mutmut_97(
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
                    cash_account=None,
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


def x_adjustments__mutmut_98(
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


def x_adjustments__mutmut_99(
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


def x_adjustments__mutmut_100(
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


def x_adjustments__mutmut_101(
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


def x_adjustments__mutmut_102(
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
                    value_dates.get(None, after.as_of),
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


def x_adjustments__mutmut_103(
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
                    value_dates.get(transaction_id, None),
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


def x_adjustments__mutmut_104(
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
                    value_dates.get(after.as_of),
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


def x_adjustments__mutmut_105(
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
                    value_dates.get(transaction_id, ),
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


def x_adjustments__mutmut_106(
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
                    cash_account=cash_accounts.get(None, CASH),
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


def x_adjustments__mutmut_107(
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
                    cash_account=cash_accounts.get(transaction_id, None),
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


def x_adjustments__mutmut_108(
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
                    cash_account=cash_accounts.get(CASH),
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


def x_adjustments__mutmut_109(
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
                    cash_account=cash_accounts.get(transaction_id, ),
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


def x_adjustments__mutmut_110(
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
        elif new.total != 0:
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


def x_adjustments__mutmut_111(
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
        elif new.total == 1:
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


def x_adjustments__mutmut_112(
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
                None
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_113(
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
                    None,
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


def x_adjustments__mutmut_114(
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
                    None,
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


def x_adjustments__mutmut_115(
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
                    None,
                    kind="repayment_reversal",
                    cash_account=cash_accounts.get(transaction_id, CASH),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_116(
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
                    kind=None,
                    cash_account=cash_accounts.get(transaction_id, CASH),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_117(
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
                    cash_account=None,
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_118(
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


def x_adjustments__mutmut_119(
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


def x_adjustments__mutmut_120(
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
                    kind="repayment_reversal",
                    cash_account=cash_accounts.get(transaction_id, CASH),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_121(
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
                    cash_account=cash_accounts.get(transaction_id, CASH),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_122(
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
                    )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_123(
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
                    kind="XXrepayment_reversalXX",
                    cash_account=cash_accounts.get(transaction_id, CASH),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_124(
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
                    kind="REPAYMENT_REVERSAL",
                    cash_account=cash_accounts.get(transaction_id, CASH),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_125(
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
                    cash_account=cash_accounts.get(None, CASH),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_126(
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
                    cash_account=cash_accounts.get(transaction_id, None),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_127(
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
                    cash_account=cash_accounts.get(CASH),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_128(
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
                    cash_account=cash_accounts.get(transaction_id, ),
                )
            )
        else:
            entries.append(
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_129(
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
                None
            )
    return entries


def x_adjustments__mutmut_130(
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
                repayment(None, after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_131(
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
                repayment(change, None, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_132(
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
                repayment(change, after.as_of, None, kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_133(
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
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind=None)
            )
    return entries


def x_adjustments__mutmut_134(
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
                repayment(after.as_of, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_135(
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
                repayment(change, f"re-allocation of repayment {transaction_id}", kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_136(
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
                repayment(change, after.as_of, kind="reallocation")
            )
    return entries


def x_adjustments__mutmut_137(
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
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", )
            )
    return entries


def x_adjustments__mutmut_138(
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
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="XXreallocationXX")
            )
    return entries


def x_adjustments__mutmut_139(
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
                repayment(change, after.as_of, f"re-allocation of repayment {transaction_id}", kind="REALLOCATION")
            )
    return entries

mutants_x_adjustments__mutmut['_mutmut_orig'] = x_adjustments__mutmut_orig # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_1'] = x_adjustments__mutmut_1 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_2'] = x_adjustments__mutmut_2 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_3'] = x_adjustments__mutmut_3 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_4'] = x_adjustments__mutmut_4 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_5'] = x_adjustments__mutmut_5 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_6'] = x_adjustments__mutmut_6 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_7'] = x_adjustments__mutmut_7 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_8'] = x_adjustments__mutmut_8 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_9'] = x_adjustments__mutmut_9 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_10'] = x_adjustments__mutmut_10 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_11'] = x_adjustments__mutmut_11 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_12'] = x_adjustments__mutmut_12 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_13'] = x_adjustments__mutmut_13 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_14'] = x_adjustments__mutmut_14 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_15'] = x_adjustments__mutmut_15 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_16'] = x_adjustments__mutmut_16 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_17'] = x_adjustments__mutmut_17 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_18'] = x_adjustments__mutmut_18 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_19'] = x_adjustments__mutmut_19 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_20'] = x_adjustments__mutmut_20 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_21'] = x_adjustments__mutmut_21 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_22'] = x_adjustments__mutmut_22 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_23'] = x_adjustments__mutmut_23 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_24'] = x_adjustments__mutmut_24 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_25'] = x_adjustments__mutmut_25 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_26'] = x_adjustments__mutmut_26 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_27'] = x_adjustments__mutmut_27 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_28'] = x_adjustments__mutmut_28 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_29'] = x_adjustments__mutmut_29 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_30'] = x_adjustments__mutmut_30 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_31'] = x_adjustments__mutmut_31 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_32'] = x_adjustments__mutmut_32 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_33'] = x_adjustments__mutmut_33 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_34'] = x_adjustments__mutmut_34 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_35'] = x_adjustments__mutmut_35 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_36'] = x_adjustments__mutmut_36 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_37'] = x_adjustments__mutmut_37 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_38'] = x_adjustments__mutmut_38 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_39'] = x_adjustments__mutmut_39 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_40'] = x_adjustments__mutmut_40 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_41'] = x_adjustments__mutmut_41 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_42'] = x_adjustments__mutmut_42 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_43'] = x_adjustments__mutmut_43 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_44'] = x_adjustments__mutmut_44 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_45'] = x_adjustments__mutmut_45 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_46'] = x_adjustments__mutmut_46 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_47'] = x_adjustments__mutmut_47 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_48'] = x_adjustments__mutmut_48 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_49'] = x_adjustments__mutmut_49 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_50'] = x_adjustments__mutmut_50 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_51'] = x_adjustments__mutmut_51 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_52'] = x_adjustments__mutmut_52 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_53'] = x_adjustments__mutmut_53 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_54'] = x_adjustments__mutmut_54 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_55'] = x_adjustments__mutmut_55 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_56'] = x_adjustments__mutmut_56 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_57'] = x_adjustments__mutmut_57 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_58'] = x_adjustments__mutmut_58 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_59'] = x_adjustments__mutmut_59 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_60'] = x_adjustments__mutmut_60 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_61'] = x_adjustments__mutmut_61 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_62'] = x_adjustments__mutmut_62 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_63'] = x_adjustments__mutmut_63 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_64'] = x_adjustments__mutmut_64 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_65'] = x_adjustments__mutmut_65 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_66'] = x_adjustments__mutmut_66 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_67'] = x_adjustments__mutmut_67 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_68'] = x_adjustments__mutmut_68 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_69'] = x_adjustments__mutmut_69 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_70'] = x_adjustments__mutmut_70 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_71'] = x_adjustments__mutmut_71 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_72'] = x_adjustments__mutmut_72 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_73'] = x_adjustments__mutmut_73 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_74'] = x_adjustments__mutmut_74 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_75'] = x_adjustments__mutmut_75 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_76'] = x_adjustments__mutmut_76 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_77'] = x_adjustments__mutmut_77 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_78'] = x_adjustments__mutmut_78 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_79'] = x_adjustments__mutmut_79 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_80'] = x_adjustments__mutmut_80 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_81'] = x_adjustments__mutmut_81 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_82'] = x_adjustments__mutmut_82 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_83'] = x_adjustments__mutmut_83 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_84'] = x_adjustments__mutmut_84 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_85'] = x_adjustments__mutmut_85 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_86'] = x_adjustments__mutmut_86 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_87'] = x_adjustments__mutmut_87 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_88'] = x_adjustments__mutmut_88 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_89'] = x_adjustments__mutmut_89 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_90'] = x_adjustments__mutmut_90 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_91'] = x_adjustments__mutmut_91 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_92'] = x_adjustments__mutmut_92 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_93'] = x_adjustments__mutmut_93 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_94'] = x_adjustments__mutmut_94 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_95'] = x_adjustments__mutmut_95 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_96'] = x_adjustments__mutmut_96 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_97'] = x_adjustments__mutmut_97 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_98'] = x_adjustments__mutmut_98 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_99'] = x_adjustments__mutmut_99 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_100'] = x_adjustments__mutmut_100 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_101'] = x_adjustments__mutmut_101 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_102'] = x_adjustments__mutmut_102 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_103'] = x_adjustments__mutmut_103 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_104'] = x_adjustments__mutmut_104 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_105'] = x_adjustments__mutmut_105 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_106'] = x_adjustments__mutmut_106 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_107'] = x_adjustments__mutmut_107 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_108'] = x_adjustments__mutmut_108 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_109'] = x_adjustments__mutmut_109 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_110'] = x_adjustments__mutmut_110 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_111'] = x_adjustments__mutmut_111 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_112'] = x_adjustments__mutmut_112 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_113'] = x_adjustments__mutmut_113 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_114'] = x_adjustments__mutmut_114 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_115'] = x_adjustments__mutmut_115 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_116'] = x_adjustments__mutmut_116 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_117'] = x_adjustments__mutmut_117 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_118'] = x_adjustments__mutmut_118 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_119'] = x_adjustments__mutmut_119 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_120'] = x_adjustments__mutmut_120 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_121'] = x_adjustments__mutmut_121 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_122'] = x_adjustments__mutmut_122 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_123'] = x_adjustments__mutmut_123 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_124'] = x_adjustments__mutmut_124 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_125'] = x_adjustments__mutmut_125 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_126'] = x_adjustments__mutmut_126 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_127'] = x_adjustments__mutmut_127 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_128'] = x_adjustments__mutmut_128 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_129'] = x_adjustments__mutmut_129 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_130'] = x_adjustments__mutmut_130 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_131'] = x_adjustments__mutmut_131 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_132'] = x_adjustments__mutmut_132 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_133'] = x_adjustments__mutmut_133 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_134'] = x_adjustments__mutmut_134 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_135'] = x_adjustments__mutmut_135 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_136'] = x_adjustments__mutmut_136 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_137'] = x_adjustments__mutmut_137 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_138'] = x_adjustments__mutmut_138 # type: ignore # mutmut generated
mutants_x_adjustments__mutmut['x_adjustments__mutmut_139'] = x_adjustments__mutmut_139 # type: ignore # mutmut generated
mutants_x_post__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_post__mutmut)
def post(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=transactions)]


def x_post__mutmut_orig(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=transactions)]


def x_post__mutmut_1(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=transactions)]


def x_post__mutmut_2(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(None, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=transactions)]


def x_post__mutmut_3(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, None, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=transactions)]


def x_post__mutmut_4(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=None)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=transactions)]


def x_post__mutmut_5(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=transactions)]


def x_post__mutmut_6(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=transactions)]


def x_post__mutmut_7(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, )
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=transactions)]


def x_post__mutmut_8(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(None), *adjustments(_opening(schedule), after, transactions=transactions)]


def x_post__mutmut_9(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(None, after, transactions=transactions)]


def x_post__mutmut_10(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), None, transactions=transactions)]


def x_post__mutmut_11(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, transactions=None)]


def x_post__mutmut_12(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(after, transactions=transactions)]


def x_post__mutmut_13(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), transactions=transactions)]


def x_post__mutmut_14(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(schedule), after, )]


def x_post__mutmut_15(
    before: LoanState | None, after: LoanState, *, schedule: Schedule, transactions: Iterable[Transaction] = ()
) -> list[JournalEntry]:
    """Entries for a new state: the disbursement when there is no previous state, then `adjustments`."""
    if before is not None:
        return adjustments(before, after, transactions=transactions)
    return [disbursement(schedule), *adjustments(_opening(None), after, transactions=transactions)]

mutants_x_post__mutmut['_mutmut_orig'] = x_post__mutmut_orig # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_1'] = x_post__mutmut_1 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_2'] = x_post__mutmut_2 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_3'] = x_post__mutmut_3 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_4'] = x_post__mutmut_4 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_5'] = x_post__mutmut_5 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_6'] = x_post__mutmut_6 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_7'] = x_post__mutmut_7 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_8'] = x_post__mutmut_8 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_9'] = x_post__mutmut_9 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_10'] = x_post__mutmut_10 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_11'] = x_post__mutmut_11 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_12'] = x_post__mutmut_12 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_13'] = x_post__mutmut_13 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_14'] = x_post__mutmut_14 # type: ignore # mutmut generated
mutants_x_post__mutmut['x_post__mutmut_15'] = x_post__mutmut_15 # type: ignore # mutmut generated
mutants_x__opening__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__opening__mutmut)
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


def x__opening__mutmut_orig(schedule: Schedule) -> LoanState:
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


def x__opening__mutmut_1(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=None,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_2(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=None,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_3(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=None,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_4(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=None,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_5(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=None,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_6(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=None,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_7(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=None,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_8(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=None,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_9(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=None,
    )


def x__opening__mutmut_10(schedule: Schedule) -> LoanState:
    return LoanState(
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_11(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_12(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_13(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_14(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_15(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_16(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_17(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        penalty_accrued=ZERO,
    )


def x__opening__mutmut_18(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=0,
        arrears_bucket=ArrearsBucket.CURRENT,
        )


def x__opening__mutmut_19(schedule: Schedule) -> LoanState:
    return LoanState(
        as_of=schedule.terms.start,
        principal_outstanding=schedule.financed_principal,
        interest_outstanding=ZERO,
        fee_outstanding=ZERO,
        penalty_outstanding=ZERO,
        overpayment=ZERO,
        days_past_due=1,
        arrears_bucket=ArrearsBucket.CURRENT,
        penalty_accrued=ZERO,
    )

mutants_x__opening__mutmut['_mutmut_orig'] = x__opening__mutmut_orig # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_1'] = x__opening__mutmut_1 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_2'] = x__opening__mutmut_2 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_3'] = x__opening__mutmut_3 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_4'] = x__opening__mutmut_4 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_5'] = x__opening__mutmut_5 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_6'] = x__opening__mutmut_6 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_7'] = x__opening__mutmut_7 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_8'] = x__opening__mutmut_8 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_9'] = x__opening__mutmut_9 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_10'] = x__opening__mutmut_10 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_11'] = x__opening__mutmut_11 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_12'] = x__opening__mutmut_12 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_13'] = x__opening__mutmut_13 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_14'] = x__opening__mutmut_14 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_15'] = x__opening__mutmut_15 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_16'] = x__opening__mutmut_16 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_17'] = x__opening__mutmut_17 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_18'] = x__opening__mutmut_18 # type: ignore # mutmut generated
mutants_x__opening__mutmut['x__opening__mutmut_19'] = x__opening__mutmut_19 # type: ignore # mutmut generated
mutants_x_balances__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_balances__mutmut)
def balances(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = dict.fromkeys(ACCOUNTS, ZERO)
    for entry in entries:
        for line in entry.lines:
            totals[line.account] += line.debit - line.credit
    return totals


def x_balances__mutmut_orig(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = dict.fromkeys(ACCOUNTS, ZERO)
    for entry in entries:
        for line in entry.lines:
            totals[line.account] += line.debit - line.credit
    return totals


def x_balances__mutmut_1(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = None
    for entry in entries:
        for line in entry.lines:
            totals[line.account] += line.debit - line.credit
    return totals


def x_balances__mutmut_2(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = dict.fromkeys(None, ZERO)
    for entry in entries:
        for line in entry.lines:
            totals[line.account] += line.debit - line.credit
    return totals


def x_balances__mutmut_3(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = dict.fromkeys(ACCOUNTS, None)
    for entry in entries:
        for line in entry.lines:
            totals[line.account] += line.debit - line.credit
    return totals


def x_balances__mutmut_4(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = dict.fromkeys(ZERO)
    for entry in entries:
        for line in entry.lines:
            totals[line.account] += line.debit - line.credit
    return totals


def x_balances__mutmut_5(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = dict.fromkeys(ACCOUNTS, )
    for entry in entries:
        for line in entry.lines:
            totals[line.account] += line.debit - line.credit
    return totals


def x_balances__mutmut_6(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = dict.fromkeys(ACCOUNTS, ZERO)
    for entry in entries:
        for line in entry.lines:
            totals[line.account] = line.debit - line.credit
    return totals


def x_balances__mutmut_7(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = dict.fromkeys(ACCOUNTS, ZERO)
    for entry in entries:
        for line in entry.lines:
            totals[line.account] -= line.debit - line.credit
    return totals


def x_balances__mutmut_8(entries: Iterable[JournalEntry]) -> dict[str, Decimal]:
    """Debit − credit per account (every account present; credit-normal accounts come out negative)."""
    totals = dict.fromkeys(ACCOUNTS, ZERO)
    for entry in entries:
        for line in entry.lines:
            totals[line.account] += line.debit + line.credit
    return totals

mutants_x_balances__mutmut['_mutmut_orig'] = x_balances__mutmut_orig # type: ignore # mutmut generated
mutants_x_balances__mutmut['x_balances__mutmut_1'] = x_balances__mutmut_1 # type: ignore # mutmut generated
mutants_x_balances__mutmut['x_balances__mutmut_2'] = x_balances__mutmut_2 # type: ignore # mutmut generated
mutants_x_balances__mutmut['x_balances__mutmut_3'] = x_balances__mutmut_3 # type: ignore # mutmut generated
mutants_x_balances__mutmut['x_balances__mutmut_4'] = x_balances__mutmut_4 # type: ignore # mutmut generated
mutants_x_balances__mutmut['x_balances__mutmut_5'] = x_balances__mutmut_5 # type: ignore # mutmut generated
mutants_x_balances__mutmut['x_balances__mutmut_6'] = x_balances__mutmut_6 # type: ignore # mutmut generated
mutants_x_balances__mutmut['x_balances__mutmut_7'] = x_balances__mutmut_7 # type: ignore # mutmut generated
mutants_x_balances__mutmut['x_balances__mutmut_8'] = x_balances__mutmut_8 # type: ignore # mutmut generated
