"""Sign-in schemas."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from ..fields import Pattern, Phone
from ..schemas import StrictSchema


class LoginSchema(StrictSchema):
    phone = Phone(required=True)
    password = fields.String(required=True, load_only=True, validate=validate.Length(min=1, max=200))


class RefreshSchema(StrictSchema):
    refresh_token = fields.String(required=True, validate=validate.Length(min=1, max=2000))


class CodeRequestSchema(StrictSchema):
    phone = Phone(required=True)


class CodeVerifySchema(StrictSchema):
    phone = Phone(required=True)
    code = fields.String(required=True, validate=Pattern(r"^[0-9]{6}$", error="Six digits."))


class WechatCodeSchema(StrictSchema):
    code = fields.String(
        required=True,
        validate=Pattern(r"^[A-Za-z0-9_-]{1,128}$", error="The code wx.login returned (letters, digits, - and _)."),
        metadata={"description": "the code of `wx.login` (good once, for five minutes)"},
    )


class WechatBindSchema(StrictSchema):
    binding_token = fields.String(required=True, validate=validate.Length(min=1, max=2000))
    phone = Phone(required=True)
    code = fields.String(required=True, validate=Pattern(r"^[0-9]{6}$", error="Six digits."))


class BindingRequiredSchema(Schema):
    binding_required = fields.Boolean()
    binding_token = fields.String(metadata={"description": "send it to /auth/wechat/bind with the phone and its code"})
    expires_in = fields.Integer(metadata={"description": "seconds the binding token lives"})


class TokensSchema(Schema):
    access_token = fields.String()
    refresh_token = fields.String()
    token_type = fields.String()
    expires_in = fields.Integer(metadata={"description": "seconds the access token lives"})
    role = fields.String()


class CodeSentSchema(Schema):
    message = fields.String()


class MeSchema(Schema):
    id = fields.UUID()
    role = fields.String()
    villages = fields.List(fields.String())
