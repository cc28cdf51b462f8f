"""Today's business date for a use case: the lender's timezone comes from the session's settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from ..domain.calendar import business_date
from .unit_of_work import settings_of


def lender_today(session: Session) -> dt.date:
    return business_date(settings_of(session).lender_tz)
