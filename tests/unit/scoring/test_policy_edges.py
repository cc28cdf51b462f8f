"""The credit policy at each of its edges: exactly at a threshold and one unit (0.01, one limit step, 0.0001 of PD or
APR, one year of age, one day past due, one calendar day) either side, with the exact outcome and message.

Every figure is worked by hand from the default Settings (net margin 0.30, capacity share 0.50, risk premium 1.0 ×
PD, limit step 100) and the seeded products, built inside each test (a value built when the module is imported is
fixed before the code under test can change):

    HARVEST-BALLOON  CNY 2,000.00-50,000.00, 3-12 months, APR 0.0600-0.1800, base 0.0650, harvest_balloon
    EQUIP-ANNUITY    CNY 5,000.00-100,000.00, 6-36 months, APR 0.0700-0.2000, base 0.0750, equal_instalment

The harvest-aligned cases apply on 1 Jul 2025 with rice as the main crop: rice is cut Sep-Nov, so its money is in
by 31 Dec 2025; add_months(1 Jul, 5) = 1 Dec is short of it, add_months(1 Jul, 6) = 1 Jan 2026 is past it →
6 months, due 2025-12-31. PD 0.05 prices at 0.0650 + 0.05 = 0.1150, so a principal P costs
P × (1 + 0.1150 × 6/12) = P × 1.0575 over the term.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path

import pytest

from lending.scoring.policy import Facts, Outcome, Product, Request, Settings, band, capacity, decide, in_steps

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "products.json"
JULY_1 = dt.date(2025, 7, 1)
SPRING = dt.date(2025, 3, 15)
RICE_TERM = "term 6 months, due 2025-12-31 after the rice harvest"
RICE_DUE = dt.date(2025, 12, 31)


def seeded(code: str) -> Product:
    return next(Product.from_dict(p) for p in json.loads(SEEDS.read_text("utf-8")) if p["code"] == code)


def farmer(**change) -> Facts:
    """A farmer who passes every hard rule, with 60,000.00 of sales and nothing open with us."""
    fields = {
        "age": 45,
        "consent_to_scoring": True,
        "kyc_complete": True,
        "worst_days_past_due_current": None,
        "fraud_hold": False,
        "revenue_12m": Decimal("60000.00"),
        "main_crop": None,
    }
    return Facts(**{**fields, **change})


def ask(amount: str = "5000.00", term_months: int = 6, on: dt.date = SPRING) -> Request:
    return Request(amount=Decimal(amount), term_months=term_months, on=on)


def declined(rule: str, *messages: str) -> Outcome:
    """A decline before pricing: nothing granted, no limit, APR or term."""
    return Outcome("declined", rule, Decimal("0.00"), Decimal("0.00"), Decimal("0.0000"), 0, None, messages)


# --- capacity floor: the limit (capacity in limit steps, net of exposure) against the product minimum ---------------


def test_a_limit_exactly_at_the_product_minimum_is_lent():
    # 14,100.00 × 0.30 = 4,230.00 surplus; × 0.50 = 2,115.00 repayable (6 months < a year: one season's proceeds);
    # 2,115.00 / 1.0575 = 2,000.00 exactly → in steps of 100: 2,000.00 = HARVEST-BALLOON's minimum → not declined
    facts = farmer(revenue_12m=Decimal("14100.00"), main_crop="rice")
    outcome = decide(pd=0.05, facts=facts, request=ask("2000.00", on=JULY_1), product=seeded("HARVEST-BALLOON"))
    assert outcome == Outcome(
        "approved", "band.approve", Decimal("2000.00"), Decimal("2000.00"), Decimal("0.1150"), 6, RICE_DUE, (RICE_TERM,)
    )
    assert outcome.capacity == Decimal("2000.00")


def test_a_limit_one_step_below_the_product_minimum_is_declined_for_capacity():
    # 14,099.99 × 0.30 × 0.50 = 2,114.9985; / 1.0575 = 1,999.9986 → in steps of 100: 1,900.00 < 2,000.00
    facts = farmer(revenue_12m=Decimal("14099.99"), main_crop="rice")
    outcome = decide(pd=0.05, facts=facts, request=ask("2000.00", on=JULY_1), product=seeded("HARVEST-BALLOON"))
    assert outcome == Outcome(
        "declined",
        "capacity.none",
        Decimal("0.00"),
        Decimal("1900.00"),
        Decimal("0.1150"),
        6,
        RICE_DUE,
        (RICE_TERM, "capacity allows 1,900.00 CNY, below the product minimum 2,000.00 CNY"),
    )
    assert outcome.capacity == Decimal("1900.00")


def test_no_sales_declines_for_capacity_after_the_price_and_term_are_worked_out():
    outcome = decide(
        pd=0.05,
        facts=farmer(revenue_12m=None, main_crop="rice"),
        request=ask(on=JULY_1),
        product=seeded("HARVEST-BALLOON"),
    )
    assert outcome == Outcome(
        "declined",
        "capacity.none",
        Decimal("0.00"),
        Decimal("0.00"),
        Decimal("0.1150"),
        6,
        RICE_DUE,
        (RICE_TERM, "no crop sales in the last 12 months"),
    )
    assert outcome.capacity == Decimal("0.00")


# --- exposure.limit_used: the gross limit reaches the minimum, only what is open takes it below ----------------------


def test_a_gross_limit_exactly_at_the_minimum_used_by_one_cent_open_is_exposure_used():
    # capacity 2,000.00 exactly (as above); gross 2,000.00 ≥ 2,000.00 minimum;
    # net 2,000.00 − 0.01 = 1,999.99 → 1,900.00 < the minimum: the open cent is what stops it
    facts = farmer(revenue_12m=Decimal("14100.00"), main_crop="rice", open_exposure=Decimal("0.01"), open_loans=1)
    outcome = decide(pd=0.05, facts=facts, request=ask("2000.00", on=JULY_1), product=seeded("HARVEST-BALLOON"))
    assert outcome == Outcome(
        "declined",
        "exposure.limit_used",
        Decimal("0.00"),
        Decimal("1900.00"),
        Decimal("0.1150"),
        6,
        RICE_DUE,
        (RICE_TERM, "0.01 CNY already lent or offered uses the limit of 2,000.00 CNY"),
    )
    assert outcome.capacity == Decimal("2000.00")


def test_a_gross_limit_one_step_below_the_minimum_with_exposure_is_still_capacity_none():
    # capacity 1,999.9986 → gross 1,900.00 < 2,000.00: too small even with nothing open, so the reason is capacity;
    # net 1,999.9986 − 0.01 = 1,999.9886 → 1,900.00
    facts = farmer(revenue_12m=Decimal("14099.99"), main_crop="rice", open_exposure=Decimal("0.01"), open_loans=1)
    outcome = decide(pd=0.05, facts=facts, request=ask("2000.00", on=JULY_1), product=seeded("HARVEST-BALLOON"))
    assert (outcome.status, outcome.rule, outcome.limit, outcome.messages) == (
        "declined",
        "capacity.none",
        Decimal("1900.00"),
        (RICE_TERM, "capacity allows 1,900.00 CNY, below the product minimum 2,000.00 CNY"),
    )
    assert outcome.capacity == Decimal("1900.00")


def test_one_cent_open_is_named_when_the_net_limit_is_lent():
    # 60,000.00 × 0.30 × 0.50 = 9,000.00 / 1.0575 = 8,510.638; − 0.01 = 8,510.628 → 8,500.00 (gross 8,500.00 too)
    facts = farmer(open_exposure=Decimal("0.01"))
    outcome = decide(pd=0.05, facts=facts, request=ask(), product=seeded("HARVEST-BALLOON"))
    assert (outcome.status, outcome.amount, outcome.messages) == (
        "approved",
        Decimal("5000.00"),
        ("limit 8,500.00 CNY less 0.01 CNY already lent or offered",),
    )


# --- the requested amount against the product minimum and the limit -----------------------------------------------


def test_a_request_exactly_at_the_product_minimum_is_approved():
    # limit 8,500.00 (9,000.00 / 1.0575 = 8,510.64 → 8,500.00); 2,000.00 = the minimum → granted in full
    outcome = decide(pd=0.05, facts=farmer(), request=ask("2000.00"), product=seeded("HARVEST-BALLOON"))
    assert outcome == Outcome(
        "approved", "band.approve", Decimal("2000.00"), Decimal("8500.00"), Decimal("0.1150"), 6, None, ()
    )


def test_a_request_one_cent_below_the_product_minimum_is_declined_with_the_term_worked_out():
    # on 1 Jul 2025 with rice: 6 months to 31 Dec 2025, limit 8,500.00 as above; 1,999.99 < 2,000.00
    outcome = decide(
        pd=0.05,
        facts=farmer(main_crop="rice"),
        request=ask("1999.99", on=JULY_1),
        product=seeded("HARVEST-BALLOON"),
    )
    assert outcome == Outcome(
        "declined",
        "product.amount_below_minimum",
        Decimal("0.00"),
        Decimal("8500.00"),
        Decimal("0.1150"),
        6,
        RICE_DUE,
        (RICE_TERM, "1,999.99 CNY is below the product minimum 2,000.00 CNY"),
    )


@pytest.mark.parametrize(
    "asked, granted, messages",
    [
        ("8499.99", "8499.99", ()),
        ("8500.00", "8500.00", ()),  # exactly the limit: nothing to reduce
        ("8500.01", "8500.00", ("amount reduced to the limit 8,500.00 CNY",)),
    ],
)
def test_a_request_at_the_limit_and_a_cent_either_side(asked, granted, messages):
    outcome = decide(pd=0.05, facts=farmer(), request=ask(asked), product=seeded("HARVEST-BALLOON"))
    assert (outcome.amount, outcome.limit, outcome.messages) == (Decimal(granted), Decimal("8500.00"), messages)


# --- PD bands ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pd, expected",
    [
        ("0", "approve"),
        ("0.0599", "approve"),
        ("0.06", "refer"),  # at approve_below_pd: no longer below it
        ("0.0601", "refer"),
        ("0.1499", "refer"),
        ("0.15", "decline"),  # at decline_from_pd: declined
        ("0.1501", "decline"),
        ("1", "decline"),
    ],
)
def test_band_edges(pd, expected):
    assert band(Decimal(pd), Settings()) == expected


def test_equal_thresholds_leave_no_referral_band():
    same = Settings(approve_below_pd="0.10", decline_from_pd="0.10")
    assert (band(Decimal("0.0999"), same), band(Decimal("0.10"), same)) == ("approve", "decline")


@pytest.mark.parametrize(
    "pd, status, rule, apr, messages",
    [
        # EQUIP-ANNUITY, 12 months: APR 0.0750 + PD; the dearest here 0.2000: 9,000.00 / 1.20 = 7,500.00 ≥ 5,000.00
        ("0.0599", "approved", "band.approve", "0.1349", ()),
        ("0.06", "referred", "band.refer", "0.1350", ("PD 0.06 at or above 0.06: a credit officer decides",)),
        ("0.0601", "referred", "band.refer", "0.1351", ("PD 0.0601 at or above 0.06: a credit officer decides",)),
        # APR 0.0750 + 0.1499 = 0.2249, over EQUIP's 0.2000 cap: the cap message comes first
        (
            "0.1499",
            "referred",
            "band.refer",
            "0.2000",
            ("APR capped at the product maximum 0.2000", "PD 0.1499 at or above 0.06: a credit officer decides"),
        ),
    ],
)
def test_pd_band_edges_decide_the_status(pd, status, rule, apr, messages):
    outcome = decide(pd=Decimal(pd), facts=farmer(), request=ask("5000.00", 12), product=seeded("EQUIP-ANNUITY"))
    assert (outcome.status, outcome.rule, outcome.amount, outcome.apr, outcome.messages) == (
        status,
        rule,
        Decimal("5000.00"),
        Decimal(apr),
        messages,
    )


@pytest.mark.parametrize("pd", ["0.15", "0.1501"])
def test_a_pd_at_or_above_decline_from_pd_is_declined_before_pricing(pd):
    outcome = decide(pd=Decimal(pd), facts=farmer(), request=ask("5000.00", 12), product=seeded("EQUIP-ANNUITY"))
    assert outcome == declined("band.decline", f"PD {pd} at or above 0.15")


# --- referrals within the approve band -------------------------------------------------------------------------------


def test_a_risk_review_refers_an_approvable_application():
    outcome = decide(pd=0.05, facts=farmer(risk_review=True), request=ask(), product=seeded("HARVEST-BALLOON"))
    assert (outcome.status, outcome.rule, outcome.amount, outcome.messages) == (
        "referred",
        "risk.review",
        Decimal("5000.00"),
        ("held by the risk rules: a credit officer decides",),
    )


def test_a_risk_review_of_a_referral_stays_a_band_referral():
    outcome = decide(pd=0.07, facts=farmer(risk_review=True), request=ask(), product=seeded("HARVEST-BALLOON"))
    assert (outcome.status, outcome.rule, outcome.messages) == (
        "referred",
        "band.refer",
        ("PD 0.07 at or above 0.06: a credit officer decides",),
    )


def test_the_risk_review_is_named_before_an_open_loan():
    facts = farmer(risk_review=True, open_loans=1)
    assert decide(pd=0.05, facts=facts, request=ask(), product=seeded("HARVEST-BALLOON")).rule == "risk.review"


def test_an_open_loan_refers_a_product_not_taken_alongside_one_with_its_reason():
    # open_loans counts an offer not yet taken even when nothing is outstanding: exposure 0, the limit stays 8,500.00
    outcome = decide(pd=0.05, facts=farmer(open_loans=1), request=ask(), product=seeded("HARVEST-BALLOON"))
    assert (outcome.status, outcome.rule, outcome.limit, outcome.messages) == (
        "referred",
        "exposure.open_loan",
        Decimal("8500.00"),
        ("a loan or offer is still open and this product is not taken alongside one: a credit officer decides",),
    )


# --- price: APR within the product's bounds -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "pd, apr, messages",
    [
        ("0.1149", "0.1799", ()),  # 0.0650 + 0.1149
        ("0.1150", "0.1800", ()),  # exactly the maximum: nothing to cap
        ("0.1151", "0.1800", ("APR capped at the product maximum 0.1800",)),  # 0.1801 > 0.1800
    ],
)
def test_apr_cap_edges(pd, apr, messages):
    # all in the refer band; 9,000.00 / (1 + 0.18 × 0.5) = 8,256.88 → 8,200.00 ≥ 5,000.00 asked
    outcome = decide(pd=Decimal(pd), facts=farmer(), request=ask(), product=seeded("HARVEST-BALLOON"))
    assert (outcome.apr, outcome.messages) == (
        Decimal(apr),
        (*messages, f"PD {pd} at or above 0.06: a credit officer decides"),
    )


@pytest.mark.parametrize(
    "pd, apr, messages",
    [
        ("0.0099", "0.0600", ("APR raised to the product minimum 0.0600",)),  # 0.0500 + 0.0099 = 0.0599 < 0.0600
        ("0.0100", "0.0600", ()),  # exactly the minimum: nothing to raise
        ("0.0101", "0.0601", ()),
    ],
)
def test_apr_floor_edges(pd, apr, messages):
    cheap = Product(
        code="CHEAP",
        currency="CNY",
        min_amount="2000.00",
        max_amount="50000.00",
        min_term_months=3,
        max_term_months=12,
        min_apr="0.0600",
        max_apr="0.1800",
        base_apr="0.0500",
        amortization="harvest_balloon",
    )
    outcome = decide(pd=Decimal(pd), facts=farmer(), request=ask(), product=cheap)
    assert (outcome.status, outcome.apr, outcome.messages) == ("approved", Decimal(apr), messages)


def test_apr_rounds_half_even_whatever_the_callers_decimal_context():
    # 0.0650 + 0.00005 = 0.06505: half-even keeps the even 0.0650 (half-up would give 0.0651)
    with localcontext() as context:
        context.rounding = ROUND_HALF_UP
        outcome = decide(pd=Decimal("0.00005"), facts=farmer(), request=ask(), product=seeded("HARVEST-BALLOON"))
    assert outcome.apr == Decimal("0.0650")


# --- hard rules ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change, rule, message",
    [
        ({"consent_to_scoring": False}, "hard.consent", "no consent to credit scoring on file"),
        ({"kyc_complete": False}, "hard.kyc", "name, national ID or phone missing"),
        ({"age": None}, "hard.age", "age must be 18-70"),
        ({"age": 17}, "hard.age", "age must be 18-70"),
        ({"age": 71}, "hard.age", "age must be 18-70"),
        ({"worst_days_past_due_current": 31}, "hard.arrears", "an open loan is more than 30 days past due"),
        ({"fraud_hold": True}, "hard.fraud_hold", "held for fraud review"),
    ],
)
def test_each_hard_rule_declines_with_its_message(change, rule, message):
    outcome = decide(pd=0.01, facts=farmer(**change), request=ask(), product=seeded("HARVEST-BALLOON"))
    assert outcome == declined(rule, message)


@pytest.mark.parametrize(
    "change", [{"age": 18}, {"age": 70}, {"worst_days_past_due_current": 30}, {"worst_days_past_due_current": 0}]
)
def test_hard_rule_edges_are_inside(change):
    outcome = decide(pd=0.01, facts=farmer(**change), request=ask(), product=seeded("HARVEST-BALLOON"))
    assert (outcome.status, outcome.rule) == ("approved", "band.approve")


@pytest.mark.parametrize(
    "age, days_late, rule, messages",
    [
        (20, 10, "hard.age", ("age must be 21-65",)),
        (21, 10, "band.approve", ()),
        (65, 10, "band.approve", ()),
        (66, 10, "hard.age", ("age must be 21-65",)),
        (30, 11, "hard.arrears", ("an open loan is more than 10 days past due",)),
    ],
)
def test_hard_rule_edges_come_from_settings(age, days_late, rule, messages):
    strict = Settings(min_age=21, max_age=65, max_days_past_due=10)
    facts = farmer(age=age, worst_days_past_due_current=days_late)
    outcome = decide(pd=0.01, facts=facts, request=ask(), product=seeded("HARVEST-BALLOON"), settings=strict)
    assert (outcome.rule, outcome.messages) == (rule, messages)


# --- term: harvest-aligned for a lump sum, the requested one within bounds otherwise -------------------------------


@pytest.mark.parametrize(
    "on, months, due, message",
    [
        # 30 Apr 2025: the 3-month minimum runs to 30 Jul (91 days); the wheat money (31 Jul, 92 days) is past it;
        # add_months(30 Apr, 3) = 30 Jul < 31 Jul, 4 → 30 Aug → 4 months
        (dt.date(2025, 4, 30), 4, dt.date(2025, 7, 31), "term 4 months, due 2025-07-31 after the wheat harvest"),
        # 1 May 2025: the minimum runs to 1 Aug (92 days), so 31 Jul 2025 (91 days) is too soon, though over the 60
        # days of a season; the next is 31 Jul 2026, 15 months away (1 Jul 2026 < 31 Jul ≤ 1 Aug) > 12 → capped
        (
            dt.date(2025, 5, 1),
            12,
            dt.date(2026, 5, 1),
            "the wheat harvest due 2026-07-31 is beyond the product's 12 months; term 12 months, due 2026-05-01",
        ),
        # 30 Jul 2025 → 31 Jul 2026: add_months 12 = 30 Jul 2026 is a day short → 13 months > 12 → capped a day short
        (
            dt.date(2025, 7, 30),
            12,
            dt.date(2026, 7, 30),
            "the wheat harvest due 2026-07-31 is beyond the product's 12 months; term 12 months, due 2026-07-30",
        ),
        # 1 Aug 2025 → 31 Jul 2026: add_months 11 = 1 Jul 2026 < 31 Jul, 12 = 1 Aug 2026 → exactly the maximum 12
        (dt.date(2025, 8, 1), 12, dt.date(2026, 7, 31), "term 12 months, due 2026-07-31 after the wheat harvest"),
    ],
)
def test_harvest_term_month_boundaries(on, months, due, message):
    # 12 months at APR 0.1150: 9,000.00 / 1.1150 = 8,071.75 → 8,000.00, so 5,000.00 is granted in every case
    outcome = decide(pd=0.05, facts=farmer(main_crop="wheat"), request=ask(on=on), product=seeded("HARVEST-BALLOON"))
    assert (outcome.status, outcome.term_months, outcome.due_date, outcome.messages) == (
        "approved",
        months,
        due,
        (message,),
    )


@pytest.mark.parametrize(
    "asked, months, messages",
    [
        (5, 6, ("term set to 6 months (product allows 6-36)",)),
        (6, 6, ()),
        (36, 36, ()),
        (37, 36, ("term set to 36 months (product allows 6-36)",)),
    ],
)
def test_requested_term_edges_of_an_instalment_product(asked, months, messages):
    # the most capacity needs: 36 months, 3 years × 9,000.00 = 27,000.00 / (1 + 0.1250 × 3) = 19,636.36 ≥ 5,000.00
    outcome = decide(
        pd=0.05, facts=farmer(main_crop="rice"), request=ask("5000.00", asked), product=seeded("EQUIP-ANNUITY")
    )
    assert (outcome.status, outcome.term_months, outcome.due_date, outcome.messages) == (
        "approved",
        months,
        None,
        messages,
    )


# --- capacity and limit steps, directly -----------------------------------------------------------------------------


def test_a_surplus_under_one_unit_still_has_capacity():
    # 3.00 × 0.30 = 0.90 surplus; × 0.50 = 0.45 over 12 months at APR 0 → 0.45
    facts = farmer(revenue_12m=Decimal("3.00"))
    assert capacity(facts=facts, apr=Decimal("0"), term_months=12, settings=Settings()) == Decimal("0.45")


def test_no_surplus_no_capacity():
    # 10,000.00 × 0.30 = 3,000.00 − 3,000.00 debt service = 0
    facts = farmer(revenue_12m=Decimal("10000.00"), annual_debt_service=Decimal("3000.00"))
    assert capacity(facts=facts, apr=Decimal("0.1"), term_months=12, settings=Settings()) == 0


@pytest.mark.parametrize(
    "principal, step, expected",
    [
        ("0.50", "0.01", "0.50"),
        ("0.999", "0.01", "0.99"),
        ("199.99", "100", "100"),
        ("0", "100", "0"),
        ("-5", "1", "0"),
    ],
)
def test_in_steps_rounds_down_to_the_step(principal, step, expected):
    assert in_steps(Decimal(principal), Settings(limit_step=step)) == Decimal(expected)


# --- refused inputs to decide ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pd, shown",
    [("0.5", "'0.5'"), (True, "True"), (Decimal("-0.0001"), "Decimal('-0.0001')"), (1.0001, "1.0001")],
)
def test_a_pd_that_is_not_a_probability_is_refused(pd, shown):
    with pytest.raises(ValueError) as refused:
        decide(pd=pd, facts=farmer(), request=ask(), product=seeded("HARVEST-BALLOON"))
    assert str(refused.value) == f"pd must be a probability in [0, 1], not {shown}"


def test_an_amount_finer_than_the_currency_is_refused_with_its_reason():
    with pytest.raises(ValueError) as refused:
        decide(pd=0.05, facts=farmer(), request=ask("5000.001"), product=seeded("HARVEST-BALLOON"))
    assert str(refused.value) == "requested amount 5000.001 has more decimals than CNY allows"
