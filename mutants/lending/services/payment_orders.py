"""The payments we asked a provider for, so that its confirmation can be checked against one: a provider's
notification names our reference (WeChat Pay: out_trade_no), and only an order we started — for that loan, that
amount and currency — books a repayment.

Kept with the idempotency keys (the system actor's key "<provider>:order:<reference>", the order as its result), the
one record this needs being "this reference was asked for, with these values, once": no table of its own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ..domain.actors import SYSTEM
from ..models import IdempotencyKey
from . import idempotency


@dataclass(frozen=True)
class Order:
    provider: str
    reference: str
    loan_id: uuid.UUID
    amount: Decimal
    currency: str


def _key_name(provider: str, reference: str) -> str:
    return f"{provider}:order:{reference}"


def remember(
    session: Session, *, provider: str, reference: str, loan_id: uuid.UUID, amount: Decimal, currency: str
) -> None:
    """Record an order in the caller's unit of work (kept only if the payment was started); the same reference with
    other values → 409 idempotency_mismatch."""
    order = {"loan_id": str(loan_id), "amount": str(amount), "currency": currency}
    key = idempotency.Key.of(
        owner=SYSTEM.id, key=_key_name(provider, reference), operation="payments.order", request=order
    )
    if idempotency.claim(session, key, field="reference") is None:
        idempotency.remember(session, key, status=201, result=order)


def find(session: Session, *, provider: str, reference: str) -> Order | None:
    """The order of `reference` we started with `provider`, or None (never asked for, or not committed)."""
    if not reference or len(_key_name(provider, reference)) > 100:
        return None
    row = session.get(IdempotencyKey, (SYSTEM.id, _key_name(provider, reference)))
    if row is None or not row.response_body:
        return None
    return Order(
        provider=provider,
        reference=reference,
        loan_id=uuid.UUID(row.response_body["loan_id"]),
        amount=Decimal(row.response_body["amount"]),
        currency=row.response_body["currency"],
    )
