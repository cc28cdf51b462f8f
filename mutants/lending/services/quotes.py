"""What the engine would offer a farmer now, without deciding (issue #12's pre-approved limit; #13's offline offers
will read the same): the same inputs as a decision (verified records, open exposure, consent, KYC) and the same
policy, but nothing is stored — no decision, application or risk check. Applying is `applications.submit`, which
decides again on what holds then. A farmer who cannot borrow yet is told what is missing, not a bare refusal.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import schedules
from ..domain.actors import Actor
from ..domain.consents import ConsentPurpose
from ..domain.risk import RiskOutcome
from ..models import Application, Product, RiskCheck
from ..scoring import engine
from . import _postings, applications, consents, farmers, loans, products, registry
from ._clock import lender_today

# What a farmer lacks, by the rule that stopped the engine: the words a channel shows (i18n `missing.<code>`).
CONSENT, IDENTITY, CROP_SALES, VERIFICATION = "consent", "identity", "crop_sales", "verification"


@dataclass(frozen=True)
class Quote:
    product_code: str
    currency: str
    status: str  # approved | referred | declined: what applying now would most likely give
    rule: str
    limit: Decimal  # the most the farmer may ask for today, net of what is open; 0 when nothing can be lent
    min_amount: Decimal
    amount: Decimal  # what would be lent of what was asked
    apr: Decimal
    term_months: int
    total_cost_of_credit: Decimal | None  # of `amount` over `term_months`, when something would be lent
    missing: tuple[str, ...]  # what the farmer lacks to borrow (CONSENT, IDENTITY, CROP_SALES, VERIFICATION)

    @property
    def can_borrow(self) -> bool:
        return self.status != "declined" and self.limit >= self.min_amount


def products_for(*, session: Session, currency: str) -> list[Product]:
    """The active products lending in `currency` (a farmer's market's), by code."""
    return list(
        session.scalars(select(Product).where(Product.active, Product.currency == currency).order_by(Product.code))
    )


def quote(
    *,
    session: Session,
    actor: Actor,
    farmer_id: uuid.UUID,
    product_code: str,
    amount: Decimal | None = None,
    term_months: int | None = None,
) -> Quote:
    """The decision the engine would make for `amount` (by default the product's maximum: the limit shows) over
    `term_months` (by default the product's shortest), today."""
    farmer = farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    product = products.get_active_or_raise(session=session, code=product_code)
    applications.require_market_product(session, farmer, product)
    amount = product.max_amount if amount is None else amount
    term_months = product.min_term_months if term_months is None else term_months
    if not consents.has_active(session=session, farmer_id=farmer.id, purpose=ConsentPurpose.CREDIT_SCORING):
        return Quote(
            product.code, product.currency, "declined", "hard.consent", Decimal(0), product.min_amount,
            Decimal(0), Decimal(0), 0, None, (CONSENT,),
        )  # fmt: skip
    _, model = registry.current(session=session)
    on = lender_today(session)
    unscreened = RiskCheck(outcome=RiskOutcome.ALLOW, hits=[])  # transient: the risk rules run when applying
    inputs = applications.inputs_for(
        session=session, farmer=farmer, product=product, amount=amount, term_months=term_months, on=on,
        check=unscreened,
    )  # fmt: skip
    decided = engine.decide(model, inputs)
    output = decided.output
    lent = Decimal(output["amount"])
    cost = None
    if lent > 0:
        offered = Application(  # transient, never added: the terms an offer of this would have
            amount=lent,
            currency=product.currency,
            apr=Decimal(output["apr"]),
            term_months=output["term_months"],
            due_date=None if output["due_date"] is None else dt.date.fromisoformat(output["due_date"]),
        )
        terms = _postings.quantize_terms(loans.application_terms(application=offered, product=product, start=on))
        cost = schedules.build(terms).total_cost_of_credit
    return Quote(
        product_code=product.code,
        currency=product.currency,
        status=output["status"],
        rule=output["rule"],
        limit=Decimal(output["limit"]),
        min_amount=product.min_amount,
        amount=lent,
        apr=Decimal(output["apr"]),
        term_months=output["term_months"],
        total_cost_of_credit=cost,
        missing=_missing(decided, inputs),
    )


def _missing(decided: engine.Result, inputs: dict) -> tuple[str, ...]:
    """What stops the farmer for want of a record, not for what the records say: no identity (or no birth year, so
    no age), no verified crop sales of the last 12 months (unverified ones waiting for an agent), or records the
    engine would count only once verified."""
    output = decided.output
    rule = output["rule"]
    if rule == "hard.kyc" or (rule == "hard.age" and inputs["history"].get("birth_year") is None):
        return (IDENTITY,)
    unverified = any(r.get("reason") == "unverified" for r in (output.get("evidence") or {}).get("not_used") or [])
    if output["status"] == "declined" and decided.features.get("revenue_12m") is None:
        return (VERIFICATION,) if unverified else (CROP_SALES,)
    if rule == "evidence.unverified":
        return (VERIFICATION,)
    return ()
