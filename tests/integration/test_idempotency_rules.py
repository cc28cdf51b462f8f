"""The one idempotency mechanism (DESIGN.md §6), as a dishonest or unlucky client meets it: the same key again is
answered from the first call, the same key with another request (another path, body or operation) is refused, a key
still being processed is refused, and each actor's keys are their own. Driven through `services.idempotency` with a
session, and through the REST decorator (`Idempotency-Key`)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from tests.helpers import staff_headers

OWNER = uuid.UUID("00000000-0000-0000-0000-0000000000a1")
OTHER = uuid.UUID("00000000-0000-0000-0000-0000000000b2")


def _key(key="ussd:S-1:7", operation="POST /api/v1/loans/L-1/repayments", request=None, owner=OWNER):
    from lending.services import idempotency

    request = request or {"path": "/api/v1/loans/L-1/repayments", "amount": "10.00"}  # as REST hashes its request
    return idempotency.Key.of(owner=owner, key=key, operation=operation, request=request)


def test_no_key_runs_the_work_as_it_is_and_keeps_nothing(session):
    from lending.models import IdempotencyKey
    from lending.services import idempotency

    assert idempotency.for_use_case(actor=None, key=None, operation="loans.repay", command={}) is None
    assert idempotency.for_use_case(actor=None, key="", operation="loans.repay", command={}) is None
    assert idempotency.claim(session, None) is None
    idempotency.remember(session, None, status=201, result={"id": 1})
    assert session.scalar(select(func.count()).select_from(IdempotencyKey)) == 0


def test_a_use_case_key_is_the_actors_and_hashes_operation_and_command():
    from lending.canonical import digest
    from lending.domain.actors import Actor, Role
    from lending.services import idempotency

    actor = Actor(id=OWNER, role=Role.AGENT, villages=frozenset())
    key = idempotency.for_use_case(actor=actor, key="ussd:S-1:7", operation="loans.repay", command={"amount": "5"})
    assert key == idempotency.Key(
        owner=OWNER,
        key="ussd:S-1:7",
        operation="loans.repay",
        request_hash=digest({"operation": "loans.repay", "command": {"amount": "5"}}),
    )
    assert _key(request={"a": 1}).request_hash == digest({"a": 1})


def test_a_claimed_key_keeps_the_method_and_path_then_replays_the_stored_result(session):
    from lending.models import IdempotencyKey
    from lending.services import idempotency

    key = _key()
    assert idempotency.claim(session, key) is None
    idempotency.remember(session, key, status=201, result={"id": "R-1"})
    session.commit()
    row = session.get(IdempotencyKey, (OWNER, "ussd:S-1:7"))
    # "POST /api/v1/loans/L-1/repayments": the method is the first word, the path the whole operation
    assert (row.method, row.path, row.request_hash) == ("POST", "POST /api/v1/loans/L-1/repayments", key.request_hash)
    assert (row.response_status, row.response_body) == (201, {"id": "R-1"})
    assert idempotency.claim(session, key) == idempotency.Stored(status=201, result={"id": "R-1"})


def test_a_use_case_operation_is_cut_to_the_columns(session):
    from lending.models import IdempotencyKey
    from lending.services import idempotency

    # a use case's operation has no space: its "method" is its first 10 characters ("pins.change" has 11)
    long = "x" * 310
    for key, operation in (("k-pins-1", "pins.change"), ("k-long-1", long)):
        idempotency.claim(session, _key(key=key, operation=operation))
    session.commit()
    short, cut = session.get(IdempotencyKey, (OWNER, "k-pins-1")), session.get(IdempotencyKey, (OWNER, "k-long-1"))
    assert (short.method, short.path) == ("pins.chang", "pins.change")
    assert (cut.method, cut.path) == ("x" * 10, "x" * 300)


@pytest.mark.parametrize(
    "other",
    [
        {"request": {"path": "/api/v1/loans/L-2/repayments", "amount": "10.00"}},  # another path
        {"request": {"path": "/api/v1/loans/L-1/repayments", "amount": "10.01"}},  # another body, one cent more
    ],
)
def test_the_same_key_with_another_request_is_refused_naming_the_field(session, other):
    from lending.errors import IdempotencyMismatch
    from lending.services import idempotency

    idempotency.claim(session, _key())
    idempotency.remember(session, _key(), status=201, result={"id": "R-1"})
    session.commit()
    with pytest.raises(IdempotencyMismatch) as refused:
        idempotency.claim(session, _key(**other))
    assert refused.value.message == "This idempotency key was used with a different request."
    assert refused.value.errors == {"idempotency_key": ["Already used with another request."]}
    with pytest.raises(IdempotencyMismatch) as named:
        idempotency.claim(session, _key(**other), field="Idempotency-Key")
    assert named.value.errors == {"Idempotency-Key": ["Already used with another request."]}


def test_the_same_key_of_another_actor_is_theirs(session):
    from lending.services import idempotency

    idempotency.claim(session, _key())
    idempotency.remember(session, _key(), status=201, result={"id": "R-1"})
    assert idempotency.claim(session, _key(owner=OTHER, request={"amount": "99.00"})) is None


def test_a_key_still_being_processed_is_refused_as_in_progress(session):
    from lending.errors import Conflict
    from lending.services import idempotency

    idempotency.claim(session, _key())  # claimed, no result yet
    with pytest.raises(Conflict) as refused:
        idempotency.claim(session, _key())
    assert (refused.value.code, refused.value.status) == ("idempotency_in_progress", 409)
    assert (
        refused.value.message == "A request with this idempotency key is being processed; retry shortly for its result."
    )


def test_a_key_claimed_by_another_request_between_look_up_and_insert_is_in_progress(app, session, monkeypatch):
    from lending.errors import Conflict
    from lending.extensions import db
    from lending.services import idempotency

    other = db.open()
    try:
        idempotency.claim(other, _key())
        other.commit()
    finally:
        other.close()
    monkeypatch.setattr(session, "get", lambda *args, **kwargs: None)  # the look-up ran before the other committed
    with pytest.raises(Conflict) as refused:
        idempotency.claim(session, _key())
    assert refused.value.code == "idempotency_in_progress"


# --- REST: the Idempotency-Key header -----------------------------------------------------------------------------


@pytest.fixture
def officer(app, client):
    return staff_headers(app, client, "officer")[1]


def _post(client, headers, key, body=None, path="/api/v1/sync/conflicts/00000000-0000-0000-0000-000000000001/resolve"):
    extra = {} if key is None else {"Idempotency-Key": key}
    return client.post(path, headers={**headers, **extra}, json=body)


def test_a_money_moving_post_without_a_key_is_a_428_naming_the_header(client, officer):
    for key in (None, "", "   "):
        response = _post(client, officer, key, path="/api/v1/loans/00000000-0000-0000-0000-000000000001/repayments")
        assert response.status_code == 428, response.json
        assert response.json["code"] == "idempotency_key_required"
        assert response.json["message"] == "Money-moving requests need an Idempotency-Key header."
        assert response.json["errors"] == {
            "Idempotency-Key": ["Missing: send a unique key (e.g. a UUID) per money movement."]
        }


@pytest.mark.parametrize("bad", ["short-7", "x" * 101, "key with space", "key/slash1"])
def test_a_key_of_the_wrong_shape_is_refused(client, officer, bad):
    response = _post(client, officer, bad, path="/api/v1/loans/00000000-0000-0000-0000-000000000001/repayments")
    assert response.status_code == 400, response.json
    assert response.json["code"] == "bad_idempotency_key"
    assert response.json["message"] == "Idempotency-Key must be 8-100 letters, digits or . _ : -"
    assert response.json["errors"] == {"Idempotency-Key": ["8-100 characters of A-Z a-z 0-9 . _ : -"]}


@pytest.mark.parametrize("good", ["abcdefgh", "x" * 100, "A.b_c:d-9"])
def test_a_key_of_8_to_100_allowed_characters_is_taken(client, officer, good):
    response = _post(client, officer, good, path="/api/v1/loans/00000000-0000-0000-0000-000000000001/repayments")
    assert response.json.get("code") not in ("bad_idempotency_key", "idempotency_key_required"), response.json
