"""risk: risk rule outcomes, devices and village coordinates

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

Reviewed by hand: issue #5 — risk_checks (one row per assessed application, repayment or disbursement; open until
an officer resolves a review or block), devices (X-Device-Id per account), villages (centres for the agent-distance
rule, loaded by `flask seed`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "risk_checks",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False, comment="application | repayment | disbursement"),
        sa.Column(
            "subject_id", sa.String(length=64), nullable=False, comment="the application, transaction or loan assessed"
        ),
        sa.Column("farmer_id", sa.Uuid(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("hits", sa.JSON(), nullable=False, comment="[{rule, outcome, reason}]"),
        sa.Column("signals", sa.JSON(), nullable=False, comment="what the rules saw"),
        sa.Column("amount", sa.Numeric(precision=19, scale=4), nullable=True),
        sa.Column("just_under_limit", sa.Boolean(), nullable=False),
        sa.Column(
            "status", sa.String(length=10), nullable=False, comment="none (allowed) | open | cleared | confirmed"
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.CheckConstraint("outcome IN ('allow', 'review', 'block')", name=op.f("ck_risk_checks_outcome")),
        sa.CheckConstraint("status IN ('none', 'open', 'cleared', 'confirmed')", name=op.f("ck_risk_checks_status")),
        sa.ForeignKeyConstraint(["farmer_id"], ["farmers.id"], name=op.f("fk_risk_checks_farmer_id_farmers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_checks")),
    )
    with op.batch_alter_table("risk_checks", schema=None) as batch_op:
        batch_op.create_index("ix_risk_checks_farmer_created", ["farmer_id", "created_at"], unique=False)
        batch_op.create_index("ix_risk_checks_status_created", ["status", "created_at"], unique=False)
    op.create_table(
        "devices",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False, comment="farmer or staff id"),
        sa.Column("device_id", sa.String(length=100), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("account_id", "device_id", name="uq_devices_account_device"),
    )
    op.create_table(
        "villages",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("latitude", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("longitude", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_villages")),
    )


def downgrade() -> None:
    op.drop_table("villages")
    op.drop_table("devices")
    with op.batch_alter_table("risk_checks", schema=None) as batch_op:
        batch_op.drop_index("ix_risk_checks_status_created")
        batch_op.drop_index("ix_risk_checks_farmer_created")
    op.drop_table("risk_checks")
