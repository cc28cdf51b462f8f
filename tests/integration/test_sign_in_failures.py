"""Failed sign-ins are in the audit log (issue #10, finding 15): password and SMS code, wrong secret or unknown phone;
the phone by its blind index only; at most one event per phone a minute, the rest counted into the next event."""

from __future__ import annotations

import datetime as dt
import json
import time

import time_machine
from sqlalchemy import select

from tests.helpers import code_sent_to, create_farmer, make_staff, staff_headers

STAFF_PHONE, FARMER_PHONE, UNKNOWN = "+8613600000011", "+8613600000022", "+8613600000099"


def failures(app) -> list:
    from lending.extensions import db
    from lending.models import AuditEvent

    with app.app_context():
        return db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "auth.sign_in_failed").order_by(AuditEvent.id)
        ).all()


def index_of(app, phone: str) -> str:
    from lending.security.pii import blind_index

    with app.app_context():
        return blind_index("phone", phone)


def end_the_minute(app, phone: str, *, seconds_left: float) -> None:
    """Move the end of the phone's current minute to `seconds_left` from now (negative: already over)."""
    from lending.extensions import db
    from lending.models.sessions import RateLimitCounter

    with app.app_context():
        counter = db.session.get(RateLimitCounter, f"audit:sign_in_failed:{index_of(app, phone)}")
        counter.expires_at = time.time() + seconds_left
        db.session.commit()


def login(client, phone: str, password: str):
    return client.post("/api/v1/auth/login", json={"phone": phone, "password": password})


def verify(client, phone: str, code: str):
    return client.post("/api/v1/auth/otp/verify", json={"phone": phone, "code": code})


def test_a_wrong_password_and_an_unknown_phone_are_recorded_by_blind_index(app, client):
    make_staff(app, "officer", phone=STAFF_PHONE)
    assert login(client, STAFF_PHONE, "wrong horse battery").status_code == 401
    assert login(client, UNKNOWN, "wrong horse battery").status_code == 401
    events = failures(app)
    assert [(e.entity_type, e.entity_id, e.detail) for e in events] == [
        (
            "phone",
            index_of(app, STAFF_PHONE),
            {"method": "password", "reason": "wrong_password", "not_recorded_before": 0},
        ),
        ("phone", index_of(app, UNKNOWN), {"method": "password", "reason": "unknown_phone", "not_recorded_before": 0}),
    ]
    assert [(e.actor_id, e.actor_role) for e in events] == [(None, "anonymous")] * 2
    stored = json.dumps([[e.entity_id, e.detail] for e in events])
    assert STAFF_PHONE[1:] not in stored and UNKNOWN[1:] not in stored  # never the phone itself


def test_a_wrong_sms_code_and_a_phone_without_a_code_are_recorded(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    create_farmer(client, agent, phone=FARMER_PHONE)
    assert client.post("/api/v1/auth/otp", json={"phone": FARMER_PHONE}).status_code == 202
    code = code_sent_to(app, FARMER_PHONE)
    assert verify(client, FARMER_PHONE, "000000" if code != "000000" else "111111").status_code == 401
    assert verify(client, UNKNOWN, "123456").status_code == 401  # never asked for a code
    assert [(e.entity_id, e.detail["method"], e.detail["reason"]) for e in failures(app)] == [
        (index_of(app, FARMER_PHONE), "otp", "wrong_code"),
        (index_of(app, UNKNOWN), "otp", "no_code"),
    ]
    assert verify(client, FARMER_PHONE, code).status_code == 200  # the right code still works
    assert len(failures(app)) == 2  # and a success is no failure


def test_a_flood_of_guesses_makes_one_event_a_minute_and_the_next_counts_the_rest(app, client):
    make_staff(app, "admin", phone=STAFF_PHONE)
    # the clock stands still (wherever --clock put it): "a second before the minute ends" holds however long a
    # sign-in takes on a busy machine (a password hash can take over a second)
    with time_machine.travel(dt.datetime.now(dt.UTC), tick=False):
        _flood_of_guesses(app, client)


def _flood_of_guesses(app, client) -> None:
    started = time.time()
    for _ in range(5):
        assert login(client, STAFF_PHONE, "guess").status_code == 401
    assert len(failures(app)) == 1
    from lending.extensions import db
    from lending.models.sessions import RateLimitCounter

    with app.app_context():
        counter = db.session.get(RateLimitCounter, f"audit:sign_in_failed:{index_of(app, STAFF_PHONE)}")
        assert counter.count == 5 and started + 60 <= counter.expires_at <= time.time() + 60
    end_the_minute(app, STAFF_PHONE, seconds_left=1)  # a second before the minute ends: still counted only
    assert login(client, STAFF_PHONE, "guess").status_code == 401
    assert len(failures(app)) == 1
    end_the_minute(app, STAFF_PHONE, seconds_left=-0.001)  # just over: the next failure is recorded
    assert login(client, STAFF_PHONE, "guess").status_code == 401
    events = failures(app)
    assert [e.detail["not_recorded_before"] for e in events] == [0, 5]  # the 2nd..6th guesses of the minute
    # another phone is not held back by this one's minute
    assert login(client, UNKNOWN, "guess").status_code == 401
    assert [e.entity_id for e in failures(app)][-1] == index_of(app, UNKNOWN)


def test_the_failure_events_keep_the_audit_chain_intact(app, client):
    make_staff(app, "officer", phone=STAFF_PHONE)
    for password in ("one", "two"):
        login(client, STAFF_PHONE, password)
    login(client, UNKNOWN, "three")
    result = app.test_cli_runner().invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output
