"""pii: PII encrypted at rest (national ID, phone) with blind indexes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Reviewed by hand: issue #5 — farmers.phone / national_id, agents.phone and sms_outbox.to become AES-GCM ciphertext
(String(255), lending/security/pii.py) with HMAC blind indexes (farmers.phone_index, national_id_index; agents.
phone_index unique); one-time codes keep only the phone's index. Existing rows are encrypted in place with the
configured PII_KEY (and decrypted again by the downgrade). farmers.erased_at marks an erasure on request.
"""

import sqlalchemy as sa
from alembic import op

from lending.security import pii

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# (table, key column, encrypted columns with their blind-index kind or None)
ENCRYPTED = [
    ("farmers", "id", {"phone": "phone", "national_id": "national_id"}),
    ("agents", "id", {"phone": "phone"}),
    ("sms_outbox", "id", {"to": None}),
]


def _rewrite(table: str, key: str, columns: dict, encrypt: bool) -> None:
    """Encrypt (or decrypt) every value of `columns` in place, with its blind index when encrypting."""
    keyring = pii.keyring()
    connection = op.get_bind()
    meta = sa.MetaData()
    names = [key, *columns] + ([f"{c}_index" for c, kind in columns.items() if kind] if encrypt else [])
    rows_table = sa.Table(table, meta, *(sa.Column(name) for name in names))
    for row in connection.execute(sa.select(*(rows_table.c[name] for name in [key, *columns]))).mappings().all():
        values = {}
        for column, kind in columns.items():
            value = row[column]
            if value is None:
                continue
            context = f"{table}.{column}"
            if encrypt:
                values[column] = keyring.encrypt(value, context)
                if kind:
                    values[f"{column}_index"] = keyring.blind_index(kind, value)
            else:
                values[column] = keyring.decrypt(value, context)
        if values:
            connection.execute(rows_table.update().where(rows_table.c[key] == row[key]).values(**values))


def upgrade() -> None:
    with op.batch_alter_table("farmers", schema=None) as batch_op:
        batch_op.drop_index("ix_farmers_phone")
        batch_op.drop_index("ix_farmers_national_id")
        batch_op.alter_column("phone", existing_type=sa.String(length=16), type_=sa.String(length=255))
        batch_op.alter_column("national_id", existing_type=sa.String(length=32), type_=sa.String(length=255))
        batch_op.add_column(
            sa.Column("phone_index", sa.String(length=64), nullable=True, comment="blind index (security.pii)")
        )
        batch_op.add_column(sa.Column("national_id_index", sa.String(length=64), nullable=True, comment="blind index"))
        batch_op.add_column(
            sa.Column(
                "erased_at",
                sa.DateTime(timezone=True),
                nullable=True,
                comment="personal data erased on request (services.subjects)",
            )
        )
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.drop_constraint("uq_agents_phone", type_="unique")
        batch_op.alter_column("phone", existing_type=sa.String(length=16), type_=sa.String(length=255))
        batch_op.add_column(
            sa.Column("phone_index", sa.String(length=64), nullable=True, comment="blind index (security.pii)")
        )
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.alter_column("to", existing_type=sa.String(length=16), type_=sa.String(length=255))
    for table, key, columns in ENCRYPTED:
        _rewrite(table, key, columns, encrypt=True)
    with op.batch_alter_table("farmers", schema=None) as batch_op:
        batch_op.create_index("ix_farmers_phone_index", ["phone_index"], unique=False)
        batch_op.create_index("ix_farmers_national_id_index", ["national_id_index"], unique=False)
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.alter_column(
            "phone_index",
            existing_type=sa.String(length=64),
            nullable=False,
            existing_comment="blind index (security.pii)",
        )
        batch_op.create_unique_constraint("uq_agents_phone_index", ["phone_index"])

    # one-time codes live minutes: the pending ones are dropped rather than re-keyed (borrowers ask again)
    op.execute("DELETE FROM one_time_codes")
    with op.batch_alter_table("one_time_codes", schema=None) as batch_op:
        batch_op.drop_index("ix_one_time_codes_phone_created")
        batch_op.drop_column("phone")
        batch_op.add_column(
            sa.Column(
                "phone_index",
                sa.String(length=64),
                nullable=False,
                comment="blind index of the phone; the phone is not kept",
            )
        )
        batch_op.create_index("ix_one_time_codes_phone_index_created", ["phone_index", "created_at"], unique=False)


def downgrade() -> None:
    op.execute("DELETE FROM one_time_codes")
    with op.batch_alter_table("one_time_codes", schema=None) as batch_op:
        batch_op.drop_index("ix_one_time_codes_phone_index_created")
        batch_op.drop_column("phone_index")
        batch_op.add_column(sa.Column("phone", sa.String(length=16), nullable=False))
        batch_op.create_index("ix_one_time_codes_phone_created", ["phone", "created_at"], unique=False)
    for table, key, columns in ENCRYPTED:
        _rewrite(table, key, columns, encrypt=False)
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.alter_column("to", existing_type=sa.String(length=255), type_=sa.String(length=16))
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.drop_constraint("uq_agents_phone_index", type_="unique")
        batch_op.drop_column("phone_index")
        batch_op.alter_column("phone", existing_type=sa.String(length=255), type_=sa.String(length=16))
        batch_op.create_unique_constraint("uq_agents_phone", ["phone"])
    with op.batch_alter_table("farmers", schema=None) as batch_op:
        batch_op.drop_index("ix_farmers_national_id_index")
        batch_op.drop_index("ix_farmers_phone_index")
        batch_op.drop_column("erased_at")
        batch_op.drop_column("national_id_index")
        batch_op.drop_column("phone_index")
        batch_op.alter_column("national_id", existing_type=sa.String(length=255), type_=sa.String(length=32))
        batch_op.alter_column("phone", existing_type=sa.String(length=255), type_=sa.String(length=16))
        batch_op.create_index("ix_farmers_national_id", ["national_id"], unique=False)
        batch_op.create_index("ix_farmers_phone", ["phone"], unique=False)
