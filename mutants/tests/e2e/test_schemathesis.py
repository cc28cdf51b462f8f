"""schemathesis against /api/openapi.json over real HTTP (issue 5): every operation, signed in as an admin and as a
field agent, on seeded data plus farmers with every kind of object; no 5xx and no response that breaks the
document (status code documented, content type, body, headers).

Bounded for CI: MAX_EXAMPLES derandomized examples per operation and role, valid and invalid (schemathesis's
positive and negative generation), path parameters naming real objects most of the time; no shrinking, no
example database. schemathesis's own pytest plugin (`@schema.parametrize`) does not run under pytest 9 (it sets
`Function._nodeid`), so each operation is a plain pytest test driving schemathesis's strategies and checks."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from werkzeug.serving import make_server

from tests.fake_wechat import FakeWechat
from tests.fake_wechatpay import Keys, merchant_settings
from tests.integration.test_ownership import bearer
from tests.integration.test_tenancy import METHODS, _openapi, _world_in_a_new_database

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MAX_EXAMPLES = 25  # per operation and role: ~50 operations × 2 roles stay well under 3 minutes
CALLBACK_TOKEN = "schemathesis-callback-token"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
ROLES = ("admin", "agent")  # the seeded agent looks after the villages of tenant A


def pytest_generate_tests(metafunc):
    if "operation" in metafunc.fixturenames:
        metafunc.parametrize(
            "operation",
            [
                f"{method.upper()} {path}"
                for path, item in _openapi()["paths"].items()
                for method in item
                if method in METHODS
            ],
        )


def _seeded(role: str) -> dict:
    return next(
        account for account in json.loads((SEEDS / "agents.json").read_text("utf-8")) if account["role"] == role
    )


class Served:
    def __init__(self, base: str, world, tokens: dict[str, str]):
        self.base, self.world, self.tokens = base, world, tokens
        self.schema = schemathesis.openapi.from_url(f"{base}/api/openapi.json")


@pytest.fixture(scope="module")
def served(backend, fresh_database, trained_model_dir):
    """Two tenants' worlds (tests/integration/test_tenancy.py) and the seeded demo data in a database of their own,
    served by werkzeug on a free port of 127.0.0.1 in a thread; WeChat sign-in answered by a fake WeChat API."""
    from lending.extensions import db
    from lending.services import seeding

    worlds = _world_in_a_new_database(backend, fresh_database, trained_model_dir)
    world = next(worlds)
    app = world.app
    app.config["MOBILE_MONEY_CALLBACK_TOKEN"] = CALLBACK_TOKEN
    # a WeChat Pay merchant with keys of its own: the notifications fuzzed are unsigned (401, never a 503); nothing
    # listens at its API, and no order is made (only a borrower orders)
    app.config.update(merchant_settings(Keys(), api_base="http://127.0.0.1:9"))
    wechat = FakeWechat(appid="wx-schemathesis", secret="schemathesis-app-secret").start()  # any code: 40029
    app.config.update(WECHAT_APPID=wechat.appid, WECHAT_SECRET=wechat.secret, WECHAT_API_BASE=wechat.base_url)
    with app.app_context():
        seeding.load(session=db.session, seeds_dir=SEEDS, farmer_count=20)
        db.session.commit()
    tokens = {}
    for role in ROLES:
        account = _seeded(role)
        response = world.client.post(
            "/api/v1/auth/login", json={"phone": account["phone"], "password": account["password"]}
        )
        assert response.status_code == 200, response.json
        tokens[role] = response.json["access_token"]
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{server.server_port}", world, tokens)
    finally:
        server.shutdown()
        thread.join(timeout=10)
        wechat.stop()
        next(worlds, None)


@pytest.mark.parametrize("role", ROLES)
def test_every_operation_answers_within_its_documented_contract(served, operation, role):
    method, path = operation.split(" ", 1)
    api_operation = served.schema[path][method]
    names = [parameter.name for parameter in api_operation.path_parameters]
    real = {name: served.world.a.object_for(name, path) for name in names}
    strategies = [api_operation.as_strategy(mode) for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)]
    if real:  # mostly real objects, so that the code behind the 404 runs too
        strategies = [
            api_operation.as_strategy(mode, path_parameters=real)
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
        ] * 2 + strategies
    headers = {**bearer(served.tokens[role]), "X-Callback-Token": CALLBACK_TOKEN}

    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=st.one_of(strategies))
    def run(case):
        case.call_and_validate(base_url=served.base, headers=headers, checks=CHECKS, timeout=30)

    run()
