"""Model registry schemas."""

from __future__ import annotations

from marshmallow import Schema, fields


class ModelVersionSchema(Schema):
    version = fields.String()
    created_at = fields.DateTime()
    registered_at = fields.DateTime()
    promoted_at = fields.DateTime(allow_none=True)
    is_current = fields.Boolean()
    data_hash = fields.String()
    metrics = fields.Dict(metadata={"description": "holdout auc, ks, brier, n of champion and challenger"})


class CurrentModelSchema(Schema):
    version = fields.String()
    created_at = fields.DateTime()
    promoted_at = fields.DateTime(allow_none=True)
    data_hash = fields.String()
    metrics = fields.Dict()
    features = fields.List(fields.String())
    monotone = fields.Dict(keys=fields.String(), values=fields.Integer())
    training = fields.Dict()
    drift = fields.Dict(
        metadata={
            "description": "PSI of recent scores and CSI per feature against training: "
            "stable < 0.10 ≤ watch < 0.25 ≤ drift"
        }
    )
