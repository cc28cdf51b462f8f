"""Consents per purpose: granted against a text version, superseded by a newer text, revocable."""

from __future__ import annotations

import uuid

from tests.helpers import create_farmer, staff_headers


def consented_when_it_was_current(app, farmer_id: str, purpose: str, text_version: str) -> str:
    """A consent recorded while `text_version` was the purpose's current text (today it is refused); its id."""
    from lending.extensions import db
    from lending.models import Consent

    with app.app_context():
        consent = Consent(farmer_id=uuid.UUID(farmer_id), purpose=purpose, text_version=text_version, channel="agent")
        db.session.add(consent)
        db.session.commit()
        return str(consent.id)


def test_grant_list_and_revoke_a_consent(app, client):
    agent_id, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    url = f"/api/v1/farmers/{farmer['id']}/consents"
    granted = client.post(url, json={"purpose": "credit_scoring", "text_version": "2026-11"}, headers=headers)
    assert granted.status_code == 201
    assert (granted.json["channel"], granted.json["recorded_by"], granted.json["active"]) == (
        "agent",
        str(agent_id),
        True,
    )
    revoked = client.post(f"{url}/{granted.json['id']}/revoke", headers=headers)
    assert revoked.status_code == 200 and revoked.json["active"] is False
    again = client.post(f"{url}/{granted.json['id']}/revoke", headers=headers)
    assert again.status_code == 200 and again.json["revoked_at"] == revoked.json["revoked_at"]
    assert client.get(url, query_string={"active": "true"}, headers=headers).json == []


def test_granting_the_same_text_twice_keeps_one_consent(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    url = f"/api/v1/farmers/{farmer['id']}/consents"
    body = {"purpose": "service_sms", "text_version": "2025-01"}
    first, second = (client.post(url, json=body, headers=headers) for _ in range(2))
    assert (first.status_code, second.status_code) == (201, 200) and first.json["id"] == second.json["id"]


def test_a_newer_text_supersedes_the_active_consent(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    url = f"/api/v1/farmers/{farmer['id']}/consents"
    old = consented_when_it_was_current(app, farmer["id"], "credit_scoring", "2025-01")
    new = client.post(url, json={"purpose": "credit_scoring", "text_version": "2026-11"}, headers=headers).json
    consents = {c["text_version"]: c for c in client.get(url, headers=headers).json}
    assert consents["2025-01"]["active"] is False and consents["2026-11"]["active"] is True
    assert [c["id"] for c in client.get(url, query_string={"active": "true"}, headers=headers).json] == [new["id"]]
    assert old != new["id"]


def test_the_consent_texts_are_published_and_a_consent_names_one_of_them(app, client):
    texts = client.get("/api/v1/consent-texts")
    assert texts.status_code == 200
    versions = {(t["purpose"], t["version"]): t["current"] for t in texts.json}
    assert versions == {
        ("credit_scoring", "2025-01"): False,
        ("credit_scoring", "2026-11"): True,
        ("external_data", "2025-01"): True,
        ("service_sms", "2025-01"): True,
        ("marketing", "2025-01"): True,
    }
    assert all(t["zh"] and t["en"] for t in texts.json)
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    url = f"/api/v1/farmers/{farmer['id']}/consents"
    response = client.post(url, json={"purpose": "service_sms", "text_version": "2026-11"}, headers=headers)
    assert response.status_code == 422
    assert response.json["errors"] == {
        "text_version": ["No service_sms text has version 2026-11; the versions are 2025-01."]
    }
    unknown = client.post(url, json={"purpose": "marketing", "text_version": "v9"}, headers=headers)
    assert unknown.status_code == 422 and list(unknown.json["errors"]) == ["text_version"]
    assert client.get(url, headers=headers).json == []
