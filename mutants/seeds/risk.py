"""The true default model of the synthetic data: what a lender could observe, and how it drives default.

`observe` computes, from a farmer's records exactly as they appear in farmers.jsonl, the handful of signals the
default propensity is built on. `default_logit` turns them into log-odds with COEFFICIENTS, the one place the
true coefficients live. generate.py adds an unobserved shock (UNOBSERVED_SD) -- health, family, weather the records
don't show -- and draws the outcome, so a model learns the signal but cannot be perfect.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict

try:  # imported as part of the seeds package
    from .catalog import FINANCED_SHARE_OF_NET, LOAN_MONTHS
except ImportError:  # run from seeds/ as a script, or with seeds/ on sys.path
    from catalog import FINANCED_SHARE_OF_NET, LOAN_MONTHS

DAYS_PER_MONTH = 365.25 / 12

# Log-odds of default within 12 months of as_of. Positive = riskier. Each line: feature and its unit.
COEFFICIENTS = {
    "intercept": -4.20,
    "late_rent_share": 2.40,  # rent payments made late / all rent payments due so far (0..1)
    "revenue_decline": 1.10,  # max(0, -ln(revenue last 12m / prior 12m)), capped at 2
    "revenue_volatility": 1.10,  # coefficient of variation of a crop's season revenue, averaged, capped at 1.5
    "single_buyer": 0.55,  # 1 when every sale in 24 months went to one buyer
    "months_without_sale": 0.14,  # months since the last sale beyond 6 (harvest gaps are normal), capped at 24
    "short_sales_history": 0.60,  # 1 when the first recorded sale is less than 12 months old
    "no_sales": 1.30,  # 1 when there is no sale at all (thin file)
    "lease_expiring_share": 0.85,  # share of leased area whose contract ends within 12 months
    "equipment_debt_ratio": 0.90,  # financed machine debt still owed / revenue last 12m, capped at 3
    "age_distance_squared": 0.0012,  # (age - 45)^2: very young and old borrowers are riskier
    "registered_share": -0.80,  # share of leased area under contracts registered with the township
    "log_leased_area": -0.22,  # ln(1 + leased area in mu): more land farmed, more to lose
    "bank_coop_share": -0.90,  # share of 24m revenue paid through a bank or a co-op (traceable income)
    "owns_subsidised_equipment": -0.40,  # 1 when a subsidised machine is owned outright (not financed)
}
UNOBSERVED_SD = 0.80  # standard deviation of the unobserved shock added to the log-odds


def _months(earlier: dt.date, later: dt.date) -> float:
    return (later - earlier).days / DAYS_PER_MONTH


def _lease_signals(transfers, as_of):
    on_time = sum(t["rent_payments_on_time"] for t in transfers)
    late = sum(t["rent_payments_late"] for t in transfers)
    active = [
        t for t in transfers if dt.date.fromisoformat(t["start_date"]) <= as_of < dt.date.fromisoformat(t["end_date"])
    ]
    area = sum(float(t["area_mu"]) for t in active)
    soon = as_of + dt.timedelta(days=365)
    expiring = sum(float(t["area_mu"]) for t in active if dt.date.fromisoformat(t["end_date"]) <= soon)
    registered = sum(float(t["area_mu"]) for t in active if t["registered"])
    return {
        "late_rent_share": late / (on_time + late) if on_time + late else None,
        "leased_area_mu": area,
        "lease_expiring_share": expiring / area if area else None,
        "registered_share": registered / area if area else None,
    }


def _season_volatility(sales):
    """Mean coefficient of variation of each crop's revenue across crop years (needs two seasons of a crop)."""
    by_crop_year = defaultdict(float)
    for sale, date in sales:
        crop_year = (date - dt.timedelta(days=120)).year  # a January corn sale belongs to the previous harvest
        by_crop_year[(sale["crop"], crop_year)] += float(sale["amount"])
    by_crop = defaultdict(list)
    for (crop, _), revenue in by_crop_year.items():
        by_crop[crop].append(revenue)
    cvs = []
    for revenues in by_crop.values():
        if len(revenues) >= 2:
            mean = sum(revenues) / len(revenues)
            sd = math.sqrt(sum((r - mean) ** 2 for r in revenues) / (len(revenues) - 1))
            cvs.append(sd / mean)
    return sum(cvs) / len(cvs) if cvs else None


def _sales_signals(sales_records, as_of):
    sales = [(s, dt.date.fromisoformat(s["sale_date"])) for s in sales_records]
    if not sales:
        return {
            "revenue_12m": 0.0,
            "revenue_prior_12m": 0.0,
            "months_since_last_sale": None,
            "sales_history_months": None,
            "buyer_count": 0,
            "bank_coop_share": None,
            "volatility": None,
        }
    year_ago, two_years_ago = as_of - dt.timedelta(days=365), as_of - dt.timedelta(days=730)
    last_12 = sum(float(s["amount"]) for s, d in sales if d > year_ago)
    prior_12 = sum(float(s["amount"]) for s, d in sales if two_years_ago < d <= year_ago)
    recent = [(s, d) for s, d in sales if d > two_years_ago]
    revenue_24 = sum(float(s["amount"]) for s, _ in recent)
    traceable = sum(float(s["amount"]) for s, _ in recent if s["channel"] in ("bank", "coop"))
    return {
        "revenue_12m": last_12,
        "revenue_prior_12m": prior_12,
        "months_since_last_sale": _months(max(d for _, d in sales), as_of),
        "sales_history_months": _months(min(d for _, d in sales), as_of),
        "buyer_count": len({s["buyer_id"] for s, _ in recent}),
        "bank_coop_share": traceable / revenue_24 if revenue_24 else None,
        "volatility": _season_volatility(sales),
    }


def _equipment_debt(purchases, as_of):
    """Machine debt still owed: the financed part of (price - subsidy), paid down straight-line over the loan."""
    owed = 0.0
    for p in purchases:
        if p["financed"]:
            paid_share = min(1.0, _months(dt.date.fromisoformat(p["purchase_date"]), as_of) / LOAN_MONTHS)
            owed += (float(p["price"]) - float(p["subsidy"])) * FINANCED_SHARE_OF_NET * (1 - paid_share)
    return owed


def observe(farmer: dict, as_of: dt.date) -> dict:
    """The signals of one farmer as of a date, from the records alone. None = not observable (thin file)."""
    signals = {"age": as_of.year - farmer["birth_year"]}
    signals.update(_lease_signals(farmer["land_transfers"], as_of))
    signals.update(_sales_signals(farmer["crop_sales"], as_of))
    signals["equipment_debt"] = _equipment_debt(farmer["equipment_purchases"], as_of)
    signals["owns_subsidised_equipment"] = any(
        float(p["subsidy"]) > 0 and not p["financed"] for p in farmer["equipment_purchases"]
    )
    return signals


def default_logit(s: dict) -> float:
    """Log-odds of default from `observe`'s signals; a missing signal contributes nothing beyond its flag."""
    c = COEFFICIENTS
    z = c["intercept"] + c["age_distance_squared"] * (s["age"] - 45) ** 2
    z += c["log_leased_area"] * math.log1p(s["leased_area_mu"])
    for name in ("late_rent_share", "lease_expiring_share", "registered_share", "bank_coop_share"):
        if s[name] is not None:
            z += c[name] * s[name]
    if s["months_since_last_sale"] is None:
        z += c["no_sales"]
    else:
        z += c["months_without_sale"] * min(24.0, max(0.0, s["months_since_last_sale"] - 6))
        z += c["short_sales_history"] * (s["sales_history_months"] < 12)
        z += c["single_buyer"] * (s["buyer_count"] == 1)
    if s["revenue_12m"] > 0 and s["revenue_prior_12m"] > 0:
        z += c["revenue_decline"] * min(2.0, max(0.0, -math.log(s["revenue_12m"] / s["revenue_prior_12m"])))
    elif s["revenue_prior_12m"] > 0:  # sold the year before, nothing in the last 12 months
        z += c["revenue_decline"] * 2.0
    if s["volatility"] is not None:
        z += c["revenue_volatility"] * min(1.5, s["volatility"])
    if s["equipment_debt"] > 0:
        z += c["equipment_debt_ratio"] * min(3.0, s["equipment_debt"] / max(s["revenue_12m"], 1.0))
    z += c["owns_subsidised_equipment"] * s["owns_subsidised_equipment"]
    return z
