"""Restructuring (maker-checker): one officer requests new terms for a loan, another approves or rejects them.

Approval settles the old loan in full through `restructure_clearing` (no cash moves) and opens a new loan for what
was owed — principal, interest, fees and penalty, capitalised — on the new terms from today. Each loan's journal
keeps equal to its own replay; the clearing account nets to zero across the two.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import ledger, servicing
from ..domain.actors import Actor
from ..domain.ledger import JournalEntry as Entry
from ..domain.ledger import JournalLine as Line
from ..domain.receipts import InternalChannel
from ..domain.statuses import LoanStatus, RestructureStatus
from ..domain.terms import TransactionKind
from ..errors import Conflict, Forbidden, NotFound, ValidationFailed
from ..models import Loan, LoanTransaction, Restructure
from ..models.base import utcnow
from . import _postings, audit, loans
from ._clock import lender_today
from .unit_of_work import use_case


def _clearing(amount: Decimal, day, debit_cash: bool, memo: str) -> Entry:
    """Move `amount` between cash and restructure clearing (the settlement and the new disbursement are not cash)."""
    cash = Line(ledger.CASH, amount, Decimal(0)) if debit_cash else Line(ledger.CASH, Decimal(0), amount)
    clearing = (
        Line(ledger.RESTRUCTURE_CLEARING, Decimal(0), amount)
        if debit_cash
        else Line(ledger.RESTRUCTURE_CLEARING, amount, Decimal(0))
    )
    return Entry("restructure_clearing", day, (cash, clearing), memo)


@dataclass(frozen=True)
class NewTerms:
    """What an officer asks a loan to be restructured into (another officer approves): the term, and the method and
    nominal rate when they change."""

    term_months: int
    reason: str
    method: str | None = None  # default: the loan's
    annual_rate: Decimal | None = None  # default: the loan's


@use_case
def request(*, session: Session, actor: Actor, loan_id: uuid.UUID, command: NewTerms) -> Restructure:
    loan = loans.get_or_raise(session=session, actor=actor, loan_id=loan_id)
    if loan.status != LoanStatus.ACTIVE:
        raise Conflict(f"Only an active loan can be restructured; this one is {loan.status}.", code="loan_not_active")
    if (
        session.scalar(
            select(Restructure.id).where(
                Restructure.loan_id == loan.id, Restructure.status == RestructureStatus.PENDING
            )
        )
        is not None
    ):
        raise Conflict("A restructure of this loan is already waiting for approval.", code="restructure_pending")
    rate = command.annual_rate if command.annual_rate is not None else loan.annual_rate.normalize()
    terms = {"term_months": command.term_months, "method": command.method or loan.method, "annual_rate": str(rate)}
    item = Restructure(loan_id=loan.id, new_terms=terms, reason=command.reason, requested_by=actor.id)
    session.add(item)
    audit.record(
        session,
        actor=actor,
        action="restructure.request",
        entity_type="loan",
        entity_id=loan.id,
        detail={"terms": terms, "reason": command.reason},
    )
    return item


def _pending(session: Session, actor: Actor, restructure_id: uuid.UUID) -> tuple[Restructure, Loan]:
    item = session.get(Restructure, restructure_id)
    if item is None or loans.get(session=session, actor=actor, loan_id=item.loan_id) is None:
        raise NotFound("No such restructure.")
    if item.status != RestructureStatus.PENDING:
        raise Conflict(f"This restructure was {item.status} already.", code="restructure_decided")
    if item.requested_by == actor.id:
        raise Forbidden(
            "A restructure is approved by another officer than the one who asked (maker-checker).", code="same_officer"
        )
    return item, loans.get_or_raise(session=session, actor=actor, loan_id=item.loan_id, lock=True)


@use_case
def reject(*, session: Session, actor: Actor, restructure_id: uuid.UUID, note: str) -> Restructure:
    item, loan = _pending(session, actor, restructure_id)
    item.status, item.decided_by, item.decided_at = RestructureStatus.REJECTED, actor.id, utcnow()
    item.decision_note = note
    audit.record(
        session,
        actor=actor,
        action="restructure.reject",
        entity_type="loan",
        entity_id=loan.id,
        detail={"restructure_id": str(item.id), "note": note},
    )
    return item


@use_case
def approve(*, session: Session, actor: Actor, restructure_id: uuid.UUID, note: str) -> Restructure:
    item, old = _pending(session, actor, restructure_id)
    if old.status != LoanStatus.ACTIVE:
        raise Conflict(f"The loan is {old.status} now; it cannot be restructured.", code="loan_not_active")
    today = lender_today(session)
    transactions = _postings.transactions_of(session, old)
    state = _postings.replay(old, transactions, max(_postings.journal_date(session, old), today))
    owed = state.principal_outstanding + state.interest_outstanding + state.fee_outstanding + state.penalty_outstanding
    if owed <= 0:
        raise Conflict("Nothing is owed on this loan.", code="nothing_owed")
    # 1. settle the old loan in full (a repayment from clearing, not cash)
    settlement = LoanTransaction(
        loan_id=old.id,
        kind=TransactionKind.REPAYMENT,
        value_date=max(today, old.start_date),
        amount=owed,
        currency=old.currency,
        channel=InternalChannel.RESTRUCTURE,
        sequence=_postings.next_sequence(old),
        posted_by=actor.id,
        note=f"settled by restructure {item.id}",
    )
    session.add(settlement)
    session.flush()
    settled = _postings.repost(session, old, transactions, [*transactions, settlement], state.as_of, settlement)
    _postings.post(session, old, [_clearing(owed, today, False, "settled by restructure")], settlement)
    old.status = LoanStatus.RESTRUCTURED
    # 2. the new loan for what was owed, on the new terms, from today
    terms = item.new_terms
    new = Loan(
        application_id=None,
        restructured_from=old.id,
        farmer_id=old.farmer_id,
        product_id=old.product_id,
        currency=old.currency,
        principal=owed,
        annual_rate=Decimal(terms["annual_rate"]),
        method=terms["method"],
        term_months=terms["term_months"],
        start_date=today,
        day_count=old.day_count,
        balloon_interest=old.balloon_interest,
        grace_months=0,
        fee_rate=Decimal(0),
        fee_mode="deducted",
        penalty_rate=old.penalty_rate,
        grace_days=old.grace_days,
        apr=Decimal(0),
        total_cost_of_credit=Decimal(0),
        disbursed_amount=owed,
        fee=Decimal(0),
        accepted_by=actor.id,
        status=LoanStatus.ACTIVE,
        disbursed_at=utcnow(),
        principal_outstanding=owed,
    )
    try:
        schedule = _postings.schedule_of(new)
    except ValueError as error:
        raise ValidationFailed(str(error), errors={"new_terms": [str(error)]}) from None
    new.apr, new.total_cost_of_credit = schedule.apr, schedule.total_cost_of_credit
    session.add(new)
    session.flush()
    _postings.write_instalments(session, new, schedule)
    opening = LoanTransaction(
        loan_id=new.id,
        kind=TransactionKind.DISBURSEMENT,
        value_date=today,
        amount=owed,
        currency=new.currency,
        channel=InternalChannel.RESTRUCTURE,
        sequence=_postings.next_sequence(new),
        posted_by=actor.id,
        note=f"restructure {item.id} of loan {old.id}",
    )
    session.add(opening)
    session.flush()
    state_new = servicing.replay(
        schedule, [], today, penalty_rate=new.penalty_rate.normalize(), grace_days=new.grace_days
    )
    _postings.post(
        session,
        new,
        [*ledger.post(None, state_new, schedule=schedule), _clearing(owed, today, True, "opened by restructure")],
        opening,
    )
    _postings.apply_state(session, new, state_new)
    item.status, item.decided_by, item.decided_at = RestructureStatus.APPROVED, actor.id, utcnow()
    item.decision_note = note
    item.new_loan_id = new.id
    audit.record(
        session,
        actor=actor,
        action="restructure.approve",
        entity_type="loan",
        entity_id=old.id,
        detail={
            "restructure_id": str(item.id),
            "new_loan_id": str(new.id),
            "amount": str(owed),
            "settled": settled.closed,
        },
    )
    return item
