"""Close of business for a business date: book the interest and fees that fell due and the day's penalty interest,
age every active loan (days past due, arrears bucket, non-performing) and raise reminder events — set-based SQL over
all loans at once, never a loop that replays each loan.

Running it twice for one date changes nothing (a finished run is recorded; every accrual is unique per loan, kind
and date). Several hosts may start it at once: the `cob_runs` row is locked, so the others wait and find it done.
Missed dates are run first, in order, so the journal never skips a day of penalty.

The day's penalty is the servicing rule itself: `domain.servicing.daily_penalty` of every instalment from its
`first_penalty_day` (stored as `loan_instalments.penalty_from`), summed per loan — so the journal stays equal to a
replay of the loan. Ageing reads `domain.arrears` (buckets, non-performing after 90 days).
"""

from __future__ import annotations

import datetime as dt
import socket
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Integer, and_, bindparam, case, exists, func, insert, literal, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain import arrears, ledger, servicing
from ..domain.arrears import ArrearsBucket
from ..domain.statuses import LoanStatus
from ..models import CobRun, JournalEntry, JournalLine, Loan, LoanEvent, LoanInstalment
from ..models.base import utcnow
from . import reminders
from ._clock import lender_today

MAX_CATCH_UP_DAYS = 400
DUE_SOON_DAYS = 3
BATCH = 5000


def _claim(session: Session, day: dt.date) -> CobRun | None:
    """The locked run row of `day`, or None when that day is finished already."""
    try:
        with session.begin_nested():
            session.add(CobRun(business_date=day, host=socket.gethostname()[:100]))
    except IntegrityError:
        pass
    run = session.scalar(
        select(CobRun).where(CobRun.business_date == day).with_for_update().execution_options(populate_existing=True)
    )
    return None if run.finished_at is not None else run


def _active_loans():
    return select(Loan.id).where(Loan.status == LoanStatus.ACTIVE)


def _book(session: Session, day: dt.date, kind: str, amounts: list[tuple], debit: str, credit: str) -> None:
    """One journal entry per (loan_id, amount) with a debit and a credit line; unique per loan, kind and day."""
    for start in range(0, len(amounts), BATCH):
        chunk = amounts[start : start + BATCH]
        entries = session.execute(
            insert(JournalEntry).returning(JournalEntry.id, JournalEntry.loan_id),
            [
                {
                    "loan_id": loan_id,
                    "kind": kind,
                    "value_date": day,
                    "cob_date": day,
                    "memo": f"close of business {day}",
                    "posted_at": utcnow(),
                }
                for loan_id, _ in chunk
            ],
        ).all()
        amount_of = dict(chunk)
        lines = []
        for entry_id, loan_id in entries:
            lines.append(
                {
                    "entry_id": entry_id,
                    "loan_id": loan_id,
                    "account": debit,
                    "debit": amount_of[loan_id],
                    "credit": Decimal(0),
                }
            )
            lines.append(
                {
                    "entry_id": entry_id,
                    "loan_id": loan_id,
                    "account": credit,
                    "debit": Decimal(0),
                    "credit": amount_of[loan_id],
                }
            )
        session.execute(insert(JournalLine), lines)


def _add(session: Session, column: str, amounts: list[tuple]) -> None:
    """loans.<column> += amount for each (loan_id, amount), in batches (one statement, many rows)."""
    loans = Loan.__table__
    for start in range(0, len(amounts), BATCH):
        session.connection().execute(
            update(loans)
            .where(loans.c.id == bindparam("loan"))
            .values({column: loans.c[column] + bindparam("amount")}),
            [{"loan": loan_id, "amount": amount} for loan_id, amount in amounts[start : start + BATCH]],
        )


def _recognise_due(session: Session, day: dt.date) -> int:
    """Interest and fees of instalments due on or before `day` that are not booked yet: receivable and income."""
    pending = and_(
        LoanInstalment.due_date <= day,
        LoanInstalment.loan_id.in_(_active_loans()),
        or_(
            LoanInstalment.interest > LoanInstalment.interest_recognised,
            LoanInstalment.fee > LoanInstalment.fee_recognised,
        ),
    )
    rows = session.execute(
        select(
            LoanInstalment.loan_id,
            func.sum(LoanInstalment.interest - LoanInstalment.interest_recognised),
            func.sum(LoanInstalment.fee - LoanInstalment.fee_recognised),
        )
        .where(pending)
        .group_by(LoanInstalment.loan_id)
    ).all()
    interest = [(loan_id, Decimal(i)) for loan_id, i, _ in rows if Decimal(i) > 0]
    fees = [(loan_id, Decimal(f)) for loan_id, _, f in rows if Decimal(f) > 0]
    _book(session, day, "interest_due", interest, ledger.INTEREST_RECEIVABLE, ledger.INTEREST_INCOME)
    _book(session, day, "fee_due", fees, ledger.FEE_RECEIVABLE, ledger.FEE_INCOME)
    session.execute(
        update(LoanInstalment)
        .where(pending)
        .values(interest_recognised=LoanInstalment.interest, fee_recognised=LoanInstalment.fee)
    )
    _add(session, "interest_outstanding", interest)
    _add(session, "fee_outstanding", fees)
    return len(rows)


def _charge_penalty(session: Session, day: dt.date) -> int:
    """The day's penalty interest on overdue principal — servicing.daily_penalty of each instalment past its grace,
    summed per loan — for loans whose journal is complete to yesterday."""
    # A loan's journal is complete through the later of its last posting (state_as_of) and the last closed date
    # (services.postings.journal_date): a posting today already booked today's penalty.
    overdue = (
        select(
            LoanInstalment.loan_id,
            Loan.currency,
            Loan.penalty_rate,
            LoanInstalment.principal,
            LoanInstalment.principal_paid,
        )
        .join(Loan, Loan.id == LoanInstalment.loan_id)
        .where(
            Loan.status == LoanStatus.ACTIVE,
            Loan.state_as_of < day,
            Loan.penalty_rate > 0,
            LoanInstalment.penalty_from <= day,
            LoanInstalment.principal_paid < LoanInstalment.principal,
        )
        .order_by(LoanInstalment.loan_id)
    )
    per_loan: dict = {}
    for loan_id, currency, rate, principal, paid in session.execute(overdue):  # typed Decimals, exact
        amount = servicing.daily_penalty(unpaid_principal=principal - paid, penalty_rate=rate, currency=currency)
        per_loan[loan_id] = per_loan.get(loan_id, Decimal(0)) + amount
    charges = [(loan_id, amount) for loan_id, amount in per_loan.items() if amount > 0]
    _book(session, day, "penalty_accrual", charges, ledger.PENALTY_RECEIVABLE, ledger.PENALTY_INCOME)
    _add(session, "penalty_outstanding", charges)
    return len(charges)


def _days_between(later: dt.date, earlier_column, dialect: str):
    if dialect == "sqlite":
        return func.cast(func.julianday(literal(later.isoformat())) - func.julianday(earlier_column), Integer())
    return literal(later) - earlier_column


def arrears_bucket_sql(days_past_due):
    """domain.arrears.bucket as SQL: a CASE over the expression `days_past_due`, from the same BUCKET_LIMITS."""
    return case(
        *((days_past_due <= most, bucket.value) for most, bucket in arrears.BUCKET_LIMITS),
        else_=ArrearsBucket.OVER_90.value,
    )


def _age(session: Session, day: dt.date) -> None:
    """Days past due from the oldest instalment due and not fully paid; bucket and non-performing by domain.arrears.
    Only loans with something unpaid and due are aged; loans that were aged and are now paid go back to current."""
    unpaid_due = and_(
        LoanInstalment.due_date <= day,
        or_(
            LoanInstalment.principal_paid < LoanInstalment.principal,
            LoanInstalment.interest_paid < LoanInstalment.interest,
            LoanInstalment.fee_paid < LoanInstalment.fee,
        ),
    )
    overdue = (
        select(LoanInstalment.loan_id.label("loan_id"), func.min(LoanInstalment.due_date).label("oldest"))
        .where(unpaid_due)
        .group_by(LoanInstalment.loan_id)
        .subquery()
    )
    days = _days_between(day, overdue.c.oldest, session.bind.dialect.name)
    session.execute(
        update(Loan)
        .where(Loan.id == overdue.c.loan_id, Loan.status == LoanStatus.ACTIVE)
        .values(
            days_past_due=days,
            arrears_bucket=arrears_bucket_sql(days),
            non_performing=days > arrears.NON_PERFORMING_AFTER_DAYS,
        )
    )
    session.execute(
        update(Loan)
        .where(
            Loan.status == LoanStatus.ACTIVE,
            Loan.days_past_due > 0,
            ~exists().where(LoanInstalment.loan_id == Loan.id, unpaid_due),
        )
        .values(days_past_due=0, arrears_bucket=ArrearsBucket.CURRENT, non_performing=False)
    )


def _events(session: Session, day: dt.date) -> int:
    """Reminders: an instalment due in DUE_SOON_DAYS; the first day overdue; the day a loan turns non-performing."""
    created = 0
    soon = day + dt.timedelta(days=DUE_SOON_DAYS)
    candidates = [
        (
            "due_soon",
            select(LoanInstalment.loan_id)
            .join(Loan, Loan.id == LoanInstalment.loan_id)
            .where(
                Loan.status == LoanStatus.ACTIVE,
                LoanInstalment.due_date == soon,
                LoanInstalment.principal_paid + LoanInstalment.interest_paid + LoanInstalment.fee_paid
                < LoanInstalment.total,
            )
            .distinct(),
        ),
        ("overdue", select(Loan.id).where(Loan.status == LoanStatus.ACTIVE, Loan.days_past_due == 1)),
        (
            "non_performing",
            select(Loan.id).where(
                Loan.status == LoanStatus.ACTIVE, Loan.days_past_due == arrears.NON_PERFORMING_AFTER_DAYS + 1
            ),
        ),
    ]
    for kind, loans in candidates:
        source = loans.subquery()
        new = select(
            source.c[0],
            literal(day),
            literal(kind),
            literal({}, type_=LoanEvent.detail.type),
            literal(utcnow(), type_=LoanEvent.created_at.type),
        ).where(
            ~exists().where(LoanEvent.loan_id == source.c[0], LoanEvent.business_date == day, LoanEvent.kind == kind)
        )
        result = session.execute(
            insert(LoanEvent).from_select(["loan_id", "business_date", "kind", "detail", "created_at"], new)
        )
        created += max(result.rowcount or 0, 0)  # -1: the driver does not count
    return created


def run_day(session: Session, day: dt.date) -> dict:
    """Close one business date (in one transaction); {"date", "done_before", "loans", "penalties", "reminders"}."""
    run = _claim(session, day)
    if run is None:
        session.commit()
        return {"date": day.isoformat(), "done_before": True}
    due = _recognise_due(session, day)
    penalties = _charge_penalty(session, day)
    _age(session, day)
    reminders = _events(session, day)
    run.loans = session.scalar(select(func.count()).select_from(Loan).where(Loan.status == LoanStatus.ACTIVE))
    run.penalties, run.reminders, run.finished_at = penalties, reminders, utcnow()
    session.commit()
    return {
        "date": day.isoformat(),
        "done_before": False,
        "loans": run.loans,
        "interest_or_fees_due": due,
        "penalties": penalties,
        "reminders": reminders,
    }


def run(*, session: Session, through: dt.date | None = None, progress=None) -> list[dict]:
    """Close every business date from the day after the last closed one through `through` (default: yesterday in
    the lender's timezone), in order."""
    through = through or lender_today(session) - dt.timedelta(days=1)
    last = session.scalar(select(func.max(CobRun.business_date)).where(CobRun.finished_at.is_not(None)))
    first_open = session.scalar(select(func.min(Loan.state_as_of)).where(Loan.status == LoanStatus.ACTIVE))
    start = (last + dt.timedelta(days=1)) if last else (first_open + dt.timedelta(days=1) if first_open else through)
    start = min(start, through)
    days = [start + dt.timedelta(days=n) for n in range((through - start).days + 1)]
    if len(days) > MAX_CATCH_UP_DAYS:
        raise ValueError(f"{len(days)} business dates to close (from {start}); run with --date to close fewer")
    results = []
    for day in days:
        results.append(run_day(session, day))
        if progress:
            progress(day)
    return results


@dataclass(frozen=True)
class Closing:
    through: dt.date
    days: list[dict]  # one per business date closed (or found closed before)
    reminders: dict[str, int]  # SMS queued, and not sent for want of consent or a phone


def close(*, session: Session, through: dt.date | None = None, progress=None) -> Closing:
    """Close of business through `through` (default: yesterday), then queue the reminder SMS it raised."""
    through = through or lender_today(session) - dt.timedelta(days=1)
    days = run(session=session, through=through, progress=progress)
    return Closing(through=through, days=days, reminders=reminders.send(session, through=through))
