"""Repayments through WeChat Pay from the mini-program (DESIGN.md §2: the borrower starts a payment, the provider's
verified confirmation books it).

- `start`: a borrower asks to pay an amount of their own CNY loan; a JSAPI order is created for the openid their
  WeChat account is bound to (out_trade_no = our reference of the attempt, through `loans.start_payment`), and the
  signed `wx.requestPayment` parameters come back. Nothing is booked.
- `notified`: WeChat Pay's notification, verified (platform key and serial, 5-minute window), its nonce refused if
  seen before, its resource decrypted; a SUCCESS for an order we started, for its amount, books the repayment once
  by WeChat Pay's transaction_id (`loans.confirm_provider_payment`). The nonce, the order and the booking are one
  unit of work: a notification refused or failed leaves nothing, and WeChat Pay sends it again.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from .. import i18n
from ..channels.wechatpay import BadNotification, Merchant, WechatPayProvider
from ..domain.actors import SYSTEM, Actor
from ..domain.receipts import ReceiptChannel
from ..errors import Conflict, LendingError, ValidationFailed
from ..models import Farmer, LoanTransaction
from ..models.base import utcnow
from ..money import from_minor
from . import idempotency, loans, payment_orders, wechat_sign_in
from ._clock import lender_today
from .unit_of_work import settings_of, use_case

log = logging.getLogger(__name__)

PROVIDER = ReceiptChannel.WECHAT_PAY
CURRENCY = "CNY"  # WeChat Pay's mini-program payments are in yuan


@use_case
def start(
    *,
    session: Session,
    actor: Actor,
    merchant: Callable[[], Merchant],
    loan_id: uuid.UUID,
    amount: Decimal,
    reference: uuid.UUID,
    idempotency_key: str | None = None,
) -> loans.PaymentStarted:
    """Start a WeChat Pay repayment of `amount` on the borrower's own loan → the order and the `wx.requestPayment`
    parameters (`client_params`). Another's loan 404, before the merchant's settings are read (`merchant()`, which
    503s when they are missing); a loan not in CNY 422; a farmer whose WeChat account is not bound 409
    `wechat_not_bound`; more than owed 422 (as every payment)."""
    loan = loans.get_or_raise(session=session, actor=actor, loan_id=loan_id)
    if loan.currency != CURRENCY:
        raise ValidationFailed(
            f"WeChat Pay takes {CURRENCY}; this loan is in {loan.currency}.",
            code="currency_not_supported",
            errors={"amount": [f"This loan is in {loan.currency}; WeChat Pay takes {CURRENCY} only."]},
        )
    farmer = session.get(Farmer, loan.farmer_id)
    openid = _openid_of(session, farmer.id)
    description = i18n.text("payment.wechatpay.description", farmer.language or i18n.DEFAULT_LANGUAGE)
    return loans.start_payment(
        session=session,
        actor=actor,
        loan_id=loan_id,
        amount=amount,
        reference=reference,
        idempotency_key=idempotency_key,
        provider=WechatPayProvider(merchant(), description=description),
        payer=openid,
    )


def _openid_of(session: Session, farmer_id: uuid.UUID) -> str:
    """The openid the farmer's WeChat account is bound to (by the WeChat sign-in), or 409 `wechat_not_bound`."""
    openid = wechat_sign_in.openid_of(session, farmer_id)
    if not openid:
        raise Conflict(
            "Sign in with WeChat in the mini-program first: your WeChat account is not bound to you yet.",
            code="wechat_not_bound",
        )
    return openid


@dataclass(frozen=True)
class Notified:
    """What a verified notification did: `transaction` booked now (created) or before, or None (not a payment)."""

    transaction: LoanTransaction | None
    created: bool


@use_case
def notified(*, session: Session, merchant: Merchant, headers, body: bytes, now: float | None = None) -> Notified:
    """Handle WeChat Pay's payment notification (headers and the body exactly as received). Not WeChat Pay's, too
    old, or a nonce seen before → 401 `wechatpay_bad_notification`; an order we did not start, or another amount →
    400; a trade that did not succeed is acknowledged and books nothing."""
    notification = merchant.verify(headers=headers, body=body, now=utcnow().timestamp() if now is None else now)
    _refuse_replay(session, notification.nonce)
    paid = merchant.decrypt(notification.body.get("resource"))
    if paid.get("trade_state") != "SUCCESS":
        log.info("wechatpay notification %s: trade_state %s", notification.body.get("id"), paid.get("trade_state"))
        return Notified(transaction=None, created=False)
    if paid.get("mchid") != merchant.mchid or paid.get("appid") != merchant.appid:
        raise BadNotification("The notification is for another merchant or appid.")
    order = payment_orders.find(session, provider=PROVIDER, reference=str(paid.get("out_trade_no") or ""))
    transaction_id = paid.get("transaction_id")
    if order is None or not isinstance(transaction_id, str) or not transaction_id:
        log.error("wechatpay notification for an order we did not start: %r", paid.get("out_trade_no"))
        raise LendingError("No such order.", code="wechatpay_unknown_order", errors={"out_trade_no": ["Unknown."]})
    amount = _amount(paid.get("amount"))
    if amount != order.amount:
        log.error("wechatpay paid %s for order %s of %s", amount, order.reference, order.amount)
        raise LendingError(
            "The amount is not the order's.", code="wechatpay_amount_mismatch", errors={"amount": ["Not the order's."]}
        )
    transaction, created = loans.confirm_provider_payment(
        session=session,
        provider=PROVIDER,
        loan_id=order.loan_id,
        amount=amount,
        external_ref=transaction_id,
        paid_on=_paid_on(session, paid.get("success_time")),
    )
    return Notified(transaction=transaction, created=created)


def _refuse_replay(session: Session, nonce: str) -> None:
    """Remember the nonce (with the booking); one seen before is a replay → 401."""
    key = idempotency.Key.of(
        owner=SYSTEM.id, key=f"wechatpay:nonce:{nonce}", operation="wechatpay.notify", request={"nonce": nonce}
    )
    if idempotency.claim(session, key, field="Wechatpay-Nonce") is not None:
        raise BadNotification("This notification was received before (its nonce is spent).")
    idempotency.remember(session, key, status=204, result=None)


def _amount(amount) -> Decimal:
    """`amount.total` in fen (an integer) as yuan; another currency or no integer → 400."""
    total = amount.get("total") if isinstance(amount, dict) else None
    if isinstance(total, bool) or not isinstance(total, int) or total <= 0 or amount.get("currency") != CURRENCY:
        raise LendingError(
            "amount must be a positive integer total in CNY fen.",
            code="wechatpay_bad_body",
            errors={"amount": ["A positive integer total in CNY fen."]},
        )
    return from_minor(total, CURRENCY)


def _paid_on(session: Session, success_time) -> dt.date | None:
    """The business date WeChat Pay took the money (its success_time, in the lender's timezone), never after today;
    None (today) when it gives none we can read."""
    try:
        moment = dt.datetime.fromisoformat(success_time)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return min(moment.astimezone(ZoneInfo(settings_of(session).lender_tz)).date(), lender_today(session))
