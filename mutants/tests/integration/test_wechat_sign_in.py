"""WeChat mini-program sign-in against a stand-in for WeChat's API on 127.0.0.1 (tests/fake_wechat.py): a first
sign-in binds the openid to a farmer with a one-time SMS code, later ones sign in at once; WeChat's refusals are
problem JSON; the session_key is nowhere but in WeChat's answer."""

from __future__ import annotations

import json
import logging
import socket
import uuid

import pytest
from sqlalchemy import select

from lending.models import AuditEvent, Base, WechatBinding, WechatBindingRequest
from lending.models.wechat import OPENID
from lending.security import tokens
from lending.security.pii import blind_index
from tests.conftest import SECRET
from tests.fake_wechat import HANG, FakeWechat
from tests.helpers import another_identity, code_sent_to, create_farmer, sms_to, staff_headers
from tests.integration.test_ownership import assert_problem

APPID, APP_SECRET = "wx0123456789abcdef", "app-secret-of-the-test-mini-program"
SESSION_KEY = "SESSION-KEY-tiihtNczf5v6AKRyjwEUhQ=="  # what must never leave the server


@pytest.fixture(scope="module")
def fake_wechat():
    fake = FakeWechat(appid=APPID, secret=APP_SECRET).start()
    yield fake
    fake.stop()


@pytest.fixture
def wechat(app, fake_wechat, monkeypatch):
    """The app pointed at the fake WeChat (WECHAT_API_BASE) with its appid and secret; the fake forgets its codes."""
    monkeypatch.setitem(app.config, "WECHAT_APPID", APPID)
    monkeypatch.setitem(app.config, "WECHAT_SECRET", APP_SECRET)
    monkeypatch.setitem(app.config, "WECHAT_API_BASE", fake_wechat.base_url)
    fake_wechat.codes.clear()
    fake_wechat.queries.clear()
    return fake_wechat


def _farmer(app, client, **identity) -> dict:
    """A new farmer, with their phone as enrolled (responses mask it)."""
    identity = identity or another_identity()
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    return {**create_farmer(client, agent, **identity), "phone": identity["phone"]}


def _binding_token(client, wechat, code: str, openid: str) -> str:
    wechat.identity(code, openid=openid, session_key=SESSION_KEY)
    response = client.post("/api/v1/auth/wechat", json={"code": code})
    assert response.status_code == 202, response.json
    return response.json["binding_token"]


def _bind(app, client, binding_token: str, phone: str):
    assert client.post("/api/v1/auth/otp", json={"phone": phone}).status_code == 202
    code = code_sent_to(app, phone)
    return client.post("/api/v1/auth/wechat/bind", json={"binding_token": binding_token, "phone": phone, "code": code})


def _bindings(app) -> dict[str, str]:
    """farmer id → openid, as stored (decrypted)."""
    from lending.extensions import db

    with app.app_context():
        return {str(b.farmer_id): b.openid for b in db.session.scalars(select(WechatBinding))}


def _audit(app, action: str) -> list[AuditEvent]:
    from lending.extensions import db

    with app.app_context():
        return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def _me(client, tokens_body: dict) -> dict:
    return client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {tokens_body['access_token']}"}).json


def test_a_first_sign_in_asks_to_bind_and_the_sms_code_binds_the_openid_to_the_farmer(app, client, wechat):
    farmer = _farmer(app, client, **{**another_identity(), "language": "en"})
    assert_problem(client.post("/api/v1/auth/wechat", json={"code": "code-first"}), 401, "invalid_wechat_code")
    wechat.identity("code-first", openid="o-first-openid", session_key=SESSION_KEY)
    first = client.post("/api/v1/auth/wechat", json={"code": "code-first"})
    assert first.status_code == 202
    assert set(first.json) == {"binding_required", "binding_token", "expires_in"}
    assert first.json["binding_required"] is True and first.json["expires_in"] == 600
    assert wechat.queries[-1] == {
        "appid": APPID,
        "secret": APP_SECRET,
        "js_code": "code-first",
        "grant_type": "authorization_code",
    }
    # the token names the pending request, not the openid
    assert "o-first-openid" not in json.dumps(first.json)
    claims = tokens.read(first.json["binding_token"], secret=SECRET, kind="wechat_binding")
    assert _bindings(app) == {}

    bound = _bind(app, client, first.json["binding_token"], farmer["phone"])
    assert bound.status_code == 200 and bound.json["role"] == "borrower"
    assert _me(client, bound.json)["id"] == farmer["id"]
    assert _bindings(app) == {farmer["id"]: "o-first-openid"}
    [event] = _audit(app, "auth.wechat_bound")
    assert (event.entity_id, str(event.actor_id)) == (farmer["id"], farmer["id"])
    with app.app_context():
        assert event.detail == {"openid_index": blind_index(OPENID, "o-first-openid"), "replaced_openid_index": None}
        from lending.extensions import db

        assert db.session.get(WechatBindingRequest, claims.subject) is None  # spent
    assert sms_to(app, farmer["phone"])[-1] == (
        "agrilend: your account is now linked to a WeChat account for sign-in. "
        "If this was not you, call your agent now."
    )


def test_a_bound_wechat_account_signs_in_at_once_as_its_farmer(app, client, wechat):
    farmer = _farmer(app, client)
    token = _binding_token(client, wechat, "code-one", "o-bound-openid")
    assert _bind(app, client, token, farmer["phone"]).status_code == 200

    wechat.identity("code-two", openid="o-bound-openid", session_key=SESSION_KEY)
    again = client.post("/api/v1/auth/wechat", json={"code": "code-two"})
    assert again.status_code == 200 and set(again.json) >= {"access_token", "refresh_token"}
    access = tokens.read(again.json["access_token"], secret=SECRET, kind="access")
    assert (str(access.subject), access.role) == (farmer["id"], "borrower")
    refreshed = client.post("/api/v1/auth/refresh", json={"refresh_token": again.json["refresh_token"]})
    assert refreshed.status_code == 200 and _me(client, refreshed.json)["id"] == farmer["id"]
    [login] = _audit(app, "auth.wechat_login")
    assert login.entity_id == farmer["id"]


def test_a_wrong_sms_code_binds_nothing_and_the_binding_token_stays_good(app, client, wechat):
    farmer = _farmer(app, client)
    token = _binding_token(client, wechat, "code-w", "o-wrong-code")
    client.post("/api/v1/auth/otp", json={"phone": farmer["phone"]})
    right = code_sent_to(app, farmer["phone"])
    wrong = "000000" if right != "000000" else "111111"
    refused = client.post(
        "/api/v1/auth/wechat/bind", json={"binding_token": token, "phone": farmer["phone"], "code": wrong}
    )
    assert_problem(refused, 401, "invalid_code")
    assert _bindings(app) == {} and _audit(app, "auth.wechat_bound") == []
    fine = client.post(
        "/api/v1/auth/wechat/bind", json={"binding_token": token, "phone": farmer["phone"], "code": right}
    )
    assert fine.status_code == 200 and _bindings(app) == {farmer["id"]: "o-wrong-code"}


def test_someone_elses_phone_binds_nothing(app, client, wechat):
    """The code goes to the phone's owner: whoever holds the WeChat account but not the phone cannot bind it — not
    with a guess, not with the code of their own phone, not with a phone no farmer has."""
    victim = _farmer(app, client)
    intruder = _farmer(app, client)
    token = _binding_token(client, wechat, "code-intruder", "o-intruder")
    client.post("/api/v1/auth/otp", json={"phone": victim["phone"]})  # the victim gets this code, not the intruder
    guessed = client.post(
        "/api/v1/auth/wechat/bind", json={"binding_token": token, "phone": victim["phone"], "code": "123456"}
    )
    client.post("/api/v1/auth/otp", json={"phone": intruder["phone"]})
    own_code = code_sent_to(app, intruder["phone"])
    crossed = client.post(
        "/api/v1/auth/wechat/bind", json={"binding_token": token, "phone": victim["phone"], "code": own_code}
    )
    nobody = client.post(
        "/api/v1/auth/wechat/bind", json={"binding_token": token, "phone": "+8613999999999", "code": own_code}
    )
    for refused in (guessed, crossed, nobody):
        assert_problem(refused, 401, "invalid_code")
    assert _bindings(app) == {} and _audit(app, "auth.wechat_bound") == []


def test_a_binding_token_is_spent_by_its_binding_and_a_forged_one_is_refused(app, client, wechat):
    farmer = _farmer(app, client)
    token = _binding_token(client, wechat, "code-s", "o-spent")
    assert _bind(app, client, token, farmer["phone"]).status_code == 200
    replayed = _bind(app, client, token, farmer["phone"])
    assert assert_problem(replayed, 401, "wechat_binding_expired")["errors"] == {
        "binding_token": ["Invalid, expired or already used."]
    }
    access = client.post("/api/v1/auth/wechat", json={"code": "code-s"}).json["access_token"]
    for forged in (access, token[:-4] + "AAAA", "not-a-token"):
        refused = client.post(
            "/api/v1/auth/wechat/bind", json={"binding_token": forged, "phone": farmer["phone"], "code": "123456"}
        )
        assert_problem(refused, 401, "wechat_binding_expired")


def test_a_farmer_who_binds_another_wechat_account_replaces_the_first(app, client, wechat):
    farmer = _farmer(app, client)
    assert _bind(app, client, _binding_token(client, wechat, "code-old", "o-old-phone"), farmer["phone"]).status_code
    assert _bind(app, client, _binding_token(client, wechat, "code-new", "o-new-phone"), farmer["phone"]).status_code
    assert _bindings(app) == {farmer["id"]: "o-new-phone"}
    replaced = _audit(app, "auth.wechat_bound")[-1]
    with app.app_context():
        assert replaced.detail["replaced_openid_index"] == blind_index(OPENID, "o-old-phone")
    wechat.identity("code-old-again", openid="o-old-phone", session_key=SESSION_KEY)
    assert client.post("/api/v1/auth/wechat", json={"code": "code-old-again"}).status_code == 202


def test_an_openid_bound_to_one_farmer_is_not_moved_to_another(app, client, wechat):
    """A race the first binding won: the openid is bound to A while B's binding request was pending."""
    from lending.extensions import db

    first, second = _farmer(app, client), _farmer(app, client)
    token = _binding_token(client, wechat, "code-race", "o-raced")
    with app.app_context():
        db.session.add(WechatBinding(farmer_id=uuid.UUID(first["id"]), openid="o-raced"))
        db.session.commit()
    assert_problem(_bind(app, client, token, second["phone"]), 409, "wechat_bound_elsewhere")
    assert _bindings(app) == {first["id"]: "o-raced"}


def test_a_borrower_unbinds_their_wechat_account_and_its_next_sign_in_asks_again(app, client, wechat):
    farmer = _farmer(app, client)
    signed_in = _bind(app, client, _binding_token(client, wechat, "code-u", "o-unbind"), farmer["phone"]).json
    bearer = {"Authorization": f"Bearer {signed_in['access_token']}"}
    assert client.delete("/api/v1/auth/wechat", headers=bearer).status_code == 204
    assert _bindings(app) == {}
    [event] = _audit(app, "auth.wechat_unbound")
    assert event.entity_id == farmer["id"]
    assert client.post("/api/v1/auth/wechat", json={"code": "code-u"}).status_code == 202
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    assert_problem(client.delete("/api/v1/auth/wechat", headers=agent), 403)


def test_erasing_a_farmer_removes_their_wechat_binding(app, client, wechat):
    farmer = _farmer(app, client)
    assert _bind(app, client, _binding_token(client, wechat, "code-e", "o-erased"), farmer["phone"]).status_code
    _, officer = staff_headers(app, client, "officer")
    erased = client.post(f"/api/v1/farmers/{farmer['id']}/erase", json={"reason": "farmer asked"}, headers=officer)
    assert erased.status_code == 200, erased.json
    assert _bindings(app) == {}
    assert client.post("/api/v1/auth/wechat", json={"code": "code-e"}).status_code == 202


@pytest.mark.parametrize(
    "code, status, problem_code, retry_after",
    [
        ("code-invalid", 401, "invalid_wechat_code", None),
        ("code-used", 401, "invalid_wechat_code", None),
        ("code-quota", 429, "wechat_rate_limited", "60"),
        ("code-risky", 403, "wechat_user_blocked", None),
        ("code-busy", 503, "wechat_unavailable", "5"),
        ("code-wrong-appid", 503, "wechat_unavailable", "5"),
        ("code-server-error", 503, "wechat_unavailable", "5"),
    ],
)
def test_each_wechat_refusal_is_its_problem_json(app, client, wechat, code, status, problem_code, retry_after):
    response = client.post("/api/v1/auth/wechat", json={"code": code})
    assert_problem(response, status, problem_code)
    assert response.headers.get("Retry-After") == retry_after
    assert _bindings(app) == {}


def test_a_wrong_app_secret_is_logged_as_ours_to_fix_without_the_secret(app, client, wechat, monkeypatch, caplog):
    monkeypatch.setitem(app.config, "WECHAT_SECRET", "a-secret-wechat-does-not-know")
    with caplog.at_level(logging.DEBUG):
        response = client.post("/api/v1/auth/wechat", json={"code": "code-any"})
    assert_problem(response, 503, "wechat_unavailable")
    assert "errcode 40125" in caplog.text and "a-secret-wechat-does-not-know" not in caplog.text


def test_a_wechat_api_that_does_not_answer_is_503_after_the_timeout(app, client, wechat):
    response = client.post("/api/v1/auth/wechat", json={"code": HANG})
    assert_problem(response, 503, "wechat_unavailable")
    assert response.headers["Retry-After"] == "5"


@pytest.mark.parametrize("api_base", ["http://127.0.0.1:{closed}", "127.0.0.1:{closed}"], ids=["closed", "no-url"])
def test_a_wechat_api_that_cannot_be_reached_is_503(app, client, wechat, monkeypatch, api_base):
    with socket.socket() as placeholder:  # a port nothing listens on
        placeholder.bind(("127.0.0.1", 0))
        closed = placeholder.getsockname()[1]
    monkeypatch.setitem(app.config, "WECHAT_API_BASE", api_base.format(closed=closed))
    assert_problem(client.post("/api/v1/auth/wechat", json={"code": "code-x"}), 503, "wechat_unavailable")


@pytest.mark.parametrize("missing", ["WECHAT_APPID", "WECHAT_SECRET"])
def test_without_appid_or_secret_wechat_sign_in_is_503_not_configured(app, client, wechat, monkeypatch, missing):
    monkeypatch.setitem(app.config, missing, None)
    problem = assert_problem(client.post("/api/v1/auth/wechat", json={"code": "code-x"}), 503, "wechat_not_configured")
    assert "not configured" in problem["message"] and wechat.queries == []


def test_the_session_key_leaves_the_server_nowhere(app, client, wechat, caplog):
    """Not in a response's body or headers, a log line, an audit event, or any row of any table."""
    from lending.extensions import db

    farmer = _farmer(app, client)
    responses = []
    with caplog.at_level(logging.DEBUG):
        wechat.identity("code-k1", openid="o-key", session_key=SESSION_KEY)
        responses.append(client.post("/api/v1/auth/wechat", json={"code": "code-k1"}))
        responses.append(_bind(app, client, responses[-1].json["binding_token"], farmer["phone"]))
        wechat.identity("code-k2", openid="o-key", session_key=SESSION_KEY)
        responses.append(client.post("/api/v1/auth/wechat", json={"code": "code-k2"}))
    assert [r.status_code for r in responses] == [202, 200, 200]
    for response in responses:
        assert SESSION_KEY not in response.get_data(as_text=True)
        assert SESSION_KEY not in str(response.headers)
    assert [r.name for r in caplog.records].count("lending.channels.wechat") == 2  # WeChat's answers were logged
    assert SESSION_KEY not in caplog.text
    with app.app_context():
        with db.engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                assert SESSION_KEY not in repr(connection.execute(table.select()).all()), table.name


@pytest.mark.parametrize(
    "path, body, field",
    [
        ("/api/v1/auth/wechat", {}, "code"),
        ("/api/v1/auth/wechat", {"code": ""}, "code"),
        ("/api/v1/auth/wechat", {"code": "has space"}, "code"),
        ("/api/v1/auth/wechat", {"code": 12345}, "code"),
        ("/api/v1/auth/wechat", {"code": "x" * 129}, "code"),
        ("/api/v1/auth/wechat", {"code": "ok", "openid": "o-mine"}, "openid"),
        ("/api/v1/auth/wechat/bind", {"phone": "+8613800138000", "code": "123456"}, "binding_token"),
        ("/api/v1/auth/wechat/bind", {"binding_token": "t", "code": "123456"}, "phone"),
        ("/api/v1/auth/wechat/bind", {"binding_token": "t", "phone": "not a phone", "code": "123456"}, "phone"),
        ("/api/v1/auth/wechat/bind", {"binding_token": "t", "phone": "+8613800138000", "code": "12ab56"}, "code"),
    ],
)
def test_bad_input_is_422_naming_the_field(app, client, wechat, path, body, field):
    problem = assert_problem(client.post(path, json=body), 422, "validation_error")
    assert field in problem["errors"], problem
    assert wechat.queries == []


def test_wechat_sign_in_counts_against_the_sign_in_limit(app, database_url, wechat):
    from app import create_app
    from lending.extensions import db

    limited = create_app(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": SECRET,
            "TESTING": True,
            "LOG_LEVEL": "WARNING",
            "RATELIMIT_ENABLED": True,
            "RATE_LIMIT_SIGN_IN": "2 per minute",
            "WECHAT_APPID": APPID,
            "WECHAT_SECRET": APP_SECRET,
            "WECHAT_API_BASE": wechat.base_url,
        }
    )
    try:
        limited_client = limited.test_client()
        address = {"REMOTE_ADDR": "203.0.113.14"}
        answers = [
            limited_client.post("/api/v1/auth/wechat", json={"code": "code-invalid"}, environ_base=address)
            for _ in range(3)
        ]
        assert [a.status_code for a in answers] == [401, 401, 429]
        assert answers[-1].json["code"] == "too_many_requests" and len(wechat.queries) == 2
    finally:
        limited.extensions["rate_limits"].storage.reset()
        storage = limited.extensions["rate_limits"].storage
        if hasattr(storage, "engine"):
            storage.engine.dispose()
        with limited.app_context():
            db.engine.dispose()
