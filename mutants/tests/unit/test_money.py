"""Money: Decimal with its currency; never float; mixing currencies raises; rounding is half-even to minor units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lending.money import CurrencyMismatch, Money, fits_currency


def test_adding_two_amounts_of_one_currency():
    assert Money.of("1500.10", "CNY") + Money.of("0.25", "CNY") == Money(Decimal("1500.35"), "CNY")


def test_mixing_currencies_raises():
    with pytest.raises(CurrencyMismatch):
        Money.of("1", "CNY") + Money.of("1", "KES")


def test_a_float_is_refused():
    with pytest.raises(TypeError):
        Money.of(0.1, "CNY")


@pytest.mark.parametrize("amount, expected", [("2.345", "2.34"), ("2.355", "2.36"), ("2.3450001", "2.35")])
def test_rounding_to_the_minor_unit_is_half_even(amount, expected):
    assert Money.of(amount, "CNY").rounded().amount == Decimal(expected)


def test_ugx_has_no_minor_unit():
    assert Money.of("1001.5", "UGX").rounded().amount == Decimal("1002")
    assert fits_currency(Decimal("100"), "UGX") and not fits_currency(Decimal("100.5"), "UGX")
    assert fits_currency(Decimal("13500.00"), "CNY") and not fits_currency(Decimal("13500.001"), "CNY")
