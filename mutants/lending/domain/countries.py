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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_normalise_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalise_id__mutmut)
def normalise_id(value: str) -> str:
    """How an identity number is kept and compared: without surrounding spaces, letters upper-case."""
    return value.strip().upper()


def x_normalise_id__mutmut_orig(value: str) -> str:
    """How an identity number is kept and compared: without surrounding spaces, letters upper-case."""
    return value.strip().upper()


def x_normalise_id__mutmut_1(value: str) -> str:
    """How an identity number is kept and compared: without surrounding spaces, letters upper-case."""
    return value.strip().lower()

mutants_x_normalise_id__mutmut['_mutmut_orig'] = x_normalise_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalise_id__mutmut['x_normalise_id__mutmut_1'] = x_normalise_id__mutmut_1 # type: ignore # mutmut generated
mutants_x_id_valid__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_id_valid__mutmut)
def id_valid(country: Country, value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of `country`."""
    if country is Country.CN:
        return _cn_valid(value)
    if country is Country.KE:
        return bool(_KE_ID.match(value))
    return bool(_GH_ID.match(value))


def x_id_valid__mutmut_orig(country: Country, value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of `country`."""
    if country is Country.CN:
        return _cn_valid(value)
    if country is Country.KE:
        return bool(_KE_ID.match(value))
    return bool(_GH_ID.match(value))


def x_id_valid__mutmut_1(country: Country, value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of `country`."""
    if country is not Country.CN:
        return _cn_valid(value)
    if country is Country.KE:
        return bool(_KE_ID.match(value))
    return bool(_GH_ID.match(value))


def x_id_valid__mutmut_2(country: Country, value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of `country`."""
    if country is Country.CN:
        return _cn_valid(None)
    if country is Country.KE:
        return bool(_KE_ID.match(value))
    return bool(_GH_ID.match(value))


def x_id_valid__mutmut_3(country: Country, value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of `country`."""
    if country is Country.CN:
        return _cn_valid(value)
    if country is not Country.KE:
        return bool(_KE_ID.match(value))
    return bool(_GH_ID.match(value))


def x_id_valid__mutmut_4(country: Country, value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of `country`."""
    if country is Country.CN:
        return _cn_valid(value)
    if country is Country.KE:
        return bool(None)
    return bool(_GH_ID.match(value))


def x_id_valid__mutmut_5(country: Country, value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of `country`."""
    if country is Country.CN:
        return _cn_valid(value)
    if country is Country.KE:
        return bool(_KE_ID.match(None))
    return bool(_GH_ID.match(value))


def x_id_valid__mutmut_6(country: Country, value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of `country`."""
    if country is Country.CN:
        return _cn_valid(value)
    if country is Country.KE:
        return bool(_KE_ID.match(value))
    return bool(None)


def x_id_valid__mutmut_7(country: Country, value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of `country`."""
    if country is Country.CN:
        return _cn_valid(value)
    if country is Country.KE:
        return bool(_KE_ID.match(value))
    return bool(_GH_ID.match(None))

mutants_x_id_valid__mutmut['_mutmut_orig'] = x_id_valid__mutmut_orig # type: ignore # mutmut generated
mutants_x_id_valid__mutmut['x_id_valid__mutmut_1'] = x_id_valid__mutmut_1 # type: ignore # mutmut generated
mutants_x_id_valid__mutmut['x_id_valid__mutmut_2'] = x_id_valid__mutmut_2 # type: ignore # mutmut generated
mutants_x_id_valid__mutmut['x_id_valid__mutmut_3'] = x_id_valid__mutmut_3 # type: ignore # mutmut generated
mutants_x_id_valid__mutmut['x_id_valid__mutmut_4'] = x_id_valid__mutmut_4 # type: ignore # mutmut generated
mutants_x_id_valid__mutmut['x_id_valid__mutmut_5'] = x_id_valid__mutmut_5 # type: ignore # mutmut generated
mutants_x_id_valid__mutmut['x_id_valid__mutmut_6'] = x_id_valid__mutmut_6 # type: ignore # mutmut generated
mutants_x_id_valid__mutmut['x_id_valid__mutmut_7'] = x_id_valid__mutmut_7 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__cn_valid__mutmut)
def _cn_valid(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_orig(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_1(value: str) -> bool:
    if _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_2(value: str) -> bool:
    if not _CN_ID.match(None):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_3(value: str) -> bool:
    if not _CN_ID.match(value):
        return True
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_4(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(None, int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_5(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), None, int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_6(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), None)
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_7(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_8(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_9(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), )
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_10(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(None), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_11(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[7:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_12(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:11]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_13(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(None), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_14(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[11:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_15(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:13]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_16(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(None))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_17(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[13:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_18(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:15]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_19(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return True
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_20(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = None
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_21(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(None)
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_22(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) / weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_23(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(None) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_24(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(None, _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_25(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], None, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_26(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=None))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_27(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(_CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_28(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_29(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, ))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_30(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:18], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_31(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=False))
    return _CN_CHECK[total % 11] == value[17]


def x__cn_valid__mutmut_32(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total / 11] == value[17]


def x__cn_valid__mutmut_33(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 12] == value[17]


def x__cn_valid__mutmut_34(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] != value[17]


def x__cn_valid__mutmut_35(value: str) -> bool:
    if not _CN_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _CN_WEIGHTS, strict=True))
    return _CN_CHECK[total % 11] == value[18]

mutants_x__cn_valid__mutmut['_mutmut_orig'] = x__cn_valid__mutmut_orig # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_1'] = x__cn_valid__mutmut_1 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_2'] = x__cn_valid__mutmut_2 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_3'] = x__cn_valid__mutmut_3 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_4'] = x__cn_valid__mutmut_4 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_5'] = x__cn_valid__mutmut_5 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_6'] = x__cn_valid__mutmut_6 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_7'] = x__cn_valid__mutmut_7 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_8'] = x__cn_valid__mutmut_8 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_9'] = x__cn_valid__mutmut_9 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_10'] = x__cn_valid__mutmut_10 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_11'] = x__cn_valid__mutmut_11 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_12'] = x__cn_valid__mutmut_12 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_13'] = x__cn_valid__mutmut_13 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_14'] = x__cn_valid__mutmut_14 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_15'] = x__cn_valid__mutmut_15 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_16'] = x__cn_valid__mutmut_16 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_17'] = x__cn_valid__mutmut_17 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_18'] = x__cn_valid__mutmut_18 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_19'] = x__cn_valid__mutmut_19 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_20'] = x__cn_valid__mutmut_20 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_21'] = x__cn_valid__mutmut_21 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_22'] = x__cn_valid__mutmut_22 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_23'] = x__cn_valid__mutmut_23 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_24'] = x__cn_valid__mutmut_24 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_25'] = x__cn_valid__mutmut_25 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_26'] = x__cn_valid__mutmut_26 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_27'] = x__cn_valid__mutmut_27 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_28'] = x__cn_valid__mutmut_28 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_29'] = x__cn_valid__mutmut_29 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_30'] = x__cn_valid__mutmut_30 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_31'] = x__cn_valid__mutmut_31 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_32'] = x__cn_valid__mutmut_32 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_33'] = x__cn_valid__mutmut_33 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_34'] = x__cn_valid__mutmut_34 # type: ignore # mutmut generated
mutants_x__cn_valid__mutmut['x__cn_valid__mutmut_35'] = x__cn_valid__mutmut_35 # type: ignore # mutmut generated
mutants_x_id_valid_anywhere__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_id_valid_anywhere__mutmut)
def id_valid_anywhere(value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of some market (which one the village says)."""
    return any(id_valid(country, value) for country in Country)


def x_id_valid_anywhere__mutmut_orig(value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of some market (which one the village says)."""
    return any(id_valid(country, value) for country in Country)


def x_id_valid_anywhere__mutmut_1(value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of some market (which one the village says)."""
    return any(None)


def x_id_valid_anywhere__mutmut_2(value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of some market (which one the village says)."""
    return any(id_valid(None, value) for country in Country)


def x_id_valid_anywhere__mutmut_3(value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of some market (which one the village says)."""
    return any(id_valid(country, None) for country in Country)


def x_id_valid_anywhere__mutmut_4(value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of some market (which one the village says)."""
    return any(id_valid(value) for country in Country)


def x_id_valid_anywhere__mutmut_5(value: str) -> bool:
    """Whether `value` (normalised) is a well-formed identity number of some market (which one the village says)."""
    return any(id_valid(country, ) for country in Country)

mutants_x_id_valid_anywhere__mutmut['_mutmut_orig'] = x_id_valid_anywhere__mutmut_orig # type: ignore # mutmut generated
mutants_x_id_valid_anywhere__mutmut['x_id_valid_anywhere__mutmut_1'] = x_id_valid_anywhere__mutmut_1 # type: ignore # mutmut generated
mutants_x_id_valid_anywhere__mutmut['x_id_valid_anywhere__mutmut_2'] = x_id_valid_anywhere__mutmut_2 # type: ignore # mutmut generated
mutants_x_id_valid_anywhere__mutmut['x_id_valid_anywhere__mutmut_3'] = x_id_valid_anywhere__mutmut_3 # type: ignore # mutmut generated
mutants_x_id_valid_anywhere__mutmut['x_id_valid_anywhere__mutmut_4'] = x_id_valid_anywhere__mutmut_4 # type: ignore # mutmut generated
mutants_x_id_valid_anywhere__mutmut['x_id_valid_anywhere__mutmut_5'] = x_id_valid_anywhere__mutmut_5 # type: ignore # mutmut generated
mutants_x_country_of_phone__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_country_of_phone__mutmut)
def country_of_phone(phone: str) -> Country | None:
    """The market whose country code an E.164 phone starts with, or None (a number from elsewhere)."""
    return next((market.country for market in MARKETS.values() if phone.startswith(market.calling_code)), None)


def x_country_of_phone__mutmut_orig(phone: str) -> Country | None:
    """The market whose country code an E.164 phone starts with, or None (a number from elsewhere)."""
    return next((market.country for market in MARKETS.values() if phone.startswith(market.calling_code)), None)


def x_country_of_phone__mutmut_1(phone: str) -> Country | None:
    """The market whose country code an E.164 phone starts with, or None (a number from elsewhere)."""
    return next(None, None)


def x_country_of_phone__mutmut_2(phone: str) -> Country | None:
    """The market whose country code an E.164 phone starts with, or None (a number from elsewhere)."""
    return next(None)


def x_country_of_phone__mutmut_3(phone: str) -> Country | None:
    """The market whose country code an E.164 phone starts with, or None (a number from elsewhere)."""
    return next((market.country for market in MARKETS.values() if phone.startswith(market.calling_code)), )


def x_country_of_phone__mutmut_4(phone: str) -> Country | None:
    """The market whose country code an E.164 phone starts with, or None (a number from elsewhere)."""
    return next((market.country for market in MARKETS.values() if phone.startswith(None)), None)

mutants_x_country_of_phone__mutmut['_mutmut_orig'] = x_country_of_phone__mutmut_orig # type: ignore # mutmut generated
mutants_x_country_of_phone__mutmut['x_country_of_phone__mutmut_1'] = x_country_of_phone__mutmut_1 # type: ignore # mutmut generated
mutants_x_country_of_phone__mutmut['x_country_of_phone__mutmut_2'] = x_country_of_phone__mutmut_2 # type: ignore # mutmut generated
mutants_x_country_of_phone__mutmut['x_country_of_phone__mutmut_3'] = x_country_of_phone__mutmut_3 # type: ignore # mutmut generated
mutants_x_country_of_phone__mutmut['x_country_of_phone__mutmut_4'] = x_country_of_phone__mutmut_4 # type: ignore # mutmut generated
