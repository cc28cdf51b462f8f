"""wechat: mini-program sign-in — an openid bound to one farmer, and the sign-ins waiting to be bound

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29

Reviewed by hand: issue #14 — wechat_bindings holds one WeChat account per farmer (the farmer is the key) and one
farmer per WeChat account (the openid's blind index is unique); the openid is personal data, stored encrypted (WeChat
Pay needs it back as the payer) and found by its index. wechat_binding_requests holds a first sign-in of an openid no
farmer has yet, until a one-time code sent to the farmer's phone binds it or it expires; the binding token names its
id, so the openid never travels to the client. WeChat's session_key is stored nowhere.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wechat_bindings",
        sa.Column("farmer_id", sa.Uuid(), nullable=False, comment="one WeChat account per farmer"),
        sa.Column("openid", sa.String(length=255), nullable=False),
        sa.Column(
            "openid_index",
            sa.String(length=64),
            nullable=False,
            comment="blind index of the openid: one farmer per WeChat account",
        ),
        sa.Column("bound_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["farmer_id"],
            ["farmers.id"],
            name=op.f("fk_wechat_bindings_farmer_id_farmers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("farmer_id", name=op.f("pk_wechat_bindings")),
        sa.UniqueConstraint("openid_index", name=op.f("uq_wechat_bindings_openid_index")),
    )
    op.create_table(
        "wechat_binding_requests",
        sa.Column("id", sa.Uuid(), nullable=False, comment="the binding token's subject"),
        sa.Column("openid", sa.String(length=255), nullable=False),
        sa.Column("openid_index", sa.String(length=64), nullable=False, comment="blind index of the openid"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wechat_binding_requests")),
    )
    with op.batch_alter_table("wechat_binding_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wechat_binding_requests_openid_index"), ["openid_index"], unique=False)
        batch_op.create_index(batch_op.f("ix_wechat_binding_requests_expires_at"), ["expires_at"], unique=False)


def downgrade() -> None:
    op.drop_table("wechat_binding_requests")
    op.drop_table("wechat_bindings")
