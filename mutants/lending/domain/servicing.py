"""Repayment processing: replay a loan's transactions over its schedule into its state as of a date. Pure Python.

`replay(schedule, transactions, as_of, penalty_rate=..., grace_days=...)` starts from the schedule every time and
applies the repayments in (value_date, sequence, id) order, so the result depends only on *which* transactions exist,
never on the order they were posted (Fineract's "reprocess transactions" done from scratch, always):

- A backdated repayment re-ages the loan from its value date; repayments after it re-allocate.
- A reversal (kind "reversal", `reverses` = a repayment id) erases that repayment whatever the as_of: its allocation
  becomes zero and the later repayments re-allocate. Reversing an unknown id, a non-repayment or an already reversed
  repayment raises ValueError, and so does a repeated transaction id (no duplicate transactions).
- Transactions valued after `as_of` have not happened yet and are left out. A value date before disbursement
  (`terms.start`) raises ValueError. Other kinds (a write-off, a waiver) are not replayed yet (ValueError).

Penalty interest (simple, on overdue principal only) — the daily penalty rule, `first_penalty_day` and
`daily_penalty`, which close of business (services.cob) books with day by day, so its journal can equal a replay.
For each day d from `first_penalty_day` (the day after due_date + grace_days) through as_of, an instalment accrues
`daily_penalty`: `penalty_rate` × its principal still unpaid at the end of day d−1 (so a repayment valued on day d
does not save day d), rounded half-even to the currency minor unit. Replay does not loop over
days: between two events the unpaid principal is constant, so the span costs days × daily_penalty, charged
at every repayment's value date (before the repayment is allocated, so it can pay the penalty) and at `as_of`.
Rounding per day, not per span, keeps the penalty independent of how many repayments fall in between.

  Worked example: 500.00 principal due 2025-02-01, grace 3 days, rate 0.0005/day, paid in full on 2025-02-14.
  Days 02-02..02-04 are grace; days 02-05..02-14 count (10 days, principal unpaid at the end of each previous day):
  500.00 × 0.0005 × 10 = 2.50, charged on 02-14 and paid first out of that repayment.

Allocation of a repayment valued on date E:
  1. instalments due on or before E, oldest first; within each penalty → fee → interest → principal;
  2. then the excess prepays principal, from the LAST instalment backwards (the term shortens). For declining-balance
     methods (annuity, equal_principal, balloon with monthly interest) the interest of every instalment whose period
     has not started by E (period start ≥ E; period = previous due date, or disbursement, → due date) is recomputed
     on the reduced balance: round_half_even(balance × annual_rate × year fraction), year fraction from
     `daycount.accrual_ratio` (whole months are 30/360 months, as the schedule builder counts them), and never
     above the instalment's scheduled interest. Flat and bullet interest, and harvest-balloon interest accrued
     since disbursement, are not recomputed;
  3. once no principal is left, the remaining fee and interest of instalments not yet due (oldest first) — the
     current period's interest is owed in full, there is no pro-rata rebate;
  4. anything beyond that is `overpayment`, a liability to the farmer.
  Every Allocation sums exactly to its repayment.

Outstanding figures as of `as_of`: principal = financed principal − principal paid (all of it, due or not);
interest and fee = scheduled amounts of instalments due on or before as_of − what was paid of them (future periods
are not owed yet); penalty = accrued − paid. `days_past_due` = as_of − the oldest due date with anything unpaid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache

from lending.domain import arrears, daycount
from lending.domain.terms import Allocation, LoanMethod, LoanState, Schedule, Transaction, TransactionKind
from lending.money import fits_currency, minor_units

ZERO = Decimal(0)
ONE_DAY = dt.timedelta(days=1)
DECLINING_METHODS = frozenset({LoanMethod.ANNUITY, LoanMethod.EQUAL_PRINCIPAL, LoanMethod.BALLOON})
PARTS = ("penalty", "fee", "interest", "principal")  # allocation order within an instalment


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁ_Lineǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Lineǁowed__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Lineǁpay__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Lineǁas_dict__mutmut: MutantDict = {}  # type: ignore


@dataclass
class _Line:
    """One instalment while replaying: what it asks for (may change by penalty and recomputed interest), what it got."""

    number: int
    due_date: dt.date
    period_start: dt.date
    principal: Decimal
    interest: Decimal
    fee: Decimal
    penalty: Decimal = ZERO
    principal_paid: Decimal = ZERO
    interest_paid: Decimal = ZERO
    fee_paid: Decimal = ZERO
    penalty_paid: Decimal = ZERO
    paid_on: dt.date | None = None
    penalty_through: dt.date = dt.date.min  # last day whose penalty is charged; at first, the last day of grace
    scheduled_interest: Decimal = field(init=False)  # the cap of a recomputed interest

    @_mutmut_mutated(mutants_xǁ_Lineǁ__post_init____mutmut)
    def __post_init__(self):
        self.scheduled_interest = self.interest

    def xǁ_Lineǁ__post_init____mutmut_orig(self):
        self.scheduled_interest = self.interest

    def xǁ_Lineǁ__post_init____mutmut_1(self):
        self.scheduled_interest = None

    @_mutmut_mutated(mutants_xǁ_Lineǁowed__mutmut)
    def owed(self, part: str) -> Decimal:
        return getattr(self, part) - getattr(self, f"{part}_paid")

    def xǁ_Lineǁowed__mutmut_orig(self, part: str) -> Decimal:
        return getattr(self, part) - getattr(self, f"{part}_paid")

    def xǁ_Lineǁowed__mutmut_1(self, part: str) -> Decimal:
        return getattr(self, part) + getattr(self, f"{part}_paid")

    def xǁ_Lineǁowed__mutmut_2(self, part: str) -> Decimal:
        return getattr(None, part) - getattr(self, f"{part}_paid")

    def xǁ_Lineǁowed__mutmut_3(self, part: str) -> Decimal:
        return getattr(self, None) - getattr(self, f"{part}_paid")

    def xǁ_Lineǁowed__mutmut_4(self, part: str) -> Decimal:
        return getattr(part) - getattr(self, f"{part}_paid")

    def xǁ_Lineǁowed__mutmut_5(self, part: str) -> Decimal:
        return getattr(self, ) - getattr(self, f"{part}_paid")

    def xǁ_Lineǁowed__mutmut_6(self, part: str) -> Decimal:
        return getattr(self, part) - getattr(None, f"{part}_paid")

    def xǁ_Lineǁowed__mutmut_7(self, part: str) -> Decimal:
        return getattr(self, part) - getattr(self, None)

    def xǁ_Lineǁowed__mutmut_8(self, part: str) -> Decimal:
        return getattr(self, part) - getattr(f"{part}_paid")

    def xǁ_Lineǁowed__mutmut_9(self, part: str) -> Decimal:
        return getattr(self, part) - getattr(self, )

    @_mutmut_mutated(mutants_xǁ_Lineǁpay__mutmut)
    def pay(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_orig(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_1(self, part: str, available: Decimal) -> Decimal:
        paid = None
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_2(self, part: str, available: Decimal) -> Decimal:
        paid = min(None, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_3(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, None)
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_4(self, part: str, available: Decimal) -> Decimal:
        paid = min(self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_5(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, )
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_6(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(None))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_7(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid >= 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_8(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 1:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_9(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(None, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_10(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, None, getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_11(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", None)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_12(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_13(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_14(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", )
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_15(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") - paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_16(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(None, f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_17(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, None) + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_18(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(f"{part}_paid") + paid)
            return paid
        return ZERO

    def xǁ_Lineǁpay__mutmut_19(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, ) + paid)
            return paid
        return ZERO

    @property
    def fully_paid(self) -> bool:
        return all(self.owed(part) == 0 for part in PARTS)

    @_mutmut_mutated(mutants_xǁ_Lineǁas_dict__mutmut)
    def as_dict(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_orig(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_1(self) -> dict:
        return {
            "XXnumberXX": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_2(self) -> dict:
        return {
            "NUMBER": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_3(self) -> dict:
        return {
            "number": self.number,
            "XXdue_dateXX": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_4(self) -> dict:
        return {
            "number": self.number,
            "DUE_DATE": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_5(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "XXprincipalXX": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_6(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "PRINCIPAL": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_7(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "XXinterestXX": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_8(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "INTEREST": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_9(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "XXfeeXX": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_10(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "FEE": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_11(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "XXpenaltyXX": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_12(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "PENALTY": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_13(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "XXprincipal_paidXX": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_14(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "PRINCIPAL_PAID": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_15(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "XXinterest_paidXX": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_16(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "INTEREST_PAID": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_17(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "XXfee_paidXX": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_18(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "FEE_PAID": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_19(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "XXpenalty_paidXX": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_20(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "PENALTY_PAID": self.penalty_paid,
            "paid_on": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_21(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "XXpaid_onXX": self.paid_on,
        }

    def xǁ_Lineǁas_dict__mutmut_22(self) -> dict:
        return {
            "number": self.number,
            "due_date": self.due_date,
            "principal": self.principal,
            "interest": self.interest,
            "fee": self.fee,
            "penalty": self.penalty,
            "principal_paid": self.principal_paid,
            "interest_paid": self.interest_paid,
            "fee_paid": self.fee_paid,
            "penalty_paid": self.penalty_paid,
            "PAID_ON": self.paid_on,
        }

mutants_xǁ_Lineǁ__post_init____mutmut['_mutmut_orig'] = _Line.xǁ_Lineǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Lineǁ__post_init____mutmut['xǁ_Lineǁ__post_init____mutmut_1'] = _Line.xǁ_Lineǁ__post_init____mutmut_1 # type: ignore # mutmut generated

mutants_xǁ_Lineǁowed__mutmut['_mutmut_orig'] = _Line.xǁ_Lineǁowed__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Lineǁowed__mutmut['xǁ_Lineǁowed__mutmut_1'] = _Line.xǁ_Lineǁowed__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Lineǁowed__mutmut['xǁ_Lineǁowed__mutmut_2'] = _Line.xǁ_Lineǁowed__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Lineǁowed__mutmut['xǁ_Lineǁowed__mutmut_3'] = _Line.xǁ_Lineǁowed__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Lineǁowed__mutmut['xǁ_Lineǁowed__mutmut_4'] = _Line.xǁ_Lineǁowed__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Lineǁowed__mutmut['xǁ_Lineǁowed__mutmut_5'] = _Line.xǁ_Lineǁowed__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Lineǁowed__mutmut['xǁ_Lineǁowed__mutmut_6'] = _Line.xǁ_Lineǁowed__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Lineǁowed__mutmut['xǁ_Lineǁowed__mutmut_7'] = _Line.xǁ_Lineǁowed__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Lineǁowed__mutmut['xǁ_Lineǁowed__mutmut_8'] = _Line.xǁ_Lineǁowed__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Lineǁowed__mutmut['xǁ_Lineǁowed__mutmut_9'] = _Line.xǁ_Lineǁowed__mutmut_9 # type: ignore # mutmut generated

mutants_xǁ_Lineǁpay__mutmut['_mutmut_orig'] = _Line.xǁ_Lineǁpay__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_1'] = _Line.xǁ_Lineǁpay__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_2'] = _Line.xǁ_Lineǁpay__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_3'] = _Line.xǁ_Lineǁpay__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_4'] = _Line.xǁ_Lineǁpay__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_5'] = _Line.xǁ_Lineǁpay__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_6'] = _Line.xǁ_Lineǁpay__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_7'] = _Line.xǁ_Lineǁpay__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_8'] = _Line.xǁ_Lineǁpay__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_9'] = _Line.xǁ_Lineǁpay__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_10'] = _Line.xǁ_Lineǁpay__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_11'] = _Line.xǁ_Lineǁpay__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_12'] = _Line.xǁ_Lineǁpay__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_13'] = _Line.xǁ_Lineǁpay__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_14'] = _Line.xǁ_Lineǁpay__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_15'] = _Line.xǁ_Lineǁpay__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_16'] = _Line.xǁ_Lineǁpay__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_17'] = _Line.xǁ_Lineǁpay__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_18'] = _Line.xǁ_Lineǁpay__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Lineǁpay__mutmut['xǁ_Lineǁpay__mutmut_19'] = _Line.xǁ_Lineǁpay__mutmut_19 # type: ignore # mutmut generated

mutants_xǁ_Lineǁas_dict__mutmut['_mutmut_orig'] = _Line.xǁ_Lineǁas_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_1'] = _Line.xǁ_Lineǁas_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_2'] = _Line.xǁ_Lineǁas_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_3'] = _Line.xǁ_Lineǁas_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_4'] = _Line.xǁ_Lineǁas_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_5'] = _Line.xǁ_Lineǁas_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_6'] = _Line.xǁ_Lineǁas_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_7'] = _Line.xǁ_Lineǁas_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_8'] = _Line.xǁ_Lineǁas_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_9'] = _Line.xǁ_Lineǁas_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_10'] = _Line.xǁ_Lineǁas_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_11'] = _Line.xǁ_Lineǁas_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_12'] = _Line.xǁ_Lineǁas_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_13'] = _Line.xǁ_Lineǁas_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_14'] = _Line.xǁ_Lineǁas_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_15'] = _Line.xǁ_Lineǁas_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_16'] = _Line.xǁ_Lineǁas_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_17'] = _Line.xǁ_Lineǁas_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_18'] = _Line.xǁ_Lineǁas_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_19'] = _Line.xǁ_Lineǁas_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_20'] = _Line.xǁ_Lineǁas_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_21'] = _Line.xǁ_Lineǁas_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Lineǁas_dict__mutmut['xǁ_Lineǁas_dict__mutmut_22'] = _Line.xǁ_Lineǁas_dict__mutmut_22 # type: ignore # mutmut generated
mutants_x_first_penalty_day__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_first_penalty_day__mutmut)
def first_penalty_day(*, due_date: dt.date, grace_days: int) -> dt.date:
    """The first day an instalment's unpaid principal accrues penalty: the day after its `grace_days` of grace
    (due 2025-02-01 with 3 days of grace: 2025-02-05)."""
    return due_date + dt.timedelta(days=grace_days + 1)


def x_first_penalty_day__mutmut_orig(*, due_date: dt.date, grace_days: int) -> dt.date:
    """The first day an instalment's unpaid principal accrues penalty: the day after its `grace_days` of grace
    (due 2025-02-01 with 3 days of grace: 2025-02-05)."""
    return due_date + dt.timedelta(days=grace_days + 1)


def x_first_penalty_day__mutmut_1(*, due_date: dt.date, grace_days: int) -> dt.date:
    """The first day an instalment's unpaid principal accrues penalty: the day after its `grace_days` of grace
    (due 2025-02-01 with 3 days of grace: 2025-02-05)."""
    return due_date - dt.timedelta(days=grace_days + 1)


def x_first_penalty_day__mutmut_2(*, due_date: dt.date, grace_days: int) -> dt.date:
    """The first day an instalment's unpaid principal accrues penalty: the day after its `grace_days` of grace
    (due 2025-02-01 with 3 days of grace: 2025-02-05)."""
    return due_date + dt.timedelta(days=None)


def x_first_penalty_day__mutmut_3(*, due_date: dt.date, grace_days: int) -> dt.date:
    """The first day an instalment's unpaid principal accrues penalty: the day after its `grace_days` of grace
    (due 2025-02-01 with 3 days of grace: 2025-02-05)."""
    return due_date + dt.timedelta(days=grace_days - 1)


def x_first_penalty_day__mutmut_4(*, due_date: dt.date, grace_days: int) -> dt.date:
    """The first day an instalment's unpaid principal accrues penalty: the day after its `grace_days` of grace
    (due 2025-02-01 with 3 days of grace: 2025-02-05)."""
    return due_date + dt.timedelta(days=grace_days + 2)

mutants_x_first_penalty_day__mutmut['_mutmut_orig'] = x_first_penalty_day__mutmut_orig # type: ignore # mutmut generated
mutants_x_first_penalty_day__mutmut['x_first_penalty_day__mutmut_1'] = x_first_penalty_day__mutmut_1 # type: ignore # mutmut generated
mutants_x_first_penalty_day__mutmut['x_first_penalty_day__mutmut_2'] = x_first_penalty_day__mutmut_2 # type: ignore # mutmut generated
mutants_x_first_penalty_day__mutmut['x_first_penalty_day__mutmut_3'] = x_first_penalty_day__mutmut_3 # type: ignore # mutmut generated
mutants_x_first_penalty_day__mutmut['x_first_penalty_day__mutmut_4'] = x_first_penalty_day__mutmut_4 # type: ignore # mutmut generated
mutants_x_daily_penalty__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_daily_penalty__mutmut)
def daily_penalty(*, unpaid_principal: Decimal, penalty_rate: Decimal, currency: str) -> Decimal:
    """One day's penalty interest of one instalment: `penalty_rate` (per day) × its principal unpaid at the end of the
    day before, rounded half-even to the currency's minor unit (500.00 CNY at 0.0005: 0.25; 333.33 at 0.0005: 0.17)."""
    return (unpaid_principal * penalty_rate).quantize(_minor_unit(currency), rounding=ROUND_HALF_EVEN)


def x_daily_penalty__mutmut_orig(*, unpaid_principal: Decimal, penalty_rate: Decimal, currency: str) -> Decimal:
    """One day's penalty interest of one instalment: `penalty_rate` (per day) × its principal unpaid at the end of the
    day before, rounded half-even to the currency's minor unit (500.00 CNY at 0.0005: 0.25; 333.33 at 0.0005: 0.17)."""
    return (unpaid_principal * penalty_rate).quantize(_minor_unit(currency), rounding=ROUND_HALF_EVEN)


def x_daily_penalty__mutmut_1(*, unpaid_principal: Decimal, penalty_rate: Decimal, currency: str) -> Decimal:
    """One day's penalty interest of one instalment: `penalty_rate` (per day) × its principal unpaid at the end of the
    day before, rounded half-even to the currency's minor unit (500.00 CNY at 0.0005: 0.25; 333.33 at 0.0005: 0.17)."""
    return (unpaid_principal * penalty_rate).quantize(None, rounding=ROUND_HALF_EVEN)


def x_daily_penalty__mutmut_2(*, unpaid_principal: Decimal, penalty_rate: Decimal, currency: str) -> Decimal:
    """One day's penalty interest of one instalment: `penalty_rate` (per day) × its principal unpaid at the end of the
    day before, rounded half-even to the currency's minor unit (500.00 CNY at 0.0005: 0.25; 333.33 at 0.0005: 0.17)."""
    return (unpaid_principal * penalty_rate).quantize(_minor_unit(currency), rounding=None)


def x_daily_penalty__mutmut_3(*, unpaid_principal: Decimal, penalty_rate: Decimal, currency: str) -> Decimal:
    """One day's penalty interest of one instalment: `penalty_rate` (per day) × its principal unpaid at the end of the
    day before, rounded half-even to the currency's minor unit (500.00 CNY at 0.0005: 0.25; 333.33 at 0.0005: 0.17)."""
    return (unpaid_principal * penalty_rate).quantize(rounding=ROUND_HALF_EVEN)


def x_daily_penalty__mutmut_4(*, unpaid_principal: Decimal, penalty_rate: Decimal, currency: str) -> Decimal:
    """One day's penalty interest of one instalment: `penalty_rate` (per day) × its principal unpaid at the end of the
    day before, rounded half-even to the currency's minor unit (500.00 CNY at 0.0005: 0.25; 333.33 at 0.0005: 0.17)."""
    return (unpaid_principal * penalty_rate).quantize(_minor_unit(currency), )


def x_daily_penalty__mutmut_5(*, unpaid_principal: Decimal, penalty_rate: Decimal, currency: str) -> Decimal:
    """One day's penalty interest of one instalment: `penalty_rate` (per day) × its principal unpaid at the end of the
    day before, rounded half-even to the currency's minor unit (500.00 CNY at 0.0005: 0.25; 333.33 at 0.0005: 0.17)."""
    return (unpaid_principal / penalty_rate).quantize(_minor_unit(currency), rounding=ROUND_HALF_EVEN)


def x_daily_penalty__mutmut_6(*, unpaid_principal: Decimal, penalty_rate: Decimal, currency: str) -> Decimal:
    """One day's penalty interest of one instalment: `penalty_rate` (per day) × its principal unpaid at the end of the
    day before, rounded half-even to the currency's minor unit (500.00 CNY at 0.0005: 0.25; 333.33 at 0.0005: 0.17)."""
    return (unpaid_principal * penalty_rate).quantize(_minor_unit(None), rounding=ROUND_HALF_EVEN)

mutants_x_daily_penalty__mutmut['_mutmut_orig'] = x_daily_penalty__mutmut_orig # type: ignore # mutmut generated
mutants_x_daily_penalty__mutmut['x_daily_penalty__mutmut_1'] = x_daily_penalty__mutmut_1 # type: ignore # mutmut generated
mutants_x_daily_penalty__mutmut['x_daily_penalty__mutmut_2'] = x_daily_penalty__mutmut_2 # type: ignore # mutmut generated
mutants_x_daily_penalty__mutmut['x_daily_penalty__mutmut_3'] = x_daily_penalty__mutmut_3 # type: ignore # mutmut generated
mutants_x_daily_penalty__mutmut['x_daily_penalty__mutmut_4'] = x_daily_penalty__mutmut_4 # type: ignore # mutmut generated
mutants_x_daily_penalty__mutmut['x_daily_penalty__mutmut_5'] = x_daily_penalty__mutmut_5 # type: ignore # mutmut generated
mutants_x_daily_penalty__mutmut['x_daily_penalty__mutmut_6'] = x_daily_penalty__mutmut_6 # type: ignore # mutmut generated


@cache
def _minor_unit(currency: str) -> Decimal:
    """0.01 for CNY, 1 for UGX (cached: close of business and replay ask for every instalment)."""
    return Decimal(1).scaleb(-minor_units(currency))
mutants_x_effective_repayments__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_effective_repayments__mutmut)
def effective_repayments(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_orig(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_1(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = None
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_2(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = None
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_3(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = None
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_4(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id not in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_5(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(None)
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_6(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date <= start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_7(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                None
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_8(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind != TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_9(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 and not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_10(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount < 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_11(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 1 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_12(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_13(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(None, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_14(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, None):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_15(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_16(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, ):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_17(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    None
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_18(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind == TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_19(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(None)
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_20(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = None
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_21(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = None
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_22(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind == TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_23(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            break
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_24(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = None
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_25(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(None)
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_26(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses and "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_27(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "XXXX")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_28(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None and target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_29(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is not None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_30(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind == TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_31(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(None)
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_32(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id not in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_33(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(None)
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_34(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(None)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_35(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = None
    return repayments, reversed_ids


def x_effective_repayments__mutmut_36(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        None,
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_37(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=None,
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_38(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_39(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_40(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind != TransactionKind.REPAYMENT),
        key=lambda t: (t.value_date, t.sequence, t.id),
    )
    return repayments, reversed_ids


def x_effective_repayments__mutmut_41(schedule: Schedule, transactions: Iterable[Transaction]) -> tuple[list[Transaction], set[str]]:
    """Validated repayments in replay order (value_date, sequence, id), and the ids of those reversed."""
    start = schedule.terms.start
    currency = schedule.terms.currency
    by_id: dict[str, Transaction] = {}
    for transaction in transactions:
        if transaction.id in by_id:
            raise ValueError(f"duplicate transaction id {transaction.id!r}")
        if transaction.value_date < start:
            raise ValueError(
                f"transaction {transaction.id!r} is valued {transaction.value_date}, before disbursement on {start}"
            )
        if transaction.kind == TransactionKind.REPAYMENT:
            if transaction.amount <= 0 or not fits_currency(transaction.amount, currency):
                raise ValueError(
                    f"repayment {transaction.id!r}: amount {transaction.amount} is not a positive {currency} amount"
                )
        elif transaction.kind != TransactionKind.REVERSAL:
            raise ValueError(f"transaction {transaction.id!r}: kind {transaction.kind!r} is not replayed")
        by_id[transaction.id] = transaction
    reversed_ids: set[str] = set()
    for transaction in by_id.values():
        if transaction.kind != TransactionKind.REVERSAL:
            continue
        target = by_id.get(transaction.reverses or "")
        if target is None or target.kind != TransactionKind.REPAYMENT:
            raise ValueError(f"reversal {transaction.id!r}: no repayment {transaction.reverses!r} to reverse")
        if target.id in reversed_ids:
            raise ValueError(f"reversal {transaction.id!r}: repayment {target.id!r} is already reversed")
        reversed_ids.add(target.id)
    repayments = sorted(
        (t for t in by_id.values() if t.kind == TransactionKind.REPAYMENT),
        key=lambda t: None,
    )
    return repayments, reversed_ids

mutants_x_effective_repayments__mutmut['_mutmut_orig'] = x_effective_repayments__mutmut_orig # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_1'] = x_effective_repayments__mutmut_1 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_2'] = x_effective_repayments__mutmut_2 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_3'] = x_effective_repayments__mutmut_3 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_4'] = x_effective_repayments__mutmut_4 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_5'] = x_effective_repayments__mutmut_5 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_6'] = x_effective_repayments__mutmut_6 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_7'] = x_effective_repayments__mutmut_7 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_8'] = x_effective_repayments__mutmut_8 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_9'] = x_effective_repayments__mutmut_9 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_10'] = x_effective_repayments__mutmut_10 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_11'] = x_effective_repayments__mutmut_11 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_12'] = x_effective_repayments__mutmut_12 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_13'] = x_effective_repayments__mutmut_13 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_14'] = x_effective_repayments__mutmut_14 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_15'] = x_effective_repayments__mutmut_15 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_16'] = x_effective_repayments__mutmut_16 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_17'] = x_effective_repayments__mutmut_17 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_18'] = x_effective_repayments__mutmut_18 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_19'] = x_effective_repayments__mutmut_19 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_20'] = x_effective_repayments__mutmut_20 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_21'] = x_effective_repayments__mutmut_21 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_22'] = x_effective_repayments__mutmut_22 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_23'] = x_effective_repayments__mutmut_23 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_24'] = x_effective_repayments__mutmut_24 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_25'] = x_effective_repayments__mutmut_25 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_26'] = x_effective_repayments__mutmut_26 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_27'] = x_effective_repayments__mutmut_27 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_28'] = x_effective_repayments__mutmut_28 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_29'] = x_effective_repayments__mutmut_29 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_30'] = x_effective_repayments__mutmut_30 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_31'] = x_effective_repayments__mutmut_31 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_32'] = x_effective_repayments__mutmut_32 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_33'] = x_effective_repayments__mutmut_33 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_34'] = x_effective_repayments__mutmut_34 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_35'] = x_effective_repayments__mutmut_35 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_36'] = x_effective_repayments__mutmut_36 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_37'] = x_effective_repayments__mutmut_37 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_38'] = x_effective_repayments__mutmut_38 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_39'] = x_effective_repayments__mutmut_39 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_40'] = x_effective_repayments__mutmut_40 # type: ignore # mutmut generated
mutants_x_effective_repayments__mutmut['x_effective_repayments__mutmut_41'] = x_effective_repayments__mutmut_41 # type: ignore # mutmut generated
mutants_x_replay__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_replay__mutmut)
def replay(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_orig(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_1(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 and grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_2(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate <= 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_3(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 1 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_4(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days <= 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_5(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 1:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_6(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError(None)
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_7(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("XXpenalty_rate and grace_days must not be negativeXX")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_8(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("PENALTY_RATE AND GRACE_DAYS MUST NOT BE NEGATIVE")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_9(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = None
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_10(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(None, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_11(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, None)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_12(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_13(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, )
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_14(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = None
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_15(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(None, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_16(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, None, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_17(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, None)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_18(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_19(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_20(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, )
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_21(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = None
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_22(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date >= as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_23(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            break
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_24(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id not in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_25(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = None
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_26(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            break
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_27(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(None)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_28(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = None
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_29(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(None, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_30(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, None)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_31(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_32(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, )
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_33(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(None)
    return replayer.state(as_of, allocations)


def x_replay__mutmut_34(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(None, allocations)


def x_replay__mutmut_35(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, None)


def x_replay__mutmut_36(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(allocations)


def x_replay__mutmut_37(
    schedule: Schedule, transactions: Iterable[Transaction], as_of: dt.date, *, penalty_rate: Decimal, grace_days: int
) -> LoanState:
    """The loan as of `as_of`: every repayment valued on or before it replayed from the schedule (see module doc)."""
    if penalty_rate < 0 or grace_days < 0:
        raise ValueError("penalty_rate and grace_days must not be negative")
    repayments, reversed_ids = effective_repayments(schedule, transactions)
    replayer = _Replayer(schedule, penalty_rate, grace_days)
    allocations: dict[str, Allocation] = {}
    for repayment in repayments:
        if repayment.value_date > as_of:
            continue
        if repayment.id in reversed_ids:
            allocations[repayment.id] = Allocation()
            continue
        replayer.charge_penalty_through(repayment.value_date)
        allocations[repayment.id] = replayer.allocate(repayment.amount, repayment.value_date)
    replayer.charge_penalty_through(as_of)
    return replayer.state(as_of, )

mutants_x_replay__mutmut['_mutmut_orig'] = x_replay__mutmut_orig # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_1'] = x_replay__mutmut_1 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_2'] = x_replay__mutmut_2 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_3'] = x_replay__mutmut_3 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_4'] = x_replay__mutmut_4 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_5'] = x_replay__mutmut_5 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_6'] = x_replay__mutmut_6 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_7'] = x_replay__mutmut_7 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_8'] = x_replay__mutmut_8 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_9'] = x_replay__mutmut_9 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_10'] = x_replay__mutmut_10 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_11'] = x_replay__mutmut_11 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_12'] = x_replay__mutmut_12 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_13'] = x_replay__mutmut_13 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_14'] = x_replay__mutmut_14 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_15'] = x_replay__mutmut_15 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_16'] = x_replay__mutmut_16 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_17'] = x_replay__mutmut_17 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_18'] = x_replay__mutmut_18 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_19'] = x_replay__mutmut_19 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_20'] = x_replay__mutmut_20 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_21'] = x_replay__mutmut_21 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_22'] = x_replay__mutmut_22 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_23'] = x_replay__mutmut_23 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_24'] = x_replay__mutmut_24 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_25'] = x_replay__mutmut_25 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_26'] = x_replay__mutmut_26 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_27'] = x_replay__mutmut_27 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_28'] = x_replay__mutmut_28 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_29'] = x_replay__mutmut_29 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_30'] = x_replay__mutmut_30 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_31'] = x_replay__mutmut_31 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_32'] = x_replay__mutmut_32 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_33'] = x_replay__mutmut_33 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_34'] = x_replay__mutmut_34 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_35'] = x_replay__mutmut_35 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_36'] = x_replay__mutmut_36 # type: ignore # mutmut generated
mutants_x_replay__mutmut['x_replay__mutmut_37'] = x_replay__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Replayerǁ_round__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Replayerǁallocate__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Replayerǁ_recompute_interest__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Replayerǁstate__mutmut: MutantDict = {}  # type: ignore


class _Replayer:
    @_mutmut_mutated(mutants_xǁ_Replayerǁ__init____mutmut)
    def __init__(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_orig(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_1(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = None
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_2(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = None
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_3(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = None
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_4(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = None
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_5(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(None)
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_6(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(None).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_7(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(2).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_8(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(+minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_9(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(None))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_10(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = None
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_11(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS or not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_12(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method not in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_13(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_14(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON or terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_15(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method != LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_16(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest != "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_17(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "XXat_harvestXX"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_18(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "AT_HARVEST"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_19(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = None
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_20(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = None
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_21(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(None, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_22(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=None):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_23(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_24(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, ):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_25(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: None):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_26(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                None
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_27(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    None,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_28(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    None,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_29(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    None,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_30(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    None,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_31(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    None,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_32(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    None,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_33(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=None,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_34(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_35(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_36(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_37(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_38(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_39(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_40(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_41(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) + ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_42(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=None, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_43(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=None) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_44(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_45(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, ) - ONE_DAY,
                )
            )
            period_start = instalment.due_date
    def xǁ_Replayerǁ__init____mutmut_46(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = Decimal(1).scaleb(-minor_units(terms.currency))
        self.recomputes_interest = terms.method in DECLINING_METHODS and not (
            terms.method == LoanMethod.BALLOON and terms.balloon_interest == "at_harvest"
        )
        self.lines: list[_Line] = []
        period_start = terms.start
        for instalment in sorted(schedule.instalments, key=lambda i: (i.due_date, i.number)):
            self.lines.append(
                _Line(
                    instalment.number,
                    instalment.due_date,
                    period_start,
                    instalment.principal,
                    instalment.interest,
                    instalment.fee,
                    penalty_through=first_penalty_day(due_date=instalment.due_date, grace_days=grace_days) - ONE_DAY,
                )
            )
            period_start = None

    @_mutmut_mutated(mutants_xǁ_Replayerǁ_round__mutmut)
    def _round(self, amount: Decimal) -> Decimal:
        return amount.quantize(self.quantum, rounding=ROUND_HALF_EVEN)

    def xǁ_Replayerǁ_round__mutmut_orig(self, amount: Decimal) -> Decimal:
        return amount.quantize(self.quantum, rounding=ROUND_HALF_EVEN)

    def xǁ_Replayerǁ_round__mutmut_1(self, amount: Decimal) -> Decimal:
        return amount.quantize(None, rounding=ROUND_HALF_EVEN)

    def xǁ_Replayerǁ_round__mutmut_2(self, amount: Decimal) -> Decimal:
        return amount.quantize(self.quantum, rounding=None)

    def xǁ_Replayerǁ_round__mutmut_3(self, amount: Decimal) -> Decimal:
        return amount.quantize(rounding=ROUND_HALF_EVEN)

    def xǁ_Replayerǁ_round__mutmut_4(self, amount: Decimal) -> Decimal:
        return amount.quantize(self.quantum, )

    @_mutmut_mutated(mutants_xǁ_Replayerǁcharge_penalty_through__mutmut)
    def charge_penalty_through(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_orig(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_1(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = None
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_2(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day < line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_3(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                break
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_4(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = None
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_5(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed(None)
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_6(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("XXprincipalXX")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_7(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("PRINCIPAL")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_8(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 or self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_9(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid >= 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_10(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 1 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_11(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate >= 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_12(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 1:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_13(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty = (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_14(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty -= (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_15(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency) / (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_16(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=None, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_17(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=None, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_18(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=None)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_19(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_20(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_21(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, )
                    * (day - line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_22(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day + line.penalty_through).days
                )
            line.penalty_through = day

    def xǁ_Replayerǁcharge_penalty_through__mutmut_23(self, day: dt.date) -> None:
        """Charge each instalment's penalty for the days after its grace up to and including `day`."""
        currency = self.schedule.terms.currency
        for line in self.lines:
            if day <= line.penalty_through:
                continue
            unpaid = line.owed("principal")
            if unpaid > 0 and self.penalty_rate > 0:
                line.penalty += (
                    daily_penalty(unpaid_principal=unpaid, penalty_rate=self.penalty_rate, currency=currency)
                    * (day - line.penalty_through).days
                )
            line.penalty_through = None

    @_mutmut_mutated(mutants_xǁ_Replayerǁallocate__mutmut)
    def allocate(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_orig(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_1(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = None
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_2(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = None

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_3(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = None
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_4(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(None, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_5(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, None)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_6(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_7(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, )
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_8(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining = paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_9(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining += paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_10(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(None, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_11(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, None, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_12(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, None)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_13(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_14(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_15(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, )

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_16(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) - paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_17(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(None, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_18(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, None) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_19(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_20(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, ) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_21(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = None
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_22(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date < value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_23(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = None
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_24(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date >= value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_25(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(None, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_26(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, None)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_27(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_28(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, )
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_29(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 or not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_30(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining >= 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_31(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 1 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_32(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = None
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_33(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(None):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_34(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(None, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_35(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, None)
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_36(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take("principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_37(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, )
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_38(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "XXprincipalXX")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_39(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "PRINCIPAL")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_40(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before or self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_41(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal >= before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_42(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(None)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_43(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 or all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_44(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining >= 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_45(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 1 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_46(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(None):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_47(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed(None) == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_48(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("XXprincipalXX") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_49(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("PRINCIPAL") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_50(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") != 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_51(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 1 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_52(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("XXpenaltyXX", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_53(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("PENALTY", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_54(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "XXfeeXX", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_55(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "FEE", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_56(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "XXinterestXX"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_57(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "INTEREST"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_58(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(None, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_59(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, None)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_60(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_61(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, )
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_62(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = None
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_63(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None or line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_64(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is not None and line.fully_paid:
                line.paid_on = value_date
        return allocation

    def xǁ_Replayerǁallocate__mutmut_65(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = [line for line in self.lines if line.due_date > value_date]
        for line in due:
            for part in PARTS:
                take(line, part)
        if remaining > 0 and not_due:
            before = allocation.principal
            for line in reversed(not_due):
                take(line, "principal")
            if allocation.principal > before and self.recomputes_interest:
                self._recompute_interest(value_date)
        if remaining > 0 and all(line.owed("principal") == 0 for line in self.lines):
            for line in not_due:
                for part in ("penalty", "fee", "interest"):
                    take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = None
        return allocation

    @_mutmut_mutated(mutants_xǁ_Replayerǁ_recompute_interest__mutmut)
    def _recompute_interest(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_orig(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_1(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = None
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_2(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = None
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_3(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = None
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_4(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(None):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_5(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance = line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_6(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance -= line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_7(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed(None)
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_8(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("XXprincipalXX")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_9(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("PRINCIPAL")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_10(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(None)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_11(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(None, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_12(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, None):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_13(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_14(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, ):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_15(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start <= value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_16(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                break
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_17(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = None
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_18(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(None, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_19(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, None)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_20(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_21(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, )
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_22(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = None
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_23(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                None, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_24(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, None, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_25(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, None, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_26(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=None
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_27(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_28(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_29(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_30(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_31(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = None
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_32(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(None)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_33(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator * denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_34(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate / numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_35(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start / terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_36(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = None

    def xǁ_Replayerǁ_recompute_interest__mutmut_37(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(None, line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_38(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), None)

    def xǁ_Replayerǁ_recompute_interest__mutmut_39(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_40(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, line.scheduled_interest), )

    def xǁ_Replayerǁ_recompute_interest__mutmut_41(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(None, line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_42(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, None), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_43(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(line.scheduled_interest), line.interest_paid)

    def xǁ_Replayerǁ_recompute_interest__mutmut_44(self, value_date: dt.date) -> None:
        """Interest of periods not started by `value_date`, on the balance left after the prepayment."""
        terms = self.schedule.terms
        balance = ZERO
        balances = []
        for line in reversed(self.lines):
            balance += line.owed("principal")
            balances.append(balance)
        balances.reverse()
        for line, balance_at_start in zip(self.lines, balances):
            if line.period_start < value_date:
                continue
            months = daycount.whole_months_between(line.period_start, line.due_date)
            numerator, denominator = daycount.accrual_ratio(
                line.period_start, line.due_date, terms.day_count, months=months
            )
            interest = self._round(balance_at_start * terms.annual_rate * numerator / denominator)
            # a smaller balance never owes more than the schedule said, whatever rules built the schedule
            line.interest = max(min(interest, ), line.interest_paid)

    @_mutmut_mutated(mutants_xǁ_Replayerǁstate__mutmut)
    def state(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_orig(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_1(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = None
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_2(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date < as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_3(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = None
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_4(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum(None, ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_5(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), None)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_6(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum(ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_7(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), )
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_8(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = None
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_9(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum(None, ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_10(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), None)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_11(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum(ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_12(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), )
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_13(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = None
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_14(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum(None, ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_15(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), None)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_16(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum(ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_17(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), )
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_18(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = None
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_19(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next(None, None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_20(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next(None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_21(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), )
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_22(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_23(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = None
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_24(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if (oldest_unpaid) and False else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_25(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if (oldest_unpaid) or True else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_26(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of + oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_27(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 1
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_28(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=None,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_29(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=None,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_30(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=None,
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_31(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=None,
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_32(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=None,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_33(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=None,
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_34(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=None,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_35(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=None,
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_36(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=None,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_37(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=None,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_38(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=None,
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_39(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=None,
        )

    def xǁ_Replayerǁstate__mutmut_40(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_41(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_42(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_43(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_44(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_45(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_46(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_47(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_48(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_49(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_50(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_51(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            )

    def xǁ_Replayerǁstate__mutmut_52(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal + principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_53(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum(None, ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_54(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), None),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_55(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum(ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_56(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_57(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed(None) for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_58(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("XXinterestXX") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_59(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("INTEREST") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_60(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum(None, ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_61(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), None),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_62(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum(ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_63(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_64(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed(None) for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_65(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("XXfeeXX") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_66(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("FEE") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_67(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued + penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_68(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum(None, ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_69(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), None),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_70(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum(ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_71(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_72(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=None),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(line.fully_paid for line in self.lines),
        )

    def xǁ_Replayerǁstate__mutmut_73(self, as_of: dt.date, allocations: dict[str, Allocation]) -> LoanState:
        due = [line for line in self.lines if line.due_date <= as_of]
        principal_paid = sum((line.principal_paid for line in self.lines), ZERO)
        penalty_accrued = sum((line.penalty for line in self.lines), ZERO)
        penalty_paid = sum((line.penalty_paid for line in self.lines), ZERO)
        oldest_unpaid = next((line.due_date for line in due if not line.fully_paid), None)
        days_past_due = (as_of - oldest_unpaid).days if oldest_unpaid else 0
        return LoanState(
            as_of=as_of,
            principal_outstanding=self.schedule.financed_principal - principal_paid,
            interest_outstanding=sum((line.owed("interest") for line in due), ZERO),
            fee_outstanding=sum((line.owed("fee") for line in due), ZERO),
            penalty_outstanding=penalty_accrued - penalty_paid,
            overpayment=sum((allocation.overpayment for allocation in allocations.values()), ZERO),
            days_past_due=days_past_due,
            arrears_bucket=arrears.bucket(days_past_due=days_past_due),
            penalty_accrued=penalty_accrued,
            allocations=allocations,
            instalments=[line.as_dict() for line in self.lines],
            closed=all(None),
        )

mutants_xǁ_Replayerǁ__init____mutmut['_mutmut_orig'] = _Replayer.xǁ_Replayerǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_1'] = _Replayer.xǁ_Replayerǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_2'] = _Replayer.xǁ_Replayerǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_3'] = _Replayer.xǁ_Replayerǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_4'] = _Replayer.xǁ_Replayerǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_5'] = _Replayer.xǁ_Replayerǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_6'] = _Replayer.xǁ_Replayerǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_7'] = _Replayer.xǁ_Replayerǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_8'] = _Replayer.xǁ_Replayerǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_9'] = _Replayer.xǁ_Replayerǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_10'] = _Replayer.xǁ_Replayerǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_11'] = _Replayer.xǁ_Replayerǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_12'] = _Replayer.xǁ_Replayerǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_13'] = _Replayer.xǁ_Replayerǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_14'] = _Replayer.xǁ_Replayerǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_15'] = _Replayer.xǁ_Replayerǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_16'] = _Replayer.xǁ_Replayerǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_17'] = _Replayer.xǁ_Replayerǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_18'] = _Replayer.xǁ_Replayerǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_19'] = _Replayer.xǁ_Replayerǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_20'] = _Replayer.xǁ_Replayerǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_21'] = _Replayer.xǁ_Replayerǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_22'] = _Replayer.xǁ_Replayerǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_23'] = _Replayer.xǁ_Replayerǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_24'] = _Replayer.xǁ_Replayerǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_25'] = _Replayer.xǁ_Replayerǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_26'] = _Replayer.xǁ_Replayerǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_27'] = _Replayer.xǁ_Replayerǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_28'] = _Replayer.xǁ_Replayerǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_29'] = _Replayer.xǁ_Replayerǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_30'] = _Replayer.xǁ_Replayerǁ__init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_31'] = _Replayer.xǁ_Replayerǁ__init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_32'] = _Replayer.xǁ_Replayerǁ__init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_33'] = _Replayer.xǁ_Replayerǁ__init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_34'] = _Replayer.xǁ_Replayerǁ__init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_35'] = _Replayer.xǁ_Replayerǁ__init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_36'] = _Replayer.xǁ_Replayerǁ__init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_37'] = _Replayer.xǁ_Replayerǁ__init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_38'] = _Replayer.xǁ_Replayerǁ__init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_39'] = _Replayer.xǁ_Replayerǁ__init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_40'] = _Replayer.xǁ_Replayerǁ__init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_41'] = _Replayer.xǁ_Replayerǁ__init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_42'] = _Replayer.xǁ_Replayerǁ__init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_43'] = _Replayer.xǁ_Replayerǁ__init____mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_44'] = _Replayer.xǁ_Replayerǁ__init____mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_45'] = _Replayer.xǁ_Replayerǁ__init____mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ__init____mutmut['xǁ_Replayerǁ__init____mutmut_46'] = _Replayer.xǁ_Replayerǁ__init____mutmut_46 # type: ignore # mutmut generated

mutants_xǁ_Replayerǁ_round__mutmut['_mutmut_orig'] = _Replayer.xǁ_Replayerǁ_round__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_round__mutmut['xǁ_Replayerǁ_round__mutmut_1'] = _Replayer.xǁ_Replayerǁ_round__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_round__mutmut['xǁ_Replayerǁ_round__mutmut_2'] = _Replayer.xǁ_Replayerǁ_round__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_round__mutmut['xǁ_Replayerǁ_round__mutmut_3'] = _Replayer.xǁ_Replayerǁ_round__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_round__mutmut['xǁ_Replayerǁ_round__mutmut_4'] = _Replayer.xǁ_Replayerǁ_round__mutmut_4 # type: ignore # mutmut generated

mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['_mutmut_orig'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_1'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_2'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_3'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_4'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_5'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_6'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_7'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_8'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_9'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_10'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_11'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_12'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_13'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_14'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_15'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_16'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_17'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_18'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_19'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_20'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_21'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_22'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁcharge_penalty_through__mutmut['xǁ_Replayerǁcharge_penalty_through__mutmut_23'] = _Replayer.xǁ_Replayerǁcharge_penalty_through__mutmut_23 # type: ignore # mutmut generated

mutants_xǁ_Replayerǁallocate__mutmut['_mutmut_orig'] = _Replayer.xǁ_Replayerǁallocate__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_1'] = _Replayer.xǁ_Replayerǁallocate__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_2'] = _Replayer.xǁ_Replayerǁallocate__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_3'] = _Replayer.xǁ_Replayerǁallocate__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_4'] = _Replayer.xǁ_Replayerǁallocate__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_5'] = _Replayer.xǁ_Replayerǁallocate__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_6'] = _Replayer.xǁ_Replayerǁallocate__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_7'] = _Replayer.xǁ_Replayerǁallocate__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_8'] = _Replayer.xǁ_Replayerǁallocate__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_9'] = _Replayer.xǁ_Replayerǁallocate__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_10'] = _Replayer.xǁ_Replayerǁallocate__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_11'] = _Replayer.xǁ_Replayerǁallocate__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_12'] = _Replayer.xǁ_Replayerǁallocate__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_13'] = _Replayer.xǁ_Replayerǁallocate__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_14'] = _Replayer.xǁ_Replayerǁallocate__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_15'] = _Replayer.xǁ_Replayerǁallocate__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_16'] = _Replayer.xǁ_Replayerǁallocate__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_17'] = _Replayer.xǁ_Replayerǁallocate__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_18'] = _Replayer.xǁ_Replayerǁallocate__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_19'] = _Replayer.xǁ_Replayerǁallocate__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_20'] = _Replayer.xǁ_Replayerǁallocate__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_21'] = _Replayer.xǁ_Replayerǁallocate__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_22'] = _Replayer.xǁ_Replayerǁallocate__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_23'] = _Replayer.xǁ_Replayerǁallocate__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_24'] = _Replayer.xǁ_Replayerǁallocate__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_25'] = _Replayer.xǁ_Replayerǁallocate__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_26'] = _Replayer.xǁ_Replayerǁallocate__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_27'] = _Replayer.xǁ_Replayerǁallocate__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_28'] = _Replayer.xǁ_Replayerǁallocate__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_29'] = _Replayer.xǁ_Replayerǁallocate__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_30'] = _Replayer.xǁ_Replayerǁallocate__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_31'] = _Replayer.xǁ_Replayerǁallocate__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_32'] = _Replayer.xǁ_Replayerǁallocate__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_33'] = _Replayer.xǁ_Replayerǁallocate__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_34'] = _Replayer.xǁ_Replayerǁallocate__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_35'] = _Replayer.xǁ_Replayerǁallocate__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_36'] = _Replayer.xǁ_Replayerǁallocate__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_37'] = _Replayer.xǁ_Replayerǁallocate__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_38'] = _Replayer.xǁ_Replayerǁallocate__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_39'] = _Replayer.xǁ_Replayerǁallocate__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_40'] = _Replayer.xǁ_Replayerǁallocate__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_41'] = _Replayer.xǁ_Replayerǁallocate__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_42'] = _Replayer.xǁ_Replayerǁallocate__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_43'] = _Replayer.xǁ_Replayerǁallocate__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_44'] = _Replayer.xǁ_Replayerǁallocate__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_45'] = _Replayer.xǁ_Replayerǁallocate__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_46'] = _Replayer.xǁ_Replayerǁallocate__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_47'] = _Replayer.xǁ_Replayerǁallocate__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_48'] = _Replayer.xǁ_Replayerǁallocate__mutmut_48 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_49'] = _Replayer.xǁ_Replayerǁallocate__mutmut_49 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_50'] = _Replayer.xǁ_Replayerǁallocate__mutmut_50 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_51'] = _Replayer.xǁ_Replayerǁallocate__mutmut_51 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_52'] = _Replayer.xǁ_Replayerǁallocate__mutmut_52 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_53'] = _Replayer.xǁ_Replayerǁallocate__mutmut_53 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_54'] = _Replayer.xǁ_Replayerǁallocate__mutmut_54 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_55'] = _Replayer.xǁ_Replayerǁallocate__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_56'] = _Replayer.xǁ_Replayerǁallocate__mutmut_56 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_57'] = _Replayer.xǁ_Replayerǁallocate__mutmut_57 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_58'] = _Replayer.xǁ_Replayerǁallocate__mutmut_58 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_59'] = _Replayer.xǁ_Replayerǁallocate__mutmut_59 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_60'] = _Replayer.xǁ_Replayerǁallocate__mutmut_60 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_61'] = _Replayer.xǁ_Replayerǁallocate__mutmut_61 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_62'] = _Replayer.xǁ_Replayerǁallocate__mutmut_62 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_63'] = _Replayer.xǁ_Replayerǁallocate__mutmut_63 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_64'] = _Replayer.xǁ_Replayerǁallocate__mutmut_64 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁallocate__mutmut['xǁ_Replayerǁallocate__mutmut_65'] = _Replayer.xǁ_Replayerǁallocate__mutmut_65 # type: ignore # mutmut generated

mutants_xǁ_Replayerǁ_recompute_interest__mutmut['_mutmut_orig'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_1'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_2'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_3'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_4'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_5'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_6'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_7'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_8'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_9'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_10'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_11'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_12'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_13'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_14'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_15'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_16'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_17'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_18'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_19'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_20'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_21'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_22'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_23'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_24'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_25'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_26'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_27'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_28'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_29'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_30'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_31'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_32'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_33'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_34'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_35'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_36'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_37'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_38'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_39'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_40'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_41'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_42'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_43'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁ_recompute_interest__mutmut['xǁ_Replayerǁ_recompute_interest__mutmut_44'] = _Replayer.xǁ_Replayerǁ_recompute_interest__mutmut_44 # type: ignore # mutmut generated

mutants_xǁ_Replayerǁstate__mutmut['_mutmut_orig'] = _Replayer.xǁ_Replayerǁstate__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_1'] = _Replayer.xǁ_Replayerǁstate__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_2'] = _Replayer.xǁ_Replayerǁstate__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_3'] = _Replayer.xǁ_Replayerǁstate__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_4'] = _Replayer.xǁ_Replayerǁstate__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_5'] = _Replayer.xǁ_Replayerǁstate__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_6'] = _Replayer.xǁ_Replayerǁstate__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_7'] = _Replayer.xǁ_Replayerǁstate__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_8'] = _Replayer.xǁ_Replayerǁstate__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_9'] = _Replayer.xǁ_Replayerǁstate__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_10'] = _Replayer.xǁ_Replayerǁstate__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_11'] = _Replayer.xǁ_Replayerǁstate__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_12'] = _Replayer.xǁ_Replayerǁstate__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_13'] = _Replayer.xǁ_Replayerǁstate__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_14'] = _Replayer.xǁ_Replayerǁstate__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_15'] = _Replayer.xǁ_Replayerǁstate__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_16'] = _Replayer.xǁ_Replayerǁstate__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_17'] = _Replayer.xǁ_Replayerǁstate__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_18'] = _Replayer.xǁ_Replayerǁstate__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_19'] = _Replayer.xǁ_Replayerǁstate__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_20'] = _Replayer.xǁ_Replayerǁstate__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_21'] = _Replayer.xǁ_Replayerǁstate__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_22'] = _Replayer.xǁ_Replayerǁstate__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_23'] = _Replayer.xǁ_Replayerǁstate__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_24'] = _Replayer.xǁ_Replayerǁstate__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_25'] = _Replayer.xǁ_Replayerǁstate__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_26'] = _Replayer.xǁ_Replayerǁstate__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_27'] = _Replayer.xǁ_Replayerǁstate__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_28'] = _Replayer.xǁ_Replayerǁstate__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_29'] = _Replayer.xǁ_Replayerǁstate__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_30'] = _Replayer.xǁ_Replayerǁstate__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_31'] = _Replayer.xǁ_Replayerǁstate__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_32'] = _Replayer.xǁ_Replayerǁstate__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_33'] = _Replayer.xǁ_Replayerǁstate__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_34'] = _Replayer.xǁ_Replayerǁstate__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_35'] = _Replayer.xǁ_Replayerǁstate__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_36'] = _Replayer.xǁ_Replayerǁstate__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_37'] = _Replayer.xǁ_Replayerǁstate__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_38'] = _Replayer.xǁ_Replayerǁstate__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_39'] = _Replayer.xǁ_Replayerǁstate__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_40'] = _Replayer.xǁ_Replayerǁstate__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_41'] = _Replayer.xǁ_Replayerǁstate__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_42'] = _Replayer.xǁ_Replayerǁstate__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_43'] = _Replayer.xǁ_Replayerǁstate__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_44'] = _Replayer.xǁ_Replayerǁstate__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_45'] = _Replayer.xǁ_Replayerǁstate__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_46'] = _Replayer.xǁ_Replayerǁstate__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_47'] = _Replayer.xǁ_Replayerǁstate__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_48'] = _Replayer.xǁ_Replayerǁstate__mutmut_48 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_49'] = _Replayer.xǁ_Replayerǁstate__mutmut_49 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_50'] = _Replayer.xǁ_Replayerǁstate__mutmut_50 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_51'] = _Replayer.xǁ_Replayerǁstate__mutmut_51 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_52'] = _Replayer.xǁ_Replayerǁstate__mutmut_52 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_53'] = _Replayer.xǁ_Replayerǁstate__mutmut_53 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_54'] = _Replayer.xǁ_Replayerǁstate__mutmut_54 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_55'] = _Replayer.xǁ_Replayerǁstate__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_56'] = _Replayer.xǁ_Replayerǁstate__mutmut_56 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_57'] = _Replayer.xǁ_Replayerǁstate__mutmut_57 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_58'] = _Replayer.xǁ_Replayerǁstate__mutmut_58 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_59'] = _Replayer.xǁ_Replayerǁstate__mutmut_59 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_60'] = _Replayer.xǁ_Replayerǁstate__mutmut_60 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_61'] = _Replayer.xǁ_Replayerǁstate__mutmut_61 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_62'] = _Replayer.xǁ_Replayerǁstate__mutmut_62 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_63'] = _Replayer.xǁ_Replayerǁstate__mutmut_63 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_64'] = _Replayer.xǁ_Replayerǁstate__mutmut_64 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_65'] = _Replayer.xǁ_Replayerǁstate__mutmut_65 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_66'] = _Replayer.xǁ_Replayerǁstate__mutmut_66 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_67'] = _Replayer.xǁ_Replayerǁstate__mutmut_67 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_68'] = _Replayer.xǁ_Replayerǁstate__mutmut_68 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_69'] = _Replayer.xǁ_Replayerǁstate__mutmut_69 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_70'] = _Replayer.xǁ_Replayerǁstate__mutmut_70 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_71'] = _Replayer.xǁ_Replayerǁstate__mutmut_71 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_72'] = _Replayer.xǁ_Replayerǁstate__mutmut_72 # type: ignore # mutmut generated
mutants_xǁ_Replayerǁstate__mutmut['xǁ_Replayerǁstate__mutmut_73'] = _Replayer.xǁ_Replayerǁstate__mutmut_73 # type: ignore # mutmut generated
