"""The app as it is served: gunicorn on 127.0.0.1, real HTTP, Swagger UI and an OpenAPI document naming every route
(tests/browser renders the docs page in a real browser)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

import pytest

from tests.served import served_on_its_own_database


def _get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("Content-Type", "")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The app as `make run` serves it, one worker, on a database of its own."""
    with served_on_its_own_database(tmp_path_factory.mktemp("served")) as base:
        yield base


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
    served_routes = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), method)
        for rule in rules
        if rule.rule.startswith(("/api/v1", "/healthz", "/readyz"))
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert served_routes and served_routes <= documented


def test_errors_over_real_http_are_problem_json(served):
    status, body, content_type = _get(f"{served}/api/v1/nowhere")
    assert status == 404 and content_type == "application/problem+json"
    assert json.loads(body)["code"] == "not_found"
