"""SMS: messages are written to the outbox in the caller's transaction; a transport sends them afterwards
(`services.outbox.deliver`, run by `flask outbox run`).

A message is counted (GSM-7 or UCS-2, how many parts) when it is queued. One that is not essential (`ESSENTIAL_SMS`)
to a phone that answered STOP is kept as `suppressed` and never sent. SMS_TRANSPORT names the transport: `console`
(development, tests: logs the message, sends nothing) or `twilio` (the twilio SDK; `channels.twilio_sms`).

A transport's `send` returns the provider's id (or an `Accepted` with its status and segment count), or raises
`Transient` (try again later), `Refused` (never: the provider will not take it) or `NoAnswer` (it may have been
accepted: look it up before sending again). A transport that can look a message up has `find(message)`: the
messages it accepted that could be this one, oldest first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain.statuses import ESSENTIAL_SMS, OutboxStatus
from ..models import OutboxMessage
from ..models.messaging import SmsOptOut
from ..security import pii
from . import gsm

log = logging.getLogger(__name__)


def opted_out(session: Session, phone: str) -> bool:
    """True when `phone` answered STOP and has not answered START since."""
    return session.get(SmsOptOut, pii.blind_index("phone", phone)) is not None


def enqueue(session: Session, *, to: str, body: str, purpose: str) -> OutboxMessage:
    """Queue an SMS in the caller's transaction, counted as it will be sent; `suppressed` when the phone opted out
    and `purpose` is not essential."""
    encoding, segments = gsm.sms_segments(body)
    message = OutboxMessage(to=to, body=body, purpose=purpose, encoding=encoding.value, segments=segments)
    if purpose not in ESSENTIAL_SMS and opted_out(session, to):
        message.status = OutboxStatus.SUPPRESSED.value
    session.add(message)
    return message


def messages_to(session: Session, phone: str) -> list[OutboxMessage]:
    """The outbox's messages to `phone`, oldest first. Recipients are encrypted with a fresh nonce each, so they are
    compared decrypted: a scan of the outbox (kept short by delivery; fine for erasure and tests)."""
    stmt = select(OutboxMessage).order_by(OutboxMessage.created_at, OutboxMessage.id)
    return [message for message in session.scalars(stmt) if message.to == phone]


@dataclass(frozen=True)
class Accepted:
    """The provider took the message: its id, what it says of it now, and the parts it counted (None: not said)."""

    provider_id: str
    delivery_status: str | None = None
    segments: int | None = None


class Transient(Exception):
    """The provider did not take the message this time (an outage, a rate limit, no connection): try again later."""


class Refused(Exception):
    """The provider will never take this message (an invalid number, a blocked destination): do not try again."""


class NoAnswer(Exception):
    """The request may have reached the provider and been accepted, but no answer came back: look the message up
    (`find`) before sending it again."""


class Transport(Protocol):
    def send(self, message: OutboxMessage) -> Accepted | str:
        """Send one message; return the provider's id, or an `Accepted`."""


class ConsoleTransport:
    name = "console"

    def __init__(self, settings: Settings | None = None) -> None:
        pass

    def send(self, message: OutboxMessage) -> Accepted:
        log.info("SMS to %s: %s", pii.mask(message.to), message.body)
        return Accepted(provider_id=f"console-{message.id.hex[:12]}")


def _twilio(settings: Settings | None = None) -> Transport:
    from .twilio_sms import TwilioTransport  # the twilio SDK is imported only by those who send with it

    return TwilioTransport(settings or Settings())


TRANSPORTS: dict[str, Callable[..., Transport]] = {"console": ConsoleTransport, "twilio": _twilio}


def transport(name: str, settings: Settings | None = None) -> Transport:
    """The transport named `name` (the SMS_TRANSPORT setting), configured from `settings`; an unknown name, or a
    transport missing what it needs, is a ValueError saying so."""
    try:
        make = TRANSPORTS[name]
    except KeyError:
        raise ValueError(f"unknown SMS transport {name!r}; known: {', '.join(TRANSPORTS)}") from None
    return make(settings=settings)
