"""A USSD session's state is shared by every worker (issue #12): two gunicorn servers on one database — and on one
Redis, with REDIS_URL — answer alternate hops of the same conversations over real HTTP, as two workers behind a
load balancer would; the conversation goes on as if one server answered it all."""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.helpers import next_national_id, next_phone
from tests.served import served_app
from tests.ussd_phone import Phone

VILLAGE = "340123104"
REDIS_URL = "redis://127.0.0.1:6379/3"


class Response:
    def __init__(self, status: int, content_type: str, body: bytes):
        self.status_code, self.data = status, body
        self.mimetype = content_type.split(";")[0].strip()

    def get_data(self, as_text: bool = False):
        return self.data.decode() if as_text else self.data

    @property
    def json(self):
        return json.loads(self.data)


class Alternating:
    """An HTTP client that sends each request to the next of `bases` in turn."""

    def __init__(self, bases: list[str]):
        self.bases, self.sent = bases, 0

    def post(self, path: str, *, data: dict | None = None, json: dict | None = None) -> Response:
        base = self.bases[self.sent % len(self.bases)]
        self.sent += 1
        if json is not None:
            body, content_type = _json_bytes(json), "application/json"
        else:
            body, content_type = urllib.parse.urlencode(data).encode(), "application/x-www-form-urlencoded"
        request = urllib.request.Request(f"{base}{path}", data=body, headers={"Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return Response(answer.status, answer.headers["Content-Type"], answer.read())
        except urllib.error.HTTPError as error:
            return Response(error.code, error.headers["Content-Type"], error.read())


def _json_bytes(value) -> bytes:
    return json.dumps(value).encode()


def _redis_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture(params=["database", "redis"])
def store(request) -> dict:
    if request.param == "database":
        return {}
    if not _redis_reachable():
        if os.environ.get("REQUIRE_POSTGRES") == "1":  # CI: the machine's services are all required
            pytest.fail("no Redis on 127.0.0.1:6379")
        pytest.skip("no Redis on 127.0.0.1:6379")
    return {"REDIS_URL": REDIS_URL}


@pytest.mark.parametrize("gateway", ["africastalking", "hubtel"])
def test_two_servers_answer_alternate_hops_of_one_conversation(app, database_url, tmp_path, store, gateway):
    with (
        served_app(database_url, tmp_path / "one.log", workers=1, **store) as one,
        served_app(database_url, tmp_path / "two.log", workers=1, **store) as two,
    ):
        client = Alternating([one, two])
        phone = Phone(client, next_phone(), gateway)
        phone.dial().send("Li Wei", VILLAGE, next_national_id(), "2", "1", "4821", "4821")
        phone.assert_screen("Registered, Li Wei", ends=True)
        phone.dial().send("4821", "6", "3").assert_screen("1 Omba mkopo")  # signed in on one, menu on the other
        # a drop and a resume across the two
        phone.send("5", "4821").hang_up()
        phone.dial().assert_screen("Uliacha kikao bila kumaliza.").send("1", "4821")
        phone.assert_screen("PIN mpya ya tarakimu 4?")
        assert client.sent == 17 + (gateway == "hubtel")  # Hubtel also says when the session timed out
