"""A farmer's SMS command answered (DESIGN.md §8): BAL, PAY <amount>, HELP, STOP, START and their Chinese and Swahili
forms (domain.sms_commands reads them). The sender is known by their phone alone (its blind index), so a message
from a number no farmer has gets the help and nothing about any account; STOP and START work for any number.

PAY asks the farmer's phone for the money through the same use case as USSD's repay (`loans.start_payment`), keyed
by the provider's message id: the provider's retry of one message starts one payment. Each answer is a typed
`Answer`; the channel puts it into words (lending/i18n/sms_commands.py)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..domain import countries
from ..domain.sms_commands import BadAmount, Command, parse, read_amount
from ..domain.statuses import LoanStatus
from ..errors import LendingError
from ..i18n import DEFAULT_LANGUAGE
from ..models import Farmer, SmsOptOut
from ..models.base import utcnow
from ..security.pii import blind_index
from . import loan_views, loans, registration
from .unit_of_work import use_case


class Outcome(StrEnum):
    HELP = "help"  # HELP, a message that is no command, or any message from a number no farmer has
    BALANCE = "balance"  # what is owed and the next instalment (overdue when its date has passed)
    SETTLED = "settled"  # a loan with nothing more due
    NO_LOAN = "no_loan"
    PAYMENT_STARTED = "payment_started"
    BAD_AMOUNT = "bad_amount"  # `problem` says what is wrong (domain.sms_commands.AmountProblem, or above_owed)
    REFUSED = "refused"  # a use case refused: `code` is its error code
    BUSY = "busy"  # the same message is being answered right now (a provider's retry racing the first)
    OPTED_OUT = "opted_out"
    OPTED_IN = "opted_in"


ABOVE_OWED = "above_owed"


@dataclass(frozen=True)
class InboundSms:
    message_id: str  # the provider's id of the message (Twilio's MessageSid): its retry carries the same
    sender: str  # E.164
    body: str


@dataclass(frozen=True)
class Answer:
    outcome: Outcome
    language: str
    currency: str | None = None
    balance: Decimal | None = None  # BALANCE, SETTLED: everything owed
    due: Decimal | None = None  # BALANCE: still owed of the next instalment
    due_date: dt.date | None = None
    days_past_due: int = 0
    amount: Decimal | None = None  # PAYMENT_STARTED: asked for; BAD_AMOUNT above_owed: the most that may be paid
    problem: str | None = None  # BAD_AMOUNT
    code: str | None = None  # REFUSED


def answer(*, session: Session, message: InboundSms) -> Answer:
    """The answer to one inbound SMS. STOP and START change `sms_opt_outs`; PAY starts a payment; each in a unit of
    work of its own."""
    request = parse(message.body)
    farmer = registration.farmer_of_phone(session, message.sender)
    language = farmer.language if farmer is not None else language_of_number(message.sender)
    if request.command is Command.STOP:
        opt_out(session=session, phone=message.sender)
        return Answer(Outcome.OPTED_OUT, language)
    if request.command is Command.START:
        opt_in(session=session, phone=message.sender)
        return Answer(Outcome.OPTED_IN, language)
    if farmer is None or request.command not in (Command.BALANCE, Command.PAY):
        return Answer(Outcome.HELP, language)
    if request.command is Command.BALANCE:
        return _balance(session, farmer)
    return _pay(session, farmer, typed=request.argument, message_id=message.message_id)


def language_of_number(phone: str) -> str:
    """The language a number is answered in when no farmer has it: its country's first (elsewhere: the default)."""
    country = countries.country_of_phone(phone)
    return countries.MARKETS[country].language if country is not None else DEFAULT_LANGUAGE


def _balance(session: Session, farmer: Farmer) -> Answer:
    actor = registration.as_borrower(farmer.id)
    loan = loan_views.current_loan(session=session, actor=actor, farmer_id=farmer.id)
    if loan is None or loan.status not in (LoanStatus.ACTIVE, LoanStatus.CLOSED):
        return Answer(Outcome.NO_LOAN, farmer.language)
    view = loan_views.loan_view(session=session, loan=loan)
    upcoming = loan_views.next_due(view)
    if upcoming is None:
        return Answer(Outcome.SETTLED, farmer.language, currency=loan.currency, balance=view.balances.total)
    return Answer(
        Outcome.BALANCE,
        farmer.language,
        currency=loan.currency,
        balance=view.balances.total,
        due=loan_views.unpaid(upcoming),
        due_date=upcoming.due_date,
        days_past_due=view.days_past_due,
    )


def _pay(session: Session, farmer: Farmer, *, typed: str | None, message_id: str) -> Answer:
    actor = registration.as_borrower(farmer.id)
    language = farmer.language
    loan = loan_views.current_loan(session=session, actor=actor, farmer_id=farmer.id)
    if loan is None or loan.status != LoanStatus.ACTIVE:
        return Answer(Outcome.NO_LOAN, language)
    currency = loan.currency
    try:
        amount = read_amount(typed, currency)
    except BadAmount as bad:
        return Answer(Outcome.BAD_AMOUNT, language, currency=currency, problem=bad.problem.value)
    owed = loan_views.loan_view(session=session, loan=loan).balances.total
    key = f"sms:{message_id}"
    try:
        started = loans.start_payment(
            session=session,
            actor=actor,
            loan_id=loan.id,
            amount=amount,
            reference=uuid.uuid5(uuid.NAMESPACE_URL, f"agrilend:{key}"),  # one per message: the provider asked once
            idempotency_key=key,
        )
    except LendingError as refusal:  # its unit of work was rolled back
        if refusal.code == "amount_above_owed":
            return Answer(Outcome.BAD_AMOUNT, language, currency=currency, amount=owed, problem=ABOVE_OWED)
        if refusal.code == "idempotency_in_progress":
            return Answer(Outcome.BUSY, language)
        return Answer(Outcome.REFUSED, language, code=refusal.code)
    return Answer(Outcome.PAYMENT_STARTED, language, currency=started.currency, amount=started.amount)


@use_case
def opt_out(*, session: Session, phone: str) -> None:
    """No message that is not essential goes to `phone` from now on (kept by its blind index). Again: no change."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(SmsOptOut)
        .values(phone_index=blind_index("phone", phone), opted_out_at=utcnow())
        .on_conflict_do_nothing(index_elements=[SmsOptOut.phone_index])  # the first STOP's time stays
    )


@use_case
def opt_in(*, session: Session, phone: str) -> None:
    """`phone` gets every message again. A phone that had not opted out: no change."""
    session.execute(delete(SmsOptOut).where(SmsOptOut.phone_index == blind_index("phone", phone)))
