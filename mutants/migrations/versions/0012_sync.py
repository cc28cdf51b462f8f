"""sync: offline agents' devices, pushed mutations, the change log, conflicts, redeemed offline offers, attachments

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29

Reviewed by hand: issue #13 — sync_devices (an agent's device: last push, clock offset, skew flag), sync_mutations
(each pushed mutation once: unique id and unique (device, seq), its request hash and stored answer; a mutation waiting
in the backlog keeps its payload, encrypted, until it applies or expires), sync_changes (the change log, sequenced by
the server under sync_clock's row lock so that sequence order is commit order: a pull never skips a change), sync_clock
(that one row), sync_conflicts (stale bases: merged and flagged, or held for an officer; the device's values
encrypted), offer_redemptions (an offline offer's token id, redeemed once), attachments (content-addressed files'
metadata; the bytes are in the attachment store) and each record's optional attachment. New tables and nullable
columns only: nothing existing changes, and the downgrade drops them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

RECORDS = ("land_transfers", "crop_sales", "equipment_purchases")
STATUSES = "'applied', 'duplicate', 'conflict', 'rejected', 'retry', 'waiting'"


def upgrade() -> None:
    op.create_table(
        "sync_devices",
        sa.Column("device_id", sa.String(length=100), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_push_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("clock_offset_seconds", sa.Float(), nullable=True, comment="device clock - server clock, last push"),
        sa.Column("skew_flagged", sa.Boolean(), nullable=False, comment="an offset over 10 minutes was seen"),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_devices")),
    )
    with op.batch_alter_table("sync_devices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_devices_agent_id"), ["agent_id"], unique=False)

    op.create_table(
        "sync_mutations",
        sa.Column("id", sa.Uuid(), nullable=False, comment="the device's mutation id"),
        sa.Column("device_id", sa.String(length=100), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False, comment="the device's clock"),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False, comment="the server's clock"),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("waits_for", sa.Uuid(), nullable=True, comment="the entity a waiting mutation needs"),
        sa.Column("payload", sa.Text(), nullable=True, comment="a waiting mutation's payload, encrypted"),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(f"status IN ({STATUSES})", name=op.f("ck_sync_mutations_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_mutations")),
        sa.UniqueConstraint("device_id", "seq", name="uq_sync_mutations_device_seq"),
    )
    with op.batch_alter_table("sync_mutations", schema=None) as batch_op:
        batch_op.create_index("ix_sync_mutations_waiting", ["status", "waits_for"], unique=False)

    op.create_table(
        "sync_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_clock")),
    )
    op.execute("INSERT INTO sync_clock (id, last_seq) VALUES (1, 0)")

    op.create_table(
        "sync_changes",
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("entity_type", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("farmer_id", sa.Uuid(), nullable=False, comment="whose: an agent pulls their farmers' changes"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_changes")),
    )
    with op.batch_alter_table("sync_changes", schema=None) as batch_op:
        batch_op.create_index("ix_sync_changes_farmer_seq", ["farmer_id", "seq"], unique=False)

    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("mutation_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.String(length=100), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("entity_type", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("farmer_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False, comment="the device's values, JSON, encrypted"),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('conflict', 'merged')", name=op.f("ck_sync_conflicts_kind")),
        sa.CheckConstraint("status IN ('open', 'resolved')", name=op.f("ck_sync_conflicts_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflicts_status_created", ["status", "created_at"], unique=False)

    op.create_table(
        "offer_redemptions",
        sa.Column("token_id", sa.String(length=64), nullable=False, comment="the offer's jti"),
        sa.Column("farmer_id", sa.Uuid(), nullable=False),
        sa.Column("mutation_id", sa.Uuid(), nullable=True),
        sa.Column("application_id", sa.Uuid(), nullable=True),
        sa.Column("redeemed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("token_id", name=op.f("pk_offer_redemptions")),
    )

    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("uploaded_by", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachments")),
    )
    for table in RECORDS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("attachment", sa.String(length=64), nullable=True, comment="sha256 of a photo of it")
            )
    _log_what_exists()


# What the change log starts with: every farmer, record, application and loan already there, farmers first, so a
# device pulling from the beginning gets all of its scope (later writes are logged by services.changes).
BACKFILL = (
    ("farmer", "farmers", "id"),
    ("land_transfer", "land_transfers", "farmer_id"),
    ("crop_sale", "crop_sales", "farmer_id"),
    ("equipment_purchase", "equipment_purchases", "farmer_id"),
    ("application", "applications", "farmer_id"),
    ("loan", "loans", "farmer_id"),
)


def _log_what_exists() -> None:
    connection = op.get_bind()
    changes = sa.table(
        "sync_changes",
        sa.column("seq", sa.BigInteger),
        sa.column("entity_type", sa.String),
        sa.column("entity_id", sa.Uuid),
        sa.column("farmer_id", sa.Uuid),
        sa.column("version", sa.Integer),
        sa.column("deleted", sa.Boolean),
        sa.column("changed_at", sa.DateTime(timezone=True)),
    )
    seq, now = 0, sa.func.now()
    for kind, table, farmer_column in BACKFILL:
        source = sa.table(table, sa.column("id", sa.Uuid), sa.column(farmer_column, sa.Uuid),
                          sa.column("version", sa.Integer), sa.column("created_at"))  # fmt: skip
        rows = connection.execute(
            sa.select(source.c.id, source.c[farmer_column], source.c.version).order_by(source.c.created_at, source.c.id)
        ).all()
        batch = []
        for entity_id, farmer_id, version in rows:
            seq += 1
            batch.append({"seq": seq, "entity_type": kind, "entity_id": entity_id, "farmer_id": farmer_id,
                          "version": version, "deleted": False})  # fmt: skip
        if batch:
            connection.execute(changes.insert().values(changed_at=now), batch)
    connection.execute(sa.text("UPDATE sync_clock SET last_seq = :seq WHERE id = 1"), {"seq": seq})


def downgrade() -> None:
    for table in RECORDS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("attachment")
    op.drop_table("attachments")
    op.drop_table("offer_redemptions")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflicts_status_created")
    op.drop_table("sync_conflicts")
    with op.batch_alter_table("sync_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_changes_farmer_seq")
    op.drop_table("sync_changes")
    op.drop_table("sync_clock")
    with op.batch_alter_table("sync_mutations", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_mutations_waiting")
    op.drop_table("sync_mutations")
    with op.batch_alter_table("sync_devices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_devices_agent_id"))
    op.drop_table("sync_devices")
