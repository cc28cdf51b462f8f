"""risk: risk rule outcomes, devices and village coordinates

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

Reviewed by hand: issue #5 — (filled in with the change).
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
