"""Risk check schemas."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from ...domain.risk import RiskCheckStatus, RiskEvent, RiskOutcome
from ..fields import Text
from ..schemas import PageArgs, StrictSchema


class HitSchema(Schema):
    rule = fields.String(metadata={"description": "e.g. velocity.applications, identity.shared_national_id"})
    outcome = fields.String()
    reason = fields.String()


class RiskCheckSchema(Schema):
    id = fields.UUID()
    event = fields.String(metadata={"description": "application | repayment | disbursement"})
    subject_id = fields.String(metadata={"description": "the application, transaction or loan assessed"})
    farmer_id = fields.UUID()
    actor_id = fields.UUID(allow_none=True)
    outcome = fields.String(metadata={"description": "allow | review | block"})
    hits = fields.List(fields.Nested(HitSchema))
    signals = fields.Dict(metadata={"description": "what the rules saw (counts, distance, amount)"})
    status = fields.String(metadata={"description": "none (allowed) | open | cleared | confirmed"})
    created_at = fields.DateTime()
    resolved_by = fields.UUID(allow_none=True)
    resolved_at = fields.DateTime(allow_none=True)
    note = fields.String(allow_none=True)


class RiskQuerySchema(PageArgs):
    status = fields.String(validate=validate.OneOf([s.value for s in RiskCheckStatus]))
    outcome = fields.String(validate=validate.OneOf([o.value for o in RiskOutcome]))
    event = fields.String(validate=validate.OneOf([e.value for e in RiskEvent]))
    farmer_id = fields.UUID()


class RiskPageSchema(Schema):
    items = fields.List(fields.Nested(RiskCheckSchema))
    next_cursor = fields.String(allow_none=True)


class ResolveSchema(StrictSchema):
    resolution = fields.String(
        required=True,
        validate=validate.OneOf((RiskCheckStatus.CLEARED.value, RiskCheckStatus.CONFIRMED.value)),
        metadata={"description": "cleared: no fraud, release; confirmed: fraud, keep holding"},
    )
    note = Text(required=True, max_length=500, multiline=True)
