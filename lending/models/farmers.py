"""Farmers: the borrowers, enrolled by agents (often offline, hence client-generated UUIDs)."""
from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned, new_id

LANGUAGES = ("zh", "en", "sw")


class Farmer(Versioned, Base):
    __tablename__ = "farmers"
    __table_args__ = (
        CheckConstraint("language IN ('zh', 'en', 'sw')", name="language"),
        CheckConstraint("household_size IS NULL OR household_size BETWEEN 1 AND 30", name="household_size"),
        Index("ix_farmers_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    farmer_id: Mapped[str] = mapped_column(String(40), unique=True, comment="the lender's own key, e.g. F000123")
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(16), index=True)
    national_id: Mapped[str | None] = mapped_column(String(32), index=True)
    language: Mapped[str] = mapped_column(String(2), default="zh")
    village_code: Mapped[str] = mapped_column(String(12), index=True)
    birth_year: Mapped[int | None]
    household_size: Mapped[int | None]
    agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), index=True,
                                                       comment="the agent who looks after this farmer")
    created_by: Mapped[uuid.UUID | None] = mapped_column(comment="agent id, or null when self-registered")
