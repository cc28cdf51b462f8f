"""Loans: the agreed terms, the schedule, every transaction, the double-entry journal, close-of-business marks.

The journal is the truth of money; the state columns on `loans` and the paid parts on `loan_instalments` are kept in
step with it in the same transaction (close of business and the portfolio read them with set-based SQL).
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.arrears import ArrearsBucket
from ..domain.statuses import LoanStatus, RestructureStatus
from ..domain.terms import TransactionKind
from .base import Base, Versioned, amount, currency, new_id, one_of, timestamp, utcnow
from .products import RATE

BIGINT = BigInteger().with_variant(Integer(), "sqlite")  # SQLite autoincrements only INTEGER PRIMARY KEY


class Loan(Versioned, Base):
    __tablename__ = "loans"
    __table_args__ = (
        one_of("status", LoanStatus, name="status"),
        CheckConstraint("principal > 0", name="principal"),
        Index("ix_loans_status_bucket", "status", "arrears_bucket"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    application_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("applications.id"), unique=True, comment="null for a loan made by a restructure"
    )
    restructured_from: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("loans.id"), comment="the loan this one replaced"
    )
    farmer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("farmers.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    currency: Mapped[currency]
    # terms, as accepted (LoanTerms)
    principal: Mapped[amount]
    annual_rate: Mapped[Decimal] = mapped_column(RATE)
    method: Mapped[str] = mapped_column(String(16))  # a domain.terms.LoanMethod
    term_months: Mapped[int]
    start_date: Mapped[dt.date] = mapped_column(Date, comment="disbursement value date; interest runs from here")
    first_due: Mapped[dt.date | None] = mapped_column(Date)
    day_count: Mapped[str] = mapped_column(String(12))
    harvest: Mapped[dt.date | None] = mapped_column(Date)
    balloon_interest: Mapped[str] = mapped_column(String(12), default="monthly")
    grace_months: Mapped[int] = mapped_column(default=0)
    fee_rate: Mapped[Decimal] = mapped_column(RATE)
    fee_mode: Mapped[str] = mapped_column(String(12))
    penalty_rate: Mapped[Decimal] = mapped_column(RATE, comment="per day on overdue principal")
    grace_days: Mapped[int]
    # disclosure, as the farmer accepted it
    apr: Mapped[Decimal] = mapped_column(RATE)
    total_cost_of_credit: Mapped[amount]
    disbursed_amount: Mapped[amount]
    fee: Mapped[amount]
    accepted_at: Mapped[timestamp] = mapped_column(default=utcnow)
    accepted_by: Mapped[uuid.UUID | None]
    # where it stands (kept in step with the journal)
    status: Mapped[str] = mapped_column(String(12), default=LoanStatus.ACCEPTED.value)
    disbursed_at: Mapped[timestamp | None]
    principal_outstanding: Mapped[amount] = mapped_column(default=Decimal(0))
    interest_outstanding: Mapped[amount] = mapped_column(default=Decimal(0))
    fee_outstanding: Mapped[amount] = mapped_column(default=Decimal(0))
    penalty_outstanding: Mapped[amount] = mapped_column(default=Decimal(0))
    overpayment: Mapped[amount] = mapped_column(default=Decimal(0))
    days_past_due: Mapped[int] = mapped_column(default=0)
    arrears_bucket: Mapped[str] = mapped_column(String(8), default=ArrearsBucket.CURRENT.value)
    non_performing: Mapped[bool] = mapped_column(default=False)
    state_as_of: Mapped[dt.date | None] = mapped_column(
        Date, comment="the journal holds every accrual through this day"
    )
    transaction_count: Mapped[int] = mapped_column(default=0, comment="orders transactions of one value date")


class LoanInstalment(Base):
    __tablename__ = "loan_instalments"
    __table_args__ = (Index("ix_loan_instalments_due_date", "due_date"),)

    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loans.id", ondelete="CASCADE"), primary_key=True)
    number: Mapped[int] = mapped_column(primary_key=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    principal: Mapped[amount]
    interest: Mapped[amount]
    fee: Mapped[amount]
    total: Mapped[amount]
    balance_after: Mapped[amount]
    penalty_from: Mapped[dt.date] = mapped_column(Date, comment="first day its unpaid principal accrues penalty")
    interest_recognised: Mapped[amount] = mapped_column(default=Decimal(0), comment="interest income booked")
    fee_recognised: Mapped[amount] = mapped_column(default=Decimal(0))
    principal_paid: Mapped[amount] = mapped_column(default=Decimal(0))
    interest_paid: Mapped[amount] = mapped_column(default=Decimal(0))
    fee_paid: Mapped[amount] = mapped_column(default=Decimal(0))
    penalty_paid: Mapped[amount] = mapped_column(default=Decimal(0))
    paid_on: Mapped[dt.date | None] = mapped_column(Date)


class LoanTransaction(Base):
    """A money movement or correction. Append-only: a mistake is undone by a reversal, never edited."""

    __tablename__ = "loan_transactions"
    __table_args__ = (
        one_of("kind", TransactionKind, name="kind"),
        CheckConstraint("amount >= 0", name="amount"),
        UniqueConstraint("channel", "ref_scope", "external_ref", name="uq_loan_transactions_external_ref"),
        Index("ix_loan_transactions_loan_value", "loan_id", "value_date", "sequence"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loans.id"))
    kind: Mapped[str] = mapped_column(String(14))
    value_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[amount]
    currency: Mapped[currency]
    channel: Mapped[str] = mapped_column(
        String(14), comment="cash | bank_transfer | mobile_money | wechat_pay | sandbox | system (domain.receipts)"
    )
    external_ref: Mapped[str | None] = mapped_column(
        String(100), comment="receipt number, bank reference or provider's reference; unique per channel and scope"
    )
    ref_scope: Mapped[str] = mapped_column(
        String(40),
        default="",
        comment="whose numbering external_ref is: the collecting agent's id for a cash "
        "receipt, '' for a bank's or provider's reference",
    )
    deposit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("cash_deposits.id"), comment="cash collected by an agent: the deposit that banked it"
    )
    reverses: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loan_transactions.id"))
    reversed_by: Mapped[uuid.UUID | None]
    sequence: Mapped[int] = mapped_column(comment="posting order within the loan")
    allocation: Mapped[dict | None] = mapped_column(comment="penalty, fee, interest, principal, overpayment as posted")
    posted_by: Mapped[uuid.UUID | None]
    posted_at: Mapped[timestamp] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)


class CashDeposit(Base):
    """An agent's collected cash paid into the bank, reconciled by an officer against the receipts it banks."""

    __tablename__ = "cash_deposits"
    __table_args__ = (CheckConstraint("amount > 0", name="amount"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"), index=True)
    currency: Mapped[currency]
    amount: Mapped[amount]
    bank_reference: Mapped[str] = mapped_column(String(100), unique=True)
    receipts: Mapped[int] = mapped_column(comment="how many cash receipts it banked")
    recorded_by: Mapped[uuid.UUID]
    recorded_at: Mapped[timestamp] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)


class JournalEntry(Base):
    __tablename__ = "journal_entries"
    __table_args__ = (
        UniqueConstraint("loan_id", "kind", "cob_date", name="uq_journal_entries_loan_kind_cob"),
        Index("ix_journal_entries_loan", "loan_id", "id"),
    )

    id: Mapped[int] = mapped_column(BIGINT, primary_key=True, autoincrement=True)
    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loans.id"))
    transaction_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loan_transactions.id"))
    kind: Mapped[str] = mapped_column(String(24))
    value_date: Mapped[dt.date] = mapped_column(Date)
    cob_date: Mapped[dt.date | None] = mapped_column(Date, comment="set for close-of-business accruals: one a day")
    memo: Mapped[str | None] = mapped_column(String(200))
    posted_at: Mapped[timestamp] = mapped_column(default=utcnow)


class JournalLine(Base):
    __tablename__ = "journal_lines"
    __table_args__ = (
        CheckConstraint("debit >= 0 AND credit >= 0 AND (debit = 0 OR credit = 0)", name="one_side"),
        Index("ix_journal_lines_loan_account", "loan_id", "account"),
    )

    id: Mapped[int] = mapped_column(BIGINT, primary_key=True, autoincrement=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), index=True)
    loan_id: Mapped[uuid.UUID] = mapped_column(comment="denormalised: balances per loan without a join")
    account: Mapped[str] = mapped_column(String(24))
    debit: Mapped[amount] = mapped_column(default=Decimal(0))
    credit: Mapped[amount] = mapped_column(default=Decimal(0))


class CobRun(Base):
    """One close of business per business date; the row lock makes concurrent starts wait, then find it done."""

    __tablename__ = "cob_runs"

    business_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    started_at: Mapped[timestamp] = mapped_column(default=utcnow)
    finished_at: Mapped[timestamp | None]
    loans: Mapped[int] = mapped_column(default=0)
    penalties: Mapped[int] = mapped_column(default=0)
    reminders: Mapped[int] = mapped_column(default=0)
    host: Mapped[str | None] = mapped_column(String(100))


class LoanEvent(Base):
    """Things to tell the farmer (reminders) or an officer, made by close of business; once per loan, date, kind."""

    __tablename__ = "loan_events"
    __table_args__ = (UniqueConstraint("loan_id", "business_date", "kind", name="uq_loan_events_once"),)

    id: Mapped[int] = mapped_column(BIGINT, primary_key=True, autoincrement=True)
    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loans.id"))
    business_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(24), comment="due_soon | overdue | non_performing")
    detail: Mapped[dict] = mapped_column(default=dict)
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    sms: Mapped[str | None] = mapped_column(
        String(12),
        comment="reminder SMS: queued | no_consent | no_phone | expired; null = not handled yet (services.reminders)",
    )


class Restructure(Base):
    """A change of a loan's terms: requested by one officer, approved by another (maker-checker)."""

    __tablename__ = "restructures"
    __table_args__ = (one_of("status", RestructureStatus, name="status"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    loan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("loans.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default=RestructureStatus.PENDING.value)
    new_terms: Mapped[dict] = mapped_column(comment="term_months, annual_rate, method, first_due, grace_months")
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[uuid.UUID]
    requested_at: Mapped[timestamp] = mapped_column(default=utcnow)
    decided_by: Mapped[uuid.UUID | None]
    decided_at: Mapped[timestamp | None]
    decision_note: Mapped[str | None] = mapped_column(Text)
    new_loan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("loans.id"))
