"""Farmers: enrolment (a write with an audit row) and reading one farmer, both as a signed-in field agent."""

from __future__ import annotations

import json

from ..client import Client
from ..server import STAFF_PASSWORD, STAFF_PHONE, STAFF_VILLAGE
from .http import HttpScenario, Target

# no phone or national ID: one farmer each (a second enrolment with them is refused), and the create scenario sends
# one body again and again; the decision's farmer gets its own (KYC)
FARMER = {"name": "王建国", "village_code": STAFF_VILLAGE, "birth_year": 1978, "household_size": 4, "language": "zh"}
FARMER_ID_SLOT = "@FARMER_ID@"  # farmer_create.lua puts a fresh farmer_id here in every request


def _signed_in(client: Client) -> dict[str, str]:
    return {"BENCH_TOKEN": client.login(STAFF_PHONE, STAFF_PASSWORD)}


def prepare_create(client: Client) -> Target:
    env = _signed_in(client)
    # one request as the script will send it: a body the API refuses fails here, once, not as thousands of 422s
    client.request("POST", "/api/v1/farmers", {**FARMER, "farmer_id": "B-probe"}, expect=201)
    env["BENCH_BODY"] = json.dumps({**FARMER, "farmer_id": FARMER_ID_SLOT}, ensure_ascii=False)
    return Target("/api/v1/farmers", env)


def prepare_get(client: Client) -> Target:
    env = _signed_in(client)
    farmer = client.request("POST", "/api/v1/farmers", {**FARMER, "farmer_id": "B-read"}, expect=201)
    return Target(f"/api/v1/farmers/{farmer['id']}", env)


FARMER_CREATE = HttpScenario("farmer_create", prepare=prepare_create, script="farmer_create.lua")
FARMER_GET = HttpScenario("farmer_get", prepare=prepare_get, script="signed_in_get.lua")
