"""Offline offer schemas: the signed offers an agent carries, and the key set that verifies them."""

from __future__ import annotations

from marshmallow import Schema, fields

from ..fields import Amount
from ..schemas import PageArgs


class OfferQuerySchema(PageArgs):
    """A page of the agent's farmers (`limit` farmers, not offers: a farmer has one offer per product or none)."""


class OfflineOfferSchema(Schema):
    farmer_id = fields.UUID()
    product_code = fields.String()
    currency = fields.String()
    limit = Amount(metadata={"description": "the most the farmer may ask for with this offer"})
    min_amount = Amount(metadata={"description": "the least the product lends"})
    min_term_months = fields.Integer()
    max_term_months = fields.Integer()
    expires_at = fields.DateTime()
    token = fields.String(
        metadata={
            "description": "compact JWS (EdDSA, Ed25519) whose claims are the fields above: jti, sub (farmer), "
            "agent, product, currency, limit, min_amount, min_term_months, max_term_months, iat, exp; verify it "
            "with the key of its header's kid in jwks_url, and send it back in the push's offer.accept"
        }
    )


class OfflineOffersSchema(Schema):
    offers = fields.List(fields.Nested(OfflineOfferSchema))
    next_cursor = fields.String(allow_none=True, metadata={"description": "the next page of farmers; null at the end"})
    jwks_url = fields.String(metadata={"description": "the key set that verifies the tokens"})


class JwkSchema(Schema):
    kty = fields.String(metadata={"example": "OKP"})
    crv = fields.String(metadata={"example": "Ed25519"})
    x = fields.String(metadata={"description": "the public key, base64url"})
    kid = fields.String()
    alg = fields.String(metadata={"example": "EdDSA"})
    use = fields.String(metadata={"example": "sig"})


class JwksSchema(Schema):
    keys = fields.List(fields.Nested(JwkSchema))
