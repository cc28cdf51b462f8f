"""One farmer per phone and per national ID (issue #10, finding 13): a second enrolment or a change to a phone or
national ID another farmer has is refused (409 naming the field, not whose it is); the borrower keeps signing in."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from tests.helpers import FARMER, another_identity, create_farmer, staff_headers
from tests.integration.test_ownership import assert_problem, borrower_tokens


def farmers_count(app) -> int:
    from lending.extensions import db
    from lending.models import Farmer

    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Farmer))


def test_a_second_farmer_with_a_borrowers_phone_is_refused_and_the_borrower_still_signs_in(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    first = create_farmer(client, agent)
    second = client.post(
        "/api/v1/farmers",
        headers=agent,
        json={**FARMER, "name": "冒名", "national_id": another_identity()["national_id"]},
    )
    problem = assert_problem(second, 409, "duplicate_identity")
    assert problem["errors"] == {"phone": ["Another farmer is enrolled with this phone."]}
    text = second.get_data(as_text=True)
    assert first["id"] not in text and first["farmer_id"] not in text and FARMER["name"] not in text  # not whose
    assert farmers_count(app) == 1
    assert borrower_tokens(app, client, FARMER["phone"])["role"] == "borrower"  # the borrower is not locked out


def test_a_second_farmer_with_a_national_id_is_refused(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    create_farmer(client, agent)
    lower_x = "34012319800101109x"  # the same ID however its check character is written
    create_farmer(client, agent, name="李四", national_id=lower_x.upper(), phone=another_identity()["phone"])
    again = client.post(
        "/api/v1/farmers", headers=agent, json={**FARMER, "phone": another_identity()["phone"], "national_id": lower_x}
    )
    problem = assert_problem(again, 409, "duplicate_identity")
    assert problem["errors"] == {"national_id": ["Another farmer is enrolled with this national ID."]}
    both = client.post("/api/v1/farmers", headers=agent, json=FARMER)
    assert set(assert_problem(both, 409, "duplicate_identity")["errors"]) == {"phone", "national_id"}
    one_of_each = client.post(  # the first farmer's phone, 李四's national ID: two farmers, both named
        "/api/v1/farmers", headers=agent, json={**FARMER, "national_id": lower_x.upper()}
    )
    assert assert_problem(one_of_each, 409, "duplicate_identity")["errors"] == {
        "phone": ["Another farmer is enrolled with this phone."],
        "national_id": ["Another farmer is enrolled with this national ID."],
    }
    assert farmers_count(app) == 2


def test_an_agent_who_cannot_see_the_farmer_gets_the_same_refusal_and_nothing_more(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    first = create_farmer(client, agent)
    _, stranger = staff_headers(app, client, "agent", ["410526101"])
    refused = client.post("/api/v1/farmers", headers=stranger, json={**FARMER, "village_code": "410526101"})
    assert_problem(refused, 409, "duplicate_identity")
    assert first["id"] not in refused.get_data(as_text=True)


def test_retrying_an_enrolment_returns_the_farmer_it_made_not_a_duplicate(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    body = {**FARMER, "id": str(uuid.uuid4())}
    assert client.post("/api/v1/farmers", headers=agent, json=body).status_code == 201
    retry = client.post("/api/v1/farmers", headers=agent, json=body)
    assert retry.status_code == 200 and retry.json["id"] == body["id"]


def test_changing_a_phone_or_national_id_to_another_farmers_is_refused(app, client):
    _, officer = staff_headers(app, client, "officer")
    first = create_farmer(client, officer)
    other = another_identity()
    second = create_farmer(client, officer, name="李四", **other)
    url = f"/api/v1/farmers/{second['id']}"
    if_match = {**officer, "If-Match": f'"{second["version"]}"'}
    for field in ("phone", "national_id"):
        problem = assert_problem(
            client.patch(url, json={field: FARMER[field]}, headers=if_match), 409, "duplicate_identity"
        )
        assert list(problem["errors"]) == [field]
    # the farmer's own values are not "another farmer's": re-sending them is fine, and a new phone is too
    same = client.patch(url, json=other, headers=if_match)
    assert same.status_code == 200, same.json
    new_phone = another_identity()["phone"]
    changed = client.patch(url, json={"phone": new_phone}, headers={**officer, "If-Match": f'"{same.json["version"]}"'})
    assert changed.status_code == 200, changed.json
    assert client.get(f"/api/v1/farmers/{first['id']}/identity", headers=officer).json["phone"] == FARMER["phone"]


def test_an_erased_farmers_phone_and_national_id_are_free_again(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    _, officer = staff_headers(app, client, "officer")
    first = create_farmer(client, agent)
    assert (
        client.post(f"/api/v1/farmers/{first['id']}/erase", json={"reason": "DSR-13"}, headers=officer).status_code
        == 200
    )
    assert create_farmer(client, agent)["id"] != first["id"]
