"""A stand-in for WeChat's API on 127.0.0.1, over real HTTP: `GET /sns/jscode2session` answers per `js_code` as WeChat
does — an identity for a code it was given (`codes`), an errcode for the codes of ERRCODES, and no answer at all
(until the server stops) for HANG, a 500 page for SERVER_ERROR. Every query it receives is kept (`queries`)."""

from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HANG = "code-hang"
SERVER_ERROR = "code-server-error"  # answered 500 with a page, not JSON
ERRCODES = {
    "code-invalid": (40029, "invalid code"),
    "code-used": (40163, "code been used"),
    "code-quota": (45011, "api minute-quota reach limit"),
    "code-risky": (40226, "high risk user"),
    "code-busy": (-1, "system error"),
    "code-wrong-appid": (40013, "invalid appid"),
}


class FakeWechat:
    def __init__(self, *, appid: str, secret: str):
        self.appid, self.secret = appid, secret
        self.codes: dict[str, dict] = {}  # js_code → {"openid", "session_key", "unionid"?}
        self.queries: list[dict[str, str]] = []
        self.released = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                url = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(url.query))
                fake.queries.append(query)
                if url.path != "/sns/jscode2session":
                    return self._send(404, {"errcode": 404, "errmsg": "not found"})
                code = query.get("js_code", "")
                if code == HANG:
                    fake.released.wait(30)  # the client gives up first; the server's stop releases it
                    return None
                if code == SERVER_ERROR:
                    return self._send(500, "<html>Internal Server Error</html>")
                if (query.get("appid"), query.get("secret")) != (fake.appid, fake.secret):
                    return self._send(200, {"errcode": 40125, "errmsg": "invalid appsecret"})
                if query.get("grant_type") != "authorization_code":
                    return self._send(200, {"errcode": 40002, "errmsg": "invalid grant_type"})
                if code in ERRCODES:
                    errcode, errmsg = ERRCODES[code]
                    return self._send(200, {"errcode": errcode, "errmsg": errmsg})
                if code in fake.codes:
                    return self._send(200, fake.codes[code])
                return self._send(200, {"errcode": 40029, "errmsg": "invalid code"})

            def _send(self, status: int, body: dict | str) -> None:
                raw = (body if isinstance(body, str) else json.dumps(body)).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")  # as WeChat labels its JSON
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, format, *args):  # the suite's output stays quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def identity(self, code: str, *, openid: str, session_key: str, unionid: str | None = None) -> None:
        """Make `code` a good one, answering with this identity."""
        self.codes[code] = {"openid": openid, "session_key": session_key, **({"unionid": unionid} if unionid else {})}

    def start(self) -> FakeWechat:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
