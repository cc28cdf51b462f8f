"""Self-declared, unverified records don't buy credit (issue #10, finding 2), attacked over HTTP: records carry their
provenance, verification is maker-checker, and the limit and automatic approval rest on verified evidence only; a
decision the unverified records would change is referred, and the explanation says which records were used."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.helpers import FARMER, SALE, consent_to_scoring, create_farmer, load_products, staff_headers
from tests.integration.test_applications import VILLAGE, apply, steady_farmer
from tests.integration.test_ownership import bearer, borrower_tokens


@pytest.fixture
def world(app, client, current_model, monkeypatch):
    monkeypatch.setitem(app.config, "POLICY_APPROVE_PD", "0.9")  # the evidence, not the PD band, decides here
    monkeypatch.setitem(app.config, "POLICY_DECLINE_PD", "0.95")
    load_products(app)
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    _, officer = staff_headers(app, client, "officer")
    return {"agent": agent, "officer": officer}


def invented_sales(client, headers, farmer_id, count=6) -> list[dict]:
    made = []
    for n in range(count):
        sale = {
            **SALE,
            "sale_date": (dt.date.today() - dt.timedelta(days=20 + 30 * n)).isoformat(),
            "amount": "40000.00",
            "buyer_id": f"BUYER-{n}",
        }
        response = client.post(f"/api/v1/farmers/{farmer_id}/crop-sales", json=sale, headers=headers)
        assert response.status_code == 201, response.json
        made.append(response.json)
    return made


def test_a_borrowers_invented_sales_are_declared_and_do_not_raise_the_limit(app, client, world):
    farmer = steady_farmer(client, world["agent"])  # verified: 50,000 of sales a year
    twin = steady_farmer(
        client, world["agent"], phone="+8613800138555", national_id="11010519491231002X", name="孪生"
    )  # the same verified records, nothing more
    borrower = bearer(borrower_tokens(app, client, FARMER["phone"])["access_token"])
    declared = invented_sales(client, borrower, farmer["id"])  # 240,000 more, all invented
    assert {sale["provenance"] for sale in declared} == {"declared"}
    assert {sale["verification_status"] for sale in declared} == {"unverified"}
    after = apply(client, borrower, farmer["id"], amount="50000.00", term_months=12).json
    honest = apply(client, world["agent"], twin["id"], amount="50000.00", term_months=12).json
    # the limit is what the verified sales allow (a 7,500 capacity: under 7,000), never what the invented ones would
    assert after["limit"] == honest["limit"] and after["amount"] == honest["amount"], (after, honest)
    assert Decimal(after["limit"]) < 7000 and after["status"] == honest["status"] == "approved"
    explanation = client.get(f"/api/v1/applications/{after['id']}/explanation", headers=world["officer"]).json
    not_used = explanation["evidence"]["not_used"]
    assert sorted(r["id"] for r in not_used) == sorted(s["id"] for s in declared)
    assert {r["reason"] for r in not_used} == {"unverified"} and len(explanation["evidence"]["used"]) == 5
    assert Decimal(explanation["evidence"]["with_unverified"]["limit"]) > 30000  # what the attack would have got


def test_unverified_records_that_would_approve_are_referred_not_approved(app, client, world):
    farmer = steady_farmer(client, world["agent"], verified=False)  # the same records, nobody checked them
    decided = apply(client, world["agent"], farmer["id"]).json
    assert (decided["status"], decided["rule"], decided["limit"]) == ("referred", "evidence.unverified", "0.00")
    explanation = client.get(
        f"/api/v1/applications/{decided['id']}/explanation", headers={**world["officer"], "Accept-Language": "en"}
    ).json
    assert explanation["evidence"]["with_unverified"]["status"] == "approved"
    assert explanation["evidence"]["used"] == [] and len(explanation["evidence"]["not_used"]) == 5
    assert "verified" in explanation["rule_text"]
    # the officer cannot approve money the evidence does not support: the limit is 0
    review = client.post(
        f"/api/v1/applications/{decided['id']}/review",
        headers=world["officer"],
        json={"decision": "approve", "note": "looks fine", "amount": "5000.00"},
    )
    assert review.status_code == 422 and "amount" in review.json["errors"]
    replay = client.post(f"/api/v1/applications/{decided['id']}/replay", headers=world["officer"]).json
    assert replay["identical"] is True


def test_verification_is_maker_checker(app, client, world):
    farmer = create_farmer(client, world["agent"])
    base = f"/api/v1/farmers/{farmer['id']}/crop-sales"
    sale = client.post(base, json=SALE, headers=world["agent"]).json
    assert sale["provenance"] == "agent" and sale["verification_status"] == "unverified"
    own = client.post(f"{base}/{sale['id']}/verify", json={"status": "verified"}, headers=world["agent"])
    assert own.status_code == 403 and own.json["code"] == "maker_checker"
    _, colleague = staff_headers(app, client, "agent", [VILLAGE])
    checked = client.post(f"{base}/{sale['id']}/verify", json={"status": "verified"}, headers=colleague)
    assert checked.status_code == 200 and checked.json["verification_status"] == "verified"
    mine = client.post(
        base, json={**SALE, "provenance": "third_party", "evidence_ref": "COOP-7/2024/118"}, headers=world["officer"]
    ).json
    assert mine["provenance"] == "third_party" and mine["verification_status"] == "unverified"
    assert (
        client.post(f"{base}/{mine['id']}/verify", json={"status": "verified"}, headers=world["officer"]).status_code
        == 403
    )


def test_who_may_claim_which_provenance(app, client, world):
    farmer = create_farmer(client, world["agent"])
    consent_to_scoring(client, world["agent"], farmer["id"])
    base = f"/api/v1/farmers/{farmer['id']}/crop-sales"
    borrower = bearer(borrower_tokens(app, client, FARMER["phone"])["access_token"])
    for provenance in ("agent", "document", "third_party"):
        claimed = client.post(base, json={**SALE, "provenance": provenance, "evidence_ref": "X-1"}, headers=borrower)
        assert claimed.status_code == 403 and "provenance" in claimed.json["errors"], claimed.json
    third = client.post(base, json={**SALE, "provenance": "third_party", "evidence_ref": "X-1"}, headers=world["agent"])
    assert third.status_code == 403 and "provenance" in third.json["errors"]
    bare = client.post(base, json={**SALE, "provenance": "document"}, headers=world["agent"])
    assert bare.status_code == 422 and "evidence_ref" in bare.json["errors"]
    backed = client.post(
        base, json={**SALE, "provenance": "document", "evidence_ref": "SLIP-2024-10-12"}, headers=world["agent"]
    )
    assert backed.status_code == 201 and backed.json["evidence_ref"] == "SLIP-2024-10-12"


def test_rejected_records_are_named_in_the_explanation(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    fake = client.post(
        f"/api/v1/farmers/{farmer['id']}/crop-sales", json={**SALE, "amount": "90000.00"}, headers=world["agent"]
    ).json
    assert (
        client.post(
            f"/api/v1/farmers/{farmer['id']}/crop-sales/{fake['id']}/verify",
            json={"status": "rejected", "note": "no such buyer"},
            headers=world["officer"],
        ).status_code
        == 200
    )
    decided = apply(client, world["agent"], farmer["id"]).json
    explanation = client.get(f"/api/v1/applications/{decided['id']}/explanation", headers=world["officer"]).json
    assert explanation["evidence"]["not_used"] == [
        {"kind": "crop_sales", "id": fake["id"], "provenance": "agent", "reason": "rejected"}
    ]
    assert decided["status"] == "approved" and explanation["evidence"]["with_unverified"] is None
