"""Money at its edges: minor units per currency, exact conversion to and from them, the plain-decimal reader, the
refusals with their messages, comparisons at equality and rounding at an exact half minor unit."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import pytest

from lending.money import (
    CurrencyMismatch,
    Money,
    decimal_places,
    fits_currency,
    from_minor,
    minor_units,
    parse_plain,
    to_decimal,
    to_minor,
)

D = Decimal


@pytest.mark.parametrize("currency, places", [("CNY", 2), ("KES", 2), ("UGX", 0), ("TZS", 2), ("GHS", 2), ("USD", 2)])
def test_minor_units_of_each_currency_we_lend_in(currency, places):
    assert minor_units(currency) == places


@pytest.mark.parametrize("currency", ["JPY", "cny", ""])
def test_an_unsupported_currency_is_refused_naming_it(currency):
    with pytest.raises(ValueError) as refused:
        minor_units(currency)
    assert str(refused.value) == f"unsupported currency {currency!r}"


@pytest.mark.parametrize(
    "amount, places",
    [
        ("12.50", 1),  # the trailing zero is not significant
        ("13500.000", 0),
        ("13500", 0),  # trailing zeros left of the point never make places
        ("1E+2", 0),
        ("1.234", 3),
        ("-1.5", 1),
        ("0.00", 0),  # zero has no significant places however it is written
        ("0", 0),
        ("0.01", 2),
        ("Infinity", 0),  # no integer exponent
        ("NaN", 0),
    ],
)
def test_decimal_places_counts_only_significant_ones(amount, places):
    assert decimal_places(D(amount)) == places


@pytest.mark.parametrize(
    "amount, currency, fits",
    [
        ("12.34", "CNY", True),  # exactly the two places a fen allows
        ("12.345", "CNY", False),
        ("12.3", "KES", True),
        ("1500", "UGX", True),  # exactly the zero places a shilling allows
        ("1500.5", "UGX", False),
        ("1500.0", "UGX", True),  # a written zero is not a place
    ],
)
def test_an_amount_fits_its_currency_at_exactly_its_minor_unit(amount, currency, fits):
    assert fits_currency(D(amount), currency) is fits


@pytest.mark.parametrize(
    "amount, currency, units",
    [
        ("12.34", "CNY", 1234),  # 12.34 × 100
        ("12.3", "KES", 1230),
        ("0.01", "USD", 1),
        ("1500", "UGX", 1500),  # × 1
        ("1500.00", "UGX", 1500),
        ("-0.05", "CNY", -5),
    ],
)
def test_to_minor_is_exact(amount, currency, units):
    converted = to_minor(D(amount), currency)
    assert converted == units and type(converted) is int


@pytest.mark.parametrize("amount, currency", [("12.345", "CNY"), ("0.001", "KES"), ("1500.5", "UGX")])
def test_to_minor_refuses_an_amount_finer_than_the_minor_unit(amount, currency):
    with pytest.raises(ValueError) as refused:
        to_minor(D(amount), currency)
    assert str(refused.value) == f"{amount} has more decimals than {currency} allows"


def test_to_minor_names_an_unsupported_currency():
    with pytest.raises(ValueError) as refused:
        to_minor(D("1"), "JPY")
    assert str(refused.value) == "unsupported currency 'JPY'"


@pytest.mark.parametrize(
    "units, currency, text",
    [(1234, "CNY", "12.34"), (5, "KES", "0.05"), (-5, "CNY", "-0.05"), (1500, "UGX", "1500"), (0, "CNY", "0.00")],
)
def test_from_minor_keeps_the_minor_unit_places(units, currency, text):
    # 1234 fen / 100 = 12.34, written with its two places (str compares the exponent too)
    assert str(from_minor(units, currency)) == text


@pytest.mark.parametrize("units", [True, 12.0, "1234", D("1234")])
def test_from_minor_takes_only_an_integer(units):
    with pytest.raises(TypeError) as refused:
        from_minor(units, "CNY")
    assert str(refused.value) == "minor units are an integer"


@pytest.mark.parametrize(
    "text, written",
    [
        ("0", "0"),
        ("1500.00", "1500.00"),
        ("999999999999999", "999999999999999"),  # 15 digits, the most
        ("1.0123456789", "1.0123456789"),  # 10 places, the most
        ("007", "7"),
    ],
)
def test_parse_plain_reads_an_amount_written_plainly(text, written):
    assert str(parse_plain(text)) == written


@pytest.mark.parametrize(
    "text",
    [
        "１００",  # full-width digits
        "1_000",
        " 1E+2 ",
        "1E+2",
        "+5",
        ".5",
        "-0",
        "-5",
        "5.",
        "",
        " 5",
        "5 ",
        "1,000",
        "1000000000000000",  # 16 digits
        "1.01234567891",  # 11 places
        "NaN",
        "Infinity",
    ],
)
def test_parse_plain_refuses_every_other_way_of_writing_a_number(text):
    with pytest.raises(ValueError) as refused:
        parse_plain(text)
    assert str(refused.value) == f"not a plain decimal: {text!r}"


@pytest.mark.parametrize("value", [5, None, D("5")])
def test_parse_plain_refuses_what_is_not_text(value):
    with pytest.raises(ValueError) as refused:
        parse_plain(value)
    assert str(refused.value) == f"not a plain decimal: {value!r}"


@pytest.mark.parametrize(
    "value, text", [("1.50", "1.50"), (D("1.50"), "1.50"), (7, "7"), ("-3", "-3"), ("1E+2", "1E+2")]
)
def test_to_decimal_reads_text_integers_and_decimals_as_written(value, text):
    assert str(to_decimal(value)) == text


def test_to_decimal_refuses_a_float_saying_what_to_pass():
    with pytest.raises(TypeError) as refused:
        to_decimal(0.5)
    assert str(refused.value) == "money is never a float; pass a str or Decimal"


@pytest.mark.parametrize("value", ["abc", "", "1,5", None])
def test_to_decimal_refuses_what_is_not_a_number(value):
    with pytest.raises(ValueError) as refused:
        to_decimal(value)
    assert str(refused.value) == f"not an amount: {value!r}"


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", D("sNaN")])
def test_to_decimal_refuses_what_is_not_finite(value):
    with pytest.raises(ValueError) as refused:
        to_decimal(value)
    assert str(refused.value) == f"not a finite amount: {value!r}"


def test_money_keeps_its_amount_as_a_decimal():
    money = Money("12.50", "CNY")
    assert type(money.amount) is Decimal and str(money.amount) == "12.50" and money.currency == "CNY"
    assert Money.of(7, "KES") == Money(D(7), "KES")


def test_money_in_an_unsupported_currency_is_refused():
    with pytest.raises(ValueError) as refused:
        Money.of("1", "JPY")
    assert str(refused.value) == "unsupported currency 'JPY'"


def test_money_of_a_float_is_refused():
    with pytest.raises(TypeError) as refused:
        Money("0.1", "CNY").times(0.5)
    assert str(refused.value) == "money is never a float; pass a str or Decimal"


def test_arithmetic_keeps_the_currency():
    # 10.25 + 0.75 = 11.00; 10.25 − 0.75 = 9.50; −10.25
    assert Money.of("10.25", "KES") + Money.of("0.75", "KES") == Money(D("11.00"), "KES")
    assert Money.of("10.25", "KES") - Money.of("0.75", "KES") == Money(D("9.50"), "KES")
    assert Money.of("0.75", "KES") - Money.of("10.25", "KES") == Money(D("-9.50"), "KES")
    assert -Money.of("10.25", "KES") == Money(D("-10.25"), "KES")
    assert Money.of("10.00", "CNY").times("1.5") == Money(D("15.000"), "CNY")  # unrounded until told


@pytest.mark.parametrize(
    "combine",
    [
        lambda a, b: a + b,
        lambda a, b: a - b,
        lambda a, b: a < b,
        lambda a, b: a <= b,
    ],
    ids=["add", "subtract", "less", "less-or-equal"],
)
def test_combining_two_currencies_is_refused_naming_both(combine):
    with pytest.raises(CurrencyMismatch) as refused:
        combine(Money.of("1", "CNY"), Money.of("1", "KES"))
    assert str(refused.value) == "CNY and KES"
    assert isinstance(refused.value, ValueError)


@pytest.mark.parametrize(
    "combine",
    [lambda a: a + D("1"), lambda a: a - 1, lambda a: a < D("1"), lambda a: a <= D("1")],
    ids=["add", "subtract", "less", "less-or-equal"],
)
def test_money_combines_only_with_money(combine):
    with pytest.raises(TypeError) as refused:
        combine(Money.of("1", "CNY"))
    assert str(refused.value) == "money only combines with money"


def test_comparisons_at_equality_and_one_minor_unit_either_side():
    ten = Money.of("10.00", "CNY")
    assert not ten < Money.of("10.00", "CNY")
    assert ten <= Money.of("10.00", "CNY")
    assert ten < Money.of("10.01", "CNY") and ten <= Money.of("10.01", "CNY")
    assert not ten < Money.of("9.99", "CNY") and not ten <= Money.of("9.99", "CNY")
    assert ten > Money.of("9.99", "CNY") and ten >= Money.of("10.00", "CNY")


@pytest.mark.parametrize(
    "amount, currency, rounding, expected",
    [
        ("2.345", "CNY", None, "2.34"),  # exact half: to the even fen 4
        ("2.355", "CNY", None, "2.36"),  # exact half: to the even fen 6
        ("2.3450001", "CNY", None, "2.35"),  # above the half
        ("-2.345", "CNY", None, "-2.34"),
        ("2.345", "CNY", ROUND_HALF_UP, "2.35"),
        ("2.349", "CNY", ROUND_DOWN, "2.34"),
        ("1001.5", "UGX", None, "1002"),  # half a shilling: to the even 1002
        ("1002.5", "UGX", None, "1002"),
        ("1002.5", "UGX", ROUND_HALF_UP, "1003"),
        ("2.3", "KES", None, "2.30"),  # padded to the minor unit
    ],
)
def test_rounding_to_the_minor_unit(amount, currency, rounding, expected):
    money = Money.of(amount, currency)
    rounded = money.rounded() if rounding is None else money.rounded(rounding)
    assert str(rounded.amount) == expected and rounded.currency == currency


@pytest.mark.parametrize(
    "amount, currency, text",
    [("2.345", "CNY", "2.34 CNY"), ("2.355", "KES", "2.36 KES"), ("1001.5", "UGX", "1002 UGX")],
)
def test_money_is_written_rounded_half_even_with_its_currency(amount, currency, text):
    assert str(Money.of(amount, currency)) == text
