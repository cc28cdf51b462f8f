"""A farmer's history from the database, in the DESIGN.md §5 shape that scoring reads (the same as farmers.jsonl).

Each record carries its id, provenance and whether it is verified (scoring uses verified evidence only, DESIGN §2);
records rejected on verification are left out of the history — known to be false — and listed by `rejected`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.evidence import VerificationStatus
from ..models import CropSale, EquipmentPurchase, Farmer, LandTransfer


def _records(session: Session, model, farmer: Farmer) -> tuple[list, list]:
    """(the farmer's records of a kind that count — verified or not yet checked —, the rejected ones), oldest first:
    one query for both."""
    rows = list(session.scalars(select(model).where(model.farmer_id == farmer.id).order_by(model.created_at, model.id)))
    return (
        [r for r in rows if r.verification_status != VerificationStatus.REJECTED],
        [r for r in rows if r.verification_status == VerificationStatus.REJECTED],
    )


def _evidence(record) -> dict:
    return {
        "id": str(record.id),
        "provenance": record.provenance,
        "verified": record.verification_status == VerificationStatus.VERIFIED,
    }


def _text(value) -> str:
    """Canonical text of a stored number: 12.50 → "12.5", 13500.0000 → "13500" (the same for every backend)."""
    return format(value.normalize(), "f")


def build(*, session: Session, farmer: Farmer, as_of: dt.date) -> tuple[dict, list[dict]]:
    """The history of `farmer` as of a date — JSON-ready (strings for amounts and dates), records up to as_of — and
    the records rejected on verification ({kind, id, provenance}, for a decision's explanation)."""
    (lands, lands_rejected), (sales, sales_rejected), (machines, machines_rejected) = (
        _records(session, model, farmer) for model in (LandTransfer, CropSale, EquipmentPurchase)
    )
    rejected = [
        {"kind": kind, "id": str(record.id), "provenance": record.provenance}
        for kind, records in (
            ("land_transfers", lands_rejected),
            ("crop_sales", sales_rejected),
            ("equipment_purchases", machines_rejected),
        )
        for record in records
    ]
    return {
        "farmer_id": farmer.farmer_id,
        "as_of": as_of.isoformat(),
        "birth_year": farmer.birth_year,
        "household_size": farmer.household_size,
        "village_code": farmer.village_code,
        "land_transfers": [
            {
                "contract_id": t.contract_id,
                "area_mu": _text(t.area_mu),
                "start_date": t.start_date.isoformat(),
                "end_date": t.end_date.isoformat(),
                "annual_rent": _text(t.annual_rent),
                "rent_payments_on_time": t.rent_payments_on_time,
                "rent_payments_late": t.rent_payments_late,
                "registered": t.registered,
                **_evidence(t),
            }
            for t in lands
            if t.start_date <= as_of
        ],
        "crop_sales": [
            {
                "sale_date": s.sale_date.isoformat(),
                "crop": s.crop,
                "quantity_kg": _text(s.quantity_kg),
                "amount": _text(s.amount),
                "buyer_id": s.buyer_id,
                "channel": s.channel,
                **_evidence(s),
            }
            for s in sales
            if s.sale_date <= as_of
        ],
        "equipment_purchases": [
            {
                "purchase_date": e.purchase_date.isoformat(),
                "category": e.category,
                "price": _text(e.price),
                "subsidy": _text(e.subsidy),
                "financed": e.financed,
                **_evidence(e),
            }
            for e in machines
            if e.purchase_date <= as_of
        ],
        "loans": [],  # our own loans arrive with the loan ledger (issue #4)
    }, rejected
