"""Business dates are dates in the lender's timezone (DESIGN.md §4)."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from flask import current_app


def lender_today() -> dt.date:
    return dt.datetime.now(ZoneInfo(current_app.config["LENDER_TZ"])).date()
