"""A farmer's USSD PIN (issue #12; the rules are domain.pins): set it, check it, change it. Three wrong PINs in a row
lock it for 30 minutes — on the farmer's record, so a new session does not start the count again — and queue an SMS
to the farmer, who learns someone may be trying their phone. The PIN is kept keyed and argon2-hashed
(security.passwords.hash_pin), never in the clear."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from .. import i18n
from ..channels import sms
from ..domain import pins
from ..domain.actors import Actor
from ..domain.countries import normalise_id
from ..domain.refusals import Refused
from ..errors import Conflict, refused
from ..models import Farmer
from ..models.base import utcnow
from ..security.passwords import hash_pin, verify_pin
from ..security.pii import blind_index
from . import audit, farmers, idempotency
from .unit_of_work import use_case


@dataclass(frozen=True)
class PinCheck:
    right: bool
    tries_left: int  # before the lock; 0 once locked
    locked_until: dt.datetime | None  # set when this wrong PIN locked it


def _tries(farmer: Farmer) -> pins.Tries:
    return pins.Tries(wrong=farmer.pin_wrong, locked_until=farmer.pin_locked_until)


def locked_until(farmer: Farmer, now: dt.datetime | None = None) -> dt.datetime | None:
    """When the farmer's PIN unlocks, while it is locked; None otherwise."""
    tries = _tries(farmer)
    return tries.locked_until if tries.locked(now or utcnow()) else None


def _require_unlocked(farmer: Farmer, now: dt.datetime) -> None:
    try:
        pins.check_unlocked(_tries(farmer), now)
    except Refused as refusal:
        raise refused(refusal) from None


@use_case
def set_pin(*, session: Session, actor: Actor, farmer_id: uuid.UUID, pin: str) -> Farmer:
    """Set the farmer's PIN (at registration; a change checks the current one first: `change`). A trivial PIN is
    refused (422 naming `pin`, code pin_format or pin_trivial)."""
    farmer = farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=farmer_id, lock=True)
    try:
        pins.check_new(pin, birth_year=farmer.birth_year)
    except Refused as refusal:
        raise refused(refusal) from None
    first = farmer.pin_hash is None
    farmer.pin_hash, farmer.pin_wrong, farmer.pin_locked_until = hash_pin(pin), 0, None
    audit.record(
        session,
        actor=actor,
        action="farmer.pin_set" if first else "farmer.pin_change",
        entity_type="farmer",
        entity_id=farmer.id,
    )
    return farmer


@use_case
def check(*, session: Session, actor: Actor, farmer_id: uuid.UUID, pin: str) -> PinCheck:
    """Whether `pin` is the farmer's. While locked every PIN is refused, the right one too (403 `pin_locked`). The
    third wrong PIN in a row locks it, queues an SMS to the farmer in their language and is audited."""
    farmer = farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=farmer_id, lock=True)
    now = utcnow()
    _require_unlocked(farmer, now)
    if farmer.pin_hash is not None and verify_pin(farmer.pin_hash, pin):
        after = _tries(farmer).after_right()
        farmer.pin_wrong, farmer.pin_locked_until = after.wrong, after.locked_until
        return PinCheck(right=True, tries_left=pins.MAX_TRIES, locked_until=None)
    return _wrong_try(session, actor, farmer, now)


def _wrong_try(session: Session, actor: Actor, farmer: Farmer, now: dt.datetime) -> PinCheck:
    """One more wrong try: the MAX_TRIES-th in a row locks the PIN, queues an SMS to the farmer and is audited."""
    after = _tries(farmer).after_wrong(now)
    farmer.pin_wrong, farmer.pin_locked_until = after.wrong, after.locked_until
    if not after.locked(now):
        return PinCheck(right=False, tries_left=pins.MAX_TRIES - after.wrong, locked_until=None)
    minutes = int(pins.LOCK / dt.timedelta(minutes=1))
    if farmer.phone:
        sms.enqueue(
            session,
            to=farmer.phone,
            body=i18n.text("ussd.sms.pin_locked", farmer.language, tries=pins.MAX_TRIES, minutes=minutes),
            purpose="pin_locked",
        )
    audit.record(
        session,
        actor=actor,
        action="farmer.pin_locked",
        entity_type="farmer",
        entity_id=farmer.id,
        detail={"until": after.locked_until.isoformat(), "tries": pins.MAX_TRIES},
    )
    return PinCheck(right=False, tries_left=0, locked_until=after.locked_until)


@use_case
def change(
    *,
    session: Session,
    actor: Actor,
    farmer_id: uuid.UUID,
    current: str,
    new: str,
    idempotency_key: str | None = None,
) -> PinCheck:
    """Change the PIN once the current one is checked: a wrong one counts towards the lock like any other (and is
    kept — nothing is raised, so the try is not rolled back) and changes nothing. A trivial new PIN is a 422. The
    same `idempotency_key` and command again returns the first answer (a retry never checks the old PIN against the
    new one, which would count as a wrong try)."""
    key = idempotency.for_use_case(
        actor=actor,
        key=idempotency_key,
        operation="pins.change",
        command={"current": blind_index("pin", current), "new": blind_index("pin", new)},  # never a bare PIN's hash
    )
    stored = idempotency.claim(session, key)
    if stored is not None:
        return PinCheck(right=stored.result["right"], tries_left=stored.result["tries_left"], locked_until=None)
    result = check(session=session, actor=actor, farmer_id=farmer_id, pin=current)
    if result.right:
        set_pin(session=session, actor=actor, farmer_id=farmer_id, pin=new)
    idempotency.remember(session, key, status=200, result={"right": result.right, "tries_left": result.tries_left})
    return result


@use_case
def first_pin(
    *,
    session: Session,
    actor: Actor,
    farmer_id: uuid.UUID,
    national_id: str,
    pin: str,
    idempotency_key: str | None = None,
) -> PinCheck:
    """A farmer an agent enrolled chooses their first PIN, proving who they are with their national ID number (the
    phone alone is not enough: it may be in other hands). A wrong ID counts towards the lock as a wrong PIN does; a
    farmer who has a PIN changes it instead (409 `pin_already_set`), one without a national ID on record sees their
    agent (409 `national_id_missing`)."""
    key = idempotency.for_use_case(
        actor=actor,
        key=idempotency_key,
        operation="pins.first_pin",
        command={"national_id": blind_index("national_id", national_id), "pin": blind_index("pin", pin)},
    )
    stored = idempotency.claim(session, key)
    if stored is not None:
        return PinCheck(right=stored.result["right"], tries_left=stored.result["tries_left"], locked_until=None)
    farmer = farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=farmer_id, lock=True)
    now = utcnow()
    _require_unlocked(farmer, now)
    if farmer.pin_hash is not None:
        raise Conflict("A PIN is set; change it with the current one.", code="pin_already_set")
    if farmer.national_id_index is None:
        raise Conflict("No national ID is on record to prove who you are; see your agent.", code="national_id_missing")
    if blind_index("national_id", normalise_id(national_id)) == farmer.national_id_index:
        set_pin(session=session, actor=actor, farmer_id=farmer.id, pin=pin)
        result = PinCheck(right=True, tries_left=pins.MAX_TRIES, locked_until=None)
    else:
        result = _wrong_try(session, actor, farmer, now)
    idempotency.remember(session, key, status=200, result={"right": result.right, "tries_left": result.tries_left})
    return result
