"""Client-generated ids make creates idempotent: a retry with the same id and body gets the same record back (the
natural dedup of a create; `services.idempotency` is the key-based one for any use case)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from sqlalchemy.orm import Session

from ..errors import IdempotencyMismatch
from ._held import known_absent


def created_before(session: Session, model, values: dict, *, visible: Callable[[object], bool]):
    """The record already created with `values["id"]`, or None.

    Under that id, a different body is a 409 naming the differing fields — but only when the caller may see the
    record; otherwise the 409 says nothing about it (no probing another agent's data by guessing values).
    """
    record_id = values.get("id")
    if record_id is None or known_absent(session, model, record_id):
        return None
    record = session.get(model, record_id)
    if record is None:
        return None
    if not visible(record):
        raise IdempotencyMismatch("This id is already in use; generate a new one.")
    differing = sorted(k for k, v in values.items() if getattr(record, k) != v)
    if differing:
        raise IdempotencyMismatch(errors={"id": [f"Already used with other values for: {', '.join(differing)}."]})
    return record


def given(command) -> dict:
    """A create command's fields that were given (not None): the values a record is created from and compared with."""
    values = ((field.name, getattr(command, field.name)) for field in dataclasses.fields(command))
    return {name: value for name, value in values if value is not None}
