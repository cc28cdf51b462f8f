"""unique_identity: one farmer per phone and per national ID, enforced by the database

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29

Reviewed by hand: issue #10, finding 13. Enrolment refuses a phone or national ID another farmer has
(services.farmers); two enrolments at the same instant could both pass that check, so the blind indexes become
unique (NULLs — erased farmers — may repeat). Existing duplicates stop the upgrade with the indexes named: an officer
must merge or erase those farmers first, the migration never picks one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COLUMNS = ("phone_index", "national_id_index")


def upgrade() -> None:
    connection = op.get_bind()
    for column in COLUMNS:
        duplicates = connection.execute(
            sa.text(
                f"SELECT {column}, COUNT(*) FROM farmers WHERE {column} IS NOT NULL GROUP BY {column} "
                f"HAVING COUNT(*) > 1"
            )
        ).all()
        if duplicates:
            raise RuntimeError(
                f"farmers.{column}: {len(duplicates)} values are on more than one farmer; merge or "
                f"erase those farmers, then upgrade again (blind indexes: "
                f"{', '.join(row[0][:12] + '…' for row in duplicates[:5])})"
            )
    with op.batch_alter_table("farmers", schema=None) as batch_op:
        for column in COLUMNS:
            batch_op.drop_index(op.f(f"ix_farmers_{column}"))
            batch_op.create_index(op.f(f"ix_farmers_{column}"), [column], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("farmers", schema=None) as batch_op:
        for column in COLUMNS:
            batch_op.drop_index(op.f(f"ix_farmers_{column}"))
            batch_op.create_index(op.f(f"ix_farmers_{column}"), [column], unique=False)
