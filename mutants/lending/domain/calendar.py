"""Business dates are dates in the lender's timezone (DESIGN.md §4): a due date, value date or sale date is the
calendar day where the lender is, whatever the server's own timezone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_business_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_business_date__mutmut)
def business_date(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `now` there."""
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    return moment.astimezone(ZoneInfo(timezone)).date()


def x_business_date__mutmut_orig(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `now` there."""
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    return moment.astimezone(ZoneInfo(timezone)).date()


def x_business_date__mutmut_1(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `now` there."""
    moment = None
    return moment.astimezone(ZoneInfo(timezone)).date()


def x_business_date__mutmut_2(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `now` there."""
    moment = now if (now is not None) and False else dt.datetime.now(dt.UTC)
    return moment.astimezone(ZoneInfo(timezone)).date()


def x_business_date__mutmut_3(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `now` there."""
    moment = now if (now is not None) or True else dt.datetime.now(dt.UTC)
    return moment.astimezone(ZoneInfo(timezone)).date()


def x_business_date__mutmut_4(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `now` there."""
    moment = now if now is None else dt.datetime.now(dt.UTC)
    return moment.astimezone(ZoneInfo(timezone)).date()


def x_business_date__mutmut_5(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `now` there."""
    moment = now if now is not None else dt.datetime.now(None)
    return moment.astimezone(ZoneInfo(timezone)).date()


def x_business_date__mutmut_6(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `now` there."""
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    return moment.astimezone(None).date()


def x_business_date__mutmut_7(timezone: str, now: dt.datetime | None = None) -> dt.date:
    """Today in `timezone` (an IANA name such as Asia/Shanghai), or the day of `now` there."""
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    return moment.astimezone(ZoneInfo(None)).date()

mutants_x_business_date__mutmut['_mutmut_orig'] = x_business_date__mutmut_orig # type: ignore # mutmut generated
mutants_x_business_date__mutmut['x_business_date__mutmut_1'] = x_business_date__mutmut_1 # type: ignore # mutmut generated
mutants_x_business_date__mutmut['x_business_date__mutmut_2'] = x_business_date__mutmut_2 # type: ignore # mutmut generated
mutants_x_business_date__mutmut['x_business_date__mutmut_3'] = x_business_date__mutmut_3 # type: ignore # mutmut generated
mutants_x_business_date__mutmut['x_business_date__mutmut_4'] = x_business_date__mutmut_4 # type: ignore # mutmut generated
mutants_x_business_date__mutmut['x_business_date__mutmut_5'] = x_business_date__mutmut_5 # type: ignore # mutmut generated
mutants_x_business_date__mutmut['x_business_date__mutmut_6'] = x_business_date__mutmut_6 # type: ignore # mutmut generated
mutants_x_business_date__mutmut['x_business_date__mutmut_7'] = x_business_date__mutmut_7 # type: ignore # mutmut generated
