"""Reminder SMS from close of business: each loan event (due soon, first day overdue, non-performing) becomes one
SMS in the farmer's language — only to a farmer with an active `service_sms` consent and a phone — through the
outbox. Each event is handled once (`loan_events.sms` records what was done), so running it again sends nothing new.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..channels import sms
from ..domain.consents import ConsentPurpose
from ..models import Farmer, Loan, LoanEvent, LoanInstalment
from ..money import Money
from . import consents

BATCH = 500


def _owed(session: Session, loan: Loan, event: LoanEvent) -> tuple[Money, dt.date]:
    """What the message names: the instalment falling due (due soon), or everything due and unpaid."""
    rows = session.scalars(
        select(LoanInstalment).where(LoanInstalment.loan_id == loan.id).order_by(LoanInstalment.number)
    ).all()
    unpaid = [(row, row.total - row.principal_paid - row.interest_paid - row.fee_paid) for row in rows]
    if event.kind == "due_soon":
        due = [(row, left) for row, left in unpaid if row.due_date > event.business_date and left > 0][:1]
    else:
        due = [(row, left) for row, left in unpaid if row.due_date < event.business_date and left > 0]
    amount = sum((left for _, left in due), loan.penalty_outstanding if event.kind != "due_soon" else 0)
    return Money.of(amount, loan.currency).rounded(), (due[0][0].due_date if due else event.business_date)


def send(session: Session, *, through: dt.date) -> dict[str, int]:
    """Queue the SMS of every event up to `through` not handled yet; returns counts by what was done."""
    counts = {"queued": 0, "no_consent": 0, "no_phone": 0}
    while True:
        events = session.scalars(
            select(LoanEvent)
            .where(LoanEvent.sms.is_(None), LoanEvent.business_date <= through)
            .order_by(LoanEvent.id)
            .limit(BATCH)
        ).all()
        if not events:
            return counts
        for event in events:
            loan = session.get(Loan, event.loan_id)
            farmer = session.get(Farmer, loan.farmer_id)
            if not farmer.phone:
                event.sms = "no_phone"
            elif not consents.has_active(session=session, farmer_id=farmer.id, purpose=ConsentPurpose.SERVICE_SMS):
                event.sms = "no_consent"
            else:
                amount, date = _owed(session, loan, event)
                sms.enqueue(
                    session,
                    to=farmer.phone,
                    purpose="reminder",
                    body=i18n.text(
                        f"reminder.{event.kind}",
                        farmer.language,
                        amount=f"{amount.amount:,} {amount.currency}",
                        date=date.isoformat(),
                    ),
                )
                event.sms = "queued"
            counts[event.sms] += 1
        session.commit()
