"""What the policy accepts: a Product, Settings, Facts and a Request are checked when built, with the exact reason for
a refusal and each bound exactly at its edge. Everything is built inside the tests (a value built at import time is
fixed before the code under test can change)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from lending.scoring.policy import Facts, Product, Request, Settings

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "products.json"
SPRING = dt.date(2025, 3, 15)
PRODUCT = {
    "code": "T",
    "currency": "CNY",
    "min_amount": "2000.00",
    "max_amount": "50000.00",
    "min_term_months": 3,
    "max_term_months": 12,
    "min_apr": "0.0600",
    "max_apr": "0.1800",
    "base_apr": "0.0650",
    "amortization": "harvest_balloon",
}
FACTS = {
    "age": 45,
    "consent_to_scoring": True,
    "kyc_complete": True,
    "worst_days_past_due_current": None,
    "fraud_hold": False,
    "revenue_12m": None,
}


def refusal(build, **fields) -> str:
    with pytest.raises(ValueError) as refused:
        build(**fields)
    return str(refused.value)


def product(**change) -> Product:
    return Product(**{**PRODUCT, **change})


# --- Product -------------------------------------------------------------------------------------------------------


def test_products_are_read_from_the_seed_file_field_by_field():
    products = {p["code"]: Product.from_dict(p) for p in json.loads(SEEDS.read_text("utf-8"))}
    assert products["HARVEST-BALLOON"] == Product(
        code="HARVEST-BALLOON",
        currency="CNY",
        min_amount=Decimal("2000.00"),
        max_amount=Decimal("50000.00"),
        min_term_months=3,
        max_term_months=12,
        min_apr=Decimal("0.0600"),
        max_apr=Decimal("0.1800"),
        base_apr=Decimal("0.0650"),
        amortization="harvest_balloon",
        allows_concurrent=False,  # no allows_concurrent key in the seed: not taken alongside another loan
    )
    micro = products["MICRO-BULLET"]
    assert (micro.allows_concurrent, micro.min_term_months, micro.amortization) == (True, 1, "bullet")
    assert (products["KE-SEASON"].currency, products["KE-SEASON"].max_amount) == ("KES", Decimal("100000.00"))


def test_a_product_from_a_dict_with_text_numbers_and_extra_keys():
    read = Product.from_dict({**PRODUCT, "min_term_months": "3", "max_term_months": "12", "name": "ignored"})
    assert read == product(allows_concurrent=False)
    assert Product.from_dict({**PRODUCT, "allows_concurrent": 1}).allows_concurrent is True


def test_product_amounts_and_rates_are_decimals():
    made = product(min_apr=0.06, max_apr="0.18", base_apr=Decimal("0.065"))
    assert (made.min_amount, made.max_amount, made.min_apr, made.max_apr, made.base_apr) == (
        Decimal("2000.00"),
        Decimal("50000.00"),
        Decimal("0.06"),  # a float rate through str: 0.06, not 0.059999…
        Decimal("0.18"),
        Decimal("0.065"),
    )
    assert isinstance(made.min_amount, Decimal) and isinstance(made.max_amount, Decimal)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"min_amount": "2000.001"}, "min_amount 2000.001 has more decimals than CNY allows"),
        ({"max_amount": "50000.005"}, "max_amount 50000.005 has more decimals than CNY allows"),
        ({"min_amount": "0.00"}, "product T: amount bounds 0.00..50000.00"),
        ({"min_amount": "50000.01"}, "product T: amount bounds 50000.01..50000.00"),
        ({"min_term_months": 0}, "product T: term bounds 0..12"),
        ({"min_term_months": 13}, "product T: term bounds 13..12"),
        ({"min_apr": "-0.0001"}, "product T: APR bounds -0.0001..0.1800"),
        ({"min_apr": "0.1801"}, "product T: APR bounds 0.1801..0.1800"),
        ({"min_apr": float("nan")}, "not a finite rate: nan"),
    ],
)
def test_product_bounds_are_refused_with_their_reason(change, message):
    assert refusal(product, **change) == message


@pytest.mark.parametrize(
    "change",
    [
        {"min_amount": "0.01"},  # one cent: the least positive minimum
        {"min_amount": "1.00"},
        {"min_amount": "50000.00"},  # a single amount
        {"min_term_months": 1},
        {"min_term_months": 12},  # a single term
        {"min_apr": "0"},  # interest-free is allowed
        {"min_apr": "0.1800"},  # a single price
    ],
)
def test_product_bounds_at_their_edges_are_accepted(change):
    made = product(**change)
    assert {name: getattr(made, name) for name in change} == {
        name: Decimal(value) if isinstance(value, str) else value for name, value in change.items()
    }


# --- Settings ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"approve_below_pd": "-0.01"},
        {"approve_below_pd": "0.16"},  # above decline_from_pd 0.15
        {"decline_from_pd": "1.01"},
        {"approve_below_pd": "0.5", "decline_from_pd": "0.4"},
    ],
)
def test_pd_thresholds_out_of_order_are_refused(change):
    assert refusal(Settings, **change) == "need 0 <= approve_below_pd <= decline_from_pd <= 1"


@pytest.mark.parametrize(
    "change",
    [
        {"approve_below_pd": "0"},  # nothing approved without an officer
        {"approve_below_pd": "0.15"},  # = decline_from_pd: no referral band
        {"decline_from_pd": "1"},  # only a certain default is declined
    ],
)
def test_pd_thresholds_at_their_edges_are_accepted(change):
    made = Settings(**change)
    assert {name: getattr(made, name) for name in change} == {name: Decimal(v) for name, v in change.items()}


@pytest.mark.parametrize("step", ["0", "-100"])
def test_a_limit_step_must_be_positive(step):
    assert refusal(Settings, limit_step=step) == "limit_step must be positive"


@pytest.mark.parametrize("step", ["0.01", "1", "50"])
def test_a_limit_step_is_a_decimal(step):
    assert Settings(limit_step=step).limit_step == Decimal(step)


def test_settings_rates_are_decimals_and_a_float_goes_through_str():
    made = Settings(net_margin=0.3, capacity_share="0.40", risk_premium_per_pd=Decimal("2"))
    assert (made.net_margin, made.capacity_share, made.risk_premium_per_pd) == (
        Decimal("0.3"),
        Decimal("0.40"),
        Decimal("2"),
    )


@pytest.mark.parametrize(
    "value, message",
    [
        ("abc", "not an amount: 'abc'"),
        ("NaN", "not a finite amount: 'NaN'"),
        (float("inf"), "not a finite rate: inf"),
    ],
)
def test_a_rate_that_is_not_a_finite_number_is_refused(value, message):
    assert refusal(Settings, net_margin=value) == message


# --- Facts and Request -----------------------------------------------------------------------------------------------


def test_facts_amounts_become_decimals():
    facts = Facts(**{**FACTS, "revenue_12m": "60000.00"}, annual_debt_service="3000.00", open_exposure="10.50")
    assert (facts.revenue_12m, facts.annual_debt_service, facts.open_exposure) == (
        Decimal("60000.00"),
        Decimal("3000.00"),
        Decimal("10.50"),
    )
    assert all(isinstance(v, Decimal) for v in (facts.revenue_12m, facts.annual_debt_service, facts.open_exposure))


@pytest.mark.parametrize("change", [{"open_exposure": "-0.01"}, {"open_loans": -1}])
def test_negative_exposure_or_open_loans_are_refused(change):
    assert refusal(Facts, **FACTS, **change) == "open exposure and open loans cannot be negative"


def test_nothing_open_is_accepted():
    facts = Facts(**FACTS, open_exposure="0", open_loans=0)
    assert (facts.open_exposure, facts.open_loans) == (Decimal("0"), 0)


def test_a_request_amount_becomes_a_decimal_and_a_cent_is_positive():
    request = Request(amount="0.01", term_months=1, on=SPRING)
    assert (request.amount, request.term_months) == (Decimal("0.01"), 1)
    assert isinstance(request.amount, Decimal)
    assert Request(amount="1.00", term_months=1, on=SPRING).amount == Decimal("1.00")


@pytest.mark.parametrize(
    "amount, term_months, message",
    [
        ("0", 6, "requested amount must be positive, not 0"),
        ("-0.01", 6, "requested amount must be positive, not -0.01"),
        ("100.00", 0, "requested term must be positive, not 0"),
        ("100.00", -1, "requested term must be positive, not -1"),
    ],
)
def test_a_request_must_be_positive(amount, term_months, message):
    assert refusal(Request, amount=amount, term_months=term_months, on=SPRING) == message
