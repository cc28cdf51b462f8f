"""Agents' cash in transit and the deposits an officer reconciles."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from ..fields import Amount, Text
from ..loans.schemas import TransactionSchema
from ..schemas import StrictSchema


class DepositCreateSchema(StrictSchema):
    amount = Amount(required=True, metadata={"description": "what the bank received; must equal the receipts"})
    bank_reference = Text(
        max_length=100,
        required=True,
        metadata={"description": "the bank's reference of the deposit; a repeat is harmless"},
    )
    receipts = fields.List(
        fields.UUID(),
        validate=validate.Length(min=1, max=1000),
        metadata={"description": "the cash receipts (transaction ids) this deposit banks; default: all in transit"},
    )
    note = Text(max_length=500, multiline=True)


class DepositSchema(Schema):
    id = fields.UUID()
    agent_id = fields.UUID()
    currency = fields.String()
    amount = Amount()
    bank_reference = fields.String()
    receipts = fields.Integer(metadata={"description": "how many cash receipts it banked"})
    recorded_by = fields.UUID()
    recorded_at = fields.DateTime()
    note = fields.String(allow_none=True)


class AgentCashSchema(Schema):
    agent_id = fields.UUID()
    currency = fields.String()
    in_transit = Amount(metadata={"description": "collected and not yet banked"})
    receipts = fields.List(fields.Nested(TransactionSchema))
    deposits = fields.List(fields.Nested(DepositSchema))
