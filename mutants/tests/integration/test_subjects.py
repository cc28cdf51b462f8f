"""Data-subject requests: export one farmer's data whole; erase what the law allows, keep the ledger."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import select, text

from tests.helpers import FARMER, LAND, SALE, code_sent_to, create_farmer, receipt, sms_to, staff_headers
from tests.integration.test_loans import assert_ledger_equals_replay, disbursed_loan, key, loan_world  # noqa: F401


def test_export_holds_everything_about_the_farmer_whole_and_is_audited(app, client):
    from lending.extensions import db
    from lending.models import AuditEvent

    _, agent = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, agent)
    other = create_farmer(client, agent, phone="+8613800138077", national_id="340123198001011233", name="李四")
    for kind, body in (("land-transfers", LAND), ("crop-sales", SALE)):
        assert client.post(f"/api/v1/farmers/{farmer['id']}/{kind}", json=body, headers=agent).status_code == 201
    client.post(
        f"/api/v1/farmers/{farmer['id']}/consents",
        json={"purpose": "service_sms", "text_version": "2025-01"},
        headers=agent,
    )

    response = client.get(f"/api/v1/farmers/{farmer['id']}/export", headers=agent)
    assert response.status_code == 200
    document = response.json
    assert document["farmer"]["phone"] == FARMER["phone"] and document["farmer"]["national_id"] == FARMER["national_id"]
    assert "phone_index" not in document["farmer"]
    assert [r["contract_id"] for r in document["land_transfers"]] == ["L1"]
    assert [(r["crop"], r["amount"]) for r in document["crop_sales"]] == [("rice", "13500.0000")]
    assert [c["purpose"] for c in document["consents"]] == ["service_sms"]
    assert document["applications"] == [] and document["loans"] == [] and "risk_checks" not in document
    assert other["id"] not in response.get_data(as_text=True)  # nobody else's data
    with app.app_context():
        exports = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "farmer.export")).all()
        assert [e.entity_id for e in exports] == [farmer["id"]]
    _, stranger = staff_headers(app, client, "agent", ["410526101"])
    assert client.get(f"/api/v1/farmers/{farmer['id']}/export", headers=stranger).status_code == 404


def test_erase_pseudonymises_and_revokes_and_a_second_erase_is_harmless(app, client):
    from lending.extensions import db
    from lending.models import Consent

    _, agent = staff_headers(app, client, "agent", ["340123104"])
    _, officer = staff_headers(app, client, "officer")
    farmer = create_farmer(client, agent)
    client.post(
        f"/api/v1/farmers/{farmer['id']}/consents",
        json={"purpose": "service_sms", "text_version": "2025-01"},
        headers=agent,
    )
    assert client.post("/api/v1/auth/otp", json={"phone": FARMER["phone"]}).status_code == 202
    code_sent_to(app, FARMER["phone"])  # a sign-in SMS to the phone is in the outbox

    assert (
        client.post(f"/api/v1/farmers/{farmer['id']}/erase", json={"reason": "DSR-1"}, headers=agent).status_code == 403
    )  # agents do not erase
    erased = client.post(f"/api/v1/farmers/{farmer['id']}/erase", json={"reason": "DSR-1"}, headers=officer)
    assert erased.status_code == 200, erased.json
    body = erased.json
    assert (body["name"], body["phone"], body["national_id"], body["birth_year"], body["household_size"]) == (
        "(erased)",
        None,
        None,
        None,
        None,
    )
    assert body["erased_at"] is not None
    assert sms_to(app, FARMER["phone"]) == []
    with app.app_context():
        row = db.session.execute(text("SELECT phone, phone_index, national_id, national_id_index FROM farmers")).one()
        assert tuple(row) == (None, None, None, None)
        consents = db.session.scalars(select(Consent).where(Consent.farmer_id == uuid.UUID(farmer["id"]))).all()
        assert [c.revoked_at is not None for c in consents] == [True]
    # the phone no longer signs anyone in, and it is free for a new enrolment
    assert client.post("/api/v1/auth/otp", json={"phone": FARMER["phone"]}).status_code == 202
    assert sms_to(app, FARMER["phone"]) == []
    again = client.post(f"/api/v1/farmers/{farmer['id']}/erase", json={"reason": "DSR-1"}, headers=officer)
    assert again.status_code == 200 and again.json["version"] == body["version"]


def test_a_farmer_with_an_open_loan_is_not_erased_and_the_ledger_stays(app, client, loan_world):  # noqa: F811
    loan = disbursed_loan(client, loan_world)
    farmer_id = loan_world["farmer"]["id"]
    refused = client.post(f"/api/v1/farmers/{farmer_id}/erase", json={"reason": "DSR-2"}, headers=loan_world["officer"])
    assert refused.status_code == 409 and refused.json["errors"] == {"loans": [loan["id"]]}
    # repaid in full, the farmer can be erased; the loan and its journal are untouched
    owed = client.get(f"/api/v1/loans/{loan['id']}", headers=loan_world["officer"]).json
    payoff = str(sum(Decimal(owed["balances"][part]) for part in ("principal", "interest", "fee", "penalty")))
    paid = client.post(
        f"/api/v1/loans/{loan['id']}/repayments", json=receipt(payoff), headers={**loan_world["agent"], **key()}
    )
    assert paid.status_code == 201, paid.json
    assert client.get(f"/api/v1/loans/{loan['id']}", headers=loan_world["officer"]).json["status"] == "closed"
    erased = client.post(f"/api/v1/farmers/{farmer_id}/erase", json={"reason": "DSR-2"}, headers=loan_world["officer"])
    assert erased.status_code == 200 and erased.json["name"] == "(erased)"
    assert_ledger_equals_replay(app, loan["id"])
    exported = client.get(f"/api/v1/farmers/{farmer_id}/export", headers=loan_world["officer"]).json
    assert [item["id"] for item in exported["loans"]] == [loan["id"]]
    assert exported["farmer"]["phone"] is None
