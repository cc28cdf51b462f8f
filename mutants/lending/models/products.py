"""Loan products: the bounds a decision and a loan must stay within (DESIGN.md §6)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import CheckConstraint, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.products import Amortization
from .base import Base, Versioned, amount, currency, new_id, one_of

RATE = Numeric(9, 6)  # annual rates as fractions (0.065000); penalty rates per day need the extra places


class Product(Versioned, Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("min_amount > 0 AND max_amount >= min_amount", name="amounts"),
        CheckConstraint("min_term_months >= 1 AND max_term_months >= min_term_months", name="terms"),
        CheckConstraint("min_apr >= 0 AND max_apr >= min_apr AND base_apr >= 0", name="aprs"),
        one_of("amortization", Amortization, name="amortization"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    currency: Mapped[currency]
    min_amount: Mapped[amount]
    max_amount: Mapped[amount]
    min_term_months: Mapped[int]
    max_term_months: Mapped[int]
    interest_method: Mapped[str] = mapped_column(String(12), comment="declining | flat")
    amortization: Mapped[str] = mapped_column(String(20))
    frequency: Mapped[str] = mapped_column(String(10), comment="monthly | harvest")
    min_apr: Mapped[Decimal] = mapped_column(RATE)
    max_apr: Mapped[Decimal] = mapped_column(RATE)
    base_apr: Mapped[Decimal] = mapped_column(RATE)
    origination_fee_rate: Mapped[Decimal] = mapped_column(RATE, default=Decimal(0))
    fee_mode: Mapped[str] = mapped_column(String(12), default="deducted", comment="deducted | capitalised")
    penalty_rate: Mapped[Decimal] = mapped_column(RATE, default=Decimal(0), comment="per day on overdue principal")
    grace_days: Mapped[int] = mapped_column(default=0)
    principal_grace_months: Mapped[int] = mapped_column(default=0)
    day_count: Mapped[str] = mapped_column(String(12), default="actual/365")
    active: Mapped[bool] = mapped_column(default=True)
    allows_concurrent: Mapped[bool] = mapped_column(
        default=False, comment="may be taken while another loan is open (within the farmer's remaining limit)"
    )
