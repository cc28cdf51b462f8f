"""The app started as `make run` starts it (lending/serve.py → gunicorn with gunicorn.conf.py), on each backend: real
HTTP, no Server header, several workers sharing one database, and an access log in which no phone or ID number
looked up by query string appears, however the caller wrote or encoded it."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import runpy
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from lending import serve
from tests.conftest import PASSWORD
from tests.helpers import FARMER, make_staff
from tests.served import served_app

PHONE, NATIONAL_ID = FARMER["phone"], FARMER["national_id"]  # +8613800138000, 340123197803011230


def _call(
    url: str, *, method: str = "GET", body: dict | None = None, token: str | None = None
) -> tuple[int, dict, dict]:
    headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {token}"} if token else {})
    request = urllib.request.Request(
        url, method=method, headers=headers, data=json.dumps(body).encode() if body is not None else None
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read() or b"{}")


class Served:
    def __init__(self, base: str, log: Path):
        self.base, self.log = base, log

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


@pytest.fixture(scope="module")
def served(app, database_url, tmp_path_factory):
    """`make run`'s server on this backend's test database, two workers, its output (banner, access log) in a file."""
    log = tmp_path_factory.mktemp("serve") / "server.log"
    with served_app(database_url, log, workers=2) as base:
        yield Served(base, log)


def test_make_run_serves_with_gunicorn_and_no_server_header(served):
    for _ in range(10):  # sync workers, one connection per request: both workers answer some of these
        status, headers, body = _call(f"{served.base}/healthz")
        assert status == 200 and body == {"status": "ok"}
        assert "Server" not in headers and "server" not in {name.lower() for name in headers}
    text = served.log_text()
    assert f"agrilend on {served.base} (gunicorn, 2 workers)" in text
    assert f"API docs (Swagger UI):  {served.base}/api/docs" in text
    assert "Werkzeug" not in text and "development server" not in text


def test_the_served_app_reads_the_same_clock_as_the_test(served):
    """Under `--clock` the server is started on the session's moved clock (tests/clocked_serve.py): the Date header
    each worker writes (gunicorn reads time.time) is the test's own now, to the second, not the machine's."""
    for _ in range(6):  # both workers answer some of these
        _, headers, _ = _call(f"{served.base}/healthz")
        served_at = email.utils.parsedate_to_datetime(headers["Date"])
        assert abs(served_at - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5), (headers["Date"], dt.datetime.now())


def _leaks(logged: str, secret: str) -> list[str]:
    """The runs of five digits of `secret` (or the whole of it) that `logged` shows, separators and encoding undone."""
    plain = re.sub(r"[\s.\-()/]", "", urllib.parse.unquote_plus(logged))
    digits = re.sub(r"\D", "", secret)
    return [digits[i : i + 5] for i in range(len(digits) - 4) if digits[i : i + 5] in plain]


# (query, status): the first four are lookups the Phone and NationalId fields accept and find the farmer by
LOOKUPS = [
    ("phone=%2B86-138-0013-8000", 200),
    ("phone=%2B86%20138%200013%208000", 200),
    ("phone=%2B8613800138000", 200),
    ("national_id=340123197803011230", 200),
    ("phone=%2B86.138.0013.8000", 422),
    ("phone=+86+138+0013+8000", 422),  # `+` in a query string is a space: no E.164 plus left
    ("national_id=340123-19780301-1230", 422),
    ("limit=5&phone=%2B86%20138-0013%208000", 200),
]


def test_phones_and_ids_looked_up_by_query_string_reach_the_access_log_masked(served, app):
    _, staff_phone = make_staff(app, "agent", ["340123104"])
    status, _, tokens = _call(
        f"{served.base}/api/v1/auth/login", method="POST", body={"phone": staff_phone, "password": PASSWORD}
    )
    assert status == 200, tokens
    token = tokens["access_token"]
    status, _, farmer = _call(f"{served.base}/api/v1/farmers", method="POST", body=FARMER, token=token)
    assert status == 201, farmer

    for query, expected in LOOKUPS:
        status, _, page = _call(f"{served.base}/api/v1/farmers?{query}", token=token)
        assert status == expected, (query, page)
        if status == 200:
            assert [item["id"] for item in page["items"]] == [farmer["id"]], query

    time.sleep(0.2)  # gunicorn writes the access line after the response, each worker its own, in any order
    lines = [line for line in served.log_text().splitlines() if "GET /api/v1/farmers?" in line]
    assert len(lines) == len(LOOKUPS), lines
    for query, _ in LOOKUPS:  # each lookup logged, its number starred
        name = query.rsplit("=", 1)[0].split("&")[-1]
        assert any(f"{name}=" in line and "****" in line for line in lines), (query, lines)
    for line in lines:  # the request as logged; not the time, whose digits can spell a run ("18:03:38 +0000")
        request = line.split('"')[1]
        assert request.startswith("GET /api/v1/farmers?"), line
        assert _leaks(request, PHONE) == [] and _leaks(request, NATIONAL_ID) == [], line


@pytest.mark.parametrize(
    "cores, database_url, workers",
    [
        (1, "sqlite:///instance/agrilend.sqlite3", 3),
        (2, "sqlite:///instance/agrilend.sqlite3", 4),  # 5 capped: one SQLite writer
        (8, "sqlite:///instance/agrilend.sqlite3", 4),
        (2, "postgresql+psycopg://db/agrilend", 5),
        (5, "postgresql+psycopg://db/agrilend", 11),
        (6, "postgresql+psycopg://db/agrilend", 12),  # 13 capped
    ],
)
def test_workers_default_to_twice_the_cores_plus_one_capped(cores, database_url, workers):
    settings = runpy.run_path(str(serve.GUNICORN_CONFIG))
    assert settings["default_workers"](cores, database_url) == workers
