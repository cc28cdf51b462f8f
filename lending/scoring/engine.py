"""One decision, from its inputs alone: features → PD → score and reasons → policy. No Flask, no database.

The service stores `inputs` (history, as-of date, request, product, facts, policy settings) and the `output` this
returns; `decide(model, inputs)` on the stored inputs with the same model version gives the same output, byte for
byte (`canonical`) — that is what replaying a decision means.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from ..money import Money
from . import crops, explain, features, policy

def canonical(value) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 text; floats as Python's shortest repr."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def inputs_hash(inputs: dict) -> str:
    return hashlib.sha256(canonical(inputs).encode("utf-8")).hexdigest()


def _revenue_12m(history: dict, as_of: dt.date) -> Decimal | None:
    """Crop sales in the 12 months to as_of, exact (the same window as the revenue_12m feature)."""
    sales = history.get("crop_sales") or []
    if not sales:
        return None
    year_ago = as_of - dt.timedelta(days=365)   # the revenue_12m feature's window
    return sum((Decimal(str(s["amount"])) for s in sales
                if year_ago < dt.date.fromisoformat(str(s["sale_date"])) <= as_of), Decimal(0))


def policy_facts(inputs: dict) -> policy.Facts:
    """The policy's facts: what the service observed (consent, KYC, arrears, holds) plus what the history shows."""
    history, as_of = inputs["history"], dt.date.fromisoformat(inputs["as_of"])
    observed = inputs["facts"]
    _, yearly_machine_payments = features.machine_loans(history.get("equipment_purchases") or [], as_of)
    birth_year = history.get("birth_year")
    return policy.Facts(
        age=as_of.year - int(birth_year) if birth_year else None,
        consent_to_scoring=observed["consent_to_scoring"],
        kyc_complete=observed["kyc_complete"],
        worst_days_past_due_current=observed.get("worst_days_past_due_current"),
        fraud_hold=observed.get("fraud_hold", False),
        risk_review=observed.get("risk_review", False),
        revenue_12m=_revenue_12m(history, as_of),
        annual_debt_service=Decimal(str(round(yearly_machine_payments, 2))),
        main_crop=crops.main_crop(history.get("crop_sales") or [], as_of),
    )


def settings_of(values: dict) -> policy.Settings:
    return policy.Settings(**{name: (Decimal(v) if isinstance(v, str) else v) for name, v in values.items()})


def settings_json(settings: policy.Settings) -> dict:
    return {name: (str(v) if isinstance(v, Decimal) else v) for name, v in vars(settings).items()}


@dataclass(frozen=True)
class Result:
    features: dict            # name → value, None where missing (JSON-ready)
    pd: float
    score: int
    rule: str
    status: str
    output: dict              # what the API returns and the decision stores


def _json_features(values: dict[str, float]) -> dict:
    return {name: (None if math.isnan(v) else v) for name, v in values.items()}


def _money(amount: Decimal, currency: str) -> str:
    """An amount as JSON text in the currency's minor unit ("8500.00" CNY, "851000" UGX)."""
    return str(Money.of(amount, currency).rounded().amount)


def decide(model, inputs: dict) -> Result:
    """Decide from `inputs` with `model` (a loaded scoring.model.Model)."""
    as_of = dt.date.fromisoformat(inputs["as_of"])
    values = features.compute(inputs["history"], as_of)
    row = np.array([features.row(values)], dtype=np.float64)
    explanation = explain.explain(model, row[0])
    request = policy.Request(amount=Decimal(inputs["request"]["amount"]),
                             term_months=int(inputs["request"]["term_months"]),
                             on=dt.date.fromisoformat(inputs["request"]["on"]))
    product = policy.Product.from_dict(inputs["product"])
    outcome = policy.decide(pd=explanation.pd, facts=policy_facts(inputs), request=request, product=product,
                            settings=settings_of(inputs["settings"]))
    output = {
        "status": outcome.status,
        "rule": outcome.rule,
        "pd": round(float(explanation.pd), 6),
        "score": int(explanation.score),
        "currency": product.currency,
        "amount": _money(outcome.amount, product.currency),
        "limit": _money(outcome.limit, product.currency),
        "apr": str(outcome.apr),
        "term_months": outcome.term_months,
        "due_date": outcome.due_date.isoformat() if outcome.due_date else None,
        "reasons": [{"code": r["code"], "feature": r["feature"], "points": r["points"],
                     "value": None if r["value"] is None or r["value"] != r["value"] else r["value"]}
                    for r in explanation.reasons],
        "base_points": explanation.base_points,
        "points": explanation.points,
        "messages": list(outcome.messages),
        "model_version": model.version,
    }
    return Result(features=_json_features(values), pd=float(explanation.pd), score=int(explanation.score),
                  rule=outcome.rule, status=outcome.status, output=output)
