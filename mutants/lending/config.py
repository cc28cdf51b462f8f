"""Settings from the environment, with defaults that run on one machine with nothing else installed."""

from __future__ import annotations

import base64
import dataclasses
import os
import secrets
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INSTANCE_DIR = PROJECT_ROOT / "instance"

# Every variable the service reads, with its default and meaning; the README's configuration table is this list.
SETTINGS: dict[str, tuple[str | None, str]] = {
    "DATABASE_URL": (f"sqlite:///{INSTANCE_DIR / 'agrilend.sqlite3'}", "SQLAlchemy URL of the database"),
    "SECRET_KEY": (None, "signs JWTs; when unset, a random key kept in instance/secret_key (development only)"),
    "LENDER_TZ": ("Asia/Shanghai", "timezone of business dates (due, value and sale dates)"),
    "ACCESS_TOKEN_MINUTES": ("15", "lifetime of an access token"),
    "REFRESH_TOKEN_DAYS": ("30", "lifetime of a refresh token"),
    "OTP_MINUTES": ("5", "lifetime of a one-time SMS sign-in code"),
    "OTP_MAX_TRIES": ("5", "wrong codes before a one-time code is spent"),
    "MAX_CONTENT_LENGTH": ("1048576", "largest request body in bytes (413 beyond); an attachment's is its own"),
    "ATTACHMENT_MAX_BYTES": ("5242880", "largest attachment (a photo, a PDF) in bytes (413 beyond)"),
    "ATTACHMENT_STORE": ("disk", "where attachments' bytes are kept: disk (under ATTACHMENT_DIR)"),
    "ATTACHMENT_DIR": (str(INSTANCE_DIR / "attachments"), "the disk store's directory"),
    "SEEDS_DIR": (str(PROJECT_ROOT / "seeds"), "where `flask seed` reads farmers.jsonl, agents.json, products.json"),
    "SEED_FARMERS": ("200", "how many farmers of farmers.jsonl `flask seed` loads"),
    "MODELS_DIR": (
        str(INSTANCE_DIR / "models"),
        "where trained model artifacts are written (one directory per version)",
    ),
    "POLICY_APPROVE_PD": ("0.06", "PD below which an application is approved without a person"),
    "POLICY_DECLINE_PD": (
        "0.15",
        "PD from which an application is declined; between the two, a credit officer decides",
    ),
    "DRIFT_WINDOW": ("1000", "how many recent decisions the drift report (PSI, CSI) compares with training"),
    "PAYMENTS_PROVIDER": ("sandbox", "who pays loans out: sandbox (answers at once, moves no money)"),
    "SMS_TRANSPORT": (
        "console",
        "how `flask outbox run` sends SMS: console (logs each message, sends nothing) or twilio (TWILIO_* settings)",
    ),
    "SMS_MAX_ATTEMPTS": ("8", "tries of one SMS before it is marked failed (visible in `flask outbox status`)"),
    "SMS_RETRY_SECONDS": ("30", "the first wait after a failed try; doubled each try (with jitter), at most an hour"),
    "TWILIO_ACCOUNT_SID": (None, "the Twilio account (SMS_TRANSPORT=twilio)"),
    "TWILIO_AUTH_TOKEN": (None, "the account's auth token: sends, and checks X-Twilio-Signature on the webhooks"),
    "TWILIO_FROM": (None, "the number SMS are sent from (E.164), unless TWILIO_MESSAGING_SERVICE_SID is set"),
    "TWILIO_MESSAGING_SERVICE_SID": (None, "a Twilio messaging service to send through (instead of TWILIO_FROM)"),
    "TWILIO_API_BASE": (None, "where the Twilio REST API is; unset = Twilio's own (tests point it at a local fake)"),
    "PUBLIC_BASE_URL": (
        None,
        "this service's public URL as providers call it (behind a proxy), e.g. https://lend.example.org: the URL "
        "Twilio signs and the status callback sent with each SMS",
    ),
    "WECHAT_APPID": (None, "the WeChat mini-program's appid (POST /api/v1/auth/wechat)"),
    "WECHAT_SECRET": (None, "the mini-program's app secret"),
    "WECHAT_API_BASE": (None, "where WeChat's API is; unset = WeChat's own (tests point it at a local fake)"),
    "WECHATPAY_MCHID": (None, "the WeChat Pay merchant id (POST /api/v1/loans/{id}/wechatpay); unset = WeChat Pay off"),
    "WECHATPAY_APPID": (None, "the appid WeChat Pay orders are for: the mini-program's (usually WECHAT_APPID)"),
    "WECHATPAY_CERT_SERIAL": (None, "serial number of the merchant API certificate (signs our requests)"),
    "WECHATPAY_PRIVATE_KEY": (None, "the merchant API private key (RSA), PEM text or the path of apiclient_key.pem"),
    "WECHATPAY_APIV3_KEY": (None, "the APIv3 key (32 bytes) that decrypts payment notifications"),
    "WECHATPAY_PLATFORM_PUBLIC_KEY": (
        None,
        "the key WeChat Pay signs notifications and answers with: a public key or platform certificate, PEM or path",
    ),
    "WECHATPAY_PLATFORM_SERIAL": (None, "its serial (Wechatpay-Serial), e.g. PUB_KEY_ID_… or the certificate's"),
    "WECHATPAY_API_BASE": (None, "where the WeChat Pay API is; unset = WeChat Pay's own (tests point it at a fake)"),
    "RECEIPT_TOLERANCE_SHARE": (
        "0.01",
        "a receipt a person records may exceed what the loan owes by this share of it "
        "(rounded down to the minor unit); beyond it 422",
    ),
    "OFFER_VALID_DAYS": (
        "30",
        "days an approved application's offer may be accepted; it counts in the farmer's open exposure until then",
    ),
    "MOBILE_MONEY_CALLBACK_TOKEN": (
        None,
        "shared secret a mobile-money provider sends in X-Callback-Token; unset = callbacks refused",
    ),
    "LOG_LEVEL": ("INFO", "logging level"),
    "PII_KEY": (
        None,
        "AES-256-GCM keys for national ID and phone, `id:base64`, comma-separated: the first encrypts, "
        "all decrypt (rotation); unset = a key kept in instance/pii_key (development only)",
    ),
    "PII_INDEX_KEY": (
        None,
        "HMAC key of the blind index (exact lookup, duplicates); unset = instance/pii_index_key (development only)",
    ),
    "REDIS_URL": (
        None,
        "Redis for rate limits and USSD sessions; unset = rate counters in a SQLite file beside a SQLite database, "
        "or in the PostgreSQL database, and USSD sessions in the database",
    ),
    "RATE_LIMIT_IP": ("600 per minute", "requests a client address may make (every route but /healthz and /readyz)"),
    "RATE_LIMIT_SIGN_IN": ("10 per minute; 50 per hour", "sign-in attempts per client address and per phone"),
    "RATE_LIMIT_AGENT": (
        "1200 per minute",
        "requests a signed-in agent (any signed-in account, counted by its token) may make",
    ),
    "CORS_ORIGINS": ("", "origins allowed to call the API from a browser, comma-separated; empty = none"),
    "RISK_APPLICATIONS_PER_HOUR": ("3", "applications for one farmer in an hour beyond which they are held for review"),
    "RISK_REPAYMENTS_PER_HOUR": ("10", "repayments to one loan in an hour beyond which they are held for review"),
    "RISK_AGENT_DISTANCE_KM": ("25", "an agent this far from the farmer's village is held for review"),
    "RISK_NEAR_LIMIT_SHARE": (
        "0.95",
        "an amount at or above this share of a limit, but under it, counts as just under",
    ),
    "RISK_NEAR_LIMIT_COUNT": ("3", "amounts just under a limit in 30 days from which the next is held for review"),
    "SYNC_BACKLOG_DAYS": (
        "14",
        "days a synced mutation waits for the record it needs (e.g. its farmer) before it is rejected "
        "(dependency_missing)",
    ),
    "SYNC_CURSOR_DAYS": ("30", "days a pull cursor stays good; an older one is a 410 and the device pulls again"),
    "USSD_ALLOWED_NETWORKS": (
        "127.0.0.0/8,::1/128",
        "networks (CIDRs, comma-separated) the USSD gateways call from; the default, loopback, is for development",
    ),
    "USSD_SECRET_PATH": (None, "when set, the gateways call /ussd/<secret>/<gateway> and nothing else is answered"),
    "USSD_MAX_CHARS": ("182", "longest USSD screen in GSM-7 characters (UCS-2 text, e.g. Chinese, gets 79 for 182)"),
    "OFFER_SIGNING_KEYS": (
        None,
        "Ed25519 keys that sign offline offers, `kid:base64 of the 32-byte private seed`, comma-separated: the first "
        "signs, all are published at /.well-known/jwks.json and verify (rotation); unset = a key kept in "
        "instance/offer_signing_keys (development only)",
    ),
    "SYNC_OFFER_DAYS": ("7", "days an offline offer (GET /api/v1/sync/offers) may be redeemed"),
}


def _env(name: str) -> str | None:
    default, _ = SETTINGS[name]
    return os.environ.get(name, default)


def development_key(name: str, make=lambda: secrets.token_urlsafe(48)) -> str:
    """A random key kept in instance/<name>, so that every worker and every restart of a development server agree."""
    path = INSTANCE_DIR / name
    if not path.exists():
        INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
        # written whole under a name of its own, then linked into place, which fails if the name exists: of workers
        # starting together one key wins and every worker reads it, never an empty file or a key of its own
        draft = INSTANCE_DIR / f".{name}.{os.getpid()}.{secrets.token_hex(4)}"
        with open(os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as file:
            file.write(make())
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()


def development_secret_key() -> str:
    return development_key("secret_key")


def _new_key() -> str:
    """32 random bytes in base64: an AES-256 key, or an Ed25519 private seed."""
    return base64.b64encode(secrets.token_bytes(32)).decode()


def load(overrides: dict | None = None) -> dict:
    """Flask config from the environment; `overrides` (tests, tools) win."""
    config = {
        "DATABASE_URL": _env("DATABASE_URL"),
        "SECRET_KEY": _env("SECRET_KEY") or development_secret_key(),
        "LENDER_TZ": _env("LENDER_TZ"),
        "ACCESS_TOKEN_MINUTES": int(_env("ACCESS_TOKEN_MINUTES")),
        "REFRESH_TOKEN_DAYS": int(_env("REFRESH_TOKEN_DAYS")),
        "OTP_MINUTES": int(_env("OTP_MINUTES")),
        "OTP_MAX_TRIES": int(_env("OTP_MAX_TRIES")),
        "MAX_CONTENT_LENGTH": int(_env("MAX_CONTENT_LENGTH")),
        "ATTACHMENT_MAX_BYTES": int(_env("ATTACHMENT_MAX_BYTES")),
        "ATTACHMENT_STORE": _env("ATTACHMENT_STORE"),
        "ATTACHMENT_DIR": _env("ATTACHMENT_DIR"),
        "SEEDS_DIR": _env("SEEDS_DIR"),
        "SEED_FARMERS": int(_env("SEED_FARMERS")),
        "MODELS_DIR": _env("MODELS_DIR"),
        "POLICY_APPROVE_PD": _env("POLICY_APPROVE_PD"),
        "POLICY_DECLINE_PD": _env("POLICY_DECLINE_PD"),
        "DRIFT_WINDOW": int(_env("DRIFT_WINDOW")),
        "PAYMENTS_PROVIDER": _env("PAYMENTS_PROVIDER"),
        "SMS_TRANSPORT": _env("SMS_TRANSPORT"),
        "SMS_MAX_ATTEMPTS": int(_env("SMS_MAX_ATTEMPTS")),
        "SMS_RETRY_SECONDS": int(_env("SMS_RETRY_SECONDS")),
        "TWILIO_ACCOUNT_SID": _env("TWILIO_ACCOUNT_SID"),
        "TWILIO_AUTH_TOKEN": _env("TWILIO_AUTH_TOKEN"),
        "TWILIO_FROM": _env("TWILIO_FROM"),
        "TWILIO_MESSAGING_SERVICE_SID": _env("TWILIO_MESSAGING_SERVICE_SID"),
        "TWILIO_API_BASE": _env("TWILIO_API_BASE"),
        "PUBLIC_BASE_URL": _env("PUBLIC_BASE_URL"),
        "WECHAT_APPID": _env("WECHAT_APPID"),
        "WECHAT_SECRET": _env("WECHAT_SECRET"),
        "WECHAT_API_BASE": _env("WECHAT_API_BASE"),
        "WECHATPAY_MCHID": _env("WECHATPAY_MCHID"),
        "WECHATPAY_APPID": _env("WECHATPAY_APPID"),
        "WECHATPAY_CERT_SERIAL": _env("WECHATPAY_CERT_SERIAL"),
        "WECHATPAY_PRIVATE_KEY": _env("WECHATPAY_PRIVATE_KEY"),
        "WECHATPAY_APIV3_KEY": _env("WECHATPAY_APIV3_KEY"),
        "WECHATPAY_PLATFORM_PUBLIC_KEY": _env("WECHATPAY_PLATFORM_PUBLIC_KEY"),
        "WECHATPAY_PLATFORM_SERIAL": _env("WECHATPAY_PLATFORM_SERIAL"),
        "WECHATPAY_API_BASE": _env("WECHATPAY_API_BASE"),
        "RECEIPT_TOLERANCE_SHARE": _env("RECEIPT_TOLERANCE_SHARE"),
        "OFFER_VALID_DAYS": int(_env("OFFER_VALID_DAYS")),
        "MOBILE_MONEY_CALLBACK_TOKEN": _env("MOBILE_MONEY_CALLBACK_TOKEN"),
        "LOG_LEVEL": _env("LOG_LEVEL"),
        "PII_KEY": _env("PII_KEY") or development_key("pii_key", lambda: "dev1:" + _new_key()),
        "PII_INDEX_KEY": _env("PII_INDEX_KEY") or development_key("pii_index_key"),
        "REDIS_URL": _env("REDIS_URL"),
        "RATE_LIMIT_IP": _env("RATE_LIMIT_IP"),
        "RATE_LIMIT_SIGN_IN": _env("RATE_LIMIT_SIGN_IN"),
        "RATE_LIMIT_AGENT": _env("RATE_LIMIT_AGENT"),
        "CORS_ORIGINS": [origin.strip() for origin in _env("CORS_ORIGINS").split(",") if origin.strip()],
        "RISK_APPLICATIONS_PER_HOUR": int(_env("RISK_APPLICATIONS_PER_HOUR")),
        "RISK_REPAYMENTS_PER_HOUR": int(_env("RISK_REPAYMENTS_PER_HOUR")),
        "RISK_AGENT_DISTANCE_KM": float(_env("RISK_AGENT_DISTANCE_KM")),
        "RISK_NEAR_LIMIT_SHARE": _env("RISK_NEAR_LIMIT_SHARE"),
        "RISK_NEAR_LIMIT_COUNT": int(_env("RISK_NEAR_LIMIT_COUNT")),
        "SYNC_BACKLOG_DAYS": int(_env("SYNC_BACKLOG_DAYS")),
        "SYNC_CURSOR_DAYS": int(_env("SYNC_CURSOR_DAYS")),
        "USSD_ALLOWED_NETWORKS": [n.strip() for n in _env("USSD_ALLOWED_NETWORKS").split(",") if n.strip()],
        "USSD_SECRET_PATH": _env("USSD_SECRET_PATH"),
        "USSD_MAX_CHARS": int(_env("USSD_MAX_CHARS")),
        "OFFER_SIGNING_KEYS": _env("OFFER_SIGNING_KEYS")
        or development_key("offer_signing_keys", lambda: "dev1:" + _new_key()),
        "SYNC_OFFER_DAYS": int(_env("SYNC_OFFER_DAYS")),
        # flask-smorest / OpenAPI
        "API_TITLE": "agrilend",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/api",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_SWAGGER_UI_PATH": "/docs",
        "OPENAPI_SWAGGER_UI_URL": "/api/docs/static/",
        "JSON_SORT_KEYS": False,
    }
    config.update(overrides or {})
    return config


@dataclasses.dataclass(frozen=True)
class Settings:
    """What the use cases read of the settings, typed. Built from the app's config for each unit of work (so a setting
    changed on a running app takes effect on the next request) and carried by the database session
    (`services.unit_of_work.settings_of`); services never read Flask's config."""

    lender_tz: str = SETTINGS["LENDER_TZ"][0]
    secret_key: str = ""
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    otp_minutes: int = 5
    otp_max_tries: int = 5
    attachment_max_bytes: int = int(SETTINGS["ATTACHMENT_MAX_BYTES"][0])
    attachment_store: str = SETTINGS["ATTACHMENT_STORE"][0]
    attachment_dir: str = SETTINGS["ATTACHMENT_DIR"][0]
    seeds_dir: str = SETTINGS["SEEDS_DIR"][0]
    seed_farmers: int = 200
    models_dir: str = SETTINGS["MODELS_DIR"][0]
    policy_approve_pd: Decimal = Decimal(SETTINGS["POLICY_APPROVE_PD"][0])
    policy_decline_pd: Decimal = Decimal(SETTINGS["POLICY_DECLINE_PD"][0])
    drift_window: int = 1000
    payments_provider: str = "sandbox"
    receipt_tolerance_share: Decimal = Decimal(SETTINGS["RECEIPT_TOLERANCE_SHARE"][0])
    offer_valid_days: int = 30
    risk_applications_per_hour: int = 3
    risk_repayments_per_hour: int = 10
    risk_agent_distance_km: float = 25.0
    risk_near_limit_share: Decimal = Decimal(SETTINGS["RISK_NEAR_LIMIT_SHARE"][0])
    risk_near_limit_count: int = 3
    sync_backlog_days: int = 14
    sync_cursor_days: int = 30
    offer_signing_keys: str = ""  # OFFER_SIGNING_KEYS; empty: offline offers can be neither signed nor verified
    sync_offer_days: int = 7
    sms_transport: str = SETTINGS["SMS_TRANSPORT"][0]
    sms_max_attempts: int = int(SETTINGS["SMS_MAX_ATTEMPTS"][0])
    sms_retry_seconds: int = int(SETTINGS["SMS_RETRY_SECONDS"][0])
    twilio_account_sid: str = ""
    twilio_auth_token: str = dataclasses.field(default="", repr=False)
    twilio_from: str = ""
    twilio_messaging_service_sid: str = ""
    twilio_api_base: str = ""  # empty: Twilio's own API
    public_base_url: str = ""

    @classmethod
    def from_config(cls, config: Mapping) -> Settings:
        """From a Flask-style config mapping (upper-case names, as `load` returns); absent names keep the defaults."""
        values = {}
        for field in dataclasses.fields(cls):
            name = field.name.upper()
            if name in config and config[name] is not None:
                kind = type(field.default)
                values[field.name] = Decimal(str(config[name])) if kind is Decimal else kind(config[name])
        return cls(**values)
