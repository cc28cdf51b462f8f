"""Features of one small farmer, worked out by hand; batch and online agree; missing stays NaN."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
from decimal import Decimal
from pathlib import Path

import pytest

from lending.scoring import features

AS_OF = dt.date(2025, 3, 1)
YEAR, MONTH = 365.25, 365.25 / 12

FARMER = {
    "farmer_id": "F-HAND",
    "as_of": "2025-03-01",
    "birth_year": 1980,
    "household_size": 4,
    "village_code": "340123104",
    "land_transfers": [
        # running; 1,095 days left; 3 payments due, 1 late
        {
            "contract_id": "L1",
            "area_mu": "10.0",
            "start_date": "2023-03-01",
            "end_date": "2028-02-29",
            "annual_rent": "8000.00",
            "rent_payments_on_time": 2,
            "rent_payments_late": 1,
            "registered": True,
        },
        # running; 213 days left (ends within 12 months); not registered
        {
            "contract_id": "L2",
            "area_mu": "5.0",
            "start_date": "2024-10-01",
            "end_date": "2025-09-30",
            "annual_rent": "3500.00",
            "rent_payments_on_time": 1,
            "rent_payments_late": 0,
            "registered": False,
        },
        # ended before as_of: counts for punctuality only
        {
            "contract_id": "L0",
            "area_mu": "3.0",
            "start_date": "2020-03-01",
            "end_date": "2023-02-28",
            "annual_rent": "2100.00",
            "rent_payments_on_time": 3,
            "rent_payments_late": 0,
            "registered": False,
        },
    ],
    "crop_sales": [
        {
            "sale_date": "2023-06-20",
            "crop": "wheat",
            "quantity_kg": "8000",
            "amount": "20000.00",
            "buyer_id": "TRADER-1",
            "channel": "cash",
        },
        {
            "sale_date": "2023-10-15",
            "crop": "rice",
            "quantity_kg": "10500",
            "amount": "30000.00",
            "buyer_id": "COOP-1",
            "channel": "coop",
        },
        {
            "sale_date": "2024-06-25",
            "crop": "wheat",
            "quantity_kg": "7200",
            "amount": "18000.00",
            "buyer_id": "TRADER-1",
            "channel": "cash",
        },
        {
            "sale_date": "2024-10-20",
            "crop": "rice",
            "quantity_kg": "12400",
            "amount": "36000.00",
            "buyer_id": "COOP-1",
            "channel": "coop",
        },
        # after as_of: ignored
        {
            "sale_date": "2025-06-01",
            "crop": "wheat",
            "quantity_kg": "100",
            "amount": "999.00",
            "buyer_id": "X",
            "channel": "cash",
        },
    ],
    "equipment_purchases": [
        {
            "purchase_date": "2024-03-01",
            "category": "tractor",
            "price": "60000.00",
            "subsidy": "18000.00",
            "financed": True,
        },
    ],
}


def test_features_of_a_small_farmer_worked_by_hand():
    f = features.compute(FARMER)
    # land: 15 mu running (10 + 5); L0 ended
    assert f["leased_area_mu"] == 15.0
    assert f["lease_years_remaining"] == pytest.approx((10 * 1095 / YEAR + 5 * 213 / YEAR) / 15)  # 2.3846
    assert f["lease_expiring_share"] == pytest.approx(5 / 15)
    assert f["rent_per_mu"] == pytest.approx((8000 + 3500) / 15)  # 766.67
    assert f["late_rent_share"] == pytest.approx(1 / 7)  # 1 late of 2+1 + 1 + 3 payments
    assert f["registered_share"] == pytest.approx(10 / 15)
    # sales: last 12 months (after 2024-03-01) 18,000 + 36,000; prior 12 months 20,000 + 30,000
    assert f["revenue_12m"] == 54000.0
    assert f["revenue_per_mu"] == pytest.approx(3600.0)
    assert f["revenue_trend"] == pytest.approx(54000 / 50000 - 1)  # 0.08
    # wheat 20,000 / 18,000: sd 1,414.21 on mean 19,000; rice 30,000 / 36,000: sd 4,242.64 on mean 33,000
    assert f["revenue_volatility"] == pytest.approx((math.sqrt(2e6) / 19000 + math.sqrt(18e6) / 33000) / 2)
    assert f["buyer_count_24m"] == 2.0
    assert f["top_buyer_share"] == pytest.approx(66000 / 104000)  # COOP-1
    assert f["traceable_share"] == pytest.approx(66000 / 104000)  # coop only
    assert f["months_since_last_sale"] == pytest.approx(132 / MONTH)  # 4.34
    assert f["sales_history_months"] == pytest.approx(620 / MONTH)  # 20.37
    # equipment: financed 70% of (60,000 - 18,000) = 29,400 over 36 months; 365 days (11.99 months) paid
    assert f["equipment_value"] == 60000.0
    assert f["subsidy_share"] == pytest.approx(0.3)
    assert f["financed_share"] == 1.0
    assert f["equipment_debt"] == pytest.approx(29400 * (1 - (365 / MONTH) / 36))  # 19,606.5
    assert f["debt_service_ratio"] == pytest.approx(29400 / 3 / 54000)  # 0.1815
    # household and our own loans (none yet: worst days past due is unknown, not zero)
    assert f["age"] == 45.0 and f["household_size"] == 4.0
    assert f["prior_loans"] == 0.0 and math.isnan(f["worst_days_past_due"])
    assert list(f) == list(features.FEATURES)


def test_records_in_shillings_give_the_money_features_in_yuan_and_the_rest_unchanged():
    # the same farmer with every amount in KES at 18 to the yuan (domain.countries): 54,000 yuan is 972,000 KES
    in_shillings = json.loads(json.dumps(FARMER))
    for kind, names in (
        ("land_transfers", ("annual_rent",)),
        ("crop_sales", ("amount",)),
        ("equipment_purchases", ("price", "subsidy")),
    ):
        for record in in_shillings[kind]:
            for name in names:
                record[name] = str(Decimal(record[name]) * 18)
    f, in_yuan = features.compute(in_shillings, per_model_unit=18.0), features.compute(FARMER)
    assert f["revenue_12m"] == 54000.0 and f["equipment_value"] == 60000.0
    assert set(features.MONEY) == {"rent_per_mu", "revenue_12m", "revenue_per_mu", "equipment_value", "equipment_debt"}
    assert f == pytest.approx(in_yuan, nan_ok=True)
    unscaled = features.compute(in_shillings)
    assert unscaled["revenue_12m"] == 972000.0 and unscaled["debt_service_ratio"] == f["debt_service_ratio"]


def test_a_farmer_without_records_has_nan_where_nothing_can_be_known():
    f = features.compute({"farmer_id": "F-EMPTY", "birth_year": 1990}, AS_OF)
    assert f["leased_area_mu"] == 0.0 and f["equipment_value"] == 0.0 and f["prior_loans"] == 0.0
    for name in (
        "rent_per_mu",
        "late_rent_share",
        "revenue_12m",
        "revenue_trend",
        "months_since_last_sale",
        "subsidy_share",
        "worst_days_past_due",
        "household_size",
    ):
        assert math.isnan(f[name]), name


def test_decimal_and_date_values_from_the_database_give_the_same_features():
    converted = json.loads(json.dumps(FARMER))
    for sale in converted["crop_sales"]:
        sale["amount"] = Decimal(sale["amount"])
        sale["sale_date"] = dt.date.fromisoformat(sale["sale_date"])
    for lease in converted["land_transfers"]:
        lease["area_mu"] = Decimal(lease["area_mu"])
        lease["start_date"] = dt.date.fromisoformat(lease["start_date"])
    assert features.compute(converted) == pytest.approx(features.compute(FARMER), nan_ok=True)


def test_prior_loans_and_worst_days_past_due():
    history = {
        **FARMER,
        "loans": [
            {"disbursed_on": "2023-04-01", "max_days_past_due": 12},
            {"disbursed_on": "2024-04-01", "max_days_past_due": 3},
            {"disbursed_on": "2025-04-01", "max_days_past_due": 95},
        ],
    }  # after as_of
    f = features.compute(history)
    assert (f["prior_loans"], f["worst_days_past_due"]) == (2.0, 12.0)


def test_as_of_must_be_known():
    with pytest.raises(ValueError, match="as_of"):
        features.compute({"farmer_id": "F1"})


def test_batch_matrix_equals_online_features_row_by_row():
    seeds = Path(__file__).resolve().parents[3] / "seeds" / "farmers.jsonl"
    with open(seeds, encoding="utf-8") as handle:
        histories = [json.loads(line) for line in itertools.islice(handle, 300)]
    batch = features.matrix(histories)
    assert batch.shape == (300, len(features.FEATURES))
    for i, history in enumerate(histories):
        online = features.row(features.compute(history))
        assert [x if x == x else None for x in batch[i].tolist()] == [x if x == x else None for x in online]


def test_monotone_directions_name_real_features():
    assert set(features.MONOTONE) <= set(features.FEATURES)
    assert set(features.MONOTONE.values()) == {-1, 1}
    assert features.MONOTONE["late_rent_share"] == 1 and features.MONOTONE["traceable_share"] == -1
