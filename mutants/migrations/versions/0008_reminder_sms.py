"""reminder_sms: what was done about each loan event's reminder SMS

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

Reviewed by hand: issue #4 — loan_events.sms (queued | no_consent | no_phone | expired; null = not handled yet),
so that `flask cob run` sends each reminder once (services.reminders). Events raised before this revision are
marked expired: their day has passed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("loan_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "sms",
                sa.String(length=12),
                nullable=True,
                comment="reminder SMS: queued | no_consent | no_phone | expired; "
                "null = not handled yet (services.reminders)",
            )
        )
    op.execute("UPDATE loan_events SET sms = 'expired'")


def downgrade() -> None:
    with op.batch_alter_table("loan_events", schema=None) as batch_op:
        batch_op.drop_column("sms")
