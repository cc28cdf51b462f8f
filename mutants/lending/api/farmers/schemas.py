"""Farmer resource schemas (field names as in DESIGN.md §5)."""

from __future__ import annotations

import datetime as dt

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from ...i18n import LANGUAGES
from ...security import pii
from ..fields import NationalId, Pattern, Phone, Text
from ..schemas import PageArgs, StrictSchema

VILLAGE_CODE = Pattern(r"^[0-9]{6,12}$", error="A village code is 6 to 12 digits.")


def _birth_year(**kwargs):
    return fields.Integer(strict=True, validate=validate.Range(min=1900, max=dt.date.today().year - 16), **kwargs)


class FarmerCreateSchema(StrictSchema):
    id = fields.UUID(metadata={"description": "client-generated UUID (offline enrolment); retry-safe"})
    farmer_id = Text(max_length=40, metadata={"description": "the lender's own key; assigned when absent"})
    name = Text(max_length=100, required=True)
    phone = Phone(metadata={"description": "E.164, with the country code of the village's country"})
    national_id = NationalId(
        metadata={
            "description": "as the village's country issues it: an 18-character resident ID (China), a national "
            "ID of 7 or 8 digits (Kenya), a Ghana Card number GHA-123456789-1 (Ghana)"
        }
    )
    language = fields.String(
        validate=validate.OneOf(LANGUAGES),
        metadata={"description": "by default the market's: zh in China, sw in Kenya, en in Ghana (from the village)"},
    )
    village_code = fields.String(required=True, validate=VILLAGE_CODE)
    birth_year = _birth_year()
    household_size = fields.Integer(strict=True, validate=validate.Range(min=1, max=30))
    agent_id = fields.UUID(metadata={"description": "the agent who looks after the farmer (officers, admins)"})


class FarmerUpdateSchema(StrictSchema):
    name = Text(max_length=100)
    phone = Phone(allow_none=True)
    national_id = NationalId(allow_none=True)
    language = fields.String(validate=validate.OneOf(LANGUAGES))
    village_code = fields.String(validate=VILLAGE_CODE)
    birth_year = _birth_year(allow_none=True)
    household_size = fields.Integer(strict=True, allow_none=True, validate=validate.Range(min=1, max=30))
    agent_id = fields.UUID(allow_none=True)
    version = fields.Integer(
        strict=True, load_only=True, metadata={"description": "the version you read; or send If-Match"}
    )

    @validates_schema
    def _something_to_change(self, data, **kwargs):
        if not set(data) - {"version"}:
            raise ValidationError("Send at least one field to change.", field_name="_body")


class Masked(fields.String):
    """A personal value shown with its middle starred (security.pii.mask); the whole one is at /identity."""

    def _serialize(self, value, attr, obj, **kwargs):
        return super()._serialize(pii.mask(value), attr, obj, **kwargs)


class FarmerSchema(Schema):
    id = fields.UUID()
    farmer_id = fields.String()
    name = fields.String()
    phone = Masked(allow_none=True, metadata={"description": "masked: +861******8000", "example": "+861******8000"})
    national_id = Masked(
        allow_none=True, metadata={"description": "masked: 3401**********1230", "example": "3401**********1230"}
    )
    language = fields.String()
    village_code = fields.String()
    birth_year = fields.Integer(allow_none=True)
    household_size = fields.Integer(allow_none=True)
    agent_id = fields.UUID(allow_none=True)
    created_by = fields.UUID(allow_none=True)
    erased_at = fields.DateTime(allow_none=True, metadata={"description": "personal data erased on request"})
    version = fields.Integer()
    created_at = fields.DateTime()
    updated_at = fields.DateTime()


class FarmerIdentitySchema(Schema):
    id = fields.UUID()
    phone = fields.String(allow_none=True)
    national_id = fields.String(allow_none=True)


class EraseSchema(StrictSchema):
    reason = Text(
        required=True, max_length=500, multiline=True, metadata={"description": "the request, e.g. its reference"}
    )


class ExportSchema(Schema):
    exported_at = fields.String()
    farmer = fields.Dict()
    land_transfers = fields.List(fields.Dict())
    crop_sales = fields.List(fields.Dict())
    equipment_purchases = fields.List(fields.Dict())
    consents = fields.List(fields.Dict())
    applications = fields.List(fields.Dict())
    loans = fields.List(fields.Dict())
    risk_checks = fields.List(fields.Dict(), metadata={"description": "officers and admins only; absent otherwise"})


class FarmerQuerySchema(PageArgs):
    village_code = fields.String(validate=VILLAGE_CODE)
    farmer_id = Text(max_length=40)
    phone = Phone(metadata={"description": "exact phone (E.164)"})
    national_id = NationalId(metadata={"description": "exact national ID"})
    language = fields.String(validate=validate.OneOf(LANGUAGES))
    agent_id = fields.UUID()
    name = Text(max_length=100, metadata={"description": "name prefix"})


class FarmerPageSchema(Schema):
    items = fields.List(fields.Nested(FarmerSchema))
    next_cursor = fields.String(allow_none=True)
