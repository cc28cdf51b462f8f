"""Risk checks in the decision and money paths: gather what the rules need (domain.risk), record the outcome, and
let officers see and resolve what is held.

An agent's application or repayment is checked against the farmer's village by the position the agent's app
reports (X-Agent-Position); one sent without a position is reviewed, like one from too far away.

Where they act:
- an application: `assess` before the decision; review → the application is referred to an officer ("risk.review"),
  block → declined ("hard.fraud_hold"); the outcome and reasons are part of the decision's stored inputs.
- a repayment: `assess` after it is booked — money a farmer paid is never refused; a review flags the agent or loan.
- a disbursement: refused (409 `risk_review`) while the farmer has an open or confirmed check.
Officers list checks (GET /api/v1/risk/checks?status=open) and resolve them: cleared (no fraud) or confirmed (fraud:
every later application of the farmer is blocked).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain import risk as rules
from ..domain.actors import Actor, Role
from ..domain.risk import RiskCheckStatus, RiskEvent, RiskOutcome
from ..domain.terms import TransactionKind
from ..errors import Conflict, NotFound
from ..models import Application, Device, Farmer, LoanTransaction, RiskCheck, Village
from ..models.base import utcnow
from . import audit, pagination
from .unit_of_work import settings_of, use_case

HOLDING = (RiskCheckStatus.OPEN, RiskCheckStatus.CONFIRMED)
READERS = (Role.OFFICER, Role.ADMIN)  # who may see risk checks: GET /risk/checks, and in a farmer's export


@dataclass(frozen=True)
class Client:
    """What a request says about where it comes from: X-Device-Id and, for agents, X-Agent-Position."""

    device_id: str | None = None
    position: tuple[float, float] | None = None  # (latitude, longitude) in degrees


def thresholds(settings: Settings) -> rules.Thresholds:
    return rules.Thresholds(
        applications_per_hour=settings.risk_applications_per_hour,
        repayments_per_hour=settings.risk_repayments_per_hour,
        agent_distance_km=settings.risk_agent_distance_km,
        near_limit_share=settings.risk_near_limit_share,
        near_limit_count=settings.risk_near_limit_count,
    )


def _new_device(session: Session, account_id: uuid.UUID, device_id: str | None) -> bool | None:
    """Whether `device_id` is new to an account that used another device; the device is remembered either way."""
    if not device_id:
        return None
    known = {
        device.device_id: device for device in session.scalars(select(Device).where(Device.account_id == account_id))
    }
    if device_id in known:
        known[device_id].last_seen = utcnow()
        return False
    session.add(Device(account_id=account_id, device_id=device_id))
    return bool(known)


def _sharing(session: Session, farmer: Farmer, column) -> int | None:
    value = getattr(farmer, column.key)
    if value is None:
        return None
    return session.scalar(select(func.count()).select_from(Farmer).where(column == value, Farmer.id != farmer.id))


# what an agent does at the farm, where their position is checked
AGENT_EVENTS = (RiskEvent.APPLICATION, RiskEvent.REPAYMENT)


def _position(session: Session, actor: Actor, event: str, farmer: Farmer, client: Client) -> dict:
    """The agent-position signals of an agent's event: the distance from the farmer's village, or that it could not
    be measured (no position sent, or a village not known); none for other actors and events."""
    if actor.role != Role.AGENT or event not in AGENT_EVENTS:
        return {}
    if client.position is None:
        return {"agent_position_missing": True}
    village = session.get(Village, farmer.village_code)
    if village is None:
        return {"agent_village_unknown": True}
    return {
        "agent_distance_km": round(
            rules.distance_km(client.position, (float(village.latitude), float(village.longitude))), 3
        )
    }


def assess(
    session: Session,
    *,
    actor: Actor,
    event: str,
    farmer: Farmer,
    subject_id,
    client: Client | None = None,
    amount: Decimal | None = None,
    limit: Decimal | None = None,
    loan_id: uuid.UUID | None = None,
    receipt_ceiling: Decimal | None = None,
) -> RiskCheck:
    """Evaluate the rules for one event and record the check (in the caller's transaction)."""
    client = client or Client()
    now = utcnow()
    hour_ago = now - dt.timedelta(hours=1)
    signals = {
        "new_device": _new_device(session, actor.id, client.device_id) if actor.id else None,
        **_position(session, actor, event, farmer, client),
    }
    if event in (RiskEvent.APPLICATION, RiskEvent.DISBURSEMENT):
        signals["farmers_sharing_national_id"] = _sharing(session, farmer, Farmer.national_id_index)
        signals["farmers_sharing_phone"] = _sharing(session, farmer, Farmer.phone_index)
        signals["confirmed_fraud"] = session.scalar(
            select(func.count())
            .select_from(RiskCheck)
            .where(RiskCheck.farmer_id == farmer.id, RiskCheck.status == RiskCheckStatus.CONFIRMED)
        )
    if event == RiskEvent.APPLICATION:
        signals["applications_last_hour"] = 1 + session.scalar(
            select(func.count())
            .select_from(Application)
            .where(Application.farmer_id == farmer.id, Application.submitted_at > hour_ago)
        )
        if amount is not None and limit is not None:
            signals.update(
                amount=amount,
                limit=limit,
                just_under_limit_before=session.scalar(
                    select(func.count())
                    .select_from(RiskCheck)
                    .where(
                        RiskCheck.farmer_id == farmer.id,
                        RiskCheck.just_under_limit.is_(True),
                        RiskCheck.created_at > now - dt.timedelta(days=30),
                    )
                ),
            )
    if event == RiskEvent.REPAYMENT and loan_id is not None:
        session.flush()
        signals["repayments_last_hour"] = session.scalar(
            select(func.count())
            .select_from(LoanTransaction)
            .where(
                LoanTransaction.loan_id == loan_id,
                LoanTransaction.kind == TransactionKind.REPAYMENT,
                LoanTransaction.posted_at > hour_ago,
            )
        )
        signals.update(amount=amount, receipt_ceiling=receipt_ceiling)
    limits = thresholds(settings_of(session))
    assessment = rules.evaluate(rules.Signals(**signals), limits)
    check = RiskCheck(
        event=event,
        subject_id=str(subject_id),
        farmer_id=farmer.id,
        actor_id=actor.id,
        outcome=assessment.outcome,
        hits=assessment.as_json()["hits"],
        signals={k: _json(v) for k, v in signals.items() if v is not None},
        amount=amount,
        status=RiskCheckStatus.NONE if assessment.outcome == RiskOutcome.ALLOW else RiskCheckStatus.OPEN,
        just_under_limit=amount is not None
        and limit is not None
        and rules.just_under(amount, limit, limits.near_limit_share),
    )
    session.add(check)
    return check


def _json(value):
    return str(value) if isinstance(value, Decimal) else value


def require_no_hold(session: Session, *, farmer_id: uuid.UUID) -> None:
    """409 `risk_review` while the farmer has an open or confirmed check (money must not go out)."""
    holding = session.scalars(
        select(RiskCheck)
        .where(RiskCheck.farmer_id == farmer_id, RiskCheck.status.in_(HOLDING))
        .order_by(RiskCheck.created_at)
    ).all()
    if holding:
        reasons = [hit["reason"] for check in holding for hit in check.hits]
        raise Conflict(
            "The farmer is held for a risk review; a credit officer must clear it first.",
            code="risk_review",
            errors={"risk_checks": [str(check.id) for check in holding], "reasons": reasons},
        )


def get_or_raise(*, session: Session, check_id: uuid.UUID) -> RiskCheck:
    check = session.get(RiskCheck, check_id)
    if check is None:
        raise NotFound("No such risk check.")
    return check


def list_(*, session: Session, filters: dict, cursor: str | None, limit: int) -> pagination.Page:
    stmt = select(RiskCheck)
    for name in ("status", "outcome", "event", "farmer_id"):
        if filters.get(name) is not None:
            stmt = stmt.where(getattr(RiskCheck, name) == filters[name])
    return pagination.page(session, stmt, RiskCheck, cursor=cursor, limit=limit)


@use_case
def resolve(*, session: Session, actor: Actor, check_id: uuid.UUID, resolution: str, note: str) -> RiskCheck:
    """An officer's verdict on a held check: `cleared` (release) or `confirmed` (fraud: keeps holding)."""
    check = session.scalar(select(RiskCheck).where(RiskCheck.id == check_id).with_for_update())
    if check is None:
        raise NotFound("No such risk check.")
    if check.status != RiskCheckStatus.OPEN:
        raise Conflict(f"This check is {check.status}; only an open one can be resolved.", code="risk_check_closed")
    check.status, check.resolved_by, check.resolved_at, check.note = resolution, actor.id, utcnow(), note
    audit.record(
        session,
        actor=actor,
        action=f"risk.{resolution}",
        entity_type="risk_check",
        entity_id=check.id,
        detail={"farmer_id": str(check.farmer_id), "event": check.event, "note": note},
    )
    return check


def open_check_of(session: Session, *, subject_id) -> RiskCheck | None:
    return session.scalar(
        select(RiskCheck).where(RiskCheck.subject_id == str(subject_id), RiskCheck.status == RiskCheckStatus.OPEN)
    )
