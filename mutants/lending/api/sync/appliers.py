"""What each mutation type does (DESIGN.md §7): its payload read by the REST schema of the same write, then the same
use case REST calls, with the mutation's id as the idempotency key where the use case takes one. A mutation that
needs a record the server has not got yet (a crop sale before its farmer) raises `Waiting`; one whose base version is
stale raises `Stale` (merged and flagged when only descriptive fields change; held for an officer when a field bears
money or identity)."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from marshmallow import ValidationError
from sqlalchemy.orm import Session

from ...domain.actors import Actor
from ...domain.sync import MutationType
from ...errors import ValidationFailed
from ...http.problems import flatten
from ...models import Loan
from ...services import applications, farmers, loans, offline_offers, records
from ...services.changes import MODELS
from ...services.sync import Applied, Mutation, Stale, Waiting
from ..applications.schemas import ApplicationSubmitSchema
from ..farmers.schemas import FarmerCreateSchema, FarmerUpdateSchema
from ..loans.schemas import RepaymentSchema
from ..records import schemas as record_schemas

# A farmer's fields that bear money or identity: a stale base on one of them is a conflict for an officer, not a merge.
FARMER_MONEY_FIELDS = frozenset({"phone", "national_id", "village_code", "agent_id"})
RECORD_SCHEMAS = {
    "land_transfer": record_schemas.LandTransferCreateSchema,
    "crop_sale": record_schemas.CropSaleCreateSchema,
    "equipment_purchase": record_schemas.EquipmentPurchaseCreateSchema,
}


@functools.cache
def _schema(schema_class):
    """One instance per schema, reused: building one copies its fields (a push reads up to 500 payloads)."""
    return schema_class()


def _load(schema, payload: dict, *, drop: tuple[str, ...] = ()) -> dict:
    try:
        return _schema(schema).load({name: value for name, value in payload.items() if name not in drop})
    except ValidationError as error:
        raise ValidationFailed(errors={f"payload.{k}": v for k, v in flatten(error.messages).items()}) from None


def _uuid(payload: dict, name: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(payload[name]))
    except (KeyError, ValueError):
        raise ValidationFailed(errors={f"payload.{name}": ["A UUID is required."]}) from None


def _applied(entity) -> Applied:
    return Applied(entity.id, entity)  # its version is given on insert: read after the savepoint's flush


def _farmer_or_wait(session: Session, farmer_id: uuid.UUID) -> None:
    """A farmer the server has never seen is on the device's way here: wait for their create."""
    if farmers.find(session, farmer_id) is None:
        raise Waiting(farmer_id)


def _entity_id(mutation: Mutation, payload_id) -> uuid.UUID:
    entity_id = mutation.entity_id or payload_id
    if entity_id is None:
        raise ValidationFailed(errors={"entity_id": ["A create names the record it makes (client-generated)."]})
    if payload_id is not None and mutation.entity_id is not None and payload_id != mutation.entity_id:
        raise ValidationFailed(errors={"payload.id": ["Differs from entity_id."]})
    return entity_id


def farmer_create(session: Session, actor: Actor, mutation: Mutation) -> Applied:
    values = _load(FarmerCreateSchema, mutation.payload)
    values["id"] = _entity_id(mutation, values.get("id"))
    farmer, _ = farmers.create(session=session, actor=actor, command=farmers.Enrolment(**values))
    return _applied(farmer)


def farmer_update(session: Session, actor: Actor, mutation: Mutation) -> Applied:
    if mutation.entity_id is None or mutation.base_version is None:
        raise ValidationFailed(errors={"base_version": ["An update names its entity_id and the base_version read."]})
    changes = _load(FarmerUpdateSchema, mutation.payload, drop=("version",))  # the base is base_version
    _farmer_or_wait(session, mutation.entity_id)
    farmer = farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=mutation.entity_id)
    if farmer.version == mutation.base_version:
        updated = farmers.update(
            session=session, actor=actor, farmer_id=farmer.id, expected_version=farmer.version, changes=changes
        )
        return _applied(updated)
    changed = sorted(changes)
    stale = dict(
        entity_type="farmer", entity_id=farmer.id, farmer_id=farmer.id, fields=changed, server_version=farmer.version
    )
    if FARMER_MONEY_FIELDS & set(changes):
        raise Stale(**stale, money=True)
    merged = farmers.update(
        session=session, actor=actor, farmer_id=farmer.id, expected_version=farmer.version, changes=changes
    )
    raise Stale(**stale, money=False, merged=_applied(merged))


def record_create(kind: str) -> Callable[[Session, Actor, Mutation], Applied]:
    def apply(session: Session, actor: Actor, mutation: Mutation) -> Applied:
        farmer_id = _uuid(mutation.payload, "farmer_id")
        values = _load(RECORD_SCHEMAS[kind], mutation.payload, drop=("farmer_id",))
        values["id"] = _entity_id(mutation, values.get("id"))
        _farmer_or_wait(session, farmer_id)
        record, _ = records.create(
            session=session, actor=actor, farmer_id=farmer_id, entry=records.ENTRIES[kind](**values)
        )
        return _applied(record)

    return apply


def record_verify(session: Session, actor: Actor, mutation: Mutation) -> Applied:
    payload = mutation.payload
    kind = payload.get("kind")
    if kind not in RECORD_SCHEMAS:
        raise ValidationFailed(errors={"payload.kind": [f"One of {', '.join(RECORD_SCHEMAS)}."]})
    values = _load(record_schemas.VerifySchema, payload, drop=("kind", "farmer_id", "version"))
    farmer_id = _uuid(payload, "farmer_id")
    if mutation.entity_id is None:
        raise ValidationFailed(errors={"entity_id": ["The record verified."]})
    record = session.get(MODELS[kind], mutation.entity_id)
    if record is None:
        raise Waiting(mutation.entity_id)
    if mutation.base_version is not None and record.version != mutation.base_version:
        # what was checked against the paper is not what the record says now: an officer decides
        raise Stale(entity_type=kind, entity_id=record.id, farmer_id=record.farmer_id, fields=["verification_status"],
                    server_version=record.version, money=True)  # fmt: skip
    verified = records.verify(
        session=session,
        actor=actor,
        kind=kind,
        farmer_id=farmer_id,
        record_id=record.id,
        status=values["status"],
        note=values.get("note"),
        expected_version=None,
    )
    return _applied(verified)


def application_create(session: Session, actor: Actor, mutation: Mutation) -> Applied:
    values = _load(ApplicationSubmitSchema, mutation.payload)
    values["id"] = _entity_id(mutation, values.get("id"))
    _farmer_or_wait(session, values["farmer_id"])
    submitted = applications.submit(
        session=session,
        actor=actor,
        command=applications.Submission(**values),
        idempotency_key=f"sync:{mutation.id}",
    )
    return _applied(submitted.application)


def repayment_collect(session: Session, actor: Actor, mutation: Mutation) -> Applied:
    """Cash an agent collected offline: its receipt number, and the day the cash changed hands as the value date."""
    loan_id = _uuid(mutation.payload, "loan_id")
    values = _load(RepaymentSchema, mutation.payload, drop=("loan_id",))
    if session.get(Loan, loan_id) is None:
        raise ValidationFailed(errors={"payload.loan_id": ["No such loan."]})
    receipt = loans.repay(
        session=session,
        actor=actor,
        command=loans.Repayment(loan_id=loan_id, **values),
        idempotency_key=f"sync:{mutation.id}",
    )
    return Applied(receipt.transaction.id)


def offer_accept(session: Session, actor: Actor, mutation: Mutation) -> Applied:
    """A farmer accepted an offline offer the agent carried (`{offer: the token, amount, term_months}`): redeemed
    once, and an application decided on it (services.offline_offers.redeem)."""
    payload = mutation.payload
    token, amount = payload.get("offer"), payload.get("amount")
    errors = {}
    if not isinstance(token, str) or not token:
        errors["payload.offer"] = ["The offer's token is required."]
    if not isinstance(amount, str):
        errors["payload.amount"] = ['A string of digits, e.g. "5000.00".']
    if not isinstance(payload.get("term_months"), int) or isinstance(payload.get("term_months"), bool):
        errors["payload.term_months"] = ["A whole number of months."]
    if errors:
        raise ValidationFailed(errors=errors)
    try:
        value = Decimal(amount)
    except InvalidOperation:
        raise ValidationFailed(errors={"payload.amount": ['A string of digits, e.g. "5000.00".']}) from None
    submitted = offline_offers.redeem(
        session=session,
        actor=actor,
        token=token,
        amount=value,
        term_months=payload["term_months"],
        mutation_id=mutation.id,
        idempotency_key=f"sync:{mutation.id}",
        application_id=mutation.entity_id,
    )
    return _applied(submitted.application)


APPLIERS: dict[str, Callable[[Session, Actor, Mutation], Applied]] = {
    MutationType.FARMER_CREATE: farmer_create,
    MutationType.FARMER_UPDATE: farmer_update,
    MutationType.LAND_TRANSFER_CREATE: record_create("land_transfer"),
    MutationType.CROP_SALE_CREATE: record_create("crop_sale"),
    MutationType.EQUIPMENT_PURCHASE_CREATE: record_create("equipment_purchase"),
    MutationType.RECORD_VERIFY: record_verify,
    MutationType.APPLICATION_CREATE: application_create,
    MutationType.REPAYMENT_COLLECT: repayment_collect,
    MutationType.OFFER_ACCEPT: offer_accept,
}


def apply(session: Session, actor: Actor, mutation: Mutation) -> Applied:
    return APPLIERS[mutation.type](session, actor, mutation)
