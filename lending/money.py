"""Money: a Decimal amount with its ISO 4217 currency. Never float; mixing currencies raises; rounding is named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

# ISO 4217 minor units of the currencies we lend in.
MINOR_UNITS: dict[str, int] = {"CNY": 2, "KES": 2, "UGX": 0, "TZS": 2, "GHS": 2, "USD": 2}


class CurrencyMismatch(ValueError):
    pass


def minor_units(currency: str) -> int:
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise ValueError(f"unsupported currency {currency!r}") from None


def decimal_places(amount: Decimal) -> int:
    """Significant decimal places: 12.50 → 1, 13500.000 → 0. Safe on any exponent (no normalize())."""
    _sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


def fits_currency(amount: Decimal, currency: str) -> bool:
    """True when `amount` has no more decimals than the currency's minor unit allows."""
    return decimal_places(amount) <= minor_units(currency)


def to_minor(amount: Decimal, currency: str) -> int:
    """The amount in the currency's minor unit, exactly (CNY 12.34 → 1234 fen); more decimals than the unit → ValueError
    (never rounded: a provider must be asked for what the farmer owes, to the cent)."""
    if not fits_currency(amount, currency):
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(amount.scaleb(minor_units(currency)))


def from_minor(units: int, currency: str) -> Decimal:
    """An amount in minor units as a Decimal of the currency (1234 fen → CNY 12.34), with its minor-unit places."""
    if isinstance(units, bool) or not isinstance(units, int):
        raise TypeError("minor units are an integer")
    return Decimal(units).scaleb(-minor_units(currency))


# How a client writes an amount, a quantity or a rate: ASCII digits and an optional decimal point ("1500.00").
PLAIN_DECIMAL = r"[0-9]{1,15}(?:\.[0-9]{1,10})?"
_PLAIN = re.compile(PLAIN_DECIMAL)


def parse_plain(text: str) -> Decimal:
    """A non-negative decimal written plainly. Decimal() would also read "１００", "1_000", " 1E+2 ", "+5", ".5" and
    "-0": none of them is how an amount is written, and each is a way round a check that reads the text."""
    if not isinstance(text, str) or _PLAIN.fullmatch(text) is None:
        raise ValueError(f"not a plain decimal: {text!r}")
    return Decimal(text)


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


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self):
        object.__setattr__(self, "amount", to_decimal(self.amount))
        minor_units(self.currency)

    @classmethod
    def of(cls, amount, currency: str) -> Money:
        return cls(to_decimal(amount), currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("money only combines with money")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def times(self, factor) -> Money:
        return Money(self.amount * to_decimal(factor), self.currency)

    def rounded(self, rounding: str = ROUND_HALF_EVEN) -> Money:
        """Round to the currency's minor unit (half-even unless told)."""
        quantum = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(quantum, rounding=rounding), self.currency)

    def __str__(self) -> str:
        return f"{self.rounded().amount} {self.currency}"
