"""The provider's word on a sent SMS (its status callback): the outbox message it names moves forward only
(domain.sms_delivery). A callback for a message the outbox does not know changes nothing: the provider is told all
is well, so that it stops calling."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.sms_delivery import FINAL, moves_to
from ..domain.statuses import DeliveryStatus
from ..models import OutboxMessage
from ..models.base import utcnow
from .unit_of_work import use_case

log = logging.getLogger(__name__)


class Effect(StrEnum):
    UPDATED = "updated"
    UNCHANGED = "unchanged"  # heard already, or behind what was heard (a late callback)
    UNKNOWN_MESSAGE = "unknown_message"


@dataclass(frozen=True)
class DeliveryReport:
    provider_id: str  # the provider's id of the message (Twilio's MessageSid)
    status: DeliveryStatus
    error_code: str | None = None  # the provider's code for why it was not delivered


@dataclass(frozen=True)
class Recorded:
    effect: Effect
    delivery_status: str | None  # the message's status after the report (None: no such message)


@use_case
def record(*, session: Session, report: DeliveryReport) -> Recorded:
    """Move the outbox message `report.provider_id` to `report.status` if that is forward of where it is; keep the
    provider's error code of a final failure in `last_error`. The row is locked so two callbacks at once are
    applied one after the other."""
    message = session.scalar(
        select(OutboxMessage).where(OutboxMessage.provider_id == report.provider_id).with_for_update()
    )
    if message is None:
        log.info("delivery status %s for unknown message %s: nothing to do", report.status, report.provider_id)
        return Recorded(Effect.UNKNOWN_MESSAGE, None)
    if not moves_to(message.delivery_status, report.status):
        return Recorded(Effect.UNCHANGED, message.delivery_status)
    message.delivery_status, message.delivery_updated_at = report.status.value, utcnow()
    if report.error_code and report.status in FINAL and report.status != DeliveryStatus.DELIVERED:
        message.last_error = f"{report.status.value}: provider error {report.error_code}"
    return Recorded(Effect.UPDATED, message.delivery_status)
