"""The limit is net of the farmer's open exposure (issue #10, finding 3), on the worked example of test_policy.py:
capacity 9,000.00 / 1.0575 = 8,510.638… (HARVEST-BALLOON, PD 0.05, 6 months, product minimum 2,000.00).

    exposure 6,510.63 → 8,510.638 − 6,510.63 = 2,000.008 → in steps of 100: 2,000.00 = the minimum → lent
    exposure 6,510.64 → 1,999.998                     → 1,900.00 < the minimum       → declined
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from lending.scoring.policy import decide
from tests.unit.scoring.test_policy import GOOD, HARVEST, MICRO, ask


def with_exposure(amount: str, loans: int = 0):
    return replace(GOOD, open_exposure=Decimal(amount), open_loans=loans)


def test_nothing_open_keeps_the_worked_limit():
    outcome = decide(pd=0.05, facts=with_exposure("0"), request=ask(), product=HARVEST)
    assert (outcome.status, outcome.limit, outcome.capacity) == ("approved", Decimal("8500.00"), Decimal("8500.00"))


def test_the_limit_is_net_of_exposure_exactly_at_the_product_minimum():
    outcome = decide(pd=0.05, facts=with_exposure("6510.63", loans=0), request=ask(), product=HARVEST)
    assert (outcome.status, outcome.rule, outcome.limit, outcome.amount, outcome.capacity) == (
        "approved",
        "band.approve",
        Decimal("2000.00"),
        Decimal("2000.00"),
        Decimal("8500.00"),
    )


def test_one_cent_more_exposure_and_the_minimum_no_longer_fits():
    outcome = decide(pd=0.05, facts=with_exposure("6510.64", loans=1), request=ask(), product=HARVEST)
    assert (outcome.status, outcome.rule, outcome.limit, outcome.amount) == (
        "declined",
        "exposure.limit_used",
        Decimal("1900.00"),
        Decimal("0.00"),
    )
    assert "6,510.64 CNY already lent or offered uses the limit of 8,500.00 CNY" in outcome.messages


def test_all_of_the_capacity_used():
    outcome = decide(pd=0.05, facts=with_exposure("8510.64", loans=1), request=ask(), product=HARVEST)
    assert (outcome.status, outcome.rule, outcome.limit) == ("declined", "exposure.limit_used", Decimal("0.00"))


def test_an_open_loan_refers_a_product_not_taken_alongside_one():
    outcome = decide(pd=0.05, facts=with_exposure("6510.63", loans=1), request=ask(), product=HARVEST)
    assert (outcome.status, outcome.rule, outcome.amount) == ("referred", "exposure.open_loan", Decimal("2000.00"))


def test_a_product_taken_alongside_is_approved_within_what_is_left():
    assert MICRO.allows_concurrent and not HARVEST.allows_concurrent
    # MICRO-BULLET: APR 0.0900 + 0.05 = 0.1400; 1 month: principal ≤ 9,000 / (1 + 0.14/12) = 8,896.21
    # less 8,000.00 open = 896.21 → 800.00 (min 500.00)
    outcome = decide(pd=0.05, facts=with_exposure("8000.00", loans=1), request=ask("5000.00", 1), product=MICRO)
    assert (outcome.status, outcome.rule, outcome.limit, outcome.amount) == (
        "approved",
        "band.approve",
        Decimal("800.00"),
        Decimal("800.00"),
    )


def test_referral_and_capacity_without_exposure_are_unchanged():
    # PD 0.07: APR 0.0650 + 0.07 = 0.1350; 9,000 / (1 + 0.1350 × 6/12) = 9,000 / 1.0675 = 8,430.91 → 8,400.00
    outcome = decide(pd=0.07, facts=with_exposure("0"), request=ask(), product=HARVEST)
    assert (outcome.status, outcome.rule, outcome.limit, outcome.capacity) == (
        "referred",
        "band.refer",
        Decimal("8400.00"),
        Decimal("8400.00"),
    )
