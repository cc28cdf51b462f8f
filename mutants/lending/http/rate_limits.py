"""Abuse limits (Flask-Limiter, fixed windows): every request per client address (RATE_LIMIT_IP), every request
per signed-in account (RATE_LIMIT_AGENT), and sign-in per client address and per phone (RATE_LIMIT_SIGN_IN), so
that rotating addresses does not help whoever guesses one phone's code or password. /healthz, /readyz, the USSD
gateways' endpoints (one address carrying every farmer's sessions, allow-listed instead) and Twilio's webhooks
(signed instead) are free.

Counters live in Redis when REDIS_URL is set (every host using it counts together), else in a database
(limit_storage.py: PostgreSQL's own, every host of it together; or a SQLite file of their own beside the app's, every
worker of its one host together); should the store fail, each process counts in memory until it is back. The client
address is `request.remote_addr`: X-Forwarded-For is not trusted, since any client can send it. Behind a reverse
proxy, wrap the app in werkzeug's ProxyFix with the number of proxies in front. Apps made for tests (TESTING) have
no limits unless RATELIMIT_ENABLED is set.
"""

from __future__ import annotations

import math
import re
import time

from flask import Flask, current_app, g, request
from flask_limiter import ApplicationLimit, Limiter
from flask_limiter.errors import RateLimitExceeded

from ..errors import Unauthorized
from ..security import tokens
from ..security.pii import blind_index
from . import limit_storage  # also registers the database:// storage with `limits`
from .problems import problem

UNLIMITED_PATHS = frozenset({"/healthz", "/readyz"})
UNLIMITED_PREFIXES = ("/ussd/", "/webhooks/twilio/")
SIGN_IN_PATHS = frozenset(
    {
        "/api/v1/auth/login",
        "/api/v1/auth/otp",
        "/api/v1/auth/otp/verify",
        "/api/v1/auth/wechat",
        "/api/v1/auth/wechat/bind",
    }
)


def client_address() -> str:
    return request.remote_addr or "unknown"


def _signing_in() -> bool:
    return request.method == "POST" and request.path in SIGN_IN_PATHS


def _phone() -> str | None:
    """The phone a sign-in body names, read as the Phone field reads it (spaces and dashes dropped), or None."""
    body = request.get_json(silent=True)  # a broken body is left for the view to refuse
    phone = body.get("phone") if isinstance(body, dict) else None
    return re.sub(r"[\s-]", "", phone) if isinstance(phone, str) else None


def _subject() -> str | None:
    """Whose valid access token this request carries, or None. The signature is checked, so no one can spend
    someone else's allowance by naming them."""
    if "rate_limit_subject" not in g:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        subject = None
        if scheme.lower() == "bearer" and token.strip():
            try:
                subject = str(
                    tokens.read(token.strip(), secret=current_app.config["SECRET_KEY"], kind="access").subject
                )
            except Unauthorized:
                subject = None  # the view answers 401; the address limit still counts it
        g.rate_limit_subject = subject
    return g.rate_limit_subject


def _limits(config) -> list[ApplicationLimit]:
    # keys name what they count (and no PII: a phone is counted by its blind index); scopes keep windows apart
    return [
        ApplicationLimit(config["RATE_LIMIT_IP"], scope="requests", key_function=lambda: f"address:{client_address()}"),
        ApplicationLimit(
            config["RATE_LIMIT_AGENT"],
            scope="requests",
            key_function=lambda: f"account:{_subject()}",
            exempt_when=lambda: _subject() is None,
        ),
        ApplicationLimit(
            config["RATE_LIMIT_SIGN_IN"],
            scope="sign_in",
            key_function=lambda: f"address:{client_address()}",
            exempt_when=lambda: not _signing_in(),
        ),
        ApplicationLimit(
            config["RATE_LIMIT_SIGN_IN"],
            scope="sign_in",
            key_function=lambda: f"phone:{blind_index('phone', _phone())}",
            exempt_when=lambda: not _signing_in() or _phone() is None,
        ),
    ]


def storage(app: Flask) -> tuple[str, dict]:
    """Storage URI and options of the limiter: REDIS_URL; else beside a SQLite file, or in PostgreSQL (see
    limit_storage); in memory for an in-memory SQLite database (one process) or when limits are off."""
    if not app.config["RATELIMIT_ENABLED"]:
        return "memory://", {}
    if app.config.get("REDIS_URL"):
        return app.config["REDIS_URL"], {}
    database_url = app.config["DATABASE_URL"]
    if database_url.startswith("sqlite"):
        path = limit_storage.counters_path(database_url)
        return ("database://", {"engine": limit_storage.sqlite_counters_engine(path)}) if path else ("memory://", {})
    with app.app_context():
        from ..extensions import db

        return "database://", {"engine": db.engine}


def init_app(app: Flask) -> Limiter:
    app.config.setdefault("RATELIMIT_ENABLED", not app.testing)
    uri, options = storage(app)
    limiter = Limiter(
        client_address,
        application_limits=_limits(app.config),
        storage_uri=uri,
        storage_options=options,
        strategy="fixed-window",
        headers_enabled=False,
        in_memory_fallback_enabled=True,
        swallow_errors=True,
    )
    # a USSD gateway is one address carrying every farmer's sessions: allow-listed (ussd/routes.py), not counted;
    # Twilio's few addresses carry every farmer's SMS, each request signed (lending/webhooks/twilio.py)
    limiter.request_filter(lambda: request.path in UNLIMITED_PATHS or request.path.startswith(UNLIMITED_PREFIXES))
    limiter.init_app(app)
    app.extensions["rate_limits"] = limiter
    app.register_error_handler(RateLimitExceeded, _too_many_requests)
    return limiter


def _too_many_requests(error: RateLimitExceeded):
    breached = current_app.extensions["rate_limits"].current_limit
    try:
        retry_after = math.ceil(breached.window.reset_time - time.time())
    except Exception:  # the store went away since it counted: the window's length is a safe answer
        retry_after = error.limit.limit.get_expiry()
    retry_after = max(1, retry_after)
    return problem(
        429,
        "too_many_requests",
        f"Too many requests: at most {error.description}. Retry in {retry_after} seconds.",
        headers={"Retry-After": str(retry_after)},
    )
