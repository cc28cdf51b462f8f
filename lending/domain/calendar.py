"""Business dates are dates in the lender's timezone (DESIGN.md §4): a due date, value date or sale date is the
calendar day where the lender is, whatever the server's own timezone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def business_date(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `now` there."""
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    return moment.astimezone(ZoneInfo(timezone)).date()
