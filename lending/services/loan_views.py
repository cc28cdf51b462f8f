"""Reading loans: a loan as of a day with its schedule, paid parts, balances and arrears; the offer; lists."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import arrears
from ..domain.arrears import ArrearsBucket
from ..domain.statuses import LoanStatus
from ..domain.terms import LoanState, Schedule, TransactionKind
from ..models import Farmer, Loan
from ..money import Money
from ..domain.actors import Actor
from .scopes import farmer_scope
from . import pagination
from .clock import lender_today
from .postings import replay, schedule_of, transactions_of


def detail(*, session: Session, loan: Loan, as_of: dt.date | None = None) -> dict:
    """The loan as of today (or `as_of`): schedule with paid parts, balances, days past due, arrears bucket."""
    transactions = transactions_of(session, loan)
    day = as_of or lender_today()
    schedule = schedule_of(loan)
    state = (replay(loan, transactions, max(day, loan.start_date), schedule)
             if loan.status != LoanStatus.ACCEPTED else None)
    return {"loan": loan, "schedule": schedule, "state": state, "transactions": transactions}


# --- presenting -------------------------------------------------------------------------------------------------

_LOAN_FIELDS = ("id", "application_id", "farmer_id", "status", "currency", "principal", "disbursed_amount", "fee",
                "annual_rate", "apr", "total_cost_of_credit", "method", "term_months", "start_date", "day_count",
                "accepted_at", "disbursed_at", "version")


def present(*, session: Session, loan: Loan, as_of: dt.date | None = None) -> dict:
    """The loan as of today: its schedule with what was paid of each instalment, balances and arrears."""
    view = detail(session=session, loan=loan, as_of=as_of)
    body = {name: getattr(loan, name) for name in _LOAN_FIELDS}
    body["recovered"] = Money.of(sum((t.amount for t in view["transactions"] if t.kind == TransactionKind.RECOVERY), 0),
                                 loan.currency).rounded().amount
    state: LoanState | None = view["state"]
    if loan.status == LoanStatus.WRITTEN_OFF:   # its receivables went to expense: nothing is owed on it any more
        nothing = Money.of(0, loan.currency).rounded().amount
        state.principal_outstanding = state.interest_outstanding = nothing
        state.fee_outstanding = state.penalty_outstanding = nothing
    if state is None:
        body.update(as_of=None, balances=None, days_past_due=0, arrears_bucket=ArrearsBucket.CURRENT,
                    non_performing=False,
                    schedule=[item._asdict() for item in view["schedule"].instalments])
        return body
    total = (state.principal_outstanding + state.interest_outstanding + state.fee_outstanding
             + state.penalty_outstanding)
    body.update(as_of=state.as_of, days_past_due=state.days_past_due, arrears_bucket=state.arrears_bucket,
                non_performing=arrears.is_non_performing(days_past_due=state.days_past_due),
                balances={"principal": state.principal_outstanding, "interest": state.interest_outstanding,
                          "fee": state.fee_outstanding, "penalty": state.penalty_outstanding,
                          "overpayment": state.overpayment, "total": total},
                schedule=[{**item, "total": item["principal"] + item["interest"] + item["fee"],
                           "balance_after": planned.balance_after}
                          for item, planned in zip(state.instalments, view["schedule"].instalments)])
    return body


def offer_view(application_id: uuid.UUID, schedule: Schedule) -> dict:
    terms = schedule.terms
    return {"application_id": application_id, "currency": terms.currency, "principal": terms.principal,
            "disbursed": schedule.disbursed, "fee": schedule.fee, "annual_rate": terms.annual_rate,
            "apr": schedule.apr, "total_interest": schedule.total_interest,
            "total_repayable": schedule.total_repayable, "total_cost_of_credit": schedule.total_cost_of_credit,
            "method": terms.method, "term_months": terms.term_months, "start": terms.start,
            "schedule": [item._asdict() for item in schedule.instalments]}


def list_(*, session: Session, actor: Actor, filters: dict, cursor: str | None, limit: int):
    stmt = select(Loan).join(Farmer, Farmer.id == Loan.farmer_id).where(farmer_scope(actor))
    for name in ("status", "arrears_bucket", "farmer_id"):
        if filters.get(name) is not None:
            stmt = stmt.where(getattr(Loan, name) == filters[name])
    return pagination.page(session, stmt, Loan, cursor=cursor, limit=limit)
