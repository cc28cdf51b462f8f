"""The app as it is served: gunicorn on 127.0.0.1, real HTTP, Swagger UI and an OpenAPI document naming every route."""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from lending.migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("Content-Type", "")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('served') / 'served.sqlite3'}"
    upgrade(url)
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": "e2e-secret-key-long-enough-for-hs256",
           "LOG_LEVEL": "WARNING"}
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1",
                               "app:app"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if _get(f"{base}/readyz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail(f"server did not start: {server.stderr.read1().decode(errors='replace')}")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_swagger_ui_is_served_without_any_outside_host(served):
    status, body, _ = _get(f"{served}/api/docs")
    assert status == 200 and b"swagger-ui" in body
    assert re.search(rb"https?://(?!127\.0\.0\.1)", body) is None
    assert _get(f"{served}/api/docs/static/swagger-ui-bundle.js")[0] == 200


def test_openapi_lists_every_route_the_app_serves(served):
    from app import create_app

    status, body, _ = _get(f"{served}/api/openapi.json")
    assert status == 200
    documented = {(path, method.upper()) for path, ops in json.loads(body)["paths"].items() for method in ops}
    rules = create_app({"DATABASE_URL": "sqlite://"}).url_map.iter_rules()
    served_routes = {(re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), method)
                     for rule in rules if rule.rule.startswith(("/api/v1", "/healthz", "/readyz"))
                     for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert served_routes and served_routes <= documented


def test_errors_over_real_http_are_problem_json(served):
    status, body, content_type = _get(f"{served}/api/v1/nowhere")
    assert status == 404 and content_type == "application/problem+json"
    assert json.loads(body)["code"] == "not_found"


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium (apt-get install chromium)")
def test_swagger_ui_renders_every_operation_in_headless_chromium_under_its_csp(served):
    """The docs page's Content-Security-Policy allows what Swagger UI needs and nothing else: in a real browser it
    renders one row per operation of the OpenAPI document, and the browser reports no blocked script or style."""
    status, body, _ = _get(f"{served}/api/openapi.json")
    operations = sum(1 for ops in json.loads(body)["paths"].values() for method in ops
                     if method in ("get", "post", "put", "patch", "delete"))
    browser = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--virtual-time-budget=10000",
         "--enable-logging=stderr", "--v=0", "--dump-dom", f"{served}/api/docs"],
        capture_output=True, timeout=120, text=True)
    assert browser.returncode == 0, browser.stderr[-2000:]
    rendered = re.findall(r'class="opblock-summary-path"', browser.stdout)
    assert operations >= 40 and len(rendered) == operations
    assert "Content Security Policy" not in browser.stderr and "Refused to" not in browser.stderr
