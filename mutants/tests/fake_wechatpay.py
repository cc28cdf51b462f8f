"""A stand-in for WeChat Pay's API v3 on 127.0.0.1 (a thread, started and stopped by the test), and the notifications
WeChat Pay sends — built with real RSA keys and AES-256-GCM, not with the code under test.

The server checks each request's Authorization (WECHATPAY2-SHA256-RSA2048) with the merchant's public key, answers
`POST /v3/pay/transactions/jsapi` with a prepay_id — the same one for the same out_trade_no and fields, 403
OUT_TRADE_NO_USED for other fields — and signs every answer with the platform key. `outage` answers 500.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MCHID = "1900000109"
APPID = "wxd678efh567hg6787"
CERT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"
PLATFORM_SERIAL = "PUB_KEY_ID_0119000001092025010100000001"
APIV3_KEY = "a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5"  # 32 bytes
BEIJING = dt.timezone(dt.timedelta(hours=8))  # WeChat Pay writes times in China's
AUTHORIZATION = re.compile(
    r'^WECHATPAY2-SHA256-RSA2048 mchid="(?P<mchid>[^"]+)",nonce_str="(?P<nonce>[^"]+)",'
    r'signature="(?P<signature>[^"]+)",timestamp="(?P<timestamp>\d+)",serial_no="(?P<serial>[^"]+)"$'
)


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def private_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def sign(key: rsa.RSAPrivateKey, message: bytes) -> str:
    return base64.b64encode(key.sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()


def verifies(public_key, message: bytes, signature: str) -> bool:
    try:
        public_key.verify(base64.b64decode(signature), message, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass
class Keys:
    merchant: rsa.RSAPrivateKey = field(default_factory=new_key)
    platform: rsa.RSAPrivateKey = field(default_factory=new_key)


def merchant_settings(keys: Keys, api_base: str) -> dict:
    """The WECHATPAY_* settings (and PUBLIC_BASE_URL) of a merchant with these keys, its API at `api_base`."""
    return {
        "WECHATPAY_MCHID": MCHID,
        "WECHATPAY_APPID": APPID,
        "WECHATPAY_CERT_SERIAL": CERT_SERIAL,
        "WECHATPAY_PRIVATE_KEY": private_pem(keys.merchant),
        "WECHATPAY_APIV3_KEY": APIV3_KEY,
        "WECHATPAY_PLATFORM_PUBLIC_KEY": public_pem(keys.platform),
        "WECHATPAY_PLATFORM_SERIAL": PLATFORM_SERIAL,
        "WECHATPAY_API_BASE": api_base,
        "PUBLIC_BASE_URL": "https://lend.example.org",
    }


def signed_headers(
    platform: rsa.RSAPrivateKey,
    body: bytes,
    *,
    timestamp: int | None = None,
    nonce: str | None = None,
    serial: str = PLATFORM_SERIAL,
) -> dict:
    """The headers WeChat Pay puts on a notification or an answer: its signature over timestamp, nonce and body."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    nonce = nonce or secrets.token_hex(16)
    return {
        "Wechatpay-Timestamp": str(timestamp),
        "Wechatpay-Nonce": nonce,
        "Wechatpay-Serial": serial,
        "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
        "Wechatpay-Signature": sign(platform, f"{timestamp}\n{nonce}\n".encode() + body + b"\n"),
    }


def notification(transaction: dict, *, key: str = APIV3_KEY) -> bytes:
    """A TRANSACTION.SUCCESS notification whose resource is `transaction`, encrypted as WeChat Pay does."""
    nonce, associated_data = secrets.token_hex(6), "transaction"
    ciphertext = AESGCM(key.encode()).encrypt(
        nonce.encode(), json.dumps(transaction).encode(), associated_data.encode()
    )
    return json.dumps(
        {
            "id": f"EV-{secrets.token_hex(8)}",
            "create_time": dt.datetime.now(BEIJING).isoformat(timespec="seconds"),
            "resource_type": "encrypt-resource",
            "event_type": "TRANSACTION.SUCCESS",
            "summary": "支付成功",
            "resource": {
                "original_type": "transaction",
                "algorithm": "AEAD_AES_256_GCM",
                "ciphertext": base64.b64encode(ciphertext).decode(),
                "associated_data": associated_data,
                "nonce": nonce,
            },
        }
    ).encode()


def paid(
    out_trade_no: str,
    total_fen: int,
    *,
    transaction_id: str = "4200000000202611290000000001",
    trade_state: str = "SUCCESS",
    openid: str = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
) -> dict:
    """The transaction WeChat Pay reports for an order."""
    return {
        "appid": APPID,
        "mchid": MCHID,
        "out_trade_no": out_trade_no,
        "transaction_id": transaction_id,
        "trade_type": "JSAPI",
        "trade_state": trade_state,
        "trade_state_desc": "支付成功",
        "bank_type": "OTHERS",
        "success_time": dt.datetime.now(BEIJING).isoformat(timespec="seconds"),  # paid just now
        "payer": {"openid": openid},
        "amount": {"total": total_fen, "payer_total": total_fen, "currency": "CNY", "payer_currency": "CNY"},
    }


class FakeWechatPay:
    def __init__(self, keys: Keys):
        self.keys = keys
        self.orders: dict[str, tuple[dict, str]] = {}  # out_trade_no → (fields, prepay_id)
        self.requests: list[dict] = []  # every request, with whether its signature verified
        self.outage = False
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeWechatPay:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _answer(self, status: int, answer: dict) -> tuple[int, dict, bytes]:
        body = json.dumps(answer).encode()
        return status, signed_headers(self.keys.platform, body), body

    def handle(self, method: str, path: str, headers, body: bytes) -> tuple[int, dict, bytes]:
        match = AUTHORIZATION.match(headers.get("Authorization", ""))
        signed = bool(match) and verifies(
            self.keys.merchant.public_key(),
            f"{method}\n{path}\n{match['timestamp']}\n{match['nonce']}\n".encode() + body + b"\n",
            match["signature"],
        )
        self.requests.append({"method": method, "path": path, "signed": signed, "body": body})
        if self.outage:
            return self._answer(500, {"code": "SYSTEM_ERROR", "message": "系统错误"})
        if not signed or match["mchid"] != MCHID or match["serial"] != CERT_SERIAL:
            return self._answer(401, {"code": "SIGN_ERROR", "message": "签名错误"})
        if method != "POST" or path != "/v3/pay/transactions/jsapi":
            return self._answer(404, {"code": "NOT_FOUND", "message": "not found"})
        order = json.loads(body)
        amount = order.get("amount") or {}
        if (
            order.get("appid") != APPID
            or order.get("mchid") != MCHID
            or not isinstance(amount.get("total"), int)
            or amount.get("currency") != "CNY"
            or not (order.get("payer") or {}).get("openid")
            or not 6 <= len(order.get("out_trade_no", "")) <= 32
        ):
            return self._answer(400, {"code": "PARAM_ERROR", "message": "参数错误"})
        seen = self.orders.get(order["out_trade_no"])
        if seen is not None and seen[0] != order:
            return self._answer(403, {"code": "OUT_TRADE_NO_USED", "message": "商户订单号重复"})
        prepay_id = seen[1] if seen else f"wx{secrets.token_hex(16)}"
        self.orders[order["out_trade_no"]] = (order, prepay_id)
        return self._answer(200, {"prepay_id": prepay_id})

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (the stdlib's name)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, headers, answer = fake.handle("POST", self.path, self.headers, body)
                self.send_response(status)
                for name, value in {**headers, "Content-Type": "application/json"}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        return Handler
