"""A farmer's USSD PIN (DESIGN.md §8): four digits, never one that is easy to guess, and a lock after three wrong
tries in a row that outlives the session it happened in. Pure Python: the service hashes the PIN (argon2) and keeps
the tries and the lock on the farmer's record; these rules say what is allowed and when.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .refusals import Refused

LENGTH = 4
MAX_TRIES = 3  # wrong PINs in a row that lock
LOCK = dt.timedelta(minutes=30)


def check_new(pin: str, *, birth_year: int | None = None) -> None:
    """Refuse (Refused, field `pin`) a PIN that is not four ASCII digits or that is trivial to guess: one digit
    repeated (0000), a pair repeated (1212), a run up or down (1234, 9876), or the farmer's birth year."""
    if len(pin) != LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Refused(f"A PIN is {LENGTH} digits.", code="pin_format", field="pin")
    reason = _trivial(pin, birth_year)
    if reason:
        raise Refused(f"This PIN is too easy to guess ({reason}); choose another.", code="pin_trivial", field="pin")


def _trivial(pin: str, birth_year: int | None) -> str | None:
    digits = [int(char) for char in pin]
    steps = {later - earlier for earlier, later in zip(digits, digits[1:])}
    if steps == {0}:
        return "one digit repeated"
    if pin[:2] == pin[2:]:
        return "a pair repeated"
    if steps in ({1}, {-1}):
        return "digits in a row"
    if birth_year is not None and pin == f"{birth_year:04d}":
        return "your birth year"
    return None


@dataclass(frozen=True)
class Tries:
    """Wrong PINs in a row and, after the last of MAX_TRIES, until when the PIN is locked (aware UTC)."""

    wrong: int = 0
    locked_until: dt.datetime | None = None

    def locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_wrong(self, now: dt.datetime) -> Tries:
        """One more wrong PIN: the MAX_TRIES-th in a row locks for LOCK (and starts the count again after it)."""
        wrong = self.wrong + 1
        if wrong >= MAX_TRIES:
            return Tries(locked_until=now + LOCK)
        return Tries(wrong=wrong, locked_until=self.locked_until)

    def after_right(self) -> Tries:
        return Tries()


def check_unlocked(tries: Tries, now: dt.datetime) -> None:
    """Refuse (Refused, `pin_locked`, forbidden) any PIN while locked, even the right one."""
    if tries.locked(now):
        minutes = -(-(tries.locked_until - now) // dt.timedelta(minutes=1))  # rounded up: never "0 minutes"
        raise Refused(
            f"The PIN is locked after {MAX_TRIES} wrong tries; try again in {minutes} minutes.",
            code="pin_locked",
            field="pin",
            forbidden=True,
        )
