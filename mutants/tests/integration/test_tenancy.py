"""Broken object-level authorization, generated from the OpenAPI document (issue 5, OWASP API1): every operation
on a path with a path parameter, called with tenant A's object ids by agent B and by borrower B, is a 404 or a
403 — never a success, never a 5xx, never a 422 (the body is valid: ownership must not hide behind validation) —
and changes nothing. A route added later is covered without editing this file; a path parameter the world below
cannot fill fails the test and says what to add.

Officers and admins see every farmer by design (DESIGN.md §9): the tenants are agents and borrowers."""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import uuid
from decimal import Decimal

import pytest

from lending.migrate import upgrade
from tests.conftest import SECRET
from tests.helpers import (
    EQUIPMENT,
    LAND,
    SALE,
    load_products,
    load_villages,
    make_staff,
    receipt,
    stored,
    village_position,
)
from tests.integration.test_applications import apply, steady_farmer
from tests.integration.test_loans import disbursed_loan, key
from tests.integration.test_ownership import VILLAGE_A, VILLAGE_B, _token, bearer, borrower_tokens

METHODS = ("get", "put", "post", "patch", "delete")
CALLERS = {
    "agent B": "agent",
    "borrower B": "borrower",
    # B's own parent object with A's child object (A's record under B's farmer, A's transaction under B's loan):
    # a child must be looked up through its parent, not by its id alone.
    "agent B, own parent": "agent",
}
# What the generator sends for string formats and for named fields it cannot satisfy from the schema alone.
FORMATS = {
    "date": "2024-01-15",
    "date-time": "2024-01-15T08:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000001",
    "email": "nobody@example.com",
    "decimal": "1.00",
    "phone": "+8613900000001",
    "e164": "+8613900000001",
}
LATER_DATE = "2030-02-28"  # for fields named *end*: after every start date above
PATTERN_CANDIDATES = ("rice", "v1", "340123104", "340123197803011230", "+8613900000001", "A", "1")


# --------------------------------------------------------------------------------------------------------------
# The operations, read from the app's own OpenAPI document


def _openapi() -> dict:
    """The OpenAPI document as clients get it (GET /api/openapi.json); no database is touched."""
    from app import create_app

    application = create_app(
        {"DATABASE_URL": "sqlite://", "SECRET_KEY": SECRET, "TESTING": True, "LOG_LEVEL": "WARNING"}
    )
    response = application.test_client().get("/api/openapi.json")
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return response.json


# Operations whose path names bytes, not anyone's object: whoever has the bytes may send them (an upload under their
# SHA-256, tests/integration/test_attachments.py); reading them back is checked here.
CONTENT_ADDRESSED = {("PUT", "/api/v1/attachments/{sha256}")}


def object_operations(spec: dict) -> list[tuple[str, str]]:
    """(METHOD, path) of every operation on a path with a path parameter."""
    return [
        (method.upper(), path)
        for path, item in spec["paths"].items()
        if "{" in path
        for method in item
        if method in METHODS and (method.upper(), path) not in CONTENT_ADDRESSED
    ]


def pytest_generate_tests(metafunc):
    if "operation" not in metafunc.fixturenames:
        return
    spec = _openapi()
    params = [
        pytest.param((method, path, caller), id=f"{method} {path} as {caller}")
        for method, path in object_operations(spec)
        for caller in CALLERS
        if caller != "agent B, own parent" or path.count("{") > 1
    ]
    metafunc.parametrize("operation", params)


# --------------------------------------------------------------------------------------------------------------
# A request body from the operation's schema: required fields, enums' first value, formats, bounds


def _resolve(spec: dict, schema: dict) -> dict:
    while "$ref" in schema:
        node = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    if "allOf" in schema:
        merged: dict = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = _resolve(spec, part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return _resolve(spec, schema[combinator][0])
    return schema


def _number(schema: dict) -> Decimal:
    low = Decimal(str(schema.get("minimum", 1)))
    high = Decimal(str(schema.get("maximum", 10**9)))
    return min(max(Decimal(1), low + (1 if schema.get("exclusiveMinimum") else 0)), high)


def example_of(spec: dict, schema: dict, name: str = ""):
    """A small deterministic valid value for `schema` (only the required fields of objects)."""
    schema = _resolve(spec, schema)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type") or ("object" if "properties" in schema else "string")
    if kind == "object":
        properties = schema.get("properties", {})
        # A change (PATCH) requires nothing but refuses an empty body: then send the first field that may be sent.
        fields = (
            schema.get("required")
            or [field for field, value in properties.items() if not _resolve(spec, value).get("readOnly")][:1]
        )
        return {field: example_of(spec, properties.get(field, {}), field) for field in fields}
    if kind == "array":
        return [example_of(spec, schema.get("items", {}), name) for _ in range(schema.get("minItems", 0))]
    if kind == "boolean":
        return True
    if kind == "integer":
        return int(_number(schema))
    if kind == "number":
        return str(_number(schema).quantize(Decimal("0.01")))  # amounts travel as strings (DESIGN.md §4)
    return _string(schema, name)


def _string(schema: dict, name: str) -> str:
    fmt = (schema.get("format") or "").lower()
    if fmt == "date" and "end" in name:
        return LATER_DATE
    if fmt in FORMATS:
        return FORMATS[fmt]
    if "phone" in name:
        return FORMATS["phone"]
    if "pattern" in schema:
        for candidate in PATTERN_CANDIDATES:
            if re.search(schema["pattern"], candidate):
                return candidate
        pytest.fail(
            f"the body generator has no string matching {schema['pattern']!r} (field {name!r}): "
            f"add one to PATTERN_CANDIDATES in {__name__}"
        )
    return "tenancy check"[: schema.get("maxLength", 100)].ljust(schema.get("minLength", 0), "x")


def request_for(spec: dict, method: str, path: str) -> dict:
    """Body, headers and query a valid call of the operation needs (other than its path parameters)."""
    item = spec["paths"][path]
    operation = item[method.lower()]
    headers = {"If-Match": '"1"'} if method in ("PUT", "PATCH", "DELETE") else {}
    query = {}
    for parameter in item.get("parameters", []) + operation.get("parameters", []):
        parameter = _resolve(spec, parameter)
        if parameter["in"] == "header" and parameter["name"].lower() == "idempotency-key":
            headers["Idempotency-Key"] = f"tenancy-{uuid.uuid4()}"
        elif parameter["in"] == "header" and parameter.get("required"):
            headers[parameter["name"]] = str(example_of(spec, parameter.get("schema", {}), parameter["name"]))
        elif parameter["in"] == "query" and parameter.get("required"):
            query[parameter["name"]] = example_of(spec, parameter.get("schema", {}), parameter["name"])
    body = None
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        body = example_of(spec, content["application/json"].get("schema", {}))
    return {"json": body, "headers": headers, "query_string": query}


# --------------------------------------------------------------------------------------------------------------
# Two tenants, each with one object of every kind


class Tenant:
    """An agent with one farmer who has a record of each kind, a consent, an approved application, a disbursed loan
    with a repayment and a pending restructure request; the farmer signed in as a borrower."""

    def __init__(self, app, client, officer: dict, village: str, phone: str, national_id: str, name: str):
        self.agent_id, _ = make_staff(app, "agent", [village])
        self.agent = {**bearer(_token(self.agent_id, "agent")), "X-Agent-Position": village_position(village)}
        self.farmer = steady_farmer(
            client, self.agent, name=name, phone=phone, national_id=national_id, village_code=village
        )
        base = f"/api/v1/farmers/{self.farmer['id']}"
        photo = f"%PDF-1.4\n% {self.farmer['id']}'s land contract\n%%EOF\n".encode()
        self.attachment = hashlib.sha256(photo).hexdigest()
        uploaded = client.put(f"/api/v1/attachments/{self.attachment}", data=photo, headers=self.agent)
        assert uploaded.status_code == 201, uploaded.json
        self.records = {}
        named = {**LAND, "attachment": self.attachment}
        for kind, body in {"land-transfers": named, "crop-sales": SALE, "equipment-purchases": EQUIPMENT}.items():
            response = client.post(f"{base}/{kind}", json=body, headers=self.agent)
            assert response.status_code == 201, response.json
            self.records[kind] = response.json["id"]
        consents = client.get(f"{base}/consents", headers=self.agent)
        assert consents.status_code == 200 and consents.json, consents.json
        application = apply(client, self.agent, self.farmer["id"], amount="6000.00", term_months=6)
        assert application.status_code == 201 and application.json["status"] == "approved", application.json
        loan = disbursed_loan(client, {"agent": self.agent, "officer": officer, "application": application.json})
        repayment = client.post(
            f"/api/v1/loans/{loan['id']}/repayments", headers={**self.agent, **key()}, json=receipt("500.00")
        )
        assert repayment.status_code == 201, repayment.json
        restructure = client.post(
            f"/api/v1/loans/{loan['id']}/restructures", headers=officer, json={"term_months": 12, "reason": "drought"}
        )
        assert restructure.status_code == 201, restructure.json
        checks = client.get("/api/v1/risk/checks", query_string={"farmer_id": self.farmer["id"]}, headers=officer)
        assert checks.status_code == 200 and checks.json["items"], checks.json  # each application is assessed
        # a device that read the farmer at version 1 changes their phone after someone else changed them: a conflict
        farmer_url = f"/api/v1/farmers/{self.farmer['id']}"
        version = client.get(farmer_url, headers=self.agent).json["version"]
        patched = client.patch(farmer_url, json={"household_size": 5, "version": version}, headers=self.agent)
        assert patched.status_code == 200, patched.json
        stale = {"id": str(uuid.uuid4()), "seq": 1, "type": "farmer.update", "entity_id": self.farmer["id"],
                 "base_version": version, "recorded_at": "2026-11-20T08:30:00+00:00",
                 "payload": {"phone": phone[:-3] + "999"}}  # fmt: skip
        pushed = client.post("/api/v1/sync/push", json={"device_id": f"dev-{name}", "mutations": [stale]},
                             headers=self.agent)  # fmt: skip
        assert pushed.status_code == 200 and pushed.json["results"][0]["status"] == "conflict", pushed.json
        # Path parameter name → this tenant's object: `{name}_id` by convention, `record_id` by the path's kind.
        self.objects = {
            "farmer": self.farmer["id"],
            "consent": consents.json[0]["id"],
            "application": application.json["id"],
            "loan": loan["id"],
            "transaction": repayment.json["id"],
            "restructure": restructure.json["id"],
            "check": checks.json["items"][0]["id"],
            "agent": str(self.agent_id),
            "conflict": pushed.json["results"][0]["conflict_id"],
        }
        self.borrower = bearer(borrower_tokens(app, client, phone)["access_token"])

    def object_for(self, parameter: str, path: str) -> str:
        if parameter == "sha256":
            return self.attachment
        if parameter == "record_id":
            kind = re.search(r"/([a-z-]+)/\{record_id\}", path).group(1)
            if kind in self.records:
                return self.records[kind]
        elif parameter.endswith("_id") and parameter[:-3] in self.objects:
            return self.objects[parameter[:-3]]
        pytest.fail(
            f"{path}: the tenancy world has no object for path parameter {{{parameter}}}. Give each Tenant "
            f"one (Tenant.__init__ in {__name__}: add it to `objects` as '{parameter.removesuffix('_id')}'"
            f", or to `records` for a record kind) so this route's ownership is checked."
        )


class World:
    def __init__(self, app):
        self.app, self.client = app, app.test_client()
        self.spec = self.client.get("/api/openapi.json").json
        load_products(app)
        load_villages(app)
        officer_id, _ = make_staff(app, "officer")
        officer = bearer(_token(officer_id, "officer"))
        self.a = Tenant(app, self.client, officer, VILLAGE_A, "+8613700000101", "340123197803011230", "王建国")
        self.b = Tenant(app, self.client, officer, VILLAGE_B, "+8613700000202", "410100198506151235", "李四")


def _world_in_a_new_database(backend, fresh_database, trained_model_dir):
    from app import create_app
    from lending.domain.actors import SYSTEM
    from lending.extensions import db
    from lending.services import registry

    url = fresh_database(backend)
    upgrade(url)
    attachments = tempfile.mkdtemp(prefix="attachments-")
    app = create_app(
        {
            "DATABASE_URL": url,
            "SECRET_KEY": SECRET,
            "TESTING": True,
            "LOG_LEVEL": "WARNING",
            "POLICY_APPROVE_PD": "0.9",
            "POLICY_DECLINE_PD": "0.95",
            "ATTACHMENT_DIR": attachments,
        }
    )  # approve what the rules allow
    with app.app_context():
        version = registry.register(session=db.session, actor=SYSTEM, path=trained_model_dir)
        registry.promote(session=db.session, actor=SYSTEM, version=version.version)
    yield World(app)
    with app.app_context():
        db.engine.dispose()
    shutil.rmtree(attachments)


@pytest.fixture(scope="module")
def world(backend, fresh_database, trained_model_dir):
    """One world per backend for the whole module, in its own database (building it takes seconds; the calls
    below must not change it, and each test checks that they did not)."""
    yield from _world_in_a_new_database(backend, fresh_database, trained_model_dir)


@pytest.fixture(scope="module")
def owners_world(backend, fresh_database, trained_model_dir):
    """A second world, which the owners' calls below may change."""
    yield from _world_in_a_new_database(backend, fresh_database, trained_model_dir)


def _url(path: str, ids) -> str:
    return re.sub(r"\{(\w+)\}", lambda match: ids(match.group(1)), path)


# --------------------------------------------------------------------------------------------------------------


def test_the_document_has_enough_object_operations_to_mean_something(world):
    operations = object_operations(world.spec)
    assert len(operations) >= 15, operations
    for path in ("/api/v1/farmers/{farmer_id}", "/api/v1/loans/{loan_id}", "/api/v1/applications/{application_id}"):
        assert ("GET", path) in operations, path


def test_every_path_parameter_of_the_document_names_an_object_of_the_world(world):
    for _, path in object_operations(world.spec):
        for parameter in re.findall(r"\{(\w+)\}", path):
            assert world.a.object_for(parameter, path) != world.b.object_for(parameter, path)


def test_another_tenant_gets_404_or_403_and_changes_nothing(world, operation):
    method, path, caller = operation
    a, b = world.a, world.b
    headers = b.agent if CALLERS[caller] == "agent" else b.borrower
    parameters = re.findall(r"\{(\w+)\}", path)
    if caller == "agent B, own parent":
        url = _url(path, lambda p: (a if p == parameters[-1] else b).object_for(p, path))
    else:
        url = _url(path, lambda p, path=path: a.object_for(p, path))
    call = request_for(world.spec, method, path)
    before = stored(world.app)
    response = world.client.open(
        url, method=method, json=call["json"], query_string=call["query_string"], headers={**headers, **call["headers"]}
    )
    text = response.get_data(as_text=True)[:500]
    assert response.status_code in (403, 404), f"{method} {url} as {caller} → {response.status_code}: {text}"
    assert response.json["status"] == response.status_code, text
    assert stored(world.app) == before, f"{method} {url} as {caller} changed the database"
    for value in (a.farmer["name"], a.farmer["phone"]):
        assert value not in text
    # Exactly what an id that exists nowhere gets: B cannot tell that A's object exists.
    if response.status_code == 404:
        nowhere = _url(
            path,
            lambda p: (
                str(uuid.uuid4()) if p == parameters[-1] or caller != "agent B, own parent" else b.object_for(p, path)
            ),
        )
        call = request_for(world.spec, method, path)
        other = world.client.open(
            nowhere,
            method=method,
            json=call["json"],
            query_string=call["query_string"],
            headers={**headers, **call["headers"]},
        )
        assert (other.status_code, other.json["code"]) == (404, response.json["code"]), other.json


def test_the_generated_calls_are_valid_when_the_owner_makes_them(owners_world):
    """The same generated body, headers and ids get past validation for a caller who may see the objects (agent A,
    or a second officer where the role is the point): so the 404s and 403s above are not a bad body in disguise."""
    w, a = owners_world, owners_world.a
    officer_id, _ = make_staff(w.app, "officer")
    officer = bearer(_token(officer_id, "officer"))
    for method, path in object_operations(w.spec):
        url = _url(path, lambda p, path=path: a.object_for(p, path))
        seen = []
        for headers in (a.agent, officer):
            call = request_for(w.spec, method, path)
            response = w.client.open(
                url,
                method=method,
                json=call["json"],
                query_string=call["query_string"],
                headers={**headers, **call["headers"]},
            )
            seen.append((response.status_code, response.json.get("code") if response.status_code >= 400 else ""))
            if response.status_code != 403:
                break
        assert seen[-1][0] not in (404, 422) and seen[-1][0] < 500, (method, path, seen, response.json)
