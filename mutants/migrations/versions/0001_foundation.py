"""foundation: staff, farmers, records, consents, audit, idempotency, messaging

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Reviewed by hand: every table of issue #2, constraints named by the naming convention in lending/models/base.py.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("phone", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('agent', 'officer', 'admin')", name=op.f("ck_agents_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agents")),
        sa.UniqueConstraint("phone", name=op.f("uq_agents_phone")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("actor_role", sa.String(length=10), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_entity", ["entity_type", "entity_id"], unique=False)

    op.create_table(
        "idempotency_keys",
        sa.Column("actor_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("path", sa.String(length=300), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False, comment="sha256 of the canonical request body"),
        sa.Column("response_status", sa.Integer(), nullable=True, comment="null while the first call is in flight"),
        sa.Column("response_body", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("actor_id", "key", name=op.f("pk_idempotency_keys")),
    )
    op.create_table(
        "one_time_codes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("phone", sa.String(length=16), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_time_codes")),
    )
    with op.batch_alter_table("one_time_codes", schema=None) as batch_op:
        batch_op.create_index("ix_one_time_codes_phone_created", ["phone", "created_at"], unique=False)

    op.create_table(
        "sms_outbox",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("to", sa.String(length=16), nullable=False),
        sa.Column("body", sa.String(length=1600), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False, comment="sign_in, reminder, receipt, ..."),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("provider_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_outbox")),
    )
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sms_outbox_status_created", ["status", "created_at"], unique=False)

    op.create_table(
        "agent_villages",
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agents.id"], name=op.f("fk_agent_villages_agent_id_agents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("agent_id", "village_code", name=op.f("pk_agent_villages")),
    )
    with op.batch_alter_table("agent_villages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agent_villages_village_code"), ["village_code"], unique=False)

    op.create_table(
        "farmers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("farmer_id", sa.String(length=40), nullable=False, comment="the lender's own key, e.g. F000123"),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=16), nullable=True),
        sa.Column("national_id", sa.String(length=32), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("village_code", sa.String(length=12), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("household_size", sa.Integer(), nullable=True),
        sa.Column("agent_id", sa.Uuid(), nullable=True, comment="the agent who looks after this farmer"),
        sa.Column("created_by", sa.Uuid(), nullable=True, comment="agent id, or null when self-registered"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("language IN ('zh', 'en', 'sw')", name=op.f("ck_farmers_language")),
        sa.CheckConstraint(
            "household_size IS NULL OR household_size BETWEEN 1 AND 30", name=op.f("ck_farmers_household_size")
        ),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_farmers_agent_id_agents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_farmers")),
        sa.UniqueConstraint("farmer_id", name=op.f("uq_farmers_farmer_id")),
    )
    with op.batch_alter_table("farmers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_farmers_agent_id"), ["agent_id"], unique=False)
        batch_op.create_index("ix_farmers_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_farmers_national_id"), ["national_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_farmers_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_farmers_village_code"), ["village_code"], unique=False)

    op.create_table(
        "consents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("farmer_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column(
            "text_version", sa.String(length=20), nullable=False, comment="version of the consent text the farmer saw"
        ),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True, comment="agent who recorded it; null when self-service"),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "purpose IN ('credit_scoring', 'external_data', 'service_sms', 'marketing')",
            name=op.f("ck_consents_purpose"),
        ),
        sa.ForeignKeyConstraint(
            ["farmer_id"], ["farmers.id"], name=op.f("fk_consents_farmer_id_farmers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index("ix_consents_farmer_purpose", ["farmer_id", "purpose"], unique=False)

    op.create_table(
        "crop_sales",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("farmer_id", sa.Uuid(), nullable=False),
        sa.Column("sale_date", sa.Date(), nullable=False),
        sa.Column("crop", sa.String(length=32), nullable=False),
        sa.Column("quantity_kg", sa.Numeric(precision=14, scale=3), nullable=False),
        sa.Column("amount", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("buyer_id", sa.String(length=64), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("verification_status", sa.String(length=10), nullable=False),
        sa.Column("verified_by", sa.Uuid(), nullable=True),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("verification_note", sa.String(length=500), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "verification_status IN ('unverified', 'verified', 'rejected')",
            name=op.f("ck_crop_sales_verification_status"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_crop_sales_amount_positive")),
        sa.CheckConstraint("quantity_kg > 0", name=op.f("ck_crop_sales_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["farmer_id"], ["farmers.id"], name=op.f("fk_crop_sales_farmer_id_farmers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["verified_by"], ["agents.id"], name=op.f("fk_crop_sales_verified_by_agents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crop_sales")),
    )
    with op.batch_alter_table("crop_sales", schema=None) as batch_op:
        batch_op.create_index("ix_crop_sales_farmer_created", ["farmer_id", "created_at", "id"], unique=False)

    op.create_table(
        "equipment_purchases",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("farmer_id", sa.Uuid(), nullable=False),
        sa.Column("purchase_date", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("price", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("subsidy", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("financed", sa.Boolean(), nullable=False),
        sa.Column("verification_status", sa.String(length=10), nullable=False),
        sa.Column("verified_by", sa.Uuid(), nullable=True),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("verification_note", sa.String(length=500), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "verification_status IN ('unverified', 'verified', 'rejected')",
            name=op.f("ck_equipment_purchases_verification_status"),
        ),
        sa.CheckConstraint("price > 0", name=op.f("ck_equipment_purchases_price_positive")),
        sa.CheckConstraint(
            "subsidy >= 0 AND subsidy <= price", name=op.f("ck_equipment_purchases_subsidy_within_price")
        ),
        sa.ForeignKeyConstraint(
            ["farmer_id"], ["farmers.id"], name=op.f("fk_equipment_purchases_farmer_id_farmers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["verified_by"], ["agents.id"], name=op.f("fk_equipment_purchases_verified_by_agents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment_purchases")),
    )
    with op.batch_alter_table("equipment_purchases", schema=None) as batch_op:
        batch_op.create_index("ix_equipment_purchases_farmer_created", ["farmer_id", "created_at", "id"], unique=False)

    op.create_table(
        "land_transfers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("farmer_id", sa.Uuid(), nullable=False),
        sa.Column("contract_id", sa.String(length=64), nullable=False),
        sa.Column("area_mu", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("annual_rent", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rent_payments_on_time", sa.Integer(), nullable=False),
        sa.Column("rent_payments_late", sa.Integer(), nullable=False),
        sa.Column("registered", sa.Boolean(), nullable=False, comment="registered with the township land office"),
        sa.Column("verification_status", sa.String(length=10), nullable=False),
        sa.Column("verified_by", sa.Uuid(), nullable=True),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("verification_note", sa.String(length=500), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "verification_status IN ('unverified', 'verified', 'rejected')",
            name=op.f("ck_land_transfers_verification_status"),
        ),
        sa.CheckConstraint("area_mu > 0", name=op.f("ck_land_transfers_area_positive")),
        sa.CheckConstraint("end_date > start_date", name=op.f("ck_land_transfers_dates_ordered")),
        sa.ForeignKeyConstraint(
            ["farmer_id"], ["farmers.id"], name=op.f("fk_land_transfers_farmer_id_farmers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["verified_by"], ["agents.id"], name=op.f("fk_land_transfers_verified_by_agents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_land_transfers")),
    )
    with op.batch_alter_table("land_transfers", schema=None) as batch_op:
        batch_op.create_index("ix_land_transfers_farmer_created", ["farmer_id", "created_at", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("land_transfers", schema=None) as batch_op:
        batch_op.drop_index("ix_land_transfers_farmer_created")

    op.drop_table("land_transfers")
    with op.batch_alter_table("equipment_purchases", schema=None) as batch_op:
        batch_op.drop_index("ix_equipment_purchases_farmer_created")

    op.drop_table("equipment_purchases")
    with op.batch_alter_table("crop_sales", schema=None) as batch_op:
        batch_op.drop_index("ix_crop_sales_farmer_created")

    op.drop_table("crop_sales")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index("ix_consents_farmer_purpose")

    op.drop_table("consents")
    with op.batch_alter_table("farmers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_farmers_village_code"))
        batch_op.drop_index(batch_op.f("ix_farmers_phone"))
        batch_op.drop_index(batch_op.f("ix_farmers_national_id"))
        batch_op.drop_index("ix_farmers_created_at_id")
        batch_op.drop_index(batch_op.f("ix_farmers_agent_id"))

    op.drop_table("farmers")
    with op.batch_alter_table("agent_villages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agent_villages_village_code"))

    op.drop_table("agent_villages")
    with op.batch_alter_table("sms_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_sms_outbox_status_created")

    op.drop_table("sms_outbox")
    with op.batch_alter_table("one_time_codes", schema=None) as batch_op:
        batch_op.drop_index("ix_one_time_codes_phone_created")

    op.drop_table("one_time_codes")
    op.drop_table("idempotency_keys")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_entity")

    op.drop_table("audit_events")
    op.drop_table("agents")
