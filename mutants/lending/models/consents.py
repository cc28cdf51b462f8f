"""Consents a farmer gives per purpose, against a versioned text; revocable (PIPL)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.consents import ConsentPurpose
from .base import Base, Versioned, new_id, one_of, timestamp, utcnow


class Consent(Versioned, Base):
    __tablename__ = "consents"
    __table_args__ = (
        one_of("purpose", ConsentPurpose, name="purpose"),
        Index("ix_consents_farmer_purpose", "farmer_id", "purpose"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    farmer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("farmers.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(20))
    text_version: Mapped[str] = mapped_column(String(20), comment="version of the consent text the farmer saw")
    channel: Mapped[str] = mapped_column(String(10))  # a domain.actors.RequestChannel
    granted_at: Mapped[timestamp] = mapped_column(default=utcnow)
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(comment="agent who recorded it; null when self-service")
    revoked_at: Mapped[timestamp | None]
    revoked_by: Mapped[uuid.UUID | None]

    @property
    def active(self) -> bool:
        return self.revoked_at is None
