"""Who may see and change what (DESIGN.md §9): an agent sees only their farmers, a borrower only their own record,
officers see all; outside your scope a farmer does not exist (404). And sign-in failures: tokens that are expired,
tampered, of the wrong kind, for a disabled account or with the wrong role."""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
import uuid

import pytest
from sqlalchemy import update

from tests.conftest import PASSWORD, SECRET
from tests.helpers import (
    EQUIPMENT,
    FARMER,
    LAND,
    SALE,
    another_identity,
    code_sent_to,
    create_farmer,
    login,
    make_staff,
    stored,
)

PROBLEM = "application/problem+json"
VILLAGE_A, VILLAGE_B = "340123104", "410526101"

KINDS = {"land-transfers": LAND, "crop-sales": SALE, "equipment-purchases": EQUIPMENT}


# --------------------------------------------------------------------------------------------------------------
# Helpers


@functools.cache
def _password_hash() -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(PASSWORD)  # what lending.security.passwords.hash_secret does


@pytest.fixture(autouse=True)
def _one_password_hash(monkeypatch):
    """argon2 costs ~0.1 s a hash: every staff account here shares one real hash of PASSWORD (sign-in is real)."""
    monkeypatch.setattr("lending.security.passwords.hash_secret", lambda secret: _password_hash())


def assert_problem(response, status: int, code: str | None = None) -> dict:
    text = response.get_data(as_text=True)[:600]
    assert response.status_code == status, f"expected {status}, got {response.status_code}: {text}"
    assert response.mimetype == PROBLEM, f"content type {response.mimetype}: {text}"
    problem = response.get_json()
    assert problem["status"] == status and problem["message"], problem
    if code is not None:
        assert problem["code"] == code, problem
    return problem


def borrower_tokens(app, client, phone: str) -> dict:
    """Sign in as the farmer with this phone: ask for a code, read it from the SMS outbox, trade it for tokens."""
    assert client.post("/api/v1/auth/otp", json={"phone": phone}).status_code == 202
    response = client.post("/api/v1/auth/otp/verify", json={"phone": phone, "code": code_sent_to(app, phone)})
    assert response.status_code == 200, response.json
    assert response.json["role"] == "borrower"
    return response.json


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def _token(subject, role: str, kind: str = "access", lifetime=dt.timedelta(minutes=15), secret: str = SECRET):
    from lending.security import tokens

    return tokens.issue(secret=secret, subject=subject, role=role, kind=kind, lifetime=lifetime)


def set_agent(app, agent_id, **values) -> None:
    from lending.extensions import db
    from lending.models import Agent

    with app.app_context():
        with db.engine.begin() as connection:
            connection.execute(update(Agent).where(Agent.id == agent_id).values(**values))


def every_farmer_id(client, headers, **filters) -> list[str]:
    """All farmers a caller can list, following next_cursor, two at a time."""
    seen, cursor = [], None
    while True:
        query = {"limit": 2, **filters, **({"cursor": cursor} if cursor else {})}
        response = client.get("/api/v1/farmers", query_string=query, headers=headers)
        assert response.status_code == 200, response.json
        seen += [f["id"] for f in response.json["items"]]
        cursor = response.json["next_cursor"]
        if cursor is None:
            return seen


class Scene:
    """Agent A (village 340123104) with farmer `a` and one record of each kind and a consent;
    agent B (village 410526101) with farmer `b`; an officer; borrowers a and b signed in by SMS code."""

    def __init__(self, app, client):
        self.app, self.client = app, client
        self.agent_a_id, _ = make_staff(app, "agent", [VILLAGE_A])
        self.agent_b_id, _ = make_staff(app, "agent", [VILLAGE_B])
        self.officer_id, _ = make_staff(app, "officer")
        # Tokens as /auth/login issues them (sign-in itself is tested at the end of this file).
        self.agent_a = bearer(_token(self.agent_a_id, "agent"))
        self.agent_b = bearer(_token(self.agent_b_id, "agent"))
        self.officer = bearer(_token(self.officer_id, "officer"))
        # responses mask the phone (+861******0101); the scene keeps the whole one it enrolled with
        self.a = {
            **create_farmer(client, self.agent_a, phone="+8613700000101", village_code=VILLAGE_A),
            "phone": "+8613700000101",
        }
        self.b = {
            **create_farmer(
                client,
                self.agent_b,
                name="李四",
                phone="+8613700000202",
                village_code=VILLAGE_B,
                national_id="410100198506151235",
            ),
            "phone": "+8613700000202",
        }
        self.records = {}  # captured by the officer, so that agent A — not their maker — may verify them
        for kind, body in KINDS.items():
            response = client.post(f"/api/v1/farmers/{self.a['id']}/{kind}", json=body, headers=self.officer)
            assert response.status_code == 201, response.json
            self.records[kind] = response.json
        response = client.post(
            f"/api/v1/farmers/{self.a['id']}/consents",
            json={"purpose": "credit_scoring", "text_version": "2026-11"},
            headers=self.agent_a,
        )
        assert response.status_code == 201, response.json
        self.consent = response.json

    @functools.cached_property
    def borrower_a(self) -> dict:
        return bearer(borrower_tokens(self.app, self.client, self.a["phone"])["access_token"])

    @functools.cached_property
    def borrower_b(self) -> dict:
        return bearer(borrower_tokens(self.app, self.client, self.b["phone"])["access_token"])


@pytest.fixture
def scene(app, client) -> Scene:
    return Scene(app, client)


# --------------------------------------------------------------------------------------------------------------
# Every farmer route, used on farmer A by someone who may not see farmer A.


def _routes():
    yield pytest.param("GET", "", None, id="read the farmer")
    yield pytest.param("PATCH", "", {"household_size": 9}, id="change the farmer")
    for kind, body in KINDS.items():
        yield pytest.param("GET", f"/{kind}", None, id=f"list {kind}")
        yield pytest.param("POST", f"/{kind}", body, id=f"add {kind}")
        yield pytest.param("GET", f"/{kind}/{{{kind}}}", None, id=f"read one of {kind}")
        yield pytest.param("POST", f"/{kind}/{{{kind}}}/verify", {"status": "verified"}, id=f"verify one of {kind}")
    yield pytest.param("GET", "/consents", None, id="list consents")
    yield pytest.param("POST", "/consents", {"purpose": "service_sms", "text_version": "2025-01"}, id="grant a consent")
    yield pytest.param("POST", "/consents/{consent}/revoke", None, id="revoke a consent")


ROUTES = list(_routes())


def _call(scene: Scene, method: str, suffix: str, body, headers: dict, farmer_id: str):
    path = f"/api/v1/farmers/{farmer_id}" + suffix.format(
        consent=scene.consent["id"], **{k: r["id"] for k, r in scene.records.items()}
    )
    return scene.client.open(path, method=method, json=body, headers={**headers, "If-Match": '"1"'})


@pytest.mark.parametrize("method, suffix, body", ROUTES)
def test_agent_b_gets_404_on_every_route_of_agent_a_s_farmer_and_changes_nothing(scene, method, suffix, body):
    before = stored(scene.app)
    response = _call(scene, method, suffix, body, scene.agent_b, scene.a["id"])
    problem = assert_problem(response, 404, "not_found")
    assert scene.a["name"] not in response.get_data(as_text=True)
    # Exactly what a farmer that does not exist gets: B cannot tell A's farmer exists.
    nobody = _call(scene, method, suffix, body, scene.agent_b, str(uuid.uuid4()))
    assert (nobody.status_code, nobody.json) == (404, problem)
    assert stored(scene.app) == before


@pytest.mark.parametrize("method, suffix, body", ROUTES)
def test_a_borrower_gets_404_on_every_route_of_another_farmer(scene, method, suffix, body):
    """Verifying is for agents and officers, so a borrower gets 403 there whoever the farmer is."""
    borrower_b = scene.borrower_b
    before = stored(scene.app)
    response = _call(scene, method, suffix, body, borrower_b, scene.a["id"])
    if suffix.endswith("/verify"):
        assert_problem(response, 403, "forbidden")
    else:
        problem = assert_problem(response, 404, "not_found")
        nobody = _call(scene, method, suffix, body, borrower_b, str(uuid.uuid4()))
        assert (nobody.status_code, nobody.json) == (404, problem)
    assert stored(scene.app) == before


@pytest.mark.parametrize("method, suffix, body", [p for p in ROUTES if "{" in p.values[1]])
def test_agent_b_cannot_reach_agent_a_s_records_through_their_own_farmer(scene, method, suffix, body):
    """A's record or consent id under B's farmer's path: the record is not B's farmer's, so it is not found."""
    before = stored(scene.app)
    assert_problem(_call(scene, method, suffix, body, scene.agent_b, scene.b["id"]), 404, "not_found")
    assert stored(scene.app) == before


def test_agent_a_can_use_every_route_on_their_own_farmer(scene):
    """The same calls that gave B a 404 work for A: the 404s above are about ownership, not about the calls."""
    for param in ROUTES:
        method, suffix, body = param.values
        response = _call(scene, method, suffix, body, scene.agent_a, scene.a["id"])
        assert response.status_code in (200, 201), (param.id, response.json)


def test_agent_b_s_farmer_list_never_contains_agent_a_s_farmers(scene):
    client = scene.client
    a_ids = {scene.a["id"]} | {
        create_farmer(client, scene.agent_a, name=f"王{n}", **another_identity())["id"] for n in range(4)
    }
    b_ids = [
        scene.b["id"],
        create_farmer(client, scene.agent_b, name="李五", village_code=VILLAGE_B, **another_identity())["id"],
    ]
    assert every_farmer_id(client, scene.agent_b) == b_ids
    assert set(every_farmer_id(client, scene.agent_a)) == a_ids
    for filters in (
        {"village_code": VILLAGE_A},
        {"agent_id": str(scene.agent_a_id)},
        {"farmer_id": scene.a["farmer_id"]},
        {"phone": scene.a["phone"]},
        {"name": "王"},
    ):
        assert every_farmer_id(client, scene.agent_b, **filters) == [], filters


def test_a_borrower_sees_only_their_own_farmer(scene):
    client, me = scene.client, scene.borrower_a
    own = client.get(f"/api/v1/farmers/{scene.a['id']}", headers=me)
    assert own.status_code == 200 and own.json["id"] == scene.a["id"]
    for kind, record in scene.records.items():
        listed = client.get(f"/api/v1/farmers/{scene.a['id']}/{kind}", headers=me)
        assert [r["id"] for r in listed.json["items"]] == [record["id"]]
    assert client.get(f"/api/v1/farmers/{scene.a['id']}/consents", headers=me).status_code == 200
    assert_problem(client.get(f"/api/v1/farmers/{scene.b['id']}", headers=me), 404, "not_found")
    assert client.get("/api/v1/auth/me", headers=me).json == {"id": scene.a["id"], "role": "borrower", "villages": []}


def test_a_borrower_cannot_list_or_enrol_farmers(scene):
    borrower = scene.borrower_a
    before = stored(scene.app)
    assert_problem(scene.client.get("/api/v1/farmers", headers=borrower), 403, "forbidden")
    assert_problem(
        scene.client.post("/api/v1/farmers", json={**FARMER, "phone": "+8613700000999"}, headers=borrower),
        403,
        "forbidden",
    )
    assert stored(scene.app) == before


@pytest.mark.parametrize("kind", KINDS)
def test_a_borrower_cannot_verify_their_own_records(scene, kind):
    record = scene.records[kind]
    url = f"/api/v1/farmers/{scene.a['id']}/{kind}/{record['id']}"
    response = scene.client.post(f"{url}/verify", json={"status": "verified"}, headers=scene.borrower_a)
    assert_problem(response, 403, "forbidden")
    assert scene.client.get(url, headers=scene.agent_a).json["verification_status"] == "unverified"


def test_a_borrower_cannot_move_themself_to_another_agent_or_village(scene):
    url = f"/api/v1/farmers/{scene.a['id']}"
    for change in ({"agent_id": str(scene.agent_b_id)}, {"village_code": VILLAGE_B}):
        response = scene.client.patch(url, json=change, headers={**scene.borrower_a, "If-Match": '"1"'})
        assert_problem(response, 403, "forbidden")
    assert scene.client.get(url, headers=scene.agent_a).json["version"] == 1


@pytest.mark.parametrize("role", ["officer", "admin"])
def test_officers_and_admins_see_every_farmer(app, client, scene, role):
    if role == "officer":
        headers = scene.officer
    else:
        _, phone = make_staff(app, "admin")
        headers = login(client, phone)
    assert set(every_farmer_id(client, headers)) == {scene.a["id"], scene.b["id"]}
    for farmer in (scene.a, scene.b):
        assert client.get(f"/api/v1/farmers/{farmer['id']}", headers=headers).status_code == 200
    for kind, record in scene.records.items():
        response = client.get(f"/api/v1/farmers/{scene.a['id']}/{kind}/{record['id']}", headers=headers)
        assert response.status_code == 200


def test_an_agent_sees_a_farmer_in_their_village_that_another_agent_enrolled(scene):
    """The officer enrols a farmer in B's village and gives it to A: B covers the village, so B sees it too."""
    client = scene.client
    farmer = create_farmer(
        client, scene.officer, name="张三", village_code=VILLAGE_B, agent_id=str(scene.agent_a_id), **another_identity()
    )
    assert farmer["agent_id"] == str(scene.agent_a_id)
    for headers in (scene.agent_a, scene.agent_b):
        assert client.get(f"/api/v1/farmers/{farmer['id']}", headers=headers).status_code == 200
        assert farmer["id"] in every_farmer_id(client, headers)
    sale = client.post(f"/api/v1/farmers/{farmer['id']}/crop-sales", json=SALE, headers=scene.agent_b)
    assert sale.status_code == 201


def test_an_agent_sees_a_farmer_they_enrolled_outside_their_villages(scene):
    client = scene.client
    farmer = create_farmer(client, scene.agent_a, name="赵六", village_code="371425101", **another_identity())
    assert farmer["agent_id"] == str(scene.agent_a_id)
    assert client.get(f"/api/v1/farmers/{farmer['id']}", headers=scene.agent_a).status_code == 200
    assert farmer["id"] in every_farmer_id(client, scene.agent_a)
    assert_problem(client.get(f"/api/v1/farmers/{farmer['id']}", headers=scene.agent_b), 404, "not_found")


def test_an_agent_cannot_enrol_a_farmer_for_another_agent(scene):
    before = stored(scene.app)
    response = scene.client.post(
        "/api/v1/farmers", json={**FARMER, "agent_id": str(scene.agent_a_id)}, headers=scene.agent_b
    )
    assert_problem(response, 403, "forbidden")
    assert stored(scene.app) == before


def test_an_agent_cannot_hand_a_farmer_to_another_agent(scene):
    url = f"/api/v1/farmers/{scene.a['id']}"
    response = scene.client.patch(
        url, json={"agent_id": str(scene.agent_b_id)}, headers={**scene.agent_a, "If-Match": '"1"'}
    )
    assert_problem(response, 403, "forbidden")
    assert scene.client.get(url, headers=scene.agent_a).json["agent_id"] == str(scene.agent_a_id)


def test_reusing_the_client_id_of_a_farmer_you_cannot_see_tells_you_nothing_about_it(scene):
    """B learns A's farmer's id (from a shared device, a log). Retrying a create with that id must not become an
    oracle on A's farmer: the answer may not depend on whether B's guess of the national ID is right."""
    a_values = {
        k: scene.a[k]
        for k in (
            "name",
            "phone",
            "national_id",
            "language",
            "village_code",
            "birth_year",
            "household_size",
            "farmer_id",
        )
    }
    a_values["national_id"] = FARMER["national_id"]  # what A's agent enrolled (responses show it masked)
    right = scene.client.post("/api/v1/farmers", json={**a_values, "id": scene.a["id"]}, headers=scene.agent_b)
    wrong = scene.client.post(
        "/api/v1/farmers",
        json={**a_values, "id": scene.a["id"], "national_id": "110101199003078515"},
        headers=scene.agent_b,
    )
    assert right.status_code >= 400 and wrong.status_code >= 400
    assert (right.status_code, right.json) == (wrong.status_code, wrong.json)


def test_reusing_the_client_id_of_a_record_you_cannot_see_tells_you_nothing_about_it(scene):
    sale = scene.records["crop-sales"]
    url = f"/api/v1/farmers/{scene.b['id']}/crop-sales"
    right = scene.client.post(url, json={**SALE, "id": sale["id"]}, headers=scene.agent_b)
    wrong = scene.client.post(url, json={**SALE, "id": sale["id"], "amount": "99.00"}, headers=scene.agent_b)
    assert right.status_code >= 400 and wrong.status_code >= 400
    assert (right.status_code, right.json) == (wrong.status_code, wrong.json)


# --------------------------------------------------------------------------------------------------------------
# Sign-in failures and tokens.


def test_wrong_password_and_unknown_phone_get_the_same_401(app, client):
    _, phone = make_staff(app, "agent", [VILLAGE_A])
    wrong_password = client.post("/api/v1/auth/login", json={"phone": phone, "password": "wrong horse"})
    unknown_phone = client.post("/api/v1/auth/login", json={"phone": "+8613999999999", "password": PASSWORD})
    problem = assert_problem(wrong_password, 401)
    assert (unknown_phone.status_code, unknown_phone.get_data()) == (401, wrong_password.get_data())
    assert "access_token" not in problem


def test_a_deactivated_staff_account_is_refused_everywhere(app, client):
    agent_id, phone = make_staff(app, "agent", [VILLAGE_A])
    tokens = client.post("/api/v1/auth/login", json={"phone": phone, "password": PASSWORD}).json
    assert client.get("/api/v1/farmers", headers=bearer(tokens["access_token"])).status_code == 200
    set_agent(app, agent_id, active=False)
    assert_problem(client.get("/api/v1/farmers", headers=bearer(tokens["access_token"])), 401)
    assert_problem(client.post("/api/v1/farmers", json=FARMER, headers=bearer(tokens["access_token"])), 401)
    assert_problem(client.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}), 401)
    # Signing in again gets the same answer as a wrong password: nothing says the account exists.
    again = client.post("/api/v1/auth/login", json={"phone": phone, "password": PASSWORD})
    wrong = client.post("/api/v1/auth/login", json={"phone": phone, "password": "wrong horse"})
    assert_problem(again, 401)
    assert again.get_data() == wrong.get_data()


def test_a_token_issued_before_a_role_change_is_refused(app, client):
    agent_id, phone = make_staff(app, "agent", [VILLAGE_A])
    headers = login(client, phone)
    set_agent(app, agent_id, role="officer")
    assert_problem(client.get("/api/v1/farmers", headers=headers), 401, "token_invalid")


def test_an_expired_access_token_is_401_token_expired(app, client):
    agent_id, _ = make_staff(app, "agent", [VILLAGE_A])
    assert client.get("/api/v1/farmers", headers=bearer(_token(agent_id, "agent"))).status_code == 200
    expired = _token(agent_id, "agent", lifetime=dt.timedelta(seconds=-1))
    assert_problem(client.get("/api/v1/farmers", headers=bearer(expired)), 401, "token_expired")


def test_an_expired_refresh_token_is_401_token_expired(app, client):
    agent_id, _ = make_staff(app, "agent", [VILLAGE_A])
    expired = _token(agent_id, "agent", kind="refresh", lifetime=dt.timedelta(seconds=-1))
    assert_problem(client.post("/api/v1/auth/refresh", json={"refresh_token": expired}), 401, "token_expired")


def _tamper(token: str) -> str:
    """Change one character in the middle of the payload (the claims), keeping the signature."""
    header, payload, signature = token.split(".")
    i = len(payload) // 2
    payload = payload[:i] + ("A" if payload[i] != "A" else "B") + payload[i + 1 :]
    return ".".join((header, payload, signature))


def _with_claims(token: str, **claims) -> str:
    """Rewrite claims in the payload (as an attacker would), keeping the original signature."""
    header, payload, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data.update(claims)
    payload = base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
    return ".".join((header, payload, signature))


def test_a_tampered_token_is_401_token_invalid(app, client):
    agent_id, phone = make_staff(app, "agent", [VILLAGE_A])
    token = login(client, phone)["Authorization"].removeprefix("Bearer ")
    assert_problem(client.get("/api/v1/farmers", headers=bearer(_tamper(token))), 401, "token_invalid")
    promoted = _with_claims(token, role="admin")
    assert_problem(client.get("/api/v1/farmers", headers=bearer(promoted)), 401, "token_invalid")
    header, payload, signature = token.split(".")
    flipped = signature[:-2] + ("A" if signature[-2] != "A" else "B") + signature[-1]
    assert_problem(client.get("/api/v1/farmers", headers=bearer(f"{header}.{payload}.{flipped}")), 401, "token_invalid")


def test_a_token_signed_with_another_key_is_401_token_invalid(app, client):
    agent_id, _ = make_staff(app, "agent", [VILLAGE_A])
    forged = _token(agent_id, "agent", secret="another-secret-key-that-is-long-enough-for-hs256")
    assert_problem(client.get("/api/v1/farmers", headers=bearer(forged)), 401, "token_invalid")


def test_a_validly_signed_token_claiming_another_role_is_refused(app, client, scene):
    """Even with the real key, the role must match the account: a token is not a way to promote yourself."""
    as_officer = _token(scene.agent_b_id, "officer")
    assert_problem(client.get(f"/api/v1/farmers/{scene.a['id']}", headers=bearer(as_officer)), 401, "token_invalid")
    farmer_as_agent = _token(uuid.UUID(scene.a["id"]), "agent")
    assert_problem(client.get("/api/v1/farmers", headers=bearer(farmer_as_agent)), 401, "token_invalid")
    nobody = _token(uuid.uuid4(), "borrower")
    assert_problem(client.get(f"/api/v1/farmers/{scene.a['id']}", headers=bearer(nobody)), 401, "token_invalid")


def test_a_refresh_token_is_not_an_access_token_and_vice_versa(app, client):
    _, phone = make_staff(app, "agent", [VILLAGE_A])
    tokens = client.post("/api/v1/auth/login", json={"phone": phone, "password": PASSWORD}).json
    assert_problem(client.get("/api/v1/farmers", headers=bearer(tokens["refresh_token"])), 401, "token_invalid")
    assert_problem(
        client.post("/api/v1/auth/refresh", json={"refresh_token": tokens["access_token"]}), 401, "token_invalid"
    )


def test_refresh_gives_a_working_access_token(app, client, scene):
    _, phone = make_staff(app, "agent", [VILLAGE_A])
    staff = client.post("/api/v1/auth/login", json={"phone": phone, "password": PASSWORD}).json
    borrower = borrower_tokens(app, client, scene.a["phone"])
    for tokens, role, url in (
        (staff, "agent", "/api/v1/farmers"),
        (borrower, "borrower", f"/api/v1/farmers/{scene.a['id']}"),
    ):
        fresh = client.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert fresh.status_code == 200 and fresh.json["role"] == role
        assert fresh.json["access_token"] != tokens["access_token"]
        assert client.get(url, headers=bearer(fresh.json["access_token"])).status_code == 200
        assert client.get("/api/v1/auth/me", headers=bearer(fresh.json["access_token"])).json["role"] == role


def test_the_wrong_role_is_403_forbidden(app, client, scene):
    sale = scene.records["crop-sales"]
    verify = f"/api/v1/farmers/{scene.a['id']}/crop-sales/{sale['id']}/verify"
    assert_problem(client.post(verify, json={"status": "verified"}, headers=scene.borrower_a), 403, "forbidden")
    _, admin_phone = make_staff(app, "admin")
    assert_problem(
        client.post(verify, json={"status": "verified"}, headers=login(client, admin_phone)), 403, "forbidden"
    )
    assert_problem(client.get("/api/v1/farmers", headers=scene.borrower_a), 403, "forbidden")
    # The agent who looks after the farmer may verify.
    assert client.post(verify, json={"status": "verified"}, headers=scene.agent_a).status_code == 200


def test_a_borrower_s_code_does_not_sign_in_another_phone(app, client, scene):
    client.post("/api/v1/auth/otp", json={"phone": scene.a["phone"]})
    code = code_sent_to(app, scene.a["phone"])
    client.post("/api/v1/auth/otp", json={"phone": scene.b["phone"]})
    response = client.post("/api/v1/auth/otp/verify", json={"phone": scene.b["phone"], "code": code})
    if code != code_sent_to(app, scene.b["phone"]):  # one chance in a million that both codes are the same
        assert_problem(response, 401, "invalid_code")
