"""The agent-distance rule cannot be skipped (issue #10, finding 12): an agent's application or repayment without
X-Agent-Position is reviewed; farmers and agents live in known villages only; browsers may send the headers."""

from __future__ import annotations

import uuid

from tests.conftest import PASSWORD
from tests.helpers import FARMER, make_staff, village_position
from tests.integration.test_applications import VILLAGE, apply, steady_farmer
from tests.integration.test_loans import accepted_loan, key, loan_world  # noqa: F401 (a fixture)
from tests.integration.test_ownership import assert_problem
from tests.integration.test_risk import SMALL, open_checks, world  # noqa: F401 (a fixture)

NOWHERE = "999999999"  # a well-formed village code no village has


def without_position(headers: dict) -> dict:
    return {name: value for name, value in headers.items() if name != "X-Agent-Position"}


def test_an_agents_application_without_a_position_is_referred_for_review(client, world):  # noqa: F811
    farmer = steady_farmer(client, world["agent"])
    decided = apply(client, without_position(world["agent"]), farmer["id"]).json
    assert (decided["status"], decided["rule"]) == ("referred", "risk.review")
    held = open_checks(client, world["officer"], farmer_id=farmer["id"])
    assert [(hit["rule"], hit["reason"]) for hit in held[0]["hits"]] == [
        (
            "agent.position_missing",
            "the agent sent no position (X-Agent-Position): the distance to the farm was not checked",
        )
    ]
    assert held[0]["signals"] == {
        "agent_position_missing": True,
        "applications_last_hour": 1,
        "confirmed_fraud": 0,
        "farmers_sharing_national_id": 0,
        "farmers_sharing_phone": 0,
        "amount": "5000.00",
        "limit": "100000.0000",
        "just_under_limit_before": 0,
    }  # EQUIP-ANNUITY's maximum


def test_an_agent_at_the_village_is_approved_and_measured(client, world):  # noqa: F811
    farmer = steady_farmer(client, world["agent"])
    assert world["agent"]["X-Agent-Position"] == village_position(VILLAGE)
    decided = apply(client, world["agent"], farmer["id"]).json
    assert (decided["status"], decided["rule"]) == ("approved", "band.approve")
    assert open_checks(client, world["officer"], farmer_id=farmer["id"]) == []


def test_an_officers_application_needs_no_position(client, world):  # noqa: F811
    farmer = steady_farmer(client, world["agent"])
    assert apply(client, world["officer"], farmer["id"]).json["status"] == "approved"


def test_a_repayment_an_agent_collects_without_a_position_is_booked_and_flagged(client, loan_world):  # noqa: F811
    loan = accepted_loan(client, loan_world)
    assert (
        client.post(f"/api/v1/loans/{loan['id']}/disburse", headers={**loan_world["officer"], **key()}).status_code
        == 201
    )
    paid = client.post(
        f"/api/v1/loans/{loan['id']}/repayments",
        json={"amount": "100.00", "external_ref": "R-77"},
        headers={**without_position(loan_world["agent"]), **key()},
    )
    assert paid.status_code == 201, paid.json  # money paid in is never refused
    held = open_checks(client, loan_world["officer"], event="repayment")
    assert [(c["subject_id"], [h["rule"] for h in c["hits"]]) for c in held] == [
        (paid.json["id"], ["agent.position_missing"])
    ]


def test_a_farmer_in_an_unknown_village_with_a_position_is_reviewed(app, client, world):  # noqa: F811
    """A farmer enrolled before village codes were checked: the distance cannot be measured, so it is reviewed."""
    from lending.extensions import db
    from lending.models import Farmer

    farmer = steady_farmer(client, world["agent"])
    with app.app_context():
        db.session.get(Farmer, uuid.UUID(farmer["id"])).village_code = NOWHERE
        db.session.commit()
    decided = apply(client, world["officer"], farmer["id"], **SMALL).json  # officers: no position rule
    assert decided["status"] == "approved"
    held = apply(client, world["agent"], farmer["id"], **SMALL).json
    assert (held["status"], held["rule"]) == ("referred", "risk.review")
    assert [h["rule"] for h in open_checks(client, world["officer"], farmer_id=farmer["id"])[0]["hits"]] == [
        "agent.village_unknown"
    ]


def test_a_farmer_is_enrolled_and_moved_only_in_a_known_village(client, world):  # noqa: F811
    refused = client.post("/api/v1/farmers", json={**FARMER, "village_code": NOWHERE}, headers=world["agent"])
    problem = assert_problem(refused, 422, "validation_error")
    assert problem["errors"] == {"village_code": [f"No village has the code {NOWHERE}."]}
    farmer = client.post("/api/v1/farmers", json=FARMER, headers=world["agent"]).json
    url = f"/api/v1/farmers/{farmer['id']}"
    moved = client.patch(
        url, json={"village_code": NOWHERE}, headers={**world["officer"], "If-Match": f'"{farmer["version"]}"'}
    )
    assert assert_problem(moved, 422)["errors"] == {"village_code": [f"No village has the code {NOWHERE}."]}
    moved = client.patch(
        url, json={"village_code": "340123105"}, headers={**world["officer"], "If-Match": f'"{farmer["version"]}"'}
    )
    assert moved.status_code == 200 and moved.json["village_code"] == "340123105"


def test_an_agent_is_created_for_known_villages_only(app):
    from lending.extensions import db
    from lending.models import Agent

    runner = app.test_cli_runner()
    refused = runner.invoke(
        args=[
            "users",
            "create",
            "--role",
            "agent",
            "--phone",
            "+8613900000088",
            "--password",
            PASSWORD,
            "--village",
            VILLAGE,
            "--village",
            NOWHERE,
        ]
    )
    assert refused.exit_code != 0 and f"No village has the code {NOWHERE}." in refused.output
    with app.app_context():
        assert db.session.query(Agent).count() == 0
    agent_id, _ = make_staff(app, "agent", [VILLAGE, "340123105"])
    with app.app_context():
        assert db.session.get(Agent, agent_id).village_codes == [VILLAGE, "340123105"]
