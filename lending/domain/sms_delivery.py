"""How a sent SMS's delivery status moves on the provider's callbacks (DESIGN.md §8): queued → sending → sent →
delivered, undelivered or failed. Callbacks come out of order and more than once, so a status only ever moves
forward, and a final one (delivered, undelivered, failed) stays. Pure Python."""

from __future__ import annotations

from .statuses import DeliveryStatus

FINAL = frozenset({DeliveryStatus.DELIVERED, DeliveryStatus.UNDELIVERED, DeliveryStatus.FAILED})
_STEP = {
    DeliveryStatus.QUEUED: 0,
    DeliveryStatus.SENDING: 1,
    DeliveryStatus.SENT: 2,
    DeliveryStatus.DELIVERED: 3,
    DeliveryStatus.UNDELIVERED: 3,
    DeliveryStatus.FAILED: 3,
}
# Twilio's other words for the same steps: a messaging service's "accepted" and a scheduled message come before
# "queued"; "read" (a chat app's) comes after "delivered"
PROVIDER_WORDS = {
    "accepted": DeliveryStatus.QUEUED,
    "scheduled": DeliveryStatus.QUEUED,
    "read": DeliveryStatus.DELIVERED,
    **{status.value: status for status in DeliveryStatus},
}


def reading(word: str) -> DeliveryStatus | None:
    """The delivery status a provider's status word means, or None for one that says nothing of delivery."""
    return PROVIDER_WORDS.get(word.strip().lower())


def moves_to(current: str | None, reported: DeliveryStatus) -> bool:
    """Whether a message at `current` (None: nothing heard yet) takes the `reported` status: only forward, never
    from a final status."""
    if current is None:
        return True
    if current in FINAL:
        return False
    return _STEP[reported] > _STEP[DeliveryStatus(current)]
