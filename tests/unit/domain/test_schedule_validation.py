"""Terms that make no loan are refused by `schedules.build` with a message naming the term and what it must be —
every refusal, word for word, and the edge of each (a harvest on the start date, a term of 1.5 months)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from lending.domain.schedules import build
from lending.domain.terms import LoanTerms

START = dt.date(2025, 1, 15)
BASE = LoanTerms(
    principal=Decimal("1000.00"), currency="CNY", annual_rate=Decimal("0.12"), method="annuity", term_months=3,
    start=START, day_count="30/360",
)  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"principal": 1000.0}, "principal must be a finite Decimal, got 1000.0"),
        ({"annual_rate": Decimal("NaN")}, "annual_rate must be a finite Decimal, got Decimal('NaN')"),
        ({"fee_rate": Decimal("Infinity")}, "fee_rate must be a finite Decimal, got Decimal('Infinity')"),
        ({"fee_rate": Decimal("-0.01")}, "fee_rate must not be negative, got -0.01"),
        ({"principal": Decimal("1000.005")}, "principal 1000.005 has more decimals than CNY allows (2)"),
        # 59 digits before the point and 3 after: scaled to fen it needs 62 digits, more than the exact context's 60 —
        # refused, never rounded to a whole number of fen on the way
        ({"principal": Decimal("1" * 59 + ".001")}, f"principal {'1' * 59}.001 has more decimals than CNY allows (2)"),
        (
            {"method": "weekly"},
            "unknown method 'weekly'; expected one of annuity, equal_principal, flat, balloon, bullet",
        ),
        ({"day_count": "act/act"}, "unknown day count 'act/act'; expected one of actual/365, actual/360, 30/360"),
        ({"fee_mode": "upfront"}, "unknown fee_mode 'upfront'; expected one of deducted, capitalised"),
        (
            {"balloon_interest": "weekly"},
            "unknown balloon_interest 'weekly'; expected one of monthly, at_harvest",
        ),
        # a fraction of a month is refused even though it is at least 1
        ({"term_months": 1.5}, "term_months must be a whole number of at least 1, got 1.5"),
        ({"term_months": 0}, "term_months must be a whole number of at least 1, got 0"),
        # a harvest on the start date leaves no time to grow anything
        (
            {"method": "balloon", "harvest": START},
            "harvest 2025-01-15 must be after start 2025-01-15",
        ),
        ({"first_due": START}, "first_due 2025-01-15 must be after start 2025-01-15"),
    ],
)
def test_terms_that_make_no_loan_are_refused_naming_the_term(changes, message):
    with pytest.raises(ValueError) as refused:
        build(dataclasses.replace(BASE, **changes))
    assert str(refused.value) == message


def test_a_harvest_the_day_after_the_start_is_a_loan():
    schedule = build(dataclasses.replace(BASE, method="balloon", term_months=1, harvest=START + dt.timedelta(days=1)))
    # 1,000.00 × 12 % × 1 day / 360 (30/360 counts 15 → 16 January as one day) = 0.333 → 0.33
    assert [(str(i.due_date), str(i.principal), str(i.interest)) for i in schedule.instalments] == [
        ("2025-01-16", "1000.00", "0.33")
    ]


def test_a_fee_may_leave_one_fen_to_pay_out_but_not_none():
    # 1.00 at a 99 % fee: the fee is 0.99, 0.01 is paid out — a loan (a silly one, but the arithmetic holds)
    schedule = build(dataclasses.replace(BASE, principal=Decimal("1.00"), fee_rate=Decimal("0.99"), term_months=1))
    assert (str(schedule.fee), str(schedule.disbursed)) == ("0.99", "0.01")
    # at 100 % nothing is paid out
    with pytest.raises(ValueError) as refused:
        build(dataclasses.replace(BASE, principal=Decimal("1.00"), fee_rate=Decimal("1"), term_months=1))
    assert str(refused.value) == "fee_rate 1 leaves nothing to disburse from principal 1.00"
