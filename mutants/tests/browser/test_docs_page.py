"""The API docs page in a real browser: Debian's headless chromium against the app served as `make run` serves it.

.ci/run installs chromium; where everything must run (CI=true, or REQUIRE_POSTGRES=1 as CI sets it) a missing
browser fails this test instead of skipping it, as a missing PostgreSQL fails the suite (tests/conftest.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import urllib.request
from pathlib import Path

import pytest

from tests.served import served_on_its_own_database

CHROMIUM = "/usr/bin/chromium"


def _everything_must_run() -> bool:
    return os.environ.get("REQUIRE_POSTGRES") == "1" or os.environ.get("CI", "").lower() in ("1", "true")


@pytest.fixture(scope="module")
def chromium() -> str:
    if not Path(CHROMIUM).exists():
        message = f"needs Debian's chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it)"
        if _everything_must_run():
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with served_on_its_own_database(tmp_path_factory.mktemp("browser")) as base:
        yield base


def test_swagger_ui_renders_every_operation_in_headless_chromium_under_its_csp(chromium, served):
    """The docs page's Content-Security-Policy allows what Swagger UI needs and nothing else: in a real browser it
    renders one row per operation of the OpenAPI document, and the browser reports no blocked script or style."""
    with urllib.request.urlopen(f"{served}/api/openapi.json", timeout=10) as response:
        paths = json.loads(response.read())["paths"]
    operations = sum(
        1 for ops in paths.values() for method in ops if method in ("get", "post", "put", "patch", "delete")
    )
    browser = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--virtual-time-budget=10000",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            f"{served}/api/docs",
        ],
        capture_output=True,
        timeout=120,
        text=True,
    )
    assert browser.returncode == 0, browser.stderr[-2000:]
    rendered = re.findall(r'class="opblock-summary-path"', browser.stdout)
    assert operations >= 40 and len(rendered) == operations
    assert "Content Security Policy" not in browser.stderr and "Refused to" not in browser.stderr
