"""The Twilio transport: sends an outbox message with the twilio SDK (`Client.messages.create`) and, after a crash
or a lost answer, finds the message Twilio accepted instead of sending it again.

TWILIO_API_BASE (tests: a fake on 127.0.0.1) replaces the scheme and host of every request the SDK makes, in its
HTTP client, so the SDK's own paths, parameters, authentication and error handling are the ones exercised.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit, urlunsplit

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from urllib3.exceptions import NewConnectionError

from ..config import Settings
from ..domain.statuses import DeliveryStatus
from ..models import OutboxMessage
from .sms import Accepted, NoAnswer, Refused, Transient

STATUS_CALLBACK_PATH = "/webhooks/twilio/status"
REQUEST_TIMEOUT_SECONDS = 15
# a message claimed at T was created at Twilio after T less this (our clock and Twilio's may disagree)
CLOCK_SLACK = dt.timedelta(minutes=5)
LOOKUP_PAGE = 50
# answers that say something about our configuration or Twilio's state, not about the message: try again later
_NOT_THE_MESSAGE = {401, 403, 404, 408, 409, 429}
# what Twilio says when it accepts a message, as our delivery status (a messaging service's `accepted`/`scheduled`
# is queued on our side; its callbacks carry it on)
_DELIVERY = {"accepted": DeliveryStatus.QUEUED, "scheduled": DeliveryStatus.QUEUED, "receiving": None} | {
    status.value: status for status in DeliveryStatus
}


class ApiBaseHttpClient(TwilioHttpClient):
    """The SDK's HTTP client with every request's scheme and host replaced by `api_base`'s (path and query kept)."""

    def __init__(self, api_base: str, **kwargs) -> None:
        super().__init__(**kwargs)
        parts = urlsplit(api_base)
        self.scheme, self.netloc = parts.scheme, parts.netloc

    def request(self, method: str, url: str, **kwargs):
        parts = urlsplit(url)
        return super().request(method, urlunsplit(parts._replace(scheme=self.scheme, netloc=self.netloc)), **kwargs)


def _client(settings: Settings) -> Client:
    http_client = (
        ApiBaseHttpClient(settings.twilio_api_base, timeout=REQUEST_TIMEOUT_SECONDS)
        if settings.twilio_api_base
        else TwilioHttpClient(timeout=REQUEST_TIMEOUT_SECONDS)
    )
    return Client(settings.twilio_account_sid, settings.twilio_auth_token, http_client=http_client)


def _accepted(resource, counted: int | None) -> Accepted:
    status = _DELIVERY.get(resource.status or "")
    segments = int(resource.num_segments or 0)  # a messaging service says 0 until it picks a sender
    return Accepted(
        provider_id=resource.sid,
        delivery_status=status.value if status else None,
        segments=segments if segments > 0 else counted,
    )


def _never_reached(error: requests.ConnectionError) -> bool:
    """True when the connection was never made (refused, no route, DNS), so Twilio cannot have the message."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return isinstance(reason, NewConnectionError)


class TwilioTransport:
    name = "twilio"

    def __init__(self, settings: Settings) -> None:
        missing = [
            name
            for name, value in (
                ("TWILIO_ACCOUNT_SID", settings.twilio_account_sid),
                ("TWILIO_AUTH_TOKEN", settings.twilio_auth_token),
                (
                    "TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID",
                    settings.twilio_from or settings.twilio_messaging_service_sid,
                ),
            )
            if not value
        ]
        if missing:
            raise ValueError(f"twilio needs {', '.join(missing)}")
        self.settings = settings
        self.client = _client(settings)

    def _sender(self) -> dict[str, str]:
        if self.settings.twilio_messaging_service_sid:
            return {"messaging_service_sid": self.settings.twilio_messaging_service_sid}
        return {"from_": self.settings.twilio_from}

    def send(self, message: OutboxMessage) -> Accepted:
        extra = {}
        if self.settings.public_base_url:
            extra["status_callback"] = self.settings.public_base_url.rstrip("/") + STATUS_CALLBACK_PATH
        try:
            resource = self.client.messages.create(to=message.to, body=message.body, **self._sender(), **extra)
        except TwilioRestException as error:
            reason = f"twilio {error.status}" + (f" code {error.code}" if error.code else "") + f": {error.msg}"
            if error.status >= 500 or error.status in _NOT_THE_MESSAGE:
                raise Transient(reason) from error
            raise Refused(reason) from error
        except requests.ConnectionError as error:
            if _never_reached(error):
                raise Transient(f"no connection to twilio: {type(error).__name__}") from error
            raise NoAnswer(f"twilio did not answer: {type(error).__name__}") from error
        except requests.Timeout as error:  # the request was sent; Twilio may have accepted it
            raise NoAnswer(f"twilio did not answer in {REQUEST_TIMEOUT_SECONDS}s") from error
        return _accepted(resource, message.segments)

    def find(self, message: OutboxMessage) -> list[Accepted]:
        """The messages Twilio accepted that could be `message`, oldest first: same recipient, sender and body, created
        since it was claimed (less CLOCK_SLACK). Filtered on our side by date created: a message still queued at
        Twilio has no date sent for Twilio's own DateSent filter to match."""
        since = message.claimed_at - CLOCK_SLACK
        try:
            candidates = self.client.messages.list(to=message.to, limit=LOOKUP_PAGE)
        except TwilioRestException as error:
            raise Transient(f"twilio {error.status}: {error.msg}") from error
        except (requests.ConnectionError, requests.Timeout) as error:
            raise Transient(f"no answer from twilio: {type(error).__name__}") from error
        service = self.settings.twilio_messaging_service_sid
        matches = [
            resource
            for resource in candidates
            if resource.body == message.body
            and resource.date_created is not None
            and resource.date_created >= since
            and (resource.messaging_service_sid == service if service else resource.from_ == self.settings.twilio_from)
        ]
        return [_accepted(resource, message.segments) for resource in sorted(matches, key=lambda r: r.date_created)]
