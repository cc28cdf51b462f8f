"""The APR an offer discloses is never below the contract rate without fees (issue #10, finding 8; the attack saw
10.76 % for an 11 % bullet). A bullet loan of the seed's small emergency product (no fee, actual/365), offered over
HTTP: interest = principal × rate × days / 365, one payment after `days`; the APR by the IRR method with the loan's
own period (its whole term) is (interest / principal) / (days / 365) = the rate, up to the cent the interest is
rounded to."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal

from tests.integration.test_applications import apply
from tests.integration.test_loans import loan_world  # noqa: F401


def test_a_bullet_loans_apr_is_its_contract_rate(client, loan_world):
    decided = apply(
        client,
        loan_world["agent"],
        loan_world["farmer"]["id"],
        product_code="MICRO-BULLET",
        amount="1000.00",
        term_months=3,
    ).json
    assert decided["status"] == "approved", decided
    offer = client.get(f"/api/v1/applications/{decided['id']}/offer", headers=loan_world["agent"]).json
    principal, rate = Decimal(offer["principal"]), Decimal(offer["annual_rate"])
    [only] = offer["schedule"]
    days = (dt.date.fromisoformat(only["due_date"]) - dt.date.fromisoformat(offer["start"])).days
    assert (offer["method"], offer["fee"], offer["disbursed"]) == ("bullet", "0.00", offer["principal"])
    interest = (principal * rate * days / 365).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    assert Decimal(offer["total_interest"]) == interest
    apr = (interest / principal / (Decimal(days) / 365)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
    assert Decimal(offer["apr"]) == apr and abs(apr - rate) <= Decimal("0.0001"), (offer["apr"], rate, days)
