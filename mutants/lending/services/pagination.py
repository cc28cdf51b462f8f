"""Keyset (cursor) pagination over (created_at, id): stable under inserts, no OFFSET scans."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import Select, and_, or_
from sqlalchemy.orm import Session

from ..errors import ValidationFailed

MAX_LIMIT = 100


@dataclass
class Page:
    items: list
    next_cursor: str | None


def encode(created_at: dt.datetime, id_: uuid.UUID) -> str:
    raw = json.dumps([created_at.isoformat(), str(id_)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str) -> tuple[dt.datetime, uuid.UUID]:
    """The (created_at, id) of a cursor that `encode` made. Anything else, however well-formed its base64 and JSON
    (a number for the id, three items, an object), is a 422 naming `cursor`, never a value that reaches the query."""
    try:
        value = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(part, str) for part in value)):
            raise ValueError("not [created_at, id] as two strings")
        created_at, id_ = value
        when = dt.datetime.fromisoformat(created_at)
        if when.tzinfo is None:
            raise ValueError("naive")
        return when.astimezone(dt.UTC), uuid.UUID(id_)
    except (ValueError, OverflowError, RecursionError):  # binascii, JSON and Unicode errors are ValueErrors
        raise ValidationFailed(
            "The cursor is not one this server issued.", errors={"cursor": ["Not a valid cursor."]}
        ) from None


def page(session: Session, stmt: Select, model, *, cursor: str | None, limit: int) -> Page:
    """Rows of `stmt` (selecting `model`) after `cursor`, oldest first, at most `limit`."""
    if cursor:
        created_at, id_ = decode(cursor)
        stmt = stmt.where(or_(model.created_at > created_at, and_(model.created_at == created_at, model.id > id_)))
    rows = list(session.scalars(stmt.order_by(model.created_at, model.id).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(items=rows, next_cursor=encode(rows[-1].created_at, rows[-1].id) if more else None)
