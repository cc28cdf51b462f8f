"""Use cases for a farmer's records (land transfers, crop sales, equipment purchases): add, list, get, verify."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import attachments, evidence
from ..domain.actors import Actor
from ..domain.refusals import Refused
from ..errors import NotFound, ValidationFailed, VersionMismatch, refused
from ..models import CropSale, EquipmentPurchase, LandTransfer
from ..models.base import utcnow
from . import _client_ids, audit, farmers, pagination
from ._client_ids import given
from .unit_of_work import use_case

KINDS: dict[str, type] = {
    "land_transfer": LandTransfer,
    "crop_sale": CropSale,
    "equipment_purchase": EquipmentPurchase,
}


@dataclass(frozen=True)
class _Entry:
    id: uuid.UUID | None = None  # the client's (captured offline)
    provenance: str | None = None  # what the recorder claims (domain.evidence); by role when absent
    evidence_ref: str | None = None
    attachment: str | None = None  # the sha256 of its photo, which may arrive later (services.attachments)


@dataclass(frozen=True, kw_only=True)
class LandTransferEntry(_Entry):
    contract_id: str
    area_mu: Decimal
    start_date: dt.date
    end_date: dt.date
    annual_rent: Decimal
    currency: str | None = None  # the farmer's market's (services.farmers.market_of) when not said
    rent_payments_on_time: int = 0
    rent_payments_late: int = 0
    registered: bool = False


@dataclass(frozen=True, kw_only=True)
class CropSaleEntry(_Entry):
    sale_date: dt.date
    crop: str
    quantity_kg: Decimal
    amount: Decimal
    currency: str | None = None  # the farmer's market's (services.farmers.market_of) when not said
    buyer_id: str | None = None
    channel: str = "cash"


@dataclass(frozen=True, kw_only=True)
class EquipmentPurchaseEntry(_Entry):
    purchase_date: dt.date
    category: str
    price: Decimal
    subsidy: Decimal = Decimal(0)
    currency: str | None = None  # the farmer's market's (services.farmers.market_of) when not said
    financed: bool = False


ENTRIES: dict[str, type[_Entry]] = {
    "land_transfer": LandTransferEntry,
    "crop_sale": CropSaleEntry,
    "equipment_purchase": EquipmentPurchaseEntry,
}


@use_case
def create(
    *,
    session: Session,
    actor: Actor,
    farmer_id: uuid.UUID,
    entry: LandTransferEntry | CropSaleEntry | EquipmentPurchaseEntry,
):
    """Add a record under a farmer the actor may see; returns (record, created). Same id + body → replay.
    Its provenance is what the actor's role may claim (domain.evidence): a farmer's own record is `declared`.
    It starts unverified: another person verifies it (`verify`)."""
    kind = next(name for name, entry_type in ENTRIES.items() if isinstance(entry, entry_type))
    model, values = KINDS[kind], given(entry)
    farmer = farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    values["currency"] = _currency_of(session, farmer, values.get("currency"))
    if "attachment" in values and not attachments.is_sha256(values["attachment"]):
        raise ValidationFailed(errors={"attachment": [attachments.NOT_A_SHA256]})
    try:
        provenance = evidence.provenance_for(
            role=actor.role, asked=values.get("provenance"), evidence_ref=values.get("evidence_ref")
        )
    except Refused as refusal:
        raise refused(refusal) from None
    values = {**values, "farmer_id": farmer_id, "provenance": provenance.value}
    values.setdefault("id", uuid.uuid4())
    earlier = _client_ids.created_before(session, model, values, visible=lambda record: record.farmer_id == farmer_id)
    if earlier is not None:
        return earlier, False
    record = model(created_by=actor.id, **values)
    session.add(record)
    audit.record(
        session,
        actor=actor,
        action=f"{kind}.create",
        entity_type=kind,
        entity_id=record.id,
        detail={"farmer_id": str(farmer_id)},
    )
    return record, True


def _currency_of(session: Session, farmer, said: str | None) -> str:
    """A record's amounts are in the farmer's market's currency (what their limit and repayments are in, and what the
    engine converts for the model): said or not, never another (422 naming currency)."""
    market = farmers.market_of(session, farmer.village_code)
    if said is not None and said != market.currency:
        raise ValidationFailed(
            errors={"currency": [f"A farmer in {market.name} has records in {market.currency}, not {said}."]}
        )
    return market.currency


def list_(
    *,
    session: Session,
    actor: Actor,
    kind: str,
    farmer_id: uuid.UUID,
    status: str | None,
    cursor: str | None,
    limit: int,
) -> pagination.Page:
    model = KINDS[kind]
    farmers.get_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    stmt = select(model).where(model.farmer_id == farmer_id)
    if status:
        stmt = stmt.where(model.verification_status == status)
    return pagination.page(session, stmt, model, cursor=cursor, limit=limit)


def get_or_raise(*, session: Session, actor: Actor, kind: str, farmer_id: uuid.UUID, record_id: uuid.UUID):
    model = KINDS[kind]
    farmers.get_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    record = session.scalar(select(model).where(model.id == record_id, model.farmer_id == farmer_id))
    if record is None:
        raise NotFound(f"No such {kind.replace('_', ' ')}.")
    return record


@use_case
def verify(
    *,
    session: Session,
    actor: Actor,
    kind: str,
    farmer_id: uuid.UUID,
    record_id: uuid.UUID,
    status: str,
    note: str | None,
    expected_version: int | None,
):
    """An agent or officer marks a record verified or rejected after checking it against evidence; never the person
    who captured it (maker-checker)."""
    record = get_or_raise(session=session, actor=actor, kind=kind, farmer_id=farmer_id, record_id=record_id)
    farmers.require_not_erased(farmers.get_or_raise(session=session, actor=actor, farmer_id=farmer_id))
    try:
        evidence.check_checker(checker_id=actor.id, maker_id=record.created_by)
    except Refused as refusal:
        raise refused(refusal) from None
    if expected_version is not None and record.version != expected_version:
        raise VersionMismatch(errors={"version": [f"You sent {expected_version}; the record is at {record.version}."]})
    record.verification_status = status
    record.verification_note = note
    record.verified_by = actor.id
    record.verified_at = utcnow()
    audit.record(
        session,
        actor=actor,
        action=f"{kind}.verify",
        entity_type=kind,
        entity_id=record.id,
        detail={"status": status, "farmer_id": str(farmer_id), "provenance": record.provenance},
    )
    return record
