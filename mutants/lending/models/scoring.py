"""The model registry, applications and the decisions made on them (enough to replay each one exactly)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.statuses import ApplicationStatus
from .base import Base, Versioned, amount, currency, new_id, one_of, timestamp, utcnow
from .products import RATE


class ModelVersion(Base):
    """A trained model artifact on disk; exactly one is current (the one the API decides with)."""

    __tablename__ = "model_versions"

    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    path: Mapped[str] = mapped_column(String(500), comment="artifact directory: model.json + metadata.json")
    data_hash: Mapped[str] = mapped_column(String(64))
    metrics: Mapped[dict] = mapped_column(comment="holdout AUC, KS, Brier of champion and challenger")
    created_at: Mapped[timestamp]
    registered_at: Mapped[timestamp] = mapped_column(default=utcnow)
    promoted_at: Mapped[timestamp | None]
    is_current: Mapped[bool] = mapped_column(default=False, index=True)


class Application(Versioned, Base):
    """A loan application and where it stands: decided by the engine, or by an officer when referred."""

    __tablename__ = "applications"
    __table_args__ = (
        one_of("status", ApplicationStatus, name="status"),
        CheckConstraint("requested_amount > 0", name="requested_amount"),
        Index("ix_applications_status_submitted", "status", "submitted_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    farmer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("farmers.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    currency: Mapped[currency]
    requested_amount: Mapped[amount]
    requested_term_months: Mapped[int]
    channel: Mapped[str] = mapped_column(String(10))  # a domain.actors.RequestChannel
    submitted_by: Mapped[uuid.UUID | None] = mapped_column(comment="agent or officer; null when the farmer applied")
    submitted_at: Mapped[timestamp] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(10))
    decided_by: Mapped[str] = mapped_column(String(10), comment="engine | officer")
    # the offer (from the decision; an officer's approval keeps it)
    amount: Mapped[amount]
    credit_limit: Mapped[amount]
    apr: Mapped[Decimal] = mapped_column(RATE)
    term_months: Mapped[int]
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"), unique=True)
    reviewed_by: Mapped[uuid.UUID | None]
    reviewed_at: Mapped[timestamp | None]
    review_note: Mapped[str | None] = mapped_column(Text)


class Decision(Base):
    """What the engine decided and from what: inputs, features, PD, score, reasons, rule — replayable."""

    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_model_created", "model_version", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    application_id: Mapped[uuid.UUID] = mapped_column(index=True)
    model_version: Mapped[str] = mapped_column(ForeignKey("model_versions.version"))
    inputs_hash: Mapped[str] = mapped_column(String(64), comment="sha256 of the canonical JSON of inputs")
    inputs: Mapped[dict] = mapped_column(comment="history, as_of, request, product, facts, policy settings")
    features: Mapped[dict] = mapped_column(comment="feature values; null where missing")
    pd: Mapped[float] = mapped_column(Float)
    score: Mapped[int]
    status: Mapped[str] = mapped_column(String(10))
    rule: Mapped[str] = mapped_column(String(40), comment="the policy rule that decided")
    output: Mapped[dict] = mapped_column(comment="the decision exactly as returned")
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
