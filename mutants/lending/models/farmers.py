"""Farmers: the borrowers, enrolled by agents (often offline, hence client-generated UUIDs). Phone and national ID
are stored encrypted and found by their blind index (lending/security/pii.py)."""

from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, validates

from ..i18n import LANGUAGES
from ..security.pii import EncryptedString, blind_index
from .base import Base, Versioned, new_id, one_of, timestamp


class Farmer(Versioned, Base):
    __tablename__ = "farmers"
    __table_args__ = (
        one_of("language", LANGUAGES, name="language"),
        CheckConstraint("household_size IS NULL OR household_size BETWEEN 1 AND 30", name="household_size"),
        Index("ix_farmers_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    farmer_id: Mapped[str] = mapped_column(String(40), unique=True, comment="the lender's own key, e.g. F000123")
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(EncryptedString("farmers.phone"))
    # unique: one farmer per phone and per national ID (migration 0010)
    phone_index: Mapped[str | None] = mapped_column(
        String(64), index=True, unique=True, comment="blind index (security.pii)"
    )
    national_id: Mapped[str | None] = mapped_column(EncryptedString("farmers.national_id"))
    national_id_index: Mapped[str | None] = mapped_column(String(64), index=True, unique=True, comment="blind index")
    language: Mapped[str] = mapped_column(String(2), default="zh")
    village_code: Mapped[str] = mapped_column(String(12), index=True)
    birth_year: Mapped[int | None]
    household_size: Mapped[int | None]
    agent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agents.id"), index=True, comment="the agent who looks after this farmer"
    )
    created_by: Mapped[uuid.UUID | None] = mapped_column(comment="agent id, or null when self-registered")
    erased_at: Mapped[timestamp | None] = mapped_column(comment="personal data erased on request (services.subjects)")
    pin_hash: Mapped[str | None] = mapped_column(String(255), comment="argon2")  # the USSD PIN (services.pins)
    pin_wrong: Mapped[int] = mapped_column(default=0, server_default="0", comment="wrong PINs in a row")
    pin_locked_until: Mapped[timestamp | None]

    @validates("phone", "national_id")
    def _index(self, key: str, value: str | None) -> str | None:
        """Keep the blind index in step with the value (lookups and duplicate checks use the index)."""
        setattr(self, f"{key}_index", blind_index(key, value))
        return value
