"""domain.calendar: the clock is aware UTC; a business date is the day where the lender is."""

from __future__ import annotations

import datetime as dt

from lending.domain import calendar
from lending.domain.calendar import ADULT_AGE, business_date, youngest_birth_year


def test_now_is_aware_utc_and_close_to_the_system_clock():
    before = dt.datetime.now(dt.UTC)
    moment = calendar.now()
    after = dt.datetime.now(dt.UTC)
    assert moment.utcoffset() == dt.timedelta(0)
    assert before <= moment <= after


def test_a_business_date_is_the_day_in_the_lenders_timezone():
    # 2027-12-31 16:30 UTC + 8 h = 2028-01-01 00:30 in Shanghai: already the new year there
    moment = dt.datetime(2027, 12, 31, 16, 30, tzinfo=dt.UTC)
    assert business_date("Asia/Shanghai", moment) == dt.date(2028, 1, 1)
    assert business_date("UTC", moment) == dt.date(2027, 12, 31)
    # 16:30 UTC − 5 h (New York in winter) = 11:30 the same day
    assert business_date("America/New_York", moment) == dt.date(2027, 12, 31)
    # one minute earlier, 15:59 UTC is 23:59 in Shanghai: still the old year
    assert business_date("Asia/Shanghai", moment - dt.timedelta(minutes=31)) == dt.date(2027, 12, 31)


def test_without_a_moment_the_business_date_is_read_from_the_clock(monkeypatch):
    monkeypatch.setattr(calendar, "now", lambda: dt.datetime(2027, 12, 31, 16, 30, tzinfo=dt.UTC))
    assert business_date("Asia/Shanghai") == dt.date(2028, 1, 1)
    assert business_date("Africa/Nairobi") == dt.date(2027, 12, 31)  # UTC + 3: 19:30


def test_the_youngest_birth_year_is_sixteen_years_back_whatever_the_day():
    assert ADULT_AGE == 16
    assert youngest_birth_year(dt.date(2026, 1, 1)) == 2010  # 2026 − 16
    assert youngest_birth_year(dt.date(2026, 12, 31)) == 2010
    assert youngest_birth_year(dt.date(2028, 1, 1)) == 2012
