"""One decision, from its inputs alone: features → PD → score and reasons → policy. No Flask, no database.

The service stores `inputs` (history, as-of date, request, product, facts, policy settings) and the `output` this
returns; `decide(model, inputs)` on the stored inputs with the same model version gives the same output, byte for
byte (`lending.canonical`) — that is what replaying a decision means.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from ..canonical import digest
from ..money import Money
from . import crops, explain, features, policy


def inputs_hash(inputs: dict) -> str:
    return digest(inputs)


def _revenue_12m(history: dict, as_of: dt.date) -> Decimal | None:
    """Crop sales in the 12 months to as_of, exact (the same window as the revenue_12m feature)."""
    sales = history.get("crop_sales") or []
    if not sales:
        return None
    year_ago = as_of - dt.timedelta(days=365)  # the revenue_12m feature's window
    return sum(
        (Decimal(str(s["amount"])) for s in sales if year_ago < dt.date.fromisoformat(str(s["sale_date"])) <= as_of),
        Decimal(0),
    )


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
        open_exposure=Decimal(observed.get("open_exposure", "0")),
        open_loans=int(observed.get("open_loans", 0)),
    )


def settings_of(values: dict) -> policy.Settings:
    return policy.Settings(**{name: (Decimal(v) if isinstance(v, str) else v) for name, v in values.items()})


def settings_json(settings: policy.Settings) -> dict:
    return {name: (str(v) if isinstance(v, Decimal) else v) for name, v in vars(settings).items()}


@dataclass(frozen=True)
class Result:
    features: dict  # name → value, None where missing (JSON-ready)
    pd: float
    score: int
    rule: str
    status: str
    output: dict  # what the API returns and the decision stores


def _json_features(values: dict[str, float]) -> dict:
    return {name: (None if math.isnan(v) else v) for name, v in values.items()}


def _money(amount: Decimal, currency: str) -> str:
    """An amount as JSON text in the currency's minor unit ("8500.00" CNY, "851000" UGX)."""
    return str(Money.of(amount, currency).rounded().amount)


RECORD_KINDS = ("land_transfers", "crop_sales", "equipment_purchases")
VERIFIED_ONLY = "verified_only"  # inputs["evidence_rule"]: decisions since issue #10


def split_evidence(history: dict) -> tuple[dict, dict]:
    """(the history of verified records, the history of every record shown): a record with `"verified": false`
    is not evidence; one without the key comes from a bulk file and takes the file's word (DESIGN.md §5)."""
    verified = {
        **history,
        **{kind: [r for r in history.get(kind) or [] if r.get("verified", True)] for kind in RECORD_KINDS},
    }
    return verified, history


def _evidence(inputs: dict) -> dict:
    """Which records the decision rested on, and why the others were not used."""
    used, not_used = [], []
    for kind in RECORD_KINDS:
        for record in inputs["history"].get(kind) or []:
            entry = {"kind": kind, "id": record.get("id"), "provenance": record.get("provenance")}
            (used if record.get("verified", True) else not_used).append(
                entry if record.get("verified", True) else {**entry, "reason": "unverified"}
            )
    not_used += [{**record, "reason": "rejected"} for record in inputs.get("excluded") or []]
    return {"used": used, "not_used": not_used}


def per_model_unit(inputs: dict) -> float:
    """Units of the records' currency the model takes as one yuan (`inputs["records_currency"]`, stored since issue
    #12 — domain.countries; a decision stored before it had its records in yuan)."""
    return float((inputs.get("records_currency") or {}).get("per_model_unit", "1"))


def _decide(model, inputs: dict, history: dict) -> dict:
    as_of = dt.date.fromisoformat(inputs["as_of"])
    values = features.compute(history, as_of, per_model_unit=per_model_unit(inputs))
    row = np.array([features.row(values)], dtype=np.float64)
    explanation = explain.explain(model, row[0])
    request = policy.Request(
        amount=Decimal(inputs["request"]["amount"]),
        term_months=int(inputs["request"]["term_months"]),
        on=dt.date.fromisoformat(inputs["request"]["on"]),
    )
    product = policy.Product.from_dict(inputs["product"])
    outcome = policy.decide(
        pd=explanation.pd,
        facts=policy_facts({**inputs, "history": history}),
        request=request,
        product=product,
        settings=settings_of(inputs["settings"]),
    )
    return {"values": values, "explanation": explanation, "outcome": outcome, "product": product}


def decide(model, inputs: dict) -> Result:
    """Decide from `inputs` with `model` (a loaded scoring.model.Model).

    Under the verified-only rule (`inputs["evidence_rule"]`), the decision rests on verified records alone; when the
    unverified ones would change its status, it is referred to an officer (rule `evidence.unverified`) on the
    verified-only limit and price — unverified records never raise a limit nor turn a referral into an approval."""
    evidence_rule = inputs.get("evidence_rule") == VERIFIED_ONLY
    verified, everything = split_evidence(inputs["history"]) if evidence_rule else (inputs["history"], None)
    decided = _decide(model, inputs, verified)
    values, explanation, outcome, product = (
        decided["values"],
        decided["explanation"],
        decided["outcome"],
        decided["product"],
    )
    status, rule, messages = outcome.status, outcome.rule, list(outcome.messages)
    shadow = None
    if evidence_rule and everything != verified:
        shadow = _decide(model, inputs, everything)["outcome"]
        if shadow.status != outcome.status:
            status, rule = policy.REFERRED, "evidence.unverified"
            messages.append(f"with the unverified records it would be {shadow.status}: a credit officer checks them")
    output = {
        "status": status,
        "rule": rule,
        "pd": round(float(explanation.pd), 6),
        "score": int(explanation.score),
        "currency": product.currency,
        "amount": _money(outcome.amount, product.currency),
        "limit": _money(outcome.limit, product.currency),
        "apr": str(outcome.apr),
        "term_months": outcome.term_months,
        "due_date": outcome.due_date.isoformat() if outcome.due_date else None,
        "reasons": [
            {
                "code": r["code"],
                "feature": r["feature"],
                "points": r["points"],
                "value": None if r["value"] is None or r["value"] != r["value"] else r["value"],
            }
            for r in explanation.reasons
        ],
        "base_points": explanation.base_points,
        "points": explanation.points,
        "messages": messages,
        "model_version": model.version,
    }
    if "open_exposure" in inputs["facts"]:
        output.update(
            capacity=_money(outcome.capacity, product.currency),
            open_exposure=_money(Decimal(inputs["facts"]["open_exposure"]), product.currency),
        )
    if evidence_rule:
        output["evidence"] = {
            **_evidence(inputs),
            "with_unverified": None
            if shadow is None
            else {"status": shadow.status, "limit": _money(shadow.limit, product.currency)},
        }
    return Result(
        features=_json_features(values),
        pd=float(explanation.pd),
        score=int(explanation.score),
        rule=rule,
        status=status,
        output=output,
    )
