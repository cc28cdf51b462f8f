"""No loan stacking (issue #10, finding 3), attacked over HTTP: the limit is net of the farmer's open exposure (loans
outstanding and offers not yet taken, across products); a second loan while one is open is referred unless the
product may be taken alongside one; a farmer's applications are serialised (PostgreSQL: at the same instant);
an officer's review nets the exposure of that day; an offer expires."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.conftest import SECRET
from tests.helpers import at_the_same_instant, village_position
from tests.integration.test_applications import VILLAGE, apply, steady_farmer
from tests.integration.test_loans import accepted_loan, disbursed_loan, key, loan_world  # noqa: F401


def test_three_applications_minutes_apart_never_lend_more_than_the_limit(app, client, loan_world):
    first = loan_world["application"]  # 6,000 approved (loan_world)
    gross = Decimal(first["limit"])  # nothing was open: its limit is the whole capacity
    assert gross < 12000, first  # two of them would not fit
    second = apply(client, loan_world["agent"], loan_world["farmer"]["id"], amount="6000.00", term_months=6).json
    third = apply(client, loan_world["agent"], loan_world["farmer"]["id"], amount="6000.00", term_months=6).json
    for stacked in (second, third):
        assert (stacked["status"], stacked["rule"]) == ("declined", "exposure.limit_used"), stacked
        assert Decimal(stacked["limit"]) == gross - 6000  # exposure 6,000 is a whole number of steps
    approved = [a for a in (first, second, third) if a["status"] == "approved"]
    assert sum(Decimal(a["amount"]) for a in approved) <= gross


def test_a_disbursed_loan_counts_by_its_principal_outstanding(app, client, loan_world):
    loan = disbursed_loan(client, loan_world)
    paid = client.post(
        f"/api/v1/loans/{loan['id']}/repayments",
        headers={**loan_world["agent"], **key()},
        json={"amount": "1000.00", "external_ref": "R-EXP-1"},
    )
    assert paid.status_code == 201 and paid.json["allocation"]["principal"] == "1000.00"  # nothing due yet
    small = apply(
        client,
        loan_world["agent"],
        loan_world["farmer"]["id"],
        product_code="MICRO-BULLET",
        amount="5000.00",
        term_months=3,
    ).json
    # 5,000 outstanding: the bullet product may be taken alongside, within what is left of its own capacity
    assert small["status"] == "approved", small
    assert Decimal(small["limit"]) == Decimal(small["capacity"]) - 5000
    assert small["amount"] == small["limit"] and small["open_exposure"] == "5000.00"


def test_a_second_loan_of_a_product_not_taken_alongside_is_referred(app, client, loan_world, monkeypatch):
    monkeypatch.setitem(app.config, "OFFER_VALID_DAYS", 30)
    from lending.extensions import db
    from lending.models import Product

    with app.app_context():  # a roomy capacity for this farmer: the product rule, not the limit, decides
        product = db.session.query(Product).filter_by(code="MICRO-BULLET").one()
        product.allows_concurrent = False
        db.session.commit()
    second = apply(
        client,
        loan_world["agent"],
        loan_world["farmer"]["id"],
        product_code="MICRO-BULLET",
        amount="500.00",
        term_months=3,
    ).json
    assert (second["status"], second["rule"]) == ("referred", "exposure.open_loan"), second


def test_an_officers_review_nets_what_was_approved_since_the_decision(app, client, loan_world, monkeypatch):
    monkeypatch.setitem(app.config, "POLICY_APPROVE_PD", "0")  # every application is referred to an officer
    farmer = steady_farmer(client, loan_world["agent"], phone="+8613800138777", national_id="11010519491231002X")
    a = apply(client, loan_world["agent"], farmer["id"], amount="6000.00", term_months=6).json
    b = apply(client, loan_world["agent"], farmer["id"], amount="6000.00", term_months=6).json
    assert a["status"] == b["status"] == "referred" and a["limit"] == b["limit"]  # referrals are not exposure
    url = "/api/v1/applications/{}/review"
    first = client.post(
        url.format(a["id"]),
        headers=loan_world["officer"],
        json={"decision": "approve", "note": "visited", "amount": "6000.00"},
    )
    assert first.status_code == 200, first.json
    left = Decimal(a["limit"]) - 6000
    second = client.post(
        url.format(b["id"]),
        headers=loan_world["officer"],
        json={"decision": "approve", "note": "visited", "amount": "6000.00"},
    )
    assert second.status_code == 422 and f"{left:.2f}" in second.json["errors"]["amount"][0], second.json


def test_an_expired_offer_is_refused_and_no_longer_counts(app, client, loan_world, monkeypatch):
    monkeypatch.setitem(app.config, "OFFER_VALID_DAYS", 0)
    url = f"/api/v1/applications/{loan_world['application']['id']}"
    assert client.get(f"{url}/offer", headers=loan_world["agent"]).json["code"] == "offer_expired"
    again = apply(client, loan_world["agent"], loan_world["farmer"]["id"], amount="6000.00", term_months=6).json
    assert again["status"] == "approved" and again["open_exposure"] == "0.00", again


def _apply_in_process(database_url: str, farmer_id: str, agent_token: str, start, results) -> None:
    from app import create_app

    application = create_app(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": SECRET,
            "LOG_LEVEL": "WARNING",
            "RATELIMIT_ENABLED": False,
            "POLICY_APPROVE_PD": "0.9",
            "POLICY_DECLINE_PD": "0.95",
        }
    )
    client = application.test_client()
    start.wait()
    response = client.post(
        "/api/v1/applications",
        headers={"Authorization": f"Bearer {agent_token}", "X-Agent-Position": village_position(VILLAGE)},
        json={"farmer_id": farmer_id, "product_code": "EQUIP-ANNUITY", "amount": "6000.00", "term_months": 6},
    )
    results.put((response.status_code, response.json.get("status"), response.json.get("amount")))


@pytest.mark.postgres_only
def test_eight_applications_at_the_same_instant_approve_one(app, client, backend, database_url, loan_world):
    if backend != "postgresql":
        pytest.skip("concurrency and row locks are tested on PostgreSQL (DESIGN.md §3)")
    farmer = steady_farmer(client, loan_world["agent"], phone="+8613800138666", national_id="11010519491231002X")
    token = loan_world["agent"]["Authorization"].split()[1]
    # eight: enough that decisions meet at the farmer's lock (where a flushed insert would have deadlocked them)
    outcomes = sorted(at_the_same_instant(_apply_in_process, (database_url, farmer["id"], token), processes=8))
    assert [status for status, _, _ in outcomes] == [201] * 8, outcomes
    assert sorted(decision for _, decision, _ in outcomes) == ["approved"] + ["declined"] * 7


@pytest.mark.postgres_only
def test_an_application_waits_while_another_decision_holds_the_farmer(app, client, backend, loan_world):
    """Serialised: while one decision holds the farmer, a second application of that farmer waits, and then decides
    on what the first committed (had it read the exposure before waiting, it would have seen 0 and approved)."""
    if backend != "postgresql":
        pytest.skip("row locks are tested on PostgreSQL (DESIGN.md §3); SQLite has one writer anyway")
    import threading
    import uuid

    from lending.domain.actors import SYSTEM
    from lending.extensions import db
    from lending.services import _exposure, applications

    farmer = steady_farmer(client, loan_world["agent"], phone="+8613800138444", national_id="11010519491231002X")
    results = []
    with app.app_context():
        holder = db.open()
        _exposure.lock_farmer(holder, uuid.UUID(farmer["id"]))
        waiting = threading.Thread(
            target=lambda: results.append(
                apply(client, loan_world["agent"], farmer["id"], amount="6000.00", term_months=6)
            )
        )
        waiting.start()
        waiting.join(timeout=3)
        assert waiting.is_alive() and results == []  # held behind the first decision
        first = applications.submit(
            session=holder,
            actor=SYSTEM,
            command=applications.Submission(
                farmer_id=uuid.UUID(farmer["id"]),
                product_code="EQUIP-ANNUITY",
                amount=Decimal("6000.00"),
                term_months=6,
            ),
        ).application
        assert first.status == "approved"
        holder.close()
    waiting.join(timeout=60)
    assert results[0].status_code == 201
    assert (results[0].json["status"], results[0].json["rule"]) == ("declined", "exposure.limit_used"), results[0].json


def test_no_money_out_when_a_reversal_put_the_farmer_back_over_the_capacity(app, client, loan_world):
    loan = disbursed_loan(client, loan_world)
    paid = client.post(
        f"/api/v1/loans/{loan['id']}/repayments",
        headers={**loan_world["agent"], **key()},
        json={"amount": "5000.00", "external_ref": "R-BOUNCE"},
    ).json  # 1,000 left outstanding
    small = apply(
        client,
        loan_world["agent"],
        loan_world["farmer"]["id"],
        product_code="MICRO-BULLET",
        amount="5000.00",
        term_months=3,
    ).json
    assert small["status"] == "approved" and small["open_exposure"] == "1000.00", small
    second = accepted_loan(client, {**loan_world, "application": small})
    reversed_ = client.post(
        f"/api/v1/loans/{loan['id']}/transactions/{paid['id']}/reverse",
        headers={**loan_world["officer"], **key()},
        json={"reason": "the cash was counterfeit"},
    )
    assert reversed_.status_code == 201
    refused = client.post(f"/api/v1/loans/{second['id']}/disburse", headers={**loan_world["officer"], **key()})
    assert refused.status_code == 409 and refused.json["code"] == "limit_exceeded", refused.json
    assert Decimal(small["capacity"]) < 6000 + Decimal(small["amount"])
