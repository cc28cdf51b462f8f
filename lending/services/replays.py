"""Client-generated ids make creates idempotent: a retry with the same id and body gets the same record back."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..errors import IdempotencyMismatch


def existing(session: Session, model, values: dict):
    """The record already created with `values["id"]`, or None; a different body under that id → 409."""
    record_id = values.get("id")
    if record_id is None:
        return None
    record = session.get(model, record_id)
    if record is None:
        return None
    differing = sorted(k for k, v in values.items() if getattr(record, k) != v)
    if differing:
        raise IdempotencyMismatch(errors={"id": [f"Already used with other values for: {', '.join(differing)}."]})
    return record
