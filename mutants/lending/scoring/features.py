"""Features of a farmer as of a date, from their land transfers, crop sales, equipment purchases, household and
loans with us. Pure Python (no Flask, no SQLAlchemy, no numpy in `compute`).

One code path: `compute` turns one history into a dict; `matrix` stacks `compute` for many, so batch scoring and
the online decision can never disagree. A history is a DESIGN.md §5 farmer dict; values may be JSON strings
("13500.00", "2024-10-12") or Python `Decimal` / `date` (built from the database). Missing stays missing: a value
that cannot be known (rent per mu without a lease, trend without a prior year) is NaN, never zero; a count of
things that are absent (leased area with no lease, equipment value with no machine) is a true zero.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable

NAN = math.nan
DAYS_PER_MONTH = 365.25 / 12
MACHINE_LOAN_MONTHS = 36  # dealer / bank financing of a machine runs about three years
FINANCED_SHARE_OF_NET = 0.70  # the financed part of (price - subsidy); the rest is the down payment
TRACEABLE_CHANNELS = frozenset({"bank", "coop"})

# (name, direction): +1 = a higher value means riskier, -1 = safer, 0 = no known direction (unconstrained).
_SPEC = (
    # land transfers (土地流转)
    ("leased_area_mu", -1),  # area under land-transfer contracts running on as_of
    ("lease_years_remaining", -1),  # area-weighted years left on those contracts
    ("lease_expiring_share", +1),  # share of that area whose contract ends within 12 months
    ("rent_per_mu", 0),  # annual rent per mu of the running contracts
    ("late_rent_share", +1),  # rent payments made late / all rent payments due so far
    ("registered_share", -1),  # share of the area under contracts registered with the township
    # crop sales (农产品销售)
    ("revenue_12m", -1),  # sales in the 12 months to as_of
    ("revenue_per_mu", 0),  # revenue_12m / leased area (own contract land is not on file)
    ("revenue_trend", -1),  # revenue_12m / prior 12 months - 1
    ("revenue_volatility", +1),  # season-to-season coefficient of variation of each crop's revenue, averaged
    ("buyer_count_24m", -1),  # distinct buyers in 24 months
    ("top_buyer_share", +1),  # largest buyer's share of 24-month revenue (concentration)
    ("traceable_share", -1),  # share of 24-month revenue paid through a bank or a co-op
    ("months_since_last_sale", +1),
    ("sales_history_months", -1),  # months since the first recorded sale
    # equipment (农机购置)
    ("equipment_value", 0),  # price of the machines bought
    ("subsidy_share", 0),  # state subsidy / price
    ("financed_share", 0),  # share of the price bought on credit
    ("equipment_debt", 0),  # estimated machine debt still owed
    ("debt_service_ratio", +1),  # yearly machine-loan payments / revenue_12m
    # household and our own history
    ("age", 0),  # risk is U-shaped in age: no single direction
    ("household_size", 0),
    ("prior_loans", 0),  # loans with us before this one
    ("worst_days_past_due", +1),  # worst days past due on those loans
)
FEATURES: tuple[str, ...] = tuple(name for name, _ in _SPEC)
MONOTONE: dict[str, int] = {name: direction for name, direction in _SPEC if direction}
# Amounts of money (or money per mu), in the records' currency: the model learned them in yuan. The other features
# are counts, dates, shares and ratios of two amounts, the same in any currency.
MONEY: tuple[str, ...] = ("rent_per_mu", "revenue_12m", "revenue_per_mu", "equipment_value", "equipment_debt")


def _date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _number(value) -> float:
    return NAN if value is None else float(value)


def _months(earlier: dt.date, later: dt.date) -> float:
    return (later - earlier).days / DAYS_PER_MONTH


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else NAN


def _land(transfers: list[dict], as_of: dt.date) -> dict[str, float]:
    on_time = sum(int(t.get("rent_payments_on_time") or 0) for t in transfers)
    late = sum(int(t.get("rent_payments_late") or 0) for t in transfers)
    running = []
    for t in transfers:
        start, end = _date(t["start_date"]), _date(t["end_date"])
        if start <= as_of <= end:
            running.append(
                (
                    float(t["area_mu"]),
                    _months(as_of, end) / 12,
                    _number(t.get("annual_rent")),
                    bool(t.get("registered")),
                )
            )
    area = sum(r[0] for r in running)
    return {
        "leased_area_mu": area,
        "lease_years_remaining": _ratio(sum(a * years for a, years, _, _ in running), area),
        "lease_expiring_share": _ratio(sum(a for a, years, _, _ in running if years <= 1), area),
        "rent_per_mu": _ratio(sum(rent for _, _, rent, _ in running), area),
        "late_rent_share": _ratio(late, on_time + late),
        "registered_share": _ratio(sum(a for a, _, _, registered in running if registered), area),
    }


def _volatility(sales: list[tuple[dt.date, dict]]) -> float:
    """Mean coefficient of variation of each crop's revenue across crop years (crops sold in two or more)."""
    by_crop_year: dict[tuple[str, int], float] = defaultdict(float)
    for day, sale in sales:
        crop_year = (day - dt.timedelta(days=120)).year  # a January corn sale belongs to the previous harvest
        by_crop_year[(sale["crop"], crop_year)] += float(sale["amount"])
    by_crop: dict[str, list[float]] = defaultdict(list)
    for (crop, _), revenue in by_crop_year.items():
        by_crop[crop].append(revenue)
    cvs = []
    for revenues in by_crop.values():
        mean = sum(revenues) / len(revenues)
        if len(revenues) >= 2 and mean > 0:
            variance = sum((r - mean) ** 2 for r in revenues) / (len(revenues) - 1)
            cvs.append(math.sqrt(variance) / mean)
    return sum(cvs) / len(cvs) if cvs else NAN


def _sales(records: list[dict], as_of: dt.date, leased_area: float) -> dict[str, float]:
    sales = [(day, s) for s in records if (day := _date(s["sale_date"])) <= as_of]
    if not sales:
        return {
            name: NAN
            for name in (
                "revenue_12m",
                "revenue_per_mu",
                "revenue_trend",
                "revenue_volatility",
                "buyer_count_24m",
                "top_buyer_share",
                "traceable_share",
                "months_since_last_sale",
                "sales_history_months",
            )
        }
    year_ago, two_years_ago = as_of - dt.timedelta(days=365), as_of - dt.timedelta(days=730)
    revenue_12m = sum(float(s["amount"]) for day, s in sales if day > year_ago)
    prior_12m = sum(float(s["amount"]) for day, s in sales if two_years_ago < day <= year_ago)
    by_buyer: dict[str, float] = defaultdict(float)
    traceable = 0.0
    for day, s in sales:
        if day > two_years_ago:
            by_buyer[s.get("buyer_id") or "unknown"] += float(s["amount"])
            traceable += float(s["amount"]) if s.get("channel") in TRACEABLE_CHANNELS else 0.0
    revenue_24m = sum(by_buyer.values())
    return {
        "revenue_12m": revenue_12m,
        "revenue_per_mu": _ratio(revenue_12m, leased_area),
        "revenue_trend": _ratio(revenue_12m, prior_12m) - 1 if prior_12m else NAN,
        "revenue_volatility": _volatility(sales),
        "buyer_count_24m": float(len(by_buyer)),
        "top_buyer_share": _ratio(max(by_buyer.values(), default=0.0), revenue_24m),
        "traceable_share": _ratio(traceable, revenue_24m),
        "months_since_last_sale": _months(max(day for day, _ in sales), as_of),
        "sales_history_months": _months(min(day for day, _ in sales), as_of),
    }


def machine_loans(purchases: list[dict], as_of: dt.date) -> tuple[float, float]:
    """(estimated machine debt still owed, its yearly payments) as of a date: the financed part of
    (price - subsidy), paid down straight-line over MACHINE_LOAN_MONTHS."""
    debt = yearly_payments = 0.0
    for p in purchases:
        if p.get("financed") and _date(p["purchase_date"]) <= as_of:
            financed = (float(p["price"]) - float(p.get("subsidy") or 0)) * FINANCED_SHARE_OF_NET
            months_paid = _months(_date(p["purchase_date"]), as_of)
            if months_paid < MACHINE_LOAN_MONTHS:
                debt += financed * (1 - months_paid / MACHINE_LOAN_MONTHS)
                yearly_payments += financed * 12 / MACHINE_LOAN_MONTHS
    return debt, yearly_payments


def _equipment(purchases: list[dict], as_of: dt.date, revenue_12m: float) -> dict[str, float]:
    bought = [p for p in purchases if _date(p["purchase_date"]) <= as_of]
    value = sum(float(p["price"]) for p in bought)
    debt, yearly_payments = machine_loans(bought, as_of)
    if yearly_payments == 0:
        service_ratio = 0.0
    else:
        service_ratio = _ratio(yearly_payments, revenue_12m) if revenue_12m == revenue_12m else NAN
    return {
        "equipment_value": value,
        "subsidy_share": _ratio(sum(float(p.get("subsidy") or 0) for p in bought), value),
        "financed_share": _ratio(sum(float(p["price"]) for p in bought if p.get("financed")), value),
        "equipment_debt": debt,
        "debt_service_ratio": service_ratio,
    }


def _own_loans(loans: list[dict], as_of: dt.date) -> dict[str, float]:
    earlier = [loan for loan in loans if _date(loan["disbursed_on"]) <= as_of]
    return {
        "prior_loans": float(len(earlier)),
        "worst_days_past_due": max((float(loan.get("max_days_past_due") or 0) for loan in earlier), default=NAN),
    }


def as_of_date(history: dict, as_of: dt.date | str | None = None) -> dt.date:
    """The date features are computed at: the argument, else the history's own `as_of`."""
    value = as_of if as_of is not None else history.get("as_of")
    if value is None:
        raise ValueError("as_of is missing: pass it or put it in the history")
    return _date(value)


def compute(history: dict, as_of: dt.date | str | None = None, *, per_model_unit: float = 1.0) -> dict[str, float]:
    """All FEATURES of one farmer as of a date (records dated after it are ignored). The records' amounts are in a
    currency of which `per_model_unit` units make one of the model's (domain.countries): the MONEY features are put
    in the model's currency."""
    day = as_of_date(history, as_of)
    features = _land(history.get("land_transfers") or [], day)
    features.update(_sales(history.get("crop_sales") or [], day, features["leased_area_mu"]))
    features.update(_equipment(history.get("equipment_purchases") or [], day, features["revenue_12m"]))
    features.update(_own_loans(history.get("loans") or [], day))
    birth_year = history.get("birth_year")
    features["age"] = float(day.year - int(birth_year)) if birth_year else NAN
    features["household_size"] = _number(history.get("household_size"))
    for name in MONEY:
        features[name] /= per_model_unit
    return {name: features[name] for name in FEATURES}


def row(features: dict[str, float]) -> list[float]:
    """One farmer's features in FEATURES order (a matrix row)."""
    return [features[name] for name in FEATURES]


def matrix(histories: Iterable[dict], as_of: dt.date | str | None = None):
    """numpy float64 matrix, one row per history in order, columns FEATURES — `compute` for each row."""
    import numpy as np

    return np.array([row(compute(history, as_of)) for history in histories], dtype=np.float64).reshape(
        -1, len(FEATURES)
    )


def outcome(history: dict) -> int | None:
    """1 defaulted, 0 repaid, None when the history carries no outcome (not training data)."""
    result = (history.get("outcome") or {}).get("defaulted")
    return None if result is None else int(bool(result))
