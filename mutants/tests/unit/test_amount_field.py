"""An amount is dumped with its own currency's decimals, from a dict or an object alike, never a guessed one."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from marshmallow import Schema, fields

from lending import money
from lending.api.fields import Amount


class PaymentSchema(Schema):
    amount = Amount()
    currency = fields.String()


class PriceSchema(Schema):
    price = Amount(currency_field="price_currency")


@dataclass(frozen=True)
class Payment:
    amount: Decimal
    currency: str


@pytest.fixture
def three_decimal_currency(monkeypatch):
    """KWD has 3 decimals (1 dinar = 1000 fils); the lender does not offer it yet, so the test adds it."""
    monkeypatch.setitem(money.MINOR_UNITS, "KWD", 3)


@pytest.mark.parametrize(
    "amount, currency, shown",
    [(Decimal("1500"), "UGX", "1500"), (Decimal("1.25"), "KWD", "1.250"), (Decimal("8000"), "CNY", "8000.00")],
)
def test_an_amount_has_the_decimals_of_its_currency_from_a_dict_or_an_object(
    three_decimal_currency, amount, currency, shown
):
    assert PaymentSchema().dump({"amount": amount, "currency": currency})["amount"] == shown
    assert PaymentSchema().dump(Payment(amount=amount, currency=currency))["amount"] == shown


def test_the_currency_is_read_from_the_field_named(three_decimal_currency):
    assert PriceSchema().dump({"price": Decimal("1.25"), "price_currency": "KWD"}) == {"price": "1.250"}


@pytest.mark.parametrize(
    "without_currency",
    [
        {"amount": Decimal("1500")},
        {"amount": Decimal("1500"), "currency": None},
        type("Bare", (), {"amount": Decimal("1500")})(),
    ],
)
def test_an_amount_without_a_currency_is_refused_not_guessed(without_currency):
    with pytest.raises(ValueError, match="currency"):
        PaymentSchema(only=("amount",)).dump(without_currency)
