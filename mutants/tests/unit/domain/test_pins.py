"""The USSD PIN rules (issue #12): four digits, nothing trivial, three wrong tries in a row lock for 30 minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from lending.domain import pins
from lending.domain.refusals import Refused

NOW = dt.datetime(2026, 11, 29, 8, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("pin", ["123", "12345", "", "12a4", "１２３４", " 739", "73 9", "7.39", "-739"])
def test_a_pin_is_four_ascii_digits(pin):
    with pytest.raises(Refused) as refused:
        pins.check_new(pin)
    assert (refused.value.code, refused.value.field, refused.value.forbidden) == ("pin_format", "pin", False)


@pytest.mark.parametrize(
    "pin, reason",
    [
        ("0000", "one digit repeated"),
        ("9999", "one digit repeated"),
        ("1212", "a pair repeated"),
        ("9090", "a pair repeated"),
        ("0123", "digits in a row"),
        ("1234", "digits in a row"),
        ("6789", "digits in a row"),
        ("9876", "digits in a row"),
        ("3210", "digits in a row"),
    ],
)
def test_a_trivial_pin_is_refused_saying_why(pin, reason):
    with pytest.raises(Refused) as refused:
        pins.check_new(pin)
    assert refused.value.code == "pin_trivial" and reason in str(refused.value)


@pytest.mark.parametrize("pin", ["1235", "0001", "1223", "1213", "1357", "7890", "2580", "4719"])
def test_a_pin_one_step_away_from_trivial_is_accepted(pin):
    pins.check_new(pin)  # no refusal


def test_the_birth_year_is_refused_and_the_years_either_side_are_not():
    with pytest.raises(Refused) as refused:
        pins.check_new("1983", birth_year=1983)
    assert "your birth year" in str(refused.value)
    pins.check_new("1982", birth_year=1983)
    pins.check_new("1984", birth_year=1983)
    pins.check_new("1983", birth_year=None)


def test_two_wrong_tries_do_not_lock_and_the_third_locks_for_thirty_minutes():
    tries = pins.Tries().after_wrong(NOW).after_wrong(NOW)
    assert tries == pins.Tries(wrong=2) and not tries.locked(NOW)
    pins.check_unlocked(tries, NOW)
    locked = tries.after_wrong(NOW)
    assert locked == pins.Tries(wrong=0, locked_until=NOW + dt.timedelta(minutes=30))


def test_the_lock_holds_until_its_last_second_and_says_the_minutes_left_rounded_up():
    locked = pins.Tries(locked_until=NOW + dt.timedelta(minutes=30))
    for now, minutes in (
        (NOW, 30),
        (NOW + dt.timedelta(minutes=29, seconds=1), 1),
        (NOW + dt.timedelta(minutes=29), 1),
    ):
        with pytest.raises(Refused) as refused:
            pins.check_unlocked(locked, now)
        assert refused.value.code == "pin_locked" and refused.value.forbidden
        assert f"try again in {minutes} minutes" in str(refused.value)
    last_second = NOW + dt.timedelta(minutes=30) - dt.timedelta(microseconds=1)
    assert locked.locked(last_second) and not locked.locked(NOW + dt.timedelta(minutes=30))
    pins.check_unlocked(locked, NOW + dt.timedelta(minutes=30))


def test_the_right_pin_clears_the_count():
    assert pins.Tries(wrong=2).after_right() == pins.Tries()
    assert pins.Tries(wrong=2).after_right().after_wrong(NOW) == pins.Tries(wrong=1)
