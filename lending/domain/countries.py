"""The markets the lender works in (issue #12): a farmer's country — known from their village — decides the format of
their identity document, the country code of their phone, the currency they borrow in and the language they are
first spoken to in. Pure Python.

- China (CN): the 18-character resident identity number, birth date inside, ISO 7064 MOD 11-2 check character.
- Kenya (KE): the national ID card number, 7 or 8 digits.
- Ghana (GH): the Ghana Card personal ID number, `GHA-` nine digits `-` one digit.

The scoring model learned from Chinese farmers' records, amounts in yuan (MODEL_CURRENCY). A farmer's records are in
their market's currency; before the model sees a money feature (revenue, rent, machine value) it is put in yuan at
the market's `per_model_unit` (scoring.features.compute). Everything else — the capacity, the limit, the amounts
lent — stays in the farmer's own currency, which is the product's (services.applications).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Country(StrEnum):
    CN = "CN"
    KE = "KE"
    GH = "GH"


MODEL_CURRENCY = "CNY"  # what the scoring model's money features were trained in


@dataclass(frozen=True)
class Market:
    country: Country
    name: str  # in English, for a message
    calling_code: str  # E.164 prefix of its phones
    currency: str  # ISO 4217, what its products lend in
    language: str  # the first language a farmer there is spoken to in (i18n.LANGUAGES); they may change it
    id_document: str  # what the identity number is, in English (for a message naming what was wrong)
    # Units of its currency the scoring model takes as one yuan: a fixed, reviewed figure (the exchange rate of
    # mid-2025, rounded), not a live rate; each decision stores the figure it used, so it replays the same. The model
    # has seen no farmer outside China: there a decision reads the farmer's records in yuan terms until the model is
    # trained on the market's own outcomes.
    per_model_unit: Decimal


MARKETS: dict[Country, Market] = {
    Country.CN: Market(Country.CN, "China", "+86", "CNY", "zh", "18-character resident identity number", Decimal(1)),
    Country.KE: Market(Country.KE, "Kenya", "+254", "KES", "sw", "national ID number of 7 or 8 digits", Decimal(18)),
    Country.GH: Market(Country.GH, "Ghana", "+233", "GHS", "en", "Ghana Card number (GHA-123456789-1)", Decimal("1.5")),
}

# [0-9], not \d: Python's \d also matches "８" and "٨", which would pass and index apart from "8" (blind index)
_CN_ID = re.compile(r"\A[0-9]{17}[0-9X]\Z")
_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_CHECK = "10X98765432"
_KE_ID = re.compile(r"\A[0-9]{7,8}\Z")
_GH_ID = re.compile(r"\AGHA-[0-9]{9}-[0-9]\Z")


def normalise_id(value: str) -> str:
    """How an identity number is kept and compared: without surrounding spaces, letters upper-case."""
    return value.strip().upper()


def id_valid(country: Country, value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of `country`."""
    if country is Country.CN:
        return _cn_valid(value)
    if country is Country.KE:
        return bool(_KE_ID.match(value))
    return bool(_GH_ID.match(value))


def _cn_valid(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(value[place]) * weight for place, weight in enumerate(_CN_WEIGHTS))
    return _CN_CHECK[total % 11] == value[17]


def id_valid_anywhere(value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of some market (which one the village says)."""
    return any(id_valid(country, value) for country in Country)


def country_of_phone(phone: str) -> Country | None:
    """The market whose country code an E.164 phone starts with, or None (a number from elsewhere)."""
    return next((market.country for market in MARKETS.values() if phone.startswith(market.calling_code)), None)
