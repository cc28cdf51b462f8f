"""Audit log schemas: the query and an event as returned."""

from __future__ import annotations

from marshmallow import Schema, fields

from ..fields import Text
from ..schemas import PageArgs


class AuditQuerySchema(PageArgs):
    entity_type = Text(max_length=40, metadata={"example": "loan"})
    entity_id = Text(max_length=64)
    action = Text(max_length=40, metadata={"example": "loan.repay"})


class AuditEventSchema(Schema):
    id = fields.Integer()
    at = fields.DateTime()
    actor_id = fields.UUID(allow_none=True)
    actor_role = fields.String()
    action = fields.String()
    entity_type = fields.String()
    entity_id = fields.String(allow_none=True)
    detail = fields.Dict()
    prev_hash = fields.String(metadata={"description": "hash of the event before this one; 64 zeros first"})
    hash = fields.String(metadata={"description": "sha256 (hex) of this event's canonical JSON"})


class AuditPageSchema(Schema):
    items = fields.List(fields.Nested(AuditEventSchema))
    next_cursor = fields.String(allow_none=True)
