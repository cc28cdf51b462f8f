"""loans: terms, instalments, transactions, journal, close of business, events, restructures

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Reviewed by hand: issue #4 — loans (terms, disclosure, state kept in step with the journal), instalments with
their paid parts, append-only transactions (unique provider reference per channel), the double-entry journal (one
close-of-business accrual per loan, kind and date), close-of-business runs, loan events, restructures.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cob_runs",
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("loans", sa.Integer(), nullable=False),
        sa.Column("penalties", sa.Integer(), nullable=False),
        sa.Column("reminders", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("business_date", name=op.f("pk_cob_runs")),
    )
    op.create_table(
        "loans",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=True, comment="null for a loan made by a restructure"),
        sa.Column("restructured_from", sa.Uuid(), nullable=True, comment="the loan this one replaced"),
        sa.Column("farmer_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("principal", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("annual_rate", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False, comment="disbursement value date; interest runs from here"),
        sa.Column("first_due", sa.Date(), nullable=True),
        sa.Column("day_count", sa.String(length=12), nullable=False),
        sa.Column("harvest", sa.Date(), nullable=True),
        sa.Column("balloon_interest", sa.String(length=12), nullable=False),
        sa.Column("grace_months", sa.Integer(), nullable=False),
        sa.Column("fee_rate", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("fee_mode", sa.String(length=12), nullable=False),
        sa.Column(
            "penalty_rate", sa.Numeric(precision=9, scale=6), nullable=False, comment="per day on overdue principal"
        ),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column("apr", sa.Numeric(precision=9, scale=6), nullable=False),
        sa.Column("total_cost_of_credit", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("disbursed_amount", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("fee", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("accepted_by", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("disbursed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("principal_outstanding", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("interest_outstanding", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("fee_outstanding", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("penalty_outstanding", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("overpayment", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("days_past_due", sa.Integer(), nullable=False),
        sa.Column("arrears_bucket", sa.String(length=8), nullable=False),
        sa.Column("non_performing", sa.Boolean(), nullable=False),
        sa.Column("state_as_of", sa.Date(), nullable=True, comment="the journal holds every accrual through this day"),
        sa.Column("transaction_count", sa.Integer(), nullable=False, comment="orders transactions of one value date"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('accepted', 'active', 'closed', 'written_off', 'restructured')", name=op.f("ck_loans_status")
        ),
        sa.ForeignKeyConstraint(["restructured_from"], ["loans.id"], name=op.f("fk_loans_restructured_from_loans")),
        sa.CheckConstraint("principal > 0", name=op.f("ck_loans_principal")),
        sa.ForeignKeyConstraint(
            ["application_id"], ["applications.id"], name=op.f("fk_loans_application_id_applications")
        ),
        sa.ForeignKeyConstraint(["farmer_id"], ["farmers.id"], name=op.f("fk_loans_farmer_id_farmers")),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_loans_product_id_products")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loans")),
        sa.UniqueConstraint("application_id", name=op.f("uq_loans_application_id")),
    )
    with op.batch_alter_table("loans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loans_farmer_id"), ["farmer_id"], unique=False)
        batch_op.create_index("ix_loans_status_bucket", ["status", "arrears_bucket"], unique=False)

    op.create_table(
        "loan_events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("loan_id", sa.Uuid(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False, comment="due_soon | overdue | non_performing"),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loans.id"], name=op.f("fk_loan_events_loan_id_loans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_events")),
        sa.UniqueConstraint("loan_id", "business_date", "kind", name="uq_loan_events_once"),
    )
    op.create_table(
        "loan_instalments",
        sa.Column("loan_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("principal", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("interest", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("fee", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("total", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("balance_after", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("penalty_from", sa.Date(), nullable=False, comment="first day its unpaid principal accrues penalty"),
        sa.Column(
            "interest_recognised", sa.Numeric(precision=19, scale=4), nullable=False, comment="interest income booked"
        ),
        sa.Column("fee_recognised", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("principal_paid", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("interest_paid", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("fee_paid", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("penalty_paid", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loans.id"], name=op.f("fk_loan_instalments_loan_id_loans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("loan_id", "number", name=op.f("pk_loan_instalments")),
    )
    with op.batch_alter_table("loan_instalments", schema=None) as batch_op:
        batch_op.create_index("ix_loan_instalments_due_date", ["due_date"], unique=False)

    op.create_table(
        "loan_transactions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("loan_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=14), nullable=False),
        sa.Column("value_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "channel", sa.String(length=14), nullable=False, comment="cash | mobile_money | app | sandbox | system"
        ),
        sa.Column(
            "external_ref", sa.String(length=100), nullable=True, comment="provider's reference; unique per channel"
        ),
        sa.Column("reverses", sa.Uuid(), nullable=True),
        sa.Column("reversed_by", sa.Uuid(), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False, comment="posting order within the loan"),
        sa.Column(
            "allocation", sa.JSON(), nullable=True, comment="penalty, fee, interest, principal, overpayment as posted"
        ),
        sa.Column("posted_by", sa.Uuid(), nullable=True),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('disbursement', 'repayment', 'reversal', 'writeoff')", name=op.f("ck_loan_transactions_kind")
        ),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_loan_transactions_amount")),
        sa.ForeignKeyConstraint(["loan_id"], ["loans.id"], name=op.f("fk_loan_transactions_loan_id_loans")),
        sa.ForeignKeyConstraint(
            ["reverses"], ["loan_transactions.id"], name=op.f("fk_loan_transactions_reverses_loan_transactions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_transactions")),
        sa.UniqueConstraint("channel", "external_ref", name="uq_loan_transactions_external_ref"),
    )
    with op.batch_alter_table("loan_transactions", schema=None) as batch_op:
        batch_op.create_index("ix_loan_transactions_loan_value", ["loan_id", "value_date", "sequence"], unique=False)

    op.create_table(
        "restructures",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("loan_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column(
            "new_terms", sa.JSON(), nullable=False, comment="term_months, annual_rate, method, first_due, grace_months"
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.Uuid(), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=True),
        sa.Column("new_loan_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint("status IN ('pending', 'approved', 'rejected')", name=op.f("ck_restructures_status")),
        sa.ForeignKeyConstraint(["new_loan_id"], ["loans.id"], name=op.f("fk_restructures_new_loan_id_loans")),
        sa.ForeignKeyConstraint(["loan_id"], ["loans.id"], name=op.f("fk_restructures_loan_id_loans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_restructures")),
    )
    with op.batch_alter_table("restructures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_restructures_loan_id"), ["loan_id"], unique=False)

    op.create_table(
        "journal_entries",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("loan_id", sa.Uuid(), nullable=False),
        sa.Column("transaction_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("value_date", sa.Date(), nullable=False),
        sa.Column("cob_date", sa.Date(), nullable=True, comment="set for close-of-business accruals: one a day"),
        sa.Column("memo", sa.String(length=200), nullable=True),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loans.id"], name=op.f("fk_journal_entries_loan_id_loans")),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["loan_transactions.id"],
            name=op.f("fk_journal_entries_transaction_id_loan_transactions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entries")),
        sa.UniqueConstraint("loan_id", "kind", "cob_date", name="uq_journal_entries_loan_kind_cob"),
    )
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.create_index("ix_journal_entries_loan", ["loan_id", "id"], unique=False)

    op.create_table(
        "journal_lines",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("loan_id", sa.Uuid(), nullable=False, comment="denormalised: balances per loan without a join"),
        sa.Column("account", sa.String(length=24), nullable=False),
        sa.Column("debit", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.Column("credit", sa.Numeric(precision=19, scale=4), nullable=False),
        sa.CheckConstraint(
            "debit >= 0 AND credit >= 0 AND (debit = 0 OR credit = 0)", name=op.f("ck_journal_lines_one_side")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["journal_entries.id"], name=op.f("fk_journal_lines_entry_id_journal_entries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_lines")),
    )
    with op.batch_alter_table("journal_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_lines_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index("ix_journal_lines_loan_account", ["loan_id", "account"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("journal_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_lines_loan_account")
        batch_op.drop_index(batch_op.f("ix_journal_lines_entry_id"))

    op.drop_table("journal_lines")
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_entries_loan")

    op.drop_table("journal_entries")
    with op.batch_alter_table("restructures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_restructures_loan_id"))

    op.drop_table("restructures")
    with op.batch_alter_table("loan_transactions", schema=None) as batch_op:
        batch_op.drop_index("ix_loan_transactions_loan_value")

    op.drop_table("loan_transactions")
    with op.batch_alter_table("loan_instalments", schema=None) as batch_op:
        batch_op.drop_index("ix_loan_instalments_due_date")

    op.drop_table("loan_instalments")
    op.drop_table("loan_events")
    with op.batch_alter_table("loans", schema=None) as batch_op:
        batch_op.drop_index("ix_loans_status_bucket")
        batch_op.drop_index(batch_op.f("ix_loans_farmer_id"))

    op.drop_table("loans")
    op.drop_table("cob_runs")
