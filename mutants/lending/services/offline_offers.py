"""Offline offers (issue #13, DESIGN.md §7): pre-approved limits an agent carries to farmers where there is no signal,
signed so that the device can show them and the server can trust them when the agent's acceptance syncs.

Issuing: for each farmer the agent may see (a page at a time), one offer per product of the farmer's market that the
engine would approve now (`quotes.quote`: the same inputs and policy as a decision, nothing stored) at every term the
product allows, with a limit of at least the product's minimum. The offer's limit is the least of those terms', so
that it holds whichever term the farmer takes. A farmer the engine would refer or decline, or who lacks something
(`quote.missing`), gets no offer: the device shows no promise a person might take back. An offer is valid for
SYNC_OFFER_DAYS.

Redeeming (the sync push's `offer.accept`): the offer is checked — signed by a listed key, not expired by the server's
clock at redemption, issued to this agent for a farmer they still see, the amount within [min_amount, limit], the term
within the product's — and consumed once (`offer_redemptions`, keyed by the offer's jti: a second redemption, even
one running concurrently, fails on that key). The application is then submitted and decided again on what holds at
that moment (as every application is), so an offer bounds what may be asked, never what is lent: exposure taken
meanwhile, a risk rule or a changed record still count. A redemption refused for any reason consumes nothing.

Each refusal is a LendingError with its code, rendered as problem JSON by REST and as `rejected` by the sync push:
offer_invalid (422), offer_expired (409), offer_not_yours (403), offer_over_limit / offer_under_minimum (422, naming
amount), offer_term_out_of_range (422, naming term_months), offer_used (409).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.actors import Actor, RequestChannel, Role
from ..domain.statuses import ApplicationStatus
from ..errors import Conflict, Forbidden, ValidationFailed
from ..models import Application, Farmer, OfferRedemption, Product
from ..models.base import utcnow
from ..money import Money, parse_plain
from ..security import offer_tokens
from . import applications, audit, farmers, idempotency, pagination, quotes, risk
from ._scopes import farmer_scope
from .unit_of_work import settings_of, use_case

FIELD = "offer"  # how the sync payload and this module name the token


@dataclass(frozen=True)
class OfflineOffer:
    """An offer as signed: every field but `token` is a claim of `token` (jti, sub, agent, product, ...)."""

    token_id: str
    farmer_id: uuid.UUID
    agent_id: uuid.UUID
    product_code: str
    currency: str
    limit: Decimal
    min_amount: Decimal
    min_term_months: int
    max_term_months: int
    issued_at: dt.datetime
    expires_at: dt.datetime
    token: str = ""

    def claims(self) -> dict:
        return {
            "jti": self.token_id,
            "sub": str(self.farmer_id),
            "agent": str(self.agent_id),
            "product": self.product_code,
            "currency": self.currency,
            "limit": str(Money(self.limit, self.currency).rounded().amount),
            "min_amount": str(Money(self.min_amount, self.currency).rounded().amount),
            "min_term_months": self.min_term_months,
            "max_term_months": self.max_term_months,
            "iat": int(self.issued_at.timestamp()),
            "exp": int(self.expires_at.timestamp()),
        }

    @classmethod
    def of(cls, claims: dict, token: str) -> OfflineOffer:
        """The offer a verified token's claims describe; ValueError (or KeyError, TypeError) if they do not."""
        token_id = claims["jti"]
        terms = (claims["min_term_months"], claims["max_term_months"])
        if not (isinstance(token_id, str) and 0 < len(token_id) <= 64):
            raise ValueError("jti")
        if not all(isinstance(months, int) and not isinstance(months, bool) for months in terms):
            raise ValueError("term bounds")
        return cls(
            token_id=token_id,
            farmer_id=uuid.UUID(claims["sub"]),
            agent_id=uuid.UUID(claims["agent"]),
            product_code=str(claims["product"]),
            currency=str(claims["currency"]),
            limit=parse_plain(claims["limit"]),
            min_amount=parse_plain(claims["min_amount"]),
            min_term_months=terms[0],
            max_term_months=terms[1],
            issued_at=dt.datetime.fromtimestamp(claims["iat"], dt.UTC),
            expires_at=dt.datetime.fromtimestamp(claims["exp"], dt.UTC),
            token=token,
        )


@dataclass(frozen=True)
class Issued:
    offers: list[OfflineOffer]
    next_cursor: str | None  # more farmers to ask for; None on the last page


def signing_keys(session: Session) -> offer_tokens.SigningKeys:
    return offer_tokens.parse(settings_of(session).offer_signing_keys)


def key_set(*, session: Session) -> dict:
    """The JWKS of every listed key (public parts only): what `/.well-known/jwks.json` serves."""
    return signing_keys(session).key_set()


@use_case
def issue(*, session: Session, actor: Actor, cursor: str | None = None, limit: int = 20) -> Issued:
    """Sign offers for a page of the agent's farmers (oldest first, `limit` farmers, at most pagination.MAX_LIMIT:
    each farmer costs up to three quotes per product). Only agents carry offers: anyone else gets 403."""
    if actor.role != Role.AGENT:
        raise Forbidden("Offline offers are signed for field agents, who hand them to their farmers.")
    visible = select(Farmer).where(farmer_scope(actor), Farmer.erased_at.is_(None))
    page = pagination.page(session, visible, Farmer, cursor=cursor, limit=min(limit, pagination.MAX_LIMIT))
    keys = signing_keys(session)
    now = utcnow().replace(microsecond=0)
    expires = now + dt.timedelta(days=settings_of(session).sync_offer_days)
    offered: dict[str, list] = {}  # currency → its products
    offers = []
    for farmer in page.items:
        currency = farmers.market_of(session, farmer.village_code).currency
        if currency not in offered:
            offered[currency] = quotes.products_for(session=session, currency=currency)
        for product in offered[currency]:
            limit_ = _limit_for_every_term(session=session, actor=actor, farmer=farmer, product=product)
            if limit_ is None:
                continue
            offer = OfflineOffer(
                token_id=uuid.uuid4().hex,
                farmer_id=farmer.id,
                agent_id=actor.id,
                product_code=product.code,
                currency=product.currency,
                limit=limit_,
                min_amount=product.min_amount,
                min_term_months=product.min_term_months,
                max_term_months=product.max_term_months,
                issued_at=now,
                expires_at=expires,
            )
            offers.append(dataclasses.replace(offer, token=keys.sign(offer.claims())))
    if offers:
        audit.record(
            session,
            actor=actor,
            action="offer.issue",
            entity_type="agent",
            entity_id=actor.id,
            detail={
                "expires_at": expires.isoformat(),
                "offers": [
                    {"jti": o.token_id, "farmer_id": str(o.farmer_id), "product": o.product_code, "limit": str(o.limit)}
                    for o in offers
                ],
            },
        )
    return Issued(offers=offers, next_cursor=page.next_cursor)


def _limit_for_every_term(*, session: Session, actor: Actor, farmer: Farmer, product: Product) -> Decimal | None:
    """The most the engine would approve now whichever term the product allows the farmer takes, or None when some
    term would not be approved. policy.capacity falls with the term up to a year (one season's proceeds repay a
    shorter loan) and rises beyond it, so the least limit is at the shortest term, at 12 months or at the longest."""
    terms = {product.min_term_months, min(max(12, product.min_term_months), product.max_term_months)}
    least = None
    for months in sorted(terms | {product.max_term_months}):
        quote = quotes.quote(
            session=session, actor=actor, farmer_id=farmer.id, product_code=product.code, term_months=months
        )
        if quote.status != ApplicationStatus.APPROVED or not quote.can_borrow:
            return None
        least = quote.limit if least is None else min(least, quote.limit)
    return least


@use_case
def redeem(
    *,
    session: Session,
    actor: Actor,
    token: str,
    amount: Decimal,
    term_months: int,
    mutation_id: uuid.UUID | None = None,
    idempotency_key: str | None = None,
    application_id: uuid.UUID | None = None,
    client: risk.Client | None = None,
) -> applications.Submitted:
    """Consume the offer `token` for `amount` over `term_months` and submit the farmer's application (its id
    `application_id` when the device chose one), recording `mutation_id` (the sync mutation that carried it) on the
    redemption. With `idempotency_key`, the same key and arguments again return the application of the first call
    (created=False); the same key with other arguments is 409 idempotency_mismatch. `client` is where the agent was
    (the risk rules refer an agent's application sent without a position)."""
    command = {
        "token": token,
        "amount": amount,
        "term_months": term_months,
        "mutation_id": mutation_id,
        "application_id": application_id,
    }
    key = idempotency.for_use_case(actor=actor, key=idempotency_key, operation="offline_offers.redeem", command=command)
    stored = idempotency.claim(session, key)
    if stored is not None:
        application = session.get(Application, uuid.UUID(stored.result["application_id"]))
        return applications.Submitted(application=application, created=False)
    offer = _verified(session, token)
    _require_yours(session, actor, offer)
    _require_within(offer, amount, term_months)
    redemption = _consume(session, offer, mutation_id)
    submitted = applications.submit(
        session=session,
        actor=actor,
        command=applications.Submission(
            farmer_id=offer.farmer_id,
            product_code=offer.product_code,
            amount=amount,
            term_months=term_months,
            id=application_id,
            channel=RequestChannel.AGENT,
        ),
        client=client,
    )
    redemption.application_id = submitted.application.id
    audit.record(
        session,
        actor=actor,
        action="offer.redeem",
        entity_type="offer",
        entity_id=offer.token_id,
        detail={
            "farmer_id": str(offer.farmer_id),
            "product": offer.product_code,
            "amount": str(amount),
            "currency": offer.currency,
            "term_months": term_months,
            "application_id": str(submitted.application.id),
            "mutation_id": None if mutation_id is None else str(mutation_id),
        },
    )
    idempotency.remember(session, key, status=201, result={"application_id": str(submitted.application.id)})
    return submitted


def _verified(session: Session, token: str) -> OfflineOffer:
    """The offer `token` carries: 422 offer_invalid unless a listed key signed it, 409 offer_expired after `exp`."""
    try:
        claims = signing_keys(session).verify(token, now=utcnow(), required=("jti", "sub", "agent", "iat", "exp"))
        return OfflineOffer.of(claims, token)
    except offer_tokens.ExpiredOffer:
        raise Conflict(
            "This offer has expired; the farmer can apply as usual.",
            code="offer_expired",
            errors={FIELD: ["Expired."]},
        ) from None
    except (offer_tokens.InvalidOffer, ValueError, KeyError, TypeError, OverflowError, OSError):
        raise ValidationFailed(
            "This is not an offer we signed, or it was changed after signing.",
            code="offer_invalid",
            errors={FIELD: ["Not a valid offer."]},
        ) from None


def _require_yours(session: Session, actor: Actor, offer: OfflineOffer) -> None:
    """403 offer_not_yours unless the offer was issued to `actor` for a farmer they still see."""
    if offer.agent_id != actor.id:
        raise Forbidden(
            "This offer was issued to another agent.", code="offer_not_yours", errors={FIELD: ["Not issued to you."]}
        )
    if farmers.get(session=session, actor=actor, farmer_id=offer.farmer_id) is None:
        raise Forbidden(
            "The farmer of this offer is no longer one of yours.",
            code="offer_not_yours",
            errors={FIELD: ["Not one of your farmers."]},
        )


def _require_within(offer: OfflineOffer, amount: Decimal, term_months: int) -> None:
    """422 naming amount outside [min_amount, limit], or term_months outside the product's terms."""
    if amount > offer.limit:
        raise ValidationFailed(
            f"The offer is for at most {offer.limit} {offer.currency}.",
            code="offer_over_limit",
            errors={"amount": [f"At most {offer.limit} {offer.currency}."]},
        )
    if amount < offer.min_amount:
        raise ValidationFailed(
            f"The product lends at least {offer.min_amount} {offer.currency}.",
            code="offer_under_minimum",
            errors={"amount": [f"At least {offer.min_amount} {offer.currency}."]},
        )
    if not offer.min_term_months <= term_months <= offer.max_term_months:
        raise ValidationFailed(
            f"The offer's product runs {offer.min_term_months} to {offer.max_term_months} months.",
            code="offer_term_out_of_range",
            errors={"term_months": [f"Between {offer.min_term_months} and {offer.max_term_months}."]},
        )


def _consume(session: Session, offer: OfflineOffer, mutation_id: uuid.UUID | None) -> OfferRedemption:
    """The offer's redemption row, inserted now: its primary key (the jti) lets one redemption through; another —
    before or at the same time, waiting on this one's row until it commits — is 409 offer_used."""
    if session.get(OfferRedemption, offer.token_id) is not None:
        raise _used()
    redemption = OfferRedemption(token_id=offer.token_id, farmer_id=offer.farmer_id, mutation_id=mutation_id)
    try:
        with session.begin_nested():
            session.add(redemption)
    except IntegrityError:
        raise _used() from None
    return redemption


def _used() -> Conflict:
    return Conflict("This offer was redeemed already.", code="offer_used", errors={FIELD: ["Already redeemed."]})
