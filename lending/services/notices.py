"""SMS a farmer gets about their own application, in their language (issue #12: the offer by SMS after applying from a
feature phone). Written to the outbox in the caller's unit of work, so the message goes exactly when the decision is
kept; `flask outbox run` sends it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from .. import i18n
from ..channels import sms
from ..domain.actors import Actor
from ..domain.statuses import ApplicationStatus
from ..i18n.amounts import amount, percent
from ..models import Application, Farmer
from . import loans
from ._clock import lender_today
from .unit_of_work import settings_of


def offer(session: Session, *, actor: Actor, application: Application) -> None:
    """An approved application's offer — amount, months, APR, total cost of credit and until when it may be
    accepted — to the farmer's phone. Nothing for another status or a farmer without a phone."""
    farmer = session.get(Farmer, application.farmer_id)
    if application.status != ApplicationStatus.APPROVED or not farmer.phone:
        return
    schedule = loans.offer(session=session, actor=actor, application_id=application.id)
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
        purpose="offer",
    )
