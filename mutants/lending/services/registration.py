"""A farmer registering themself, from a feature phone (issue #12): enrolment as an agent's or the REST create does it
(the same validation, duplicates found by blind index), the consent to credit scoring they were shown, and their PIN
— all in one unit of work, so no farmer is left without a PIN or a consent. The farmer is the actor: a borrower
whose id is the one the channel chose for them at the start (a retry with it returns the farmer it made)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..channels import sms
from ..domain.actors import Actor, RequestChannel, Role
from ..domain.consents import ConsentPurpose
from ..i18n.consents import current
from ..models import Farmer, Village
from ..security.pii import blind_index
from . import audit, consents, farmers, idempotency, pins
from .unit_of_work import use_case


def farmer_of_phone(session: Session, phone: str) -> Farmer | None:
    """The farmer enrolled with `phone` (found by its blind index), unless erased."""
    return session.scalar(
        select(Farmer).where(Farmer.phone_index == blind_index("phone", phone), Farmer.erased_at.is_(None))
    )


def as_borrower(farmer_id: uuid.UUID) -> Actor:
    """The farmer acting for themself (a channel that knows them by their phone and PIN)."""
    return Actor(id=farmer_id, role=Role.BORROWER)


@dataclass(frozen=True)
class Registration:
    id: uuid.UUID  # the farmer's, chosen by the channel when registration starts
    name: str
    phone: str
    national_id: str
    village_code: str
    language: str
    pin: str
    birth_year: int | None = None
    channel: str = RequestChannel.USSD


@use_case
def register(*, session: Session, command: Registration, idempotency_key: str | None = None) -> Farmer:
    """Enrol the farmer, record their consent to credit scoring (the current text) and set their PIN; queue an SMS
    with the full consent text in their language. The same `idempotency_key` and command again returns the farmer."""
    actor = as_borrower(command.id)
    hashed = replace(command, pin=blind_index("pin", command.pin))  # a four-digit PIN's plain hash would give it away
    key = idempotency.for_use_case(actor=actor, key=idempotency_key, operation="registration.register", command=hashed)
    stored = idempotency.claim(session, key)
    if stored is not None:
        return session.get(Farmer, uuid.UUID(stored.result["farmer_id"]))
    farmer, _ = farmers.create(
        session=session,
        actor=actor,
        command=farmers.Enrolment(
            id=command.id,
            name=command.name,
            village_code=command.village_code,
            phone=command.phone,
            national_id=command.national_id,
            language=command.language,
            birth_year=command.birth_year,
        ),
    )
    purpose = ConsentPurpose.CREDIT_SCORING
    consents.grant(
        session=session,
        actor=actor,
        farmer_id=farmer.id,
        command=consents.Grant(purpose=purpose, text_version=current(purpose), channel=command.channel),
    )
    pins.set_pin(session=session, actor=actor, farmer_id=farmer.id, pin=command.pin)
    sms.enqueue(
        session,
        to=command.phone,
        body=i18n.text(f"consent.{purpose}.{current(purpose)}", command.language),
        purpose="consent",
    )
    audit.record(
        session,
        actor=actor,
        action="farmer.register",
        entity_type="farmer",
        entity_id=farmer.id,
        detail={"channel": command.channel},
    )
    idempotency.remember(session, key, status=201, result={"farmer_id": str(farmer.id)})
    return farmer


def village(session: Session, code: str) -> Village | None:
    """The village with this code (where a farmer registers), or None."""
    return session.get(Village, code)


def identity_taken(session: Session, name: str, value: str) -> bool:
    """Whether another farmer is enrolled with this phone or national ID (found by blind index): asked early, so a
    registration is told at the screen where it was typed, not after the PIN."""
    column = getattr(Farmer, f"{name}_index")
    return session.scalar(select(Farmer.id).where(column == blind_index(name, value)).limit(1)) is not None
