"""Marshmallow fields and checks shared by every resource: text, phone, national id, amounts, business dates."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from marshmallow import ValidationError, fields, validate

from ..money import MINOR_UNITS, decimal_places, minor_units
from ..services.clock import lender_today

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
NATIONAL_ID = re.compile(r"^\d{17}[\dX]$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

MAX_AMOUNT = Decimal("1000000000")  # a billion: beyond any smallholder's record, far inside Numeric(19,4)


class Text(fields.String):
    """A trimmed string of printable characters (NUL and other control characters are refused)."""

    def __init__(self, *, max_length: int, min_length: int = 1, **kwargs):
        super().__init__(validate=validate.Length(min=min_length, max=max_length), **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if _CONTROL.search(text):
            raise ValidationError("Control characters are not allowed.")
        return text


class Phone(fields.String):
    """An E.164 phone number, e.g. +8613800138000."""

    def _deserialize(self, value, attr, data, **kwargs):
        phone = re.sub(r"[\s-]", "", super()._deserialize(value, attr, data, **kwargs))
        if not E164.match(phone):
            raise ValidationError("Not an E.164 phone number (e.g. +8613800138000).")
        return phone


def national_id_valid(value: str) -> bool:
    """PRC resident identity number: 18 characters, birth date inside, ISO 7064 MOD 11-2 check character."""
    if not NATIONAL_ID.match(value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == value[17]


class NationalId(fields.String):
    def _deserialize(self, value, attr, data, **kwargs):
        national_id = super()._deserialize(value, attr, data, **kwargs).strip().upper()
        if not national_id_valid(national_id):
            raise ValidationError("Not a valid 18-character national ID (check the birth date and last character).")
        return national_id


class Amount(fields.Decimal):
    """A money amount: carried as a string in JSON ("1500.00"), never a float in Python."""

    def __init__(self, *, minimum: Decimal = Decimal("0"), strictly_positive: bool = True, **kwargs):
        bounds = validate.Range(min=minimum, max=MAX_AMOUNT, min_inclusive=not strictly_positive)
        super().__init__(as_string=True, validate=bounds, **kwargs)

    def _serialize(self, value, attr, obj, **kwargs):
        if value is None:
            return None
        currency = getattr(obj, "currency", None) or "CNY"
        return str(Decimal(value).quantize(Decimal(1).scaleb(-minor_units(currency))))


class Quantity(fields.Decimal):
    """A positive quantity (area in mu, weight in kg) with at most `places` decimals."""

    def __init__(self, *, maximum: Decimal, places: int, **kwargs):
        self.places_allowed = places
        super().__init__(as_string=True, validate=validate.Range(min=Decimal(0), max=maximum, min_inclusive=False),
                         **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        number = super()._deserialize(value, attr, data, **kwargs)
        if decimal_places(number) > self.places_allowed:
            raise ValidationError(f"At most {self.places_allowed} decimal places.")
        return number

    def _serialize(self, value, attr, obj, **kwargs):
        return None if value is None else str(Decimal(value).normalize().quantize(Decimal(1).scaleb(-self.places_allowed)))


def Currency(**kwargs):
    return fields.String(load_default="CNY", validate=validate.OneOf(sorted(MINOR_UNITS)), **kwargs)


def check_amounts(data: dict, *names: str) -> None:
    """Amounts may not carry more decimals than their currency has (CNY 2, UGX 0)."""
    currency = data.get("currency", "CNY")
    errors = {name: [f"{currency} allows at most {minor_units(currency)} decimal places."]
              for name in names if name in data and decimal_places(data[name]) > minor_units(currency)}
    if errors:
        raise ValidationError(errors)


def check_not_future(data: dict, *names: str) -> None:
    today = lender_today()
    errors = {name: [f"Must not be after today ({today.isoformat()})."]
              for name in names if name in data and data[name] > today}
    if errors:
        raise ValidationError(errors)


EARLIEST = dt.date(1950, 1, 1)


def BusinessDate(**kwargs):
    return fields.Date(validate=validate.Range(min=EARLIEST, max=dt.date(2100, 12, 31)), **kwargs)
