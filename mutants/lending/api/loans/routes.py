"""Loans: offer and acceptance, disbursement, repayments, reversals, the loan with its schedule, transactions."""

from __future__ import annotations

import hmac
import uuid

from flask import current_app, request
from flask.views import MethodView

from ...errors import Unauthorized
from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...services import loan_views, loans, portfolio, restructures
from .. import etag, request_client, signed_in
from ..idempotency import KEY, idempotent
from .schemas import (
    AcceptSchema,
    LoanPageSchema,
    LoanQuerySchema,
    LoanSchema,
    MobileMoneyCallbackSchema,
    OfferSchema,
    PaymentStartedSchema,
    PaymentStartSchema,
    PortfolioSchema,
    RepaymentSchema,
    RestructureDecisionSchema,
    RestructureRequestSchema,
    RestructureSchema,
    ReversalSchema,
    TransactionSchema,
)

blp = Blueprint("loans", __name__, url_prefix="/api/v1", description="Loans, their schedules and money movements")
KEY_HEADER = {
    "parameters": [
        {
            "in": "header",
            "name": "Idempotency-Key",
            "required": True,
            "schema": {"type": "string", "minLength": 8, "maxLength": 100, "pattern": KEY.pattern},
            "description": "unique per money movement; a retry with the same key and body gets the stored response",
        }
    ]
}


@blp.route("/applications/<uuid:application_id>/offer")
class OfferView(MethodView):
    @signed_in(blp)
    @blp.response(200, OfferSchema)
    def get(self, application_id):
        """The offer of an approved application: schedule, APR and total cost of credit, if accepted today."""
        schedule = loans.offer(session=db.session, actor=current_actor(), application_id=application_id)
        return loan_views.offer_view(application_id=application_id, schedule=schedule)


@blp.route("/applications/<uuid:application_id>/accept")
class AcceptView(MethodView):
    @signed_in(blp)
    @blp.arguments(AcceptSchema)
    @blp.response(201, LoanSchema)
    def post(self, values, application_id):
        """Accept the offer: send back the APR and total cost of credit the farmer was shown, and their consent."""
        loan = loans.accept(
            session=db.session,
            actor=current_actor(),
            application_id=application_id,
            disclosed_apr=values["apr"],
            disclosed_total_cost=values["total_cost_of_credit"],
        )
        return loan_views.loan_view(session=db.session, loan=loan), 201, etag(loan.version)


@blp.route("/loans")
class LoansView(MethodView):
    @signed_in(blp)
    @blp.arguments(LoanQuerySchema, location="query")
    @blp.response(200, LoanPageSchema)
    def get(self, args):
        """The loans you may see, oldest first, a page at a time."""
        cursor, limit = args.pop("cursor", None), args.pop("limit")
        page = loan_views.list_(session=db.session, actor=current_actor(), filters=args, cursor=cursor, limit=limit)
        return {
            "items": [loan_views.loan_view(session=db.session, loan=loan) for loan in page.items],
            "next_cursor": page.next_cursor,
        }


@blp.route("/loans/<uuid:loan_id>")
class LoanView(MethodView):
    @signed_in(blp)
    @blp.response(200, LoanSchema)
    def get(self, loan_id):
        """A loan as of today: schedule with paid parts, balances, days past due, arrears bucket."""
        loan = loans.get_or_raise(session=db.session, actor=current_actor(), loan_id=loan_id)
        return loan_views.loan_view(session=db.session, loan=loan), 200, etag(loan.version)


@blp.route("/loans/<uuid:loan_id>/disburse")
class DisburseView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.doc(**KEY_HEADER)
    @idempotent
    @blp.response(201, LoanSchema)
    def post(self, loan_id):
        """Pay the loan out through the payments provider (once: a second disbursement is refused)."""
        loan = loans.disburse(session=db.session, actor=current_actor(), loan_id=loan_id)
        return loan_views.loan_view(session=db.session, loan=loan)


@blp.route("/loans/<uuid:loan_id>/repayments")
class RepaymentsView(MethodView):
    @signed_in(blp)
    @blp.doc(**KEY_HEADER)
    @idempotent
    @blp.arguments(RepaymentSchema)
    @blp.response(201, TransactionSchema)
    @blp.alt_response(
        200,
        schema=TransactionSchema,
        success=True,
        description="The same external_ref again: the repayment already booked, booked once.",
    )
    def post(self, values, loan_id):
        """Record a receipt: an agent the cash they collected (receipt number), an officer a bank transfer (its
        reference); a borrower pays through POST /loans/{id}/payments instead. Allocation: oldest overdue first;
        penalty → fee → interest → principal; the excess prepays principal. On a written-off loan: a recovery."""
        receipt = loans.repay(
            session=db.session,
            actor=current_actor(),
            command=loans.Repayment(loan_id=loan_id, **values),
            client=request_client(),
        )
        return receipt.transaction, 201 if receipt.created else 200


@blp.route("/loans/<uuid:loan_id>/payments")
class PaymentsView(MethodView):
    @signed_in(blp, "borrower")
    @blp.doc(**KEY_HEADER)
    @idempotent
    @blp.arguments(PaymentStartSchema)
    @blp.response(202, PaymentStartedSchema)
    def post(self, values, loan_id):
        """Pay towards the loan: the payments provider asks the farmer's phone for the money; the provider's
        confirmation books the repayment (nothing is booked before)."""
        return loans.start_payment(
            session=db.session, actor=current_actor(), loan_id=loan_id, amount=values["amount"], reference=uuid.uuid4()
        )


@blp.route("/loans/<uuid:loan_id>/transactions")
class TransactionsView(MethodView):
    @signed_in(blp)
    @blp.response(200, TransactionSchema(many=True))
    def get(self, loan_id):
        """Every transaction of the loan in posting order (reversals included)."""
        return loan_views.transactions(session=db.session, actor=current_actor(), loan_id=loan_id)


@blp.route("/loans/<uuid:loan_id>/transactions/<uuid:transaction_id>/reverse")
class ReverseView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.doc(**KEY_HEADER)
    @idempotent
    @blp.arguments(ReversalSchema)
    @blp.response(201, TransactionSchema)
    def post(self, values, loan_id, transaction_id):
        """Reverse a repayment; later repayments are re-allocated and the loan re-aged."""
        return loans.reverse(
            session=db.session,
            actor=current_actor(),
            loan_id=loan_id,
            transaction_id=transaction_id,
            reason=values["reason"],
        )


@blp.route("/loans/<uuid:loan_id>/write-off")
class WriteOffView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.doc(**KEY_HEADER)
    @idempotent
    @blp.arguments(ReversalSchema)
    @blp.response(201, LoanSchema)
    def post(self, values, loan_id):
        """Write the loan off: every receivable to write-off expense; it takes no more repayments."""
        loan = loans.write_off(session=db.session, actor=current_actor(), loan_id=loan_id, reason=values["reason"])
        return loan_views.loan_view(session=db.session, loan=loan)


@blp.route("/loans/<uuid:loan_id>/restructures")
class RestructuresView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.arguments(RestructureRequestSchema)
    @blp.response(201, RestructureSchema)
    def post(self, values, loan_id):
        """Ask for new terms (maker); another officer approves or rejects them (checker)."""
        return restructures.request(
            session=db.session, actor=current_actor(), loan_id=loan_id, command=restructures.NewTerms(**values)
        )


@blp.route("/restructures/<uuid:restructure_id>/approve")
class RestructureApproveView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.doc(**KEY_HEADER)
    @idempotent
    @blp.arguments(RestructureDecisionSchema)
    @blp.response(200, RestructureSchema)
    def post(self, values, restructure_id):
        """Approve (not the requester): the old loan is settled and a new one opened for what was owed."""
        return restructures.approve(
            session=db.session, actor=current_actor(), restructure_id=restructure_id, note=values["note"]
        )


@blp.route("/restructures/<uuid:restructure_id>/reject")
class RestructureRejectView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.arguments(RestructureDecisionSchema)
    @blp.response(200, RestructureSchema)
    def post(self, values, restructure_id):
        """Reject a requested restructure (not the requester)."""
        return restructures.reject(
            session=db.session, actor=current_actor(), restructure_id=restructure_id, note=values["note"]
        )


@blp.route("/portfolio/summary")
class PortfolioView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.response(200, PortfolioSchema)
    def get(self):
        """Outstanding, PAR30, PAR90 and arrears by bucket, by product and by village (as of the last close)."""
        return portfolio.summary(session=db.session)


@blp.route("/payments/mobile-money/callback")
class MobileMoneyCallbackView(MethodView):
    @blp.arguments(MobileMoneyCallbackSchema)
    @blp.response(201, TransactionSchema)
    @blp.alt_response(
        200,
        schema=TransactionSchema,
        success=True,
        description="The same external_ref again: the repayment already booked, booked once.",
    )
    def post(self, values):
        """A mobile-money provider reports a repayment (X-Callback-Token). The same external_ref twice is one
        repayment."""
        expected = current_app.config.get("MOBILE_MONEY_CALLBACK_TOKEN")
        given = request.headers.get("X-Callback-Token", "")
        if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            raise Unauthorized("Unknown caller.", code="bad_callback_token")
        transaction, created = loans.confirm_provider_payment(
            session=db.session,
            provider="mobile_money",
            loan_id=values["loan_id"],
            amount=values["amount"],
            paid_on=values.get("paid_on"),
            external_ref=values["external_ref"],
        )
        return transaction, 201 if created else 200
