"""Twilio's webhooks over HTTP (issue #14): a farmer's SMS commands answered as TwiML, delivery callbacks on the
outbox, and the signature Twilio makes (twilio.request_validator, computed by the library itself) over the public
URL — without it, or with a body or URL other than the one signed, nothing is read and nothing changes."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from tests.helpers import another_identity, next_phone, stored
from tests.integration.test_limits import limited_app  # noqa: F401  (a fixture)
from tests.integration.test_ussd import lending_world, with_loan  # noqa: F401  (a fixture and a helper)

TOKEN = "twilio-auth-token-for-tests-0123456789"
PUBLIC = "https://lend.example.org"
SMS, STATUS = "/webhooks/twilio/sms", "/webhooks/twilio/status"
XML = '<?xml version="1.0" encoding="UTF-8"?>'


@pytest.fixture
def twilio(app, monkeypatch):
    monkeypatch.setitem(app.config, "TWILIO_AUTH_TOKEN", TOKEN)
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", PUBLIC)


def message_sid() -> str:
    return f"SM{uuid.uuid4().hex}"


def signed_post(client, path: str, form: dict, *, signed_url: str | None = None, signed_form: dict | None = None):
    """POST `form` to `path` as Twilio does, signed by the twilio library for `signed_url` (the public URL of
    `path` unless said) and `signed_form` (the form itself unless said)."""
    signature = RequestValidator(TOKEN).compute_signature(signed_url or PUBLIC + path, signed_form or form)
    return client.post(path, data=form, headers={"X-Twilio-Signature": signature})


def text_sms(client, phone: str, body: str, *, sid: str | None = None):
    return signed_post(
        client, SMS, {"MessageSid": sid or message_sid(), "From": phone, "To": "+15005550006", "Body": body}
    )


def reply(text: str) -> str:
    return f"{XML}<Response><Message>{text}</Message></Response>"


def assert_reply(response, text: str) -> None:
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/xml"
    assert response.get_data(as_text=True) == reply(text)


def opted_out(app) -> list[str]:
    from lending.extensions import db
    from lending.models import SmsOptOut

    with app.app_context():
        return list(db.session.scalars(select(SmsOptOut.phone_index).order_by(SmsOptOut.phone_index)))


def payment_starts(app) -> list[tuple[str, str]]:
    from lending.extensions import db
    from lending.models import AuditEvent

    with app.app_context():
        events = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "loan.payment_start").order_by(AuditEvent.id)
        ).all()
        return [(event.entity_id, event.detail["amount"]) for event in events]


HELP = {
    "en": "agrilend: send BAL for your loan, PAY and an amount to repay (PAY 500), STOP to stop our messages, "
    "START to get them again.",
    "zh": "农贷：回复“余额”查贷款，“还款 金额”还款（如：还款 500），“退订”停收通知，“订阅”恢复。",
    "sw": "agrilend: tuma SALIO kuona mkopo, LIPA na kiasi kulipa (LIPA 500), STOP kusitisha ujumbe, START "
    "kuupata tena.",
}


# --- the signature -------------------------------------------------------------------------------------------------


def test_a_tampered_body_is_refused_and_changes_nothing(app, client, twilio):
    phone = next_phone()
    before = stored(app)
    signed = {"MessageSid": message_sid(), "From": phone, "Body": "HELP"}
    response = signed_post(client, SMS, {**signed, "Body": "STOP"}, signed_form=signed)
    assert response.status_code == 403 and response.mimetype == "application/problem+json"
    assert response.json["code"] == "forbidden" and "X-Twilio-Signature" in response.json["errors"]
    assert opted_out(app) == [] and stored(app) == before


def test_a_signature_for_the_internal_url_is_refused_and_one_for_the_public_url_is_taken(app, client, twilio):
    phone = next_phone()
    form = {"MessageSid": message_sid(), "From": phone, "Body": "STOP"}
    assert signed_post(client, SMS, form, signed_url=f"http://internal:5000{SMS}").status_code == 403
    assert signed_post(client, SMS, form, signed_url=f"http://localhost{SMS}").status_code == 403  # what Flask sees
    assert opted_out(app) == []
    assert signed_post(client, SMS, form).status_code == 200
    assert len(opted_out(app)) == 1


def test_the_public_url_keeps_the_query_and_a_base_may_end_with_a_slash(app, client, twilio, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", f"{PUBLIC}/")
    form = {"MessageSid": message_sid(), "From": next_phone(), "Body": "HELP"}
    signature = RequestValidator(TOKEN).compute_signature(f"{PUBLIC}{SMS}?tenant=north", form)
    response = client.post(f"{SMS}?tenant=north", data=form, headers={"X-Twilio-Signature": signature})
    assert_reply(response, HELP["zh"])
    response = client.post(f"{SMS}?tenant=south", data=form, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


def test_a_missing_or_foreign_signature_is_refused(app, client, twilio):
    form = {"MessageSid": message_sid(), "From": next_phone(), "Body": "STOP"}
    assert client.post(SMS, data=form).status_code == 403
    assert client.post(SMS, data=form, headers={"X-Twilio-Signature": ""}).status_code == 403
    foreign = RequestValidator("another-account-token").compute_signature(PUBLIC + SMS, form)
    assert client.post(SMS, data=form, headers={"X-Twilio-Signature": foreign}).status_code == 403
    assert opted_out(app) == []


@pytest.mark.parametrize("unset", ["TWILIO_AUTH_TOKEN", "PUBLIC_BASE_URL"])
def test_without_the_token_or_the_public_url_both_webhooks_are_refused(app, client, twilio, monkeypatch, unset):
    monkeypatch.setitem(app.config, unset, None)
    form = {"MessageSid": message_sid(), "From": next_phone(), "Body": "STOP"}
    assert text_sms(client, form["From"], "STOP").status_code == 403
    assert signed_post(client, STATUS, {"MessageSid": message_sid(), "MessageStatus": "sent"}).status_code == 403
    assert opted_out(app) == []


# --- a number no farmer has, HELP, STOP and START -----------------------------------------------------------------


@pytest.mark.parametrize(
    "phone, language", [("+8613912345678", "zh"), ("+233241234567", "en"), ("+254712345678", "sw")]
)
def test_an_unknown_number_gets_the_help_in_its_countrys_language_and_nothing_else(
    app, client, twilio, phone, language
):
    before = stored(app)
    for body in ("BAL", "余额", "PAY 500", "HELP", "hello"):
        assert_reply(text_sms(client, phone, body), HELP[language])
    assert stored(app) == before and payment_starts(app) == []


def test_stop_and_start_record_and_remove_the_opt_out_once_each(app, client, twilio):
    from lending.extensions import db
    from lending.models import SmsOptOut
    from lending.security.pii import blind_index

    phone = next_phone()
    stopped = "农贷：您将不再收到提醒和推广短信（登录验证码除外）。回复“订阅”可恢复。"
    assert_reply(text_sms(client, phone, "STOP"), stopped)
    assert opted_out(app) == [blind_index("phone", phone)]
    with app.app_context():
        first = db.session.get(SmsOptOut, blind_index("phone", phone)).opted_out_at
    assert_reply(text_sms(client, phone, "退订"), stopped)  # again: one row, the first STOP's time
    with app.app_context():
        assert db.session.get(SmsOptOut, blind_index("phone", phone)).opted_out_at == first
    assert opted_out(app) == [blind_index("phone", phone)]
    started = "农贷：您将重新收到提醒短信。回复“退订”可停止。"
    assert_reply(text_sms(client, phone, "订阅"), started)
    assert opted_out(app) == []
    assert_reply(text_sms(client, phone, "start"), started)
    assert opted_out(app) == []


# --- a farmer's commands ------------------------------------------------------------------------------------------


def english_and_chinese(client, world) -> tuple[dict, dict]:
    """Two steady farmers (tests.integration.test_applications), one speaking English and one Chinese, each with
    their phone unmasked."""
    from tests.integration.test_applications import steady_farmer

    people = []
    for language in ("en", "zh"):
        identity = another_identity()
        people.append({**steady_farmer(client, world["agent"], **identity, language=language), **identity})
    return tuple(people)


def test_help_and_an_unknown_command_answer_a_farmer_with_the_commands(app, client, twilio, lending_world):
    english, chinese = english_and_chinese(client, lending_world)
    assert_reply(text_sms(client, english["phone"], "HELP"), HELP["en"])
    assert_reply(text_sms(client, english["phone"], "what is my balance"), HELP["en"])
    assert_reply(text_sms(client, chinese["phone"], "帮助"), HELP["zh"])
    assert_reply(text_sms(client, chinese["phone"], "你好"), HELP["zh"])


def test_bal_without_a_loan_says_so(app, client, twilio, lending_world):
    english, chinese = english_and_chinese(client, lending_world)
    assert_reply(text_sms(client, english["phone"], "BAL"), "agrilend: you have no loan to repay with us.")
    assert_reply(text_sms(client, chinese["phone"], "余额"), "农贷：您目前没有需要还款的贷款。")
    assert_reply(text_sms(client, chinese["phone"], "还款 500"), "农贷：您目前没有需要还款的贷款。")
    assert payment_starts(app) == []


def test_bal_shows_the_balance_and_the_next_instalment(app, client, twilio, lending_world):
    english, chinese = english_and_chinese(client, lending_world)
    for person in (english, chinese):
        loan = with_loan(client, lending_world, person, repaid="1000.00")
        assert loan["balances"]["total"] == "5000.0000"  # 6,000.00 lent, 1,000.00 paid ahead of the first due date
        person["first"] = loan["schedule"][0]
    first = english["first"]
    due = f"{Decimal(first['total']):,.2f}"
    assert_reply(
        text_sms(client, english["phone"], " bal "),
        f"agrilend: your loan balance is CNY 5,000.00. Next due {first['due_date']}: CNY {due}.",
    )
    first = chinese["first"]
    due = f"{Decimal(first['total']):,.2f}"
    assert_reply(
        text_sms(client, chinese["phone"], "余额"),
        f"农贷：贷款余额5,000.00元，下次还款日{first['due_date']}，应还{due}元。",
    )


def test_pay_asks_the_farmers_phone_for_the_money_once_per_message(app, client, twilio, lending_world):
    english, chinese = english_and_chinese(client, lending_world)
    english_loan = with_loan(client, lending_world, english)
    chinese_loan = with_loan(client, lending_world, chinese)
    sid = message_sid()
    started = (
        "agrilend: a payment request for CNY 500.00 was sent to your phone. Approve it with your mobile money PIN."
    )
    assert_reply(text_sms(client, english["phone"], "PAY 500", sid=sid), started)
    assert_reply(text_sms(client, english["phone"], "PAY 500", sid=sid), started)  # Twilio's retry of it
    assert payment_starts(app) == [(english_loan["id"], "500")]
    assert_reply(
        text_sms(client, chinese["phone"], "还款 1,200.50"),
        "农贷：已向您的手机发送1,200.50元的付款请求，请用手机钱包密码确认。",
    )
    assert_reply(text_sms(client, english["phone"], "pay 500"), started)  # another message: another request
    assert payment_starts(app) == [
        (english_loan["id"], "500"),
        (chinese_loan["id"], "1200.50"),
        (english_loan["id"], "500"),
    ]


@pytest.mark.parametrize(
    "body, english, chinese",
    [
        ("PAY", "agrilend: send PAY and the amount, e.g. PAY 500", "农贷：请在“还款”后写上金额，如：还款 500"),
        ("PAY five", "agrilend: write the amount in digits only, e.g. PAY 500", "农贷：金额请只用数字，如：还款 500"),
        ("PAY 10.005", "agrilend: an amount in CNY has at most 2 decimals.", "农贷：CNY金额最多2位小数。"),
        ("PAY 0", "agrilend: the amount must be more than zero.", "农贷：还款金额须大于零。"),
        (
            "PAY 7000",
            "agrilend: you owe CNY 6,000.00; pay at most that.",
            "农贷：您最多需还6,000.00元，请不要超过此金额。",
        ),
    ],
)
def test_a_pay_with_an_amount_that_will_not_do_says_why_and_starts_nothing(
    app, client, twilio, lending_world, body, english, chinese
):
    english_farmer, chinese_farmer = english_and_chinese(client, lending_world)
    for person in (english_farmer, chinese_farmer):
        with_loan(client, lending_world, person)
    assert_reply(text_sms(client, english_farmer["phone"], body), english)
    assert_reply(text_sms(client, chinese_farmer["phone"], body.replace("PAY", "还款")), chinese)
    assert payment_starts(app) == []


# --- delivery callbacks -------------------------------------------------------------------------------------------


def sent_message(app, phone: str) -> str:
    """A message the outbox sent, as Twilio accepted it: its SID."""
    from lending.channels import sms
    from lending.extensions import db

    sid = message_sid()
    with app.app_context():
        message = sms.enqueue(db.session, to=phone, body="agrilend: test", purpose="reminder")
        message.status, message.provider_id, message.provider = "sent", sid, "twilio"
        db.session.commit()
    return sid


def delivery(app, sid: str) -> tuple[str | None, bool, str | None]:
    from lending.extensions import db
    from lending.models import OutboxMessage

    with app.app_context():
        message = db.session.scalar(select(OutboxMessage).where(OutboxMessage.provider_id == sid))
        return message.delivery_status, message.delivery_updated_at is not None, message.last_error


def callback(client, sid: str, status: str, **extra):
    return signed_post(
        client, STATUS, {"MessageSid": sid, "MessageStatus": status, "AccountSid": "AC" + "0" * 32, **extra}
    )


def test_delivery_status_moves_forward_and_a_late_callback_is_ignored(app, client, twilio):
    sid = sent_message(app, next_phone())
    assert delivery(app, sid) == (None, False, None)
    for status in ("queued", "sent", "delivered"):
        response = callback(client, sid, status)
        assert response.status_code == 200 and response.json == {"effect": "updated", "delivery_status": status}
        assert delivery(app, sid)[:2] == (status, True)
    late = callback(client, sid, "sent")
    assert late.status_code == 200 and late.json == {"effect": "unchanged", "delivery_status": "delivered"}
    assert delivery(app, sid) == ("delivered", True, None)


def test_an_undelivered_message_keeps_twilios_error_code(app, client, twilio):
    sid = sent_message(app, next_phone())
    assert callback(client, sid, "sent").status_code == 200
    assert callback(client, sid, "undelivered", ErrorCode="30003").json["effect"] == "updated"
    assert callback(client, sid, "delivered").json == {"effect": "unchanged", "delivery_status": "undelivered"}
    assert delivery(app, sid) == ("undelivered", True, "undelivered: provider error 30003")


def test_a_callback_for_a_message_we_do_not_know_is_answered_200_and_changes_nothing(app, client, twilio):
    sent_message(app, next_phone())
    before = stored(app)
    response = callback(client, message_sid(), "delivered")
    assert response.status_code == 200 and response.json == {"effect": "unknown_message", "delivery_status": None}
    assert stored(app) == before


def test_a_tampered_callback_is_refused_and_changes_nothing(app, client, twilio):
    sid = sent_message(app, next_phone())
    signed = {"MessageSid": sid, "MessageStatus": "failed"}
    response = signed_post(client, STATUS, {**signed, "MessageStatus": "delivered"}, signed_form=signed)
    assert response.status_code == 403
    assert signed_post(client, STATUS, signed, signed_url=f"http://internal:5000{STATUS}").status_code == 403
    assert delivery(app, sid) == (None, False, None)


# --- malformed forms ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, form, field",
    [
        (SMS, {"From": "+8613912345678", "Body": "BAL"}, "MessageSid"),
        (SMS, {"MessageSid": "SM123", "From": "+8613912345678", "Body": "BAL"}, "MessageSid"),
        (SMS, {"MessageSid": "SM" + "a" * 32, "Body": "BAL"}, "From"),
        (SMS, {"MessageSid": "SM" + "a" * 32, "From": "8613912345678x", "Body": "BAL"}, "From"),
        (SMS, {"MessageSid": "SM" + "a" * 32, "From": "+8613912345678"}, "Body"),
        (STATUS, {"MessageStatus": "sent"}, "MessageSid"),
        (STATUS, {"MessageSid": "SM" + "a" * 32}, "MessageStatus"),
        (STATUS, {"MessageSid": "SM" + "a" * 32, "MessageStatus": "sent!"}, "MessageStatus"),
        (STATUS, {"MessageSid": "SM" + "a" * 32, "MessageStatus": "failed", "ErrorCode": "30003x"}, "ErrorCode"),
    ],
)
def test_a_signed_form_without_a_field_or_with_a_malformed_one_is_a_400_naming_it(client, twilio, path, form, field):
    response = signed_post(client, path, form)
    assert response.status_code == 400 and response.mimetype == "application/problem+json"
    assert list(response.json["errors"]) == [field]


def test_a_field_sent_twice_or_a_body_that_is_not_a_form_is_a_400(client, twilio):
    from werkzeug.datastructures import MultiDict

    form = MultiDict([("MessageSid", "SM" + "a" * 32), ("From", "+8613912345678"), ("Body", "BAL"), ("Body", "STOP")])
    signature = RequestValidator(TOKEN).compute_signature(PUBLIC + SMS, form)
    response = client.post(SMS, data=form, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 400 and list(response.json["errors"]) == ["Body"]
    signature = RequestValidator(TOKEN).compute_signature(PUBLIC + SMS, {})
    response = client.post(SMS, json={"Body": "BAL"}, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 400 and list(response.json["errors"]) == ["MessageSid"]


def test_a_body_that_is_not_utf8_is_answered_not_failed(client, twilio):
    raw = b"MessageSid=SM" + b"a" * 32 + b"&From=%2B8613912345678&Body=%FF%FE"
    as_read = {"MessageSid": "SM" + "a" * 32, "From": "+8613912345678", "Body": "%FF%FE"}  # werkzeug keeps it raw
    signature = RequestValidator(TOKEN).compute_signature(PUBLIC + SMS, as_read)
    response = client.post(
        SMS, data=raw, content_type="application/x-www-form-urlencoded", headers={"X-Twilio-Signature": signature}
    )
    assert_reply(response, HELP["zh"])


def test_twilios_requests_do_not_count_towards_the_address_limit(limited_app):
    limited = limited_app(RATE_LIMIT_IP="2 per minute", TWILIO_AUTH_TOKEN=TOKEN, PUBLIC_BASE_URL=PUBLIC)
    client = limited.test_client()
    for _ in range(4):
        assert_reply(text_sms(client, "+8613912345678", "HELP"), HELP["zh"])
    assert [client.get("/api/openapi.json").status_code for _ in range(3)] == [200, 200, 429]
