"""sms: the outbox sends through a provider (Twilio) with retries, delivery status and segments; STOP opt-outs

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29

Reviewed by hand: issue #14 — sms_outbox gains what a real provider needs: the transport that sent a message, when it
may be tried again (backoff), when a worker claimed it (a message left `sending` by a crash is looked up at the
provider, not sent again), the last error, its encoding and segment count (counted before sending), and the
provider's delivery status from its callbacks (the provider's id is unique: a callback finds one message). Its status
is now one of pending, sending, sent, failed, suppressed (a CHECK); existing rows are pending or sent. sms_opt_outs
holds the phones (by blind index) that answered STOP.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

STATUSES = "'pending', 'sending', 'sent', 'failed', 'suppressed'"
DELIVERY = "'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed'"


def upgrade() -> None:
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "provider", sa.String(length=20), nullable=True, comment="the transport that sent it: console, twilio"
            )
        )
        batch_op.add_column(
            sa.Column(
                "next_attempt_at",
                sa.DateTime(timezone=True),
                nullable=True,
                comment="not before: backoff after a failed try",
            )
        )
        batch_op.add_column(
            sa.Column(
                "claimed_at",
                sa.DateTime(timezone=True),
                nullable=True,
                comment="when a worker took it to send (status sending)",
            )
        )
        batch_op.add_column(sa.Column("last_error", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("encoding", sa.String(length=5), nullable=True, comment="GSM-7 or UCS-2"))
        batch_op.add_column(
            sa.Column("segments", sa.Integer(), nullable=True, comment="SMS parts, counted before sending")
        )
        batch_op.add_column(
            sa.Column(
                "delivery_status", sa.String(length=12), nullable=True, comment="the provider's, from its callbacks"
            )
        )
        batch_op.add_column(sa.Column("delivery_updated_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_sms_outbox_provider_id", ["provider_id"], unique=True)
        batch_op.create_check_constraint(op.f("ck_sms_outbox_status"), f"status IN ({STATUSES})")
        batch_op.create_check_constraint(op.f("ck_sms_outbox_delivery_status"), f"delivery_status IN ({DELIVERY})")
    op.create_table(
        "sms_opt_outs",
        sa.Column("phone_index", sa.String(length=64), nullable=False, comment="blind index (security.pii)"),
        sa.Column("opted_out_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("phone_index", name=op.f("pk_sms_opt_outs")),
    )


def downgrade() -> None:
    op.drop_table("sms_opt_outs")
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_sms_outbox_delivery_status"), type_="check")
        batch_op.drop_constraint(op.f("ck_sms_outbox_status"), type_="check")
        batch_op.drop_index("ix_sms_outbox_provider_id")
        for column in ("delivery_updated_at", "delivery_status", "segments", "encoding", "last_error", "claimed_at",
                       "next_attempt_at", "provider"):  # fmt: skip
            batch_op.drop_column(column)
