"""Consent use cases: grant (per purpose, against a text version), revoke, list."""
from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..consent_texts import TEXTS
from ..errors import NotFound, ValidationFailed
from ..models import Consent
from ..models.base import utcnow
from ..security.actors import Actor
from . import audit, farmers, replays


def grant(*, session: Session, actor: Actor, farmer_id: uuid.UUID, values: dict) -> tuple[Consent, bool]:
    """Record a consent. Granting a purpose that is already active under the same text returns that consent.
    An erased farmer gives no consent (409 `farmer_erased`)."""
    farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    if values["text_version"] not in TEXTS[values["purpose"]]:
        raise ValidationFailed(errors={"text_version": [
            f"No {values['purpose']} text has version {values['text_version']}; "
            f"the versions are {', '.join(sorted(TEXTS[values['purpose']]))}."]})
    values = {**values, "farmer_id": farmer_id}
    values.setdefault("channel", "app" if actor.role == "borrower" else "agent")
    replay = replays.existing(session, Consent, values, visible=lambda consent: consent.farmer_id == farmer_id)
    if replay is not None:
        return replay, False
    active = session.scalar(select(Consent).where(
        Consent.farmer_id == farmer_id, Consent.purpose == values["purpose"], Consent.revoked_at.is_(None)))
    if active is not None and active.text_version == values["text_version"]:
        return active, False
    if active is not None:  # a newer text supersedes the old consent
        active.revoked_at, active.revoked_by = utcnow(), actor.id
    consent = Consent(recorded_by=actor.id if actor.is_staff else None, **values)
    session.add(consent)
    audit.record(session, actor=actor, action="consent.grant", entity_type="consent", entity_id=consent.id,
                 detail={"farmer_id": str(farmer_id), "purpose": values["purpose"],
                         "text_version": values["text_version"]})
    session.commit()
    return consent, True


def revoke(*, session: Session, actor: Actor, farmer_id: uuid.UUID, consent_id: uuid.UUID) -> Consent:
    farmers.get_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    consent = session.scalar(select(Consent).where(Consent.id == consent_id, Consent.farmer_id == farmer_id))
    if consent is None:
        raise NotFound("No such consent.")
    if consent.revoked_at is not None:  # revoking twice is a retry, not an error
        return consent
    consent.revoked_at, consent.revoked_by = utcnow(), actor.id
    audit.record(session, actor=actor, action="consent.revoke", entity_type="consent", entity_id=consent.id,
                 detail={"farmer_id": str(farmer_id), "purpose": consent.purpose})
    session.commit()
    return consent


def list_(*, session: Session, actor: Actor, farmer_id: uuid.UUID, active_only: bool) -> list[Consent]:
    farmers.get_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    stmt = select(Consent).where(Consent.farmer_id == farmer_id)
    if active_only:
        stmt = stmt.where(Consent.revoked_at.is_(None))
    return list(session.scalars(stmt.order_by(Consent.granted_at, Consent.id)))


def has_active(*, session: Session, farmer_id: uuid.UUID, purpose: str) -> bool:
    return session.scalar(select(Consent.id).where(
        Consent.farmer_id == farmer_id, Consent.purpose == purpose, Consent.revoked_at.is_(None))) is not None
