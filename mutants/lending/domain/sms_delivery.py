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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_reading__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_reading__mutmut)
def reading(word: str) -> DeliveryStatus | None:
    """The delivery status a provider's status word means, or None for one that says nothing of delivery."""
    return PROVIDER_WORDS.get(word.strip().lower())


def x_reading__mutmut_orig(word: str) -> DeliveryStatus | None:
    """The delivery status a provider's status word means, or None for one that says nothing of delivery."""
    return PROVIDER_WORDS.get(word.strip().lower())


def x_reading__mutmut_1(word: str) -> DeliveryStatus | None:
    """The delivery status a provider's status word means, or None for one that says nothing of delivery."""
    return PROVIDER_WORDS.get(None)


def x_reading__mutmut_2(word: str) -> DeliveryStatus | None:
    """The delivery status a provider's status word means, or None for one that says nothing of delivery."""
    return PROVIDER_WORDS.get(word.strip().upper())

mutants_x_reading__mutmut['_mutmut_orig'] = x_reading__mutmut_orig # type: ignore # mutmut generated
mutants_x_reading__mutmut['x_reading__mutmut_1'] = x_reading__mutmut_1 # type: ignore # mutmut generated
mutants_x_reading__mutmut['x_reading__mutmut_2'] = x_reading__mutmut_2 # type: ignore # mutmut generated
mutants_x_moves_to__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_moves_to__mutmut)
def moves_to(current: str | None, reported: DeliveryStatus) -> bool:
    """Whether a message at `current` (None: nothing heard yet) takes the `reported` status: only forward, never
    from a final status."""
    if current is None:
        return True
    if current in FINAL:
        return False
    return _STEP[reported] > _STEP[DeliveryStatus(current)]


def x_moves_to__mutmut_orig(current: str | None, reported: DeliveryStatus) -> bool:
    """Whether a message at `current` (None: nothing heard yet) takes the `reported` status: only forward, never
    from a final status."""
    if current is None:
        return True
    if current in FINAL:
        return False
    return _STEP[reported] > _STEP[DeliveryStatus(current)]


def x_moves_to__mutmut_1(current: str | None, reported: DeliveryStatus) -> bool:
    """Whether a message at `current` (None: nothing heard yet) takes the `reported` status: only forward, never
    from a final status."""
    if current is not None:
        return True
    if current in FINAL:
        return False
    return _STEP[reported] > _STEP[DeliveryStatus(current)]


def x_moves_to__mutmut_2(current: str | None, reported: DeliveryStatus) -> bool:
    """Whether a message at `current` (None: nothing heard yet) takes the `reported` status: only forward, never
    from a final status."""
    if current is None:
        return False
    if current in FINAL:
        return False
    return _STEP[reported] > _STEP[DeliveryStatus(current)]


def x_moves_to__mutmut_3(current: str | None, reported: DeliveryStatus) -> bool:
    """Whether a message at `current` (None: nothing heard yet) takes the `reported` status: only forward, never
    from a final status."""
    if current is None:
        return True
    if current not in FINAL:
        return False
    return _STEP[reported] > _STEP[DeliveryStatus(current)]


def x_moves_to__mutmut_4(current: str | None, reported: DeliveryStatus) -> bool:
    """Whether a message at `current` (None: nothing heard yet) takes the `reported` status: only forward, never
    from a final status."""
    if current is None:
        return True
    if current in FINAL:
        return True
    return _STEP[reported] > _STEP[DeliveryStatus(current)]


def x_moves_to__mutmut_5(current: str | None, reported: DeliveryStatus) -> bool:
    """Whether a message at `current` (None: nothing heard yet) takes the `reported` status: only forward, never
    from a final status."""
    if current is None:
        return True
    if current in FINAL:
        return False
    return _STEP[reported] >= _STEP[DeliveryStatus(current)]


def x_moves_to__mutmut_6(current: str | None, reported: DeliveryStatus) -> bool:
    """Whether a message at `current` (None: nothing heard yet) takes the `reported` status: only forward, never
    from a final status."""
    if current is None:
        return True
    if current in FINAL:
        return False
    return _STEP[reported] > _STEP[DeliveryStatus(None)]

mutants_x_moves_to__mutmut['_mutmut_orig'] = x_moves_to__mutmut_orig # type: ignore # mutmut generated
mutants_x_moves_to__mutmut['x_moves_to__mutmut_1'] = x_moves_to__mutmut_1 # type: ignore # mutmut generated
mutants_x_moves_to__mutmut['x_moves_to__mutmut_2'] = x_moves_to__mutmut_2 # type: ignore # mutmut generated
mutants_x_moves_to__mutmut['x_moves_to__mutmut_3'] = x_moves_to__mutmut_3 # type: ignore # mutmut generated
mutants_x_moves_to__mutmut['x_moves_to__mutmut_4'] = x_moves_to__mutmut_4 # type: ignore # mutmut generated
mutants_x_moves_to__mutmut['x_moves_to__mutmut_5'] = x_moves_to__mutmut_5 # type: ignore # mutmut generated
mutants_x_moves_to__mutmut['x_moves_to__mutmut_6'] = x_moves_to__mutmut_6 # type: ignore # mutmut generated
