"""A conflict between concurrent transactions that a retry resolves (a deadlock, a serialisation failure, SQLite's
busy lock) is a 503 `try_again` with Retry-After, never a 500: the transaction was rolled back whole."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from tests.conftest import SECRET


class _Driver(Exception):
    def __init__(self, message: str, sqlstate: str | None = None):
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    "orig, status",
    [
        (_Driver("deadlock detected", "40P01"), 503),
        (_Driver("could not serialize access", "40001"), 503),
        (_Driver("database is locked"), 503),
        (_Driver("server closed the connection unexpectedly", "08006"), 500),
    ],
)
def test_a_transient_database_conflict_is_a_503_to_retry(database_url, orig, status):
    from app import create_app

    application = create_app(
        {"DATABASE_URL": database_url, "SECRET_KEY": SECRET, "LOG_LEVEL": "CRITICAL", "RATELIMIT_ENABLED": False}
    )

    @application.get("/boom")
    def boom():
        raise OperationalError("UPDATE farmers ...", {}, orig)

    response = application.test_client().get("/boom")
    assert response.status_code == status and response.mimetype == "application/problem+json"
    if status == 503:
        assert response.json["code"] == "try_again" and response.headers["Retry-After"] == "1"
