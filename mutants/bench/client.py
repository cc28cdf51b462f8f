"""The few plain HTTP calls scenarios make before the load starts (sign in, create a record to read)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request


class SetupFailed(RuntimeError):
    """A call made while preparing a scenario did not answer as the API documents."""


class Client:
    def __init__(self, base_url: str, *, timeout: float = 30):
        self.base_url = base_url
        self.token: str | None = None
        self.timeout = timeout
        self.headers: dict[str, str] = {}  # sent with every request (an agent app's X-Agent-Position)

    def request(self, method: str, path: str, body: dict | None = None, *, expect: int) -> dict:
        """Send one JSON request; raise SetupFailed unless the status is `expect`."""
        headers = {"Accept": "application/json", **self.headers}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.base_url + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status, payload = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, payload = error.code, error.read()
        if status != expect:
            raise SetupFailed(
                f"{method} {path} answered {status}, expected {expect}: {payload[:500].decode(errors='replace')}"
            )
        return json.loads(payload) if payload else {}

    def login(self, phone: str, password: str) -> str:
        """Sign in as staff; later calls carry the access token."""
        self.token = self.request("POST", "/api/v1/auth/login", {"phone": phone, "password": password}, expect=200)[
            "access_token"
        ]
        return self.token
