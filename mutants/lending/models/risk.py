"""Risk: the outcome of the real-time rules for each application, repayment and disbursement; the devices each
account has used; where villages are (for the agent-distance rule)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import JSON, ForeignKey, Index, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.countries import Country
from ..domain.risk import RiskCheckStatus, RiskOutcome
from .base import Base, new_id, one_of, timestamp, utcnow


class RiskCheck(Base):
    """One assessment (domain.risk.evaluate) of one event; a review or block stays open until an officer resolves it."""

    __tablename__ = "risk_checks"
    __table_args__ = (
        one_of("outcome", RiskOutcome, name="outcome"),
        one_of("status", RiskCheckStatus, name="status"),
        Index("ix_risk_checks_status_created", "status", "created_at"),
        Index("ix_risk_checks_farmer_created", "farmer_id", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    event: Mapped[str] = mapped_column(String(20), comment="application | repayment | disbursement")
    subject_id: Mapped[str] = mapped_column(String(64), comment="the application, transaction or loan assessed")
    farmer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("farmers.id"))
    actor_id: Mapped[uuid.UUID | None]
    outcome: Mapped[str] = mapped_column(String(10))
    hits: Mapped[list] = mapped_column(JSON, default=list, comment="[{rule, outcome, reason}]")
    signals: Mapped[dict] = mapped_column(default=dict, comment="what the rules saw")
    amount: Mapped[Decimal | None] = mapped_column(Numeric(19, 4))
    just_under_limit: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(
        String(10), default=RiskCheckStatus.NONE.value, comment="none (allowed) | open | cleared | confirmed"
    )
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    resolved_by: Mapped[uuid.UUID | None]
    resolved_at: Mapped[timestamp | None]
    note: Mapped[str | None] = mapped_column(String(500))


class Device(Base):
    """A device (X-Device-Id) an account has acted from."""

    __tablename__ = "devices"
    __table_args__ = (UniqueConstraint("account_id", "device_id", name="uq_devices_account_device"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    account_id: Mapped[uuid.UUID] = mapped_column(comment="farmer or staff id")
    device_id: Mapped[str] = mapped_column(String(100))
    first_seen: Mapped[timestamp] = mapped_column(default=utcnow)
    last_seen: Mapped[timestamp] = mapped_column(default=utcnow)


class Village(Base):
    """A village (township-level code) and its centre."""

    __tablename__ = "villages"
    __table_args__ = (one_of("country", Country, name="country"),)

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    latitude: Mapped[Decimal] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal] = mapped_column(Numeric(9, 6))
    country: Mapped[str] = mapped_column(String(2), default=Country.CN, server_default="CN")
