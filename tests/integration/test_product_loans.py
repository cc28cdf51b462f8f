"""One loan of each product through the API, every amount a literal worked by hand.

The products are those of seeds/products.json with the APR band closed at the base rate (min = max = base): the
engine prices base + PD and caps it, so the APR is the product's base whatever the model says, and every amount
below follows from the product's terms alone. The clock stands at 2027-03-10 12:00 in Shanghai (04:00 UTC), so the
loans start that day."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import time_machine

from tests.helpers import SEEDS, staff_headers
from tests.integration.test_applications import steady_farmer
from tests.integration.test_loans import key
from tests.integration.test_markets import CHINA, KENYA, farmer_with_records, kenyan

NOW = dt.datetime(2027, 3, 10, 4, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=True) as traveller:
        yield traveller


@pytest.fixture
def world(clock, app, client, current_model, monkeypatch):
    from lending.extensions import db
    from lending.services import products

    monkeypatch.setitem(app.config, "POLICY_APPROVE_PD", "0.9")  # approve whatever the model says
    monkeypatch.setitem(app.config, "POLICY_DECLINE_PD", "0.95")
    fixture = json.loads((SEEDS / "products.json").read_text("utf-8"))
    for product in fixture:
        product["min_apr"] = product["max_apr"] = product["base_apr"]
    with app.app_context():
        products.load_fixture(session=db.session, products=fixture)
        db.session.commit()
    return {
        "CN": staff_headers(app, client, "agent", [CHINA])[1],
        "KE": staff_headers(app, client, "agent", [KENYA])[1],
        "officer": staff_headers(app, client, "officer")[1],
    }


def take(client, world, agent, farmer_id, product_code, amount, term_months):
    applied = client.post(
        "/api/v1/applications",
        json={"farmer_id": farmer_id, "product_code": product_code, "amount": amount, "term_months": term_months},
        headers=world[agent],
    )
    assert applied.status_code == 201 and applied.json["status"] == "approved", applied.json
    url = f"/api/v1/applications/{applied.json['id']}"
    offer = client.get(f"{url}/offer", headers=world[agent]).json
    accepted = client.post(
        f"{url}/accept",
        headers=world[agent],
        json={"apr": offer["apr"], "total_cost_of_credit": offer["total_cost_of_credit"], "consent": True},
    )
    assert accepted.status_code == 201, accepted.json
    loan = accepted.json
    paid = client.post(f"/api/v1/loans/{loan['id']}/disburse", headers={**world["officer"], **key()})
    assert paid.status_code == 201, paid.json
    return offer, paid.json


def _rows(offer) -> list[tuple]:
    return [(r["due_date"], r["principal"], r["interest"], r["total"], r["balance_after"]) for r in offer["schedule"]]


def _sums(offer) -> tuple:
    return tuple(offer[k] for k in ("principal", "fee", "disbursed", "total_interest", "total_cost_of_credit", "apr"))


def _disbursed(loan) -> tuple:
    return loan["status"], loan["disbursed_amount"], loan["fee"], loan["balances"]["principal"], loan["start_date"]


def test_an_equipment_annuity_of_6000_over_6_months(client, world):
    """EQUIP-ANNUITY: 7.50 %, actual/365, 1 % fee deducted. 6,000.00 over 6 months from 2027-03-10.
    Instalment A = P·r / (1 − (1 + r)^−6), r = 0.075 / 12 = 0.00625: 1.00625^6 = 1.038091, 37.50 / 0.036693
    = 1,021.99. Interest = balance × 0.075 × days / 365, half-even:
      03-10→04-10 31 d: 6,000.00 × 0.075 × 31 / 365 = 38.219 → 38.22, principal 1,021.99 − 38.22 = 983.77
      04-10→05-10 30 d: 5,016.23 × 0.075 × 30 / 365 = 30.922 → 30.92, principal 991.07
      05-10→06-10 31 d: 4,025.16 … = 25.640 → 25.64;  06-10→07-10 30 d: 3,028.81 … = 18.671 → 18.67
      07-10→08-10 31 d: 2,025.49 … = 12.902 → 12.90;  08-10→09-10 31 d: the last 1,016.40 … = 6.474 → 6.47
    Interest 132.82; fee 60.00 (1 % of 6,000), so 5,940.00 is paid out and credit costs 192.82. APR: the x with
    5,940 = Σ total_k / Π(1 + x·days_j/365) is 0.109711 → 10.97 %."""
    farmer = steady_farmer(client, world["CN"])
    offer, loan = take(client, world, "CN", farmer["id"], "EQUIP-ANNUITY", "6000.00", 6)
    assert (offer["method"], offer["term_months"], offer["start"]) == ("annuity", 6, "2027-03-10")
    assert _rows(offer) == [
        ("2027-04-10", "983.77", "38.22", "1021.99", "5016.23"),
        ("2027-05-10", "991.07", "30.92", "1021.99", "4025.16"),
        ("2027-06-10", "996.35", "25.64", "1021.99", "3028.81"),
        ("2027-07-10", "1003.32", "18.67", "1021.99", "2025.49"),
        ("2027-08-10", "1009.09", "12.90", "1021.99", "1016.40"),
        ("2027-09-10", "1016.40", "6.47", "1022.87", "0.00"),
    ]
    assert _sums(offer) == ("6000.00", "60.00", "5940.00", "132.82", "192.82", "0.1097")
    assert _disbursed(loan) == ("active", "5940.00", "60.00", "6000.00", "2027-03-10")


def test_a_bullet_emergency_loan_of_1000_runs_to_the_harvest(client, world):
    """MICRO-BULLET: 9.00 %, actual/365, no fee, one repayment. Asked for 3 months, the term runs to the steady
    farmer's next harvest money: 6 months, due 2027-09-10, 184 days. Interest 1,000.00 × 0.09 × 184 / 365 =
    45.370 → 45.37. One payment: APR = (1,045.37 / 1,000 − 1) / (184 / 365) = 0.04537 / 0.504110 = 0.0900."""
    farmer = steady_farmer(client, world["CN"])
    offer, loan = take(client, world, "CN", farmer["id"], "MICRO-BULLET", "1000.00", 3)
    assert (offer["method"], offer["term_months"]) == ("bullet", 6)
    assert _rows(offer) == [("2027-09-10", "1000.00", "45.37", "1045.37", "0.00")]
    assert _sums(offer) == ("1000.00", "0.00", "1000.00", "45.37", "45.37", "0.0900")
    assert _disbursed(loan) == ("active", "1000.00", "0.00", "1000.00", "2027-03-10")


def test_a_harvest_balloon_of_3000_pays_interest_monthly_and_principal_at_the_harvest(client, world):
    """HARVEST-BALLOON: 6.50 %, actual/365, 0.5 % fee deducted. 3,000.00 asked for 6 months runs to the rice
    harvest, 2027-12-31 (10 instalments). Interest each month on the whole 3,000.00: 3,000 × 0.065 = 195.00 a year;
      31 days: 195 × 31 / 365 = 16.562 → 16.56;  30 days: 195 × 30 / 365 = 16.027 → 16.03;
      the last, 12-10→12-31, 21 days: 195 × 21 / 365 = 11.219 → 11.22, with the 3,000.00.
    Interest 5 × 16.56 + 4 × 16.03 + 11.22 = 158.14; fee 15.00; paid out 2,985.00; cost 173.14;
    APR 0.071365 → 7.14 %."""
    farmer = steady_farmer(client, world["CN"])
    offer, loan = take(client, world, "CN", farmer["id"], "HARVEST-BALLOON", "3000.00", 6)
    assert (offer["method"], offer["term_months"]) == ("balloon", 10)
    month = [("2027-04-10", 31), ("2027-05-10", 30), ("2027-06-10", 31), ("2027-07-10", 30), ("2027-08-10", 31),
             ("2027-09-10", 31), ("2027-10-10", 30), ("2027-11-10", 31), ("2027-12-10", 30)]  # fmt: skip
    interest = {31: "16.56", 30: "16.03"}
    assert _rows(offer) == [
        *((due, "0.00", interest[days], interest[days], "3000.00") for due, days in month),
        ("2027-12-31", "3000.00", "11.22", "3011.22", "0.00"),
    ]
    assert _sums(offer) == ("3000.00", "15.00", "2985.00", "158.14", "173.14", "0.0714")
    assert _disbursed(loan) == ("active", "2985.00", "15.00", "3000.00", "2027-03-10")


def test_a_kenyan_season_loan_of_20000_shillings_over_3_months(client, world):
    """KE-SEASON: 14.00 %, actual/365, 2 % fee deducted, in KES. 20,000.00 over 3 months. r = 0.14 / 12:
    (1 + r)^3 = 1.0354099, A = 20,000 × r / (1 − 1 / 1.0354099) = 233.3333 / 0.0341991 = 6,822.82. Interest:
      31 d: 20,000.00 × 0.14 × 31 / 365 = 237.808 → 237.81, principal 6,585.01, left 13,414.99
      30 d: 13,414.99 × 0.14 × 30 / 365 = 154.364 → 154.36, principal 6,668.46, left 6,746.53
      31 d: 6,746.53 × 0.14 × 31 / 365 = 80.219 → 80.22 with the last 6,746.53: 6,826.75
    Interest 472.39; fee 400.00; paid out 19,600.00; cost 872.39; APR 0.262930 → 26.29 %."""
    farmer = farmer_with_records(client, world["KE"], world["officer"], kenyan(), currency="KES")
    offer, loan = take(client, world, "KE", farmer["id"], "KE-SEASON", "20000.00", 3)
    assert (offer["currency"], offer["method"], offer["term_months"]) == ("KES", "annuity", 3)
    assert _rows(offer) == [
        ("2027-04-10", "6585.01", "237.81", "6822.82", "13414.99"),
        ("2027-05-10", "6668.46", "154.36", "6822.82", "6746.53"),
        ("2027-06-10", "6746.53", "80.22", "6826.75", "0.00"),
    ]
    assert _sums(offer) == ("20000.00", "400.00", "19600.00", "472.39", "872.39", "0.2629")
    assert _disbursed(loan) == ("active", "19600.00", "400.00", "20000.00", "2027-03-10")
