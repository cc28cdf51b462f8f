"""WeChat Pay's primitives against fixed vectors worked out once (a change in how we decrypt, or in what we sign, is
caught), and yuan ↔ fen exactly."""

from __future__ import annotations

import base64
import json
from decimal import Decimal

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from lending.channels import wechatpay
from lending.money import from_minor, to_minor

KEY = b"a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5"  # an APIv3 key: 32 bytes
NONCE, ASSOCIATED_DATA = "5K8264ILTKCH", "transaction"
PLAINTEXT = (
    '{"out_trade_no":"1217752501201407033233368018","trade_state":"SUCCESS","amount":{"total":50000,"currency":"CNY"}}'
)
# AES-256-GCM of PLAINTEXT under KEY, NONCE and ASSOCIATED_DATA, its 16-byte tag last, in base64 (computed once)
CIPHERTEXT = (
    "Q7M0hPMycqdkmb7NKtyWJhi/3AP17+0/xukBaIz56m9tVDFYB+8aLEOcN1BXyrG8MNo3s0qbWiILO3xCKqpKUZ3bRcmEAUvnzqPkw9zt8VBDF"
    "Rx/44vMXcBfdsZEYw2eNsUw1M2SaH5D76clTjs6x96Cl5FF9BF56f8WpYhsXXXA"
)


def test_the_fixed_vector_decrypts_to_its_plaintext():
    plain = wechatpay.aes_gcm_decrypt(KEY, nonce=NONCE, associated_data=ASSOCIATED_DATA, ciphertext=CIPHERTEXT)
    assert plain.decode() == PLAINTEXT
    assert json.loads(plain)["amount"] == {"total": 50000, "currency": "CNY"}


@pytest.mark.parametrize(
    "change",
    [
        {"associated_data": "certificate"},
        {"nonce": "5K8264ILTKCI"},
        {"ciphertext": "R" + CIPHERTEXT[1:]},
        {"ciphertext": CIPHERTEXT[:-4] + "XXXX"},  # the tag
        {"ciphertext": "not base64!"},
    ],
)
def test_a_changed_nonce_associated_data_or_byte_is_refused(change):
    parts = {"nonce": NONCE, "associated_data": ASSOCIATED_DATA, "ciphertext": CIPHERTEXT, **change}
    with pytest.raises(wechatpay.BadNotification):
        wechatpay.aes_gcm_decrypt(KEY, **parts)


def test_the_wrong_apiv3_key_is_refused():
    with pytest.raises(wechatpay.BadNotification):
        wechatpay.aes_gcm_decrypt(b"0" * 32, nonce=NONCE, associated_data=ASSOCIATED_DATA, ciphertext=CIPHERTEXT)


def test_what_a_notification_signs_is_timestamp_nonce_and_body_each_on_a_line():
    assert wechatpay.signed_message("1554208460", "593BEC0C930BF1AFEB40B4A08C8FB242", b'{"id":"EV-1"}') == (
        b'1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{"id":"EV-1"}\n'
    )


def test_a_signature_verifies_only_over_the_same_message_and_key():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signature = wechatpay.rsa_sign(key, "wxd678efh567hg6787\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\n")
    raw = key.public_key()
    assert wechatpay.rsa_verify(raw, b"wxd678efh567hg6787\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\n", signature)
    assert not wechatpay.rsa_verify(
        raw, b"wxd678efh567hg6787\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VT\n", signature
    )
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    assert not wechatpay.rsa_verify(
        other, b"wxd678efh567hg6787\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\n", signature
    )
    # PKCS#1 v1.5 with SHA-256, as WeChat Pay specifies (not PSS)
    raw.verify(
        base64.b64decode(signature),
        b"wxd678efh567hg6787\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\n",
        padding.PKCS1v15(),
        hashes.SHA256(),
    )


@pytest.mark.parametrize(
    ("yuan", "fen"),
    [("0.01", 1), ("0.10", 10), ("1", 100), ("12.3", 1230), ("500.00", 50000), ("123456789.99", 12345678999)],
)
def test_yuan_and_fen_convert_exactly(yuan, fen):
    assert to_minor(Decimal(yuan), "CNY") == fen
    assert from_minor(fen, "CNY") == Decimal(yuan)
    assert str(from_minor(fen, "CNY")) == f"{Decimal(yuan):.2f}"


def test_a_fraction_of_a_fen_is_refused_not_rounded():
    with pytest.raises(ValueError):
        to_minor(Decimal("0.005"), "CNY")
    with pytest.raises(TypeError):
        from_minor(1.5, "CNY")


def _merchant_and_platform_key():
    from tests.fake_wechatpay import Keys, merchant_settings

    keys = Keys()
    config = merchant_settings(keys, api_base="http://127.0.0.1:9")
    merchant = wechatpay.from_config({**config, "PUBLIC_BASE_URL": config["PUBLIC_BASE_URL"] + "/"})
    return merchant, keys.platform


def test_the_window_is_five_minutes_to_the_second_either_way():
    from tests.fake_wechatpay import signed_headers

    merchant, platform = _merchant_and_platform_key()
    body, signed_at = b'{"id":"EV-1"}', 1_795_000_000
    headers = signed_headers(platform, body, timestamp=signed_at)
    for now in (signed_at - 300, signed_at, signed_at + 300):
        assert merchant.verify(headers=headers, body=body, now=now).timestamp == signed_at
    for now in (signed_at - 301, signed_at + 301):
        with pytest.raises(wechatpay.BadNotification):
            merchant.verify(headers=headers, body=body, now=now)
    assert merchant.notify_url == "https://lend.example.org/webhooks/wechatpay"


def test_the_merchant_settings_are_checked_before_use():
    from tests.fake_wechatpay import APIV3_KEY, Keys, private_pem, public_pem

    keys = Keys()
    settings = {
        "mchid": "1900000109",
        "appid": "wxd678efh567hg6787",
        "cert_serial": "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
        "private_key": private_pem(keys.merchant),
        "apiv3_key": APIV3_KEY,
        "platform_public_key": public_pem(keys.platform),
        "platform_serial": "PUB_KEY_ID_0119000001092025010100000001",
        "public_base_url": "https://lend.example.org",
    }
    assert wechatpay.configured(**settings).mchid == "1900000109"
    for change in (
        {"apiv3_key": "too short"},
        {"mchid": None},
        {"public_base_url": ""},
        {"private_key": "/nonexistent/apiclient_key.pem"},
        {"platform_public_key": "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----"},
        {"private_key": public_pem(keys.merchant)},  # a public key where the private one belongs
    ):
        with pytest.raises(wechatpay.WechatPayNotConfigured):
            wechatpay.configured(**{**settings, **change})
