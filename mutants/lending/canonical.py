"""Canonical JSON, the one encoding the project hashes: a decision's inputs, an audit event, an idempotent request.

Keys sorted at every level, no whitespace (separators "," and ":"), UTF-8 text (non-ASCII kept as it is), no NaN
or infinity; floats as Python's shortest repr. Decimals, UUIDs, dates and enums are written as their strings, so a
typed command hashes as its JSON body would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import uuid
from decimal import Decimal


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} has no canonical JSON form")


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_plain)


def digest(value) -> str:
    """Hex SHA-256 of the canonical JSON of `value`."""
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()
