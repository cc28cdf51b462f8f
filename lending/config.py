"""Settings from the environment, with defaults that run on one machine with nothing else installed."""
from __future__ import annotations

import os
import secrets
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
    "MAX_CONTENT_LENGTH": ("1048576", "largest request body in bytes (413 beyond)"),
    "SEEDS_DIR": (str(PROJECT_ROOT / "seeds"), "where `flask seed` reads farmers.jsonl, agents.json, products.json"),
    "SEED_FARMERS": ("200", "how many farmers of farmers.jsonl `flask seed` loads"),
    "MODELS_DIR": (str(INSTANCE_DIR / "models"), "where trained model artifacts are written (one directory per version)"),
    "POLICY_APPROVE_PD": ("0.06", "PD below which an application is approved without a person"),
    "POLICY_DECLINE_PD": ("0.15", "PD from which an application is declined; between the two, a credit officer decides"),
    "DRIFT_WINDOW": ("1000", "how many recent decisions the drift report (PSI, CSI) compares with training"),
    "PAYMENTS_PROVIDER": ("sandbox", "who pays loans out: sandbox (answers at once, moves no money)"),
    "MOBILE_MONEY_CALLBACK_TOKEN": (None, "shared secret a mobile-money provider sends in X-Callback-Token; unset = callbacks refused"),
    "LOG_LEVEL": ("INFO", "logging level"),
}


def _env(name: str) -> str | None:
    default, _ = SETTINGS[name]
    return os.environ.get(name, default)


def development_secret_key() -> str:
    """A random key kept in instance/, so that every worker and every restart of a development server agree."""
    path = INSTANCE_DIR / "secret_key"
    if not path.exists():
        INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48))
    return path.read_text().strip()


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
        "SEEDS_DIR": _env("SEEDS_DIR"),
        "SEED_FARMERS": int(_env("SEED_FARMERS")),
        "MODELS_DIR": _env("MODELS_DIR"),
        "POLICY_APPROVE_PD": _env("POLICY_APPROVE_PD"),
        "POLICY_DECLINE_PD": _env("POLICY_DECLINE_PD"),
        "DRIFT_WINDOW": int(_env("DRIFT_WINDOW")),
        "PAYMENTS_PROVIDER": _env("PAYMENTS_PROVIDER"),
        "MOBILE_MONEY_CALLBACK_TOKEN": _env("MOBILE_MONEY_CALLBACK_TOKEN"),
        "LOG_LEVEL": _env("LOG_LEVEL"),
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
