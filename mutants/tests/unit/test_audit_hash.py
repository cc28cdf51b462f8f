"""The audit hash is SHA-256 of a canonical JSON text an auditor can write out by hand (lending/services/audit.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

import pytest

from lending.services.audit import GENESIS, event_hash, event_json

EVENT = {
    "id": 7,
    "at": dt.datetime(2026, 11, 23, 8, 15, 30, 123456, tzinfo=dt.UTC),
    "actor_id": uuid.UUID("5f0c6e7a-1b2c-4d3e-8f90-a1b2c3d4e5f6"),
    "actor_role": "officer",
    "action": "loan.repay",
    "entity_type": "loan",
    "entity_id": "L-1",
    "detail": {"channel": "cash", "amount": "150.00", "note": "王建国"},
    "prev_hash": GENESIS,
}

# Written by hand from the rules in the docstring: keys sorted (also inside detail), no spaces, 王建国 unescaped.
BY_HAND = (
    '{"action":"loan.repay","actor_id":"5f0c6e7a-1b2c-4d3e-8f90-a1b2c3d4e5f6","actor_role":"officer",'
    '"at":"2026-11-23T08:15:30.123456+00:00","detail":{"amount":"150.00","channel":"cash","note":"王建国"},'
    '"entity_id":"L-1","entity_type":"loan","id":7,'
    '"prev_hash":"0000000000000000000000000000000000000000000000000000000000000000"}'
)


def test_event_json_is_the_text_written_by_hand():
    assert event_json(**EVENT) == BY_HAND


def test_hash_is_sha256_of_the_utf8_text_written_by_hand():
    assert event_hash(**EVENT) == hashlib.sha256(BY_HAND.encode("utf-8")).hexdigest()
    assert len(event_hash(**EVENT)) == 64


def test_time_is_utc_with_six_digit_microseconds_whatever_the_offset_given():
    beijing = dt.timezone(dt.timedelta(hours=8))
    same_instant = {**EVENT, "at": dt.datetime(2026, 11, 23, 16, 15, 30, tzinfo=beijing)}
    assert '"at":"2026-11-23T08:15:30.000000+00:00"' in event_json(**same_instant)


def test_a_naive_time_is_refused_rather_than_guessed():
    with pytest.raises(ValueError, match="naive"):
        event_json(**{**EVENT, "at": dt.datetime(2026, 11, 23, 8, 15, 30)})


def test_no_actor_and_no_entity_are_json_null():
    text = event_json(**{**EVENT, "actor_id": None, "entity_id": None})
    assert '"actor_id":null' in text and '"entity_id":null' in text


def test_any_change_to_a_field_changes_the_hash():
    changed = [
        {**EVENT, "detail": {**EVENT["detail"], "amount": "1500.00"}},
        {**EVENT, "id": 8},
        {**EVENT, "prev_hash": "f" * 64},
        {**EVENT, "action": "loan.reverse"},
    ]
    assert len({event_hash(**fields) for fields in [EVENT, *changed]}) == 5
