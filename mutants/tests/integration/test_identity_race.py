"""One farmer per phone and per national ID, even when two enrolments arrive at the same instant (issue #10, finding
13): the service's check can be passed by both, so the database's unique blind indexes (migration 0010) refuse the
second, and it is rendered as the same 409 `duplicate_identity` naming the field."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.exc import IntegrityError

from tests.conftest import SECRET
from tests.helpers import FARMER, another_identity, at_the_same_instant, create_farmer, staff_headers


def test_the_database_refuses_a_second_farmer_with_a_phone_and_names_it(app, client):
    from lending.errors import integrity_conflict
    from lending.extensions import db
    from lending.models import Farmer

    _, agent = staff_headers(app, client, "agent", [FARMER["village_code"]])
    create_farmer(client, agent)
    with app.app_context():
        twin = Farmer(
            farmer_id=f"F-{uuid.uuid4().hex[:8]}",
            name="王建国",
            village_code=FARMER["village_code"],
            language="zh",
            **{**another_identity(), "phone": FARMER["phone"]},
        )
        db.session.add(twin)
        with pytest.raises(IntegrityError) as refused:
            db.session.flush()
        db.session.rollback()
    conflict = integrity_conflict(refused.value)
    assert (conflict.status, conflict.code, list(conflict.errors)) == (409, "duplicate_identity", ["phone"])


def _enrol(database_url: str, token: str, start, results) -> None:
    from app import create_app

    application = create_app(
        {"DATABASE_URL": database_url, "SECRET_KEY": SECRET, "LOG_LEVEL": "WARNING", "RATELIMIT_ENABLED": False}
    )
    client = application.test_client()
    start.wait()
    response = client.post(
        "/api/v1/farmers", json=FARMER, headers={"Authorization": f"Bearer {token}", "X-Agent-Position": "31.72,117.16"}
    )
    results.put(
        (response.status_code, (response.json or {}).get("code"), sorted((response.json or {}).get("errors", {})))
    )


@pytest.mark.postgres_only
def test_two_enrolments_of_one_phone_at_the_same_instant_make_one_farmer(app, client, backend, database_url):
    if backend != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (DESIGN.md §3)")
    _, agent = staff_headers(app, client, "agent", [FARMER["village_code"]])
    token = agent["Authorization"].split()[1]
    outcomes = sorted(at_the_same_instant(_enrol, (database_url, token)))
    assert outcomes[0][0] == 201 and all(status == 409 for status, _, _ in outcomes[1:]), outcomes
    # The twin repeats both phone and national ID: the service's own check names both; a refusal by the database
    # names whichever unique index it met first. Either way the field is named and nothing else is.
    assert all(
        code == "duplicate_identity" and fields and set(fields) <= {"phone", "national_id"}
        for _, code, fields in outcomes[1:]
    ), outcomes
