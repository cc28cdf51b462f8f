"""WeChat Pay repayments (issue #14) over HTTP, against a fake WeChat Pay on 127.0.0.1 that checks our signatures
and signs its answers: a borrower's order comes back with wx.requestPayment parameters signed with the merchant key
and books nothing; WeChat Pay's notification — signed with a real platform key, its resource AES-256-GCM encrypted —
books the repayment once by transaction_id; a wrong serial, a tampered body, an old timestamp, a replayed nonce, an
order we did not start or another amount are refused and book nothing."""

from __future__ import annotations

import base64
import json
import time
import uuid

import pytest
from sqlalchemy import select

from tests.fake_wechatpay import (
    APPID,
    MCHID,
    FakeWechatPay,
    Keys,
    merchant_settings,
    notification,
    paid,
    public_pem,
    signed_headers,
    verifies,
)
from tests.helpers import FARMER, stored
from tests.integration.test_loans import assert_ledger_equals_replay, disbursed_loan, key, loan_world  # noqa: F401
from tests.integration.test_ownership import bearer, borrower_tokens

OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
PUBLIC_BASE_URL = "https://lend.example.org"


@pytest.fixture(scope="module")
def keys() -> Keys:
    return Keys()


@pytest.fixture
def fake(keys):
    with FakeWechatPay(keys) as server:
        yield server


def configure(app, monkeypatch, keys: Keys, api_base: str) -> None:
    for name, value in merchant_settings(keys, api_base).items():
        monkeypatch.setitem(app.config, name, value)


def bind(app, monkeypatch, farmer_id: str, openid: str) -> None:
    """The farmer's WeChat account bound to `openid` (as the WeChat sign-in binds it)."""
    from lending.extensions import db
    from lending.models import WechatBinding

    with app.app_context():
        db.session.add(WechatBinding(farmer_id=uuid.UUID(farmer_id), openid=openid))
        db.session.commit()


@pytest.fixture
def world(app, client, loan_world, monkeypatch, keys, fake):
    configure(app, monkeypatch, keys, fake.url)
    loan = disbursed_loan(client, loan_world)
    borrower = bearer(borrower_tokens(app, client, FARMER["phone"])["access_token"])
    return {**loan_world, "loan": loan, "borrower": borrower}


def order_url(world) -> str:
    return f"/api/v1/loans/{world['loan']['id']}/wechatpay"


def start(client, world, amount: str, headers: dict | None = None):
    return client.post(order_url(world), json={"amount": amount}, headers={**world["borrower"], **(headers or key())})


def notify(client, body: bytes, headers: dict):
    return client.post("/webhooks/wechatpay", data=body, headers={**headers, "Content-Type": "application/json"})


def wechat_repayments(app, loan_id: str) -> list[tuple[str, str]]:
    """(amount, transaction id) of every repayment WeChat Pay booked on the loan."""
    from lending.extensions import db
    from lending.models import LoanTransaction

    with app.app_context():
        rows = db.session.execute(
            select(LoanTransaction.amount, LoanTransaction.external_ref).where(
                LoanTransaction.loan_id == uuid.UUID(loan_id), LoanTransaction.channel == "wechat_pay"
            )
        ).all()
    return [(f"{amount:.2f}", ref) for amount, ref in rows]


def test_an_order_is_created_signed_for_wx_request_payment_and_books_nothing(
    app, client, world, monkeypatch, keys, fake
):
    bind(app, monkeypatch, world["farmer"]["id"], OPENID)
    before = stored(app)
    started = start(client, world, "500.00")
    assert started.status_code == 201, started.json
    assert [request["signed"] for request in fake.requests] == [True]  # our Authorization, checked by the fake
    sent = json.loads(fake.requests[0]["body"])
    assert sent == {
        "appid": APPID,
        "mchid": MCHID,
        "description": "agrilend 贷款还款",  # the farmer reads Chinese
        "out_trade_no": started.json["out_trade_no"],
        "notify_url": "https://lend.example.org/webhooks/wechatpay",
        "amount": {"total": 50000, "currency": "CNY"},  # 500.00 yuan in fen
        "payer": {"openid": OPENID},
    }
    assert len(started.json["out_trade_no"]) == 32
    prepay_id = fake.orders[started.json["out_trade_no"]][1]
    params = started.json["request_payment"]
    assert params["appId"] == APPID and params["package"] == f"prepay_id={prepay_id}" and params["signType"] == "RSA"
    message = f"{APPID}\n{params['timeStamp']}\n{params['nonceStr']}\n{params['package']}\n".encode()
    assert verifies(keys.merchant.public_key(), message, params["paySign"])
    assert started.json["amount"] == "500.00" and started.json["status"] == "pending"
    assert started.json["provider"] == "wechat_pay" and started.json["provider_ref"] == prepay_id
    after = stored(app)
    assert {t: n for t, n in after.items() if t != "idempotency_keys"} == {
        t: n for t, n in before.items() if t != "idempotency_keys"
    }  # nothing booked
    assert wechat_repayments(app, world["loan"]["id"]) == []


def test_the_same_idempotency_key_is_the_same_order_and_one_prepay(app, client, world, monkeypatch, fake):
    bind(app, monkeypatch, world["farmer"]["id"], OPENID)
    same = key()
    first, again = start(client, world, "200.00", same), start(client, world, "200.00", same)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true" and again.json == first.json
    assert len(fake.requests) == 1
    other = start(client, world, "200.00")
    assert other.status_code == 201 and other.json["out_trade_no"] != first.json["out_trade_no"]
    assert len(fake.orders) == 2
    assert start(client, world, "300.00", same).json["code"] == "idempotency_mismatch"


def test_an_outage_loses_no_order_and_the_retry_asks_for_the_same_one(app, client, world, monkeypatch, fake):
    bind(app, monkeypatch, world["farmer"]["id"], OPENID)
    same = key()
    fake.outage = True
    down = start(client, world, "120.50", same)
    assert down.status_code == 503 and down.json["code"] == "wechatpay_unavailable"
    fake.outage = False
    up = start(client, world, "120.50", same)
    assert up.status_code == 201, up.json
    first_sent, retried = (json.loads(request["body"]) for request in fake.requests)
    assert first_sent["out_trade_no"] == retried["out_trade_no"] == up.json["out_trade_no"]
    assert retried["amount"] == {"total": 12050, "currency": "CNY"}


def test_orders_refused_naming_the_field_or_the_reason(app, client, world, monkeypatch, fake):
    unbound = start(client, world, "100.00")
    assert unbound.status_code == 409 and unbound.json["code"] == "wechat_not_bound"
    bind(app, monkeypatch, world["farmer"]["id"], OPENID)
    for body, field in (
        ({}, "amount"),
        ({"amount": "10.001"}, "amount"),
        ({"amount": "abc"}, "amount"),
        ({"amount": "100.00", "openid": "x"}, "openid"),
    ):
        refused = client.post(order_url(world), json=body, headers={**world["borrower"], **key()})
        assert refused.status_code == 422 and field in refused.json["errors"], (body, refused.json)
    too_much = start(client, world, "999999.00")
    assert too_much.status_code == 422 and too_much.json["code"] == "amount_above_owed"
    agent = client.post(order_url(world), json={"amount": "1.00"}, headers={**world["agent"], **key()})
    assert agent.status_code == 403
    missing = client.post(
        f"/api/v1/loans/{uuid.uuid4()}/wechatpay", json={"amount": "1.00"}, headers={**world["borrower"], **key()}
    )
    assert missing.status_code == 404
    assert fake.requests == []  # WeChat Pay was asked nothing


def test_a_loan_not_in_yuan_cannot_be_paid_with_wechat_pay(app, client, world, monkeypatch, fake):
    from lending.extensions import db
    from lending.models import Loan

    bind(app, monkeypatch, world["farmer"]["id"], OPENID)
    with app.app_context():
        db.session.get(Loan, uuid.UUID(world["loan"]["id"])).currency = "KES"
        db.session.commit()
    refused = start(client, world, "100.00")
    assert refused.status_code == 422 and refused.json["code"] == "currency_not_supported"
    assert "amount" in refused.json["errors"] and fake.requests == []


def test_without_the_merchant_settings_wechat_pay_is_unavailable(app, client, world, monkeypatch):
    bind(app, monkeypatch, world["farmer"]["id"], OPENID)
    monkeypatch.setitem(app.config, "WECHATPAY_APIV3_KEY", None)
    refused = start(client, world, "100.00")
    assert refused.status_code == 503 and refused.json["code"] == "wechatpay_not_configured"
    notified = notify(client, b"{}", {})
    assert notified.status_code == 503 and notified.json["code"] == "FAIL"


def test_an_answer_not_signed_by_the_platform_key_is_not_trusted(app, client, world, monkeypatch, fake):
    from tests.fake_wechatpay import new_key

    bind(app, monkeypatch, world["farmer"]["id"], OPENID)
    monkeypatch.setitem(app.config, "WECHATPAY_PLATFORM_PUBLIC_KEY", public_pem(new_key()))
    refused = start(client, world, "100.00")
    assert refused.status_code == 503 and refused.json["code"] == "wechatpay_unavailable"


@pytest.fixture
def order(app, client, world, monkeypatch):
    bind(app, monkeypatch, world["farmer"]["id"], OPENID)
    started = start(client, world, "500.00")
    assert started.status_code == 201, started.json
    return started.json


def test_the_notification_books_the_repayment_once_by_transaction_id(app, client, world, keys, order):
    body = notification(paid(order["out_trade_no"], 50000, transaction_id="4200000000202611290000000001"))
    first = notify(client, body, signed_headers(keys.platform, body))
    assert first.status_code == 204, first.json
    assert wechat_repayments(app, world["loan"]["id"]) == [("500.00", "4200000000202611290000000001")]
    again = notify(client, body, signed_headers(keys.platform, body))  # WeChat Pay sends it again, a new nonce
    assert again.status_code == 204
    assert wechat_repayments(app, world["loan"]["id"]) == [("500.00", "4200000000202611290000000001")]
    assert_ledger_equals_replay(app, world["loan"]["id"])


def refused_and_nothing_booked(app, client, world, body: bytes, headers: dict, status: int):
    before = stored(app)
    answer = notify(client, body, headers)
    assert answer.status_code == status, answer.get_data(as_text=True)
    assert answer.json["code"] == "FAIL" and answer.json["message"]
    assert stored(app) == before
    assert wechat_repayments(app, world["loan"]["id"]) == []
    return answer


def test_a_wrong_serial_a_tampered_body_or_a_forged_signature_is_refused(app, client, world, keys, order):
    from tests.fake_wechatpay import new_key

    body = notification(paid(order["out_trade_no"], 50000))
    refused_and_nothing_booked(
        app, client, world, body, signed_headers(keys.platform, body, serial="PUB_KEY_ID_X"), 401
    )
    tampered = body.replace(b'"summary": "', b'"summary": "x', 1)
    refused_and_nothing_booked(app, client, world, tampered, signed_headers(keys.platform, body), 401)
    refused_and_nothing_booked(app, client, world, body, signed_headers(new_key(), body), 401)
    unsigned = {
        name: value for name, value in signed_headers(keys.platform, body).items() if name != "Wechatpay-Signature"
    }
    refused_and_nothing_booked(app, client, world, body, unsigned, 401)
    garbage = {**signed_headers(keys.platform, body), "Wechatpay-Signature": "not base64!"}
    refused_and_nothing_booked(app, client, world, body, garbage, 401)


def test_a_timestamp_more_than_five_minutes_off_is_refused(app, client, world, keys, order):
    body = notification(paid(order["out_trade_no"], 50000))
    # well clear of the boundary (the request is handled a moment after `now`); the exact second is a unit test's
    now = int(time.time())
    refused_and_nothing_booked(app, client, world, body, signed_headers(keys.platform, body, timestamp=now - 360), 401)
    refused_and_nothing_booked(app, client, world, body, signed_headers(keys.platform, body, timestamp=now + 360), 401)
    assert notify(client, body, signed_headers(keys.platform, body, timestamp=now - 240)).status_code == 204


def test_a_replayed_nonce_is_refused(app, client, world, keys, order):
    first_body = notification(paid(order["out_trade_no"], 50000, trade_state="NOTPAY"))
    headers = signed_headers(keys.platform, first_body)
    assert notify(client, first_body, headers).status_code == 204  # received; a trade not paid books nothing
    assert notify(client, first_body, headers).status_code == 401  # the same notification again: its nonce is spent
    paid_body = notification(paid(order["out_trade_no"], 50000))
    replay = signed_headers(keys.platform, paid_body, nonce=headers["Wechatpay-Nonce"])
    refused_and_nothing_booked(app, client, world, paid_body, replay, 401)


def test_an_order_we_did_not_start_or_another_amount_books_nothing(app, client, world, keys, order):
    for transaction, status in (
        (paid(uuid.uuid4().hex, 50000), 400),
        (paid(order["out_trade_no"], 50001), 400),
        ({**paid(order["out_trade_no"], 50000), "mchid": "1900000999"}, 401),
    ):
        body = notification(transaction)
        refused_and_nothing_booked(app, client, world, body, signed_headers(keys.platform, body), status)


def test_a_body_we_cannot_read_is_refused(app, client, world, keys, order):
    not_json = b"payment ok"
    refused_and_nothing_booked(app, client, world, not_json, signed_headers(keys.platform, not_json), 400)
    wrong_key = notification(paid(order["out_trade_no"], 50000), key="0" * 32)
    refused_and_nothing_booked(app, client, world, wrong_key, signed_headers(keys.platform, wrong_key), 401)
    envelope = json.loads(notification(paid(order["out_trade_no"], 50000)))
    ciphertext = bytearray(base64.b64decode(envelope["resource"]["ciphertext"]))
    ciphertext[0] ^= 1
    envelope["resource"]["ciphertext"] = base64.b64encode(bytes(ciphertext)).decode()
    flipped = json.dumps(envelope).encode()
    refused_and_nothing_booked(app, client, world, flipped, signed_headers(keys.platform, flipped), 401)
    for resource in (None, "text", {"algorithm": "AEAD_AES_256_GCM"}):
        body = json.dumps({**envelope, "resource": resource}).encode()
        refused_and_nothing_booked(app, client, world, body, signed_headers(keys.platform, body), 400)
    fen_as_text = notification({**paid(order["out_trade_no"], 50000), "amount": {"total": "500.00", "currency": "CNY"}})
    refused_and_nothing_booked(app, client, world, fen_as_text, signed_headers(keys.platform, fen_as_text), 400)
