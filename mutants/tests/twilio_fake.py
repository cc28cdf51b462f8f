"""A fake of Twilio's REST API for Messages, served over real HTTP on 127.0.0.1 from a thread, so the twilio SDK
(pointed at it with TWILIO_API_BASE) is exercised as it is against Twilio.

POST /2010-04-01/Accounts/{sid}/Messages.json creates a message (To, From or MessagingServiceSid, Body,
StatusCallback) and answers 201 with the message resource (sid "SM" + 32 hex, status "queued", num_segments counted
by the fake itself); GET .../Messages.json lists them newest first, filtered by To, From and DateSent>;
GET .../Messages/{sid}.json fetches one. Basic auth is checked (401, code 20003, otherwise).

Faults: `fail_next(n)` answers the next n requests with 500; `lose_next(n)` creates the next n messages and then
closes the connection without an answer (a crash or a timeout after Twilio accepted); a To in `invalid_numbers` is
refused with 400, code 21211, as Twilio refuses an invalid number.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import json
import re
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "fake-auth-token-0123456789abcdef"
FROM = "+15005550006"
INVALID_NUMBER = "+15005550001"

_MESSAGES = re.compile(r"^/2010-04-01/Accounts/(?P<account>AC\w+)/Messages(?:/(?P<sid>SM\w+))?\.json$")


def _segments(body: str) -> int:
    """Twilio's count, done here independently of lending.channels.gsm: ASCII bodies (the tests' English) as
    GSM-7, anything else as UCS-2 in UTF-16 units."""
    units, single, part = (len(body), 160, 153) if body.isascii() else (len(body.encode("utf-16-le")) // 2, 70, 67)
    return 1 if units <= single else -(-units // part)


@dataclass
class FakeTwilio:
    messages: list[dict] = field(default_factory=list)  # every message created, oldest first
    requests: list[tuple[str, str]] = field(default_factory=list)  # (method, path) of every request
    invalid_numbers: set[str] = field(default_factory=lambda: {INVALID_NUMBER})
    failing: int = 0
    losing: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    base_url: str = ""  # what TWILIO_API_BASE is set to (Served sets it)

    def fail_next(self, count: int) -> None:
        self.failing = count

    def lose_next(self, count: int) -> None:
        self.losing = count

    def created_for(self, body: str) -> int:
        """How many messages with `body` Twilio created (a message sent twice counts 2)."""
        return sum(1 for message in self.messages if message["body"] == body)

    def _create(self, form: dict[str, str]) -> dict:
        now = email.utils.format_datetime(dt.datetime.now(dt.UTC), usegmt=True)
        message = {
            "sid": "SM" + secrets.token_hex(16),
            "account_sid": ACCOUNT_SID,
            "to": form["To"],
            "from": form.get("From"),
            "messaging_service_sid": form.get("MessagingServiceSid"),
            "body": form["Body"],
            "status": "queued",
            "num_segments": str(_segments(form["Body"])),
            "direction": "outbound-api",
            "date_created": now,
            "date_updated": now,
            "date_sent": now,
            "status_callback": form.get("StatusCallback"),
            "error_code": None,
            "error_message": None,
            "price": None,
            "uri": "",
        }
        message["uri"] = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{message['sid']}.json"
        self.messages.append(message)
        return message

    def _listed(self, query: dict[str, str]) -> list[dict]:
        after = query.get("DateSent>")
        since = dt.datetime.strptime(after, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC) if after else None
        found = [
            message
            for message in reversed(self.messages)
            if message["to"] == query.get("To", message["to"])
            and message["from"] == query.get("From", message["from"])
            and (since is None or email.utils.parsedate_to_datetime(message["date_sent"]) >= since)
        ]
        return found[: int(query.get("PageSize", 50))]

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        path, query = urlsplit(handler.path).path, {k: v[0] for k, v in parse_qs(urlsplit(handler.path).query).items()}
        length = int(handler.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(handler.rfile.read(length).decode()).items()}
        with self.lock:
            self.requests.append((handler.command, path))
            match = _MESSAGES.match(path)
            if not match:
                return _answer(handler, 404, {"code": 20404, "message": "The requested resource was not found"})
            expected = "Basic " + base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
            if handler.headers.get("Authorization") != expected or match["account"] != ACCOUNT_SID:
                return _answer(handler, 401, {"code": 20003, "message": "Authenticate", "status": 401})
            if self.failing:
                self.failing -= 1
                return _answer(handler, 500, {"code": 20500, "message": "Internal Server Error", "status": 500})
            if handler.command == "POST" and not match["sid"]:
                if form.get("To") in self.invalid_numbers:
                    message = f"The 'To' number {form['To']} is not a valid phone number."
                    return _answer(handler, 400, {"code": 21211, "message": message, "status": 400})
                created = self._create(form)
                if self.losing:
                    self.losing -= 1
                    handler.close_connection = True  # accepted, and the answer never comes
                    return None
                return _answer(handler, 201, created)
            if handler.command == "GET" and match["sid"]:
                found = [message for message in self.messages if message["sid"] == match["sid"]]
                if not found:
                    return _answer(handler, 404, {"code": 20404, "message": "not found", "status": 404})
                return _answer(handler, 200, found[0])
            if handler.command == "GET":
                page = {"messages": self._listed(query), "next_page_uri": None, "page": 0, "start": 0}
                return _answer(handler, 200, page | {"page_size": 50, "uri": path, "first_page_uri": path})
            return _answer(handler, 405, {"code": 20004, "message": "Method not allowed", "status": 405})


def _answer(handler: BaseHTTPRequestHandler, status: int, payload: dict) -> None:
    body = json.dumps(payload).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeTwilio

    def do_GET(self):  # noqa: N802 (http.server's naming)
        self.fake.handle(self)

    do_POST = do_GET

    def log_message(self, *args) -> None:  # quiet: pytest shows failures, not every request
        pass


class Served:
    """`with Served() as fake:` the fake on an ephemeral port of 127.0.0.1, at `fake.base_url`."""

    def __init__(self) -> None:
        self.fake = FakeTwilio()
        handler = type("Handler", (_Handler,), {"fake": self.fake})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.fake.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeTwilio:
        self.thread.start()
        return self.fake

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
