"""Amounts as a farmer reads them in their language: digits grouped by thousands, the currency's minor units, and the
currency where a reader of that language expects it ("12,000.00元" in Chinese for yuan; "KES 12,000.00" otherwise)."""

from __future__ import annotations

from decimal import Decimal

from ..money import Money

_SYMBOL_AFTER = {("zh", "CNY"): "元"}


def amount(value: Decimal, currency: str, language: str) -> str:
    shown = f"{Money.of(value, currency).rounded().amount:,}"
    suffix = _SYMBOL_AFTER.get((language, currency))
    return f"{shown}{suffix}" if suffix else f"{currency} {shown}"


def percent(rate: Decimal) -> str:
    """An annual rate (0.2450) as a percentage with what precision it has ("24.5%")."""
    value = (rate * 100).normalize()
    return f"{value:f}%"
