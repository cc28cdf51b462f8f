"""Posting to a loan: its schedule and replay from the stored rows, the journal entries, the state columns kept in
step. The one place a money movement (services.loans, services.restructures) writes a loan's books.

A posting replays the loan's transactions over its schedule before and after the change (`domain.servicing`) and
books the difference (`domain.ledger.adjustments`), so the journal always equals the replayed state as of its journal
date (`journal_date`: the later of `loans.state_as_of` and the last closed business date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import arrears, ledger, receipts, schedules, servicing
from ..domain.statuses import LoanStatus
from ..domain.terms import LoanState, LoanTerms, Schedule, Transaction, TransactionKind
from ..models import CobRun, JournalEntry, JournalLine, Loan, LoanInstalment, LoanTransaction
from ..money import Money


def loan_terms(loan: Loan) -> LoanTerms:
    return LoanTerms(
        principal=loan.principal,
        currency=loan.currency,
        annual_rate=loan.annual_rate.normalize(),
        method=loan.method,
        term_months=loan.term_months,
        start=loan.start_date,
        first_due=loan.first_due,
        day_count=loan.day_count,
        harvest=loan.harvest,
        balloon_interest=loan.balloon_interest,
        grace_months=loan.grace_months,
        fee_rate=loan.fee_rate.normalize(),
        fee_mode=loan.fee_mode,
    )


def quantize_terms(terms: LoanTerms) -> LoanTerms:
    """Amounts with the currency's decimals (a stored Numeric(19,4) reads back as 5000.0000)."""
    return replace(terms, principal=Money.of(terms.principal, terms.currency).rounded().amount)


def transactions_of(session: Session, loan: Loan) -> list[LoanTransaction]:
    return list(
        session.scalars(
            select(LoanTransaction).where(LoanTransaction.loan_id == loan.id).order_by(LoanTransaction.sequence)
        )
    )


def domain_transactions(transactions: list[LoanTransaction]) -> list[Transaction]:
    return [
        Transaction(
            id=str(t.id),
            kind=t.kind,
            value_date=t.value_date,
            amount=t.amount,
            reverses=str(t.reverses) if t.reverses else None,
            sequence=t.sequence,
        )
        for t in transactions
        if t.kind in (TransactionKind.REPAYMENT, TransactionKind.REVERSAL)
    ]


def cash_accounts(transactions: list[LoanTransaction]) -> dict[str, str]:
    """The account each repayment's money is in (an agent's undeposited cash: their cash in transit)."""
    return {
        str(t.id): receipts.cash_account(channel=t.channel, deposited=t.deposit_id is not None)
        for t in transactions
        if t.kind == TransactionKind.REPAYMENT
    }


def replay(
    loan: Loan, transactions: list[LoanTransaction], as_of: dt.date, schedule: Schedule | None = None
) -> LoanState:
    """The loan replayed as of a date (pass `schedule` when it is built already)."""
    return servicing.replay(
        schedule or schedule_of(loan),
        domain_transactions(transactions),
        as_of,
        penalty_rate=loan.penalty_rate.normalize(),
        grace_days=loan.grace_days,
    )


def schedule_of(loan: Loan) -> Schedule:
    return schedules.build(quantize_terms(loan_terms(loan)))


def write_instalments(session: Session, loan: Loan, schedule: Schedule) -> None:
    session.query(LoanInstalment).filter(LoanInstalment.loan_id == loan.id).delete()
    for item in schedule.instalments:
        session.add(
            LoanInstalment(
                loan_id=loan.id,
                number=item.number,
                due_date=item.due_date,
                principal=item.principal,
                interest=item.interest,
                fee=item.fee,
                total=item.total,
                balance_after=item.balance_after,
                penalty_from=servicing.first_penalty_day(due_date=item.due_date, grace_days=loan.grace_days),
            )
        )
    session.flush()


def post(session: Session, loan: Loan, entries, transaction: LoanTransaction | None) -> None:
    for entry in entries:
        if not entry.lines:
            continue
        assert entry.balanced, entry
        row = JournalEntry(
            loan_id=loan.id,
            transaction_id=transaction.id if transaction else None,
            kind=entry.kind,
            value_date=entry.value_date,
            memo=entry.memo[:200],
        )
        session.add(row)
        session.flush()
        session.add_all(
            JournalLine(entry_id=row.id, loan_id=loan.id, account=line.account, debit=line.debit, credit=line.credit)
            for line in entry.lines
        )


def apply_state(session: Session, loan: Loan, state: LoanState) -> None:
    """Keep the loan's state columns and instalment rows in step with the replayed state."""
    loan.principal_outstanding = state.principal_outstanding
    loan.interest_outstanding = state.interest_outstanding
    loan.fee_outstanding = state.fee_outstanding
    loan.penalty_outstanding = state.penalty_outstanding
    loan.overpayment = state.overpayment
    loan.days_past_due = state.days_past_due
    loan.arrears_bucket = state.arrears_bucket
    loan.non_performing = arrears.is_non_performing(days_past_due=state.days_past_due)
    loan.state_as_of = state.as_of
    if loan.status == LoanStatus.ACTIVE and state.closed:
        loan.status = LoanStatus.CLOSED
    elif loan.status == LoanStatus.CLOSED and not state.closed:
        loan.status = LoanStatus.ACTIVE  # a reversal reopened it
    rows = {row.number: row for row in session.scalars(select(LoanInstalment).where(LoanInstalment.loan_id == loan.id))}
    for item in state.instalments:
        row = rows[item["number"]]
        row.principal, row.interest, row.fee = item["principal"], item["interest"], item["fee"]
        row.principal_paid, row.interest_paid = item["principal_paid"], item["interest_paid"]
        row.fee_paid, row.penalty_paid, row.paid_on = item["fee_paid"], item["penalty_paid"], item["paid_on"]
        due = row.due_date <= state.as_of
        row.interest_recognised = item["interest"] if due else item["interest_paid"]
        row.fee_recognised = item["fee"] if due else item["fee_paid"]


def journal_date(session: Session, loan: Loan) -> dt.date:
    """The day through which the loan's journal holds every accrual: its last posting, or the last close of
    business (which books every active loan's accruals), whichever is later."""
    closed = session.scalar(select(func.max(CobRun.business_date)).where(CobRun.finished_at.is_not(None)))
    return max(loan.state_as_of, closed) if closed and loan.status == LoanStatus.ACTIVE else loan.state_as_of


def next_sequence(loan: Loan) -> int:
    loan.transaction_count += 1
    return loan.transaction_count


def repost(
    session: Session,
    loan: Loan,
    before_transactions: list[LoanTransaction],
    after_transactions: list[LoanTransaction],
    as_of: dt.date,
    posted: LoanTransaction,
) -> LoanState:
    schedule = schedule_of(loan)
    before = replay(loan, before_transactions, journal_date(session, loan), schedule)
    after = replay(loan, after_transactions, as_of, schedule)
    post(
        session,
        loan,
        ledger.adjustments(
            before,
            after,
            transactions=domain_transactions(after_transactions),
            cash_accounts=cash_accounts(after_transactions),
        ),
        posted,
    )
    apply_state(session, loan, after)
    return after
