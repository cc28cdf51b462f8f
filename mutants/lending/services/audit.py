"""The audit log: record events in the caller's transaction, hash-chain them at commit, verify the chain.

How an event's hash is computed (an auditor can redo it by hand):

1. Take the event's nine fields as a JSON object with exactly these keys:
   `id` (integer), `at` (UTC, ISO 8601 with microseconds and offset: "2026-11-23T08:15:30.123456+00:00"),
   `actor_id` (UUID in lowercase 8-4-4-4-12 form, or null), `actor_role`, `action`, `entity_type`,
   `entity_id` (string or null), `detail` (the stored JSON object), `prev_hash` (64 hex digits).
2. Serialise it canonically: keys sorted at every level, no whitespace (separators "," and ":"), non-ASCII
   characters written as themselves (not \\u escapes) — Python's
   `json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`.
3. `hash` = lowercase hex SHA-256 of that text encoded as UTF-8.

`prev_hash` is the `hash` of the event before it in id order; the first event's is 64 zeros (GENESIS). Editing an
event changes its hash; deleting or reordering one breaks the next event's `prev_hash`.

Events are chained when the transaction commits (a `before_commit` hook): the caller's other changes are flushed
first, then the chain is locked (PostgreSQL: a transaction-scoped advisory lock; SQLite: its single write lock),
the last event is read, and the new events are given the next ids and hashes. The lock is held only for those
inserts and the COMMIT, and it is taken after every row lock the transaction needs, so it cannot deadlock with them.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from ..canonical import canonical_json
from ..domain.actors import Actor
from ..errors import ValidationFailed
from ..models import AuditEvent
from ..models.base import utcnow
from . import pagination

GENESIS = "0" * 64
# pg_advisory_xact_lock key that serialises appends to the chain: the ASCII bytes of "audit".
CHAIN_LOCK_KEY = int.from_bytes(b"audit", "big")
_PENDING = "audit.pending_events"


# --------------------------------------------------------------------------------------------------------------
# The canonical form and the hash


def event_json(
    *,
    id: int,
    at: dt.datetime,
    actor_id: uuid.UUID | str | None,
    actor_role: str,
    action: str,
    entity_type: str,
    entity_id: str | None,
    detail: dict,
    prev_hash: str,
) -> str:
    """The text whose SHA-256 is an event's hash (see the module docstring)."""
    if at.tzinfo is None:
        raise ValueError("naive datetime; audit timestamps are UTC and aware")
    document = {
        "id": id,
        "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor_id": str(uuid.UUID(str(actor_id))) if actor_id is not None else None,
        "actor_role": actor_role,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "detail": detail,
        "prev_hash": prev_hash,
    }
    return canonical_json(document)


def event_hash(**fields) -> str:
    """Lowercase hex SHA-256 of `event_json(**fields)`."""
    return hashlib.sha256(event_json(**fields).encode("utf-8")).hexdigest()


def _fields(row) -> dict:
    """The hashed fields of an event (a model instance or a row with the same names)."""
    return {
        name: getattr(row, name)
        for name in ("id", "at", "actor_id", "actor_role", "action", "entity_type", "entity_id", "detail", "prev_hash")
    }


# --------------------------------------------------------------------------------------------------------------
# Recording


def record(
    session: Session, *, actor: Actor, action: str, entity_type: str, entity_id=None, detail: dict | None = None
) -> AuditEvent:
    """Record an event; it is written, chained, when `session` commits (and dropped if it rolls back)."""
    # Stored exactly as JSON gives it back (tuples become lists, keys strings), so the hash is reproducible.
    stored_detail = json.loads(json.dumps(detail or {}))
    audit_event = AuditEvent(
        at=utcnow(),
        actor_id=actor.id,
        actor_role=actor.role,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id) if entity_id is not None else None,
        detail=stored_detail,
    )
    if session.get_transaction() is None:
        session.begin()  # the events belong to this transaction: a rollback must drop them
    if not event.contains(session, "before_commit", _chain_pending):
        event.listen(session, "before_commit", _chain_pending)
        event.listen(session, "after_transaction_end", _drop_pending)
        event.listen(session, "after_soft_rollback", _drop_rolled_back)
    # tagged with the savepoint it was recorded in (None: the transaction itself), to go if that one rolls back
    session.info.setdefault(_PENDING, []).append((session.get_nested_transaction(), audit_event))
    return audit_event


def _drop_pending(session: Session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop(_PENDING, None)


def _within(transaction, ancestor) -> bool:
    while transaction is not None:
        if transaction is ancestor:
            return True
        transaction = transaction.parent
    return False


def _drop_rolled_back(session: Session, previous_transaction) -> None:
    """A savepoint rolled back: the events recorded in it (or in savepoints inside it) never happened."""
    if previous_transaction.nested and session.info.get(_PENDING):
        session.info[_PENDING] = [
            (tag, audit_event) for tag, audit_event in session.info[_PENDING] if not _within(tag, previous_transaction)
        ]


def _chain_pending(session: Session) -> None:
    if session.get_nested_transaction() is not None:
        return  # a savepoint commits: its events are chained when the transaction does (locks in one order)
    pending = [audit_event for _, audit_event in session.info.pop(_PENDING, [])]
    if not pending:
        return
    session.flush()  # the transaction's own changes (and row locks) first, so the chain lock is taken last
    last_id, prev_hash = _lock_chain_and_read_last(session)
    for audit_event in pending:
        last_id += 1
        audit_event.id, audit_event.prev_hash = last_id, prev_hash
        audit_event.hash = prev_hash = event_hash(**_fields(audit_event))
    session.add_all(pending)
    session.flush()


def _lock_chain_and_read_last(session: Session) -> tuple[int, str]:
    """Take the chain's lock for the rest of the transaction; the last event's (id, hash), or (0, GENESIS)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(CHAIN_LOCK_KEY)))
    else:
        # SQLite: a write statement takes the database's one write lock until COMMIT (this one changes nothing),
        # so the read below happens inside the write transaction that appends after it.
        session.execute(text("UPDATE audit_events SET id = id WHERE 0"))
    last = session.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    return (last.id, last.hash) if last is not None else (0, GENESIS)


# --------------------------------------------------------------------------------------------------------------
# Verifying


@dataclass(frozen=True)
class BrokenLink:
    event_id: int
    action: str
    entity_type: str
    entity_id: str | None
    changed: bool  # True: the event's contents no longer match its hash; False: the link to it is broken
    reason: str


@dataclass(frozen=True)
class Verification:
    checked: int  # events checked, up to and including a broken one
    last_hash: str  # the last good hash (GENESIS for an empty log)
    broken: BrokenLink | None


def count(*, session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent))


def verify(
    *, session: Session, batch_size: int = 5000, progress: Callable[[int], None] = lambda checked: None
) -> Verification:
    """Walk the chain in id order, `batch_size` events at a time; stop at the first broken link."""
    checked, previous_id, previous_hash = 0, None, GENESIS
    for batch in _batches(session, batch_size):
        for row in batch:
            checked += 1
            if row.prev_hash != previous_hash:
                return Verification(checked, previous_hash, _broken_link(row, previous_id))
            if event_hash(**_fields(row)) != row.hash:
                return Verification(
                    checked,
                    previous_hash,
                    BrokenLink(
                        row.id,
                        row.action,
                        row.entity_type,
                        row.entity_id,
                        changed=True,
                        reason="its contents were changed: they no longer hash to its stored hash",
                    ),
                )
            previous_id, previous_hash = row.id, row.hash
        progress(len(batch))
    return Verification(checked, previous_hash, None)


def _batches(session: Session, batch_size: int) -> Iterator[list]:
    """Plain rows (not ORM objects, which the session would keep), by id, one keyset page at a time."""
    columns = AuditEvent.__table__.c
    after = None
    while True:
        stmt = select(columns).order_by(columns.id).limit(batch_size)
        if after is not None:
            stmt = stmt.where(columns.id > after)
        batch = session.execute(stmt).all()
        if not batch:
            return
        yield batch
        after = batch[-1].id


def _broken_link(row, previous_id: int | None) -> BrokenLink:
    if previous_id is None:
        where = "the chain's start (64 zeros): an earlier event was deleted, or this one's prev_hash was changed"
    else:
        missing = row.id - previous_id - 1
        gap = f"; {missing} id{'s' if missing > 1 else ''} missing before it" if missing > 0 else ""
        where = (
            f"the hash of event {previous_id} before it in id order: an event was deleted, inserted or "
            f"reordered, event {previous_id} was changed and re-hashed, or this prev_hash was changed{gap}"
        )
    return BrokenLink(
        row.id,
        row.action,
        row.entity_type,
        row.entity_id,
        changed=False,
        reason=f"link broken: its prev_hash does not match {where}",
    )


# --------------------------------------------------------------------------------------------------------------
# Reading


def list_(*, session: Session, filters: dict, cursor: str | None, limit: int) -> pagination.Page:
    """Events matching `filters` (entity_type, entity_id, action), newest first, a page at a time."""
    stmt = select(AuditEvent)
    for name in ("entity_type", "entity_id", "action"):
        if filters.get(name) is not None:
            stmt = stmt.where(getattr(AuditEvent, name) == filters[name])
    if cursor:
        stmt = stmt.where(AuditEvent.id < _decode_cursor(cursor))
    rows = list(session.scalars(stmt.order_by(AuditEvent.id.desc()).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return pagination.Page(items=rows, next_cursor=_encode_cursor(rows[-1].id) if more else None)


# The chain's ids are integers in chain order, so the cursor is the last id seen (pagination.page keys on
# created_at and UUID ids, which this table does not have).
def _encode_cursor(event_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps(["audit", event_id]).encode()).decode().rstrip("=")


MAX_EVENT_ID = 2**63 - 1  # BIGINT / SQLite's INTEGER: a larger id overflows the query instead of matching none


def _decode_cursor(cursor: str) -> int:
    try:
        kind, event_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if kind != "audit" or type(event_id) is not int or not 1 <= event_id <= MAX_EVENT_ID:
            raise ValueError("not an audit cursor")
        return event_id
    except (ValueError, TypeError, json.JSONDecodeError, UnicodeDecodeError):
        raise ValidationFailed(
            "The cursor is not one this server issued.", errors={"cursor": ["Not a valid cursor."]}
        ) from None
