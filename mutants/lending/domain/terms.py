"""The shapes a loan's arithmetic works on: its terms, its schedule, its transactions. Pure Python, Decimal only.

`schedules.build(terms)` turns LoanTerms into a Schedule; `servicing.replay(schedule, transactions, as_of)` turns a
schedule and what happened into the loan's state; `ledger` turns changes of state into balanced journal lines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class LoanMethod(StrEnum):
    """How a schedule repays principal and charges interest (domain.schedules; a product's amortization and interest
    method make one: domain.products.loan_method)."""

    ANNUITY = "annuity"  # equal instalments, interest on the declining balance
    EQUAL_PRINCIPAL = "equal_principal"  # equal principal parts, interest on the declining balance
    FLAT = "flat"  # interest on the original principal, spread equally
    BALLOON = "balloon"  # principal at the harvest
    BULLET = "bullet"  # principal and interest in one instalment


class TransactionKind(StrEnum):
    """What a loan transaction is (`loan_transactions.kind`); replay takes repayments and reversals."""

    DISBURSEMENT = "disbursement"
    REPAYMENT = "repayment"
    REVERSAL = "reversal"
    WRITEOFF = "writeoff"
    RECOVERY = "recovery"  # money received after a write-off


DAY_COUNTS = ("actual/365", "actual/360", "30/360")
FEE_MODES = ("deducted", "capitalised")
BALLOON_INTEREST = ("monthly", "at_harvest")  # harvest balloon: interest-only instalments, or interest-free until then


@dataclass(frozen=True)
class LoanTerms:
    """What a loan is, as agreed: enough to build its schedule, the same for the preview and the real loan."""

    principal: Decimal  # amount lent (before a deducted fee is taken off what the farmer receives)
    currency: str  # ISO 4217; amounts round to its minor unit
    annual_rate: Decimal  # nominal annual interest rate as a fraction: 0.12 = 12 %
    method: str  # a LoanMethod
    term_months: int  # number of monthly periods (balloon/bullet: months to the final date)
    start: dt.date  # disbursement date; interest runs from here
    first_due: dt.date | None = None  # first due date (default: start + 1 month)
    day_count: str = "actual/365"  # one of DAY_COUNTS
    harvest: dt.date | None = None  # balloon: the date principal falls due (default: the last period's date)
    balloon_interest: str = "monthly"  # one of BALLOON_INTEREST
    grace_months: int = 0  # principal grace: the first N instalments carry interest only
    fee_rate: Decimal = Decimal(0)  # origination fee as a fraction of principal
    fee_mode: str = "deducted"  # deducted from the disbursement, or capitalised into the principal


class Instalment(NamedTuple):
    """One row of a schedule. A NamedTuple, not a frozen dataclass: a schedule builds twelve of these and a frozen
    dataclass's __init__ (one object.__setattr__ per field) was a fifth of build()'s time."""

    number: int  # 1-based
    due_date: dt.date
    principal: Decimal
    interest: Decimal
    fee: Decimal  # origination fee falling due with this instalment (capitalised: 0; it is principal)
    total: Decimal  # principal + interest + fee
    balance_after: Decimal  # principal still owed after this instalment is paid as scheduled


@dataclass(frozen=True)
class Schedule:
    terms: LoanTerms
    instalments: tuple[Instalment, ...]
    disbursed: Decimal  # what the farmer receives (principal - a deducted fee)
    financed_principal: Decimal  # principal the schedule amortises (principal + a capitalised fee)
    fee: Decimal  # origination fee amount
    total_interest: Decimal
    total_repayable: Decimal  # sum of instalment totals
    apr: Decimal  # annual percentage rate of the whole cost (interest + fee), 4 places: disclosure
    total_cost_of_credit: Decimal  # total_repayable - disbursed: all the farmer pays beyond what they receive


@dataclass(frozen=True)
class Transaction:
    """Something that happened to a loan, in value-date order when replayed. Reversals name what they reverse."""

    id: str
    kind: str  # a TransactionKind: replay takes "repayment" and "reversal"
    value_date: dt.date  # the business date it counts from (a backdated repayment re-ages from here)
    amount: Decimal = Decimal(0)
    reverses: str | None = None  # for kind "reversal": the id of the repayment it undoes
    sequence: int = 0  # tie-break among transactions of one value date: the order they were posted


@dataclass
class Allocation:
    """How one repayment was split (sums to its amount)."""

    penalty: Decimal = Decimal(0)
    fee: Decimal = Decimal(0)
    interest: Decimal = Decimal(0)
    principal: Decimal = Decimal(0)
    overpayment: Decimal = Decimal(0)  # beyond everything owed: held as a liability to the farmer

    @property
    def total(self) -> Decimal:
        return self.penalty + self.fee + self.interest + self.principal + self.overpayment


@dataclass
class LoanState:
    """A loan as of a date, derived by replaying its transactions over its schedule."""

    as_of: dt.date
    principal_outstanding: Decimal
    interest_outstanding: Decimal  # interest due (or accrued-and-due) not yet paid
    fee_outstanding: Decimal
    penalty_outstanding: Decimal
    overpayment: Decimal
    days_past_due: int
    arrears_bucket: str  # an ArrearsBucket (domain.arrears)
    penalty_accrued: Decimal  # all penalty interest accrued to as_of
    allocations: dict[str, Allocation] = field(default_factory=dict)  # per transaction id
    instalments: list[dict] = field(default_factory=list)  # per instalment: due and paid parts, remaining
    closed: bool = False
