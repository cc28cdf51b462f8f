"""Application schemas: submit, review, the decision as returned, and its explanation."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from ... import i18n
from ...domain.actors import RequestChannel
from ...domain.statuses import ApplicationStatus
from ..fields import Amount, Text
from ..languages import InRequestLanguage
from ..schemas import PageArgs, StrictSchema


class ApplicationSubmitSchema(StrictSchema):
    id = fields.UUID(
        metadata={
            "description": "client-generated UUID; a retry with the same body returns the "
            "stored decision, never a second one"
        }
    )
    farmer_id = fields.UUID(required=True)
    product_code = Text(max_length=30, required=True, metadata={"example": "HARVEST-BALLOON"})
    amount = Amount(required=True, metadata={"example": "8000.00"})
    term_months = fields.Integer(strict=True, required=True, validate=validate.Range(min=1, max=120))
    channel = fields.String(validate=validate.OneOf([c.value for c in RequestChannel]))


class ApplicationReviewSchema(StrictSchema):
    decision = fields.String(required=True, validate=validate.OneOf(("approve", "decline")))
    note = Text(
        max_length=1000, required=True, multiline=True, metadata={"description": "why; shown to the farmer on request"}
    )
    amount = Amount(metadata={"description": "approve a lower amount (not above the limit)"})


class ReasonSchema(Schema):
    code = fields.String(metadata={"description": "stable reason code"})
    feature = fields.String()
    points = fields.Float(metadata={"description": "score points this feature cost"})
    value = fields.Float(allow_none=True)
    text = InRequestLanguage(
        lambda reason, language: i18n.reason_text(
            reason.code, feature=reason.feature, missing=reason.missing, language=language
        ),
        metadata={"description": "in the language of Accept-Language (zh, en or sw)"},
    )


class ApplicationSchema(Schema):
    """Dumps a services.application_views.ApplicationView, its reasons worded in the request's language."""

    id = fields.UUID()
    farmer_id = fields.UUID()
    product_code = fields.String()
    currency = fields.String()
    requested_amount = Amount()
    requested_term_months = fields.Integer()
    channel = fields.String()
    submitted_by = fields.UUID(allow_none=True)
    submitted_at = fields.DateTime()
    status = fields.String(metadata={"enum": [s.value for s in ApplicationStatus]})
    decided_by = fields.String(metadata={"description": "engine, or officer after a referral"})
    rule = fields.String(metadata={"description": "the policy rule that decided"})
    score = fields.Integer(metadata={"description": "300–850; 600 at odds 50:1, 40 points double the odds"})
    pd = fields.Float(metadata={"description": "calibrated probability of default within 12 months"})
    amount = Amount(metadata={"description": "principal offered (0 when declined)"})
    limit = Amount(
        attribute="credit_limit", metadata={"description": "what may be lent now: capacity less the open exposure"}
    )
    capacity = Amount(
        allow_none=True,
        metadata={
            "description": "the farmer's repayment capacity in limit steps, "
            "were nothing open (before the product's maximum)"
        },
    )
    open_exposure = Amount(
        allow_none=True, metadata={"description": "principal outstanding and offers not yet taken, at the decision"}
    )
    apr = fields.Decimal(places=4, as_string=True, metadata={"description": "annual percentage rate as a fraction"})
    term_months = fields.Integer()
    due_date = fields.Date(allow_none=True, metadata={"description": "repayment aligned to the next harvest"})
    reasons = fields.List(fields.Nested(ReasonSchema))
    messages = fields.List(fields.String())
    model_version = fields.String()
    reviewed_by = fields.UUID(allow_none=True)
    reviewed_at = fields.DateTime(allow_none=True)
    review_note = fields.String(allow_none=True)
    version = fields.Integer()


class ApplicationQuerySchema(PageArgs):
    status = fields.String(validate=validate.OneOf([s.value for s in ApplicationStatus]))
    farmer_id = fields.UUID()


class ApplicationPageSchema(Schema):
    items = fields.List(fields.Nested(ApplicationSchema))
    next_cursor = fields.String(allow_none=True)


class EvidenceRecordSchema(Schema):
    kind = fields.String(metadata={"description": "land_transfers | crop_sales | equipment_purchases"})
    id = fields.String(allow_none=True)
    provenance = fields.String(allow_none=True)
    reason = fields.String(metadata={"description": "why it was not used: unverified | rejected"})


class WithUnverifiedSchema(Schema):
    status = fields.String()
    limit = fields.String()


class EvidenceSchema(Schema):
    used = fields.List(fields.Nested(EvidenceRecordSchema), metadata={"description": "verified records: the basis"})
    not_used = fields.List(fields.Nested(EvidenceRecordSchema))
    with_unverified = fields.Nested(
        WithUnverifiedSchema,
        allow_none=True,
        metadata={
            "description": "what the unverified records would have made of it (shown to an officer, never applied)"
        },
    )


def _rule_text(rule: str, language: str) -> str:
    key = f"decision.rule.{rule}"
    return i18n.text(key, language) if key in i18n.CATALOG else ""


class ExplanationSchema(Schema):
    """Dumps a services.application_views.Explanation, its words in the request's language."""

    application_id = fields.UUID()
    language = InRequestLanguage(lambda _, language: language)
    status = fields.String()
    score = fields.Integer()
    pd = fields.Float()
    base_points = fields.Float(metadata={"description": "the score every farmer starts from"})
    points = fields.Dict(
        keys=fields.String(),
        values=fields.Float(),
        metadata={"description": "points each feature added or cost; base + all = score"},
    )
    reasons = fields.List(fields.Nested(ReasonSchema))
    rule = fields.String(metadata={"description": "the policy rule that decided (stable code)"})
    rule_text = InRequestLanguage(
        lambda why, language: _rule_text(why.rule, language), metadata={"description": "that rule in plain words"}
    )
    summary = InRequestLanguage(lambda why, language: i18n.text(f"decision.summary.{why.status}", language))
    human_review = InRequestLanguage(
        lambda _, language: i18n.text("decision.human_review", language),
        metadata={"description": "how to ask a person to look at the decision"},
    )
    model_version = fields.String()
    evidence = fields.Nested(
        EvidenceSchema,
        allow_none=True,
        metadata={"description": "which records the decision rested on and why others were not used"},
    )


class ReplaySchema(Schema):
    identical = fields.Boolean()
    stored = fields.Dict()
    replayed = fields.Dict()
