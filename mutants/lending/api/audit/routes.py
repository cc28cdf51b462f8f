"""The audit log, read-only, for officers and admins."""

from __future__ import annotations

from flask.views import MethodView

from ...extensions import Blueprint, db
from ...services import audit
from .. import signed_in
from .schemas import AuditPageSchema, AuditQuerySchema

blp = Blueprint("audit", __name__, url_prefix="/api/v1/audit", description="The hash-chained audit log")


@blp.route("")
class AuditEventsView(MethodView):
    @signed_in(blp, "officer", "admin")
    @blp.arguments(AuditQuerySchema, location="query")
    @blp.response(200, AuditPageSchema)
    def get(self, args):
        """Audit events, newest first, a page at a time (`next_cursor`); filter by entity or action."""
        cursor, limit = args.pop("cursor", None), args.pop("limit")
        return audit.list_(session=db.session, filters=args, cursor=cursor, limit=limit)
