"""Sign-in codes and the SMS outbox (a transactional outbox: written in the caller's transaction, sent after)."""

from __future__ import annotations

import uuid

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.statuses import DeliveryStatus, OutboxStatus
from ..security.pii import EncryptedString
from .base import Base, new_id, one_of, timestamp, utcnow


class OneTimeCode(Base):
    """A one-time sign-in code sent by SMS; only its hash is kept."""

    __tablename__ = "one_time_codes"
    __table_args__ = (Index("ix_one_time_codes_phone_index_created", "phone_index", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    phone_index: Mapped[str] = mapped_column(String(64), comment="blind index of the phone; the phone is not kept")
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    expires_at: Mapped[timestamp]
    tries: Mapped[int] = mapped_column(default=0)
    used_at: Mapped[timestamp | None]


class OutboxMessage(Base):
    __tablename__ = "sms_outbox"
    __table_args__ = (
        Index("ix_sms_outbox_status_created", "status", "created_at"),
        Index("ix_sms_outbox_provider_id", "provider_id", unique=True),
        one_of("status", OutboxStatus, name="status"),
        one_of("delivery_status", DeliveryStatus, name="delivery_status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    to: Mapped[str] = mapped_column(EncryptedString("sms_outbox.to"))
    body: Mapped[str] = mapped_column(String(1600))
    purpose: Mapped[str] = mapped_column(String(20), comment="sign_in, reminder, receipt, ...")
    status: Mapped[str] = mapped_column(String(10), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    sent_at: Mapped[timestamp | None]
    provider_id: Mapped[str | None] = mapped_column(String(64))
    provider: Mapped[str | None] = mapped_column(String(20), comment="the transport that sent it: console, twilio")
    next_attempt_at: Mapped[timestamp | None] = mapped_column(comment="not before: backoff after a failed try")
    claimed_at: Mapped[timestamp | None] = mapped_column(comment="when a worker took it to send (status sending)")
    last_error: Mapped[str | None] = mapped_column(String(500))
    encoding: Mapped[str | None] = mapped_column(String(5), comment="GSM-7 or UCS-2")
    segments: Mapped[int | None] = mapped_column(comment="SMS parts, counted before sending")
    delivery_status: Mapped[str | None] = mapped_column(String(12), comment="the provider's, from its callbacks")
    delivery_updated_at: Mapped[timestamp | None]


class SmsOptOut(Base):
    """A phone that answered STOP: no message that is not essential goes to it until it answers START. Kept by the
    blind index of the phone (any sender may opt out, farmer or not); the phone itself is not kept."""

    __tablename__ = "sms_opt_outs"

    phone_index: Mapped[str] = mapped_column(String(64), primary_key=True, comment="blind index (security.pii)")
    opted_out_at: Mapped[timestamp]
