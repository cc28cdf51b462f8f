"""Sign-in sessions: a refresh token is good for one refresh; a reused one ends its whole sign-in (token_reused);
logout ends a sign-in; access tokens of an ended sign-in are refused (token_revoked)."""

from __future__ import annotations

import datetime as dt
import threading

import jwt
import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD, SECRET
from tests.helpers import make_staff
from tests.integration.test_ownership import assert_problem, bearer


def _sign_in(client, phone: str) -> dict:
    response = client.post("/api/v1/auth/login", json={"phone": phone, "password": PASSWORD})
    assert response.status_code == 200, response.json
    return response.json


def _refresh(client, refresh_token: str):
    return client.post("/api/v1/auth/refresh", json={"refresh_token": refresh_token})


def _me(client, tokens: dict):
    return client.get("/api/v1/auth/me", headers=bearer(tokens["access_token"]))


def test_each_refresh_spends_its_token_and_hands_out_the_next(app, client, session):
    from lending.models.sessions import RefreshToken, SignInSession

    agent_id, phone = make_staff(app, "agent")
    first = _sign_in(client, phone)
    second = _refresh(client, first["refresh_token"]).json
    third = _refresh(client, second["refresh_token"]).json
    assert _me(client, third).json["id"] == str(agent_id)

    sign_in = session.scalars(select(SignInSession)).one()
    assert (sign_in.subject, sign_in.role, sign_in.revoked_at) == (agent_id, "agent", None)
    claims = [jwt.decode(tokens["refresh_token"], SECRET, algorithms=["HS256"]) for tokens in (first, second, third)]
    assert {c["sid"] for c in claims} == {str(sign_in.id)}  # one sign-in, one family
    stored = {row.token_id: row for row in session.scalars(select(RefreshToken))}
    assert set(stored) == {c["jti"] for c in claims}  # the token's id is kept, never the token
    assert [stored[c["jti"]].used_at is not None for c in claims] == [True, True, False]


def test_a_reused_refresh_token_is_401_token_reused_and_ends_the_whole_sign_in(app, client):
    _, phone = make_staff(app, "officer")
    first = _sign_in(client, phone)
    second = _refresh(client, first["refresh_token"]).json
    elsewhere = _sign_in(client, phone)  # another device: another sign-in

    assert_problem(_refresh(client, first["refresh_token"]), 401, "token_reused")
    assert_problem(_refresh(client, second["refresh_token"]), 401, "token_revoked")
    assert_problem(_me(client, second), 401, "token_revoked")
    assert_problem(_me(client, first), 401, "token_revoked")
    assert _me(client, elsewhere).status_code == 200
    assert _refresh(client, elsewhere["refresh_token"]).status_code == 200


def test_logout_ends_its_sign_in_and_only_that_one(app, client):
    _, phone = make_staff(app, "agent")
    here, elsewhere = _sign_in(client, phone), _sign_in(client, phone)
    response = client.post(
        "/api/v1/auth/logout", json={"refresh_token": here["refresh_token"]}, headers=bearer(here["access_token"])
    )
    assert response.status_code == 204 and response.get_data() == b""
    assert_problem(_me(client, here), 401, "token_revoked")
    assert_problem(_refresh(client, here["refresh_token"]), 401, "token_revoked")
    assert _me(client, elsewhere).status_code == 200
    again = client.post(
        "/api/v1/auth/logout",
        json={"refresh_token": elsewhere["refresh_token"]},
        headers=bearer(elsewhere["access_token"]),
    )
    assert again.status_code == 204


def test_logout_needs_a_signed_in_caller_and_their_own_refresh_token(app, client):
    _, phone_a = make_staff(app, "agent")
    _, phone_b = make_staff(app, "agent")
    mine, theirs = _sign_in(client, phone_a), _sign_in(client, phone_b)
    assert_problem(client.post("/api/v1/auth/logout", json={"refresh_token": mine["refresh_token"]}), 401)
    assert_problem(
        client.post(
            "/api/v1/auth/logout", json={"refresh_token": theirs["refresh_token"]}, headers=bearer(mine["access_token"])
        ),
        403,
        "not_your_session",
    )
    garbage = client.post(
        "/api/v1/auth/logout", json={"refresh_token": "not-a-token"}, headers=bearer(mine["access_token"])
    )
    assert "refresh_token" in assert_problem(garbage, 422, "validation_error")["errors"]
    assert _me(client, theirs).status_code == 200


def test_logout_with_an_expired_refresh_token_still_ends_the_sign_in(app, client):
    from lending.extensions import db
    from lending.models.sessions import SignInSession
    from lending.security import tokens

    agent_id, phone = make_staff(app, "agent")
    signed_in = _sign_in(client, phone)
    sid = jwt.decode(signed_in["access_token"], SECRET, algorithms=["HS256"])["sid"]
    expired = tokens.issue(
        secret=SECRET, subject=agent_id, role="agent", kind="refresh", lifetime=dt.timedelta(seconds=-1), session_id=sid
    )
    assert (
        client.post(
            "/api/v1/auth/logout", json={"refresh_token": expired}, headers=bearer(signed_in["access_token"])
        ).status_code
        == 204
    )
    assert_problem(_me(client, signed_in), 401, "token_revoked")
    with app.app_context():
        assert db.session.scalars(select(SignInSession.revoked_reason)).one() == "logout"


def test_a_refresh_token_of_no_recorded_sign_in_is_refused(app, client):
    from lending.security import tokens

    agent_id, _ = make_staff(app, "agent")
    stateless = tokens.issue(
        secret=SECRET, subject=agent_id, role="agent", kind="refresh", lifetime=dt.timedelta(days=1)
    )
    assert_problem(_refresh(client, stateless), 401, "token_invalid")


def test_a_deactivated_account_cannot_use_or_refresh_its_tokens(app, client):
    from tests.integration.test_ownership import set_agent

    agent_id, phone = make_staff(app, "agent")
    signed_in = _sign_in(client, phone)
    set_agent(app, agent_id, active=False)
    assert_problem(_me(client, signed_in), 401, "token_invalid")
    assert_problem(_refresh(client, signed_in["refresh_token"]), 401, "token_invalid")


def test_a_wrong_phone_and_a_wrong_password_get_the_same_response(app, client):
    _, phone = make_staff(app, "agent")
    wrong_password = client.post("/api/v1/auth/login", json={"phone": phone, "password": "wrong horse"})
    wrong_phone = client.post("/api/v1/auth/login", json={"phone": "+8613999999999", "password": PASSWORD})
    assert wrong_password.status_code == wrong_phone.status_code == 401
    assert wrong_password.get_data() == wrong_phone.get_data()
    assert dict(wrong_password.headers) == dict(wrong_phone.headers)


@pytest.mark.postgres_only
def test_two_refreshes_racing_with_one_token_let_exactly_one_through(app, backend):
    if backend != "postgresql":
        pytest.skip("concurrency and row locks are tested on PostgreSQL (DESIGN.md §3)")
    _, phone = make_staff(app, "agent")
    for _ in range(5):  # a few rounds: the race is real only if both arrive before either commits
        refresh_token = _sign_in(app.test_client(), phone)["refresh_token"]
        start, results = threading.Barrier(2), []

        def refresh(start=start, refresh_token=refresh_token, results=results):
            client = app.test_client()
            start.wait()
            response = _refresh(client, refresh_token)
            results.append((response.status_code, response.json.get("code")))

        threads = [threading.Thread(target=refresh) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results) == [(200, None), (401, "token_reused")]
