"""Farmers over HTTP: enrol, read, list with cursor pagination and filters, PATCH with If-Match."""

from __future__ import annotations

import uuid

from tests.helpers import FARMER, another_identity, create_farmer, staff_headers


def test_agent_enrols_a_farmer_and_reads_it_back(app, client):
    agent_id, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    assert farmer["name"] == "王建国" and farmer["version"] == 1 and farmer["agent_id"] == str(agent_id)
    assert farmer["farmer_id"].startswith("F-")
    response = client.get(f"/api/v1/farmers/{farmer['id']}", headers=headers)
    assert response.status_code == 200
    assert response.headers["ETag"] == '"1"'
    assert response.json["national_id"] == "3401**********1230"  # masked; the whole value is at /identity
    assert response.json["phone"] == farmer["phone"] != FARMER["phone"]
    assert response.json["phone"] == FARMER["phone"][:4] + "*" * (len(FARMER["phone"]) - 8) + FARMER["phone"][-4:]


def test_retrying_a_create_with_the_same_id_returns_the_same_farmer(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    body = {**FARMER, "id": str(uuid.uuid4()), "farmer_id": "F000123"}
    first = client.post("/api/v1/farmers", json=body, headers=headers)
    second = client.post("/api/v1/farmers", json=body, headers=headers)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json == second.json
    listed = client.get("/api/v1/farmers", headers=headers).json["items"]
    assert [f["farmer_id"] for f in listed] == ["F000123"]


def test_same_id_with_a_different_body_is_a_409(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    body = {**FARMER, "id": str(uuid.uuid4())}
    assert client.post("/api/v1/farmers", json=body, headers=headers).status_code == 201
    response = client.post("/api/v1/farmers", json={**body, "name": "李四"}, headers=headers)
    assert response.status_code == 409
    assert response.json["code"] == "idempotency_mismatch"
    assert "name" in response.json["errors"]["id"][0]


def test_duplicate_farmer_id_is_refused_naming_the_field(app, client):
    _, headers = staff_headers(app, client, "officer")
    create_farmer(client, headers, farmer_id="F000001")
    response = client.post("/api/v1/farmers", json={**FARMER, "farmer_id": "F000001"}, headers=headers)
    assert response.status_code == 422 and "farmer_id" in response.json["errors"]
    others = another_identity()
    create_farmer(client, headers, farmer_id="F000002", **others)
    # the number of one farmer and the phone of another: the number is named first, as a 422
    response = client.post(
        "/api/v1/farmers", json={**FARMER, **another_identity(), "phone": others["phone"], "farmer_id": "F000001"},
        headers=headers,
    )  # fmt: skip
    assert (response.status_code, response.json["code"]) == (422, "duplicate_farmer_id")
    fresh = client.post(
        "/api/v1/farmers", json={**FARMER, **another_identity(), "farmer_id": "F000003"}, headers=headers
    )
    assert fresh.status_code == 201, fresh.json


def test_list_pages_through_every_farmer_once_in_creation_order(app, client):
    _, headers = staff_headers(app, client, "officer")
    made = [create_farmer(client, headers, farmer_id=f"F{n:03d}", **another_identity())["farmer_id"] for n in range(7)]
    seen, cursor = [], None
    while True:
        response = client.get(
            "/api/v1/farmers", query_string={"limit": 3, **({"cursor": cursor} if cursor else {})}, headers=headers
        )
        assert response.status_code == 200
        seen += [f["farmer_id"] for f in response.json["items"]]
        cursor = response.json["next_cursor"]
        if cursor is None:
            break
    assert seen == made
    assert len(response.json["items"]) == 1  # 3 + 3 + 1


def test_list_filters_by_village_and_name_prefix(app, client):
    _, headers = staff_headers(app, client, "officer")
    create_farmer(client, headers, name="王建国", village_code="340123104")
    create_farmer(client, headers, name="王小明", village_code="340123105", **another_identity())
    create_farmer(client, headers, name="李四", village_code="340123104", **another_identity())
    by_village = client.get("/api/v1/farmers?village_code=340123104", headers=headers).json["items"]
    assert sorted(f["name"] for f in by_village) == ["李四", "王建国"]
    by_name = client.get("/api/v1/farmers", query_string={"name": "王"}, headers=headers).json["items"]
    assert sorted(f["name"] for f in by_name) == ["王小明", "王建国"]


def test_patch_with_the_current_version_applies_and_bumps_it(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    response = client.patch(
        f"/api/v1/farmers/{farmer['id']}", json={"household_size": 5}, headers={**headers, "If-Match": '"1"'}
    )
    assert response.status_code == 200
    assert response.json["household_size"] == 5 and response.json["version"] == 2
    assert response.headers["ETag"] == '"2"'


def test_patch_with_a_stale_version_is_412_and_changes_nothing(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    url = f"/api/v1/farmers/{farmer['id']}"
    assert client.patch(url, json={"household_size": 5}, headers={**headers, "If-Match": '"1"'}).status_code == 200
    stale = client.patch(url, json={"household_size": 9}, headers={**headers, "If-Match": '"1"'})
    assert stale.status_code == 412 and stale.json["code"] == "version_mismatch"
    assert client.get(url, headers=headers).json["household_size"] == 5


def test_patch_accepts_version_in_the_body_and_requires_one_or_the_other(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    url = f"/api/v1/farmers/{farmer['id']}"
    missing = client.patch(url, json={"name": "王建军"}, headers=headers)
    assert missing.status_code == 428 and "If-Match" in missing.json["errors"]
    stale = client.patch(url, json={"name": "王建军", "version": 7}, headers=headers)
    assert stale.status_code == 412
    ok = client.patch(url, json={"name": "王建军", "version": 1}, headers=headers)
    assert ok.status_code == 200 and ok.json["name"] == "王建军"
