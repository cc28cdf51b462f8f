"""lending_integrity: record provenance, withdrawn applications, concurrent products, receipt scopes, agents' cash
deposits, recoveries

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29

Reviewed by hand: issue #10.
- land_transfers, crop_sales, equipment_purchases: `provenance` (declared | agent | document | third_party) and
  `evidence_ref`. Existing rows: created by nobody (bulk loads: the seed file, a loan book) → third_party, and
  verified as the file's source is (DESIGN §5); created by staff → agent; otherwise (the farmer) → declared.
- applications.status may be `withdrawn` (erasure withdraws what is pending).
- products.allows_concurrent (default false: a second loan while one is open is referred).
- loan_transactions: kind may be `recovery` (money in after a write-off); `ref_scope` (whose numbering external_ref
  is: the collecting agent for a cash receipt) joins the uniqueness of (channel, external_ref); `deposit_id`.
- cash_deposits: an agent's collected cash banked, reconciled by an officer.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

RECORDS = ("land_transfers", "crop_sales", "equipment_purchases")


def upgrade() -> None:
    for table in RECORDS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "provenance",
                    sa.String(length=12),
                    nullable=False,
                    server_default="declared",
                    comment="declared (by the farmer) | agent (captured) | document (backed by one) | third_party "
                    "(confirmed)",
                )
            )
            batch_op.add_column(
                sa.Column(
                    "evidence_ref",
                    sa.String(length=100),
                    nullable=True,
                    comment="the document or third party's reference",
                )
            )
            batch_op.create_check_constraint(
                op.f(f"ck_{table}_provenance"), "provenance IN ('declared', 'agent', 'document', 'third_party')"
            )
        op.execute(
            f"UPDATE {table} SET provenance = 'third_party', verification_status = CASE "
            f"WHEN verification_status = 'unverified' THEN 'verified' ELSE verification_status END "
            f"WHERE created_by IS NULL"
        )
        op.execute(f"UPDATE {table} SET provenance = 'agent' WHERE created_by IN (SELECT id FROM agents)")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_applications_status"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_applications_status"), "status IN ('approved', 'referred', 'declined', 'withdrawn')"
        )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "allows_concurrent",
                sa.Boolean(),
                nullable=False,
                server_default=sa.false(),
                comment="may be taken while another loan is open (within the farmer's remaining limit)",
            )
        )
    op.create_table(
        "cash_deposits",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("bank_reference", sa.String(length=100), nullable=False),
        sa.Column("receipts", sa.Integer(), nullable=False, comment="how many cash receipts it banked"),
        sa.Column("recorded_by", sa.Uuid(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("amount > 0", name=op.f("ck_cash_deposits_amount")),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_cash_deposits_agent_id_agents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_deposits")),
        sa.UniqueConstraint("bank_reference", name=op.f("uq_cash_deposits_bank_reference")),
    )
    op.create_index(op.f("ix_cash_deposits_agent_id"), "cash_deposits", ["agent_id"], unique=False)
    with op.batch_alter_table("loan_transactions", schema=None) as batch_op:
        batch_op.drop_constraint("uq_loan_transactions_external_ref", type_="unique")
        batch_op.drop_constraint(op.f("ck_loan_transactions_kind"), type_="check")
        batch_op.add_column(
            sa.Column(
                "ref_scope",
                sa.String(length=40),
                nullable=False,
                server_default="",
                comment="whose numbering external_ref is: the collecting agent's id for a cash receipt, '' for a "
                "bank's or provider's reference",
            )
        )
        batch_op.add_column(
            sa.Column(
                "deposit_id", sa.Uuid(), nullable=True, comment="cash collected by an agent: the deposit that banked it"
            )
        )
        batch_op.create_foreign_key(
            op.f("fk_loan_transactions_deposit_id_cash_deposits"), "cash_deposits", ["deposit_id"], ["id"]
        )
        batch_op.create_unique_constraint("uq_loan_transactions_external_ref", ["channel", "ref_scope", "external_ref"])
        batch_op.alter_column(
            "channel",
            existing_type=sa.String(length=14),
            existing_nullable=False,
            comment="cash | bank_transfer | mobile_money | wechat_pay | sandbox | system (domain.receipts)",
        )
        batch_op.alter_column(
            "external_ref",
            existing_type=sa.String(length=100),
            existing_nullable=True,
            comment="receipt number, bank reference or provider's reference; unique per channel and scope",
        )
        batch_op.create_check_constraint(
            op.f("ck_loan_transactions_kind"),
            "kind IN ('disbursement', 'repayment', 'reversal', 'writeoff', 'recovery')",
        )


def downgrade() -> None:
    with op.batch_alter_table("loan_transactions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_loan_transactions_kind"), type_="check")
        batch_op.drop_constraint("uq_loan_transactions_external_ref", type_="unique")
        batch_op.alter_column(
            "channel",
            existing_type=sa.String(length=14),
            existing_nullable=False,
            comment="cash | mobile_money | app | sandbox | system",
        )
        batch_op.alter_column(
            "external_ref",
            existing_type=sa.String(length=100),
            existing_nullable=True,
            comment="provider's reference; unique per channel",
        )
        batch_op.drop_constraint(op.f("fk_loan_transactions_deposit_id_cash_deposits"), type_="foreignkey")
        batch_op.drop_column("deposit_id")
        batch_op.drop_column("ref_scope")
        batch_op.create_unique_constraint("uq_loan_transactions_external_ref", ["channel", "external_ref"])
        batch_op.create_check_constraint(
            op.f("ck_loan_transactions_kind"), "kind IN ('disbursement', 'repayment', 'reversal', 'writeoff')"
        )
    op.drop_index(op.f("ix_cash_deposits_agent_id"), table_name="cash_deposits")
    op.drop_table("cash_deposits")
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("allows_concurrent")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_applications_status"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_applications_status"), "status IN ('approved', 'referred', 'declined')"
        )
    for table in RECORDS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{table}_provenance"), type_="check")
            batch_op.drop_column("evidence_ref")
            batch_op.drop_column("provenance")
