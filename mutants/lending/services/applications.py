"""Loan applications: decided on submission by the engine (features → PD → policy), stored with everything needed
to replay the decision; referred ones are decided by a credit officer, with a note (PIPL art. 24: a human path)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..canonical import canonical_json
from ..domain.actors import Actor, own_channel
from ..domain.consents import ConsentPurpose
from ..domain.risk import RiskEvent
from ..domain.statuses import ApplicationStatus, LoanStatus
from ..errors import Conflict, NotFound, ValidationFailed
from ..models import Application, Decision, Farmer, Loan, Product, RiskCheck
from ..models.base import utcnow
from ..money import fits_currency
from ..scoring import engine, policy
from . import (
    _client_ids,
    _exposure,
    _histories,
    audit,
    consents,
    farmers,
    idempotency,
    notices,
    pagination,
    products,
    registry,
    risk,
)
from ._clock import lender_today
from ._scopes import farmer_scope
from .unit_of_work import settings_of, use_case


def policy_settings(session: Session) -> policy.Settings:
    settings = settings_of(session)
    return policy.Settings(approve_below_pd=settings.policy_approve_pd, decline_from_pd=settings.policy_decline_pd)


def get(*, session: Session, actor: Actor, application_id: uuid.UUID) -> Application | None:
    return session.scalar(
        select(Application)
        .join(Farmer, Farmer.id == Application.farmer_id)
        .where(Application.id == application_id, farmer_scope(actor))
    )


def get_or_raise(*, session: Session, actor: Actor, application_id: uuid.UUID) -> Application:
    application = get(session=session, actor=actor, application_id=application_id)
    if application is None:
        raise NotFound("No such application.")
    return application


def decision_of(*, session: Session, application: Application) -> Decision:
    return session.get(Decision, application.decision_id)


def inputs_for(
    *,
    session: Session,
    farmer: Farmer,
    product: Product,
    amount: Decimal,
    term_months: int,
    on: dt.date,
    check: RiskCheck,
) -> dict:
    worst = session.scalar(
        select(func.max(Loan.days_past_due)).where(Loan.farmer_id == farmer.id, Loan.status == LoanStatus.ACTIVE)
    )
    open_ = _exposure.of_farmer(
        session=session,
        farmer_id=farmer.id,
        currency=product.currency,
        valid_days=settings_of(session).offer_valid_days,
    )
    history, rejected = _histories.build(session=session, farmer=farmer, as_of=on)
    market = farmers.market_of(session, farmer.village_code)
    return {
        "history": history,
        # the records are in the farmer's market's currency: the model reads their amounts in yuan at this figure
        "records_currency": {"currency": market.currency, "per_model_unit": str(market.per_model_unit)},
        "evidence_rule": engine.VERIFIED_ONLY,
        "excluded": rejected,
        "as_of": on.isoformat(),
        "request": {"amount": str(amount), "term_months": term_months, "on": on.isoformat()},
        "product": products.as_terms(product),
        "facts": {
            "consent_to_scoring": True,  # checked before scoring: without it nothing is computed
            "kyc_complete": bool(farmer.name and farmer.national_id and farmer.phone),
            "worst_days_past_due_current": worst,  # our own active loans; None = none
            "fraud_hold": check.outcome == "block",
            "risk_review": check.outcome == "review",
            "open_exposure": str(open_.amount),  # the limit is net of it (DESIGN §2)
            "open_loans": open_.open_loans,
        },
        "risk": {"outcome": check.outcome, "hits": check.hits},
        "settings": engine.settings_json(policy_settings(session)),
    }


def _exposure_moved(*, session: Session, farmer: Farmer, product: Product, inputs: dict) -> bool:
    now = _exposure.of_farmer(
        session=session,
        farmer_id=farmer.id,
        currency=product.currency,
        valid_days=settings_of(session).offer_valid_days,
    )
    facts = inputs["facts"]
    return (str(now.amount), now.open_loans) != (facts["open_exposure"], facts["open_loans"])


@dataclass(frozen=True)
class Submission:
    """Apply for a loan: `id` is the client's (a retry with the same id and body gets the stored decision)."""

    farmer_id: uuid.UUID
    product_code: str
    amount: Decimal
    term_months: int
    id: uuid.UUID | None = None
    channel: str | None = None  # app | agent | ussd | …; by default from the actor's role


@dataclass(frozen=True)
class Submitted:
    application: Application
    created: bool  # False: a retry, answered with the stored decision


@use_case
def submit(
    *,
    session: Session,
    actor: Actor,
    command: Submission,
    client: risk.Client | None = None,
    idempotency_key: str | None = None,
) -> Submitted:
    """Decide an application now. A retry with the same id and body — or the same `idempotency_key` (a channel's
    own key: a USSD session and step, a sync mutation id) and command — returns the stored application and decision,
    never a second decision."""
    key = idempotency.for_use_case(actor=actor, key=idempotency_key, operation="applications.submit", command=command)
    stored = idempotency.claim(session, key)
    if stored is not None:
        return Submitted(
            application=session.get(Application, uuid.UUID(stored.result["application_id"])), created=False
        )
    submitted = _decide(session=session, actor=actor, command=command, client=client)
    if submitted.created:  # the farmer hears the decision, whichever channel it came from
        notices.decision(session, actor=actor, application=submitted.application)
    idempotency.remember(
        session,
        key,
        status=201 if submitted.created else 200,
        result={"application_id": str(submitted.application.id)},
    )
    return submitted


def require_market_product(session: Session, farmer: Farmer, product: Product) -> None:
    """422 naming product_code unless the product lends in the farmer's market's currency: their records, capacity
    and repayments are in it."""
    market = farmers.market_of(session, farmer.village_code)
    if product.currency != market.currency:
        raise ValidationFailed(
            errors={
                "product_code": [
                    f"{product.code} lends in {product.currency}; a farmer in {market.name} borrows in "
                    f"{market.currency}."
                ]
            }
        )


def _decide(*, session: Session, actor: Actor, command: Submission, client: risk.Client | None) -> Submitted:
    farmer = farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=command.farmer_id)
    product = products.get_active_or_raise(session=session, code=command.product_code)
    require_market_product(session, farmer, product)
    amount = command.amount
    if not fits_currency(amount, product.currency):
        raise ValidationFailed(errors={"amount": [f"Too many decimals for {product.currency}."]})
    earlier = _client_ids.created_before(
        session,
        Application,
        {
            "id": command.id,
            "farmer_id": farmer.id,
            "product_id": product.id,
            "requested_amount": amount,
            "requested_term_months": command.term_months,
        },
        visible=lambda application: get(session=session, actor=actor, application_id=application.id) is not None,
    )
    if earlier is not None:
        return Submitted(application=earlier, created=False)
    if not consents.has_active(session=session, farmer_id=farmer.id, purpose=ConsentPurpose.CREDIT_SCORING):
        raise Conflict(
            "The farmer has not consented to credit scoring; record the consent first.",
            code="consent_required",
            errors={"farmer_id": ["No active credit_scoring consent."]},
        )
    version, model = registry.current(session=session)
    application_id = command.id or uuid.uuid4()
    on = lender_today(session)
    # Read and score before taking the farmer: the lock is held only to confirm the exposure and to write (the
    # risk check and a new device wait unflushed), so concurrent decisions overlap in everything but that.
    with session.no_autoflush:
        check = risk.assess(
            session,
            actor=actor,
            event=RiskEvent.APPLICATION,
            farmer=farmer,
            subject_id=application_id,
            client=client,
            amount=amount,
            limit=product.max_amount,
        )
        inputs = inputs_for(
            session=session,
            farmer=farmer,
            product=product,
            amount=amount,
            term_months=command.term_months,
            on=on,
            check=check,
        )
        result = engine.decide(model, inputs)
    _exposure.lock_farmer(session, farmer.id)  # one decision per farmer at a time: no stacking on one limit
    session.refresh(farmer)  # as of the lock: an erasure may have committed before it
    farmers.require_not_erased(farmer)
    if _exposure_moved(session=session, farmer=farmer, product=product, inputs=inputs):
        # another decision or loan of this farmer committed meanwhile: decide again on what is open now
        inputs = inputs_for(
            session=session,
            farmer=farmer,
            product=product,
            amount=amount,
            term_months=command.term_months,
            on=on,
            check=check,
        )
        result = engine.decide(model, inputs)
    decision = Decision(
        application_id=application_id,
        model_version=version.version,
        inputs_hash=engine.inputs_hash(inputs),
        inputs=inputs,
        features=result.features,
        pd=result.pd,
        score=result.score,
        status=result.status,
        rule=result.rule,
        output=result.output,
    )
    session.add(decision)
    session.flush()
    out = result.output
    application = Application(
        id=application_id,
        farmer_id=farmer.id,
        product_id=product.id,
        currency=product.currency,
        requested_amount=amount,
        requested_term_months=command.term_months,
        channel=command.channel or own_channel(actor.role),
        submitted_by=actor.id if actor.is_staff else None,
        status=result.status,
        decided_by="engine",
        amount=Decimal(out["amount"]),
        credit_limit=Decimal(out["limit"]),
        apr=Decimal(out["apr"]),
        term_months=out["term_months"],
        due_date=dt.date.fromisoformat(out["due_date"]) if out["due_date"] else None,
        decision_id=decision.id,
    )
    session.add(application)
    audit.record(
        session,
        actor=actor,
        action="application.decide",
        entity_type="application",
        entity_id=application_id,
        detail={
            "farmer_id": str(farmer.id),
            "status": result.status,
            "rule": result.rule,
            "score": result.score,
            "model_version": version.version,
        },
    )
    return Submitted(application=application, created=True)


@use_case
def review(
    *, session: Session, actor: Actor, application_id: uuid.UUID, approve: bool, note: str, amount: Decimal | None
) -> Application:
    """A credit officer decides a referred application. Approving may lower the amount, never above the limit."""
    application = get_or_raise(session=session, actor=actor, application_id=application_id)
    if application.status != ApplicationStatus.REFERRED or application.reviewed_at is not None:
        raise Conflict(
            f"Only a referred application can be reviewed; this one is {application.status}.", code="not_referred"
        )
    product = session.get(Product, application.product_id)
    if approve:
        ceiling = _limit_now(session=session, application=application, product=product)
        granted = amount if amount is not None else application.amount
        if not product.min_amount <= granted <= ceiling:
            raise ValidationFailed(
                errors={
                    "amount": [
                        f"Between {product.min_amount:.2f} and the limit {ceiling:.2f} "
                        "(net of what the farmer has open)."
                    ]
                }
            )
        application.amount = granted
    application.status = ApplicationStatus.APPROVED if approve else ApplicationStatus.DECLINED
    if not approve:
        application.amount = Decimal(0)
    application.decided_by = "officer"
    application.reviewed_by, application.reviewed_at, application.review_note = actor.id, utcnow(), note
    held = risk.open_check_of(session, subject_id=application.id)
    if held is not None and approve:  # approving a risk referral clears its check; a decline leaves it open for
        risk.resolve(
            session=session,
            actor=actor,
            check_id=held.id,  # a fraud verdict (/risk)
            resolution="cleared",
            note=note,
        )
    audit.record(
        session,
        actor=actor,
        action="application.review",
        entity_type="application",
        entity_id=application.id,
        detail={"status": application.status, "note": note, "amount": str(application.amount)},
    )
    return application


def _limit_now(*, session: Session, application: Application, product: Product) -> Decimal:
    """The most an officer may approve today: the decision's capacity less the farmer's open exposure now (other
    offers may have been taken since), in limit steps, within the product and the decided limit's basis."""
    capacity = decision_of(session=session, application=application).output.get("capacity")
    if capacity is None:  # decided before exposure was netted: the decided limit
        return application.credit_limit
    _exposure.lock_farmer(session, application.farmer_id)
    open_ = _exposure.of_farmer(
        session=session,
        farmer_id=application.farmer_id,
        currency=application.currency,
        valid_days=settings_of(session).offer_valid_days,
        excluding=application.id,
    )
    return min(policy.in_steps(Decimal(capacity) - open_.amount, policy_settings(session)), product.max_amount)


def list_(*, session: Session, actor: Actor, filters: dict, cursor: str | None, limit: int) -> pagination.Page:
    stmt = select(Application).join(Farmer, Farmer.id == Application.farmer_id).where(farmer_scope(actor))
    for name in ("status", "farmer_id"):
        if filters.get(name) is not None:
            stmt = stmt.where(getattr(Application, name) == filters[name])
    return pagination.page(session, stmt, Application, cursor=cursor, limit=limit)


@dataclass(frozen=True)
class DecidedAgain:
    identical: bool  # the output matches the stored one byte for byte, and the inputs their stored hash
    stored: dict
    replayed: dict


def decide_again(*, session: Session, application: Application) -> DecidedAgain:
    """Decide again from the stored inputs with the stored model version (an audit of the decision)."""
    decision = decision_of(session=session, application=application)
    model = registry.get_model(session=session, version=decision.model_version)
    result = engine.decide(model, decision.inputs)
    return DecidedAgain(
        identical=canonical_json(result.output) == canonical_json(decision.output)
        and engine.inputs_hash(decision.inputs) == decision.inputs_hash,
        stored=decision.output,
        replayed=result.output,
    )
