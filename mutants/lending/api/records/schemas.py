"""Schemas of a farmer's records: land transfers, crop sales, equipment purchases (DESIGN.md §5 field names)."""

from __future__ import annotations

from decimal import Decimal

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from ...domain.attachments import NOT_A_SHA256, SHA256_PATTERN
from ...domain.evidence import Provenance, VerificationStatus
from ..fields import Amount, BusinessDate, Currency, Pattern, Quantity, Text, check_amounts, check_not_future
from ..schemas import PageArgs, StrictSchema

SALE_CHANNELS = ("bank", "cash", "mobile_money", "coop", "wechat_pay", "alipay")
CODE = Pattern(r"^[a-z][a-z0-9_]{0,31}$", error="Lower-case letters, digits and _ (e.g. rice, combine).")


class _Create(StrictSchema):
    id = fields.UUID(metadata={"description": "client-generated UUID; a retry with the same body is harmless"})
    provenance = fields.String(
        validate=validate.OneOf([p.value for p in Provenance]),
        metadata={
            "description": "who stands behind it: a borrower's records are `declared`; an agent's `agent` (default) or "
            "`document`; an officer may also say `third_party`. It starts unverified either way"
        },
    )
    evidence_ref = Text(
        max_length=100,
        metadata={"description": "the document's or third party's reference (required for document and third_party)"},
    )
    attachment = fields.String(
        validate=Pattern(SHA256_PATTERN, error=NOT_A_SHA256),
        metadata={
            "description": "the SHA-256 of its photo or scan (PUT /api/v1/attachments/{sha256}), which may be "
            "uploaded later"
        },
    )


class LandTransferCreateSchema(_Create):
    contract_id = Text(max_length=64, required=True)
    area_mu = Quantity(required=True, maximum=Decimal("100000"), places=2)
    start_date = BusinessDate(required=True)
    end_date = BusinessDate(required=True)
    annual_rent = Amount(required=True, strictly_positive=False)
    currency = Currency()
    rent_payments_on_time = fields.Integer(strict=True, load_default=0, validate=validate.Range(min=0, max=100))
    rent_payments_late = fields.Integer(strict=True, load_default=0, validate=validate.Range(min=0, max=100))
    registered = fields.Boolean(load_default=False)

    @validates_schema
    def _check(self, data, **kwargs):
        if "start_date" in data and "end_date" in data and data["end_date"] <= data["start_date"]:
            raise ValidationError({"end_date": ["Must be after start_date."]})
        check_not_future(data, "start_date")
        check_amounts(data, "annual_rent")


class CropSaleCreateSchema(_Create):
    sale_date = BusinessDate(required=True)
    crop = fields.String(required=True, validate=CODE)
    quantity_kg = Quantity(required=True, maximum=Decimal("10000000"), places=3)
    amount = Amount(required=True)
    currency = Currency()
    buyer_id = Text(max_length=64)
    channel = fields.String(load_default="cash", validate=validate.OneOf(SALE_CHANNELS))

    @validates_schema
    def _check(self, data, **kwargs):
        check_not_future(data, "sale_date")
        check_amounts(data, "amount")


class EquipmentPurchaseCreateSchema(_Create):
    purchase_date = BusinessDate(required=True)
    category = fields.String(required=True, validate=CODE)
    price = Amount(required=True)
    subsidy = Amount(load_default=Decimal("0"), strictly_positive=False)
    currency = Currency()
    financed = fields.Boolean(load_default=False)

    @validates_schema
    def _check(self, data, **kwargs):
        check_not_future(data, "purchase_date")
        check_amounts(data, "price", "subsidy")
        if "price" in data and data.get("subsidy", 0) > data["price"]:
            raise ValidationError({"subsidy": ["Must not exceed price."]})


class _Record(Schema):
    id = fields.UUID()
    farmer_id = fields.UUID()
    verification_status = fields.String()
    verified_by = fields.UUID(allow_none=True)
    verified_at = fields.DateTime(allow_none=True)
    verification_note = fields.String(allow_none=True)
    provenance = fields.String()
    evidence_ref = fields.String(allow_none=True)
    attachment = fields.String(allow_none=True)
    attachment_received = fields.Boolean(metadata={"description": "whether the attachment's bytes have arrived"})
    created_by = fields.UUID(allow_none=True)
    version = fields.Integer()
    created_at = fields.DateTime()


class LandTransferSchema(_Record):
    contract_id = fields.String()
    area_mu = Quantity(maximum=Decimal("100000"), places=2)
    start_date = fields.Date()
    end_date = fields.Date()
    annual_rent = Amount()
    currency = fields.String()
    rent_payments_on_time = fields.Integer()
    rent_payments_late = fields.Integer()
    registered = fields.Boolean()


class CropSaleSchema(_Record):
    sale_date = fields.Date()
    crop = fields.String()
    quantity_kg = Quantity(maximum=Decimal("10000000"), places=3)
    amount = Amount()
    currency = fields.String()
    buyer_id = fields.String(allow_none=True)
    channel = fields.String()


class EquipmentPurchaseSchema(_Record):
    purchase_date = fields.Date()
    category = fields.String()
    price = Amount()
    subsidy = Amount(strictly_positive=False)
    currency = fields.String()
    financed = fields.Boolean()


class VerifySchema(StrictSchema):
    status = fields.String(
        required=True,
        validate=validate.OneOf([s.value for s in VerificationStatus if s != VerificationStatus.UNVERIFIED]),
    )
    note = Text(max_length=500, multiline=True)
    version = fields.Integer(strict=True, metadata={"description": "the version you checked (optional)"})


class RecordQuerySchema(PageArgs):
    status = fields.String(validate=validate.OneOf([s.value for s in VerificationStatus]))


def page_schema(item: type[Schema]) -> type[Schema]:
    return Schema.from_dict(
        {"items": fields.List(fields.Nested(item)), "next_cursor": fields.String(allow_none=True)},
        name=f"{item.__name__.removesuffix('Schema')}PageSchema",
    )
