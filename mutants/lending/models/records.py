"""The farmer's economic trail: land-transfer contracts, crop sales and equipment purchases (DESIGN.md §5).

Each carries a verification status: what an agent or officer has checked against paper or a bank statement.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Numeric, String, exists
from sqlalchemy.orm import Mapped, column_property, declared_attr, mapped_column

from ..domain.evidence import Provenance, VerificationStatus
from .base import Base, Versioned, amount, currency, new_id, one_of, timestamp
from .sync import Attachment


class Verifiable(Versioned):
    verification_status: Mapped[str] = mapped_column(String(10), default=VerificationStatus.UNVERIFIED.value)
    verified_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"))
    verified_at: Mapped[timestamp | None]
    verification_note: Mapped[str | None] = mapped_column(String(500))
    created_by: Mapped[uuid.UUID | None]
    provenance: Mapped[str] = mapped_column(
        String(12),
        default=Provenance.DECLARED.value,
        comment="declared (by the farmer) | agent (captured) | document (backed by one) | third_party (confirmed)",
    )
    evidence_ref: Mapped[str | None] = mapped_column(String(100), comment="the document or third party's reference")
    attachment: Mapped[str | None] = mapped_column(String(64), comment="sha256 of a photo of it")  # attachments

    @declared_attr
    def attachment_received(cls) -> Mapped[bool]:
        """Whether the named attachment's bytes have arrived (a record may name one uploaded later)."""
        return column_property(exists().where(Attachment.sha256 == cls.attachment))


def _verification_check() -> CheckConstraint:
    return one_of("verification_status", VerificationStatus, name="verification_status")


def _provenance_check() -> CheckConstraint:
    return one_of("provenance", Provenance, name="provenance")


class LandTransfer(Verifiable, Base):
    """A land-transfer (土地流转) contract under which the farmer rents in land."""

    __tablename__ = "land_transfers"
    __table_args__ = (
        _verification_check(),
        _provenance_check(),
        CheckConstraint("area_mu > 0", name="area_positive"),
        CheckConstraint("end_date > start_date", name="dates_ordered"),
        Index("ix_land_transfers_farmer_created", "farmer_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    farmer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("farmers.id", ondelete="CASCADE"))
    contract_id: Mapped[str] = mapped_column(String(64))
    area_mu: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    annual_rent: Mapped[amount]
    currency: Mapped[currency] = mapped_column(default="CNY")
    rent_payments_on_time: Mapped[int] = mapped_column(default=0)
    rent_payments_late: Mapped[int] = mapped_column(default=0)
    registered: Mapped[bool] = mapped_column(default=False, comment="registered with the township land office")


class CropSale(Verifiable, Base):
    """A sale of produce (农产品销售) to a buyer: co-op, mill, trader."""

    __tablename__ = "crop_sales"
    __table_args__ = (
        _verification_check(),
        _provenance_check(),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("quantity_kg > 0", name="quantity_positive"),
        Index("ix_crop_sales_farmer_created", "farmer_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    farmer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("farmers.id", ondelete="CASCADE"))
    sale_date: Mapped[dt.date] = mapped_column(Date)
    crop: Mapped[str] = mapped_column(String(32))
    quantity_kg: Mapped[Decimal] = mapped_column(Numeric(14, 3))
    amount: Mapped[amount]
    currency: Mapped[currency] = mapped_column(default="CNY")
    buyer_id: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16), default="cash")


class EquipmentPurchase(Verifiable, Base):
    """A farm-equipment purchase (农机购置), with the state purchase subsidy it received."""

    __tablename__ = "equipment_purchases"
    __table_args__ = (
        _verification_check(),
        _provenance_check(),
        CheckConstraint("price > 0", name="price_positive"),
        CheckConstraint("subsidy >= 0 AND subsidy <= price", name="subsidy_within_price"),
        Index("ix_equipment_purchases_farmer_created", "farmer_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    farmer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("farmers.id", ondelete="CASCADE"))
    purchase_date: Mapped[dt.date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(32))
    price: Mapped[amount]
    subsidy: Mapped[amount] = mapped_column(default=Decimal("0"))
    currency: Mapped[currency] = mapped_column(default="CNY")
    financed: Mapped[bool] = mapped_column(default=False)
