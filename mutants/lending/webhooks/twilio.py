"""Twilio's webhooks (issue #14; DESIGN.md §8, §9), each a form POST:

- `POST /webhooks/twilio/sms`: a farmer's SMS (`MessageSid, From, Body`), answered as TwiML
  (services.sms_commands answers; lending/i18n/sms_commands.py has the words).
- `POST /webhooks/twilio/status`: a sent SMS's delivery status (`MessageSid, MessageStatus[, ErrorCode]`),
  recorded on the outbox message (services.sms_delivery); 200 for a message we do not know, so Twilio stops.

Every request carries `X-Twilio-Signature`: HMAC-SHA1 with the account's TWILIO_AUTH_TOKEN over the URL Twilio called
and the form's fields (twilio.request_validator). That URL is the public one — PUBLIC_BASE_URL with the request's
path and query — never the host and scheme the app sees behind a proxy. A missing or wrong signature, or either
setting unset, is a 403 and nothing is read; a missing or malformed field is a 400 naming it.
"""

from __future__ import annotations

import logging
import re

from flask import Blueprint, Flask, Response, current_app, jsonify, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from lending import i18n
from lending.domain.phones import E164
from lending.domain.sms_delivery import reading
from lending.extensions import db
from lending.http.problems import problem
from lending.i18n.amounts import amount
from lending.money import minor_units
from lending.services import sms_commands, sms_delivery
from lending.services.sms_commands import Answer, Outcome

log = logging.getLogger(__name__)

blueprint = Blueprint("twilio_webhooks", __name__, url_prefix="/webhooks/twilio")
SIGNATURE = "X-Twilio-Signature"
MESSAGE_SID = re.compile(r"\A[A-Z]{2}[0-9a-fA-F]{32}\Z")  # SM… for an SMS, MM… for an MMS
ERROR_CODE = re.compile(r"\A[0-9]{1,10}\Z")
STATUS_WORD = re.compile(r"\A[A-Za-z_-]{1,30}\Z")


def init_app(app: Flask) -> None:
    app.register_blueprint(blueprint)


class BadField(ValueError):
    def __init__(self, field: str, problem: str = "missing"):
        super().__init__(f"{field}: {problem}")
        self.field = field


@blueprint.errorhandler(BadField)
def _bad_field(error: BadField):
    return problem(400, "validation_error", f"Twilio's request is incomplete: {error}.", {error.field: [str(error)]})


def public_url(base: str) -> str:
    """The URL Twilio called: the public base, this request's path and its query as sent."""
    query = request.query_string.decode("utf-8", "replace")
    return f"{base.rstrip('/')}{request.path}{'?' + query if query else ''}"


@blueprint.before_request
def _signed_by_twilio():
    token, base = current_app.config.get("TWILIO_AUTH_TOKEN"), current_app.config.get("PUBLIC_BASE_URL")
    if not token or not base:
        log.warning("a Twilio webhook was called but TWILIO_AUTH_TOKEN or PUBLIC_BASE_URL is not set: refused")
        return problem(403, "forbidden", "Twilio's webhooks are off: TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL are unset.")
    signature = request.headers.get(SIGNATURE)
    if not signature:
        return problem(403, "forbidden", f"{SIGNATURE} is missing.", {SIGNATURE: ["Missing."]})
    if not RequestValidator(token).validate(public_url(base), request.form, signature):
        log.warning("a Twilio webhook with a signature that does not match %s: refused", public_url(base))
        return problem(403, "forbidden", f"{SIGNATURE} does not match this request.", {SIGNATURE: ["Invalid."]})
    return None


def _field(name: str, pattern: re.Pattern | None = None, *, required: bool = True) -> str | None:
    """The form field `name` (sent once), matching `pattern` when given; with a pattern, blank is missing."""
    values = request.form.getlist(name)
    if len(values) > 1:
        raise BadField(name, "sent more than once")
    value = values[0] if values else None
    if value is None or (pattern is not None and not value.strip()):
        if required:
            raise BadField(name)
        return None
    if pattern is not None and not pattern.match(value):
        raise BadField(name, "malformed")
    return value


@blueprint.post("/status")
def status():
    """A delivery status callback: the message moves forward, never back from delivered, undelivered or failed."""
    sid = _field("MessageSid", MESSAGE_SID)
    word = _field("MessageStatus", STATUS_WORD)
    error_code = _field("ErrorCode", ERROR_CODE, required=False)
    reported = reading(word)
    if reported is None:  # a status that says nothing of delivery (e.g. "receiving"): nothing to record
        log.info("Twilio status %r for %s: not a delivery status, nothing recorded", word, sid)
        return jsonify({"effect": "unchanged", "delivery_status": None})
    recorded = sms_delivery.record(
        session=db.session,
        report=sms_delivery.DeliveryReport(provider_id=sid, status=reported, error_code=error_code),
    )
    return jsonify({"effect": recorded.effect.value, "delivery_status": recorded.delivery_status})


@blueprint.post("/sms")
def sms():
    """A farmer's SMS: the command's answer as a TwiML reply (none when the same message is being answered)."""
    message = sms_commands.InboundSms(
        message_id=_field("MessageSid", MESSAGE_SID),
        sender=_field("From", E164),
        body=_field("Body", None),
    )
    try:
        answer = sms_commands.answer(session=db.session, message=message)
    except Exception:  # ours, not the farmer's: they are asked to try again, nothing half-applied is kept
        log.exception("SMS command %s failed", message.message_id)
        db.session.rollback()
        answer = Answer(Outcome.REFUSED, sms_commands.language_of_number(message.sender))
    reply = MessagingResponse()
    words = words_of(answer)
    if words is not None:
        reply.message(words)
    return Response(str(reply), mimetype="application/xml")


def words_of(answer: Answer) -> str | None:
    """The reply to an answer in the farmer's language; None: no reply."""
    language, outcome = answer.language, answer.outcome

    def money(value) -> str:
        return amount(value, answer.currency, language)

    if outcome is Outcome.BUSY:
        return None
    if outcome is Outcome.BALANCE:
        key = "sms.reply.overdue" if answer.days_past_due > 0 else "sms.reply.balance"
        return i18n.text(
            key,
            language,
            balance=money(answer.balance),
            due=money(answer.due),
            date=answer.due_date.isoformat(),
            days=answer.days_past_due,
        )
    if outcome is Outcome.SETTLED:
        return i18n.text("sms.reply.settled", language, balance=money(answer.balance))
    if outcome is Outcome.PAYMENT_STARTED:
        return i18n.text("sms.reply.payment_started", language, amount=money(answer.amount))
    if outcome is Outcome.BAD_AMOUNT:
        return _bad_amount(answer, money)
    if outcome is Outcome.REFUSED:
        return _refusal(answer.code, language)
    return i18n.text(f"sms.reply.{outcome.value}", language)  # help, no_loan, opted_out, opted_in


def _bad_amount(answer: Answer, money) -> str:
    language, problem_ = answer.language, answer.problem
    if problem_ == sms_commands.ABOVE_OWED:
        return i18n.text("sms.reply.amount.above_owed", language, owed=money(answer.amount))
    if problem_ == "decimals":
        places = minor_units(answer.currency)
        key = "sms.reply.amount.decimals" if places else "sms.reply.amount.whole"
        return i18n.text(key, language, currency=answer.currency, places=places)
    return i18n.text(f"sms.reply.amount.{problem_}", language)


def _refusal(code: str | None, language: str) -> str:
    """A use case's refusal in its own words when they need nothing filled in, else "try again later"."""
    if code is not None and f"error.{code}" in i18n.CATALOG:
        try:
            return i18n.text(f"error.{code}", language)
        except (KeyError, IndexError):
            pass
    return i18n.text("sms.reply.try_again", language)
