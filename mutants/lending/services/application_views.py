"""Reading applications: an application with its decision, and why the engine decided as it did (PIPL art. 24).

Read models hold data and stable codes (status, rule, reason codes) only; each channel puts them in words in the
farmer's language (lending.i18n) and in its own form.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ..models import Application, Decision, Product


@dataclass(frozen=True)
class DecisionReason:
    """One of the features that cost the farmer the most points: `code` is stable (lending.i18n words it)."""

    code: str
    feature: str
    points: float
    value: float | None  # the farmer's value; None when it was not on record

    @property
    def missing(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class ApplicationView:
    """An application, its offer and where it stands, with the decision's score and reasons."""

    id: uuid.UUID
    farmer_id: uuid.UUID
    product_code: str
    currency: str
    requested_amount: Decimal
    requested_term_months: int
    channel: str
    submitted_by: uuid.UUID | None
    submitted_at: dt.datetime
    status: str
    decided_by: str
    amount: Decimal
    credit_limit: Decimal
    apr: Decimal
    term_months: int
    due_date: dt.date | None
    reviewed_by: uuid.UUID | None
    reviewed_at: dt.datetime | None
    review_note: str | None
    version: int
    rule: str  # the policy rule that decided
    score: int
    pd: float
    capacity: Decimal | None  # None for decisions made before exposure was netted
    open_exposure: Decimal | None
    reasons: tuple[DecisionReason, ...]
    messages: tuple[str, ...]
    model_version: str


@dataclass(frozen=True)
class EvidenceRecord:
    """A record a decision rested on."""

    kind: str  # land_transfers | crop_sales | equipment_purchases
    id: str | None
    provenance: str | None


@dataclass(frozen=True)
class UnusedRecord(EvidenceRecord):
    """A record a decision did not use, and why."""

    reason: str  # unverified | rejected


@dataclass(frozen=True)
class WithUnverified:
    """What the unverified records would have made of the decision (shown to an officer, never applied)."""

    status: str
    limit: Decimal


@dataclass(frozen=True)
class Evidence:
    used: tuple[EvidenceRecord, ...]
    not_used: tuple[UnusedRecord, ...]
    with_unverified: WithUnverified | None


@dataclass(frozen=True)
class Explanation:
    """Why: the score, every feature's points (base_points + all points = score), the reasons that cost the most,
    the rule that decided and the records the decision rested on (None for decisions before issue #10)."""

    application_id: uuid.UUID
    status: str
    score: int
    pd: float
    base_points: float
    points: dict[str, float]
    reasons: tuple[DecisionReason, ...]
    rule: str
    evidence: Evidence | None
    model_version: str


def _reasons(output: dict) -> tuple[DecisionReason, ...]:
    return tuple(
        DecisionReason(code=reason["code"], feature=reason["feature"], points=reason["points"], value=reason["value"])
        for reason in output["reasons"]
    )


def _amount(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _evidence(stored: dict | None) -> Evidence | None:
    if stored is None:
        return None
    shadow = stored.get("with_unverified")
    return Evidence(
        used=tuple(
            EvidenceRecord(kind=r["kind"], id=r.get("id"), provenance=r.get("provenance")) for r in stored["used"]
        ),
        not_used=tuple(
            UnusedRecord(kind=r["kind"], id=r.get("id"), provenance=r.get("provenance"), reason=r["reason"])
            for r in stored["not_used"]
        ),
        with_unverified=None
        if shadow is None
        else WithUnverified(status=shadow["status"], limit=Decimal(shadow["limit"])),
    )


def application_view(*, session: Session, application: Application) -> ApplicationView:
    """The application as it stands, with its decision's score, rule and reasons."""
    output = session.get(Decision, application.decision_id).output
    return ApplicationView(
        id=application.id,
        farmer_id=application.farmer_id,
        product_code=session.get(Product, application.product_id).code,
        currency=application.currency,
        requested_amount=application.requested_amount,
        requested_term_months=application.requested_term_months,
        channel=application.channel,
        submitted_by=application.submitted_by,
        submitted_at=application.submitted_at,
        status=application.status,
        decided_by=application.decided_by,
        amount=application.amount,
        credit_limit=application.credit_limit,
        apr=application.apr,
        term_months=application.term_months,
        due_date=application.due_date,
        reviewed_by=application.reviewed_by,
        reviewed_at=application.reviewed_at,
        review_note=application.review_note,
        version=application.version,
        rule=output["rule"],
        score=output["score"],
        pd=output["pd"],
        capacity=_amount(output.get("capacity")),
        open_exposure=_amount(output.get("open_exposure")),
        reasons=_reasons(output),
        messages=tuple(output["messages"]),
        model_version=output["model_version"],
    )


def explanation(*, session: Session, application: Application) -> Explanation:
    """Why the engine decided as it did (PIPL art. 24)."""
    output = session.get(Decision, application.decision_id).output
    return Explanation(
        application_id=application.id,
        status=application.status,
        score=output["score"],
        pd=output["pd"],
        base_points=output["base_points"],
        points=output["points"],
        reasons=_reasons(output),
        rule=output["rule"],
        evidence=_evidence(output.get("evidence")),
        model_version=output["model_version"],
    )
