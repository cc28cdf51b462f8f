"""What the USSD gateways send and expect back (issue #12), turned into one shape: a `Hop` in, a `Reply` out.

- Africa's Talking posts a form — `sessionId, serviceCode, phoneNumber, networkCode, text` — where `text` is every
  input of the session so far joined with `*`, and reads back `text/plain` starting `CON ` (the session goes on) or
  `END ` (the last screen). An input may itself contain `*` (or `#`), so the newest input is what follows the text
  seen at the previous hop — the session store keeps that — never a split of `text` on `*`.
- Hubtel posts JSON — `Mobile, SessionId, ServiceCode, Type (Initiation | Response | Release | Timeout), Message,
  Sequence` — with `Message` the newest input alone, and reads back `{"Type": "Response" | "Release", "Message"}`.
Unknown fields are ignored; a missing one is a `GatewayError` naming it (the endpoint answers 400). Pure Python.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from lending.domain.phones import E164


class GatewayError(ValueError):
    def __init__(self, field: str, problem: str = "missing"):
        super().__init__(f"{field}: {problem}")
        self.field = field


class HopKind(StrEnum):
    START = "start"  # the first hop of a session: the farmer dialled
    INPUT = "input"  # the farmer answered a screen
    CLOSED = "closed"  # the gateway ended the session (the farmer hung up, or it timed out): nothing to show


@dataclass(frozen=True)
class Hop:
    gateway: str
    session_id: str
    phone: str  # E.164
    service_code: str
    kind: HopKind
    text: str  # Africa's Talking: every input so far, joined with *; Hubtel: the newest input
    sequence: str | None = None  # Hubtel's count of the session's hops: the same again is a retry


@dataclass(frozen=True)
class Reply:
    text: str
    ends: bool = False  # the last screen: the gateway closes the session after showing it


def _required(data: Mapping, field: str) -> str:
    value = data.get(field)
    if value is None or (isinstance(value, str) and not value.strip() and field != "text"):
        raise GatewayError(field)
    if not isinstance(value, str):
        raise GatewayError(field, "not text")
    return value


def _phone(raw: str, field: str) -> str:
    phone = raw.strip()
    phone = phone if phone.startswith("+") else f"+{phone}"  # Hubtel sends the number without its plus
    if not E164.match(phone):
        raise GatewayError(field, "not a phone number")
    return phone


def africastalking_hop(form: Mapping) -> Hop:
    text = _required(form, "text")
    return Hop(
        gateway="africastalking",
        session_id=_required(form, "sessionId"),
        phone=_phone(_required(form, "phoneNumber"), "phoneNumber"),
        service_code=_required(form, "serviceCode"),
        kind=HopKind.START if text == "" else HopKind.INPUT,
        text=text,
    )


def newest_input(text: str, seen: str | None) -> str | None:
    """The input this Africa's Talking hop adds: what follows `seen` (the text of the session's previous hop) and
    its `*`. None when `text` is `seen` again: a gateway retry of the previous hop, which is answered with the reply
    it got (nothing is applied twice). Without a previous hop, or when the text does not continue it (the gateway
    lost what we saw), the text after its last `*` is the best reading left."""
    if seen is not None and text == seen:
        return None
    if seen is not None and seen != "" and text.startswith(f"{seen}*"):
        return text[len(seen) + 1 :]
    if seen == "":
        return text
    return text.rsplit("*", 1)[-1]


def africastalking_reply(reply: Reply) -> str:
    return f"{'END' if reply.ends else 'CON'} {reply.text}"


_HUBTEL_KINDS = {
    "Initiation": HopKind.START,
    "Response": HopKind.INPUT,
    "Release": HopKind.CLOSED,
    "Timeout": HopKind.CLOSED,
}


def hubtel_hop(body: Mapping) -> Hop:
    kind = _HUBTEL_KINDS.get(_required(body, "Type"))
    if kind is None:
        raise GatewayError("Type", f"one of {', '.join(_HUBTEL_KINDS)}")
    message = body.get("Message")
    if message is not None and not isinstance(message, str):
        raise GatewayError("Message", "not text")
    sequence = body.get("Sequence")
    if sequence is not None and (isinstance(sequence, bool) or not isinstance(sequence, (int, str))):
        raise GatewayError("Sequence", "not a number")
    return Hop(
        gateway="hubtel",
        session_id=_required(body, "SessionId"),
        phone=_phone(_required(body, "Mobile"), "Mobile"),
        service_code=_required(body, "ServiceCode"),
        kind=kind,
        text="" if kind is HopKind.START else (message or ""),  # an Initiation's Message is the code dialled
        sequence=None if sequence is None else str(sequence),
    )


def hubtel_reply(reply: Reply) -> dict[str, str]:
    return {"Type": "Release" if reply.ends else "Response", "Message": reply.text}
