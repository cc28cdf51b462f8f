"""scoring: products, model registry, applications, decisions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Reviewed by hand: issue #3 — products (bounds a decision stays within), the model registry (one current
version), applications (with the offer and the officer's review) and decisions (inputs, features, PD, score,
reasons, rule and output: enough to replay each one).
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "model_versions",
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column(
            "path", sa.String(length=500), nullable=False, comment="artifact directory: model.json + metadata.json"
        ),
        sa.Column("data_hash", sa.String(length=64), nullable=False),
        sa.Column("metrics", sa.JSON(), nullable=False, comment="holdout AUC, KS, Brier of champion and challenger"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("promoted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_model_versions")),
    )
    with op.batch_alter_table("model_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_model_versions_is_current"), ["is_current"], unique=False)

    op.create_table(
        "products",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("min_amount", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("max_amount", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("min_term_months", sa.Integer(), nullable=False),
        sa.Column("max_term_months", sa.Integer(), nullable=False),
        sa.Column("interest_method", sa.String(length=12), nullable=False, comment="declining | flat"),
        sa.Column("amortization", sa.String(length=20), nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False, comment="monthly | harvest"),
        sa.Column("min_apr", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("max_apr", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("base_apr", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("origination_fee_rate", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("fee_mode", sa.String(length=12), nullable=False, comment="deducted | capitalised"),
        sa.Column(
            "penalty_rate", sa.Numeric(precision=9, scale=6), nullable=False, comment="per day on overdue principal"
        ),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column("principal_grace_months", sa.Integer(), nullable=False),
        sa.Column("day_count", sa.String(length=12), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "amortization IN ('equal_instalment', 'equal_principal', 'harvest_balloon', 'bullet')",
            name=op.f("ck_products_amortization"),
        ),
        sa.CheckConstraint("min_amount > 0 AND max_amount >= min_amount", name=op.f("ck_products_amounts")),
        sa.CheckConstraint("min_apr >= 0 AND max_apr >= min_apr AND base_apr >= 0", name=op.f("ck_products_aprs")),
        sa.CheckConstraint(
            "min_term_months >= 1 AND max_term_months >= min_term_months", name=op.f("ck_products_terms")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint("code", name=op.f("uq_products_code")),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("model_version", sa.String(length=40), nullable=False),
        sa.Column(
            "inputs_hash", sa.String(length=64), nullable=False, comment="sha256 of the canonical JSON of inputs"
        ),
        sa.Column(
            "inputs", sa.JSON(), nullable=False, comment="history, as_of, request, product, facts, policy settings"
        ),
        sa.Column("features", sa.JSON(), nullable=False, comment="feature values; null where missing"),
        sa.Column("pd", sa.Float(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("rule", sa.String(length=40), nullable=False, comment="the policy rule that decided"),
        sa.Column("output", sa.JSON(), nullable=False, comment="the decision exactly as returned"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_version"], ["model_versions.version"], name=op.f("fk_decisions_model_version_model_versions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decisions_application_id"), ["application_id"], unique=False)
        batch_op.create_index("ix_decisions_model_created", ["model_version", "created_at"], unique=False)

    op.create_table(
        "applications",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("farmer_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("requested_amount", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("requested_term_months", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("submitted_by", sa.Uuid(), nullable=True, comment="agent or officer; null when the farmer applied"),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decided_by", sa.String(length=10), nullable=False, comment="engine | officer"),
        sa.Column("amount", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("credit_limit", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("apr", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("decision_id", sa.Uuid(), nullable=False),
        sa.Column("reviewed_by", sa.Uuid(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("review_note", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('approved', 'referred', 'declined')", name=op.f("ck_applications_status")),
        sa.CheckConstraint("requested_amount > 0", name=op.f("ck_applications_requested_amount")),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"], name=op.f("fk_applications_decision_id_decisions")),
        sa.ForeignKeyConstraint(["farmer_id"], ["farmers.id"], name=op.f("fk_applications_farmer_id_farmers")),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_applications_product_id_products")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_applications_decision_id")),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_applications_farmer_id"), ["farmer_id"], unique=False)
        batch_op.create_index("ix_applications_status_submitted", ["status", "submitted_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index("ix_applications_status_submitted")
        batch_op.drop_index(batch_op.f("ix_applications_farmer_id"))

    op.drop_table("applications")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index("ix_decisions_model_created")
        batch_op.drop_index(batch_op.f("ix_decisions_application_id"))

    op.drop_table("decisions")
    op.drop_table("products")
    with op.batch_alter_table("model_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_model_versions_is_current"))

    op.drop_table("model_versions")
