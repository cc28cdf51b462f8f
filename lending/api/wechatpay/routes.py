"""WeChat Pay repayments: a borrower's order from the mini-program, and WeChat Pay's payment notification."""

from __future__ import annotations

import uuid

from flask import current_app, make_response, request
from flask.views import MethodView

from ...channels import wechatpay
from ...errors import LendingError
from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...services import wechat_payments
from .. import signed_in
from ..idempotency import HEADER, idempotent
from ..loans.routes import KEY_HEADER
from ..loans.schemas import PaymentStartSchema
from .schemas import NotificationAnswerSchema, WechatPayOrderSchema

blp = Blueprint("wechatpay", __name__, description="WeChat Pay repayments from the mini-program")
# a reference per (borrower, Idempotency-Key): a retry after a failure asks WeChat Pay for the same out_trade_no
REFERENCES = uuid.UUID("0b1e6f52-6c1a-4f0e-9a57-9d1c8f0c2a11")


def _merchant() -> wechatpay.Merchant:
    return wechatpay.from_config(current_app.config)


@blp.route("/api/v1/loans/<uuid:loan_id>/wechatpay")
class WechatPayOrderView(MethodView):
    @signed_in(blp, "borrower")
    @blp.doc(**KEY_HEADER)
    @idempotent
    @blp.arguments(PaymentStartSchema)
    @blp.response(201, WechatPayOrderSchema)
    def post(self, values, loan_id):
        """Pay towards your loan with WeChat Pay: creates the order and returns what `wx.requestPayment` needs;
        WeChat Pay's notification books the repayment (nothing is booked before). The same Idempotency-Key and
        body return the same order."""
        actor = current_actor()
        return wechat_payments.start(
            session=db.session,
            actor=actor,
            merchant=_merchant,
            loan_id=loan_id,
            amount=values["amount"],
            reference=uuid.uuid5(REFERENCES, f"{actor.id}:{request.headers[HEADER].strip()}"),
        )


@blp.route("/webhooks/wechatpay")
class WechatPayNotifyView(MethodView):
    @blp.alt_response(204, success=True, description="Received: booked now, booked before, or not a payment.")
    @blp.alt_response(400, schema=NotificationAnswerSchema, description="An order we did not start, or unreadable.")
    @blp.alt_response(401, schema=NotificationAnswerSchema, description="Not WeChat Pay's, too old, or replayed.")
    def post(self):
        """WeChat Pay's payment notification (`notify_url`): verified, decrypted, and a SUCCESS booked once by its
        transaction_id. Answers 204 when received; a refusal is {"code": "FAIL", "message": …} with a 4xx/5xx."""
        try:
            wechat_payments.notified(
                session=db.session, merchant=_merchant(), headers=request.headers, body=request.get_data()
            )
        except LendingError as error:
            return make_response({"code": "FAIL", "message": error.message}, error.status)
        return make_response("", 204)
