"""audit_chain: audit log hash chain (prev_hash, hash) and the refusal of UPDATE and DELETE on it

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Reviewed by hand: issue #5 — audit_events gains prev_hash and hash (sha256 hex, 64 characters), filled in for the
existing events in id order with the canonical form of lending/services/audit.py, then made NOT NULL with unique
indexes on both (no two events can follow the same one); the append-only guard of lending/models/audit.py is
installed (PostgreSQL: a trigger function refusing UPDATE, DELETE and TRUNCATE; SQLite: RAISE(ABORT) triggers on
UPDATE and DELETE). The downgrade removes the guard, the indexes and the columns.
"""

import sqlalchemy as sa
from alembic import op

from lending.models.audit import APPEND_ONLY_GUARD
from lending.models.base import UTCDateTime
from lending.services.audit import GENESIS, event_hash

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 5000


def _chain_existing_events() -> None:
    """Give every existing event its prev_hash and hash, oldest (lowest id) first, a batch at a time."""
    connection = op.get_bind()
    events = sa.table(
        "audit_events",
        sa.column("id", sa.BigInteger()),
        sa.column("at", UTCDateTime()),
        sa.column("actor_id", sa.Uuid()),
        sa.column("actor_role", sa.String()),
        sa.column("action", sa.String()),
        sa.column("entity_type", sa.String()),
        sa.column("entity_id", sa.String()),
        sa.column("detail", sa.JSON()),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    fields = [
        events.c[name]
        for name in ("id", "at", "actor_id", "actor_role", "action", "entity_type", "entity_id", "detail")
    ]
    prev_hash, after = GENESIS, None
    while True:
        stmt = sa.select(*fields).order_by(events.c.id).limit(BATCH)
        if after is not None:
            stmt = stmt.where(events.c.id > after)
        rows = connection.execute(stmt).mappings().all()
        if not rows:
            return
        for row in rows:
            hash_ = event_hash(**row, prev_hash=prev_hash)
            connection.execute(events.update().where(events.c.id == row["id"]).values(prev_hash=prev_hash, hash=hash_))
            prev_hash = hash_
        after = rows[-1]["id"]


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "prev_hash",
                sa.String(length=64),
                nullable=True,
                comment="hash of the event before this one; 64 zeros first",
            )
        )
        batch_op.add_column(
            sa.Column(
                "hash", sa.String(length=64), nullable=True, comment="sha256 (hex) of this event's canonical JSON"
            )
        )
    _chain_existing_events()
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column(
            "prev_hash",
            existing_type=sa.String(length=64),
            nullable=False,
            existing_comment="hash of the event before this one; 64 zeros first",
        )
        batch_op.alter_column(
            "hash",
            existing_type=sa.String(length=64),
            nullable=False,
            existing_comment="sha256 (hex) of this event's canonical JSON",
        )
        batch_op.create_index("ix_audit_events_hash", ["hash"], unique=True)
        batch_op.create_index("ix_audit_events_prev_hash", ["prev_hash"], unique=True)
    # after the batch operations: on SQLite they rebuild the table, which would drop its triggers
    for statement in APPEND_ONLY_GUARD[op.get_bind().dialect.name][0]:
        op.execute(sa.text(statement))


def downgrade() -> None:
    for statement in APPEND_ONLY_GUARD[op.get_bind().dialect.name][1]:
        op.execute(sa.text(statement))
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_prev_hash")
        batch_op.drop_index("ix_audit_events_hash")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
