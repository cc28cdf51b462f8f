"""Two markets (issue #12): a farmer's village decides their country, and the country their identity document, their
phone's country code, their first language and the currency they borrow in — on REST as on every channel, since the
rules live in services.farmers and services.applications."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import ROUND_DOWN, Decimal

import pytest
from sqlalchemy import select

from tests.helpers import (
    FARMER,
    LAND,
    capture_records,
    consent_to_scoring,
    create_farmer,
    load_products,
    staff_headers,
    stored,
)

KENYA = "0321660829"  # Molo ward, Molo, Nakuru (seeds/villages.json)
CHINA = FARMER["village_code"]


def kenyan_phone() -> str:
    return f"+2547{uuid.uuid4().int % 10**8:08d}"


def kenyan_id() -> str:
    return f"2{uuid.uuid4().int % 10**7:07d}"  # 8 digits


def kenyan(**overrides) -> dict:
    """A Kenyan farmer's body, without a language: the market's is the default."""
    body = {
        "name": "Wanjiku Njoroge",
        "village_code": KENYA,
        "birth_year": 1978,
        "household_size": 4,
        "phone": kenyan_phone(),
        "national_id": kenyan_id(),
        **overrides,
    }
    return {name: value for name, value in body.items() if value is not None}


@pytest.fixture
def agents(app, client):
    """The Kenyan field agent (as seeds/agents.json has one) and a Chinese one, each in their village."""
    return {
        "KE": staff_headers(app, client, "agent", [KENYA])[1],
        "CN": staff_headers(app, client, "agent", [CHINA])[1],
    }


def enrol(client, headers, body):
    return client.post("/api/v1/farmers", json=body, headers=headers)


def refused_naming(app, response_of, *fields: str) -> dict:
    """The request is a 422 naming `fields` (and only them) and stores nothing."""
    before = stored(app)
    response = response_of()
    assert response.status_code == 422, response.json
    assert sorted(response.json["errors"]) == sorted(fields), response.json
    assert stored(app) == before
    return response.json


# --------------------------------------------------------------------------------------------------------------
# Enrolment: the village's country decides the document, the phone and the first language.


def test_a_kenyan_farmer_enrolled_by_the_kenyan_agent_is_spoken_to_in_swahili(client, agents):
    body = kenyan(national_id="23456789")
    response = enrol(client, agents["KE"], body)
    assert response.status_code == 201, response.json
    farmer = response.json
    assert (farmer["language"], farmer["village_code"], farmer["national_id"]) == ("sw", KENYA, "********")
    identity = client.get(f"/api/v1/farmers/{farmer['id']}/identity", headers=agents["KE"]).json
    assert (identity["phone"], identity["national_id"]) == (body["phone"], "23456789")


def test_a_language_given_is_kept_and_a_chinese_farmer_still_defaults_to_chinese(client, agents):
    assert create_farmer(client, agents["KE"], **kenyan(language="en"))["language"] == "en"
    chinese = {name: value for name, value in FARMER.items() if name != "language"}
    assert enrol(client, agents["CN"], chinese).json["language"] == "zh"


def test_a_chinese_id_in_a_kenyan_village_is_refused_naming_national_id(app, client, agents):
    problem = refused_naming(
        app, lambda: enrol(client, agents["KE"], kenyan(national_id=FARMER["national_id"])), "national_id"
    )
    assert problem["errors"]["national_id"] == [
        "A farmer in Kenya is enrolled with their national ID number of 7 or 8 digits."
    ]


def test_a_chinese_phone_in_a_kenyan_village_is_refused_naming_phone(app, client, agents):
    problem = refused_naming(app, lambda: enrol(client, agents["KE"], kenyan(phone="+8613800138000")), "phone")
    assert problem["errors"]["phone"] == ["A farmer in Kenya has a phone number starting +254."]


def test_a_number_from_a_third_country_is_refused_in_a_kenyan_village(app, client, agents):
    refused_naming(app, lambda: enrol(client, agents["KE"], kenyan(phone="+256712345678")), "phone")  # Uganda


@pytest.mark.parametrize(
    "national_id, enrolled",
    [
        ("1234567", True),  # 7 digits, the shortest
        ("12345678", True),  # 8, the longest
        ("123456", False),  # 6: one short
        ("123456789", False),  # 9: one over
        (" 2345678 ", True),  # kept without the spaces around it
    ],
)
def test_a_kenyan_national_id_is_7_or_8_digits(app, client, agents, national_id, enrolled):
    if enrolled:
        farmer = create_farmer(client, agents["KE"], **kenyan(national_id=national_id))
        identity = client.get(f"/api/v1/farmers/{farmer['id']}/identity", headers=agents["KE"]).json
        assert identity["national_id"] == national_id.strip()
    else:
        refused_naming(app, lambda: enrol(client, agents["KE"], kenyan(national_id=national_id)), "national_id")


@pytest.mark.parametrize("national_id", ["GHA-123456789-1", "gha-123456789-1"])
def test_a_ghana_card_number_is_refused_in_a_kenyan_village(app, client, agents, national_id):
    problem = refused_naming(app, lambda: enrol(client, agents["KE"], kenyan(national_id=national_id)), "national_id")
    assert "7 or 8 digits" in problem["errors"]["national_id"][0]


def test_a_kenyan_id_and_phone_are_refused_in_a_chinese_village(app, client, agents):
    body = {**FARMER, "phone": kenyan_phone(), "national_id": "12345678"}
    problem = refused_naming(app, lambda: enrol(client, agents["CN"], body), "phone", "national_id")
    assert problem["errors"]["national_id"] == [
        "A farmer in China is enrolled with their 18-character resident identity number."
    ]


def test_an_id_of_no_market_is_refused_by_the_schema_naming_national_id(app, client, agents):
    refused_naming(app, lambda: enrol(client, agents["KE"], kenyan(national_id="1234567A")), "national_id")


def test_a_move_to_a_village_of_another_country_checks_the_id_and_phone_the_farmer_has(app, client, agents):
    officer = staff_headers(app, client, "officer")[1]
    farmer = create_farmer(client, agents["KE"], **kenyan())
    url = f"/api/v1/farmers/{farmer['id']}"
    headers = {**officer, "If-Match": '"1"'}
    refused_naming(
        app, lambda: client.patch(url, json={"village_code": CHINA}, headers=headers), "phone", "national_id"
    )
    refused_naming(app, lambda: client.patch(url, json={"phone": "+8613800138000"}, headers=headers), "phone")
    moved = client.patch(url, json={"village_code": "0120570281"}, headers=headers)  # Timau, Meru: Kenya still
    assert moved.status_code == 200 and moved.json["village_code"] == "0120570281", moved.json


# --------------------------------------------------------------------------------------------------------------
# Applying: in the market's currency, scored with the records read in yuan, limited in the farmer's own currency.

# (days ago, crop, amount in KES, buyer, channel): 180,000 KES in the last 12 months, 153,000 the year before;
# 126,000 KES is 7,000 yuan at 18 KES to the yuan (domain.countries), and so on for each sale
SALES = (
    (40, "maize", "126000.00", "NCPB-NAKURU", "bank"),
    (160, "beans", "54000.00", "COOP-MOLO", "coop"),
    (400, "maize", "108000.00", "NCPB-NAKURU", "bank"),
    (520, "beans", "45000.00", "COOP-MOLO", "coop"),
)
RENT = "21600.00"  # a year for 12 mu (about two acres): 1,200 yuan


def _in_yuan(amount: str) -> str:
    return f"{Decimal(amount) / 18:.2f}"


def farmer_with_records(client, agent, officer, body: dict, *, currency: str, to_currency=lambda amount: amount):
    """A farmer with a registered lease of 12 mu and the SALES, amounts passed through `to_currency`, captured by
    `agent` and verified by `officer`, who consented to scoring."""
    farmer = create_farmer(client, agent, **body)
    today = dt.date.today()
    lease = {  # the DESIGN.md example's lease (registered, rent paid on time 3 times), running today
        **LAND,
        "area_mu": "12",
        "annual_rent": to_currency(RENT),
        "currency": currency,
        "start_date": (today - dt.timedelta(days=3 * 365)).isoformat(),
        "end_date": (today + dt.timedelta(days=5 * 365)).isoformat(),
    }
    sales = [
        {
            "sale_date": (today - dt.timedelta(days=days)).isoformat(),
            "crop": crop,
            "quantity_kg": "3000",
            "amount": to_currency(amount),
            "currency": currency,
            "buyer_id": buyer,
            "channel": channel,
        }
        for days, crop, amount, buyer, channel in SALES
    ]
    records = [("land-transfers", lease), *(("crop-sales", sale) for sale in sales)]
    capture_records(client, agent, farmer["id"], records, checker=officer)
    consent_to_scoring(client, agent, farmer["id"])
    return farmer


@pytest.fixture
def market_world(app, client, agents, current_model):
    load_products(app)
    officer = staff_headers(app, client, "officer")[1]
    return {**agents, "officer": officer, "model": current_model}


def apply(client, headers, farmer_id, product_code, amount, term_months=12):
    body = {"farmer_id": farmer_id, "product_code": product_code, "amount": amount, "term_months": term_months}
    return client.post("/api/v1/applications", json=body, headers=headers)


def test_a_kenyan_farmer_with_verified_records_is_decided_in_kes(app, client, market_world):
    w = market_world
    farmer = farmer_with_records(client, w["KE"], w["officer"], kenyan(), currency="KES")
    response = apply(client, w["KE"], farmer["id"], "KE-SEASON", "20000.00")
    assert response.status_code == 201, response.json
    d = response.json
    assert (d["currency"], d["product_code"], d["term_months"]) == ("KES", "KE-SEASON", 12)
    assert d["status"] in ("approved", "referred"), d
    # price: base 14% + PD, within the product's 13%..30%
    apr = Decimal(d["apr"])
    assert abs(apr - min(max(Decimal("0.14") + Decimal(str(d["pd"])), Decimal("0.13")), Decimal("0.30"))) <= Decimal(
        "0.0001"
    )
    # capacity in shillings: 180,000 × 30% margin × 50% share = 27,000 repayable in the year; principal × (1 + apr)
    # ≤ 27,000, in hundreds of shillings
    assert d["limit"] == f"{(Decimal(27000) / (1 + apr) / 100).to_integral_value(ROUND_DOWN) * 100:.2f}"
    assert d["amount"] == "20000.00" and Decimal(d["limit"]) > 20000

    from lending.extensions import db
    from lending.models import Decision

    with app.app_context():
        decision = db.session.scalar(select(Decision).where(Decision.application_id == uuid.UUID(d["id"])))
        # the model read the money in yuan: 180,000 KES / 18 = 10,000; 21,600 KES rent / 12 mu / 18 = 100 a mu
        assert (decision.features["revenue_12m"], decision.features["rent_per_mu"]) == (10000.0, 100.0)
        assert decision.inputs["records_currency"] == {"currency": "KES", "per_model_unit": "18"}


def test_a_kenyan_farmer_is_scored_as_a_chinese_farmer_with_the_same_records_in_yuan(app, client, market_world):
    w = market_world
    ke = farmer_with_records(client, w["KE"], w["officer"], kenyan(), currency="KES")
    cn = farmer_with_records(client, w["CN"], w["officer"], dict(FARMER), currency="CNY", to_currency=_in_yuan)
    in_kes = apply(client, w["KE"], ke["id"], "KE-SEASON", "20000.00").json
    in_cny = apply(client, w["CN"], cn["id"], "EQUIP-ANNUITY", "5000.00").json
    assert (in_kes["pd"], in_kes["score"], in_kes["reasons"]) == (in_cny["pd"], in_cny["score"], in_cny["reasons"])
    # each limit is the farmer's capacity in their own money: 10,000 yuan × 30% × 50% = 1,500 repayable in the year,
    # below the yuan product's 5,000 minimum
    limit = (Decimal(1500) / (1 + Decimal(in_cny["apr"])) / 100).to_integral_value(ROUND_DOWN) * 100
    assert (in_cny["currency"], in_cny["rule"], in_cny["limit"]) == ("CNY", "capacity.none", f"{limit:.2f}")


def test_a_kenyan_farmer_cannot_apply_for_a_yuan_product(app, client, market_world):
    w = market_world
    farmer = farmer_with_records(client, w["KE"], w["officer"], kenyan(), currency="KES")
    problem = refused_naming(
        app, lambda: apply(client, w["KE"], farmer["id"], "EQUIP-ANNUITY", "5000.00"), "product_code"
    )
    assert problem["errors"]["product_code"] == ["EQUIP-ANNUITY lends in CNY; a farmer in Kenya borrows in KES."]


def test_a_chinese_farmer_cannot_apply_for_a_shilling_product(app, client, market_world):
    farmer = create_farmer(client, market_world["CN"])
    consent_to_scoring(client, market_world["CN"], farmer["id"])
    refused_naming(
        app, lambda: apply(client, market_world["CN"], farmer["id"], "KE-SEASON", "20000.00"), "product_code"
    )


def test_a_kenyan_farmers_records_are_in_shillings_said_or_not(app, client, market_world):
    farmer = create_farmer(client, market_world["KE"], **kenyan())
    base = f"/api/v1/farmers/{farmer['id']}/crop-sales"
    sale = {"sale_date": "2026-10-01", "crop": "maize", "quantity_kg": "3000", "amount": "45000.00"}
    unsaid = client.post(base, json=sale, headers=market_world["KE"])
    assert unsaid.status_code == 201 and unsaid.json["currency"] == "KES", unsaid.json
    said = client.post(base, json={**sale, "currency": "KES", "amount": "46000.00"}, headers=market_world["KE"])
    assert said.status_code == 201 and said.json["currency"] == "KES", said.json
    before = stored(app)
    yuan = client.post(base, json={**sale, "currency": "CNY"}, headers=market_world["KE"])
    assert yuan.status_code == 422 and list(yuan.json["errors"]) == ["currency"], yuan.json
    assert stored(app) == before


def test_a_chinese_farmers_records_are_in_yuan_when_not_said(client, market_world):
    farmer = create_farmer(client, market_world["CN"])
    sale = {"sale_date": "2026-10-01", "crop": "rice", "quantity_kg": "3000", "amount": "9000.00"}
    response = client.post(f"/api/v1/farmers/{farmer['id']}/crop-sales", json=sale, headers=market_world["CN"])
    assert response.status_code == 201 and response.json["currency"] == "CNY", response.json
