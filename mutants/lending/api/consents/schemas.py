"""Consent schemas."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from ...domain.actors import RequestChannel
from ...domain.consents import ConsentPurpose
from ...i18n.consents import VERSIONS
from ..schemas import StrictSchema


class ConsentTextSchema(Schema):
    purpose = fields.String()
    version = fields.String()
    current = fields.Boolean(metadata={"description": "the version new consents should be given against"})
    zh = fields.String()
    en = fields.String()


class ConsentGrantSchema(StrictSchema):
    id = fields.UUID(metadata={"description": "client-generated UUID; a retry with the same body is harmless"})
    purpose = fields.String(required=True, validate=validate.OneOf([p.value for p in ConsentPurpose]))
    text_version = fields.String(
        required=True,
        validate=validate.OneOf(VERSIONS),
        metadata={"description": "the version of the purpose's text the farmer was shown (GET /api/v1/consent-texts)"},
    )
    channel = fields.String(validate=validate.OneOf([c.value for c in RequestChannel]))


class ConsentSchema(Schema):
    id = fields.UUID()
    farmer_id = fields.UUID()
    purpose = fields.String()
    text_version = fields.String()
    channel = fields.String()
    granted_at = fields.DateTime()
    recorded_by = fields.UUID(allow_none=True)
    revoked_at = fields.DateTime(allow_none=True)
    revoked_by = fields.UUID(allow_none=True)
    active = fields.Boolean()
    version = fields.Integer()


class ConsentQuerySchema(StrictSchema):
    active = fields.Boolean(load_default=False, metadata={"description": "only consents not revoked"})
