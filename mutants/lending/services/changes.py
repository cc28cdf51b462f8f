"""The change log offline devices pull (issue #13; DESIGN.md §7): every farmer, record, application and loan written —
by any channel, through any use case — is logged with its farmer (whose agent pulls it) and its version, in the same
transaction as the change.

Sequence numbers are given just before the commit, under the row lock of `sync_clock`'s one row, held until the commit
ends: a transaction that took number n committed before any that took a higher one could take it, so a pull that has
seen n has seen everything below it. The cursor never passes a change still in flight, and no change is skipped while
writes happen concurrently (on SQLite one writer at a time gives the same).
"""

from __future__ import annotations

import uuid

from sqlalchemy import event, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..models import Application, CropSale, EquipmentPurchase, Farmer, LandTransfer, Loan, SyncChange, SyncClock
from ..models.base import utcnow

TRACKED: dict[type, str] = {
    Farmer: "farmer",
    LandTransfer: "land_transfer",
    CropSale: "crop_sale",
    EquipmentPurchase: "equipment_purchase",
    Application: "application",
    Loan: "loan",
}
MODELS: dict[str, type] = {name: model for model, name in TRACKED.items()}
_PENDING = "lending.changes"


def _farmer_of(entity) -> uuid.UUID | None:
    return entity.id if isinstance(entity, Farmer) else entity.farmer_id


def _collect(session: Session, flush_context) -> None:
    """After each flush: the tracked rows it inserted, updated or deleted (logged at commit)."""
    pending = session.info.setdefault(_PENDING, {})
    for entity, deleted in (
        *((e, False) for e in session.new),
        *((e, False) for e in session.dirty if session.is_modified(e, include_collections=False)),
        *((e, True) for e in session.deleted),
    ):
        kind = TRACKED.get(type(entity))
        if kind is None:
            continue
        farmer_id = _farmer_of(entity)
        if farmer_id is not None:
            pending[(kind, entity.id)] = (farmer_id, deleted)


def _write(session: Session) -> None:
    """Before the commit: one change per row touched, numbered under the clock's lock, at its version now."""
    if session.get_nested_transaction() is not None:
        return  # a savepoint commits: logged when the transaction does (the clock's lock is taken once, last)
    session.flush()  # the commit's own flush comes after this hook: what it would write is collected first
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    versions = _versions(session, pending)
    rows = []
    for (kind, entity_id), (farmer_id, deleted) in pending.items():
        version = versions.get((kind, entity_id))
        if version is None and not deleted:
            continue  # inserted in a savepoint that rolled back: nothing to log
        rows.append({"entity_type": kind, "entity_id": entity_id, "farmer_id": farmer_id, "version": version or 0,
                     "deleted": deleted or version is None})  # fmt: skip
    if not rows:
        return
    last = next_numbers(session, len(rows))
    now = utcnow()
    session.execute(
        insert(SyncChange),
        [{**row, "seq": last - len(rows) + n + 1, "changed_at": now} for n, row in enumerate(rows)],
    )


def _versions(session: Session, pending: dict) -> dict[tuple[str, uuid.UUID], int]:
    """Each pending row's version as the database has it now (absent: rolled back or deleted), one query per table
    and 500 ids."""
    by_kind: dict[str, list[uuid.UUID]] = {}
    for kind, entity_id in pending:
        by_kind.setdefault(kind, []).append(entity_id)
    versions = {}
    for kind, ids in by_kind.items():
        model = MODELS[kind]
        for start in range(0, len(ids), 500):
            for entity_id, version in session.execute(
                select(model.id, model.version).where(model.id.in_(ids[start : start + 500]))
            ):
                versions[(kind, entity_id)] = version
    return versions


def next_numbers(session: Session, count: int) -> int:
    """Take `count` sequence numbers; the last one. The clock's row stays locked until this transaction ends."""
    last = session.scalar(
        update(SyncClock)
        .where(SyncClock.id == 1)
        .values(last_seq=SyncClock.last_seq + count)
        .returning(SyncClock.last_seq)
    )
    if last is None:  # the row is gone (a test emptied the tables): put it back, once, after the log's last number
        start = session.scalar(select(func.max(SyncChange.seq))) or 0
        dialect = session.get_bind().dialect.name
        put_back = (postgresql_insert if dialect == "postgresql" else sqlite_insert)(SyncClock).values(
            id=1, last_seq=start
        )
        session.execute(put_back.on_conflict_do_nothing(index_elements=["id"]))
        return next_numbers(session, count)
    return last


def _forget(session: Session, previous_transaction) -> None:
    """The transaction rolled back: nothing it wrote is logged. A savepoint's rollback keeps the rest: what it wrote
    is gone from the tables, and the commit logs rows as they are then."""
    if previous_transaction.parent is None:
        session.info.pop(_PENDING, None)


def install() -> None:
    """Log changes from every session (idempotent)."""
    if not event.contains(Session, "after_flush", _collect):
        event.listen(Session, "after_flush", _collect)
        event.listen(Session, "before_commit", _write)
        event.listen(Session, "after_soft_rollback", _forget)
