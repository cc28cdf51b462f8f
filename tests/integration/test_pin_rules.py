"""A farmer's PIN and its lock (issue #12), as someone holding the farmer's phone tries it: the third wrong PIN in a
row locks for exactly 30 minutes (29:59 later still locked, 30:00 later open), a right PIN starts the count again, a
change or a first PIN under retry is answered once, and a wrong national ID counts as a wrong PIN. Driven through
`services.pins` with a session; the clock is moved, never waited for."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import time_machine
from sqlalchemy import select

from tests.helpers import create_farmer, next_national_id, next_phone, sms_to, staff_headers

T0 = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)
PIN = "4821"


@pytest.fixture
def farmer(app, client, session):
    """A farmer enrolled by an agent (phone, national ID, English), with PIN 4821 set."""
    from lending.domain.actors import SYSTEM
    from lending.services import pins

    agent = staff_headers(app, client, "agent", ["340123104"])[1]
    national_id, phone = next_national_id(), next_phone()
    created = create_farmer(client, agent, phone=phone, national_id=national_id, language="en")
    farmer_id = uuid.UUID(created["id"])
    with time_machine.travel(T0 - dt.timedelta(hours=1), tick=False):
        pins.set_pin(session=session, actor=SYSTEM, farmer_id=farmer_id, pin=PIN)
    return {"id": farmer_id, "phone": phone, "national_id": national_id, "agent": agent}


def _check(session, farmer_id, pin, at):
    from lending.domain.actors import SYSTEM
    from lending.services import pins

    with time_machine.travel(at, tick=False):
        return pins.check(session=session, actor=SYSTEM, farmer_id=farmer_id, pin=pin)


def _record(session, farmer_id):
    from lending.models import Farmer

    session.expire_all()
    return session.get(Farmer, farmer_id)


def test_each_wrong_pin_counts_down_and_the_third_locks_for_30_minutes_with_an_sms(app, session, farmer):
    from lending.models import AuditEvent
    from lending.services.pins import PinCheck

    assert _check(session, farmer["id"], "1111", T0) == PinCheck(right=False, tries_left=2, locked_until=None)
    assert _record(session, farmer["id"]).pin_wrong == 1
    assert _check(session, farmer["id"], "2222", T0) == PinCheck(right=False, tries_left=1, locked_until=None)
    until = T0 + dt.timedelta(minutes=30)  # 08:00 + 30 minutes
    assert _check(session, farmer["id"], "3333", T0) == PinCheck(right=False, tries_left=0, locked_until=until)
    record = _record(session, farmer["id"])
    assert (record.pin_wrong, record.pin_locked_until) == (0, until)
    assert sms_to(app, farmer["phone"], "pin_locked") == [
        "agrilend: your PIN was locked after 3 wrong tries, for 30 minutes. If this was not you, call your agent."
    ]
    locks = session.scalars(select(AuditEvent).where(AuditEvent.action == "farmer.pin_locked")).all()
    assert [(event.entity_type, event.entity_id, event.detail) for event in locks] == [
        ("farmer", str(farmer["id"]), {"until": "2026-11-20T08:30:00+00:00", "tries": 3})
    ]


def test_the_lock_holds_until_exactly_30_minutes_even_for_the_right_pin(app, session, farmer):
    from lending.errors import Forbidden
    from lending.services import pins

    for wrong in ("1111", "2222", "3333"):
        _check(session, farmer["id"], wrong, T0)
    for later, minutes in ((dt.timedelta(0), 30), (dt.timedelta(minutes=29, seconds=59), 1)):
        with pytest.raises(Forbidden) as locked:
            _check(session, farmer["id"], PIN, T0 + later)
        assert (locked.value.code, locked.value.status) == ("pin_locked", 403)
        message = f"The PIN is locked after 3 wrong tries; try again in {minutes} minutes."
        assert (locked.value.message, locked.value.errors) == (message, {"pin": [message]})
    record = _record(session, farmer["id"])
    until = T0 + dt.timedelta(minutes=30)
    assert pins.locked_until(record, T0 + dt.timedelta(minutes=29, seconds=59)) == until
    assert pins.locked_until(record, until) is None
    with time_machine.travel(until - dt.timedelta(seconds=1), tick=False):
        assert pins.locked_until(record) == until  # now, by default
    with time_machine.travel(until, tick=False):
        assert pins.locked_until(record) is None
    assert _check(session, farmer["id"], PIN, until) == pins.PinCheck(right=True, tries_left=3, locked_until=None)


def test_a_right_pin_starts_the_count_again(session, farmer):
    from lending.services.pins import PinCheck

    _check(session, farmer["id"], "1111", T0)
    _check(session, farmer["id"], "2222", T0)
    assert _check(session, farmer["id"], PIN, T0) == PinCheck(right=True, tries_left=3, locked_until=None)
    record = _record(session, farmer["id"])
    assert (record.pin_wrong, record.pin_locked_until) == (0, None)
    assert _check(session, farmer["id"], "1111", T0) == PinCheck(right=False, tries_left=2, locked_until=None)


def test_a_farmer_without_a_pin_has_every_pin_wrong(app, client, session, farmer):
    from lending.domain.actors import SYSTEM
    from lending.services import pins

    other = create_farmer(client, farmer["agent"], phone=next_phone(), national_id=next_national_id())
    result = pins.check(session=session, actor=SYSTEM, farmer_id=uuid.UUID(other["id"]), pin=PIN)
    assert result == pins.PinCheck(right=False, tries_left=2, locked_until=None)


def test_setting_a_pin_is_audited_as_set_then_change_and_clears_the_count(session, farmer):
    from lending.domain.actors import SYSTEM
    from lending.models import AuditEvent
    from lending.services import pins

    _check(session, farmer["id"], "1111", T0)
    pins.set_pin(session=session, actor=SYSTEM, farmer_id=farmer["id"], pin="2468")
    record = _record(session, farmer["id"])
    assert (record.pin_wrong, record.pin_locked_until) == (0, None)
    actions = session.scalars(
        select(AuditEvent.action)
        .where(AuditEvent.entity_id == str(farmer["id"]), AuditEvent.action.like("farmer.pin%"))
        .order_by(AuditEvent.id)
    ).all()
    assert actions == ["farmer.pin_set", "farmer.pin_change"]


def test_a_trivial_pin_is_refused_naming_the_pin(session, farmer):
    from lending.domain.actors import SYSTEM
    from lending.errors import ValidationFailed
    from lending.services import pins

    with pytest.raises(ValidationFailed) as refused:
        pins.set_pin(session=session, actor=SYSTEM, farmer_id=farmer["id"], pin="1234")
    message = "This PIN is too easy to guess (digits in a row); choose another."
    assert (refused.value.code, refused.value.status, refused.value.errors) == ("pin_trivial", 422, {"pin": [message]})


def test_a_change_under_retry_is_answered_once(session, farmer):
    from lending.domain.actors import SYSTEM
    from lending.security.passwords import verify_pin
    from lending.services import pins

    def change(current, new, key):
        with time_machine.travel(T0, tick=False):
            return pins.change(
                session=session, actor=SYSTEM, farmer_id=farmer["id"], current=current, new=new, idempotency_key=key
            )

    assert change(PIN, "2468", "ussd:S-9:3") == pins.PinCheck(right=True, tries_left=3, locked_until=None)
    # the retry would check 4821 against the new PIN 2468 — a wrong try — were it not answered from the first
    assert change(PIN, "2468", "ussd:S-9:3") == pins.PinCheck(right=True, tries_left=3, locked_until=None)
    record = _record(session, farmer["id"])
    assert verify_pin(record.pin_hash, "2468") and record.pin_wrong == 0
    assert change("1111", "3579", "ussd:S-9:4") == pins.PinCheck(right=False, tries_left=2, locked_until=None)
    assert change("1111", "3579", "ussd:S-9:4") == pins.PinCheck(right=False, tries_left=2, locked_until=None)
    record = _record(session, farmer["id"])
    assert verify_pin(record.pin_hash, "2468") and record.pin_wrong == 1  # counted once, nothing changed


def test_a_first_pin_needs_the_national_id_and_a_wrong_one_counts(app, client, session, farmer):
    from lending.domain.actors import SYSTEM
    from lending.errors import Conflict
    from lending.security.passwords import verify_pin
    from lending.services import pins

    def first(farmer_id, national_id, key=None):
        with time_machine.travel(T0, tick=False):
            return pins.first_pin(
                session=session, actor=SYSTEM, farmer_id=farmer_id, national_id=national_id, pin="2468",
                idempotency_key=key,
            )  # fmt: skip

    with pytest.raises(Conflict) as already:
        first(farmer["id"], farmer["national_id"])
    assert (already.value.code, already.value.message) == (
        "pin_already_set",
        "A PIN is set; change it with the current one.",
    )
    national_id = next_national_id()
    enrolled = uuid.UUID(create_farmer(client, farmer["agent"], phone=next_phone(), national_id=national_id)["id"])
    wrong = first(enrolled, next_national_id(), "ussd:S-5:1")
    assert wrong == pins.PinCheck(right=False, tries_left=2, locked_until=None)
    guess = next_national_id()
    assert first(enrolled, guess, "ussd:S-5:2") == pins.PinCheck(False, 1, None)
    assert first(enrolled, guess, "ussd:S-5:2") == pins.PinCheck(False, 1, None)  # a retry: counted once
    assert _record(session, enrolled).pin_wrong == 2
    assert first(enrolled, national_id.lower(), "ussd:S-5:3") == pins.PinCheck(True, 3, None)
    record = _record(session, enrolled)
    assert verify_pin(record.pin_hash, "2468") and (record.pin_wrong, record.pin_locked_until) == (0, None)


def test_a_first_pin_while_locked_or_without_an_id_on_record_is_refused(app, client, session, farmer):
    from lending.domain.actors import SYSTEM
    from lending.errors import Conflict, Forbidden
    from lending.services import pins
    from tests.helpers import FARMER

    body = {name: value for name, value in FARMER.items() if name != "national_id"}
    response = client.post("/api/v1/farmers", json={**body, "phone": next_phone()}, headers=farmer["agent"])
    assert response.status_code == 201, response.json
    with pytest.raises(Conflict) as missing:
        pins.first_pin(session=session, actor=SYSTEM, farmer_id=uuid.UUID(response.json["id"]),
                       national_id=next_national_id(), pin="2468")  # fmt: skip
    assert (missing.value.code, missing.value.message) == (
        "national_id_missing",
        "No national ID is on record to prove who you are; see your agent.",
    )
    enrolled = uuid.UUID(
        create_farmer(client, farmer["agent"], phone=next_phone(), national_id=next_national_id())["id"]
    )
    for _ in range(3):
        with time_machine.travel(T0, tick=False):
            pins.first_pin(
                session=session, actor=SYSTEM, farmer_id=enrolled, national_id=next_national_id(), pin="2468"
            )
    with time_machine.travel(T0 + dt.timedelta(minutes=29, seconds=59), tick=False), pytest.raises(Forbidden) as locked:
        pins.first_pin(session=session, actor=SYSTEM, farmer_id=enrolled, national_id=next_national_id(), pin="2468")
    assert locked.value.code == "pin_locked"
