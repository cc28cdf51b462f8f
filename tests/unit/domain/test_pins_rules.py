"""domain.pins: each refusal with its exact code, field, message and forbidden flag; the ASCII digit range at its
edges; the lock at the MAX_TRIES-th wrong PIN and not before."""

from __future__ import annotations

import datetime as dt

import pytest

from lending.domain import pins
from lending.domain.refusals import Refused

NOW = dt.datetime(2026, 11, 29, 8, 0, tzinfo=dt.UTC)


def refusal(call) -> tuple[str, str, str, bool]:
    with pytest.raises(Refused) as caught:
        call()
    return str(caught.value), caught.value.code, caught.value.field, caught.value.forbidden


def test_the_settings():
    assert (pins.LENGTH, pins.MAX_TRIES, pins.LOCK) == (4, 3, dt.timedelta(minutes=30))


# "/" and ":" are the characters just before "0" and just after "9"
@pytest.mark.parametrize("pin", ["12/4", "12:4", "/123", "987:", "123", "12345"])
def test_a_pin_not_four_ascii_digits_is_refused_with_its_format(pin):
    assert refusal(lambda: pins.check_new(pin)) == ("A PIN is 4 digits.", "pin_format", "pin", False)


@pytest.mark.parametrize("pin", ["0529", "9052", "5290"])
def test_zero_and_nine_are_digits(pin):
    assert pins.check_new(pin) is None


@pytest.mark.parametrize(
    "pin, birth_year, reason",
    [
        ("0000", None, "one digit repeated"),
        ("9999", None, "one digit repeated"),  # also a pair repeated: the first reason is given
        ("1212", None, "a pair repeated"),
        ("1010", None, "a pair repeated"),  # also steps of +1 and -1, but not a run
        ("0123", None, "digits in a row"),
        ("6789", None, "digits in a row"),
        ("3210", None, "digits in a row"),
        ("9876", None, "digits in a row"),
        ("1983", 1983, "your birth year"),
        ("0999", 999, "your birth year"),  # the year in four digits
    ],
)
def test_a_trivial_pin_is_refused_with_its_reason(pin, birth_year, reason):
    assert refusal(lambda: pins.check_new(pin, birth_year=birth_year)) == (
        f"This PIN is too easy to guess ({reason}); choose another.",
        "pin_trivial",
        "pin",
        False,
    )


@pytest.mark.parametrize(
    "pin, birth_year",
    [
        ("2468", None),  # steps of 2: not a run
        ("1232", None),  # up then down
        ("1221", None),
        ("1211", None),
        ("1982", 1983),
        ("1984", 1983),
        ("0999", None),
        ("1999", 999),  # the year is written with a leading zero, not this
    ],
)
def test_a_pin_next_to_a_trivial_one_is_accepted(pin, birth_year):
    assert pins.check_new(pin, birth_year=birth_year) is None


def test_the_default_tries_are_none_and_unlocked():
    assert pins.Tries() == pins.Tries(wrong=0, locked_until=None)
    assert not pins.Tries().locked(NOW)
    assert pins.check_unlocked(pins.Tries(), NOW) is None


def test_a_wrong_pin_before_the_limit_keeps_an_earlier_lock_time():
    earlier = NOW - dt.timedelta(hours=1)  # a lock that has run out
    assert pins.Tries(wrong=0, locked_until=earlier).after_wrong(NOW) == pins.Tries(wrong=1, locked_until=earlier)
    assert pins.Tries(wrong=1, locked_until=earlier).after_wrong(NOW) == pins.Tries(wrong=2, locked_until=earlier)


def test_the_third_wrong_pin_in_a_row_locks_for_thirty_minutes_and_restarts_the_count():
    assert pins.Tries(wrong=2).after_wrong(NOW) == pins.Tries(wrong=0, locked_until=NOW + dt.timedelta(minutes=30))
    # a count above the limit (a record from before a lower limit) locks too
    assert pins.Tries(wrong=5).after_wrong(NOW) == pins.Tries(wrong=0, locked_until=NOW + dt.timedelta(minutes=30))


@pytest.mark.parametrize(
    "left, minutes",
    [
        (dt.timedelta(minutes=30), 30),
        (dt.timedelta(minutes=29, seconds=59), 30),  # rounded up
        (dt.timedelta(minutes=1), 1),
        (dt.timedelta(minutes=1, microseconds=1), 2),
        (dt.timedelta(microseconds=1), 1),  # never "0 minutes"
    ],
)
def test_a_locked_pin_is_refused_saying_the_minutes_left_rounded_up(left, minutes):
    tries = pins.Tries(locked_until=NOW + left)
    assert refusal(lambda: pins.check_unlocked(tries, NOW)) == (
        f"The PIN is locked after 3 wrong tries; try again in {minutes} minutes.",
        "pin_locked",
        "pin",
        True,
    )


def test_the_lock_ends_at_its_moment():
    tries = pins.Tries(locked_until=NOW)
    assert not tries.locked(NOW)
    assert tries.locked(NOW - dt.timedelta(microseconds=1))
    assert pins.check_unlocked(tries, NOW) is None
