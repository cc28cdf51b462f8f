"""WeChat Pay: the order a borrower starts and the `wx.requestPayment` parameters it comes back with."""

from __future__ import annotations

from marshmallow import Schema, fields

from ..fields import Amount


class RequestPaymentSchema(Schema):
    """Pass these to `wx.requestPayment` as they are (paySign: RSA-SHA256 of appId, timeStamp, nonceStr, package)."""

    app_id = fields.String(attribute="appId", data_key="appId")
    time_stamp = fields.String(attribute="timeStamp", data_key="timeStamp")
    nonce_str = fields.String(attribute="nonceStr", data_key="nonceStr")
    package = fields.String(metadata={"example": "prepay_id=wx201410272009395522657a690389285100"})
    sign_type = fields.String(attribute="signType", data_key="signType", metadata={"example": "RSA"})
    pay_sign = fields.String(attribute="paySign", data_key="paySign")


class WechatPayOrderSchema(Schema):
    loan_id = fields.UUID()
    provider = fields.String(metadata={"example": "wechat_pay"})
    provider_ref = fields.String(metadata={"description": "WeChat Pay's prepay_id of the order"})
    out_trade_no = fields.String(attribute="reference", metadata={"description": "our reference of this attempt"})
    status = fields.String(metadata={"description": "pending until WeChat Pay's notification books the repayment"})
    amount = Amount()
    currency = fields.String(metadata={"example": "CNY"})
    request_payment = fields.Nested(RequestPaymentSchema, attribute="client_params")


class NotificationAnswerSchema(Schema):
    """How a refused notification is answered (WeChat Pay sends it again later)."""

    code = fields.String(metadata={"example": "FAIL"})
    message = fields.String()
