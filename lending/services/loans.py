"""Loan use cases: offer (disclosure), accept, disburse, repay, reverse, write off (reading: `loan_views`).

Every money movement locks its loan row, replays the loan's transactions over its schedule (`domain.servicing`) and
posts the difference to the journal (`domain.ledger.adjustments`), so the journal always equals the replayed state
as of its journal date (`journal_date`: the later of `loans.state_as_of` and the last closed business date); the state columns and instalment paid parts are kept in step in the same transaction.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from decimal import Decimal

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..channels import payments
from ..domain import ledger, schedules, servicing
from ..domain.terms import LoanState, LoanTerms, Schedule, Transaction
from ..errors import Conflict, NotFound, ValidationFailed
from ..models import (Application, CobRun, Farmer, JournalEntry, JournalLine, Loan, LoanInstalment, LoanTransaction,
                      Product)
from ..money import Money, fits_currency
from ..security.actors import Actor, farmer_scope
from . import audit
from .clock import lender_today

METHOD_OF = {"equal_instalment": "annuity", "equal_principal": "equal_principal", "harvest_balloon": "balloon",
             "bullet": "bullet"}


# --- terms and schedules ----------------------------------------------------------------------------------------

def _method(product: Product) -> str:
    if product.interest_method == "flat" and product.amortization == "equal_instalment":
        return "flat"
    return METHOD_OF[product.amortization]


def application_terms(*, application: Application, product: Product, start: dt.date) -> LoanTerms:
    """The terms an approved application is offered on, starting `start` (the preview and the loan share them)."""
    harvest = application.due_date if application.due_date and application.due_date > start else None
    return LoanTerms(principal=application.amount, currency=application.currency,
                     annual_rate=application.apr.normalize(), method=_method(product),
                     term_months=application.term_months, start=start, day_count=product.day_count,
                     harvest=harvest if _method(product) == "balloon" else None,
                     grace_months=product.principal_grace_months, fee_rate=product.origination_fee_rate.normalize(),
                     fee_mode=product.fee_mode)


def loan_terms(loan: Loan) -> LoanTerms:
    return LoanTerms(principal=loan.principal, currency=loan.currency, annual_rate=loan.annual_rate.normalize(),
                     method=loan.method, term_months=loan.term_months, start=loan.start_date, first_due=loan.first_due,
                     day_count=loan.day_count, harvest=loan.harvest, balloon_interest=loan.balloon_interest,
                     grace_months=loan.grace_months, fee_rate=loan.fee_rate.normalize(), fee_mode=loan.fee_mode)


def _quantize_terms(terms: LoanTerms) -> LoanTerms:
    """Amounts with the currency's decimals (a stored Numeric(19,4) reads back as 5000.0000)."""
    return replace(terms, principal=Money.of(terms.principal, terms.currency).rounded().amount)


# --- reading ----------------------------------------------------------------------------------------------------

def get(*, session: Session, actor: Actor, loan_id: uuid.UUID) -> Loan | None:
    return session.scalar(select(Loan).join(Farmer, Farmer.id == Loan.farmer_id)
                          .where(Loan.id == loan_id, farmer_scope(actor)))


def get_or_raise(*, session: Session, actor: Actor, loan_id: uuid.UUID, lock: bool = False) -> Loan:
    loan = get(session=session, actor=actor, loan_id=loan_id)
    if loan is None:
        raise NotFound("No such loan.")
    if lock:
        loan = session.scalar(select(Loan).where(Loan.id == loan.id).with_for_update().execution_options(
            populate_existing=True))
    return loan


def transactions_of(session: Session, loan: Loan) -> list[LoanTransaction]:
    return list(session.scalars(select(LoanTransaction).where(LoanTransaction.loan_id == loan.id)
                                .order_by(LoanTransaction.sequence)))


def _domain(transactions: list[LoanTransaction]) -> list[Transaction]:
    return [Transaction(id=str(t.id), kind=t.kind, value_date=t.value_date, amount=t.amount,
                        reverses=str(t.reverses) if t.reverses else None, sequence=t.sequence)
            for t in transactions if t.kind in ("repayment", "reversal")]


def replay(loan: Loan, transactions: list[LoanTransaction], as_of: dt.date,
           schedule: Schedule | None = None) -> LoanState:
    """The loan replayed as of a date (pass `schedule` when it is built already)."""
    return servicing.replay(schedule or _quantized_schedule(loan), _domain(transactions), as_of,
                            penalty_rate=loan.penalty_rate.normalize(), grace_days=loan.grace_days)


def _quantized_schedule(loan: Loan) -> Schedule:
    return schedules.build(_quantize_terms(loan_terms(loan)))


# --- offer and acceptance ---------------------------------------------------------------------------------------

def _approved_application(session: Session, actor: Actor, application_id: uuid.UUID) -> tuple[Application, Product]:
    from . import applications
    application = applications.get_or_raise(session=session, actor=actor, application_id=application_id)
    if application.status != "approved":
        raise Conflict(f"Only an approved application can be offered; this one is {application.status}.",
                       code="not_approved")
    return application, session.get(Product, application.product_id)


def offer(*, session: Session, actor: Actor, application_id: uuid.UUID) -> Schedule:
    """The schedule and disclosure (APR, total cost of credit) the farmer would accept today."""
    application, product = _approved_application(session, actor, application_id)
    return schedules.build(_quantize_terms(application_terms(application=application, product=product,
                                                             start=lender_today())))


def accept(*, session: Session, actor: Actor, application_id: uuid.UUID, disclosed_apr: Decimal,
           disclosed_total_cost: Decimal) -> Loan:
    """Accept the offer: the farmer confirms the APR and total cost of credit they were shown (must match today's)."""
    application, product = _approved_application(session, actor, application_id)
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
    loan = Loan(application_id=application.id, farmer_id=application.farmer_id, product_id=product.id,
                currency=terms.currency, principal=terms.principal, annual_rate=terms.annual_rate,
                method=terms.method, term_months=terms.term_months, start_date=terms.start, first_due=terms.first_due,
                day_count=terms.day_count, harvest=terms.harvest, balloon_interest=terms.balloon_interest,
                grace_months=terms.grace_months, fee_rate=terms.fee_rate, fee_mode=terms.fee_mode,
                penalty_rate=product.penalty_rate, grace_days=product.grace_days, apr=schedule.apr,
                total_cost_of_credit=schedule.total_cost_of_credit, disbursed_amount=schedule.disbursed,
                fee=schedule.fee, accepted_by=actor.id if actor.is_staff else None, status="accepted",
                principal_outstanding=schedule.financed_principal)
    session.add(loan)
    session.flush()
    _write_instalments(session, loan, schedule)
    audit.record(session, actor=actor, action="loan.accept", entity_type="loan", entity_id=loan.id,
                 detail={"application_id": str(application.id), "apr": str(schedule.apr),
                         "total_cost_of_credit": str(schedule.total_cost_of_credit)})
    session.commit()
    return loan


def _write_instalments(session: Session, loan: Loan, schedule: Schedule) -> None:
    session.query(LoanInstalment).filter(LoanInstalment.loan_id == loan.id).delete()
    for item in schedule.instalments:
        session.add(LoanInstalment(
            loan_id=loan.id, number=item.number, due_date=item.due_date, principal=item.principal,
            interest=item.interest, fee=item.fee, total=item.total, balance_after=item.balance_after,
            penalty_from=item.due_date + dt.timedelta(days=loan.grace_days + 1)))
    session.flush()


# --- money movements --------------------------------------------------------------------------------------------

def _post(session: Session, loan: Loan, entries, transaction: LoanTransaction | None) -> None:
    for entry in entries:
        if not entry.lines:
            continue
        assert entry.balanced, entry
        row = JournalEntry(loan_id=loan.id, transaction_id=transaction.id if transaction else None, kind=entry.kind,
                           value_date=entry.value_date, memo=entry.memo[:200])
        session.add(row)
        session.flush()
        session.add_all(JournalLine(entry_id=row.id, loan_id=loan.id, account=line.account, debit=line.debit,
                                    credit=line.credit) for line in entry.lines)


def _apply_state(session: Session, loan: Loan, state: LoanState) -> None:
    """Keep the loan's state columns and instalment rows in step with the replayed state."""
    loan.principal_outstanding = state.principal_outstanding
    loan.interest_outstanding = state.interest_outstanding
    loan.fee_outstanding = state.fee_outstanding
    loan.penalty_outstanding = state.penalty_outstanding
    loan.overpayment = state.overpayment
    loan.days_past_due = state.days_past_due
    loan.arrears_bucket = state.arrears_bucket
    loan.non_performing = state.days_past_due > 90
    loan.state_as_of = state.as_of
    if loan.status == "active" and state.closed:
        loan.status = "closed"
    elif loan.status == "closed" and not state.closed:
        loan.status = "active"            # a reversal reopened it
    rows = {row.number: row for row in session.scalars(
        select(LoanInstalment).where(LoanInstalment.loan_id == loan.id))}
    for item in state.instalments:
        row = rows[item["number"]]
        row.principal, row.interest, row.fee = item["principal"], item["interest"], item["fee"]
        row.principal_paid, row.interest_paid = item["principal_paid"], item["interest_paid"]
        row.fee_paid, row.penalty_paid, row.paid_on = item["fee_paid"], item["penalty_paid"], item["paid_on"]
        due = row.due_date <= state.as_of
        row.interest_recognised = item["interest"] if due else item["interest_paid"]
        row.fee_recognised = item["fee"] if due else item["fee_paid"]


def journal_date(session: Session, loan: Loan) -> dt.date:
    """The day through which the loan's journal holds every accrual: its last posting, or the last close of
    business (which books every active loan's accruals), whichever is later."""
    closed = session.scalar(select(func.max(CobRun.business_date)).where(CobRun.finished_at.is_not(None)))
    return max(loan.state_as_of, closed) if closed and loan.status == "active" else loan.state_as_of


def _next_sequence(loan: Loan) -> int:
    loan.transaction_count += 1
    return loan.transaction_count


def disburse(*, session: Session, actor: Actor, loan_id: uuid.UUID) -> Loan:
    """Pay the loan out through the payments provider and book it. Disbursing twice is refused (409)."""
    loan = get_or_raise(session=session, actor=actor, loan_id=loan_id, lock=True)
    if loan.status != "accepted":
        raise Conflict(f"This loan is {loan.status}; it was disbursed already.", code="already_disbursed")
    today = lender_today()
    if loan.start_date != today:            # accepted on another day: the schedule runs from the disbursement
        loan.start_date = today
        schedule = _quantized_schedule(loan)
        loan.apr, loan.total_cost_of_credit = schedule.apr, schedule.total_cost_of_credit
        _write_instalments(session, loan, schedule)
    schedule = _quantized_schedule(loan)
    farmer = session.get(Farmer, loan.farmer_id)
    payout = payments.provider(current_app.config["PAYMENTS_PROVIDER"]).disburse(
        reference=str(loan.id), amount=schedule.disbursed, currency=loan.currency, phone=farmer.phone)
    if payout.status == "failed":
        raise Conflict("The payments provider refused the payout; nothing was booked.", code="payout_failed")
    transaction = LoanTransaction(loan_id=loan.id, kind="disbursement", value_date=today, amount=schedule.disbursed,
                                  currency=loan.currency, channel=payout.provider, external_ref=payout.provider_ref,
                                  sequence=_next_sequence(loan), posted_by=actor.id)
    session.add(transaction)
    session.flush()
    state = servicing.replay(schedule, [], today, penalty_rate=loan.penalty_rate.normalize(),
                             grace_days=loan.grace_days)
    _post(session, loan, ledger.post(None, state, schedule=schedule), transaction)
    loan.status, loan.disbursed_at = "active", dt.datetime.now(dt.timezone.utc)
    _apply_state(session, loan, state)
    audit.record(session, actor=actor, action="loan.disburse", entity_type="loan", entity_id=loan.id,
                 detail={"amount": str(schedule.disbursed), "provider": payout.provider,
                         "provider_ref": payout.provider_ref})
    session.commit()
    return loan


def _repost(session: Session, loan: Loan, before_transactions: list[LoanTransaction],
            after_transactions: list[LoanTransaction], as_of: dt.date, posted: LoanTransaction) -> LoanState:
    schedule = _quantized_schedule(loan)
    before = replay(loan, before_transactions, journal_date(session, loan), schedule)
    after = replay(loan, after_transactions, as_of, schedule)
    _post(session, loan, ledger.adjustments(before, after, transactions=_domain(after_transactions)), posted)
    _apply_state(session, loan, after)
    return after


def repay(*, session: Session, actor: Actor, loan_id: uuid.UUID, amount: Decimal,
          value_date: dt.date | None = None, channel: str = "cash", external_ref: str | None = None,
          note: str | None = None) -> tuple[LoanTransaction, bool]:
    """Book a repayment; returns (transaction, created). A provider reference seen before returns that repayment."""
    loan = get_or_raise(session=session, actor=actor, loan_id=loan_id, lock=True)
    if external_ref:
        seen = session.scalar(select(LoanTransaction).where(LoanTransaction.channel == channel,
                                                            LoanTransaction.external_ref == external_ref))
        if seen is not None:
            if seen.loan_id != loan.id or seen.amount != amount:
                raise Conflict("This provider reference was used for another repayment.", code="duplicate_reference",
                               errors={"external_ref": ["Already used with another loan or amount."]})
            return seen, False
    if loan.status not in ("active", "closed"):
        raise Conflict(f"This loan is {loan.status}; it takes no repayments.", code="loan_not_active")
    today = lender_today()
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
    before = transactions_of(session, loan)
    transaction = LoanTransaction(loan_id=loan.id, kind="repayment", value_date=value_date, amount=amount,
                                  currency=loan.currency, channel=channel, external_ref=external_ref,
                                  sequence=_next_sequence(loan), posted_by=actor.id, note=note)
    session.add(transaction)
    session.flush()
    after = _repost(session, loan, before, [*before, transaction], max(journal_date(session, loan), value_date),
                    transaction)
    allocation = after.allocations[str(transaction.id)]
    transaction.allocation = {part: str(getattr(allocation, part))
                              for part in ("penalty", "fee", "interest", "principal", "overpayment")}
    audit.record(session, actor=actor, action="loan.repay", entity_type="loan", entity_id=loan.id,
                 detail={"transaction_id": str(transaction.id), "amount": str(amount), "channel": channel,
                         "value_date": value_date.isoformat()})
    session.commit()
    return transaction, True


def reverse(*, session: Session, actor: Actor, loan_id: uuid.UUID, transaction_id: uuid.UUID,
            reason: str) -> LoanTransaction:
    """Undo a repayment (a reversal transaction; later repayments re-allocate). Reversing twice is refused."""
    loan = get_or_raise(session=session, actor=actor, loan_id=loan_id, lock=True)
    target = session.scalar(select(LoanTransaction).where(LoanTransaction.id == transaction_id,
                                                          LoanTransaction.loan_id == loan.id))
    if target is None:
        raise NotFound("No such transaction on this loan.")
    if target.kind != "repayment":
        raise Conflict("Only a repayment can be reversed.", code="not_reversible")
    if target.reversed_by is not None:
        raise Conflict("This repayment was reversed already.", code="already_reversed")
    before = transactions_of(session, loan)
    reversal = LoanTransaction(loan_id=loan.id, kind="reversal", value_date=lender_today(), amount=target.amount,
                               currency=loan.currency, channel="system", reverses=target.id,
                               sequence=_next_sequence(loan), posted_by=actor.id, note=reason)
    session.add(reversal)
    session.flush()
    target.reversed_by = reversal.id
    _repost(session, loan, before, [*before, reversal], max(journal_date(session, loan), lender_today()), reversal)
    audit.record(session, actor=actor, action="loan.reverse", entity_type="loan", entity_id=loan.id,
                 detail={"transaction_id": str(target.id), "reason": reason})
    session.commit()
    return reversal


def journal_balances(session: Session, loan_id: uuid.UUID) -> dict[str, Decimal]:
    """Debit − credit per account of one loan, from the journal."""
    rows = session.execute(select(JournalLine.account, func.sum(JournalLine.debit) - func.sum(JournalLine.credit))
                           .where(JournalLine.loan_id == loan_id).group_by(JournalLine.account)).all()
    totals = dict.fromkeys(ledger.ACCOUNTS, Decimal(0))
    totals.update({account: Decimal(value) for account, value in rows})
    return totals


def write_off(*, session: Session, actor: Actor, loan_id: uuid.UUID, reason: str) -> Loan:
    """Write the loan off: every receivable to write-off expense as of today; the loan takes no more postings
    (a later recovery is booked as income by a person, outside this loan)."""
    loan = get_or_raise(session=session, actor=actor, loan_id=loan_id, lock=True)
    if loan.status != "active":
        raise Conflict(f"Only an active loan can be written off; this one is {loan.status}.", code="loan_not_active")
    today = lender_today()
    transactions = transactions_of(session, loan)
    booked_through, schedule = journal_date(session, loan), _quantized_schedule(loan)
    before = replay(loan, transactions, booked_through, schedule)
    state = replay(loan, transactions, max(booked_through, today), schedule)   # bring accruals up to today first
    _post(session, loan, ledger.adjustments(before, state, transactions=_domain(transactions)), None)
    total = (state.principal_outstanding + state.interest_outstanding + state.fee_outstanding
             + state.penalty_outstanding)
    transaction = LoanTransaction(loan_id=loan.id, kind="writeoff", value_date=today, amount=total,
                                  currency=loan.currency, channel="system", sequence=_next_sequence(loan),
                                  posted_by=actor.id, note=reason)
    session.add(transaction)
    session.flush()
    _post(session, loan, [ledger.writeoff(state, today)], transaction)
    _apply_state(session, loan, state)
    loan.status = "written_off"
    loan.principal_outstanding = loan.interest_outstanding = loan.fee_outstanding = Decimal(0)
    loan.penalty_outstanding = Decimal(0)
    audit.record(session, actor=actor, action="loan.write_off", entity_type="loan", entity_id=loan.id,
                 detail={"amount": str(total), "reason": reason})
    session.commit()
    return loan
