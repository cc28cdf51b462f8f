"""The database down (nothing listening where DATABASE_URL points): every request that needs it is a 503 problem
with Retry-After — never a 500 — and the readiness probe says so; the liveness probe still answers."""

from __future__ import annotations

import socket

import pytest


def _closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then let go)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def down(app):
    from app import create_app

    url = f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/gone?connect_timeout=2"
    return create_app({**app.config, "DATABASE_URL": url}).test_client()


def test_a_request_that_needs_the_database_is_a_503_with_retry_after(down):
    response = down.post("/api/v1/auth/login", json={"phone": "+8613800138000", "password": "whatever-it-is"})
    assert response.status_code == 503, response.get_data(as_text=True)
    assert response.headers["Retry-After"] == "5"
    assert response.content_type == "application/problem+json"
    assert (response.json["status"], response.json["code"]) == (503, "database_unavailable")
    assert down.get("/healthz").status_code == 200
    assert down.get("/readyz").status_code == 503
