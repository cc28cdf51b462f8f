"""Marshmallow fields and checks shared by every resource: text, phone, national id, amounts, business dates."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

from flask import current_app
from marshmallow import ValidationError, fields, missing, validate
from marshmallow.utils import get_value

from ..domain import countries
from ..domain.calendar import business_date
from ..domain.phones import E164
from ..money import MINOR_UNITS, decimal_places, minor_units, parse_plain

LINE_BREAKS = frozenset("\n\r\x85\u2028\u2029")

MAX_AMOUNT = Decimal("1000000000")  # a billion: beyond any smallholder's record, far inside Numeric(19,4)


class Pattern(validate.Regexp):
    """validate.Regexp on the whole value (its `$` also lets a trailing newline through); documented as written."""

    def __call__(self, value: str) -> str:
        if self.regex.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value


class Text(fields.String):
    """A trimmed string of printable characters: a name or an identifier on one line; with `multiline`, a note that
    may keep its line breaks (and tabs). Control characters and invisible format characters (bidi overrides such as
    U+202E, zero-width spaces) are refused in both: they make a value read as something it is not."""

    def __init__(self, *, max_length: int, min_length: int = 1, multiline: bool = False, **kwargs):
        self.multiline = multiline
        super().__init__(validate=validate.Length(min=min_length, max=max_length), **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if not text.isprintable():  # the fast path: isprintable() is False for every character refused below
            for character in text:
                problem = self._refusal(character)
                if problem:
                    raise ValidationError(f"{problem} (U+{ord(character):04X}) are not allowed.")
        return text

    def _refusal(self, character: str) -> str | None:
        if character in LINE_BREAKS or character == "\t":
            return None if self.multiline else "Line breaks and tabs"
        category = unicodedata.category(character)
        if category == "Cc":
            return "Control characters"
        if category == "Cf":
            return "Invisible format characters"
        if category == "Cs":
            return "Lone surrogates (half a character)"
        return None


class Phone(fields.String):
    """An E.164 phone number, e.g. +8613800138000 (ASCII digits; spaces and hyphens between them are dropped)."""

    def _deserialize(self, value, attr, data, **kwargs):
        phone = re.sub(r"[\s-]", "", super()._deserialize(value, attr, data, **kwargs))
        if not E164.match(phone):
            raise ValidationError("Not an E.164 phone number (e.g. +8613800138000).")
        return phone


def national_id_valid(value: str) -> bool:
    """An identity number of one of the markets (domain.countries): a PRC resident ID with its birth date and check
    character, a Kenyan national ID or a Ghana Card number. Which one a farmer needs, their village says
    (services.farmers)."""
    return countries.id_valid_anywhere(value)


class NationalId(fields.String):
    """An identity number of some market, kept upper-case without surrounding spaces (domain.countries)."""

    def _deserialize(self, value, attr, data, **kwargs):
        national_id = countries.normalise_id(super()._deserialize(value, attr, data, **kwargs))
        if not national_id_valid(national_id):
            raise ValidationError(
                "Not a valid national ID: an 18-character resident ID (check the birth date and last character), "
                "a Kenyan ID of 7 or 8 digits or a Ghana Card number (GHA-123456789-1)."
            )
        return national_id


class PlainDecimal(fields.Decimal):
    """A non-negative decimal sent as a JSON string of ASCII digits with an optional point ("1500.00", DESIGN.md §4).
    A JSON number, a sign, an exponent, spaces, digit separators or other scripts' digits ("１００") are refused."""

    default_error_messages = {"plain": 'Send a string of ASCII digits with an optional decimal point, e.g. "1500.00".'}

    def __init__(self, **kwargs):
        super().__init__(as_string=True, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs) -> Decimal:
        try:
            return parse_plain(value)
        except ValueError:
            raise self.make_error("plain") from None


class Amount(PlainDecimal):
    """A money amount: carried as a string in JSON ("1500.00"), never a float in Python. Dumped with as many
    decimals as its currency has (UGX "1500", CNY "1500.00"), read from the `currency_field` of the
    object or dict dumped; dumping one that has no currency there raises rather than guess its decimals."""

    def __init__(
        self,
        *,
        minimum: Decimal = Decimal("0"),
        strictly_positive: bool = True,
        currency_field: str = "currency",
        **kwargs,
    ):
        bounds = validate.Range(min=minimum, max=MAX_AMOUNT, min_inclusive=not strictly_positive)
        self.currency_field = currency_field
        super().__init__(validate=bounds, **kwargs)

    def _serialize(self, value, attr, obj, **kwargs):
        if value is None:
            return None
        if obj is None:  # a bound or default written in the API document: no object, no currency; as it is
            return super()._serialize(value, attr, obj, **kwargs)
        currency = get_value(obj, self.currency_field)
        if currency is missing or currency is None:
            raise ValueError(
                f"Amount {attr!r}: {type(obj).__name__} has no {self.currency_field!r} to say its "
                "currency; name the field that holds it (Amount(currency_field=...))."
            )
        return str(Decimal(value).quantize(Decimal(1).scaleb(-minor_units(currency))))


class Quantity(PlainDecimal):
    """A positive quantity (area in mu, weight in kg) with at most `places` decimals."""

    def __init__(self, *, maximum: Decimal, places: int, **kwargs):
        self.places_allowed = places
        super().__init__(validate=validate.Range(min=Decimal(0), max=maximum, min_inclusive=False), **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        number = super()._deserialize(value, attr, data, **kwargs)
        if decimal_places(number) > self.places_allowed:
            raise ValidationError(f"At most {self.places_allowed} decimal places.")
        return number

    def _serialize(self, value, attr, obj, **kwargs):
        return (
            None if value is None else str(Decimal(value).normalize().quantize(Decimal(1).scaleb(-self.places_allowed)))
        )


class QueryInteger(fields.Integer):
    """A whole number in a query string, in ASCII digits: int() would also read "１０", "1_0", " 10" and "+10"."""

    def _deserialize(self, value, attr, data, **kwargs) -> int:
        if isinstance(value, str) and not re.fullmatch(r"[0-9]{1,9}", value):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


def Currency(**kwargs):
    """An ISO 4217 code; absent, the service takes the farmer's market's."""
    return fields.String(validate=validate.OneOf(sorted(MINOR_UNITS)), **kwargs)


def check_amounts(data: dict, *names: str) -> None:
    """Amounts may not carry more decimals than their currency has (CNY 2, UGX 0)."""
    currency = data.get("currency", "CNY")
    errors = {
        name: [f"{currency} allows at most {minor_units(currency)} decimal places."]
        for name in names
        if name in data and decimal_places(data[name]) > minor_units(currency)
    }
    if errors:
        raise ValidationError(errors)


def check_not_future(data: dict, *names: str) -> None:
    today = business_date(current_app.config["LENDER_TZ"])
    errors = {
        name: [f"Must not be after today ({today.isoformat()})."]
        for name in names
        if name in data and data[name] > today
    }
    if errors:
        raise ValidationError(errors)


EARLIEST = dt.date(1950, 1, 1)


def BusinessDate(**kwargs):
    return fields.Date(validate=validate.Range(min=EARLIEST, max=dt.date(2100, 12, 31)), **kwargs)
