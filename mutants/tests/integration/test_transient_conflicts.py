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
    "orig, status, code",
    [
        (_Driver("deadlock detected", "40P01"), 503, "try_again"),
        (_Driver("could not serialize access", "40001"), 503, "try_again"),
        (_Driver("database is locked"), 503, "try_again"),
        # the database gone: not a conflict to retry at once, but not our fault either (errors.unavailable)
        (_Driver("server closed the connection unexpectedly", "08006"), 503, "database_unavailable"),
        (_Driver("terminating connection due to administrator command", "57P01"), 503, "database_unavailable"),
        (_Driver("canceling statement due to statement timeout", "57014"), 500, "internal_error"),
    ],
)
def test_a_transient_database_conflict_is_a_503_to_retry(database_url, orig, status, code):
    from app import create_app

    application = create_app(
        {"DATABASE_URL": database_url, "SECRET_KEY": SECRET, "LOG_LEVEL": "CRITICAL", "RATELIMIT_ENABLED": False}
    )

    @application.get("/boom")
    def boom():
        raise OperationalError("UPDATE farmers ...", {}, orig)

    response = application.test_client().get("/boom")
    assert response.status_code == status and response.mimetype == "application/problem+json"
    assert response.json["code"] == code
    if status == 503:
        assert response.headers["Retry-After"] == {"try_again": "1", "database_unavailable": "5"}[code]
