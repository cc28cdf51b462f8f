"""Abuse limits: per client address, per signed-in account, and on sign-in per address and per phone; 429 problem
JSON with Retry-After; counters in the database (SQLite, PostgreSQL) or in Redis."""

from __future__ import annotations

import socket
import threading
import time
import uuid

import pytest
from limits.storage import storage_from_string

from tests.conftest import SECRET
from tests.helpers import make_staff, next_phone
from tests.integration.test_ownership import assert_problem

PLENTY = "100000 per minute"
REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def limited_app(app, database_url):
    """Factory: an app of its own on this test's database with the given limits (the shared `app` has none)."""
    from app import create_app
    from lending.extensions import db

    made = []

    def make(**limits):
        config = {
            "DATABASE_URL": database_url,
            "SECRET_KEY": SECRET,
            "TESTING": True,
            "LOG_LEVEL": "WARNING",
            "RATELIMIT_ENABLED": True,
            "RATE_LIMIT_IP": PLENTY,
            "RATE_LIMIT_SIGN_IN": PLENTY,
            "RATE_LIMIT_AGENT": PLENTY,
            **limits,
        }
        made.append(create_app(config))
        return made[-1]

    yield make
    for application in made:
        storage = application.extensions["rate_limits"].storage
        storage.reset()  # a SQLite database's counters live in a file beside it, which no test empties
        if hasattr(storage, "engine"):
            storage.engine.dispose()
        with application.app_context():
            db.engine.dispose()


def _login(client, phone: str, address: str = "127.0.0.1", **headers):
    return client.post(
        "/api/v1/auth/login",
        json={"phone": phone, "password": "not the password"},
        environ_base={"REMOTE_ADDR": address},
        headers=headers,
    )


def _assert_too_many(response, window_seconds: int) -> None:
    problem = assert_problem(response, 429, "too_many_requests")
    assert 1 <= int(response.headers["Retry-After"]) <= window_seconds
    assert problem["errors"] == {}


def test_the_eleventh_sign_in_in_a_minute_from_one_address_is_429_with_retry_after(limited_app):
    client = limited_app(RATE_LIMIT_SIGN_IN="10 per minute; 50 per hour").test_client()
    for _ in range(10):  # a different phone each time: only the address is counted to ten
        assert_problem(_login(client, next_phone()), 401, "invalid_credentials")
    _assert_too_many(_login(client, next_phone()), 60)
    assert _login(client, next_phone(), address="192.0.2.7").status_code == 401  # another address is not held


def test_x_forwarded_for_is_not_trusted_as_the_client_address(limited_app):
    client = limited_app(RATE_LIMIT_SIGN_IN="10 per minute").test_client()
    for n in range(10):
        assert _login(client, next_phone(), **{"X-Forwarded-For": f"198.51.100.{n}"}).status_code == 401
    _assert_too_many(_login(client, next_phone(), **{"X-Forwarded-For": "198.51.100.99"}), 60)


def test_code_checks_for_one_phone_are_limited_whatever_the_address(limited_app):
    client = limited_app(RATE_LIMIT_SIGN_IN="10 per minute").test_client()
    phone = next_phone()
    written_differently = f"{phone[:3]} {phone[3:6]}-{phone[6:10]}-{phone[10:]}"  # the same phone to the API
    for n in range(10):
        response = client.post(
            "/api/v1/auth/otp/verify",
            json={"phone": phone if n % 2 else written_differently, "code": "123456"},
            environ_base={"REMOTE_ADDR": f"192.0.2.{n}"},
            headers={"X-Forwarded-For": f"198.51.100.{n}"},
        )
        assert_problem(response, 401, "invalid_code")
    response = client.post(
        "/api/v1/auth/otp/verify", json={"phone": phone, "code": "123456"}, environ_base={"REMOTE_ADDR": "192.0.2.200"}
    )
    _assert_too_many(response, 60)
    other_phone = client.post(
        "/api/v1/auth/otp/verify",
        json={"phone": next_phone(), "code": "123456"},
        environ_base={"REMOTE_ADDR": "192.0.2.200"},
    )
    assert_problem(other_phone, 401, "invalid_code")


def test_asking_for_codes_and_checking_them_count_together_per_phone(limited_app):
    client = limited_app(RATE_LIMIT_SIGN_IN="3 per minute").test_client()
    phone = next_phone()
    assert (
        client.post("/api/v1/auth/otp", json={"phone": phone}, environ_base={"REMOTE_ADDR": "192.0.2.1"}).status_code
        == 202
    )
    for n in (2, 3):
        assert (
            client.post(
                "/api/v1/auth/otp/verify",
                json={"phone": phone, "code": "000000"},
                environ_base={"REMOTE_ADDR": f"192.0.2.{n}"},
            ).status_code
            == 401
        )
    _assert_too_many(
        client.post("/api/v1/auth/otp", json={"phone": phone}, environ_base={"REMOTE_ADDR": "192.0.2.4"}), 60
    )


def test_every_request_counts_per_address_but_health_checks_are_free(limited_app):
    client = limited_app(RATE_LIMIT_IP="3 per minute").test_client()
    for _ in range(3):
        assert client.get("/api/openapi.json").status_code == 200
    _assert_too_many(client.get("/api/v1/auth/me"), 60)
    for _ in range(5):
        assert client.get("/healthz").status_code == 200 and client.get("/readyz").status_code == 200


def test_a_signed_in_account_is_limited_by_its_token_not_its_address(limited_app):
    application = limited_app(RATE_LIMIT_AGENT="5 per minute")
    client = application.test_client()
    tokens = []
    for _ in range(2):
        _, phone = make_staff(application, "agent", ["340123104"])
        response = client.post("/api/v1/auth/login", json={"phone": phone, "password": "correct horse battery"})
        tokens.append({"Authorization": f"Bearer {response.json['access_token']}"})
    for n in range(5):
        assert (
            client.get("/api/v1/auth/me", headers=tokens[0], environ_base={"REMOTE_ADDR": f"192.0.2.{n}"}).status_code
            == 200
        )
    _assert_too_many(client.get("/api/v1/auth/me", headers=tokens[0], environ_base={"REMOTE_ADDR": "192.0.2.9"}), 60)
    assert client.get("/api/v1/auth/me", headers=tokens[1]).status_code == 200
    # a made-up token names no one: it is counted by its address only, and refused
    assert_problem(client.get("/api/v1/auth/me", headers={"Authorization": "Bearer not.a.token"}), 401)


def test_the_counters_name_no_phone(limited_app):
    from sqlalchemy import select

    from lending.models.sessions import RateLimitCounter

    application = limited_app(RATE_LIMIT_SIGN_IN="10 per minute")
    phone = next_phone()
    _login(application.test_client(), phone)
    from lending.extensions import db

    with application.extensions["rate_limits"].storage.engine.connect() as connection:
        stored_keys = set(connection.scalars(select(RateLimitCounter.key)))
    with application.app_context():  # the failed sign-in's audit minute (auth) is in the app's database
        stored_keys |= set(db.session.scalars(select(RateLimitCounter.key)))
    # (on SQLite the limiter's counters have a file of their own; on PostgreSQL they share the app's table)
    keys = sorted(stored_keys)
    assert len([key for key in keys if key.startswith("LIMITER/")]) == 3  # by address, sign-in by address and phone
    assert len([key for key in keys if key.startswith("audit:sign_in_failed:")]) == 1 and len(keys) == 4
    assert not any(phone in key or phone[1:] in key for key in keys)


# --- the database storage, on SQLite and PostgreSQL -------------------------------------------------------------


@pytest.fixture
def database_storage(app):
    from lending.extensions import db
    from lending.http import limit_storage  # noqa: F401 -- registers database://

    with app.app_context():
        yield storage_from_string("database://", engine=db.engine)


def test_database_storage_counts_in_a_fixed_window_and_starts_again_when_it_ends(database_storage):
    key = f"test/{uuid.uuid4().hex}"
    assert database_storage.get(key) == 0
    assert [database_storage.incr(key, 2) for _ in range(3)] == [1, 2, 3]
    assert database_storage.incr(key, 2, amount=4) == 7
    assert database_storage.get(key) == 7
    assert time.time() < database_storage.get_expiry(key) <= time.time() + 2
    time.sleep(2.1)
    assert database_storage.get(key) == 0
    assert database_storage.incr(key, 2) == 1  # the window ended: the count starts again
    database_storage.clear(key)
    assert database_storage.get(key) == 0
    assert database_storage.check() is True


def test_database_storage_counts_every_increment_of_eight_threads(database_storage):
    key = f"test/{uuid.uuid4().hex}"
    results: list[int] = []

    def hit():
        for _ in range(25):
            results.append(database_storage.incr(key, 60))

    threads = [threading.Thread(target=hit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert database_storage.get(key) == 200
    assert sorted(results) == list(range(1, 201))  # each increment saw its own count: none lost, none twice
    assert database_storage.reset() == 1


# --- Redis, when REDIS_URL is set ---------------------------------------------------------------------------------


def _redis_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def test_redis_storage_limits_sign_in_and_keeps_its_counters_in_redis(limited_app):
    if not _redis_reachable():
        pytest.skip("no Redis on 127.0.0.1:6379")
    import redis

    prefix = f"agrilend-test-{uuid.uuid4().hex[:8]}"  # other test runs may share this Redis
    application = limited_app(REDIS_URL=REDIS_URL, RATELIMIT_KEY_PREFIX=prefix, RATE_LIMIT_SIGN_IN="10 per minute")
    client = application.test_client()
    server = redis.Redis.from_url(REDIS_URL)
    try:
        for _ in range(10):
            assert _login(client, next_phone(), address="192.0.2.50").status_code == 401
        _assert_too_many(_login(client, next_phone(), address="192.0.2.50"), 60)
        keys = {key.decode() for key in server.scan_iter(f"LIMITS:LIMITER/{prefix}/*")}
        assert any("/address:192.0.2.50/sign_in/10/1/minute" in key for key in keys), keys
        assert int(server.get(f"LIMITS:LIMITER/{prefix}/address:192.0.2.50/sign_in/10/1/minute")) == 11
    finally:
        for key in server.scan_iter(f"LIMITS:LIMITER/{prefix}/*"):
            server.delete(key)
