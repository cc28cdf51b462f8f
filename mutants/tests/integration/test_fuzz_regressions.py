"""What schemathesis found (tests/e2e/test_schemathesis.py), each pinned by a plain test: the OpenAPI document must
describe the responses the app really sends — status code, content type and body."""

from __future__ import annotations

import re
import uuid

import pytest

from tests.helpers import FARMER, LAND, consent_to_scoring, create_farmer, staff_headers
from tests.integration.test_applications import VILLAGE, apply
from tests.integration.test_loans import disbursed_loan, key, loan_world  # noqa: F401 (a fixture)

PROBLEM_JSON = "application/problem+json"


@pytest.fixture
def spec(client) -> dict:
    return client.get("/api/openapi.json").json


def _resolve(spec: dict, node: dict) -> dict:
    while "$ref" in node:
        target = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def documented(spec: dict, method: str, path: str, response) -> dict:
    """The response the document gives for this status (an error may fall to `default`, a success may not);
    asserts that the content type is listed."""
    responses = spec["paths"][path][method.lower()]["responses"]
    entry = responses.get(str(response.status_code))
    if entry is None and response.status_code >= 400:
        entry = responses.get("default")
    assert entry is not None, f"{method} {path}: {response.status_code} is not documented ({sorted(responses)})"
    content = _resolve(spec, entry).get("content", {})
    assert response.mimetype in content, (
        f"{method} {path} {response.status_code}: {response.mimetype} not in {sorted(content)}"
    )
    return _resolve(spec, content[response.mimetype]["schema"])


def _matches(spec: dict, schema: dict, value) -> list[str]:
    """Enough JSON Schema to compare a problem or a money value with its documentation: type, required, pattern."""
    schema = _resolve(spec, schema)
    python_types = {
        "string": str,
        "integer": int,
        "number": (int, float),
        "object": dict,
        "array": list,
        "boolean": bool,
    }
    if value is None:
        return [] if schema.get("nullable") else [f"null where {schema.get('type')} is documented"]
    kind = schema.get("type")
    if kind and not isinstance(value, python_types[kind]):
        return [f"{value!r} is not {kind}"]
    if kind == "string" and "pattern" in schema and not re.search(schema["pattern"], value):
        return [f"{value!r} does not match {schema['pattern']}"]
    problems = []
    if kind == "object":
        problems += [f"missing {name}" for name in schema.get("required", []) if name not in value]
        for name, item in value.items():
            if name in schema.get("properties", {}):
                problems += [f"{name}: {p}" for p in _matches(spec, schema["properties"][name], item)]
            elif isinstance(schema.get("additionalProperties"), dict):
                problems += [f"{name}: {p}" for p in _matches(spec, schema["additionalProperties"], item)]
    if kind == "array":
        for index, item in enumerate(value):
            problems += [f"[{index}]: {p}" for p in _matches(spec, schema.get("items", {}), item)]
    return problems


# --------------------------------------------------------------------------------------------------------------
# Bug: errors were documented as flask-smorest's {code: integer, status: string} in application/json, but the app
# sends problem JSON {code: string, status: integer, message, errors} as application/problem+json (errors.py).


def test_an_error_is_sent_as_the_document_describes_it(client, spec):
    response = client.get(f"/api/v1/loans/{uuid.uuid4()}")  # not signed in: 401
    assert response.status_code == 401 and response.mimetype == PROBLEM_JSON
    schema = documented(spec, "GET", "/api/v1/loans/{loan_id}", response)
    assert _matches(spec, schema, response.json) == []


def test_a_422_is_sent_as_the_document_describes_it(app, client, spec):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    farmer = create_farmer(client, agent)
    response = client.post(
        f"/api/v1/farmers/{farmer['id']}/land-transfers", json={**LAND, "area_mu": "-1"}, headers=agent
    )
    assert response.status_code == 422 and "area_mu" in response.json["errors"]
    schema = documented(spec, "POST", "/api/v1/farmers/{farmer_id}/land-transfers", response)
    assert _matches(spec, schema, response.json) == []


# --------------------------------------------------------------------------------------------------------------
# Bug: money and rates are sent as strings ("1500.00", DESIGN.md §4) but were documented as numbers, with bounds
# written as strings ("minimum": "0.00", which JSON Schema does not allow).


def test_no_bound_in_the_document_is_a_string(spec):
    def walk(node, where):
        if isinstance(node, dict):
            for bound in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
                if bound in node:
                    assert isinstance(node[bound], (int, float)), f"{where}: {bound} = {node[bound]!r}"
            for name, child in node.items():
                walk(child, f"{where}.{name}")
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, f"{where}[{index}]")

    walk(spec, "")


def test_an_offer_and_a_loan_are_sent_as_the_document_describes_them(client, spec, loan_world):
    url = f"/api/v1/applications/{loan_world['application']['id']}/offer"
    offer = client.get(url, headers=loan_world["agent"])
    assert offer.status_code == 200 and offer.json["apr"] == str(offer.json["apr"])
    assert (
        _matches(spec, documented(spec, "GET", "/api/v1/applications/{application_id}/offer", offer), offer.json) == []
    )
    loan = disbursed_loan(client, loan_world)
    response = client.get(f"/api/v1/loans/{loan['id']}", headers=loan_world["agent"])
    assert _matches(spec, documented(spec, "GET", "/api/v1/loans/{loan_id}", response), response.json) == []
    summary = client.get("/api/v1/portfolio/summary", headers=loan_world["officer"])
    assert _matches(spec, documented(spec, "GET", "/api/v1/portfolio/summary", summary), summary.json) == []


# --------------------------------------------------------------------------------------------------------------
# Bug: a harmless repeat (the same consent, record, application or repayment again) answers 200 with the stored
# object, but only 201 was documented.


def test_granting_the_same_consent_again_is_a_documented_200(app, client, spec):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    farmer = create_farmer(client, agent)
    consent_to_scoring(client, agent, farmer["id"])
    again = client.post(
        f"/api/v1/farmers/{farmer['id']}/consents",
        json={"purpose": "credit_scoring", "text_version": "2026-11"},
        headers=agent,
    )
    assert again.status_code == 200
    schema = documented(spec, "POST", "/api/v1/farmers/{farmer_id}/consents", again)
    assert _matches(spec, schema, again.json) == []


def test_a_record_sent_again_with_its_id_is_a_documented_200(app, client, spec):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    farmer = create_farmer(client, agent)
    url, body = f"/api/v1/farmers/{farmer['id']}/land-transfers", {**LAND, "id": str(uuid.uuid4())}
    assert client.post(url, json=body, headers=agent).status_code == 201
    again = client.post(url, json=body, headers=agent)
    assert again.status_code == 200
    assert (
        _matches(spec, documented(spec, "POST", "/api/v1/farmers/{farmer_id}/land-transfers", again), again.json) == []
    )


def test_an_application_sent_again_with_its_id_is_a_documented_200(client, spec, loan_world):
    agent, farmer_id = loan_world["agent"], loan_world["farmer"]["id"]
    application_id = str(uuid.uuid4())
    assert apply(client, agent, farmer_id, id=application_id).status_code == 201
    again = apply(client, agent, farmer_id, id=application_id)
    assert again.status_code == 200
    assert _matches(spec, documented(spec, "POST", "/api/v1/applications", again), again.json) == []


def test_a_repayment_with_a_known_external_ref_is_a_documented_200(client, spec, loan_world):
    loan = disbursed_loan(client, loan_world)
    url, body = f"/api/v1/loans/{loan['id']}/repayments", {"amount": "100.00", "external_ref": "R-42"}
    assert client.post(url, json=body, headers={**loan_world["agent"], **key()}).status_code == 201
    again = client.post(url, json=body, headers={**loan_world["agent"], **key()})  # a new key, the same receipt
    assert again.status_code == 200, again.json
    assert _matches(spec, documented(spec, "POST", "/api/v1/loans/{loan_id}/repayments", again), again.json) == []


# --------------------------------------------------------------------------------------------------------------
# Bug: Idempotency-Key was documented as any 8-100 characters, but the app takes only A-Z a-z 0-9 . _ : - (400
# otherwise): a client following the document could be refused.


def test_the_idempotency_key_is_documented_as_the_app_checks_it(spec):
    from lending.api.idempotency import KEY

    keys = [
        parameter
        for path in spec["paths"].values()
        for operation in path.values()
        if isinstance(operation, dict)
        for parameter in operation.get("parameters", [])
        if parameter.get("name") == "Idempotency-Key"
    ]
    assert len(keys) >= 5 and all(key["schema"].get("pattern") == KEY.pattern for key in keys), keys


def test_a_farmer_sent_again_with_its_id_is_a_documented_200(app, client, spec):
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    farmer = create_farmer(client, agent, id=str(uuid.uuid4()))
    again = client.post("/api/v1/farmers", json={**FARMER, "id": farmer["id"]}, headers=agent)
    assert again.status_code == 200, again.json
    documented(spec, "POST", "/api/v1/farmers", again)


def test_the_farmer_patch_documents_if_match_and_the_documented_forms_are_accepted(app, client, spec):
    import re

    parameters = spec["paths"]["/api/v1/farmers/{farmer_id}"]["patch"].get("parameters", [])
    [if_match] = [p for p in parameters if p.get("in") == "header" and p["name"] == "If-Match"]
    pattern = if_match["schema"]["pattern"]
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    farmer = client.post("/api/v1/farmers", json=FARMER, headers=agent).json
    for n, header in enumerate(('"1"', 'W/"2"', " 3 ")):
        assert re.fullmatch(pattern, header)
        response = client.patch(
            f"/api/v1/farmers/{farmer['id']}", json={"household_size": 5 + n}, headers={**agent, "If-Match": header}
        )
        assert response.status_code == 200 and response.headers["ETag"] == f'"{n + 2}"', response.json
    assert not re.fullmatch(pattern, '"x"')
    stale = client.patch(
        f"/api/v1/farmers/{farmer['id']}", json={"household_size": 9}, headers={**agent, "If-Match": '"1"'}
    )
    assert stale.status_code == 412
