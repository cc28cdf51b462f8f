"""domain.sms_commands: a PAY amount with its currency after it, of any length, and the smallest amount accepted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lending.domain.sms_commands import AmountProblem, BadAmount, read_amount


@pytest.mark.parametrize(
    "typed, currency, value",
    [
        ("1500 kes", "KES", Decimal("1500")),  # the code after an amount longer than the code itself
        ("12500kes", "KES", Decimal("12500")),
        ("1,500.50 cny", "CNY", Decimal("1500.50")),
    ],
)
def test_the_currency_after_the_amount_is_cut_whatever_the_amounts_length(typed, currency, value):
    assert read_amount(typed, currency) == value


@pytest.mark.parametrize(
    "typed, value",
    [("0.01", Decimal("0.01")), ("0.50", Decimal("0.50")), ("1", Decimal("1")), ("1.01", Decimal("1.01"))],
)
def test_any_amount_above_zero_is_accepted_one_cent_too(typed, value):
    assert read_amount(typed, "CNY") == value


@pytest.mark.parametrize("typed", ["0", "0.00"])
def test_zero_is_refused(typed):
    with pytest.raises(BadAmount) as raised:
        read_amount(typed, "CNY")
    assert raised.value.problem is AmountProblem.ZERO


def test_a_bad_amount_says_its_problem_as_its_message():
    with pytest.raises(BadAmount) as raised:
        read_amount(None, "CNY")
    assert (raised.value.problem, str(raised.value)) == (AmountProblem.MISSING, "missing")
    with pytest.raises(BadAmount) as raised:
        read_amount("1.505", "KES")  # a tenth of a cent
    assert (raised.value.problem, str(raised.value)) == (AmountProblem.DECIMALS, "decimals")
