"""Idempotency keys: the stored response of a money-moving call, kept for good."""

from __future__ import annotations

import uuid

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, timestamp, utcnow


class IdempotencyKey(Base):
    __tablename__ = "idempotency_keys"

    actor_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    method: Mapped[str] = mapped_column(String(10))
    path: Mapped[str] = mapped_column(String(300))
    request_hash: Mapped[str] = mapped_column(String(64), comment="sha256 of the canonical request body")
    response_status: Mapped[int | None] = mapped_column(comment="null while the first call is in flight")
    response_body: Mapped[dict | None]
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
