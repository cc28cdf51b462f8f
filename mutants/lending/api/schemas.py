"""Schemas shared by every resource: the base schema, pagination arguments and the problem document."""

from __future__ import annotations

from marshmallow import RAISE, Schema, fields, validate

from ..services.pagination import MAX_LIMIT
from .fields import QueryInteger


class StrictSchema(Schema):
    """Unknown fields are an error (422 naming the field), never silently dropped."""

    class Meta:
        unknown = RAISE


class PageArgs(StrictSchema):
    cursor = fields.String(validate=validate.Length(max=200))
    limit = QueryInteger(load_default=20, validate=validate.Range(min=1, max=MAX_LIMIT))


class ProblemSchema(Schema):
    """Every error, sent as application/problem+json (lending/errors.py); documented as the API's error schema."""

    code = fields.String(required=True, metadata={"description": "stable machine-readable code, e.g. validation_error"})
    status = fields.Integer(required=True)
    message = fields.String(required=True)
    errors = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.String()),
        required=True,
        metadata={"description": "field name → messages"},
    )
