"""Where the embedded limiter counts (lending/security/limit_storage.py): on SQLite in a file of its own beside the
app's database, so that counting never waits for, or holds up, the app's single writer; on PostgreSQL in the app's
database. Either way every worker of the host counts together: a limit holds whichever worker answers."""

from __future__ import annotations

import multiprocessing
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from lending.http import limit_storage
from lending.models.sessions import RateLimitCounter
from tests.conftest import SECRET
from tests.helpers import next_phone


@pytest.mark.parametrize(
    "database_url, counters",
    [
        ("sqlite:////srv/agrilend/instance/agrilend.sqlite3", "/srv/agrilend/instance/agrilend.rate-limits.sqlite3"),
        ("sqlite:///relative/bench.sqlite3", "relative/bench.rate-limits.sqlite3"),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
        ("postgresql+psycopg://postgres@127.0.0.1:5432/agrilend", None),
    ],
)
def test_sqlite_counters_live_in_a_file_beside_the_database(database_url, counters):
    path = limit_storage.counters_path(database_url)
    assert (str(path) if path else None) == counters


@pytest.fixture
def two_workers(app, database_url):
    """Two apps on this test's database, each with its own engines and limiter, as two gunicorn workers have."""
    from app import create_app
    from lending.extensions import db

    config = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": SECRET,
        "TESTING": True,
        "LOG_LEVEL": "WARNING",
        "RATELIMIT_ENABLED": True,
        "RATE_LIMIT_IP": "100000 per minute",
        "RATE_LIMIT_AGENT": "100000 per minute",
        "RATE_LIMIT_SIGN_IN": "10 per minute",
    }
    workers = [create_app(config), create_app(config)]
    yield workers
    workers[0].extensions["rate_limits"].storage.reset()
    for worker in workers:
        with worker.app_context():
            storage = worker.extensions["rate_limits"].storage
            if storage.engine is not db.engine:
                storage.engine.dispose()
            db.engine.dispose()


def test_a_limit_holds_across_workers_and_sqlite_counts_outside_the_app_database(two_workers, session, database_url):
    clients = [worker.test_client() for worker in two_workers]
    address = f"192.0.2.{uuid.uuid4().int % 250 + 1}"
    for attempt in range(10):  # the workers take turns: five each, ten in all
        response = clients[attempt % 2].post(
            "/api/v1/auth/login",
            json={"phone": next_phone(), "password": "x" * 8},
            environ_base={"REMOTE_ADDR": address},
        )
        assert response.status_code == 401
    for client in clients:  # the eleventh, and after it every one, whichever worker answers
        response = client.post(
            "/api/v1/auth/login",
            json={"phone": next_phone(), "password": "x" * 8},
            environ_base={"REMOTE_ADDR": address},
        )
        assert response.status_code == 429
    # the limiter's counters only (the app's own table also counts failed sign-ins per phone for the audit log)
    in_app_database = session.scalar(
        select(func.count()).select_from(RateLimitCounter).where(RateLimitCounter.key.like("LIMITER/%"))
    )
    storage = two_workers[0].extensions["rate_limits"].storage
    with storage.engine.connect() as connection:
        counted = dict(connection.execute(select(RateLimitCounter.key, RateLimitCounter.count)).all())
    assert counted[f"LIMITER/address:{address}/sign_in/10/1/minute"] == 12
    if make_url(database_url).get_backend_name() == "sqlite":
        assert in_app_database == 0
        assert Path(storage.engine.url.database) == limit_storage.counters_path(database_url)
    else:
        # PostgreSQL: the app's database, shared by every host
        assert in_app_database == len([key for key in counted if key.startswith("LIMITER/")])


def _count(path: str, key: str, hits: int, results) -> None:
    storage = limit_storage.DatabaseStorage(engine=limit_storage.sqlite_counters_engine(Path(path)))
    results.put([storage.incr(key, 60) for _ in range(hits)])


def test_workers_counting_in_one_sqlite_counters_file_lose_no_increment(tmp_path):
    context = multiprocessing.get_context("fork")
    results, path, key = context.Queue(), str(tmp_path / "app.rate-limits.sqlite3"), "address:192.0.2.1"
    workers = [context.Process(target=_count, args=(path, key, 25, results)) for _ in range(4)]
    for worker in workers:
        worker.start()
    seen = sorted(count for _ in workers for count in results.get(timeout=60))
    for worker in workers:
        worker.join(timeout=30)
    assert seen == list(range(1, 101))  # each increment saw its own count: none lost, none twice
