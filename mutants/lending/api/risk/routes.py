"""Risk checks: what the real-time rules held, for credit officers to see and resolve."""

from __future__ import annotations

from flask.views import MethodView

from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...services import risk
from .. import signed_in
from .schemas import ResolveSchema, RiskCheckSchema, RiskPageSchema, RiskQuerySchema

blp = Blueprint("risk", __name__, url_prefix="/api/v1/risk", description="Risk rules: held applications and payments")
OFFICERS = ("officer", "admin")


@blp.route("/checks")
class ChecksView(MethodView):
    @signed_in(blp, *OFFICERS)
    @blp.arguments(RiskQuerySchema, location="query")
    @blp.response(200, RiskPageSchema)
    def get(self, args):
        """Risk checks, oldest first; `?status=open` is the queue of what waits for an officer."""
        cursor, limit = args.pop("cursor", None), args.pop("limit")
        return risk.list_(session=db.session, filters=args, cursor=cursor, limit=limit)


@blp.route("/checks/<uuid:check_id>")
class CheckView(MethodView):
    @signed_in(blp, *OFFICERS)
    @blp.response(200, RiskCheckSchema)
    def get(self, check_id):
        """One risk check with the rules it hit and what they saw."""
        return risk.get_or_raise(session=db.session, check_id=check_id)


@blp.route("/checks/<uuid:check_id>/resolve")
class ResolveView(MethodView):
    @signed_in(blp, *OFFICERS)
    @blp.arguments(ResolveSchema)
    @blp.response(200, RiskCheckSchema)
    def post(self, values, check_id):
        """Resolve an open check: `cleared` releases the farmer (e.g. the disbursement may go), `confirmed` marks
        fraud (the farmer's later applications are blocked). 409 when it is not open."""
        return risk.resolve(session=db.session, actor=current_actor(), check_id=check_id, **values)
