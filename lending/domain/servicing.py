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

    def __post_init__(self):
        self.scheduled_interest = self.interest

    def owed(self, part: str) -> Decimal:
        return getattr(self, part) - getattr(self, f"{part}_paid")

    def pay(self, part: str, available: Decimal) -> Decimal:
        paid = min(available, self.owed(part))
        if paid > 0:
            setattr(self, f"{part}_paid", getattr(self, f"{part}_paid") + paid)
            return paid
        return ZERO

    @property
    def fully_paid(self) -> bool:
        return all(self.owed(part) == 0 for part in PARTS)

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


def first_penalty_day(*, due_date: dt.date, grace_days: int) -> dt.date:
    """The first day an instalment's unpaid principal accrues penalty: the day after its `grace_days` of grace
    (due 2025-02-01 with 3 days of grace: 2025-02-05)."""
    return due_date + dt.timedelta(days=grace_days + 1)


def daily_penalty(*, unpaid_principal: Decimal, penalty_rate: Decimal, currency: str) -> Decimal:
    """One day's penalty interest of one instalment: `penalty_rate` (per day) × its principal unpaid at the end of the
    day before, rounded half-even to the currency's minor unit (500.00 CNY at 0.0005: 0.25; 333.33 at 0.0005: 0.17)."""
    return (unpaid_principal * penalty_rate).quantize(_minor_unit(currency), rounding=ROUND_HALF_EVEN)


@cache
def _minor_unit(currency: str) -> Decimal:
    """0.01 for CNY, 1 for UGX (cached: close of business and replay ask for every instalment)."""
    return Decimal(1).scaleb(-minor_units(currency))


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
        target = by_id.get(transaction.reverses)  # None (nothing named) finds no transaction
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


class _Replayer:
    def __init__(self, schedule: Schedule, penalty_rate: Decimal, grace_days: int):
        terms = schedule.terms
        self.schedule = schedule
        self.penalty_rate = penalty_rate
        self.quantum = _minor_unit(terms.currency)
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

    def _round(self, amount: Decimal) -> Decimal:
        return amount.quantize(self.quantum, rounding=ROUND_HALF_EVEN)

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

    def allocate(self, amount: Decimal, value_date: dt.date) -> Allocation:
        allocation = Allocation()
        remaining = amount

        def take(line: _Line, part: str) -> None:
            nonlocal remaining
            paid = line.pay(part, remaining)
            remaining -= paid
            setattr(allocation, part, getattr(allocation, part) + paid)

        # each step takes only what the steps before it left (a take of nothing pays nothing): after step 2 any
        # remainder means no principal is left anywhere, so step 3 needs no test of its own
        due = [line for line in self.lines if line.due_date <= value_date]
        not_due = self.lines[len(due) :]  # the lines are in due-date order: the due ones come first
        for line in due:
            for part in PARTS:
                take(line, part)
        before = allocation.principal
        for line in reversed(not_due):
            take(line, "principal")
        if allocation.principal > before and self.recomputes_interest:
            self._recompute_interest(value_date)
        for line in not_due:
            for part in ("penalty", "fee", "interest"):
                take(line, part)
        allocation.overpayment = remaining
        for line in self.lines:
            if line.paid_on is None and line.fully_paid:
                line.paid_on = value_date
        return allocation

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
