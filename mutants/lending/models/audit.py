"""Audit events: who did what to which record, when — append-only and hash-chained.

Each event carries `prev_hash` (the `hash` of the event before it; 64 zeros for the first) and its own `hash`; how
the hash is computed is in lending/services/audit.py. Unique indexes on both make a fork (two events after the same
predecessor) impossible in the database itself. UPDATE, DELETE and TRUNCATE are refused by the append-only guard
below, which migration 0004 installs.
"""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, timestamp, utcnow


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_entity", "entity_type", "entity_id"),
        Index("ix_audit_events_hash", "hash", unique=True),
        Index("ix_audit_events_prev_hash", "prev_hash", unique=True),
    )

    # BIGINT on PostgreSQL; INTEGER on SQLite so that it is the rowid. New events get the chain's last id + 1.
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[timestamp] = mapped_column(default=utcnow)
    actor_id: Mapped[uuid.UUID | None]
    actor_role: Mapped[str] = mapped_column(String(10))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), comment="hash of the event before this one; 64 zeros first")
    hash: Mapped[str] = mapped_column(String(64), comment="sha256 (hex) of this event's canonical JSON")


# The append-only guard, per dialect: (statements that install it, statements that remove it). One copy, used by
# migration 0004 and by the test suite, which lifts it for a moment to empty the table between tests.
_REFUSE = "audit_events is append-only"
APPEND_ONLY_GUARD: dict[str, tuple[list[str], list[str]]] = {
    "postgresql": (
        [
            (
                "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"RAISE EXCEPTION USING MESSAGE = '{_REFUSE}: ' || TG_OP || ' refused', "
                "ERRCODE = 'insufficient_privilege'; END $$"
            ),
            # FOR EACH STATEMENT: refused even when no row matches, and TRUNCATE (which has no rows) too.
            (
                "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events "
                "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()"
            ),
        ],
        [
            "DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events",
            "DROP FUNCTION IF EXISTS audit_events_append_only()",
        ],
    ),
    "sqlite": (
        [
            (
                "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
                f"BEGIN SELECT RAISE(ABORT, '{_REFUSE}: UPDATE refused'); END"
            ),
            (
                "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
                f"BEGIN SELECT RAISE(ABORT, '{_REFUSE}: DELETE refused'); END"
            ),
        ],
        ["DROP TRIGGER IF EXISTS audit_events_no_update", "DROP TRIGGER IF EXISTS audit_events_no_delete"],
    ),
}
