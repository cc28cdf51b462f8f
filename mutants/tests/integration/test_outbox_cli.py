"""`flask outbox run` sends through the transport SMS_TRANSPORT names; an unknown name is refused, nothing sent."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from lending.channels import sms
from lending.models import OutboxMessage
from lending.models.base import utcnow


class RecordingTransport:
    """Keeps what it was asked to send; ids recorded-1, recorded-2, ..."""

    sent: list[tuple[str, str]] = []

    def __init__(self, settings=None) -> None:
        pass

    def send(self, message: OutboxMessage) -> str:
        self.sent.append((message.to, message.body))
        return f"recorded-{len(self.sent)}"


def _queue_two(session) -> None:
    """Two pending messages, "first" queued a minute before "second" (the outbox sends oldest first)."""
    first = sms.enqueue(session, to="+8613900000101", body="first", purpose="reminder")
    second = sms.enqueue(session, to="+8613900000102", body="second", purpose="reminder")
    second.created_at = utcnow()
    first.created_at = second.created_at - dt.timedelta(minutes=1)
    session.commit()


def _outbox(session) -> list[tuple[str, str, str | None]]:
    session.expire_all()
    stmt = select(OutboxMessage).order_by(OutboxMessage.created_at)
    return [(message.body, message.status, message.provider_id) for message in session.scalars(stmt)]


def test_outbox_run_sends_through_the_configured_transport(app, session, monkeypatch):
    monkeypatch.setattr(RecordingTransport, "sent", [])
    monkeypatch.setitem(sms.TRANSPORTS, "recording", RecordingTransport)
    monkeypatch.setitem(app.config, "SMS_TRANSPORT", "recording")
    _queue_two(session)

    result = app.test_cli_runner().invoke(args=["outbox", "run", "--once"])

    assert (result.exit_code, result.output) == (0, "sent 2\n")
    assert RecordingTransport.sent == [("+8613900000101", "first"), ("+8613900000102", "second")]
    assert _outbox(session) == [("first", "sent", "recorded-1"), ("second", "sent", "recorded-2")]


def test_outbox_run_uses_the_console_transport_by_default(app, session):
    assert app.config["SMS_TRANSPORT"] == "console"
    _queue_two(session)

    result = app.test_cli_runner().invoke(args=["outbox", "run", "--once"])

    assert (result.exit_code, result.output) == (0, "sent 2\n")
    assert [(body, status, provider_id.startswith("console-")) for body, status, provider_id in _outbox(session)] == [
        ("first", "sent", True),
        ("second", "sent", True),
    ]


def test_unknown_transport_is_refused_naming_the_known_ones(app, session, monkeypatch):
    monkeypatch.setitem(app.config, "SMS_TRANSPORT", "carrier-pigeon")
    _queue_two(session)

    result = app.test_cli_runner().invoke(args=["outbox", "run", "--once"])

    assert result.exit_code == 1
    assert result.output == "Error: SMS_TRANSPORT: unknown SMS transport 'carrier-pigeon'; known: console, twilio\n"
    assert _outbox(session) == [("first", "pending", None), ("second", "pending", None)]
