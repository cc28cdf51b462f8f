"""Money: a Decimal amount with its ISO 4217 currency. Never float; mixing currencies raises; rounding is named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

# ISO 4217 minor units of the currencies we lend in.
MINOR_UNITS: dict[str, int] = {"CNY": 2, "KES": 2, "UGX": 0, "TZS": 2, "GHS": 2, "USD": 2}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class CurrencyMismatch(ValueError):
    pass
mutants_x_minor_units__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_minor_units__mutmut)
def minor_units(currency: str) -> int:
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise ValueError(f"unsupported currency {currency!r}") from None


def x_minor_units__mutmut_orig(currency: str) -> int:
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise ValueError(f"unsupported currency {currency!r}") from None


def x_minor_units__mutmut_1(currency: str) -> int:
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise ValueError(None) from None

mutants_x_minor_units__mutmut['_mutmut_orig'] = x_minor_units__mutmut_orig # type: ignore # mutmut generated
mutants_x_minor_units__mutmut['x_minor_units__mutmut_1'] = x_minor_units__mutmut_1 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decimal_places__mutmut)
def decimal_places(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_orig(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_1(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = None
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_2(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) and not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_3(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_4(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_5(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(None):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_6(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 1
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_7(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = None
    return max(0, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_8(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) + len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_9(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(None, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_10(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, None)


def x_decimal_places__mutmut_11(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(-(exponent + trailing_zeros))


def x_decimal_places__mutmut_12(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, )


def x_decimal_places__mutmut_13(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(1, -(exponent + trailing_zeros))


def x_decimal_places__mutmut_14(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, +(exponent + trailing_zeros))


def x_decimal_places__mutmut_15(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent - trailing_zeros))

mutants_x_decimal_places__mutmut['_mutmut_orig'] = x_decimal_places__mutmut_orig # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_1'] = x_decimal_places__mutmut_1 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_2'] = x_decimal_places__mutmut_2 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_3'] = x_decimal_places__mutmut_3 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_4'] = x_decimal_places__mutmut_4 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_5'] = x_decimal_places__mutmut_5 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_6'] = x_decimal_places__mutmut_6 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_7'] = x_decimal_places__mutmut_7 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_8'] = x_decimal_places__mutmut_8 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_9'] = x_decimal_places__mutmut_9 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_10'] = x_decimal_places__mutmut_10 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_11'] = x_decimal_places__mutmut_11 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_12'] = x_decimal_places__mutmut_12 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_13'] = x_decimal_places__mutmut_13 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_14'] = x_decimal_places__mutmut_14 # type: ignore # mutmut generated
mutants_x_decimal_places__mutmut['x_decimal_places__mutmut_15'] = x_decimal_places__mutmut_15 # type: ignore # mutmut generated
mutants_x_fits_currency__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fits_currency__mutmut)
def fits_currency(amount: Decimal, currency: str) -> bool:
    """True when `amount` has no more decimals than the currency's minor unit allows."""
    return decimal_places(amount) <= minor_units(currency)


def x_fits_currency__mutmut_orig(amount: Decimal, currency: str) -> bool:
    """True when `amount` has no more decimals than the currency's minor unit allows."""
    return decimal_places(amount) <= minor_units(currency)


def x_fits_currency__mutmut_1(amount: Decimal, currency: str) -> bool:
    """True when `amount` has no more decimals than the currency's minor unit allows."""
    return decimal_places(None) <= minor_units(currency)


def x_fits_currency__mutmut_2(amount: Decimal, currency: str) -> bool:
    """True when `amount` has no more decimals than the currency's minor unit allows."""
    return decimal_places(amount) < minor_units(currency)


def x_fits_currency__mutmut_3(amount: Decimal, currency: str) -> bool:
    """True when `amount` has no more decimals than the currency's minor unit allows."""
    return decimal_places(amount) <= minor_units(None)

mutants_x_fits_currency__mutmut['_mutmut_orig'] = x_fits_currency__mutmut_orig # type: ignore # mutmut generated
mutants_x_fits_currency__mutmut['x_fits_currency__mutmut_1'] = x_fits_currency__mutmut_1 # type: ignore # mutmut generated
mutants_x_fits_currency__mutmut['x_fits_currency__mutmut_2'] = x_fits_currency__mutmut_2 # type: ignore # mutmut generated
mutants_x_fits_currency__mutmut['x_fits_currency__mutmut_3'] = x_fits_currency__mutmut_3 # type: ignore # mutmut generated
mutants_x_to_minor__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_to_minor__mutmut)
def to_minor(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(amount, currency):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(amount.scaleb(minor_units(currency)))


def x_to_minor__mutmut_orig(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(amount, currency):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(amount.scaleb(minor_units(currency)))


def x_to_minor__mutmut_1(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if fits_currency(amount, currency):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(amount.scaleb(minor_units(currency)))


def x_to_minor__mutmut_2(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(None, currency):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(amount.scaleb(minor_units(currency)))


def x_to_minor__mutmut_3(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(amount, None):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(amount.scaleb(minor_units(currency)))


def x_to_minor__mutmut_4(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(currency):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(amount.scaleb(minor_units(currency)))


def x_to_minor__mutmut_5(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(amount, ):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(amount.scaleb(minor_units(currency)))


def x_to_minor__mutmut_6(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(amount, currency):
        raise ValueError(None)
    return int(amount.scaleb(minor_units(currency)))


def x_to_minor__mutmut_7(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(amount, currency):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(None)


def x_to_minor__mutmut_8(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(amount, currency):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(amount.scaleb(None))


def x_to_minor__mutmut_9(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(amount, currency):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(amount.scaleb(minor_units(None)))

mutants_x_to_minor__mutmut['_mutmut_orig'] = x_to_minor__mutmut_orig # type: ignore # mutmut generated
mutants_x_to_minor__mutmut['x_to_minor__mutmut_1'] = x_to_minor__mutmut_1 # type: ignore # mutmut generated
mutants_x_to_minor__mutmut['x_to_minor__mutmut_2'] = x_to_minor__mutmut_2 # type: ignore # mutmut generated
mutants_x_to_minor__mutmut['x_to_minor__mutmut_3'] = x_to_minor__mutmut_3 # type: ignore # mutmut generated
mutants_x_to_minor__mutmut['x_to_minor__mutmut_4'] = x_to_minor__mutmut_4 # type: ignore # mutmut generated
mutants_x_to_minor__mutmut['x_to_minor__mutmut_5'] = x_to_minor__mutmut_5 # type: ignore # mutmut generated
mutants_x_to_minor__mutmut['x_to_minor__mutmut_6'] = x_to_minor__mutmut_6 # type: ignore # mutmut generated
mutants_x_to_minor__mutmut['x_to_minor__mutmut_7'] = x_to_minor__mutmut_7 # type: ignore # mutmut generated
mutants_x_to_minor__mutmut['x_to_minor__mutmut_8'] = x_to_minor__mutmut_8 # type: ignore # mutmut generated
mutants_x_to_minor__mutmut['x_to_minor__mutmut_9'] = x_to_minor__mutmut_9 # type: ignore # mutmut generated
mutants_x_from_minor__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_from_minor__mutmut)
def from_minor(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError("minor units are an integer")
    return Decimal(units).scaleb(-minor_units(currency))


def x_from_minor__mutmut_orig(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError("minor units are an integer")
    return Decimal(units).scaleb(-minor_units(currency))


def x_from_minor__mutmut_1(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) and not isinstance(units, int):
        raise TypeError("minor units are an integer")
    return Decimal(units).scaleb(-minor_units(currency))


def x_from_minor__mutmut_2(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or isinstance(units, int):
        raise TypeError("minor units are an integer")
    return Decimal(units).scaleb(-minor_units(currency))


def x_from_minor__mutmut_3(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError(None)
    return Decimal(units).scaleb(-minor_units(currency))


def x_from_minor__mutmut_4(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError("XXminor units are an integerXX")
    return Decimal(units).scaleb(-minor_units(currency))


def x_from_minor__mutmut_5(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError("MINOR UNITS ARE AN INTEGER")
    return Decimal(units).scaleb(-minor_units(currency))


def x_from_minor__mutmut_6(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError("minor units are an integer")
    return Decimal(units).scaleb(None)


def x_from_minor__mutmut_7(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError("minor units are an integer")
    return Decimal(None).scaleb(-minor_units(currency))


def x_from_minor__mutmut_8(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError("minor units are an integer")
    return Decimal(units).scaleb(+minor_units(currency))


def x_from_minor__mutmut_9(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError("minor units are an integer")
    return Decimal(units).scaleb(-minor_units(None))

mutants_x_from_minor__mutmut['_mutmut_orig'] = x_from_minor__mutmut_orig # type: ignore # mutmut generated
mutants_x_from_minor__mutmut['x_from_minor__mutmut_1'] = x_from_minor__mutmut_1 # type: ignore # mutmut generated
mutants_x_from_minor__mutmut['x_from_minor__mutmut_2'] = x_from_minor__mutmut_2 # type: ignore # mutmut generated
mutants_x_from_minor__mutmut['x_from_minor__mutmut_3'] = x_from_minor__mutmut_3 # type: ignore # mutmut generated
mutants_x_from_minor__mutmut['x_from_minor__mutmut_4'] = x_from_minor__mutmut_4 # type: ignore # mutmut generated
mutants_x_from_minor__mutmut['x_from_minor__mutmut_5'] = x_from_minor__mutmut_5 # type: ignore # mutmut generated
mutants_x_from_minor__mutmut['x_from_minor__mutmut_6'] = x_from_minor__mutmut_6 # type: ignore # mutmut generated
mutants_x_from_minor__mutmut['x_from_minor__mutmut_7'] = x_from_minor__mutmut_7 # type: ignore # mutmut generated
mutants_x_from_minor__mutmut['x_from_minor__mutmut_8'] = x_from_minor__mutmut_8 # type: ignore # mutmut generated
mutants_x_from_minor__mutmut['x_from_minor__mutmut_9'] = x_from_minor__mutmut_9 # type: ignore # mutmut generated


# How a client writes an amount, a quantity or a rate: ASCII digits and an optional decimal point ("1500.00").
PLAIN_DECIMAL = r"[0-9]{1,15}(?:\.[0-9]{1,10})?"
_PLAIN = re.compile(PLAIN_DECIMAL)
mutants_x_parse_plain__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_plain__mutmut)
def parse_plain(text: str) -> Decimal:
    """A non-negative decimal written plainly. Decimal() would also read "１００", "1_000", " 1E+2 ", "+5", ".5" and
    "-0": none of them is how an amount is written, and each is a way round a check that reads the text."""
    if not isinstance(text, str) or _PLAIN.fullmatch(text) is None:
        raise ValueError(f"not a plain decimal: {text!r}")
    return Decimal(text)


def x_parse_plain__mutmut_orig(text: str) -> Decimal:
    """A non-negative decimal written plainly. Decimal() would also read "１００", "1_000", " 1E+2 ", "+5", ".5" and
    "-0": none of them is how an amount is written, and each is a way round a check that reads the text."""
    if not isinstance(text, str) or _PLAIN.fullmatch(text) is None:
        raise ValueError(f"not a plain decimal: {text!r}")
    return Decimal(text)


def x_parse_plain__mutmut_1(text: str) -> Decimal:
    """A non-negative decimal written plainly. Decimal() would also read "１００", "1_000", " 1E+2 ", "+5", ".5" and
    "-0": none of them is how an amount is written, and each is a way round a check that reads the text."""
    if not isinstance(text, str) and _PLAIN.fullmatch(text) is None:
        raise ValueError(f"not a plain decimal: {text!r}")
    return Decimal(text)


def x_parse_plain__mutmut_2(text: str) -> Decimal:
    """A non-negative decimal written plainly. Decimal() would also read "１００", "1_000", " 1E+2 ", "+5", ".5" and
    "-0": none of them is how an amount is written, and each is a way round a check that reads the text."""
    if isinstance(text, str) or _PLAIN.fullmatch(text) is None:
        raise ValueError(f"not a plain decimal: {text!r}")
    return Decimal(text)


def x_parse_plain__mutmut_3(text: str) -> Decimal:
    """A non-negative decimal written plainly. Decimal() would also read "１００", "1_000", " 1E+2 ", "+5", ".5" and
    "-0": none of them is how an amount is written, and each is a way round a check that reads the text."""
    if not isinstance(text, str) or _PLAIN.fullmatch(None) is None:
        raise ValueError(f"not a plain decimal: {text!r}")
    return Decimal(text)


def x_parse_plain__mutmut_4(text: str) -> Decimal:
    """A non-negative decimal written plainly. Decimal() would also read "１００", "1_000", " 1E+2 ", "+5", ".5" and
    "-0": none of them is how an amount is written, and each is a way round a check that reads the text."""
    if not isinstance(text, str) or _PLAIN.fullmatch(text) is not None:
        raise ValueError(f"not a plain decimal: {text!r}")
    return Decimal(text)


def x_parse_plain__mutmut_5(text: str) -> Decimal:
    """A non-negative decimal written plainly. Decimal() would also read "１００", "1_000", " 1E+2 ", "+5", ".5" and
    "-0": none of them is how an amount is written, and each is a way round a check that reads the text."""
    if not isinstance(text, str) or _PLAIN.fullmatch(text) is None:
        raise ValueError(None)
    return Decimal(text)


def x_parse_plain__mutmut_6(text: str) -> Decimal:
    """A non-negative decimal written plainly. Decimal() would also read "１００", "1_000", " 1E+2 ", "+5", ".5" and
    "-0": none of them is how an amount is written, and each is a way round a check that reads the text."""
    if not isinstance(text, str) or _PLAIN.fullmatch(text) is None:
        raise ValueError(f"not a plain decimal: {text!r}")
    return Decimal(None)

mutants_x_parse_plain__mutmut['_mutmut_orig'] = x_parse_plain__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_plain__mutmut['x_parse_plain__mutmut_1'] = x_parse_plain__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_plain__mutmut['x_parse_plain__mutmut_2'] = x_parse_plain__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_plain__mutmut['x_parse_plain__mutmut_3'] = x_parse_plain__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_plain__mutmut['x_parse_plain__mutmut_4'] = x_parse_plain__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_plain__mutmut['x_parse_plain__mutmut_5'] = x_parse_plain__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_plain__mutmut['x_parse_plain__mutmut_6'] = x_parse_plain__mutmut_6 # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_to_decimal__mutmut)
def to_decimal(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a str or Decimal")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_orig(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a str or Decimal")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_1(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError(None)
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_2(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("XXmoney is never a float; pass a str or DecimalXX")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_3(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a str or decimal")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_4(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("MONEY IS NEVER A FLOAT; PASS A STR OR DECIMAL")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_5(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a str or Decimal")
    try:
        amount = None
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_6(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a str or Decimal")
    try:
        amount = Decimal(None)
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_7(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a str or Decimal")
    try:
        amount = Decimal(str(None))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_8(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a str or Decimal")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(None) from None
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_9(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a str or Decimal")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount


def x_to_decimal__mutmut_10(value) -> Decimal:
    if isinstance(value, float):
        raise TypeError("money is never a float; pass a str or Decimal")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(None)
    return amount

mutants_x_to_decimal__mutmut['_mutmut_orig'] = x_to_decimal__mutmut_orig # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut['x_to_decimal__mutmut_1'] = x_to_decimal__mutmut_1 # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut['x_to_decimal__mutmut_2'] = x_to_decimal__mutmut_2 # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut['x_to_decimal__mutmut_3'] = x_to_decimal__mutmut_3 # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut['x_to_decimal__mutmut_4'] = x_to_decimal__mutmut_4 # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut['x_to_decimal__mutmut_5'] = x_to_decimal__mutmut_5 # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut['x_to_decimal__mutmut_6'] = x_to_decimal__mutmut_6 # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut['x_to_decimal__mutmut_7'] = x_to_decimal__mutmut_7 # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut['x_to_decimal__mutmut_8'] = x_to_decimal__mutmut_8 # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut['x_to_decimal__mutmut_9'] = x_to_decimal__mutmut_9 # type: ignore # mutmut generated
mutants_x_to_decimal__mutmut['x_to_decimal__mutmut_10'] = x_to_decimal__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁMoneyǁof__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMoneyǁ_same__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMoneyǁ__add____mutmut: MutantDict = {}  # type: ignore
mutants_xǁMoneyǁ__sub____mutmut: MutantDict = {}  # type: ignore
mutants_xǁMoneyǁ__neg____mutmut: MutantDict = {}  # type: ignore
mutants_xǁMoneyǁ__lt____mutmut: MutantDict = {}  # type: ignore
mutants_xǁMoneyǁ__le____mutmut: MutantDict = {}  # type: ignore
mutants_xǁMoneyǁtimes__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMoneyǁrounded__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    @_mutmut_mutated(mutants_xǁMoneyǁ__post_init____mutmut)
    def __post_init__(self):
        object.__setattr__(self, "amount", to_decimal(self.amount))
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_orig(self):
        object.__setattr__(self, "amount", to_decimal(self.amount))
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_1(self):
        object.__setattr__(None, "amount", to_decimal(self.amount))
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_2(self):
        object.__setattr__(self, None, to_decimal(self.amount))
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_3(self):
        object.__setattr__(self, "amount", None)
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_4(self):
        object.__setattr__("amount", to_decimal(self.amount))
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_5(self):
        object.__setattr__(self, to_decimal(self.amount))
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_6(self):
        object.__setattr__(self, "amount", )
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_7(self):
        object.__setattr__(self, "XXamountXX", to_decimal(self.amount))
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_8(self):
        object.__setattr__(self, "AMOUNT", to_decimal(self.amount))
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_9(self):
        object.__setattr__(self, "amount", to_decimal(None))
        minor_units(self.currency)

    def xǁMoneyǁ__post_init____mutmut_10(self):
        object.__setattr__(self, "amount", to_decimal(self.amount))
        minor_units(None)

    @classmethod
    @_mutmut_mutated(mutants_xǁMoneyǁof__mutmut, is_classmethod = True)
    def of(cls, amount, currency: str) -> Money:
        return cls(to_decimal(amount), currency)

    @classmethod
    def xǁMoneyǁof__mutmut_orig(cls, amount, currency: str) -> Money:
        return cls(to_decimal(amount), currency)

    @classmethod
    def xǁMoneyǁof__mutmut_1(cls, amount, currency: str) -> Money:
        return cls(None, currency)

    @classmethod
    def xǁMoneyǁof__mutmut_2(cls, amount, currency: str) -> Money:
        return cls(to_decimal(amount), None)

    @classmethod
    def xǁMoneyǁof__mutmut_3(cls, amount, currency: str) -> Money:
        return cls(currency)

    @classmethod
    def xǁMoneyǁof__mutmut_4(cls, amount, currency: str) -> Money:
        return cls(to_decimal(amount), )

    @classmethod
    def xǁMoneyǁof__mutmut_5(cls, amount, currency: str) -> Money:
        return cls(to_decimal(None), currency)

    @_mutmut_mutated(mutants_xǁMoneyǁ_same__mutmut)
    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("money only combines with money")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency}")

    def xǁMoneyǁ_same__mutmut_orig(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("money only combines with money")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency}")

    def xǁMoneyǁ_same__mutmut_1(self, other: Money) -> None:
        if isinstance(other, Money):
            raise TypeError("money only combines with money")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency}")

    def xǁMoneyǁ_same__mutmut_2(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(None)
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency}")

    def xǁMoneyǁ_same__mutmut_3(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("XXmoney only combines with moneyXX")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency}")

    def xǁMoneyǁ_same__mutmut_4(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("MONEY ONLY COMBINES WITH MONEY")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency}")

    def xǁMoneyǁ_same__mutmut_5(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("money only combines with money")
        if other.currency == self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency}")

    def xǁMoneyǁ_same__mutmut_6(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("money only combines with money")
        if other.currency != self.currency:
            raise CurrencyMismatch(None)

    @_mutmut_mutated(mutants_xǁMoneyǁ__add____mutmut)
    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def xǁMoneyǁ__add____mutmut_orig(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def xǁMoneyǁ__add____mutmut_1(self, other: Money) -> Money:
        self._same(None)
        return Money(self.amount + other.amount, self.currency)

    def xǁMoneyǁ__add____mutmut_2(self, other: Money) -> Money:
        self._same(other)
        return Money(None, self.currency)

    def xǁMoneyǁ__add____mutmut_3(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, None)

    def xǁMoneyǁ__add____mutmut_4(self, other: Money) -> Money:
        self._same(other)
        return Money(self.currency)

    def xǁMoneyǁ__add____mutmut_5(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, )

    def xǁMoneyǁ__add____mutmut_6(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    @_mutmut_mutated(mutants_xǁMoneyǁ__sub____mutmut)
    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def xǁMoneyǁ__sub____mutmut_orig(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def xǁMoneyǁ__sub____mutmut_1(self, other: Money) -> Money:
        self._same(None)
        return Money(self.amount - other.amount, self.currency)

    def xǁMoneyǁ__sub____mutmut_2(self, other: Money) -> Money:
        self._same(other)
        return Money(None, self.currency)

    def xǁMoneyǁ__sub____mutmut_3(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, None)

    def xǁMoneyǁ__sub____mutmut_4(self, other: Money) -> Money:
        self._same(other)
        return Money(self.currency)

    def xǁMoneyǁ__sub____mutmut_5(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, )

    def xǁMoneyǁ__sub____mutmut_6(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    @_mutmut_mutated(mutants_xǁMoneyǁ__neg____mutmut)
    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def xǁMoneyǁ__neg____mutmut_orig(self) -> Money:
        return Money(-self.amount, self.currency)

    def xǁMoneyǁ__neg____mutmut_1(self) -> Money:
        return Money(None, self.currency)

    def xǁMoneyǁ__neg____mutmut_2(self) -> Money:
        return Money(-self.amount, None)

    def xǁMoneyǁ__neg____mutmut_3(self) -> Money:
        return Money(self.currency)

    def xǁMoneyǁ__neg____mutmut_4(self) -> Money:
        return Money(-self.amount, )

    def xǁMoneyǁ__neg____mutmut_5(self) -> Money:
        return Money(+self.amount, self.currency)

    @_mutmut_mutated(mutants_xǁMoneyǁ__lt____mutmut)
    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def xǁMoneyǁ__lt____mutmut_orig(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def xǁMoneyǁ__lt____mutmut_1(self, other: Money) -> bool:
        self._same(None)
        return self.amount < other.amount

    def xǁMoneyǁ__lt____mutmut_2(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    @_mutmut_mutated(mutants_xǁMoneyǁ__le____mutmut)
    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def xǁMoneyǁ__le____mutmut_orig(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def xǁMoneyǁ__le____mutmut_1(self, other: Money) -> bool:
        self._same(None)
        return self.amount <= other.amount

    def xǁMoneyǁ__le____mutmut_2(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    @_mutmut_mutated(mutants_xǁMoneyǁtimes__mutmut)
    def times(self, factor) -> Money:
        return Money(self.amount * to_decimal(factor), self.currency)

    def xǁMoneyǁtimes__mutmut_orig(self, factor) -> Money:
        return Money(self.amount * to_decimal(factor), self.currency)

    def xǁMoneyǁtimes__mutmut_1(self, factor) -> Money:
        return Money(None, self.currency)

    def xǁMoneyǁtimes__mutmut_2(self, factor) -> Money:
        return Money(self.amount * to_decimal(factor), None)

    def xǁMoneyǁtimes__mutmut_3(self, factor) -> Money:
        return Money(self.currency)

    def xǁMoneyǁtimes__mutmut_4(self, factor) -> Money:
        return Money(self.amount * to_decimal(factor), )

    def xǁMoneyǁtimes__mutmut_5(self, factor) -> Money:
        return Money(self.amount / to_decimal(factor), self.currency)

    def xǁMoneyǁtimes__mutmut_6(self, factor) -> Money:
        return Money(self.amount * to_decimal(None), self.currency)

    @_mutmut_mutated(mutants_xǁMoneyǁrounded__mutmut)
    def rounded(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(quantum, rounding=rounding), self.currency)

    def xǁMoneyǁrounded__mutmut_orig(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(quantum, rounding=rounding), self.currency)

    def xǁMoneyǁrounded__mutmut_1(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = None
        return Money(self.amount.quantize(quantum, rounding=rounding), self.currency)

    def xǁMoneyǁrounded__mutmut_2(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(None)
        return Money(self.amount.quantize(quantum, rounding=rounding), self.currency)

    def xǁMoneyǁrounded__mutmut_3(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(None).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(quantum, rounding=rounding), self.currency)

    def xǁMoneyǁrounded__mutmut_4(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(2).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(quantum, rounding=rounding), self.currency)

    def xǁMoneyǁrounded__mutmut_5(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(+minor_units(self.currency))
        return Money(self.amount.quantize(quantum, rounding=rounding), self.currency)

    def xǁMoneyǁrounded__mutmut_6(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(None))
        return Money(self.amount.quantize(quantum, rounding=rounding), self.currency)

    def xǁMoneyǁrounded__mutmut_7(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(None, self.currency)

    def xǁMoneyǁrounded__mutmut_8(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(quantum, rounding=rounding), None)

    def xǁMoneyǁrounded__mutmut_9(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.currency)

    def xǁMoneyǁrounded__mutmut_10(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(quantum, rounding=rounding), )

    def xǁMoneyǁrounded__mutmut_11(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(None, rounding=rounding), self.currency)

    def xǁMoneyǁrounded__mutmut_12(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(quantum, rounding=None), self.currency)

    def xǁMoneyǁrounded__mutmut_13(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(rounding=rounding), self.currency)

    def xǁMoneyǁrounded__mutmut_14(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(quantum, ), self.currency)

    def __str__(self) -> str:
        return f"{self.rounded().amount} {self.currency}"

mutants_xǁMoneyǁ__post_init____mutmut['_mutmut_orig'] = Money.xǁMoneyǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut['xǁMoneyǁ__post_init____mutmut_1'] = Money.xǁMoneyǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut['xǁMoneyǁ__post_init____mutmut_2'] = Money.xǁMoneyǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut['xǁMoneyǁ__post_init____mutmut_3'] = Money.xǁMoneyǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut['xǁMoneyǁ__post_init____mutmut_4'] = Money.xǁMoneyǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut['xǁMoneyǁ__post_init____mutmut_5'] = Money.xǁMoneyǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut['xǁMoneyǁ__post_init____mutmut_6'] = Money.xǁMoneyǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut['xǁMoneyǁ__post_init____mutmut_7'] = Money.xǁMoneyǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut['xǁMoneyǁ__post_init____mutmut_8'] = Money.xǁMoneyǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut['xǁMoneyǁ__post_init____mutmut_9'] = Money.xǁMoneyǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__post_init____mutmut['xǁMoneyǁ__post_init____mutmut_10'] = Money.xǁMoneyǁ__post_init____mutmut_10 # type: ignore # mutmut generated

mutants_xǁMoneyǁof__mutmut['_mutmut_orig'] = Money.xǁMoneyǁof__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMoneyǁof__mutmut['xǁMoneyǁof__mutmut_1'] = Money.xǁMoneyǁof__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMoneyǁof__mutmut['xǁMoneyǁof__mutmut_2'] = Money.xǁMoneyǁof__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMoneyǁof__mutmut['xǁMoneyǁof__mutmut_3'] = Money.xǁMoneyǁof__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMoneyǁof__mutmut['xǁMoneyǁof__mutmut_4'] = Money.xǁMoneyǁof__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMoneyǁof__mutmut['xǁMoneyǁof__mutmut_5'] = Money.xǁMoneyǁof__mutmut_5 # type: ignore # mutmut generated

mutants_xǁMoneyǁ_same__mutmut['_mutmut_orig'] = Money.xǁMoneyǁ_same__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMoneyǁ_same__mutmut['xǁMoneyǁ_same__mutmut_1'] = Money.xǁMoneyǁ_same__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMoneyǁ_same__mutmut['xǁMoneyǁ_same__mutmut_2'] = Money.xǁMoneyǁ_same__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMoneyǁ_same__mutmut['xǁMoneyǁ_same__mutmut_3'] = Money.xǁMoneyǁ_same__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMoneyǁ_same__mutmut['xǁMoneyǁ_same__mutmut_4'] = Money.xǁMoneyǁ_same__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMoneyǁ_same__mutmut['xǁMoneyǁ_same__mutmut_5'] = Money.xǁMoneyǁ_same__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMoneyǁ_same__mutmut['xǁMoneyǁ_same__mutmut_6'] = Money.xǁMoneyǁ_same__mutmut_6 # type: ignore # mutmut generated

mutants_xǁMoneyǁ__add____mutmut['_mutmut_orig'] = Money.xǁMoneyǁ__add____mutmut_orig # type: ignore # mutmut generated
mutants_xǁMoneyǁ__add____mutmut['xǁMoneyǁ__add____mutmut_1'] = Money.xǁMoneyǁ__add____mutmut_1 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__add____mutmut['xǁMoneyǁ__add____mutmut_2'] = Money.xǁMoneyǁ__add____mutmut_2 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__add____mutmut['xǁMoneyǁ__add____mutmut_3'] = Money.xǁMoneyǁ__add____mutmut_3 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__add____mutmut['xǁMoneyǁ__add____mutmut_4'] = Money.xǁMoneyǁ__add____mutmut_4 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__add____mutmut['xǁMoneyǁ__add____mutmut_5'] = Money.xǁMoneyǁ__add____mutmut_5 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__add____mutmut['xǁMoneyǁ__add____mutmut_6'] = Money.xǁMoneyǁ__add____mutmut_6 # type: ignore # mutmut generated

mutants_xǁMoneyǁ__sub____mutmut['_mutmut_orig'] = Money.xǁMoneyǁ__sub____mutmut_orig # type: ignore # mutmut generated
mutants_xǁMoneyǁ__sub____mutmut['xǁMoneyǁ__sub____mutmut_1'] = Money.xǁMoneyǁ__sub____mutmut_1 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__sub____mutmut['xǁMoneyǁ__sub____mutmut_2'] = Money.xǁMoneyǁ__sub____mutmut_2 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__sub____mutmut['xǁMoneyǁ__sub____mutmut_3'] = Money.xǁMoneyǁ__sub____mutmut_3 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__sub____mutmut['xǁMoneyǁ__sub____mutmut_4'] = Money.xǁMoneyǁ__sub____mutmut_4 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__sub____mutmut['xǁMoneyǁ__sub____mutmut_5'] = Money.xǁMoneyǁ__sub____mutmut_5 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__sub____mutmut['xǁMoneyǁ__sub____mutmut_6'] = Money.xǁMoneyǁ__sub____mutmut_6 # type: ignore # mutmut generated

mutants_xǁMoneyǁ__neg____mutmut['_mutmut_orig'] = Money.xǁMoneyǁ__neg____mutmut_orig # type: ignore # mutmut generated
mutants_xǁMoneyǁ__neg____mutmut['xǁMoneyǁ__neg____mutmut_1'] = Money.xǁMoneyǁ__neg____mutmut_1 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__neg____mutmut['xǁMoneyǁ__neg____mutmut_2'] = Money.xǁMoneyǁ__neg____mutmut_2 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__neg____mutmut['xǁMoneyǁ__neg____mutmut_3'] = Money.xǁMoneyǁ__neg____mutmut_3 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__neg____mutmut['xǁMoneyǁ__neg____mutmut_4'] = Money.xǁMoneyǁ__neg____mutmut_4 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__neg____mutmut['xǁMoneyǁ__neg____mutmut_5'] = Money.xǁMoneyǁ__neg____mutmut_5 # type: ignore # mutmut generated

mutants_xǁMoneyǁ__lt____mutmut['_mutmut_orig'] = Money.xǁMoneyǁ__lt____mutmut_orig # type: ignore # mutmut generated
mutants_xǁMoneyǁ__lt____mutmut['xǁMoneyǁ__lt____mutmut_1'] = Money.xǁMoneyǁ__lt____mutmut_1 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__lt____mutmut['xǁMoneyǁ__lt____mutmut_2'] = Money.xǁMoneyǁ__lt____mutmut_2 # type: ignore # mutmut generated

mutants_xǁMoneyǁ__le____mutmut['_mutmut_orig'] = Money.xǁMoneyǁ__le____mutmut_orig # type: ignore # mutmut generated
mutants_xǁMoneyǁ__le____mutmut['xǁMoneyǁ__le____mutmut_1'] = Money.xǁMoneyǁ__le____mutmut_1 # type: ignore # mutmut generated
mutants_xǁMoneyǁ__le____mutmut['xǁMoneyǁ__le____mutmut_2'] = Money.xǁMoneyǁ__le____mutmut_2 # type: ignore # mutmut generated

mutants_xǁMoneyǁtimes__mutmut['_mutmut_orig'] = Money.xǁMoneyǁtimes__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMoneyǁtimes__mutmut['xǁMoneyǁtimes__mutmut_1'] = Money.xǁMoneyǁtimes__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMoneyǁtimes__mutmut['xǁMoneyǁtimes__mutmut_2'] = Money.xǁMoneyǁtimes__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMoneyǁtimes__mutmut['xǁMoneyǁtimes__mutmut_3'] = Money.xǁMoneyǁtimes__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMoneyǁtimes__mutmut['xǁMoneyǁtimes__mutmut_4'] = Money.xǁMoneyǁtimes__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMoneyǁtimes__mutmut['xǁMoneyǁtimes__mutmut_5'] = Money.xǁMoneyǁtimes__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMoneyǁtimes__mutmut['xǁMoneyǁtimes__mutmut_6'] = Money.xǁMoneyǁtimes__mutmut_6 # type: ignore # mutmut generated

mutants_xǁMoneyǁrounded__mutmut['_mutmut_orig'] = Money.xǁMoneyǁrounded__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_1'] = Money.xǁMoneyǁrounded__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_2'] = Money.xǁMoneyǁrounded__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_3'] = Money.xǁMoneyǁrounded__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_4'] = Money.xǁMoneyǁrounded__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_5'] = Money.xǁMoneyǁrounded__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_6'] = Money.xǁMoneyǁrounded__mutmut_6 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_7'] = Money.xǁMoneyǁrounded__mutmut_7 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_8'] = Money.xǁMoneyǁrounded__mutmut_8 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_9'] = Money.xǁMoneyǁrounded__mutmut_9 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_10'] = Money.xǁMoneyǁrounded__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_11'] = Money.xǁMoneyǁrounded__mutmut_11 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_12'] = Money.xǁMoneyǁrounded__mutmut_12 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_13'] = Money.xǁMoneyǁrounded__mutmut_13 # type: ignore # mutmut generated
mutants_xǁMoneyǁrounded__mutmut['xǁMoneyǁrounded__mutmut_14'] = Money.xǁMoneyǁrounded__mutmut_14 # type: ignore # mutmut generated
