"""A farmer's open exposure with us: what a new limit is net of (DESIGN.md §2), and the lock that serialises a
farmer's applications so that two at once cannot both spend the same limit.

Open exposure = principal outstanding of the farmer's accepted and active loans + the amounts of approved
applications whose offer was not taken yet and has not expired (OFFER_VALID_DAYS), across products, in the currency
asked (other currencies are not netted: no product lends in two).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from ..domain.statuses import OPEN_LOAN_STATUSES, ApplicationStatus
from ..models import Application, Farmer, Loan
from ..models.base import utcnow


@dataclass(frozen=True)
class Exposure:
    amount: Decimal
    open_loans: int  # loans open + offers not yet taken


def lock_farmer(session: Session, farmer_id: uuid.UUID) -> None:
    """Hold the farmer for the rest of the transaction: a second application (or review) of the same farmer waits
    until this one commits, then sees its offer. PostgreSQL: the farmer's row lock; SQLite: its one write lock (a
    write statement that changes nothing, taken before this transaction reads anything it decides on)."""
    # Nothing pending is flushed first: an insert naming the farmer would take a key-share lock on its row, and two
    # decisions each holding one while asking for the row lock would deadlock.
    with session.no_autoflush:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(select(Farmer.id).where(Farmer.id == farmer_id).with_for_update())
        else:
            session.execute(text("UPDATE farmers SET id = id WHERE 0"))


def offer_valid_since(valid_days: int) -> dt.datetime:
    return utcnow() - dt.timedelta(days=valid_days)


def offer_expired(application: Application, valid_days: int) -> bool:
    decided_at = application.reviewed_at or application.submitted_at
    return decided_at < offer_valid_since(valid_days)


def of_farmer(
    *, session: Session, farmer_id: uuid.UUID, currency: str, valid_days: int, excluding: uuid.UUID | None = None
) -> Exposure:
    """The farmer's open exposure (leave out application `excluding`: the one being reviewed)."""
    loans = session.execute(
        select(func.count(), func.coalesce(func.sum(Loan.principal_outstanding), 0)).where(
            Loan.farmer_id == farmer_id, Loan.status.in_(OPEN_LOAN_STATUSES), Loan.currency == currency
        )
    ).one()
    taken = select(Loan.id).where(Loan.application_id == Application.id).exists()
    since = offer_valid_since(valid_days)
    offers = select(func.count(), func.coalesce(func.sum(Application.amount), 0)).where(
        Application.farmer_id == farmer_id,
        Application.status == ApplicationStatus.APPROVED,
        Application.currency == currency,
        ~taken,
        or_(Application.reviewed_at >= since, Application.reviewed_at.is_(None) & (Application.submitted_at >= since)),
    )
    if excluding is not None:
        offers = offers.where(Application.id != excluding)
    offer_count, offered = session.execute(offers).one()
    return Exposure(amount=Decimal(loans[1]) + Decimal(offered), open_loans=loans[0] + offer_count)
