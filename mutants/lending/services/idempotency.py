"""One idempotency mechanism for every channel (DESIGN.md §6): REST's `Idempotency-Key`, a USSD session and step, a
sync mutation id, a provider's event id. The key, a hash of the request and the result are stored in the same
transaction as the effect (inside the caller's unit of work), so a key is never kept for work that did not happen and
work never happens twice under one key:

- the same key and request again → the stored result (the effect is not repeated);
- the same key with another request → 409 `idempotency_mismatch`;
- the same key while the first is still being processed → 409 `idempotency_in_progress` (one wins; the other
  waits on the first one's row and then fails, so it never runs the work).
Keys are kept for good.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..canonical import digest
from ..errors import Conflict, IdempotencyMismatch
from ..models import IdempotencyKey

PATTERN = re.compile(r"^[A-Za-z0-9._:-]{8,100}$")  # what a client-chosen key may look like


@dataclass(frozen=True)
class Key:
    owner: uuid.UUID  # whose key: the actor who asked (a provider's events: the system actor)
    key: str  # the client's key, a mutation id, "<channel>:<session>:<step>", "<provider>:<event id>"
    operation: str  # what was asked, e.g. "POST /api/v1/loans/…/repayments" or "loans.repay"
    request_hash: str  # digest of the request: the same key with another request is refused

    @classmethod
    def of(cls, *, owner: uuid.UUID, key: str, operation: str, request) -> Key:
        """The key of `request`: anything canonical JSON encodes that names what was asked — REST hashes its method,
        path and body; a use case its operation and typed command."""
        return cls(owner=owner, key=key, operation=operation, request_hash=digest(request))


def for_use_case(*, actor, key: str | None, operation: str, command) -> Key | None:
    """The key a channel passes to a use case (None without one): owned by the actor, hashing operation and command."""
    if not key:
        return None
    return Key.of(owner=actor.id, key=key, operation=operation, request={"operation": operation, "command": command})


@dataclass(frozen=True)
class Stored:
    status: int
    result: dict | list | None


def claim(session: Session, key: Key | None, *, field: str = "idempotency_key") -> Stored | None:
    """The stored result of `key` (a replay), or None after claiming the key for this unit of work (or when there is
    no key: the work runs as it is). `field` names the key in a refusal, in the channel's words (REST: the
    `Idempotency-Key` header)."""
    if key is None:
        return None
    stored = session.get(IdempotencyKey, (key.owner, key.key))
    if stored is not None:
        return _replay(stored, key, field)
    session.add(
        IdempotencyKey(
            actor_id=key.owner,
            key=key.key,
            method=key.operation.split(" ")[0][:10],
            path=key.operation[:300],
            request_hash=key.request_hash,
        )
    )
    try:
        session.flush()  # waits for a concurrent request holding the same key, then fails
    except (IntegrityError, OperationalError):
        raise _in_progress() from None
    return None


def remember(session: Session, key: Key | None, *, status: int, result: dict | list | None) -> None:
    """Store the result of the work done under a claimed key (committed with the work); nothing without a key."""
    if key is None:
        return
    record = session.get(IdempotencyKey, (key.owner, key.key))
    record.response_status, record.response_body = status, result


def _replay(stored: IdempotencyKey, key: Key, field: str) -> Stored:
    if stored.request_hash != key.request_hash:
        raise IdempotencyMismatch(
            "This idempotency key was used with a different request.",
            errors={field: ["Already used with another request."]},
        )
    if stored.response_status is None:
        raise _in_progress()
    return Stored(status=stored.response_status, result=stored.response_body)


def _in_progress() -> Conflict:
    return Conflict(
        "A request with this idempotency key is being processed; retry shortly for its result.",
        code="idempotency_in_progress",
    )
