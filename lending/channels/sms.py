"""SMS: messages are written to the outbox in the caller's transaction; a transport sends them afterwards.

The console transport (development, tests) logs the message and marks it sent; the Twilio transport is a later issue.
SMS_TRANSPORT names the one `flask outbox run` sends with (`transport(name)`).
"""

from __future__ import annotations

import logging
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.statuses import OutboxStatus
from ..models import OutboxMessage
from ..models.base import utcnow
from ..security import pii

log = logging.getLogger(__name__)


def enqueue(session: Session, *, to: str, body: str, purpose: str) -> OutboxMessage:
    message = OutboxMessage(to=to, body=body, purpose=purpose)
    session.add(message)
    return message


def messages_to(session: Session, phone: str) -> list[OutboxMessage]:
    """The outbox's messages to `phone`, oldest first. Recipients are encrypted with a fresh nonce each, so they are
    compared decrypted: a scan of the outbox (kept short by delivery; fine for erasure and tests)."""
    stmt = select(OutboxMessage).order_by(OutboxMessage.created_at, OutboxMessage.id)
    return [message for message in session.scalars(stmt) if message.to == phone]


class Transport(Protocol):
    def send(self, message: OutboxMessage) -> str:
        """Send one message; return the provider's id."""


class ConsoleTransport:
    def send(self, message: OutboxMessage) -> str:
        log.info("SMS to %s: %s", pii.mask(message.to), message.body)
        return f"console-{message.id.hex[:12]}"


TRANSPORTS: dict[str, type[Transport]] = {"console": ConsoleTransport}


def transport(name: str) -> Transport:
    """The transport named `name` (the SMS_TRANSPORT setting); an unknown name is a ValueError naming the known."""
    try:
        return TRANSPORTS[name]()
    except KeyError:
        raise ValueError(f"unknown SMS transport {name!r}; known: {', '.join(TRANSPORTS)}") from None


def deliver_pending(session: Session, transport: Transport, *, limit: int = 100) -> int:
    """Send pending messages oldest first; returns how many were sent."""
    stmt = select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.PENDING).order_by(OutboxMessage.created_at)
    if session.bind.dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    sent = 0
    for message in session.scalars(stmt.limit(limit)):
        message.attempts += 1
        message.provider_id = transport.send(message)
        message.status, message.sent_at = OutboxStatus.SENT, utcnow()
        sent += 1
    session.commit()
    return sent
