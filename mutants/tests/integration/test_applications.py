"""Applications: decided at once from the farmer's records with a real trained model, explained, replayable,
reviewed by an officer when referred — and refused without consent."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import ROUND_DOWN, Decimal

import pytest
from sqlalchemy import func, select

from tests.helpers import (
    FARMER,
    another_identity,
    capture_records,
    consent_to_scoring,
    create_farmer,
    load_products,
    sms_to,
    staff_headers,
)

VILLAGE = "340123104"


def _days_ago(days: int) -> str:
    return (dt.date.today() - dt.timedelta(days=days)).isoformat()


def steady_farmer(client, headers, *, checker: dict | None = None, verified: bool = True, **overrides) -> dict:
    """A rice-and-wheat farmer: 20 mu leased and registered, rent always on time, 50,000 of sales in the last
    12 months (30,000 rice + 20,000 wheat) through a co-op and a mill, 47,000 the year before. The records are
    captured by `headers` and, unless `verified=False`, verified by `checker` (default: a new credit officer — the
    maker never checks their own records)."""
    farmer = create_farmer(client, headers, **overrides)
    today = dt.date.today()
    lease = {
        "contract_id": "L1",
        "area_mu": "20",
        "start_date": (today - dt.timedelta(days=3 * 365)).isoformat(),
        "end_date": (today + dt.timedelta(days=5 * 365)).isoformat(),
        "annual_rent": "16000.00",
        "rent_payments_on_time": 3,
        "rent_payments_late": 0,
        "registered": True,
    }
    records = [("land-transfers", lease)]
    for days, crop, amount, buyer, channel in (
        (40, "rice", "30000.00", "COOP-1", "coop"),
        (160, "wheat", "20000.00", "MILL-1", "bank"),
        (400, "rice", "28000.00", "COOP-1", "coop"),
        (520, "wheat", "19000.00", "MILL-1", "bank"),
    ):
        sale = {
            "sale_date": _days_ago(days),
            "crop": crop,
            "quantity_kg": "9000",
            "amount": amount,
            "buyer_id": buyer,
            "channel": channel,
        }
        records.append(("crop-sales", sale))
    if verified:
        checker = checker or staff_headers(client.application, client, "officer")[1]
    capture_records(client, headers, farmer["id"], records, checker=checker if verified else None)
    consent_to_scoring(client, headers, farmer["id"])
    return farmer


@pytest.fixture
def world(app, client, current_model):
    load_products(app)
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    _, officer = staff_headers(app, client, "officer")
    return {"agent": agent, "officer": officer, "model": current_model}


def apply(client, headers, farmer_id, **overrides):
    body = {
        "farmer_id": farmer_id,
        "product_code": "EQUIP-ANNUITY",
        "amount": "5000.00",
        "term_months": 12,
        **overrides,
    }
    return client.post("/api/v1/applications", json=body, headers=headers)


def test_a_steady_farmer_gets_a_decision_with_limit_from_capacity_and_risk_priced_apr(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    response = apply(client, world["agent"], farmer["id"])
    assert response.status_code == 201, response.json
    d = response.json
    assert d["status"] in ("approved", "referred") and d["decided_by"] == "engine"
    assert d["rule"] == ("band.approve" if d["pd"] < 0.06 else "band.refer")
    assert 300 <= d["score"] <= 850 and d["model_version"] == world["model"]
    # price: base 7.50% + PD, within the product's 7%..20%
    assert abs(
        Decimal(d["apr"]) - min(max(Decimal("0.0750") + Decimal(str(d["pd"])), Decimal("0.07")), Decimal("0.20"))
    ) <= Decimal("0.0001")
    # capacity: 50,000 × 30% margin × 50% share = 7,500 repayable in the year; principal × (1 + apr) ≤ 7,500
    expected_limit = (Decimal(7500) / (1 + Decimal(d["apr"])) / 100).to_integral_value(ROUND_DOWN) * 100
    assert Decimal(d["limit"]) == expected_limit
    assert (d["amount"], d["term_months"], d["currency"]) == ("5000.00", 12, "CNY")
    assert all(set(r) == {"code", "feature", "points", "value", "text"} for r in d["reasons"])
    assert len(d["reasons"]) <= 4 and [r["points"] for r in d["reasons"]] == sorted(r["points"] for r in d["reasons"])


def test_an_amount_above_the_limit_is_reduced_to_it(client, world):
    farmer = steady_farmer(client, world["agent"])
    d = apply(client, world["agent"], farmer["id"], amount="50000.00").json
    assert d["amount"] == d["limit"] and Decimal(d["limit"]) < 50000
    assert any("reduced to the limit" in m for m in d["messages"])


def test_a_farmer_over_70_is_declined_by_the_age_rule(app, client, world):
    farmer = steady_farmer(client, world["agent"], birth_year=dt.date.today().year - 75, language="en")
    d = apply(client, world["agent"], farmer["id"]).json
    assert (d["status"], d["rule"], d["amount"]) == ("declined", "hard.age", "0.00")
    assert sms_to(app, FARMER["phone"], "offer") == [  # told by SMS, with the amount asked for
        "agrilend: your application for CNY 5,000.00 was not approved this time. The reasons are in the app; "
        "to have a person review it, call your agent."
    ]
    why = client.get(f"/api/v1/applications/{d['id']}/explanation", headers={**world["agent"], "Accept-Language": "en"})
    assert why.json["rule"] == "hard.age" and why.json["rule_text"] == "We lend to borrowers aged 18 to 70."


def test_a_farmer_without_sales_is_declined_for_capacity_or_risk(client, world):
    farmer = create_farmer(client, world["agent"])
    consent_to_scoring(client, world["agent"], farmer["id"])
    d = apply(client, world["agent"], farmer["id"]).json
    assert d["status"] == "declined" and d["rule"] in ("capacity.none", "band.decline") and d["amount"] == "0.00"


def test_no_consent_no_scoring(app, client, world):
    farmer = create_farmer(client, world["agent"])
    response = apply(client, world["agent"], farmer["id"])
    assert response.status_code == 409 and response.json["code"] == "consent_required"
    assert "farmer_id" in response.json["errors"]
    from lending.extensions import db
    from lending.models import Decision

    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Decision)) == 0


def test_a_retry_with_the_same_id_returns_the_stored_decision_and_never_decides_twice(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    application_id = str(uuid.uuid4())
    first = apply(client, world["agent"], farmer["id"], id=application_id)
    again = apply(client, world["agent"], farmer["id"], id=application_id)
    assert (first.status_code, again.status_code) == (201, 200) and first.json == again.json
    changed = apply(client, world["agent"], farmer["id"], id=application_id, amount="6000.00")
    assert changed.status_code == 409 and changed.json["code"] == "idempotency_mismatch"
    from lending.extensions import db
    from lending.models import Decision

    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Decision)) == 1


def test_replaying_a_stored_decision_gives_identical_output(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    application = apply(client, world["agent"], farmer["id"]).json
    # records added after the decision do not change its replay: the inputs were stored
    late_sale = {
        "sale_date": _days_ago(1),
        "crop": "rice",
        "quantity_kg": "10",
        "amount": "10.00",
        "buyer_id": "X",
        "channel": "cash",
    }
    client.post(f"/api/v1/farmers/{farmer['id']}/crop-sales", json=late_sale, headers=world["agent"])
    replay = client.post(f"/api/v1/applications/{application['id']}/replay", headers=world["officer"])
    assert replay.status_code == 200 and replay.json["identical"] is True
    assert replay.json["replayed"] == replay.json["stored"]
    assert replay.json["stored"]["score"] == application["score"]
    assert client.post(f"/api/v1/applications/{application['id']}/replay", headers=world["agent"]).status_code == 403


def test_the_stored_decision_keeps_inputs_features_and_their_hash(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    application = apply(client, world["agent"], farmer["id"]).json
    from lending.extensions import db
    from lending.models import Decision
    from lending.scoring import engine

    with app.app_context():
        decision = db.session.scalar(select(Decision))
        assert decision.inputs_hash == engine.inputs_hash(decision.inputs)
        assert decision.features["revenue_12m"] == 50000.0 and decision.features["leased_area_mu"] == 20.0
        assert decision.features["worst_days_past_due"] is None  # no loans yet: missing, not zero
        assert decision.inputs["request"] == {"amount": "5000.00", "term_months": 12, "on": decision.inputs["as_of"]}
        assert (decision.score, decision.status) == (application["score"], application["status"])


def test_explanation_points_add_up_to_the_score_in_both_languages(client, world):
    farmer = steady_farmer(client, world["agent"])
    application = apply(client, world["agent"], farmer["id"]).json
    url = f"/api/v1/applications/{application['id']}/explanation"
    zh = client.get(url, headers={**world["agent"], "Accept-Language": "zh-CN,zh;q=0.9"}).json
    en = client.get(url, headers={**world["agent"], "Accept-Language": "en-GB"}).json
    assert (zh["language"], en["language"]) == ("zh", "en")
    assert zh["score"] == en["score"] == application["score"]
    assert round(en["base_points"] + sum(en["points"].values()), 2) == en["score"]
    assert [r["code"] for r in zh["reasons"]] == [r["code"] for r in en["reasons"]]
    if en["reasons"]:
        assert zh["reasons"][0]["text"] != en["reasons"][0]["text"]
        assert all(r["points"] < 0 for r in en["reasons"])
    assert "person" in en["human_review"] and "人工" in zh["human_review"]


def test_the_explanation_is_in_swahili_when_asked_for_it(client, world):
    from lending.i18n import CATALOG

    farmer = steady_farmer(client, world["agent"], birth_year=dt.date.today().year - 75)
    declined = apply(client, world["agent"], farmer["id"]).json
    url = f"/api/v1/applications/{declined['id']}/explanation"
    sw = client.get(url, headers={**world["agent"], "Accept-Language": "sw-KE,sw;q=0.9,en;q=0.5"}).json
    zh = client.get(url, headers=world["agent"]).json  # no Accept-Language: Chinese
    assert (sw["language"], zh["language"], sw["rule"]) == ("sw", "zh", "hard.age")
    assert sw["rule_text"] == "Tunakopesha watu wenye umri wa miaka 18 hadi 70."
    assert sw["summary"] == "Hujaidhinishwa safari hii. Sababu zilizo hapa chini zinaonyesha kilichochangia zaidi."
    assert sw["human_review"] == "Unaweza kuomba mtu akague uamuzi huu: muulize wakala wako, au jibu HELP kwa SMS."
    assert sw["reasons"] and [r["code"] for r in sw["reasons"]] == [r["code"] for r in zh["reasons"]]
    for reason in sw["reasons"]:
        key = f"reason.{reason['code']}" + (".missing" if reason["value"] is None else "")
        assert reason["text"] == CATALOG[key]["sw"] != CATALOG[key]["zh"]
    listed = client.get(f"/api/v1/applications/{declined['id']}", headers={**world["agent"], "Accept-Language": "sw"})
    assert [r["text"] for r in listed.json["reasons"]] == [r["text"] for r in sw["reasons"]]


def test_an_officer_decides_a_referred_application_with_a_note(app, client, world, monkeypatch):
    monkeypatch.setitem(app.config, "POLICY_APPROVE_PD", "0")  # refer everything the engine would approve
    farmer = steady_farmer(client, world["agent"])
    application = apply(client, world["agent"], farmer["id"], amount="6000.00").json
    assert (application["status"], application["rule"], application["amount"]) == ("referred", "band.refer", "6000.00")
    url = f"/api/v1/applications/{application['id']}/review"
    queue = client.get("/api/v1/applications", query_string={"status": "referred"}, headers=world["officer"]).json
    assert [a["id"] for a in queue["items"]] == [application["id"]]
    assert client.post(url, json={"decision": "approve", "note": "ok"}, headers=world["agent"]).status_code == 403
    too_much = client.post(
        url, json={"decision": "approve", "note": "more", "amount": "999999.00"}, headers=world["officer"]
    )
    assert too_much.status_code == 422 and "amount" in too_much.json["errors"]
    reviewed = client.post(
        url,
        json={"decision": "approve", "note": "Visited the farm; co-op confirms sales.", "amount": "5000.00"},
        headers=world["officer"],
    )
    assert reviewed.status_code == 200, reviewed.json
    assert (reviewed.json["status"], reviewed.json["decided_by"], reviewed.json["amount"]) == (
        "approved",
        "officer",
        "5000.00",
    )
    assert reviewed.json["review_note"] == "Visited the farm; co-op confirms sales."
    again = client.post(url, json={"decision": "decline", "note": "changed my mind"}, headers=world["officer"])
    assert again.status_code == 409 and again.json["code"] == "not_referred"


def test_another_agents_application_does_not_exist_for_you(app, client, world):
    farmer = steady_farmer(client, world["agent"])
    application = apply(client, world["agent"], farmer["id"]).json
    _, stranger = staff_headers(app, client, "agent", ["410526101"])
    for path in ("", "/explanation"):
        assert client.get(f"/api/v1/applications/{application['id']}{path}", headers=stranger).status_code == 404
    assert apply(client, stranger, farmer["id"]).status_code == 404
    assert client.get("/api/v1/applications", headers=stranger).json["items"] == []


@pytest.mark.parametrize(
    "field_name, value",
    [
        ("amount", "100.001"),
        ("amount", "-5"),
        ("amount", "abc"),
        ("term_months", 0),
        ("term_months", "x"),
        ("product_code", "NO-SUCH"),
        ("farmer_id", "not-a-uuid"),
        ("channel", "fax"),
        ("colour", "red"),
    ],
)
def test_bad_application_input_is_a_422_naming_the_field(client, world, field_name, value):
    farmer = steady_farmer(client, world["agent"])
    body = {
        "farmer_id": farmer["id"],
        "product_code": "EQUIP-ANNUITY",
        "amount": "5000.00",
        "term_months": 12,
        field_name: value,
    }
    response = client.post("/api/v1/applications", json=body, headers=world["agent"])
    assert response.status_code == 422, response.json
    assert field_name in response.json["errors"]


def test_without_a_promoted_model_the_api_says_so(app, client):
    load_products(app)
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    farmer = steady_farmer(client, agent)
    response = apply(client, agent, farmer["id"])
    assert response.status_code == 503 and response.json["code"] == "model_unavailable"


def test_current_model_shows_metrics_and_drift_of_recent_decisions(client, world):
    before = client.get("/api/v1/models/current", headers=world["officer"]).json
    assert before["version"] == world["model"] and before["drift"]["status"] == "no_data"
    assert before["metrics"]["champion"]["auc"] > 0.5
    for _ in range(3):
        apply(client, world["agent"], steady_farmer(client, world["agent"], **another_identity())["id"])
    after = client.get("/api/v1/models/current", headers=world["officer"]).json
    assert after["drift"]["n"] == 3 and after["drift"]["status"] in ("stable", "watch", "drift")
    assert set(after["drift"]["csi"]) == set(after["features"])
    assert client.get("/api/v1/models/current", headers=world["agent"]).status_code == 403
    listed = client.get("/api/v1/models", headers=world["officer"]).json
    assert [m["version"] for m in listed] == [world["model"]] and listed[0]["is_current"] is True
