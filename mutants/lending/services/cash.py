"""Agents' cash in transit: what an agent collected and has not banked, and the deposits an officer reconciles.

Collected is not banked. A cash receipt an agent records is booked on its loan against `cash_in_transit`
(domain.receipts); when the agent pays the cash into the bank, an officer records the deposit with the bank's
reference, and each receipt it covers moves from cash in transit to cash on its loan's journal. A deposit must equal
the receipts it banks to the minor unit: a shortfall stays visible as the agent's cash in transit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import ledger, receipts
from ..domain.actors import Actor
from ..domain.terms import TransactionKind
from ..errors import Conflict, Forbidden, NotFound, ValidationFailed
from ..models import Agent, CashDeposit, Loan, LoanTransaction
from . import _postings, audit
from ._clock import lender_today
from .unit_of_work import use_case

CASH_KINDS = (TransactionKind.REPAYMENT, TransactionKind.RECOVERY)


@dataclass(frozen=True)
class AgentCash:
    agent_id: uuid.UUID
    currency: str
    in_transit: Decimal
    receipts: list[LoanTransaction]
    deposits: list[CashDeposit]


def _agent_or_raise(session: Session, actor: Actor, agent_id: uuid.UUID) -> Agent:
    if actor.role == "agent" and actor.id != agent_id:
        raise NotFound("No such agent.")
    if actor.role not in ("agent", "officer", "admin"):
        raise Forbidden("Only staff see agents' cash.")
    agent = session.get(Agent, agent_id)
    if agent is None or agent.role != "agent":
        raise NotFound("No such agent.")
    return agent


def _undeposited(session: Session, agent_id: uuid.UUID, *, lock: bool = False) -> list[LoanTransaction]:
    """The agent's cash receipts still in transit: not banked, not reversed (a reversed receipt's cash went back)."""
    stmt = (
        select(LoanTransaction)
        .where(
            LoanTransaction.channel == receipts.ReceiptChannel.CASH,
            LoanTransaction.posted_by == agent_id,
            LoanTransaction.kind.in_(CASH_KINDS),
            LoanTransaction.deposit_id.is_(None),
            LoanTransaction.reversed_by.is_(None),
        )
        .order_by(LoanTransaction.posted_at, LoanTransaction.id)
    )
    return list(session.scalars(stmt.with_for_update() if lock else stmt))


def of_agent(*, session: Session, actor: Actor, agent_id: uuid.UUID) -> AgentCash:
    """The agent's cash in transit (each receipt) and their deposits, newest first."""
    _agent_or_raise(session, actor, agent_id)
    pending = _undeposited(session, agent_id)
    deposits = list(
        session.scalars(
            select(CashDeposit).where(CashDeposit.agent_id == agent_id).order_by(CashDeposit.recorded_at.desc())
        )
    )
    return AgentCash(
        agent_id=agent_id,
        currency=pending[0].currency if pending else "CNY",
        in_transit=sum((t.amount for t in pending), Decimal(0)),
        receipts=pending,
        deposits=deposits,
    )


@use_case
def record_deposit(
    *,
    session: Session,
    actor: Actor,
    agent_id: uuid.UUID,
    amount: Decimal,
    bank_reference: str,
    receipt_ids: list[uuid.UUID] | None = None,
    note: str | None = None,
) -> tuple[CashDeposit, bool]:
    """An officer reconciles an agent's deposit: `receipt_ids` (default: every receipt in transit) must total
    `amount` exactly. The same bank reference again returns the deposit recorded (once)."""
    if actor.role not in ("officer", "admin"):
        raise Forbidden("Only an officer reconciles an agent's deposit.")
    _agent_or_raise(session, actor, agent_id)
    seen = session.scalar(select(CashDeposit).where(CashDeposit.bank_reference == bank_reference))
    if seen is not None:
        if seen.agent_id != agent_id or seen.amount != amount:
            raise Conflict(
                "This bank reference was recorded for another deposit.",
                code="duplicate_reference",
                errors={"bank_reference": ["Already used with another agent or amount."]},
            )
        return seen, False
    pending = _undeposited(session, agent_id, lock=True)
    if receipt_ids is not None:
        by_id = {t.id: t for t in pending}
        unknown = [str(i) for i in receipt_ids if i not in by_id]
        if unknown or len(set(receipt_ids)) != len(receipt_ids):
            raise ValidationFailed(
                errors={
                    "receipts": [
                        f"Not this agent's cash in transit (or named twice): {', '.join(unknown) or 'a repeat'}."
                    ]
                }
            )
        pending = [by_id[i] for i in receipt_ids]
    if not pending:
        raise Conflict("The agent has no cash in transit.", code="nothing_in_transit")
    currencies = {t.currency for t in pending}
    total = sum((t.amount for t in pending), Decimal(0))
    if len(currencies) > 1:
        raise ValidationFailed(errors={"receipts": ["Receipts in more than one currency: deposit each apart."]})
    if amount != total:
        raise ValidationFailed(
            f"The receipts total {total}; the deposit must equal them.",
            code="deposit_mismatch",
            errors={
                "amount": [
                    f"The receipts total {total} {currencies.pop()}; name the "
                    f"receipts this deposit banks, or deposit exactly that."
                ]
            },
        )
    deposit = CashDeposit(
        agent_id=agent_id,
        currency=pending[0].currency,
        amount=amount,
        bank_reference=bank_reference,
        receipts=len(pending),
        recorded_by=actor.id,
        note=note,
    )
    session.add(deposit)
    session.flush()
    today = lender_today(session)
    for receipt in pending:
        receipt.deposit_id = deposit.id
        _postings.post(
            session,
            session.get(Loan, receipt.loan_id),
            [ledger.deposit(receipt.amount, today, f"deposit {bank_reference}")],
            receipt,
        )
    audit.record(
        session,
        actor=actor,
        action="cash.deposit",
        entity_type="agent",
        entity_id=agent_id,
        detail={
            "deposit_id": str(deposit.id),
            "amount": str(amount),
            "receipts": len(pending),
            "bank_reference": bank_reference,
        },
    )
    return deposit, True
