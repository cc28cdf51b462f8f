"""Consent is to the current text (issue #10, finding 16): a superseded text is refused (422 naming text_version),
and a consent given to a text since superseded no longer lets the farmer be scored."""

from __future__ import annotations

from tests.helpers import create_farmer, staff_headers
from tests.integration.test_applications import VILLAGE, apply, steady_farmer, world  # noqa: F401 (a fixture)
from tests.integration.test_consents import consented_when_it_was_current
from tests.integration.test_ownership import assert_problem


def test_consent_to_a_superseded_text_is_refused_naming_text_version(app, client):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    farmer = create_farmer(client, agent)
    url = f"/api/v1/farmers/{farmer['id']}/consents"
    problem = assert_problem(
        client.post(url, json={"purpose": "credit_scoring", "text_version": "2025-01"}, headers=agent),
        422,
        "consent_text_superseded",
    )
    assert problem["errors"] == {"text_version": ["Superseded by 2026-11; consent is given to the current text."]}
    assert client.get(url, headers=agent).json == []
    current = client.post(url, json={"purpose": "credit_scoring", "text_version": "2026-11"}, headers=agent)
    assert current.status_code == 201 and current.json["active"] is True
    # a purpose whose only text is 2025-01: that one is current
    assert (
        client.post(url, json={"purpose": "service_sms", "text_version": "2025-01"}, headers=agent).status_code == 201
    )


def test_an_active_consent_to_a_superseded_text_does_not_let_the_farmer_be_scored(app, client, world):  # noqa: F811
    farmer = steady_farmer(client, world["agent"])  # consents to the current text (2026-11)
    url = f"/api/v1/farmers/{farmer['id']}/consents"
    current = client.get(url, headers=world["agent"]).json[0]
    assert client.post(f"{url}/{current['id']}/revoke", headers=world["agent"]).status_code == 200
    old = consented_when_it_was_current(app, farmer["id"], "credit_scoring", "2025-01")
    assert [c["id"] for c in client.get(url, query_string={"active": "true"}, headers=world["agent"]).json] == [old]
    refused = apply(client, world["agent"], farmer["id"])
    assert_problem(refused, 409, "consent_required")
    # agreeing to the current text supersedes the old consent, and the farmer is scored again
    assert (
        client.post(
            url, json={"purpose": "credit_scoring", "text_version": "2026-11"}, headers=world["agent"]
        ).status_code
        == 201
    )
    assert [
        c["text_version"] for c in client.get(url, query_string={"active": "true"}, headers=world["agent"]).json
    ] == ["2026-11"]
    assert apply(client, world["agent"], farmer["id"]).status_code == 201
