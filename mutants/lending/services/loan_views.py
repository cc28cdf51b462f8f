"""Reading loans: a loan as of a day with its schedule, paid parts, balances and arrears; the offer; lists."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import arrears
from ..domain.actors import Actor
from ..domain.arrears import ArrearsBucket
from ..domain.statuses import LoanStatus
from ..domain.terms import Instalment, LoanState, Schedule, TransactionKind
from ..models import Farmer, Loan, LoanTransaction
from ..money import Money
from . import loans, pagination
from ._clock import lender_today
from ._postings import replay, schedule_of, transactions_of
from ._scopes import farmer_scope


@dataclass(frozen=True)
class Balances:
    """What the farmer owes as of a day, by part, and what they paid beyond it."""

    principal: Decimal
    interest: Decimal
    fee: Decimal
    penalty: Decimal
    overpayment: Decimal  # held for the farmer: a liability, not in `total`
    total: Decimal  # principal + interest + fee + penalty


@dataclass(frozen=True)
class ScheduleRow:
    """One instalment of a running loan: what it asks for and what was paid of it."""

    number: int
    due_date: dt.date
    principal: Decimal
    interest: Decimal
    fee: Decimal
    penalty: Decimal
    total: Decimal  # principal + interest + fee, as planned (penalty apart)
    balance_after: Decimal  # principal still owed after it, as planned
    principal_paid: Decimal
    interest_paid: Decimal
    fee_paid: Decimal
    penalty_paid: Decimal
    paid_on: dt.date | None


@dataclass(frozen=True)
class LoanView:
    """A loan as of a day. Before disbursement it has no balances and its schedule is the plan (`Instalment`s);
    after, each row says what was paid (`ScheduleRow`)."""

    id: uuid.UUID
    application_id: uuid.UUID | None
    farmer_id: uuid.UUID
    status: str
    currency: str
    principal: Decimal
    disbursed_amount: Decimal
    fee: Decimal
    annual_rate: Decimal
    apr: Decimal
    total_cost_of_credit: Decimal
    method: str
    term_months: int
    start_date: dt.date
    day_count: str
    accepted_at: dt.datetime
    disbursed_at: dt.datetime | None
    version: int
    recovered: Decimal  # received after a write-off (recoveries income)
    as_of: dt.date | None
    balances: Balances | None
    days_past_due: int
    arrears_bucket: str
    non_performing: bool
    schedule: tuple[ScheduleRow, ...] | tuple[Instalment, ...]


@dataclass(frozen=True)
class OfferView:
    """The offer of an approved application if accepted today: the disclosure (APR, total cost) and its schedule."""

    application_id: uuid.UUID
    currency: str
    principal: Decimal
    disbursed: Decimal  # what the farmer receives
    fee: Decimal
    annual_rate: Decimal
    apr: Decimal
    total_interest: Decimal
    total_repayable: Decimal
    total_cost_of_credit: Decimal
    method: str
    term_months: int
    start: dt.date
    schedule: tuple[Instalment, ...]


def _balances(loan: Loan, state: LoanState) -> Balances:
    if loan.status == LoanStatus.WRITTEN_OFF:  # its receivables went to expense: nothing is owed on it any more
        nothing = Money.of(0, loan.currency).rounded().amount
        return Balances(
            principal=nothing,
            interest=nothing,
            fee=nothing,
            penalty=nothing,
            overpayment=state.overpayment,
            total=nothing,
        )
    return Balances(
        principal=state.principal_outstanding,
        interest=state.interest_outstanding,
        fee=state.fee_outstanding,
        penalty=state.penalty_outstanding,
        overpayment=state.overpayment,
        total=(
            state.principal_outstanding + state.interest_outstanding + state.fee_outstanding + state.penalty_outstanding
        ),
    )


def loan_view(*, session: Session, loan: Loan, as_of: dt.date | None = None) -> LoanView:
    """The loan as of today (or `as_of`): its schedule with what was paid of each instalment, balances, arrears."""
    transactions = transactions_of(session, loan)
    planned = schedule_of(loan)
    recovered = Money.of(sum((t.amount for t in transactions if t.kind == TransactionKind.RECOVERY), 0), loan.currency)
    if loan.status == LoanStatus.ACCEPTED:  # not paid out yet: nothing is owed, the schedule is the plan
        state, balances, schedule = None, None, planned.instalments
    else:
        state = replay(loan, transactions, max(as_of or lender_today(session), loan.start_date), planned)
        balances = _balances(loan, state)
        schedule = tuple(
            ScheduleRow(
                **row, total=row["principal"] + row["interest"] + row["fee"], balance_after=instalment.balance_after
            )
            for row, instalment in zip(state.instalments, planned.instalments)
        )
    return LoanView(
        id=loan.id,
        application_id=loan.application_id,
        farmer_id=loan.farmer_id,
        status=loan.status,
        currency=loan.currency,
        principal=loan.principal,
        disbursed_amount=loan.disbursed_amount,
        fee=loan.fee,
        annual_rate=loan.annual_rate,
        apr=loan.apr,
        total_cost_of_credit=loan.total_cost_of_credit,
        method=loan.method,
        term_months=loan.term_months,
        start_date=loan.start_date,
        day_count=loan.day_count,
        accepted_at=loan.accepted_at,
        disbursed_at=loan.disbursed_at,
        version=loan.version,
        recovered=recovered.rounded().amount,
        as_of=state.as_of if state else None,
        balances=balances,
        days_past_due=state.days_past_due if state else 0,
        arrears_bucket=state.arrears_bucket if state else ArrearsBucket.CURRENT,
        non_performing=state is not None and arrears.is_non_performing(days_past_due=state.days_past_due),
        schedule=schedule,
    )


def unpaid(row: ScheduleRow) -> Decimal:
    """What is still owed of one instalment of a running loan, its penalty included."""
    return (row.total + row.penalty) - (row.principal_paid + row.interest_paid + row.fee_paid + row.penalty_paid)


def next_due(view: LoanView) -> ScheduleRow | None:
    """The first instalment of a running loan not paid in full (overdue when its date has passed), or None."""
    if view.balances is None:
        return None
    return next((row for row in view.schedule if row.paid_on is None and unpaid(row) > 0), None)


def offer_view(*, application_id: uuid.UUID, schedule: Schedule) -> OfferView:
    """The offer of `application_id`, from the schedule it would have if accepted today (services.loans.offer)."""
    terms = schedule.terms
    return OfferView(
        application_id=application_id,
        currency=terms.currency,
        principal=terms.principal,
        disbursed=schedule.disbursed,
        fee=schedule.fee,
        annual_rate=terms.annual_rate,
        apr=schedule.apr,
        total_interest=schedule.total_interest,
        total_repayable=schedule.total_repayable,
        total_cost_of_credit=schedule.total_cost_of_credit,
        method=terms.method,
        term_months=terms.term_months,
        start=terms.start,
        schedule=schedule.instalments,
    )


def list_(*, session: Session, actor: Actor, filters: dict, cursor: str | None, limit: int):
    stmt = select(Loan).join(Farmer, Farmer.id == Loan.farmer_id).where(farmer_scope(actor))
    for name in ("status", "arrears_bucket", "farmer_id"):
        if filters.get(name) is not None:
            stmt = stmt.where(getattr(Loan, name) == filters[name])
    return pagination.page(session, stmt, Loan, cursor=cursor, limit=limit)


def transactions(*, session: Session, actor: Actor, loan_id: uuid.UUID) -> list[LoanTransaction]:
    """Every transaction of a loan the actor may see, in posting order (reversals included)."""
    return transactions_of(session, loans.get_or_raise(session=session, actor=actor, loan_id=loan_id))


def current_loan(*, session: Session, actor: Actor, farmer_id: uuid.UUID) -> Loan | None:
    """The farmer's loan that matters now (a feature phone shows one): the newest active one, else the newest."""
    loans_of = select(Loan).where(Loan.farmer_id == farmer_id).join(Farmer, Farmer.id == Loan.farmer_id)
    loans_of = loans_of.where(farmer_scope(actor)).order_by(Loan.accepted_at.desc(), Loan.id)
    return session.scalar(loans_of.where(Loan.status == LoanStatus.ACTIVE).limit(1)) or session.scalar(
        loans_of.limit(1)
    )
