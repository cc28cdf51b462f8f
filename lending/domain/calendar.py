"""The clock, and business dates.

`now()` is the one clock of the product: every timestamp, expiry and business date is read from it, so a test moves
all of them at once (time-machine). Business dates are dates in the lender's timezone (DESIGN.md §4): a due date,
value date or sale date is the calendar day where the lender is, whatever the server's own timezone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

ADULT_AGE = 16  # a farmer enrolled is at least this old in the year of enrolment


def now() -> dt.datetime:
    """This moment, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def business_date(timezone: str, moment: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `moment` there."""
    return (moment if moment is not None else now()).astimezone(ZoneInfo(timezone)).date()


def youngest_birth_year(today: dt.date) -> int:
    """The latest birth year a farmer enrolled on `today` may have (ADULT_AGE in this calendar year)."""
    return today.year - ADULT_AGE
