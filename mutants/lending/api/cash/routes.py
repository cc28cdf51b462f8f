"""Agents' cash: what each agent collected and has not banked, and the deposits officers reconcile."""

from __future__ import annotations

from flask.views import MethodView

from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...services import cash
from .. import signed_in
from ..idempotency import idempotent
from ..loans.routes import KEY_HEADER
from .schemas import AgentCashSchema, DepositCreateSchema, DepositSchema

blp = Blueprint("cash", __name__, url_prefix="/api/v1", description="Agents' cash in transit and its deposits")


@blp.route("/agents/<uuid:agent_id>/cash")
class AgentCashView(MethodView):
    @signed_in(blp, "agent", "officer", "admin")
    @blp.response(200, AgentCashSchema)
    def get(self, agent_id):
        """The agent's cash in transit (receipts collected, not banked) and their deposits (an agent: their own)."""
        return cash.of_agent(session=db.session, actor=current_actor(), agent_id=agent_id)


@blp.route("/agents/<uuid:agent_id>/cash-deposits")
class DepositsView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.doc(**KEY_HEADER)
    @idempotent
    @blp.arguments(DepositCreateSchema)
    @blp.response(201, DepositSchema)
    @blp.alt_response(
        200,
        schema=DepositSchema,
        success=True,
        description="The same bank reference again: the deposit already recorded, recorded once.",
    )
    def post(self, values, agent_id):
        """Reconcile an agent's deposit: the receipts it banks move from cash in transit to cash."""
        deposit, created = cash.record_deposit(
            session=db.session,
            actor=current_actor(),
            agent_id=agent_id,
            amount=values["amount"],
            bank_reference=values["bank_reference"],
            receipt_ids=values.get("receipts"),
            note=values.get("note"),
        )
        return deposit, 201 if created else 200
