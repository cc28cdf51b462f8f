"""WeChat Pay API v3 for the mini-program (JSAPI): create an order, sign `wx.requestPayment`, verify and decrypt the
payment notification.

    merchant = configured(mchid=…, appid=…, cert_serial=…, private_key=PEM, apiv3_key=…, platform_public_key=PEM,
                          platform_serial=…, api_base=None, notify_url="https://…/webhooks/wechatpay")
    prepay_id = merchant.create_jsapi_order(out_trade_no=…, description=…, amount_fen=50000, openid=…)
    merchant.request_payment(prepay_id)          # → appId, timeStamp, nonceStr, package, signType, paySign
    merchant.verify(headers=…, body=…, now=…)    # → Notification (signature, serial and 5-minute window checked)
    merchant.decrypt(resource)                   # → the transaction (AES-256-GCM with the APIv3 key)

Built on `cryptography` rather than the `wechatpayv3` package: its client has WeChat Pay's address hard-coded (a
private attribute, no setting), sends through a second HTTP stack (`requests`), fetches platform certificates over
the network when a serial is not the configured public key's, and checks neither the timestamp window nor replayed
nonces — the parts this module must get right. What remains is a few documented primitives (RSA-SHA256 PKCS#1 v1.5,
AES-256-GCM), checked in tests against fixed vectors. A replayed nonce is the caller's to refuse: it needs storage.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import logging
import re
import secrets
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509 import load_pem_x509_certificate

from ..errors import Conflict, LendingError, Unauthorized
from ..money import to_minor
from .payments import PaymentsProvider, Payout

log = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.mch.weixin.qq.com"
JSAPI_PATH = "/v3/pay/transactions/jsapi"
SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
WINDOW_SECONDS = 300  # a notification signed more than 5 minutes from now is refused (WeChat Pay's own advice)
TIMEOUT_SECONDS = 10.0
MAX_ANSWER_BYTES = 64 * 1024
NONCE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # WeChat Pay's nonces are 32 letters and digits


class WechatPayNotConfigured(LendingError):
    status, code, message = 503, "wechatpay_not_configured", "WeChat Pay is not available."


class WechatPayUnavailable(LendingError):
    status, code, message = 503, "wechatpay_unavailable", "WeChat Pay cannot be reached now; try again shortly."


class BadNotification(Unauthorized):
    code, message = "wechatpay_bad_notification", "The notification is not WeChat Pay's."


@dataclass(frozen=True)
class Notification:
    """A notification whose signature, platform serial and timestamp were checked; its body parsed."""

    nonce: str
    timestamp: int
    body: dict


def load_pem(value: str) -> bytes:
    """A PEM given inline (it starts with -----BEGIN) or as the path of a file holding it."""
    text = value.strip()
    if text.startswith("-----BEGIN"):
        return text.encode()
    return Path(text).read_bytes()


@functools.lru_cache(maxsize=8)  # read once per process: checking an RSA private key takes milliseconds
def load_private_key(value: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(load_pem(value), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("the merchant key must be an RSA private key")
    return key


@functools.lru_cache(maxsize=8)
def load_public_key(value: str) -> rsa.RSAPublicKey:
    """The platform's public key: a public key PEM, or the platform certificate that holds it."""
    pem = load_pem(value)
    key = (
        load_pem_x509_certificate(pem).public_key()
        if b"BEGIN CERTIFICATE" in pem
        else serialization.load_pem_public_key(pem)
    )
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("the platform key must be an RSA public key")
    return key


def rsa_sign(private_key: rsa.RSAPrivateKey, message: str) -> str:
    """RSA-SHA256 (PKCS#1 v1.5) of `message`, base64: how WeChat Pay signs and wants to be signed."""
    return base64.b64encode(private_key.sign(message.encode(), padding.PKCS1v15(), hashes.SHA256())).decode()


def rsa_verify(public_key: rsa.RSAPublicKey, message: bytes, signature: str) -> bool:
    try:
        public_key.verify(base64.b64decode(signature, validate=True), message, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def aes_gcm_decrypt(key: bytes, *, nonce: str, associated_data: str, ciphertext: str) -> bytes:
    """AEAD_AES_256_GCM as WeChat Pay uses it: the nonce and associated data as text, the ciphertext (with its 16-byte
    tag at the end) in base64. A wrong key or a changed byte → BadNotification."""
    try:
        return AESGCM(key).decrypt(
            nonce.encode(), base64.b64decode(ciphertext, validate=True), associated_data.encode()
        )
    except (InvalidTag, binascii.Error, ValueError):
        raise BadNotification("The notification's resource cannot be decrypted.") from None


def signed_message(timestamp: str, nonce: str, body: bytes) -> bytes:
    """What WeChat Pay signs in a notification or an answer: "{timestamp}\\n{nonce}\\n{body}\\n"."""
    return timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"


@dataclass(frozen=True)
class Merchant:
    """One merchant account (WECHATPAY_* settings) paying into one mini-program's appid."""

    mchid: str
    appid: str
    cert_serial: str
    private_key: rsa.RSAPrivateKey = field(repr=False)
    apiv3_key: bytes = field(repr=False)
    platform_public_key: rsa.RSAPublicKey = field(repr=False)
    platform_serial: str
    notify_url: str
    api_base: str = DEFAULT_API_BASE
    timeout: float = TIMEOUT_SECONDS

    def authorization(self, method: str, path: str, body: str, *, timestamp: int, nonce: str) -> str:
        """The Authorization header of a request: the merchant's signature over method, path (with its query),
        timestamp, nonce and body, each followed by a newline."""
        signature = rsa_sign(self.private_key, f"{method}\n{path}\n{timestamp}\n{nonce}\n{body}\n")
        return (
            f'{SIGNATURE_TYPE} mchid="{self.mchid}",nonce_str="{nonce}",signature="{signature}",'
            f'timestamp="{timestamp}",serial_no="{self.cert_serial}"'
        )

    def create_jsapi_order(self, *, out_trade_no: str, description: str, amount_fen: int, openid: str) -> str:
        """Create (or, with the same out_trade_no and fields, find again) a JSAPI order → its prepay_id. WeChat Pay
        down, unreachable or refusing our credentials → 503; the order paid already or its number used for other
        fields → 409."""
        body = json.dumps(
            {
                "appid": self.appid,
                "mchid": self.mchid,
                "description": description,
                "out_trade_no": out_trade_no,
                "notify_url": self.notify_url,
                "amount": {"total": amount_fen, "currency": "CNY"},
                "payer": {"openid": openid},
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        answer = self._post(JSAPI_PATH, body)
        prepay_id = answer.get("prepay_id")
        if not isinstance(prepay_id, str) or not prepay_id:
            log.error("wechatpay jsapi answered without a prepay_id")
            raise WechatPayUnavailable()
        return prepay_id

    def request_payment(self, prepay_id: str, *, timestamp: int | None = None, nonce: str | None = None) -> dict:
        """The parameters of `wx.requestPayment` for an order, paySign signed with the merchant key."""
        timestamp_text = str(int(time.time()) if timestamp is None else timestamp)
        nonce = nonce or secrets.token_hex(16)
        package = f"prepay_id={prepay_id}"
        return {
            "appId": self.appid,
            "timeStamp": timestamp_text,
            "nonceStr": nonce,
            "package": package,
            "signType": "RSA",
            "paySign": rsa_sign(self.private_key, f"{self.appid}\n{timestamp_text}\n{nonce}\n{package}\n"),
        }

    def verify(self, *, headers: Mapping[str, str], body: bytes, now: float) -> Notification:
        """Check a notification (or an answer) is WeChat Pay's: signed by the platform key of the configured serial
        over timestamp, nonce and body, within WINDOW_SECONDS of `now`. Anything else → BadNotification (401)."""
        signature = headers.get("Wechatpay-Signature", "")
        timestamp_text = headers.get("Wechatpay-Timestamp", "")
        nonce = headers.get("Wechatpay-Nonce", "")
        serial = headers.get("Wechatpay-Serial", "")
        if not signature or not timestamp_text.isascii() or not timestamp_text.isdigit() or not NONCE.match(nonce):
            raise BadNotification("Wechatpay-Signature, -Timestamp and -Nonce are required.")
        if serial != self.platform_serial:
            raise BadNotification("Wechatpay-Serial is not the platform key's.")
        signature_type = headers.get("Wechatpay-Signature-Type", SIGNATURE_TYPE)
        if signature_type != SIGNATURE_TYPE:
            raise BadNotification(f"Wechatpay-Signature-Type must be {SIGNATURE_TYPE}.")
        if not rsa_verify(self.platform_public_key, signed_message(timestamp_text, nonce, body), signature):
            raise BadNotification("The signature does not match.")
        timestamp = int(timestamp_text)
        if abs(now - timestamp) > WINDOW_SECONDS:
            raise BadNotification("Wechatpay-Timestamp is more than 5 minutes from now.")
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            raise LendingError("The body is not a JSON object.", code="wechatpay_bad_body")
        return Notification(nonce=nonce, timestamp=timestamp, body=parsed)

    def decrypt(self, resource) -> dict:
        """The notification's `resource` (AEAD_AES_256_GCM with the APIv3 key) as the object it holds."""
        if not isinstance(resource, dict) or resource.get("algorithm") != "AEAD_AES_256_GCM":
            raise LendingError("resource must be AEAD_AES_256_GCM.", code="wechatpay_bad_body")
        parts = {name: resource.get(name) for name in ("nonce", "associated_data", "ciphertext")}
        if not all(isinstance(value, str) for value in parts.values()) or not parts["ciphertext"]:
            raise LendingError("resource needs nonce, associated_data and ciphertext.", code="wechatpay_bad_body")
        try:
            plain = json.loads(aes_gcm_decrypt(self.apiv3_key, **parts))
        except ValueError:
            plain = None
        if not isinstance(plain, dict):
            raise BadNotification("The decrypted resource is not a JSON object.")
        return plain

    def _post(self, path: str, body: str) -> dict:
        timestamp, nonce = int(time.time()), secrets.token_hex(16)
        request = urllib.request.Request(
            self.api_base.rstrip("/") + path,
            data=body.encode(),
            method="POST",
            headers={
                "Authorization": self.authorization("POST", path, body, timestamp=timestamp, nonce=nonce),
                "Content-Type": "application/json",
                "Accept": "application/json",
                "User-Agent": "agrilend",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (the URL is ours)
                status, headers, answer = response.status, response.headers, response.read(MAX_ANSWER_BYTES)
        except urllib.error.HTTPError as error:
            status, headers, answer = error.code, error.headers, error.read(MAX_ANSWER_BYTES)
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            log.warning("wechatpay unreachable: %s", getattr(error, "reason", None) or type(error).__name__)
            raise WechatPayUnavailable(headers={"Retry-After": "5"}) from None
        if status >= 500:
            log.warning("wechatpay answered %s", status)
            raise WechatPayUnavailable(headers={"Retry-After": "5"})
        try:  # an answer not signed by the platform key is not WeChat Pay's
            parsed = self.verify(headers=headers, body=answer, now=time.time()).body
        except LendingError:
            log.error("wechatpay answer %s is not signed by the platform key %s", status, self.platform_serial)
            raise WechatPayUnavailable() from None
        if status >= 400:
            raise _refusal(status, parsed.get("code"), parsed.get("message"))
        return parsed


class WechatPayProvider(PaymentsProvider):
    """WeChat Pay as a payments provider for `services.loans.start_payment`: `collect` creates the JSAPI order (our
    reference is its out_trade_no) and gives back the signed `wx.requestPayment` parameters; the notification books
    the money. It pays nothing out."""

    name = "wechat_pay"

    def __init__(self, merchant: Merchant, *, description: str):
        self.merchant, self.description = merchant, description

    def collect(
        self, *, reference: str, amount: Decimal, currency: str, phone: str | None, payer: str | None = None
    ) -> Payout:
        if currency != "CNY" or amount <= 0 or not payer:
            raise ValueError("a WeChat Pay order is a positive CNY amount with the payer's openid")
        prepay_id = self.merchant.create_jsapi_order(
            out_trade_no=reference, description=self.description, amount_fen=to_minor(amount, currency), openid=payer
        )
        return Payout(self.name, prepay_id, "pending", client_params=self.merchant.request_payment(prepay_id))


def _refusal(status: int, code, message) -> LendingError:
    if code == "ORDERPAID":
        return Conflict("This payment was made already.", code="wechatpay_order_paid")
    if code == "OUT_TRADE_NO_USED":
        return Conflict("This payment was started with other details; start a new one.", code="wechatpay_order_used")
    # a refused signature, appid, mchid or parameter is ours to fix, not the farmer's: the log says which
    log.error("wechatpay refused the order: %s %s %s", status, code, message)
    return WechatPayUnavailable()


def configured(
    *,
    mchid: str | None,
    appid: str | None,
    cert_serial: str | None,
    private_key: str | None,
    apiv3_key: str | None,
    platform_public_key: str | None,
    platform_serial: str | None,
    public_base_url: str | None,
    api_base: str | None = None,
) -> Merchant:
    """The merchant of these settings (WECHATPAY_*, PUBLIC_BASE_URL); anything missing or unreadable → 503
    `wechatpay_not_configured` (the log names what)."""
    given = {
        "WECHATPAY_MCHID": mchid,
        "WECHATPAY_APPID": appid,
        "WECHATPAY_CERT_SERIAL": cert_serial,
        "WECHATPAY_PRIVATE_KEY": private_key,
        "WECHATPAY_APIV3_KEY": apiv3_key,
        "WECHATPAY_PLATFORM_PUBLIC_KEY": platform_public_key,
        "WECHATPAY_PLATFORM_SERIAL": platform_serial,
        "PUBLIC_BASE_URL": public_base_url,
    }
    missing = [name for name, value in given.items() if not value]
    if missing:
        log.error("wechatpay is not configured: %s unset", ", ".join(missing))
        raise WechatPayNotConfigured()
    key = apiv3_key.encode()
    if len(key) != 32:
        log.error("WECHATPAY_APIV3_KEY must be 32 bytes, not %d", len(key))
        raise WechatPayNotConfigured()
    try:
        merchant_key, platform_key = load_private_key(private_key), load_public_key(platform_public_key)
    except (OSError, ValueError, TypeError) as error:
        log.error("wechatpay keys cannot be read: %s", type(error).__name__)
        raise WechatPayNotConfigured() from None
    return Merchant(
        mchid=mchid,
        appid=appid,
        cert_serial=cert_serial,
        private_key=merchant_key,
        apiv3_key=key,
        platform_public_key=platform_key,
        platform_serial=platform_serial,
        notify_url=public_base_url.rstrip("/") + "/webhooks/wechatpay",
        api_base=api_base or DEFAULT_API_BASE,
    )


def from_config(config: Mapping) -> Merchant:
    """The merchant of a Flask-style config (the WECHATPAY_* names and PUBLIC_BASE_URL), as `configured` checks it."""
    return configured(
        mchid=config.get("WECHATPAY_MCHID"),
        appid=config.get("WECHATPAY_APPID"),
        cert_serial=config.get("WECHATPAY_CERT_SERIAL"),
        private_key=config.get("WECHATPAY_PRIVATE_KEY"),
        apiv3_key=config.get("WECHATPAY_APIV3_KEY"),
        platform_public_key=config.get("WECHATPAY_PLATFORM_PUBLIC_KEY"),
        platform_serial=config.get("WECHATPAY_PLATFORM_SERIAL"),
        public_base_url=config.get("PUBLIC_BASE_URL"),
        api_base=config.get("WECHATPAY_API_BASE"),
    )
