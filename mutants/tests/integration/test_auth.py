"""Sign-in: staff with phone + password, borrowers with a one-time SMS code from the outbox; refresh."""

from __future__ import annotations

from sqlalchemy import select

from lending.models import AuditEvent, OutboxMessage
from tests.helpers import code_sent_to, create_farmer, make_staff, staff_headers


def test_staff_login_returns_tokens_and_me_shows_role_and_villages(app, client):
    agent_id, phone = make_staff(app, "agent", ["340123104", "340123105"])
    response = client.post("/api/v1/auth/login", json={"phone": phone, "password": "correct horse battery"})
    assert response.status_code == 200 and response.json["role"] == "agent"
    me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {response.json['access_token']}"})
    assert me.json == {"id": str(agent_id), "role": "agent", "villages": ["340123104", "340123105"]}


def test_refresh_returns_a_working_access_token(app, client):
    _, phone = make_staff(app, "officer")
    tokens = client.post("/api/v1/auth/login", json={"phone": phone, "password": "correct horse battery"}).json
    fresh = client.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert fresh.status_code == 200
    me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {fresh.json['access_token']}"})
    assert me.json["role"] == "officer"


def test_borrower_signs_in_with_the_sms_code_and_sees_themself(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, agent, phone="+8613700000001")
    assert client.post("/api/v1/auth/otp", json={"phone": "+8613700000001"}).status_code == 202
    code = code_sent_to(app, "+8613700000001")
    tokens = client.post("/api/v1/auth/otp/verify", json={"phone": "+8613700000001", "code": code})
    assert tokens.status_code == 200 and tokens.json["role"] == "borrower"
    mine = client.get(
        f"/api/v1/farmers/{farmer['id']}", headers={"Authorization": f"Bearer {tokens.json['access_token']}"}
    )
    assert mine.status_code == 200 and mine.json["phone"] == "+861******0001"
    reused = client.post("/api/v1/auth/otp/verify", json={"phone": "+8613700000001", "code": code})
    assert reused.status_code == 401 and reused.json["code"] == "invalid_code"


def test_the_sign_in_code_is_sent_in_the_farmers_language(app, client):
    from tests.helpers import another_identity, sms_to

    _, agent = staff_headers(app, client, "agent", ["340123104"])
    minutes = app.config["OTP_MINUTES"]
    for language, phone in (("zh", "+8613700000003"), ("sw", "+8613700000004")):
        create_farmer(client, agent, **{**another_identity(), "phone": phone, "language": language})
        assert client.post("/api/v1/auth/otp", json={"phone": phone}).status_code == 202
    chinese, swahili = code_sent_to(app, "+8613700000003"), code_sent_to(app, "+8613700000004")
    assert sms_to(app, "+8613700000003") == [
        f"agrilend：您的登录验证码为 {chinese}，{minutes} 分钟内有效。请勿告诉他人。"
    ]
    assert sms_to(app, "+8613700000004") == [
        f"agrilend: namba yako ya kuingia ni {swahili}. Itaisha baada ya dakika {minutes}. Usimpe mtu yeyote."
    ]


def test_unknown_phone_gets_the_same_answer_and_no_sms(app, client):
    response = client.post("/api/v1/auth/otp", json={"phone": "+8613700000999"})
    assert response.status_code == 202
    from lending.extensions import db

    with app.app_context():
        assert not [m for m in db.session.scalars(select(OutboxMessage)) if m.to == "+8613700000999"]


def test_wrong_codes_spend_the_code_after_the_allowed_tries(app, client):
    _, agent = staff_headers(app, client, "agent", ["340123104"])
    create_farmer(client, agent, phone="+8613700000002")
    client.post("/api/v1/auth/otp", json={"phone": "+8613700000002"})
    code = code_sent_to(app, "+8613700000002")
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(app.config["OTP_MAX_TRIES"]):
        assert (
            client.post("/api/v1/auth/otp/verify", json={"phone": "+8613700000002", "code": wrong}).status_code == 401
        )
    late = client.post("/api/v1/auth/otp/verify", json={"phone": "+8613700000002", "code": code})
    assert late.status_code == 401


def test_codes_per_phone_are_limited_per_hour(app, client):
    statuses = [client.post("/api/v1/auth/otp", json={"phone": "+8613700000003"}).status_code for _ in range(6)]
    assert statuses == [202] * 5 + [429]


def test_login_and_record_changes_are_audited(app, client):
    agent_id, agent = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, agent)
    from lending.extensions import db

    with app.app_context():
        events = [(e.action, e.actor_id) for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert ("auth.login", agent_id) in events and ("farmer.create", agent_id) in events
    assert events[-1] == ("farmer.create", agent_id)
    assert farmer["id"]
