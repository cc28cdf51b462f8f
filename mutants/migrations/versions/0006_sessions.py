"""sessions: refresh-token families (rotation, revocation) and rate-limit counters

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Reviewed by hand: issue #5 — sign_in_sessions (one per sign-in: subject, role, revoked_at and why) and
refresh_tokens (the jti of every refresh token issued in a session, its expiry and the one time it was used; the
token itself is never stored), deleted with their session; rate_limit_counters (fixed-window counters of the
rate limiter when no Redis is configured: key, window end in Unix time, count). New tables only: nothing existing
changes, and the downgrade drops them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject", sa.Uuid(), nullable=False, comment="the agent's or farmer's id"),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.String(length=20), nullable=True, comment="logout | token_reused"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_sessions")),
    )
    with op.batch_alter_table("sign_in_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sign_in_sessions_subject"), ["subject"], unique=False)

    op.create_table(
        "refresh_tokens",
        sa.Column("token_id", sa.String(length=32), nullable=False, comment="the token's jti"),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "used_at", sa.DateTime(timezone=True), nullable=True, comment="set by the one refresh it was good for"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sign_in_sessions.id"],
            name=op.f("fk_refresh_tokens_session_id_sign_in_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_id", name=op.f("pk_refresh_tokens")),
    )
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refresh_tokens_session_id"), ["session_id"], unique=False)

    op.create_table(
        "rate_limit_counters",
        sa.Column("key", sa.String(length=255), nullable=False, comment="limit and who it counts, no PII"),
        sa.Column("expires_at", sa.Float(), nullable=False, comment="Unix time the window ends"),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_limit_counters")),
    )


def downgrade() -> None:
    op.drop_table("rate_limit_counters")
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refresh_tokens_session_id"))

    op.drop_table("refresh_tokens")
    with op.batch_alter_table("sign_in_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_in_sessions_subject"))

    op.drop_table("sign_in_sessions")
