"""The online decision: POST /api/v1/applications — history from the database, features, PD, score and reasons,
policy, decision and application stored, audit row — for a farmer with a year of verified records (and, from the
second request on, an open offer: the exposure check and the per-farmer lock are in the path)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from lending.domain.daycount import add_months

from ..client import Client
from ..server import STAFF_VILLAGE
from .farmers import FARMER, _signed_in
from .http import HttpScenario, Target

OFFICER_PHONE, OFFICER_PASSWORD = "+8613800000002", "officer-demo-2025"  # seeds/agents.json


def _position(code: str) -> str:
    """The agent is in the village (X-Agent-Position): the distance rule passes, as in the field."""
    villages = json.loads((Path(__file__).resolve().parents[2] / "seeds" / "villages.json").read_text("utf-8"))
    village = next(v for v in villages if v["code"] == code)
    return f"{village['latitude']},{village['longitude']}"


def _ago(days: int) -> str:
    return (dt.date.today() - dt.timedelta(days=days)).isoformat()


def give_verified_history(agent: Client, checker: Client, farmer_id: str) -> None:
    """A lease of 20 mu and four crop sales over the last year and a half, captured by `agent` and verified by
    `checker` (an officer: verification is maker-checker): enough for the engine to lend."""
    base = f"/api/v1/farmers/{farmer_id}"
    today = dt.date.today()
    made = [
        (
            "land-transfers",
            agent.request(
                "POST",
                f"{base}/land-transfers",
                {
                    "contract_id": "L1",
                    "area_mu": "20",
                    "start_date": add_months(today, -36).isoformat(),  # 28 Feb from a 29 February
                    "end_date": add_months(today, 60).isoformat(),
                    "annual_rent": "16000.00",
                    "rent_payments_on_time": 3,
                    "rent_payments_late": 0,
                    "registered": True,
                },
                expect=201,
            ),
        )
    ]
    for days, crop, amount in (
        (40, "rice", "30000.00"),
        (160, "wheat", "20000.00"),
        (400, "rice", "28000.00"),
        (520, "wheat", "19000.00"),
    ):
        made.append(
            (
                "crop-sales",
                agent.request(
                    "POST",
                    f"{base}/crop-sales",
                    {
                        "sale_date": _ago(days),
                        "crop": crop,
                        "quantity_kg": "9000",
                        "amount": amount,
                        "buyer_id": "COOP-1",
                        "channel": "coop",
                    },
                    expect=201,
                ),
            )
        )
    for kind, record in made:
        checker.request("POST", f"{base}/{kind}/{record['id']}/verify", {"status": "verified"}, expect=200)


def prepare(client: Client) -> Target:
    env = _signed_in(client)
    farmer = client.request(
        "POST",
        "/api/v1/farmers",
        {**FARMER, "farmer_id": "B-decide", "phone": "+8613800138000", "national_id": "340123197803011230"},
        expect=201,
    )
    base = f"/api/v1/farmers/{farmer['id']}"
    checker = Client(client.base_url)  # the demo credit officer verifies them: the agent captured them
    checker.login(OFFICER_PHONE, OFFICER_PASSWORD)
    give_verified_history(client, checker, farmer["id"])
    client.request("POST", f"{base}/consents", {"purpose": "credit_scoring", "text_version": "2026-11"}, expect=201)
    body = {"farmer_id": farmer["id"], "product_code": "EQUIP-ANNUITY", "amount": "5000.00", "term_months": 12}
    client.request("POST", "/api/v1/applications", body, expect=201)  # refused bodies fail here, once
    env["BENCH_BODY"] = json.dumps(body)
    env["BENCH_POSITION"] = _position(STAFF_VILLAGE)
    return Target("/api/v1/applications", env)


DECISION = HttpScenario("decision", prepare=prepare, script="signed_in_post.lua")
