"""Record audit events in the caller's transaction."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..models import AuditEvent
from ..security.actors import Actor


def record(session: Session, *, actor: Actor, action: str, entity_type: str, entity_id=None,
           detail: dict | None = None) -> None:
    session.add(AuditEvent(actor_id=actor.id, actor_role=actor.role, action=action, entity_type=entity_type,
                           entity_id=str(entity_id) if entity_id is not None else None, detail=detail or {}))
