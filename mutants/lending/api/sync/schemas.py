"""The sync protocol's bodies (DESIGN.md §7)."""

from __future__ import annotations

from marshmallow import ValidationError, fields, validate, validates

from ...canonical import canonical_json
from ...domain.sync import ConflictStatus, MutationStatus
from ..fields import Text
from ..schemas import StrictSchema

MAX_BATCH = 500


class MutationSchema(StrictSchema):
    id = fields.UUID(required=True, metadata={"description": "the device's id of this mutation; a replay is answered"})
    seq = fields.Integer(strict=True, required=True, validate=validate.Range(min=0, max=2**31 - 1))
    type = Text(max_length=40, required=True, metadata={"example": "farmer.create"})
    entity_id = fields.UUID(metadata={"description": "the record it creates or changes (client-generated on create)"})
    base_version = fields.Integer(
        strict=True, validate=validate.Range(min=1, max=2**31 - 1), metadata={"description": "on updates"}
    )
    recorded_at = fields.AwareDateTime(required=True, metadata={"description": "the device's clock: business time"})
    payload = fields.Dict(required=True, metadata={"description": "a create's body is the REST create's body"})

    @validates("payload")
    def _text(self, payload, **kwargs):
        """Text a device sends is UTF-8: a lone surrogate (half a character) cannot be stored or hashed."""
        try:
            canonical_json(payload).encode("utf-8")
        except (UnicodeEncodeError, ValueError, TypeError):
            raise ValidationError("Not valid JSON text (a lone surrogate, or a number that is not finite).") from None


class PushSchema(StrictSchema):
    device_id = Text(max_length=100, required=True)
    sent_at = fields.AwareDateTime(metadata={"description": "the device's clock when it sent the push (clock offset)"})
    mutations = fields.List(fields.Nested(MutationSchema), required=True)


class ResultSchema(StrictSchema):
    id = fields.UUID()
    status = fields.String(metadata={"enum": [s.value for s in MutationStatus]})
    code = fields.String(allow_none=True)
    message = fields.String(allow_none=True)
    entity_id = fields.UUID(allow_none=True)
    version = fields.Integer(allow_none=True)
    conflict_id = fields.UUID(allow_none=True)


class PushedSchema(StrictSchema):
    results = fields.List(fields.Nested(ResultSchema))
    released = fields.List(fields.Nested(ResultSchema), metadata={"description": "waiting mutations now applied"})
    server_time = fields.AwareDateTime()
    clock_offset_seconds = fields.Float(allow_none=True)


class PullArgs(StrictSchema):
    cursor = fields.String(load_default=None, validate=validate.Length(max=500))
    limit = fields.Integer(load_default=200, validate=validate.Range(min=1, max=1000))


class ConflictSchema(StrictSchema):
    id = fields.UUID()
    mutation_id = fields.UUID()
    device_id = fields.String()
    agent_id = fields.UUID()
    entity_type = fields.String()
    entity_id = fields.UUID()
    farmer_id = fields.UUID()
    kind = fields.String()
    fields_ = fields.List(fields.String(), data_key="fields", attribute="fields")
    base_version = fields.Integer()
    server_version = fields.Integer()
    theirs = fields.Method("_theirs")
    status = fields.String()
    resolution = fields.String(allow_none=True)
    note = fields.String(allow_none=True)
    created_at = fields.AwareDateTime()

    def _theirs(self, conflict):
        import json

        return json.loads(conflict.theirs)


class ConflictQuery(StrictSchema):
    status = fields.String(load_default=None, validate=validate.OneOf([s.value for s in ConflictStatus]))


class ConflictResolveSchema(StrictSchema):
    resolution = fields.String(required=True, validate=validate.OneOf(("keep_server", "apply_device")))
    note = Text(max_length=500, required=True)


class BacklogQuery(StrictSchema):
    status = fields.String(load_default="waiting", validate=validate.OneOf(("waiting", "rejected")))


class BacklogSchema(StrictSchema):
    id = fields.UUID()
    device_id = fields.String()
    seq = fields.Integer()
    type = fields.String()
    entity_id = fields.UUID(allow_none=True)
    waits_for = fields.UUID(allow_none=True)
    status = fields.String()
    code = fields.String(allow_none=True)
    message = fields.String(allow_none=True)
    recorded_at = fields.AwareDateTime()
    received_at = fields.AwareDateTime()


class ChangeSchema(StrictSchema):
    seq = fields.Integer()
    type = fields.String()
    entity_id = fields.UUID()
    version = fields.Integer()
    data = fields.Dict(metadata={"description": "the record now, as its REST resource"})
    deleted = fields.Boolean(metadata={"description": "a tombstone: the record is gone"})


class PulledSchema(StrictSchema):
    changes = fields.List(fields.Nested(ChangeSchema))
    cursor = fields.String()
    has_more = fields.Boolean()
    checksum = fields.String(allow_none=True, metadata={"description": "of your whole scope, when has_more is false"})
