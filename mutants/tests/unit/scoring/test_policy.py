"""The credit policy: hard rules, PD bands, capacity limit, price, harvest-aligned term — on figures worked by hand.

Worked example (the default Settings, product HARVEST-BALLOON: CNY 2,000-50,000, 3-12 months, APR 6-18 %, base 6.50 %):
    revenue_12m 60,000.00 × net margin 0.30            = surplus 18,000.00 a year
    × capacity share 0.50                              = 9,000.00 may go to repaying us
    term 6 months < a year: one season's proceeds      → 9,000.00 repayable over the term
    PD 0.05: APR = 0.0650 + 1.0 × 0.05                 = 0.1150
    principal × (1 + 0.1150 × 6/12) ≤ 9,000.00         → principal ≤ 9,000 / 1.0575 = 8,510.64
    rounded down to the step of 100                    → limit 8,500.00
    asked for 10,000.00                                → granted 8,500.00; PD 0.05 < 0.06 → approved
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from lending.scoring.policy import DEFAULTS, Facts, Outcome, Product, Request, Settings, decide

PRODUCTS = {
    p["code"]: Product.from_dict(p)
    for p in json.loads((Path(__file__).resolve().parents[3] / "seeds" / "products.json").read_text("utf-8"))
}
HARVEST = PRODUCTS["HARVEST-BALLOON"]
EQUIP = PRODUCTS["EQUIP-ANNUITY"]
MICRO = PRODUCTS["MICRO-BULLET"]
SPRING = dt.date(2025, 3, 15)

GOOD = Facts(
    age=45,
    consent_to_scoring=True,
    kyc_complete=True,
    worst_days_past_due_current=None,
    fraud_hold=False,
    revenue_12m=Decimal("60000.00"),
    annual_debt_service=Decimal("0"),
    main_crop=None,
)


def ask(amount="10000.00", term_months=6, on=SPRING) -> Request:
    return Request(amount=Decimal(amount), term_months=term_months, on=on)


def test_products_are_read_from_the_seed_file():
    assert HARVEST == Product(
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
    )
    assert (EQUIP.amortization, MICRO.amortization) == ("equal_instalment", "bullet")


def test_worked_example_limit_from_capacity():
    outcome = decide(pd=0.05, facts=GOOD, request=ask(), product=HARVEST)
    assert outcome == Outcome(
        status="approved",
        rule="band.approve",
        amount=Decimal("8500.00"),
        limit=Decimal("8500.00"),
        apr=Decimal("0.1150"),
        term_months=6,
        due_date=None,
        messages=("amount reduced to the limit 8,500.00 CNY",),
    )


def test_a_term_over_a_year_is_repaid_from_each_years_surplus():
    # 9,000.00 a year × 2 years = 18,000.00 repayable; PD 0.04: APR 0.0750 + 0.04 = 0.1150
    # principal ≤ 18,000 / (1 + 0.1150 × 2) = 18,000 / 1.23 = 14,634.15 → 14,600.00
    outcome = decide(pd=0.04, facts=GOOD, request=ask("20000.00", 24), product=EQUIP)
    assert (outcome.limit, outcome.amount, outcome.apr, outcome.term_months) == (
        Decimal("14600.00"),
        Decimal("14600.00"),
        Decimal("0.1150"),
        24,
    )


def test_other_debt_service_comes_off_the_surplus():
    # 60,000 × 0.30 − 3,000 machine payments = 15,000; × 0.5 = 7,500; 12 months at 0.1150
    # principal ≤ 7,500 / 1.1150 = 6,726.46 → 6,700.00; asked 5,000.00 is within it, granted in full
    facts = replace(GOOD, annual_debt_service=Decimal("3000.00"))
    outcome = decide(pd=0.04, facts=facts, request=ask("5000.00", 12), product=EQUIP)
    assert (outcome.status, outcome.limit, outcome.amount, outcome.messages) == (
        "approved",
        Decimal("6700.00"),
        Decimal("5000.00"),
        (),
    )


def test_limit_is_capped_at_the_product_maximum():
    # 1,000,000 × 0.30 × 0.5 = 150,000 / 1.0575 = 141,843.97 → capped at 50,000.00
    facts = replace(GOOD, revenue_12m=Decimal("1000000.00"))
    outcome = decide(pd=0.05, facts=facts, request=ask("80000.00"), product=HARVEST)
    assert (outcome.limit, outcome.amount) == (Decimal("50000.00"), Decimal("50000.00"))


@pytest.mark.parametrize(
    "change, rule",
    [
        ({"consent_to_scoring": False}, "hard.consent"),
        ({"kyc_complete": False}, "hard.kyc"),
        ({"age": 17}, "hard.age"),
        ({"age": 71}, "hard.age"),
        ({"age": None}, "hard.age"),
        ({"worst_days_past_due_current": 31}, "hard.arrears"),
        ({"fraud_hold": True}, "hard.fraud_hold"),
    ],
)
def test_each_hard_rule_declines_with_its_code(change, rule):
    outcome = decide(pd=0.01, facts=replace(GOOD, **change), request=ask(), product=HARVEST)
    assert (outcome.status, outcome.rule, outcome.amount, outcome.limit, outcome.apr, outcome.term_months) == (
        "declined",
        rule,
        Decimal("0.00"),
        Decimal("0.00"),
        Decimal("0.0000"),
        0,
    )
    assert len(outcome.messages) == 1


@pytest.mark.parametrize(
    "change", [{"age": 18}, {"age": 70}, {"worst_days_past_due_current": 30}, {"worst_days_past_due_current": 0}]
)
def test_hard_rule_edges_pass(change):
    assert decide(pd=0.01, facts=replace(GOOD, **change), request=ask(), product=HARVEST).status == "approved"


def test_hard_rules_are_checked_in_order():
    facts = replace(GOOD, consent_to_scoring=False, kyc_complete=False, fraud_hold=True)
    assert decide(pd=0.5, facts=facts, request=ask(), product=HARVEST).rule == "hard.consent"
    facts = replace(facts, consent_to_scoring=True)
    assert decide(pd=0.5, facts=facts, request=ask(), product=HARVEST).rule == "hard.kyc"


@pytest.mark.parametrize(
    "pd, status, rule",
    [
        (0.0, "approved", "band.approve"),
        (0.0599, "approved", "band.approve"),
        (0.06, "referred", "band.refer"),  # at approve_below_pd: no longer below it
        (0.1499, "referred", "band.refer"),
        (0.15, "declined", "band.decline"),  # at decline_from_pd: declined
        (1.0, "declined", "band.decline"),
    ],
)
def test_pd_bands_and_their_edges(pd, status, rule):
    # 5,000.00 is within the limit at every PD: at the dearest, APR 0.2000, 9,000 / 1.20 = 7,500.00
    outcome = decide(pd=pd, facts=GOOD, request=ask("5000.00", 12), product=EQUIP)
    assert (outcome.status, outcome.rule) == (status, rule)
    assert outcome.amount == (Decimal("0.00") if status == "declined" else Decimal("5000.00"))


def test_a_referral_says_a_credit_officer_decides():
    outcome = decide(pd=0.10, facts=GOOD, request=ask("5000.00", 12), product=EQUIP)
    assert outcome.messages == ("PD 0.1 at or above 0.06: a credit officer decides",)


def test_pd_decline_comes_before_capacity():
    assert decide(pd=0.2, facts=replace(GOOD, revenue_12m=None), request=ask(), product=HARVEST).rule == "band.decline"


def test_thresholds_come_from_settings():
    strict = Settings(approve_below_pd="0.04", decline_from_pd="0.05")
    assert strict.approve_below_pd == Decimal("0.04")
    assert decide(pd=0.045, facts=GOOD, request=ask(), product=HARVEST, settings=strict).rule == "band.refer"
    assert decide(pd=0.05, facts=GOOD, request=ask(), product=HARVEST, settings=strict).rule == "band.decline"
    assert DEFAULTS == Settings()


def test_no_sales_means_no_capacity():
    outcome = decide(pd=0.02, facts=replace(GOOD, revenue_12m=None), request=ask(), product=HARVEST)
    assert (outcome.status, outcome.rule, outcome.amount, outcome.limit) == (
        "declined",
        "capacity.none",
        Decimal("0.00"),
        Decimal("0.00"),
    )
    assert outcome.messages[-1] == "no crop sales in the last 12 months"


def test_capacity_below_the_product_minimum_declines():
    # 10,000 × 0.30 × 0.5 = 1,500; 12 months at 0.1150: 1,500 / 1.115 = 1,345.29 → 1,300.00 < 5,000.00 minimum
    outcome = decide(
        pd=0.04, facts=replace(GOOD, revenue_12m=Decimal("10000.00")), request=ask("5000.00", 12), product=EQUIP
    )
    assert (outcome.status, outcome.rule, outcome.amount, outcome.limit) == (
        "declined",
        "capacity.none",
        Decimal("0.00"),
        Decimal("1300.00"),
    )
    assert outcome.messages == ("capacity allows 1,300.00 CNY, below the product minimum 5,000.00 CNY",)


def test_debt_service_above_the_surplus_leaves_no_capacity():
    # 60,000 × 0.30 = 18,000 < 20,000 of machine payments
    facts = replace(GOOD, annual_debt_service=Decimal("20000.00"))
    assert decide(pd=0.02, facts=facts, request=ask(), product=HARVEST).rule == "capacity.none"


def test_a_request_below_the_product_minimum_declines():
    # PD 0.02: APR 0.0850; 9,000 / (1 + 0.0850 × 0.5) = 9,000 / 1.0425 = 8,633.09 → limit 8,600.00
    outcome = decide(pd=0.02, facts=GOOD, request=ask("1500.00"), product=HARVEST)
    assert (outcome.status, outcome.rule, outcome.amount, outcome.limit) == (
        "declined",
        "product.amount_below_minimum",
        Decimal("0.00"),
        Decimal("8600.00"),
    )


def test_apr_is_capped_at_the_product_maximum():
    # 0.0650 + 0.14 = 0.2050 > 0.1800
    outcome = decide(pd=0.14, facts=GOOD, request=ask("5000.00"), product=HARVEST)
    assert outcome.apr == Decimal("0.1800")
    assert "APR capped at the product maximum 0.1800" in outcome.messages


def test_apr_is_raised_to_the_product_minimum():
    cheap = replace(HARVEST, base_apr=Decimal("0.0500"))
    outcome = decide(pd=0.005, facts=GOOD, request=ask("5000.00"), product=cheap)  # 0.0550 < 0.0600
    assert outcome.apr == Decimal("0.0600")
    assert "APR raised to the product minimum 0.0600" in outcome.messages


@pytest.mark.parametrize("pd, apr", [(0.00005, "0.0650"), (0.00015, "0.0652"), (0.0123, "0.0773")])
def test_apr_is_rounded_half_even_to_four_places(pd, apr):
    # 0.06505 → 0.0650 (to the even 0); 0.06515 → 0.0652 (to the even 2); 0.0773 exact
    assert decide(pd=pd, facts=GOOD, request=ask("5000.00"), product=HARVEST).apr == Decimal(apr)


def test_rice_farmers_season_loan_falls_due_after_the_rice_is_sold():
    # Applied 15 Mar 2025; rice is cut Sep-Nov, so the money is in by 31 Dec 2025.
    # 15 Dec is short of 31 Dec, 15 Jan past it → 10 months (within 3-12).
    # 10 months at 0.1150: 9,000 / (1 + 0.1150 × 10/12) = 9,000 / 1.095833 = 8,212.93 → 8,200.00
    facts = replace(GOOD, main_crop="rice")
    outcome = decide(pd=0.05, facts=facts, request=ask("8000.00", 6), product=HARVEST)
    assert (outcome.status, outcome.due_date, outcome.term_months, outcome.limit, outcome.amount) == (
        "approved",
        dt.date(2025, 12, 31),
        10,
        Decimal("8200.00"),
        Decimal("8000.00"),
    )
    assert outcome.messages == ("term 10 months, due 2025-12-31 after the rice harvest",)


def test_wheat_farmers_spring_loan_falls_due_end_of_july():
    # 1 Mar 2025 → 31 Jul 2025 (wheat cut in June): 1 Jul is short, 1 Aug past → 5 months
    outcome = decide(
        pd=0.05,
        facts=replace(GOOD, main_crop="wheat"),
        request=ask("5000.00", 12, dt.date(2025, 3, 1)),
        product=HARVEST,
    )
    assert (outcome.due_date, outcome.term_months) == (dt.date(2025, 7, 31), 5)


def test_bullet_loan_runs_to_the_corn_money():
    # 1 Oct 2025 → 30 Nov 2025 is 60 days (corn cut Sep-Oct): 1 Nov short, 1 Dec past → 2 months (within 1-6)
    outcome = decide(
        pd=0.05, facts=replace(GOOD, main_crop="corn"), request=ask("3000.00", 6, dt.date(2025, 10, 1)), product=MICRO
    )
    assert (outcome.due_date, outcome.term_months, outcome.amount) == (dt.date(2025, 11, 30), 2, Decimal("3000.00"))


def test_harvest_beyond_the_longest_term_caps_the_term():
    # 2 Jun 2025: the 2025 wheat money (31 Jul) is under the 3-month minimum; the 2026 one is 14 months away.
    outcome = decide(
        pd=0.05, facts=replace(GOOD, main_crop="wheat"), request=ask("5000.00", 6, dt.date(2025, 6, 2)), product=HARVEST
    )
    assert (outcome.term_months, outcome.due_date) == (12, dt.date(2026, 6, 2))
    assert outcome.messages == (
        "the wheat harvest due 2026-07-31 is beyond the product's 12 months; term 12 months, due 2026-06-02",
    )


def test_instalment_loans_keep_the_requested_term_within_bounds():
    rice = replace(GOOD, main_crop="rice")
    assert decide(pd=0.05, facts=rice, request=ask("5000.00", 18), product=EQUIP).term_months == 18
    short = decide(pd=0.05, facts=rice, request=ask("5000.00", 3), product=EQUIP)
    assert (short.term_months, short.due_date) == (6, None)
    assert short.messages == ("term set to 6 months (product allows 6-36)",)


def test_unknown_crop_keeps_the_requested_term():
    outcome = decide(pd=0.05, facts=replace(GOOD, main_crop="barley"), request=ask("5000.00", 24), product=HARVEST)
    assert (outcome.term_months, outcome.due_date) == (12, None)


def test_amounts_have_the_currencys_decimals():
    cny = decide(pd=0.05, facts=GOOD, request=ask(), product=HARVEST)
    assert (str(cny.amount), str(cny.limit)) == ("8500.00", "8500.00")
    # UGX has no minor unit: 6,000,000 × 0.30 × 0.5 = 900,000 / 1.0575 = 851,063.83 → 851,000
    ugx = replace(
        HARVEST, code="UGX-SEASON", currency="UGX", min_amount=Decimal("50000"), max_amount=Decimal("5000000")
    )
    facts = replace(GOOD, revenue_12m=Decimal("6000000"))
    outcome = decide(pd=0.05, facts=facts, request=ask("1000000"), product=ugx)
    assert (str(outcome.amount), str(outcome.limit)) == ("851000", "851000")
    assert outcome.messages == ("amount reduced to the limit 851,000 UGX",)
    declined = decide(pd=0.5, facts=facts, request=ask("1000000"), product=ugx)
    assert str(declined.amount) == "0"


@pytest.mark.parametrize("pd", [-0.01, 1.01, float("nan"), float("inf")])
def test_a_pd_outside_zero_to_one_is_refused(pd):
    with pytest.raises(ValueError):
        decide(pd=pd, facts=GOOD, request=ask(), product=HARVEST)


def test_a_request_finer_than_the_currency_is_refused():
    with pytest.raises(ValueError):
        decide(pd=0.05, facts=GOOD, request=ask("5000.001"), product=HARVEST)
    with pytest.raises(TypeError):
        Request(amount=5000.0, term_months=6, on=SPRING)


def test_the_same_inputs_give_the_same_outcome():
    facts = replace(GOOD, main_crop="rice")
    assert decide(pd=0.07, facts=facts, request=ask(), product=HARVEST) == decide(
        pd=0.07, facts=facts, request=ask(), product=HARVEST
    )
