"""Loan use cases: offer (disclosure), accept, disburse, repay, reverse, write off (reading: `loan_views`).

Every money movement locks its loan row and books through `postings` (replay before and after, post the difference),
so the journal always equals the replayed state; the state columns and instalment paid parts are kept in step in the
same transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..channels import payments
from ..domain import ledger, receipts, schedules, servicing
from ..domain.actors import SYSTEM, Actor
from ..domain.products import loan_method
from ..domain.receipts import InternalChannel
from ..domain.refusals import Refused
from ..domain.risk import RiskEvent
from ..domain.statuses import ApplicationStatus, LoanStatus
from ..domain.terms import LoanMethod, LoanTerms, Schedule, TransactionKind
from ..errors import Conflict, NotFound, ValidationFailed, refused
from ..models import Application, Decision, Farmer, JournalLine, Loan, LoanTransaction, Product
from ..money import fits_currency, minor_units
from . import _exposure, _postings, audit, farmers, idempotency, notices, payment_orders, risk
from ._clock import lender_today
from ._scopes import farmer_scope
from .unit_of_work import settings_of, use_case

# --- terms and schedules ----------------------------------------------------------------------------------------


def _method(product: Product) -> str:
    return loan_method(amortization=product.amortization, interest_method=product.interest_method)


def application_terms(*, application: Application, product: Product, start: dt.date) -> LoanTerms:
    """The terms an approved application is offered on, starting `start` (the preview and the loan share them)."""
    harvest = application.due_date if application.due_date and application.due_date > start else None
    return LoanTerms(
        principal=application.amount,
        currency=application.currency,
        annual_rate=application.apr.normalize(),
        method=_method(product),
        term_months=application.term_months,
        start=start,
        day_count=product.day_count,
        harvest=harvest if _method(product) == LoanMethod.BALLOON else None,
        grace_months=product.principal_grace_months,
        fee_rate=product.origination_fee_rate.normalize(),
        fee_mode=product.fee_mode,
    )


# --- reading ----------------------------------------------------------------------------------------------------


def get(*, session: Session, actor: Actor, loan_id: uuid.UUID) -> Loan | None:
    return session.scalar(
        select(Loan).join(Farmer, Farmer.id == Loan.farmer_id).where(Loan.id == loan_id, farmer_scope(actor))
    )


def get_or_raise(*, session: Session, actor: Actor, loan_id: uuid.UUID, lock: bool = False) -> Loan:
    loan = get(session=session, actor=actor, loan_id=loan_id)
    if loan is None:
        raise NotFound("No such loan.")
    if lock:
        loan = session.scalar(
            select(Loan).where(Loan.id == loan.id).with_for_update().execution_options(populate_existing=True)
        )
    return loan


# --- offer and acceptance ---------------------------------------------------------------------------------------


def _approved_application(session: Session, actor: Actor, application_id: uuid.UUID) -> tuple[Application, Product]:
    from . import applications

    application = applications.get_or_raise(session=session, actor=actor, application_id=application_id)
    farmers.require_not_erased(session.get(Farmer, application.farmer_id))
    if application.status != ApplicationStatus.APPROVED:
        raise Conflict(
            f"Only an approved application can be offered; this one is {application.status}.", code="not_approved"
        )
    valid_days = settings_of(session).offer_valid_days
    if _exposure.offer_expired(application, valid_days):
        raise Conflict(f"This offer expired after {valid_days} days; apply again.", code="offer_expired")
    return application, session.get(Product, application.product_id)


def offer(*, session: Session, actor: Actor, application_id: uuid.UUID) -> Schedule:
    """The schedule and disclosure (APR, total cost of credit) the farmer would accept today."""
    application, product = _approved_application(session, actor, application_id)
    return schedules.build(
        _postings.quantize_terms(
            application_terms(application=application, product=product, start=lender_today(session))
        )
    )


@use_case
def accept(
    *, session: Session, actor: Actor, application_id: uuid.UUID, disclosed_apr: Decimal, disclosed_total_cost: Decimal
) -> Loan:
    """Accept the offer: the farmer confirms the APR and total cost of credit they were shown (must match today's)."""
    application, product = _approved_application(session, actor, application_id)
    farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=application.farmer_id, lock=True)
    if session.scalar(select(Loan.id).where(Loan.application_id == application.id)) is not None:
        raise Conflict("This application was already accepted.", code="already_accepted")
    schedule = offer(session=session, actor=actor, application_id=application_id)
    stale = {}
    if disclosed_apr != schedule.apr:
        stale["apr"] = [f"The offer's APR is {schedule.apr}; reload the offer."]
    if disclosed_total_cost != schedule.total_cost_of_credit:
        stale["total_cost_of_credit"] = [f"The offer's total cost is {schedule.total_cost_of_credit}; reload it."]
    if stale:
        raise Conflict("The offer changed since it was shown; show the new one.", code="offer_changed", errors=stale)
    terms = schedule.terms
    loan = Loan(
        application_id=application.id,
        farmer_id=application.farmer_id,
        product_id=product.id,
        currency=terms.currency,
        principal=terms.principal,
        annual_rate=terms.annual_rate,
        method=terms.method,
        term_months=terms.term_months,
        start_date=terms.start,
        first_due=terms.first_due,
        day_count=terms.day_count,
        harvest=terms.harvest,
        balloon_interest=terms.balloon_interest,
        grace_months=terms.grace_months,
        fee_rate=terms.fee_rate,
        fee_mode=terms.fee_mode,
        penalty_rate=product.penalty_rate,
        grace_days=product.grace_days,
        apr=schedule.apr,
        total_cost_of_credit=schedule.total_cost_of_credit,
        disbursed_amount=schedule.disbursed,
        fee=schedule.fee,
        accepted_by=actor.id if actor.is_staff else None,
        status=LoanStatus.ACCEPTED,
        principal_outstanding=schedule.financed_principal,
    )
    session.add(loan)
    session.flush()
    _postings.write_instalments(session, loan, schedule)
    audit.record(
        session,
        actor=actor,
        action="loan.accept",
        entity_type="loan",
        entity_id=loan.id,
        detail={
            "application_id": str(application.id),
            "apr": str(schedule.apr),
            "total_cost_of_credit": str(schedule.total_cost_of_credit),
        },
    )
    return loan


# --- money movements --------------------------------------------------------------------------------------------


def _require_within_capacity(session: Session, loan: Loan) -> None:
    """No money out beyond the capacity its decision found: the farmer's open exposure, this loan included, may have
    grown since (a reversed repayment puts principal back)."""
    if loan.application_id is None:
        return
    application = session.get(Application, loan.application_id)
    capacity = session.get(Decision, application.decision_id).output.get("capacity")
    if capacity is None:  # decided before exposure was netted
        return
    _exposure.lock_farmer(session, loan.farmer_id)
    open_ = _exposure.of_farmer(
        session=session,
        farmer_id=loan.farmer_id,
        currency=loan.currency,
        valid_days=settings_of(session).offer_valid_days,
    )
    if open_.amount > Decimal(capacity):
        raise Conflict(
            f"The farmer's open exposure, this loan included, is {open_.amount:.2f}, above the capacity "
            f"{Decimal(capacity):.2f} of its decision; nothing was paid out.",
            code="limit_exceeded",
        )


@use_case
def disburse(*, session: Session, actor: Actor, loan_id: uuid.UUID) -> Loan:
    """Pay the loan out through the payments provider and book it. Disbursing twice is refused (409)."""
    loan = get_or_raise(session=session, actor=actor, loan_id=loan_id, lock=True)
    if loan.status != LoanStatus.ACCEPTED:
        raise Conflict(f"This loan is {loan.status}; it was disbursed already.", code="already_disbursed")
    farmers.get_writable_or_raise(session=session, actor=actor, farmer_id=loan.farmer_id, lock=True)
    risk.require_no_hold(session, farmer_id=loan.farmer_id)  # no money out while a risk check holds the farmer
    _require_within_capacity(session, loan)
    today = lender_today(session)
    if loan.start_date != today:  # accepted on another day: the schedule runs from the disbursement
        loan.start_date = today
        schedule = _postings.schedule_of(loan)
        loan.apr, loan.total_cost_of_credit = schedule.apr, schedule.total_cost_of_credit
        _postings.write_instalments(session, loan, schedule)
    schedule = _postings.schedule_of(loan)
    farmer = session.get(Farmer, loan.farmer_id)
    payout = payments.provider(settings_of(session).payments_provider).disburse(
        reference=str(loan.id), amount=schedule.disbursed, currency=loan.currency, phone=farmer.phone
    )
    if payout.status == "failed":
        raise Conflict("The payments provider refused the payout; nothing was booked.", code="payout_failed")
    transaction = LoanTransaction(
        loan_id=loan.id,
        kind=TransactionKind.DISBURSEMENT,
        value_date=today,
        amount=schedule.disbursed,
        currency=loan.currency,
        channel=payout.provider,
        external_ref=payout.provider_ref,
        sequence=_postings.next_sequence(loan),
        posted_by=actor.id,
    )
    session.add(transaction)
    session.flush()
    state = servicing.replay(
        schedule, [], today, penalty_rate=loan.penalty_rate.normalize(), grace_days=loan.grace_days
    )
    _postings.post(session, loan, ledger.post(None, state, schedule=schedule), transaction)
    loan.status, loan.disbursed_at = LoanStatus.ACTIVE, dt.datetime.now(dt.UTC)
    _postings.apply_state(session, loan, state)
    audit.record(
        session,
        actor=actor,
        action="loan.disburse",
        entity_type="loan",
        entity_id=loan.id,
        detail={"amount": str(schedule.disbursed), "provider": payout.provider, "provider_ref": payout.provider_ref},
    )
    notices.disbursed(session, loan=loan, amount_paid=schedule.disbursed)
    return loan


@dataclass(frozen=True)
class Repayment:
    """A receipt a person records: the amount, when the money changed hands and its reference (the agent's receipt
    number for cash, the bank's for a transfer); `channel` defaults by role (an agent: cash; an officer: bank)."""

    loan_id: uuid.UUID
    amount: Decimal
    external_ref: str | None = None
    value_date: dt.date | None = None
    channel: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Receipt:
    transaction: LoanTransaction
    created: bool  # False: the same reference (or idempotency key) again, booked once


@use_case
def repay(
    *,
    session: Session,
    actor: Actor,
    command: Repayment,
    client: risk.Client | None = None,
    idempotency_key: str | None = None,
) -> Receipt:
    """Book a receipt a person records (domain.receipts): an agent the cash they collected, an officer a bank
    transfer. A borrower records none (403): the app starts a payment with the provider (`start_payment`). The same
    reference again — or the same `idempotency_key` (a channel's own key) and command — returns the receipt booked."""
    key = idempotency.for_use_case(actor=actor, key=idempotency_key, operation="loans.repay", command=command)
    stored = idempotency.claim(session, key)
    if stored is not None:
        return Receipt(
            transaction=session.get(LoanTransaction, uuid.UUID(stored.result["transaction_id"])), created=False
        )
    channel = command.channel or receipts.default_channel(actor.role) or ""
    transaction, created = _book(
        session=session,
        actor=actor,
        loan_id=command.loan_id,
        amount=command.amount,
        value_date=command.value_date,
        channel=channel,
        external_ref=command.external_ref,
        note=command.note,
        client=client,
        confirmed_by_provider=False,
    )
    idempotency.remember(session, key, status=201 if created else 200, result={"transaction_id": str(transaction.id)})
    return Receipt(transaction=transaction, created=created)


@use_case
def confirm_provider_payment(
    *,
    session: Session,
    provider: str,
    loan_id: uuid.UUID,
    amount: Decimal,
    external_ref: str,
    paid_on: dt.date | None = None,
) -> tuple[LoanTransaction, bool]:
    """A payments provider confirms money it received for a loan (its callback was verified by the caller). The money
    has moved: it is booked whatever its size, and more than the loan owes is held for an officer (a refund)."""
    if provider not in receipts.PROVIDER_CHANNELS:
        raise ValueError(f"not a provider channel: {provider!r}")
    return _book(
        session=session,
        actor=SYSTEM,
        loan_id=loan_id,
        amount=amount,
        value_date=paid_on,
        channel=provider,
        external_ref=external_ref,
        note=None,
        client=None,
        confirmed_by_provider=True,
    )


@dataclass(frozen=True)
class PaymentStarted:
    """A payment the provider is asking the farmer's phone for; `status` stays pending until the provider confirms."""

    loan_id: uuid.UUID
    provider: str
    provider_ref: str
    status: str
    amount: Decimal
    currency: str
    reference: str = ""  # ours, as the provider was given it (WeChat Pay's out_trade_no)
    client_params: dict | None = None  # what the farmer's app needs to pay (WeChat Pay: wx.requestPayment's)


@use_case
def start_payment(
    *,
    session: Session,
    actor: Actor,
    loan_id: uuid.UUID,
    amount: Decimal,
    reference: uuid.UUID,
    idempotency_key: str | None = None,
    provider: payments.PaymentsProvider | None = None,
    payer: str | None = None,
) -> PaymentStarted:
    """The borrower asks to pay (the app or USSD): the provider asks the farmer's phone for the money; nothing is
    booked until the provider confirms it (`confirm_provider_payment`). `reference` is ours, one per attempt, and
    the provider is given it as 32 hex digits; the order is remembered (`payment_orders`) so a confirmation can be
    checked against it. `provider` is the one the farmer chose (default: PAYMENTS_PROVIDER), `payer` their account
    with it when it needs one (a WeChat openid). The same `idempotency_key` (a channel's own: a USSD session and
    step) and command returns the request made."""
    key = idempotency.for_use_case(
        actor=actor,
        key=idempotency_key,
        operation="loans.start_payment",
        command={"loan_id": loan_id, "amount": amount, "reference": reference},
    )
    stored = idempotency.claim(session, key)
    if stored is not None:
        return PaymentStarted(**{**stored.result, "loan_id": loan_id, "amount": Decimal(stored.result["amount"])})
    collector = provider or payments.provider(settings_of(session).payments_provider)
    started = _start_payment(
        session=session,
        actor=actor,
        loan_id=loan_id,
        amount=amount,
        reference=reference.hex,
        collector=collector,
        payer=payer,
    )
    idempotency.remember(
        session,
        key,
        status=201,
        result={
            "provider": started.provider,
            "provider_ref": started.provider_ref,
            "status": started.status,
            "amount": str(started.amount),
            "currency": started.currency,
            "reference": started.reference,
            "client_params": started.client_params,
        },
    )
    return started


def _start_payment(
    *,
    session: Session,
    actor: Actor,
    loan_id: uuid.UUID,
    amount: Decimal,
    reference: str,
    collector: payments.PaymentsProvider,
    payer: str | None,
) -> PaymentStarted:
    loan = get_or_raise(session=session, actor=actor, loan_id=loan_id)
    if loan.status != LoanStatus.ACTIVE:
        raise Conflict(f"This loan is {loan.status}; there is nothing to pay.", code="loan_not_active")
    if not fits_currency(amount, loan.currency):
        raise ValidationFailed(errors={"amount": [f"Too many decimals for {loan.currency}."]})
    owed = receipts.owed(
        _postings.replay(
            loan,
            _postings.transactions_of(session, loan),
            max(_postings.journal_date(session, loan), lender_today(session)),
        )
    )
    if amount > owed:
        raise ValidationFailed(
            f"The loan owes {owed}.",
            code="amount_above_owed",
            errors={"amount": [f"At most {owed} {loan.currency}, what the loan owes."]},
        )
    farmer = session.get(Farmer, loan.farmer_id)
    request = collector.collect(
        reference=reference, amount=amount, currency=loan.currency, phone=farmer.phone, payer=payer
    )
    payment_orders.remember(
        session, provider=request.provider, reference=reference, loan_id=loan.id, amount=amount, currency=loan.currency
    )
    audit.record(
        session,
        actor=actor,
        action="loan.payment_start",
        entity_type="loan",
        entity_id=loan.id,
        detail={
            "amount": str(amount),
            "provider": request.provider,
            "provider_ref": request.provider_ref,
            "status": request.status,
        },
    )
    return PaymentStarted(
        loan_id=loan.id,
        provider=request.provider,
        provider_ref=request.provider_ref,
        status=request.status,
        amount=amount,
        currency=loan.currency,
        reference=reference,
        client_params=request.client_params,
    )


def _seen_receipt(
    session: Session, loan: Loan, *, channel: str, scope: str, external_ref: str | None, amount: Decimal
) -> LoanTransaction | None:
    """The receipt booked before under this reference (the same loan and amount), or None; another use → 409."""
    if not external_ref:
        return None
    seen = session.scalar(
        select(LoanTransaction).where(
            LoanTransaction.channel == channel,
            LoanTransaction.ref_scope == scope,
            LoanTransaction.external_ref == external_ref,
        )
    )
    if seen is not None and (seen.loan_id != loan.id or seen.amount != amount):
        raise Conflict(
            "This reference was used for another receipt.",
            code="duplicate_reference",
            errors={"external_ref": ["Already used with another loan or amount."]},
        )
    return seen


def _book(
    *,
    session: Session,
    actor: Actor,
    loan_id: uuid.UUID,
    amount: Decimal,
    value_date: dt.date | None,
    channel: str,
    external_ref: str | None,
    note: str | None,
    client: risk.Client | None,
    confirmed_by_provider: bool,
) -> tuple[LoanTransaction, bool]:
    loan = get_or_raise(session=session, actor=actor, loan_id=loan_id, lock=True)  # another's loan: 404 first
    if not confirmed_by_provider:
        try:
            receipts.check_recorder(role=actor.role, channel=channel, reference=external_ref)
        except Refused as refusal:
            raise refused(refusal) from None
    scope = receipts.reference_scope(channel=channel, recorded_by=actor.id)
    seen = _seen_receipt(session, loan, channel=channel, scope=scope, external_ref=external_ref, amount=amount)
    if seen is not None:
        return seen, False
    if loan.status not in (LoanStatus.ACTIVE, LoanStatus.CLOSED, LoanStatus.WRITTEN_OFF):
        raise Conflict(f"This loan is {loan.status}; it takes no repayments.", code="loan_not_active")
    today = lender_today(session)
    value_date = value_date or today
    problems = {}
    if not fits_currency(amount, loan.currency):
        problems["amount"] = [f"Too many decimals for {loan.currency}."]
    if value_date > today:
        problems["value_date"] = [f"Must not be after today ({today})."]
    if value_date < loan.start_date:
        problems["value_date"] = [f"Must not be before the disbursement ({loan.start_date})."]
    if problems:
        raise ValidationFailed(errors=problems)
    before = _postings.transactions_of(session, loan)
    as_of = max(_postings.journal_date(session, loan), value_date)
    if loan.status == LoanStatus.WRITTEN_OFF:
        owed = recoverable(session=session, loan=loan)
    else:
        owed = receipts.owed(_postings.replay(loan, before, as_of))
    ceiling = receipts.ceiling(owed, settings_of(session).receipt_tolerance_share, -minor_units(loan.currency))
    if amount > ceiling and not confirmed_by_provider:
        raise ValidationFailed(
            f"The loan owes {owed}; a receipt may be at most {ceiling}.",
            code="amount_above_owed",
            errors={"amount": [f"At most {ceiling} {loan.currency} (owed {owed} plus tolerance)."]},
        )
    kind = TransactionKind.RECOVERY if loan.status == LoanStatus.WRITTEN_OFF else TransactionKind.REPAYMENT
    transaction = LoanTransaction(
        loan_id=loan.id,
        kind=kind,
        value_date=value_date,
        amount=amount,
        currency=loan.currency,
        channel=channel,
        external_ref=external_ref,
        ref_scope=scope,
        sequence=_postings.next_sequence(loan),
        posted_by=actor.id,
        note=note,
    )
    session.add(transaction)
    session.flush()
    if kind == TransactionKind.RECOVERY:
        _postings.post(
            session,
            loan,
            [ledger.recovery(amount, value_date, receipts.cash_account(channel=channel, deposited=False))],
            transaction,
        )
    else:
        after = _postings.repost(session, loan, before, [*before, transaction], as_of, transaction)
        allocation = after.allocations[str(transaction.id)]
        transaction.allocation = {
            part: str(getattr(allocation, part)) for part in ("penalty", "fee", "interest", "principal", "overpayment")
        }
    audit.record(
        session,
        actor=actor,
        action="loan.repay" if kind == TransactionKind.REPAYMENT else "loan.recover",
        entity_type="loan",
        entity_id=loan.id,
        detail={
            "transaction_id": str(transaction.id),
            "amount": str(amount),
            "channel": channel,
            "value_date": value_date.isoformat(),
        },
    )
    risk.assess(
        session,
        actor=actor,
        event=RiskEvent.REPAYMENT,
        farmer=session.get(Farmer, loan.farmer_id),
        subject_id=transaction.id,
        client=client,
        loan_id=loan.id,
        amount=amount,
        receipt_ceiling=ceiling,
    )
    return transaction, True


def recoverable(*, session: Session, loan: Loan) -> Decimal:
    """What a written-off loan may still recover: the amount written off less what was recovered since."""
    rows = session.execute(
        select(LoanTransaction.kind, LoanTransaction.amount).where(
            LoanTransaction.loan_id == loan.id,
            LoanTransaction.kind.in_((TransactionKind.WRITEOFF, TransactionKind.RECOVERY)),
        )
    ).all()
    written_off = sum((amount for kind, amount in rows if kind == TransactionKind.WRITEOFF), Decimal(0))
    recovered = sum((amount for kind, amount in rows if kind == TransactionKind.RECOVERY), Decimal(0))
    return max(written_off - recovered, Decimal(0))


@use_case
def reverse(
    *, session: Session, actor: Actor, loan_id: uuid.UUID, transaction_id: uuid.UUID, reason: str
) -> LoanTransaction:
    """Undo a repayment (a reversal transaction; later repayments re-allocate). Reversing twice is refused."""
    loan = get_or_raise(session=session, actor=actor, loan_id=loan_id, lock=True)
    if loan.status == LoanStatus.WRITTEN_OFF:  # its receivables are gone: a reversal would put one back on a dead loan
        raise Conflict("This loan was written off; its transactions are no longer reversed.", code="loan_written_off")
    target = session.scalar(
        select(LoanTransaction).where(LoanTransaction.id == transaction_id, LoanTransaction.loan_id == loan.id)
    )
    if target is None:
        raise NotFound("No such transaction on this loan.")
    if target.kind != TransactionKind.REPAYMENT:
        raise Conflict("Only a repayment can be reversed.", code="not_reversible")
    if target.reversed_by is not None:
        raise Conflict("This repayment was reversed already.", code="already_reversed")
    before = _postings.transactions_of(session, loan)
    reversal = LoanTransaction(
        loan_id=loan.id,
        kind=TransactionKind.REVERSAL,
        value_date=lender_today(session),
        amount=target.amount,
        currency=loan.currency,
        channel=InternalChannel.SYSTEM,
        reverses=target.id,
        sequence=_postings.next_sequence(loan),
        posted_by=actor.id,
        note=reason,
    )
    session.add(reversal)
    session.flush()
    target.reversed_by = reversal.id
    as_of = max(_postings.journal_date(session, loan), lender_today(session))
    _postings.repost(session, loan, before, [*before, reversal], as_of, reversal)
    audit.record(
        session,
        actor=actor,
        action="loan.reverse",
        entity_type="loan",
        entity_id=loan.id,
        detail={"transaction_id": str(target.id), "reason": reason},
    )
    return reversal


def journal_balances(session: Session, loan_id: uuid.UUID) -> dict[str, Decimal]:
    """Debit − credit per account of one loan, from the journal."""
    rows = session.execute(
        select(JournalLine.account, func.sum(JournalLine.debit) - func.sum(JournalLine.credit))
        .where(JournalLine.loan_id == loan_id)
        .group_by(JournalLine.account)
    ).all()
    totals = dict.fromkeys(ledger.ACCOUNTS, Decimal(0))
    totals.update({account: Decimal(value) for account, value in rows})
    return totals


@use_case
def write_off(*, session: Session, actor: Actor, loan_id: uuid.UUID, reason: str) -> Loan:
    """Write the loan off: every receivable to write-off expense as of today. Money that comes in later is a
    recovery (recoveries income, shown on the loan); nothing on it is reversed any more."""
    loan = get_or_raise(session=session, actor=actor, loan_id=loan_id, lock=True)
    if loan.status != LoanStatus.ACTIVE:
        raise Conflict(f"Only an active loan can be written off; this one is {loan.status}.", code="loan_not_active")
    today = lender_today(session)
    transactions = _postings.transactions_of(session, loan)
    booked_through, schedule = _postings.journal_date(session, loan), _postings.schedule_of(loan)
    before = _postings.replay(loan, transactions, booked_through, schedule)
    state = _postings.replay(loan, transactions, max(booked_through, today), schedule)  # accruals up to today first
    posted = _postings.domain_transactions(transactions)
    _postings.post(
        session,
        loan,
        ledger.adjustments(before, state, transactions=posted, cash_accounts=_postings.cash_accounts(transactions)),
        None,
    )
    total = state.principal_outstanding + state.interest_outstanding + state.fee_outstanding + state.penalty_outstanding
    transaction = LoanTransaction(
        loan_id=loan.id,
        kind=TransactionKind.WRITEOFF,
        value_date=today,
        amount=total,
        currency=loan.currency,
        channel=InternalChannel.SYSTEM,
        sequence=_postings.next_sequence(loan),
        posted_by=actor.id,
        note=reason,
    )
    session.add(transaction)
    session.flush()
    _postings.post(session, loan, [ledger.writeoff(state, today)], transaction)
    _postings.apply_state(session, loan, state)
    loan.status = LoanStatus.WRITTEN_OFF
    loan.principal_outstanding = loan.interest_outstanding = loan.fee_outstanding = Decimal(0)
    loan.penalty_outstanding = Decimal(0)
    audit.record(
        session,
        actor=actor,
        action="loan.write_off",
        entity_type="loan",
        entity_id=loan.id,
        detail={"amount": str(total), "reason": reason},
    )
    return loan
