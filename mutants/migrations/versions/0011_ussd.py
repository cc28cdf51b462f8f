"""ussd: USSD sessions, the farmer's PIN, and the country of a village

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29

Reviewed by hand: issue #12 — ussd_sessions (one row per gateway session: where the farmer is in the menus, what they
typed, the last reply for a gateway's retry; the whole state encrypted like other PII, found by gateway and session
id, and for a resume by the blind index of the phone; rows expire), farmers.pin_hash (argon2), pin_wrong and
pin_locked_until (three wrong PINs lock for 30 minutes, across sessions), villages.country (the market a village is
in: it decides a farmer's identity document, phone code, currency and first language; existing villages are Chinese).
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ussd_sessions",
        sa.Column("key", sa.String(length=160), nullable=False, comment="gateway:session id"),
        sa.Column("phone_index", sa.String(length=64), nullable=False, comment="blind index (security.pii)"),
        sa.Column("data", sa.Text(), nullable=False, comment="the conversation, JSON, encrypted"),
        sa.Column("dropped", sa.Boolean(), nullable=False, comment="left mid-flow: may be resumed"),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_ussd_sessions")),
    )
    with op.batch_alter_table("ussd_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ussd_sessions_phone_index"), ["phone_index"], unique=False)
        batch_op.create_index(batch_op.f("ix_ussd_sessions_expires_at"), ["expires_at"], unique=False)
    with op.batch_alter_table("farmers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_hash", sa.String(length=255), nullable=True, comment="argon2"))
        batch_op.add_column(
            sa.Column("pin_wrong", sa.Integer(), server_default="0", nullable=False, comment="wrong PINs in a row")
        )
        batch_op.add_column(sa.Column("pin_locked_until", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("villages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=2), server_default="CN", nullable=False))
        batch_op.create_check_constraint(batch_op.f("ck_villages_country"), "country IN ('CN', 'KE', 'GH')")


def downgrade() -> None:
    with op.batch_alter_table("villages", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_villages_country"), type_="check")
        batch_op.drop_column("country")
    with op.batch_alter_table("farmers", schema=None) as batch_op:
        batch_op.drop_column("pin_locked_until")
        batch_op.drop_column("pin_wrong")
        batch_op.drop_column("pin_hash")
    with op.batch_alter_table("ussd_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ussd_sessions_expires_at"))
        batch_op.drop_index(batch_op.f("ix_ussd_sessions_phone_index"))
    op.drop_table("ussd_sessions")
