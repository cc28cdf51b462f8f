"""Security headers on every response, and CORS for the configured origins only."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from tests.conftest import SECRET
from tests.helpers import staff_headers

API_POLICY = "default-src 'none'; frame-ancestors 'none'"
ALLOWED = "https://app.agrilend.example"


def _assert_secured(response) -> None:
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_json_and_errors_carry_the_security_headers_and_the_strict_policy(client):
    for response in (
        client.get("/healthz"),
        client.get("/api/v1/nowhere"),
        client.get("/api/v1/farmers"),
        client.post("/api/v1/auth/login", data="{", content_type="application/json"),
    ):
        _assert_secured(response)
        assert response.headers["Content-Security-Policy"] == API_POLICY
        assert "Strict-Transport-Security" not in response.headers  # plain HTTP: HSTS would be ignored anyway


def test_hsts_only_when_the_request_came_over_https(client):
    secure = client.get("/healthz", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_nothing_sent_to_a_signed_in_caller_or_carrying_tokens_is_cached(app, client):
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    assert client.get("/api/v1/farmers", headers=headers).headers["Cache-Control"] == "no-store"
    assert client.get("/api/v1/auth/me", headers=headers).headers["Cache-Control"] == "no-store"
    assert (
        client.post("/api/v1/auth/login", json={"phone": "+8613999999999", "password": "x"}).headers["Cache-Control"]
        == "no-store"
    )
    assert "Cache-Control" not in client.get("/healthz").headers


def test_swagger_ui_may_run_its_own_files_and_its_one_inline_script_only(client):
    page = client.get("/api/docs")
    assert page.status_code == 200
    _assert_secured(page)
    policy = dict(part.strip().split(" ", 1) for part in page.headers["Content-Security-Policy"].split(";"))
    inline = re.findall(rb"<script>(.*?)</script>", page.get_data(), re.DOTALL)
    assert len(inline) == 1
    digest = base64.b64encode(hashlib.sha256(inline[0]).digest()).decode()
    assert policy["script-src"] == f"'self' 'sha256-{digest}'"
    assert policy["default-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert policy["connect-src"] == "'self'"  # the OpenAPI document and "Try it out", same origin
    # everything the page loads is ours, under /api/docs/static/ ('self')
    sources = re.findall(rb'(?:src|href)="([^"]+)"', page.get_data())
    assert sources and all(source.startswith(b"/api/docs/static/") for source in sources)
    assert all(client.get(source.decode()).status_code == 200 for source in sources)


@pytest.fixture
def cors_client(app, database_url):
    from app import create_app
    from lending.extensions import db

    application = create_app(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": SECRET,
            "TESTING": True,
            "LOG_LEVEL": "WARNING",
            "CORS_ORIGINS": [ALLOWED],
        }
    )
    yield application.test_client()
    with application.app_context():
        db.engine.dispose()


def _cors_headers(response) -> dict:
    return {name: value for name, value in response.headers.items() if name.startswith("Access-Control-")}


def test_an_allowed_origin_gets_its_origin_echoed(cors_client):
    response = cors_client.get("/api/v1/farmers", headers={"Origin": ALLOWED})
    assert response.status_code == 401  # the answer is refused, but the browser may read why
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
    assert "Origin" in response.headers["Vary"]
    assert "Access-Control-Allow-Credentials" not in response.headers


def test_another_origin_gets_no_cors_header(cors_client):
    response = cors_client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert response.status_code == 200 and _cors_headers(response) == {}
    preflight = cors_client.options(
        "/api/v1/farmers", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert _cors_headers(preflight) == {}


def test_an_allowed_origins_preflight_names_methods_and_headers(cors_client):
    preflight = cors_client.options(
        "/api/v1/farmers",
        headers={
            "Origin": ALLOWED,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
        },
    )
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == ALLOWED
    assert preflight.headers["Access-Control-Allow-Methods"] == "GET, POST"
    assert preflight.headers["Access-Control-Allow-Headers"] == (
        "Authorization, Content-Type, Idempotency-Key, If-Match, X-Agent-Position, X-Device-Id"
    )
    assert int(preflight.headers["Access-Control-Max-Age"]) > 0


def test_without_configured_origins_no_cors_header_at_all(client):
    response = client.get("/healthz", headers={"Origin": ALLOWED})
    assert _cors_headers(response) == {} and "Vary" not in response.headers
