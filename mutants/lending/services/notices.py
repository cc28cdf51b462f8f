"""SMS a farmer gets about their own application and loan, in their language, whichever channel it came from: the
decision (an approval's offer), and the payout. Written to the outbox in the caller's unit of work, so the message
goes exactly when what it tells is kept; `flask outbox run` sends it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..channels import sms
from ..domain.actors import Actor
from ..domain.statuses import ApplicationStatus, SmsPurpose
from ..errors import LendingError
from ..i18n.amounts import amount, percent
from ..models import Application, Farmer, Loan, LoanInstalment
from ._clock import lender_today
from .unit_of_work import settings_of


def decision(session: Session, *, actor: Actor, application: Application) -> None:
    """What was decided, to the farmer's phone, whichever channel the application came from: an approval's offer
    (`offer`), or that a person will look at it, or that it was not approved this time and how to ask for a person's
    review. Nothing for a farmer without a phone."""
    if application.status == ApplicationStatus.APPROVED:
        offer(session, actor=actor, application=application)
        return
    farmer = session.get(Farmer, application.farmer_id)
    key = {ApplicationStatus.REFERRED: "decision.sms.referred", ApplicationStatus.DECLINED: "decision.sms.declined"}
    if application.status not in key or not farmer.phone:
        return
    sms.enqueue(
        session,
        to=farmer.phone,
        body=i18n.text(
            key[application.status],
            farmer.language,
            amount=amount(application.requested_amount, application.currency, farmer.language),
        ),
        purpose=SmsPurpose.OFFER,
    )


def disbursed(session: Session, *, loan: Loan, amount_paid: Decimal) -> None:
    """A loan paid out: how much reached the farmer and when the first instalment is due."""
    farmer = session.get(Farmer, loan.farmer_id)
    if not farmer.phone:
        return
    first = session.scalar(
        select(LoanInstalment).where(LoanInstalment.loan_id == loan.id).order_by(LoanInstalment.number).limit(1)
    )
    sms.enqueue(
        session,
        to=farmer.phone,
        body=i18n.text(
            "decision.sms.disbursed",
            farmer.language,
            amount=amount(amount_paid, loan.currency, farmer.language),
            due=amount(first.total, loan.currency, farmer.language) if first else "-",
            date=first.due_date.isoformat() if first else "-",
        ),
        purpose=SmsPurpose.DISBURSEMENT,
    )


def offer(session: Session, *, actor: Actor, application: Application) -> None:
    """An approved application's offer — amount, months, APR, total cost of credit and until when it may be
    accepted — to the farmer's phone. Nothing for another status or a farmer without a phone."""
    farmer = session.get(Farmer, application.farmer_id)
    if application.status != ApplicationStatus.APPROVED or not farmer.phone:
        return
    from . import loans  # loans sends its own notices (disbursed): imported here, so the imports run one way

    try:
        schedule = loans.offer(session=session, actor=actor, application_id=application.id)
    except LendingError:  # nothing the farmer could take up (an offer valid for 0 days): nothing to tell
        return
    language = farmer.language
    until = lender_today(session) + dt.timedelta(days=settings_of(session).offer_valid_days)
    sms.enqueue(
        session,
        to=farmer.phone,
        body=i18n.text(
            "ussd.sms.offer",
            language,
            amount=amount(application.amount, application.currency, language),
            months=application.term_months,
            apr=percent(schedule.apr),
            cost=amount(schedule.total_cost_of_credit, application.currency, language),
            date=until.isoformat(),
        ),
        purpose=SmsPurpose.OFFER,
    )
