"""Loan schemas: offer and acceptance, money movements, the loan with its schedule and balances."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from ...domain.arrears import ArrearsBucket
from ...domain.receipts import ReceiptChannel
from ...domain.statuses import LoanStatus
from ...domain.terms import LoanMethod
from ..fields import Amount, BusinessDate, PlainDecimal, Text
from ..schemas import PageArgs, StrictSchema


class InstalmentSchema(Schema):
    number = fields.Integer()
    due_date = fields.Date()
    principal = fields.Decimal(as_string=True)
    interest = fields.Decimal(as_string=True)
    fee = fields.Decimal(as_string=True)
    total = fields.Decimal(as_string=True)
    balance_after = fields.Decimal(as_string=True)


class OfferSchema(Schema):
    """Dumps a services.loan_views.OfferView."""

    application_id = fields.UUID()
    currency = fields.String()
    principal = fields.Decimal(as_string=True)
    disbursed = fields.Decimal(as_string=True, metadata={"description": "what the farmer receives"})
    fee = fields.Decimal(as_string=True)
    annual_rate = fields.Decimal(as_string=True, metadata={"description": "nominal interest rate"})
    apr = fields.Decimal(as_string=True, metadata={"description": "annual percentage rate of all costs: disclose it"})
    total_interest = fields.Decimal(as_string=True)
    total_repayable = fields.Decimal(as_string=True)
    total_cost_of_credit = fields.Decimal(as_string=True, metadata={"description": "all paid beyond what is received"})
    method = fields.String()
    term_months = fields.Integer()
    start = fields.Date()
    schedule = fields.List(fields.Nested(InstalmentSchema))


class AcceptSchema(StrictSchema):
    apr = PlainDecimal(required=True, metadata={"description": "the APR the farmer was shown"})
    total_cost_of_credit = Amount(
        required=True, strictly_positive=False, metadata={"description": "the total cost the farmer was shown"}
    )
    consent = fields.Boolean(required=True, validate=validate.Equal(True, error="The farmer must agree to the terms."))


class RepaymentSchema(StrictSchema):
    amount = Amount(
        required=True,
        metadata={"example": "500.00", "description": "at most what the loan owes plus RECEIPT_TOLERANCE_SHARE of it"},
    )
    value_date = BusinessDate(
        metadata={"description": "the day the money was paid (default today); a past date re-ages the loan from then"}
    )
    channel = fields.String(
        validate=validate.OneOf([c.value for c in ReceiptChannel]),
        metadata={
            "description": "an agent records `cash` they collected, an officer a `bank_transfer` (the default for "
            "each); "
            "mobile money and WeChat Pay are booked by the provider's confirmation only"
        },
    )
    external_ref = Text(
        max_length=100,
        required=True,
        metadata={
            "description": "the receipt number the agent gave (cash) or the bank's reference; a repeat is harmless"
        },
    )
    note = Text(max_length=500, multiline=True)


class PaymentStartSchema(StrictSchema):
    amount = Amount(required=True, metadata={"example": "500.00", "description": "at most what the loan owes"})


class PaymentStartedSchema(Schema):
    loan_id = fields.UUID()
    provider = fields.String()
    provider_ref = fields.String(metadata={"description": "the provider's id; its confirmation books the repayment"})
    status = fields.String(metadata={"description": "pending until the provider confirms"})
    amount = Amount()
    currency = fields.String()


class MobileMoneyCallbackSchema(StrictSchema):
    loan_id = fields.UUID(required=True)
    external_ref = Text(max_length=100, required=True)
    amount = Amount(required=True)
    paid_on = BusinessDate()


class ReversalSchema(StrictSchema):
    reason = Text(max_length=500, required=True, multiline=True)


class AllocationSchema(Schema):
    penalty = fields.String()
    fee = fields.String()
    interest = fields.String()
    principal = fields.String()
    overpayment = fields.String()


class TransactionSchema(Schema):
    id = fields.UUID()
    loan_id = fields.UUID()
    kind = fields.String()
    value_date = fields.Date()
    amount = Amount()
    currency = fields.String()
    channel = fields.String()
    external_ref = fields.String(allow_none=True)
    reverses = fields.UUID(allow_none=True)
    reversed_by = fields.UUID(allow_none=True)
    allocation = fields.Nested(AllocationSchema, allow_none=True)
    posted_at = fields.DateTime()
    note = fields.String(allow_none=True)


class ScheduleRowSchema(InstalmentSchema):
    penalty = fields.Decimal(as_string=True)
    principal_paid = fields.Decimal(as_string=True)
    interest_paid = fields.Decimal(as_string=True)
    fee_paid = fields.Decimal(as_string=True)
    penalty_paid = fields.Decimal(as_string=True)
    paid_on = fields.Date(allow_none=True)


class BalancesSchema(Schema):
    principal = fields.Decimal(as_string=True)
    interest = fields.Decimal(as_string=True)
    fee = fields.Decimal(as_string=True)
    penalty = fields.Decimal(as_string=True)
    overpayment = fields.Decimal(as_string=True)
    total = fields.Decimal(as_string=True)


class LoanSchema(Schema):
    """Dumps a services.loan_views.LoanView."""

    id = fields.UUID()
    application_id = fields.UUID()
    farmer_id = fields.UUID()
    status = fields.String()
    currency = fields.String()
    principal = Amount()
    disbursed_amount = Amount()
    fee = Amount()
    annual_rate = fields.Decimal(as_string=True, places=4)
    apr = fields.Decimal(as_string=True, places=4)
    total_cost_of_credit = Amount()
    method = fields.String()
    term_months = fields.Integer()
    start_date = fields.Date()
    day_count = fields.String()
    accepted_at = fields.DateTime()
    disbursed_at = fields.DateTime(allow_none=True)
    as_of = fields.Date(allow_none=True)
    balances = fields.Nested(BalancesSchema, allow_none=True)
    days_past_due = fields.Integer()
    arrears_bucket = fields.String()
    non_performing = fields.Boolean()
    recovered = Amount(metadata={"description": "money received after a write-off (recoveries income)"})
    schedule = fields.List(fields.Nested(ScheduleRowSchema))
    version = fields.Integer()


class LoanQuerySchema(PageArgs):
    status = fields.String(validate=validate.OneOf([s.value for s in LoanStatus if s != LoanStatus.RESTRUCTURED]))
    arrears_bucket = fields.String(validate=validate.OneOf([b.value for b in ArrearsBucket]))
    farmer_id = fields.UUID()


class LoanPageSchema(Schema):
    items = fields.List(fields.Nested(LoanSchema))
    next_cursor = fields.String(allow_none=True)


class BucketSchema(Schema):
    bucket = fields.String()
    loans = fields.Integer()
    outstanding = fields.Decimal(as_string=True)


class SliceSchema(Schema):
    key = fields.String(metadata={"description": "product code or village code"})
    loans = fields.Integer()
    outstanding = fields.Decimal(as_string=True)
    par30 = fields.Decimal(as_string=True, metadata={"description": "share of outstanding principal > 30 days late"})
    par90 = fields.Decimal(as_string=True)


class PortfolioSchema(Schema):
    currency = fields.String()
    active_loans = fields.Integer()
    outstanding = fields.Decimal(as_string=True, metadata={"description": "principal outstanding of active loans"})
    par30 = fields.Decimal(as_string=True, metadata={"description": "portfolio at risk > 30 days, 4 places"})
    par90 = fields.Decimal(as_string=True)
    non_performing_loans = fields.Integer()
    written_off = fields.Decimal(as_string=True)
    by_bucket = fields.List(fields.Nested(BucketSchema))
    by_product = fields.List(fields.Nested(SliceSchema))
    by_village = fields.List(fields.Nested(SliceSchema))


class RestructureRequestSchema(StrictSchema):
    term_months = fields.Integer(strict=True, required=True, validate=validate.Range(min=1, max=120))
    method = fields.String(validate=validate.OneOf([m.value for m in LoanMethod]))
    annual_rate = PlainDecimal(
        validate=validate.Range(min=0, max=1), metadata={"description": "new nominal rate (default: the loan's)"}
    )
    reason = Text(max_length=1000, required=True, multiline=True)


class RestructureDecisionSchema(StrictSchema):
    note = Text(max_length=1000, required=True, multiline=True)


class RestructureSchema(Schema):
    id = fields.UUID()
    loan_id = fields.UUID()
    status = fields.String()
    new_terms = fields.Dict()
    reason = fields.String()
    requested_by = fields.UUID()
    requested_at = fields.DateTime()
    decided_by = fields.UUID(allow_none=True)
    decided_at = fields.DateTime(allow_none=True)
    decision_note = fields.String(allow_none=True)
    new_loan_id = fields.UUID(allow_none=True)
