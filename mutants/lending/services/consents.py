"""Consent use cases: grant (per purpose, against a text version), revoke, list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.actors import Actor, own_channel
from ..errors import NotFound, ValidationFailed
from ..i18n.consents import TEXTS, current
from ..models import Consent
from ..models.base import utcnow
from . import _client_ids, audit, farmers
from ._client_ids import given
from .unit_of_work import use_case


@dataclass(frozen=True)
class Grant:
    """A farmer's consent to a purpose, under the version of its text they were shown."""

    purpose: str
    text_version: str
    id: uuid.UUID | None = None  # the client's (a retry with the same body is harmless)
    channel: str | None = None  # where it was given; by default the actor's (app or agent)


@use_case
def grant(*, session: Session, actor: Actor, farmer_id: uuid.UUID, command: Grant) -> tuple[Consent, bool]:
    """Record a consent, to the purpose's current text only (a superseded one is a 422 naming `text_version`: the
    farmer must be shown what is done now). Granting a purpose that is already active under the same text returns
    that consent. An erased farmer gives no consent (409 `farmer_erased`)."""
    farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    values = given(command)
    purpose, version = command.purpose, command.text_version
    if version not in TEXTS[purpose]:
        raise ValidationFailed(
            errors={
                "text_version": [
                    f"No {purpose} text has version {version}; the versions are {', '.join(sorted(TEXTS[purpose]))}."
                ]
            }
        )
    if version != current(purpose):
        raise ValidationFailed(
            f"The {purpose} text {version} is superseded; show the farmer the current one.",
            code="consent_text_superseded",
            errors={"text_version": [f"Superseded by {current(purpose)}; consent is given to the current text."]},
        )
    values = {**values, "farmer_id": farmer_id}
    values.setdefault("channel", own_channel(actor.role))
    earlier = _client_ids.created_before(
        session, Consent, values, visible=lambda consent: consent.farmer_id == farmer_id
    )
    if earlier is not None:
        return earlier, False
    active = session.scalar(
        select(Consent).where(
            Consent.farmer_id == farmer_id, Consent.purpose == values["purpose"], Consent.revoked_at.is_(None)
        )
    )
    if active is not None and active.text_version == values["text_version"]:
        return active, False
    if active is not None:  # a newer text supersedes the old consent
        active.revoked_at, active.revoked_by = utcnow(), actor.id
    consent = Consent(recorded_by=actor.id if actor.is_staff else None, **values)
    session.add(consent)
    audit.record(
        session,
        actor=actor,
        action="consent.grant",
        entity_type="consent",
        entity_id=consent.id,
        detail={"farmer_id": str(farmer_id), "purpose": values["purpose"], "text_version": values["text_version"]},
    )
    return consent, True


@use_case
def revoke(*, session: Session, actor: Actor, farmer_id: uuid.UUID, consent_id: uuid.UUID) -> Consent:
    farmers.get_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    consent = session.scalar(select(Consent).where(Consent.id == consent_id, Consent.farmer_id == farmer_id))
    if consent is None:
        raise NotFound("No such consent.")
    if consent.revoked_at is not None:  # revoking twice is a retry, not an error
        return consent
    consent.revoked_at, consent.revoked_by = utcnow(), actor.id
    audit.record(
        session,
        actor=actor,
        action="consent.revoke",
        entity_type="consent",
        entity_id=consent.id,
        detail={"farmer_id": str(farmer_id), "purpose": consent.purpose},
    )
    return consent


def list_(*, session: Session, actor: Actor, farmer_id: uuid.UUID, active_only: bool) -> list[Consent]:
    farmers.get_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    stmt = select(Consent).where(Consent.farmer_id == farmer_id)
    if active_only:
        stmt = stmt.where(Consent.revoked_at.is_(None))
    return list(session.scalars(stmt.order_by(Consent.granted_at, Consent.id)))


def has_active(*, session: Session, farmer_id: uuid.UUID, purpose: str) -> bool:
    """Whether the farmer consents to `purpose` as its current text describes it: an active consent to a superseded
    text does not count. A text gets a new version because what is done changed (credit scoring 2026-11 also reads
    the farmer's repayments with us and offers a human review of automated decisions); consent covers what the
    farmer was told (PIPL art. 14: informed, specific), so processing as the new text describes waits for their
    consent to it — until then, e.g., an application is refused as without consent."""
    return (
        session.scalar(
            select(Consent.id).where(
                Consent.farmer_id == farmer_id,
                Consent.purpose == purpose,
                Consent.text_version == current(purpose),
                Consent.revoked_at.is_(None),
            )
        )
        is not None
    )
