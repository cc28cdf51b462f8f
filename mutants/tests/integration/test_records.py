"""A farmer's land transfers, crop sales and equipment purchases: added, listed, verified."""

from __future__ import annotations

import uuid

from tests.helpers import EQUIPMENT, LAND, SALE, create_farmer, staff_headers


def test_land_transfer_is_stored_with_its_values_and_unverified(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    response = client.post(f"/api/v1/farmers/{farmer['id']}/land-transfers", json=LAND, headers=headers)
    assert response.status_code == 201
    body = response.json
    assert (body["area_mu"], body["annual_rent"], body["currency"]) == ("12.50", "9600.00", "CNY")
    assert (body["start_date"], body["end_date"], body["registered"]) == ("2022-03-01", "2030-02-28", True)
    assert body["verification_status"] == "unverified" and body["verified_by"] is None


def test_crop_sale_and_equipment_purchase_round_trip(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    sale = client.post(f"/api/v1/farmers/{farmer['id']}/crop-sales", json=SALE, headers=headers).json
    assert (sale["quantity_kg"], sale["amount"], sale["crop"]) == ("5000.000", "13500.00", "rice")
    item = client.post(f"/api/v1/farmers/{farmer['id']}/equipment-purchases", json=EQUIPMENT, headers=headers).json
    assert (item["price"], item["subsidy"], item["financed"]) == ("85000.00", "25000.00", False)
    listed = client.get(f"/api/v1/farmers/{farmer['id']}/crop-sales", headers=headers).json
    assert [s["id"] for s in listed["items"]] == [sale["id"]] and listed["next_cursor"] is None


def test_officer_verifies_a_sale_and_the_list_filters_by_status(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    officer_id, officer = staff_headers(app, client, "officer")
    farmer = create_farmer(client, agent)
    base = f"/api/v1/farmers/{farmer['id']}/crop-sales"
    first = client.post(base, json=SALE, headers=agent).json
    client.post(base, json={**SALE, "sale_date": "2024-11-02", "amount": "2700.00"}, headers=agent)
    verified = client.post(
        f"{base}/{first['id']}/verify", json={"status": "verified", "note": "bank slip"}, headers=officer
    )
    assert verified.status_code == 200
    assert verified.json["verification_status"] == "verified"
    assert verified.json["verified_by"] == str(officer_id) and verified.json["version"] == 2
    only = client.get(base, query_string={"status": "verified"}, headers=agent).json["items"]
    assert [s["amount"] for s in only] == ["13500.00"]


def test_verify_with_a_stale_version_is_412(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, agent)
    base = f"/api/v1/farmers/{farmer['id']}/land-transfers"
    record = client.post(base, json=LAND, headers=agent).json
    _, checker = staff_headers(app, client, "agent", ["340123104"])  # not the agent who captured it
    assert (
        client.post(
            f"{base}/{record['id']}/verify", json={"status": "rejected", "version": 1}, headers=checker
        ).status_code
        == 200
    )
    stale = client.post(f"{base}/{record['id']}/verify", json={"status": "verified", "version": 1}, headers=checker)
    assert stale.status_code == 412
    assert client.get(f"{base}/{record['id']}", headers=agent).json["verification_status"] == "rejected"


def test_admin_may_not_verify_records(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    _, admin = staff_headers(app, client, "admin")
    farmer = create_farmer(client, agent)
    record = client.post(f"/api/v1/farmers/{farmer['id']}/land-transfers", json=LAND, headers=agent).json
    response = client.post(
        f"/api/v1/farmers/{farmer['id']}/land-transfers/{record['id']}/verify",
        json={"status": "verified"},
        headers=admin,
    )
    assert response.status_code == 403 and response.json["code"] == "forbidden"


def test_a_record_retried_with_its_client_id_is_stored_once(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    body = {**SALE, "id": str(uuid.uuid4())}
    url = f"/api/v1/farmers/{farmer['id']}/crop-sales"
    assert [client.post(url, json=body, headers=headers).status_code for _ in range(3)] == [201, 200, 200]
    assert len(client.get(url, headers=headers).json["items"]) == 1
    changed = client.post(url, json={**body, "amount": "13600.00"}, headers=headers)
    assert changed.status_code == 409 and changed.json["code"] == "idempotency_mismatch"
